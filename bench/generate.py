"""A deterministic generator of news-like articles for the benchmarks (seeded).

Sizes follow wire copy (log-normal around 350 words), actors are drawn with a skew towards the
countries that dominate international news, and about half of the sentences carry no event.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).parent
ACTORS = [  # (phrase, weight): names, capitals, demonym phrases and leaders
    ("the United States", 10), ("Russia", 10), ("China", 9), ("Ukraine", 8), ("Israel", 6),
    ("Iran", 6), ("North Korea", 4), ("South Korea", 4), ("Japan", 4), ("France", 4),
    ("Germany", 4), ("the United Kingdom", 4), ("India", 4), ("Pakistan", 3), ("Turkey", 3),
    ("Saudi Arabia", 3), ("Egypt", 2), ("Brazil", 2), ("Poland", 2), ("Taiwan", 2),
    ("Moscow", 3), ("Beijing", 3), ("Washington", 3), ("Kyiv", 2), ("Tehran", 2),
    ("Russian forces", 2), ("Chinese officials", 2), ("the European Union", 3), ("NATO", 2),
    ("Vladimir Putin", 2), ("Xi Jinping", 2), ("Volodymyr Zelensky", 2),
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def templates() -> list[tuple[int, str]]:
    rows = []
    for line in (HERE / "templates.tsv").read_text().splitlines():
        if line and not line.startswith("#"):
            weight, text = line.split("\t", 1)
            rows.append((int(weight), text))
    return rows


def _actor(rng: random.Random) -> str:
    return rng.choices([p for p, _ in ACTORS], weights=[w for _, w in ACTORS])[0]


def article(rng: random.Random, number: int) -> dict:
    rows = templates()
    words_wanted = max(80, int(rng.lognormvariate(5.85, 0.45)))
    sentences, words = [], 0
    while words < words_wanted:
        template = rng.choices([t for _, t in rows], weights=[w for w, _ in rows])[0]
        a = b = _actor(rng)
        while b == a:
            b = _actor(rng)
        sentence = template.format(A=a, B=b, D=rng.choice(WEEKDAYS))
        sentences.append(sentence[0].upper() + sentence[1:])
        words += len(sentence.split())
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(366))
    return {
        "id": f"bench-{number:06d}",
        "published": day.isoformat(),
        "url": f"https://bench.example.org/{number}",
        "text": "\n\n".join(paragraphs),
    }


def generate(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    return [article(rng, n) for n in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int)
    parser.add_argument("output", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with args.output.open("w") as handle:
        for item in generate(args.count, args.seed):
            handle.write(json.dumps(item) + "\n")


if __name__ == "__main__":
    main()
