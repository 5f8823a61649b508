"""Read articles from files, directories and stdin into one normalised `Article` shape.

Every reader yields either an `Article` or a `LoadFailure`; a broken file or line never stops the
others. Article IDs are stable: the input's own `id` when it has one, otherwise a hash of the
canonical URL, otherwise a hash of the cleaned text (so the same content always gets the same ID).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from geokg.errors import LoadFailure
from geokg.loaders.cleaning import clean_text, split_title
from geokg.loaders.dates import parse_date
from geokg.loaders.fetch import FEED_TYPES, Fetcher, FetchSettings, is_url
from geokg.loaders.html import extract_html, is_feed, read_feed

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
# spaCy's default max_length: one longer text would stop the whole parse stream, so such an
# article is reported instead (split it into several articles to ingest it).
MAX_ARTICLE_CHARS = 1_000_000
# A file in a one-article format (or a feed) larger than this is reported without being read:
# its text could not become articles anyway. JSONL has no such limit; it is read line by line.
MAX_FILE_BYTES = 64 * 1024 * 1024

URL_LIST_SUFFIXES = TEXT_SUFFIXES | {"", ".urls"}  # files that may list web pages (`url_list`)
SUPPORTED_SUFFIXES = (
    TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
)


@dataclass(frozen=True)
class Article:
    """One news article, normalised. `text` is clean prose, paragraphs separated by blank lines."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date, the anchor for relative dates in the text
    source: str | None = None  # outlet name
    author: str | None = None
    other_urls: tuple[str, ...] = ()  # where else the same article was found (syndication)
    origin: str = ""  # where it was read from ("file.jsonl:3"), for error messages only

    @property
    def published_date(self) -> date | None:
        return date.fromisoformat(self.published) if self.published else None

    @property
    def parsed_text(self) -> str:
        """What is parsed: the headline as a sentence of its own (it often carries the story's
        event), then the body."""
        if not self.title or self.text.startswith(self.title):
            return self.text
        return f"{self.title}\n\n{self.text}"


@dataclass
class ArticleFields:
    """What a reader found, before cleaning and ID assignment."""

    text: str
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    author: str | None = None


def stable_article_id(url: str | None, text: str) -> str:
    """ID for an article whose input gave none: hash of its URL, else of its text."""
    basis = f"url:{url.strip()}" if url else f"text:{text}"
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


def make_article(fields: ArticleFields, origin: str) -> Article | LoadFailure:
    too_long = f"article too long (over {MAX_ARTICLE_CHARS:,} characters); split it"
    if len(fields.text) > 5 * MAX_ARTICLE_CHARS:  # not worth cleaning first
        return LoadFailure(origin, too_long)
    text = clean_text(fields.text)
    if not text.strip():
        return LoadFailure(origin, "no article text found")
    if len(text) > MAX_ARTICLE_CHARS:
        return LoadFailure(origin, too_long)
    published = None
    if fields.published:
        parsed = parse_date(fields.published)
        if parsed is None:
            return LoadFailure(origin, f"unreadable publication date {fields.published!r}")
        published = parsed.isoformat()
    article_id = str(fields.id) if fields.id not in (None, "") else None
    return Article(
        id=article_id or stable_article_id(fields.url, text),
        text=text,
        url=fields.url or None,
        title=(fields.title or "").strip() or None,
        published=published,
        source=fields.source or None,
        author=fields.author or None,
        origin=origin,
    )


