"""Events to RDF in the geokg ontology: one rdflib graph per article.

The named graph of an article (its IRI is the article's) holds the article node and its events.
Actors are described once, in the shared graph `graph/actors`: their descriptions come from the
gazetteer and are the same whichever article names them, so a label or a Wikidata link appears
once in the union of all graphs (no duplicate rows in queries). IRIs are stable (`actor/RUS`,
`event/<hash>`, `article/<hash>`), so re-ingesting yields the same triples.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal
from functools import cache

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, SKOS, XSD

from geokg.loaders.articles import Article
from geokg.loaders.events import EventRecord
from geokg.loaders.gazetteer import Actor, load_gazetteer
from geokg.loaders.lexicon import cameo_table
from geokg.ontology import CAMEO, GK, GKID, PLOVER, PREFIXES, SCHEMA, SEM, WD, data_text

# Negated and hypothetical events do not become direct actor-to-actor edges.
EDGE_MODALITIES = {"asserted", "reported", "intended"}


def article_iri(article_id: str) -> URIRef:
    return GKID[f"article/{hashlib.sha1(article_id.encode('utf-8')).hexdigest()[:16]}"]


def actor_iri(actor: Actor) -> URIRef:
    return GKID[f"actor/{actor.id}"]


def event_iri(event_id: str) -> URIRef:
    return GKID[f"event/{event_id}"]


def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@cache
def ontology_graph() -> Graph:
    """The OWL ontology plus the CAMEO code list as SKOS concepts (from cameo.tsv)."""
    graph = new_graph()
    graph.parse(data=data_text("geokg.ttl"), format="turtle")
    for code in cameo_table().values():
        node = CAMEO[code.code]
        graph.add((node, RDF.type, GK.CameoCode))
        graph.add((node, SKOS.notation, Literal(code.code)))
        graph.add((node, SKOS.prefLabel, Literal(code.name, lang="en")))
        graph.add((node, GK.goldstein, Literal(Decimal(str(code.goldstein)))))
        graph.add((node, GK.quadClass, Literal(code.quad_class)))
        if code.code != code.root:
            graph.add(
                (node, SKOS.broader, CAMEO[code.code[:-1] if len(code.code) > 3 else code.root])
            )
        if code.plover:
            graph.add((node, GK.ploverType, PLOVER[code.plover]))
    return graph


@cache
def relation_properties() -> dict[str, URIRef]:
    """CAMEO root -> the direct actor-to-actor property (declared in geokg.ttl)."""
    graph = ontology_graph()
    return {
        str(root): prop
        for prop, root in graph.subject_objects(GK.cameoRoot)
        if (prop, RDF.type, GK.RelationProperty) in graph
    }


def new_graph(identifier: URIRef | None = None) -> Graph:
    """A graph on rdflib's SimpleMemory store: it adds triples twice as fast as the default
    store, whose extra indexes (per context) a single article's graph does not use."""
    graph = Graph(store="SimpleMemory", identifier=identifier)
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def add_actor(graph: Graph, actor: Actor) -> URIRef:
    """Describe the actor in `graph` unless it already is (its description depends on the actor
    alone, so an actor named by a thousand events is described once)."""
    node = actor_iri(actor)
    if (node, RDF.type, None) in graph:
        return node
    gazetteer = load_gazetteer()
    kind_class = {"country": GK.Country, "person": GK.Person, "group": GK.NonStateActor}.get(
        actor.kind, GK.Organisation
    )
    if actor.kind == "organisation":
        kind_class = GK.NGO if actor.role == "NGO" else GK.IGO
    if actor.kind == "country" and actor.role:
        kind_class = GK.Actor  # a part of a country: its government, military ...
    graph.add((node, RDF.type, kind_class))
    graph.add((node, RDFS.label, Literal(actor.label)))
    if actor.cameo:
        graph.add((node, GK.cameoActorCode, Literal(actor.cameo)))
    if actor.wikidata:
        graph.add((node, OWL.sameAs, WD[actor.wikidata]))
    if actor.title:
        graph.add((node, GK.title, Literal(actor.title)))
    if actor.role and actor.kind != "organisation":
        graph.add((node, GK.role, Literal(actor.role)))
    country = gazetteer.countries.get(actor.iso3 or "")
    if country is not None and country.id == actor.id:
        graph.add((node, GK.iso3, Literal(actor.iso3)))
    elif country is not None:  # Hezbollah is based in Lebanon; Putin acts for Russia
        link = GK.basedIn if actor.kind == "group" else GK.actsFor
        graph.add((node, link, add_actor(graph, country)))
    for member in gazetteer.members_of(actor):
        graph.add((node, GK.hasMember, add_actor(graph, member)))
    return node


