"""Exports: RDF streamed straight from Oxigraph, the GDELT-style event table, and the actor
graph for network tools.

Quad formats (N-Quads, TriG, JSON-LD) keep the named graphs, so every triple keeps the article it
came from; triple formats (Turtle, N-Triples, RDF/XML) write the union of all graphs, or one
article's graph with `graph=`. The event table streams row by row. The actor graph (the networkx
projection) goes to GraphML or GEXF for Gephi and Cytoscape, or to the two CSV files Neo4j's
`neo4j-admin database import` takes (actors.csv, relations.csv).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import BinaryIO

import networkx as nx
import pyoxigraph as ox

from geokg.graph.network import relation_class
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


def export_events(
    store: Store, output: BinaryIO, since: str | None = None, until: str | None = None
) -> int:
    """The GDELT-style event table (named query `event-table`) as TSV, row by row."""
    from geokg.queries.runner import bind, bindings, named_queries

    query = named_queries()["event-table"]
    values = {k: v for k, v in (("since", since), ("until", until)) if v}
    text = bind(query.text, bindings(query, values))
    answer = store.query(text, prefixes={p: str(ns) for p, ns in PREFIXES.items()})
    variables = [v.value for v in answer.variables]
    output.write(("\t".join(variables) + "\n").encode())
    count = 0
    for solution in answer:
        cells = [solution[v].value if solution[v] is not None else "" for v in variables]
        output.write(("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells) + "\n")
                     .encode())  # fmt: skip
        count += 1
    return count


def _flat(data: dict) -> dict:
    """Scalar attributes only (GraphML/GEXF and CSV cannot hold lists)."""
    flat = {}
    for key, value in data.items():
        if key == "evidence":
            flat["evidence"] = " | ".join(ev.sentence for ev in value)
        elif value is None:
            flat[key] = ""
        elif isinstance(value, (str, int, float, bool)):
            flat[key] = value
    return flat


def actor_graph_for_export(graph: nx.DiGraph) -> nx.DiGraph:
    flat = nx.DiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **_flat(data))
    for a, b, data in graph.edges(data=True):
        flat.add_edge(a, b, **_flat(data), relation=relation_class(data["goldstein"]))
    return flat


def export_actor_graph(graph: nx.DiGraph, output: Path, format: str) -> list[Path]:
    """The actor graph as GraphML or GEXF (one file), or Neo4j import CSVs (a folder)."""
    flat = actor_graph_for_export(graph)
    if format == "graphml":
        nx.write_graphml(flat, output)
        return [output]
    if format == "gexf":
        nx.write_gexf(flat, output)
        return [output]
    output.mkdir(parents=True, exist_ok=True)
    nodes, edges = output / "actors.csv", output / "relations.csv"
    with nodes.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["actorId:ID", "label", "events:int", ":LABEL"])
        for node, data in flat.nodes(data=True):
            writer.writerow([node, data.get("label", node), data.get("events", 0), "Actor"])
    with edges.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                ":START_ID",
                ":END_ID",
                ":TYPE",
                "count:int",
                "goldstein:float",
                "cooperation:int",
                "conflict:int",
                "first",
                "last",
                "evidence",
            ]
        )
        for a, b, data in flat.edges(data=True):
            writer.writerow([a, b, data["relation"].upper(), data["count"], data["goldstein"],
                             data["cooperation"], data["conflict"], data["first"], data["last"],
                             data["evidence"]])  # fmt: skip
    return [nodes, edges]
