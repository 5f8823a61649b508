"""From the RDF graph to a networkx actor graph, and the relation score of each pair.

Nodes are countries (people and bodies are counted under the country they act for). A directed
edge A -> B sums the events A did to B: count, Goldstein sum and mean, cooperation and conflict
counts (QuadClass 1-2 vs 3-4), first and last date, and the strongest evidence sentences.
Negated and hypothetical events ("did not condemn", "if ... would") are left out.

A pair's relation is classed from the Goldstein sum over both directions:
alliance >= +10 > cooperation > 0 > tension > -10 >= conflict. (One signed agreement scores
+8 each way, one condemnation -2, one armed attack -10.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import networkx as nx

from geokg.graph.store import TripleStore

ALLIANCE_AT = 10.0
CONFLICT_AT = -10.0
EVIDENCE_PER_EDGE = 3

_EVENTS = """
SELECT ?x ?xLabel ?y ?yLabel ?g ?q ?cameo ?date ?sentence ?url ?e
WHERE {
  ?e a gk:Event ; gk:sourceCountry ?x ; gk:targetCountry ?y ; gk:goldstein ?g ;
     gk:quadClass ?q ; gk:cameoCode ?cameo ; gk:negated false ; gk:modality ?m ;
     gk:sentence ?sentence ; prov:wasDerivedFrom ?article .
  FILTER(?m != "hypothetical" && ?x != ?y)
  FILTER NOT EXISTS { ?e gk:background true }
  ?x rdfs:label ?xLabel .
  ?y rdfs:label ?yLabel .
  OPTIONAL { ?e sem:hasTimeStamp ?date }
  OPTIONAL { ?article schema:url ?url }
}
"""


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
    return iri.rsplit("/", 1)[-1]


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
) -> nx.DiGraph:
    """The actor graph of the store's events within a date window."""
    graph = nx.DiGraph()
    seen: set[str] = set()
    for row in store.select(_EVENTS):
        if row["e"].value in seen:
            continue
        seen.add(row["e"].value)
        day = row["date"].value if row["date"] is not None else None
        if (since or until) and not _within(day, since, until):
            continue
        source, target = _short(row["x"].value), _short(row["y"].value)
        for node, label in ((source, row["xLabel"].value), (target, row["yLabel"].value)):
            if node not in graph:
                graph.add_node(node, label=label, events=0)
            graph.nodes[node]["events"] += 1
        if not graph.has_edge(source, target):
            graph.add_edge(
                source,
                target,
                count=0,
                goldstein=0.0,
                cooperation=0,
                conflict=0,
                first=None,
                last=None,
                evidence=[],
            )
        edge = graph.edges[source, target]
        score = float(row["g"].value)
        edge["count"] += 1
        edge["goldstein"] += score
        edge["cooperation" if int(row["q"].value) <= 2 else "conflict"] += 1
        if day:
            edge["first"] = min(edge["first"] or day, day)
            edge["last"] = max(edge["last"] or day, day)
        edge["evidence"].append(
            Evidence(
                day,
                row["cameo"].value,
                score,
                row["sentence"].value,
                row["url"].value if row["url"] is not None else None,
            )
        )
    for _, _, edge in graph.edges(data=True):
        edge["mean"] = edge["goldstein"] / edge["count"]
        edge["evidence"] = sorted(edge["evidence"], key=lambda ev: -abs(ev.goldstein))[
            :EVIDENCE_PER_EDGE
        ]
    weak = [(a, b) for a, b, d in graph.edges(data=True) if d["count"] < min_events]
    graph.remove_edges_from(weak)
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    return graph


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
