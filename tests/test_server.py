"""The SPARQL endpoint, started for real on a free loopback port and queried with real clients."""

from __future__ import annotations

import csv
import io
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from helpers import ARTIFACTS, launch_chromium, needs_chromium, start_server, stop
from rdflib import Graph

from geokg.queries.runner import named_queries

TOKEN = "s3cret-for-tests"


@pytest.fixture(scope="module")
def endpoint(demo_store):
    process, base = start_server(demo_store.path, "--timeout", "1.5", "--max-rows", "500")
    yield base
    stop(process)


def get(url: str, accept: str | None = None, data: bytes | None = None, headers=None):
    request = urllib.request.Request(url, data=data, headers={**(headers or {})})
    if accept:
        request.add_header("Accept", accept)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


COUNTRIES = "SELECT ?c ?label WHERE { ?c a gk:Country ; rdfs:label ?label } ORDER BY ?label"


def sparql_url(base: str, query: str) -> str:
    return f"{base}/sparql?" + urllib.parse.urlencode({"query": query})


def test_content_negotiation_for_every_results_format(endpoint):
    status, headers, body = get(sparql_url(endpoint, COUNTRIES), "application/sparql-results+json")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    labels = [b["label"]["value"] for b in json.loads(body)["results"]["bindings"]]
    assert "North Korea" in labels and labels == sorted(labels)

    status, headers, body = get(sparql_url(endpoint, COUNTRIES), "application/sparql-results+xml")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+xml")
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    xml_labels = [
        e.text for e in ET.fromstring(body).iterfind(".//r:binding[@name='label']/r:literal", ns)
    ]
    assert xml_labels == labels

    status, _, body = get(sparql_url(endpoint, COUNTRIES), "text/csv")
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert [r["label"] for r in rows] == labels

    status, headers, body = get(sparql_url(endpoint, COUNTRIES), "text/tab-separated-values")
    lines = body.decode().splitlines()
    assert lines[0] == "?c\t?label" and len(lines) == len(labels) + 1


def test_post_forms_and_graph_results(endpoint):
    ask = b"ASK { <https://w3id.org/geokg/id/actor/RUS> a gk:Country }"
    status, _, body = get(
        f"{endpoint}/sparql",
        "application/sparql-results+json",
        ask,
        {"Content-Type": "application/sparql-query"},
    )
    assert status == 200 and json.loads(body)["boolean"] is True
    prk = "<https://w3id.org/geokg/id/actor/PRK>"
    form = urllib.parse.urlencode({"query": f"CONSTRUCT WHERE {{ {prk} ?p ?o }}"}).encode()
    for media, fmt in (
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
    ):
        status, headers, body = get(
            f"{endpoint}/sparql", media, form, {"Content-Type": "application/x-www-form-urlencoded"}
        )
        assert status == 200 and headers["Content-Type"].startswith(media)
        graph = Graph().parse(data=body, format=fmt)
        assert any(str(o) == "North Korea" for o in graph.objects())


def test_sparqlwrapper_client(endpoint):
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(f"{endpoint}/sparql")
    client.setQuery(
        "PREFIX gk: <https://w3id.org/geokg/ontology#> "
        "SELECT (COUNT(?e) AS ?n) WHERE { ?e a gk:Event ; gk:cameoCode '057' }"
    )
    client.setReturnFormat(JSON)
    bindings = client.query().convert()["results"]["bindings"]
    assert int(bindings[0]["n"]["value"]) >= 4


