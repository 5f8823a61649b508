"""The Python API: one `KnowledgeGraph` object over a store, which the CLI is a thin layer over.

    >>> import geokg
    >>> kg = geokg.open("geokg-data")                  # created if missing
    >>> report = kg.ingest(["articles/"])             # files, folders, JSONL, feeds, RDF
    >>> kg.query("alliances", since="2024-01-01").records()
    >>> kg.events(actors=["Russia"], roots=["19"])    # one dict per event
    >>> kg.visualize("map.html"); kg.export("graph.ttl")

Everything reads the same store, so a notebook and `geokg serve` see the same graph. Failures
raise a `geokg.errors.GeokgError`; inputs that cannot be read are `LoadFailure` values in the
report (or given to `on_failure`), so the rest is still processed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import networkx as nx

from geokg.errors import InputError, LoadFailure
from geokg.graph.export import FORMATS, EventFilter, event_rows, export_actor_graph, export_events
from geokg.graph.store import DEFAULT_STORE, Store, TripleStore, is_endpoint
from geokg.loaders.articles import ArticleFields, load_articles, make_article
from geokg.loaders.dates import parse_date
from geokg.loaders.events import EventRecord
from geokg.options import ExtractOptions, IngestOptions
from geokg.pipeline import (
    Extraction,
    IngestReport,
    PollReport,
    actor_mentions,
    extract_articles,
    extract_paths,
    ingest_paths,
    poll_feeds,
)
from geokg.queries.runner import NamedQuery, QueryResult, pages, run_query

if TYPE_CHECKING:  # imported where used: pyshacl, the analytics and the server load slowly
    from http.server import ThreadingHTTPServer

    from geokg.evaluate import Score
    from geokg.graph.analytics import Analysis
    from geokg.graph.validate import Violation

ACTOR_GRAPH_FORMATS = ("graphml", "gexf", "neo4j")
SUFFIX_FORMATS = {
    ".ttl": "ttl", ".nt": "nt", ".nq": "nq", ".trig": "trig", ".jsonld": "jsonld",
    ".rdf": "xml", ".xml": "xml", ".tsv": "events", ".graphml": "graphml", ".gexf": "gexf",
}  # fmt: skip
FailureHandler = Callable[[LoadFailure], None]

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
  FILTER(?class IN (gk:Country, gk:IGO, gk:NGO, gk:NonStateActor, gk:Person, gk:Organisation))
  BIND(STRAFTER(STR(?class), "#") AS ?kind)
  OPTIONAL { ?actor gk:iso3 ?iso3 }
  OPTIONAL { ?actor gk:cameoActorCode ?cameo }
  OPTIONAL { ?actor owl:sameAs ?wikidata }
  OPTIONAL { ?actor gk:actsFor|gk:basedIn ?home . ?home rdfs:label ?country }
}
GROUP BY ?actor ?label ?kind ?iso3 ?cameo ?wikidata ?country
ORDER BY DESC(?events) ?label
"""


def day(value: str | date | None) -> date | None:
    """An ISO date (or a date, or None) as a date; anything else is an InputError."""
    if value is None or isinstance(value, date):
        return value
    parsed = parse_date(value)
    if parsed is None:
        raise InputError(f"not a date: {value!r} (use YYYY-MM-DD)")
    return parsed


@dataclass
class Written:
    """What `KnowledgeGraph.write` produced: files (none for a stream) and, for the event
    table, its number of rows."""

    paths: list[Path] = field(default_factory=list)
    events: int | None = None


