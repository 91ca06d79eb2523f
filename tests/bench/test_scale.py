"""The scale benchmark's increments are what a national corpus sends: new articles whose
ids sort among the graph's, not after them."""

from __future__ import annotations

from itertools import islice

from bench.scale import _among, _edited
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


def test_bench_scale_edits_are_spread_held_articles_with_their_text_changed() -> None:
    held = list(islice(generate(1_000, seed=1), 1_000))
    edited = _edited(held, 100)
    by_id = {a["id"]: a for a in held}
    assert len({a["id"] for a in edited}) == 100
    assert all(a["id"] in by_id and a["text"] != by_id[a["id"]]["text"] for a in edited)
    where = sorted(list(by_id).index(a["id"]) for a in edited)
    assert where[0] < 100 and where[-1] > 900
