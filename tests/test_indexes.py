"""The indexes kept at ingest (graph/derived.py): rebuilt from the events alone they are the
same quads, also after batches that replace stored articles; the shapes cover them; the
weighed events behind them are the ones the relation queries weigh; and each query that reads
them answers as its plain definition over every event (queries/plain)."""

from __future__ import annotations

import json
from collections import defaultdict
from decimal import Decimal
from itertools import pairwise

import pytest
from helpers import comparable

from geokg.api import sample_corpus
from geokg.graph.derived import LAYOUT, SPAN_LEVELS, refresh, spans
from geokg.graph.network import project
from geokg.graph.store import Store
from geokg.ontology import ACTIVITY_GRAPH, DAYS_GRAPH, RELATIONS_GRAPH, STORIES_GRAPH
from geokg.pipeline import IngestReport, extract_paths, ingest
from geokg.queries.runner import (
    CURSOR,
    bound_text,
    execute,
    named_queries,
    pages,
    parse_named_query,
    run_query,
)

DERIVED = {str(g) for g in (ACTIVITY_GRAPH, DAYS_GRAPH, RELATIONS_GRAPH, STORIES_GRAPH)}
CLASSES = "SELECT ?c (COUNT(?n) AS ?count) WHERE { GRAPH ?g { ?n a ?c } } GROUP BY ?c"


def graph_quads(store, graph: str) -> set[str]:
    return {str(quad) for quad in store.quads(graph)}


PLAIN = [name for name, query in named_queries().items() if query.plain and name == query.name]
DATED_ONLY = {"recent-events", "top-actors", "who-did-what"}  # list no undated rows


@pytest.fixture(scope="module")
def batched_store(nlp, tmp_path_factory) -> Store:
    """The sample corpus ingested four articles a batch, then again with three articles
    changed and three moved to other days (their graphs replaced: events taken away and
    added, the last month's events moved away) and copies of a third of them without a
    date, so that every index is kept by additions and removals, undated events included."""
    folder = tmp_path_factory.mktemp("batched")
    records = [json.loads(line) for line in sample_corpus().read_text("utf-8").splitlines()]
    changed = [dict(r, text=r["text"].split("\n\n")[0]) if i % 7 == 0 else
               dict(r, published="2023-12-20") if i % 7 == 2 else r
               for i, r in enumerate(records)]  # fmt: skip
    undated = [{k: v for k, v in r.items() if k != "published"} | {"id": f"undated-{i}"}
               for i, r in enumerate(records) if i % 3 == 0]  # fmt: skip
    store = Store(folder / "store")
    for number, batch in enumerate((records, [*changed, *undated])):
        path = folder / f"batch-{number}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in batch))
        report = IngestReport()
        ingest(extract_paths([path], report.errors.append), store, report, batch_articles=4)
        assert report.errors == []
    return store


def rebuilt_from_events(store) -> Store:
    """A store of the same articles whose indexes are built from their events alone; its
    indexes must be the store's."""
    rebuilt = Store(None)
    graphs: dict[str, list[str]] = defaultdict(list)
    for quad in store.quads():
        if quad.graph_name.value not in DERIVED:
            graphs[quad.graph_name.value].append(f"{quad.triple} .")
    rebuilt.replace_graphs((name, "\n".join(lines)) for name, lines in graphs.items())
    refresh(rebuilt)
    for graph in DERIVED:
        assert graph_quads(rebuilt, graph) == graph_quads(store, graph), graph
    return rebuilt


def index_counts(store) -> dict[str, int]:
    return {row["c"].value.rsplit("#")[-1]: int(row["count"].value)
            for row in store.select(CLASSES)}  # fmt: skip


def test_indexes_kept_batch_by_batch_are_those_rebuilt_from_the_events(batched_store):
    rebuilt_from_events(batched_store)
    counts = index_counts(batched_store)
    assert counts["MonthSpan"] > counts["Month"] > 5 and counts["PairSpan"] > counts["PairMonth"]
    moved = "ASK { ?m gk:monthStart '2023-12-01'^^xsd:date ; gk:firstDate ?d }"
    assert batched_store.ask(moved)  # the moved articles' month, and none after their old one:
    last = "SELECT (MAX(?d) AS ?d) WHERE { ?p gk:spanMonths 64 ; gk:lastDate ?d }"
    newest = "SELECT (MAX(?d) AS ?d) WHERE { ?e a gk:Event ; sem:hasTimeStamp ?d }"
    assert run_query(batched_store, last).rows == run_query(batched_store, newest).rows
    assert counts["UndatedEvent"] > 3 and counts["ActorDay"] > 20 and counts["PairDay"] > 20
    assert counts["DyadTypeTotal"] > 20 and counts["ActorTotal"] > 10
    pending = "ASK { ?state gk:pending ?flag }"
    assert not batched_store.ask(pending)


