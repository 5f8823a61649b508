"""From the RDF graph to a networkx actor graph, and the relation score of each pair.

Nodes are countries, organisations (IGOs and NGOs) and non-state armed groups, each with its
`kind`; people and parts of a state are counted under the country they act for (one without a
country is left out). Folding (`FOLDS`) merges further: "countries" counts armed groups under
the country they are based in, "members" shows an organisation as its member states (an EU
sanction on Russia becomes one from each member; an organisation whose members the gazetteer
does not list stays a node). A directed edge A -> B sums the events A did to B: count,
Goldstein sum and mean, cooperation and conflict counts, first and last date, events per
month, and the strongest evidence sentences. The events counted, and which are cooperation, are
those the relation queries weigh (`queries/fragments/weighable.rq`: negated, hypothetical and
background events are left out), and so is what an actor does to itself.

A pair's relation is classed from the Goldstein sum over both directions:
alliance >= +10 > cooperation > 0 > tension > -10 >= conflict. (One signed agreement scores
+8 each way, one condemnation -2, one armed attack -10.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

import networkx as nx

from geokg.graph.store import TripleStore
from geokg.queries.runner import fragment

ALLIANCE_AT = 10.0
CONFLICT_AT = -10.0
EVIDENCE_PER_EDGE = 3

FOLDS = ("countries", "members")

# The events that weigh, as the relation queries and totals weigh them (the same fragment),
# between any two actors; what an actor does to itself is left out after folding.
_EVENTS = f"""
SELECT ?s ?t ?g ?cooperation ?cameo ?date ?sentence ?url ?e
WHERE {{
  {{
    ?e a gk:Event ; gk:source ?s ; gk:target ?t ; gk:goldstein ?g ; gk:quadClass ?q ;
       gk:cameoCode ?cameo ; gk:sentence ?sentence ; prov:wasDerivedFrom ?article .
{fragment("weighable")}
  }}
  OPTIONAL {{ ?e sem:hasTimeStamp ?date }}
  OPTIONAL {{ ?article schema:url ?url }}
}}
"""

_ACTORS = """
SELECT ?actor ?class ?label ?home ?member
WHERE {
  ?actor a ?class ; rdfs:label ?label .
  FILTER(?class IN (gk:Country, gk:IGO, gk:NGO, gk:Organisation, gk:NonStateActor, gk:Person,
                    gk:Actor))
  OPTIONAL { ?actor gk:actsFor|gk:basedIn ?home }
  OPTIONAL { ?actor gk:hasMember ?member }
}
"""
_KIND = {"Country": "country", "IGO": "organisation", "NGO": "organisation",
         "Organisation": "organisation", "NonStateActor": "group"}  # fmt: skip


@dataclass
class _Actor:
    label: str
    kind: str  # country, organisation, group; anything else acts for its `home` country
    home: str | None = None
    members: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Evidence:
    date: str | None
    cameo: str
    goldstein: float
    sentence: str
    url: str | None


def relation_class(goldstein_sum: float) -> str:
    if goldstein_sum >= ALLIANCE_AT:
        return "alliance"
    if goldstein_sum > 0:
        return "cooperation"
    if goldstein_sum > CONFLICT_AT:
        return "tension"
    return "conflict"


def _short(iri: str) -> str:
    """The node id: RUS for a country, org/EU or group/HOUTHIS for the others."""
    return iri.split("/actor/", 1)[-1]


def _actors(store: TripleStore) -> dict[str, _Actor]:
    """Every actor's kind, label, home country and members, by node id."""
    actors: dict[str, _Actor] = {}
    for row in store.select(_ACTORS):
        node = _short(row["actor"].value)
        kind = _KIND.get(row["class"].value.rsplit("#", 1)[-1], "part")
        actor = actors.setdefault(node, _Actor(row["label"].value, kind))
        if kind != "part" and actor.kind == "part":
            actor.kind = kind  # a country or group typed twice keeps its own kind
        if row["home"] is not None:
            actor.home = _short(row["home"].value)
        member = _short(row["member"].value) if row["member"] is not None else None
        if member and member not in actor.members:
            actor.members.append(member)
    for actor in actors.values():
        actor.members.sort()  # the store gives them in no fixed order
    return actors


def _nodes(node: str, actors: dict[str, _Actor], fold: Collection[str]) -> list[str]:
    """The map nodes an actor counts as: itself, its country, or its member states."""
    actor = actors.get(node)
    if actor is None:
        return []
    if actor.kind == "country":
        return [node]
    if actor.kind == "organisation":
        return actor.members if "members" in fold and actor.members else [node]
    if actor.kind == "group":
        return [actor.home] if "countries" in fold and actor.home else [node]
    return [actor.home] if actor.home else []  # a person or a part of a state


def _within(day: str | None, since: date | None, until: date | None) -> bool:
    """Whether an event's day is inside the window; an undated event is in no window."""
    if day is None:
        return False
    return not ((since and day < since.isoformat()) or (until and day > until.isoformat()))


