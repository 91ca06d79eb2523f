"""The sample articles (and one citing article) loaded into each backend, once per test
module: test modules declare the fixtures with `pytest.fixture(…)(samples.stores)`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.load import FactsOf, load, load_paths
from graph.store.base import Store
from loaders.sources import Article, read_inputs
from tests.conftest import ROOT
from tests.graph.conftest import BACKENDS, open_store

SAMPLES = ROOT / "examples" / "articles"
EXTRA = ROOT / "tests" / "fixtures" / "catalog"
TENURE = ROOT / "tests" / "fixtures" / "tenure"


def articles(folder: Path) -> list[Article]:
    """The articles of a fixture folder."""
    return [a for a in read_inputs([folder]) if isinstance(a, Article)]


def corpus(folder: Path, name: str) -> Any:
    """A module-scoped fixture `name`: the folder's articles loaded into each backend."""

    @pytest.fixture(scope="module", params=BACKENDS, name=name)
    def loaded_corpus(
        request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
    ) -> Iterator[Store]:
        store = open_store(request.param, tmp_path_factory.mktemp(name))
        load(store, articles(folder), FactsOf())
        yield store
        store.close()

    return loaded_corpus


def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Store]]:
    """A function from backend name to its store with the samples loaded, opened once."""
    opened: dict[str, Store] = {}

    def loaded_in(backend: str) -> Store:
        if backend not in opened:
            store = open_store(backend, tmp_path_factory.mktemp(backend))
            load_paths(store, [SAMPLES, EXTRA])
            opened[backend] = store
        return opened[backend]

    yield loaded_in
    for store in opened.values():
        store.close()


def loaded(request: pytest.FixtureRequest, samples_in: Callable[[str], Store]) -> Store:
    """The loaded store of the backend the test is parametrised with."""
    return samples_in(request.param)
