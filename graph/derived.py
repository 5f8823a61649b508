"""The indexes the named queries read instead of every event, kept at ingest.

Per pair of countries the relation totals (`gk:RelationTotal`) and their monthly parts
(`gk:PairMonth`) over the weighed events; the days and months that have events (`gk:EventDay`,
`gk:Month`) and the undated events (`gk:UndatedEvent`); per country its event counts over all
time, per month and per day (`gk:ActorTotal`, `gk:ActorMonth`, `gk:ActorDay`); per pair of
countries the days with events between them (`gk:PairDay`); per directed pair and PLOVER type
the count and first and last day (`gk:DyadTypeTotal`); and the stories' support. Each is an
entry under a key (a pair, a day ...) holding counts, so it is computed by adding up what each
event contributes. The relation indexes weigh the events the relation queries weigh, through
the same SPARQL fragment (`queries/fragments/weighed-events.rq`).

`refresh` rebuilds every index from all events (streamed once, running totals only) and then
writes only what changed. An ingest instead calls `update` per batch: it adds what the batch's
new events contribute and takes away what the events of the articles it replaced contributed,
so its cost follows the batch, not the store (the first and last day of a `gk:DyadTypeTotal`
and a story's support, which cannot be taken away, are recounted for the keys a batch
touches). A batch's write carries the `gk:pending` flag, which its index update clears in one
transaction; an ingest that finds the flag (a writer stopped in between) or indexes of another
layout rebuilds them all first.
"""

from __future__ import annotations

import calendar
import hashlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

import pyoxigraph as ox

from geokg.graph.store import TripleStore
from geokg.ontology import ACTIVITY_GRAPH, DAYS_GRAPH, GK, GKID, RELATIONS_GRAPH, STORIES_GRAPH
from geokg.queries.runner import fragment

XSD = "http://www.w3.org/2001/XMLSchema#"
SYNC_SUBJECTS = 2000  # subjects per transaction when a derived graph is brought up to date
LAYOUT = 2  # the version of the indexes' layout; a store with another is rebuilt
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
STATE = ox.NamedNode(f"{GKID}indexes")  # the gk:IndexState node, in the days graph
PENDING = f'{STATE} <{GK}pending> "true"^^<{XSD}boolean> .'

# `{scope}` is empty for every event, or limits the events to some article graphs.
_FACTS = """
SELECT ?e ?x ?y ?d ?p ?negated ?story ?article WHERE {{
  {scope}
  ?e a gk:Event ; gk:negated ?negated ; gk:story ?story ; prov:wasDerivedFrom ?article .
  OPTIONAL {{ ?e gk:sourceCountry ?x }}
  OPTIONAL {{ ?e gk:targetCountry ?y }}
  OPTIONAL {{ ?e sem:hasTimeStamp ?d }}
  OPTIONAL {{ ?e gk:ploverType ?p }}
}}"""
# The fragment in a group of its own: its filters must not see the OPTIONAL date (Virtuoso
# then drops the undated events).
_WEIGHED = """
SELECT ?e ?x ?y ?g ?cooperation ?d WHERE {{
  {{
  {scope}
{fragment}
  }}
  OPTIONAL {{ ?e sem:hasTimeStamp ?d }}
}}"""
_IN_GRAPHS = "VALUES ?graph {{ {} }} GRAPH ?graph {{ ?e a gk:Event }}"
_STORY_REPORTS = """
SELECT ?story ?article WHERE {{
  {scope}
  GRAPH ?g {{ ?e gk:story ?story ; prov:wasDerivedFrom ?article }}
}}"""
_DYAD_TYPES = """
SELECT ?x ?y ?p ?d WHERE {{
  VALUES (?x ?y ?p) {{ {} }}
  ?e gk:sourceCountry ?x ; gk:ploverType ?p ; gk:targetCountry ?y ; gk:negated false .
  OPTIONAL {{ ?e sem:hasTimeStamp ?d }}
}}"""
_NODES = "SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ VALUES ?s {{ {nodes} }} ?s ?p ?o }} }}"


