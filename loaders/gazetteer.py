"""The gazetteer: countries, organisations and people that mentions resolve to.

Data lives in `ontology/gazetteer/*.tsv` (columns documented in each file's header and in
the ontology package docstring). This module turns it into `Actor` objects and into spaCy
EntityRuler patterns whose `id` says which entry matched and how ("C:RUS" a country name,
"D:RUS" a demonym, "S:RUS" a capital or seat of government, "L:UKR" a place in a country,
"O:UN" an organisation, "P:vladimir putin" a person).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from geokg.ontology import read_table


@dataclass(frozen=True)
class Actor:
    """Someone who acts: a country, a part of one (RUS + GOV), an organisation or a person."""

    id: str  # "RUS", "RUSGOV", "org/UN", "person/Q7747"
    label: str
    kind: str  # country | organisation | person
    iso3: str | None = None  # the country it is or acts for
    wikidata: str | None = None
    cameo: str | None = None  # CAMEO actor code: RUS, RUSGOV, IGOUNO
    role: str | None = None  # CAMEO role: GOV, MIL, MED ...
    title: str | None = None

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


class Gazetteer:
    """All known actors, looked up by the ids the entity ruler writes on each match."""

    def __init__(self) -> None:
        self.countries: dict[str, Actor] = {}
        self.organisations: dict[str, Actor] = {}
        self.terms: dict[str, list[Term]] = {}  # lower-cased name -> terms of everyone so named
        self.offices: dict[tuple[str, str], list[Term]] = {}  # (ISO3, title) -> terms
        self.patterns: list[dict] = []
        self._load_countries()
        self._load_places()
        self._load_organisations()
        self._load_people()

    def _add(self, label: str, ident: str, names: list[str]) -> None:
        for name in names:
            self.patterns.append({"label": label, "pattern": name, "id": ident})

    def _load_countries(self) -> None:
        for row in read_table("gazetteer/countries.tsv"):
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
            self._add("NORP", f"D:{iso3}", _names(row["demonyms"]))
            self._add("GPE", f"S:{iso3}", _names(row["capitals"]) + _names(row["seats"]))

    def _load_places(self) -> None:
        for row in read_table("gazetteer/places.tsv"):
            if row["iso3"] in self.countries:
                self._add("GPE", f"L:{row['iso3']}", [row["name"], *_names(row["aliases"])])

    def _load_organisations(self) -> None:
        for row in read_table("gazetteer/organisations.tsv"):
            key = row["key"]
            self.organisations[key] = Actor(
                id=f"org/{key}",
                label=row["name"],
                kind="organisation",
                wikidata=row["wikidata"] or None,
                cameo=row["cameo"] or None,
                role=row["kind"] or None,
            )
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

    def lookup(self, ent_id: str, text: str, day: date | None) -> tuple[Actor, str] | None:
        """The actor an entity-ruler id stands for, with the rule that resolved it."""
        kind, _, key = ent_id.partition(":")
        if kind == "C" and key in self.countries:
            return self.countries[key], "country name"
        if kind == "D" and key in self.countries:
            return self.countries[key], "demonym"
        if kind == "L" and key in self.countries:
            return self.countries[key], f"place in {self.countries[key].label}"
        if kind == "S" and key in self.countries:
            return self.role_actor(self.countries[key], "GOV"), "capital or seat of government"
        if kind == "O" and key in self.organisations:
            return self.organisations[key], "organisation"
        if kind == "P":
            actor = self.person(text, day) or self.person(key, day)
            if actor is not None:
                return actor, "person (gazetteer)"
        return None


@cache
def load_gazetteer() -> Gazetteer:
    return Gazetteer()
