"""The `geokg` command line: each command is one call into the Python API (`geokg/api.py`)
plus output, laid out by `geokg/render.py`.

Exit codes, for scripts: 0 everything worked; 1 some inputs failed (named on stderr) while the
rest was processed; 2 usage error (bad option, unknown query or parameter); 3 the store could
not be opened or written. Each `GeokgError` carries its code (`geokg/errors.py`).
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import sys
import threading
from contextlib import suppress
from dataclasses import asdict

import click
from rich.console import Console

from geokg import render
from geokg.errors import EXIT_PARTIAL, GeokgError
from geokg.graph.store import DEFAULT_STORE
from geokg.options import extract_options, ingest_options, model_option, option, stack

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)
EXPORT_FORMATS = ["ttl", "nt", "nq", "trig", "jsonld", "xml", "events", "graphml", "gexf", "neo4j"]


class Commands(click.Group):
    """Every command's `GeokgError` becomes its message on stderr and its exit code."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except GeokgError as error:
            err.print(f"[red]error:[/] {error}")
            sys.exit(error.exit_code)


def output_option(default: str, help: str, **path: object):
    return option("-o", "--output", default=default, help=help, type=click.Path(**path))


store_option = option(
    "--store", "store_path", default=DEFAULT_STORE, envvar="GEOKG_STORE",
    help="Directory of the on-disk RDF store, or the URL of a SPARQL 1.1 endpoint "
    "(env GEOKG_STORE; see README, external triple stores).",
)  # fmt: skip
json_option = click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
date_option = click.option("--date", "day", help="Publication date (ISO) for inputs without "
                           'one: anchors "on Wednesday" and terms of office.')  # fmt: skip
window_options = stack(
    click.option("--since", help="First day (ISO date) of events."),
    click.option("--until", help="Last day (ISO date) of events."),
)
min_events_option = option("--min-events", default=1, type=click.IntRange(1),
                           help="Leave out relations with fewer events.")  # fmt: skip
fold_option = click.option(
    "--fold", multiple=True, type=click.Choice(["countries", "members"]),
    help="Merge actors on the actor graph: 'countries' counts armed groups under the country "
    "they are based in (people and state bodies always count under theirs), 'members' shows an "
    "organisation as its member states where the gazetteer lists them; repeatable. "
    "Example: --fold countries --fold members")  # fmt: skip


def _open(path: str, read_only: bool = False, model: str | None = None):
    """The knowledge graph at `path`; credentials for a SPARQL server come from the
    environment (GEOKG_STORE_USER, GEOKG_STORE_PASSWORD, GEOKG_STORE_UPDATE_URL)."""
    import geokg

    user = os.environ.get("GEOKG_STORE_USER")
    auth = (user, os.environ.get("GEOKG_STORE_PASSWORD", "")) if user else None
    return geokg.open(path, read_only, model, auth, os.environ.get("GEOKG_STORE_UPDATE_URL"))


def _warn_dictionaries(options) -> None:
    """Name the rows of the user's --verbs/--actors files that are skipped (the rest load)."""
    from geokg.api import dictionary_problems

    for problem in dictionary_problems(options):
        err.print(f"[yellow]skipped:[/] {problem}")


def _failed(failures) -> int:
    """Name each failed input on stderr; the exit code: 1 if there was one, else 0."""
    for failure in failures:
        err.print(f"[red]failed:[/] {failure}")
    return EXIT_PARTIAL if failures else 0


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="geokg")
def main() -> None:
    """geokg: turn news articles into a geopolitical event knowledge graph.

    Articles (.txt .md .html .jsonl, RSS/Atom, directories, - for stdin) become CAMEO/PLOVER
    coded events between Wikidata-linked actors, stored as RDF you can query with SPARQL,
    explore as an HTML network and export.
    """


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@store_option
@ingest_options
@json_option
def ingest_command(paths, store_path, options, as_json) -> None:
    """Extract events from PATHS and add them to the store.

    Each article is one named graph; ingesting the same article again replaces it, so the store
    ends up with exactly the same triples. RDF files (.ttl .nt .nq .trig .jsonld .rdf .owl) are
    merged by named graph instead, so exports round-trip. A file that cannot be read is named
    with the reason; the others are still ingested, and the exit code is 1.

    An article is dated by its metadata, else by its dateline ("SEOUL, June 19 (AP) -"), else
    by --date; one left undated is counted in the summary, and date windows leave its events
    out.

    A URL is fetched politely (robots.txt, a delay per host, retries on 429/5xx, a size cap)
    and its article read from the page; a file whose lines are all URLs stands for those
    pages. Each page that fails is named with its reason.

    \b
    geokg ingest articles/ feed.rss more.jsonl --store geokg-data
    geokg ingest notes/*.txt --date 2024-06-21
    geokg ingest https://news.example.org/world/pact links.txt --store geokg-data
    """
    _warn_dictionaries(options)
    kg = _open(store_path, model=options.model)
    report = kg.ingest(paths, options, track=render.progress(err))
    for unsupported in report.unsupported:
        err.print(str(unsupported), style="yellow", markup=False)
    code = _failed(report.errors)
    if as_json:
        out.print_json(data={**report.as_dict(), "store": store_path})
    else:
        out.print(render.ingested(report, store_path, options.resume))
    sys.exit(code)


