"""Exports that travel: RDF round trips per format, the event table and the actor network."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, Dataset, Graph
from rdflib.compare import isomorphic

from geokg.graph.export import (
    FORMATS,
    EventFilter,
    export,
    export_actor_graph,
    export_events,
)
from geokg.graph.network import project
from geokg.graph.store import Store
from geokg.ontology import GK
from geokg.pipeline import ingest_paths

SUFFIX = {"ttl": "ttl", "nt": "nt", "xml": "rdf", "nq": "nq", "trig": "trig", "jsonld": "jsonld"}
PARSER = {"ttl": "turtle", "nt": "nt", "xml": "xml", "nq": "nquads", "trig": "trig",
          "jsonld": "json-ld"}  # fmt: skip


def as_rdflib(store: Store, fmt: str):
    buffer = io.BytesIO()
    export(store, buffer, fmt)
    parsed = Dataset() if FORMATS[fmt][1] else Graph()
    parsed.parse(data=buffer.getvalue(), format=PARSER[fmt])
    return parsed, buffer.getvalue()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_then_import_is_isomorphic(demo_store, tmp_path, fmt):
    original, data = as_rdflib(demo_store, fmt)
    path = tmp_path / f"export.{SUFFIX[fmt]}"
    path.write_bytes(data)
    fresh = Store(tmp_path / "fresh")
    report = ingest_paths([path], fresh)
    assert report.errors == [] and report.imported_graphs >= 1
    again = ingest_paths([path], fresh)  # importing twice changes nothing
    assert again.errors == []
    copy, _ = as_rdflib(fresh, fmt)
    if FORMATS[fmt][1]:
        names = {str(g.identifier) for g in original.graphs()} - {"urn:x-rdflib:default"}
        assert names == {str(g.identifier) for g in copy.graphs()} - {"urn:x-rdflib:default"}
        for name in names:
            assert isomorphic(original.graph(name), copy.graph(name)), name
    else:
        assert isomorphic(original, copy)


def test_broken_rdf_is_named_and_leaves_the_store_alone(tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:a> <urn:b> .\n")
    store = Store(tmp_path / "store")
    before = len(store)
    report = ingest_paths([broken], store)
    assert [e.origin for e in report.errors] == [str(broken)]
    assert "not valid RDF" in report.errors[0].reason
    ontology = len(list(store.quads("https://w3id.org/geokg/id/graph/ontology")))
    state = {str(q.subject) for q in store.quads("https://w3id.org/geokg/id/graph/days")}
    assert len(store) - before == ontology + 2 and state == {"<https://w3id.org/geokg/id/indexes>"}


@pytest.mark.parametrize("fmt", ["jsonld", "nq", "trig"])
def test_flat_quad_formats_hold_the_union_as_one_default_graph(demo_store, fmt):
    from geokg.queries.runner import run_query

    buffer = io.BytesIO()
    export(demo_store, buffer, fmt, flat=True)
    graph = Graph().parse(data=buffer.getvalue(), format=PARSER[fmt])
    distinct = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
    assert len(graph) == int(run_query(demo_store, distinct).rows[0][0].value) > 1000
    assert len(graph) == len(as_rdflib(demo_store, "ttl")[0])


def test_graphml_gexf_and_neo4j_match_the_projection(demo_store, tmp_path):
    projection = project(demo_store)
    (graphml,) = export_actor_graph(projection, tmp_path / "g.graphml", "graphml")
    read = nx.read_graphml(graphml)
    assert (read.number_of_nodes(), read.number_of_edges()) == (
        projection.number_of_nodes(), projection.number_of_edges()
    )  # fmt: skip
    assert read.edges["RUS", "PRK"]["relation"] in ("alliance", "cooperation")
    (gexf,) = export_actor_graph(projection, tmp_path / "g.gexf", "gexf")
    assert nx.read_gexf(gexf).number_of_edges() == projection.number_of_edges()
    nodes, edges = export_actor_graph(projection, tmp_path / "neo4j", "neo4j")
    header = next(csv.reader(nodes.open()))
    assert header == ["actorId:ID", "label", "events:int", ":LABEL"]
    rows = list(csv.DictReader(edges.open()))
    assert len(rows) == projection.number_of_edges()
    assert {r[":TYPE"] for r in rows} <= {"ALLIANCE", "COOPERATION", "TENSION", "CONFLICT"}


def test_event_table_in_gdelt_layout(demo_store):
    buffer = io.BytesIO()
    count = export_events(demo_store, buffer, EventFilter(since="2024-08-01"))
    lines = buffer.getvalue().decode().splitlines()
    header = lines[0].split("\t")
    assert header[:4] == ["event", "date", "actor1Code", "actor1Name"]
    assert {"eventCode", "rootCode", "quadClass", "goldstein", "url"} <= set(header)
    assert len(lines) == count + 1 and count > 5
    dates = [line.split("\t")[1] for line in lines[1:]]
    assert all(d >= "2024-08-01" for d in dates if d)


def test_event_table_columns_are_documented_and_codes_read_as_text(demo_store):
    """The columns of ontology/event_columns.tsv are the query's and the file's, each in the
    README; read as the README says, CAMEO codes keep their leading zeros."""
    import pandas as pd

    from geokg.ontology import read_table
    from geokg.queries.runner import run_query

    documented = {row["column"]: row["type"] for row in read_table("event_columns.tsv")}
    assert list(documented) == run_query(demo_store, "event-table").variables
    buffer = io.BytesIO()
    export_events(demo_store, buffer)
    buffer.seek(0)
    events = pd.read_csv(buffer, sep="\t", dtype={"eventCode": str, "rootCode": str})
    assert list(events.columns) == list(documented)
    assert "057" in set(events["eventCode"]) and set(events["rootCode"].str.len()) == {2}
    assert (events["eventCode"].str[:2] == events["rootCode"]).all()
    assert events["quadClass"].between(1, 4).all() and events["negated"].dtype == bool
    readme = (Path(__file__).parent.parent / "README.md").read_text("utf-8")
    assert 'dtype={"eventCode": str, "rootCode": str}' in readme
    assert all(f"`{column}`" in readme for column in documented)


def test_every_export_validates_against_the_shapes(demo_store):
    from geokg.graph.validate import store_graph, validate

    assert validate(store_graph(demo_store)) == []


def test_a_broken_graph_fails_with_the_node_and_the_rule(demo_store, tmp_path):
    from decimal import Decimal

    from rdflib import OWL, RDF, Literal

    from geokg.graph.validate import store_graph, validate, validate_file
    from geokg.ontology import GK

    graph = store_graph(demo_store)
    first, second = sorted(set(graph.subjects(GK.source, None)))[:2]
    graph.remove((first, GK.source, None))
    graph.set((second, GK.goldstein, Literal(Decimal(42))))
    country = sorted(graph.subjects(RDF.type, GK.Country))[0]
    graph.remove((country, OWL.sameAs, None))
    violations = validate(graph)
    problems = {(v.focus, v.path.rsplit("#", 1)[-1], v.message) for v in violations}
    assert (str(first), "source", "an event has exactly one source actor") in problems
    assert (str(second), "goldstein", "a Goldstein score is a decimal from -10 to 10") in problems
    assert (str(country), "sameAs", "a country is the same as one Wikidata entity") in problems
    path = tmp_path / "broken.ttl"
    graph.serialize(path, format="turtle")
    assert len(validate_file(path)) == len(violations) == 3


def test_published_jsonld_context_compacts_our_terms(demo_store):
    import json

    from geokg.ontology import data_text

    context = json.loads(data_text("context.jsonld"))
    buffer = io.BytesIO()
    export(demo_store, buffer, "jsonld")
    expanded = Dataset().parse(data=buffer.getvalue(), format="json-ld")
    compact = expanded.serialize(format="json-ld", context=context["@context"])
    assert '"sentence"' in compact and '"goldstein"' in compact and '"source"' in compact
    reparsed = Dataset().parse(data=compact, format="json-ld")

    def quads(dataset):
        return {(s, p, o, str(getattr(g, "identifier", g))) for s, p, o, g in dataset.quads()}

    assert quads(reparsed) == quads(expanded)  # no blank nodes, so equality is isomorphism


@pytest.mark.slow
def test_cli_export_filters(demo_store, tmp_path):
    store = ["--store", str(demo_store.path)]
    filters = ["--actor", "Ukraine", "--root", "19", "--quad-class", "4"]
    command = [sys.executable, "-m", "geokg", "export", *store, "--format", "events", *filters]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    assert rows and all(r["rootCode"] == "19" and r["quadClass"] == "4" for r in rows)
    assert all("UKR" in (r["actor1Country"], r["actor2Country"]) for r in rows)
    assert f"{len(rows)} events" in result.stderr
    turtle = tmp_path / "war.ttl"
    command[command.index("events")] = "ttl"
    assert subprocess.run([*command, "-o", str(turtle)], timeout=300).returncode == 0
    events = set(Graph().parse(turtle).subjects(RDF.type, GK.Event))
    assert {str(e) for e in events} == {r["event"] for r in rows}
    flat = tmp_path / "war.jsonld"
    command[command.index("ttl")] = "jsonld"
    assert subprocess.run([*command, "--flat", "-o", str(flat)], timeout=300).returncode == 0
    assert set(Graph().parse(flat).subjects(RDF.type, GK.Event)) == events
