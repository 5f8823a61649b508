"""The indexes the named queries read instead of every event, kept at ingest.

Per pair of countries the relation totals (`gk:RelationTotal`) and their parts per month
(`gk:PairMonth`) and per aligned span of 2, 4 ... `SPAN_LEVELS`-th power of 2 months
(`gk:PairSpan`) over the weighed events; the days, months and spans that have events
(`gk:EventDay`, `gk:Month`, `gk:MonthSpan`) and the undated events (`gk:UndatedEvent`); per
country its event counts over all
time, per month and per day (`gk:ActorTotal`, `gk:ActorMonth`, `gk:ActorDay`); per pair of
countries the days with events between them (`gk:PairDay`); per directed pair and PLOVER type
the count and first and last day (`gk:DyadTypeTotal`); the stories' support and first day; and
the groups the paged listings read a page from (`gk:ListingGroup`: per listing, the events or
stories whose cursors start alike, say one day's, each linked to its groups by `gk:inGroup`)
and the parts above them (`gk:ListingPart`: a listing's groups of one month, or its undated
ones), through which a page finds the few groups it needs.
Each is an entry under a key (a pair, a day ...) holding counts, so it is computed by adding
up what each event contributes. The relation indexes weigh the events the relation queries
weigh, through the same SPARQL fragment (`queries/fragments/weighed-events.rq`).

`refresh` rebuilds every index from all events (streamed once, running totals only) and then
writes only what changed. An ingest instead calls `update` per batch: it adds what the batch's
new events contribute and takes away what the events of the articles it replaced contributed,
so its cost follows the batch, not the store (the first and last day of a `gk:DyadTypeTotal`,
`gk:Month` or `gk:MonthSpan` and a story's support, which cannot be taken away, are recounted
for the keys a batch touches: a month's and span's from the days index). A batch's write
carries the `gk:pending` flag, which its index update clears in one transaction; an ingest
that finds the flag (a writer stopped in between) or indexes of another layout rebuilds them
all first.
"""

from __future__ import annotations

import calendar
import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

import pyoxigraph as ox

from geokg.graph.store import INSERT_CHUNK, TripleStore
from geokg.ontology import ACTIVITY_GRAPH, DAYS_GRAPH, GK, GKID, RELATIONS_GRAPH, STORIES_GRAPH
from geokg.queries.runner import fragment

XSD = "http://www.w3.org/2001/XMLSchema#"
SYNC_SUBJECTS = 2000  # subjects per transaction when a derived graph is brought up to date
LAYOUT = 6  # the version of the indexes' layout; a store with another is rebuilt
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
STATE = ox.NamedNode(f"{GKID}indexes")  # the gk:IndexState node, in the days graph
PENDING = f'{STATE} <{GK}pending> "true"^^<{XSD}boolean> .'