class KnowledgeGraph:
    """An event knowledge graph kept in a store on disk (or in memory, or a SPARQL server)."""

    def __init__(self, store: TripleStore, model: str | None = None) -> None:
        self.store = store
        self.model = model

    def __repr__(self) -> str:
        where = self.store.location or "memory"
        return f"<KnowledgeGraph {where}: {len(self.store)} quads>"

    def close(self) -> None:
        """Let go of the store: a writer's lock, or the checkpoint a reader holds."""
        self.store.close()

    # ------------------------------------------------------------ building

    def ingest(
        self,
        paths: str | Path | Iterable[str | Path],
        options: IngestOptions | None = None,
        track: Callable[[Iterator[Extraction]], Iterator[Extraction]] | None = None,
        **changes: object,
    ) -> IngestReport:
        """Read, extract and store every article under `paths` (RDF files are merged by named
        graph). Failures are listed in the report; the rest is stored. `changes` override
        fields of `options` (`geokg.options.IngestOptions`): published="2025-06-30" dates the
        articles that carry no date of their own; with resume=True, articles already
        stored with the same text are skipped without being parsed; with dask= (a scheduler
        address such as "tcp://host:8786", or "local" for `workers` local processes)
        extraction runs on a Dask cluster (`pip install geokg[dask]`). `track` wraps the
        stream of extractions (a progress bar)."""
        options = replace(options or IngestOptions(model=self.model), **changes)
        options = replace(options, published=day(options.published))  # "2025-06-30" or a date
        paths = [paths] if isinstance(paths, (str, Path)) else paths
        return ingest_paths(paths, self.store, options, **({"track": track} if track else {}))

    def poll_feeds(
        self,
        feeds: Iterable[str],
        options: IngestOptions | None = None,
        track: Callable[[Iterator[Extraction]], Iterator[Extraction]] | None = None,
        **changes: object,
    ) -> PollReport:
        """Poll RSS/Atom feeds once and ingest the articles of their new entries, as `ingest`
        does; what was seen is kept in the store folder, so the next poll (in this process or
        after a restart) fetches only what is new. `geokg watch` calls this in a loop."""
        if not isinstance(self.store, Store) or self.store.path is None:
            raise InputError("watching feeds needs a store folder, where the feeds' state is kept")
        options = replace(options or IngestOptions(model=self.model), **changes)
        options = replace(options, published=day(options.published))
        return poll_feeds(feeds, self.store, options, **({"track": track} if track else {}))

    def extract(self, text: str, published: str | None = None) -> list[EventRecord]:
        """Events in one text, without storing them; `published` (ISO date) anchors "on
        Wednesday"."""
        return extract(text, published, self.model)

    # ------------------------------------------------------------ reading

    def query(self, name_or_sparql: str, limit: int | None = None, **params: object) -> QueryResult:
        """A named query (`geokg query --list`), a .rq file or SPARQL text; `params` fill the
        named query's `$NAME` placeholders (e.g. since="2024-01-01", actor="Russia"). A query
        that lists events answers one page of `limit` rows (100 by default); pass its
        `next_after` as `after=` for the next one, or read them all with `pages`."""
        values = {name: str(value) for name, value in params.items()}
        return run_query(self.store, name_or_sparql, values, limit=limit)

    def pages(
        self, name_or_sparql: str, limit: int | None = None, **params: object
    ) -> Iterator[QueryResult]:
        """Every page of a query, `limit` rows each, following the cursors to the end."""
        values = {name: str(value) for name, value in params.items()}
        return pages(self.store, name_or_sparql, values, limit)

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
        fold: Iterable[str] = (),
    ) -> nx.DiGraph:
        """The actor graph: an edge A -> B sums what A did to B (count, Goldstein sum and mean,
        cooperation/conflict counts, first/last date, events per month, strongest evidence
        sentences). Nodes are countries, organisations and armed groups; `fold` merges armed
        groups into their country ("countries") or organisations into their members
        ("members")."""
        from geokg.graph.network import project

        return project(self.store, day(since), day(until), min_events, tuple(fold))

    def relations(self, **window: object) -> nx.Graph:
        """Undirected pairs with their relation class (alliance ... conflict); same window
        arguments as `to_networkx`."""
        from geokg.graph.network import relations

        return relations(self.to_networkx(**window))  # type: ignore[arg-type]

    def strongest(
        self, kind: str, limit: int = 10, **window: object
    ) -> list[tuple[str, str, dict]]:
        """The strongest cooperative ("positive") or conflictual ("negative") pairs, as
        (label, label, data) with the relation class, event count and Goldstein sum."""
        from geokg.graph.network import ranked_relations

        return ranked_relations(self.relations(**window), kind, limit)

    def analyze(self, min_support: int = 2, **window: object) -> Analysis:
        """Centrality, blocs and structural balance of the relations (see `geokg analyze`);
        allies and adversaries are pairs with at least `min_support` events."""
        from geokg.graph.analytics import analyze

        return analyze(self.relations(**window), min_support)

    # ------------------------------------------------------------ writing out

    def visualize(
        self,
        path: str | Path = "geokg-map.html",
        since: str | date | None = None,
        until: str | date | None = None,
        min_events: int = 1,
        fold: Iterable[str] = (),
        layout: str = "auto",
    ) -> Path:
        """The alliance/tension map: an offline HTML page, or a static .png/.svg picture;
        `layout` is "groups" (connected groups packed in rows), "geo" (countries at their
        capitals) or "auto" (geo when most actors are countries)."""
        graph = self.to_networkx(since, until, min_events, fold)
        if Path(path).suffix.lower() in (".png", ".svg"):
            from geokg.graph.static import write_static

            return write_static(graph, path, layout=layout)
        from geokg.graph.viz import write_html

        return write_html(graph, path, layout=layout)

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
        flat: bool = False,
        fold: Iterable[str] = (),
    ) -> list[Path]:
        """Write the graph to `path`: RDF (ttl nt nq trig jsonld xml), the event table
        (`events`, TSV), or the actor network (graphml, gexf, neo4j = a folder of CSVs).
        The format follows the suffix unless given. Filters narrow RDF and the event table to
        the selected events (with their articles and actors); `graph` to one article; `flat`
        writes nq/trig/jsonld as one default graph (the union) instead of a graph per article;
        `fold` shapes the actor network as in `to_networkx`."""
        selection = self.selection(since, until, actors, roots, quad_classes)
        return self.write(path, format, graph, selection, flat, fold).paths

    def write(
        self,
        target: str | Path | BinaryIO,
        format: str | None = None,
        graph: str | None = None,
        selection: EventFilter | None = None,
        flat: bool = False,
        fold: Iterable[str] = (),
    ) -> Written:
        """Write to a file (a folder for neo4j) or a binary stream (stdout, a socket...) in
        any export format; the format of a file follows its suffix unless given."""
        selection = selection or EventFilter()
        path = None if hasattr(target, "write") else Path(target)  # type: ignore[arg-type]
        format = format or (SUFFIX_FORMATS.get(path.suffix.lower()) if path else None)
        if format in ACTOR_GRAPH_FORMATS:
            if path is None:
                raise InputError(f"{format} needs a file or folder, not a stream")
            network = self.to_networkx(selection.since, selection.until, fold=fold)
            return Written(export_actor_graph(network, path, format))
        if format != "events" and format not in FORMATS:
            known = ", ".join([*FORMATS, "events", *ACTOR_GRAPH_FORMATS])
            raise InputError(f"unknown format {format!r} for {path or 'a stream'}; one of {known}")
        if path is None:
            return Written([], self._stream(target, format, graph, selection, flat))  # type: ignore[arg-type]
        with path.open("wb") as output:
            return Written([path], self._stream(output, format, graph, selection, flat))

    def _stream(
        self,
        output: BinaryIO,
        format: str,
        graph: str | None,
        selection: EventFilter,
        flat: bool = False,
    ) -> int | None:
        from geokg.graph.export import export

        if format == "events":
            return export_events(self.store, output, selection)
        export(self.store, output, format, graph, selection, flat)
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
        since, until = day(since), day(until)
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
        raise InputError(str(article))
    failures: list[LoadFailure] = []
    results = list(extract_articles([article], failures.append, model=model))
    if failures:
        raise InputError(str(failures[0]))
    return results[0].events


