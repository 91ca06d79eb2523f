"""Officials' ties read from the graph (`analysis`: ranks, groups, circles, exports for
Gephi) and their pictures (`drawing`, matplotlib, imported only when one is drawn)."""

# What the analysis offers, here so that a command line can list them without importing
# networkx.
KINDS = ("meeting", "organ", "succession", "rotation")
CENTRALITIES = ("pagerank", "betweenness", "degree", "weighted_degree")
FORMATS = ("graphml", "gexf", "json")
