"""Checkpoints: read-only copies of a store directory that readers open while a writer writes.

pyoxigraph documents `Store.read_only` on a directory another process writes as undefined
behaviour, so no reader ever opens the live store. Instead the writer publishes a checkpoint
after each committed write, and readers open the newest one, which no process writes:

- `Store.backup` makes the copy: "usable like a regular database and operates independently from
  the original database", and "hard links will be used to point to the original database
  immutable snapshots. This allows cheap regular backups" (pyoxigraph's docstring).
- It is made under a temporary name and renamed into `DIR.checkpoints/N`; rename(2) is atomic,
  so a reader finds a checkpoint whole or not at all. Numbers only grow (one writer at a time).
- A reader holds a shared flock(2) on `N.lock` for as long as it reads `N`; the writer deletes an
  older checkpoint only once it gets the exclusive lock without waiting. flock locks are released
  when the process exits or is killed, so a killed reader never pins a checkpoint.

The folder sits beside the store directory, not in it: RocksDB owns its directory.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from geokg.errors import StoreError
from geokg.graph.folder import check_readable_folder

_NEW = "new-"  # a checkpoint being made; left behind only by a writer killed mid-way


def folder_of(store: Path) -> Path:
    return store.with_name(store.name + ".checkpoints")


class Checkpoints:
    """The published checkpoints of one store directory."""

    def __init__(self, store: Path) -> None:
        self.store = store
        self.folder = folder_of(store)

    def numbers(self) -> list[int]:
        if not self.folder.is_dir():
            return []
        return sorted(int(p.name) for p in self.folder.iterdir() if p.name.isdigit())

    def publish(self, store: ox.Store) -> None:
        """Publish the committed state of `store` (open read-write by this process) as the
        newest checkpoint, then remove the older ones no reader holds."""
        self.folder.mkdir(exist_ok=True)
        for stale in self.folder.glob(f"{_NEW}*"):
            shutil.rmtree(stale)
        older = self.numbers()
        number = older[-1] + 1 if older else 1
        made = self.folder / f"{_NEW}{number}"
        store.backup(str(made))
        (self.folder / f"{number}.lock").touch()
        os.rename(made, self.folder / str(number))
        for old in older:
            self._remove_unless_read(old)

    def _remove_unless_read(self, number: int) -> None:
        try:
            handle = os.open(self.folder / f"{number}.lock", os.O_RDONLY)
        except FileNotFoundError:
            return
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # a reader holds it; a later publish removes it
            os.close(handle)
            return
        try:
            shutil.rmtree(self.folder / str(number), ignore_errors=True)
            os.unlink(self.folder / f"{number}.lock")
        finally:
            os.close(handle)

    def open_newest(self, wait: float = 10.0) -> tuple[ox.Store, BinaryIO]:
        """The newest checkpoint opened read-only, and the open file holding its shared lock
        (closing it, or the process ending, lets the checkpoint go). With none published yet
        (a store written before checkpoints, or its writer is just starting) one is made when
        no writer holds the store, else this waits up to `wait` seconds for the writer's."""
        deadline = time.monotonic() + wait
        while True:
            numbers = self.numbers()
            if numbers:
                opened = self._open(numbers[-1])
                if opened is not None:
                    return opened
            elif not self.publish_if_free():
                if time.monotonic() > deadline:
                    raise StoreError(f"store {self.store} is being opened by a writer; try again")
                time.sleep(0.1)

    def _open(self, number: int) -> tuple[ox.Store, BinaryIO] | None:
        try:
            lock = (self.folder / f"{number}.lock").open("rb")
        except FileNotFoundError:  # removed since it was listed: a newer one exists
            return None
        fcntl.flock(lock, fcntl.LOCK_SH)  # waits only while a writer is deleting it
        if not (self.folder / str(number)).is_dir():
            lock.close()
            return None
        try:
            return ox.Store.read_only(str(self.folder / str(number))), lock
        except OSError as error:
            lock.close()
            raise StoreError(f"cannot read store {self.store}: {error}") from error

    def publish_if_free(self) -> bool:
        """Publish the store's state if no writer holds it (False if one does, as it publishes
        itself). Covers a writer killed between a commit and its checkpoint."""
        check_readable_folder(self.store)
        try:
            writer = ox.Store(str(self.store))
        except OSError as error:
            if "lock" in str(error).lower():
                return False
            raise StoreError(f"cannot open store {self.store}: {error}") from error
        self.publish(writer)
        return True
