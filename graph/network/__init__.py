"""Officials' ties read from the graph (`analysis`: ranks, groups, circles, exports for
Gephi) and their pictures (`drawing`, matplotlib, imported only when one is drawn)."""
