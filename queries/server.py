"""`geokg serve`: a SPARQL 1.1 Protocol endpoint over a store directory (standard library HTTP).

- `/sparql`: queries by GET (`?query=`) or POST (form-encoded or `application/sparql-query`),
  results negotiated from `Accept` (SPARQL JSON, XML, CSV, TSV; Turtle, N-Triples or JSON-LD for
  CONSTRUCT/DESCRIBE). Updates (`update=` or `application/sparql-update`) are refused (403)
  unless the server was started with updates enabled and the request carries the token.
- `/rdf-graph-store?graph=IRI`: Graph Store Protocol, read only (GET/HEAD of one named graph).
- `/query/NAME?param=value`: a named query with its parameters bound and validated as
  `geokg query` binds them (400 on a bad value, 404 with the nearest name on an unknown one),
  results negotiated as for `/sparql`; a blank value keeps the default, `format` is reserved.
  A query that lists events answers a page (`limit`, 100 rows by default); a full page's
  `Link: <...&after=CURSOR>; rel="next"` header is the URL of the next.
- `/`: an offline query page with a form per named query (`queries/page.py`); `/map`: the
  HTML map; `/health`: JSON status.

Each query runs in its own process, which opens the newest checkpoint of the store read-only
(a copy no process writes, see `graph/store.py`) and answers through the store interface and
the query runner. Past the time limit the process is killed (503), which frees its CPU at once:
pyoxigraph's `Store.query` takes no timeout and cannot be cancelled inside a process. Readers
never wait for an ingest, which writes the live store meanwhile. The processes come from a fork
server (a fresh interpreter that never opens a store), so none inherits a database handle or a
lock another thread held. An update opens the live store for writing, as an ingest would (409
while one runs). `SERVICE` (federation) is refused; a result with more rows than the cap is
refused (422). Binds to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import json
import multiprocessing
import re
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pyoxigraph as ox

from geokg.errors import QueryError, StoreError
from geokg.graph.store import Store
from geokg.queries.page import query_page
from geokg.queries.results import GRAPH_FORMATS, RESULTS_JSON, SHORT_NAMES, WRITERS, serialize
from geokg.queries.runner import (
    as_page,
    bound_text,
    did_you_mean,
    execute,
    keywords_outside_literals,
    named_queries,
    page_size,
    query_form,
)

MAX_QUERY_BYTES = 100_000
_SERVICE = re.compile(r"\bSERVICE\b", re.I)
_UPDATE = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b", re.I)
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'; "
        "img-src data:; connect-src 'self'"
    ),
}
_WORKERS = multiprocessing.get_context("forkserver")


@dataclass
class Settings:
    store: Path
    timeout: float = 10.0
    max_rows: int = 10_000
    update_token: str | None = None  # updates are allowed only when this is set
    map_html: str | None = None


class ClientError(Exception):
    """A request the endpoint refuses, with the HTTP status to answer."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


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


Answer = tuple[int, str, bytes, str | None]  # status, media type, body, next page's cursor


def answer_query(settings: Settings, query: str, media: str, pipe, page: int | None = None) -> None:
    """In the query process: read the newest checkpoint, run, serialise, and send
    (status, media, body, next cursor); `page` is a paged named query's page size, whose
    cursor column becomes the next cursor. The client gets the kind of a failure, never a
    traceback or path."""
    try:
        store = Store(settings.store, read_only=True)
        result = execute(store, query, limit=settings.max_rows + 1)
        triples = result.triples is not None
        kind, size = ("triples", len(result.triples)) if triples else ("rows", len(result.rows))
        if size > settings.max_rows:
            message = f"more than {settings.max_rows} {kind}; add a LIMIT"
            pipe.send((422, "text/plain", message, None))
            return
        if page is not None:
            result = as_page(result, page)
        pipe.send((200, *serialize(result, media), result.next_after))
    except QueryError as error:
        pipe.send((400, "text/plain", str(error), None))
    except Exception as error:
        pipe.send((500, "text/plain", f"query failed ({type(error).__name__})", None))


def run_limited(settings: Settings, query: str, media: str, page: int | None = None) -> Answer:
    """Run one query in its own process, killed after the time limit."""
    receiver, sender = _WORKERS.Pipe(duplex=False)
    child = _WORKERS.Process(target=answer_query, args=(settings, query, media, sender, page))
    child.start()
    sender.close()
    try:
        if receiver.poll(settings.timeout):
            status, result_media, body, after = receiver.recv()
            return status, result_media, body if isinstance(body, bytes) else body.encode(), after
        message = f"query timed out after {settings.timeout:g} s; narrow it or add a LIMIT"
        return 503, "text/plain", message.encode(), None
    except EOFError:
        return 500, "text/plain", b"query process ended without an answer", None
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