def _gk(name: str) -> ox.NamedNode:
    return ox.NamedNode(f"{GK}{name}")


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))


def _decimal(value: Decimal) -> ox.Literal:
    """In Oxigraph's canonical form ("8", "-3.4"), so a stored sum compares equal."""
    text = format(value.normalize(), "f") if value else "0"
    return ox.Literal(text, datatype=ox.NamedNode(XSD + "decimal"))


def _date(text: str) -> ox.Literal:
    return ox.Literal(text, datatype=ox.NamedNode(XSD + "date"))


def _hashed(kind: str, *parts: str) -> ox.NamedNode:
    digest = hashlib.md5(" ".join(parts).encode()).hexdigest()
    return ox.NamedNode(f"{GKID}{kind}/{digest}")


def _month(day: str) -> ox.NamedNode:
    return ox.NamedNode(f"{GKID}month/{day[:7]}")


Key = tuple[str, ...]  # the index class's name, then the key's parts (IRIs, days, months)


@dataclass
class Entry:
    """What an index entry adds up; `first` and `last` are days (gk:DyadTypeTotal)."""

    counts: dict[str, int | Decimal] = field(default_factory=lambda: defaultdict(int))
    first: str | None = None
    last: str | None = None

    def __post_init__(self) -> None:
        self.counts = defaultdict(int, self.counts)

    def add(self, other: Entry, sign: int = 1) -> None:
        for name, value in other.counts.items():
            self.counts[name] += sign * value
        for day in (other.first, other.last):
            if day is not None and sign > 0:
                self.first = min(self.first or day, day)
                self.last = max(self.last or day, day)


Entries = dict[Key, Entry]


def _count(entries: Entries, key: Key, **counts: int | Decimal) -> Entry:
    entry = entries.setdefault(key, Entry())
    for name, value in counts.items():
        entry.counts[name] += value
    return entry


def _pair(x: str, y: str) -> tuple[str, str]:
    return (x, y) if x <= y else (y, x)


def contributions(store: TripleStore, graphs: list[str] | None = None) -> Entries:
    """What the events add to each index entry: every event's, or those of some article
    graphs. Story support is left out: it counts articles, not events (`story_support`)."""
    if graphs == []:
        return {}
    scope = _IN_GRAPHS.format(" ".join(f"<{g}>" for g in graphs)) if graphs is not None else ""
    entries: Entries = {}
    seen: set[str] = set()
    for row in store.select(_FACTS.format(scope=scope)):
        event = row["e"].value
        entries.setdefault(("Story", row["story"].value), Entry())  # recounted from articles
        if event in seen:  # an event with two stories or articles is still one event
            continue
        seen.add(event)
        x, y = (row[n].value if row[n] is not None else None for n in ("x", "y"))
        day = row["d"].value if row["d"] is not None else None
        if day is None:
            _count(entries, ("UndatedEvent", event), eventCount=1)
        else:
            _count(entries, ("EventDay", day), eventCount=1)
            _count(entries, ("Month", day[:7]), eventCount=1)
        for actor, source in ((x, 1), (y, 0)):
            if actor is not None:
                counts = {"sourceCount": source, "targetCount": 1 - source}
                _count(entries, ("ActorTotal", actor), **counts)
                if day is not None:
                    _count(entries, ("ActorMonth", actor, day[:7]), **counts)
                    _count(entries, ("ActorDay", actor, day), **counts)
        if x is not None and y is not None:
            if day is not None:
                _count(entries, ("PairDay", *_pair(x, y), day), eventCount=1)
            if row["p"] is not None and row["negated"].value == "false":
                entry = _count(entries, ("DyadTypeTotal", x, y, row["p"].value), eventCount=1)
                entry.add(Entry(first=day, last=day))
    weighed = _WEIGHED.format(scope=scope, fragment=fragment("weighed-events"))
    seen.clear()
    for row in store.select(weighed):
        if row["e"].value in seen:
            continue
        seen.add(row["e"].value)
        a, b = _pair(row["x"].value, row["y"].value)
        goldstein, cooperative = Decimal(row["g"].value), int(row["cooperation"].value)
        tally = {"eventCount": 1, "goldsteinSum": goldstein,
                 "cooperationCount": cooperative, "conflictCount": 1 - cooperative}  # fmt: skip
        _count(entries, ("RelationTotal", a, b), **tally)
        if row["d"] is not None:
            _count(entries, ("PairMonth", a, b, row["d"].value[:7]), **tally)
    return entries


