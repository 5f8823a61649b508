"""Benchmarks, each a ratio against a baseline measured in the same run on the same data.

1. extraction: `geokg` extraction vs a bare `nlp.pipe()` with the same pipeline (same model,
   same components, gazetteer matcher included) and vs the plain model without the gazetteer,
   where the rest of the time goes (actor resolution, event coding), and 2 parser processes
   vs 1;
2. ingest: quads/s into the on-disk Oxigraph store vs adding the same quads to rdflib's default
   in-memory Dataset, end to end (building each article's graph included) and the store load
   alone (the same N-Quads batches);
   batches: spaCy's batch_size and the articles per store transaction, against the defaults;
3. queries: every named query at its default parameters at about 10k, 100k, 1M and 10M quads,
   cold (the first run after opening the store) and warm (the best of three), on the store vs
   the same SPARQL on rdflib's in-memory Dataset holding the same quads (below 1M quads only; an
   rdflib query still running after 60 s is stopped and reported as such), with each store's
   disk size and the peak RSS of opening and querying it, and the rows each answered (a paged
   query whose default page the smallest store does not fill is timed again on every store
   with the page that store fills, so that its growth compares equal pages). Larger graphs
   repeat the extracted articles under new IDs and later dates, so the event mix stays the
   same; stores of 1M quads or more are built with the bulk path (articles' N-Quads
   bulk-loaded, then the indexes rebuilt from the events), as an archive would be;
   windows: alliances and tensions with a 3-month window to the store's last day with events,
   and one that cuts its first and last month, against the same query without one;
   writes: ingest of 1,000 articles (extracted beforehand) into the largest store against the
   same ingest into an empty store;
4. memory: peak RSS of `geokg ingest` of 1,000 vs 10,000 short articles (child processes);
5. viz: `geokg viz` time and file size for 100, 1,000 and 5,000 actors (maps over 300 actors
   keep the strongest ties).

Results are printed and appended to bench/RESULTS.md with date, machine and versions. Not part
of `make test`: the machine is shared and noisy, so only ratios are meaningful.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from importlib.metadata import version
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import spacy
from generate import generate
from rdflib import Dataset

from geokg.graph.rdf import article_graph, article_iri
from geokg.graph.store import Store, nquads_lines
from geokg.graph.viz import write_html
from geokg.loaders.actors import ArticleActors
from geokg.loaders.articles import Article
from geokg.loaders.events import extract_events
from geokg.loaders.nlp import default_model, load_nlp
from geokg.ontology import ACTORS_GRAPH, PREFIX_IRIS
from geokg.pipeline import (
    Extraction,
    IngestReport,
    extract_articles,
    ingest,
    make_shard,
    prepare,
    write_shard,
)
from geokg.queries.runner import bind, bindings, execute, named_queries, page_size

HERE = Path(__file__).parent
SIZES = (10_000, 100_000, 1_000_000, 10_000_000)
RDFLIB_BELOW = 1_000_000  # rdflib's in-memory Dataset is queried for smaller stores only
BULK_FROM = 1_000_000  # stores this large are built with the bulk path
SECTIONS = ["extraction", "ingest", "batches", "queries", "windows", "writes", "memory", "viz"]


def timed(function):
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def best_of(function, runs: int = 3) -> tuple[float, object]:
    """The fastest of a few runs: the least disturbed by other work on a shared machine."""
    results = [timed(function) for _ in range(runs)]
    return min(seconds for seconds, _ in results), results[0][1]


def to_articles(records: list[dict]) -> list[Article]:
    return [Article(id=a["id"], text=a["text"], url=a["url"], published=a["published"])
            for a in records]  # fmt: skip


# ---------------------------------------------------------------- 1. extraction


def extraction(articles: list[Article]) -> tuple[list[str], list[Extraction]]:
    plain_nlp = spacy.load(default_model())  # the model alone, without geokg's gazetteer
    nlp = load_nlp()
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    list(plain_nlp.pipe(texts[:20]))
    list(nlp.pipe(texts[:20]))  # warm up both: model, gazetteer and lexicon load once
    list(extract_articles(articles[:5], print))
    plain, _ = timed(lambda: list(plain_nlp.pipe(texts, batch_size=64)))
    bare, docs = timed(lambda: list(nlp.pipe(texts, batch_size=64)))
    ours, extractions = timed(lambda: list(extract_articles(articles, print)))
    two, _ = timed(lambda: list(extract_articles(articles, print, n_process=2)))
    actors_time, resolved = timed(
        lambda: [
            ArticleActors(doc, a.published_date) for doc, a in zip(docs, articles, strict=True)
        ]
    )
    events_time, _ = timed(
        lambda: [
            extract_events(doc, a, r) for doc, a, r in zip(docs, articles, resolved, strict=True)
        ]
    )
    rest = ours - bare
    return [
        "| extraction | words/s | ratio to the same pipeline | ratio to the plain model |",
        "|---|---|---|---|",
        f"| plain model nlp.pipe (no gazetteer) | {words / plain:,.0f} | | 1.00 |",
        f"| bare nlp.pipe (same pipeline, gazetteer included) | {words / bare:,.0f} | 1.00 | "
        f"{plain / bare:.2f} |",
        f"| geokg extraction, 1 process | {words / ours:,.0f} | {bare / ours:.2f} | "
        f"{plain / ours:.2f} |",
        f"| geokg extraction, 2 processes | {words / two:,.0f} | {bare / two:.2f} "
        f"({ours / two:.2f}× one process) | {plain / two:.2f} |", "",
        where_time_goes(rest, ours, actors_time, events_time), "",
    ], extractions  # fmt: skip


def where_time_goes(rest: float, ours: float, actors: float, events: float) -> str:
    """geokg's own work, measured on the same parsed docs; on a noisy machine the whole run can
    come out faster than the bare one, which says the difference is below the noise."""
    own = (f"actor resolution {actors:.1f} s ({actors / ours:.0%}), event coding {events:.1f} s "
           f"({events / ours:.0%})")  # fmt: skip
    if rest <= 0:
        return (f"geokg's run was {-rest:.1f} s faster than the bare one (run-to-run noise); its "
                f"own work, timed on the same parsed docs: {own}.")  # fmt: skip
    other = rest - actors - events
    return (f"Where geokg's time beyond parsing goes ({rest:.1f} s of {ours:.1f} s): {own}, the "
            f"rest (reading articles, bookkeeping, noise) {other:.1f} s.")  # fmt: skip


# ---------------------------------------------------------------- 2. ingest


def ingest_rates(extractions: list[Extraction], folder: Path) -> list[str]:
    store = Store(folder / "ingest")
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
    ours, theirs = quads / into_store, in_rdflib / rdflib_time
    load_ours, load_theirs, loaded = store_load(extractions, folder)
    return [
        "| ingest | quads | quads/s | ratio |", "|---|---|---|---|",
        f"| rdflib in-memory Dataset: build each article's graph, add its triples "
        f"| {in_rdflib:,} | {theirs:,.0f} | 1.00 |",
        f"| geokg store (Oxigraph on disk): build, write, stories and relation totals "
        f"| {quads:,} | {ours:,.0f} | {ours / theirs:.2f} |",
        f"| store load alone, same N-Quads in batches of 200 articles: rdflib Dataset.parse "
        f"| {loaded:,} | {loaded / load_theirs:,.0f} | 1.00 |",
        f"| store load alone: geokg write path (Oxigraph on disk, one atomic load per batch) "
        f"| {loaded:,} | {loaded / load_ours:,.0f} | {load_theirs / load_ours:.2f} |", "",
    ]  # fmt: skip


def store_load(extractions: list[Extraction], folder: Path) -> tuple[float, float, int]:
    """Seconds to load the same batches (as built by `make_shard`) into the geokg store and
    into an rdflib Dataset, and the number of quads."""
    shards = [make_shard(extractions[i : i + 200]) for i in range(0, len(extractions), 200)]
    store = Store(folder / "load")
    ours, _ = timed(lambda: [write_shard(s, store, IngestReport()) for s in shards])
    texts = ["\n".join(nquads_lines([*s.graphs, (str(ACTORS_GRAPH), s.actors)])) for s in shards]
    dataset = Dataset()
    theirs, _ = timed(lambda: [dataset.parse(data=t, format="nquads") for t in texts])
    return ours, theirs, len(store)


def batch_sizes(articles: list[Article], extractions: list[Extraction], folder: Path) -> list[str]:
    """Why the defaults: spaCy's `batch_size` (texts per nlp.pipe batch) and the articles per
    store transaction, each against the default in the same run."""
    nlp = load_nlp()
    texts = [a.text for a in articles[:200]]
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:20]))
    parse = {size: best_of(lambda size=size: list(nlp.pipe(texts, batch_size=size)), 2)[0]
             for size in (8, 32, 64, 128, 512)}  # fmt: skip
    write = {}
    for size in (25, 100, 200, 800):
        store = Store(folder / f"batch-{size}")
        seconds, _ = timed(lambda s=store, n=size: ingest(iter(extractions), s, IngestReport(), n))
        write[size] = len(store) / seconds
    lines = ["| nlp.pipe batch_size | words/s | vs 64 |", "|---|---|---|"]
    lines += [f"| {size}{' (default)' * (size == 64)} | {words / t:,.0f} | {parse[64] / t:.2f} |"
              for size, t in parse.items()]  # fmt: skip
    lines += ["", "| articles per transaction | quads/s | vs 200 |", "|---|---|---|"]
    lines += [f"| {size}{' (default)' * (size == 200)} | {rate:,.0f} | {rate / write[200]:.2f} |"
              for size, rate in write.items()]  # fmt: skip
    return [*lines, ""]


# ---------------------------------------------------------------- 3. queries


def copies(extractions: list[Extraction]):
    """The extractions again and again, under new article and event IDs, 60 days later each
    round, so a bigger graph has the same shape as the real one."""
    round_number = 0
    while True:
        for x in extractions:
            if round_number == 0:
                yield x
                continue
            suffix = f"-r{round_number}"

            def later(day: str | None, shift: int = 60 * round_number) -> str | None:
                return (
                    (date.fromisoformat(day) + timedelta(days=shift)).isoformat() if day else None
                )

            article = replace(x.article, id=x.article.id + suffix,
                              published=later(x.article.published))  # fmt: skip
            events = [
                replace(e, event_id=e.event_id + suffix, article_id=article.id, date=later(e.date),
                        target_event=e.target_event and e.target_event + suffix)
                for e in x.events
            ]  # fmt: skip
            yield Extraction(article, events)
        round_number += 1


def timed_in_child(function, limit: float) -> float | None:
    """Seconds `function` takes in a forked child (which shares the parent's data), or None
    when it is still running after `limit` seconds: rdflib needs minutes for some queries."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)

    def run() -> None:
        sender.send(timed(function)[0])

    child = context.Process(target=run)
    child.start()
    seconds = receiver.recv() if receiver.poll(limit) else None
    child.kill()
    child.join()
    return seconds


def rdflib_copy(store: Store) -> Dataset:
    dataset = Dataset(default_union=True)
    nquads = ox.serialize(store.quads(), format=ox.RdfFormat.N_QUADS)
    dataset.parse(data=nquads, format="nquads")
    return dataset


def build_store(extractions: list[Extraction], folder: Path, size: int) -> Path:
    """A store of about `size` quads of copied articles, made once per run: through the ingest
    below `BULK_FROM`, else by bulk-loading the articles' N-Quads (not atomic, which a fresh
    store does not need) and rebuilding the indexes from the events."""
    path = folder / f"q{size}"
    if path.exists():
        return path
    sample = make_shard(extractions)
    per_article = len(nquads_lines([*sample.graphs, (str(ACTORS_GRAPH), sample.actors)]))
    per_article = per_article * 1.5 / len(extractions)  # the indexes add about 50%
    stream = copies(extractions)
    count = max(1, round(size / per_article))
    if size < BULK_FROM:
        ingest((next(stream) for _ in range(count)), Store(path), IngestReport())
        return path

    dump = folder / f"q{size}.nq"
    with dump.open("w", encoding="utf-8") as handle:
        for start in range(0, count, 200):
            shard = make_shard([next(stream) for _ in range(min(200, count - start))])
            lines = nquads_lines([*shard.graphs, (str(ACTORS_GRAPH), shard.actors)])
            handle.write("\n".join(lines) + "\n")
    bulk = ox.Store(str(path))
    bulk.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    bulk.optimize()
    del bulk
    dump.unlink()
    store = Store(path)
    prepare(store)  # the ontology, and the indexes from the events
    store.close()
    return path


def disk_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def query_times(path: str, limits: dict[str, int] | None = None) -> None:
    """In a child process (run.py --latency PATH [--limits JSON]): open the store, run every
    named query at its default parameters (or those in `limits` alone, with that page size)
    once (cold) and three more times (warm), print JSON with the seconds, rows and peak
    RSS."""
    store = Store(path, read_only=True)
    times = {}
    for name, query in named_queries().items():
        if limits is not None and name not in limits:
            continue
        given = {"limit": str(limits[name])} if limits is not None else {}
        text = bind(query.text, bindings(query, given))
        cold, result = timed(lambda t=text: execute(store, t))
        warm, _ = best_of(lambda t=text: execute(store, t))
        times[name] = {"cold": cold, "warm": warm, "rows": len(result.rows)}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"times": times, "quads": len(store), "peak_mb": peak}))


