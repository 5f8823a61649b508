"""The RDF store: Oxigraph on disk (pyoxigraph's own `Store`), or any SPARQL 1.1 server
(`graph/remote.py`), behind one small interface.

Why pyoxigraph by default and not rdflib's query engine: it bulk-loads several times faster,
reopens instantly and answers aggregate queries an order of magnitude faster (see DESIGN.md).
rdflib stays the model API: graphs are built with rdflib and handed over as N-Triples.

Writes are atomic per batch: each article's named graph is dropped and re-inserted inside one
SPARQL Update, which Oxigraph applies as one transaction, so the store never holds half an
article and re-ingesting the same article leaves exactly the same triples (a batch of articles
not yet stored takes the embedded store's bulk loader instead, also all or nothing; see
`Store.replace_graph_texts`). Queries see the union of all named graphs as their default graph.
Everything above `update`, `query` and `quads_for_pattern` is shared with the remote store, so
both hold the same triples for the same input.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from geokg.errors import StoreError
from geokg.ontology import GK, ONTOLOGY_GRAPH, RELATIONS_GRAPH, STORIES_GRAPH

DEFAULT_STORE = "geokg-data"
# Triples per INSERT DATA operation: servers such as Virtuoso refuse very large single
# operations; several operations in one update request still form one request.
INSERT_CHUNK = 2000
# Oxigraph's bulk loader writes this many quads per set of index files (one atomic ingestion).
BULK_BATCH_QUADS = 1_000_000
# Subjects per transaction when a derived graph (stories, relation totals) is brought up to date.
SYNC_SUBJECTS = 2000


def ntriples_text(graph: Graph) -> str:
    return graph.serialize(format="nt", encoding="utf-8").decode("utf-8") if len(graph) else ""


def nquads_lines(graphs: Iterable[tuple[str, str]]) -> list[str]:
    """(graph IRI, N-Triples text) pairs as N-Quads lines, one per triple."""
    return [
        f"{line.rstrip().removesuffix('.')}<{name}> ."
        for name, triples in graphs
        for line in triples.splitlines()
        if line.strip()
    ]


def _insert(parts: list[str], name: str, triples: str) -> int:
    """Add INSERT DATA operations for the N-Triples text to `parts`; returns the triple count."""
    lines = [line for line in triples.splitlines() if line.strip()]
    for start in range(0, len(lines), INSERT_CHUNK):
        chunk = "\n".join(lines[start : start + INSERT_CHUNK])
        parts.append(f"INSERT DATA {{ GRAPH <{name}> {{\n{chunk}\n}} }}")
    return len(lines)


class GraphStore:
    """What every store offers. Subclasses provide `update`, `query`, `quads_for_pattern`,
    `named_graphs` and `__len__`; writing and the helpers below are shared."""

    path: Path | None = None  # the directory of an on-disk store
    location: str = ""  # what --store said: a directory or an endpoint URL

    def update(self, sparql: str) -> None:
        raise NotImplementedError

    def query(self, sparql: str, **options):
        """Run a SPARQL query; the default graph is the union of all named graphs.

        `options`: `prefixes` (name -> IRI) and `substitutions` (Variable -> term, for bound
        parameters)."""
        raise NotImplementedError

    def quads_for_pattern(self, subject, predicate, object, graph) -> Iterator[ox.Quad]:
        raise NotImplementedError

    def named_graphs(self) -> Iterator[str]:
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    # ---------------------------------------------------------------- writing

    def write_ontology(self, ontology: Graph) -> None:
        """(Re)write the ontology graph, so a store always carries the current version."""
        self.replace_graphs([(str(ONTOLOGY_GRAPH), ontology)])

    def replace_graphs(
        self, graphs: Iterable[tuple[str, Graph]], additions: Iterable[tuple[str, Graph]] = ()
    ) -> int:
        """Replace each named graph in `graphs` and add the triples of `additions` to theirs,
        all in one transaction. Returns the number of triples written."""
        return self.replace_graph_texts(
            ((name, ntriples_text(graph)) for name, graph in graphs),
            ((name, ntriples_text(graph)) for name, graph in additions),
        )

    def replace_graph_texts(
        self, graphs: Iterable[tuple[str, str]], additions: Iterable[tuple[str, str]] = ()
    ) -> int:
        """The same with the triples given as N-Triples text."""
        parts: list[str] = []
        written = 0
        for name, triples in graphs:
            parts.append(f"DROP SILENT GRAPH <{name}>")
            written += _insert(parts, name, triples)
        for name, triples in additions:
            written += _insert(parts, name, triples)
        if parts:
            self.update(" ;\n".join(parts))
        return written

    def sync_described(self, graph: str, wanted: dict[str, set[str]]) -> None:
        """Make the named graph hold exactly `wanted` (subject IRI -> N-Triples lines), writing
        only the subjects whose description changed, `SYNC_SUBJECTS` per transaction. Each
        subject changes whole within one transaction, so a reader (or a crash) never sees half
        a description. The descriptions are held as text (a few MB for 17,000 stories); the
        write buffers stay bounded however large the graph grows."""
        stored: dict[str, set[str]] = {}
        for quad in self.quads(graph):
            stored.setdefault(quad.subject.value, set()).add(f"{quad.triple} .")
        changed = [s for s in wanted.keys() | stored.keys() if wanted.get(s) != stored.get(s)]
        for start in range(0, len(changed), SYNC_SUBJECTS):
            parts = []
            for subject in changed[start : start + SYNC_SUBJECTS]:
                if subject in stored:
                    lines = "\n".join(stored[subject])
                    parts.append(f"DELETE DATA {{ GRAPH <{graph}> {{\n{lines}\n}} }}")
                if subject in wanted:
                    lines = "\n".join(wanted[subject])
                    parts.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{lines}\n}} }}")
            self.update(" ;\n".join(parts))
            self.flush()  # keeps the write buffers, and so memory, from growing chunk by chunk

    def refresh_stories(self) -> None:
        """Bring the stories graph up to date: each story's support is the number of distinct
        articles that report one of its events (re-ingest and changed articles stay exact)."""
        from geokg.graph.derived import story_support

        self.sync_described(str(STORIES_GRAPH), story_support(self))

    def refresh_relations(self) -> None:
        """Rebuild the relation totals (see `graph/derived.py`): per pair of countries, what
        `alliances` and `tensions` read instead of every event when no date window is given.
        Recomputed after each ingest (not per query), so re-ingest and changed articles stay
        exact, like the stories."""
        from geokg.graph.derived import relation_totals

        self.sync_described(str(RELATIONS_GRAPH), relation_totals(self))

    def flush(self) -> None:
        """Make what was written durable and cheap for readers to open (no-op by default)."""

    # ---------------------------------------------------------------- reading

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """All quads, or those of one named graph."""
        name = ox.NamedNode(graph) if graph is not None else None
        return self.quads_for_pattern(None, None, None, name)

    def quads_for_subject(
        self, subject: ox.NamedNode, graph: str | None = None
    ) -> Iterator[ox.Quad]:
        """Everything said about one node (in one named graph, if given)."""
        name = ox.NamedNode(graph) if graph is not None else None
        return self.quads_for_pattern(subject, None, None, name)

    def holds_article(self, article: str, text_hash: str) -> bool:
        """Whether the article's graph is stored for exactly this text (see `gk:contentHash`)."""
        node = ox.NamedNode(article)
        pattern = (node, ox.NamedNode(str(GK.contentHash)), ox.Literal(text_hash), node)
        return any(True for _ in self.quads_for_pattern(*pattern))


