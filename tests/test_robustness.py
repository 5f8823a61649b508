"""Hostile input and hard stops: random text always yields valid RDF, and a killed ingest
leaves no half-written article behind."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from geokg.errors import LoadFailure
from geokg.graph.rdf import article_graph
from geokg.graph.store import Store
from geokg.loaders.articles import ArticleFields, make_article
from geokg.pipeline import extract_articles

ARTIFACTS = Path(__file__).parent.parent / "test-artifacts"
HOSTILE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300
).map(lambda t: t + ' Russia condemned "Ukraine" \\\\ """ <script>x</script>.')


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=HOSTILE, url=st.text(min_size=1, max_size=40).map(lambda u: f"https://ex.org/{u}"))
def test_random_text_becomes_valid_rdf(nlp, text, url):
    article = make_article(ArticleFields(text=text, url=url, published="2024-01-02"), "<random>")
    if isinstance(article, LoadFailure):
        return  # nothing left after cleaning: reported, not ingested
    errors = []
    extractions = list(extract_articles([article], errors.append))
    assert errors == []
    graph = article_graph(article, extractions[0].events)
    for fmt in ("nquads", "trig", "json-ld"):
        dataset = Dataset()
        data = graph.serialize(format="nt")
        dataset.parse(data=data, format="nt")
        assert len(dataset) == len(graph)
        again = Dataset().parse(data=dataset.serialize(format=fmt), format=fmt)
        assert len(list(again.quads())) == len(graph)


@pytest.mark.slow
def test_a_killed_ingest_leaves_whole_articles_and_a_rerun_completes(tmp_path, nlp):
    corpus = tmp_path / "many.jsonl"
    lines = [
        json.dumps({"id": f"a{i}", "published": "2024-05-01",
                    "text": f"Japan condemned China for the {i}th time. France praised Chile."})
        for i in range(2000)
    ]  # fmt: skip
    corpus.write_text("\n".join(lines) + "\n")
    store_dir = tmp_path / "store"
    command = [sys.executable, "-m", "geokg", "ingest", str(corpus), "--store", str(store_dir)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def article_triples(store):
        counts = {}
        for graph in store.named_graphs():
            if "/article/" in graph:
                counts[graph] = sum(1 for _ in store.quads(graph))
        return counts

    deadline = time.monotonic() + 300
    seen: dict = {}
    while time.monotonic() < deadline and not seen:  # kill right after the first commit
        time.sleep(0.2)
        if (store_dir / "CURRENT").exists():  # read its checkpoints while it writes
            seen = article_triples(Store(store_dir, read_only=True))
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert len(seen) % 200 == 0, "a reader saw half a batch"
    live = Store(store_dir)  # what the killed writer left, now that nobody writes
    partial = article_triples(live)
    live.close()
    assert 0 < len(partial) < 2000, "the kill must land mid-way"
    assert set(seen) <= set(partial), "a committed batch was lost"
    assert len(partial) % 200 == 0, "batches of 200 articles commit whole or not at all"
    sizes = set(partial.values())
    assert len(sizes) <= 1, "an article graph was half written"  # every article is the same shape
    subprocess.run(command, check=True, capture_output=True, timeout=600)
    rerun = Store(store_dir, read_only=True)
    clean_dir = tmp_path / "clean"
    subprocess.run([*command[:-1], str(clean_dir)], check=True, capture_output=True, timeout=600)
    clean = Store(clean_dir, read_only=True)
    assert sorted(str(q) for q in rerun.quads()) == sorted(str(q) for q in clean.quads())


BATCH_WRITER = """
import sys
from geokg.graph.store import Store
store = Store(sys.argv[1])
for batch in range(10_000):
    graphs = [(f"http://ex.org/{sys.argv[2]}/g{batch}-{n}",
               "\\n".join(f"<http://ex.org/s{i}> <http://ex.org/p> \\"v{batch} {i}\\" ."
                          for i in range(5_000)))
              for n in range(10)]
    store.replace_graphs(graphs)
    print(batch, flush=True)
"""


@pytest.mark.slow
def test_a_killed_writer_keeps_every_committed_batch_whole(tmp_path):
    """A SIGKILL at five points of 50,000-quad batches (each one transaction) leaves every graph
    with all its 5,000 quads or none, every batch whole, and every batch the writer saw
    committed still there (the write-ahead log survives the process)."""
    store_dir = tmp_path / "store"
    counts = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    for run, delay in enumerate((0.3, 0.6, 0.9, 1.3, 1.8)):  # new graph names each run
        writer = subprocess.Popen([sys.executable, "-c", BATCH_WRITER, str(store_dir), str(run)],
                                  stdout=subprocess.PIPE, text=True)  # fmt: skip
        assert writer.stdout.readline()  # one batch is in; the kill lands in a later one
        time.sleep(delay)
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        committed = 1 + len(writer.stdout.read().split())
        store = Store(store_dir)  # the live store, now that no writer holds it
        sizes = {row["g"].value: int(row["n"].value) for row in store.select(counts)}
        store.close()
        assert set(sizes.values()) == {5_000}, "a graph was half loaded"
        this_run = [graph for graph in sizes if f"/{run}/" in graph]
        assert len(this_run) % 10 == 0, "a batch was half loaded"
        assert len(this_run) >= 10 * committed, "a committed batch was lost"


LOAD_QUERIES = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?e a gk:Event }",
    "SELECT ?a ?b (SUM(?g) AS ?score) WHERE { ?e gk:sourceCountry ?a ; gk:targetCountry ?b ;"
    " gk:goldstein ?g } GROUP BY ?a ?b ORDER BY ?score LIMIT 20",
    "SELECT ?c ?label WHERE { ?c a gk:Country ; rdfs:label ?label } ORDER BY ?label LIMIT 50",
]


