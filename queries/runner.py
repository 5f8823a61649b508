"""Named SPARQL queries (`*.rq` beside this module) and the code that runs them.

Each `.rq` file starts with a comment header: a description, `# @param NAME TYPE DEFAULT  doc`
lines, and an example; the query writes its parameters as `$NAME`. A value is first turned into
one typed RDF term (date, integer, decimal, string, iri, sign: positive or negative, or actor:
an ISO3 code, CAMEO code, Wikidata QID or name resolved through the gazetteer), validated by
pyoxigraph, and only that term's N-Triples form replaces `$NAME`. Quotes, braces or keywords
in a value are escaped inside the one literal, so a parameter can never change the query's
shape. (Oxigraph's own `substitutions` only reach projected variables, so they cannot bind
filter thresholds.)

A query that reads a page through the indexes kept at ingest has its plain definition over
every event in `plain/NAME.rq` (same parameters, rows, order and cursors; the tests hold the two
to that). A store whose `reads_indexes` is false runs the plain one: Virtuoso's optimizer drops
rows when a sorted, limited subquery is joined with further patterns, and plans the plain form
well on its own.

A line `INCLUDE NAME` in a query stands for `fragments/NAME.rq`, so a definition several
queries share (the weighed events) is written once. `presets.tsv` names queries that are
another query with some defaults changed: `alliances` and `tensions` are `relations` with
`sign=positive` and `sign=negative`.

Queries that list events are paged: they declare `limit` and `after` and project `?cursor`, a
string unique per row that the query orders by and filters on (`?cursor > $after`, or `<` when
newest come first), and ends with `LIMIT $limit`; the runner turns the last row's cursor
into the next page's `after`. A cursor is made of what an event keeps for its whole life (its
date and its IRI, which re-ingesting does not change), never of a row's position, so it stays
valid across ingests: paging returns every row stored throughout exactly once, in the order
of the keys; rows added meanwhile show up if their key falls after the cursor, never twice.
(SPARQL leaves the order of ties unspecified and pyoxigraph documents no order of its own,
hence unique keys.)
"""

from __future__ import annotations

import difflib
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib.resources import files
from itertools import islice, pairwise
from pathlib import Path

import pyoxigraph as ox

from geokg.errors import QueryError
from geokg.graph.store import TripleStore
from geokg.loaders.dates import parse_date
from geokg.loaders.gazetteer import load_gazetteer
from geokg.ontology import GKID

XSD = "http://www.w3.org/2001/XMLSchema#"
_PARAM = re.compile(r"^#\s*@param\s+(\w+)\s+(\w+)\s+(\S+)\s*(.*)$")
_INCLUDE = re.compile(r"^[ \t]*INCLUDE[ \t]+([\w-]+)[ \t]*$", re.M)
SIGNS = ("positive", "negative")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
_LITERALS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s]*>|#[^\n]*'
)


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str
    doc: str


PAGE_PARAMS = ("limit", "after")
EVERY_ROW = 2**31 - 1  # a paged query's `limit` when it is read in one pass
_PAGE_LIMIT = re.compile(r"^[ \t]*LIMIT \$limit[ \t]*$", re.M)
CURSOR = "cursor"  # the column a paged query orders by; not shown, it becomes `next_after`


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    example: str = ""
    summary: str = ""  # the description's first sentence
    plain: str = ""  # the plain definition (plain/NAME.rq), for stores that plan it better

    @property
    def paged(self) -> bool:
        """Whether the query answers in pages (`limit` rows after the cursor `after`)."""
        return {p.name for p in self.params} >= set(PAGE_PARAMS)

    def example_values(self) -> dict[str, str]:
        """The parameters the example command binds (its `--param NAME=VALUE` pairs)."""
        words = shlex.split(self.example)
        pairs = (value for flag, value in pairwise(words) if flag in ("--param", "-p"))
        return dict(pair.split("=", 1) for pair in pairs)

    def as_dict(self) -> dict[str, object]:
        """What `geokg query --list --format json` prints for this query."""
        params = [{"name": p.name, "type": p.type, "default": p.default, "doc": p.doc}
                  for p in self.params]  # fmt: skip
        return {"name": self.name, "summary": self.summary, "description": self.description,
                "params": params, "example": self.example}  # fmt: skip


