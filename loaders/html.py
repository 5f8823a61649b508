"""HTML pages and RSS/Atom feeds: find the article body, title, date and URL.

The body is the element holding most paragraph text after page furniture (navigation, share
bars, related-story rails, comments, scripts) is removed; an `<article>` element wins when the
page has one. Metadata comes from what publishers put there for crawlers: Open Graph,
`article:published_time`, JSON-LD `NewsArticle`, `<time datetime>`, the canonical link.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

_FURNITURE_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "button",
    "svg",
    "figure",
    "template",
)
_FURNITURE_CLASS = re.compile(
    r"share|social|related|comment|advert|promo|newsletter|donat|subscribe|cookie|sidebar|"
    r"menu|breadcrumb|byline-tools|recommend|trending|paywall|signup",
    re.I,
)
_BLOCKS = ("p", "h2", "h3", "h4", "li", "blockquote")


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    url: str | None
    published: str | None
    source: str | None


def _meta(tree, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            values = tree.xpath(f"//meta[@{attr}=$n]/@content", n=name)
            if values and values[0].strip():
                return values[0].strip()
    return None


def _json_ld(tree) -> dict:
    """The first JSON-LD object that describes an article (NewsArticle, Article, …)."""
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except json.JSONDecodeError:
            continue
        candidates = data if isinstance(data, list) else data.get("@graph", [data])
        for item in candidates:
            if isinstance(item, dict) and "Article" in str(item.get("@type", "")):
                return item
    return {}


def _block_text(element) -> str:
    return re.sub(r"\s+", " ", element.text_content()).strip()


def _body_container(tree):
    articles = tree.xpath("//article")
    if articles:
        return max(articles, key=lambda a: len(a.text_content()))
    scores: dict = {}
    for paragraph in tree.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(_block_text(paragraph))
    if not scores:
        return tree.find(".//body")
    return max(scores, key=scores.get)


def extract_html(markup: str) -> Page | None:
    """The article inside an HTML page, or None if the page has no body text."""
    try:
        tree = lxml_html.document_fromstring(markup.encode("utf-8"))
    except (etree.ParserError, ValueError):
        return None
    ld = _json_ld(tree)
    title = (
        _meta(tree, "og:title", "twitter:title")
        or ld.get("headline")
        or (tree.findtext(".//title") or "").strip()
        or None
    )
    published = (
        _meta(tree, "article:published_time", "datePublished", "date", "pubdate", "dc.date")
        or ld.get("datePublished")
        or next(iter(tree.xpath("//time/@datetime")), None)
    )
    url = next(iter(tree.xpath("//link[@rel='canonical']/@href")), None) or _meta(tree, "og:url")
    publisher = ld.get("publisher")
    source = _meta(tree, "og:site_name") or (
        publisher.get("name") if isinstance(publisher, dict) else None
    )

    for element in tree.xpath("//*"):
        if not isinstance(element.tag, str):
            continue
        marker = f"{element.get('class', '')} {element.get('id', '')}"
        if element.tag in _FURNITURE_TAGS or (
            element.tag != "body" and _FURNITURE_CLASS.search(marker)
        ):
            element.drop_tree()
    container = _body_container(tree)
    if container is None:
        return None
    blocks = [_block_text(e) for e in container.iter(*_BLOCKS)]
    if not any(blocks):
        blocks = [_block_text(container)]
    text = "\n\n".join(b for b in blocks if b)
    if not text.strip():
        return None
    return Page(text=text, title=title, url=url, published=published, source=source)


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


def _local(tag) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _child_text(element, *names: str) -> str | None:
    for child in element:
        if _local(child.tag) in names and (child.text or "").strip():
            return child.text.strip()
    return None


def read_feed(markup: str) -> list[FeedItem]:
    """Items of an RSS 2.0/1.0 or Atom feed. Raises ValueError for malformed XML."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(markup.encode("utf-8"), parser)
    except etree.XMLSyntaxError as err:
        raise ValueError(f"malformed feed XML ({err.msg}, line {err.lineno})") from err
    channel_title = None
    for element in root.iter():
        if _local(element.tag) in ("channel", "feed"):
            channel_title = _child_text(element, "title")
            break
    items = []
    for element in root.iter():
        if _local(element.tag) not in ("item", "entry"):
            continue
        link = _child_text(element, "link")
        if link is None:
            hrefs = [c.get("href") for c in element if _local(c.tag) == "link" and c.get("href")]
            link = hrefs[0] if hrefs else None
        body = _child_text(element, "encoded", "content") or _child_text(
            element, "description", "summary"
        )
        items.append(
            FeedItem(
                text=html_to_text(body or ""),
                id=_child_text(element, "guid", "id"),
                url=link,
                title=_child_text(element, "title"),
                published=_child_text(element, "pubDate", "published", "updated", "date"),
                source=channel_title,
            )
        )
    if not items:
        raise ValueError("feed has no items")
    return items
