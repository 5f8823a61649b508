"""Title Case headlines, read as sentence case.

"Mexico Approves Tariffs on Chinese Cars as Beijing Warns of Countermeasures": the parser takes
every capitalised word for part of a name and finds no verb, so the headline, which often
carries the story's event, gives none. Before parsing, a headline in Title Case keeps the
capitals of its names (gazetteer names, found by the pipeline's own matcher, and words the
English word index of the model's lemmatizer does not know, such as most surnames) and loses
the others. Only the case of first letters changes, so the text keeps its length and every
offset still points into the original.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from geokg.loaders.dates import headline_end
from geokg.loaders.lexicon import load_lexicon

_LONG_WORD = 4  # "Tariffs", "Warns": the words whose capitals tell a Title Case line
_TITLE_SHARE = 0.7  # of those words capitalised
_MIN_TITLED = 3
_MAX_WORDS = 30  # a headline, not a paragraph


def sentence_case(text: str, nlp: Language) -> str:
    """The text with its first line in sentence case when it is a Title Case headline."""
    end = headline_end(text)
    headline = text if end is None else text[:end]
    doc = nlp.make_doc(headline)
    if not _title_case(doc):
        return text
    names = _name_tokens(doc, nlp)
    known = _english_words(nlp)
    letters = list(text)
    for token in doc[1:]:
        first = token.text[0]
        if token.i in names or not first.isupper() or token.text.isupper():
            continue  # a name, a lower-case word, an acronym ("US", "NATO")
        if _known(token.lower_, known):
            letters[token.idx] = first.lower()
    return "".join(letters)


def _title_case(doc: Doc) -> bool:
    words = [t for t in doc if t.is_alpha and len(t) >= _LONG_WORD]
    titled = [t for t in words if t.text[0].isupper()]
    last = doc[-1].text if len(doc) else ""
    return (
        0 < len(doc) <= _MAX_WORDS
        and last not in (".", "!", "?")
        and len(titled) >= _MIN_TITLED
        and len(titled) >= _TITLE_SHARE * len(words)
    )


def _name_tokens(doc: Doc, nlp: Language) -> set[int]:
    """Tokens inside a gazetteer name ("North Korea", "Beijing", "Hezbollah")."""
    if "geokg_gazetteer" not in nlp.pipe_names:
        return set()
    matcher = nlp.get_pipe("geokg_gazetteer").matcher
    if matcher is None:
        return set()
    return {i for _, start, end in matcher.matcher(doc) for i in range(start, end)}


@cache
def _english_words(nlp: Language) -> frozenset[str]:
    """Base forms the model's lemmatizer knows (WordNet's index: nouns, verbs, adjectives,
    adverbs), and the event words of the packaged lexicon, which WordNet lacks some of
    ('bailout')."""
    events = {lemma for lemma, _ in load_lexicon()}
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset(events)
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return frozenset(events)
    index = lookups.get_table("lemma_index")
    return frozenset(word for key in index for word in index[key]) | events


_PREFIXES = ("re", "co-", "counter", "anti-", "non-")  # "Resupply", "Co-Hosts"


def _known(word: str, known: frozenset[str]) -> bool:
    """Is the word, or a base form it is inflected from ('approves', 'tariffs', 'warned',
    'sanctions'), or a known word with a prefix ('Resupply', 'Co-Hosts'), an English word?"""
    return _inflected_known(word, known) or any(
        word.startswith(prefix) and len(word) > len(prefix) + 3
        and _inflected_known(word[len(prefix) :], known)
        for prefix in _PREFIXES
    )  # fmt: skip


def _inflected_known(word: str, known: frozenset[str]) -> bool:
    forms = {word}
    for ending, replacement in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                                ("ing", ""), ("ing", "e")):  # fmt: skip
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.add(word[: -len(ending)] + replacement)
    return bool(forms & known)
