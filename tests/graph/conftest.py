"""Stores under test: every backend runs the same conformance tests.

Neo4j tests need a server of their own (KG_TEST_NEO4J_*, see tests/conftest.py): its
database is emptied before each test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.store.base import Store
from graph.store.falkor import FalkorStore
from tests.conftest import neo4j_test_store

BACKENDS = ("falkordb", pytest.param("neo4j", marks=pytest.mark.neo4j))


def open_store(backend: str, where: Path) -> Store:
    """A fresh, empty store of one backend (Neo4j: the one test database, emptied)."""
    if backend == "falkordb":
        return FalkorStore(where / "data")
    if backend == "neo4j":
        return neo4j_test_store()
    raise ValueError(backend)


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = open_store(request.param, tmp_path)
    yield s
    s.close()
