"""Signed-network analytics: balance on a hand-made graph, and the demo graph's structure."""

from __future__ import annotations

import json
import subprocess
import sys

import networkx as nx

from geokg.graph.analytics import Tie, analyze
from geokg.graph.network import project, relations


def signed(*ties, count=1):
    graph = nx.Graph()
    for a, b, score in ties:
        graph.add_node(a, label=a)
        graph.add_node(b, label=b)
        graph.add_edge(a, b, goldstein=score, count=count)
    return graph


def test_structural_balance_counts_triangles_by_sign_product():
    # A+B friends, both enemies of C: balanced. D is friends with A and B but C's enemy too.
    analysis = analyze(signed(("A", "B", 8), ("A", "C", -9), ("B", "C", -4),
                              ("X", "Y", 5), ("Y", "Z", 5), ("X", "Z", -6)))  # fmt: skip
    assert len(analysis.triangles) == 2
    assert analysis.balance == 0.5
    (worst,) = analysis.unbalanced()
    assert worst.actors == ("X", "Y", "Z") and worst.signs.count(-1) == 1
    assert analysis.blocs["A"] == analysis.blocs["B"] != analysis.blocs["C"]


def test_allies_and_adversaries_need_the_minimum_support():
    ties = (("A", "B", 8), ("A", "C", -9), ("B", "C", -4))
    once = analyze(signed(*ties, count=1))  # one event per pair: no ally, no adversary yet
    assert once.min_support == 2 and once.allies["A"] == [] == once.adversaries["A"]
    assert once.as_dict()["min_support"] == 2
    twice = analyze(signed(*ties, count=2))
    assert twice.allies["A"] == [Tie("B", 8, 2)] and twice.adversaries["A"] == [Tie("C", -9, 2)]
    assert analyze(signed(*ties, count=1), min_support=1).allies["A"] == [Tie("B", 8, 1)]


def test_centrality_ranks_actors_of_separate_groups_together():
    """A hub with four partners, and apart from it a strong pair: the eigenvector of the whole
    graph is 0 on the pair; per group, scaled by size, the hub leads and the pair counts."""
    ties = (("H", "A", 5), ("H", "B", 5), ("H", "C", 5), ("H", "D", 5), ("X", "Y", 40))
    whole = nx.eigenvector_centrality(nx.Graph([(a, b, {"weight": w}) for a, b, w in ties]),
                                      weight="weight", max_iter=2000)  # fmt: skip
    assert whole["H"] < 0.001  # the whole graph's eigenvector leaves the hub's group out
    analysis = analyze(signed(*ties, ("X", "Z", -3)))
    score = {node: values["eigenvector"] for node, values in analysis.centrality.items()}
    assert analysis.ranked()[0] == "H" and score["H"] == 1.0
    assert score["X"] == score["Y"] == 2 / 5  # the top of a group of 2, beside one of 5
    assert 0 < score["A"] < score["H"] and score["Z"] == 0  # Z has no cooperative tie


def test_demo_graph_analytics(demo_store, corpus_article):
    pairs = relations(project(demo_store))
    analysis = analyze(pairs)
    assert analysis.blocs["RUS"] == analysis.blocs["PRK"]
    assert analysis.blocs["KOR"] == analysis.blocs["USA"] != analysis.blocs["RUS"]
    assert "PRK" in [tie.actor for tie in analysis.allies["RUS"]]
    assert "UKR" in [tie.actor for tie in analysis.adversaries["RUS"]]
    assert 0.5 < analysis.balance < 1.0
    top = max(analysis.centrality, key=lambda n: analysis.centrality[n]["eigenvector"])
    assert top in ("RUS", "PRK")


def test_analyze_command_json(demo_store):
    result = subprocess.run(
        [sys.executable, "-m", "geokg", "analyze", "--json", "--store", str(demo_store.path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    russia = next(a for a in data["actors"] if a["id"] == "RUS")
    assert russia["label"] == "Russia" and data["min_support"] == 2
    korea = next(ally for ally in russia["allies"] if ally["id"] == "PRK")
    assert korea["events"] >= 17 and korea["goldstein"] > 70
    assert all(tie["events"] >= 2 for a in data["actors"] for tie in a["allies"] + a["adversaries"])
    assert data["triangles"] >= 5 and 0 < data["balance"] < 1
