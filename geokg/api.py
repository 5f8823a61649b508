"""The Python API: one `KnowledgeGraph` object over a store, which the CLI is a thin layer over.

    >>> import geokg
    >>> kg = geokg.open("geokg-data")                  # created if missing
    >>> report = kg.ingest(["articles/"])             # files, folders, JSONL, feeds, RDF
    >>> kg.query("alliances", since="2024-01-01").records()
    >>> kg.events(actors=["Russia"], roots=["19"])    # one dict per event
    >>> kg.visualize("map.html"); kg.export("graph.ttl")

Everything reads the same store, so a notebook and `geokg serve` see the same graph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import networkx as nx

from geokg.errors import LoadFailure
from geokg.graph.export import FORMATS, EventFilter, event_rows, export_actor_graph, export_events
from geokg.graph.store import DEFAULT_STORE, Store, TripleStore, is_endpoint
from geokg.loaders.articles import ArticleFields, make_article
from geokg.loaders.dates import parse_date
from geokg.loaders.events import EventRecord
from geokg.pipeline import Extraction, IngestReport, extract_articles, ingest_paths
from geokg.queries.runner import QueryResult, run_query

if TYPE_CHECKING:  # imported where used: pyshacl and the analytics load slowly
    from geokg.graph.analytics import Analysis
    from geokg.graph.validate import Violation

ACTOR_GRAPH_FORMATS = ("graphml", "gexf", "neo4j")
SUFFIX_FORMATS = {
    ".ttl": "ttl", ".nt": "nt", ".nq": "nq", ".trig": "trig", ".jsonld": "jsonld",
    ".rdf": "xml", ".xml": "xml", ".tsv": "events", ".graphml": "graphml", ".gexf": "gexf",
}  # fmt: skip

_STATS = """
SELECT
  (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?event) AS ?events)
  (COUNT(DISTINCT ?actor) AS ?actors)
