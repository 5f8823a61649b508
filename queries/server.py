"""`geokg serve`: a SPARQL 1.1 Protocol endpoint over the on-disk store (standard library HTTP).

- `/sparql`: queries by GET (`?query=`) or POST (form-encoded or `application/sparql-query`),
  results negotiated from `Accept` (SPARQL JSON, XML, CSV, TSV; Turtle, N-Triples or JSON-LD for
  CONSTRUCT/DESCRIBE). Updates (`update=` or `application/sparql-update`) are refused (403)
  unless the server was started with updates enabled and the request carries the token.
- `/rdf-graph-store?graph=IRI`: Graph Store Protocol, read only (GET/HEAD of one named graph).
- `/`: an offline query page with the named queries as examples; `/map`: the HTML map;
  `/health`: JSON status.

Each query runs in a forked child process that opens the store read-only: a query that passes
the time limit is killed (503) without blocking other clients, and readers never wait for an
ingest. `SERVICE` (federation) is refused; a result with more rows than the cap is refused (422).
Binds to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import html
import json
import multiprocessing
import re
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from geokg.ontology import PREFIXES
from geokg.queries.results import WRITERS
from geokg.queries.runner import named_queries

RESULT_TYPES = WRITERS  # media type -> writer for SELECT and ASK results
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
SHORT_NAMES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
}
MAX_QUERY_BYTES = 100_000
_SERVICE = re.compile(r"\bSERVICE\b", re.I)
_UPDATE = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b", re.I)
_LITERALS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s]*>|#[^\n]*'
)
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'; "
        "img-src data:; connect-src 'self'"
    ),
}


@dataclass
class Settings:
    store: Path
    timeout: float = 10.0
    max_rows: int = 10_000
    update_token: str | None = None  # updates are allowed only when this is set
    map_html: str | None = None


class ClientError(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


def keywords_outside_literals(text: str) -> str:
    """The query with strings, IRIs and comments blanked, so keyword checks see only syntax."""
    return _LITERALS.sub(" ", text)


def negotiate(accept: str, offered: dict, fallback: str) -> str:
    """The first media type in `accept` (by q-value) that we offer, else `fallback`."""
    ranked = []
    for position, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        quality = 1.0
        match = re.search(r"q=([0-9.]+)", params)
        if match:
            quality = float(match.group(1))
        ranked.append((-quality, position, media.strip().lower()))
    for _, _, media in sorted(ranked):
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return fallback
    return fallback


def _run_query(store: str, query: str, media: str, max_rows: int, pipe) -> None:
    """In the child process: open read-only, run, serialise; send (status, media, body)."""
    try:
        prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
        answer = _open_and_query(store, query, prefixes)
        if isinstance(answer, ox.QueryTriples):
            graph_media = media if media in GRAPH_TYPES else "text/turtle"
            triples = []
            for triple in answer:
                triples.append(triple)
                if len(triples) > max_rows:
                    pipe.send((422, "text/plain", f"more than {max_rows} triples; add a LIMIT"))
                    return
            turtle = graph_media == "text/turtle"
            body = ox.serialize(
                triples, format=GRAPH_TYPES[graph_media], prefixes=prefixes if turtle else None
            )
            pipe.send((200, graph_media, body))
            return
        result_media = media if media in RESULT_TYPES else "application/sparql-results+json"
        if isinstance(answer, ox.QueryBoolean):
            pipe.send((200, result_media, RESULT_TYPES[result_media]([], [], bool(answer))))
            return
        variables = [v.value for v in answer.variables]
        rows = []
        for solution in answer:
            rows.append([solution[v] for v in variables])
            if len(rows) > max_rows:
                pipe.send((422, "text/plain", f"more than {max_rows} rows; add a LIMIT"))
                return
        pipe.send((200, result_media, RESULT_TYPES[result_media](variables, rows)))
    except SyntaxError as error:
        pipe.send((400, "text/plain", f"SPARQL syntax error: {error}"))
    except Exception as error:  # the client gets the kind of failure, never a traceback
        pipe.send((500, "text/plain", f"query failed ({type(error).__name__})"))


def _open_and_query(store: str, query: str, prefixes: dict):
    """A read-only view opened while a writer compacts can miss files that were just merged
    away (RocksDB reports 'Corruption: ... No such file'); opening again sees the new state."""
    for attempt in range(4):
        try:
            return ox.Store.read_only(store).query(
                query, use_default_graph_as_union=True, prefixes=prefixes
            )
        except RuntimeError as error:
            if "No such file" not in str(error):
                raise
            time.sleep(0.05 * (attempt + 1))
    return ox.Store.read_only(store).query(
        query, use_default_graph_as_union=True, prefixes=prefixes
    )


def execute(settings: Settings, query: str, media: str) -> tuple[int, str, bytes]:
    """Run one query in a child process, killed after the time limit."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_run_query, args=(str(settings.store), query, media, settings.max_rows, sender)
    )
    child.start()
    sender.close()
    try:
        if receiver.poll(settings.timeout):
            status, result_media, body = receiver.recv()
            return status, result_media, body if isinstance(body, bytes) else body.encode()
        return (
            503,
            "text/plain",
            (f"query timed out after {settings.timeout:g} s; narrow it or add a LIMIT".encode()),
        )
    except EOFError:
        return 500, "text/plain", b"query process ended without an answer"
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()


