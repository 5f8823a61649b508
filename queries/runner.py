"""Named SPARQL queries (`*.rq` beside this module) and the code that runs them.

Each `.rq` file starts with a comment header: a description, `# @param NAME TYPE DEFAULT  doc`
lines, and an example; the query writes its parameters as `$NAME`. A value is first turned into
one typed RDF term (date, integer, decimal, string, iri, or actor: an ISO3 code, CAMEO code,
Wikidata QID or name resolved through the gazetteer), validated by pyoxigraph, and only that
term's N-Triples form replaces `$NAME`. Quotes, braces or keywords in a value are escaped inside
the one literal, so a parameter can never change the query's shape. (Oxigraph's own
`substitutions` only reach projected variables, so they cannot bind filter thresholds.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox

from geokg.errors import QueryError
from geokg.graph.store import GraphStore
from geokg.loaders.dates import parse_date
from geokg.loaders.gazetteer import load_gazetteer
from geokg.ontology import GKID, PREFIXES

XSD = "http://www.w3.org/2001/XMLSchema#"
_PARAM = re.compile(r"^#\s*@param\s+(\w+)\s+(\w+)\s+(\S+)\s*(.*)$")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str
    doc: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    example: str = ""
    summary: str = ""  # the header's first line


@dataclass
class QueryResult:
    """Rows of a SELECT, a boolean for ASK, or triples for CONSTRUCT/DESCRIBE."""

    variables: list[str] = field(default_factory=list)
    rows: list[list[object]] = field(default_factory=list)  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None

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


def parse_named_query(name: str, text: str) -> NamedQuery:
    description: list[str] = []
    params: list[Param] = []
    example = ""
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _PARAM.match(line)
        if match:
            params.append(Param(*match.groups()))
        elif line.lstrip("# ").startswith("Example:"):
            example = line.split("Example:", 1)[1].strip()
        else:
            description.append(line.lstrip("#").strip())
    lines = [d for d in description if d]
    summary = lines[0] if lines else ""
    return NamedQuery(name, " ".join(lines), tuple(params), text, example, summary)


@cache
def named_queries() -> dict[str, NamedQuery]:
    found = {}
    for entry in files("geokg.queries").iterdir():
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            found[name] = parse_named_query(name, entry.read_text("utf-8"))
    return dict(sorted(found.items()))


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
            f"query {query.name!r} has no parameter {', '.join(unknown)}; "
            f"it takes: {', '.join(known) or 'none'}"
        )
    return {p.name: typed_term(p, values.get(p.name, p.default)) for p in query.params}


def bind(text: str, terms: dict[str, object]) -> str:
    """The query with each `$NAME` replaced by its term (longest names first)."""
    for name in sorted(terms, key=len, reverse=True):
        text = re.sub(rf"\${re.escape(name)}\b", lambda _, term=terms[name]: str(term), text)
    return text


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
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", name_or_sparql, re.I):
        return parse_named_query("ad hoc", name_or_sparql)
    raise QueryError(
        f"{name_or_sparql!r} is not a named query, a .rq file or SPARQL; "
        f"named queries: {', '.join(queries)}"
    )


def run_query(
    store: GraphStore,
    name_or_sparql: str,
    params: dict[str, str] | None = None,
    limit: int | None = None,
) -> QueryResult:
    """Run a named query, `.rq` file or SPARQL string with the given parameters."""
    query = load_query(name_or_sparql)
    text = bind(query.text, bindings(query, params or {}))
    try:
        answer = store.query(text, prefixes={p: str(ns) for p, ns in PREFIXES.items()})
    except SyntaxError as err:
        raise QueryError(f"SPARQL syntax error: {err}") from err
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(boolean=bool(answer))
    if not hasattr(answer, "variables"):  # CONSTRUCT / DESCRIBE, local or remote
        return QueryResult(triples=list(answer))
    variables = [v.value for v in answer.variables]
    rows = []
    for solution in answer:
        rows.append([solution[v] for v in variables])
        if limit is not None and len(rows) >= limit:
            break
    return QueryResult(variables=variables, rows=rows)
