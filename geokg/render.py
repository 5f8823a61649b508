"""How results look in a terminal: the rich tables and lines the CLI prints (`geokg/cli.py`
parses options and calls the API; this module only lays out what comes back)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

if TYPE_CHECKING:
    import networkx as nx

    from geokg.api import Evaluation
    from geokg.graph.analytics import Analysis, Tie
    from geokg.graph.validate import Violation
    from geokg.loaders.events import EventRecord
    from geokg.pipeline import Extraction, FeedReport, IngestReport, PollReport
    from geokg.queries.runner import NamedQuery, QueryResult


def table(
    columns: Iterable[str],
    rows: Iterable[Iterable[str]],
    justify: str = "left",
    overflow: str = "ellipsis",
    **options: object,
) -> Table:
    """A table with these columns and rows; `options` go to rich's `Table` (title...)."""
    laid_out = Table(**options)  # type: ignore[arg-type]
    for column in columns:
        laid_out.add_column(column, justify=justify, overflow=overflow)  # type: ignore[arg-type]
    for row in rows:
        laid_out.add_row(*row)
    return laid_out


def titled(title: str, columns: Iterable[str], rows: Iterable[Iterable[str]], **options) -> Table:
    return table(columns, rows, title=title, title_justify="left", **options)


def events(records: list[EventRecord]) -> Table:
    """Extracted events, one line each, the sentence cut to the terminal's width."""
    laid_out = Table(expand=True)
    for column in ("date", "source", "event", "target", "trigger", "modality"):
        laid_out.add_column(column, no_wrap=True)
    laid_out.add_column("sentence", ratio=1, overflow="ellipsis", no_wrap=True)
    for r in records:
        event = f"{r.cameo} {r.plover or ''}".strip()
        modality = ("not " if r.negated else "") + r.modality
        source, target = r.source.cameo or r.source.label, r.target.cameo or r.target.label
        laid_out.add_row(r.date or "", source, event, target, r.trigger, modality, r.sentence)
    return laid_out


def named_queries(queries: dict[str, NamedQuery]) -> Table:
    rows = (
        (q.name, ", ".join(f"{p.name}={p.default} ({p.type})" for p in q.params), q.summary)
        for q in queries.values()
    )
    return table(("name", "parameters", "what it answers"), rows, overflow="fold")


def term_text(term: object) -> str:
    """A term as a reader wants it: prefixed name for our IRIs, the value otherwise."""
    from geokg.ontology import PREFIX_IRIS

    if term is None:
        return ""
    value = term.value  # type: ignore[attr-defined]
    if type(term).__name__ == "NamedNode":
        for prefix, namespace in PREFIX_IRIS.items():
            if value.startswith(namespace):
                return f"{prefix}:{value[len(namespace) :]}"
    return value


def result_rows(result: QueryResult) -> list[Table | str]:
    """A SELECT result as a table and its row count, or an ASK result as true/false."""
    if result.boolean is not None:
        return [str(result.boolean).lower()]
    rows = ([term_text(t) for t in row] for row in result.rows)
    return [table(result.variables, rows, overflow="fold"), f"{len(result.rows)} rows"]


def mentions(records: list[dict]) -> Table:
    """Actor mentions with what they resolved to, the rule and the dictionary entry that
    decided; an article column when there are several."""
    several = len({r["article_id"] for r in records}) > 1
    rows = (
        [
            *([str(r["article_id"])[:12]] if several else []),
            r["mention"],
            r["label"],
            r["cameo"] or "",
            r["wikidata"] or "",
            r["rule"],
            r["entry"],
        ]
        for r in records
    )
    columns = ["mention", "actor", "CAMEO", "QID", "rule", "dictionary entry"]
    return table([*(["article"] if several else []), *columns], rows)


def evaluation(result: Evaluation, show_errors: int) -> list[Table]:
    """Scores, the confusion of CAMEO roots (events), and the first errors."""
    rows = (
        (
            name,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            str(s.true_positives),
            str(s.false_positives),
            str(s.false_negatives),
        )
        for name, s in result.scores.items()
    )
    tables = [
        titled(
            f"{result.kind}: {result.items} texts",
            ("scored on", "precision", "recall", "F1", "TP", "FP", "FN"),
            rows,
            justify="right",
        )
    ]
    if result.confusion:
        rows = ((g, p, str(n)) for g, p, n in result.confusion)
        tables.append(titled("root confusion", ("gold root", "predicted root", "count"), rows))
    first = next(iter(result.scores.values()))
    if first.errors and show_errors:
        rows = ((e["kind"], e["item"], e["text"]) for e in first.errors[:show_errors])
        tables.append(titled("errors", ("kind", "item", "text"), rows))
    return tables