def extract_files(
    paths: Iterable[str | Path],
    published: str | date | None = None,
    options: ExtractOptions | None = None,
    on_failure: FailureHandler | None = None,
) -> Iterator[Extraction]:
    """Events of every article in the files, folders, JSONL or feeds (- for stdin), article by
    article; `published` dates the articles that carry no date. Unreadable inputs go to
    `on_failure` (ignored when None)."""
    return extract_paths(paths, on_failure or _ignore, options, day(published))


def dictionary_problems(options: ExtractOptions) -> list[str]:
    """The rows of the user's `verbs` and `actors` files that could not be read, each with
    its file, line and reason; the other rows are used."""
    from geokg.loaders.gazetteer import load_gazetteer
    from geokg.loaders.lexicon import lexicon_problems

    return lexicon_problems(options.verbs) + load_gazetteer(options.actors).problems


def resolve_actors(
    inputs: Iterable[str | Path],
    published: str | date | None = None,
    model: str | None = None,
    on_failure: FailureHandler | None = None,
) -> Iterator[dict[str, object]]:
    """Each actor mention, with the actor it resolved to and the rule that decided: in the
    files (- for stdin) when every input is one, else in the text the inputs spell."""
    inputs = [str(i) for i in inputs]
    if all(i == "-" or _is_file(i) for i in inputs):
        items = load_articles(inputs)
    else:
        items = iter([make_article(ArticleFields(text=" ".join(inputs)), "<text>")])
    return actor_mentions(items, on_failure or _ignore, day(published), model)