# `{scope}` is empty for every event, or limits the events to some article graphs.
_FACTS = """
SELECT ?e ?x ?y ?d ?p ?negated ?story ?article ?root ?code ?g ?about WHERE {{
  {scope}
  ?e a gk:Event ; gk:negated ?negated ; gk:story ?story ; prov:wasDerivedFrom ?article ;
     gk:cameoRoot ?root ; gk:cameoCode ?code ; gk:goldstein ?g .
  OPTIONAL {{ ?e gk:sourceCountry ?x }}
  OPTIONAL {{ ?e gk:targetCountry ?y }}
  OPTIONAL {{ ?e sem:hasTimeStamp ?d }}
  OPTIONAL {{ ?e gk:ploverType ?p }}
  OPTIONAL {{ ?e gk:targetEvent ?about . ?about gk:cameoCode ?aboutCode }}
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
# A story's reports, then what its events between two countries add (the source's name, the
# day), each a pattern of its own: Oxigraph evaluates an OPTIONAL group apart from what it
# extends, over every event of the store (18 s for 300 stories at 12M quads).
_STORY_REPORTS = """
SELECT ?story ?e ?article WHERE {{
  {scope}
  GRAPH ?g {{ ?e gk:story ?story ; prov:wasDerivedFrom ?article }}
}}"""
_SOURCE_NAMES = """
SELECT ?e ?label WHERE {{
  {scope}
  ?e gk:sourceCountry ?x ; gk:targetCountry ?y ; gk:cameoCode ?code .
  ?x rdfs:label ?label . ?y rdfs:label ?other .
}}"""
_DAYS = "SELECT ?e ?d WHERE {{ {scope} ?e sem:hasTimeStamp ?d }}"
_DYAD_TYPES = """
SELECT ?x ?y ?p ?d WHERE {{
  VALUES (?x ?y ?p) {{ {} }}
  ?e gk:sourceCountry ?x ; gk:ploverType ?p ; gk:targetCountry ?y ; gk:negated false .
  OPTIONAL {{ ?e sem:hasTimeStamp ?d }}
}}"""
_MONTH_DAYS = """
SELECT ?d WHERE {{ GRAPH <{graph}> {{ VALUES ?m {{ {months} }} ?day gk:month ?m ; gk:date ?d }} }}
"""
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


# Months nest in aligned spans of 2, 4, 8 ... months (counted from year 0), so that a date
# window covers its whole months with at most two spans per level: a 3-month window reads two
# totals per pair, whatever its months, and a window of years a few more.
SPAN_LEVELS = 6  # the longest span is 2**6 months; a longer window adds several


def spans(month: str) -> list[str]:
    """The spans holding a month (YYYY-MM), shortest first, each as its first month and its
    length in months: '2024-05/2', '2024-05/4', '2024-01/8' ..."""
    year, number = (int(part) for part in month.split("-"))
    index = year * 12 + number - 1
    found = []
    for level in range(1, SPAN_LEVELS + 1):
        start = index - index % 2**level
        found.append(f"{start // 12:04d}-{start % 12 + 1:02d}/{2**level}")
    return found


def _within(month_or_span: str) -> list[tuple[str, ox.NamedNode]]:
    """The span one level up that holds a month or span, if any, as a gk:within triple's
    predicate and object."""
    month, _, length = month_or_span.partition("/")
    level = int(length or 1).bit_length() - 1
    if level >= SPAN_LEVELS:
        return []
    return [("within", _span(spans(month)[level]))]


def _span(span: str) -> ox.NamedNode:
    return ox.NamedNode(f"{GKID}span/{span}")


def _months(period: str) -> list[str]:
    """The months (YYYY-MM) of a month or span (YYYY-MM/LENGTH)."""
    month, _, length = period.partition("/")
    year, number = (int(part) for part in month.split("-"))
    first = year * 12 + number - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(first, first + int(length or 1))]


def _bounds(period: str) -> tuple[str, str]:
    """The first and last day of a month (YYYY-MM) or span (YYYY-MM/LENGTH)."""
    months = _months(period)
    year, number = (int(part) for part in months[-1].split("-"))
    return f"{months[0]}-01", f"{months[-1]}-{calendar.monthrange(year, number)[1]:02d}"


Key = tuple[str, ...]  # the index class's name, then the key's parts (IRIs, days, months)


@dataclass
class Entry:
    """What an index entry adds up; `first` and `last` are days (gk:DyadTypeTotal), `groups`
    the listing groups an event or story is in (IRI -> times, written when above zero)."""

    counts: dict[str, int | Decimal] = field(default_factory=lambda: defaultdict(int))
    first: str | None = None
    last: str | None = None
    groups: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    sort: str | None = None  # a story's cursor up to its IRI (gk:sortKey)

    def __post_init__(self) -> None:
        self.counts = defaultdict(int, self.counts)
        self.groups = defaultdict(int, self.groups)

    def add(self, other: Entry, sign: int = 1) -> None:
        for name, value in other.counts.items():
            self.counts[name] += sign * value
        for group, value in other.groups.items():
            self.groups[group] += sign * value
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


def _strength(goldstein: Decimal) -> int:
    """An event's rank in `evidence` (strongest first), as its cursor writes it: 2000 minus
    its absolute Goldstein score times ten, rounded half up as SPARQL's ROUND."""
    return 2000 - math.floor(abs(goldstein) * 10 + Decimal("0.5"))


