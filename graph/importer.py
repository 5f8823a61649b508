"""Import RDF files into the store, merged by named graph, so exports round-trip.

A named graph in the file replaces the graph of the same name in the store (one transaction per
file). Triples outside any named graph (Turtle, N-Triples, RDF/XML) go to a graph named after
the file's content, `graph/import/<sha1>`, so importing the same file twice changes nothing.
RDF/XML is recognised as `.rdf` or `.owl` (`.xml` is read as a news feed).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyoxigraph as ox

from geokg.errors import InputError
from geokg.graph.store import TripleStore
from geokg.ontology import GKID

RDF_SUFFIXES = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}


def is_rdf(path: str | Path) -> bool:
    """Whether a file is RDF to merge (a web page is fetched as an article, whatever its name)."""
    return not str(path).startswith(("http://", "https://")) and (
        Path(path).suffix.lower() in RDF_SUFFIXES
    )


def import_rdf(path: str | Path, store: TripleStore) -> tuple[int, int]:
    """Merge one RDF file into the store; returns (graphs, quads). Raises InputError with the
    parser's message (and line) for a broken file, leaving the store untouched."""
    path = Path(path)
    data = path.read_bytes()
    default = str(GKID[f"graph/import/{hashlib.sha1(data).hexdigest()[:16]}"])
    graphs: dict[str, list[str]] = {}
    try:
        for quad in ox.parse(data, RDF_SUFFIXES[path.suffix.lower()], base_iri=path.as_uri()):
            name = (
                default if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
            )
            graphs.setdefault(name, []).append(f"{quad.triple} .")
    except SyntaxError as error:
        raise InputError(f"not valid RDF: {error}") from None
    store.replace_graphs((name, "\n".join(lines) + "\n") for name, lines in graphs.items())
    return len(graphs), sum(len(lines) for lines in graphs.values())
