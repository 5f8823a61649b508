"""The geokg ontology: namespaces, the OWL file and the data tables it is built from.

Data files (package data, read with importlib.resources):

- `ontology/geokg.ttl`: classes and properties (OWL), aligned with SEM, PROV-O and schema.org.
- `ontology/cameo.tsv`: all CAMEO event codes with root, name, Goldstein score (GDELT's lookup),
  QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
  conflict) and PLOVER type (CAMEO2PLOVER-2021); codes are strings (`010` is not `10`).
- `ontology/gazetteer/*.tsv`: countries, organisations and people that actors resolve to.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import lru_cache
from importlib.resources import files

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD


class TermCache(Namespace):
    """A namespace that builds each term once: rdflib checks and builds a new URIRef on every
    `GK.source`, and writing events touches a dozen such terms per event. Bounded, because
    event and article IRIs are unique."""

    def term(self, name: str) -> URIRef:
        return _namespace_term(str(self), name)


@lru_cache(maxsize=8192)
def _namespace_term(base: str, name: str) -> URIRef:
    return Namespace(base).term(name)


GK = TermCache("https://w3id.org/geokg/ontology#")
GKID = TermCache("https://w3id.org/geokg/id/")
CAMEO = TermCache("https://w3id.org/geokg/cameo#")
PLOVER = TermCache("https://w3id.org/geokg/plover#")
SEM = TermCache("http://semanticweb.cs.vu.nl/2009/11/sem/")
WD = TermCache("http://www.wikidata.org/entity/")
SCHEMA = SDO

PREFIXES = {
    "gk": GK,
    "gkid": GKID,
    "cameo": CAMEO,
    "plover": PLOVER,
    "sem": SEM,
    "wd": WD,
    "schema": SCHEMA,
    "prov": PROV,
    "skos": SKOS,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
}
PREFIX_IRIS = {name: str(namespace) for name, namespace in PREFIXES.items()}  # for SPARQL, Turtle

ONTOLOGY_GRAPH = GKID["graph/ontology"]
ACTORS_GRAPH = GKID["graph/actors"]
STORIES_GRAPH = GKID["graph/stories"]
RELATIONS_GRAPH = GKID["graph/relations"]
DAYS_GRAPH = GKID["graph/days"]
ACTIVITY_GRAPH = GKID["graph/activity"]


def data_text(name: str) -> str:
    return files("geokg.ontology").joinpath(name).read_text("utf-8")


def read_table(name: str) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated data file; lines starting with '#' are comments."""
    lines = [line for line in data_text(name).splitlines() if line and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        yield {key: (value or "").strip() for key, value in row.items()}
