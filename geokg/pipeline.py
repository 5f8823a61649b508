"""Wire the stages: articles -> one spaCy stream -> actors and events -> RDF store.

Loading is lazy and parsing is one `nlp.pipe` stream, so memory does not grow with the corpus.
A file that cannot be read, or an article whose extraction fails, becomes a `LoadFailure` in the
report; everything else is still processed. Writes go to the store one batch at a time, each
batch in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

from geokg.errors import InputError, LoadFailure
from geokg.graph.derived import PENDING, contributions, refresh, stored_graphs, up_to_date, update
from geokg.graph.importer import import_rdf, is_rdf
from geokg.graph.rdf import article_graph, article_iri, content_hash, new_graph, ontology_graph
from geokg.graph.store import Store, TripleStore, ntriples_text
from geokg.loaders.actors import ArticleActors
from geokg.loaders.articles import Article, UnsupportedFiles, load_articles, read_url
from geokg.loaders.dates import dateline_date
from geokg.loaders.events import EventRecord, extract_events
from geokg.loaders.feeds import MAX_ATTEMPTS, FeedPoll, FeedState, WatchState, new_entries, remember
from geokg.loaders.fetch import Fetcher, FetchSettings
from geokg.loaders.gazetteer import load_gazetteer
from geokg.loaders.nlp import load_nlp, parse
from geokg.ontology import ACTORS_GRAPH, DAYS_GRAPH, ONTOLOGY_GRAPH
from geokg.options import ExtractOptions, IngestOptions

ErrorHandler = Callable[[LoadFailure], None]


@dataclass
class Extraction:
    article: Article
    events: list[EventRecord]


@dataclass
class IngestReport:
    articles: int = 0
    events: int = 0
    quads: int = 0  # written by this run: article graphs and their actors' descriptions
    imported_graphs: int = 0  # named graphs merged from RDF files
    skipped: int = 0  # already stored with the same text (`resume`)
    undated: int = 0  # articles stored without a date: date windows leave their events out
    errors: list[LoadFailure] = field(default_factory=list)
    unsupported: list[UnsupportedFiles] = field(default_factory=list)  # left out of folders

    @property
    def failed(self) -> int:
        return len(self.errors)

    def as_dict(self) -> dict[str, object]:
        return {"articles": self.articles, "skipped": self.skipped, "events": self.events,
                "quads_written": self.quads, "imported_graphs": self.imported_graphs,
                "undated": self.undated, "failed": self.failed,
                "unsupported_files": {u.folder: u.counts for u in self.unsupported}}  # fmt: skip


def _articles_only(
    items: Iterable[Article | LoadFailure], on_error: ErrorHandler
) -> Iterator[tuple[str, Article]]:
    for item in items:
        if isinstance(item, LoadFailure):
            on_error(item)
        else:
            yield item.parsed_text, item


def extract_articles(
    articles: Iterable[Article | LoadFailure],
    on_error: ErrorHandler,
    options: ExtractOptions | None = None,
    **changes: object,
) -> Iterator[Extraction]:
    """Events of every article, in input order; failures go to `on_error`. `changes` override
    fields of `options` (extract_articles(articles, print, n_process=2)); `options.verbs` and
    `options.actors` are the user's own dictionary files, added to the project's."""
    options = replace(options or ExtractOptions(), **changes)
    nlp = load_nlp(options.model, options.actors)
    gazetteer = load_gazetteer(options.actors)
    texts = _articles_only(articles, on_error)
    for doc, article in parse(texts, nlp, options.batch_size, options.n_process):
        try:
            found = ArticleActors(doc, article.published_date, gazetteer)
            events = extract_events(doc, article, found, options.verbs)
        except Exception as err:  # one bad article must not stop the run
            on_error(LoadFailure(article.origin, f"extraction failed: {type(err).__name__}: {err}"))
            continue
        yield Extraction(article, events)


def extract_paths(
    paths: Iterable[str | Path],
    on_error: ErrorHandler,
    options: ExtractOptions | None = None,
    published: date | None = None,
) -> Iterator[Extraction]:
    """Events of every article in the files; `published` dates the articles that carry no
    date of their own (see `dated`)."""
    return extract_articles(dated(load_articles(paths), published), on_error, options)


def dated(
    items: Iterable[Article | LoadFailure], published: date | None = None
) -> Iterator[Article | LoadFailure]:
    """Each article with a date when one can be found: its own (metadata, feed or JSONL field),
    else its dateline's ("SEOUL, June 19 (AP) -", the year from `published` or today), else
    `published`. The date anchors "on Wednesday" and dates the article's events; an article
    left without one has undated events, which date windows leave out."""
    anchor = published or date.today()
    for item in items:
        if isinstance(item, Article) and not item.published:
            day = dateline_date(item.text, anchor) or published
            if day is not None:
                item = replace(item, published=day.isoformat())
        yield item


def actor_mentions(
    items: Iterable[Article | LoadFailure],
    on_error: ErrorHandler,
    published: date | None = None,
    model: str | None = None,
) -> Iterator[dict[str, object]]:
    """Each actor mention in the articles, with the actor it resolved to and the rule that
    decided, as one record (`published` dates the articles that carry no date)."""
    texts = _articles_only(dated(items, published), on_error)
    for doc, article in parse(texts, load_nlp(model)):
        for mention in ArticleActors(doc, article.published_date).mentions:
            yield {
                "article_id": article.id,
                "mention": mention.text,
                "start_token": mention.start,
                **mention.actor.record(),
                "rule": mention.rule,
                "entry": mention.entry,
            }


@dataclass
class Shard:
    """One batch of articles as N-Triples text, ready for one store transaction (built in this
    process, or on a Dask worker and sent back)."""

    graphs: list[tuple[str, str]]  # (article graph IRI, its triples)
    actors: str  # triples for the shared actors graph
    articles: int
    events: int
    undated: int = 0  # articles without a date
    errors: list[LoadFailure] = field(default_factory=list)


def make_shard(batch: list[Extraction]) -> Shard:
    actors = new_graph()
    graphs = [
        (str(article_iri(x.article.id)), ntriples_text(article_graph(x.article, x.events, actors)))
        for x in batch
    ]
    events = sum(len(x.events) for x in batch)
    undated = sum(not x.article.published for x in batch)
    return Shard(graphs, ntriples_text(actors), len(batch), events, undated)


def write_shard(shard: Shard, store: TripleStore, report: IngestReport) -> None:
    """Replace the shard's article graphs and add its actors, in one transaction, then bring
    the indexes up to date with what changed (see `geokg.graph.derived`): what the replaced
    graphs contributed is read before they go."""
    names = [name for name, _ in shard.graphs]
    removed = contributions(store, stored_graphs(store, names))
    additions = [(str(ACTORS_GRAPH), shard.actors), (str(DAYS_GRAPH), PENDING)]
    report.quads += store.replace_graphs(shard.graphs, additions) - 1  # not the pending flag
    update(store, removed, names)
    report.articles += shard.articles
    report.events += shard.events
    report.undated += shard.undated
    report.errors.extend(shard.errors)


def ingest(
    extractions: Iterable[Extraction],
    store: TripleStore,
    report: IngestReport,
    batch_articles: int = 200,
) -> IngestReport:
    """Write each article's named graph, and its actors to the shared actors graph; one
    transaction per batch of articles, and its index changes."""
    prepare(store)
    iterator = iter(extractions)
    while batch := list(islice(iterator, batch_articles)):
        write_shard(make_shard(batch), store, report)
    return report


def prepare(store: TripleStore) -> None:
    """Write the current ontology, and rebuild the indexes if a batch was left pending or
    they have another layout, so that each batch only has to add its own changes."""
    write_ontology(store)
    if not up_to_date(store):
        refresh(store)


def write_ontology(store: TripleStore) -> None:
    """(Re)write the ontology graph, so a store always carries the current version."""
    store.replace_graphs([(str(ONTOLOGY_GRAPH), ntriples_text(ontology_graph()))])


def ingest_paths(
    paths: Iterable[str | Path],
    store: TripleStore,
    options: IngestOptions | None = None,
    track: Callable[[Iterator[Extraction]], Iterator[Extraction]] = lambda x: x,
) -> IngestReport:
    """Ingest articles and merge RDF files (by named graph) into the store.

    Articles are written `options.batch_articles` at a time, one transaction each. `track`
    wraps the stream of extractions (the CLI's progress bar). With `resume`, an article whose
    ID is stored with the same text is skipped before parsing, so an interrupted run continues
    where it stopped; a changed article is still replaced. With `dask` (a scheduler address, or
    "local" for a local cluster of `workers` processes), extraction runs on the cluster (see
    `geokg.distributed`).
    """
    options = options or IngestOptions()
    report = IngestReport()
    paths = list(paths)
    for path in (p for p in paths if is_rdf(p)):
        try:
            graphs, quads = import_rdf(path, store)
        except (InputError, OSError) as error:
            report.errors.append(LoadFailure(str(path), str(error)))
            continue
        report.imported_graphs += graphs
        report.quads += quads
    if report.imported_graphs:
        refresh(store)  # merged graphs may hold events or indexes of their own
    inputs = [p for p in paths if not is_rdf(p)]
    fetch = FetchSettings(timeout=options.fetch_timeout, host_delay=options.host_delay)
    articles = load_articles(inputs, report.unsupported.append, fetch)
    return ingest_articles(articles, store, options, report, track)


def ingest_articles(
    articles: Iterable[Article | LoadFailure],
    store: TripleStore,
    options: IngestOptions,
    report: IngestReport,
    track: Callable[[Iterator[Extraction]], Iterator[Extraction]] = lambda x: x,
) -> IngestReport:
    """The write path every ingest takes, from files or from feeds: date the articles, skip
    the stored ones (`resume`), extract (here or on Dask) and write batch by batch."""
    articles = dated(articles, options.published)
    if options.resume:
        articles = skip_stored(articles, store, report)
    if options.dask:
        from geokg.distributed import shards_on_dask

        prepare(store)
        for shard in shards_on_dask(articles, options):
            if isinstance(shard, LoadFailure):
                report.errors.append(shard)
            else:
                write_shard(shard, store, report)
        return report
    extractions = extract_articles(articles, report.errors.append, options)
    return ingest(track(extractions), store, report, options.batch_articles)


@dataclass
class FeedReport:
    """One feed in one poll: entries new (their articles stored), already seen, failed."""

    feed: str
    new: int = 0
    seen: int = 0
    failed: int = 0


@dataclass
class PollReport(IngestReport):
    feeds: list[FeedReport] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {**super().as_dict(), "feeds": [vars(feed) for feed in self.feeds]}


def poll_feeds(
    feeds: Iterable[str],
    store: Store,
    options: IngestOptions,
    track: Callable[[Iterator[Extraction]], Iterator[Extraction]] = lambda x: x,
) -> PollReport:
    """Poll each feed once, fetch the pages of its new entries and ingest them as one batch
    through `ingest_articles`; then, with the articles committed, save the watch state in the
    store folder (see `geokg.loaders.feeds`)."""
    assert store.path is not None
    state = WatchState.load(store.path)
    report = PollReport()
    articles: dict[str, Article] = {}  # by ID: a story found twice is stored once
    polled: list[tuple[FeedState, FeedPoll, list[str]]] = []
    fetch = FetchSettings(timeout=options.fetch_timeout, host_delay=options.host_delay)
    with Fetcher(fetch) as fetcher:
        for feed in feeds:
            feed_state, counts = state.feed(feed), FeedReport(feed)
            report.feeds.append(counts)
            poll = new_entries(feed, feed_state, fetcher)
            if isinstance(poll, LoadFailure):
                report.errors.append(poll)
                counts.failed += 1
                continue
            counts.seen = poll.seen
            done = []
            for entry in poll.entries:
                found = list(read_url(entry.url, fetcher))
                stories = [item for item in found if isinstance(item, Article)]
                if not stories:
                    attempt = feed_state.attempts.get(entry.key, 0) + 1
                    feed_state.attempts[entry.key] = attempt
                    reason = "; ".join(
                        item.reason for item in found if isinstance(item, LoadFailure)
                    )
                    report.errors.append(
                        LoadFailure(entry.url, f"{reason} (attempt {attempt} of {MAX_ATTEMPTS})")
                    )
                    counts.failed += 1
                    if attempt >= MAX_ATTEMPTS:
                        done.append(entry.key)
                    continue
                for story in stories:
                    merged = state.merge(story, entry.url, content_hash(story.text))
                    articles[merged.id] = merged
                counts.new += 1
                done.append(entry.key)
            polled.append((feed_state, poll, done))
    ingest_articles(articles.values(), store, options, report, track)
    when = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for feed_state, poll, done in polled:
        remember(feed_state, poll, done, when)
    state.save(store.path)
    return report


def skip_stored(
    items: Iterable[Article | LoadFailure], store: TripleStore, report: IngestReport
) -> Iterator[Article | LoadFailure]:
    for item in items:
        if isinstance(item, Article) and holds_article(store, item):
            report.skipped += 1
            continue
        yield item


def holds_article(store: TripleStore, article: Article) -> bool:
    """Whether the article's graph is stored for exactly this text (see `gk:contentHash`)."""
    node = ox.NamedNode(str(article_iri(article.id)))
    stamp = ox.Literal(content_hash(article.text))
    return store.ask(f"ASK {{ GRAPH {node} {{ {node} gk:contentHash {stamp} }} }}")
