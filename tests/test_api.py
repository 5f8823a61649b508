"""The Python API, used the way the README and the notebook use it."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
from rdflib import Graph

import geokg
from geokg.graph.rdf import article_iri

FIXTURES = Path(__file__).parent / "fixtures"


def test_help_lists_the_public_surface():
    assert set(geokg.__all__) == {"KnowledgeGraph", "extract", "open", "sample_corpus",
                                  "extract_files", "resolve_actors", "ExtractOptions",
                                  "IngestOptions"}  # fmt: skip
    methods = {"ingest", "extract", "query", "actors", "events", "to_networkx", "visualize",
               "export", "stats", "validate"}  # fmt: skip
    assert methods <= set(dir(geokg.KnowledgeGraph))
    assert all(getattr(geokg.KnowledgeGraph, m).__doc__ for m in methods)


def test_open_ingest_resume_and_replace(tmp_path, nlp):
    kg = geokg.open(tmp_path / "store")
    report = kg.ingest(FIXTURES / "articles.jsonl")
    assert (report.articles, report.failed, report.skipped) == (2, 0, 0)
    quads = sorted(str(q) for q in kg.store.quads())

    again = kg.ingest([FIXTURES / "articles.jsonl"], resume=True)
    assert (again.articles, again.skipped) == (0, 2)  # nothing parsed
    assert sorted(str(q) for q in kg.store.quads()) == quads

    changed = tmp_path / "changed.jsonl"
    lines = (FIXTURES / "articles.jsonl").read_text().splitlines()
    record = json.loads(lines[1])
    record["text"] = "China and Russia condemned Japan."
    changed.write_text(lines[0] + "\n" + json.dumps(record) + "\n")
    resumed = kg.ingest([changed], resume=True)
    assert (resumed.articles, resumed.skipped) == (1, 1)  # the changed one is replaced
    in_article = (
        f"SELECT ?code WHERE {{ GRAPH <{article_iri('wire-2')}> {{ ?e gk:cameoCode ?code }} }}"
    )
    assert [r["code"] for r in kg.query(in_article).records()] == ["111", "111"]


def test_undated_events_are_in_no_date_window(tmp_path, nlp):
    text = tmp_path / "note.txt"
    text.write_text("Japan lodged a protest with China over the incursion by its coast guard.")
    kg = geokg.open(tmp_path / "store")
    assert kg.ingest(text).undated == 1
    assert kg.to_networkx().has_edge("JPN", "CHN")
    assert not kg.to_networkx(since="2000-01-01").edges  # not every window
    assert not kg.to_networkx(until="2100-01-01").edges
    assert kg.events() and not kg.events(since="2000-01-01")
    assert kg.ingest(text, published="2025-06-30").undated == 0  # an ISO string or a date
    assert kg.to_networkx(since="2025-06-01", until="2025-06-30").has_edge("JPN", "CHN")


def test_query_records_are_plain_values(demo_store):
    kg = geokg.KnowledgeGraph(demo_store)
    rows = kg.query("alliances", min_events=3).records()
    pairs = {(r["aLabel"], r["bLabel"]) for r in rows} | {(r["bLabel"], r["aLabel"]) for r in rows}
    assert ("Russia", "North Korea") in pairs
    assert all(isinstance(r["goldstein"], float) and isinstance(r["events"], int) for r in rows)
    (count,) = kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?e a gk:Event }").records()
    assert count["n"] == kg.stats()["events"] > 90


def test_actors_and_filtered_events(demo_store):
    kg = geokg.KnowledgeGraph(demo_store)
    actors = {a["label"]: a for a in kg.actors()}
    assert actors["Russia"]["iso3"] == "RUS" and actors["Russia"]["kind"] == "Country"
    assert actors["Russia"]["wikidata"] == "http://www.wikidata.org/entity/Q159"
    assert actors["Vladimir Putin"]["country"] == "Russia"

    russian = kg.events(actors=["Russia"])
    assert russian and all(
        "RUS" in (e["actor1Country"], e["actor2Country"], e["actor1Code"], e["actor2Code"])
        for e in russian
    )
    assert any(e["actor1Name"] == "Vladimir Putin" for e in russian)  # people count for Russia
    conflict = kg.events(actors=["RUS"], quad_classes=[4])
    assert conflict and {e["quadClass"] for e in conflict} == {4}
    assert {e["rootCode"] for e in kg.events(roots=["11"])} == {"11"}
    window = kg.events(since="2024-08-01", until="2024-08-31")
    assert window and all(e["date"] and "2024-08-01" <= e["date"] <= "2024-08-31" for e in window)


def test_network_map_and_export(demo_store, tmp_path):
    kg = geokg.KnowledgeGraph(demo_store)
    graph = kg.to_networkx(min_events=2)
    assert isinstance(graph, nx.DiGraph) and graph.has_edge("RUS", "PRK")
    assert kg.relations().edges["KOR", "USA"]["relation"] == "alliance"
    page = kg.visualize(tmp_path / "map.html").read_text()
    assert '"id": "RUS"' in page and "vis.DataSet" in page

    (turtle,) = kg.export(tmp_path / "all.ttl")
    assert len(Graph().parse(turtle)) == len(
        {(q.subject, q.predicate, q.object) for q in demo_store.quads()}
    )

    (subset,) = kg.export(tmp_path / "ukraine.ttl", actors=["Ukraine"], roots=["19"])
    chosen = Graph().parse(subset)
    events = kg.events(actors=["Ukraine"], roots=["19"])
    gk = "https://w3id.org/geokg/ontology#"
    typed = {str(s) for s, o in chosen.subject_objects(predicate=None) if str(o) == gk + "Event"}
    assert typed == {e["event"] for e in events} and events
    labels = {str(o) for o in chosen.objects(None, None) if str(o) in ("Ukraine", "Russia")}
    assert labels == {"Ukraine", "Russia"}  # the actors come along with their events
    assert kg.validate() == []
