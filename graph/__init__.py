"""The property graph built from extraction records (issue 3 builds it out)."""
