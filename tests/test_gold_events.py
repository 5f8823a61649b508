"""Event coding measured on the event gold set: (source, target, CAMEO root) and PLOVER."""

from __future__ import annotations

import json
from pathlib import Path

from geokg.evaluate import evaluate_events, read_gold
from geokg.loaders.lexicon import cameo_table

GOLD = Path(__file__).parent / "gold" / "events.jsonl"


def test_gold_set_covers_the_taxonomy():
    records = read_gold(GOLD)
    events = [e for r in records for e in r["events"]]
    assert all(e["cameo"] in cameo_table() for e in events)
    roots = {e["cameo"][:2] for e in events}
    assert roots == {f"{n:02d}" for n in range(1, 21)}  # all 20 CAMEO roots
    assert any(e.get("negated") for e in events)
    assert sum(1 for r in records if not r["events"]) >= 10  # sentences with no event


def test_precision_and_f1_on_the_gold_set(nlp):
    scores = evaluate_events(read_gold(GOLD))
    print(json.dumps({"roots": scores.roots.as_dict(), "plover": scores.plover.as_dict()}))
    assert scores.roots.precision >= 0.9
    assert scores.roots.f1 >= 0.85
    assert scores.plover.f1 >= 0.85


def test_an_event_with_one_country_on_both_sides_is_not_scored(nlp):
    record = {
        "id": "x",
        "date": "2025-05-03",
        "text": "KHARTOUM, May 3 (Reuters) - Sudan's army and the paramilitary Rapid Support "
        "Forces clashed in Omdurman on Saturday, residents said.",
        "events": [],
    }
    scores = evaluate_events([record]).roots  # the gold lists no SDN-SDN event (GUIDE.md)
    assert (scores.true_positives, scores.false_positives, scores.false_negatives) == (0, 0, 0)