def test_rdflib_sparqlstore_client(endpoint):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(f"{endpoint}/sparql", returnFormat="json")
    rows = list(store.query(
        "PREFIX gk: <https://w3id.org/geokg/ontology#> "
        "SELECT ?label WHERE { ?c a gk:Country ; gk:iso3 'PRK' ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    ))  # fmt: skip
    assert [str(row[0]) for row in rows] == ["North Korea"]


def test_slow_query_times_out_without_hanging_the_server(endpoint):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.monotonic()
    status, _, body = get(sparql_url(endpoint, slow))
    assert status == 503 and b"timed out" in body
    assert time.monotonic() - started < 10
    status, _, _ = get(sparql_url(endpoint, COUNTRIES), "text/csv")
    assert status == 200


def test_refusals(endpoint):
    update = urllib.parse.urlencode({"update": "INSERT DATA { <a:b> <a:c> <a:d> }"}).encode()
    status, _, body = get(
        f"{endpoint}/sparql",
        data=update,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 403 and b"not allowed" in body
    service = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    assert get(sparql_url(endpoint, service))[0] == 403
    assert get(sparql_url(endpoint, "SELECT * WHERE { ?s ?p ?o }"))[0] == 422  # over the row cap
    status, _, body = get(sparql_url(endpoint, "SELEKT nothing"))
    assert status == 400 and b"syntax" in body and b"Traceback" not in body


def test_graph_store_protocol_reads_one_article(endpoint, demo_store):
    article = next(g for g in demo_store.named_graphs() if "/article/" in g)
    url = f"{endpoint}/rdf-graph-store?" + urllib.parse.urlencode({"graph": article})
    status, _, body = get(url, "text/turtle")
    assert status == 200, body
    graph = Graph().parse(data=body, format="turtle")
    assert len(graph) == sum(1 for _ in demo_store.quads(article))
    missing = urllib.parse.urlencode({"graph": "https://w3id.org/geokg/id/article/none"})
    assert get(f"{endpoint}/rdf-graph-store?{missing}")[0] == 404


def test_query_page_and_map_are_offline_and_hardened(endpoint):
    status, headers, body = get(f"{endpoint}/")
    page = body.decode()
    assert status == 200 and "<textarea" in page and 'action="/query/alliances"' in page
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://cdn" not in page
    assert (
        headers["X-Frame-Options"] == "DENY"
        and "default-src 'none'" in headers["Content-Security-Policy"]
    )
    status, headers, body = get(f"{endpoint}/map")
    assert status == 200 and b"vis.DataSet" in body
    assert headers["X-Frame-Options"] == "DENY" and headers["Referrer-Policy"] == "no-referrer"
    assert "default-src 'none'" in headers["Content-Security-Policy"]


def test_named_queries_over_http_bind_and_validate_their_parameters(endpoint):
    status, headers, body = get(f"{endpoint}/query/alliances?min_events=10", "text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert rows and all(int(r["events"]) >= 10 for r in rows)
    assert ("North Korea", "Russia") in {(r["aLabel"], r["bLabel"]) for r in rows}
    # the default actor is bound: Russia's timeline, not every actor's
    status, _, body = get(f"{endpoint}/query/actor-timeline?format=csv")
    assert status == 200 and "Russia" in body.decode()
    assert body == get(f"{endpoint}/query/actor-timeline?actor=Q159&format=csv")[2]
    assert body != get(f"{endpoint}/query/actor-timeline?actor=Ukraine&format=csv")[2]
    # a blank value keeps the default; a name, code or QID is resolved as on the command line
    by_name = get(f"{endpoint}/query/events-between?a=South%20Korea&b=&format=csv")[2]
    assert by_name == get(f"{endpoint}/query/events-between?a=KOR&b=PRK&format=csv")[2]
    for fmt, media in (("xml", "application/sparql-results+xml"),
                       ("tsv", "text/tab-separated-values")):  # fmt: skip
        status, headers, body = get(f"{endpoint}/query/evidence?from=KOR&to=PRK&format={fmt}")
        assert status == 200 and headers["Content-Type"].startswith(media)
        assert b"condemned" in body
    refusals = {
        "/query/alliance": (404, b"did you mean alliances?"),
        "/query/alliances?since=yesterday": (400, b"since: 'yesterday' is not a valid date"),
        "/query/alliances?colour=red": (400, b"has no parameter colour"),
        "/query/evidence?from=Atlantis": (400, b"unknown actor 'Atlantis'"),
        "/query/alliances?since=2024-01-01&since=2024-02-01": (400, b"since is given twice"),
    }
    for path, (expected, message) in refusals.items():
        status, headers, body = get(endpoint + path)
        assert (status, message in body) == (expected, True), (path, body)
        assert headers["Content-Type"].startswith("text/plain")


def cli_rows(store, name: str, values: dict[str, str]) -> list[list[str]]:
    """`geokg query NAME --param ... --format csv` run through the real command line."""
    from click.testing import CliRunner

    from geokg.cli import main

    params = [word for key, value in values.items() for word in ("--param", f"{key}={value}")]
    result = CliRunner().invoke(main, ["query", name, *params, "--store", str(store), "--format",
                                       "csv"])  # fmt: skip
    assert result.exit_code == 0, result.output
    return list(csv.reader(io.StringIO(result.stdout)))


def page_rows(form) -> list[list[str]]:
    """Run a form of the query page (already submitted) and read its result table."""
    from playwright.sync_api import expect

    expect(form.locator(".status")).to_have_text(re.compile(r"^\d+ rows$"))
    return form.evaluate(
        "f => [...f.querySelectorAll('.results tr')]"
        ".map(tr => [...tr.cells].map(cell => cell.textContent))"
    )


@pytest.mark.slow
@needs_chromium
def test_every_query_form_returns_the_rows_of_the_command_line(endpoint, demo_store):
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{endpoint}/")
        for name, query in named_queries().items():
            page.locator(f"#query-{name} > summary").click()
            form = page.locator(f"#query-{name} form.named")
            fields = form.locator("input")
            assert fields.count() == len(query.params)
            for param, position in zip(query.params, range(fields.count()), strict=True):
                assert fields.nth(position).get_attribute("name") == param.name
                assert fields.nth(position).input_value() == param.default
            runs = [({}, form.locator("button[type=submit]"))]
            if query.example_values():
                runs.append((query.example_values(), form.locator("button.example")))
            for values, button in runs:
                form.evaluate("f => { f.querySelector('.status').textContent = ''; }")
                button.click()
                shown = page_rows(form)
                expected = cli_rows(demo_store.path, name, values)
                assert len(expected) > 1, f"{name} {values} returns no rows"
                assert shown[0] == expected[0], name
                assert sorted(shown[1:]) == sorted(expected[1:]), f"{name} {values}"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "query-page.png"))
        browser.close()
    assert errors == []


def test_updates_need_the_flag_and_the_token(tmp_path, nlp):
    from geokg.graph.store import Store

    Store(tmp_path / "store")  # create an empty store; the object is dropped (and closed) at once
    process, base = start_server(tmp_path / "store", "--allow-updates",
                                 env={"GEOKG_UPDATE_TOKEN": TOKEN})  # fmt: skip
    try:
        update = b"INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:p> 'x' } }"
        kind = {"Content-Type": "application/sparql-update"}
        assert get(f"{base}/sparql", data=update, headers=kind)[0] == 403
        wrong = {**kind, "Authorization": "Bearer nope"}
        assert get(f"{base}/sparql", data=update, headers=wrong)[0] == 403
        right = {**kind, "Authorization": f"Bearer {TOKEN}"}
        assert get(f"{base}/sparql", data=update, headers=right)[0] == 204
        status, _, body = get(sparql_url(base, "ASK { <urn:a> <urn:p> 'x' }"))
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        stop(process)


def test_concurrent_clients_all_get_answers(endpoint):
    from concurrent.futures import ThreadPoolExecutor

    queries = [COUNTRIES, "ASK { ?s ?p ?o }", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"] * 8
    with ThreadPoolExecutor(max_workers=12) as pool:
        statuses = list(pool.map(lambda q: get(sparql_url(endpoint, q), "text/csv")[0], queries))
    assert statuses == [200] * len(queries)


def test_oversized_queries_are_refused(endpoint):
    huge = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 200_000
    status, _, body = get(f"{endpoint}/sparql", data=huge.encode(),
                          headers={"Content-Type": "application/sparql-query"})  # fmt: skip
    assert status == 413 and b"too large" in body
    assert get(f"{endpoint}/health")[0] == 200


def raw_request(base: str, request: bytes) -> bytes:
    import socket

    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


def test_error_answers_name_no_path_and_carry_headers(endpoint, demo_store):
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    failures = {
        "syntax": get(sparql_url(endpoint, "SELECT ?x WHERE { ?x")),
        "too many rows": get(sparql_url(endpoint, "SELECT * WHERE { ?s ?p ?o }")),
        "no query": get(f"{endpoint}/sparql?query="),
        "unknown page": get(f"{endpoint}/etc/passwd"),
        "bad graph IRI": get(f"{endpoint}/rdf-graph-store?graph=not%20an%20iri"),
        "media type": get(f"{endpoint}/sparql", data=b"x", headers={"Content-Type": "text/x"}),
        "LOAD": get(f"{endpoint}/sparql", headers=form, data=urllib.parse.urlencode(
            {"update": "LOAD <file:///etc/passwd>"}).encode()),
        "update as query": get(sparql_url(endpoint, "DROP ALL")),
    }  # fmt: skip
    statuses = {name: status for name, (status, _, _) in failures.items()}
    assert statuses == {
        "syntax": 400, "too many rows": 422, "no query": 400, "unknown page": 404,
        "bad graph IRI": 400, "media type": 415, "LOAD": 403, "update as query": 400,
    }  # fmt: skip
    bodies = [body for _, _, body in failures.values()]
    bodies.append(raw_request(endpoint, b"GARBAGE\r\n\r\n"))  # HTTP/0.9: a body, no headers
    bodies.append(raw_request(endpoint, b"PUT /sparql HTTP/1.1\r\nHost: x\r\n\r\n"))
    assert bodies[-1].startswith(b"HTTP/1.0 501")
    leaks = [b"Traceback", b'File "', b".py", str(demo_store.path).encode(), b"<html"]
    for body in bodies:
        assert not [leak for leak in leaks if leak in body], body
    for _, headers, _ in failures.values():
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Content-Type"].startswith("text/plain")
    assert b"X-Content-Type-Options: nosniff" in bodies[-1]


def test_named_queries_answer_pages_linked_to_the_next(endpoint):
    status, headers, body = get(f"{endpoint}/query/event-table?format=csv&limit=1000")
    assert status == 200 and headers["Link"] is None
    everything = list(csv.DictReader(io.StringIO(body.decode())))
    assert len(everything) > 100
    url, read = f"{endpoint}/query/event-table?format=csv&limit=30", []
    while url:
        status, headers, body = get(url)
        assert status == 200, body
        read += csv.DictReader(io.StringIO(body.decode()))
        link = re.fullmatch(r'<(/query/event-table\?[^>]+)>; rel="next"', headers["Link"] or "")
        url = f"{endpoint}{link.group(1)}" if link else ""
        assert not link or "limit=30" in link.group(1)
    assert read == everything
    status, headers, _ = get(f"{endpoint}/query/recent-events?format=csv")
    assert status == 200 and "after=" in headers["Link"]
    assert get(f"{endpoint}/query/recent-events?limit=0")[0] == 400
