"""Shared fixtures: the spaCy pipeline and the demo graph are built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from geokg.api import sample_corpus
from geokg.graph.store import Store
from geokg.loaders.nlp import load_nlp
from geokg.pipeline import IngestReport, extract_paths, ingest

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture(scope="session")
def corpus_article() -> Path:
    path = CORPUS / "nk_russia_pact.txt"
    if not path.exists():
        pytest.skip(f"shared corpus article not found at {path}")
    return path


@pytest.fixture(scope="session")
def pact_events(nlp, corpus_article):
    errors = []
    (extraction,) = list(extract_paths([corpus_article], errors.append))
    assert errors == []
    return extraction.events


@pytest.fixture(scope="session")
def demo_store(nlp, tmp_path_factory) -> Store:
    """The sample corpus plus the real article, ingested into an on-disk store."""
    store = Store(tmp_path_factory.mktemp("demo") / "store")
    report = IngestReport()
    paths = [sample_corpus()]
    if (CORPUS / "nk_russia_pact.txt").exists():
        paths.append(CORPUS / "nk_russia_pact.txt")
    ingest(extract_paths(paths, report.errors.append), store, report)
    assert report.errors == []
    return store
