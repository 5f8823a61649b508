"""A real triple server as the store: Virtuoso Open Source (Debian's `virtuoso-opensource`,
installed by `make test`), started on loopback with a throwaway database for this module."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from helpers import free_port

import geokg
from geokg.errors import StoreError
from geokg.graph.remote import RemoteStore
from geokg.graph.store import Store
from geokg.queries.runner import execute, named_queries

XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")

VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxSortedTopRows = 100000
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 10
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """The query URL of a fresh Virtuoso; updates go to /sparql-auth as dba (Digest auth)."""
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.skip("virtuoso-t not installed (make test installs Debian's virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port = free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=folder, sql_port=free_port(), http_port=http_port))
    server = subprocess.Popen([binary, "+foreground", "+configfile", str(ini)], cwd=folder,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    base = f"http://127.0.0.1:{http_port}"
    ask = f"{base}/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(ask, timeout=2)
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                log = folder / "virtuoso.log"
                message = log.read_text() if log.exists() else "virtuoso did not start"
                raise RuntimeError(message) from None
            time.sleep(0.3)
    yield base
    server.terminate()
    server.wait(timeout=60)


@pytest.fixture(scope="module")
def credentials(virtuoso):
    return {
        "GEOKG_STORE_UPDATE_URL": f"{virtuoso}/sparql-auth",
        "GEOKG_STORE_USER": "dba",
        "GEOKG_STORE_PASSWORD": "dba",
    }


def geokg_cli(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "geokg", *map(str, args)], capture_output=True, text=True,
        env={**os.environ, **(env or {})}, timeout=600,
    )  # fmt: skip


def quad_set(store) -> set[str]:
    return {str(q) for q in store.quads()}


@pytest.fixture(scope="module")
def remote_demo(virtuoso, credentials, demo_store, corpus_article):
    """The demo inputs ingested into Virtuoso through the command line."""
    url = f"{virtuoso}/sparql"
    result = geokg_cli("ingest", geokg.sample_corpus(), corpus_article, "--store", url,
                       env=credentials)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return url


@pytest.mark.slow
def test_ingest_into_virtuoso_stores_exactly_the_local_triples(
    remote_demo, credentials, demo_store, corpus_article
):
    remote = RemoteStore(remote_demo)
    local = quad_set(demo_store)
    assert quad_set(remote) == local and len(remote) == len(local) > 4000
    assert set(remote.named_graphs()) == set(demo_store.named_graphs())
    again = geokg_cli("ingest", geokg.sample_corpus(), corpus_article, "--store", remote_demo,
                      env=credentials)  # fmt: skip
    assert again.returncode == 0 and quad_set(remote) == local  # re-ingest changes nothing
    resumed = geokg_cli("ingest", geokg.sample_corpus(), "--resume", "--json", "--store",
                        remote_demo, env=credentials)  # fmt: skip
    assert '"skipped": 20' in resumed.stdout


def _unordered(record: dict) -> str:
    """A record with the parts of each GROUP_CONCAT list sorted: SPARQL leaves their order to
    the store ("stories" lists its articles' URLs)."""
    return str({k: " ".join(sorted(str(v).split(" "))) for k, v in record.items()})


@pytest.mark.slow
def test_every_named_query_answers_the_same_on_virtuoso(remote_demo, demo_store):
    remote = geokg.open(remote_demo)
    local = geokg.KnowledgeGraph(demo_store)
    for name in named_queries():
        assert sorted(map(_unordered, remote.query(name).records())) == sorted(
            map(_unordered, local.query(name).records())
        ), name
    windows = ({"since": "2024-01-01", "until": "2024-12-31"},  # spans of months, whole
               {"since": "2024-02-12", "until": "2024-09-30"},  # from a month's first day
               {"since": "2024-04-15", "until": "2024-08-10"})  # with days cut  # fmt: skip
    for window, name in ((w, n) for w in windows for n in ("alliances", "tensions")):
        expected = list(map(_unordered, local.query(name, **window).records()))
        assert list(map(_unordered, remote.query(name, **window).records())) == expected, window
        assert expected, window
    assert remote.stats() == local.stats()
    assert remote.events(actors=["Ukraine"], roots=["19"]) == local.events(
        actors=["Ukraine"], roots=["19"]
    )
    assert sorted(remote.to_networkx().edges) == sorted(local.to_networkx().edges)
    assert remote.validate() == []


@pytest.mark.slow
def test_commands_work_against_the_server(remote_demo, demo_store, tmp_path):
    exported = geokg_cli("export", "--format", "trig", "-o", tmp_path / "g.trig",
                         "--store", remote_demo)  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    copy = tmp_path / "copy"
    assert geokg_cli("ingest", tmp_path / "g.trig", "--store", copy).returncode == 0
    assert quad_set(geokg.open(copy, read_only=True).store) == quad_set(RemoteStore(remote_demo))
    viz = geokg_cli("viz", "-o", tmp_path / "map.html", "--store", remote_demo)
    graph = geokg.KnowledgeGraph(demo_store).to_networkx()
    shown = f"({graph.number_of_nodes()} actors on the map, {graph.number_of_edges()} relations)"
    assert viz.returncode == 0 and shown in viz.stdout
    tensions = geokg_cli("query", "tensions", "--format", "csv", "--store", remote_demo)
    assert tensions.stdout.splitlines()[1].split(",")[1:4:2] == ["Russia", "Ukraine"]


def test_refusals_are_clear(virtuoso):
    url = f"{virtuoso}/sparql"
    with pytest.raises(StoreError, match="answered"):  # the anonymous user may not write
        RemoteStore(url).update("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }")
    with pytest.raises(StoreError, match="read-only"):
        RemoteStore(url, read_only=True).update("CLEAR ALL")
    unreachable = geokg_cli("stats", "--store", f"http://127.0.0.1:{free_port()}/sparql")
    assert unreachable.returncode == 3 and "cannot reach the SPARQL endpoint" in unreachable.stderr
    served = geokg_cli("serve", "--store", url)
    assert served.returncode == 2 and "already an endpoint" in served.stderr


GRAPH_A, GRAPH_B = "https://example.org/test/a", "https://example.org/test/b"
TYPED = """
<https://example.org/s1> <https://example.org/p/count> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
<https://example.org/s1> <https://example.org/p/score> "-2.5"^^<http://www.w3.org/2001/XMLSchema#decimal> .
<https://example.org/s1> <https://example.org/p/flag> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .
<https://example.org/s1> <https://example.org/p/day> "2024-06-19"^^<http://www.w3.org/2001/XMLSchema#date> .
<https://example.org/s1> <https://example.org/p/name> "Séoul \\"quoted\\" – ✓" .
<https://example.org/s1> <https://example.org/p/label> "Corée du Sud"@fr .
<https://example.org/s1> <https://example.org/p/link> <https://example.org/s2> .
"""  # noqa: E501


def through_the_interface(store) -> dict:
    """Write and read every way the store interface offers; return what came back."""
    store.replace_graphs([(GRAPH_A, TYPED)], [(GRAPH_B, "<urn:x> <urn:y> <urn:z> .\n")])
    store.update(f"INSERT DATA {{ GRAPH <{GRAPH_B}> {{ <urn:x> <urn:y> 7 }} }}")
    first = sorted(str(q) for q in store.quads(GRAPH_A))
    store.replace_graphs([(GRAPH_A, TYPED.replace('"42"', '"43"'))])  # replace a stored graph
    in_a = f"WHERE {{ GRAPH <{GRAPH_A}> {{ ?s ?p ?o }} }}"
    in_b = f"WHERE {{ GRAPH <{GRAPH_B}> {{ ?s ?p ?o }} }}"
    unbound = store.select(f"SELECT ?o ?missing {in_b} ORDER BY ?o")
    return {
        "first": first,
        "rows": list(store.select(f"SELECT ?p ?o {in_a} ORDER BY ?p")),
        "variables": unbound.variables,
        "unbound": list(unbound),
        "records": execute(store, f"SELECT ?p ?o {in_a} ORDER BY ?p").records(),
        "triples": {str(t) for t in store.construct(f"CONSTRUCT {{ ?s ?p ?o }} {in_b}")},
        "ask": (store.ask(f"ASK {in_b}"), store.ask("ASK { <urn:none> ?p ?o }")),
        "graphs": {g for g in store.named_graphs() if g.startswith("https://example.org/")},
        "subject": sorted(str(q) for q in store.quads(subject=ox.NamedNode("urn:x"))),
    }


@pytest.mark.slow
def test_the_interface_gives_the_same_python_values_on_both_backends(virtuoso, tmp_path):
    """One sequence of writes and reads through the store interface, on the embedded store and
    on Virtuoso: every value that comes back is equal, typed literals and unbound ones too."""
    embedded = Store(tmp_path / "store")
    url = f"{virtuoso}/sparql"
    remote = geokg.open(url, auth=("dba", "dba"), update_url=f"{virtuoso}/sparql-auth").store
    here, there = through_the_interface(embedded), through_the_interface(remote)
    assert here == there
    assert here["records"][0] == {"p": "https://example.org/p/count", "o": 43}
    assert {r["p"]: r["o"] for r in here["records"]}["https://example.org/p/flag"] is True
    seven = ox.Literal("7", datatype=XSD_INTEGER)  # IRIs sort before literals
    assert here["unbound"] == [{"o": ox.NamedNode("urn:z"), "missing": None},
                               {"o": seven, "missing": None}]  # fmt: skip
    assert here["ask"] == (True, False) and here["graphs"] == {GRAPH_A, GRAPH_B}
    for store in (embedded, remote):
        store.update(f"DROP SILENT GRAPH <{GRAPH_A}> ; DROP SILENT GRAPH <{GRAPH_B}>")
        assert not store.ask(f"ASK {{ GRAPH <{GRAPH_A}> {{ ?s ?p ?o }} }}")
