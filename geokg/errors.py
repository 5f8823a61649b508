"""The error model: what can go wrong, as one exception family and one value type.

An exception stops the operation that raised it; each kind carries the exit code the command
line maps it to, so the CLI catches `GeokgError` once instead of guessing from builtin types.
A `LoadFailure` is not an exception: one unreadable file or article must not stop a batch, so
readers and the pipeline hand failures back as values and report them together at the end.
"""

from __future__ import annotations

from dataclasses import dataclass

EXIT_PARTIAL = 1  # some inputs failed (each a LoadFailure), the rest was processed
EXIT_USAGE = 2
EXIT_STORE = 3


class GeokgError(Exception):
    """Base of every error geokg raises on purpose; the message says what to do."""

    exit_code = EXIT_PARTIAL


class InputError(GeokgError):
    """Something the user gave is wrong: a date, a format name, an option value."""

    exit_code = EXIT_USAGE


class QueryError(InputError):
    """A query or query parameter the user has to fix (unknown name, bad value, syntax)."""


class StoreError(GeokgError):
    """The store cannot be opened, read or written (in use, missing, corrupt)."""

    exit_code = EXIT_STORE


class RemoteError(StoreError):
    """A SPARQL server could not be reached or refused a request."""


@dataclass(frozen=True)
class LoadFailure:
    """A file, line or article that could not be read or extracted, with the reason a user
    can act on; reported after the run, while everything else is still processed."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
