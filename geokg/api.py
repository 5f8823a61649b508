"""The Python API: what the CLI does, callable from code and notebooks."""

from __future__ import annotations

from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path

from geokg.graph.store import DEFAULT_STORE, Store
from geokg.loaders.articles import ArticleFields, LoadError, make_article
from geokg.loaders.events import EventRecord
from geokg.pipeline import IngestReport, extract_articles, ingest_paths
from geokg.queries.runner import QueryResult, run_query


def extract(text: str, published: str | None = None, model: str | None = None) -> list[EventRecord]:
    """Events in one piece of text; `published` (ISO date) anchors "on Wednesday"."""
    article = make_article(ArticleFields(text=text, published=published), "<text>")
    if isinstance(article, LoadError):
        raise ValueError(str(article))
    errors: list[LoadError] = []
    results = list(extract_articles([article], errors.append, model=model))
    if errors:
        raise ValueError(str(errors[0]))
    return results[0].events


def open_store(path: str | Path | None = DEFAULT_STORE, read_only: bool = False) -> Store:
    """The store on disk at `path` (created if missing); None for a throwaway in-memory store."""
    return Store(path, read_only=read_only)


def ingest(
    paths: Iterable[str | Path],
    store: Store | str | Path = DEFAULT_STORE,
    model: str | None = None,
    n_process: int = 1,
) -> IngestReport:
    """Read, extract and store every article under `paths` (RDF files are merged by named
    graph); failures are in the report."""
    target = store if isinstance(store, Store) else Store(store)
    return ingest_paths(paths, target, model=model, n_process=n_process)


def query(
    name_or_sparql: str, store: Store | str | Path = DEFAULT_STORE, **params: str
) -> QueryResult:
    """Run a named query (see `geokg query --list`), a .rq file or SPARQL text."""
    target = store if isinstance(store, Store) else Store(store, read_only=True)
    return run_query(target, name_or_sparql, {k: str(v) for k, v in params.items()})


def sample_corpus() -> Path:
    """The bundled sample articles (JSONL) that `geokg demo` ingests."""
    return Path(str(files("geokg").joinpath("sample/articles.jsonl")))
