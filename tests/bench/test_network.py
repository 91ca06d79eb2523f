"""The network benchmark's synthetic store has the shapes it claims: provinces of equal
size, meetings, chains of successors, rotated cadres, organs in terms."""

from __future__ import annotations

import re
from pathlib import Path

from bench.network import synthesize, write
from graph.network.analysis import build, groups, rank
from graph.store.falkor import FalkorStore


def test_bench_network_synthetic_store_has_every_tie_kind(tmp_path: Path) -> None:
    rows = synthesize(persons=1_300, meetings=1_000, seed=3)
    assert len(rows["persons"]) == 26 + 63 * 20  # 2% central, the rest in 63 provinces
    assert len(rows["meetings"]) == 1_000
    with FalkorStore(tmp_path) as store:
        write(store, rows)
        g = build(store, detail=False)
    kinds = {
        k
        for _, _, d in g.edges(data=True)
        for k in ("meeting", "organ", "succession", "rotation")
        if k in d
    }
    assert kinds == {"meeting", "organ", "succession", "rotation"}
    # the skew toward each province's leadership: its chairs (top three) rank first
    assert all(re.fullmatch(r"person:\d+-[0-2]", r["id"]) for r in rank(g, 5))
    assert len(groups(g)) >= 10  # provinces meet apart: many groups, not one
