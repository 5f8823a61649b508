"""A store that lives in a SPARQL 1.1 server (Virtuoso, GraphDB, Fuseki, `geokg serve` ...).

`--store https://host/sparql` makes every command read through the SPARQL 1.1 Protocol and
write through SPARQL 1.1 Update; the writes are the same DROP + INSERT DATA requests the
embedded store runs, and results come back as the same Python values (`graph/store.py`).
Credentials are given to the constructor: `auth=(user, password)` for HTTP Basic or Digest
authentication, or `auth="token"` for a bearer token (`geokg serve --allow-updates`).

The server must answer queries without FROM over the union of its named graphs (Virtuoso and
GraphDB do by default; Fuseki with `unionDefaultGraph`). Graphs the server keeps for itself
(`SERVER_GRAPH_PREFIXES`) are left out of `named_graphs`, `quads` and the quad count. Each
update is one HTTP request; whether a request is one transaction is up to the server
(Virtuoso applies it in one).
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pyoxigraph as ox

from geokg.errors import QueryError, RemoteError, StoreError
from geokg.graph.store import Solutions, Term, UpdateWrites
from geokg.ontology import PREFIX_IRIS

SERVER_GRAPH_PREFIXES = (
    "http://www.openlinksw.com/",  # Virtuoso's own schemas
    "http://www.w3.org/ns/ldp#",  # Virtuoso's LDP support
    "http://localuriqaserver/",  # Virtuoso's URIQA
)
PAGE_ROWS = 10_000  # rows per request when reading whole graphs (servers cap result sizes)
_RESULTS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
}
_OURS = " && ".join(f'!STRSTARTS(STR(?g), "{prefix}")' for prefix in SERVER_GRAPH_PREFIXES)
_DECLARED = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIX_IRIS.items())
_BOOLEAN = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
_CANONICAL = {"0": "false", "1": "true"}

Auth = tuple[str, str] | str | None


def canonical(term: Term | None) -> Term | None:
    """Booleans in their canonical form: Virtuoso answers "0"/"1", which xsd:boolean allows
    but which would print differently from the embedded store."""
    if isinstance(term, ox.Literal) and term.datatype == _BOOLEAN and term.value in _CANONICAL:
        return ox.Literal(_CANONICAL[term.value], datatype=_BOOLEAN)
    return term


class RemoteStore(UpdateWrites):
    """The graph in a SPARQL 1.1 server, read and written over HTTP."""

    # Named queries run their plain definitions here: Virtuoso 7.2 drops rows when a sorted,
    # limited subquery (a page's groups or days) is joined with further patterns.
    reads_indexes = False

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        auth: Auth = None,
        read_only: bool = False,
        timeout: float = 300.0,
    ) -> None:
        self.location = query_url
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.read_only = read_only
        self.timeout = timeout
        self._headers: dict[str, str] = {}
        handlers: list[urllib.request.BaseHandler] = []
        if isinstance(auth, str):
            self._headers["Authorization"] = f"Bearer {auth}"
        elif auth is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in {self.query_url, self.update_url}:
                passwords.add_password(None, url, *auth)
            handlers += [
                urllib.request.HTTPBasicAuthHandler(passwords),
                urllib.request.HTTPDigestAuthHandler(passwords),
            ]
        self._http = urllib.request.build_opener(*handlers)
        self.ask("ASK {}")  # fail now, with a clear message, if the server is not there

    def close(self) -> None:
        """Nothing to let go of: every request is its own connection."""

    # ------------------------------------------------------------ protocol

    def _post(self, url: str, form: dict[str, str], accept: str) -> tuple[str, bytes]:
        request = urllib.request.Request(
            url,
            data=urllib.parse.urlencode(form).encode(),
            headers={
                "Accept": accept,
                "Content-Type": "application/x-www-form-urlencoded",
                **self._headers,
            },
        )
        try:
            with self._http.open(request, timeout=self.timeout) as response:
                media = response.headers.get("Content-Type", "").split(";")[0].strip()
                return media, response.read()
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace").strip().splitlines()
            reason = detail[0][:300] if detail else error.reason
            if error.code in (400, 422) and "update" not in form:
                raise QueryError(f"{self.location} refused the query: {reason}") from None
            raise RemoteError(f"{self.location} answered {error.code}: {reason}") from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise RemoteError(f"cannot reach the SPARQL endpoint {url}: {reason}") from None

    def _results(self, sparql: str):
        media, body = self._post(
            self.query_url, {"query": _DECLARED + sparql}, "application/sparql-results+json"
        )
        if media not in _RESULTS:
            raise RemoteError(f"{self.location} answered {media or 'no media type'}, not results")
        return ox.parse_query_results(body, _RESULTS[media])

    def select(self, sparql: str) -> Solutions:
        answer = self._results(sparql)
        if not isinstance(answer, ox.QuerySolutions):
            raise QueryError(f"not a SELECT query: {sparql.strip()[:60]!r}")
        variables = [variable.value for variable in answer.variables]
        rows = [{v: canonical(row[v]) for v in variables} for row in answer]
        return Solutions(variables, iter(rows))

    def ask(self, sparql: str) -> bool:
        """Virtuoso 7 answers ASK as SELECT results: one row holding 1 when true, none when
        false; that reads as the same bool."""
        answer = self._results(sparql)
        if isinstance(answer, ox.QueryBoolean):
            return bool(answer)
        return any(row[0] is not None and row[0].value not in ("0", "false") for row in answer)

    def construct(self, sparql: str) -> Iterator[ox.Triple]:
        _, body = self._post(self.query_url, {"query": _DECLARED + sparql}, "application/n-triples")
        return (quad.triple for quad in ox.parse(body, ox.RdfFormat.N_TRIPLES))

    def update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.location} is opened read-only")
        self._post(self.update_url, {"update": _DECLARED + sparql}, "*/*")

    # ------------------------------------------------------------ reading

    def quads(
        self, graph: str | None = None, subject: ox.NamedNode | None = None
    ) -> Iterator[ox.Quad]:
        given = {"s": subject, "g": ox.NamedNode(graph) if graph is not None else None}
        bound = {name: term for name, term in given.items() if term is not None}
        values = "".join(f"VALUES ?{name} {{ {term} }} " for name, term in bound.items())
        select = f"SELECT * WHERE {{ {values}GRAPH ?g {{ ?s ?p ?o }} FILTER({_OURS}) }}"
        if subject is None:  # whole graphs: page through them in a stable order
            select += " ORDER BY ?g ?s ?p ?o"
        offset = 0
        while True:
            page = f"{select} LIMIT {PAGE_ROWS} OFFSET {offset}" if subject is None else select
            rows = 0
            for row in self.select(page):
                rows += 1
                yield ox.Quad(*(bound.get(name) or row[name] for name in ("s", "p", "o", "g")))
            if subject is not None or rows < PAGE_ROWS:
                return
            offset += PAGE_ROWS

    def named_graphs(self) -> Iterator[str]:
        query = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER({_OURS}) }}"
        for row in self.select(query):
            yield row["g"].value

    def __len__(self) -> int:
        query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER({_OURS}) }}"
        return int(next(self.select(query))["n"].value)
