"""Exports: RDF streamed straight from Oxigraph, the GDELT-style event table, and the actor
graph for network tools.

Quad formats (N-Quads, TriG, JSON-LD) keep the named graphs, so every triple keeps the article it
came from, unless `flat` asks for the union; triple formats (Turtle, N-Triples, RDF/XML) write the
union of all graphs, or one article's graph with `graph=`. The event table streams row by row,
its columns and their types in `ontology/event_columns.tsv`. The actor graph (the networkx
projection) goes to GraphML or GEXF for Gephi and Cytoscape, or to the two CSV files Neo4j's
`neo4j-admin database import` takes (actors.csv, relations.csv).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

import networkx as nx
import pyoxigraph as ox
from rdflib.namespace import PROV

from geokg.graph.network import relation_class
from geokg.graph.store import TripleStore
from geokg.ontology import GK, PREFIX_IRIS, read_table

FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    # name: (format, keeps named graphs)
    "ttl": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "xml": (ox.RdfFormat.RDF_XML, False),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "trig": (ox.RdfFormat.TRIG, True),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
}


@dataclass(frozen=True)
class EventFilter:
    """Which events an export (or `KnowledgeGraph.events`) keeps.

    `actors` are ISO3 or CAMEO codes, Wikidata QIDs or names; an event matches when its source
    or target is one of them or acts for one of them (a filter on Russia keeps Putin's events).
    `roots` are CAMEO root codes ("19"), `quad_classes` 1-4. Empty means no constraint.
    """

    since: str | None = None
    until: str | None = None
    actors: tuple[str, ...] = ()
    roots: tuple[str, ...] = ()
    quad_classes: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return any((self.since, self.until, self.actors, self.roots, self.quad_classes))

    def actor_keys(self) -> set[str]:
        from geokg.errors import QueryError
        from geokg.queries.runner import resolve_actor

        keys = set()
        for actor in self.actors:
            keys.add(actor.strip().upper())
            with suppress(QueryError):  # not a country: matched as a code or a name only
                keys.add(resolve_actor(actor).rsplit("/", 1)[-1])
        return keys

    def keeps(self, row: dict, actor_keys: set[str]) -> bool:
        if self.roots and row["rootCode"] not in {r.zfill(2) for r in self.roots}:
            return False
        if self.quad_classes and int(row["quadClass"]) not in self.quad_classes:
            return False
        if actor_keys:
            names = ("actor1Code", "actor2Code", "actor1Country", "actor2Country")
            values = {str(row[n] or "").upper() for n in (*names, "actor1Name", "actor2Name")}
            return bool(values & actor_keys)
        return True


def event_rows(store: TripleStore, selection: EventFilter = EventFilter()) -> Iterator[dict]:
    """The event table (named query `event-table`) row by row, as plain values: one pass over
    every row rather than page by page, since an export reads them all, through its plain
    definition (the same rows in the same order), which reads every event without the
    listing's groups and parts that a page needs (8.1 s for 30k rows at 1.4M quads, 12.9 s
    through them)."""
    from geokg.queries.runner import CURSOR, bound_text, named_queries, to_python

    window = {k: v for k, v in (("since", selection.since), ("until", selection.until)) if v}
    query = named_queries()["event-table"]
    text = bound_text(replace(query, text=query.plain), window, whole=True)
    keys = selection.actor_keys()
    for solution in store.select(text):
        row = {name: to_python(term) for name, term in solution.items() if name != CURSOR}
        if selection.keeps(row, keys):
            yield row


def export(
    store: TripleStore,
    output: BinaryIO,
    format: str,
    graph: str | None = None,
    selection: EventFilter = EventFilter(),
    flat: bool = False,
) -> None:
    """Write the store (or one named graph, or the selected events) to `output` in `format`
    (a key of FORMATS). `flat` writes the union of the graphs as the default graph even in a
    quad format, for readers of one graph (`rdflib.Graph().parse` sees nothing in named graphs
    of a JSON-LD document)."""
    rdf_format, keeps_graphs = FORMATS[format]
    keeps_graphs = keeps_graphs and not flat
    prefixes = None if format in ("nq", "nt") else PREFIX_IRIS
    if selection:
        quads = selected_quads(store, selection, graph)
        if keeps_graphs:
            ox.serialize(quads, output, rdf_format, prefixes=prefixes)
        else:
            triples = (ox.Triple(q.subject, q.predicate, q.object) for q in quads)
            ox.serialize(triples, output, rdf_format, prefixes=prefixes)
        return
    if keeps_graphs:
        ox.serialize(store.quads(graph), output, rdf_format, prefixes=prefixes)
        return
    if graph is None:
        where = "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }"
    else:
        where = f"GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }}"
    triples = store.construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}")
    ox.serialize(triples, output, rdf_format, prefixes=prefixes)


def selected_quads(
    store: TripleStore, selection: EventFilter, graph: str | None = None
) -> Iterator[ox.Quad]:
    """The quads of each selected event, then (once each) of the articles they came from and
    the actors they involve, so the subset is self-contained. Only the described nodes are
    remembered, not the quads, so memory grows with articles and actors, not events."""
    described: set[str] = set()
    for row in event_rows(store, selection):
        event = ox.NamedNode(row["event"])
        related = []
        for quad in store.quads(graph, subject=event):
            yield quad
            if quad.predicate.value in _RELATED and isinstance(quad.object, ox.NamedNode):
                related.append(quad.object)
        for node in related:
            if node.value not in described:
                described.add(node.value)
                yield from store.quads(subject=node)


_RELATED = {str(GK.source), str(GK.target), str(PROV.wasDerivedFrom)}


def export_events(
    store: TripleStore, output: BinaryIO, selection: EventFilter = EventFilter()
) -> int:
    """The GDELT-style event table as TSV, row by row; the columns and their types are
    `ontology/event_columns.tsv`."""
    variables = [column["column"] for column in read_table("event_columns.tsv")]
    output.write(("\t".join(variables) + "\n").encode())
    count = 0
    for row in event_rows(store, selection):
        cells = ["" if row[v] is None else _cell(row[v]) for v in variables]
        output.write(("\t".join(cells) + "\n").encode())
        count += 1
    return count


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).replace("\t", " ").replace("\n", " ")


def _flat(data: dict) -> dict:
    """Scalar attributes only (GraphML/GEXF and CSV cannot hold lists): lists and counts per
    month are joined with |."""
    flat = {}
    for key, value in data.items():
        if key == "evidence":
            flat["evidence"] = " | ".join(ev.sentence for ev in value)
        elif value is None:
            flat[key] = ""
        elif isinstance(value, (str, int, float, bool)):
            flat[key] = value
        elif isinstance(value, dict):  # events per month: "2024-01:2|2024-03:1"
            flat[key] = "|".join(f"{k}:{v}" for k, v in value.items())
        elif isinstance(value, list):  # an organisation's members: "FRA|DEU"
            flat[key] = "|".join(map(str, value))
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
