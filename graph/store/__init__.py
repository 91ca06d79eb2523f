"""Where the graph lives: one interface (`base`), the embedded FalkorDB store, the Neo4j
store, and copies between any two of them."""
