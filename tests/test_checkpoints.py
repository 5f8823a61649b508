"""Readers and the writer of one store directory: readers read checkpoints, never the live store,
see whole transactions only, and a checkpoint goes once no reader (alive) holds it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from geokg.errors import StoreError
from geokg.graph.checkpoints import folder_of
from geokg.graph.store import Store


def graph(name: str, triples: int = 3) -> tuple[str, str]:
    lines = [f'<urn:s{i}> <urn:p> "{name} {i}" .' for i in range(triples)]
    return f"urn:{name}", "\n".join(lines) + "\n"


def checkpoints(store_dir) -> list[int]:
    return sorted(int(p.name) for p in folder_of(store_dir).iterdir() if p.name.isdigit())


def test_a_reader_keeps_its_view_while_the_writer_moves_on(tmp_path):
    path = tmp_path / "store"
    writer = Store(path)
    writer.replace_graphs([graph("g1")])
    reader = Store(path, read_only=True)
    for number in range(2, 6):
        writer.replace_graphs([graph(f"g{number}")])
    assert set(reader.named_graphs()) == {"urn:g1"}  # its checkpoint never changes
    assert reader.ask("ASK { GRAPH <urn:g1> { <urn:s0> <urn:p> ?o } }")
    later = Store(path, read_only=True)
    assert set(later.named_graphs()) == {f"urn:g{n}" for n in range(1, 6)}
    assert len(checkpoints(path)) == 2  # the one `reader` holds and the newest; the rest went
    reader.close()
    later.close()
    writer.update("INSERT DATA { GRAPH <urn:g6> { <urn:a> <urn:p> 'x' } }")
    assert len(checkpoints(path)) == 1
    with pytest.raises(StoreError, match="read-only"):
        Store(path, read_only=True).update("CLEAR ALL")


HOLDER = """
import sys, time
from geokg.graph.store import Store
reader = Store(sys.argv[1], read_only=True)
print(len(reader), flush=True)
time.sleep(600)
"""


def test_a_killed_reader_lets_its_checkpoint_go(tmp_path):
    path = tmp_path / "store"
    writer = Store(path)
    writer.replace_graphs([graph("g1")])
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE)
    assert holder.stdout.readline().strip() == b"3"
    held = checkpoints(path)
    writer.replace_graphs([graph("g2")])
    assert checkpoints(path)[0] == held[-1]  # kept while the reader lives
    holder.kill()
    holder.wait()
    writer.replace_graphs([graph("g3")])
    assert held[-1] not in checkpoints(path)  # its lock died with it


def test_a_store_without_checkpoints_is_read_once_free(tmp_path):
    """A store written before checkpoints existed (or whose writer was killed before its first
    one) gets one from the first reader, as long as no writer holds it."""
    import pyoxigraph as ox

    path = tmp_path / "store"
    legacy = ox.Store(str(path))
    legacy.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:p> 'x' } }")
    del legacy
    reader = Store(path, read_only=True)
    assert list(reader.named_graphs()) == ["urn:g"] and checkpoints(path) == [1]
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "missing", read_only=True)
