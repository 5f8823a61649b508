"""Fetch pages over HTTP as a polite crawler does, and turn every way a fetch fails into one
`LoadFailure` with a reason a user can act on ("HTTP 404", "robots.txt disallows", "timed out
after 20 s", "not an article: application/pdf"), so one bad URL never stops the others.

Politeness: a user agent that names geokg; robots.txt read once per host (protego) and obeyed
for every hop, redirects included, so no request goes to a disallowed path; one request at a
time per host, `host_delay` apart (longer when robots.txt asks for a Crawl-delay); 429 and 5xx
retried with growing waits (a Retry-After header is honoured up to `MAX_RETRY_WAIT`).
Safety: at most `max_redirects` redirects, followed by hand so each hop is checked; the body
is streamed and cut at `max_bytes`; `timeout` bounds each wait for the server and the whole
download; the content type is checked before the body is read.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from importlib.metadata import version
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from geokg.errors import LoadFailure

USER_AGENT = f"geokg/{version('geokg')} (news event extraction; obeys robots.txt)"
ROBOTS_AGENT = "geokg"  # the name robots.txt rules address
ARTICLE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
     "text/xml"}
)  # fmt: skip
RETRIED_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_WAIT = 60.0  # seconds: a longer Retry-After is a failure, not a wait


@dataclass(frozen=True)
class FetchSettings:
    """How patient and how polite fetching is; the defaults suit news sites."""

    timeout: float = 20.0  # seconds for the server to answer, and for the whole download
    host_delay: float = 1.0  # seconds between two requests to the same host
    max_bytes: int = 10 * 2**20  # a news page is far smaller; anything larger is not one
    max_redirects: int = 3
    retries: int = 3  # further attempts after a 429 or 5xx
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Fetched:
    """What a successful request brought back: the URL it ended at (after redirects), its
    status (200, or 304 for a conditional request whose page has not changed), its media type
    and body, and its headers (ETag, Last-Modified)."""

    url: str
    status: int
    media_type: str
    body: bytes
    encoding: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    def text(self) -> str:
        """The body as text, in the charset the server declared (UTF-8 when none or unknown)."""
        try:
            return self.body.decode(self.encoding or "utf-8-sig", errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


def is_url(value: object) -> bool:
    """Whether an input names a web page rather than a file."""
    return isinstance(value, str) and value.startswith(("http://", "https://"))


class Fetcher:
    """One HTTP client with its robots.txt cache and per-host clock; close it when done."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        self.client = httpx.Client(
            headers={"User-Agent": self.settings.user_agent},
            timeout=self.settings.timeout,
            follow_redirects=False,
        )
        self._robots: dict[str, Protego | LoadFailure | None] = {}
        self._last_request: dict[str, float] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(
        self,
        url: str,
        accept: frozenset[str] = ARTICLE_TYPES | FEED_TYPES,
        headers: Mapping[str, str] | None = None,
    ) -> Fetched | LoadFailure:
        """The page at `url`, or why not. `accept` lists the media types wanted (empty: any;
        another is "not an article"); `headers` are sent as given (If-None-Match...)."""
        current = url
        for _ in range(self.settings.max_redirects + 1):
            refusal = self._robots_refusal(current)
            if refusal is not None:
                return LoadFailure(url, refusal)
            answer = self._request(current, accept, headers or {})
            if isinstance(answer, LoadFailure):
                return LoadFailure(url, answer.reason)
            if answer.status not in (301, 302, 303, 307, 308):
                return answer
            current = urljoin(current, answer.headers.get("location", ""))
        return LoadFailure(url, f"more than {self.settings.max_redirects} redirects")

    # ------------------------------------------------------------ one request, with retries

    def _request(
        self, url: str, accept: frozenset[str], headers: Mapping[str, str]
    ) -> Fetched | LoadFailure:
        settings = self.settings
        for attempt in range(settings.retries + 1):
            self._wait_turn(url)
            try:
                with self.client.stream("GET", url, headers=headers) as response:
                    status = response.status_code
                    if status in RETRIED_STATUSES and attempt < settings.retries:
                        wait = retry_wait(response, settings.backoff * 2**attempt)
                        if wait is None:
                            return LoadFailure(url, f"HTTP {status}, retry only after a long wait")
                        time.sleep(wait)
                        continue
                    return self._read(url, response, accept)
            except httpx.TimeoutException:
                return LoadFailure(url, f"timed out after {settings.timeout:g} s")
            except httpx.HTTPError as error:
                return LoadFailure(url, f"cannot fetch ({type(error).__name__}: {error})")
        raise AssertionError("the last attempt always returns")

    def _read(
        self, url: str, response: httpx.Response, accept: frozenset[str]
    ) -> Fetched | LoadFailure:
        status = response.status_code
        headers = {name.lower(): value for name, value in response.headers.items()}
        if 300 <= status < 400:  # a redirect (the caller follows it) or 304 Not Modified
            return Fetched(str(response.url), status, "", b"", None, headers)
        if status >= 400:
            return LoadFailure(url, f"HTTP {status}")
        media_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type and accept and media_type not in accept:
            return LoadFailure(url, f"not an article: {media_type}")
        limit = self.settings.max_bytes
        too_large = f"page too large (over {limit / 2**20:g} MB)"
        if int(headers.get("content-length") or 0) > limit:
            return LoadFailure(url, too_large)
        deadline = time.monotonic() + self.settings.timeout
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > limit:
                return LoadFailure(url, too_large)
            if time.monotonic() > deadline:
                return LoadFailure(url, f"timed out after {self.settings.timeout:g} s")
        charset = response.charset_encoding
        return Fetched(str(response.url), status, media_type, bytes(body), charset, headers)

    def _wait_turn(self, url: str) -> None:
        """Sleep until this host may be asked again."""
        host = urlsplit(url).netloc
        rules = self._robots.get(host)
        crawl_delay = rules.crawl_delay(ROBOTS_AGENT) if isinstance(rules, Protego) else None
        delay = max(self.settings.host_delay, float(crawl_delay or 0))
        last = self._last_request.get(host)
        if last is not None:
            time.sleep(max(0.0, last + delay - time.monotonic()))
        self._last_request[host] = time.monotonic()

    # ------------------------------------------------------------ robots.txt

    def _robots_refusal(self, url: str) -> str | None:
        """Why robots.txt forbids `url`, or None when it may be fetched. A robots.txt that is
        missing (4xx) allows everything; one that cannot be read (5xx, timeout) allows nothing
        for now, as a site in trouble should not be crawled."""
        parts = urlsplit(url)
        if parts.netloc not in self._robots:
            robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
            answer = self._request(robots_url, frozenset(), {})
            if isinstance(answer, LoadFailure) and answer.reason.startswith("HTTP 4"):
                rules: Protego | LoadFailure | None = None
            elif isinstance(answer, LoadFailure):
                rules = answer
            else:
                rules = Protego.parse(answer.text()) if answer.status == 200 else None
            self._robots[parts.netloc] = rules
        rules = self._robots[parts.netloc]
        if isinstance(rules, LoadFailure):
            return f"robots.txt unreadable ({rules.reason})"
        if rules is not None and not rules.can_fetch(url, ROBOTS_AGENT):
            return "robots.txt disallows"
        return None


def retry_wait(response: httpx.Response, default: float) -> float | None:
    """Seconds to wait before retrying: the server's Retry-After (seconds or a date) when it
    gives one, else `default`; None when the server asks for more than `MAX_RETRY_WAIT`."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return default
    try:
        wait = float(value)
    except ValueError:
        try:
            wait = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            return default
    return max(0.0, wait) if wait <= MAX_RETRY_WAIT else None
