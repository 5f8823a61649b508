"""What makes a folder a geokg store, so that `--store` pointing at the wrong folder is refused
before anything is written into it.

A store folder is the database Oxigraph keeps on disk, and RocksDB, which Oxigraph stores in,
marks every database folder with its `CURRENT` file (the name of the live manifest). So a
folder is a store when it holds `CURRENT`; geokg creates a new store only in a missing or empty
folder. Any other folder (a folder of articles, a home directory) is not a store, and the user
hears so instead of the storage engine's IO error. Stores made by earlier versions are
recognised the same way, as nothing else was ever needed.
"""

from __future__ import annotations

from pathlib import Path

from geokg.errors import StoreError

MARKER = "CURRENT"


def is_store(path: Path) -> bool:
    """Whether `path` is a folder holding a store."""
    return (path / MARKER).is_file()


def check_writable_folder(path: Path) -> None:
    """Refuse a `path` that is neither a store nor a place to create one (missing or empty)."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"not a geokg store: {path} (a file, not a folder)")
    if path.is_dir() and not is_store(path) and any(path.iterdir()):
        raise StoreError(
            f"not a geokg store: {path} (it holds other files; give a new or empty folder, "
            "or an existing store)"
        )


def check_readable_folder(path: Path) -> None:
    """Refuse a `path` that holds no store."""
    if not path.exists() or (path.is_dir() and not any(path.iterdir())):
        raise StoreError(f"no store at {path}; run `geokg ingest` first or pass --store")
    if not is_store(path):
        raise StoreError(f"not a geokg store: {path}")