def measured(path: Path, limits: dict[str, int] | None = None) -> dict:
    command = [sys.executable, str(HERE / "run.py"), "--latency", str(path)]
    command += ["--limits", json.dumps(limits)] if limits is not None else []
    result = subprocess.run(command, capture_output=True, text=True, check=True, cwd=HERE)
    return json.loads(result.stdout.strip().splitlines()[-1])


def query_latency(
    extractions: list[Extraction], folder: Path, sizes: tuple[int, ...] = SIZES, limit: float = 60
) -> list[str]:
    """Cold and warm seconds and rows per named query and size; below `RDFLIB_BELOW`, also how
    many times longer rdflib takes for the same SPARQL. A paged query whose default page is
    not full on the smallest store is measured again on each store with the page that store
    filled, so that its growth compares pages of the same size."""
    queries = named_queries()
    declared = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIX_IRIS.items())
    header = "| query | " + " | ".join(f"~{size:,} quads: cold / warm s" for size in sizes)
    lines = [header + " | warm, largest ÷ smallest |", "|---|" + "---|" * (len(sizes) + 1)]
    cells: dict[str, list[str]] = {name: [] for name in queries}
    warm: dict[str, list[float]] = {name: [] for name in queries}
    stores, paths, short = [], [], {}
    for size in sizes:
        path = build_store(extractions, folder, size)
        paths.append(path)
        found = measured(path)
        if len(paths) == 1:  # the smallest store: the pages it does not fill
            short = {name: times["rows"] for name, times in found["times"].items()
                     if 0 < times["rows"] < (page_size(queries[name], {}) or 0)}  # fmt: skip
        progress = ", ".join(f"{n} {t['warm']:.3f}" for n, t in found["times"].items())
        print(f"~{size:,} quads, warm s: {progress}", flush=True)  # before the table is done
        stores.append(f"{found['quads']:,} quads, {disk_size(path) / 2**20:,.0f} MB on disk, "
                      f"peak RSS {found['peak_mb']:,.0f} MB")  # fmt: skip
        dataset = rdflib_copy(Store(path, read_only=True)) if size < RDFLIB_BELOW else None
        for name, query in queries.items():
            times = found["times"][name]
            warm[name].append(times["warm"])
            rows = times["rows"]
            cell = f"{times['cold']:.3f} / {times['warm']:.3f}, {rows} row{'s' * (rows != 1)}"
            if dataset is not None:
                text = declared + bind(query.text, bindings(query, {}))
                theirs = timed_in_child(lambda t=text, d=dataset: list(d.query(t)), limit)
                ratio = (
                    f"rdflib {theirs / times['warm']:,.0f}×"
                    if theirs
                    else f"rdflib > {limit:.0f} s"
                )
                cell += f" ({ratio})"
            cells[name].append(cell)
    same = {name: [measured(path, short)["times"][name]["warm"] for path in paths]
            for name in short} if short else {}  # fmt: skip
    for name, row in cells.items():
        growth = f"{warm[name][-1] / warm[name][0]:.1f}"
        if name in same:
            growth += (f" ({same[name][-1] / same[name][0]:.1f} with pages of {short[name]}: "
                       f"{same[name][0]:.3f} s, {same[name][-1]:.3f} s)")  # fmt: skip
        lines.append(f"| {name} | " + " | ".join(row) + f" | {growth} |")
    listed = "; ".join(f"~{size:,}: {text}" for size, text in zip(sizes, stores, strict=True))
    return [*lines, "", f"Stores: {listed}. Goal: every query at most 3× as long warm at 10M "
            "quads as at 100k; about 0.3 s at 1M and 1 s at 10M.", ""]  # fmt: skip


