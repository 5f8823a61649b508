"""The predicate lexicon and the CAMEO table it points into.

Rows come from three places, in this order of precedence: a user's own files (`--verbs FILE`,
which replace the packaged rows of every word they list), the hand-verified
`loaders/data/predicates.tsv`, and `loaders/data/verbs_petrarch.tsv`, converted from the
PETRARCH-2 verb dictionary by `geokg.loaders.petrarch`. All use the columns documented in
`loaders/data/predicates.tsv`. A row names a trigger (verb or event noun) with the
words that must surround it (particle, subject, object, prepositional phrases) and a CAMEO code;
the code's Goldstein score, QuadClass and PLOVER type come from the CAMEO table
(`ontology/cameo.tsv`), so the two never disagree. Words are compared in a normal form that
ignores case and regular plurals ("sanctions" = "sanction"); `&name` stands for every phrase of
a synset (`loaders/data/synsets.tsv`, `loaders/data/synsets_geokg.tsv`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources import files
from pathlib import Path

from spacy.tokens import Token

from geokg.ontology import read_table

NO_EVENT = "---"
COLUMNS = ("lemma", "pos", "particle", "subject", "object", "pp", "preps", "cameo", "reverse",
           "symmetric", "note")  # fmt: skip


@dataclass(frozen=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None


@cache
def cameo_table() -> dict[str, CameoCode]:
    return {
        row["code"]: CameoCode(
            code=row["code"],
            root=row["root"],
            name=row["name"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover=row["plover"] or None,
        )
        for row in read_table("cameo.tsv")
    }


def cameo_code(code: str) -> CameoCode:
    """A code of the CAMEO table, or a user's own code (PETRARCH's validation dictionaries use
    codes such as 903): its root is its first two digits, its scores those of its nearest
    CAMEO ancestor by prefix (none: Goldstein 0, no QuadClass or PLOVER type)."""
    table = cameo_table()
    if code in table:
        return table[code]
    for end in range(len(code) - 1, 1, -1):
        if code[:end] in table:
            parent = table[code[:end]]
            return CameoCode(code, code[:2], parent.name, parent.goldstein, parent.quad_class,
                             parent.plover)  # fmt: skip
    return CameoCode(code, code[:2], "user code", 0.0, 0, None)


_USER_CODE = re.compile(r"\d{2,4}[A-Z]?")


@cache
def normal(word: str) -> str:
    """Case, curly apostrophes and regular plurals ignored: 'Sanctions' -> 'sanction',
    'militaries' -> 'military', 'd’affaires' -> "d'affaire". Applied to dictionary words and to
    tokens alike, so both sides agree."""
    word = word.lower().replace("’", "'")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")):
        return word[:-1]
    return word


def token_forms(token: Token) -> set[str]:
    return {normal(token.text), normal(token.lemma_)}


@dataclass(frozen=True)
class Phrases:
    """Alternative phrases, head word last, indexed by head: 'financial aid' matches a token
    'aid' with 'financial' among the words that hang on it."""

    text: str  # as written in the lexicon: what makes two rows ask for the same words
    by_head: dict[str, tuple[tuple[str, ...], ...]] = field(compare=False, hash=False)

    def match(self, token: Token) -> int:
        """0 if no phrase fits the token, else 1 + the number of modifier words matched."""
        best = 0
        heads = [token]
        if token.pos_ == "PROPN":  # "summoned Japanese Ambassador Kenji Kanasugi": a name
            heads += [c for c in token.children if c.dep_ == "compound" and c.is_title]  # and
        for head in heads:  # the title before it
            for form in token_forms(head):
                for modifiers in self.by_head.get(form, ()):
                    if modifiers and not set(modifiers) <= _modifier_words(token):
                        continue
                    best = max(best, 1 + len(modifiers))
        return best

    def __bool__(self) -> bool:
        return bool(self.by_head)


def _modifier_words(token: Token) -> set[str]:
    words: set[str] = set()
    for child in token.subtree:
        if child.i != token.i:
            words |= token_forms(child)
    return words


@dataclass(frozen=True)
class PrepPhrase:
    """A required prepositional phrase: one of `preps`, whose object fits `phrases` (if any)."""

    preps: frozenset[str]
    phrases: Phrases | None


@dataclass(frozen=True)
class Predicate:
    lemma: str
    pos: str  # VERB or NOUN
    particle: str
    subject: Phrases | None
    objects: Phrases | None  # required object phrases ("impose" + sanction|embargo)
    pp: tuple[PrepPhrase, ...]
    preps: frozenset[str]  # prepositions introducing the target
    cameo: str  # NO_EVENT: the phrase is not an event ("fight corruption")
    reverse: str  # what the target does to the source ("visited": the host hosts, 043)
    symmetric: bool
    object_is_target: bool = True  # False: the object is the topic ("discuss trade with Y")
    origin: str = "geokg"  # geokg | petrarch | the user's file
    note: str = field(default="", compare=False)

    @property
    def specificity(self) -> int:
        return (
            2 * bool(self.objects)
            + 2 * bool(self.particle)
            + 2 * bool(self.subject)
            + 2 * len(self.pp)
            + bool(self.preps)
        )

    @property
    def is_event(self) -> bool:
        return self.cameo != NO_EVENT


class LexiconError(ValueError):
    """A row of a lexicon file that cannot be read; says which file, line and why."""


@cache
def synsets() -> dict[str, tuple[str, ...]]:
    """PETRARCH-2's synsets (`data/synsets.tsv`) and geokg's own (`data/synsets_geokg.tsv`)."""
    found: dict[str, list[str]] = {}
    for name in ("synsets.tsv", "synsets_geokg.tsv"):
        for line in _data_lines(name):
            if line and not line.startswith("#"):
                synset, phrase = line.split("\t")
                found.setdefault(synset, []).append(phrase)
    return {name: tuple(phrases) for name, phrases in found.items()}


def read_phrases(value: str, where: str) -> Phrases | None:
    """'financial aid|&weapon' -> Phrases; None if empty."""
    by_head: dict[str, list[tuple[str, ...]]] = {}
    for alternative in (v.strip() for v in value.split("|")):
        if not alternative or alternative == "-":
            continue
        expanded = [alternative]
        if alternative.startswith("&") or " &" in alternative:
            expanded = list(_expand_synsets(alternative, where))
        for phrase in expanded:
            words = [normal(w) for w in phrase.replace("-", " - ").split()]
            by_head.setdefault(words[-1], []).append(tuple(words[:-1]))
    if not by_head:
        return None
    return Phrases(value, {head: tuple(mods) for head, mods in by_head.items()})


def _expand_synsets(phrase: str, where: str) -> Iterator[str]:
    words = phrase.split()
    for index, word in enumerate(words):
        if word.startswith("&"):
            members = synsets().get(word)
            if members is None:
                raise LexiconError(f"{where}: unknown synset {word!r}")
            for member in members:
                yield from _expand_synsets(
                    " ".join([*words[:index], member, *words[index + 1 :]]), where
                )
            return
    yield phrase


def _prep_phrases(value: str, where: str) -> tuple[PrepPhrase, ...]:
    found = []
    for part in (p.strip() for p in value.split(";")):
        if part:
            prep, _, phrase = part.partition(" ")
            found.append(PrepPhrase(frozenset(prep.split("/")), read_phrases(phrase, where)))
    return tuple(found)


def _split(value: str) -> frozenset[str]:
    return frozenset(v.strip().lower() for v in value.split("|") if v.strip())


def read_rows(lines: Iterable[str], name: str, origin: str) -> Iterator[Predicate | LexiconError]:
    """Predicates of one lexicon file; a bad row becomes a LexiconError and the rest go on."""
    codes = cameo_table()
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
            continue
        where = f"{name} line {number}"
        cells = [c.strip() for c in line.rstrip("\n").split("\t")]
        if len(cells) != len(COLUMNS):
            yield LexiconError(f"{where}: {len(cells)} columns, expected {len(COLUMNS)}")
            continue
        row = dict(zip(COLUMNS, cells + [""] * (len(COLUMNS) - len(cells)), strict=False))
        pos = row["pos"].upper()
        try:
            if pos not in ("VERB", "NOUN"):
                raise LexiconError(f"{where}: pos must be VERB or NOUN, not {row['pos']!r}")
            for column in ("cameo", "reverse"):
                code = row[column]
                known = code in codes or (origin not in _PACKAGED and _USER_CODE.fullmatch(code))
                if code and code != NO_EVENT and not known:
                    raise LexiconError(f"{where}: unknown CAMEO code {code!r}")
            if not row["lemma"] or not (row["cameo"] or row["reverse"]):
                raise LexiconError(f"{where}: a row needs a lemma and a CAMEO code")
            yield Predicate(
                lemma=row["lemma"].lower(),
                pos=pos,
                particle=row["particle"].lower(),
                subject=read_phrases(row["subject"], where),
                objects=read_phrases(row["object"], where),
                pp=_prep_phrases(row["pp"], where),
                preps=_split(row["preps"]),
                cameo=row["cameo"] or NO_EVENT,
                reverse=row["reverse"],
                symmetric=row["symmetric"] == "1" and row["cameo"] in lemma_set("mutual_codes"),
                object_is_target=row["object"] != "-",
                origin=origin,
                note=row["note"],
            )
        except LexiconError as error:
            yield error


def _data_lines(name: str) -> list[str]:
    return files("geokg.loaders").joinpath(f"data/{name}").read_text("utf-8").splitlines()


Lexicon = dict[tuple[str, str], tuple[Predicate, ...]]
_PACKAGED = ("geokg", "petrarch")


# The converted PETRARCH-2 verb rows (bench/accuracy.py --without petrarch-verbs measures them).
CONVERTED_VERBS: tuple[str, ...] = ("verbs_petrarch.tsv",)


@cache
def load_lexicon(extra: tuple[Path, ...] = ()) -> Lexicon:
    """Predicates by (lemma, pos), most specific first. A word (lemma and part of speech) that a
    user's file lists is read from the user's rows alone, as in PETRARCH's own dictionaries: a
    packaged row asking for more words ('restore ties with') would otherwise beat the user's
    general one. Among packaged rows asking for the same words the hand lexicon wins over
    PETRARCH-2. Bad rows in a user's file are skipped (`lexicon_problems` lists them); a bad row
    in a packaged file is a bug and raises."""
    sources: list[tuple[str, str, list[str]]] = [
        (str(path), str(path), Path(path).read_text("utf-8").splitlines()) for path in extra
    ]
    sources.append(("predicates.tsv", "geokg", _data_lines("predicates.tsv")))
    sources += [(name, "petrarch", _data_lines(name)) for name in CONVERTED_VERBS]
    entries: dict[tuple[str, str], list[Predicate]] = {}
    seen: set[tuple] = set()
    user_words: set[tuple[str, str]] = set()  # read before the packaged files
    for name, origin, lines in sources:
        for item in read_rows(lines, name, origin):
            if isinstance(item, LexiconError):
                if origin in _PACKAGED:
                    raise item
                _PROBLEMS.setdefault(extra, []).append(str(item))
                continue
            if origin not in _PACKAGED:
                user_words.add((item.lemma, item.pos))
            elif (item.lemma, item.pos) in user_words:
                continue  # the user's rows say all there is to say about their words
            key = (item.lemma, item.pos, item.particle, item.subject, item.objects, item.pp)
            if key in seen:
                continue  # an earlier source already says what these words mean
            seen.add(key)
            if origin == "petrarch" and item.objects is None and _topic_verb(entries, item):
                item = replace(item, object_is_target=False)
            entries.setdefault((item.lemma, item.pos), []).append(item)
    return {
        key: tuple(sorted(values, key=lambda p: -p.specificity)) for key, values in entries.items()
    }


def _topic_verb(entries: dict[tuple[str, str], list[Predicate]], item: Predicate) -> bool:
    """Do geokg's rows read this word's object as a topic ('discussed trade and Taiwan')?
    Then PETRARCH-2's rows of the word that ask for no object read it so too ('discuss in
    telephone conversation')."""
    return any(
        p.origin == "geokg" and not p.object_is_target and p.particle == item.particle
        for p in entries.get((item.lemma, item.pos), ())
    )


