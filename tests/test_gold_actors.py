"""Actor resolution measured on the gold set, and on every key mention of the real article."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from geokg.evaluate import evaluate_actors, read_gold
from geokg.loaders.actors import ArticleActors
from geokg.loaders.articles import load_articles

GOLD = Path(__file__).parent / "gold" / "actors.jsonl"


def test_gold_set_is_big_and_varied():
    records = read_gold(GOLD)
    mentions = [a for r in records for a in r["actors"]]
    assert len(mentions) >= 200
    assert all(r.get("date") for r in records)
    codes = {a["cameo"] for a in mentions}
    assert {"IGOUNO", "IGOWSTNAT", "RUSGOV", "RUSMIL", "KOR", "-"} <= codes
    assert sum(1 for r in records if not r["actors"]) >= 5  # texts with no actor at all


def test_precision_and_recall_on_the_gold_set(nlp):
    score = evaluate_actors(read_gold(GOLD))
    print(json.dumps(score.as_dict()))
    assert score.precision >= 0.95
    assert score.recall >= 0.95


def test_evaluate_command_prints_scores(nlp):
    result = subprocess.run(
        [sys.executable, "-m", "geokg", "evaluate", str(GOLD), "--json"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert scores["kind"] == "actors" and scores["items"] == len(read_gold(GOLD))
    assert scores["actors"]["precision"] >= 0.95 and scores["actors"]["recall"] >= 0.95


def test_every_key_mention_of_the_real_article(nlp, corpus_article):
    (article,) = load_articles([corpus_article])
    actors = ArticleActors(nlp(article.text), None)
    expected = {
        "Russia": "RUS",
        "North Korea": "PRK",
        "North Korean state media": "PRKGOV",  # state media [~GOVMED]: the government speaking
        "South Korea": "KOR",
        "US": "USA",
        "Ukraine": "UKR",
        "Vladimir Putin": "RUSGOV",
        "Putin": "RUSGOV",
        "Kim Jong Un": "PRKGOV",
        "Kim": "PRKGOV",
        "Yoon Suk Yeol": "KORGOV",
        "Pyongyang": "PRKGOV",
        "Democratic People’s Republic of Korea": "PRK",
        "North": "PRK",
    }
    seen = {}
    for mention in actors.mentions:
        if mention.text in expected:
            seen.setdefault(mention.text, set()).add(mention.actor.cameo)
    assert seen == {
        text: set(code) if isinstance(code, tuple) else {code} for text, code in expected.items()
    }
    # every occurrence of these names is resolved: as an actor, or as where something
    # happened ("the war in Ukraine")
    doc = actors.doc
    covered = [
        (doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]))
        for m in actors.mentions + actors.locations
    ]
    names = r"\b(Putin|Kim|Yoon|Russia|Ukraine|US|North Korea|South Korea)\b"
    for match in re.finditer(names, article.text):
        assert any(a <= match.start() and match.end() <= b for a, b in covered), match.group()
    # "Russian President Vladimir Putin": the nationality is part of the title, not a mention
    assert not {"Russian", "North Korean", "South Korean"} & {m.text for m in actors.mentions}
    labels = {m.actor.label for m in actors.mentions}
    assert not labels & {"Associated Press", "AP", "BNC Global Media Group"}
