"""A web site on loopback that tests script page by page: what each path answers, and a log of
every request it received (to count fetches and to prove a path was never asked for)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WEB_FIXTURES = Path(__file__).parent / "fixtures" / "web"


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the answer starts
    chunks: int = 1  # the body is sent in this many pieces, without a Content-Length


Route = Callable[[dict[str, str]], Reply]  # request headers (lower-case names) -> reply


def html(body: str | bytes, **headers: str) -> Route:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return lambda _request: Reply(
        200, data, {"Content-Type": "text/html; charset=utf-8", **headers}
    )


def fixture_page(name: str) -> Route:
    return html((WEB_FIXTURES / name).read_bytes())


def status(code: int) -> Route:
    return lambda _request: Reply(code, f"status {code}".encode(), {"Content-Type": "text/plain"})


def redirect(location: str) -> Route:
    return lambda _request: Reply(302, b"", {"Location": location})


def in_turn(*routes: Route) -> Route:
    """Each request gets the next route's answer; the last one answers from then on."""
    waiting = list(routes)

    def reply(request: dict[str, str]) -> Reply:
        route = waiting.pop(0) if len(waiting) > 1 else waiting[0]
        return route(request)

    return reply


class Site:
    """Serve the routes on 127.0.0.1 until `stop()`; `requests` lists the paths asked for."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append(self.path)
                route = site.routes.get(self.path, status(404))
                reply = route({k.lower(): v for k, v in self.headers.items()})
                time.sleep(reply.delay)
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.chunks == 1:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                size = -(-len(reply.body) // reply.chunks)
                try:
                    for start in range(0, len(reply.body), size or 1):
                        self.wfile.write(reply.body[start : start + size])
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (the size cap)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def count(self, path: str) -> int:
        return self.requests.count(path)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