def analysis(result: Analysis, top: int) -> list[Table | str]:
    """The most central actors with their blocs, allies and adversaries, then the balance."""
    names = result.labels

    def ties(found: list[Tie]) -> str:
        return ", ".join(f"{names[tie.actor]} ({tie.events})" for tie in found[:4])

    rows = (
        (
            names[node],
            str(result.blocs.get(node)),
            f"{result.centrality[node]['eigenvector']:.3f}",
            f"{result.centrality[node]['degree']:.2f}",
            ties(result.allies[node]),
            ties(result.adversaries[node]),
        )
        for node in result.ranked()[:top]
    )
    support = f"(≥{result.min_support} events)"
    columns = ("actor", "bloc", "eigenvector", "degree", f"allies {support}",
               f"adversaries {support}")  # fmt: skip
    lines: list[Table | str] = [
        titled("Actors by centrality in cooperation", columns, rows),
        "eigenvector: within each group of cooperating actors, scaled by the group's size; "
        f"allies and adversaries: pairs with at least {result.min_support} events (--min-support)",
    ]
    if result.balance is None:
        return [*lines, "structural balance: no triangles of tied actors yet"]
    lines.append(
        f"structural balance: {result.balance:.0%} of {len(result.triangles)} triangles balanced"
    )
    for triangle in result.unbalanced():
        signs = " ".join("+" if s > 0 else "−" for s in triangle.signs)
        lines.append(f"  unbalanced: {' – '.join(names[a] for a in triangle.actors)} ({signs})")
    return lines


def ingested(report: IngestReport, store: str, resume: bool) -> str:
    skipped = f"{report.skipped} unchanged skipped; " if resume else ""
    line = (
        f"ingested {report.articles} articles, {report.events} events into {store} "
        f"({report.quads} quads written); {skipped}{report.failed} failed"
    )
    if report.undated:
        some = "1 article has" if report.undated == 1 else f"{report.undated} articles have"
        line += (
            f"\n{some} no date: their events are left out of date windows "
            "(give one with --date YYYY-MM-DD)"
        )
    return line


def feed_polled(feed: FeedReport) -> str:
    return f"{feed.feed}: {feed.new} new, {feed.seen} seen before, {feed.failed} failed"


def polled(report: PollReport, number: int, store: str) -> str:
    """One line per poll of `geokg watch`."""
    new = sum(feed.new for feed in report.feeds)
    seen = sum(feed.seen for feed in report.feeds)
    return (
        f"{time.strftime('%H:%M:%S')} poll {number}: {len(report.feeds)} feeds, {new} new "
        f"entries, {report.articles} articles, {report.events} events into {store}; "
        f"{seen} seen before, {report.failed} failed"
    )


def strongest(title: str, pairs: list[tuple[str, str, dict]]) -> Table:
    """The strongest pairs of one kind (`KnowledgeGraph.strongest`)."""
    rows = (
        (f"{a} – {b}", d["relation"], str(d["count"]), f"{d['goldstein']:+.1f}")
        for a, b, d in pairs
    )
    return titled(title, ("pair", "relation", "events", "Goldstein sum"), rows)


def size(graph: nx.DiGraph) -> str:
    """What a map shows: its actors (people and bodies count under their country) and its
    relations (one per direction)."""
    return f"({graph.number_of_nodes()} actors on the map, {graph.number_of_edges()} relations)"


STATS_MEANING = {
    "articles": "news articles stored, one named graph each",
    "events": "coded events (a treaty or a war is one per side)",
    "actors": "actors in an event: countries, organisations, people, parts of a state",
    "quads": "RDF statements with their graph, ontology, stories and relation totals included",
    "named_graphs": "the articles' graphs plus actors, ontology, stories and relations",
}


def stats(counts: dict[str, object]) -> Table:
    """`geokg stats`: each count with what it counts."""
    rows = ((key, str(value), STATS_MEANING.get(key, "")) for key, value in counts.items())
    return table(("", "count", "what it counts"), rows)


def violations(found: list[Violation]) -> Table:
    rows = ((v.focus, v.path.rsplit("#", 1)[-1], v.message, v.value or "") for v in found)
    return titled("SHACL violations", ("node", "property", "problem", "value"), rows)


def progress(console: Console) -> Callable[[Iterator[Extraction]], Iterator[Extraction]]:
    """A `track` for `KnowledgeGraph.ingest`: a transient bar with articles, events and rate."""
    bar = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn(
            "{task.completed} articles · {task.fields[events]} events · {task.fields[rate]}"
        ),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )

    def tracked(extractions: Iterator[Extraction]) -> Iterator[Extraction]:
        with bar:
            task = bar.add_task("ingesting", total=None, events=0, rate="")
            started, count = time.perf_counter(), 0
            for done, extraction in enumerate(extractions, start=1):
                count += len(extraction.events)
                rate = f"{done / max(time.perf_counter() - started, 1e-9):.1f} articles/s"
                bar.update(task, advance=1, events=count, rate=rate)
                yield extraction

    return tracked
