"""Named SPARQL queries (*.rq) and the runner that binds their parameters safely."""
