"""A store is a store: --store naming any other folder is refused with the folder's name, and
nothing is written into it; files a folder holds in no article format are named by type."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

import geokg
from geokg.errors import StoreError
from geokg.graph.checkpoints import folder_of
from geokg.graph.folder import is_store
from geokg.graph.store import Store
from geokg.loaders.articles import Article, load_articles


def contents(folder):
    return sorted(p.name for p in folder.iterdir())


def test_a_folder_of_other_files_is_not_a_store_and_stays_untouched(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "draft.txt").write_text("Peru recalled its ambassador from Bolivia on Friday.")
    for read_only in (False, True):
        with pytest.raises(StoreError, match=re.escape(f"not a geokg store: {notes}")):
            Store(notes, read_only=read_only)
    assert contents(notes) == ["draft.txt"]
    assert not folder_of(notes).exists()  # no checkpoints beside it either
    a_file = notes / "draft.txt"
    with pytest.raises(StoreError, match=re.escape(f"not a geokg store: {a_file} (a file")):
        Store(a_file)


def test_a_new_or_empty_folder_becomes_a_store_and_opens_again(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(StoreError, match="no store at"):
        Store(empty, read_only=True)  # a reader creates nothing
    assert contents(empty) == []
    for folder in (empty, tmp_path / "new"):
        Store(folder).close()
        assert is_store(folder)
        Store(folder).close()  # a store opens again
        assert list(Store(folder, read_only=True).named_graphs()) == []


def test_the_command_line_names_the_folder_and_exits_3(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("# Notes\n\nNothing here.")
    result = subprocess.run(
        [sys.executable, "-m", "geokg", "stats", "--store", str(notes)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 3
    assert f"not a geokg store: {notes}" in result.stderr.replace("\n", "")
    assert "Traceback" not in result.stderr and contents(notes) == ["a.md"]


def test_unsupported_files_in_a_folder_are_counted_by_type(tmp_path):
    (tmp_path / "talks.txt").write_text("Chile hosted Peru for talks on the border dispute today.")
    for name in ("a.pdf", "b.pdf", "c.PDF", "minutes.docx", ".hidden.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4 not text")
    reported = []
    found = list(load_articles([tmp_path], reported.append))
    assert [type(item) for item in found] == [Article]
    (unsupported,) = reported
    assert unsupported.counts == {".pdf": 3, ".docx": 1}
    assert str(unsupported) == (
        f"{tmp_path}: skipped 3 .pdf, 1 .docx: convert them to text or HTML"
    )


def test_ingest_reports_the_skipped_files_and_still_succeeds(nlp, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "talks.txt").write_text("Chile hosted Peru for talks on the border dispute today.")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    report = geokg.open(tmp_path / "s").ingest([folder])
    assert (report.articles, report.failed) == (1, 0)
    assert report.as_dict()["unsupported_files"] == {str(folder): {".pdf": 1}}
