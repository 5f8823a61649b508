"""The exploration notebook runs top to bottom, so it never rots."""

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


@pytest.mark.slow
def test_notebook_runs_top_to_bottom(tmp_path, monkeypatch, corpus_article):
    """Its findings (the Russia-North Korea tie) come from the shared article, hence the fixture."""
    monkeypatch.setenv("GEOKG_WORKDIR", str(tmp_path))
    monkeypatch.setenv("MPLBACKEND", "Agg")
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

    outputs = [text_of(c) for c in notebook.cells if c.cell_type == "code"]
    ingest = next(o for o in outputs if "articles," in o)
    assert " 0 failed" in ingest
    assert any("Vladimir Putin" in o or "Russia" in o for o in outputs[2:4])
    assert any("North Korea" in o and "Russia" in o for o in outputs if "aLabel" in o)
    assert any("triangles are balanced" in o for o in outputs)
    assert any("<iframe srcdoc=" in str(c.outputs) for c in notebook.cells if c.cell_type == "code")
    assert (tmp_path / "map.html").exists() and (tmp_path / "graph.ttl").stat().st_size > 10_000
    assert any("triples in the conflict subset" in o for o in outputs)
