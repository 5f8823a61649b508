"""The gazetteer: countries, organisations, armed groups and people that mentions resolve to.

Data lives in `ontology/gazetteer/*.tsv` (columns documented in each file's header). The
hand-verified files (countries, places, organisations, people) come first; the files converted
from the Phoenix dictionaries by `geokg.loaders.petrarch` (`phoenix_countries.tsv`,
`phoenix_international.tsv`, `phoenix_nonstate.tsv`, `agents.tsv`) add what they lack and
never override them: a name already known, or a person already listed, is skipped. This module
turns the tables into `Actor` objects and into name patterns whose `id` says which entry matched
and how ("C:RUS" a country name,
"D:RUS" a demonym, "S:RUS" a capital or seat of government, "L:UKR" a place in a country,
"R:AFGMIL" a name for part of a country, "O:UN" an organisation or armed group, "P:vladimir
putin" a person). A converted name of one word is *soft* (id starting with "~"): it counts only
where spaCy's own NER also saw a name there, because one-word names in the dictionaries are
often ordinary words too ("Victoria", "Hope").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, cached_property
from importlib.resources import files
from pathlib import Path

from geokg.loaders.geonames import plain
from geokg.loaders.lexicon import data_rows
from geokg.loaders.petrarch import ORGANISATION_PREFIXES
from geokg.ontology import data_text, read_table


@dataclass(frozen=True)
class Actor:
    """Someone who acts: a country, a part of one (RUS + GOV), an organisation or a person."""

    id: str  # "RUS", "RUSGOV", "org/UN", "person/Q7747", "group/PSEREBHMS"
    label: str
    kind: str  # country | organisation | group (non-state armed group) | person
    iso3: str | None = None  # the country it is, acts for or is based in
    wikidata: str | None = None
    cameo: str | None = None  # CAMEO actor code: RUS, RUSGOV, IGOUNO
    role: str | None = None  # CAMEO role: GOV, MIL, MED ...
    title: str | None = None

    @property
    def side(self) -> str:
        """Which side of an event the actor is on: a country with its people and bodies, an
        organisation with whoever acts for it, and an armed group or rebels on their own
        ('Sudan's army and the RSF clashed' has two sides, though the RSF is Sudanese), unless
        the group governs its country (ontology/gazetteer/ruling_groups.tsv)."""
        if (self.kind == "group" and self.role != "GOV") or self.role == "REB":
            return self.cameo or self.id
        return self.iso3 or self.cameo or self.id

    def record(self) -> dict:
        """The actor as it appears in the JSONL event record."""
        return {
            "id": self.id,
            "label": self.label,
            "iso3": self.iso3,
            "wikidata": self.wikidata,
            "cameo": self.cameo,
        }


@dataclass(frozen=True)
class Term:
    """A person's term in an office: while it runs, the person acts for the country's government."""

    actor: Actor
    start: date | None
    end: date | None

    def covers(self, day: date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def _plural(demonym: str) -> str:
    """'Palestinian' -> 'Palestinians', 'Israeli' -> 'Israelis', 'Filipino' -> 'Filipinos',
    'Serb' -> 'Serbs', 'Czech' -> 'Czechs'; 'French', 'Dutch', 'Chinese', 'Swiss', 'British',
    'Kyrgyz' stay."""
    same = demonym.endswith(("ese", "sh", "nch", "tch", "s", "x", "z", "que", "y"))
    return demonym if same else demonym + "s"


_DEMONYM_ENDING = re.compile(r"(?:an|ean|ian|ese|i|er|ite|ois)s?$")


def _demonym_of(country: str, name: str) -> bool:
    """Is the name a nationality word of the country's, written on its stem ('Ecuadorean',
    'Argentinean', 'Yemenite'), as the Phoenix country rows list them among its places?"""
    stem = country.lower()[: min(5, len(country) - 1)]
    word = name.lower()
    return " " not in word and word.startswith(stem) and bool(_DEMONYM_ENDING.search(word))


_SPELLED_LENGTH = 6  # letters a name needs before other romanisations of it are looked up


def spelling_key(name: str) -> str:
    """A place name with the differences of its romanisations taken out ('Sulaimaniyah',
    'Sulaymaniyah' and 'Sulaimaniya' are one town; 'Hodeidah' and 'Hodeida' one port): 'y'
    read as 'i', doubled letters single, 'ou' as 'u', a final 'h' after a vowel dropped."""
    key = name.lower().replace("y", "i").replace("ou", "u").replace("ee", "i")
    key = re.sub(r"(\w)\1", r"\1", key)
    return re.sub(r"([aeiou])h\b", r"\1", key)


def _words(name: str) -> list[str]:
    return re.sub(r"[.,]", " ", name.lower()).split()


def _names(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def normal_title(title: str) -> str:
    """'Defense Minister' and 'defence minister' are one office."""
    return title.lower().replace("defense", "defence").strip()


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "unnamed"


# Codes shared by many unrelated organisations in the Phoenix files: such an entry is an actor
# of its own, keyed by code and name.
_GENERIC_CODES = {"IGO", "NGO", "MNC", "NGM", "IMG", "UIS", "BUS", "INT"}
# Words after a place name that say what kind of place it is: "Borno State", "Kursk region".
PLACE_KINDS = {"state", "province", "region", "oblast", "governorate", "district", "county",
                "city", "town", "village"}  # fmt: skip


# The converted Phoenix tables (bench/accuracy.py --without measures what each adds).
CONVERTED_TABLES: tuple[str, ...] = (
    "phoenix_nonstate",
    "phoenix_international",
    "phoenix_countries",
)
CONVERTED_AGENTS: tuple[str, ...] = ("agents",)


class Gazetteer:
    """All known actors, looked up by the ids the entity ruler writes on each match."""

    def __init__(self) -> None:
        self.countries: dict[str, Actor] = {}
        self.organisations: dict[str, Actor] = {}
        self.members: dict[str, tuple[str, ...]] = {}  # organisation key -> member ISO3 codes
        self.agents: dict[str, str] = {}  # noun (singular, plural, phrase) -> role: "police" COP
        self.roles: dict[str, str] = {}  # the hand-verified agent nouns (loaders/data/roles.tsv)
        self.singular: dict[str, str] = {}  # agent plurals ("students" -> "student")
        self.terms: dict[str, list[Term]] = {}  # lower-cased name -> terms of everyone so named
        self.offices: dict[tuple[str, str], list[Term]] = {}  # (ISO3, title) -> terms
        self.patterns: list[dict] = []
        self._known: set[str] = set()  # lower-cased names already matched by a pattern
        self.problems: list[str] = []  # rows of a user's actor table that were skipped
        self.ruling_groups = {  # (label, ISO3) -> the day the group took its country's government
            (row["name"], row["iso3"]): date.fromisoformat(row["since"])
            for row in read_table("gazetteer/ruling_groups.tsv")
        }
        self.entries: dict[tuple[str, str], str] = {}  # (id, name) -> table and entry
        self._table = ""
        for table, load in (
            ("countries.tsv", self._load_countries),
            ("places.tsv", self._load_places),
            ("organisations.tsv", self._load_organisations),
            ("people.tsv", self._load_people),
        ):
            self._table = table
            load()
        # a curated body takes the converted rows of its own code (NATO's variants), but not of a
        # code that is only a country and a sector: the Houthis do not take every YEMREB group
        self._curated = {
            a.cameo: key
            for key, a in self.organisations.items()
            if a.cameo and not (len(a.cameo) == 6 and a.cameo[:3] in self.countries)
        }
        self._load_agents()
        for name in CONVERTED_TABLES:
            lines = data_text(f"gazetteer/{name}.tsv").splitlines()
            problems = self.load_actor_table(lines, f"{name}.tsv", converted=True)
            if problems:
                raise ValueError("; ".join(problems[:5]))  # a packaged table must be clean

    def _add(self, label: str, ident: str, names: list[str], converted: bool = False) -> None:
        for name in names:
            if converted and name.lower() in self._known:
                continue  # the hand-verified tables say what this name is
            soft = converted and " " not in name and "-" not in name
            ident_used = f"~{ident}" if soft else ident
            self._known.add(name.lower())
            self.patterns.append({"label": label, "pattern": name, "id": ident_used})
            self.entries.setdefault((ident, name.lower()), f"{self._table}: {names[0]}")

    def _load_countries(self) -> None:
        rows = list(read_table("gazetteer/countries.tsv"))
        names = {n.lower() for row in rows for n in [row["name"], *_names(row["aliases"])]}
        for row in rows:
            iso3 = row["iso3"]
            self.countries[iso3] = Actor(
                id=iso3,
                label=row["name"],
                kind="country",
                iso3=iso3,
                wikidata=row["wikidata"] or None,
                cameo=row["cameo"] or iso3,
            )
            self._add("GPE", f"C:{iso3}", [row["name"], *_names(row["aliases"])])
            demonyms = _names(row["demonyms"])
            plurals = [_plural(d) for d in demonyms if _plural(d).lower() not in names]
            self._add("NORP", f"D:{iso3}", demonyms + plurals)  # not "Philippines": a name
            self._add("GPE", f"S:{iso3}", _names(row["capitals"]) + _names(row["seats"]))

    def _load_places(self) -> None:
        for row in read_table("gazetteer/places.tsv"):
            if row["iso3"] in self.countries:
                self._add("GPE", f"L:{row['iso3']}", [row["name"], *_names(row["aliases"])])

    def _load_organisations(self) -> None:
        for row in read_table("gazetteer/organisations.tsv"):
            key, group = row["key"], row["kind"] == "group"
            country = self.countries.get(row["cameo"][:3])
            self.organisations[key] = Actor(
                id=f"{'group' if group else 'org'}/{key}",
                label=row["name"],
                kind="group" if group else "organisation",
                iso3=country.iso3 if country else None,
                wikidata=row["wikidata"] or None,
                cameo=row["cameo"] or None,
                role=None if group else row["kind"] or None,
            )
            if row["members"]:
                self.members[key] = tuple(_names(row["members"]))
            self._add("ORG", f"O:{key}", [row["name"], *_names(row["aliases"])])

    def _load_people(self) -> None:
        for row in read_table("gazetteer/people.tsv"):
            iso3 = row["iso3"] or None
            qid = row["wikidata"] or None
            role = row["role"] or None
            country = self.countries.get(iso3) if iso3 else None
            actor = Actor(
                id=f"person/{qid or slug(row['name'])}",
                label=row["name"],
                kind="person",
                iso3=iso3,
                wikidata=qid,
                cameo=(country.cameo + (role or "")) if country else role,
                role=role,
                title=row["title"] or None,
            )
            term = Term(actor, _date(row["term_start"]), _date(row["term_end"]))
            if iso3 and row["title"]:
                self.offices.setdefault((iso3, normal_title(row["title"])), []).append(term)
            names = [row["name"], *_names(row["aliases"])]
            for name in names:
                self.terms.setdefault(name.lower(), []).append(term)
            self._add("PERSON", f"P:{row['name'].lower()}", names)

    def _load_agents(self) -> None:
        """Nouns that name part of a country, with their CAMEO role: the hand-verified
        `loaders/data/roles.tsv` first, then the Phoenix agents (`agents.tsv`, singular and
        plural, one- and several-word: "riot police", "border guards"). A prefix code ("NGM~",
        human rights activists) is kept as the role too; a sector is cut to its first level
        ("~GOVFRM", a foreign minister, is GOV)."""
        roles = files("geokg.loaders").joinpath("data/roles.tsv").read_text("utf-8")
        for line in roles.splitlines():
            if line and not line.startswith("#"):
                noun, role = line.split("\t")
                self.roles[noun] = role
        self.agents.update(self.roles)
        for name in CONVERTED_AGENTS:
            for row in read_table(f"gazetteer/{name}.tsv"):
                self._add_agent(row["noun"], row["plural"], row["code"])

    def _add_agent(self, noun: str, plural: str, code: str) -> None:
        role = code.replace("~", "")[:3]
        if plural:
            self.singular.setdefault(plural.lower(), noun.lower())
        if role == "MED":
            return  # news media report events; they are not parties to them
        for form in (noun, plural):
            if form and role:
                self.agents.setdefault(form.lower(), role)

    def load_actor_table(self, lines: list[str], where: str, converted: bool) -> list[str]:
        """Add the rows of an actor table (`phoenix_*.tsv`, or a user's `--actors` file in the
        same format); returns the problems of rows that were skipped, each naming its line."""
        problems = []
        self._table = Path(where).name
        by_cameo = dict(self._curated)  # a curated organisation takes every row of its code
        listed = set(self.terms) if converted else set()
        for number, line in enumerate(lines, 1):
            if not line.strip() or line.startswith(("#", "code\t")):
                continue
            cells = [c.strip() for c in line.split("\t")] + [""] * 6
            code, name, aliases, kind, start, end = cells[:6]
            names = [name, *_names(aliases)]
            try:
                problem = _actor_row_problem(code, name, kind, start, end)
            except ValueError as error:
                problem = str(error)
            if problem:
                problems.append(f"{where} line {number}: {problem}")
                continue
            if converted and "MED" in (code[:3], code[-3:]):
                continue  # news media report events; geokg does not code them as parties
            if kind == "agent":  # a user's own agent noun: "name" the noun, aliases its plurals
                for noun in names:
                    self.agents[noun.lower()] = code.replace("~", "")[:3]
            elif kind == "person":
                if not any(n.lower() in listed for n in names):
                    self._add_term(code, names, _date(start), _date(end), converted)
            elif kind in ("country", "sector"):
                self._add_country_name(code, names, converted)
            else:
                key = by_cameo.get(code)
                if key is None:  # converted rows: Hezbollah and the LARF share LBNREB, two actors
                    key = f"{code}-{slug(name)}" if converted or code in _GENERIC_CODES else code
                    if not converted and code not in _GENERIC_CODES:
                        by_cameo[code] = key
                if key not in self.organisations:
                    country = self.countries.get(code[:3])
                    self.organisations[key] = Actor(
                        id=f"{'group' if kind == 'group' else 'org'}/{key}",
                        label=name,
                        kind="group" if kind == "group" else "organisation",
                        iso3=country.iso3 if country else None,
                        cameo=code,
                        role=_org_kind(code),
                    )
                self._add("ORG", f"O:{key}", names, converted)
        return problems

    def _add_country_name(self, code: str, names: list[str], converted: bool) -> None:
        if code[:3] not in self.countries:  # a country of the user's own (fictional, new)
            self.countries[code[:3]] = Actor(
                id=code[:3], label=names[0], kind="country", iso3=code[:3], cameo=code[:3]
            )
            self._add("GPE", f"C:{code[:3]}", names[:1])
            names = names[1:]
        if len(code) == 3:  # "N. Korea", "Congo Kinshasa", "Korea, North": other names of the
            names, others = self._places_and_country_names(code, names)  # country itself
            label = self.countries[code].label
            demonyms = [  # "Ecuadorean soldiers": the nationality, not a place
                n for n in names
                if _demonym_of(label, n) and plain(n).lower() not in self._geonames
            ]  # fmt: skip
            self._add("GPE", f"C:{code}", others, converted)
            self._add(  # matched as written, as no ordinary word is one (unless the hand
                "NORP", f"D:{code}", [n for n in demonyms if n.lower() not in self._known]
            )  # tables say what it is: "Dominican" is also Dominica's)
            self._add("GPE", f"L:{code}", [n for n in names if n not in demonyms], converted)
        else:
            self._add("GPE", f"R:{code}", names, converted)

    def _places_and_country_names(self, iso3: str, names: list[str]) -> tuple[list[str], list[str]]:
        """A country row's names split into places in it (Pyongyang, Hamgyong) and names of the
        country: those that share a word with its name but are neither a part of that name
        ('Korea' alone is two countries) nor a place GeoNames knows ('San Salvador')."""
        label = set(_words(self.countries[iso3].label))
        places, country = [], []
        for name in names:
            words = set(_words(name))
            own = words & label and not words < label and plain(name).lower() not in self._geonames
            (country if own else places).append(name)
        return places, country

    def _add_term(
        self, code: str, names: list[str], start: date | None, end: date | None, converted: bool
    ) -> None:
        """A person holding a code for a while: 'AFGGOV' acts for Afghanistan's government,
        'IGOWSTNAT' for NATO."""
        country = self.countries.get(code[:3])
        if country is not None:
            role = code[3:6] or None
            iso3, cameo = country.iso3, country.cameo + code[3:]
        else:
            role, iso3, cameo = _org_kind(code), None, code
        actor = Actor(
            id=f"person/{slug(names[0])}", label=names[0], kind="person",
            iso3=iso3, cameo=cameo, role=role,
        )  # fmt: skip
        term = Term(actor, start, end)
        for name in names:
            self.terms.setdefault(name.lower(), []).append(term)
        self._add("PERSON", f"{'Q' if converted else 'P'}:{names[0].lower()}", names, converted)

    @cached_property
    def organisation_by_code(self) -> dict[str, Actor]:
        """CAMEO code -> the first organisation row with it: the European Union, not its
        Council. Read once, after every table (a user's too) is loaded."""
        found: dict[str, Actor] = {}
        for actor in self.organisations.values():
            found.setdefault(actor.cameo or "", actor)
        return found

    def members_of(self, actor: Actor) -> list[Actor]:
        """The member states of a group of states (organisations.tsv, column members)."""
        if actor.kind != "organisation" or "/" not in actor.id:
            return []
        codes = self.members.get(actor.id.split("/", 1)[1], ())
        return [self.countries[code] for code in codes if code in self.countries]

    def entry_of(self, ident: str, name: str) -> str:
        """Which table and entry a name matched under a pattern id comes from
        ("phoenix_nonstate.tsv: Hezbollah", "places.tsv: Omdurman")."""
        return self.entries.get((ident.lstrip("~"), name.lower()), "")

    def role_actor(self, country: Actor, role: str) -> Actor:
        """A part of a country, e.g. RUS + GOV: "the Kremlin", "Russian troops" (RUS + MIL)."""
        if country.kind != "country":
            return country
        country = self.countries.get(country.iso3 or "", country)  # RUSGOV + MIL is RUSMIL
        return replace(
            country,
            id=f"{country.iso3}{role}",
            label=f"{country.label} ({role})",
            cameo=f"{country.cameo}{role}",
            role=role,
            wikidata=None,
        )

    def person(self, name: str, day: date | None) -> Actor | None:
        """The person of that name; in office (role GOV) only if the date falls in a term."""
        terms = self.terms.get(name.lower())
        if not terms:
            return None
        current = [t for t in terms if t.covers(day)]
        if current:
            return current[0].actor
        # Known, but not in office then: still that person and nationality, without the role.
        actor = terms[0].actor
        country = self.countries.get(actor.iso3 or "")
        return replace(actor, role=None, title=None, cameo=country.cameo if country else None)

    def office_holder(self, iso3: str, title: str, day: date | None) -> Actor | None:
        """Who held an office on a day: ('RUS', 'president', 2024-06-19) -> Vladimir Putin."""
        if day is None:
            return None
        for term in self.offices.get((iso3, normal_title(title)), ()):
            if term.covers(day):
                return term.actor
        return None

    @cached_property
    def _geonames(self) -> dict[str, str]:
        """Lower-cased place name -> ISO3, from `ontology/gazetteer/geonames_places.tsv`."""
        table = data_text("gazetteer/geonames_places.tsv")
        rows = (line.split("\t") for line in table.splitlines() if not line.startswith("#"))
        return {name.lower(): iso3 for name, iso3 in rows if iso3 in self.countries}

    @cached_property
    def _geonames_spellings(self) -> dict[str, str]:
        """The GeoNames table keyed by `spelling_key`, for names with one country only."""
        found: dict[str, set[str]] = {}
        for name, iso3 in self._geonames.items():
            found.setdefault(spelling_key(name), set()).add(iso3)
        return {key: next(iter(codes)) for key, codes in found.items() if len(codes) == 1}

    @cached_property
    def _regions(self) -> dict[str, tuple[str, frozenset[str]]]:
        """ISO3 -> (continent, land neighbours), from `ontology/gazetteer/country_regions.tsv`."""
        return {
            row["iso3"]: (row["continent"], frozenset(_names(row["neighbours"])))
            for row in read_table("gazetteer/country_regions.tsv")
        }

    def neighbours(self, iso3: str) -> frozenset[str]:
        """The countries sharing a land border with a country (GeoNames)."""
        return self._regions.get(iso3, ("", frozenset()))[1]

    @cached_property
    def _region_words(self) -> dict[str, frozenset[str]]:
        """Word -> the ISO3 codes of the countries it places (`loaders/data/region_words.tsv`)."""
        words = {}
        for word, where in data_rows("region_words.tsv"):
            codes: set[str] = set()
            for part in _names(where):
                kind, _, value = part.partition(" ")
                if kind == "continent":
                    codes |= {
                        c for c, (continent, _) in self._regions.items() if continent == value
                    }
                elif kind == "members":
                    codes |= set(self.members[value])
                elif kind == "island":
                    codes |= {c for c, (_, borders) in self._regions.items() if not borders}
                else:
                    codes.add(kind)
            words[word] = frozenset(codes)
        return words

    def region(self, word: str) -> frozenset[str] | None:
        """The countries a word of place covers ('Gulf' -> the GCC states, 'Asian' -> Asia's),
        or None when the word names no region."""
        return self._region_words.get(word.lower())

    def place_country(self, name: str) -> tuple[Actor, str] | None:
        """The country of a town or province no hand-verified table names ('the eastern
        province of Paktika' -> Afghanistan), read from GeoNames and ISO 3166-2
        (`geokg.loaders.geonames`); 'Borno State', 'Kharkiv region' as their place."""
        words = name.removeprefix("the ").split()
        if len(words) > 1 and words[-1].lower() in PLACE_KINDS:
            words = words[:-1]
        written = plain(" ".join(words))
        iso3 = self._geonames.get(written.lower())
        if iso3 is None and written[:1].isupper() and len(written) >= _SPELLED_LENGTH:
            iso3 = self._geonames_spellings.get(spelling_key(written.lower()))  # a name as
        if iso3 is None:  # written, long enough to be one town's: not "fine china"
            return None
        country = self.countries[iso3]
        return country, f"place in {country.label} (GeoNames)"

    def lookup(self, ent_id: str, text: str, day: date | None) -> tuple[Actor, str] | None:
        """The actor an entity-ruler id stands for, with the rule that resolved it."""
        kind, _, key = ent_id.lstrip("~").partition(":")
        if kind == "C" and key in self.countries:
            return self.countries[key], "country name"
        if kind == "D" and key in self.countries:
            return self.countries[key], "demonym"
        if kind == "L" and key in self.countries:
            return self.countries[key], f"place in {self.countries[key].label}"
        if kind == "S" and key in self.countries:
            return self.role_actor(self.countries[key], "GOV"), "capital or seat of government"
        if kind == "R" and key[:3] in self.countries:
            return self.role_actor(self.countries[key[:3]], key[3:]), "part of a country (Phoenix)"
        if kind == "O" and key in self.organisations:
            actor = self.organisations[key]
            if actor.kind != "group":
                return actor, "organisation"
            since = self.ruling_groups.get((actor.label, actor.iso3 or ""))
            if since and (day is None or day >= since):
                return replace(actor, role="GOV"), f"armed group governing since {since}"
            return actor, "armed group"
        if kind in ("P", "Q"):
            actor = self.person(text, day) or self.person(key, day)
            if actor is not None:
                return actor, "person (gazetteer)" if kind == "P" else "person (Phoenix)"
        return None


ACTOR_KINDS = ("country", "sector", "organisation", "group", "person", "agent")


def _actor_row_problem(code: str, name: str, kind: str, start: str, end: str) -> str:
    """What is wrong with a row of an actor table, or ''."""
    if kind == "agent":
        if not re.fullmatch(r"~[A-Z0-9]{3,}|[A-Z0-9]{3,}~", code):
            return f"agent code {code!r} is not ~SECTOR or PREFIX~ (CAMEO agent codes)"
    elif not re.fullmatch(r"[A-Z0-9]{3,}", code):
        return f"code {code!r} is not a CAMEO actor code (capitals, 3 or more)"
    if not name:
        return "no name"
    if kind not in ACTOR_KINDS:
        return f"kind {kind!r} is not one of {', '.join(ACTOR_KINDS)}"
    if (start or end) and kind != "person":
        return "only a person has term dates"
    for value in (start, end):
        try:
            _date(value)
        except ValueError:
            return f"date {value!r} is not a valid date"
    return ""


def _org_kind(code: str) -> str | None:
    """'IGOWSTNAT' -> 'IGO', 'NGOAMN' -> 'NGO', 'MNC' -> 'MNC'; None for a country's code."""
    return code[:3] if code[:3] in ORGANISATION_PREFIXES else None


@cache
def load_gazetteer(actors: tuple[Path, ...] = ()) -> Gazetteer:
    """The gazetteer, with a user's own actor tables added (`--actors FILE`, the columns of
    `ontology/gazetteer/phoenix_countries.tsv`); their bad rows are in `problems`."""
    gazetteer = Gazetteer()
    for path in actors:
        lines = Path(path).read_text("utf-8").splitlines()
        gazetteer.problems += gazetteer.load_actor_table(lines, str(path), converted=False)
    return gazetteer
