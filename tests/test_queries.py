"""Named queries on the demo graph (sample corpus + the real article): the rows we expect, and
parameters that cannot change a query's shape."""

from __future__ import annotations

import io

import pytest
from rdflib import Dataset, Graph

from geokg.errors import QueryError
from geokg.graph.export import FORMATS, export
from geokg.queries.runner import named_queries, resolve_actor, run_query


def labels(result, *columns):
    index = [result.variables.index(c) for c in columns]
    return [
        tuple(row[i].value if row[i] is not None else None for i in index) for row in result.rows
    ]


def test_every_named_query_is_documented_and_runs(demo_store):
    queries = named_queries()
    assert len(queries) >= 7
    for name, query in queries.items():
        assert query.description and query.example.startswith(f"geokg query {name}")
        result = run_query(demo_store, name)
        assert result.rows, f"{name} returned nothing on the demo graph"


def test_alliances_and_tensions(demo_store, corpus_article):
    alliances = labels(run_query(demo_store, "alliances"), "aLabel", "bLabel")
    assert alliances[0] == ("North Korea", "Russia")
    assert ("South Korea", "United States") in alliances[:3]
    tensions = labels(run_query(demo_store, "tensions"), "aLabel", "bLabel")
    assert ("Russia", "Ukraine") in tensions[:2]
    assert ("South Korea", "North Korea") in tensions[:3]


def test_date_window_and_support_filter(demo_store):
    june = labels(
        run_query(demo_store, "alliances", {"since": "2024-06-01", "until": "2024-06-30"}),
        "aLabel", "bLabel",
    )  # fmt: skip
    assert ("North Korea", "Russia") in june
    assert ("France", "Germany") not in june  # their agreement is from February
    strong = run_query(demo_store, "alliances", {"min_events": "10"})
    assert {int(row[4].value) for row in strong.rows} and all(
        int(row[4].value) >= 10 for row in strong.rows
    )


def test_actor_parameters_by_code_qid_and_name(demo_store):
    assert resolve_actor("RUS") == resolve_actor("Q159") == resolve_actor("russia")
    assert resolve_actor("Pyongyang").endswith("/actor/PRK")
    by_name = run_query(demo_store, "events-between", {"a": "South Korea", "b": "DPRK"})
    by_code = run_query(demo_store, "events-between", {"a": "KOR", "b": "PRK"})
    assert by_name.rows == by_code.rows and len(by_name.rows) >= 5
    cameo = {row[by_name.variables.index("cameo")].value for row in by_name.rows}
    assert "111" in cameo  # South Korea condemned North Korea


def test_events_aimed_at_events(demo_store):
    result = run_query(demo_store, "events-on-events")
    rows = labels(result, "sourceLabel", "cameo", "aboutCameo")
    assert ("South Korea", "111", "057") in rows  # condemned the deal


@pytest.mark.parametrize(
    "evil",
    [
        '2024-01-01" } UNION { ?s ?p ?o } #',
        "2024-01-01'^^xsd:date) || true || (\"",
        "}\n} DELETE WHERE { ?s ?p ?o",
    ],
)
def test_parameters_cannot_inject(demo_store, evil):
    with pytest.raises(QueryError, match="not a valid date"):
        run_query(demo_store, "alliances", {"since": evil})
    with pytest.raises(QueryError, match="unknown actor"):
        run_query(demo_store, "actor-timeline", {"actor": evil})


def test_string_parameters_stay_one_literal(tmp_path):
    from geokg.graph.store import Store

    store = Store(None)
    query = tmp_path / "echo.rq"
    query.write_text(
        "# Echo a string.\n# @param text string x  anything\n# Example: geokg query echo.rq\n"
        "SELECT ?v WHERE { BIND($text AS ?v) }\n"
    )
    evil = '" } UNION { ?s ?p ?o } BIND("'
    result = run_query(store, str(query), {"text": evil})
    assert [row[0].value for row in result.rows] == [evil]


