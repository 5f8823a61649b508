"""Graphs derived from all events, rebuilt after each ingest: the stories' support, and the
indexes the named queries read instead of every event: per pair of countries the relation
totals (`gk:RelationTotal`) and their monthly parts (`gk:PairMonth`), and the days that have
events (`gk:EventDay`), through which a query reaches the events of a day range by lookups.

Each is computed by streaming the events once and keeping only running totals (one entry per
story, per pair, per pair and month, per day); `sync_described` then writes only what changed,
a bounded number of subjects per transaction. The relation indexes weigh the events the
relation queries weigh, through the same SPARQL fragment (`queries/fragments/weighed-events.rq`).
The same aggregate in SPARQL, written in one update, made memory grow with the corpus
(+311 MB for 19,000 events, measured) while the rest of the ingest stays flat.
"""

from __future__ import annotations

import calendar
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pyoxigraph as ox

from geokg.graph.store import TripleStore
from geokg.ontology import DAYS_GRAPH, GK, GKID, RELATIONS_GRAPH, STORIES_GRAPH
from geokg.queries.runner import fragment

XSD = "http://www.w3.org/2001/XMLSchema#"
SYNC_SUBJECTS = 2000  # subjects per transaction when a derived graph is brought up to date
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

_STORY_REPORTS = """
SELECT ?story ?article WHERE {
  GRAPH ?g { ?event gk:story ?story ; prov:wasDerivedFrom ?article }
}"""
# The fragment in a group of its own: its filters must not see the OPTIONAL date (Virtuoso
# then drops the undated events).
_WEIGHED_EVENTS = f"""
SELECT ?x ?y ?g ?cooperation ?d WHERE {{
  {{
{fragment("weighed-events")}
  }}
  OPTIONAL {{ ?e sem:hasTimeStamp ?d }}
}}"""
_EVENT_DATES = "SELECT ?d WHERE { ?e a gk:Event ; sem:hasTimeStamp ?d }"


def _gk(name: str) -> ox.NamedNode:
    return ox.NamedNode(f"{GK}{name}")


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))


Described = dict[str, set[str]]  # subject IRI -> its triples as N-Triples lines


def _describe(triples) -> Described:
    described: Described = defaultdict(set)
    for triple in triples:
        described[triple.subject.value].add(f"{triple} .")
    return described


def refresh(store: TripleStore) -> None:
    """Bring the stories' support, the relation totals and the event days up to date with
    every event: run after each ingest (not per query), so re-ingested and changed articles
    stay exact."""
    sync_described(store, str(STORIES_GRAPH), story_support(store))
    sync_described(store, str(RELATIONS_GRAPH), relation_totals(store))
    sync_described(store, str(DAYS_GRAPH), event_days(store))


def sync_described(store: TripleStore, graph: str, wanted: Described) -> None:
    """Make the named graph hold exactly `wanted`, writing only the subjects whose description
    changed, `SYNC_SUBJECTS` per transaction. Each subject changes whole within one
    transaction, so a reader (or a crash) never sees half a description. The descriptions are
    held as text (a few MB for 17,000 stories); the write buffers stay bounded however large the
    graph grows."""
    stored: Described = defaultdict(set)
    for quad in store.quads(graph):
        stored[quad.subject.value].add(f"{quad.triple} .")
    changed = [s for s in wanted.keys() | stored.keys() if wanted.get(s) != stored.get(s)]
    for start in range(0, len(changed), SYNC_SUBJECTS):
        parts = []
        for subject in changed[start : start + SYNC_SUBJECTS]:
            if subject in stored:
                lines = "\n".join(stored[subject])
                parts.append(f"DELETE DATA {{ GRAPH <{graph}> {{\n{lines}\n}} }}")
            if subject in wanted:
                lines = "\n".join(wanted[subject])
                parts.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{lines}\n}} }}")
        store.update(" ;\n".join(parts))


def story_support(store: TripleStore) -> Described:
    """Each story, typed, with the number of distinct articles reporting it."""
    articles: dict[str, set[str]] = defaultdict(set)
    for row in store.select(_STORY_REPORTS):
        articles[row["story"].value].add(row["article"].value)
    triples = []
    for story, reporting in articles.items():
        node = ox.NamedNode(story)
        triples += [ox.Triple(node, _TYPE, _gk("Story")),
                    ox.Triple(node, _gk("support"), _integer(len(reporting)))]  # fmt: skip
    return _describe(triples)