def check_query(query: str) -> None:
    if len(query.encode("utf-8")) > MAX_QUERY_BYTES:
        raise ClientError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "query too large")
    syntax = keywords_outside_literals(query)
    if _SERVICE.search(syntax):
        raise ClientError(HTTPStatus.FORBIDDEN, "SERVICE (federated query) is not allowed here")


def query_page() -> str:
    """The offline query page: a form, the named queries as examples, a table of results
    built with textContent (no HTML from data is ever parsed)."""
    examples = "".join(
        f'<option value="{html.escape(q.text, quote=True)}">{html.escape(name)}'
        f" — {html.escape(q.description[:80])}</option>"
        for name, q in named_queries().items()
    )
    return _PAGE.replace("{examples}", examples)


_PAGE = r"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>geokg SPARQL</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5em; }
textarea { width: 100%; height: 14em; font-family: monospace; }
table { border-collapse: collapse; margin-top: 1em; font-size: 13px; }
td, th { border: 1px solid #ccc; padding: 3px 6px; vertical-align: top; }
#status { margin-top: .5em; color: #555; }
</style></head>
<body>
<h1>geokg SPARQL endpoint</h1>
<p>Prefixes gk:, gkid:, cameo:, plover:, sem:, schema:, prov:, wd:, skos:, rdfs: are predefined.
Named queries (<code>$parameters</code> keep their defaults here; bind them with
<code>geokg query NAME --param</code>): <a href="/map">alliance/tension map</a>.</p>
<select id="examples"><option value="">— examples —</option>{examples}</select>
<form id="form"><textarea id="query" name="query">SELECT ?event ?cameo ?sentence WHERE {
  ?event a gk:Event ; gk:cameoCode ?cameo ; gk:sentence ?sentence .
} LIMIT 20</textarea><br><button type="submit">Run</button></form>
<div id="status"></div><table id="results"></table>
<script>
const form = document.getElementById("form"), box = document.getElementById("query");
document.getElementById("examples").addEventListener("change", (e) => {
  if (e.target.value) box.value = e.target.value.replace(/^#.*\n/gm, "")
    .replace(/\$(\w+)/g, "?$1");
});
form.addEventListener("submit", async (e) => {
  e.preventDefault();
  const status = document.getElementById("status"), table = document.getElementById("results");
  table.replaceChildren(); status.textContent = "running…";
  const response = await fetch("/sparql", {method: "POST",
    headers: {"Content-Type": "application/sparql-query",
              "Accept": "application/sparql-results+json"}, body: box.value});
  const text = await response.text();
  if (!response.ok) { status.textContent = response.status + ": " + text; return; }
  let data; try { data = JSON.parse(text); } catch (err) { status.textContent = text; return; }
  if ("boolean" in data) { status.textContent = String(data.boolean); return; }
  const head = table.insertRow();
  for (const name of data.head.vars) {
    const th = document.createElement("th"); th.textContent = name; head.appendChild(th);
  }
  for (const row of data.results.bindings) {
    const tr = table.insertRow();
    for (const name of data.head.vars) {
      tr.insertCell().textContent = row[name] ? row[name].value : "";
    }
  }
  status.textContent = data.results.bindings.length + " rows";
});
</script></body></html>
"""


class Handler(BaseHTTPRequestHandler):
    server_version = "geokg"
    settings: Settings
    write_lock = threading.Lock()

    def log_message(self, format: str, *args) -> None:  # quiet by default
        if self.server.verbose:  # type: ignore[attr-defined]
            super().log_message(format, *args)

    # ------------------------------------------------------------ plumbing

    def _send(self, status: int, media: str, body: bytes, html_page: bool = False) -> None:
        self.send_response(status)
        self.send_header(
            "Content-Type",
            f"{media}; charset=utf-8"
            if media.startswith(("text/", "application/sparql-results+json"))
            and "charset" not in media
            else media,
        )
        self.send_header("Content-Length", str(len(body)))
        for name, value in SECURITY_HEADERS.items():
            if html_page or name == "X-Content-Type-Options":
                self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, "text/plain", (message + "\n").encode())

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Protocol errors (a malformed request line, an unsupported method) get the same plain,
        headed answer as every other error instead of the standard library's HTML page."""
        self.close_connection = True
        self._error(code, message or HTTPStatus(code).phrase)

    def _params(self) -> tuple[dict[str, list[str]], str]:
        parts = urlsplit(self.path)
        params = parse_qs(parts.query, keep_blank_values=True)
        return params, parts.path

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_QUERY_BYTES:
            raise ClientError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large")
        return self.rfile.read(length) if length else b""

    def _media(self, params: dict, offered: dict, fallback: str) -> str:
        forced = params.get("format", [""])[0]
        if forced:
            return SHORT_NAMES.get(forced, forced)
        return negotiate(self.headers.get("Accept", ""), offered, fallback)

    # ------------------------------------------------------------ routes

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        params, path = self._params()
        try:
            if path == "/health":
                body = json.dumps({"status": "ok", "store": self.settings.store.name})
                self._send(200, "application/json", body.encode())
            elif path == "/":
                self._send(200, "text/html", query_page().encode(), html_page=True)
            elif path == "/map":
                page = self.settings.map_html or "<p>no map: start the server with --map</p>"
                self._send(200, "text/html", page.encode(), html_page=True)
            elif path == "/sparql":
                if "update" in params:
                    raise ClientError(HTTPStatus.METHOD_NOT_ALLOWED, "updates need POST")
                query = params.get("query", [""])[0]
                self._answer(query, params)
            elif path == "/rdf-graph-store":
                self._graph_store(params)
            else:
                self._error(404, f"no such resource: {path}")
        except ClientError as error:
            self._error(error.status, str(error))

    def do_POST(self) -> None:
        params, path = self._params()
        try:
            if path != "/sparql":
                raise ClientError(HTTPStatus.NOT_FOUND, f"no such resource: {path}")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            body = self._body().decode("utf-8", errors="replace")
            if kind == "application/sparql-query":
                self._answer(body, params)
            elif kind == "application/sparql-update":
                self._update(body)
            elif kind == "application/x-www-form-urlencoded":
                form = parse_qs(body, keep_blank_values=True)
                if "update" in form:
                    self._update(form["update"][0])
                else:
                    self._answer(form.get("query", [""])[0], {**params, **form})
            else:
                raise ClientError(
                    HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                    "POST application/sparql-query, application/sparql-update or a form",
                )
        except ClientError as error:
            self._error(error.status, str(error))

    def _answer(self, query: str, params: dict) -> None:
        if not query.strip():
            raise ClientError(HTTPStatus.BAD_REQUEST, "missing query")
        check_query(query)
        syntax = keywords_outside_literals(query)
        if _UPDATE.search(syntax) and not re.search(
            r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", syntax, re.I
        ):
            raise ClientError(HTTPStatus.BAD_REQUEST, "this is an update; send it as update=")
        offered = {**RESULT_TYPES, **GRAPH_TYPES}
        media = self._media(params, offered, "application/sparql-results+json")
        status, result_media, body = execute(self.settings, query, media)
        self._send(status, result_media, body)

    def _update(self, update: str) -> None:
        token = self.settings.update_token
        given = (self.headers.get("Authorization") or "").removeprefix("Bearer ").strip()
        if token is None or given != token:
            raise ClientError(HTTPStatus.FORBIDDEN, "updates are not allowed on this endpoint")
        check_query(update)
        with self.write_lock:
            try:
                ox.Store(str(self.settings.store)).update(update)
            except SyntaxError as error:
                raise ClientError(HTTPStatus.BAD_REQUEST, f"SPARQL syntax error: {error}") from None
            except OSError:
                raise ClientError(
                    HTTPStatus.CONFLICT, "the store is busy (an ingest is running)"
                ) from None
        self._send(204, "text/plain", b"")

    def _graph_store(self, params: dict) -> None:
        graph = params.get("graph", [""])[0]
        if not graph:
            raise ClientError(HTTPStatus.BAD_REQUEST, "give ?graph=IRI (one named graph)")
        try:
            name = ox.NamedNode(graph)
        except ValueError:
            raise ClientError(HTTPStatus.BAD_REQUEST, "graph is not a valid IRI") from None
        media = self._media(params, GRAPH_TYPES, "text/turtle")
        if media not in GRAPH_TYPES:
            media = "text/turtle"
        exists = execute(self.settings, f"ASK {{ GRAPH {name} {{ ?s ?p ?o }} }}",
                         "application/sparql-results+json")  # fmt: skip
        if exists[0] == 200 and not json.loads(exists[2])["boolean"]:
            raise ClientError(HTTPStatus.NOT_FOUND, "no such graph")
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} }}"
        self._send(*execute(self.settings, query, media))


def make_server(
    settings: Settings, host: str = "127.0.0.1", port: int = 8000, verbose: bool = False
) -> ThreadingHTTPServer:
    handler = type("GeokgHandler", (Handler,), {"settings": settings})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    server.verbose = verbose  # type: ignore[attr-defined]
    return server