def windows(extractions: list[Extraction], folder: Path, size: int) -> list[str]:
    """Alliances and tensions with the 3-month window that ends with the store's last month,
    against the unwindowed query, warm (best of three), in the same store."""
    store = Store(build_store(extractions, folder, size), read_only=True)
    last = store.select("SELECT (MAX(?d) AS ?last) WHERE { ?day a gk:EventDay ; gk:date ?d }")
    until = date.fromisoformat(next(last)["last"].value)
    since = (until.replace(day=1) - timedelta(days=62)).replace(day=1)
    cut = (since + timedelta(days=14), until - timedelta(days=7))
    lines = [f"| query | no window s | 3 months s (since {since}) | ratio | cutting two months s "
             f"({cut[0]} to {cut[1]}) | ratio |", "|---|---|---|---|---|---|"]  # fmt: skip
    windows = [{"since": since.isoformat(), "until": until.isoformat()},
               {"since": cut[0].isoformat(), "until": cut[1].isoformat()}]  # fmt: skip
    for name in ("alliances", "tensions"):
        query = named_queries()[name]
        whole, _ = best_of(lambda q=query: execute(store, bind(q.text, bindings(q, {}))))
        cells = ""
        for window in windows:
            part, _ = best_of(
                lambda q=query, w=window: execute(store, bind(q.text, bindings(q, w)))
            )
            cells += f" {part:.3f} | {part / whole:.2f} |"
        lines.append(f"| {name} | {whole:.3f} |{cells}")
    return [*lines, "", f"On the ~{size:,}-quad store; goal: at most 2× the unwindowed query. The "
            "second window reads the events of the days it cuts.", ""]  # fmt: skip