@dataclass
class Tally:
    events: int = 0
    goldstein: Decimal = Decimal(0)
    cooperation: int = 0
    conflict: int = 0

    def add(self, goldstein: Decimal, cooperative: bool) -> None:
        self.events += 1
        self.goldstein += goldstein
        if cooperative:
            self.cooperation += 1
        else:
            self.conflict += 1


def _tally_triples(node: ox.NamedNode, kind: str, a: str, b: str, tally: Tally):
    yield ox.Triple(node, _TYPE, _gk(kind))
    yield ox.Triple(node, _gk("pairA"), ox.NamedNode(a))
    yield ox.Triple(node, _gk("pairB"), ox.NamedNode(b))
    yield ox.Triple(node, _gk("eventCount"), _integer(tally.events))
    goldstein = ox.Literal(str(tally.goldstein), datatype=ox.NamedNode(XSD + "decimal"))
    yield ox.Triple(node, _gk("goldsteinSum"), goldstein)
    yield ox.Triple(node, _gk("cooperationCount"), _integer(tally.cooperation))
    yield ox.Triple(node, _gk("conflictCount"), _integer(tally.conflict))


def _node(kind: str, *parts: str) -> ox.NamedNode:
    digest = hashlib.md5(" ".join(parts).encode()).hexdigest()
    return ox.NamedNode(f"{GKID}{kind}/{digest}")


def _date(day: date) -> ox.Literal:
    return ox.Literal(day.isoformat(), datatype=ox.NamedNode(XSD + "date"))


def _month(day: date) -> ox.NamedNode:
    return ox.NamedNode(f"{GKID}month/{day.isoformat()[:7]}")


def _month_triples(day: date):
    """The `gk:Month` of `day`: its first and last day."""
    node, last = _month(day), calendar.monthrange(day.year, day.month)[1]
    yield ox.Triple(node, _TYPE, _gk("Month"))
    yield ox.Triple(node, _gk("monthStart"), _date(day.replace(day=1)))
    yield ox.Triple(node, _gk("monthEnd"), _date(day.replace(day=last)))


def relation_totals(store: TripleStore) -> Described:
    """Per unordered pair of countries a `gk:RelationTotal` over the weighed events, and per
    pair and month with dated ones a `gk:PairMonth` over that month's."""
    totals: dict[tuple[str, str], Tally] = defaultdict(Tally)
    months: dict[tuple[str, str, date], Tally] = defaultdict(Tally)
    for row in store.select(_WEIGHED_EVENTS):
        x, y = row["x"].value, row["y"].value
        pair = (min(x, y), max(x, y))
        goldstein, cooperative = Decimal(row["g"].value), row["cooperation"].value == "1"
        totals[pair].add(goldstein, cooperative)
        if row["d"] is not None:
            months[(*pair, date.fromisoformat(row["d"].value).replace(day=1))].add(
                goldstein, cooperative
            )
    triples = []
    for (a, b), tally in totals.items():
        triples += _tally_triples(_node("relation", a, b), "RelationTotal", a, b, tally)
    for (a, b, month), tally in months.items():
        node = _node("relation", a, b, month.isoformat()[:7])
        triples += [*_tally_triples(node, "PairMonth", a, b, tally),
                    ox.Triple(node, _gk("month"), _month(month))]  # fmt: skip
    return _describe(triples)


def event_days(store: TripleStore) -> Described:
    """Per day with events a `gk:EventDay` (its date, month and number of events), and each
    of their months, a `gk:Month`."""
    counts = Counter(row["d"].value for row in store.select(_EVENT_DATES))
    triples, months = [], set()
    for text, count in counts.items():
        day = date.fromisoformat(text)
        node = ox.NamedNode(f"{GKID}day/{text}")
        triples += [ox.Triple(node, _TYPE, _gk("EventDay")),
                    ox.Triple(node, _gk("date"), _date(day)),
                    ox.Triple(node, _gk("month"), _month(day)),
                    ox.Triple(node, _gk("eventCount"), _integer(count))]  # fmt: skip
        months.add(day.replace(day=1))
    for month in months:
        triples += _month_triples(month)
    return _describe(triples)