def decode_bytes(raw: bytes, origin: str) -> str | LoadFailure:
    """UTF-8 (with or without BOM), falling back to cp1252 for legacy files; binary is refused."""
    if b"\x00" in raw[:4096]:
        return LoadFailure(origin, "binary file (contains NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError as err:
            return LoadFailure(origin, f"not valid UTF-8 or cp1252 text ({err.reason})")


def read_plain(text: str, origin: str) -> Iterator[Article | LoadFailure]:
    title, body = split_title(text)
    yield make_article(ArticleFields(text=body, title=title), origin)


_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")


def read_markdown(text: str, origin: str) -> Iterator[Article | LoadFailure]:
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("'\"")
        text = text[match.end() :]
    title = meta.get("title")
    lines = []
    for line in text.splitlines():
        if line.startswith("```"):
            continue
        heading = re.match(r"^#{1,6}\s+(.*)$", line)
        if heading:
            if title is None:
                title = heading.group(1).strip()
                continue
            line = heading.group(1)
        line = re.sub(r"^\s*(?:[-*+]|>)\s+", "", line)
        lines.append(_MD_EMPHASIS.sub("", _MD_LINK.sub(r"\1", line)))
    fields = ArticleFields(
        text="\n".join(lines),
        title=title,
        url=meta.get("url") or meta.get("link"),
        published=meta.get("date") or meta.get("published"),
        source=meta.get("source"),
        id=meta.get("id"),
    )
    yield make_article(fields, origin)


def read_html(text: str, origin: str, url: str | None = None) -> Iterator[Article | LoadFailure]:
    """The article of an HTML page; `url` is where it was fetched from (see `extract_html`)."""
    page = extract_html(text, url)
    if page is None:
        yield LoadFailure(origin, "HTML page has no article body")
        return
    yield make_article(
        ArticleFields(
            text=page.text,
            title=page.title,
            url=page.url,
            published=page.published,
            source=page.source,
            author=page.author,
        ),
        origin,
    )


def read_jsonl(text: str, origin: str) -> Iterator[Article | LoadFailure]:
    return read_jsonl_lines(text.splitlines(), origin)


def read_jsonl_lines(
    lines: Iterable[str | LoadFailure], origin: str
) -> Iterator[Article | LoadFailure]:
    """One article per JSON line; a line that is not text arrives as a `LoadFailure`."""
    empty = True
    for number, line in enumerate(lines, start=1):
        if isinstance(line, LoadFailure):
            yield line
            empty = False
            continue
        if not line.strip():
            continue
        empty = False
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield LoadFailure(where, f"invalid JSON ({err.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield LoadFailure(where, 'each line must be a JSON object with a "text" string')
            continue
        yield make_article(
            ArticleFields(
                text=record["text"],
                id=record.get("id"),
                url=record.get("url"),
                title=record.get("title"),
                published=record.get("published"),
                source=record.get("source"),
            ),
            where,
        )
    if empty:
        yield LoadFailure(origin, "empty file")


def read_feed_text(text: str, origin: str) -> Iterator[Article | LoadFailure]:
    try:
        items = read_feed(text)
    except ValueError as err:
        yield LoadFailure(origin, str(err))
        return
    for number, item in enumerate(items, start=1):
        yield make_article(
            ArticleFields(
                text=item.text,
                id=item.id,
                url=item.url,
                title=item.title,
                published=item.published,
                source=item.source,
            ),
            f"{origin}#item{number}",
        )


def sniff_reader(text: str, suffix: str):
    """Pick a reader by suffix, or by content for stdin and unknown suffixes."""
    if suffix in JSONL_SUFFIXES:
        return read_jsonl
    if suffix in MARKDOWN_SUFFIXES:
        return read_markdown
    if suffix in HTML_SUFFIXES:
        return read_html
    if suffix in FEED_SUFFIXES:
        return read_feed_text
    if suffix in TEXT_SUFFIXES:
        return read_plain
    head = text.lstrip()[:500].lower()
    if head.startswith("{"):
        return read_jsonl
    if head.startswith("<") and is_feed(head):
        return read_feed_text
    if head.startswith("<"):
        return read_html
    return read_plain


def read_source(raw: bytes, origin: str, suffix: str = "") -> Iterator[Article | LoadFailure]:
    """Read one file's (or stdin's) bytes into articles."""
    text = decode_bytes(raw, origin)
    if isinstance(text, LoadFailure):
        yield text
        return
    if not text.strip():
        yield LoadFailure(origin, "empty file")
        return
    yield from sniff_reader(text, suffix)(text, origin)


@dataclass(frozen=True)
class UnsupportedFiles:
    """Files in a folder that are not in an article format, by suffix: they are left out, and
    the user is told which, as a folder of PDFs would otherwise look ingested."""

    folder: str
    counts: dict[str, int]

    def __str__(self) -> str:
        kinds = ", ".join(f"{n} {suffix}" for suffix, n in self.counts.items())
        return f"{self.folder}: skipped {kinds}: convert them to text or HTML"


def iter_files(
    paths: Iterable[str | Path], on_unsupported: Callable[[UnsupportedFiles], None] | None = None
) -> Iterator[Path | LoadFailure]:
    """Expand directories recursively (supported suffixes only, sorted for stable order); the
    other files of each folder are counted for `on_unsupported`. Hidden files are ignored."""
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            yield path
        elif path.is_dir():
            unsupported: Counter[str] = Counter()
            for child in sorted(path.rglob("*")):
                if not child.is_file() or any(
                    part.startswith(".") for part in child.relative_to(path).parts
                ):
                    continue
                if child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield child
                else:
                    unsupported[child.suffix.lower() or "files without suffix"] += 1
            if unsupported and on_unsupported is not None:
                on_unsupported(UnsupportedFiles(str(path), dict(unsupported.most_common())))
        elif path.is_file():
            yield path
        else:
            yield LoadFailure(str(path), "no such file or directory")


def load_articles(
    paths: Iterable[str | Path],
    on_unsupported: Callable[[UnsupportedFiles], None] | None = None,
    fetch: FetchSettings | None = None,
) -> Iterator[Article | LoadFailure]:
    """Every article in the given files, directories, web pages (http/https URLs) and `-`
    (stdin), in a stable order. A file named here, or stdin, that lists only URLs (see
    `url_list`) stands for those pages. Files of folders in no article format go to
    `on_unsupported` (see `iter_files`); pages are fetched as `fetch` says."""
    fetcher: Fetcher | None = None

    def read_urls(urls: list[str]) -> Iterator[Article | LoadFailure]:
        nonlocal fetcher
        fetcher = fetcher or Fetcher(fetch)
        for url in urls:
            yield from read_url(url, fetcher)

    try:
        for raw in paths:
            if is_url(raw):
                yield from read_urls([str(raw)])
                continue
            for item in iter_files([raw], on_unsupported):
                if isinstance(item, LoadFailure):
                    yield item
                    continue
                suffix = item.suffix.lower()
                if suffix in JSONL_SUFFIXES:
                    yield from read_jsonl_file(item)
                    continue
                data = file_bytes(item)
                if isinstance(data, LoadFailure):
                    yield data
                    continue
                named = item == Path(raw)  # named by the user, not found in a folder
                urls = url_list(data) if named and suffix in URL_LIST_SUFFIXES else None
                origin = "<stdin>" if str(item) == "-" else str(item)
                yield from read_urls(urls) if urls else read_source(data, origin, suffix)
    finally:
        if fetcher is not None:
            fetcher.close()


def read_jsonl_file(path: Path) -> Iterator[Article | LoadFailure]:
    try:
        yield from read_jsonl_lines(decoded_lines(path), str(path))
    except OSError as err:
        yield LoadFailure(str(path), f"cannot read file ({err.strerror})")


def file_bytes(path: Path) -> bytes | LoadFailure:
    """A file's bytes (stdin's for `-`), or why they cannot be read."""
    if str(path) == "-":
        return sys.stdin.buffer.read()
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return LoadFailure(str(path), too_large(size))
        return path.read_bytes()
    except OSError as err:
        return LoadFailure(str(path), f"cannot read file ({err.strerror})")


def url_list(raw: bytes) -> list[str] | None:
    """The URLs of a list of web pages: every line a URL, blank lines and `#` comments aside;
    None for anything else (an article, or a list with a stray line, is read as text)."""
    try:
        lines = [line.strip() for line in raw.decode("utf-8-sig").splitlines()]
    except UnicodeDecodeError:
        return None
    urls = [line for line in lines if line and not line.startswith("#")]
    if urls and all(is_url(url) and not any(c.isspace() for c in url) for url in urls):
        return urls
    return None


def read_url(url: str, fetcher: Fetcher) -> Iterator[Article | LoadFailure]:
    """The article of a web page (or the items of a feed), dated and titled by its metadata;
    its URL is the canonical one the page names, else where the fetch ended (redirects)."""
    page = fetcher.get(url)
    if isinstance(page, LoadFailure):
        yield page
        return
    text = page.text()
    if page.media_type in FEED_TYPES or is_feed(text.lstrip()[:500].lower()):
        yield from read_feed_text(text, url)
    elif page.media_type == "text/plain":
        title, body = split_title(text)
        yield make_article(ArticleFields(text=body, title=title, url=page.url), url)
    else:
        yield from read_html(text, url, page.url)


def too_large(size: int) -> str:
    return (
        f"file too large ({size / 2**20:,.0f} MB, limit {MAX_FILE_BYTES // 2**20} MB); an article "
        f"holds at most {MAX_ARTICLE_CHARS:,} characters: split it, or give many articles as JSONL"
    )


def decoded_lines(path: Path) -> Iterator[str | LoadFailure]:
    """The lines of a JSONL file, decoded one at a time so memory does not grow with the file."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            text = decode_bytes(raw, str(path))
            if isinstance(text, LoadFailure) and number == 1:
                yield text  # not text at all: one error for the file, not one per line
                return
            yield (
                LoadFailure(f"{path}:{number}", text.reason)
                if isinstance(text, LoadFailure)
                else text
            )
