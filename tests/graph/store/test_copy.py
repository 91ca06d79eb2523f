"""Copying a whole graph between stores (kg push / kg pull)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.load import load_paths
from graph.store.base import Store, StoreError, counts, dump
from graph.store.copy import copy_graph
from graph.store.falkor import FalkorStore
from tests.conftest import ROOT

SAMPLES = ROOT / "examples" / "articles"


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = FalkorStore(tmp_path_factory.mktemp("source"))
    load_paths(store, [SAMPLES])
    yield store
    store.close()


def test_copy_gives_the_same_graph_in_small_pages(source: Store, store: Store) -> None:
    copied = copy_graph(source, store, page=3)
    assert copied == counts(source)
    assert dump(store) == dump(source)


def test_copy_refuses_a_target_that_holds_a_graph_unless_replacing(
    source: Store, store: Store
) -> None:
    store.run("CREATE (:Person {id: 'person:khác', name: 'Khác'})", write=True)
    with pytest.raises(StoreError, match="--replace"):
        copy_graph(source, store)
    assert counts(store)["nodes"] == {"Person": 1}
    copy_graph(source, store, replace=True)
    assert dump(store) == dump(source)


def test_copy_cut_short_marks_articles_incomplete_and_a_reload_mends_it(
    source: Store, store: Store
) -> None:
    def stop_after_some(n: int, done: list[int] = []) -> None:  # noqa: B006
        done.append(n)
        if len(done) == 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        copy_graph(source, store, page=4, progress=stop_after_some)
    marks = store.run("MATCH (a:Article) RETURN DISTINCT a.complete").rows
    assert marks == ((False,),)
    report = load_paths(store, [SAMPLES])
    assert (report.replaced, report.unchanged) == (5, 0)
    assert dump(store) == dump(source)


def test_copy_refuses_labels_that_are_not_plain_names(tmp_path: Path, store: Store) -> None:
    with FalkorStore(tmp_path / "odd") as odd:
        odd.run("CREATE (:`Bad Label` {id: 'x'})", write=True)
        with pytest.raises(StoreError, match="not a plain name"):
            copy_graph(odd, store)


def test_copy_refuses_an_empty_source_so_replace_never_wipes_for_nothing(
    tmp_path: Path, store: Store
) -> None:
    store.run("CREATE (:Person {id: 'person:giữ', name: 'Giữ'})", write=True)
    with FalkorStore(tmp_path / "empty") as empty, pytest.raises(StoreError, match="empty"):
        copy_graph(empty, store, replace=True)
    assert counts(store)["nodes"] == {"Person": 1}