def listing_groups(event: str, facts: dict[str, str | None]) -> list[Key]:
    """The listing groups an event is in: per paged listing, the start its cursor shares with
    others (the day, or without one the CAMEO code or the first characters of the event's
    hash), so that a group holds a few events and groups sort as their events do. `facts`
    holds the event's x, y (countries), d (day), root, code, g (Goldstein), negated, about."""
    day, code = facts["d"], facts["code"]
    near = event[: event.rindex("/") + 3]  # undated events: a page reads a 256th of them
    by_code = f"{day} " if day else f" {code} "  # cursor: date, CAMEO code, event
    by_event = f"{day} " if day else f" {near}"  # cursor: date, event
    groups: list[Key] = [("TableGroup", by_event), ("RootGroup", str(facts["root"]), by_event)]
    x, y = facts["x"], facts["y"]
    groups += [("ActorEventGroup", actor, by_code) for actor in sorted({x, y} - {None})]
    if x is not None and y is not None:
        groups.append(("PairEventGroup", *_pair(x, y), by_code))
        if facts["negated"] == "false":
            strength = _strength(Decimal(str(facts["g"])))
            groups.append(
                ("EvidenceGroup", x, y, f"{strength} {day} " if day else f"{strength}  {near}")
            )
    if facts["about"] is not None:
        groups.append(("ReactionGroup", by_event))
    return groups


def story_group(support: int, first: str | None) -> Key:
    """The listing group of a story in `stories` (most supported first, then earliest)."""
    return ("StoryGroup", f"{1_000_000 - support} {first or ''} ")


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
            for period in (("Month", day[:7]), *(("MonthSpan", s) for s in spans(day[:7]))):
                _count(entries, period, eventCount=1).add(Entry(first=day, last=day))
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
        facts = {n: row[n].value if row[n] is not None else None
                 for n in ("x", "y", "d", "root", "code", "g", "negated", "about")}  # fmt: skip
        listed = entries.setdefault(("Listed", event), Entry())
        for group in listing_groups(event, facts):
            _count(entries, group, eventCount=1)
            _count(entries, part_of(group), eventCount=1)
            if group[0] in LISTINGS:
                _count(entries, listing_of(group), eventCount=1)
            listed.groups[node(group).value] += 1
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
            month = row["d"].value[:7]
            _count(entries, ("PairMonth", a, b, month), **tally)
            for span in spans(month):
                _count(entries, ("PairSpan", a, b, span), **tally)
    return entries


def story_support(store: TripleStore, stories: list[str] | None = None) -> Entries:
    """Each story (of `stories`, else every one) with the number of distinct articles that
    report it and, when `stories` lists it (its events are between two countries), its first
    day and group there; a story of `stories` that none reports has none."""
    if stories == []:
        return {}
    scope = "" if stories is None else f"VALUES ?story {{ {' '.join(f'<{s}>' for s in stories)} }}"
    articles: dict[str, set[str]] = defaultdict(set)
    events: dict[str, set[str]] = defaultdict(set)
    for row in store.select(_STORY_REPORTS.format(scope=scope)):
        articles[row["story"].value].add(row["article"].value)
        events[row["story"].value].add(row["e"].value)
    found = None if stories is None else sorted({e for held in events.values() for e in held})
    names = _event_facts(store, _SOURCE_NAMES, "label", found)
    days = _event_facts(store, _DAYS, "d", found)
    listed: dict[str, list[str]] = {}  # a listed story's days
    labels: dict[str, str] = {}  # and the name of its source
    for story, held in events.items():
        for event in held & names.keys():
            listed.setdefault(story, []).extend(days.get(event, ()))
            labels[story] = min(labels.get(story, names[event][0]), *names[event])
    entries: Entries = {}
    for story in articles if stories is None else stories:
        entry = entries[("Story", story)] = Entry({"support": len(articles.get(story, ()))})
        if story in listed and entry.counts["support"]:
            first = min(listed[story], default=None)
            entry.first = first
            group = story_group(int(entry.counts["support"]), first)
            entry.groups[node(group).value] = 1
            entry.sort = f"{group[1]}{labels[story].replace(' ', '!')} "  # as its cursor starts
    return entries


def _event_facts(
    store: TripleStore, query: str, column: str, events: list[str] | None
) -> dict[str, list[str]]:
    """Per event (of `events`, else every one) the values of `column` in the query's rows."""
    scopes = [""] if events is None else [
        f"VALUES ?e {{ {' '.join(f'<{e}>' for e in events[start : start + SYNC_SUBJECTS])} }}"
        for start in range(0, len(events), SYNC_SUBJECTS)
    ]  # fmt: skip
    found: dict[str, list[str]] = defaultdict(list)
    for scope in scopes:
        for row in store.select(query.format(scope=scope)):
            found[row["e"].value].append(row[column].value)
    return found


