"""The store interface, the same on every backend (run from tests/graph/conftest.py)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.load import load_paths
from graph.schema import ENTRY_EDGES, repack
from graph.store.base import (
    ReadOnlyError,
    Store,
    counts,
    dump,
    repack_entries,
    unmention,
    upgrade,
)
from tests.conftest import ROOT
from tests.graph.conftest import unpack_store


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


# What a load passes: text of any kind (but NUL, which no store keeps, and lone
# surrogates, which no UTF-8 file holds), numbers, flags, nothing, and lists and maps of them.
_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))
_SCALARS = (
    _TEXT
    | st.integers(-(2**63), 2**63 - 1)
    | st.integers(-(10**9), 10**9).map(lambda n: n / 64)  # FalkorDB answers 15 digits
    | st.booleans()
    | st.none()
)
_PARAMS = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(st.from_regex(r"[a-z_][a-z0-9_]{0,6}", fullmatch=True), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=_PARAMS, texts=st.lists(_TEXT))
def test_store_returns_any_parameter_as_it_was_passed(
    store: Store, value: Any, texts: list[str]
) -> None:
    """The parameters reach the database as they are, of the same types: FalkorDB's go
    as Cypher text, which its client writes (escapes, quotes, control characters, lists
    of maps)."""
    (row,) = store.run(
        "RETURN $v AS v, $t AS t, $rows AS rows",
        {"v": value, "t": texts, "rows": [{"a": value, "b": texts}]},
    ).rows
    assert _typed(row) == _typed((value, texts, [{"a": value, "b": texts}]))


def _typed(value: Any) -> Any:
    """A value with the type of each scalar beside it (True == 1 == 1.0 in Python)."""
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


@pytest.mark.parametrize("value", ["2024-07-20", "article:thái-bình-1|0|1", ""])
def test_store_shared_string_reads_as_the_string_alone_and_in_lists(
    store: Store, value: str
) -> None:
    store.run(
        f"CREATE (:Person {{id: 'p', v: {store.shared('$v')},"
        f" vs: [x IN [$v, 'b'] | {store.shared('x')}]}})",
        {"v": value},
        write=True,
    )
    found = store.run("MATCH (p:Person {v: $v}) WHERE $v IN p.vs RETURN p.v, p.vs", {"v": value})
    assert found.rows == ((value, [value, "b"]),)
    assert store.run(f"RETURN {store.shared('$v')}", {"v": None}).rows == ((None,),)


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


def test_store_written_before_entries_were_packed_is_packed_as_a_load_packs(store: Store) -> None:
    """A store an older partykg wrote keeps each field of the entries in a list of its
    own: opening it packs them (in every edge kind, as a load packs them), and once
    packed it is left alone."""
    load_paths(store, [ROOT / "examples" / "articles"])
    packed = dump(store)
    unpack_store(store)
    old = dump(store)
    assert old != packed
    assert any("seen" in props and "entries" not in props for *_, props in old["edges"])
    repack_entries(store)
    assert dump(store) == packed
    repack_entries(store)
    assert dump(store) == packed


def test_store_whose_articles_mention_posts_and_organs_loses_those_mentions(
    store: Store,
) -> None:
    """Before the facts alone named posts and organs, every article MENTIONS them:
    opening such a store takes the complete articles' away, a page at a time, to what a
    load writes, and leaves an incomplete article's (its load, cut short, needs them)."""
    load_paths(store, [ROOT / "examples" / "articles"])
    loaded = dump(store)
    old = (
        "MATCH (a:Article)-[:MENTIONS]->(:Person)-[:HOLDS]->(p:Post)-[:IN_ORGAN]->(o:Organ)"
        " WITH DISTINCT a, p, o MERGE (a)-[:MENTIONS]->(p) MERGE (a)-[:MENTIONS]->(o)"
    )
    store.write([(old, {})])
    mentions = "MATCH (:Article)-[m:MENTIONS]->(n) WHERE n:Post OR n:Organ RETURN count(m)"
    assert store.run(mentions).rows[0][0] > 2
    unmention(store, page=2)
    assert dump(store) == loaded
    cut = "MATCH (a:Article) WITH a ORDER BY a.id LIMIT 1 SET a.complete = false"
    store.write([(old, {}), (cut, {})])
    upgrade(store)
    left = "MATCH (a:Article)-[:MENTIONS]->(n) WHERE n:Post OR n:Organ RETURN DISTINCT a.complete"
    assert [tuple(r) for r in store.run(left).rows] == [(False,)]


@pytest.mark.parametrize("done", [1, 4, 9])
def test_store_packing_cut_short_is_finished_on_the_next_open(store: Store, done: int) -> None:
    """Packing killed after its first `done` statements (a kind packed whole, one kind's
    lists half cleared, ...) is finished by the next open, to what a load writes."""
    load_paths(store, [ROOT / "examples" / "articles"])
    packed = dump(store)
    unpack_store(store)
    present = [
        k for k in ENTRY_EDGES if store.run(f"MATCH ()-[h:{k}]->() RETURN count(h)").rows[0][0]
    ]
    statements = [cypher for kind in present for cypher in repack(kind)]
    store.write([(cypher, {}) for cypher in statements[:done]])
    assert dump(store) != packed
    repack_entries(store)
    assert dump(store) == packed
