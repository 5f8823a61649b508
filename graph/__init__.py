"""RDF mapping, the store, the networkx projection, exports and the HTML map."""