def writes(extractions: list[Extraction], folder: Path, size: int) -> list[str]:
    """Seconds to ingest the same 1,000 new articles (extracted beforehand, so only the write
    path with its index changes counts) into an empty store and into a copy of the
    ~`size`-quad store."""
    stream = copies(extractions)
    articles = 1_000
    batch = [next(stream) for _ in range(round(size / 500) + articles)][-articles:]
    rates = {}
    for label, base in (("empty store", None), (f"~{size:,}-quad store", size)):
        path = folder / f"writes-{base or 0}"
        if base is not None:
            shutil.copytree(build_store(extractions, folder, base), path)
        store = Store(path)
        before = len(store)
        seconds, _ = timed(lambda s=store: ingest(iter(batch), s, IngestReport()))
        rates[label] = (before, len(store) - before, seconds)
        store.close()
        shutil.rmtree(path)
    first = next(iter(rates.values()))[2]
    lines = ["| ingest of 1,000 articles | quads before | quads added | seconds | speed vs empty |",
             "|---|---|---|---|---|"]  # fmt: skip
    for label, (before, added, seconds) in rates.items():
        lines.append(f"| into an {label} | {before:,} | {added:,} | {seconds:.1f} | "
                     f"{first / seconds:.2f} |")  # fmt: skip
    return [*lines, "", "Goal: at least 0.8 as fast into the 10M store as into an empty one.", ""]


