"""Pages: a fact edge's entries past the most it keeps, and the readers that fold them
back, on every backend."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from bench.synth import write_jsonl
from graph.derive import review
from graph.load import FactsOf, load, load_paths
from graph.rdf.write import export, subgraph
from graph.schema import FACT_EDGES
from graph.store import pages as graph_pages
from graph.store.base import Store, clear, counts, dump, marked, spill
from graph.store.copy import copy_graph
from graph.store.falkor import FalkorStore
from graph.store.pages import PAGE, fold, fold_edges
from loaders import gazetteer
from loaders.sources import Article, read_inputs
from tests.graph.conftest import before_facts, killed_after, write_size

FACTS = FactsOf()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Synthetic articles that name the same officials again and again."""
    path = tmp_path_factory.mktemp("pages") / "synthetic.jsonl"
    write_jsonl(str(path), 120, seed=11)
    return path


@pytest.fixture
def small(monkeypatch: pytest.MonkeyPatch) -> Callable[[bool], None]:
    """Pages of two entries (every edge of five sources or more spills) until called
    with False, then the size loads use."""

    def pages_of_two(on: bool = True) -> None:
        size = 2 if on else graph_pages.DEFAULT_PAGE_SIZE
        monkeypatch.setattr(graph_pages, "PAGE_SIZE", size)

    pages_of_two()
    return pages_of_two


def _export(store: Store) -> str:
    out = io.StringIO()
    export(store, out, "nt", "https://example.org/", gazetteer.default())
    return out.getvalue()


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


def test_load_keeps_each_edge_bounded_and_the_graph_the_same(
    store: Store, corpus: Path, small: Callable[[bool], None]
) -> None:
    load_paths(store, [corpus], facts_every=40)
    paged = dump(store)
    assert max(_sizes(store)) <= 4
    pages = _pages(store)
    assert pages and {n for _, n, _ in pages} == {2}
    clear(store)
    small(False)
    load_paths(store, [corpus])
    assert max(_sizes(store)) > 4
    assert not _pages(store)
    assert dump(store) == paged


