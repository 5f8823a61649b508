"""The RDF store: Oxigraph on disk (pyoxigraph's own `Store`), or any SPARQL 1.1 server
(`graph/remote.py`), behind one small interface.

Why pyoxigraph by default and not rdflib's query engine: it bulk-loads several times faster,
reopens instantly and answers aggregate queries an order of magnitude faster (see DESIGN.md).
rdflib stays the model API: graphs are built with rdflib and handed over as N-Triples.

Writes are atomic per batch: each article's named graph is dropped and re-inserted inside one
SPARQL Update, which Oxigraph applies as one transaction, so the store never holds half an
article and re-ingesting the same article leaves exactly the same triples. Queries see the union
of all named graphs as their default graph. Everything above `update`, `query` and
`quads_for_pattern` is shared with the remote store, so both hold the same triples for the same
input.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from geokg.ontology import GK, GKID, ONTOLOGY_GRAPH, RELATIONS_GRAPH, STORIES_GRAPH

DEFAULT_STORE = "geokg-data"
# Triples per INSERT DATA operation: servers such as Virtuoso refuse very large single
# operations; several operations in one update request still form one request.
INSERT_CHUNK = 2000


class StoreError(RuntimeError):
    """The store cannot be opened or written; the message says why and what to do."""


def ntriples_text(graph: Graph) -> str:
    return graph.serialize(format="nt", encoding="utf-8").decode("utf-8") if len(graph) else ""


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

    def refresh_stories(self) -> None:
        """Rebuild the stories graph: each story's support is the number of distinct articles
        that report one of its events (one transaction; re-ingest and updates stay exact)."""
        graph = str(STORIES_GRAPH)
        self.update(
            f"""
            PREFIX gk: <{GK}>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            DROP SILENT GRAPH <{graph}> ;
            INSERT {{ GRAPH <{graph}> {{ ?story a gk:Story ; gk:support ?support }} }}
            WHERE {{
              SELECT ?story (COUNT(DISTINCT ?article) AS ?support) WHERE {{
                GRAPH ?g {{ ?event gk:story ?story ; prov:wasDerivedFrom ?article }}
              }} GROUP BY ?story
            }}"""
        )

    def refresh_relations(self) -> None:
        """Rebuild the relation summaries: per unordered pair of countries and day, the count,
        Goldstein sum and cooperation/conflict counts of the events that the alliances and
        tensions queries weigh, and the same per pair over all time, so those queries add up
        one row per pair (no date window) or a row per pair and day instead of every event.
        One aggregate over all events after each ingest (not per query); exact under
        re-ingest and changed articles, like the stories."""
        graph = str(RELATIONS_GRAPH)
        self.update(
            f"""
            PREFIX gk: <{GK}>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            DROP SILENT GRAPH <{graph}> ;
            INSERT {{ GRAPH <{graph}> {{
              ?summary a gk:RelationSummary ; gk:pairA ?a ; gk:pairB ?b ; gk:day ?day ;
                gk:eventCount ?events ; gk:goldsteinSum ?goldstein ;
                gk:cooperationCount ?cooperation ; gk:conflictCount ?conflict }} }}
            WHERE {{
              SELECT ?a ?b ?day (COUNT(?e) AS ?events) (SUM(?g) AS ?goldstein)
                     (SUM(IF(?q <= 2, 1, 0)) AS ?cooperation)
                     (SUM(IF(?q >= 3, 1, 0)) AS ?conflict)
                     (IRI(CONCAT("{GKID}relation/", MD5(CONCAT(
                        STR(?a), " ", STR(?b), " ", COALESCE(STR(?day), ""))))) AS ?summary)
              WHERE {{
                GRAPH ?article {{
                  ?e a gk:Event ; gk:sourceCountry ?x ; gk:targetCountry ?y ; gk:goldstein ?g ;
                     gk:quadClass ?q ; gk:negated false ; gk:modality ?m .
                  OPTIONAL {{ ?e sem:hasTimeStamp ?day }}
                }}
                FILTER(?m != "hypothetical" && ?x != ?y)
                BIND(IF(STR(?x) < STR(?y), ?x, ?y) AS ?a)
                BIND(IF(STR(?x) < STR(?y), ?y, ?x) AS ?b)
              }}
              GROUP BY ?a ?b ?day
            }} ;
            INSERT {{ GRAPH <{graph}> {{
              ?total a gk:RelationTotal ; gk:pairA ?a ; gk:pairB ?b ; gk:eventCount ?events ;
                gk:goldsteinSum ?goldstein ; gk:cooperationCount ?cooperation ;
                gk:conflictCount ?conflict }} }}
            WHERE {{
              SELECT ?a ?b (SUM(?n) AS ?events) (SUM(?g) AS ?goldstein)
                     (SUM(?c) AS ?cooperation) (SUM(?k) AS ?conflict)
                     (IRI(CONCAT("{GKID}relation/", MD5(CONCAT(
                        STR(?a), " ", STR(?b), " all")))) AS ?total)
              WHERE {{
                GRAPH <{graph}> {{
                  ?summary a gk:RelationSummary ; gk:pairA ?a ; gk:pairB ?b ; gk:eventCount ?n ;
                    gk:goldsteinSum ?g ; gk:cooperationCount ?c ; gk:conflictCount ?k .
                }}
              }}
              GROUP BY ?a ?b
            }}"""
        )

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


def open_store(location: str | Path | None = DEFAULT_STORE, read_only: bool = False) -> GraphStore:
    """The store at `location`: an http(s) URL is a SPARQL 1.1 endpoint (see `graph/remote.py`),
    anything else a directory for Oxigraph; None keeps it in memory."""
    if isinstance(location, str) and location.startswith(("http://", "https://")):
        from geokg.graph.remote import RemoteStore

        return RemoteStore.from_environment(location, read_only=read_only)
    return Store(location, read_only=read_only)