class Handler(BaseHTTPRequestHandler):
    server_version = "geokg"
    settings: Settings
    write_lock = threading.Lock()

    def log_message(self, format: str, *args) -> None:  # quiet by default
        if self.server.verbose:  # type: ignore[attr-defined]
            super().log_message(format, *args)

    # ------------------------------------------------------------ plumbing

    def _send(
        self,
        status: int,
        media: str,
        body: bytes,
        after: str | None = None,
        html_page: bool = False,
    ) -> None:
        """Answer; `after` (a full page's cursor) links the next page (RFC 8288, rel=next)."""
        self.send_response(status)
        self.send_header(
            "Content-Type",
            f"{media}; charset=utf-8"
            if media.startswith(("text/", "application/sparql-results+json"))
            and "charset" not in media
            else media,
        )
        self.send_header("Content-Length", str(len(body)))
        if after is not None:
            self.send_header("Link", f'<{self._next_page(after)}>; rel="next"')
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

    def _next_page(self, after: str) -> str:
        """This request's path and parameters with `after` set to the given cursor."""
        params, path = self._params()
        return f"{path}?{urlencode({**params, 'after': [after]}, doseq=True)}"

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
            elif path.startswith("/query/"):
                self._named(path.removeprefix("/query/"), params)
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

    def _answer(self, query: str, params: dict, page: int | None = None) -> None:
        if not query.strip():
            raise ClientError(HTTPStatus.BAD_REQUEST, "missing query")
        check_query(query)
        if _UPDATE.search(keywords_outside_literals(query)) and not query_form(query):
            raise ClientError(HTTPStatus.BAD_REQUEST, "this is an update; send it as update=")
        media = self._media(params, {**WRITERS, **GRAPH_FORMATS}, RESULTS_JSON)
        self._send(*run_limited(self.settings, query, media, page))

    def _named(self, name: str, params: dict[str, list[str]]) -> None:
        """Bind and run a named query; the parameters are checked here, before any process."""
        queries = named_queries()
        if name not in queries:
            raise ClientError(
                HTTPStatus.NOT_FOUND,
                f"no named query {name!r}{did_you_mean(name, list(queries))}; "
                f"named queries: {', '.join(queries)}",
            )
        values = {}
        for key, given in params.items():
            if key == "format":
                continue
            if len(given) > 1:
                raise ClientError(HTTPStatus.BAD_REQUEST, f"parameter {key} is given twice")
            if given[0].strip():
                values[key] = given[0]
        try:
            text = bound_text(queries[name], values)
            page = page_size(queries[name], values)
        except QueryError as error:
            raise ClientError(HTTPStatus.BAD_REQUEST, str(error)) from None
        self._answer(text, params, page)

    def _update(self, update: str) -> None:
        token = self.settings.update_token
        given = (self.headers.get("Authorization") or "").removeprefix("Bearer ").strip()
        if token is None or given != token:
            raise ClientError(HTTPStatus.FORBIDDEN, "updates are not allowed on this endpoint")
        check_query(update)
        with self.write_lock:
            try:
                store = Store(self.settings.store)  # the writer, while no ingest is
            except StoreError:
                busy = "the store is busy (an ingest is running)"
                raise ClientError(HTTPStatus.CONFLICT, busy) from None
            try:
                store.update(update)
            except QueryError as error:
                raise ClientError(HTTPStatus.BAD_REQUEST, str(error)) from None
            finally:
                store.close()
        self._send(204, "text/plain", b"")

    def _graph_store(self, params: dict) -> None:
        graph = params.get("graph", [""])[0]
        if not graph:
            raise ClientError(HTTPStatus.BAD_REQUEST, "give ?graph=IRI (one named graph)")
        try:
            name = ox.NamedNode(graph)
        except ValueError:
            raise ClientError(HTTPStatus.BAD_REQUEST, "graph is not a valid IRI") from None
        media = self._media(params, GRAPH_FORMATS, "text/turtle")
        exists = run_limited(self.settings, f"ASK {{ GRAPH {name} {{ ?s ?p ?o }} }}", RESULTS_JSON)
        if exists[0] == 200 and not json.loads(exists[2])["boolean"]:
            raise ClientError(HTTPStatus.NOT_FOUND, "no such graph")
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} }}"
        self._send(*run_limited(self.settings, query, media))


def make_server(
    settings: Settings, host: str = "127.0.0.1", port: int = 8000, verbose: bool = False
) -> ThreadingHTTPServer:
    _WORKERS.set_forkserver_preload([__name__])  # query processes start with this imported
    handler = type("GeokgHandler", (Handler,), {"settings": settings})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    server.verbose = verbose  # type: ignore[attr-defined]
    return server
