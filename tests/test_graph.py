"""RDF and the store: one named graph per article, stable IRIs, idempotent re-ingest,
atomic batches."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import RDF, Graph, Literal

from geokg.graph.rdf import article_graph, article_iri, ontology_graph
from geokg.graph.store import Store
from geokg.loaders.articles import load_articles
from geokg.ontology import GK
from geokg.pipeline import IngestReport, extract_paths, ingest

FIXTURES = Path(__file__).parent / "fixtures"


def ingest_into(store, *paths):
    report = IngestReport()
    ingest(extract_paths(paths, report.errors.append), store, report)
    return report


def test_article_graph_describes_events_actors_and_provenance(pact_events, corpus_article):
    (article,) = load_articles([corpus_article])
    graph = article_graph(article, pact_events)
    assert graph.identifier == article_iri(article.id)
    events = set(graph.subjects(predicate=None, object=GK.Event))
    assert len(events) == len(pact_events)
    turtle = graph.serialize(format="turtle")
    reparsed = Graph().parse(data=turtle, format="turtle")
    assert len(reparsed) == len(graph)
    triples = graph.serialize(format="nt")
    for actor, qid in [("RUS", "Q159"), ("person/Q7747", "Q7747"), ("person/Q56226", "Q56226")]:
        assert (
            f"<https://w3id.org/geokg/id/actor/{actor}> <http://www.w3.org/2002/07/owl#sameAs> "
            f"<http://www.wikidata.org/entity/{qid}>" in triples
        )
    # the direct edge reads naturally: Russia - diplomatic cooperation - North Korea
    edges = {
        (s.rsplit("/", 1)[1], p.split("#")[1], o.rsplit("/", 1)[1])
        for s, p, o in graph
        if str(p).startswith(str(GK)) and "/actor/" in str(o) and "/actor/" in str(s)
    }
    assert ("RUS", "cooperatesDiplomaticallyWith", "PRK") in edges
    assert ("KOR", "disapprovesOf", "PRK") in edges


def test_ontology_declares_every_cameo_code_and_root_relation():
    graph = ontology_graph()
    codes = {str(o) for o in graph.objects(None, GK.cameoRoot)}
    assert codes == {f"{n:02d}" for n in range(1, 21)}
    assert len(set(graph.subjects(None, GK.CameoCode))) >= 300


def test_reingesting_changes_nothing(tmp_path, nlp, corpus_article):
    store = Store(tmp_path / "store")
    first = ingest_into(store, corpus_article, FIXTURES / "articles.jsonl")
    quads = sorted(str(q) for q in store.quads())
    second = ingest_into(store, corpus_article, FIXTURES / "articles.jsonl")
    assert first.articles == second.articles == 3
    assert sorted(str(q) for q in store.quads()) == quads
    # one graph per article, plus the shared actors, stories, relations, days, activity, ontology
    assert len(list(store.named_graphs())) == 9


def test_store_survives_reopening_and_rejects_a_second_writer(tmp_path, nlp):
    path = tmp_path / "store"
    store = Store(path)
    ingest_into(store, FIXTURES / "articles.jsonl")
    count = len(store)
    del store
    reopened = Store(path, read_only=True)
    assert len(reopened) == count > 0
    writer = Store(path)
    try:
        Store(path)
    except Exception as error:  # the lock is held by `writer`
        assert "in use by another geokg process" in str(error)
    else:
        raise AssertionError("a second writer must not open the same store")
    del writer


def test_a_bad_file_among_good_ones(tmp_path, nlp):
    (tmp_path / "good.txt").write_text("Chile hosted Peru for talks on Monday in Santiago.")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00\x00\x00binary")
    store = Store(tmp_path / "store")
    report = ingest_into(store, tmp_path)
    assert report.articles == 1
    assert [Path(e.origin).name for e in report.errors] == ["bad.txt"]


def support_of(store):
    result = store.select("SELECT ?story ?n WHERE { ?story a gk:Story ; gk:support ?n }")
    return sorted(int(row["n"].value) for row in result)


def test_the_same_event_from_two_articles_is_one_story(tmp_path, nlp):
    first = tmp_path / "a.jsonl"
    first.write_text(
        '{"id": "a", "published": "2024-06-19", "text": "Japan condemned China on Monday."}\n'
        '{"id": "b", "published": "2024-06-20", "text": "On Tuesday Japan condemned China."}\n'
        '{"id": "c", "published": "2024-09-01", "text": "Japan condemned China again."}\n'
    )
    store = Store(tmp_path / "store")
    ingest_into(store, first)
    assert support_of(store) == [1, 2]  # June 17 and 18 share a week; September does not
    ingest_into(store, first)
    assert support_of(store) == [1, 2]  # re-ingesting changes no count
    first.write_text('{"id": "b", "published": "2024-06-20", "text": "Japan praised China."}\n')
    ingest_into(store, first)  # article b changed: its condemnation is gone
    assert support_of(store) == [1, 1, 1]
    assert codes_in(store, article_iri("b")) == ["051"]  # the praise replaced it
    assert codes_in(store, article_iri("a")) == ["111"]  # the other articles are untouched


def codes_in(store, graph):
    result = store.select(
        f"SELECT ?code WHERE {{ GRAPH <{graph}> {{ ?e a gk:Event ; gk:cameoCode ?code }} }}"
    )
    return sorted(row["code"].value for row in result)


def test_rdflib_view_of_the_same_store(demo_store):
    from rdflib import RDFS, URIRef

    dataset = demo_store.rdflib_dataset()
    russia = URIRef("https://w3id.org/geokg/id/actor/RUS")
    labels = {str(o) for _, _, o, _ in dataset.quads((russia, RDFS.label, None, None))}
    assert labels == {"Russia"}
    assert len(list(dataset.graphs())) == len(list(demo_store.named_graphs())) + 1  # + default


def test_armed_groups_are_based_in_a_country_and_groups_of_states_have_members(nlp):
    from geokg.api import extract
    from geokg.graph.validate import validate
    from geokg.loaders.articles import Article

    text = "Hezbollah fired rockets at Israel on Tuesday. The Quad condemned China on Tuesday."
    article = Article(id="a1", text=text, published="2025-03-04")
    graph = article_graph(article, extract(text, published="2025-03-04"))
    hezbollah = next(graph.subjects(GK.cameoActorCode, Literal("LBNREB")))
    assert (hezbollah, GK.basedIn, None) in graph and (hezbollah, GK.actsFor, None) not in graph
    assert GK.NonStateActor in set(graph.objects(hezbollah, RDF.type))
    quad = next(graph.subjects(GK.cameoActorCode, Literal("IGOASAQUD")))
    members = {str(m).rsplit("/", 1)[1] for m in graph.objects(quad, GK.hasMember)}
    assert members == {"USA", "JPN", "IND", "AUS"}
    assert validate(graph + ontology_graph()) == []
    graph.add((hezbollah, GK.actsFor, next(graph.objects(hezbollah, GK.basedIn))))
    assert any("does not act for it" in v.message for v in validate(graph + ontology_graph()))


def test_background_is_stored_and_left_out_of_relation_scores(tmp_path, nlp):
    import geokg

    story = tmp_path / "story.jsonl"
    text = "Saudi Arabia severed ties with Iran in 2016. Riyadh and Tehran restored ties on Friday."
    story.write_text(json.dumps({"text": text, "published": "2023-03-10"}) + "\n", "utf-8")
    kg = geokg.open(tmp_path / "store")
    kg.ingest([story])
    flags = {
        (r["cameo"], r["background"])
        for r in kg.query(
            "SELECT ?cameo ?background WHERE { ?e gk:cameoCode ?cameo ; gk:background ?background }"
        ).records()
    }
    assert ("161", True) in flags and ("050", False) in flags
    pairs = kg.query("alliances").records() + kg.query("tensions").records()
    (pair,) = {(p["aLabel"], p["bLabel"], p["events"]) for p in pairs}
    assert pair[2] == 2  # the two directions of the restoring, not the 2016 cut
