"""The store interface, the same on every backend (run from tests/graph/conftest.py)."""

from __future__ import annotations

import pytest

from graph.store.base import ReadOnlyError, Store, counts, dump


def test_store_reads_an_empty_graph_as_no_rows(store: Store) -> None:
    assert store.run("MATCH (n) RETURN n.id AS id").rows == ()


def test_store_round_trips_parameters_as_plain_values(store: Store) -> None:
    params = {"id": "person:lò-minh-hùng", "xs": ["a", ""], "n": 3, "m": {"k": "v"}}
    store.run("CREATE (p:Person {id: $id, sources: $xs, n: $n, k: $m.k})", params, write=True)
    result = store.run(
        "MATCH (p:Person) RETURN p.id AS id, p.sources AS xs, p.n AS n, p.k AS k, p.x AS x"
    )
    assert result.columns == ("id", "xs", "n", "k", "x")
    assert result.records() == [
        {"id": "person:lò-minh-hùng", "xs": ["a", ""], "n": 3, "k": "v", "x": None}
    ]


@pytest.mark.parametrize(
    "cypher",
    [
        "CREATE (:Person {id: 'x'})",
        "MERGE (:Person {id: 'x'})",
        "MATCH (n) DELETE n",
        "MATCH (n) DETACH DELETE n",
        "MATCH (n:Person) SET n.name = 'y'",
        "MATCH (n:Person) REMOVE n.name",
    ],
)
def test_store_read_only_run_refuses_writes(store: Store, cypher: str) -> None:
    store.run("CREATE (:Person {id: 'p', name: 'x'})", write=True)
    with pytest.raises(ReadOnlyError):
        store.run(cypher)
    assert store.run("MATCH (n:Person) RETURN n.id, n.name").rows == (("p", "x"),)


def test_store_batch_write_in_order_and_schema_twice(store: Store) -> None:
    store.ensure_schema()
    store.ensure_schema()
    store.write(
        [
            ("UNWIND $ids AS id MERGE (:Person {id: id})", {"ids": ["a", "b"]}),
            ("MATCH (a:Person {id: 'a'}), (b:Person {id: 'b'}) MERGE (a)-[:KNOWS]->(b)", {}),
        ]
    )
    assert counts(store) == {"nodes": {"Person": 2}, "edges": {"KNOWS": 1}}
    assert dump(store)["edges"] == [["KNOWS", "a", "b", {}]]