@dataclass
class QueryResult:
    """Rows of a SELECT, a boolean for ASK, or triples for CONSTRUCT/DESCRIBE."""

    variables: list[str] = field(default_factory=list)
    rows: list[list[object]] = field(default_factory=list)  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None
    next_after: str | None = None  # a paged query's cursor for the next page, if it was full

    def records(self) -> list[dict[str, object]]:
        """The rows as dicts of plain Python values (numbers as int/float, booleans as bool,
        IRIs and dates as strings), ready for `pandas.DataFrame(result.records())`."""
        return [
            {name: to_python(term) for name, term in zip(self.variables, row, strict=True)}
            for row in self.rows
        ]


_NUMBERS = {XSD + name: int for name in ("integer", "int", "long", "nonNegativeInteger")} | {
    XSD + name: float for name in ("decimal", "double", "float")
}


def to_python(term: object) -> object:
    """A pyoxigraph term as a plain value; None stays None (an unbound variable)."""
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if datatype == XSD + "boolean":
            return term.value == "true"
        if datatype in _NUMBERS:
            return _NUMBERS[datatype](term.value)
        return term.value
    return None if term is None else term.value


@cache
def fragment(name: str) -> str:
    """The SPARQL of `fragments/NAME.rq`, as `INCLUDE NAME` inserts it (with the fragments it
    includes in turn)."""
    return expand(files("geokg.queries").joinpath("fragments", f"{name}.rq").read_text("utf-8"))


def expand(text: str) -> str:
    """The query with each `INCLUDE NAME` line replaced by that fragment."""
    return _INCLUDE.sub(lambda match: fragment(match.group(1)).rstrip("\n"), text)


def parse_named_query(name: str, text: str) -> NamedQuery:
    text = expand(text)
    description: list[str] = []
    params: list[Param] = []
    example = ""
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _PARAM.match(line)
        if match:
            param, kind, default, doc = match.groups()
            params.append(Param(param, kind, "" if default == '""' else default, doc))
        elif line.lstrip("# ").startswith("Example:"):
            example = line.split("Example:", 1)[1].strip()
        else:
            description.append(line.lstrip("#").strip())
    whole = " ".join(d for d in description if d)
    summary = _SENTENCE_END.split(whole, maxsplit=1)[0]
    return NamedQuery(name, whole, tuple(params), text, example, summary)


@cache
def named_queries() -> dict[str, NamedQuery]:
    found = {}
    folder = files("geokg.queries")
    for entry in folder.iterdir():
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            found[name] = parse_named_query(name, entry.read_text("utf-8"))
            plain = folder.joinpath("plain", entry.name)
            if plain.is_file():
                found[name] = replace(found[name], plain=expand(plain.read_text("utf-8")))
    table = files("geokg.queries").joinpath("presets.tsv").read_text("utf-8")
    for line in table.splitlines():
        if line.strip() and not line.startswith("#"):
            name, base, settings, description, example = line.split("\t")
            found[name] = preset(found[base], name, settings, description, example)
    return dict(sorted(found.items()))


def preset(
    base: NamedQuery, name: str, settings: str, description: str, example: str
) -> NamedQuery:
    """`base` under another name with other defaults (`settings`: NAME=VALUE ...)."""
    defaults = dict(setting.split("=", 1) for setting in settings.split())
    params = tuple(replace(p, default=defaults.get(p.name, p.default)) for p in base.params)
    summary = _SENTENCE_END.split(description, maxsplit=1)[0]
    return NamedQuery(name, description, params, base.text, example, summary, base.plain)