def _is_file(name: str) -> bool:
    """Whether `name` names a file; a sentence too long to be a path is text, not an error."""
    try:
        return Path(name).is_file()
    except OSError:
        return False


def _ignore(failure: LoadFailure) -> None:
    """The default failure handler: the caller did not ask to hear about failures."""


def named_queries() -> dict[str, NamedQuery]:
    """The named queries (`queries/*.rq`) by name, with their parameters and descriptions."""
    from geokg.queries.runner import named_queries as found

    return found()


def validate_file(path: str | Path) -> list[Violation]:
    """SHACL violations of an RDF file against `ontology/shapes.ttl` (empty: it conforms)."""
    from geokg.graph.validate import validate_file as validate

    return validate(path)


@dataclass
class Evaluation:
    """Scores of extraction against a gold file (see `geokg.evaluate`)."""

    kind: str  # "actors" or "events"
    items: int  # texts in the gold file
    scores: dict[str, Score]  # what was scored -> precision, recall, F1 and the errors
    confusion: list[tuple[str, str, int]]  # (gold root, predicted root, count) for events

    def as_dict(self) -> dict:
        data = {"kind": self.kind, "items": self.items}
        data |= {name: score.as_dict() for name, score in self.scores.items()}
        if self.confusion:
            data["root_confusion"] = [
                {"gold": g, "predicted": p, "count": n} for g, p, n in self.confusion
            ]
        return data


def evaluate(gold: str | Path, model: str | None = None) -> Evaluation:
    """Score extraction against a gold JSONL file; its kind (actors or events) is read from
    the file."""
    from geokg.evaluate import evaluate_actors, evaluate_events, gold_kind, read_gold

    records = read_gold(gold)
    kind = gold_kind(records)
    if kind == "actors":
        return Evaluation(kind, len(records), {"actors": evaluate_actors(records, model)}, [])
    result = evaluate_events(records, model)
    scores = {
        "events (source, target, CAMEO root)": result.roots,
        "events (source, target, PLOVER)": result.plover,
    }
    confusion = [(g, p, n) for (g, p), n in result.confusion.most_common()]
    return Evaluation(kind, len(records), scores, confusion)


def serve(
    store: str | Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    timeout: float = 10.0,
    max_rows: int = 10_000,
    update_token: str | None = None,
    verbose: bool = False,
) -> ThreadingHTTPServer:
    """The SPARQL endpoint over a store directory, bound and ready for `serve_forever()`
    (see `geokg.queries.server`); updates are accepted only with `update_token`."""
    from geokg.graph.checkpoints import Checkpoints
    from geokg.graph.viz import render_html
    from geokg.queries.server import Settings, make_server

    if is_endpoint(store):
        raise InputError("serve needs a store directory; a remote store is already an endpoint")
    path = Path(store)
    Checkpoints(path).publish_if_free()  # include a killed writer's last commit
    kg = open(path, read_only=True)
    map_html = render_html(kg.to_networkx())
    kg.close()  # the query processes open the store themselves
    settings = Settings(path, timeout, max_rows, update_token, map_html)
    return make_server(settings, host, port, verbose)


def sample_corpus() -> Path:
    """The bundled sample articles (JSONL) that `geokg demo` ingests."""
    return Path(str(files("geokg").joinpath("sample/articles.jsonl")))
