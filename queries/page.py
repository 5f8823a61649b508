"""The endpoint's home page: one form per named query, its parameters as typed fields.

Forms are written here, on the server, from the parameters each `.rq` file declares, so the
page and `geokg query` can never disagree about names, types or defaults; a form sends its
fields to `GET /query/NAME`, which binds them exactly as the command line does. Every piece of
text from a query file is escaped; results are drawn as text by the page's script
(`query-page.html`).
"""

from __future__ import annotations

import html
import json
from functools import cache
from importlib.resources import files

from geokg.queries.runner import NamedQuery, Param, named_queries

INPUT_TYPES = {"date": 'type="date"', "integer": 'type="number" step="1"',
               "decimal": 'type="number" step="any"'}  # fmt: skip


def field(param: Param) -> str:
    """One labelled input holding the parameter's default."""
    kind = INPUT_TYPES.get(param.type, 'type="text"')
    name, doc = html.escape(param.name), html.escape(param.doc)
    return (
        f'<label>{name} <input name="{name}" {kind} value="{html.escape(param.default)}" '
        f'title="{doc}"> <small>{html.escape(param.type)}: {doc}</small></label>'
    )


def form(query: NamedQuery) -> str:
    """The query's form: description, fields, run and example buttons, its SPARQL, results."""
    name = html.escape(query.name)
    rest = query.description.removeprefix(query.summary).strip()  # the summary heads the form
    example = query.example_values()
    example_button = (
        f'<button type="button" class="example" data-values="{html.escape(json.dumps(example))}"'
        f">Run the example</button> <code>{html.escape(query.example)}</code>"
        if example
        else ""
    )
    return (
        f'<details class="named" id="query-{name}"><summary><b>{name}</b> — '
        f"{html.escape(query.summary)}</summary>"
        f'<form class="named" action="/query/{name}" method="get">'
        f'<p class="doc">{html.escape(rest)}</p>'
        f"{''.join(field(p) for p in query.params)}<br>"
        f'<button type="submit">Run</button> {example_button}'
        f"<details><summary>SPARQL</summary><pre>{html.escape(query.text)}</pre></details>"
        f'<div class="status"></div><table class="results"></table></form></details>'
    )


@cache
def query_page() -> str:
    """The offline query page (no external requests; results built with textContent)."""
    template = files("geokg.queries").joinpath("query-page.html").read_text("utf-8")
    return template.replace("{forms}", "\n".join(form(q) for q in named_queries().values()))
