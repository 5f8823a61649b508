"""Convert the open PETRARCH-2 / Phoenix dictionaries into geokg's own data files.

The dictionaries (openeventdata/petrarch2, `petrarch2/data/dictionaries/` at commit 676801c,
MIT licence, copyright Open Event Data Alliance) are the largest open body of facts about how
English news expresses CAMEO events and names actors. Their formats are documented in that
repository's `dictionaries.rst`. This module reads them and writes tab-separated files in the
project's formats, keeping the attribution in each file's header:

- the verb dictionary (`CAMEO.2.0.txt`) -> `loaders/data/verbs_petrarch.tsv` (one row per verb
  and pattern, columns as in `loaders/data/predicates.tsv`) and `loaders/data/synsets.tsv`;
- the actor dictionaries -> `ontology/gazetteer/phoenix_{countries,international,nonstate}.tsv`;
- the agent dictionary -> `ontology/gazetteer/agents.tsv`.

Run it again after the dictionaries change (`make dictionaries PETRARCH=<folder>`); the output
is committed, so nothing here runs at extraction time. A pattern keeps to the verb its comment
names when that verb is in its block ("- * DEAL [057] # STRIKE" is "strike a deal", not "attack
a deal"): PETRARCH applied every pattern to every verb of a block, which costs precision.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ATTRIBUTION = (
    "# Converted by geokg.loaders.petrarch from the PETRARCH-2/Phoenix dictionaries\n"
    "# (openeventdata/petrarch2, petrarch2/data/dictionaries/ @676801c): MIT licence,\n"
    "# Copyright (c) 2014 Open Event Data; see NOTICE beside this file.\n"
    "# Do not edit by hand: rerun the converter (make dictionaries PETRARCH=<folder>).\n"
)

# Words after a verb that spaCy attaches as particles or adverbs, not objects ("set OFF for").
PARTICLES = frozenset(
    {"out", "off", "up", "down", "back", "away", "over", "aside", "forward", "ahead", "along",
     "around", "through", "together"}
)  # fmt: skip
_MARKERS = {"$", "+", "^", "%"}
# Paired codes kept from PETRARCH-2 ("A:B": the target does B to the source): a visit is
# hosted. Other pairs infer an act the text does not report, so only the first code is kept;
# a pattern with only a reverse code (":110", "X shocked Y": Y disapproves) is kept as it is.
_PAIRS_KEPT = {("04", "04"), ("03", "03"), ("04", "")}
_CODE = re.compile(r"\[([^\]]*)\]")


def _words(text: str) -> str:
    """'FINANCIAL_AID_' -> 'financial aid' (PETRARCH joins words with '_')."""
    return " ".join(text.replace("_", " ").split()).lower()


def _strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.rstrip(), comment.strip()


# ---------------------------------------------------------------- verbs


@dataclass
class VerbPattern:
    """One row of the converted verb dictionary."""

    lemma: str
    particle: str = ""
    subject: str = ""  # words before the verb: the subject ("&MILITARY *") or an adverb
    object: str = ""  # the object phrase, head last ("financial aid", "&weapon")
    pp: list[str] = field(default_factory=list)  # required phrases: "for aid", "into"
    preps: list[str] = field(default_factory=list)  # prepositions that bring the target
    cameo: str = ""  # "---": the pattern says this is no event
    reverse: str = ""  # the target's act on the source ("LEFT" 032:033)
    note: str = ""

    def row(self) -> list[str]:
        symmetric = "1" if self.reverse and self.reverse == self.cameo else "0"
        reverse = "" if symmetric == "1" else self.reverse
        if self.cameo and (self.cameo[:2], reverse[:2]) not in _PAIRS_KEPT:
            reverse = ""  # "arrested protesters" [175:140]: nobody reported a protest
        return [
            self.lemma, "VERB", self.particle, self.subject, self.object, ";".join(self.pp),
            "|".join(self.preps), self.cameo or "---", reverse, symmetric, self.note,
        ]  # fmt: skip


def read_synsets(text: str) -> dict[str, list[str]]:
    """`&NAME` followed by `+WORD` lines -> {"&name": ["word", "multi word"]}."""
    synsets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.splitlines():
        line, _ = _strip_comment(raw)
        if line.startswith("&"):
            current = synsets.setdefault(line.strip().rstrip("_").lower(), [])
        elif line.startswith("+") and current is not None:
            current.append(_words(line[1:].strip()))
        elif line.startswith("---"):
            break
        elif line.strip() and not line.startswith("+"):
            current = None
    return synsets


def _codes(text: str) -> tuple[str, str] | None:
    """'[042:043]' -> ('042', '043'); '[:173]' -> ('', '173'); '[---]' -> ('---', '')."""
    found = _CODE.search(text)
    if not found:
        return None
    value = found.group(1).strip().rstrip("!")
    forward, _, reverse = value.partition(":")
    return forward.strip(), reverse.strip()


@dataclass
class _Verb:
    lemma: str
    particle: str
    forms: set[str]
    code: tuple[str, str] | None


def _read_verb_line(line: str) -> _Verb | None:
    """'STRIKE {STRIKES STRUCK STRIKING}', '+CALL_OFF [160]', '+LASH_OUT'."""
    body, _ = _strip_comment(line)
    code = _codes(body)
    body = _CODE.sub("", body)
    head, _, forms_text = body.partition("{")
    words = _words(head.strip().lstrip("+").replace("+", "")).split()
    if not words or (head.strip().find("+") > 0):
        return None  # "WIRE_+TAP": words before the verb are not kept
    if {"and", "or"} & set(words[1:]):
        return None  # "+ARREST_AND": a verb joined to the next by a conjunction has no
        # particle ("arrested them and seized boats" is an arrest, not the block's seizure)
    forms = {_words(f.lstrip("+")) for f in forms_text.rstrip("} ").split() if f.strip(",")}
    forms.add(" ".join(words))
    particle = " ".join(words[1:])
    return _Verb(words[0], particle, forms, code)


def _split_groups(text: str) -> list[str]:
    """Pattern text into items: '(PREP WORDS)', '{PHRASE}', words and markers."""
    items, depth, current = [], 0, ""
    for char in text:
        if char in "({":
            if depth == 0 and current.strip():
                items.extend(current.split())
                current = ""
            depth += 1
            current += char
        elif char in ")}":
            depth -= 1
            current += char
            if depth == 0:
                items.append(current.strip())
                current = ""
        else:
            current += char
    items.extend(current.split())
    return items


def _phrase(item: str) -> str:
    return _words(item.strip("{}").replace("{", " ").replace("}", " "))


def read_pattern(line: str, verb: _Verb) -> VerbPattern | None:
    """'- * OUT (AT) [111] # HIT' for one verb of its block; None if it cannot be expressed."""
    body, comment = _strip_comment(line[1:])
    codes = _codes(body)
    if codes is None:
        return None
    body = _CODE.sub("", body)
    if "*" not in body:
        return None
    before, _, after = body.partition("*")
    pattern = VerbPattern(verb.lemma, verb.particle, note=f"petrarch: {comment}".strip())
    pattern.cameo, pattern.reverse = codes
    subject = [_phrase(i) for i in _split_groups(before) if i not in _MARKERS]
    if len(subject) > 1:
        return None
    pattern.subject = subject[0] if subject else ""
    nouns: list[str] = []
    for item in _split_groups(after):
        if item in _MARKERS:
            continue
        if item.startswith("("):
            words = [w for w in _split_groups(item[1:-1]) if w not in _MARKERS]
            if not words:
                continue
            prep = words[0].lower()
            if "+" in item:
                pattern.preps.extend(prep.split("/"))
            pattern.pp.append(" ".join([prep, *(_phrase(w) for w in words[1:])]))
        elif not nouns and not pattern.particle and item.lower() in PARTICLES:
            pattern.particle = item.lower()
        else:
            nouns.append(_phrase(item))
    pattern.object = " ".join(nouns)  # "* TRADE PROTOCOL" is read as the phrase, head last
    return pattern


def _named_verb(comment: str, verbs: list[_Verb]) -> list[_Verb] | None:
    """The verbs of a block that a pattern comment names ('# STRIKE', '# SQUARED_OFF')."""
    words = re.split(r"[ ,;]+", comment.strip())
    name = _words(words[0]) if words and words[0] else ""
    if not name or not name[0].isalpha():
        return None
    named = [v for v in verbs if name in v.forms or name.split()[0] in _inflections(v.lemma)]
    return named or None


def _inflections(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return {lemma, lemma + "s", lemma + "es", lemma + "d", stem + "ed", stem + "ing"}


def general_verbs() -> frozenset[str]:
    """Verbs whose bare PETRARCH-2 code is not kept (`data/petrarch_general_verbs.txt`)."""
    text = (Path(__file__).parent / "data" / "petrarch_general_verbs.txt").read_text("utf-8")
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


def read_verbs(text: str, general: frozenset[str] = frozenset()) -> Iterator[VerbPattern]:
    """Every (verb, pattern) of the verb dictionary, plus one row per verb for its own code
    (except the `general` verbs: only their patterns)."""
    block_code: tuple[str, str] | None = None
    verbs: list[_Verb] = []
    in_patterns = False
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("~") or not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("---"):
            block_code = _codes(line)
            verbs, in_patterns = [], False
        elif block_code is None:
            continue  # synsets come before the first block
        elif line.startswith("-"):
            in_patterns = True
            comment = _strip_comment(line)[1]
            for verb in _named_verb(comment, verbs) or verbs:
                pattern = read_pattern(line, verb)
                if pattern is not None:
                    yield pattern
        elif not in_patterns and (verb := _read_verb_line(line)) is not None:
            verbs.append(verb)
            code = verb.code or block_code
            if code and code != ("---", "") and not (verb.lemma in general and not verb.particle):
                forward, reverse = code
                yield VerbPattern(
                    verb.lemma, verb.particle, cameo=forward, reverse=reverse,
                    note="petrarch: verb",
                )  # fmt: skip


LEXICON_HEADER = (
    "lemma\tpos\tparticle\tsubject\tobject\tpp\tpreps\tcameo\treverse\tsymmetric\tnote\n"
)


def verb_rows(
    text: str, known_codes: set[str] | None, general: frozenset[str] = frozenset()
) -> tuple[list[list[str]], dict[str, list[str]], int]:
    """Lexicon rows of a verb dictionary, its synsets, and how many patterns were dropped.

    With `known_codes`, a code outside them becomes its nearest parent (1246 -> 124); without,
    codes are kept as written (a user's dictionary may use codes of its own)."""
    synsets = read_synsets(text)
    rows, seen, dropped = [], set(), 0
    for pattern in read_verbs(text, general):
        for attr in ("cameo", "reverse"):
            code = getattr(pattern, attr)
            while known_codes is not None and code and code != "---" and code not in known_codes:
                code = code[:-1] if len(code) > 2 else ""
            setattr(pattern, attr, code)
        words = " ".join([pattern.subject, pattern.object, *pattern.pp]).split()
        unknown = [w for w in words if w.startswith("&") and w not in synsets]
        if unknown or not (pattern.cameo or pattern.reverse):
            dropped += 1  # PETRARCH ignores a pattern with an undefined synset too
            continue
        row = pattern.row()
        key = tuple(row[:10])
        if key not in seen:
            seen.add(key)
            rows.append(row)
    return rows, synsets, dropped


def convert_verbs(source: Path, out: Path, known_codes: set[str]) -> dict[str, int]:
    """The PETRARCH-2 verb dictionary -> `verbs_petrarch.tsv` and `synsets.tsv` in `out`."""
    rows, synsets, dropped = verb_rows(source.read_text("latin-1"), known_codes, general_verbs())
    header = ATTRIBUTION + "# Columns as in predicates.tsv.\n" + LEXICON_HEADER
    (out / "verbs_petrarch.tsv").write_text(
        header + "".join("\t".join(r) + "\n" for r in rows), "utf-8"
    )
    synset_lines = [f"{name}\t{phrase}\n" for name, words in synsets.items() for phrase in words]
    (out / "synsets.tsv").write_text(
        ATTRIBUTION + "# synset\tphrase (head word last)\n" + "".join(synset_lines), "utf-8"
    )
    return {"patterns": len(rows), "synsets": len(synsets), "dropped": dropped}


def convert_user_verbs(source: Path, target: Path) -> int:
    """A verb dictionary in PETRARCH format -> one `--verbs` file, its synsets written out
    ("&currency" -> "money|cash|..."), its codes kept as written."""
    rows, synsets, _ = verb_rows(source.read_text("latin-1"), None)
    for row in rows:
        row[3], row[4] = _inline(row[3], synsets), _inline(row[4], synsets)  # subject, object
        phrases = [p.partition(" ") for p in row[5].split(";") if p]  # pp: "prep words"
        row[5] = ";".join(f"{prep} {_inline(words, synsets)}".strip() for prep, _, words in phrases)
    header = "# Converted by geokg.loaders.petrarch from " + source.name + "\n" + LEXICON_HEADER
    target.write_text(header + "".join("\t".join(r) + "\n" for r in rows), "utf-8")
    return len(rows)


def _inline(phrase: str, synsets: dict[str, list[str]]) -> str:
    """'new &tietypes relations' -> 'new military relations|new economic relations|...'."""
    phrases = [phrase]
    for _ in range(5):  # synsets may name synsets, a few levels deep
        if not any(w.startswith("&") for p in phrases for w in p.split()):
            break
        expanded = []
        for item in phrases:
            words = item.split()
            at = next((i for i, w in enumerate(words) if w.startswith("&")), None)
            if at is None:
                expanded.append(item)
                continue
            for member in synsets.get(words[at], []):
                expanded.append(" ".join([*words[:at], member, *words[at + 1 :]]))
        phrases = expanded
    return "|".join(p for p in phrases if p)


# ---------------------------------------------------------------- actors and agents

# Codes of actors that are no country's: intergovernmental and non-governmental organisations,
# international militant groups, multinational companies (CAMEO codebook, actor types).
ORGANISATION_PREFIXES = frozenset({"IGO", "NGO", "NGM", "IMG", "MNC", "UIS"})
# Countries Phoenix codes otherwise than ISO 3166 (which the project and the CAMEO 2.0 country
# list use): Kosovo KSV is XKX, East Timor TMP is TLS
_ISO_FOR_PHOENIX = {"KSV": "XKX", "TMP": "TLS"}
_LOWER_WORDS = frozenset(
    {"of", "the", "and", "for", "on", "in", "at", "to", "de", "del", "la", "le", "du", "des",
     "da", "di", "van", "von", "der", "den", "bin", "ibn", "al", "el"}
)  # fmt: skip
_DATED = re.compile(r"^([<>]?)(\d{6,8})(?:-(\d{6,8}))?$")


@dataclass
class ActorRecord:
    """One entry of an actor dictionary: its names and its codes, each with the dates it holds
    (ISO, empty when open)."""

    names: list[str]
    codes: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def dated(self) -> bool:
        return any(start or end for _, start, end in self.codes)


def _iso(value: str) -> str:
    """'930627' -> '1993-06-27', '20070101' -> '2007-01-01', '' if not a date."""
    if len(value) == 6:
        year = int(value[:2])
        value = f"{1900 + year if year > 30 else 2000 + year}{value[2:]}"
    if len(value) != 8 or not (1 <= int(value[4:6]) <= 12 and 1 <= int(value[6:]) <= 31):
        return ""
    return f"{value[:4]}-{value[4:6]}-{value[6:]}"


def _read_codes(text: str) -> list[tuple[str, str, str]]:
    """'[AFGGOV 331108-730717][AFGELI]' -> [('AFGGOV', '1933-11-08', '1973-07-17'), ...]."""
    found = []
    for inside in _CODE.findall(text):
        parts = inside.upper().split()
        if not parts or not re.fullmatch(r"[A-Z0-9~]+", parts[0]):
            continue
        start = end = ""
        if len(parts) > 1 and (dated := _DATED.match(parts[1])):
            mark, first, second = dated.groups()
            if second:
                start, end = _iso(first), _iso(second)
            elif mark == "<":
                end = _iso(first)
            else:
                start = _iso(first)
            if not (start or end):
                continue  # an unreadable date: the restriction cannot be kept
        found.append((parts[0], start, end))
    return found


def natural_case(phrase: str, acronyms: bool = True) -> str:
    """'THE_UNITED_NATIONS_' -> 'United Nations', 'AL-QAEDA' -> 'Al-Qaeda', 'UN_SECURITY_COUNCIL'
    -> 'UN Security Council', 'ICC' -> 'ICC' (a word of four letters or fewer alone is an
    acronym when `acronyms`; place names are words: 'GAZA' -> 'Gaza').

    Only the upper-case form is in the dictionaries; news writes names in mixed case."""
    words = _words(re.sub(r"\([^)]*\)", " ", phrase)).split()
    if words and words[0] == "the":
        words = words[1:]
    if acronyms and len(words) == 1 and "-" not in words[0] and len(words[0]) <= 4:
        return words[0].upper()
    out = []
    for index, word in enumerate(words):
        parts = []
        for part in word.split("-"):
            if part in _LOWER_WORDS and (index or parts):
                parts.append(part)
            elif "." in part or (len(part) <= 2 and part not in _LOWER_WORDS):
                parts.append(part.upper())
            else:
                parts.append(part[:1].upper() + part[1:])
        out.append("-".join(parts))
    return " ".join(out)


def read_actor_records(text: str) -> Iterator[ActorRecord]:
    """Records of an actor dictionary: a primary phrase, `+` synonyms, tab-indented codes."""
    record: ActorRecord | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith(("<!--", "-->")):
            continue
        if line[0] in " \t":
            if record is not None:
                record.codes.extend(_read_codes(line))
        elif line.startswith("+"):
            if record is not None:
                name = line[1:].split("[", 1)[0].strip()
                record.names.append(name)
                record.codes.extend(_read_codes(line))
        else:
            if record is not None and record.codes:
                yield record
            name = re.split(r"[\[\t]", line, maxsplit=1)[0].strip()
            record = ActorRecord([name], _read_codes(line))
    if record is not None and record.codes:
        yield record


def _names(record: ActorRecord, acronyms: bool) -> list[str]:
    seen, names = set(), []
    for name in (natural_case(n, acronyms) for n in record.names):
        if len(name) >= 3 and name.lower() not in seen:
            seen.add(name.lower())
            names.append(name)
    return names


ACTORS_HEADER = """\
# Columns (also the format of a user's own file, `--actors FILE`):
#   code        CAMEO actor code: RUS, AFGMIL, IGOWSTNAT, PSEREBHMS
#   name        the name as news writes it; aliases: other names, |-separated
#   kind        country (a country, or a name or place standing for it), sector (part of a
#               country: code = country + sector), organisation, group (non-state armed group),
#               person, agent (a noun giving a sector to a country: code ~COP; name the noun,
#               aliases its plurals)
#   term_start, term_end: for a person, the dates the code holds (ISO; empty: open)
code\tname\taliases\tkind\tterm_start\tterm_end
"""


def actor_rows(text: str, file_kind: str) -> Iterator[list[str]]:
    """Rows of the geokg actor table from one Phoenix-format actor dictionary."""
    for record in read_actor_records(text):
        names = _names(record, acronyms=file_kind != "countries")
        if not names:
            continue
        aliases = "|".join(names[1:])
        for code, start, end in record.codes:
            code = _ISO_FOR_PHOENIX.get(code[:3], code[:3]) + code[3:]
            if code[:3] in ORGANISATION_PREFIXES and file_kind == "countries":
                kind = "group" if code[:3] in ("IMG", "UIS") else "organisation"
                start = end = ""  # "Islamic State" [IMGMUSISI >140629]: no terms for a body
            elif record.dated:
                kind = "person"
            elif file_kind == "nonstate":
                kind = "group"
            elif file_kind == "international":
                kind = "organisation"
            else:
                kind = "country" if len(code) == 3 else "sector"
            yield [code, names[0], aliases, kind, start, end]


def convert_actor_file(source: Path, target: Path, file_kind: str) -> int:
    """One actor dictionary -> one geokg actor table (`file_kind`: countries, international,
    nonstate); also how a user's PETRARCH-format dictionary becomes a `--actors` file."""
    rows = list(actor_rows(source.read_text("utf-8", errors="replace"), file_kind))
    body = "".join("\t".join(r) + "\n" for r in rows)
    target.write_text(ATTRIBUTION + ACTORS_HEADER + body, "utf-8")
    return len(rows)


def convert_actors(folder: Path, out: Path) -> dict[str, int]:
    """The three Phoenix actor dictionaries -> `phoenix_*.tsv` in the gazetteer folder."""
    return {
        f"{kind} actors": convert_actor_file(folder / name, out / f"phoenix_{kind}.tsv", kind)
        for kind, name in (
            ("countries", "Phoenix.Countries.actors.txt"),
            ("international", "Phoenix.International.actors.txt"),
            ("nonstate", "Phoenix.MilNonState.actors.txt"),
        )
    }


def read_agents(text: str) -> Iterator[tuple[str, str, str]]:
    """(noun, plural, code) of the agent dictionary; `!SET!` markers expanded, regular plurals
    made as PETRARCH makes them, `{}` for none."""
    substitutions: dict[str, list[str]] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            marker, _, values = line.partition("=")
            substitutions[marker.strip()] = [v.strip() for v in values.split(",")]
            continue
        codes = re.findall(r"\[([^\]]+)[\]}]", line)
        if not codes:
            continue
        phrase = re.split(r"[\[{]", line, maxsplit=1)[0].strip()
        braces = re.search(r"\{([^}]*)\}", line)
        plural = _words(braces.group(1)) if braces else None
        expanded = [phrase]
        for marker, values in substitutions.items():
            if marker in phrase:
                expanded = [phrase.replace(marker, v) for v in values]
        for form in expanded:
            noun = _words(form)
            if braces is not None or form != phrase:
                yield noun, plural or "", codes[0].strip()
            else:
                yield noun, _plural(noun), codes[0].strip()


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def convert_agents(source: Path, out: Path) -> dict[str, int]:
    rows, seen = [], set()
    for noun, plural, code in read_agents(source.read_text("utf-8", errors="replace")):
        if noun and (noun, code) not in seen:
            seen.add((noun, code))
            rows.append([noun, plural, code])
    header = (
        "# noun\tplural (empty: none)\tcode: ~XXX adds a sector to the country, XXX~ a prefix\n"
    )
    (out / "agents.tsv").write_text(
        ATTRIBUTION + header + "noun\tplural\tcode\n" + "".join("\t".join(r) + "\n" for r in rows),
        "utf-8",
    )
    return {"agents": len(rows)}


def convert_user_actors(source: Path, target: Path, agents: Path | None = None) -> int:
    """An actor dictionary in PETRARCH format (and its agents) -> one `--actors` file."""
    rows = list(actor_rows(source.read_text("utf-8", errors="replace"), "countries"))
    if agents is not None:
        for noun, plural, code in read_agents(agents.read_text("utf-8", errors="replace")):
            rows.append([code, noun, plural, "agent", "", ""])
    header = f"# Converted by geokg.loaders.petrarch from {source.name}\n" + ACTORS_HEADER
    target.write_text(header + "".join("\t".join(r) + "\n" for r in rows), "utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m geokg.loaders.petrarch",
        description=__doc__.split("\n\n")[0],
        epilog=(
            "Examples:\n"
            "  python -m geokg.loaders.petrarch build petrarch2/data/dictionaries\n"
            "  python -m geokg.loaders.petrarch verbs my.verbs.txt my-verbs.tsv\n"
            "  python -m geokg.loaders.petrarch actors my.actors.txt my-actors.tsv "
            "--agents my.agents.txt"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="rebuild geokg's data files from the dictionaries")
    build.add_argument("folder", type=Path, help="the PETRARCH-2 dictionaries folder")
    verbs = commands.add_parser("verbs", help="a verb dictionary -> a --verbs file")
    actors = commands.add_parser("actors", help="an actor dictionary -> an --actors file")
    for command in (verbs, actors):
        command.add_argument("source", type=Path)
        command.add_argument("target", type=Path)
    actors.add_argument("--agents", type=Path, help="an agent dictionary to add")
    args = parser.parse_args(argv)
    if args.command == "verbs":
        print(f"{convert_user_verbs(args.source, args.target):,} rows", file=sys.stderr)
        return 0
    if args.command == "actors":
        count = convert_user_actors(args.source, args.target, args.agents)
        print(f"{count:,} rows", file=sys.stderr)
        return 0
    from geokg.loaders.lexicon import cameo_table

    here = Path(__file__).parent
    gazetteer = here.parent / "ontology" / "gazetteer"
    counts = convert_verbs(args.folder / "CAMEO.2.0.txt", here / "data", set(cameo_table()))
    counts |= convert_actors(args.folder, gazetteer)
    counts |= convert_agents(args.folder / "Phoenix.agents.txt", gazetteer)
    print(", ".join(f"{count:,} {what}" for what, count in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
