"""Signed-network analytics on the actor graph: centrality, blocs, structural balance, allies.

Ties are the undirected pairs of `relations()`: positive when the summed Goldstein score of
both directions is above zero (cooperation, alliance), negative below (tension, conflict).
Centrality is eigenvector centrality on the positive ties weighted by their score (who sits at
the heart of cooperation; computed without SciPy) next to plain degree; blocs are communities
of positive ties; a triangle of three tied actors is balanced when the product of its three
signs is positive ("the enemy of my enemy is my friend"), and the share of balanced triangles
measures how settled the alignments are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx

from geokg.graph.network import blocs


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
    allies: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    adversaries: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # actor -> its name

    @property
    def balance(self) -> float | None:
        """Share of balanced triangles; None when there is no triangle."""
        if not self.triangles:
            return None
        return sum(t.balanced for t in self.triangles) / len(self.triangles)

    def unbalanced(self, limit: int = 5) -> list[Triangle]:
        worst = [t for t in self.triangles if not t.balanced]
        return sorted(worst, key=lambda t: (-t.strength, t.actors))[:limit]

    def as_dict(self) -> dict:
        return {
            "actors": [
                {
                    "id": node,
                    "label": self.labels.get(node, node),
                    "bloc": self.blocs.get(node),
                    **{k: round(v, 4) for k, v in self.centrality[node].items()},
                    "allies": [a for a, _ in self.allies.get(node, [])],
                    "adversaries": [a for a, _ in self.adversaries.get(node, [])],
                }
                for node in sorted(
                    self.centrality, key=lambda n: -self.centrality[n]["eigenvector"]
                )
            ],
            "balance": None if self.balance is None else round(self.balance, 4),
            "triangles": len(self.triangles),
            "most_unbalanced": [
                {"actors": list(t.actors), "signs": list(t.signs), "strength": t.strength}
                for t in self.unbalanced()
            ],
        }


def sign(score: float) -> int:
    return 1 if score > 0 else -1


def analyze(pairs: nx.Graph) -> Analysis:
    """All analytics of an undirected signed graph from `relations()`."""
    positive = nx.Graph()
    positive.add_nodes_from(pairs)
    positive.add_weighted_edges_from(
        (a, b, d["goldstein"]) for a, b, d in pairs.edges(data=True) if d["goldstein"] > 0
    )
    degree = nx.degree_centrality(pairs) if len(pairs) > 1 else dict.fromkeys(pairs, 0.0)
    try:
        eigenvector = nx.eigenvector_centrality(positive, weight="weight", max_iter=2000)
    except (nx.PowerIterationFailedConvergence, nx.NetworkXException):
        eigenvector = {}
    centrality = {n: {"eigenvector": eigenvector.get(n, 0.0), "degree": degree[n]} for n in pairs}

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
    for node in pairs:
        ties = sorted(
            ((other, pairs[node][other]["goldstein"]) for other in pairs[node]),
            key=lambda item: -abs(item[1]),
        )
        analysis.allies[node] = [(o, s) for o, s in ties if s > 0]
        analysis.adversaries[node] = [(o, s) for o, s in ties if s < 0]
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
