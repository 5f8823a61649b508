"""A store that lives in a SPARQL 1.1 server (Virtuoso, GraphDB, Fuseki, Oxigraph server ...).

`--store https://host/sparql` makes every command read through the SPARQL 1.1 Protocol and
write through SPARQL 1.1 Update; the writes are the same DROP + INSERT DATA requests the
embedded store runs, so both end up with the same triples. Settings come from the environment:

    GEOKG_STORE_UPDATE_URL   update endpoint (default: the query URL; Virtuoso: .../sparql-auth)
    GEOKG_STORE_USER         user name for HTTP Basic or Digest authentication
    GEOKG_STORE_PASSWORD     its password

The server must answer queries without FROM over the union of its named graphs (Virtuoso and
GraphDB do by default; Fuseki with `unionDefaultGraph`). Graphs the server keeps for itself
(`SERVER_GRAPH_PREFIXES`) are left out of `named_graphs`, `quads` and the quad count. Each
update is one HTTP request; whether a request is one transaction is up to the server
(Virtuoso applies it in one).
"""

from __future__ import annotations

import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pyoxigraph as ox

from geokg.errors import StoreError
from geokg.graph.store import GraphStore

SERVER_GRAPH_PREFIXES = (
    "http://www.openlinksw.com/",  # Virtuoso's own schemas
    "http://www.w3.org/ns/ldp#",  # Virtuoso's LDP support
    "http://localuriqaserver/",  # Virtuoso's URIQA
)
PAGE_ROWS = 10_000  # rows per request when reading whole graphs (servers cap result sizes)
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
_RESULTS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
}
_OURS = " && ".join(f'!STRSTARTS(STR(?g), "{prefix}")' for prefix in SERVER_GRAPH_PREFIXES)


_BOOLEAN = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
_CANONICAL = {"0": "false", "1": "true"}


def canonical(term):
    """Booleans in their canonical form: Virtuoso answers "0"/"1", which xsd:boolean allows
    but which would print differently from the embedded store."""
    if isinstance(term, ox.Literal) and term.datatype == _BOOLEAN and term.value in _CANONICAL:
        return ox.Literal(_CANONICAL[term.value], datatype=_BOOLEAN)
    return term


def canonical_row(row, variables) -> dict[str, object]:
    return {variable.value: canonical(row[variable]) for variable in variables}


class Solutions(list):
    """SELECT results from a server: rows as dicts by variable name, with `variables` as
    pyoxigraph's `QuerySolutions` has them."""

    def __init__(self, variables, rows) -> None:
        super().__init__(rows)
        self.variables = list(variables)


class RemoteStore(GraphStore):
    """The graph in a SPARQL 1.1 server, read and written over HTTP."""

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        user: str | None = None,
        password: str | None = None,
        read_only: bool = False,
        timeout: float = 300.0,
    ) -> None:
        self.location = query_url
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.read_only = read_only
        self.timeout = timeout
        handlers: list[urllib.request.BaseHandler] = []
        if user:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in {self.query_url, self.update_url}:
                passwords.add_password(None, url, user, password or "")
            handlers += [
                urllib.request.HTTPBasicAuthHandler(passwords),
                urllib.request.HTTPDigestAuthHandler(passwords),
            ]
        self._http = urllib.request.build_opener(*handlers)
        self.query("ASK {}")  # fail now, with a clear message, if the server is not there

    @classmethod
    def from_environment(cls, query_url: str, read_only: bool = False) -> RemoteStore:
        return cls(
            query_url,
            update_url=os.environ.get("GEOKG_STORE_UPDATE_URL"),
            user=os.environ.get("GEOKG_STORE_USER"),
            password=os.environ.get("GEOKG_STORE_PASSWORD"),
            read_only=read_only,
        )

    # ------------------------------------------------------------ protocol

    def _post(self, url: str, form: dict[str, str], accept: str) -> tuple[str, bytes]:
        request = urllib.request.Request(
            url,
            data=urllib.parse.urlencode(form).encode(),
            headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
        )
        try:
            with self._http.open(request, timeout=self.timeout) as response:
                media = response.headers.get("Content-Type", "").split(";")[0].strip()
                return media, response.read()
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace").strip().splitlines()
            reason = detail[0][:300] if detail else error.reason
            if error.code in (400, 422) and "update" not in form:
                raise SyntaxError(f"{self.location} refused the query: {reason}") from None
            raise StoreError(f"{self.location} answered {error.code}: {reason}") from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {reason}") from None

    def update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.location} is opened read-only")
        self._post(self.update_url, {"update": sparql}, "*/*")

    def query(self, sparql: str, prefixes: dict[str, str] | None = None, substitutions=None):
        """SELECT and ASK give pyoxigraph `QuerySolutions`/`QueryBoolean`, CONSTRUCT and
        DESCRIBE a list of `Triple`s, so callers treat both stores alike."""
        declared = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in (prefixes or {}).items())
        text = declared + sparql
        if substitutions:  # a trailing VALUES block binds them, as Oxigraph's substitutions do
            names = " ".join(str(variable) for variable in substitutions)
            terms = " ".join(str(term) for term in substitutions.values())
            text += f"\nVALUES ({names}) {{ ({terms}) }}"
        from geokg.queries.server import keywords_outside_literals

        form = _FORM.search(keywords_outside_literals(sparql))
        graph_result = form is not None and form.group(1).upper() in ("CONSTRUCT", "DESCRIBE")
        accept = "application/n-triples" if graph_result else "application/sparql-results+json"
        media, body = self._post(self.query_url, {"query": text}, accept)
        if graph_result:
            return [quad.triple for quad in ox.parse(body, ox.RdfFormat.N_TRIPLES)]
        if media not in _RESULTS:
            raise StoreError(f"{self.location} answered {media or 'no media type'}, not results")
        answer = ox.parse_query_results(body, _RESULTS[media])
        if isinstance(answer, ox.QueryBoolean):
            return answer
        return Solutions(answer.variables, [canonical_row(row, answer.variables) for row in answer])

    # ------------------------------------------------------------ reading

    def quads_for_pattern(self, subject, predicate, object, graph) -> Iterator[ox.Quad]:
        bound = {
            name: term
            for name, term in (("s", subject), ("p", predicate), ("o", object), ("g", graph))
            if term is not None
        }
        select = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(" + _OURS + ") }"
        if subject is None:  # whole graphs: page through them in a stable order
            select += " ORDER BY ?g ?s ?p ?o"
        offset = 0
        while True:
            page = f"{select} LIMIT {PAGE_ROWS} OFFSET {offset}" if subject is None else select
            variables = {ox.Variable(name): term for name, term in bound.items()}
            rows = 0
            for row in self.query(page, substitutions=variables):
                rows += 1
                yield ox.Quad(
                    *(bound.get(name) or row[name] for name in ("s", "p", "o")),
                    bound.get("g") or row["g"],
                )
            if subject is not None or rows < PAGE_ROWS:
                return
            offset += PAGE_ROWS

    def named_graphs(self) -> Iterator[str]:
        query = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER({_OURS}) }}"
        for row in self.query(query):
            yield row["g"].value

    def __len__(self) -> int:
        query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER({_OURS}) }}"
        return int(next(iter(self.query(query)))["n"].value)