def test_unknown_query_and_parameter_are_usage_errors(demo_store):
    with pytest.raises(QueryError, match="not a named query"):
        run_query(demo_store, "no-such-query")
    with pytest.raises(QueryError, match=r"alliance'.* \(did you mean alliances\?\)"):
        run_query(demo_store, "alliance")
    with pytest.raises(QueryError, match="has no parameter colour"):
        run_query(demo_store, "alliances", {"colour": "red"})
    with pytest.raises(QueryError, match=r"no parameter sinse \(did you mean since\?\)"):
        run_query(demo_store, "alliances", {"sinse": "2024-01-01"})


@pytest.mark.parametrize(
    ("sparql", "message"),
    [
        ("SELECT ?x WHERE { ?x foo:bar ?y }", "at line 1, column 29: unknown prefix foo:"),
        ("SELECT ?x WHERE {\n  ?x a gk:Event", "at line 2, column 16: expected"),
        ("SELECT ?x WHERE { FILTER(?x >) }", "at line 1, column 33: expected ABS, AVG"),
    ],
)
def test_syntax_errors_are_one_line_with_the_position(demo_store, sparql, message):
    with pytest.raises(QueryError) as raised:
        run_query(demo_store, sparql)
    text = str(raised.value)
    assert "\n" not in text and "u{" not in text and len(text) < 200, text
    assert text.startswith("SPARQL syntax error ") and message in text, text


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_export_format_parses_back(demo_store, fmt):
    buffer = io.BytesIO()
    export(demo_store, buffer, fmt)
    rdflib_format = {"ttl": "turtle", "nt": "nt", "xml": "xml", "nq": "nquads",
                     "trig": "trig", "jsonld": "json-ld"}[fmt]  # fmt: skip
    keeps_graphs = FORMATS[fmt][1]
    parsed = Dataset() if keeps_graphs else Graph()
    parsed.parse(data=buffer.getvalue(), format=rdflib_format)
    if keeps_graphs:
        quads = {(s, p, o, g) for s, p, o, g in parsed.quads((None, None, None, None))}
        assert len(quads) == len(demo_store)  # every quad, in its named graph
        assert {str(g) for *_, g in quads} == set(demo_store.named_graphs())
    else:
        distinct = run_query(
            demo_store,
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
        )
        assert len(parsed) == int(distinct.rows[0][0].value)


def test_who_did_what_by_plover_type(demo_store):
    accuse = labels(run_query(demo_store, "who-did-what"), "sourceLabel", "targetLabel")
    assert ("South Korea", "North Korea") in accuse and ("Ukraine", "Russia") in accuse
    threats = labels(run_query(demo_store, "who-did-what", {"type": "threaten"}), "sourceLabel",
                     "targetLabel")  # fmt: skip
    assert ("North Korea", "South Korea") in threats
    assert ("South Korea", "North Korea") not in threats


def test_events_by_root_and_evidence(demo_store):
    fights = labels(run_query(demo_store, "events-by-root", {"root": "19"}), "sourceLabel", "cameo")
    assert fights and {cameo[:2] for _, cameo in fights} == {"19"}
    evidence = run_query(demo_store, "evidence", {"from": "KOR", "to": "PRK"})
    rows = labels(evidence, "cameo", "trigger", "url")
    assert ("111", "condemned", "https://news.example.org/2024/04/22/missile-launch") in rows


def test_actor_profile(demo_store):
    profile = run_query(demo_store, "actor-profile", {"actor": "Russia"})
    rows = {row[3].value: row for row in profile.rows}
    assert rows["North Korea"][2].value == "http://www.wikidata.org/entity/Q159"
    assert float(rows["North Korea"][5].value) > 0 > float(rows["Ukraine"][5].value)


