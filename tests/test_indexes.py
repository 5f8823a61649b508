"""The indexes kept at ingest (graph/derived.py): rebuilt from the events alone they are the
same quads, the shapes cover them, and the weighed events behind them are the ones the
relation queries weigh."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from geokg.graph.derived import refresh
from geokg.graph.store import Store
from geokg.ontology import DAYS_GRAPH, RELATIONS_GRAPH, STORIES_GRAPH
from geokg.queries.runner import run_query

DERIVED = {str(g) for g in (DAYS_GRAPH, RELATIONS_GRAPH, STORIES_GRAPH)}
CLASSES = "SELECT ?c (COUNT(?n) AS ?count) WHERE { GRAPH ?g { ?n a ?c } } GROUP BY ?c"


def graph_quads(store, graph: str) -> set[str]:
    return {str(quad) for quad in store.quads(graph)}


def test_rebuilding_the_indexes_from_the_events_gives_the_same_quads(demo_store):
    rebuilt = Store(None)
    graphs: dict[str, list[str]] = defaultdict(list)
    for quad in demo_store.quads():
        if quad.graph_name.value not in DERIVED:
            graphs[quad.graph_name.value].append(f"{quad.triple} .")
    rebuilt.replace_graphs((name, "\n".join(lines)) for name, lines in graphs.items())
    refresh(rebuilt)
    for graph in DERIVED:
        assert graph_quads(rebuilt, graph) == graph_quads(demo_store, graph), graph
    counts = {row["c"].value.rsplit("#")[-1]: int(row["count"].value)
              for row in demo_store.select(CLASSES)}  # fmt: skip
    assert counts["EventDay"] > 10 and counts["Month"] > 5 and counts["PairMonth"] > 10
    refresh(demo_store)  # nothing changed: nothing to write
    assert graph_quads(rebuilt, str(DAYS_GRAPH)) == graph_quads(demo_store, str(DAYS_GRAPH))


def test_monthly_totals_add_up_to_the_totals_and_days_to_the_events(demo_store):
    months = """SELECT ?a ?b (SUM(?n) AS ?events) (SUM(?g) AS ?goldstein) WHERE {
      ?m a gk:PairMonth ; gk:pairA ?a ; gk:pairB ?b ; gk:eventCount ?n ; gk:goldsteinSum ?g
    } GROUP BY ?a ?b"""
    undated = """SELECT ?a ?b (COUNT(?e) AS ?events) (SUM(?g) AS ?goldstein) WHERE {
      INCLUDE weighed-events
      FILTER NOT EXISTS { ?e sem:hasTimeStamp ?d }
      BIND(IF(STR(?x) < STR(?y), ?x, ?y) AS ?a) BIND(IF(STR(?x) < STR(?y), ?y, ?x) AS ?b)
    } GROUP BY ?a ?b"""
    totals = "SELECT ?a ?b ?n ?g WHERE { ?t a gk:RelationTotal ; gk:pairA ?a ; gk:pairB ?b ; " \
             "gk:eventCount ?n ; gk:goldsteinSum ?g }"  # fmt: skip
    summed: dict[tuple, list] = {}
    for query in (months, undated):
        for row in run_query(demo_store, query).records():
            entry = summed.setdefault((row["a"], row["b"]), [0, Decimal(0)])
            entry[0] += row["events"]
            entry[1] += Decimal(str(row["goldstein"]))
    expected = {(r["a"], r["b"]): [r["n"], Decimal(str(r["g"]))]
                for r in run_query(demo_store, totals).records()}  # fmt: skip
    assert summed == expected and len(expected) > 10
    days = "SELECT (SUM(?n) AS ?n) WHERE { ?d a gk:EventDay ; gk:eventCount ?n }"
    dated = "SELECT (COUNT(?e) AS ?n) WHERE { ?e a gk:Event ; sem:hasTimeStamp ?d }"
    assert run_query(demo_store, days).rows == run_query(demo_store, dated).rows


def test_the_shapes_cover_the_indexes(demo_store):
    from rdflib import RDF, Literal

    from geokg.graph.validate import store_graph, validate
    from geokg.ontology import GK

    graph = store_graph(demo_store)
    month = next(graph.subjects(RDF.type, GK.PairMonth))
    day = next(graph.subjects(RDF.type, GK.EventDay))
    graph.remove((month, GK.month, None))
    graph.set((day, GK.eventCount, Literal(0)))
    problems = {(v.focus, v.message) for v in validate(graph)}
    assert (str(day), "a day is indexed only when it has events") in problems
    assert (str(month), "a pair's monthly total belongs to one month") in problems
