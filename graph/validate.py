"""Check a graph against the SHACL shapes (`ontology/shapes.ttl`) with pyshacl."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, Namespace
from rdflib.namespace import RDF

from geokg.graph.store import TripleStore
from geokg.ontology import data_text

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    focus: str  # the node that breaks the rule
    path: str  # the property
    message: str
    shape: str  # which shape said so
    value: str | None = None


def shapes() -> Graph:
    return Graph().parse(data=data_text("shapes.ttl"), format="turtle")


def store_graph(store: TripleStore) -> Graph:
    """The union of the store's graphs as one rdflib graph (what the shapes speak about)."""
    triples = store.construct(
        "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"
    )
    return Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")


def validate(data: Graph) -> list[Violation]:
    """All violations, sorted by focus node and path; an empty list means the graph conforms."""
    from pyshacl import validate as shacl_validate

    _, report, _ = shacl_validate(data, shacl_graph=shapes(), inference="none")
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        value = report.value(result, SH.value)
        found.append(
            Violation(
                focus=str(report.value(result, SH.focusNode)),
                path=str(report.value(result, SH.resultPath) or ""),
                message=str(report.value(result, SH.resultMessage) or ""),
                shape=str(report.value(result, SH.sourceShape) or ""),
                value=None if value is None else str(value),
            )
        )
    return sorted(found, key=lambda v: (v.focus, v.path, v.message))


def validate_file(path: str | Path) -> list[Violation]:
    """Validate an RDF file; the named graphs of a quad file are checked as one union."""
    dataset = Dataset()
    dataset.parse(str(path))
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return validate(union)