def test_top_actors_recent_events_timeline_and_stories(demo_store):
    top = labels(run_query(demo_store, "top-actors"), "label")
    assert top[0] == ("Russia",)
    recent = labels(run_query(demo_store, "recent-events"), "date")
    assert recent == sorted(recent, reverse=True) and recent[0] == ("2024-11-05",)
    timeline = run_query(demo_store, "actor-timeline", {"actor": "UKR"})
    rows = labels(timeline, "sourceLabel", "cameo")
    assert ("Russia", "190") in rows and ("Ukraine", "190") in rows
    stories = labels(run_query(demo_store, "stories"), "sourceLabel", "cameo", "targetLabel")
    assert ("North Korea", "032", "Russia") in stories


EVERY_EVENT = """
SELECT ?a ?b (COUNT(?e) AS ?events) (SUM(?g) AS ?goldstein)
       (SUM(IF(?q <= 2, 1, 0)) AS ?cooperation) (SUM(IF(?q >= 3, 1, 0)) AS ?conflict)
WHERE {
  ?e a gk:Event ; gk:sourceCountry ?x ; gk:targetCountry ?y ;
     gk:goldstein ?g ; gk:quadClass ?q ; gk:negated false ; gk:modality ?m .
  FILTER NOT EXISTS { ?e gk:background true }
  FILTER(?m != "hypothetical" && ?x != ?y)
  OPTIONAL { ?e sem:hasTimeStamp ?d }
  FILTER(IF(BOUND(?d), ?d >= $since && ?d <= $until,
            $since = "0001-01-01"^^xsd:date && $until = "9999-12-31"^^xsd:date))
  BIND(IF(STR(?x) < STR(?y), ?x, ?y) AS ?a)
  BIND(IF(STR(?x) < STR(?y), ?y, ?x) AS ?b)
}
GROUP BY ?a ?b HAVING (COUNT(?e) >= $min_events)
"""


@pytest.mark.parametrize(
    "window",
    [
        {},
        {"since": "2024-06-01"},
        {"until": "2024-06-19", "min_events": "2"},
        {"since": "2024-04-15", "until": "2024-08-10"},
        {"since": "2024-03-01", "until": "2024-06-30"},
        {"since": "2024-01-01", "until": "2024-12-31"},  # the spans of 32 and 64 months
        {"since": "2024-02-01", "until": "2024-11-05"},  # to the last day with events
        {"since": "2024-02-12", "until": "2024-09-30"},  # from February's first such day
    ],
)
def test_relation_summaries_add_up_to_every_event(demo_store, window):
    """alliances and tensions read the per-pair-and-day summaries kept at ingest; they must
    give what aggregating every event gives."""
    from geokg.queries.runner import bind, bindings

    def key(row):
        return (row[0].value, row[1].value, int(row[2].value), round(float(row[3].value), 6),
                int(row[4].value), int(row[5].value))  # fmt: skip

    query = named_queries()["alliances"]
    oracle = run_query(demo_store, bind(EVERY_EVENT, bindings(query, window)))
    expected = {key(row) for row in oracle.rows if float(row[3].value) != 0}
    found = set()
    for name in ("alliances", "tensions"):
        result = run_query(demo_store, name, window)
        columns = [result.variables.index(c) for c in
                   ("a", "b", "events", "goldstein", "cooperation", "conflict")]  # fmt: skip
        found |= {key([row[i] for i in columns]) for row in result.rows}
    assert found == expected and len(expected) > 3


def test_alliances_and_tensions_are_relations_with_a_sign(demo_store):
    for preset, sign in (("alliances", "positive"), ("tensions", "negative")):
        for window in ({}, {"since": "2024-03-10", "until": "2024-09-20"}):
            expected = run_query(demo_store, "relations", {"sign": sign, **window}).rows
            assert run_query(demo_store, preset, window).rows == expected and expected
    assert named_queries()["tensions"].summary.startswith("Tensions: pairs of countries")
    with pytest.raises(QueryError, match="sign"):
        run_query(demo_store, "relations", {"sign": "sideways"})