# ---------------------------------------------------------------- 4. memory


def peak_memory(folder: Path) -> list[str]:
    """Short articles (the first paragraph of generated ones) keep 10,000 affordable."""
    peaks = {}
    for count in (1_000, 10_000):
        corpus = folder / f"memory-{count}.jsonl"
        with corpus.open("w") as handle:
            for record in generate(count, seed=11):
                record["text"] = record["text"].split("\n\n")[0]
                handle.write(json.dumps(record) + "\n")
        command = [sys.executable, str(HERE / "peak_rss.py"), "ingest", str(corpus),
                   "--store", str(folder / f"memory-store-{count}")]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        peaks[count] = int(result.stderr.rsplit("peak-rss-kb", 1)[1].split()[0]) / 1024
    return [
        "| ingest memory | peak RSS | ratio |", "|---|---|---|",
        f"| 1,000 articles | {peaks[1_000]:,.0f} MB | 1.00 |",
        f"| 10,000 articles | {peaks[10_000]:,.0f} MB | {peaks[10_000] / peaks[1_000]:.2f} |",
        "",
    ]  # fmt: skip


# ---------------------------------------------------------------- 5. viz


def actor_graph(actors: int, seed: int = 3) -> nx.DiGraph:
    """A random actor graph with the attributes the map reads, about four ties per actor."""
    rng = random.Random(seed)
    graph = nx.DiGraph()
    names = [f"A{n:04d}" for n in range(actors)]
    for name in names:
        graph.add_node(name, label=f"Actor {name}", events=0)
    for _ in range(actors * 4):
        a, b = rng.sample(names, 2)
        score = rng.choice([-10, -2, 1, 3.5, 8])
        graph.add_edge(a, b, count=1, goldstein=score, mean=score, cooperation=int(score > 0),
                       conflict=int(score < 0), first="2024-01-01", last="2024-12-31",
                       evidence=[])  # fmt: skip
        graph.nodes[a]["events"] += 1
        graph.nodes[b]["events"] += 1
    return graph


