"""Event coding on the real article: the six events the foundation must find, and nothing from
page furniture. Codes are checked at CAMEO level, actors by ISO3 (people roll up to their
country)."""

from __future__ import annotations

from geokg.api import extract


def dyads(events, **where):
    return {
        (e.source.iso3, e.cameo, e.target.iso3)
        for e in events
        if all(getattr(e, key) == value for key, value in where.items())
    }


def roots(events):
    return {(e.source.iso3, e.root, e.target.iso3) for e in events}


def test_russia_and_north_korea_agree_in_both_directions(pact_events):
    found = roots(pact_events)
    assert {("PRK", "05", "RUS"), ("RUS", "05", "PRK")} <= found  # the deal (057)
    assert {("RUS", "03", "PRK"), ("PRK", "03", "RUS")} <= found  # promise of mutual aid (033)
    deal = [e for e in pact_events if e.cameo == "057"]
    assert {e.plover for e in deal} == {"SUPPORT"}
    assert {e.goldstein for e in deal} == {8.0}


def test_putin_visits_pyongyang(pact_events):
    (visit,) = [e for e in pact_events if e.cameo == "042"]
    assert (visit.source.label, visit.source.cameo) == ("Vladimir Putin", "RUSGOV")
    assert (visit.target.iso3, visit.target.cameo) == ("PRK", "PRKGOV")
    assert visit.plover == "CONSULT" and visit.quad_class == 1


def test_south_korea_condemns_the_deal_and_points_at_it(pact_events):
    condemn = [e for e in pact_events if e.trigger == "condemned"]
    assert dyads(condemn) == {("KOR", "111", "PRK"), ("KOR", "111", "RUS")}
    deal_ids = {e.event_id for e in pact_events if e.cameo == "057"}
    assert all(e.target_event in deal_ids for e in condemn)
    assert all(e.plover == "ACCUSE" and e.goldstein == -2.0 for e in condemn)


def test_us_supports_ukraine_and_ukraine_is_at_war_with_russia(pact_events):
    found = roots(pact_events)
    assert ("USA", "05", "UKR") in found
    assert {("UKR", "19", "RUS"), ("RUS", "19", "UKR")} <= found
    war = [e for e in pact_events if e.root == "19"]
    assert {e.plover for e in war} == {"ASSAULT"} and {e.quad_class for e in war} == {4}


def test_south_korea_criticises_russia_twice_in_one_event(pact_events):
    """'South Korea condemned the deal' and the office's words about Russia's decision are one
    KOR -> RUS 111 event on the same day, told twice: one event, two mentions."""
    (criticism,) = [e for e in pact_events if dyads([e]) == {("KOR", "111", "RUS")}]
    assert criticism.trigger == "condemned" and criticism.mentions >= 2


def test_nothing_comes_from_agencies_or_page_furniture(pact_events):
    labels = {e.source.label for e in pact_events} | {e.target.label for e in pact_events}
    for outsider in ("Associated Press", "AP", "BNC Global Media Group", "facebook"):
        assert outsider not in labels
    assert all(e.source.iso3 and e.target.iso3 for e in pact_events)


def test_every_record_follows_the_event_contract(pact_events, corpus_article):
    from geokg.loaders.articles import load_articles

    (article,) = load_articles([corpus_article])
    keys = {
        "event_id", "article_id", "sentence", "date", "source", "target", "target_event",
        "trigger", "cameo", "plover", "goldstein", "quad_class", "negated", "modality",
        "background", "confidence",
    }  # fmt: skip
    for event in pact_events:
        record = event.to_json()
        assert set(record) == keys
        assert set(record["source"]) == {"id", "label", "iso3", "wikidata", "cameo"}
        assert event.sentence in article.text  # the sentence is kept verbatim
        assert event.article_id == article.id
    ids = [e.event_id for e in pact_events]
    assert len(ids) == len(set(ids))


def test_negation_and_modality(nlp):
    (denied,) = extract("Germany did not condemn Israel.", published="2024-03-01")
    assert (denied.cameo, denied.negated) == ("111", True)
    # an intention is coded as CAMEO codes it: planned sanctions are a threat of sanctions,
    # a promised delivery of weapons an intent to give military aid
    (planned,) = extract("Japan plans to impose sanctions on Russia.", published="2024-03-01")
    assert (planned.cameo, planned.modality) == ("1312", "intended")
    (promised,) = extract("Germany will deliver air defence systems to Ukraine.")
    assert (promised.root, promised.target.iso3, promised.modality) == ("03", "UKR", "intended")
    # a condition and its consequence did not happen: no events, but a threat is one
    assert extract("If Iran attacks Israel, the United States will condemn Iran.") == []
    (threat,) = extract("North Korea threatened to strike South Korea if the drills went ahead.")
    assert (threat.source.iso3, threat.cameo, threat.target.iso3) == ("PRK", "138", "KOR")


def test_passive_voice_swaps_source_and_target(nlp):
    events = extract("Ukraine was attacked by Russia on Tuesday.", published="2024-03-07")
    assert dyads(events) == {("RUS", events[0].cameo, "UKR")}
    assert events[0].root == "19"
    assert events[0].date == "2024-03-05"  # the Tuesday before the article's Thursday


def test_conjoined_subjects_each_act(nlp):
    events = extract("France and Germany condemned Russia.", published="2024-03-01")
    assert dyads(events) == {("FRA", "111", "RUS"), ("DEU", "111", "RUS")}


def test_a_repeated_event_is_one_event_with_several_mentions(nlp):
    (event,) = extract("France condemned Iran. Paris later condemned Tehran again.")
    assert (event.source.iso3, event.cameo, event.target.iso3) == ("FRA", "111", "IRN")
    assert event.mentions == 2