class Store(GraphStore):
    """An Oxigraph store on disk (or in memory when `path` is None)."""

    def __init__(self, path: str | Path | None = DEFAULT_STORE, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.location = str(path) if path is not None else ""
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as err:
            if "lock" in str(err).lower():
                raise StoreError(
                    f"store {self.path} is in use by another geokg process; "
                    "wait for it to finish or use another --store"
                ) from err
            raise StoreError(f"cannot open store {self.path}: {err}") from err

    def update(self, sparql: str) -> None:
        self._store.update(sparql)

    def replace_graph_texts(
        self, graphs: Iterable[tuple[str, str]], additions: Iterable[tuple[str, str]] = ()
    ) -> int:
        """When none of the graphs is stored yet (new articles, the usual case) the batch goes
        in through Oxigraph's bulk loader, about three times faster than a transaction
        (bench/RESULTS.md). It is still all or nothing: below `BULK_BATCH_QUADS` the loader
        writes one sorted file per index and hands them to RocksDB in a single atomic
        ingestion (`test_a_bulk_loaded_batch_is_whole_or_absent_after_a_kill` kills it mid-load
        to check). Larger batches take a transactional `load`; replacing stored graphs takes the
        shared path, whose update drops and re-inserts them atomically."""
        graphs, additions = list(graphs), list(additions)
        if any(self._store.contains_named_graph(ox.NamedNode(name)) for name, _ in graphs):
            return super().replace_graph_texts(graphs, additions)
        quads = nquads_lines([*graphs, *additions])
        if len(quads) < BULK_BATCH_QUADS:
            self._store.bulk_load("\n".join(quads), ox.RdfFormat.N_QUADS)
        else:
            self._store.load("\n".join(quads), ox.RdfFormat.N_QUADS)
        return len(quads)

    def flush(self) -> None:
        if self.path is not None:
            self._store.flush()

    def query(self, sparql: str, **options):
        return self._store.query(sparql, use_default_graph_as_union=True, **options)

    def quads_for_pattern(self, subject, predicate, object, graph) -> Iterator[ox.Quad]:
        return self._store.quads_for_pattern(subject, predicate, object, graph)

    def named_graphs(self) -> Iterator[str]:
        for graph in self._store.named_graphs():
            yield graph.value

    def __len__(self) -> int:
        return len(self._store)

    def rdflib_dataset(self) -> Dataset:
        """An rdflib view of the same store (oxrdflib), for code written against rdflib's API."""
        from oxrdflib import OxigraphStore

        return Dataset(store=OxigraphStore(store=self._store))


def is_endpoint(location: object) -> bool:
    """Whether a --store value names a SPARQL endpoint (an http(s) URL) rather than a folder."""
    return isinstance(location, str) and location.startswith(("http://", "https://"))


def open_store(location: str | Path | None = DEFAULT_STORE, read_only: bool = False) -> GraphStore:
    """The store at `location`: an http(s) URL is a SPARQL 1.1 endpoint (see `graph/remote.py`),
    anything else a directory for Oxigraph; None keeps it in memory."""
    if is_endpoint(location):
        from geokg.graph.remote import RemoteStore

        return RemoteStore.from_environment(location, read_only=read_only)
    return Store(location, read_only=read_only)
