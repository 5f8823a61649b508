"""Accuracy as a number: score extraction against a gold file.

Actor gold (`tests/gold/actors.jsonl`): one text per line with its date and every actor mention
a reader would resolve, as `{"text": "Pyongyang", "cameo": "PRKGOV"}` (`"-"` for a person with
no known country). Anything resolved that is not in the gold is a false positive, so non-actors
(news agencies, share buttons) are scored by leaving them out of the gold.

Event gold (`tests/gold/events.jsonl`): one text per line with its date and every event in it,
as `{"source": "KOR", "target": "PRK", "cameo": "111"}` plus `"negated": true` where the text
denies it. Actors are compared at country level (ISO3; an organisation by its CAMEO code), so
"Putin" and "Russia" are both RUS. Events are scored as (source, target, CAMEO root, negated)
and, separately, (source, target, PLOVER type); a sentence with no event has an empty list.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from geokg.errors import InputError
from geokg.loaders.actors import ArticleActors
from geokg.loaders.articles import Article
from geokg.loaders.events import EventRecord
from geokg.loaders.gazetteer import Actor
from geokg.loaders.lexicon import cameo_table
from geokg.loaders.nlp import load_nlp


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    errors: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_positives": self.true_positives,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
        }


def read_gold(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_kind(records: list[dict]) -> str:
    for kind in ("actors", "events"):
        if records and all(kind in r for r in records):
            return kind
    raise InputError("unknown gold format: each line needs an 'actors' or an 'events' list")


def evaluate_actors(records: list[dict], model: str | None = None) -> Score:
    """Precision and recall of (mention text, CAMEO actor code) pairs, counted per text."""
    nlp = load_nlp(model)
    score = Score()
    texts = [(r["text"], r) for r in records]
    for doc, record in nlp.pipe(texts, as_tuples=True):
        day = date.fromisoformat(record["date"]) if record.get("date") else None
        found = Counter((m.text, m.actor.cameo or "-") for m in ArticleActors(doc, day).mentions)
        expected = Counter((a["text"], a["cameo"] or "-") for a in record["actors"])
        _tally(score, found, expected, record)
    return score


def actor_key(actor: Actor) -> str:
    """Country-level identity used for scoring: ISO3, else the CAMEO code, else the label."""
    return actor.iso3 or actor.cameo or actor.label


@dataclass
class EventScores:
    roots: Score  # (source, target, CAMEO root, negated)
    plover: Score  # (source, target, PLOVER type)
    confusion: Counter  # (gold root, predicted root) for the same dyad, roots that disagree


def _event_keys(
    events: list[tuple[str, str, str, bool]],
) -> tuple[Counter, Counter]:
    codes = cameo_table()
    roots = Counter((s, t, code[:2], negated) for s, t, code, negated in events)
    plover = Counter(
        (s, t, codes[code].plover) for s, t, code, negated in events if codes[code].plover
    )
    return roots, plover


def _tally(score: Score, found: Counter, expected: Counter, record: dict) -> None:
    score.true_positives += sum((found & expected).values())
    score.false_positives += sum((found - expected).values())
    score.false_negatives += sum((expected - found).values())
    for kind, keys in (("spurious", found - expected), ("missed", expected - found)):
        for key in keys:
            score.errors.append(
                {"id": record.get("id"), "kind": kind, "item": " ".join(map(str, key)),
                 "text": record["text"]}
            )  # fmt: skip


def evaluate_events(records: list[dict], model: str | None = None) -> EventScores:
    """Precision/recall of coded events against the gold, per text (each text is one article)."""
    from geokg.pipeline import extract_articles

    articles = [
        Article(id=r.get("id") or str(n), text=r["text"], published=r.get("date"))
        for n, r in enumerate(records)
    ]
    by_id = {a.id: r for a, r in zip(articles, records, strict=True)}
    scores = EventScores(Score(), Score(), Counter())
    problems: list[str] = []
    for extraction in extract_articles(articles, lambda e: problems.append(str(e)), model=model):
        record = by_id[extraction.article.id]
        predicted = [_predicted(e) for e in extraction.events]
        gold = [
            (e["source"], e["target"], e["cameo"], bool(e.get("negated", False)))
            for e in record["events"]
        ]
        found_roots, found_plover = _event_keys(predicted)
        expected_roots, expected_plover = _event_keys(gold)
        _tally(scores.roots, found_roots, expected_roots, record)
        _tally(scores.plover, found_plover, expected_plover, record)
        for s, t, code, _ in gold:
            for ps, pt, pcode, _ in predicted:
                if (s, t) == (ps, pt) and code[:2] != pcode[:2]:
                    scores.confusion[(code[:2], pcode[:2])] += 1
    if problems:
        raise RuntimeError("; ".join(problems))
    return scores


def _predicted(event: EventRecord) -> tuple[str, str, str, bool]:
    return actor_key(event.source), actor_key(event.target), event.cameo, event.negated