def story_groups(stories: Entries) -> Entries:
    """The story groups' counts of the stories linked to them."""
    entries: Entries = {}
    for entry in stories.values():
        if any(times > 0 for times in entry.groups.values()):
            key = story_group(int(entry.counts["support"]), entry.first)
            _count(entries, key, storyCount=1)
            _count(entries, part_of(key), storyCount=1)
    return entries


# ---------------------------------------------------------------- entries as triples

_GRAPHS = {"RelationTotal": RELATIONS_GRAPH, "PairMonth": RELATIONS_GRAPH,
           "PairSpan": RELATIONS_GRAPH, "EventDay": DAYS_GRAPH, "Month": DAYS_GRAPH,
           "MonthSpan": DAYS_GRAPH, "UndatedEvent": DAYS_GRAPH,
           "ActorTotal": ACTIVITY_GRAPH, "ActorMonth": ACTIVITY_GRAPH,
           "ActorDay": ACTIVITY_GRAPH, "PairDay": ACTIVITY_GRAPH,
           "DyadTypeTotal": ACTIVITY_GRAPH, "Story": STORIES_GRAPH, "StoryGroup": STORIES_GRAPH,
           "Listed": ACTIVITY_GRAPH, "RootGroup": ACTIVITY_GRAPH, "ActorEventGroup": ACTIVITY_GRAPH,
           "PairEventGroup": ACTIVITY_GRAPH, "EvidenceGroup": ACTIVITY_GRAPH,
           "ReactionGroup": ACTIVITY_GRAPH, "TableGroup": ACTIVITY_GRAPH,
           "Listing": ACTIVITY_GRAPH}  # fmt: skip
# The level above each listing's groups (gk:ListingPart): the groups whose keys start alike up
# to the month (or the undated ones of a strength, or of the listing), so that a page reads the
# few parts it needs and then only their groups.
PARTS = {"TableGroup": "TablePart", "RootGroup": "RootPart", "ActorEventGroup": "ActorEventPart",
         "PairEventGroup": "PairEventPart", "EvidenceGroup": "EvidencePart",
         "ReactionGroup": "ReactionPart", "StoryGroup": "StoryPart"}  # fmt: skip
_GROUP_OF = {part: group for group, part in PARTS.items()}
_GRAPHS |= {part: _GRAPHS[group] for group, part in PARTS.items()}
GROUPS = set(PARTS) | set(_GROUP_OF)
# A key's part: its support and a space, if any, then its month ("2024-05-"), or a space alone
# (no day: the part of a listing's undated rows); evidence's is the strength and a space, since
# a dyad has few events of one strength in a month (the scale has a few dozen strengths).
_PART_KEY = re.compile(r"(\d+ )?(\d{4}-\d{2}-| )")
_STRENGTH = re.compile(r"\d+ ")
# The groups of one listing per key (a country, a pair ...) hang off a gk:Listing node that the
# key's own properties find, so a query reads that listing's groups and no other entries.
LISTINGS = {"RootGroup": ("listsRoot",), "ActorEventGroup": ("listsActor",),
            "PairEventGroup": ("listsPairA", "listsPairB"),
            "EvidenceGroup": ("listsFrom", "listsTo")}  # fmt: skip


def listing_of(group: Key) -> Key:
    """The listing a group or part of a keyed listing belongs to."""
    return ("Listing", _GROUP_OF.get(group[0], group[0]), *group[1:-1])


def part_of(group: Key) -> Key:
    """The part a listing group is in: its key's start up to the month (see `_PART_KEY`)."""
    found = _STRENGTH if group[0] == "EvidenceGroup" else _PART_KEY
    start = found.match(group[-1])[0]  # every group key starts with a day, space or number
    return (PARTS[group[0]], *group[1:-1], start)


def _key_term(part: str) -> ox.NamedNode | ox.Literal:
    return ox.NamedNode(part) if "://" in part else ox.Literal(part)


_DECIMALS = {"goldsteinSum"}
_COUNTS = {"eventCount", "goldsteinSum", "cooperationCount", "conflictCount", "sourceCount",
           "targetCount", "support", "storyCount"}  # fmt: skip


