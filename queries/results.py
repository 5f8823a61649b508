"""Query results as bytes: SPARQL 1.1 JSON, XML, CSV and TSV for rows and booleans, Turtle,
N-Triples or JSON-LD for triples; what the CLI prints and the endpoint answers.

Our own small result writers (rather than pyoxigraph's) because the CLI and the server both cap
rows while reading, and a capped row list can no longer go through pyoxigraph's serialiser.
"""

from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from geokg.ontology import PREFIX_IRIS
from geokg.queries.runner import QueryResult

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    result = {"type": "literal", "value": term.value}
    if term.language:
        result["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        result["datatype"] = term.datatype.value
    return result


def term_tsv(term) -> str:
    """SPARQL TSV: terms in Turtle/N-Triples syntax."""
    return "" if term is None else str(term)


def to_json(variables: list[str], rows: list[list], boolean: bool | None = None) -> bytes:
    if boolean is not None:
        return json.dumps({"head": {}, "boolean": boolean}).encode()
    bindings = [
        {v: term_json(t) for v, t in zip(variables, row, strict=True) if t is not None}
        for row in rows
    ]
    document = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False).encode()


def to_csv(variables: list[str], rows: list[list], boolean: bool | None = None) -> bytes:
    if boolean is not None:
        return f"{str(boolean).lower()}\r\n".encode()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow([t.value if t is not None else "" for t in row])
    return buffer.getvalue().encode()


def to_tsv(variables: list[str], rows: list[list], boolean: bool | None = None) -> bytes:
    if boolean is not None:
        return f"{str(boolean).lower()}\n".encode()
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join(term_tsv(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode()


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != XSD_STRING:
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"


def to_xml(variables: list[str], rows: list[list], boolean: bool | None = None) -> bytes:
    parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if boolean is not None:
        parts.append(f"<head/><boolean>{str(boolean).lower()}</boolean></sparql>")
        return "".join(parts).encode()
    parts.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in variables))
    parts.append("</head><results>")
    for row in rows:
        cells = "".join(
            f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
            for v, t in zip(variables, row, strict=True)
            if t is not None
        )
        parts.append(f"<result>{cells}</result>")
    parts.append("</results></sparql>\n")
    return "".join(parts).encode()


WRITERS = {
    "application/sparql-results+json": to_json,
    "application/sparql-results+xml": to_xml,
    "text/csv": to_csv,
    "text/tab-separated-values": to_tsv,
}
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
RESULTS_JSON = "application/sparql-results+json"
SHORT_NAMES = {  # what ?format= (the endpoint) and --format (the CLI) accept
    "json": RESULTS_JSON,
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
}


def serialize(result: QueryResult, media: str) -> tuple[str, bytes]:
    """The result in `media`, or in the default for its kind (SPARQL JSON for rows and booleans,
    Turtle with the geokg prefixes for triples) when `media` does not fit; returns the media
    type used and the bytes."""
    if result.triples is not None:
        media = media if media in GRAPH_FORMATS else "text/turtle"
        prefixes = PREFIX_IRIS if media == "text/turtle" else None
        return media, ox.serialize(result.triples, format=GRAPH_FORMATS[media], prefixes=prefixes)
    media = media if media in WRITERS else RESULTS_JSON
    return media, WRITERS[media](result.variables, result.rows, result.boolean)
