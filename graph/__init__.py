"""The property graph built from extraction records: the model, the stores, the passes
that derive identity and tenure, networks, and RDF in and out."""