def story_support(store: TripleStore, stories: list[str] | None = None) -> Entries:
    """Each story (of `stories`, else every one) with the number of distinct articles that
    report it; a story of `stories` that none reports has none."""
    if stories == []:
        return {}
    scope = "" if stories is None else f"VALUES ?story {{ {' '.join(f'<{s}>' for s in stories)} }}"
    articles: dict[str, set[str]] = defaultdict(set)
    for row in store.select(_STORY_REPORTS.format(scope=scope)):
        articles[row["story"].value].add(row["article"].value)
    return {("Story", story): Entry({"support": len(articles.get(story, ()))})
            for story in (articles if stories is None else stories)}  # fmt: skip


# ---------------------------------------------------------------- entries as triples

_GRAPHS = {"RelationTotal": RELATIONS_GRAPH, "PairMonth": RELATIONS_GRAPH,
           "EventDay": DAYS_GRAPH, "Month": DAYS_GRAPH, "UndatedEvent": DAYS_GRAPH,
           "ActorTotal": ACTIVITY_GRAPH, "ActorMonth": ACTIVITY_GRAPH,
           "ActorDay": ACTIVITY_GRAPH, "PairDay": ACTIVITY_GRAPH,
           "DyadTypeTotal": ACTIVITY_GRAPH, "Story": STORIES_GRAPH}  # fmt: skip
_DECIMALS = {"goldsteinSum"}
_COUNTS = {"eventCount", "goldsteinSum", "cooperationCount", "conflictCount", "sourceCount",
           "targetCount", "support"}  # fmt: skip


def node(key: Key) -> ox.NamedNode:
    """The IRI of an index entry: stable, made from its key."""
    kind, *parts = key
    if kind in ("RelationTotal", "PairMonth"):
        return _hashed("relation", *parts)
    if kind == "EventDay":
        return ox.NamedNode(f"{GKID}day/{parts[0]}")
    if kind == "Month":
        return _month(parts[0])
    if kind in ("UndatedEvent", "Story"):
        return ox.NamedNode(parts[0])
    if kind in ("ActorTotal", "ActorMonth", "ActorDay"):
        return _hashed("activity", *parts)
    return _hashed("pair-day" if kind == "PairDay" else "dyad-type", *parts)


def _key_triples(key: Key) -> Iterator[tuple[str, ox.NamedNode | ox.Literal]]:
    """The properties that say which key an entry has (besides its counts)."""
    kind, *parts = key
    if kind in ("RelationTotal", "PairMonth", "PairDay"):
        yield "pairA", ox.NamedNode(parts[0])
        yield "pairB", ox.NamedNode(parts[1])
    if kind in ("ActorTotal", "ActorMonth", "ActorDay"):
        yield "actor", ox.NamedNode(parts[0])
    if kind == "DyadTypeTotal":
        yield "fromCountry", ox.NamedNode(parts[0])
        yield "toCountry", ox.NamedNode(parts[1])
        yield "dyadType", ox.NamedNode(parts[2])
    if kind in ("PairMonth", "ActorMonth"):
        yield "month", _month(parts[-1])
    if kind in ("EventDay", "ActorDay", "PairDay"):
        yield "date", _date(parts[-1])
    if kind in ("EventDay", "ActorDay"):
        yield "month", _month(parts[-1])
    if kind == "Month":
        year, month = (int(part) for part in parts[0].split("-"))
        yield "monthStart", _date(f"{parts[0]}-01")
        yield "monthEnd", _date(f"{parts[0]}-{calendar.monthrange(year, month)[1]:02d}")


