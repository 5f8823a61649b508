"""Oxigraph's SPARQL syntax errors as one line a reader can act on.

Oxigraph reports "error at LINE:COLUMN: expected one of ..." and lists every character class
its grammar would accept, which for an unknown prefix is six lines of Unicode ranges. The
position and the named alternatives (keywords, punctuation) are what help; the ranges do not.
"""

from __future__ import annotations

import re

from geokg.errors import QueryError

_POSITION = re.compile(r"error at (\d+):(\d+): (.*)", re.S)
_CHARACTER_CLASS = re.compile(r"\[[^\]]*\]")
_PREFIXED_NAME = re.compile(r"([A-Za-z][\w.-]*)?:[\w.-]*$")
SHOWN_ALTERNATIVES = 8


def syntax_error(message: str, sparql: str) -> QueryError:
    """The QueryError for Oxigraph's syntax `message` about `sparql`: the position and what
    could be there (or the unknown prefix), on one line."""
    found = _POSITION.search(message)
    if found is None:
        return QueryError("SPARQL syntax error: " + " ".join(message.split()))
    line, column, detail = int(found[1]), int(found[2]), found[3]
    text = sparql.splitlines()[line - 1] if line <= len(sparql.splitlines()) else ""
    where = f"SPARQL syntax error at line {line}, column {column}"
    if "Prefix not found" in detail:
        name = _PREFIXED_NAME.search(text[:column].rstrip())
        prefix = f"{name[1] or ''}:" if name else "a prefix"
        return QueryError(f"{where}: unknown prefix {prefix} (declare it with PREFIX)")
    named = _CHARACTER_CLASS.sub("", detail).removeprefix("expected one of")
    named = named.removeprefix("expected")
    wanted = [alternative.strip() for alternative in named.split(",") if alternative.strip()]
    more = ", …" if len(wanted) > SHOWN_ALTERNATIVES else ""
    expected = f"expected {', '.join(wanted[:SHOWN_ALTERNATIVES])}{more}" if wanted else detail
    return QueryError(f"{where}: {expected}")
