"""Stores under test: every backend runs the same conformance tests.

Neo4j tests need a server: KG_NEO4J_URI (and KG_NEO4J_USER, KG_NEO4J_PASSWORD,
KG_NEO4J_DATABASE) from `eval "$(scripts/neo4j-local.sh start)"`. Without them the
tests marked `neo4j` skip, unless KG_NEO4J_REQUIRED is set (as in CI), when they fail.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.falkor import FalkorStore
from graph.neo4j_store import Neo4jStore
from graph.store import Store, clear

BACKENDS = ("falkordb", pytest.param("neo4j", marks=pytest.mark.neo4j))
NEO4J_HINT = (
    'no Neo4j server: run eval "$(scripts/neo4j-local.sh start)" (or docker compose up)'
    " and set KG_NEO4J_URI/KG_NEO4J_PASSWORD to run the neo4j tests"
)


def neo4j_store(empty: bool = True) -> Neo4jStore:
    """The test server's database, emptied unless asked not to; skips (or fails in CI)
    when there is no server."""
    env = os.environ
    if not env.get("KG_NEO4J_URI"):
        if env.get("KG_NEO4J_REQUIRED"):
            pytest.fail(NEO4J_HINT)
        pytest.skip(NEO4J_HINT)
    store = Neo4jStore(
        env["KG_NEO4J_URI"],
        env.get("KG_NEO4J_USER", "neo4j"),
        env.get("KG_NEO4J_PASSWORD", ""),
        env.get("KG_NEO4J_DATABASE", "neo4j"),
    )
    if empty:
        clear(store)
    return store


def open_store(backend: str, where: Path) -> Store:
    """A fresh, empty store of one backend (Neo4j: the one test database, emptied)."""
    if backend == "falkordb":
        return FalkorStore(where / "data")
    if backend == "neo4j":
        return neo4j_store()
    raise ValueError(backend)


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = open_store(request.param, tmp_path)
    yield s
    s.close()
