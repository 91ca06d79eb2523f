"""The Cypher query catalog: one .cypher file per question analysts ask."""
