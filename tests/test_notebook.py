"""The exploration notebook runs top to bottom, on the sample it builds and on a user's store,
so it never rots; it deletes nothing and leaves a user's store as it was."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).parent.parent / "notebooks" / "explore.ipynb"


def test_notebook_is_stored_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)


def run_notebook(monkeypatch, **environment: str) -> tuple[list[str], str]:
    """Run every cell in a fresh kernel with `environment`; the text each code cell printed,
    and all outputs as one string."""
    for name in ("GEOKG_STORE", "GEOKG_WORKDIR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in {"MPLBACKEND": "Agg", **environment}.items():
        monkeypatch.setenv(name, value)
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(notebook, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})  # fmt: skip
    client.execute()  # raises CellExecutionError, with the cell and traceback, on any error

    def text_of(cell) -> str:
        parts = []
        for output in cell.outputs:
            parts.append(output.get("text", ""))
            parts.append(output.get("data", {}).get("text/plain", ""))
        return "\n".join(parts)

    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    return [text_of(cell) for cell in code], "".join(str(cell.outputs) for cell in code)


def assert_findings(outputs: list[str], everything: str) -> None:
    assert any("Vladimir Putin" in o or "Russia" in o for o in outputs[2:4])
    assert any("North Korea" in o and "Russia" in o for o in outputs if "aLabel" in o)
    assert any("triangles are balanced" in o for o in outputs)
    assert "<iframe srcdoc=" in everything
    assert any("triples in the conflict subset" in o for o in outputs)


@pytest.mark.slow
def test_notebook_builds_the_sample_in_a_folder_of_its_own(tmp_path, monkeypatch, corpus_article):
    """Its findings (the Russia-North Korea tie) come from the shared article, hence the fixture.
    A folder named store in GEOKG_WORKDIR is the user's, and stays as it was."""
    workdir, scratch = tmp_path / "out", tmp_path / "tmp"
    (workdir / "store").mkdir(parents=True)
    (workdir / "store" / "keep.txt").write_text("mine")
    scratch.mkdir()
    outputs, everything = run_notebook(monkeypatch, GEOKG_WORKDIR=str(workdir),
                                       TMPDIR=str(scratch))  # fmt: skip
    ingest = next(o for o in outputs if "articles," in o)
    assert " 0 failed" in ingest
    assert_findings(outputs, everything)
    assert (workdir / "store" / "keep.txt").read_text() == "mine"
    assert (workdir / "map.html").exists() and (workdir / "graph.ttl").stat().st_size > 10_000
    (made,) = scratch.iterdir()  # the sample graph went into a new temporary folder
    assert made.name.startswith("geokg-explore-") and (made / "store" / "CURRENT").exists()


@pytest.mark.slow
def test_notebook_reads_the_store_in_geokg_store_and_changes_nothing(
    demo_store, tmp_path, monkeypatch
):
    before = sorted(str(quad) for quad in demo_store.quads())
    outputs, everything = run_notebook(monkeypatch, GEOKG_STORE=str(demo_store.path),
                                       GEOKG_WORKDIR=str(tmp_path))  # fmt: skip
    assert not any("articles," in o for o in outputs)  # nothing was ingested
    assert_findings(outputs, everything)
    assert sorted(str(quad) for quad in demo_store.quads()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["conflict.ttl", "graph.ttl", "map.html"]
