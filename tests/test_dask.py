"""Extraction on a Dask cluster (a local one with two worker processes) stores exactly what
the normal path stores."""

from __future__ import annotations

from pathlib import Path

import pytest

import geokg

pytest.importorskip("distributed")


@pytest.mark.slow
def test_dask_local_finds_the_same_triples(tmp_path, nlp, monkeypatch):
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "Japan praised Chile."}\n{not json\n')
    inputs = [geokg.sample_corpus(), broken]

    normal = geokg.open(tmp_path / "normal")
    expected = normal.ingest(inputs, batch_articles=5)
    on_dask = geokg.open(tmp_path / "dask")

    def not_here(*args, **kwargs):
        raise AssertionError("with --dask, extraction must run on the workers")

    monkeypatch.setattr("geokg.pipeline.extract_articles", not_here)  # workers are new processes
    report = on_dask.ingest(inputs, dask="local", workers=2, batch_articles=5)  # 5 shards

    assert (report.articles, report.events) == (expected.articles, expected.events)
    assert expected.articles == 21 and expected.events > 80  # the coder's count may move
    assert [str(e) for e in report.errors] == [str(e) for e in expected.errors]
    assert [Path(e.origin).name for e in report.errors] == ["broken.jsonl:2"]
    quads = {str(q) for q in on_dask.store.quads()}
    assert quads == {str(q) for q in normal.store.quads()} and len(quads) > 4000
