"""The predicate lexicon (`loaders/data/predicates.tsv`) and the CAMEO table it points into.

A lexicon row names a trigger (verb or event noun, optionally a particle or a required object)
and a CAMEO code; the code's Goldstein score, QuadClass and PLOVER type come from the CAMEO table
(`ontology/cameo.tsv`), so the two never disagree.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from geokg.ontology import read_table


@dataclass(frozen=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None


@dataclass(frozen=True)
class Predicate:
    lemma: str
    pos: str  # VERB or NOUN
    particle: str
    objects: frozenset[str]  # required direct-object lemmas ("impose" + "sanction")
    preps: frozenset[str]  # prepositions introducing the target
    cameo: str
    symmetric: bool
    object_is_target: bool = True  # False: the object is the topic ("discuss trade with Y")

    @property
    def specificity(self) -> int:
        return 2 * bool(self.objects) + 2 * bool(self.particle) + bool(self.preps)


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


def _split(value: str) -> frozenset[str]:
    return frozenset(v.strip().lower() for v in value.split("|") if v.strip())


@cache
def load_lexicon() -> dict[tuple[str, str], tuple[Predicate, ...]]:
    """Predicates by (lemma, pos), most specific first."""
    table = files("geokg.loaders").joinpath("data/predicates.tsv").read_text("utf-8")
    rows = [line for line in table.splitlines() if line and not line.startswith("#")]
    codes = cameo_table()
    entries: dict[tuple[str, str], list[Predicate]] = {}
    for number, row in enumerate(csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE), 2):
        code = row["cameo"].strip()
        if code not in codes:
            raise ValueError(f"predicates.tsv line {number}: unknown CAMEO code {code!r}")
        predicate = Predicate(
            lemma=row["lemma"].strip().lower(),
            pos=row["pos"].strip().upper(),
            particle=(row["particle"] or "").strip().lower(),
            objects=_split(row["object"] or "") - {"-"},
            preps=_split(row["preps"] or ""),
            cameo=code,
            symmetric=(row["symmetric"] or "0").strip() == "1",
            object_is_target=(row["object"] or "").strip() != "-",
        )
        entries.setdefault((predicate.lemma, predicate.pos), []).append(predicate)
    return {
        key: tuple(sorted(values, key=lambda p: -p.specificity)) for key, values in entries.items()
    }


@cache
def lemma_set(name: str) -> frozenset[str]:
    """A one-column word list from `data/NAME.txt` (comments with '#')."""
    text = files("geokg.loaders").joinpath(f"data/{name}.txt").read_text("utf-8")
    return frozenset(
        line.split("#", 1)[0].strip().lower()
        for line in text.splitlines()
        if line.split("#", 1)[0].strip()
    )
