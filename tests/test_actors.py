"""Actor resolution: gazetteer names, seats of government, titles, terms of office, pronouns,
and what is not an actor."""

from __future__ import annotations

from datetime import date

import pytest

from geokg.loaders.actors import ArticleActors
from geokg.loaders.articles import Article
from geokg.loaders.nlp import parse
from geokg.pipeline import extract_articles


def actors_in(nlp, text: str, day: date | None = date(2024, 6, 20)) -> dict[str, str]:
    actors = ArticleActors(nlp(text), day)
    return {m.text: m.actor.cameo for m in actors.mentions}


def test_names_aliases_demonyms_and_seats(nlp):
    found = actors_in(
        nlp,
        "The DPRK and the Democratic People’s Republic of Korea are one state; the Kremlin, "
        "Moscow and the Russian Federation speak for Russia, and so does the U.S. for America.",
    )
    assert found["DPRK"] == "PRK"
    assert found["Democratic People’s Republic of Korea"] == "PRK"
    assert found["Kremlin"] == "RUSGOV" and found["Moscow"] == "RUSGOV"
    assert found["Russian Federation"] == "RUS"
    assert found["U.S."] == "USA" and found["America"] == "USA"


def test_the_pronoun_us_is_not_the_united_states(nlp):
    assert "us" not in actors_in(nlp, "Help us to continue publishing daily.")


def test_leaders_act_for_their_government_only_during_their_term(nlp):
    assert actors_in(nlp, "Yoon Suk Yeol spoke.", date(2024, 6, 20))["Yoon Suk Yeol"] == "KORGOV"
    assert actors_in(nlp, "Yoon Suk Yeol spoke.", date(2025, 8, 1))["Yoon Suk Yeol"] == "KOR"
    trump = "Donald Trump met reporters."
    assert actors_in(nlp, trump, date(2019, 1, 1))["Donald Trump"] == "USAGOV"
    assert actors_in(nlp, trump, date(2023, 1, 1))["Donald Trump"] == "USA"


def test_titles_place_unknown_people(nlp):
    found = actors_in(nlp, "Chilean President Gabriel Boric met reporters.")
    assert found["Gabriel Boric"] == "CHLGOV"


def test_news_agencies_are_not_actors(nlp):
    found = actors_in(nlp, "The Associated Press and Reuters reported that BNC Global Media Group")
    assert found == {}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russian troops attacked Ukraine.", "RUSMIL", "UKR"),
        ("The Kremlin condemned Washington.", "RUSGOV", "USAGOV"),
        ("Seoul says the North threatened South Korea again.", "PRK", "KOR"),
        ("Ukraine thanked Poland for its support.", "UKR", "POL"),
    ],
)
def test_actor_rules_inside_events(nlp, text, source, target):
    article = Article(id="t", text=text, published="2024-06-20")
    (extraction,) = list(extract_articles([article], on_error=print))
    assert {(e.source.cameo, e.target.cameo) for e in extraction.events} == {(source, target)}


@pytest.mark.slow
def test_two_parser_processes_find_the_same_events(nlp):
    from geokg.api import sample_corpus
    from geokg.loaders.articles import load_articles

    articles = [a for a in load_articles([sample_corpus()]) if isinstance(a, Article)]
    one = [d.to_json() for x in extract_articles(articles, print) for d in x.events]
    two = [d.to_json() for x in extract_articles(articles, print, n_process=2) for d in x.events]
    assert one == two and len(one) > 50


def test_parse_keeps_each_text_with_its_context(nlp):
    docs = list(parse([("Chad hosted Niger.", 1), ("Peru praised Chile.", 2)], nlp))
    assert [(doc.text, context) for doc, context in docs] == [
        ("Chad hosted Niger.", 1),
        ("Peru praised Chile.", 2),
    ]
