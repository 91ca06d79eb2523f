"""Pages: a fact edge's entries past the most it keeps, and the readers that fold them
back, on every backend."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.synth import generate
from graph.load import load_paths
from graph.schema import FACT_EDGES
from graph.store.base import Store, dump, marked, spill
from graph.store.pages import PAGE, fold, fold_edges


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Synthetic articles that name the same officials again and again."""
    path = tmp_path_factory.mktemp("pages") / "synthetic.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for article in generate(120, seed=11):
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def _sizes(store: Store) -> list[int]:
    kinds = "|".join(FACT_EDGES)
    return [n for (n,) in store.run(f"MATCH ()-[h:{kinds}]->() RETURN size(h.sources)").rows]


def _pages(store: Store) -> list[tuple[str, int, int]]:
    """Each page as (its kind, its entries, the entries its fact edge counts paged)."""
    rows = store.run(
        f"MATCH (a)-[g:{PAGE}]->(b) MATCH (a)-[h]->(b) WHERE type(h) = g.of"
        " RETURN g.of, size(g.sources), size(g.entries), h.paged"
    ).rows
    assert all(n == m for _, n, m, _ in rows)
    return [(kind, n, paged) for kind, n, _, paged in rows]


def test_spill_keeps_each_edge_bounded_and_the_graph_the_same(
    store: Store, corpus: Path
) -> None:
    load_paths(store, [corpus])
    whole = dump(store)
    assert max(_sizes(store)) > 4
    made = spill(store, size=2)
    assert made > 0
    assert max(_sizes(store)) <= 4
    pages = _pages(store)
    assert len(pages) == made
    assert {n for _, n, _ in pages} == {2}
    assert dump(store) == whole
    assert spill(store, size=2) == 0


def test_spill_leaves_an_incomplete_article_s_entries_on_the_edge(
    store: Store, corpus: Path
) -> None:
    """A load cut short writes its articles' entries again, passing over those the edge
    has: one moved to a page would be written twice."""
    load_paths(store, [corpus])
    low = sorted(
        store.run(
            "MATCH ()-[h:HOLDS]->() WHERE size(h.sources) > 4 RETURN h.sources[0]"
        ).rows
    )
    store.write([marked([low[0][0]], complete=False)])
    spill(store, size=2)
    kept = store.run(
        "MATCH ()-[h:HOLDS]->() WHERE $a IN h.sources RETURN size(h.sources)", {"a": low[0][0]}
    ).rows
    paged = store.run(f"MATCH ()-[g:{PAGE}]->() WHERE $a IN g.sources RETURN g", {"a": low[0][0]})
    assert kept and not paged.rows


@pytest.mark.parametrize(
    ("props", "pages", "folded"),
    [
        ({"sources": ["c"], "entries": ["3"], "x": 1}, [], {"sources": ["c"], "entries": ["3"], "x": 1}),
        (
            {"sources": ["b", "d"], "entries": ["2", "4"], "paged": 2},
            [{"of": "HOLDS", "sources": ["a", "c"], "entries": ["1", "3"]}],
            {"sources": ["a", "b", "c", "d"], "entries": ["1", "2", "3", "4"]},
        ),
        ({"sources": [], "entries": [], "paged": 1}, [{"sources": ["a"], "entries": ["1"]}],
         {"sources": ["a"], "entries": ["1"]}),
    ],
)  # fmt: skip
def test_fold_takes_pages_back_in_source_order(
    props: dict[str, object], pages: list[dict[str, object]], folded: dict[str, object]
) -> None:
    assert fold(props, pages) == folded  # type: ignore[arg-type]


def test_fold_edges_drops_the_pages_and_leaves_other_edges_alone() -> None:
    edges = [
        ["HOLDS", "p", "x", {"sources": ["b"], "entries": ["2"], "paged": 1}],
        [PAGE, "p", "x", {"of": "HOLDS", "sources": ["a"], "entries": ["1"]}],
        ["CHAIRED", "p", "x", {"sources": ["z"], "entries": ["9"]}],
    ]
    assert fold_edges(edges) == [
        ["HOLDS", "p", "x", {"sources": ["a", "b"], "entries": ["1", "2"]}],
        ["CHAIRED", "p", "x", {"sources": ["z"], "entries": ["9"]}],
    ]