def entry_lines(key: Key, entry: Entry) -> set[str]:
    """The entry's triples as N-Triples lines."""
    subject = node(key)
    triples = [ox.Triple(subject, _TYPE, _gk(key[0]))]
    if key[0] != "UndatedEvent":  # the type alone says an event has no date
        triples += [ox.Triple(subject, _gk(name), value) for name, value in _key_triples(key)]
        for name, value in sorted(entry.counts.items()):
            literal = _decimal(value) if name in _DECIMALS else _integer(int(value))
            triples.append(ox.Triple(subject, _gk(name), literal))
    for name, day in (("firstDate", entry.first), ("lastDate", entry.last)):
        if day is not None:
            triples.append(ox.Triple(subject, _gk(name), _date(day)))
    return {f"{triple} ." for triple in triples}


def _empty(entry: Entry) -> bool:
    return not any(entry.counts[name] for name in entry.counts if name not in _DECIMALS)


Described = dict[str, set[str]]  # subject IRI -> its triples as N-Triples lines


def described(entries: Entries) -> dict[str, Described]:
    """Per graph, each non-empty entry's triples by subject."""
    graphs: dict[str, Described] = defaultdict(dict)
    for key, entry in entries.items():
        if not _empty(entry):
            graphs[str(_GRAPHS[key[0]])][node(key).value] = entry_lines(key, entry)
    return graphs


# ---------------------------------------------------------------- writing


def _state_lines() -> set[str]:
    return {f"{STATE} {_TYPE} {_gk('IndexState')} .",
            f"{STATE} {_gk('indexLayout')} {_integer(LAYOUT)} ."}  # fmt: skip


def refresh(store: TripleStore) -> None:
    """Rebuild every index from all events, writing only what changed."""
    wanted = described({**contributions(store), **story_support(store)})
    wanted[str(DAYS_GRAPH)][STATE.value] = _state_lines()
    for graph in (STORIES_GRAPH, RELATIONS_GRAPH, DAYS_GRAPH, ACTIVITY_GRAPH):
        stored: Described = defaultdict(set)
        for quad in store.quads(str(graph)):
            stored[quad.subject.value].add(f"{quad.triple} .")
        sync_described(store, str(graph), stored, wanted.get(str(graph), {}))


def up_to_date(store: TripleStore) -> bool:
    """Whether the indexes have the current layout and no batch is left pending."""
    return store.ask(
        f"ASK {{ GRAPH <{DAYS_GRAPH}> {{ {STATE} gk:indexLayout {LAYOUT} "
        f"FILTER NOT EXISTS {{ {STATE} gk:pending true }} }} }}"
    )


def sync_described(store: TripleStore, graph: str, stored: Described, wanted: Described) -> None:
    """Make the named graph's subjects in `stored` and `wanted` hold exactly `wanted`, writing
    only the subjects whose description changed, `SYNC_SUBJECTS` per transaction. Each subject
    changes whole within one transaction, so a reader (or a crash) never sees half a
    description; the write buffers stay bounded however large the graph grows."""
    changed = [s for s in wanted.keys() | stored.keys() if wanted.get(s) != stored.get(s)]
    for start in range(0, len(changed), SYNC_SUBJECTS):
        store.update(" ;\n".join(_changes(graph, changed[start : start + SYNC_SUBJECTS],
                                          stored, wanted)))  # fmt: skip


def _changes(graph: str, subjects: list[str], stored: Described, wanted: Described) -> list[str]:
    parts = []
    for subject in subjects:
        if stored.get(subject):
            lines = "\n".join(stored[subject])
            parts.append(f"DELETE DATA {{ GRAPH <{graph}> {{\n{lines}\n}} }}")
        if wanted.get(subject):
            lines = "\n".join(wanted[subject])
            parts.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{lines}\n}} }}")
    return parts