def country_of(graph: Graph, actor: Actor) -> URIRef | None:
    country = load_gazetteer().countries.get(actor.iso3 or "")
    return add_actor(graph, country) if country is not None else None


def add_event(graph: Graph, actors: Graph, record: EventRecord, article_node: URIRef) -> URIRef:
    """The event node in `graph`; its actors' descriptions in `actors`."""
    node = event_iri(record.event_id)
    source = add_actor(actors, record.source)
    target = add_actor(actors, record.target)
    source_country = country_of(actors, record.source)
    target_country = country_of(actors, record.target)
    add = graph.add
    add((node, RDF.type, GK.Event))
    add((node, GK.eventCode, CAMEO[record.cameo]))
    add((node, GK.cameoCode, Literal(record.cameo)))
    add((node, GK.cameoRoot, Literal(record.root)))
    if record.plover:
        add((node, GK.ploverType, PLOVER[record.plover]))
    add((node, GK.goldstein, Literal(Decimal(str(record.goldstein)))))
    add((node, GK.quadClass, Literal(record.quad_class)))
    add((node, GK.source, source))
    add((node, GK.target, target))
    if source_country is not None:
        add((node, GK.sourceCountry, source_country))
    if target_country is not None:
        add((node, GK.targetCountry, target_country))
    if record.target_event:
        add((node, GK.targetEvent, event_iri(record.target_event)))
    if record.date:
        add((node, SEM.hasTimeStamp, Literal(record.date, datatype=XSD.date)))
    add((node, GK.trigger, Literal(record.trigger)))
    add((node, GK.sentence, Literal(record.sentence)))
    add((node, GK.negated, Literal(record.negated)))
    add((node, GK.background, Literal(record.background)))
    add((node, GK.modality, Literal(record.modality)))
    add((node, GK.confidence, Literal(Decimal(str(record.confidence)))))
    add((node, PROV.wasDerivedFrom, article_node))
    add((node, GK.story, GKID[f"story/{record.story}"]))
    add((node, GK.mentions, Literal(record.mentions)))
    if not record.negated and not record.background and record.modality in EDGE_MODALITIES:
        relation = relation_properties()[record.root]
        add((source_country or source, relation, target_country or target))
    return node


def article_graph(
    article: Article, records: Iterable[EventRecord], actors: Graph | None = None
) -> Graph:
    """The named graph of one article: the article and its events. Actor descriptions go to
    `actors` (the shared actors graph), or into the article graph itself when it is None."""
    node = article_iri(article.id)
    graph = new_graph(identifier=node)
    actors = graph if actors is None else actors
    graph.add((node, RDF.type, SCHEMA.NewsArticle))
    graph.add((node, GK.articleId, Literal(article.id)))
    graph.add((node, GK.contentHash, Literal(content_hash(article.text))))
    if article.title:
        graph.add((node, SCHEMA.headline, Literal(article.title)))
    if article.url:
        graph.add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.published:
        graph.add((node, SCHEMA.datePublished, Literal(article.published, datatype=XSD.date)))
    if article.source:
        graph.add((node, SCHEMA.publisher, Literal(article.source)))
    if article.author:
        graph.add((node, SCHEMA.author, Literal(article.author)))
    for url in article.other_urls:
        graph.add((node, SCHEMA.sameAs, Literal(url, datatype=XSD.anyURI)))
    for record in records:
        add_event(graph, actors, record, node)
    return graph
