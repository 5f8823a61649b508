"""What an extraction and an ingest can be told: each as one value, and the command-line options
that fill it, side by side.

The API takes these values whole and the CLI builds them from its options, so a new setting is
a field here plus its option in the list below it, for every command that takes the value
(`extract_options` for extract, `ingest_options` for ingest), instead of a keyword threaded
through every signature. Only dataclasses and click are imported: `geokg --help` reads this.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

import click

option = functools.partial(click.option, show_default=True)


@dataclass(frozen=True)
class ExtractOptions:
    """How articles become events."""

    model: str | None = None  # spaCy pipeline (default: en_core_web_sm)
    batch_size: int = 64  # texts per spaCy batch
    n_process: int = 1  # parser processes
    verbs: tuple[Path, ...] = ()  # the user's own lexicon files (loaders/data/predicates.tsv)
    actors: tuple[Path, ...] = ()  # the user's own actor tables (ontology/gazetteer/phoenix_*)


@dataclass(frozen=True)
class IngestOptions(ExtractOptions):
    """How extracted articles go into the store."""

    published: date | None = None  # the date of articles that carry none (see pipeline.dated)
    resume: bool = False  # skip articles already stored with the same text
    dask: str | None = None  # a Dask scheduler address, or "local", to extract on a cluster
    workers: int = 2  # worker processes for dask="local"
    batch_articles: int = 200  # articles per store transaction
    fetch_timeout: float = 20.0  # seconds a web page may take (see geokg.loaders.fetch)
    host_delay: float = 1.0  # seconds between two requests to one host


def stack(*decorators):
    """Several decorators as one, applied in the order written."""
    return lambda function: functools.reduce(lambda f, d: d(f), reversed(decorators), function)


def options_as(cls: type, *decorators):
    """The decorators' options, handed to the command as one `cls` value named `options`."""

    def decorate(command):
        @functools.wraps(command)
        def run(**values):
            names = {f.name for f in fields(cls)} & values.keys()
            return command(options=cls(**{n: values.pop(n) for n in names}), **values)

        return stack(*decorators)(run)

    return decorate


def _table_files(flag: str, help_text: str):
    """A repeatable option naming the user's own TSV tables, which must exist."""
    return click.option(
        flag,
        multiple=True,
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        callback=lambda _ctx, _param, value: tuple(value),
        help=help_text,
    )


model_option = click.option("--model", help="spaCy pipeline to use (default: en_core_web_sm).")
EXTRACT_OPTIONS = (
    model_option,
    option("--n-process", default=1, type=click.IntRange(1), help="Parser processes."),
    option("--batch-size", default=64, type=click.IntRange(1), help="Texts per spaCy batch."),
    _table_files(
        "--verbs",
        "Your own verb patterns (the columns of loaders/data/predicates.tsv); repeatable.",
    ),
    _table_files(
        "--actors",
        "Your own actors (the columns of ontology/gazetteer/phoenix_countries.tsv).",
    ),
)
INGEST_OPTIONS = (
    *EXTRACT_OPTIONS,
    click.option(
        "--date",
        "published",
        type=click.DateTime(["%Y-%m-%d"]),
        callback=lambda _ctx, _param, value: value.date() if value else None,
        help="Date (YYYY-MM-DD) of articles that carry none in their metadata or dateline.",
    ),
    click.option(
        "--resume",
        is_flag=True,
        help="Skip articles already stored with the same text (continue an interrupted run).",
    ),
    click.option(
        "--dask",
        metavar="ADDRESS",
        help="Extract on a Dask cluster: a scheduler address (tcp://host:8786) or 'local'.",
    ),
    option("--workers", default=2, type=click.IntRange(1), help="Processes for --dask local."),
    option("--timeout", "fetch_timeout", default=20.0, type=click.FloatRange(0.1),
           help="Seconds a web page may take to arrive."),
    option("--delay", "host_delay", default=1.0, type=click.FloatRange(0),
           help="Seconds between two requests to the same web site."),
)  # fmt: skip
extract_options = options_as(ExtractOptions, *EXTRACT_OPTIONS)
ingest_options = options_as(IngestOptions, *INGEST_OPTIONS)
