"""Benchmarks, each a ratio against a baseline measured in the same run on the same data.

1. extraction: `geokg` extraction vs a bare `nlp.pipe()` with the same pipeline (same model,
   same components, gazetteer ruler included), and 2 parser processes vs 1;
2. ingest: quads/s into the on-disk Oxigraph store vs adding the same quads to rdflib's default
   in-memory Dataset;
3. query: the alliance query on the store vs the same SPARQL on rdflib's in-memory Dataset.

Results are printed and appended to bench/RESULTS.md with date, machine and versions. Not part
of `make test`: the machine is shared and noisy, so only ratios are meaningful.
"""

from __future__ import annotations

import argparse
import os
import platform
import tempfile
import time
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

from generate import generate
from rdflib import Dataset

from geokg.graph.rdf import article_graph, article_iri
from geokg.graph.store import Store
from geokg.loaders.articles import Article
from geokg.loaders.nlp import load_nlp
from geokg.ontology import PREFIXES
from geokg.pipeline import IngestReport, extract_articles, ingest
from geokg.queries.runner import bind, bindings, named_queries

HERE = Path(__file__).parent


def timed(function):
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=400)
    args = parser.parse_args()
    articles = [Article(id=a["id"], text=a["text"], url=a["url"], published=a["published"])
                for a in generate(args.articles)]  # fmt: skip
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_nlp()
    texts = [a.text for a in articles]
    list(nlp.pipe(texts[:20]))  # warm up
    lines = [f"## {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC · {os.cpu_count()} cores · "
             f"Python {platform.python_version()} · spaCy {version('spacy')} · pyoxigraph "
             f"{version('pyoxigraph')} · rdflib {version('rdflib')}", "",
             f"{len(articles)} generated articles, {words} words (seed 7).", ""]  # fmt: skip

    bare, _ = timed(lambda: list(nlp.pipe(texts, batch_size=64)))
    ours, extractions = timed(lambda: list(extract_articles(articles, print)))
    two, _ = timed(lambda: list(extract_articles(articles, print, n_process=2)))
    events = sum(len(x.events) for x in extractions)
    lines += [
        "| extraction | words/s | ratio |", "|---|---|---|",
        f"| bare nlp.pipe (same pipeline) | {words / bare:,.0f} | 1.00 |",
        f"| geokg extraction, 1 process | {words / ours:,.0f} | {bare / ours:.2f} |",
        f"| geokg extraction, 2 processes | {words / two:,.0f} | {bare / two:.2f} "
        f"({ours / two:.2f}× one process) |", "",
    ]  # fmt: skip

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "store")
        into_store, _ = timed(lambda: ingest(iter(extractions), store, IngestReport()))
        quads = len(store)
        dataset = Dataset()

        def into_rdflib():
            for x in extractions:
                graph = article_graph(x.article, x.events)
                target = dataset.graph(article_iri(x.article.id))
                for triple in graph:
                    target.add(triple)

        rdflib_time, _ = timed(into_rdflib)
        in_rdflib = len(list(dataset.quads()))
        lines += [
            "| ingest | quads | quads/s | ratio |", "|---|---|---|---|",
            f"| rdflib in-memory Dataset | {in_rdflib:,} | {in_rdflib / rdflib_time:,.0f} | 1.00 |",
            f"| geokg store (Oxigraph on disk, incl. RDF building) | {quads:,} | "
            f"{quads / into_store:,.0f} | {(quads / into_store) / (in_rdflib / rdflib_time):.2f} |",
            "",
        ]  # fmt: skip
        query = named_queries()["alliances"]
        text = bind(query.text, bindings(query, {}))
        prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
        ox_time, rows = timed(lambda: list(store.query(text, prefixes={
            p: str(ns) for p, ns in PREFIXES.items()})))  # fmt: skip
        dataset.default_union = True
        rdflib_query, rdflib_rows = timed(lambda: list(dataset.query(prefixes + text)))
        lines += [
            "| alliances query | rows | seconds | ratio |", "|---|---|---|---|",
            f"| rdflib in-memory | {len(rdflib_rows)} | {rdflib_query:.3f} | 1.00 |",
            f"| geokg store | {len(rows)} | {ox_time:.3f} | {rdflib_query / ox_time:.1f}× faster |",
            "", f"{events} events extracted.", "",
        ]  # fmt: skip
    report = "\n".join(lines)
    print(report)
    with (HERE / "RESULTS.md").open("a") as handle:
        handle.write(report + "\n")


if __name__ == "__main__":
    main()  # run from bench/ (make bench), so `generate` imports as a sibling module
