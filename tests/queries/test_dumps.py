"""Whole tables: every person, holding and meeting once, the same on every backend."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from graph.store.base import Store
from queries.dumps import DUMPS, dump
from tests import samples
from tests.graph.conftest import BACKENDS

samples_in = pytest.fixture(scope="module", name="samples_in")(samples.stores)
loaded = pytest.fixture(params=BACKENDS, name="loaded")(samples.loaded)

COUNTS = {
    "persons": "MATCH (p:Person) RETURN count(p)",
    "holdings": "MATCH (:Person)-[h:HOLDS]->(:Post) RETURN count(h)",
    "meetings": "MATCH (m:Meeting) RETURN count(m)",
}


@pytest.mark.parametrize("kind", list(DUMPS))
def test_dumps_one_row_for_each(loaded: Store, kind: str) -> None:
    rows = dump(loaded, kind).records()
    assert len(rows) == loaded.run(COUNTS[kind]).scalar() > 0
    first = next(iter(rows[0]))
    assert len({(r[first], r.get("post_id")) for r in rows}) == len(rows)


@pytest.mark.neo4j
@pytest.mark.parametrize("kind", list(DUMPS))
def test_dumps_same_on_every_backend(samples_in: Callable[[str], Store], kind: str) -> None:
    assert dump(samples_in("neo4j"), kind) == dump(samples_in("falkordb"), kind)


def test_dumps_an_unknown_table_is_named(loaded: Store) -> None:
    with pytest.raises(ValueError, match="no table 'nope': one of persons, holdings, meetings"):
        dump(loaded, "nope")