def viz(folder: Path) -> list[str]:
    lines = ["| viz | seconds | file size | time ratio |", "|---|---|---|---|"]
    first = None
    for actors in (100, 1_000, 5_000):
        graph = actor_graph(actors)
        seconds, path = timed(lambda g=graph, n=actors: write_html(g, folder / f"map-{n}.html"))
        first = first or seconds
        size = path.stat().st_size / 1024
        lines.append(f"| {actors:,} actors | {seconds:.2f} | {size:,.0f} KB | "
                     f"{seconds / first:.2f} |")  # fmt: skip
    return [*lines, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES),
                        help="graph sizes (quads) for the query latencies")  # fmt: skip
    parser.add_argument("--sections", nargs="*", default=None, choices=SECTIONS,
                        help="the sections to run (all by default)")  # fmt: skip
    parser.add_argument("--latency", help=argparse.SUPPRESS)  # the child of query_latency
    parser.add_argument("--limits", type=json.loads, help=argparse.SUPPRESS)  # its page sizes
    args = parser.parse_args()
    if args.latency:
        query_times(args.latency, args.limits)
        return
    only = set(args.sections or SECTIONS)
    articles = to_articles(generate(args.articles))
    words = sum(len(a.text.split()) for a in articles)
    lines = [f"## {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC · {os.cpu_count()} cores · "
             f"Python {platform.python_version()} · spaCy {version('spacy')} · pyoxigraph "
             f"{version('pyoxigraph')} · rdflib {version('rdflib')}", "",
             f"{len(articles)} generated articles, {words} words (seed 7).", ""]  # fmt: skip
    print("\n".join(lines), flush=True)

    def add(section: list[str]) -> None:
        lines.extend(section)
        print("\n".join(section), flush=True)  # each table as soon as it is measured

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if only & {"extraction", "ingest", "batches", "queries", "windows", "writes"}:
            found, extractions = extraction(articles)
            add(found if "extraction" in only else [])
        if only & {"ingest", "queries", "windows", "writes"}:
            add(ingest_rates(extractions, folder) if "ingest" in only else [])
        if "batches" in only:
            add(batch_sizes(articles, extractions, folder))
        if "queries" in only:
            add(query_latency(extractions, folder, tuple(args.sizes)))
        if "windows" in only:
            add(windows(extractions, folder, min(max(args.sizes), 1_000_000)))
        if "writes" in only:
            add(writes(extractions, folder, max(args.sizes)))
        if "memory" in only:
            add(peak_memory(folder))
        if "viz" in only:
            add(viz(folder))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    add([f"Peak RSS of the benchmark itself: {peak:,.0f} MB."])
    with (HERE / "RESULTS.md").open("a") as handle:
        handle.write("\n".join(lines) + "\n\n")


if __name__ == "__main__":
    main()  # run from bench/ (make bench), so `generate` imports as a sibling module