def test_each_query_on_the_indexes_has_its_plain_definition_with_the_same_parameters():
    assert set(PLAIN) >= {"actor-timeline", "events-between", "events-by-root",
                          "events-on-events", "evidence", "recent-events", "stories"}  # fmt: skip
    for name in PLAIN:
        query = named_queries()[name]
        assert parse_named_query(name, query.plain).params == query.params, name
        assert "gk:inGroup" not in query.plain and "gk:EventDay" not in query.plain, name


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_a_query_on_the_indexes_answers_as_its_full_scan(batched_store, name):
    query = named_queries()[name]
    plain = parse_named_query(name, query.plain)
    window = {"since": "2024-06-10", "until": "2024-09-03"}  # cuts two months
    names = {p.name for p in query.params}
    settings = [{}, query.example_values(), {"type": "AGREE"}, {"a": "PRK", "b": "PRK"}, window,
                {"root": "11"}, {"min_support": "1"}, {"from": "RUS", "to": "PRK"},
                {"actor": "USA"}]  # fmt: skip
    checked = undated = 0
    for values in (v for v in settings if set(v) <= names):
        ours = execute(batched_store, bound_text(query, values, whole=True))
        theirs = execute(batched_store, bound_text(plain, values, whole=True))
        expected = comparable(theirs.variables, theirs.rows)
        assert comparable(ours.variables, ours.rows) == expected, (name, values)
        checked += len(expected)
        first = [execute(batched_store, bound_text(q, values)) for q in (query, plain)]
        assert comparable(first[0].variables, first[0].rows) == comparable(
            first[1].variables, first[1].rows
        ), (name, values)  # the first page alone, `LIMIT $limit` in both
        if CURSOR in theirs.variables:  # undated rows: their cursor has no date
            column = theirs.variables.index(CURSOR)
            cursors = [row[column].value for row in theirs.rows]
            undated += sum(c.startswith(" ") or c[4:6] == "  " or c[6:8] == "  " for c in cursors)
        if query.paged:  # page by page too, undated events and days cut by a page included
            read = pages(batched_store, name, values, limit=3)
            if expected:  # a cursor from the middle, and one outside a window
                middle = expected[len(expected) // 2][column].strip('"')
                for after in (middle, " ", "0000", "9999"):
                    given = {**values, "after": after}
                    rows = [execute(batched_store, bound_text(q, given)) for q in (query, plain)]
                    assert comparable(rows[0].variables, rows[0].rows) == comparable(
                        rows[1].variables, rows[1].rows
                    ), (name, given)
            paged = [row for page in read for row in comparable(page.variables, page.rows)]
            assert paged == [row[:column] + row[column + 1 :] for row in expected], (name, values)
    assert checked > 10
    assert undated > 0 or name in DATED_ONLY, name


def test_rebuilding_the_indexes_from_the_events_gives_the_same_quads(demo_store):
    rebuilt = rebuilt_from_events(demo_store)
    counts = index_counts(demo_store)
    assert counts["EventDay"] > 10 and counts["Month"] > 5 and counts["PairMonth"] > 10
    refresh(demo_store)  # nothing changed: nothing to write
    assert graph_quads(rebuilt, str(DAYS_GRAPH)) == graph_quads(demo_store, str(DAYS_GRAPH))


def test_spans_of_each_length_add_up_to_the_months(demo_store):
    """Every month is in one aligned span of each length, so a pair's spans of one length hold
    its dated events as its months do; the relations query adds the spans of the longest
    length alone, since no span encloses them."""
    assert spans("2024-05") == ["2024-05/2", "2024-05/4", "2024-01/8", "2024-01/16",
                                "2024-01/32", "2021-05/64"]  # fmt: skip
    assert spans("2024-06")[0] == spans("2024-05")[0] != spans("2024-04")[0]
    assert f"gk:spanMonths {2**SPAN_LEVELS} ;" in named_queries()["relations"].text
    sums = """SELECT ?length ?a ?b (SUM(?n) AS ?events) (SUM(?g) AS ?goldstein) WHERE {
      ?t gk:span ?period ; gk:pairA ?a ; gk:pairB ?b ; gk:eventCount ?n ; gk:goldsteinSum ?g .
      OPTIONAL { ?period gk:spanMonths ?months }
      BIND(COALESCE(?months, 1) AS ?length)
    } GROUP BY ?length ?a ?b"""
    by_length: dict[int, set] = defaultdict(set)
    for row in run_query(demo_store, sums).records():
        by_length[row["length"]].add((row["a"], row["b"], row["events"], row["goldstein"]))
    assert sorted(by_length) == [2**level for level in range(SPAN_LEVELS + 1)]
    assert all(pairs == by_length[1] for pairs in by_length.values()) and len(by_length[1]) > 10


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
    assert validate(graph) == []
    month = next(graph.subjects(RDF.type, GK.PairMonth))
    span = next(graph.subjects(RDF.type, GK.PairSpan))
    period = next(graph.subjects(RDF.type, GK.MonthSpan))
    day = next(graph.subjects(RDF.type, GK.EventDay))
    group = next(graph.subjects(RDF.type, GK.ActorEventGroup))
    part = next(graph.subjects(RDF.type, GK.ActorEventPart))
    stories = next(graph.subjects(RDF.type, GK.StoryPart))
    graph.remove((month, GK.span, None))
    graph.remove((span, GK.span, None))
    graph.remove((period, GK.firstDate, None))
    graph.set((day, GK.eventCount, Literal(0)))
    graph.remove((group, GK.inPart, None))
    graph.remove((part, GK.listing, None))
    graph.set((stories, GK.storyCount, Literal(0)))
    problems = {(v.focus, v.message) for v in validate(graph)}
    assert (str(day), "a day is indexed only when it has events") in problems
    assert (str(month), "a pair's monthly total belongs to one month") in problems
    assert (str(span), "a pair's total over a span belongs to one span") in problems
    assert (str(period), "a month or span has the first day of its events") in problems
    assert (str(group), "a listing group is in one listing part") in problems
    assert (str(part), "a listing part belongs to one listing") in problems
    assert (str(stories), "a story group or part holds at least one story") in problems


def short(iri: str) -> str:
    """An actor's node id on the actor graph: RUS for .../actor/RUS."""
    return iri.rsplit("/", 1)[-1]


def test_totals_relations_and_the_actor_graph_weigh_the_same_events(demo_store):
    """The relation totals, the relations query and the networkx projection (folded into
    countries, between countries) count the same events, sums and cooperation."""
    totals = "SELECT ?a ?b ?n ?g ?c WHERE { ?t a gk:RelationTotal ; gk:pairA ?a ; gk:pairB ?b ; " \
             "gk:eventCount ?n ; gk:goldsteinSum ?g ; gk:cooperationCount ?c }"  # fmt: skip
    stored = {(short(r["a"]), short(r["b"])): (r["n"], round(r["g"], 6), r["c"])
              for r in run_query(demo_store, totals).records()}  # fmt: skip
    queried = {}
    for sign in ("positive", "negative"):
        for r in run_query(demo_store, "relations", {"sign": sign}).records():
            queried[(short(r["a"]), short(r["b"]))] = (
                r["events"],
                round(r["goldstein"], 6),
                r["cooperation"],
            )
    graph = project(demo_store, fold=["countries"])
    projected: dict[tuple[str, str], list] = {}
    for x, y, edge in graph.edges(data=True):
        if graph.nodes[x]["kind"] == graph.nodes[y]["kind"] == "country":
            entry = projected.setdefault(tuple(sorted((x, y))), [0, 0.0, 0])
            entry[0] += edge["count"]
            entry[1] += edge["goldstein"]
            entry[2] += edge["cooperation"]
    assert {k: (n, round(g, 6), c) for k, (n, g, c) in projected.items()} == stored
    assert queried == {pair: value for pair, value in stored.items() if value[1] != 0}
    assert len(stored) > 10 and any(c for _, _, c in stored.values())


GROUPS_AND_PARTS = """
SELECT ?group ?key ?n ?part ?partKey ?partCount ?listing ?keyed WHERE {
  ?group gk:inPart ?part ; gk:sortKey ?key .
  ?part gk:sortKey ?partKey .
  OPTIONAL { ?group gk:eventCount ?events } OPTIONAL { ?group gk:storyCount ?stories }
  OPTIONAL { ?part gk:eventCount ?partEvents } OPTIONAL { ?part gk:storyCount ?partStories }
  OPTIONAL { ?part gk:listing ?listing } OPTIONAL { ?group gk:listing ?keyed }
  BIND(COALESCE(?events, ?stories) AS ?n) BIND(COALESCE(?partEvents, ?partStories) AS ?partCount)
}"""


def test_listing_parts_hold_their_groups_and_sort_as_they_do(demo_store):
    """Each listing group is in one part whose key starts its own (its month, or a space for
    the undated rows); a part counts the rows of its groups, the parts of one listing have
    prefix-free keys, and a keyed listing is found from its parts alone."""
    rows = run_query(demo_store, GROUPS_AND_PARTS).records()
    parts: dict[str, list] = {}
    for row in rows:
        assert row["key"].startswith(row["partKey"]) and row["keyed"] is None, row
        assert row["partKey"][-1] in "- ", row  # up to the month, or a space: undated rows
        parts.setdefault(row["part"], [row["partKey"], row["partCount"], row["listing"], 0])
        parts[row["part"]][3] += row["n"]
    assert all(count == summed for _, count, _, summed in parts.values())
    by_listing: dict[tuple, list[str]] = defaultdict(list)
    types = "SELECT ?part ?type WHERE { ?part a ?type . ?type rdfs:subClassOf gk:ListingPart }"
    kinds = {r["part"]: r["type"] for r in run_query(demo_store, types).records()}
    for part, (key, _, listing, _) in parts.items():
        by_listing[(kinds[part], listing)].append(key)
    for keys in by_listing.values():
        ordered = sorted(keys)
        assert all(not b.startswith(a) for a, b in pairwise(ordered)), ordered
    months = [key for keys in by_listing.values() for key in keys if key[-1] == "-"]
    assert len(by_listing) > 20 and len(months) > len(by_listing)  # listings span months


def test_indexes_of_an_older_layout_are_rebuilt_at_the_next_ingest(nlp, tmp_path):
    """A store whose indexes have another layout (here the one before listing parts: no
    parts, keyed groups pointing at their listing) rebuilds them before its next batch."""
    records = sample_corpus().read_text("utf-8").splitlines()
    store = Store(tmp_path / "store")
    for number, batch in enumerate((records[:6], records[6:12])):
        if number:
            store.update(f"""
              DELETE {{ GRAPH ?g {{ ?group gk:inPart ?part }} }}
              INSERT {{ GRAPH ?g {{ ?group gk:listing ?listing }} }} WHERE {{
                GRAPH ?g {{ ?group gk:inPart ?part }} OPTIONAL {{ ?part gk:listing ?listing }}
              }} ;
              DELETE {{ GRAPH ?g {{ ?part ?p ?o }} }} WHERE {{
                GRAPH ?g {{ ?part a ?type ; ?p ?o }} ?type rdfs:subClassOf gk:ListingPart }} ;
              DELETE {{ GRAPH ?g {{ ?s gk:indexLayout ?n }} }}
              INSERT {{ GRAPH ?g {{ ?s gk:indexLayout {LAYOUT - 1} }} }}
              WHERE {{ GRAPH ?g {{ ?s gk:indexLayout ?n }} }}""")
            assert not store.ask("ASK { ?group gk:inPart ?part }")
            assert store.ask("ASK { ?group gk:listing ?listing ; gk:sortKey ?key }")
        path = tmp_path / f"batch-{number}.jsonl"
        path.write_text("\n".join(batch) + "\n")
        report = IngestReport()
        ingest(extract_paths([path], report.errors.append), store, report)
        assert report.errors == [] and report.events
    rebuilt_from_events(store)
    assert store.ask(f"ASK {{ ?s gk:indexLayout {LAYOUT} }}")
    assert not store.ask("ASK { ?group gk:inPart ?part ; gk:listing ?listing }")
    table = named_queries()["event-table"]
    every = execute(store, bound_text(table, {}, whole=True))
    column = every.variables.index(CURSOR)
    expected = [row[:column] + row[column + 1 :] for row in comparable(every.variables, every.rows)]
    paged = [row for page in pages(store, "event-table", {}, 7)
             for row in comparable(page.variables, page.rows)]  # fmt: skip
    assert paged == expected and len(expected) > 20
