"""Signed-network analytics: balance on a hand-made graph, and the demo graph's structure."""

from __future__ import annotations

import json
import subprocess
import sys

import networkx as nx

from geokg.graph.analytics import analyze
from geokg.graph.network import project, relations


def signed(*ties):
    graph = nx.Graph()
    for a, b, score in ties:
        graph.add_node(a, label=a)
        graph.add_node(b, label=b)
        graph.add_edge(a, b, goldstein=score, count=1)
    return graph


def test_structural_balance_counts_triangles_by_sign_product():
    # A+B friends, both enemies of C: balanced. D is friends with A and B but C's enemy too.
    analysis = analyze(signed(("A", "B", 8), ("A", "C", -9), ("B", "C", -4),
                              ("X", "Y", 5), ("Y", "Z", 5), ("X", "Z", -6)))  # fmt: skip
    assert len(analysis.triangles) == 2
    assert analysis.balance == 0.5
    (worst,) = analysis.unbalanced()
    assert worst.actors == ("X", "Y", "Z") and worst.signs.count(-1) == 1
    assert analysis.allies["A"] == [("B", 8)] and analysis.adversaries["A"] == [("C", -9)]
    assert analysis.blocs["A"] == analysis.blocs["B"] != analysis.blocs["C"]


def test_demo_graph_analytics(demo_store, corpus_article):
    pairs = relations(project(demo_store))
    analysis = analyze(pairs)
    assert analysis.blocs["RUS"] == analysis.blocs["PRK"]
    assert analysis.blocs["KOR"] == analysis.blocs["USA"] != analysis.blocs["RUS"]
    assert "PRK" in [a for a, _ in analysis.allies["RUS"]]
    assert "UKR" in [a for a, _ in analysis.adversaries["RUS"]]
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
    assert russia["label"] == "Russia" and "PRK" in russia["allies"]
    assert data["triangles"] >= 5 and 0 < data["balance"] < 1