def did_you_mean(name: str, choices: list[str]) -> str:
    """' (did you mean X?)' for the closest of `choices` to a mistyped `name`, else ''."""
    close = difflib.get_close_matches(name, choices, n=1)
    return f" (did you mean {close[0]}?)" if close else ""


def resolve_actor(value: str) -> str:
    """The IRI of the country named by an ISO3 code, CAMEO code, Wikidata QID or name."""
    needle = value.strip()
    gazetteer = load_gazetteer()
    for actor in gazetteer.countries.values():
        if needle.upper() in (actor.iso3, actor.cameo) or needle.upper() == (actor.wikidata or ""):
            return str(GKID[f"actor/{actor.id}"])
    lowered = needle.lower()
    for pattern in gazetteer.patterns:
        if pattern["pattern"].lower() == lowered and pattern["id"][:2] in ("C:", "D:", "S:"):
            return str(GKID[f"actor/{pattern['id'][2:]}"])
    raise QueryError(f"unknown actor {value!r}: give an ISO3 code, CAMEO code, QID or country name")


def typed_term(param: Param, value: str):
    """The RDF term for a parameter value, checked against its declared type."""
    try:
        if param.type == "date":
            day = parse_date(value)
            if day is None:
                raise ValueError
            return ox.Literal(day.isoformat(), datatype=ox.NamedNode(XSD + "date"))
        if param.type == "integer":
            return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
        if param.type == "decimal":
            return ox.Literal(str(Decimal(value)), datatype=ox.NamedNode(XSD + "decimal"))
        if param.type == "iri":
            return ox.NamedNode(value)
        if param.type == "actor":
            return ox.NamedNode(resolve_actor(value))
        if param.type == "sign":
            if value.strip().lower() not in SIGNS:
                raise ValueError
            return ox.Literal(value.strip().lower())
    except (ValueError, InvalidOperation) as err:
        if isinstance(err, QueryError):
            raise
        raise QueryError(f"parameter {param.name}: {value!r} is not a valid {param.type}") from err
    return ox.Literal(value)


def bindings(query: NamedQuery, values: dict[str, str]) -> dict[str, object]:
    known = {p.name: p for p in query.params}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise QueryError(
            f"query {query.name!r} has no parameter {', '.join(unknown)}"
            f"{did_you_mean(unknown[0], list(known))}; it takes: {', '.join(known) or 'none'}"
        )
    terms = {p.name: typed_term(p, values.get(p.name, p.default)) for p in query.params}
    if query.paged and int(terms["limit"].value) < 1:
        raise QueryError(f"parameter limit: {terms['limit'].value} rows; give at least 1")
    return terms


def sparql_term(term: object) -> str:
    """A term as SPARQL writes it; an integer bare (`100`, the same xsd:integer), which a
    LIMIT also takes."""
    if isinstance(term, ox.Literal) and term.datatype.value == XSD + "integer":
        return term.value
    return str(term)


def bind(text: str, terms: dict[str, object]) -> str:
    """The query with each `$NAME` replaced by its term (longest names first)."""
    for name in sorted(terms, key=len, reverse=True):
        text = re.sub(rf"\${re.escape(name)}\b", lambda _, t=terms[name]: sparql_term(t), text)
    return text


def bound_text(query: NamedQuery, values: dict[str, str], whole: bool = False) -> str:
    """The query's text with its parameters bound: `values`, else the declared defaults. A
    paged query reads `limit` rows, or every row in one pass when `whole` (an export): each
    `LIMIT $limit` line goes, the closing one and those that bound a page's days (Virtuoso
    sorts at most 10,000 rows under a LIMIT), and a `limit` used otherwise takes `EVERY_ROW`;
    a paged query then adds up no counts of the rows between the cursor and the parts and
    groups it reads (`$limit < 2147483647`), which only tell a page where to stop."""
    if not (whole and query.paged):
        return bind(query.text, bindings(query, values))
    text = _PAGE_LIMIT.sub("\n", query.text)
    return bind(text, bindings(query, {**values, "limit": str(EVERY_ROW)}))


