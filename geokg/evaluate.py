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
Background events (`"background": true` in the gold, `background` in the record) are neither
required nor credited: an earlier event told as context must not be coded as news, and one
that is marked background costs nothing (`tests/gold/GUIDE.md`). The same holds for an event
with one country on both sides at that level ("Sudan's army and the RSF clashed"): the gold does
not list such events, so a coded one is neither credited nor penalised.
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
from geokg.loaders.dates import parse_date
from geokg.loaders.events import EventRecord
from geokg.loaders.gazetteer import Actor, load_gazetteer
from geokg.loaders.lexicon import cameo_code
from geokg.loaders.nlp import load_nlp, parse
from geokg.loaders.petrarch import ORGANISATION_PREFIXES


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


def evaluate_actors(
    records: list[dict], model: str | None = None, actors: tuple[Path, ...] = ()
) -> Score:
    """Precision and recall of (mention, CAMEO actor code) pairs, counted per text.

    A found mention matches a gold one with the same code whose text contains it or is
    contained in it ("Kosovo police" and "Kosovo" are one mention): where a span ends is a
    convention, what it resolves to is the measure."""
    nlp = load_nlp(model, actors)
    gazetteer = load_gazetteer(actors)
    score = Score()
    texts = [(r["text"], r) for r in records]
    for doc, record in parse(texts, nlp):
        day = date.fromisoformat(record["date"]) if record.get("date") else None
        mentions = ArticleActors(doc, day, gazetteer).mentions
        found = Counter((m.text, m.actor.cameo or "-") for m in mentions)
        expected = Counter((a["text"], a["cameo"] or "-") for a in record["actors"])
        _tally(score, _align_spans(found, expected), expected, record)
    return score


def _align_spans(found: Counter, expected: Counter) -> Counter:
    """Found mentions renamed to the gold mention they overlap (same code, one text inside the
    other), so that `_tally` counts them as the same."""
    aligned: Counter = Counter()
    left = Counter(expected)
    for (text, code), count in found.items():
        for _ in range(count):
            if left[(text, code)] > 0:
                key = (text, code)
            else:
                key = next(
                    (
                        g
                        for g in left
                        if left[g] > 0 and g[1] == code and (g[0] in text or text in g[0])
                    ),
                    (text, code),
                )
            left[key] -= 1
            aligned[key] += 1
    return aligned


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
    roots = Counter((s, t, code[:2], negated) for s, t, code, negated in events)
    plover = Counter(
        (s, t, cameo_code(code).plover) for s, t, code, _ in events if cameo_code(code).plover
    )
    return roots, plover


def _item(key: tuple) -> str:
    """An error's key as a reader writes it: 'RUS 11 UKR', 'RUS not 11 UKR', 'Kremlin RUSGOV'."""
    if len(key) == 4:  # (source, target, root, negated)
        source, target, root, negated = key
        return f"{source} {'not ' if negated else ''}{root} {target}"
    if len(key) == 3:  # (source, target, PLOVER type)
        return f"{key[0]} {key[2]} {key[1]}"
    return " ".join(map(str, key))


def _tally(score: Score, found: Counter, expected: Counter, record: dict) -> None:
    score.true_positives += sum((found & expected).values())
    score.false_positives += sum((found - expected).values())
    score.false_negatives += sum((expected - found).values())
    for kind, keys in (("spurious", found - expected), ("missed", expected - found)):
        for key in keys:
            score.errors.append(
                {"id": record.get("id"), "kind": kind, "item": _item(key), "text": record["text"]}
            )  # fmt: skip


def evaluate_events(
    records: list[dict],
    model: str | None = None,
    verbs: tuple[Path, ...] = (),
    actors: tuple[Path, ...] = (),
) -> EventScores:
    """Precision/recall of coded events against the gold, per text (each text is one article).

    Gold actors may be written at any level ("DAGGOV"): they are scored at country level, as
    geokg's are. `verbs` and `actors` are dictionary files added for the run (a gold set with
    fictional actors brings its own)."""
    from geokg.pipeline import extract_articles

    articles = [
        Article(id=r.get("id") or str(n), text=r["text"], published=_day(r.get("date")))
        for n, r in enumerate(records)
    ]
    by_id = {a.id: r for a, r in zip(articles, records, strict=True)}
    countries = load_gazetteer(actors).countries
    scores = EventScores(Score(), Score(), Counter())
    problems: list[str] = []
    extractions = extract_articles(
        articles, lambda e: problems.append(str(e)), model=model, verbs=verbs, actors=actors
    )
    for extraction in extractions:
        record = by_id[extraction.article.id]
        predicted = _country_level_events(extraction.events)
        gold = [
            (
                _country_level(e["source"], countries),
                _country_level(e["target"], countries),
                e["cameo"],
                bool(e.get("negated", False)),
            )
            for e in record["events"]
            if not e.get("background")
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


def _country_level(code: str, countries: dict) -> str:
    """'DAGGOV' -> 'DAG', 'RUSMIL' -> 'RUS'; an organisation's code stays whole."""
    if code[:3] in countries and code[:3] not in ORGANISATION_PREFIXES:
        return code[:3]
    return code


def _day(value: str | None) -> str | None:
    """The gold's date as ISO ('19950101' -> '1995-01-01')."""
    parsed = parse_date(value) if value else None
    return parsed.isoformat() if parsed else None


def _country_level_events(events: list[EventRecord]) -> list[tuple[str, str, str, bool]]:
    """The coded news events as the gold writes them. Sides that are one country at that level
    ('the UN appealed to Sudan's army and the RSF') make one event, as in the gold; an event
    coded twice for the same sides still counts twice, and one with the same country on both
    sides not at all."""
    sides: dict[tuple[str, str, str, bool], Counter] = {}
    for e in events:
        key = (actor_key(e.source), actor_key(e.target), e.cameo, e.negated)
        if not e.background and key[0] != key[1]:
            sides.setdefault(key, Counter())[(e.source.side, e.target.side)] += 1
    return [key for key, counts in sides.items() for _ in range(max(counts.values()))]
