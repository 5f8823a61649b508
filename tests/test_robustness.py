"""Hostile input and hard stops: random text always yields valid RDF, and a killed ingest
leaves no half-written article behind."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from geokg.graph.rdf import article_graph
from geokg.graph.store import Store
from geokg.loaders.articles import ArticleFields, LoadError, make_article
from geokg.pipeline import extract_articles

HOSTILE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300
).map(lambda t: t + ' Russia condemned "Ukraine" \\\\ """ <script>x</script>.')


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=HOSTILE, url=st.text(min_size=1, max_size=40).map(lambda u: f"https://ex.org/{u}"))
def test_random_text_becomes_valid_rdf(nlp, text, url):
    article = make_article(ArticleFields(text=text, url=url, published="2024-01-02"), "<random>")
    if isinstance(article, LoadError):
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
    partial: dict = {}
    while time.monotonic() < deadline and not partial:  # kill right after the first commit
        time.sleep(0.2)
        if (store_dir / "CURRENT").exists():
            try:
                partial = article_triples(Store(store_dir, read_only=True))
            except Exception:  # the writer is mid-flight; look again
                partial = {}
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = article_triples(Store(store_dir, read_only=True))
    assert 0 < len(partial) < 2000, "the kill must land mid-way"
    assert len(partial) % 200 == 0, "batches of 200 articles commit whole or not at all"
    sizes = set(partial.values())
    assert len(sizes) <= 1, "an article graph was half written"  # every article is the same shape
    subprocess.run(command, check=True, capture_output=True, timeout=600)
    rerun = Store(store_dir, read_only=True)
    clean_dir = tmp_path / "clean"
    subprocess.run([*command[:-1], str(clean_dir)], check=True, capture_output=True, timeout=600)
    clean = Store(clean_dir, read_only=True)
    assert sorted(str(q) for q in rerun.quads()) == sorted(str(q) for q in clean.quads())


@pytest.mark.slow
def test_queries_keep_answering_while_an_ingest_runs(tmp_path, nlp):
    import urllib.parse
    import urllib.request

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
    url = f"{base}/sparql?" + urllib.parse.urlencode(
        {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?e a gk:Event }"}
    )
    try:
        writer = subprocess.Popen(
            [sys.executable, "-m", "geokg", "ingest", str(corpus), "--store", str(store_dir)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        statuses = []
        while writer.poll() is None:
            with urllib.request.urlopen(url, timeout=30) as response:
                statuses.append(response.status)
            time.sleep(0.1)
        assert writer.returncode == 0
        assert statuses and set(statuses) == {200}
        with urllib.request.urlopen(url, timeout=30) as response:
            final = json.loads(response.read())["results"]["bindings"][0]["n"]["value"]
        assert int(final) >= 1500
    finally:
        stop(server)
