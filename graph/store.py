"""The store interface, and the embedded store: Oxigraph on disk (pyoxigraph's own `Store`).

Every store, this one or a SPARQL 1.1 server (`graph/remote.py`), is a `TripleStore`: `select`
yields one dict per solution (variable name -> pyoxigraph term, None when unbound),
`construct` yields `Triple`s, `ask` returns a bool, `update` runs SPARQL Update and
`replace_graphs` is the bulk write. Queries see the union of the named graphs as their default
graph and have the geokg prefixes (`ontology.PREFIX_IRIS`) declared, so both backends give the
same Python values for the same query. rdflib stays the model API: graphs are built with rdflib
and handed over as N-Triples text; loading and querying stay in pyoxigraph, several times
faster on disk than rdflib's engine (`bench/RESULTS.md`).

Concurrency and durability of the embedded store, and the documented behaviour each relies on:

- One writer. `Store(DIR)` opens the directory read-write; "only one read-write Store can exist
  at the same time" (Oxigraph's `Store::open`), and RocksDB's lock makes a second writer fail
  at once, here as `StoreError` ("in use by another geokg process").
- Whole batches. Every write is one transaction: `update` and `load` are "applied in a
  transactional manner: either the full operation succeeds, or nothing is written" (pyoxigraph
  docstrings). An article's graph is dropped and re-inserted in one update, and a batch of new
  articles is one `load`. The bulk loader is faster but documented as not atomic ("only a part
  of the data may be written"), so it is not used.
- Readers never open the live directory (pyoxigraph: "Opening as read-only while having an
  other process writing the database is undefined behavior"). After each committed write the
  writer publishes a checkpoint, and `Store(DIR, read_only=True)` opens the newest one, which no
  process writes (`graph/checkpoints.py`). A reader sees whole transactions only and never
  waits for the writer.
- Nothing committed is lost to kill -9. Oxigraph commits with RocksDB's default write options:
  write-ahead log on, no sync, and "if it is just the process that crashes (i.e., the machine
  does not reboot), no writes will be lost even if sync==false" (RocksDB's `WriteOptions::sync`).
  A writer killed between a commit and its checkpoint leaves that commit in the store; the next
  writer publishes it when it opens the store, and so does `geokg serve` at start when no
  writer holds the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

import pyoxigraph as ox
from rdflib import Dataset, Graph

from geokg.errors import QueryError, StoreError
from geokg.graph.checkpoints import Checkpoints
from geokg.graph.folder import check_writable_folder
from geokg.graph.sparql_errors import syntax_error
from geokg.ontology import PREFIX_IRIS

DEFAULT_STORE = "geokg-data"
# Triples per INSERT DATA operation: servers such as Virtuoso refuse very large single
# operations; several operations in one update request still form one request.
INSERT_CHUNK = 2000

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Row = dict[str, Term | None]


class Solutions(Iterator[Row]):
    """SELECT results, streamed: one dict per solution; `variables` in projection order."""

    def __init__(self, variables: list[str], rows: Iterator[Row]) -> None:
        self.variables = variables
        self._rows = rows

    def __next__(self) -> Row:
        return next(self._rows)


class TripleStore(Protocol):
    """What every store offers; see the module docstring."""

    location: str  # what --store said: a directory or an endpoint URL ("" in memory)

    def select(self, sparql: str) -> Solutions: ...

    def construct(self, sparql: str) -> Iterator[ox.Triple]: ...

    def ask(self, sparql: str) -> bool: ...

    def update(self, sparql: str) -> None: ...

    def replace_graphs(
        self, graphs: Iterable[tuple[str, str]], additions: Iterable[tuple[str, str]] = ()
    ) -> int: ...

    def quads(
        self, graph: str | None = None, subject: ox.NamedNode | None = None
    ) -> Iterator[ox.Quad]: ...

    def named_graphs(self) -> Iterator[str]: ...

    def __len__(self) -> int: ...

    def close(self) -> None: ...


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


class UpdateWrites:
    """The bulk write as SPARQL Update, which the embedded and the remote store share, so both
    hold the same triples for the same input."""

    def update(self, sparql: str) -> None:
        raise NotImplementedError

    def replace_graphs(
        self, graphs: Iterable[tuple[str, str]], additions: Iterable[tuple[str, str]] = ()
    ) -> int:
        """Replace each named graph in `graphs` and add the triples of `additions` to theirs
        (graph IRI, N-Triples text), all in one request. Returns the number of triples."""
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


def _form_error(sparql: str, wanted: str) -> QueryError:
    return QueryError(f"not a {wanted} query: {sparql.strip()[:60]!r}")


class Store(UpdateWrites):
    """An Oxigraph store on disk (in memory when `path` is None). Read-write by default, the
    writer of the directory; `read_only` opens the newest checkpoint instead (see above)."""

    def __init__(self, path: str | Path | None = DEFAULT_STORE, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.location = str(path) if path is not None else ""
        self.read_only = read_only
        self._checkpoints = Checkpoints(self.path) if self.path is not None else None
        self._held: BinaryIO | None = None  # holds the shared lock on a reader's checkpoint
        if self._checkpoints is None:
            self._store = ox.Store()
        elif read_only:
            self._store, self._held = self._checkpoints.open_newest()
        else:
            self._store = self._open_writer()
            self._publish()  # a writer killed after its last commit left it unpublished

    def _open_writer(self) -> ox.Store:
        assert self.path is not None
        check_writable_folder(self.path)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            return ox.Store(str(self.path))
        except OSError as error:
            if "lock" in str(error).lower():
                raise StoreError(
                    f"store {self.path} is in use by another geokg process; "
                    "wait for it to finish or use another --store"
                ) from error
            raise StoreError(f"cannot open store {self.path}: {error}") from error

    def _publish(self) -> None:
        if self._checkpoints is not None:
            self._checkpoints.publish(self._store)

    def close(self) -> None:
        """Let go of the store (and of the checkpoint a reader holds)."""
        self._store = None  # type: ignore[assignment]
        if self._held is not None:
            self._held.close()
            self._held = None

    # ---------------------------------------------------------------- reading

    def _query(self, sparql: str):
        try:
            return self._store.query(sparql, prefixes=PREFIX_IRIS, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise syntax_error(str(error), sparql) from None
        except OSError as error:
            raise StoreError(f"reading store {self.location} failed: {error}") from error

    def select(self, sparql: str) -> Solutions:
        answer = self._query(sparql)
        if not isinstance(answer, ox.QuerySolutions):
            raise _form_error(sparql, "SELECT")
        variables = [variable.value for variable in answer.variables]
        return Solutions(variables, ({v: row[v] for v in variables} for row in answer))

    def construct(self, sparql: str) -> Iterator[ox.Triple]:
        answer = self._query(sparql)
        if not isinstance(answer, ox.QueryTriples):
            raise _form_error(sparql, "CONSTRUCT or DESCRIBE")
        return iter(answer)

    def ask(self, sparql: str) -> bool:
        answer = self._query(sparql)
        if not isinstance(answer, ox.QueryBoolean):
            raise _form_error(sparql, "ASK")
        return bool(answer)

    def quads(
        self, graph: str | None = None, subject: ox.NamedNode | None = None
    ) -> Iterator[ox.Quad]:
        """All quads, or those of one named graph, or of one subject."""
        name = ox.NamedNode(graph) if graph is not None else None
        return self._store.quads_for_pattern(subject, None, None, name)

    def named_graphs(self) -> Iterator[str]:
        for graph in self._store.named_graphs():
            yield graph.value

    def __len__(self) -> int:
        return len(self._store)

    def rdflib_dataset(self) -> Dataset:
        """An rdflib view of the same store (oxrdflib), for code written against rdflib's API."""
        from oxrdflib import OxigraphStore

        return Dataset(store=OxigraphStore(store=self._store))

    # ---------------------------------------------------------------- writing

    def _write(self, action, sparql: str = "") -> None:
        if self.read_only:
            raise StoreError(f"store {self.location} is opened read-only")
        try:
            action()
        except SyntaxError as error:
            raise syntax_error(str(error), sparql) from None
        except OSError as error:
            raise StoreError(f"writing store {self.location} failed: {error}") from error
        self._publish()

    def update(self, sparql: str) -> None:
        self._write(lambda: self._store.update(sparql, prefixes=PREFIX_IRIS), sparql)

    def replace_graphs(
        self, graphs: Iterable[tuple[str, str]], additions: Iterable[tuple[str, str]] = ()
    ) -> int:
        """When none of the graphs is stored yet (new articles, the usual case) the batch is
        one transactional `load` of N-Quads, which skips parsing SPARQL; replacing stored
        graphs takes the shared DROP + INSERT update. Either way one transaction."""
        graphs, additions = list(graphs), list(additions)
        if any(self._store.contains_named_graph(ox.NamedNode(name)) for name, _ in graphs):
            return super().replace_graphs(graphs, additions)
        quads = nquads_lines([*graphs, *additions])
        if quads:
            self._write(lambda: self._store.load("\n".join(quads), ox.RdfFormat.N_QUADS))
        return len(quads)


def is_endpoint(location: object) -> bool:
    """Whether a --store value names a SPARQL endpoint (an http(s) URL) rather than a folder."""
    return isinstance(location, str) and location.startswith(("http://", "https://"))
