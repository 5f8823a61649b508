"""geokg: turn news articles into a geopolitical event knowledge graph.

Articles become events (who did what to whom, coded in CAMEO and PLOVER with Goldstein scores)
between actors linked to Wikidata, stored as RDF with the sentence and article each came from.

    >>> import geokg
    >>> geokg.extract("South Korea condemned North Korea's missile launch.")
    >>> kg = geokg.open("geokg-data")
    >>> kg.ingest(["articles/"])
    >>> kg.query("alliances", since="2024-01-01").records()
    >>> kg.events(actors=["Russia"]), kg.actors(), kg.to_networkx()
    >>> kg.visualize("map.html"), kg.export("graph.ttl")
    >>> geokg.extract_files(["article.html"]), geokg.resolve_actors(["Kim met Putin."])

See `help(geokg.KnowledgeGraph)`. The names are imported lazily so that `import geokg` (and
`geokg --help`) stays fast; the spaCy model loads on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = [
    "ExtractOptions", "IngestOptions", "KnowledgeGraph", "extract", "extract_files", "open",
    "resolve_actors", "sample_corpus",
]  # fmt: skip


def __getattr__(name: str):
    if name in __all__:
        from geokg import api

        return getattr(api, name)
    raise AttributeError(f"module 'geokg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
