"""What follows from all the facts together, recomputed after every load: who is who
(`identity`, with the analysts' `decisions` as data apart from it), the readings of
nodes articles disagree on, and every holding's tenure, run in the order `passes`
declares; `review` records an analyst's merge, split or undo and settles again."""