def project(
    store: TripleStore,
    since: date | None = None,
    until: date | None = None,
    min_events: int = 1,
    fold: Collection[str] = (),
) -> nx.DiGraph:
    """The actor graph of the store's events within a date window, folded as `fold` asks
    (any of `FOLDS`)."""
    unknown = set(fold) - set(FOLDS)
    if unknown:
        raise ValueError(f"unknown fold {sorted(unknown)[0]!r}: choose from {', '.join(FOLDS)}")
    actors = _actors(store)
    graph = nx.DiGraph()
    seen: set[str] = set()
    for row in store.select(_EVENTS):
        if row["e"].value in seen:
            continue
        seen.add(row["e"].value)
        day = row["date"].value if row["date"] is not None else None
        if (since or until) and not _within(day, since, until):
            continue
        sources = _nodes(_short(row["s"].value), actors, fold)
        targets = _nodes(_short(row["t"].value), actors, fold)
        for source, target in ((a, b) for a in sources for b in targets if a != b):
            _add_event(graph, actors, source, target, row, day)
    for _, _, edge in graph.edges(data=True):
        edge["mean"] = edge["goldstein"] / edge["count"]
        edge["evidence"] = sorted(edge["evidence"], key=lambda ev: -abs(ev.goldstein))[
            :EVIDENCE_PER_EDGE
        ]
        edge["months"] = dict(sorted(edge["months"].items()))
    weak = [(a, b) for a, b, d in graph.edges(data=True) if d["count"] < min_events]
    graph.remove_edges_from(weak)
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    return graph


def _add_event(
    graph: nx.DiGraph, actors: dict[str, _Actor], source: str, target: str, row, day: str | None
) -> None:
    """Count one event on the edge source -> target (made on first use) and its two nodes."""
    for node in (source, target):
        if node not in graph:
            actor = actors[node]
            graph.add_node(node, label=actor.label, kind=actor.kind, events=0)
            if actor.kind == "organisation" and actor.members:
                graph.nodes[node]["members"] = actor.members
            if actor.kind == "group" and actor.home:
                graph.nodes[node]["base"] = actor.home
        graph.nodes[node]["events"] += 1
    if not graph.has_edge(source, target):
        graph.add_edge(source, target, count=0, goldstein=0.0, cooperation=0, conflict=0,
                       first=None, last=None, months=Counter(), evidence=[])  # fmt: skip
    edge = graph.edges[source, target]
    score = float(row["g"].value)
    edge["count"] += 1
    edge["goldstein"] += score
    edge["cooperation" if row["cooperation"].value == "1" else "conflict"] += 1
    if day:
        edge["first"] = min(edge["first"] or day, day)
        edge["last"] = max(edge["last"] or day, day)
        edge["months"][day[:7]] += 1
    url = row["url"].value if row["url"] is not None else None
    edge["evidence"].append(Evidence(day, row["cameo"].value, score, row["sentence"].value, url))


def relations(graph: nx.DiGraph) -> nx.Graph:
    """Undirected pairs with the summed score of both directions and their relation class."""
    pairs = nx.Graph()
    pairs.add_nodes_from(graph.nodes(data=True))
    for a, b, data in graph.edges(data=True):
        if pairs.has_edge(a, b):
            pair = pairs.edges[a, b]
            pair["goldstein"] += data["goldstein"]
            pair["count"] += data["count"]
        else:
            pairs.add_edge(a, b, goldstein=data["goldstein"], count=data["count"])
    for _, _, pair in pairs.edges(data=True):
        pair["relation"] = relation_class(pair["goldstein"])
    return pairs


def blocs(pairs: nx.Graph) -> dict[str, int]:
    """Bloc number of each actor: communities on the positive ties (greedy modularity)."""
    positive = nx.Graph()
    positive.add_nodes_from(pairs)
    positive.add_weighted_edges_from(
        (a, b, d["goldstein"]) for a, b, d in pairs.edges(data=True) if d["goldstein"] > 0
    )
    communities = nx.community.greedy_modularity_communities(positive, weight="weight")
    ordered = sorted(communities, key=lambda c: (-len(c), sorted(c)))
    return {node: number for number, members in enumerate(ordered) for node in members}


def ranked_relations(pairs: nx.Graph, kind: str, limit: int = 10) -> list[tuple[str, str, dict]]:
    """Strongest cooperative ('positive') or conflictual ('negative') pairs, labels first."""
    sign = 1 if kind == "positive" else -1
    chosen = [
        (pairs.nodes[a]["label"], pairs.nodes[b]["label"], d)
        for a, b, d in pairs.edges(data=True)
        if sign * d["goldstein"] > 0
    ]
    chosen.sort(key=lambda item: (-sign * item[2]["goldstein"], item[0], item[1]))
    return [(*sorted((a, b)), d) for a, b, d in chosen[:limit]]
