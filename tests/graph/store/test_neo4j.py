"""What the Neo4j store adds to the shared conformance: its schema, atomic batches,
retries under contention and clear connection errors (against the real test server)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest

from graph.schema import INDEXES, NODES
from graph.store.base import StoreError, counts
from graph.store.neo4j import FULLTEXT, Neo4jStore
from graph.store.pages import FULL_INDEXES
from tests.conftest import ROOT, neo4j_test_env, neo4j_test_store

pytestmark = pytest.mark.neo4j


@pytest.fixture
def neo() -> Iterator[Neo4jStore]:
    store = neo4j_test_store()
    yield store
    store.close()


def test_neo4j_reports_its_version(neo: Neo4jStore) -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+ (community|enterprise)", neo.version())


def test_neo4j_schema_twice_gives_constraints_indexes_and_full_text(neo: Neo4jStore) -> None:
    neo.ensure_schema()
    neo.ensure_schema()
    unique = {
        (r["labels"][0], r["properties"][0])
        for r in neo.run(
            "SHOW CONSTRAINTS YIELD labelsOrTypes AS labels, properties, type"
        ).records()
        if r["type"] == "UNIQUENESS"
    }
    assert unique == {(kind, "id") for kind in NODES} | {("WriteLock", "id")}
    ranges = {
        (r["labels"][0], r["properties"][0])
        for r in neo.run(
            "SHOW INDEXES YIELD labelsOrTypes AS labels, properties, type, owningConstraint"
            " WHERE type = 'RANGE' AND owningConstraint IS NULL"
        ).records()
    }
    assert ranges == {pair for pair in INDEXES if pair[1] != "id"} | set(FULL_INDEXES)
    fulltext = neo.run(
        "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties"
        " RETURN name, size(labelsOrTypes), properties"
    ).rows
    assert fulltext == ((FULLTEXT, 6, ["name", "title", "number"]),)


def test_neo4j_full_text_index_finds_names_and_titles(neo: Neo4jStore) -> None:
    neo.ensure_schema()
    neo.write(
        [
            ("CREATE (:Person {id: 'person:lò-minh-hùng', name: 'Lò Minh Hùng'})", {}),
            ("CREATE (:Post {id: 'post:bí-thư', title: 'Bí thư Tỉnh ủy'})", {}),
        ]
    )
    neo.run("CALL db.awaitIndexes(60)", write=True)
    found = neo.run(
        "CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.id ORDER BY node.id",
        {"index": FULLTEXT, "q": "hùng OR tỉnh"},
    ).rows
    assert found == (("person:lò-minh-hùng",), ("post:bí-thư",))


def test_neo4j_uniqueness_of_ids_is_enforced(neo: Neo4jStore) -> None:
    neo.ensure_schema()
    neo.run("CREATE (:Person {id: 'p'})", write=True)
    with pytest.raises(StoreError, match="already exists"):
        neo.run("CREATE (:Person {id: 'p'})", write=True)


def test_neo4j_write_batch_is_all_or_nothing(neo: Neo4jStore) -> None:
    with pytest.raises(StoreError):
        neo.write(
            [
                ("UNWIND $ids AS id CREATE (:Person {id: id})", {"ids": ["a", "b"]}),
                ("MATCH (n) RETURN n.id +", {}),
            ]
        )
    assert counts(neo)["nodes"] == {}


def test_neo4j_concurrent_batches_in_opposite_order_all_land(neo: Neo4jStore) -> None:
    """Two writers locking the same nodes in opposite orders deadlock now and then; the
    managed transactions retry, so every increment lands."""
    neo.run("CREATE (:Person {id: 'a', n: 0}), (:Person {id: 'b', n: 0})", write=True)
    bump = "MATCH (p:Person {id: $id}) SET p.n = p.n + 1"
    errors: list[Exception] = []

    def writer(first: str, second: str) -> None:
        try:
            for _ in range(30):
                neo.write([(bump, {"id": first}), (bump, {"id": second})])
        except Exception as exc:  # pragma: no cover - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=pair) for pair in (("a", "b"), ("b", "a"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert neo.run("MATCH (p:Person) RETURN p.id, p.n ORDER BY p.id").rows == (("a", 60), ("b", 60))


def test_neo4j_writing_is_exclusive_among_processes_and_kept_by_none(neo: Neo4jStore) -> None:
    """`writing` on one connection makes another's wait until it ends (a load's batches
    and the derived passes span several transactions); it nests; it leaves no node."""
    other = neo4j_test_store(empty=False)
    said: list[str] = []
    inside = threading.Event()

    def first() -> None:
        with neo.writing(), neo.writing():
            said.append("first in")
            inside.set()
            time.sleep(1.0)
            said.append("first out")

    def second() -> None:
        inside.wait()
        with other.writing():
            said.append("second in")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.close()
    assert said == ["first in", "first out", "second in"]
    assert neo.run("MATCH (n) RETURN count(n)").rows == ((0,),)


def test_neo4j_writing_of_a_killed_process_is_let_go(neo: Neo4jStore) -> None:
    """A process killed inside `writing` holds nothing once the server sees its
    connection go: the next writer gets in."""
    env = {**os.environ, **(neo4j_test_env() or {})}
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import os, time; from graph.store.neo4j import Neo4jStore\n"
            "s = Neo4jStore(os.environ['KG_NEO4J_URI'], os.environ['KG_NEO4J_USER'],"
            " os.environ['KG_NEO4J_PASSWORD'], os.environ.get('KG_NEO4J_DATABASE', 'neo4j'))\n"
            "with s.writing():\n    print('in', flush=True)\n    time.sleep(120)",
        ],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "in\n"
        got = threading.Event()

        def wait() -> None:
            with neo.writing():
                got.set()

        waiter = threading.Thread(target=wait, daemon=True)
        waiter.start()
        assert not got.wait(1.0)  # held while the process lives
        holder.send_signal(signal.SIGKILL)
        assert got.wait(30.0)
        waiter.join()
    finally:
        holder.kill()
        holder.wait()


def test_neo4j_wrong_password_and_unreachable_server_are_clear_errors() -> None:
    neo4j_test_store(empty=False).close()  # skips without a test server
    uri = (neo4j_test_env() or {})["KG_NEO4J_URI"]
    with pytest.raises(StoreError, match="refused user 'neo4j'"):
        Neo4jStore(uri, "neo4j", "not-the-password")
    with pytest.raises(StoreError, match="cannot reach Neo4j"):
        Neo4jStore("bolt://127.0.0.1:1", "neo4j", "x")
    with pytest.raises(StoreError, match="not a Bolt address"):
        Neo4jStore("http://127.0.0.1:7474", "neo4j", "x")


def test_neo4j_nodes_edges_paths_and_dates_come_back_plain(neo: Neo4jStore) -> None:
    neo.run("CREATE (:Person {id: 'a'})-[:KNOWS {since: 2019}]->(:Person {id: 'b'})", write=True)
    row = neo.run("MATCH p = (a {id: 'a'})-[r]->(b) RETURN a, r, p, date('2019-11-16') AS d").rows[
        0
    ]
    assert row == (
        {"id": "a"},
        {"since": 2019},
        {"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"since": 2019}]},
        "2019-11-16",
    )
