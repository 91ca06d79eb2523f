"""The sample articles (and one citing article) loaded into each backend, once per test
module: test modules declare the fixtures with `pytest.fixture(…)(samples.stores)`."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from graph.load import load_paths
from graph.store import Store
from tests.conftest import ROOT
from tests.graph.conftest import open_store

SAMPLES = ROOT / "examples" / "articles"
EXTRA = ROOT / "tests" / "fixtures" / "catalog"


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