def page_size(query: NamedQuery, values: dict[str, str]) -> int | None:
    """The rows per page a paged query was asked for; None for other queries."""
    return int(bindings(query, values)["limit"].value) if query.paged else None


def as_page(result: QueryResult, size: int) -> QueryResult:
    """A paged query's rows without their cursor column; when the page is full, the last row's
    cursor becomes `next_after` (the page after a full one may be empty)."""
    column = result.variables.index(CURSOR)
    cursors = [row.pop(column) for row in result.rows]
    result.variables = [v for v in result.variables if v != CURSOR]
    if len(result.rows) >= size and cursors and cursors[-1] is not None:
        result.next_after = cursors[-1].value
    return result


def load_query(name_or_sparql: str) -> NamedQuery:
    """A named query, a `.rq` file, or SPARQL text given inline."""
    queries = named_queries()
    if name_or_sparql in queries:
        return queries[name_or_sparql]
    path = Path(name_or_sparql)
    if name_or_sparql.endswith(".rq") or (len(name_or_sparql) < 256 and path.is_file()):
        if not path.is_file():
            raise QueryError(f"no such query file: {name_or_sparql}")
        return parse_named_query(path.stem, path.read_text("utf-8"))
    if query_form(name_or_sparql):
        return parse_named_query("ad hoc", name_or_sparql)
    raise QueryError(
        f"{name_or_sparql!r} is not a named query, a .rq file or SPARQL"
        f"{did_you_mean(name_or_sparql, list(queries))}; named queries: {', '.join(queries)}"
    )


def for_store(query: NamedQuery, store: TripleStore) -> NamedQuery:
    """The query as `store` runs it: its plain definition where the store does not read the
    indexes (see the module docstring)."""
    if query.plain and not getattr(store, "reads_indexes", True):
        return replace(query, text=query.plain)
    return query


def run_query(
    store: TripleStore,
    name_or_sparql: str,
    params: dict[str, str] | None = None,
    limit: int | None = None,
) -> QueryResult:
    """Run a named query, `.rq` file or SPARQL string with the given parameters; `limit` is a
    paged query's page size (unless `params` gives one), else a cap on the rows read."""
    query = for_store(load_query(name_or_sparql), store)
    values = dict(params or {})
    if query.paged:
        if limit is not None:
            values.setdefault("limit", str(limit))
        result = execute(store, bound_text(query, values))
        return as_page(result, page_size(query, values) or 0)
    return execute(store, bound_text(query, values), limit)


def pages(
    store: TripleStore,
    name_or_sparql: str,
    params: dict[str, str] | None = None,
    limit: int | None = None,
) -> Iterator[QueryResult]:
    """Every page of a paged query, `limit` rows each, following the cursors from `after` (or
    the first page) to the end; any other query is one page with all its rows."""
    paged = load_query(name_or_sparql).paged
    values = dict(params or {})
    while True:
        page = run_query(store, name_or_sparql, values, limit if paged else None)
        yield page
        if page.next_after is None:
            return
        values["after"] = page.next_after


def keywords_outside_literals(text: str) -> str:
    """The query with strings, IRIs and comments blanked, so keyword checks see only syntax."""
    return _LITERALS.sub(" ", text)


def query_form(sparql: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first such keyword outside strings and IRIs."""
    found = _FORM.search(keywords_outside_literals(sparql))
    return found.group(1).upper() if found else None


def execute(store: TripleStore, sparql: str, limit: int | None = None) -> QueryResult:
    """Run SPARQL text (no parameters, no file names) through the store interface; `limit`
    caps the rows or triples read, so a caller can refuse results over a size."""
    form = query_form(sparql)
    if form == "ASK":
        return QueryResult(boolean=store.ask(sparql))
    if form in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(triples=list(islice(store.construct(sparql), limit)))
    solutions = store.select(sparql)
    rows = [[row[name] for name in solutions.variables] for row in islice(solutions, limit)]
    return QueryResult(variables=solutions.variables, rows=rows)