@main.command("watch")
@click.argument("feeds", nargs=-1, required=True)
@store_option
@option("--interval", default=900.0, type=click.FloatRange(0), help="Seconds between polls.")
@click.option("--once", is_flag=True, help="Poll once and exit (for cron).")
@ingest_options
@click.option("--json", "as_json", is_flag=True, help="One JSON summary per poll, per line.")
def watch_command(feeds, store_path, interval, once, options, as_json) -> None:
    """Poll RSS/Atom FEEDS and ingest the articles of their new entries, until stopped.

    Each poll asks with the feed's ETag and Last-Modified, fetches only entries not seen
    before, and ingests them as `ingest` does. A story found under two URLs (same canonical
    URL or same text) is one article with both. What was seen is kept in the store folder and
    saved only after the articles are stored, so a restart, even after kill -9, goes on where
    it stopped. An entry whose page fails is tried again at the next polls (3 attempts).
    Ctrl-C or SIGTERM finish the current poll, then stop. Exit code with --once: 1 if
    something failed.

    \b
    geokg watch https://news.example.org/world.rss --store geokg-data --interval 900
    geokg watch https://news.example.org/world.rss --once   # from cron
    """
    _warn_dictionaries(options)
    kg = _open(store_path, model=options.model)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    number, code = 0, 0
    while not stop.is_set():
        number += 1
        report = kg.poll_feeds(feeds, options, track=render.progress(err))
        for feed in report.feeds:
            err.print(render.feed_polled(feed), markup=False)
        code = _failed(report.errors)
        if as_json:
            click.echo(json.dumps({"poll": number, **report.as_dict(), "store": store_path}))
        else:
            out.print(render.polled(report, number, store_path), markup=False)
        if once:
            break
        stop.wait(interval)
    sys.exit(code if once else 0)


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table", help="jsonl: "
        "one event record per line (the geokg event contract); table: for reading.")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="The same as --format jsonl.")
@date_option
@extract_options
def extract_command(paths, fmt, as_json, day, options) -> None:
    """Print the events found in PATHS, without touching the store.

    \b
    echo "South Korea condemned the launch." | geokg extract - --date 2024-06-21
    geokg extract article.html --format jsonl
    geokg extract article.txt --json | jq .cameo
    """
    from geokg.api import extract_files

    fmt = "jsonl" if as_json else fmt

    _warn_dictionaries(options)
    failures: list = []
    records = []
    for extraction in extract_files(paths, day, options, failures.append):
        if fmt == "table":
            records.extend(extraction.events)
            continue
        for record in extraction.events:
            click.echo(json.dumps(record.to_json(), ensure_ascii=False))
    if fmt == "table":
        out.print(render.events(records), f"{len(records)} events", sep="\n")
    sys.exit(_failed(failures))


@main.command("query")
@click.argument("query", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query parameter (repeatable), e.g. -p since=2024-01-01.")  # fmt: skip
@option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
        help="json: SPARQL 1.1 JSON results (with --list: the queries and their parameters). "
        "CONSTRUCT/DESCRIBE always print Turtle.")  # fmt: skip
@click.option("--limit", type=click.IntRange(1),
              help="Rows per page of a query that lists events (default 100; with --all "
              "10000), else at most this many rows, e.g. --limit 20.")  # fmt: skip
