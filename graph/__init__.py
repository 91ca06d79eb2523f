"""The property graph built from extraction records, room by room in the order data
flows: `model` (records become nodes and edges), `store/` (one interface, FalkorDB and
Neo4j behind it, copies between them), `load` (articles in, facts written, passes run),
`derive/` (identity, readings and tenure, settled in a declared order), then what reads
the graph: `rdf/` (export and import under ontology.ttl) and `network/` (officials' ties,
their measures and pictures). A room imports only from the rooms before it."""
