"""Stores under test: every backend runs the same conformance tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.falkor import FalkorStore
from graph.store import Store

BACKENDS = ("falkordb",)


def open_store(backend: str, where: Path) -> Store:
    """A fresh, empty store of one backend."""
    if backend == "falkordb":
        return FalkorStore(where / "data")
    raise ValueError(backend)


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = open_store(request.param, tmp_path)
    yield s
    s.close()