@pytest.mark.slow
def test_endpoint_under_load_while_an_ingest_runs(tmp_path, nlp):
    """16 clients x 25 requests (fixed count, loopback) while 1,500 articles are ingested: every
    request answers 200; p50/p99 latency go to test-artifacts/load-test.json. A second ingest
    into the same store meanwhile fails fast (exit 3) instead of waiting or corrupting it."""
    import urllib.parse
    import urllib.request
    from concurrent.futures import ThreadPoolExecutor

    from helpers import start_server, stop

    store_dir = tmp_path / "store"
    seed = tmp_path / "seed.jsonl"
    seed.write_text(json.dumps({"id": "s", "text": "Japan praised Chile."}) + "\n")
    subprocess.run([sys.executable, "-m", "geokg", "ingest", str(seed), "--store", str(store_dir)],
                   check=True, capture_output=True, timeout=300)  # fmt: skip
    corpus = tmp_path / "more.jsonl"
    corpus.write_text("\n".join(
        json.dumps({"id": f"m{i}", "text": f"France condemned Iran {i} times. Peru praised Chile."})
        for i in range(1500)
    ) + "\n")  # fmt: skip
    server, base = start_server(store_dir)
    urls = [f"{base}/sparql?" + urllib.parse.urlencode({"query": q}) for q in LOAD_QUERIES]
    writer = subprocess.Popen(
        [sys.executable, "-m", "geokg", "ingest", str(corpus), "--store", str(store_dir)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip

    def client(number: int) -> list[tuple[int, float, bool]]:
        answers = []
        for request in range(25):
            during_ingest = writer.poll() is None
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(urls[(number + request) % 3], timeout=60) as response:
                    response.read()
                    status = response.status
            except OSError as error:
                status = getattr(error, "code", 0)
            answers.append((status, time.perf_counter() - started, during_ingest))
        return answers

    try:
        time.sleep(4)  # the writer has loaded its model and is committing batches
        started = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "geokg", "ingest", str(seed), "--store", str(store_dir)],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert second.returncode == 3 and "in use by another geokg process" in second.stderr
        assert time.monotonic() - started < 30 and writer.poll() is None  # failed fast
        with ThreadPoolExecutor(max_workers=16) as pool:
            answers = [a for batch in pool.map(client, range(16)) for a in batch]
        assert writer.wait(timeout=600) == 0
        final = json.loads(urllib.request.urlopen(urls[0], timeout=30).read())
    finally:
        stop(server)
        if writer.poll() is None:
            writer.kill()
    assert [status for status, _, _ in answers] == [200] * 400
    assert sum(during for _, _, during in answers) > 0, "no request overlapped the ingest"
    assert int(final["results"]["bindings"][0]["n"]["value"]) >= 1500
    latencies = sorted(seconds for _, seconds, _ in answers)
    report = {
        "requests": len(answers),
        "clients": 16,
        "during_ingest": sum(during for _, _, during in answers),
        "p50_ms": round(1000 * latencies[len(latencies) // 2], 1),
        "p99_ms": round(1000 * latencies[int(len(latencies) * 0.99) - 1], 1),
        "max_ms": round(1000 * latencies[-1], 1),
    }
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "load-test.json").write_text(json.dumps(report, indent=2) + "\n")
    print("endpoint under load:", report)


def test_a_100_mb_file_is_reported_unread_and_the_rest_ingested(tmp_path, nlp):
    from geokg.loaders.articles import load_articles
    from geokg.pipeline import ingest_paths

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with (inbox / "dump.txt").open("w") as handle:
        for _ in range(100):
            handle.write("Chile hosted Peru for talks. " * 36_158)  # 1 MiB a round
    (inbox / "note.txt").write_text("Chile hosted Peru for talks on Monday in Santiago.")
    (inbox / "calm.txt").write_text("The weather in Lisbon was mild on Sunday.")  # no event
    assert (inbox / "dump.txt").stat().st_size >= 100 * 2**20
    tracemalloc.start()
    items = list(load_articles([inbox]))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 4 * 2**20, "the big file must be refused without reading it"
    errors = [i for i in items if isinstance(i, LoadFailure)]
    assert [(Path(e.origin).name, e.reason.split(" (")[0]) for e in errors] == [
        ("dump.txt", "file too large")
    ]
    store = Store(tmp_path / "store")
    report = ingest_paths([inbox], store)
    # hosted for talks: 043 and 042, and the talks they held (040 both ways)
    assert (report.articles, report.failed, report.events) == (2, 1, 4)
    assert sum("/article/" in graph for graph in store.named_graphs()) == 2


def test_jsonl_is_read_line_by_line(tmp_path):
    from geokg.loaders.articles import load_articles

    feed = tmp_path / "wire.jsonl"
    line = json.dumps({"text": "Chile hosted Peru. " * 50}) + "\n"
    feed.write_text(line * 20_000)  # 19 MB
    (tmp_path / "broken.jsonl").write_bytes(b'{"text": "Chile hosted Peru."}\n\xff\xfe{"text"\n')
    tracemalloc.start()
    count = sum(1 for item in load_articles([feed]) if not isinstance(item, LoadFailure))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 20_000 and peak < 2 * 2**20
    errors = [
        str(i) for i in load_articles([tmp_path / "broken.jsonl"]) if isinstance(i, LoadFailure)
    ]
    assert [e.split(": ", 1)[0].rsplit("/", 1)[1] for e in errors] == ["broken.jsonl:2"]


PEAK_RSS = Path(__file__).parent.parent / "bench" / "peak_rss.py"


@pytest.mark.slow
def test_ingest_memory_does_not_grow_with_the_corpus(tmp_path):
    """Peak RSS of an ingest of 3,000 articles stays within 1.3x of one of 500 (streaming:
    batches are parsed, written and dropped)."""

    def peak_kb(count: int) -> int:
        corpus = tmp_path / f"{count}.jsonl"
        corpus.write_text("".join(
            json.dumps({"id": f"a{i}", "published": "2024-05-01", "text":
                        f"Japan condemned China over incident {i}. France praised Chile."}) + "\n"
            for i in range(count)
        ))  # fmt: skip
        command = [sys.executable, str(PEAK_RSS), "ingest", str(corpus),
                   "--store", str(tmp_path / f"store{count}")]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, timeout=900)
        assert result.returncode == 0, result.stderr
        return int(result.stderr.rsplit("peak-rss-kb", 1)[1].split()[0])

    small, large = peak_kb(500), peak_kb(3000)
    print(f"ingest peak RSS: {small / 1024:.0f} MB (500 articles), {large / 1024:.0f} MB (3,000)")
    assert large < 1.3 * small, f"peak RSS {small} kB for 500 articles, {large} kB for 3,000"
