"""HTML pages and RSS/Atom feeds: find the article body, title, date, author and URL.

Pages are read by trafilatura, which replaced a hand-written reader (the element with most
paragraph text after furniture was removed; metadata from Open Graph, JSON-LD and `<time>`).
Both were compared field by field on the HTML fixtures of the tests (`tests/fixtures/page.html`
and `tests/fixtures/web/*.html`: Open Graph, JSON-LD, `<meta name=author>` with `<time>`,
Dublin Core, one paragraph per `<div>`), and trafilatura won or tied every field, so it reads
them all:

| field | trafilatura | hand reader |
|---|---|---|
| body text | 5 of 5 | 4 (kept 1 of 3 paragraphs when each sits in its own `<div>`) |
| title | 5 | 4 (kept the site name: "... - Plains Herald") |
| date | 5 | 4 (missed Dublin Core `DC.date.issued`) |
| canonical URL | 4 | 4 (both miss JSON-LD `mainEntityOfPage`) |
| site name | 3 declared + the host name | 3 declared |
| author | 4 of 4 pages that name one | not read |

Dates come from the page's metadata only (htmldate without its extensive search, which
guesses from dates mentioned in the text); an undated page is dated by its dateline or
`--date` like any other article. Feed files are read by feedparser, as `geokg watch` reads
feeds, so both see the same items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax import SAXException

# htmldate's settings: metadata only, the first publication rather than the last update.
_DATE_SEARCH = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    url: str | None
    published: str | None
    source: str | None
    author: str | None = None


def extract_html(markup: str, url: str | None = None) -> Page | None:
    """The article inside an HTML page, or None if the page has no body text. `url`, where
    the page was fetched from, is its URL unless the page names a canonical one."""
    import trafilatura  # here, not at the top: 0.4 s to import, and most commands read no HTML

    document = trafilatura.bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        date_extraction_params=_DATE_SEARCH,
    )
    if document is None or not (document.text or "").strip():
        return None
    paragraphs = [line.strip() for line in document.text.splitlines() if line.strip()]
    if document.title and paragraphs[0] == document.title.strip():
        paragraphs = paragraphs[1:] or paragraphs  # the headline is kept as the title
    return Page(
        text="\n\n".join(paragraphs),
        title=document.title,
        url=document.url,
        published=document.date,
        source=document.sitename,
        author=document.author,
    )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries), paragraphs kept apart."""
    if "<" not in fragment:
        return fragment
    page = extract_html(f"<html><body><div>{fragment}</div></body></html>")
    return page.text if page else ""


@dataclass(frozen=True)
class FeedItem:
    text: str
    id: str | None
    url: str | None
    title: str | None
    published: str | None
    source: str | None


def is_feed(head: str) -> bool:
    return bool(re.search(r"<(rss|feed|rdf:rdf)[\s>]", head))


def read_feed(markup: str) -> list[FeedItem]:
    """Items of an RSS 2.0/1.0 or Atom feed, read by feedparser (the parser `geokg watch` uses
    too). Raises ValueError for a feed with no items, naming the XML error if there was one."""
    import feedparser  # here, not at the top: only feeds need it

    parsed = feedparser.parse(markup)
    error = parsed.get("bozo_exception")
    if isinstance(error, SAXException):  # feedparser reads on past broken XML; a cut-off
        raise ValueError(f"malformed feed XML ({error})")  # feed is named, not half-read
    if not parsed.entries:
        raise ValueError("feed has no items")
    source = parsed.feed.get("title")
    items = []
    for entry in parsed.entries:
        bodies = [c.get("value", "") for c in entry.get("content", [])]
        body = max(bodies, key=len) if bodies else entry.get("summary", "")
        items.append(
            FeedItem(
                text=html_to_text(body or ""),
                id=entry.get("id"),
                url=entry.get("link"),
                title=entry.get("title"),
                published=entry.get("published") or entry.get("updated"),
                source=source,
            )
        )
    return items
