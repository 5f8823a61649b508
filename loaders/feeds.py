"""Poll RSS and Atom feeds for new entries, and remember what was seen, so `geokg watch` fetches
each story once across polls and restarts.

A poll asks with the feed's ETag and Last-Modified (a 304 costs nothing), parses it with
feedparser, and returns the entries not seen before. The state (per feed: ETag, Last-Modified,
entries seen, failures; per article: its URLs and content hash) is one JSON file in the store
folder, written whole to a temporary file and renamed over the old one (`os.replace` is atomic),
and only after the articles are committed: a watch killed at any point redoes at most the poll
it was in, and re-ingesting an article replaces it (stable IDs), so nothing is lost or doubled.

The same story is one article however many URLs it comes under: a page whose canonical URL is
known, or whose text hashes to a known article's, keeps that article's ID and adds its URL.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from geokg.errors import LoadFailure
from geokg.loaders.articles import Article
from geokg.loaders.fetch import FEED_TYPES, Fetcher

STATE_FILE = "watch-state.json"
MAX_ATTEMPTS = 3  # an entry whose page failed this often is given up (and reported)
SEEN_KEPT = 5000  # entries remembered per feed: far more than a feed lists at once


@dataclass
class FeedState:
    etag: str | None = None
    modified: str | None = None
    seen: list[str] = field(default_factory=list)  # entry keys (id, else link), oldest first
    attempts: dict[str, int] = field(default_factory=dict)  # entry key -> failed fetches
    last_polled: str | None = None


@dataclass
class StoredArticle:
    id: str
    urls: list[str]  # the first is the article's URL, the others where it was found too
    content_hash: str


@dataclass
class WatchState:
    feeds: dict[str, FeedState] = field(default_factory=dict)
    articles: list[StoredArticle] = field(default_factory=list)

    @classmethod
    def load(cls, folder: Path) -> WatchState:
        path = folder / STATE_FILE
        if not path.exists():
            return cls()
        data = json.loads(path.read_text("utf-8"))
        feeds = {url: FeedState(**feed) for url, feed in data["feeds"].items()}
        return cls(feeds, [StoredArticle(**article) for article in data["articles"]])

    def save(self, folder: Path) -> None:
        """Write the state whole or not at all (temp file, fsync, rename)."""
        path = folder / STATE_FILE
        temporary = path.with_suffix(".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump(asdict(self), handle, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)

    def feed(self, url: str) -> FeedState:
        return self.feeds.setdefault(url, FeedState())

    def merge(self, article: Article, found_at: str, content_hash: str) -> Article:
        """The article as stored: a copy of a known one (same canonical URL, or same text)
        takes its ID and adds the URL it was found at; a new one is remembered."""
        urls = [u for u in (article.url, found_at) if u]
        known = next(
            (
                stored
                for stored in self.articles
                if stored.content_hash == content_hash or set(urls) & set(stored.urls)
            ),
            None,
        )
        if known is None:
            known = StoredArticle(article.id, [], content_hash)
            self.articles.append(known)
        known.urls.extend(u for u in urls if u not in known.urls)
        known.content_hash = content_hash
        return replace(article, id=known.id, url=known.urls[0], other_urls=tuple(known.urls[1:]))


@dataclass(frozen=True)
class Entry:
    key: str  # what identifies the entry in its feed: its id, else its link
    url: str  # the article page


@dataclass
class FeedPoll:
    """What one poll of a feed found: the entries not seen before, how many it listed that
    were, and its validators (ETag, Last-Modified) to remember once the entries are stored."""

    entries: list[Entry]
    seen: int
    validators: dict[str, str | None]


def new_entries(feed_url: str, state: FeedState, fetcher: Fetcher) -> FeedPoll | LoadFailure:
    """The feed's entries not seen before; none when it is unchanged (HTTP 304)."""
    conditions = {"If-None-Match": state.etag, "If-Modified-Since": state.modified}
    fetched = fetcher.get(
        feed_url, FEED_TYPES | {"text/html"}, {k: v for k, v in conditions.items() if v}
    )
    if isinstance(fetched, LoadFailure):
        return fetched
    if fetched.status == 304:
        return FeedPoll([], 0, {"etag": state.etag, "modified": state.modified})
    import feedparser  # here, not at the top: only `geokg watch` needs it

    parsed = feedparser.parse(fetched.body)
    if not parsed.entries and (parsed.bozo or not parsed.version):
        return LoadFailure(feed_url, "not an RSS or Atom feed")
    headers = fetched.headers
    validators = {"etag": headers.get("etag"), "modified": headers.get("last-modified")}
    seen = set(state.seen)
    entries, listed = [], 0
    for item in parsed.entries:
        link = item.get("link")
        key = item.get("id") or link
        if not link:
            continue
        listed += 1
        if key not in seen:
            entries.append(Entry(key, link))
            seen.add(key)
    return FeedPoll(entries, listed - len(entries), validators)


def remember(state: FeedState, poll: FeedPoll, done: list[str], when: str) -> None:
    """Record entries as handled, after their articles are stored. While an entry waits for
    another attempt the feed's validators are not updated, so the next poll reads it whole."""
    state.seen = [*state.seen, *done][-SEEN_KEPT:]
    for key in done:
        state.attempts.pop(key, None)
    if not state.attempts:
        state.etag, state.modified = poll.validators["etag"], poll.validators["modified"]
    state.last_polled = when
