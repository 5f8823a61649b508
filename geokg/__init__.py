"""geokg: turn news articles into a geopolitical event knowledge graph.

Articles become events (who did what to whom, coded in CAMEO and PLOVER with Goldstein scores)
between actors linked to Wikidata, stored as RDF with the sentence and article each came from.

    >>> import geokg
    >>> events = geokg.extract("South Korea condemned North Korea's missile launch.")
    >>> report = geokg.ingest(["articles/"], store="geokg-data")
    >>> geokg.query("alliances", store="geokg-data", since="2024-01-01").rows

The public functions are imported lazily so that `import geokg` (and `geokg --help`) stays fast;
loading the spaCy model happens on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["extract", "ingest", "open_store", "query", "sample_corpus"]


def __getattr__(name: str):
    if name in __all__:
        from geokg import api

        return getattr(api, name)
    raise AttributeError(f"module 'geokg' has no attribute {name!r}")
