"""The scale benchmark's increments are what a national corpus sends: new articles whose
ids sort among the graph's, not after them."""

from __future__ import annotations

from itertools import islice

from bench.scale import _among
from bench.synth import generate


def test_bench_scale_increment_ids_are_new_and_sort_among_the_graphs() -> None:
    corpus = generate(1_100, seed=1)
    held = [a["id"] for a in islice(corpus, 1_000)]
    more = _among(list(islice(corpus, 100)), len(held))
    ids = [a["id"] for a in more]
    assert len(set(ids)) == 100 and not set(ids) & set(held)
    everything = sorted(held + ids)
    # spread over the graph: some new id sorts before most held ones, some after most
    where = sorted(everything.index(i) for i in ids)
    assert where[0] < 100 and where[-1] > 900
    # each right after a different held article
    assert len({everything[everything.index(i) - 1] for i in ids}) == 100
