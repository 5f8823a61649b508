"""Accuracy as a number: score extraction against a gold file.

Actor gold (`tests/gold/actors.jsonl`): one text per line with its date and every actor mention
a reader would resolve, as `{"text": "Pyongyang", "cameo": "PRKGOV"}` (`"-"` for a person with
no known country). Anything resolved that is not in the gold is a false positive, so non-actors
(news agencies, share buttons) are scored by leaving them out of the gold.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from geokg.loaders.actors import ArticleActors
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
    if records and all("actors" in r for r in records):
        return "actors"
    raise ValueError("unknown gold format: each line needs an 'actors' list")


def evaluate_actors(records: list[dict], model: str | None = None) -> Score:
    """Precision and recall of (mention text, CAMEO actor code) pairs, counted per text."""
    nlp = load_nlp(model)
    score = Score()
    texts = [(r["text"], r) for r in records]
    for doc, record in nlp.pipe(texts, as_tuples=True):
        day = date.fromisoformat(record["date"]) if record.get("date") else None
        found = Counter((m.text, m.actor.cameo or "-") for m in ArticleActors(doc, day).mentions)
        expected = Counter((a["text"], a["cameo"] or "-") for a in record["actors"])
        hits = found & expected
        score.true_positives += sum(hits.values())
        score.false_positives += sum((found - expected).values())
        score.false_negatives += sum((expected - found).values())
        for kind, pairs in (("spurious", found - expected), ("missed", expected - found)):
            for (text, cameo), count in pairs.items():
                score.errors.append(
                    {"id": record.get("id"), "kind": kind, "mention": text, "cameo": cameo,
                     "count": count, "text": record["text"]}
                )  # fmt: skip
    return score
