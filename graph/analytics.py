"""Signed-network analytics on the actor graph: centrality, blocs, structural balance, allies.

Ties are the undirected pairs of `relations()`: positive when the summed Goldstein score of
both directions is above zero (cooperation, alliance), negative below (tension, conflict).
Centrality is eigenvector centrality on the positive ties weighted by their score (who sits at
the heart of cooperation; computed without SciPy) next to plain degree. On a graph of several
separate groups the leading eigenvector lives in one group and is 0 everywhere else, so it is
computed in each connected group of cooperating actors, 1 for the group's most central actor,
and scaled by the group's size against the largest group's: the hub of a large group outranks
the pair of a small one, and every tied actor scores above 0. Blocs are communities of
positive ties; a triangle of three tied actors is balanced when the product of its three signs
is positive ("the enemy of my enemy is my friend"), and the share of balanced triangles
measures how settled the alignments are. An actor's allies and adversaries are its positive
and negative ties with at least `min_support` events, so one report makes no alliance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx

from geokg.graph.network import blocs

MIN_SUPPORT = 2


@dataclass(frozen=True)
class Tie:
    """One side of a pair as seen from an actor: the other actor, the summed Goldstein score
    of both directions and the number of events behind it."""

    actor: str
    goldstein: float
    events: int


@dataclass
class Triangle:
    actors: tuple[str, str, str]
    signs: tuple[int, int, int]
    balanced: bool
    strength: float  # smallest |Goldstein sum| of its three ties: how solid the triangle is


@dataclass
class Analysis:
    centrality: dict[str, dict[str, float]]
    blocs: dict[str, int]
    triangles: list[Triangle]
    allies: dict[str, list[Tie]] = field(default_factory=dict)  # strongest first
    adversaries: dict[str, list[Tie]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # actor -> its name
    min_support: int = MIN_SUPPORT  # events a tie needs to make an ally or adversary

    @property
    def balance(self) -> float | None:
        """Share of balanced triangles; None when there is no triangle."""
        if not self.triangles:
            return None
        return sum(t.balanced for t in self.triangles) / len(self.triangles)

    def unbalanced(self, limit: int = 5) -> list[Triangle]:
        worst = [t for t in self.triangles if not t.balanced]
        return sorted(worst, key=lambda t: (-t.strength, t.actors))[:limit]

    def ranked(self) -> list[str]:
        """Actors by eigenvector centrality, then degree, then name."""
        return sorted(
            self.centrality,
            key=lambda n: (-self.centrality[n]["eigenvector"], -self.centrality[n]["degree"], n),
        )

    def as_dict(self) -> dict:
        def ties(found: list[Tie]) -> list[dict]:
            return [{"id": t.actor, "goldstein": round(t.goldstein, 2), "events": t.events}
                    for t in found]  # fmt: skip

        return {
            "actors": [
                {
                    "id": node,
                    "label": self.labels.get(node, node),
                    "bloc": self.blocs.get(node),
                    **{k: round(v, 4) for k, v in self.centrality[node].items()},
                    "allies": ties(self.allies.get(node, [])),
                    "adversaries": ties(self.adversaries.get(node, [])),
                }
                for node in self.ranked()
            ],
            "min_support": self.min_support,
            "balance": None if self.balance is None else round(self.balance, 4),
            "triangles": len(self.triangles),
            "most_unbalanced": [
                {"actors": list(t.actors), "signs": list(t.signs), "strength": t.strength}
                for t in self.unbalanced()
            ],
        }


def sign(score: float) -> int:
    return 1 if score > 0 else -1


def grouped_eigenvector(positive: nx.Graph) -> dict[str, float]:
    """Eigenvector centrality in each connected group of `positive` (weighted), 1 for the
    group's most central actor, times the group's size over the largest group's."""
    groups = [group for group in nx.connected_components(positive) if len(group) > 1]
    largest = max((len(group) for group in groups), default=1)
    scores = dict.fromkeys(positive, 0.0)
    for group in groups:
        values = nx.eigenvector_centrality(positive.subgraph(group), weight="weight", max_iter=2000)
        top = max(values.values())
        scores.update({n: len(group) / largest * value / top for n, value in values.items()})
    return scores


def analyze(pairs: nx.Graph, min_support: int = MIN_SUPPORT) -> Analysis:
    """All analytics of an undirected signed graph from `relations()`; allies and adversaries
    are ties of at least `min_support` events."""
    positive = nx.Graph()
    positive.add_nodes_from(pairs)
    positive.add_weighted_edges_from(
        (a, b, d["goldstein"]) for a, b, d in pairs.edges(data=True) if d["goldstein"] > 0
    )
    degree = nx.degree_centrality(pairs) if len(pairs) > 1 else dict.fromkeys(pairs, 0.0)
    eigenvector = grouped_eigenvector(positive)
    centrality = {n: {"eigenvector": eigenvector[n], "degree": degree[n]} for n in pairs}

    triangles = []
    for a, b, c in sorted(t for t in _triangles(pairs)):
        scores = (pairs[a][b]["goldstein"], pairs[b][c]["goldstein"], pairs[a][c]["goldstein"])
        signs = tuple(sign(s) for s in scores)
        triangles.append(
            Triangle((a, b, c), signs, signs[0] * signs[1] * signs[2] > 0,
                     min(abs(s) for s in scores))
        )  # fmt: skip

    analysis = Analysis(centrality, blocs(pairs) if len(pairs) else {}, triangles)
    analysis.labels = {node: data.get("label", node) for node, data in pairs.nodes(data=True)}
    analysis.min_support = min_support
    for node in pairs:
        ties = sorted(
            (Tie(other, data["goldstein"], data["count"]) for other, data in pairs[node].items()
             if data["count"] >= min_support),
            key=lambda tie: (-abs(tie.goldstein), tie.actor),
        )  # fmt: skip
        analysis.allies[node] = [tie for tie in ties if tie.goldstein > 0]
        analysis.adversaries[node] = [tie for tie in ties if tie.goldstein < 0]
    return analysis


def _triangles(graph: nx.Graph):
    """Each triangle once, as a sorted tuple of its three nodes."""
    seen = set()
    for node in graph:
        for a, b in combinations(sorted(graph[node]), 2):
            if graph.has_edge(a, b):
                triangle = tuple(sorted((node, a, b)))
                if triangle not in seen:
                    seen.add(triangle)
                    yield triangle