def test_spill_leaves_an_incomplete_article_s_entries_on_the_edge(
    store: Store, corpus: Path, whole_edges: None
) -> None:
    """A load cut short writes its articles' entries again, passing over those the edge
    has: one moved to a page would be written twice."""
    load_paths(store, [corpus])
    low = sorted(
        store.run("MATCH ()-[h:HOLDS]->() WHERE size(h.sources) > 4 RETURN h.sources[0]").rows
    )[0][0]
    store.write([marked([low], complete=False)])
    store.run("MATCH ()-[h:HOLDS]->() WHERE size(h.sources) > 4 SET h.full = true", write=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(graph_pages, "PAGE_SIZE", 2)
        assert spill(store)
    kept = store.run("MATCH ()-[h:HOLDS]->() WHERE $a IN h.sources RETURN h", {"a": low}).rows
    paged = store.run(f"MATCH ()-[g:{PAGE}]->() WHERE $a IN g.sources RETURN g", {"a": low}).rows
    assert kept and not paged


def test_load_replaces_a_changed_article_s_entries_on_pages(
    store: Store, corpus: Path, small: Callable[[bool], None]
) -> None:
    """An edited article whose entry a page keeps: the page loses it, the edge's count,
    dates and what tenure keeps of its entries follow, as if never paged."""
    articles = list(read_inputs([corpus]))
    load(store, articles, FACTS)
    (paged,) = store.run(
        f"MATCH ()-[g:{PAGE}]->() RETURN g.sources[0] ORDER BY g.sources[0] LIMIT 1"
    ).rows
    old = next(a for a in articles if isinstance(a, Article) and f"article:{a.source}" == paged[0])
    other = next(a for a in articles if isinstance(a, Article) and a is not old)
    edited = replace(old, text=other.text)
    report = load(store, [edited], FACTS)
    assert report.replaced == 1
    edited_graph = dump(store)
    clear(store)
    small(False)
    load(store, [edited if a is old else a for a in articles], FACTS)
    assert dump(store) == edited_graph


# Invented: an election to a post reported once, then the holder seen at meetings.
_ELECTED = (
    "Ngày 1/3/2023, đồng chí Trần Văn Hai được bầu giữ chức Bí thư Tỉnh ủy Điện Biên khóa XV."
)
_SEEN = "Ngày {d}/4/2023, đồng chí Trần Văn Hai, Bí thư Tỉnh ủy Điện Biên dự hội nghị."
_ELSE = "Ngày {d}/5/2023, Tỉnh ủy Điện Biên tổ chức hội nghị."


@pytest.mark.parametrize(
    ("edited", "why"),
    [
        ("a", "a page's entry reporting the start: the digest tenure keeps loses it"),
        ("cde", "every entry the edge keeps itself: it stays, for its pages"),
        ("abcde", "every entry: the edge goes, and its pages"),
    ],
)
def test_load_takes_back_edited_articles_whose_entries_pages_keep(
    store: Store, small: Callable[[bool], None], edited: str, why: str
) -> None:
    articles = [Article("a.txt", _ELECTED)]
    articles += [Article(f"{c}.txt", _SEEN.format(d=i + 2)) for i, c in enumerate("bcde")]
    load(store, articles, FACTS)
    assert store.run(f"MATCH ()-[g:{PAGE}]->() RETURN g.sources").rows == (
        (["article:a.txt", "article:b.txt"],),
    )
    changed = [
        replace(a, text=_ELSE.format(d=i + 1))
        for i, a in enumerate(articles)
        if a.source[0] in edited
    ]
    assert load(store, changed, FACTS).replaced == len(edited)
    counted = store.run("MATCH ()-[h:HOLDS]->() RETURN h.paged").rows
    assert all(type(n) is int for (n,) in counted if n is not None), counted
    after = dump(store)
    clear(store)
    small(False)
    load(store, [next((c for c in changed if c.source == a.source), a) for a in articles], FACTS)
    assert dump(store) == after, why


def test_corrections_keep_a_holding_paged(
    store: Store, small: Callable[[bool], None], tmp_path: Path
) -> None:
    """An analyst's reject and its undo rewrite a paged holding: its pages keep what
    stays on them, no edge is left holding more than twice a page, and the undo gives
    back the graph as loaded."""
    gaz, path = gazetteer.default(), tmp_path / "decisions.jsonl"
    articles = [Article("a.txt", _ELECTED)]
    articles += [Article(f"{c}.txt", _SEEN.format(d=i + 2)) for i, c in enumerate("bcdefghi")]
    load(store, articles, FACTS)
    loaded = dump(store)
    person, post = store.run("MATCH (p:Person)-[:HOLDS]->(x:Post) RETURN p.id, x.id").rows[0]
    rejected = ["a.txt", "b.txt", "c.txt", "e.txt", "f.txt"]  # more than twice a page
    review.reject(store, gaz, path, person, post, articles=rejected)
    aside = store.run("MATCH ()-[h:SET_ASIDE]->() RETURN h.sources, h.full").rows
    assert aside == (([f"article:{a}" for a in rejected], None),)
    assert max(_sizes(store)) <= 4 and _pages(store)
    review.undo(store, gaz, path)
    assert max(_sizes(store)) <= 4 and _pages(store)
    assert dump(store) == loaded


def test_an_edge_that_counts_pages_has_one_wherever_a_rewrite_is_killed(
    store: Store, small: Callable[[bool], None], tmp_path: Path
) -> None:
    """A reject empties every page of a paged holding; killed after any statement of its
    write, an edge that still counts pages has one: a retraction finds the edges to
    count again through their pages (graph/load.py `_repaged`)."""
    gaz, path = gazetteer.default(), tmp_path / "decisions.jsonl"
    articles = [Article("a.txt", _ELECTED)]
    articles += [Article(f"{c}.txt", _SEEN.format(d=i + 2)) for i, c in enumerate("bcdefghi")]

    def rewrite(statements: list[tuple[str, Any]]) -> bool:
        return any(f"SET h.{graph_pages.PAGED} = r.n" in c for c, _ in statements)

    def reject() -> Callable[[], object]:
        """The reject of every page's entries, on the graph as loaded."""
        clear(store)
        path.unlink(missing_ok=True)
        load(store, articles, FACTS)
        person, post = store.run("MATCH (p:Person)-[:HOLDS]->(x:Post) RETURN p.id, x.id").rows[0]
        rejected = [f"{c}.txt" for c in "abcdef"]
        return partial(review.reject, store, gaz, path, person, post, rejected)

    size = write_size(store, rewrite, reject())
    assert size >= 5
    for cut in range(size + 1):
        killed_after(store, rewrite, cut, reject())
        pageless = store.run(
            "MATCH (a)-[h]->(b) WHERE h.paged IS NOT NULL OPTIONAL MATCH (a)-[g:PAGE]->(b)"
            " WHERE g.of = type(h) WITH h, count(g) AS n WHERE n = 0 RETURN count(h)"
        ).scalar()
        assert pageless == 0, cut


def test_load_writes_an_article_once_that_another_load_finished_meanwhile(
    store: Store, small: Callable[[bool], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One version of an article in two loads at once: the second writes its nodes, the
    first loads it whole and its entry moves onto a page, then the second comes to its
    facts. Passing over what the edge keeps is not enough: the page keeps it."""
    first = Article("a.txt", _ELECTED)
    others = [Article(f"{c}.txt", _SEEN.format(d=i + 2)) for i, c in enumerate("bcdefg")]
    load(store, others, FACTS)
    before_facts(monkeypatch, lambda: load(store, [first], FACTS))
    load(store, [first], FACTS)
    both = dump(store)
    clear(store)
    load(store, [first, *others], FACTS)
    assert dump(store) == both


def test_export_of_a_paged_graph_is_that_of_the_whole_one(
    store: Store, corpus: Path, small: Callable[[bool], None]
) -> None:
    load_paths(store, [corpus])
    paged = _export(store)
    person = store.run(f"MATCH (p:Person)-[:{PAGE}]->() RETURN p.id LIMIT 1").scalar()
    around = subgraph(store, [person])
    clear(store)
    small(False)
    load_paths(store, [corpus])
    assert _export(store) == paged
    assert subgraph(store, [person]) == around


def test_copy_keeps_every_page(
    store: Store, corpus: Path, small: Callable[[bool], None], tmp_path: Path
) -> None:
    with FalkorStore(tmp_path / "source") as source:
        load_paths(source, [corpus])
        assert counts(source)["edges"][PAGE] > 1
        assert copy_graph(source, store) == counts(source)
        assert dump(store) == dump(source)


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
