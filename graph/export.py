"""Export the store as RDF, streamed straight from Oxigraph to a file or stdout.

Quad formats (N-Quads, TriG, JSON-LD) keep the named graphs, so every triple keeps the article it
came from; triple formats (Turtle, N-Triples, RDF/XML) write the union of all graphs, or one
article's graph with `graph=`.
"""

from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from geokg.graph.store import Store
from geokg.ontology import PREFIXES

FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    # name: (format, keeps named graphs)
    "ttl": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "xml": (ox.RdfFormat.RDF_XML, False),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "trig": (ox.RdfFormat.TRIG, True),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
}


def export(store: Store, output: BinaryIO, format: str, graph: str | None = None) -> None:
    """Write the store (or one named graph) to `output` in `format` (a key of FORMATS)."""
    rdf_format, keeps_graphs = FORMATS[format]
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    if format in ("nq", "nt"):
        prefixes = None
    if keeps_graphs:
        ox.serialize(store.quads(graph), output, rdf_format, prefixes=prefixes)
        return
    if graph is None:
        triples = store.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
        )
    else:
        triples = store.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
            substitutions={ox.Variable("g"): ox.NamedNode(graph)},
        )
    ox.serialize(triples, output, rdf_format, prefixes=prefixes)
