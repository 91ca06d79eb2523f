"""The graph as RDF under ontology.ttl: `vocab` and `iris` name things, `write` exports
(streamed), `read` imports an export back and validates it against shapes.ttl."""

# The RDF syntaxes export and import take, by name, with rdflib's name for each; here so
# that a command line can list them without importing rdflib.
FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}
