"""Strip page furniture (share buttons, credits, donation appeals, sidebars) from article text.

The patterns live in `loaders/data/boilerplate.tsv`; this module only applies them and normalises
whitespace so the parser sees one paragraph per block and no stray line breaks mid-sentence.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_SENTENCE_END = re.compile(r"[.!?\"'”’)\]:]$")


@cache
def boilerplate_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rules = []
    table = files("geokg.loaders").joinpath("data/boilerplate.tsv").read_text("utf-8")
    for line in table.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        action, pattern = line.split("\t", 1)
        rules.append((action, re.compile(pattern.strip(), re.I)))
    return tuple(rules)


def _paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines, with hard-wrapped lines joined back together.

    Short lines without sentence punctuation (headlines, buttons, labels) stay blocks of their own
    so the furniture rules can see them one at a time.
    """
    blocks: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        current: list[str] = []
        for line in block.splitlines():
            line = _SPACES.sub(" ", line).strip()
            if not line:
                continue
            standalone = len(line.split()) <= 6 and not _SENTENCE_END.search(line)
            if standalone:
                if current:
                    blocks.append(" ".join(current))
                    current = []
                blocks.append(line)
            else:
                current.append(line)
        if current:
            blocks.append(" ".join(current))
    return blocks


def clean_text(text: str) -> str:
    """Article prose without furniture: paragraphs joined by blank lines."""
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    kept: list[str] = []
    seen_prose = False
    for block in _paragraphs(text):
        action = next((a for a, rule in boilerplate_rules() if rule.search(block)), None)
        if action == "stop" and seen_prose:
            break
        if action is not None:
            continue
        kept.append(block)
        seen_prose = seen_prose or len(block.split()) > 8
    # A lone short line (section label, dateline button) is not prose: drop it.
    return "\n\n".join(b for b in kept if len(b.split()) > 3 or _SENTENCE_END.search(b))


def split_title(text: str) -> tuple[str | None, str]:
    """Separate a plain-text headline from the body.

    The headline is the first short line without final punctuation that is followed by prose;
    one- or two-word lines before it ("Politics") are section labels and are dropped.
    """
    lines = text.replace("\r\n", "\n").split("\n")
    for index, line in enumerate(lines[:8]):
        stripped = line.strip()
        if not stripped:
            continue
        words = len(stripped.split())
        if words <= 2 and not _SENTENCE_END.search(stripped):
            continue  # section label
        if 3 <= words <= 25 and not stripped.endswith("."):
            return stripped, "\n".join(lines[index + 1 :])
        break
    return None, text