WHERE {
  { ?article a schema:NewsArticle } UNION { ?event a gk:Event }
  UNION { ?x gk:source|gk:target ?actor }
}
"""
_ACTORS = """
SELECT ?actor ?label ?kind ?iso3 ?cameo ?wikidata ?country (COUNT(DISTINCT ?event) AS ?events)
WHERE {
  ?event gk:source|gk:target ?actor .
  ?actor rdfs:label ?label ; a ?class .
  FILTER(?class IN (gk:Country, gk:IGO, gk:NGO, gk:Person, gk:Organisation))
  BIND(STRAFTER(STR(?class), "#") AS ?kind)
  OPTIONAL { ?actor gk:iso3 ?iso3 }
  OPTIONAL { ?actor gk:cameoActorCode ?cameo }
  OPTIONAL { ?actor owl:sameAs ?wikidata }
  OPTIONAL { ?actor gk:actsFor/rdfs:label ?country }
}
GROUP BY ?actor ?label ?kind ?iso3 ?cameo ?wikidata ?country
ORDER BY DESC(?events) ?label
"""


def _day(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    day = parse_date(value)
    if day is None:
        raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD)")
    return day


class KnowledgeGraph:
    """An event knowledge graph kept in a store on disk (or in memory)."""

    def __init__(self, store: TripleStore, model: str | None = None) -> None:
        self.store = store
        self.model = model

    def __repr__(self) -> str:
        where = self.store.location or "memory"
        return f"<KnowledgeGraph {where}: {len(self.store)} quads>"

    # ------------------------------------------------------------ building

    def ingest(
        self,
        paths: Iterable[str | Path],
        n_process: int = 1,
        batch_size: int = 64,
        resume: bool = False,
        track: Callable[[Iterator[Extraction]], Iterator[Extraction]] | None = None,
        dask: str | None = None,
        workers: int = 2,
        batch_articles: int = 200,
    ) -> IngestReport:
        """Read, extract and store every article under `paths` (RDF files are merged by named
        graph). Failures are listed in the report; the rest is stored. With `resume`, articles
        already stored with the same text are skipped without being parsed. With `dask` (a
        scheduler address such as "tcp://host:8786", or "local" for `workers` local processes)
        extraction runs on a Dask cluster (`pip install geokg[dask]`)."""
        return ingest_paths(
            [paths] if isinstance(paths, (str, Path)) else paths,
            self.store,
            model=self.model,
            batch_size=batch_size,
            n_process=n_process,
            resume=resume,
            dask=dask,
            workers=workers,
            batch_articles=batch_articles,
            **({"track": track} if track else {}),
        )

    def extract(self, text: str, published: str | None = None) -> list[EventRecord]:
        """Events in one text, without storing them; `published` (ISO date) anchors "on
        Wednesday"."""
        return extract(text, published, self.model)

    # ------------------------------------------------------------ reading

    def query(self, name_or_sparql: str, limit: int | None = None, **params: object) -> QueryResult:
        """A named query (`geokg query --list`), a .rq file or SPARQL text; `params` fill the
        named query's `$NAME` placeholders (e.g. since="2024-01-01", actor="Russia")."""
        values = {name: str(value) for name, value in params.items()}
        return run_query(self.store, name_or_sparql, values, limit=limit)

    def stats(self) -> dict[str, int]:
        """Counts of articles, events, actors, quads and named graphs."""
        articles, events, actors = (int(t.value) for t in run_query(self.store, _STATS).rows[0])
        return {
            "articles": articles,
            "events": events,
            "actors": actors,
            "quads": len(self.store),
            "named_graphs": sum(1 for _ in self.store.named_graphs()),
        }

    def actors(self) -> list[dict[str, object]]:
        """Every actor that takes part in an event: IRI, label, kind (Country, IGO, Person...),
        ISO3, CAMEO code, Wikidata IRI, the country it acts for, and its number of events."""
        return run_query(self.store, _ACTORS).records()

    def events(
        self,
        since: str | date | None = None,
        until: str | date | None = None,
        actors: Iterable[str] = (),
        roots: Iterable[str] = (),
        quad_classes: Iterable[int] = (),
    ) -> list[dict[str, object]]:
        """The event table (GDELT-style columns, oldest first), filtered by date window, actors
        (codes, QIDs or names; people count for their country), CAMEO roots and QuadClasses."""
        return list(
            event_rows(self.store, self.selection(since, until, actors, roots, quad_classes))
        )

    def to_networkx(
        self,
        since: str | date | None = None,
        until: str | date | None = None,
        min_events: int = 1,
    ) -> nx.DiGraph:
        """The actor graph: an edge A -> B sums what A did to B (count, Goldstein sum and mean,
        cooperation/conflict counts, first/last date, strongest evidence sentences)."""
        from geokg.graph.network import project

        return project(self.store, _day(since), _day(until), min_events)

    def relations(self, **window: object) -> nx.Graph:
        """Undirected pairs with their relation class (alliance ... conflict); same window
        arguments as `to_networkx`."""
        from geokg.graph.network import relations

        return relations(self.to_networkx(**window))  # type: ignore[arg-type]

    def analyze(self, **window: object) -> Analysis:
        """Centrality, blocs and structural balance of the relations (see `geokg analyze`)."""
        from geokg.graph.analytics import analyze

        return analyze(self.relations(**window))

    # ------------------------------------------------------------ writing out

    def visualize(
        self,
        path: str | Path = "geokg-map.html",
        since: str | date | None = None,
        until: str | date | None = None,
        min_events: int = 1,
    ) -> Path:
        """The alliance/tension map: an offline HTML page, or a static .png/.svg picture."""
        graph = self.to_networkx(since, until, min_events)
        if Path(path).suffix.lower() in (".png", ".svg"):
            from geokg.graph.static import write_static

            return write_static(graph, path)
        from geokg.graph.viz import write_html

        return write_html(graph, path)

    def export(
        self,
        path: str | Path,
        format: str | None = None,
        graph: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        actors: Iterable[str] = (),
        roots: Iterable[str] = (),
        quad_classes: Iterable[int] = (),
    ) -> list[Path]:
        """Write the graph to `path`: RDF (ttl nt nq trig jsonld xml), the event table
        (`events`, TSV), or the actor network (graphml, gexf, neo4j = a folder of CSVs).
        The format follows the suffix unless given. Filters narrow RDF and the event table to
        the selected events (with their articles and actors); `graph` to one article."""
        path = Path(path)
        format = format or SUFFIX_FORMATS.get(path.suffix.lower())
        if format is None:
            raise ValueError(f"cannot tell the format of {path.name}; pass format=")
        if format in ACTOR_GRAPH_FORMATS:
            return export_actor_graph(self.to_networkx(since, until), path, format)
        selection = self.selection(since, until, actors, roots, quad_classes)
        with path.open("wb") as output:
            self.write(output, format, graph, selection)
        return [path]

    def write(
        self,
        output: BinaryIO,
        format: str,
        graph: str | None = None,
        selection: EventFilter | None = None,
    ) -> int | None:
        """Stream RDF or the event table to a binary file object (stdout, a socket...);
        returns the number of rows for the event table."""
        from geokg.graph.export import export

        selection = selection or EventFilter()
        if format == "events":
            return export_events(self.store, output, selection)
        if format not in FORMATS:
            raise ValueError(f"unknown format {format!r}; one of {', '.join(FORMATS)}, events")
        export(self.store, output, format, graph, selection)
        return None

    def validate(self) -> list[Violation]:
        """SHACL violations of the store against `ontology/shapes.ttl` (empty: it conforms)."""
        from geokg.graph.validate import store_graph, validate

        return validate(store_graph(self.store))

    @staticmethod
    def selection(
        since: str | date | None = None,
        until: str | date | None = None,
        actors: Iterable[str] = (),
        roots: Iterable[str] = (),
        quad_classes: Iterable[int] = (),
    ) -> EventFilter:
        """The event filter that `events`, `export` and `write` apply."""
        since, until = _day(since), _day(until)
        return EventFilter(
            since.isoformat() if since else None,
            until.isoformat() if until else None,
            tuple(actors),
            tuple(str(r) for r in roots),
            tuple(int(q) for q in quad_classes),
        )