@click.option("--all", "every_page", is_flag=True,
              help="Follow the cursors and print every page: CSV/TSV with one header, JSON "
              "one results document per line, e.g. geokg query event-table --all "
              "--format csv.")  # fmt: skip
@click.option("--list", "list_queries", is_flag=True, help="List the named queries.")
@store_option  # fmt: skip
def query_command(query, params, fmt, limit, every_page, list_queries, store_path) -> None:
    """Run a named query, a .rq file or a SPARQL string against the store.

    A misspelt name is answered with the nearest one ("did you mean alliances?"), exit code 2.
    Queries that list events answer a page at a time (--limit rows, 100 by default); when
    there are more, stderr names the next page's cursor ("next page: --param after=...").

    \b
    geokg query --list
    geokg query alliances --param since=2024-01-01
    geokg query recent-events --limit 20
    geokg query event-table --all --format csv > events.csv
    geokg query 'SELECT (COUNT(*) AS ?n) WHERE { ?e a gk:Event }'
    """
    from geokg.api import named_queries
    from geokg.queries.runner import load_query

    if list_queries or not query:
        if fmt == "json":
            return out.print_json(data=[q.as_dict() for q in named_queries().values()])
        return out.print(render.named_queries(named_queries()))
    if bad := [item for item in params if "=" not in item]:
        raise click.BadParameter(f"expected NAME=VALUE, got {bad[0]!r}", param_hint="--param")
    values = {name.strip(): value for name, _, value in (p.partition("=") for p in params)}
    load_query(query)  # an unknown name fails here, before the store is opened
    kg = _open(store_path, read_only=True)
    if every_page:
        for number, page in enumerate(kg.pages(query, limit=limit or 10_000, **values)):
            _print_result(page, fmt, header=number == 0)
        return None
    result = kg.query(query, limit=limit, **values)
    _print_result(result, fmt)
    if result.next_after is not None:
        err.print(f"next page: --param after={shlex.quote(result.next_after)}", markup=False)
    return None


def _print_result(result, fmt: str, header: bool = True) -> None:
    """One result (or page) on stdout; `header` False leaves out a CSV/TSV page's header line,
    so pages concatenate into one table (a JSON page is one line of its own)."""
    from geokg.queries.results import SHORT_NAMES, serialize

    if result.triples is None and fmt == "table":
        return out.print(*render.result_rows(result), sep="\n")
    media, body = serialize(result, SHORT_NAMES.get(fmt, "text/turtle"))
    if not header and fmt in ("csv", "tsv"):
        body = body.split(b"\n", 1)[1]
    sys.stdout.buffer.write(body + b"\n" * media.endswith("+json"))
    return None


@main.command("viz")
@output_option("geokg-map.html", "HTML (or .png/.svg) file to write.", dir_okay=False)
@window_options
@min_events_option
@fold_option
@option("--layout", default="auto", type=click.Choice(["auto", "groups", "geo"]),
        help="groups: connected groups packed in rows; geo: countries at their capitals, "
        "organisations at their members' centre; auto: geo when most actors are countries. "
        "Example: --layout geo")  # fmt: skip
@store_option
def viz_command(output, since, until, min_events, fold, layout, store_path) -> None:
    """Write the alliance/tension map: one offline HTML file, or a static PNG/SVG.

    \b
    geokg viz -o map.html --since 2024-01-01
    geokg viz -o world.html --layout geo --fold countries
    """
    kg = _open(store_path, read_only=True)
    path = kg.visualize(output, since, until, min_events, fold, layout)
    graph = kg.to_networkx(since, until, min_events, fold)
    out.print(f"wrote {path} {render.size(graph)}")


@main.command("export")
@option("--format", "fmt", default="ttl", type=click.Choice(EXPORT_FORMATS),
        help="RDF (nq, trig and jsonld keep one named graph per article); events: GDELT-style "
        "TSV (codes are text: read eventCode and rootCode as strings); graphml/gexf: the actor "
        "graph; neo4j: actors.csv + relations.csv in the -o folder.")  # fmt: skip
