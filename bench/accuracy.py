"""Accuracy on every gold set, in one table: `make accuracy` (a benchmark, not part of `make test`).

- blind batches (`tests/gold/blind/`): written by someone who had not seen the coder, each
  committed before its first run; the first score of each is recorded in `bench/ACCURACY.md`
  and is the estimate, later runs are not;
- the development set (`tests/gold/dev/`) and the older gold (`tests/gold/*.jsonl`), which the
  coder was tuned on;
- the PETRARCH-2 unit-test records (`tests/fixtures/petr2/`) with their fictional dictionaries
  converted by `geokg.loaders.petrarch`.

Events are scored on (source, target, CAMEO root, negation), actors on (mention, CAMEO code).
`--without PART` leaves out a converted dictionary, to measure what it adds:
`petrarch-verbs` (loaders/data/verbs_petrarch.tsv), `phoenix-actors` (the phoenix_*.tsv
actor tables), `phoenix-agents` (ontology/gazetteer/agents.tsv).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from geokg.evaluate import Score, evaluate_actors, evaluate_events, gold_kind, read_gold
from geokg.loaders import gazetteer, lexicon

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
PETR = ROOT / "tests" / "fixtures" / "petr2"


def gold_sets() -> list[tuple[str, Path, tuple[Path, ...], tuple[Path, ...]]]:
    """(name, file, verbs, actors) of every set, blind batches first."""
    sets = [(f"blind {p.stem}", p, (), ()) for p in sorted((GOLD / "blind").glob("*.jsonl"))]
    sets += [
        ("development set", GOLD / "dev" / "events.jsonl", (), ()),
        ("older gold: events", GOLD / "events.jsonl", (), ()),
        ("older gold: actors", GOLD / "actors.jsonl", (), ()),
        ("PETRARCH-2 unit records", PETR / "records.jsonl", (PETR / "verbs.tsv",),
         (PETR / "actors.tsv",)),
    ]  # fmt: skip
    return [s for s in sets if s[1].exists()]


PARTS = {  # set before anything is loaded: the loaders cache what they read
    "petrarch-verbs": lambda: setattr(lexicon, "CONVERTED_VERBS", ()),
    "phoenix-actors": lambda: setattr(gazetteer, "CONVERTED_TABLES", ()),
    "phoenix-agents": lambda: setattr(gazetteer, "CONVERTED_AGENTS", ()),
}


def score(path: Path, verbs: tuple[Path, ...], actors: tuple[Path, ...]) -> tuple[str, Score]:
    records = read_gold(path)
    kind = gold_kind(records)
    if kind == "actors":
        return kind, evaluate_actors(records, actors=actors)
    return kind, evaluate_events(records, verbs=verbs, actors=actors).roots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--only", help="score only the sets whose name contains this")
    parser.add_argument(
        "--without", action="append", default=[], choices=sorted(PARTS),
        help="leave out a converted dictionary (repeatable)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    for part in args.without:
        PARTS[part]()
    rows = []
    for name, path, verbs, actors in gold_sets():
        if args.only and args.only not in name:
            continue
        kind, result = score(path, verbs, actors)
        rows.append({"set": name, "kind": kind, "items": len(read_gold(path)), **result.as_dict()})
    if args.json:
        json.dump(rows, sys.stdout, indent=1)
        print()
        return 0
    table = Table(title="Accuracy: events on (source, target, root), actors on (mention, code)")
    for column in ("set", "kind", "items", "precision", "recall", "F1", "TP", "FP", "FN"):
        table.add_column(column, justify="left" if column in ("set", "kind") else "right")
    for row in rows:
        table.add_row(
            row["set"], row["kind"], str(row["items"]), f"{row['precision']:.3f}",
            f"{row['recall']:.3f}", f"{row['f1']:.3f}", str(row["true_positives"]),
            str(row["false_positives"]), str(row["false_negatives"]),
        )  # fmt: skip
    Console().print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