_PROBLEMS: dict[tuple[Path, ...], list[str]] = {}


@cache
def lexicon_verbs() -> frozenset[str]:
    """The lemmas of every packaged verb row, to repair the lemmatizer's guesses with."""
    return frozenset(lemma for lemma, pos in load_lexicon() if pos == "VERB")


# Roots of acts done by speaking: statements, appeals, intents, demands, disapproval, rejection,
# threats.
_SPOKEN_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})


@cache
def verbal_verbs() -> frozenset[str]:
    """Verbs whose every hand-verified row is an act done by speaking ('accuse', 'condemn',
    'urge'), and verbs of saying: acts of whoever speaks, not of what is reported."""
    roots: dict[str, set[str]] = {}
    for (lemma, pos), rows in load_lexicon().items():
        for row in rows:
            if pos == "VERB" and row.origin == "geokg" and row.cameo[:2].isdigit():
                roots.setdefault(lemma, set()).add(row.cameo[:2])
    verbal = {lemma for lemma, found in roots.items() if found <= _SPOKEN_ROOTS}
    return frozenset(verbal) | lemma_set("speech_verbs")


# Roots of acts of force: unconventional violence, fighting, mass violence.
FORCE_ROOTS = frozenset({"18", "19", "20"})


@cache
def force_verbs() -> frozenset[str]:
    """Verbs whose plain hand-verified row (no particle, object or phrase asked for) is an
    act of force ('pound', 'shell', 'strike'; 'struck a deal' is a row of its own): what
    they are done to is someone else's."""
    return frozenset(
        lemma
        for (lemma, pos), rows in load_lexicon().items()
        if pos == "VERB"
        for row in rows
        if row.origin == "geokg" and row.cameo[:2] in FORCE_ROOTS
        and not (row.particle or row.subject or row.objects or row.pp)
    )  # fmt: skip


def lexicon_problems(extra: tuple[Path, ...]) -> list[str]:
    """The rows of the user's files that `load_lexicon(extra)` skipped, with the reason."""
    load_lexicon(extra)
    return list(_PROBLEMS.get(extra, ()))


def data_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of `data/NAME` ('#' lines are comments)."""
    lines = _data_lines(name)
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@cache
def lemma_set(name: str) -> frozenset[str]:
    """A one-column word list from `data/NAME.txt` (comments with '#')."""
    text = files("geokg.loaders").joinpath(f"data/{name}.txt").read_text("utf-8")
    return frozenset(
        line.split("#", 1)[0].strip().lower()
        for line in text.splitlines()
        if line.split("#", 1)[0].strip()
    )


@cache
def third_parties() -> dict[tuple[str, str], str]:
    """(lemma, pos) -> CAMEO code of a mediator's or host's word (`data/third_parties.tsv`)."""
    return {(lemma, pos): cameo for lemma, pos, cameo in data_rows("third_parties.tsv")}