def node(key: Key) -> ox.NamedNode:
    """The IRI of an index entry: stable, made from its key."""
    kind, *parts = key
    if kind in ("RelationTotal", "PairMonth", "PairSpan"):
        return _hashed("relation", *parts)
    if kind == "EventDay":
        return ox.NamedNode(f"{GKID}day/{parts[0]}")
    if kind == "Month":
        return _month(parts[0])
    if kind == "MonthSpan":
        return _span(parts[0])
    if kind in ("UndatedEvent", "Story", "Listed"):
        return ox.NamedNode(parts[0])
    if kind in GROUPS:
        return _hashed("group", kind, *parts)
    if kind == "Listing":
        return _hashed("listing", *parts)
    if kind in ("ActorTotal", "ActorMonth", "ActorDay"):
        return _hashed("activity", *parts)
    return _hashed("pair-day" if kind == "PairDay" else "dyad-type", *parts)


def _key_triples(key: Key) -> Iterator[tuple[str, ox.NamedNode | ox.Literal]]:
    """The properties that say which key an entry has (besides its counts)."""
    kind, *parts = key
    if kind in ("RelationTotal", "PairMonth", "PairSpan", "PairDay"):
        yield "pairA", ox.NamedNode(parts[0])
        yield "pairB", ox.NamedNode(parts[1])
    if kind in ("ActorTotal", "ActorMonth", "ActorDay"):
        yield "actor", ox.NamedNode(parts[0])
    if _GROUP_OF.get(kind) in LISTINGS:  # a keyed listing's groups are found through parts
        yield "listing", node(listing_of(key))
    if kind in PARTS:
        yield "inPart", node(part_of(key))
    if kind == "Listing":
        yield from zip(LISTINGS[parts[0]], map(_key_term, parts[1:]), strict=True)
    if kind in GROUPS:
        yield "sortKey", ox.Literal(parts[-1])
    if kind == "StoryGroup":
        yield "support", _integer(1_000_000 - int(parts[0].split(" ")[0]))
    if kind == "DyadTypeTotal":
        yield "fromCountry", ox.NamedNode(parts[0])
        yield "toCountry", ox.NamedNode(parts[1])
    if kind == "DyadTypeTotal":
        yield "dyadType", ox.NamedNode(parts[2])
    if kind == "ActorMonth":
        yield "month", _month(parts[-1])
    if kind in ("EventDay", "ActorDay", "PairDay"):
        yield "date", _date(parts[-1])
    if kind in ("EventDay", "ActorDay"):
        yield "month", _month(parts[-1])
    if kind == "PairMonth":
        yield "span", _month(parts[-1])
    if kind == "PairSpan":
        yield "span", _span(parts[-1])
    if kind in ("Month", "MonthSpan"):
        start, end = _bounds(parts[0])
        yield "monthStart", _date(start)
        yield "monthEnd", _date(end)
        yield from _within(parts[0])
    if kind == "MonthSpan":
        yield "spanMonths", _integer(int(parts[0].partition("/")[2]))


def entry_lines(key: Key, entry: Entry) -> set[str]:
    """The entry's triples as N-Triples lines."""
    subject = node(key)
    triples = [ox.Triple(subject, _gk("inGroup"), ox.NamedNode(group))
               for group, times in entry.groups.items() if times > 0]  # fmt: skip
    if key[0] != "Listed":
        triples.append(ox.Triple(subject, _TYPE, _gk(key[0])))
    if key[0] not in ("UndatedEvent", "Listed"):  # the type alone says an event has no date
        triples += [ox.Triple(subject, _gk(name), value) for name, value in _key_triples(key)]
        for name, value in sorted(entry.counts.items()):
            literal = _decimal(value) if name in _DECIMALS else _integer(int(value))
            triples.append(ox.Triple(subject, _gk(name), literal))
    for name, day in (("firstDate", entry.first), ("lastDate", entry.last)):
        if day is not None:
            triples.append(ox.Triple(subject, _gk(name), _date(day)))
    if entry.sort is not None:
        triples.append(ox.Triple(subject, _gk("sortKey"), ox.Literal(entry.sort)))
    return {f"{triple} ." for triple in triples}