@output_option("-", "File (a folder for neo4j), or - for stdout.", allow_dash=True)
@click.option("--graph", help="RDF: only this named graph (an article IRI).")
@click.option("--flat", is_flag=True, help="nq, trig, jsonld: the union of all graphs as the "
              "default graph, for readers of one graph such as rdflib.Graph.")  # fmt: skip
@click.option("--actor", "actors", multiple=True, help="Only events of this actor (ISO3/CAMEO "
              "code, QID or name; repeatable). People count for their country.")  # fmt: skip
@click.option("--root", "roots", multiple=True, help="Only this CAMEO root, e.g. 19 (repeatable).")
@click.option("--quad-class", "quad_classes", multiple=True, type=click.IntRange(1, 4),
              help="Only this QuadClass: 1 verbal/2 material cooperation, 3 verbal/4 material "
              "conflict.")  # fmt: skip
@window_options
@fold_option
@store_option  # fmt: skip
def export_command(fmt, output, graph, flat, actors, roots, quad_classes, since, until, fold,
                   store_path):  # fmt: skip
    """Export the graph: RDF, the event table, or the actor network (streamed where it can).

    With filters, RDF holds the selected events with their articles and actors. The event
    table's columns and their types are listed in the README (ontology/event_columns.tsv).

    \b
    geokg export --format trig -o graph.trig
    geokg export --format jsonld --flat -o graph.jsonld
    geokg export --format events --actor Ukraine --root 19 -o war.tsv
    geokg export --format graphml --fold countries -o actors.graphml
    """
    kg = _open(store_path, read_only=True)
    selection = kg.selection(since, until, actors, roots, quad_classes)
    target = sys.stdout.buffer if output == "-" else output
    written = kg.write(target, fmt, graph, selection, flat, fold)
    sys.stdout.flush()
    if written.events is not None:
        err.print(f"{written.events} events")
    if written.paths:
        err.print("wrote " + ", ".join(str(p) for p in written.paths))


@main.command("stats")
@json_option
@store_option
def stats_command(as_json, store_path) -> None:
    """Counts of articles, events, actors, quads and named graphs in the store, each with
    what it counts.

    \b
    geokg stats --store geokg-data --json
    """
    stats = {**_open(store_path, read_only=True).stats(), "store": store_path}
    if as_json:
        return out.print_json(data=stats)
    out.print(render.stats(stats))


@main.command("demo")
@output_option("geokg-demo.html", "HTML map to write.", dir_okay=False)
@option("--store", "store_path", default="geokg-demo-data", help="Store directory for the demo.")
@click.argument("extra", nargs=-1)
def demo_command(output, store_path, extra) -> None:
    """Ingest the bundled sample articles (plus any EXTRA paths), write the map, summarise.

    \b
    geokg demo --output geokg-demo.html
    """
    from geokg.api import sample_corpus

    kg = _open(store_path)
    report = kg.ingest([sample_corpus(), *extra], track=render.progress(err))
    code = _failed(report.errors)
    out.print(f"ingested {report.articles} articles, {report.events} events into {store_path}")
    out.print(render.strongest("Alliances and cooperation", kg.strongest("positive", 8)))
    out.print(render.strongest("Tensions and conflict", kg.strongest("negative", 8)))
    path = kg.visualize(output)
    size = render.size(kg.to_networkx())
    out.print(f"map: {path.resolve()} {size} — open it in a browser, no network needed")
    sys.exit(code)


@main.command("actors")
@click.argument("inputs", nargs=-1, required=True)
@date_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per mention.")
@model_option
def actors_command(inputs, day, as_json, model) -> None:
    """Show each actor mention in TEXT or FILEs, the actor it resolved to, and the rule.

    \b
    geokg actors "Pyongyang warned Seoul; the North said Kim would respond."
    geokg actors article.html --json
    """
    from geokg.api import resolve_actors

    failures: list = []
    mentions = resolve_actors(inputs, day, model, failures.append)
    if as_json:
        for record in mentions:
            click.echo(json.dumps(record, ensure_ascii=False))
    else:
        out.print(render.mentions(list(mentions)))
    sys.exit(_failed(failures))


