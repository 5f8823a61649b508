"""The `geokg` command line: a thin layer over the Python API.

Exit codes, for scripts: 0 everything worked; 1 some inputs failed (named on stderr) while the
rest was processed; 2 usage error (bad option, unknown query or parameter); 3 the store could
not be opened or written.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from geokg.errors import StoreError
from geokg.graph.store import DEFAULT_STORE, is_endpoint

EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_STORE = 3

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

store_option = click.option(
    "--store",
    "store_path",
    default=DEFAULT_STORE,
    show_default=True,
    envvar="GEOKG_STORE",
    help="Directory of the on-disk RDF store, or the URL of a SPARQL 1.1 endpoint "
    "(env GEOKG_STORE; see README, external triple stores).",
)
model_option = click.option(
    "--model", default=None, help="spaCy pipeline to use (default: en_core_web_sm)."
)
n_process_option = click.option(
    "--n-process", default=1, show_default=True, type=click.IntRange(1), help="Parser processes."
)
batch_option = click.option(
    "--batch-size",
    default=64,
    show_default=True,
    type=click.IntRange(1),
    help="Texts per spaCy batch.",
)


since_option = click.option("--since", default=None, help="First day (ISO date) of events.")
until_option = click.option("--until", default=None, help="Last day (ISO date) of events.")
min_events_option = click.option(
    "--min-events", default=1, show_default=True, type=click.IntRange(1),
    help="Leave out relations with fewer events.",
)  # fmt: skip


def _open(path: str, read_only: bool = False, model: str | None = None):
    """The knowledge graph in the store at `path`; readers never create one (a typo must not
    look like an empty graph)."""
    import geokg

    if read_only and not is_endpoint(path) and not Path(path).is_dir():
        err.print(f"[red]error:[/] no store at {path}; run `geokg ingest` first or pass --store")
        sys.exit(EXIT_STORE)
    user = os.environ.get("GEOKG_STORE_USER")
    auth = (user, os.environ.get("GEOKG_STORE_PASSWORD", "")) if user else None
    update_url = os.environ.get("GEOKG_STORE_UPDATE_URL")
    try:
        return geokg.open(path, read_only, model, auth=auth, update_url=update_url)
    except StoreError as error:
        err.print(f"[red]error:[/] {error}")
        sys.exit(EXIT_STORE)


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn(
            "{task.completed} articles · {task.fields[events]} events · {task.fields[rate]}"
        ),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


def _report_errors(errors) -> None:
    for error in errors:
        err.print(f"[red]failed:[/] {error}")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="geokg")
def main() -> None:
    """geokg: turn news articles into a geopolitical event knowledge graph.

    Articles (.txt .md .html .jsonl, RSS/Atom, directories, - for stdin) become CAMEO/PLOVER
    coded events between Wikidata-linked actors, stored as RDF you can query with SPARQL,
    explore as an HTML network and export.
    """


def _tracked(extractions, progress: Progress, task):
    started = time.perf_counter()
    events = 0
    for count, extraction in enumerate(extractions, start=1):
        events += len(extraction.events)
        rate = count / max(time.perf_counter() - started, 1e-9)
        progress.update(task, advance=1, events=events, rate=f"{rate:.1f} articles/s")
        yield extraction


def _ingest(paths, store_path, model, n_process, batch_size, resume=False, dask=None, workers=2):
    kg = _open(store_path, model=model)
    with _progress() as progress:
        task = progress.add_task("ingesting", total=None, events=0, rate="")
        try:
            report = kg.ingest(paths, n_process, batch_size, resume,
                               track=lambda stream: _tracked(stream, progress, task),
                               dask=dask, workers=workers)  # fmt: skip
        except OSError as error:
            err.print(f"[red]error:[/] writing to store {store_path} failed: {error}")
            sys.exit(EXIT_STORE)
    return kg, report


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@store_option
@model_option
@n_process_option
@batch_option
@click.option(
    "--resume", is_flag=True,
    help="Skip articles already stored with the same text (continue an interrupted run).",
)  # fmt: skip
@click.option(
    "--dask",
    default=None,
    metavar="ADDRESS",
    help="Extract on a Dask cluster: a scheduler address (tcp://host:8786) or 'local'.",
)
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(1),
    help="Worker processes for --dask local.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def ingest_command(
    paths, store_path, model, n_process, batch_size, resume, dask, workers, as_json
) -> None:
    """Extract events from PATHS and add them to the store.

    Each article is one named graph; ingesting the same article again replaces it, so the store
    ends up with exactly the same triples. RDF files (.ttl .nt .nq .trig .jsonld .rdf .owl) are
    merged by named graph instead, so exports round-trip. A file that cannot be read is named
    with the reason; the others are still ingested, and the exit code is 1.
    """
    _, report = _ingest(paths, store_path, model, n_process, batch_size, resume, dask, workers)
    _report_errors(report.errors)
    summary = {
        "articles": report.articles,
        "skipped": report.skipped,
        "events": report.events,
        "triples_written": report.triples,
        "imported_graphs": report.imported_graphs,
        "failed": report.failed,
        "store": store_path,
    }
    if as_json:
        out.print_json(data=summary)
    else:
        out.print(
            f"ingested {report.articles} articles, {report.events} events, "
            f"{report.triples} triples into {store_path}; "
            + (f"{report.skipped} unchanged skipped; " if resume else "")
            + f"{report.failed} failed"
        )
    sys.exit(EXIT_PARTIAL if report.failed else 0)


def _event_table(rows) -> Table:
    table = Table(expand=True)
    for column in ("date", "source", "event", "target", "trigger", "modality"):
        table.add_column(column, no_wrap=True)
    table.add_column("sentence", ratio=1, overflow="ellipsis", no_wrap=True)
    for record in rows:
        table.add_row(
            record.date or "",
            record.source.cameo or record.source.label,
            f"{record.cameo} {record.plover or ''}".strip(),
            record.target.cameo or record.target.label,
            record.trigger,
            ("not " if record.negated else "") + record.modality,
            record.sentence,
        )
    return table


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="table",
    show_default=True,
    help="jsonl: one event record per line (the geokg event contract); table: for reading.",
)
@click.option(
    "--date", "day", default=None,
    help="Publication date (ISO) for inputs that carry none: anchors \"on Wednesday\".",
)  # fmt: skip
@model_option
@n_process_option
@batch_option
def extract_command(paths, fmt, day, model, n_process, batch_size) -> None:
    """Print the events found in PATHS, without touching the store."""
    from dataclasses import replace

    from geokg.loaders.articles import Article, load_articles
    from geokg.pipeline import extract_articles

    published = _date_option(day, "--date")
    articles = (
        replace(a, published=published.isoformat())
        if published and isinstance(a, Article) and not a.published
        else a
        for a in load_articles(paths)
    )
    errors = []
    records = []
    for extraction in extract_articles(
        articles, errors.append, model=model, batch_size=batch_size, n_process=n_process
    ):
        if fmt == "jsonl":
            for record in extraction.events:
                click.echo(json.dumps(record.to_json(), ensure_ascii=False))
        else:
            records.extend(extraction.events)
    if fmt == "table":
        out.print(_event_table(records))
        out.print(f"{len(records)} events")
    _report_errors(errors)
    sys.exit(EXIT_PARTIAL if errors else 0)


def _term_text(term) -> str:
    if term is None:
        return ""
    from geokg.ontology import PREFIXES

    value = term.value
    if type(term).__name__ == "NamedNode":
        for prefix, namespace in PREFIXES.items():
            if value.startswith(str(namespace)):
                return f"{prefix}:{value[len(str(namespace)) :]}"
    return value


def print_result(result, fmt: str) -> None:
    from geokg.queries.results import serialize

    if result.triples is not None:
        sys.stdout.buffer.write(serialize(result, "text/turtle")[1])
        return
    media = {"json": "application/sparql-results+json", "csv": "text/csv",
             "tsv": "text/tab-separated-values"}.get(fmt)  # fmt: skip
    if media is not None:
        sys.stdout.buffer.write(serialize(result, media)[1])
        if fmt == "json":
            sys.stdout.buffer.write(b"\n")
        sys.stdout.flush()
        return
    if result.boolean is not None:
        out.print(str(result.boolean).lower())
        return
    table = Table()
    for variable in result.variables:
        table.add_column(variable, overflow="fold")
    for row in result.rows:
        table.add_row(*(_term_text(t) for t in row))
    out.print(table)
    out.print(f"{len(result.rows)} rows")


@main.command("query")
@click.argument("query", required=False)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a query parameter (repeatable).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="json is SPARQL 1.1 JSON results; CONSTRUCT/DESCRIBE always print Turtle.",
)
@click.option("--limit", type=click.IntRange(1), default=None, help="At most this many rows.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries.")
@store_option
def query_command(query, params, fmt, limit, list_queries, store_path) -> None:
    """Run a named query, a .rq file or a SPARQL string against the store.

    \b
    geokg query --list
    geokg query alliances --param since=2024-01-01
    geokg query 'SELECT (COUNT(*) AS ?n) WHERE { ?e a gk:Event }'
    """
    from geokg.errors import QueryError
    from geokg.queries.runner import named_queries

    if list_queries or not query:
        table = Table("name", "parameters", "what it answers")
        for named in named_queries().values():
            params_text = ", ".join(f"{p.name}={p.default} ({p.type})" for p in named.params)
            table.add_row(named.name, params_text, named.summary)
        out.print(table)
        return
    values = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="--param")
        values[name.strip()] = value
    kg = _open(store_path, read_only=True)
    try:
        result = kg.query(query, limit=limit, **values)
    except QueryError as error:
        err.print(f"[red]error:[/] {error}")
        sys.exit(EXIT_USAGE)
    print_result(result, fmt)


def _date_option(value: str | None, option: str):
    """The date given to `option`, or None; a usage error (exit 2) names the option."""
    from geokg.loaders.dates import parse_date

    if value is None:
        return None
    day = parse_date(value)
    if day is None:
        raise click.BadParameter(f"not a date: {value!r}", param_hint=option)
    return day


def _date_window(since: str | None, until: str | None) -> dict:
    window = {"since": _date_option(since, "--since"), "until": _date_option(until, "--until")}
    return {name: day for name, day in window.items() if day is not None}


def _summary(kg, limit: int = 8) -> None:
    from geokg.graph.network import ranked_relations

    pairs = kg.relations()
    for kind, title in (
        ("positive", "Alliances and cooperation"),
        ("negative", "Tensions and conflict"),
    ):
        table = Table(title=title, title_justify="left")
        for column in ("pair", "relation", "events", "Goldstein sum"):
            table.add_column(column)
        for a, b, data in ranked_relations(pairs, kind, limit):
            table.add_row(
                f"{a} – {b}", data["relation"], str(data["count"]), f"{data['goldstein']:+.1f}"
            )
        out.print(table)


@main.command("viz")
@click.option(
    "-o",
    "--output",
    default="geokg-map.html",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="HTML file to write.",
)
@since_option
@until_option
@min_events_option
@store_option
def viz_command(output, since, until, min_events, store_path) -> None:
    """Write the alliance/tension map: one offline HTML file, or a static PNG/SVG."""
    window = _date_window(since, until)
    kg = _open(store_path, read_only=True)
    path = kg.visualize(output, min_events=min_events, **window)
    graph = kg.to_networkx(min_events=min_events, **window)
    out.print(
        f"wrote {path} ({graph.number_of_nodes()} actors, {graph.number_of_edges()} relations)"
    )


@main.command("export")
@click.option(
    "--format", "fmt", default="ttl", show_default=True,
    type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld", "xml", "events", "graphml", "gexf",
                       "neo4j"]),
    help="RDF (nq, trig and jsonld keep one named graph per article); events: GDELT-style TSV; "
    "graphml/gexf: the actor graph; neo4j: actors.csv + relations.csv in the -o folder.",
)  # fmt: skip
@click.option(
    "-o",
    "--output",
    default="-",
    show_default=True,
    type=click.Path(allow_dash=True),
    help="File (a folder for neo4j), or - for stdout.",
)
@click.option("--graph", default=None, help="RDF: only this named graph (an article IRI).")
@click.option(
    "--actor",
    "actors",
    multiple=True,
    help="Only events of this actor (ISO3/CAMEO code, QID or name; repeatable). People count "
    "for their country.",
)
@click.option("--root", "roots", multiple=True, help="Only this CAMEO root, e.g. 19 (repeatable).")
@click.option(
    "--quad-class",
    "quad_classes",
    multiple=True,
    type=click.IntRange(1, 4),
    help="Only this QuadClass: 1 verbal/2 material cooperation, 3 verbal/4 material conflict.",
)
@since_option
@until_option
@store_option
def export_command(fmt, output, graph, actors, roots, quad_classes, since, until, store_path):
    """Export the graph: RDF, the event table, or the actor network (streamed where it can).

    With filters, RDF holds the selected events with their articles and actors.
    """
    window = _date_window(since, until)
    kg = _open(store_path, read_only=True)
    if fmt in ("graphml", "gexf", "neo4j"):
        if output == "-":
            raise click.BadParameter("needs a file or folder", param_hint="-o")
        written = kg.export(output, fmt, **window)
        err.print("wrote " + ", ".join(str(p) for p in written))
        return
    selection = kg.selection(actors=actors, roots=roots, quad_classes=quad_classes, **window)
    handle = sys.stdout.buffer if output == "-" else open(output, "wb")  # noqa: SIM115
    try:
        rows = kg.write(handle, fmt, graph, selection)
        if rows is not None:
            err.print(f"{rows} events")
    except ValueError as error:
        err.print(f"[red]error:[/] {error}")
        sys.exit(EXIT_USAGE)
    finally:
        if handle is not sys.stdout.buffer:
            handle.close()
            err.print(f"wrote {output}")
        else:
            handle.flush()


@main.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@store_option
def stats_command(as_json, store_path) -> None:
    """Counts of articles, events, actors, triples and graphs in the store."""
    stats = {**_open(store_path, read_only=True).stats(), "store": store_path}
    if as_json:
        out.print_json(data=stats)
        return
    table = Table("", "count")
    for key, value in stats.items():
        table.add_row(key, str(value))
    out.print(table)


@main.command("demo")
@click.option(
    "-o",
    "--output",
    default="geokg-demo.html",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="HTML map to write.",
)
@click.option(
    "--store",
    "store_path",
    default="geokg-demo-data",
    show_default=True,
    help="Store directory for the demo graph.",
)
@click.argument("extra", nargs=-1)
def demo_command(output, store_path, extra) -> None:
    """Ingest the bundled sample articles (plus any EXTRA paths), write the map, summarise."""
    from geokg.api import sample_corpus

    kg, report = _ingest([sample_corpus(), *extra], store_path, None, 1, 64)
    _report_errors(report.errors)
    out.print(f"ingested {report.articles} articles, {report.events} events into {store_path}")
    _summary(kg)
    path = kg.visualize(output)
    graph = kg.to_networkx()
    out.print(
        f"map: {path.resolve()} ({graph.number_of_nodes()} actors, "
        f"{graph.number_of_edges()} relations) — open it in a browser, no network needed"
    )
    sys.exit(EXIT_PARTIAL if report.failed else 0)


@main.command("actors")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--date", "day", default=None, help="Article date (ISO) for terms of office.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per mention.")
@model_option
def actors_command(inputs, day, as_json, model) -> None:
    """Show each actor mention in TEXT or FILEs, the actor it resolved to, and the rule.

    \b
    geokg actors "Pyongyang warned Seoul; the North said Kim would respond."
    geokg actors article.html --json
    """
    from geokg.loaders.actors import ArticleActors
    from geokg.loaders.articles import Article, ArticleFields, load_articles, make_article
    from geokg.loaders.nlp import load_nlp

    anchor = _date_option(day, "--date")
    if all(Path(i).exists() or i == "-" for i in inputs):
        items = list(load_articles(inputs))
    else:
        items = [make_article(ArticleFields(text=" ".join(inputs)), "<text>")]
    errors = [i for i in items if not isinstance(i, Article)]
    articles = [i for i in items if isinstance(i, Article)]
    nlp = load_nlp(model)
    several = len(articles) > 1
    table = Table(*(["article"] if several else []), "mention", "actor", "CAMEO", "QID", "rule")
    for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True):
        for mention in ArticleActors(doc, anchor or article.published_date).mentions:
            actor = mention.actor
            if as_json:
                click.echo(
                    json.dumps(
                        {
                            "article_id": article.id,
                            "mention": mention.text,
                            "start_token": mention.start,
                            **actor.record(),
                            "rule": mention.rule,
                        },
                        ensure_ascii=False,
                    )
                )
            else:
                table.add_row(
                    *([article.id[:12]] if several else []),
                    mention.text,
                    actor.label,
                    actor.cameo or "",
                    actor.wikidata or "",
                    mention.rule,
                )
    if not as_json:
        out.print(table)
    _report_errors(errors)
    sys.exit(EXIT_PARTIAL if errors else 0)


@main.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--errors",
    "show_errors",
    default=20,
    show_default=True,
    help="How many misses and false hits to list.",
)
@model_option
def evaluate_command(gold, as_json, show_errors, model) -> None:
    """Score extraction against a GOLD JSONL file: precision, recall, F1, and the errors.

    The kind of gold is read from the file: lines with "actors" score actor resolution, lines
    with "events" score event coding on (source, target, CAMEO root) and on PLOVER types, with
    a confusion table of CAMEO roots.
    """
    from geokg.evaluate import evaluate_actors, evaluate_events, gold_kind, read_gold

    records = read_gold(gold)
    try:
        kind = gold_kind(records)
    except ValueError as error:
        err.print(f"[red]error:[/] {error}")
        sys.exit(EXIT_USAGE)
    if kind == "actors":
        scores = {"actors": evaluate_actors(records, model)}
        confusion = None
    else:
        result = evaluate_events(records, model)
        scores = {
            "events (source, target, CAMEO root)": result.roots,
            "events (source, target, PLOVER)": result.plover,
        }
        confusion = result.confusion
    if as_json:
        data = {"kind": kind, "items": len(records)}
        for name, score in scores.items():
            data[name] = score.as_dict()
        if confusion:
            data["root_confusion"] = [
                {"gold": g, "predicted": p, "count": n} for (g, p), n in confusion.most_common()
            ]
        out.print_json(data=data)
        return
    table = Table(title=f"{kind}: {len(records)} texts", title_justify="left")
    for column in ("scored on", "precision", "recall", "F1", "TP", "FP", "FN"):
        table.add_column(column, justify="right")
    for name, score in scores.items():
        table.add_row(
            name,
            f"{score.precision:.3f}",
            f"{score.recall:.3f}",
            f"{score.f1:.3f}",
            str(score.true_positives),
            str(score.false_positives),
            str(score.false_negatives),
        )
    out.print(table)
    if confusion:
        matrix = Table(
            "gold root", "predicted root", "count", title="root confusion", title_justify="left"
        )
        for (gold_root, predicted_root), count in confusion.most_common():
            matrix.add_row(gold_root, predicted_root, str(count))
        out.print(matrix)
    first = next(iter(scores.values()))
    if first.errors and show_errors:
        errors = Table("kind", "item", "text", title="errors", title_justify="left")
        for item in first.errors[:show_errors]:
            errors.add_row(item["kind"], item["item"], item["text"])
        out.print(errors)


@main.command("serve")
@store_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind; anything but loopback exposes the endpoint.",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(0.1),
    help="Seconds a query may run before it is killed (HTTP 503).",
)
@click.option(
    "--max-rows",
    default=10_000,
    show_default=True,
    type=click.IntRange(1),
    help="Results with more rows are refused (HTTP 422).",
)
@click.option(
    "--allow-updates", is_flag=True, help="Accept SPARQL updates from requests carrying the token."
)
@click.option(
    "--token",
    envvar="GEOKG_UPDATE_TOKEN",
    default=None,
    help="Bearer token for updates (env GEOKG_UPDATE_TOKEN).",
)
@click.option("--verbose", is_flag=True, help="Log every request.")
def serve_command(store_path, host, port, timeout, max_rows, allow_updates, token, verbose):
    """Serve the store as a SPARQL 1.1 endpoint (read-only unless --allow-updates --token).

    \b
    /sparql             SPARQL 1.1 Protocol (GET, POST form, application/sparql-query)
    /rdf-graph-store    Graph Store Protocol, read: ?graph=IRI
    /                   query page with the named queries; /map the HTML map; /health
    """
    from geokg.graph.checkpoints import Checkpoints
    from geokg.graph.viz import render_html
    from geokg.queries.server import Settings, make_server

    if is_endpoint(store_path):
        raise click.BadParameter("serve needs a store directory; a remote store is already an "
                                 "endpoint", param_hint="--store")  # fmt: skip
    if allow_updates and not token:
        raise click.BadParameter("--allow-updates needs --token (or GEOKG_UPDATE_TOKEN)")
    kg = _open(store_path, read_only=True)
    Checkpoints(Path(store_path)).publish_if_free()  # a killed writer's last commit included
    kg.store.close()
    kg = _open(store_path, read_only=True)
    settings = Settings(
        store=Path(store_path),
        timeout=timeout,
        max_rows=max_rows,
        update_token=token if allow_updates else None,
        map_html=render_html(kg.to_networkx()),
    )
    kg.store.close()  # the endpoint's query processes open the store themselves
    server = make_server(settings, host, port, verbose)
    bound_host, bound_port = server.server_address[:2]
    err.print(
        f"geokg SPARQL endpoint on http://{bound_host}:{bound_port}/sparql "
        f"({'updates with token' if settings.update_token else 'read-only'}); Ctrl-C stops"
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command("analyze")
@since_option
@until_option
@min_events_option
@click.option(
    "--top",
    default=15,
    show_default=True,
    type=click.IntRange(1),
    help="Actors to list in the table.",
)
@click.option("--json", "as_json", is_flag=True, help="Print everything as JSON.")
@store_option
def analyze_command(since, until, min_events, top, as_json, store_path) -> None:
    """Centrality, blocs, structural balance, and each actor's allies and adversaries."""
    from geokg.graph.analytics import analyze

    window = _date_window(since, until)
    pairs = _open(store_path, read_only=True).relations(min_events=min_events, **window)
    analysis = analyze(pairs)
    labels = {node: data["label"] for node, data in pairs.nodes(data=True)}
    if as_json:
        out.print_json(data=analysis.as_dict(labels))
        return
    table = Table(title="Actors by centrality in cooperation", title_justify="left")
    for column in ("actor", "bloc", "eigenvector", "degree", "allies", "adversaries"):
        table.add_column(column)
    for row in analysis.as_dict(labels)["actors"][:top]:
        table.add_row(
            row["label"],
            str(row["bloc"]),
            f"{row['eigenvector']:.3f}",
            f"{row['degree']:.2f}",
            ", ".join(labels[a] for a in row["allies"][:4]),
            ", ".join(labels[a] for a in row["adversaries"][:4]),
        )
    out.print(table)
    if analysis.balance is None:
        out.print("structural balance: no triangles of tied actors yet")
    else:
        out.print(
            f"structural balance: {analysis.balance:.0%} of {len(analysis.triangles)} "
            "triangles balanced"
        )
        for triangle in analysis.unbalanced():
            names = " – ".join(labels[a] for a in triangle.actors)
            signs = " ".join("+" if s > 0 else "−" for s in triangle.signs)
            out.print(f"  unbalanced: {names} ({signs})")


@main.command("validate")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the violations as JSON.")
@store_option
def validate_command(file, as_json, store_path) -> None:
    """Check the store (or an RDF FILE) against the SHACL shapes; exit 1 on violations."""
    from dataclasses import asdict

    from geokg.graph.validate import validate_file

    violations = validate_file(file) if file else _open(store_path, read_only=True).validate()
    if as_json:
        out.print_json(data=[asdict(v) for v in violations])
    elif violations:
        table = Table("node", "property", "problem", "value", title="SHACL violations",
                      title_justify="left")  # fmt: skip
        for v in violations:
            table.add_row(v.focus, v.path.rsplit("#", 1)[-1], v.message, v.value or "")
        out.print(table)
    else:
        out.print(f"{file or store_path} conforms to the geokg shapes")
    sys.exit(EXIT_PARTIAL if violations else 0)
