"""partykg: a knowledge graph of Vietnamese party organs, officials and resolutions."""

__version__ = "0.1.0"