def _stored(store: TripleStore, graph: str, nodes: list[str]) -> Described:
    found: Described = defaultdict(set)
    for start in range(0, len(nodes), SYNC_SUBJECTS):
        values = " ".join(f"<{n}>" for n in nodes[start : start + SYNC_SUBJECTS])
        for row in store.select(_NODES.format(graph=graph, nodes=values)):
            found[row["s"].value].add(f"{ox.Triple(row['s'], row['p'], row['o'])} .")
    return found


def _parsed(key: Key, lines: set[str]) -> Entry:
    """The counts (and days) of a stored entry, read back from its triples."""
    entry = Entry()
    for triple in ox.parse("\n".join(lines), ox.RdfFormat.N_TRIPLES):
        name = triple.predicate.value.removeprefix(GK)
        if name in ("firstDate", "lastDate"):
            setattr(entry, name.removesuffix("Date"), triple.object.value)
        elif name in _COUNTS:
            value = triple.object.value
            entry.counts[name] = Decimal(value) if name in _DECIMALS else int(value)
    if key[0] == "UndatedEvent" and lines:
        entry.counts["eventCount"] = 1
    return entry


def stored_graphs(store: TripleStore, graphs: list[str]) -> list[str]:
    """Those of the graphs that the store holds already."""
    values = " ".join(f"<{g}>" for g in graphs)
    query = f"SELECT DISTINCT ?g WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?g ?p ?o }} }}"
    return [row["g"].value for row in store.select(query)] if graphs else []


def update(store: TripleStore, removed: Entries, graphs: list[str]) -> None:
    """Bring the indexes up to date after `graphs` were written: add what their events
    contribute, take away `removed` (what the events of the graphs they replaced contributed,
    read before the write), recount the touched stories and, when events were taken away,
    the first and last days of their dyads and types; then clear the pending flag."""
    delta: Entries = {}
    for entries, sign in ((contributions(store, graphs), 1), (removed, -1)):
        for key, entry in entries.items():
            delta.setdefault(key, Entry()).add(entry, sign)
    by_graph: dict[str, list[str]] = defaultdict(list)
    for key in delta:
        by_graph[str(_GRAPHS[key[0]])].append(node(key).value)
    stored: Described = {}
    for graph, nodes in by_graph.items():
        stored |= _stored(store, graph, nodes)
    new: Entries = {}
    for key, change in delta.items():
        new[key] = _parsed(key, stored.get(node(key).value, set()))
        new[key].add(change)
    new |= _recounted(store, [key for key in removed if key[0] == "DyadTypeTotal"])
    new |= story_support(store, [key[1] for key in delta if key[0] == "Story"])
    _write(store, list(new), stored, described(new))


def _write(store: TripleStore, keys: list[Key], stored: Described, wanted: dict) -> None:
    """The changed entries and the cleared pending flag, in one transaction: a batch's
    changes are a few thousand entries, and each transaction publishes a checkpoint."""
    parts: list[str] = []
    for graph in {str(_GRAPHS[key[0]]) for key in keys}:
        subjects = [node(k).value for k in keys if str(_GRAPHS[k[0]]) == graph]
        changed = [s for s in subjects if stored.get(s) != wanted[graph].get(s)]
        parts += _changes(graph, changed, stored, wanted[graph])
    parts.append(f"DELETE DATA {{ GRAPH <{DAYS_GRAPH}> {{ {PENDING} }} }}")
    store.update(" ;\n".join(parts))


def _recounted(store: TripleStore, keys: list[Key]) -> Entries:
    """gk:DyadTypeTotal entries counted again from the events (after events were removed)."""
    entries: Entries = {key: Entry() for key in keys}
    for start in range(0, len(keys), SYNC_SUBJECTS):
        values = " ".join(
            f"(<{x}> <{y}> <{p}>)" for _, x, y, p in keys[start : start + SYNC_SUBJECTS]
        )
        for row in store.select(_DYAD_TYPES.format(values)):
            day = row["d"].value if row["d"] is not None else None
            key = ("DyadTypeTotal", row["x"].value, row["y"].value, row["p"].value)
            _count(entries, key, eventCount=1).add(Entry(first=day, last=day))
    return entries
