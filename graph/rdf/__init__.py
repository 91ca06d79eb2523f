"""The graph as RDF under ontology.ttl: `vocab` and `iris` name things, `write` exports
(streamed), `read` imports an export back and validates it against shapes.ttl."""
