"""Stores under test: every backend runs the same conformance tests.

Neo4j tests need a server of their own (KG_TEST_NEO4J_*, see tests/conftest.py): its
database is emptied before each test.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import graph.load as graph_load
from graph.model import edge_entries
from graph.schema import ENTRY_EDGES, entry_fields
from graph.store import pages
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


def operators(store: Store, cypher: str, params: dict[str, Any]) -> str:
    """The operators of a query's plan, as each backend names them."""
    if isinstance(store, FalkorStore):
        return str(store._graph.explain(cypher, params))
    plan = store._driver.execute_query("EXPLAIN " + cypher, params).summary.plan  # type: ignore[attr-defined]
    return " ".join(node["operatorType"] for node in plan_nodes(plan))


def plan_nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every operator of a Neo4j plan or profile."""
    todo = [plan]
    while todo:
        node = todo.pop()
        yield node
        todo.extend(node.get("children", []))


@pytest.fixture
def whole_edges(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of the size loads use, whatever the run's (KG_TEST_PAGE_SIZE): for a test
    of an edge's own lists."""
    monkeypatch.setattr(pages, "PAGE_SIZE", pages.DEFAULT_PAGE_SIZE)


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = open_store(request.param, tmp_path)
    yield s
    s.close()


def unpack_store(store: Store, sentences: bool = False) -> None:
    """Turn a store into the layout partykg wrote before entries were packed: a list per
    field, one item per source (with `sentences`, the older one still: each entry holding
    its sentence, the articles none)."""
    said = dict(store.run("MATCH (a:Article) RETURN a.id, a.sentences").rows)
    for kind in ENTRY_EDGES:
        rows = []
        for id_, props in store.run(f"MATCH ()-[h:{kind}]->() RETURN id(h), properties(h)").rows:
            entries = list(edge_entries(kind, props).values())
            lists = {x: [e[x] for e in entries] for x in entry_fields(kind)}
            if sentences:
                lists["evidence"] = [said[e["sources"]][e["evidence"]] for e in entries]
            rows.append({"id": id_, "props": lists})
        for x in (*entry_fields(kind), "entries"):
            value = "null" if x == "entries" else f"r.props.{x}"
            store.write(
                [
                    (
                        f"UNWIND $rows AS r MATCH ()-[h:{kind}]->() WHERE id(h) = r.id SET h.{x} = {value}",
                        {"rows": rows},
                    )
                ]
            )
    if sentences:
        store.write([("MATCH (a:Article) REMOVE a.sentences", {})])


Statements = list[tuple[str, dict[str, object]]]


def written(
    store: Store, action: Callable[[], object], chosen: Callable[[Statements], bool] = bool
) -> list[int]:
    """The number of statements of each write `chosen` picks (every write) while
    `action` runs."""
    write, sizes = store.write, []

    def counting(statements: Statements) -> None:
        if chosen(statements):
            sizes.append(len(statements))
        write(statements)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store, "write", counting)
        action()
    return sizes


def write_size(
    store: Store, chosen: Callable[[Statements], bool], action: Callable[[], object]
) -> int:
    """The number of statements of the one write `chosen` picks while `action` runs."""
    (size,) = written(store, action, chosen)
    return size


def collector_states(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[bool]:
    """`owner.name` wrapped for the test: the list it returns gets, at each call, whether
    Python's garbage collector was on."""
    real = getattr(owner, name)
    seen: list[bool] = []

    def noting(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, noting)
    return seen


def running(pid: int) -> bool:
    """The process is there and not a zombie waiting to be reaped (Linux /proc; one that
    ends while it is read is not; its name may hold a ')')."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def killed_after(
    store: Store, chosen: Callable[[Statements], bool], cut: int, action: Callable[[], object]
) -> None:
    """Run `action`, killed after the first `cut` statements of the write `chosen` picks
    (FalkorDB runs a write's statements one by one; a kill falls between any two)."""
    write = store.write

    def killed(statements: Statements) -> None:
        if chosen(statements):
            write(statements[:cut])
            raise KeyboardInterrupt
        write(statements)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store, "write", killed)
        with pytest.raises(KeyboardInterrupt):
            action()


def before_facts(monkeypatch: pytest.MonkeyPatch, action: Callable[[], object]) -> None:
    """The next load runs `action` (another load, say) once, just before it writes its
    articles' facts: what another command can do between a load's nodes and its facts."""
    write_entries = graph_load._write_entries

    def first(*args: object) -> None:
        monkeypatch.setattr(graph_load, "_write_entries", write_entries)
        action()
        write_entries(*args)

    monkeypatch.setattr(graph_load, "_write_entries", first)