def open(
    store: str | Path | TripleStore | None = DEFAULT_STORE,
    read_only: bool = False,
    model: str | None = None,
    auth: tuple[str, str] | str | None = None,
    update_url: str | None = None,
) -> KnowledgeGraph:
    """The knowledge graph in the store directory `store` (created if missing; None keeps it
    in memory), or in the SPARQL 1.1 server at an http(s) URL (see `geokg.graph.remote`), with
    `auth` = (user, password) or a bearer token, and updates sent to `update_url` if given.
    `read_only` reads a directory's newest checkpoint, so it can be read while another process
    writes (see `geokg.graph.store`)."""
    if is_endpoint(store):
        from geokg.graph.remote import RemoteStore

        target: TripleStore = RemoteStore(str(store), update_url, auth, read_only)
    elif store is None or isinstance(store, (str, Path)):
        target = Store(store, read_only=read_only)
    else:
        target = store
    return KnowledgeGraph(target, model)


def extract(text: str, published: str | None = None, model: str | None = None) -> list[EventRecord]:
    """Events in one piece of text; `published` (ISO date) anchors "on Wednesday"."""
    article = make_article(ArticleFields(text=text, published=published), "<text>")
    if isinstance(article, LoadFailure):
        raise ValueError(str(article))
    errors: list[LoadFailure] = []
    results = list(extract_articles([article], errors.append, model=model))
    if errors:
        raise ValueError(str(errors[0]))
    return results[0].events


def sample_corpus() -> Path:
    """The bundled sample articles (JSONL) that `geokg demo` ingests."""
    return Path(str(files("geokg").joinpath("sample/articles.jsonl")))