def _empty(entry: Entry) -> bool:
    counted = any(entry.counts[name] for name in entry.counts if name not in _DECIMALS)
    return not counted and not any(times > 0 for times in entry.groups.values())


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
    stories = story_support(store)
    wanted = described({**contributions(store), **stories, **story_groups(stories)})
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
    """The old descriptions of `subjects` deleted, then their new ones inserted, in operations
    of at most `INSERT_CHUNK` triples (a server such as Virtuoso refuses a request of a
    thousand operations as well as one very large operation)."""
    parts = []
    for verb, described in (("DELETE", stored), ("INSERT", wanted)):
        lines = [line for subject in subjects for line in described.get(subject, ())]
        for start in range(0, len(lines), INSERT_CHUNK):
            chunk = "\n".join(lines[start : start + INSERT_CHUNK])
            parts.append(f"{verb} DATA {{ GRAPH <{graph}> {{\n{chunk}\n}} }}")
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
    keyed = {name for name, _ in _key_triples(key)}  # a story group's support is its key's
    for triple in ox.parse("\n".join(lines), ox.RdfFormat.N_TRIPLES):
        name = triple.predicate.value.removeprefix(GK)
        if name in keyed:
            continue
        if name in ("firstDate", "lastDate"):
            setattr(entry, name.removesuffix("Date"), triple.object.value)
        elif name == "inGroup":
            entry.groups[triple.object.value] = 1
        elif name == "sortKey":
            entry.sort = triple.object.value
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
    stored: dict[str, Described] = defaultdict(dict)  # per graph: an event is in two
    for graph, nodes in by_graph.items():
        stored[graph] |= _stored(store, graph, nodes)
    new: Entries = {}
    for key, change in delta.items():
        new[key] = _parsed(key, _lines(stored, key))
        new[key].add(change)
    new |= _recounted(store, [key for key in removed if key[0] == "DyadTypeTotal"])
    _redate(store, [key for key in removed if key[0] in ("Month", "MonthSpan")], new)
    stories = story_support(store, [key[1] for key in delta if key[0] == "Story"])
    new |= stories
    moved: Entries = {}  # the story groups' counts: the touched stories leave one, join another
    before = {key: _parsed(key, _lines(stored, key)) for key in stories}
    for entries, sign in ((story_groups(stories), 1), (story_groups(before), -1)):
        for key, entry in entries.items():
            moved.setdefault(key, Entry()).add(entry, sign)
    graph = str(STORIES_GRAPH)
    stored[graph] |= _stored(store, graph, [node(key).value for key in moved])
    for key, change in moved.items():
        new[key] = _parsed(key, _lines(stored, key))
        new[key].add(change)
    _write(store, list(new), stored, described(new))


def _lines(stored: dict[str, Described], key: Key) -> set[str]:
    return stored[str(_GRAPHS[key[0]])].get(node(key).value, set())


def _write(store: TripleStore, keys: list[Key], stored: dict[str, Described], wanted: dict) -> None:
    """The changed entries and the cleared pending flag, in one transaction: a batch's
    changes are a few thousand entries, and each transaction publishes a checkpoint."""
    parts: list[str] = []
    for graph in {str(_GRAPHS[key[0]]) for key in keys}:
        subjects = {node(k).value for k in keys if str(_GRAPHS[k[0]]) == graph}
        changed = [s for s in subjects if stored[graph].get(s) != wanted[graph].get(s)]
        parts += _changes(graph, changed, stored[graph], wanted[graph])
    parts.append(f"DELETE DATA {{ GRAPH <{DAYS_GRAPH}> {{ {PENDING} }} }}")
    store.update(" ;\n".join(parts))


def _redate(store: TripleStore, keys: list[Key], new: Entries) -> None:
    """The first and last days of the months and spans in `keys` (whose events were taken
    away) set again in `new`, from their days with events: those stored, as `new` leaves
    them."""
    months = sorted({month for key in keys for month in _months(key[1])})
    days: dict[str, set[str]] = defaultdict(set)
    for start in range(0, len(months), SYNC_SUBJECTS):
        values = " ".join(f"<{_month(m).value}>" for m in months[start : start + SYNC_SUBJECTS])
        for row in store.select(_MONTH_DAYS.format(graph=DAYS_GRAPH, months=values)):
            days[row["d"].value[:7]].add(row["d"].value)
    for key, entry in new.items():
        if key[0] == "EventDay" and entry.counts["eventCount"] > 0:
            days[key[1][:7]].add(key[1])
        elif key[0] == "EventDay":
            days[key[1][:7]].discard(key[1])
    for key in keys:
        held = [day for month in _months(key[1]) for day in days.get(month, ())]
        new[key].first, new[key].last = min(held, default=None), max(held, default=None)


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