@main.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@json_option
@option("--errors", "show_errors", default=20, help="How many misses and false hits to list.")
@model_option
def evaluate_command(gold, as_json, show_errors, model) -> None:
    """Score extraction against a GOLD JSONL file: precision, recall, F1, and the errors.

    The kind of gold is read from the file: lines with "actors" score actor resolution, lines
    with "events" score event coding on (source, target, CAMEO root) and on PLOVER types, with
    a confusion table of CAMEO roots.

    \b
    geokg evaluate tests/gold/events.jsonl --errors 5
    """
    from geokg.api import evaluate

    result = evaluate(gold, model)
    if as_json:
        return out.print_json(data=result.as_dict())
    out.print(*render.evaluation(result, show_errors), sep="\n")


@main.command("serve")
@store_option
@option("--host", default="127.0.0.1",
        help="Address to bind; anything but loopback exposes the endpoint.")  # fmt: skip
@option("--port", default=8000, type=click.IntRange(0, 65535))
@option("--timeout", default=10.0, type=click.FloatRange(0.1),
        help="Seconds a query may run before it is killed (HTTP 503).")  # fmt: skip
@option("--max-rows", default=10_000, type=click.IntRange(1),
        help="Results with more rows are refused (HTTP 422).")  # fmt: skip
@click.option("--allow-updates", is_flag=True,
              help="Accept SPARQL updates from requests carrying the token.")  # fmt: skip
@click.option("--token", envvar="GEOKG_UPDATE_TOKEN",
              help="Bearer token for updates (env GEOKG_UPDATE_TOKEN).")  # fmt: skip
@click.option("--verbose", is_flag=True, help="Log every request.")
def serve_command(store_path, host, port, timeout, max_rows, allow_updates, token, verbose):
    """Serve the store as a SPARQL 1.1 endpoint (read-only unless --allow-updates --token).

    \b
    /sparql             SPARQL 1.1 Protocol (GET, POST form, application/sparql-query)
    /rdf-graph-store    Graph Store Protocol, read: ?graph=IRI
    /                   query page with the named queries; /map the HTML map; /health
    \b
    geokg serve --store geokg-data --port 8000
    """
    from geokg.api import serve

    if allow_updates and not token:
        raise click.BadParameter("--allow-updates needs --token (or GEOKG_UPDATE_TOKEN)")
    token = token if allow_updates else None
    server = serve(store_path, host, port, timeout, max_rows, token, verbose)
    bound_host, bound_port = server.server_address[:2]
    err.print(f"geokg SPARQL endpoint on http://{bound_host}:{bound_port}/sparql "
              f"({'updates with token' if token else 'read-only'}); Ctrl-C stops")  # fmt: skip
    with suppress(KeyboardInterrupt):
        server.serve_forever()
    server.server_close()


@main.command("analyze")
@window_options
@min_events_option
@option("--top", default=15, type=click.IntRange(1), help="Actors to list in the table.")
@option("--min-support", default=2, type=click.IntRange(1),
        help="Events a pair needs (both directions) to list as allies or adversaries.")  # fmt: skip
@fold_option
@json_option
@store_option
def analyze_command(since, until, min_events, top, min_support, fold, as_json, store_path) -> None:
    """Centrality, blocs, structural balance, and each actor's allies and adversaries.

    Eigenvector centrality is computed in each connected group of cooperating actors and
    scaled by the group's size, so actors of separate groups can be ranked together.

    \b
    geokg analyze --store geokg-data --top 5
    geokg analyze --min-support 3 --json
    geokg analyze --fold members
    """
    kg = _open(store_path, read_only=True)
    analysis = kg.analyze(min_support, since=since, until=until, min_events=min_events, fold=fold)
    if as_json:
        return out.print_json(data=analysis.as_dict())
    out.print(*render.analysis(analysis, top), sep="\n")


@main.command("validate")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@json_option
@store_option
def validate_command(file, as_json, store_path) -> None:
    """Check the store (or an RDF FILE) against the SHACL shapes; exit 1 on violations.

    \b
    geokg validate --store geokg-data
    geokg validate export.trig
    """
    from geokg.api import validate_file

    violations = validate_file(file) if file else _open(store_path, read_only=True).validate()
    if as_json:
        out.print_json(data=[asdict(v) for v in violations])
    elif violations:
        out.print(render.violations(violations))
    else:
        out.print(f"{file or store_path} conforms to the geokg shapes")
    sys.exit(EXIT_PARTIAL if violations else 0)
