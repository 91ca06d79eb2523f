"""The fault suite: the graph is a function of the set of articles loaded, whatever
edits, splits, orders, concurrent writers or kills came before. Each test compares
with a fresh load of the same set (`dump`), on every backend the fault applies to."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.synth import generate
from graph.load import FactsOf, load, load_paths
from graph.store.base import QueryTimeout, Store, clear, dump
from graph.store.falkor import FalkorStore
from loaders.sources import Article
from tests.conftest import REOPENS, ROOT
from tests.graph.conftest import running

FACTS = FactsOf()
SAMPLES = ROOT / "examples" / "articles"
TENURE = ROOT / "tests" / "fixtures" / "tenure"

# Each edit of the sample 002: a title removed, the text cut short, every fact gone.
EDITS = {
    "edit": lambda t: t.replace(", Trưởng Đoàn đại biểu Quốc hội tỉnh", "", 1),
    "shorten": lambda t: t[: t.index("Hội nghị quán triệt, triển khai chương trình")],
    "empty": lambda t: "Bài viết đã được gỡ bỏ.",
}


def _fresh(store: Store, paths: list[Path]) -> dict[str, list[object]]:
    clear(store)
    load_paths(store, paths)
    return dump(store)


def _edited_copy(store: Store, tmp_path: Path, edit: str) -> Path:
    """The samples copied, loaded, then the copy of 002 edited in place and reloaded."""
    folder = tmp_path / "articles"
    shutil.copytree(SAMPLES, folder)
    load_paths(store, [folder])
    (target,) = folder.glob("002_*.txt")
    old = target.read_text(encoding="utf-8")
    target.write_text(EDITS[edit](old), encoding="utf-8")
    assert target.read_text(encoding="utf-8") != old
    report = load_paths(store, [folder])
    assert (report.replaced, report.unchanged, report.failed) == (1, 4, [])
    return folder


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_edited_article_reloads_to_a_fresh_load_of_the_new_set(
    store: Store, tmp_path: Path, edit: str
) -> None:
    folder = _edited_copy(store, tmp_path, edit)
    reloaded = dump(store)
    assert reloaded == _fresh(store, [folder])


def test_edited_title_leaves_no_citation_behind(store: Store, tmp_path: Path) -> None:
    _edited_copy(store, tmp_path, "edit")
    cited = store.run(
        "MATCH (:Person {name: 'Nguyễn Hữu Đông'})-[h:HOLDS]->(x:Post)"
        " WHERE x.title STARTS WITH 'Trưởng Đoàn' RETURN h.sources"
    ).rows
    assert all(not any(s.startswith("article:002_") for s in row[0]) for row in cited)


def _synthetic(n: int, seed: int) -> list[Article]:
    return [Article(a["id"], a["text"], a.get("published")) for a in generate(n, seed=seed)]


def _edit_some(articles: list[Article], every: int) -> list[Article]:
    """One article in `every` shortened to its first half, and one in `every` with its
    deputies promoted: titles, chairs and persons change."""
    out = []
    for i, a in enumerate(articles):
        text = a.text
        if i % every == 0:
            text = text[: len(text) // 2]
        elif i % every == every // 2:
            text = text.replace("Phó ", "")
        out.append(Article(a.source, text, a.published))
    return out


@pytest.mark.slow
def test_100_edited_articles_of_3000_reload_to_a_fresh_load(store: Store) -> None:
    original = _synthetic(3000, seed=11)
    edited = _edit_some(original, every=60)
    load(store, original, FACTS)
    report = load(store, edited, FACTS)
    assert report.replaced >= 75  # an article without "Phó " is unchanged
    reloaded = dump(store)
    clear(store)
    load(store, edited, FACTS)
    assert reloaded == dump(store)


def _corpus() -> list[Article]:
    """The tenure corpus (successions, rotations, namesakes) and synthetic articles."""
    tenure = [Article(p.name, p.read_text(encoding="utf-8")) for p in sorted(TENURE.glob("*.txt"))]
    return tenure + _synthetic(300, seed=5)


@pytest.fixture(scope="module")
def one_load() -> dict[str, dict[str, list[object]]]:
    """The corpus loaded at once, per backend (filled on first use)."""
    return {}


@pytest.mark.slow
@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_any_partition_in_any_order_equals_one_load(
    store: Store, one_load: dict[str, dict[str, list[object]]], data: st.DataObject
) -> None:
    articles = _corpus()
    if store.name not in one_load:
        clear(store)
        load(store, articles, FACTS)
        one_load[store.name] = dump(store)
    order = data.draw(st.permutations(articles))
    cuts = sorted(data.draw(st.sets(st.integers(1, len(order) - 1), max_size=4)))
    clear(store)
    for start, end in zip([0, *cuts], [*cuts, len(order)], strict=True):
        load(store, order[start:end], FACTS)
    assert dump(store) == one_load[store.name]


SAME_NAME = "Ngày 2/3/2024, đồng chí {name}, Bí thư Tỉnh ủy Lai Châu chủ trì hội nghị."


def _two_folders(tmp_path: Path) -> tuple[Path, Path]:
    for folder, name in (("a", "Nguyễn Văn Một"), ("b", "Trần Văn Hai")):
        (tmp_path / "x" / folder).mkdir(parents=True)
        (tmp_path / "x" / folder / "article.txt").write_text(
            SAME_NAME.format(name=name), encoding="utf-8"
        )
    return tmp_path / "x" / "a", tmp_path / "x" / "b"


def _people(store: Store) -> set[str]:
    return {r[0] for r in store.run("MATCH (p:Person) RETURN p.name").rows}


def test_same_named_file_from_another_folder_is_refused_naming_both(
    store: Store, tmp_path: Path
) -> None:
    first, second = _two_folders(tmp_path)
    load_paths(store, [first])
    report = load_paths(store, [second])
    (failure,) = report.failed
    assert str(first / "article.txt") in failure and str(second / "article.txt") in failure
    assert "--replace" in failure
    assert (report.replaced, report.loaded) == (0, 0)
    assert _people(store) == {"Nguyễn Văn Một"}


def test_same_named_file_replaces_when_asked(store: Store, tmp_path: Path) -> None:
    first, second = _two_folders(tmp_path)
    load_paths(store, [first])
    report = load_paths(store, [second], replace=True)
    assert (report.replaced, report.failed) == (1, [])
    assert _people(store) == {"Trần Văn Hai"}


def test_files_named_through_their_common_folder_are_two_articles(
    store: Store, tmp_path: Path
) -> None:
    _two_folders(tmp_path)
    report = load_paths(store, [tmp_path / "x"])
    assert (report.loaded, report.failed) == (2, [])
    ids = {r[0] for r in store.run("MATCH (a:Article) RETURN a.source").rows}
    assert ids == {"a/article.txt", "b/article.txt"}
    assert _people(store) == {"Nguyễn Văn Một", "Trần Văn Hai"}


def test_jsonl_line_without_id_keeps_its_identity_when_moved(store: Store, tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": SAME_NAME.format(name=n)}, ensure_ascii=False)
        for n in ("Nguyễn Văn Một", "Trần Văn Hai")
    ]
    (tmp_path / "one.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "two.jsonl").write_text("\n".join(reversed(lines)), encoding="utf-8")
    load_paths(store, [tmp_path / "one.jsonl"])
    report = load_paths(store, [tmp_path / "two.jsonl"])
    assert (report.unchanged, report.failed) == (2, [])
    assert _people(store) == {"Nguyễn Văn Một", "Trần Văn Hai"}


def _kg(*args: str, data: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "KG_BATCH_SIZE": "5", "KG_FACTS_EVERY": "10", "KG_WORKERS": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "kg.cli", *args, "--data-dir", str(data)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _parts(tmp_path: Path, articles: list[dict[str, object]], n: int) -> list[Path]:
    paths = []
    for i in range(n):
        path = tmp_path / f"part{i}.jsonl"
        path.write_text(
            "\n".join(json.dumps(a, ensure_ascii=False) for a in articles[i::n]), encoding="utf-8"
        )
        paths.append(path)
    return paths


@pytest.mark.slow
@pytest.mark.parametrize("loads", [2, 3])
def test_concurrent_loads_and_a_querier_through_one_folder_equal_one_load(
    tmp_path: Path, loads: int
) -> None:
    articles = list(generate(240, seed=13))
    parts = _parts(tmp_path, articles, loads)
    data = tmp_path / "shared"
    running = [_kg("load", str(p), data=data) for p in parts]
    queries = 0
    while any(p.poll() is None for p in running):
        if not data.exists():  # a query finds no graph until a load has made the folder
            time.sleep(0.05)
            continue
        querier = _kg("stats", data=data)
        _, errors = querier.communicate(timeout=300)
        assert querier.returncode == 0, errors.decode()
        queries += 1
    for p in running:
        _, errors = p.communicate()
        assert p.returncode == 0, errors.decode()
    assert queries >= 1
    with FalkorStore(data) as store:
        together = dump(store)
    with FalkorStore(tmp_path / "one") as store:
        load_paths(store, parts)
        assert together == dump(store)


def test_commands_at_once_on_one_folder_all_succeed(tmp_path: Path) -> None:
    data = tmp_path / "d"
    with FalkorStore(data) as store:
        load_paths(store, [SAMPLES])
    running = [_kg("stats", data=data) for _ in range(4)]
    for p in running:
        out, errors = p.communicate(timeout=300)
        assert p.returncode == 0, errors.decode()
        assert b"Person" in out + errors


def test_stopping_owner_waits_for_its_clients_and_the_next_opener_serves(
    tmp_path: Path,
) -> None:
    """A load that connected just as the owner counted its clients lost the server
    half-way (seen in CI): a stopping owner first turns new openers away, then waits."""
    data = tmp_path / "d"
    owner = FalkorStore(data)
    client = FalkorStore(data)
    assert owner.owner and not client.owner
    closing = threading.Thread(target=owner.close)
    closing.start()
    deadline = time.monotonic() + 30
    while (data / "server.json").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not (data / "server.json").exists(), "a stopping owner still takes new clients"
    late: list[object] = []

    def open_late() -> None:
        with FalkorStore(data) as store:
            late.append((store.owner, store.run("RETURN 2").rows))

    opener = threading.Thread(target=open_late)
    opener.start()
    time.sleep(0.5)
    assert closing.is_alive(), "the owner stopped while a client was connected"
    assert client.run("RETURN 1").rows == ((1,),)
    client.close()
    closing.join(timeout=120)
    opener.join(timeout=120)
    assert late == [(True, ((2,),))]


class _HangsOnce(FalkorStore):
    """A server that hangs on start the way FalkorDB 4.16 can while reading its
    snapshot (accepts connections, never answers, uses no CPU): stopped by a signal."""

    hung: ClassVar[list[int]] = []

    def _start(self, timeout: float) -> Path:
        socket = super()._start(timeout)
        if not self.hung:
            assert self._server is not None
            self.hung.append(self._server.pid)
            os.kill(self._server.pid, signal.SIGSTOP)
        return socket


def test_a_server_hung_on_start_is_replaced_not_waited_on_forever(tmp_path: Path) -> None:
    """Seen in CI: the owner's first ping never returned and the run timed out."""
    data = tmp_path / "d"
    with FalkorStore(data) as store:
        store.run("CREATE (:Person {id: 'a'})", write=True)
    started = time.monotonic()
    with _HangsOnce(data, hung_after=2) as store:
        assert store.owner
        assert store._server is not None and store._server.pid != _HangsOnce.hung[0]
        assert store.run("MATCH (p:Person) RETURN p.id").rows == (("a",),)
    assert time.monotonic() - started < 60
    assert not Path(f"/proc/{_HangsOnce.hung[0]}").exists(), "the hung server was left running"


def test_second_serve_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "d"
    with FalkorStore(data) as store:
        assert store.owner
        second = _kg("serve", data=data)
        _, errors = second.communicate(timeout=300)
    assert second.returncode == 1
    assert b"already served" in errors


# 400 million rows made one at a time: the server checks its time limit between rows.
RUNAWAY = "UNWIND range(1, 20000) AS x UNWIND range(1, 20000) AS y WITH x, y WHERE (x * y) % 7 = 3 RETURN count(*)"


def test_runaway_query_is_stopped_at_its_time_limit_while_others_are_served(
    store: Store,
) -> None:
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match=r"time limit of 0\.5 s"):
        store.run(RUNAWAY, timeout=0.5)
    assert time.monotonic() - started < 30
    assert store.run("RETURN 1", timeout=5).scalar() == 1


def test_cypher_command_stops_a_runaway_query_in_one_line(tmp_path: Path) -> None:
    data = tmp_path / "d"
    with FalkorStore(data):
        pass
    env = {**os.environ, "KG_QUERY_TIMEOUT": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "cypher", RUNAWAY, "--data-dir", str(data)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 1
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "time limit of 1 s" in lines[0] and "KG_QUERY_TIMEOUT" in lines[0]


def _long_list(n: int) -> str:
    """One sentence naming n officials with titles, no full stop: the shape that made
    extraction quadratic."""
    names = [f"{f} {m} {g}" for f in ("Lò", "Hà", "Cầm") for m in ("Văn", "Thị") for g in "ABCDE"]
    titles = ("Bí thư Tỉnh ủy", "Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Tài chính")
    return "Các đồng chí: " + "; ".join(
        f"{names[i % len(names)]}, {titles[i % 3]}" for i in range(n)
    )


def test_article_past_its_extraction_budget_is_reported_and_the_rest_load(
    store: Store,
) -> None:
    slow = Article("long.txt", _long_list(20_000))
    good = Article("good.txt", SAME_NAME.format(name="Nguyễn Văn Một"))
    report = load(store, [slow, good], FactsOf(seconds=0.05))
    assert report.failed == ["long.txt: extraction ran past 0.05 s; skipped"]
    assert report.loaded == 1
    assert _people(store) == {"Nguyễn Văn Một"}


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda d: d / "missing" / "g.ttl", "no folder"),
        (lambda d: d, "a folder, not a file"),
    ],
)
def test_export_to_a_bad_path_is_one_line_exit_2(
    tmp_path: Path, make: object, problem: str
) -> None:
    target = make(tmp_path)  # type: ignore[operator]
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "export", "rdf", "-o", str(target),
         "--data-dir", str(tmp_path / "d")],
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )  # fmt: skip
    assert done.returncode == 2
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and problem in lines[0]


def test_export_writes_through_a_symlink_and_to_stdout(tmp_path: Path) -> None:
    data = tmp_path / "d"
    with FalkorStore(data) as store:
        load_paths(store, [SAMPLES])
    real = tmp_path / "real.ttl"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.ttl"
    link.symlink_to(real)
    base = [sys.executable, "-m", "kg.cli", "export", "rdf", "--data-dir", str(data), "-o"]
    through = subprocess.run([*base, str(link)], cwd=ROOT, capture_output=True, timeout=300)
    assert through.returncode == 0, through.stderr.decode()
    assert link.is_symlink() and "pkg:Article" in real.read_text(encoding="utf-8")
    stdout = subprocess.run([*base, "-"], cwd=ROOT, capture_output=True, timeout=300)
    assert stdout.returncode == 0 and b"pkg:Article" in stdout.stdout
    assert not (ROOT / "-").exists()


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        env={**os.environ, **(env or {})},
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )


def test_password_in_the_neo4j_address_is_never_printed() -> None:
    env = {"KG_NEO4J_URI": "bolt://neo4j:s3cret@127.0.0.1:1", "KG_NEO4J_PASSWORD": "x"}
    done = _cli("--backend", "neo4j", "stats", env=env)
    assert done.returncode == 1
    assert b"s3cret" not in done.stdout + done.stderr
    assert len(done.stderr.decode().strip().splitlines()) == 1


@pytest.mark.parametrize("pair", ["`x`=1", " =1", "a b=1", "=1"])
def test_bad_parameter_name_is_one_line_exit_2(tmp_path: Path, pair: str) -> None:
    done = _cli("cypher", "RETURN 1", "-p", pair, "--data-dir", str(tmp_path / "d"))
    assert done.returncode == 2
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "--param needs name=value" in lines[0]


def _kill_when(command: list[str], data: Path, ready: str, at_least: int) -> float:
    """Run a kg command on `data`, SIGKILL it and its server once the query `ready`
    counts `at_least`, then time the next open of the folder (printed for the log)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", *command, "--data-dir", str(data)],
        env={**os.environ, "KG_BATCH_SIZE": "5", "KG_FACTS_EVERY": "10"},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    state = data / "server.json"
    while not state.exists():
        assert proc.poll() is None, "the command ended before it started its server"
        time.sleep(0.01)
    server = json.loads(state.read_text())["server_pid"]
    with FalkorStore(data) as watcher:
        while (watcher.run(ready).scalar() or 0) < at_least:
            assert proc.poll() is None, "the command ended before the kill"
            time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    os.kill(server, signal.SIGKILL)
    proc.wait()
    while True:
        try:
            os.kill(server, 0)
        except ProcessLookupError:
            break
        time.sleep(0.01)
    started = time.monotonic()
    with FalkorStore(data) as store:
        store.run("RETURN 1")
    opened = time.monotonic() - started
    REOPENS.append((command[0], opened))
    return opened


@pytest.mark.slow
def test_increment_killed_half_way_then_rerun_equals_one_load(tmp_path: Path) -> None:
    articles = list(generate(300, seed=17))
    first, second = _parts(tmp_path, articles, 2)
    data = tmp_path / "killed"
    with FalkorStore(data) as store:
        load_paths(store, [first])
    ready = "MATCH (a:Article) WHERE a.complete RETURN count(a)"
    _kill_when(["load", str(second)], data, ready, 150 + 20)
    with FalkorStore(data) as store:
        assert store.run(ready).scalar() < 300, "the kill should land half-way"
        load_paths(store, [second])
        killed = dump(store)
    with FalkorStore(tmp_path / "one") as store:
        load_paths(store, [first, second])
        assert killed == dump(store)


@pytest.mark.slow
def test_import_killed_half_way_then_rerun_equals_the_export(tmp_path: Path) -> None:
    from graph.rdf.read import import_rdf
    from graph.rdf.write import export_file
    from loaders import gazetteer

    articles = list(generate(300, seed=19))
    (corpus,) = _parts(tmp_path, articles, 1)
    export = tmp_path / "g.ttl"
    with FalkorStore(tmp_path / "source") as store:
        load_paths(store, [corpus])
        expected = dump(store)
        export_file(store, export, "turtle", "https://partykg.org/id/", gazetteer.default())
    data = tmp_path / "killed"
    _kill_when(["import", "rdf", str(export)], data, "MATCH (n) RETURN count(n)", 200)
    with FalkorStore(data) as store:
        import_rdf(store, [export], replace=True)
        assert dump(store) == expected


# A process that owns a store, wrote to it, says its server's pid and waits.
_OWNER = """
import sys, time
from pathlib import Path
from graph.store.falkor import FalkorStore
store = FalkorStore(Path(sys.argv[1]))
store.run("CREATE (:Person {id: 'person:x'})", write=True)
print(store._server.pid, flush=True)
time.sleep(600)
"""


def test_a_server_whose_owner_dies_stops_though_it_cannot_save(tmp_path: Path) -> None:
    """The server of a process killed outright is told to stop and saves first; when it
    cannot (a full disk, its folder taken away) it refused to stop and lived on, holding
    the folder's lock, for good: it now stops, and what it could not save, a rerun of
    the load mends."""
    data = tmp_path / "d"
    owner = subprocess.Popen(
        [sys.executable, "-c", _OWNER, str(data)], stdout=subprocess.PIPE, cwd=ROOT
    )
    assert owner.stdout is not None
    server = int(owner.stdout.readline())
    shutil.rmtree(data)
    owner.kill()
    owner.wait()
    deadline = time.monotonic() + 30
    while running(server) and time.monotonic() < deadline:
        time.sleep(0.1)
    lived = running(server)
    if lived:
        os.kill(server, signal.SIGKILL)
    assert not lived


@pytest.mark.slow
@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small disk needs root (as in CI)")
def test_full_disk_stops_the_load_at_once_in_one_error(tmp_path: Path) -> None:
    disk = tmp_path / "small"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)], check=True)
    try:
        corpus = _parts(tmp_path, list(generate(1000, seed=3)), 1)[0]
        assert _cli("load", str(SAMPLES), "--data-dir", str(disk / "d")).returncode == 0
        started = time.monotonic()
        done = _cli("load", str(corpus), "--data-dir", str(disk / "d"))
        assert time.monotonic() - started < 60
        assert done.returncode == 1
        errors = [x for x in done.stderr.decode().splitlines() if x.startswith("error")]
        assert len(errors) == 1 and "No space left on device" in errors[0]
        started = time.monotonic()
        with FalkorStore(disk / "d") as store:  # what was loaded before is all there
            assert store.run("MATCH (a:Article) RETURN count(a)").scalar() == 5
        assert time.monotonic() - started < 60
    finally:
        subprocess.run(["umount", str(disk)], check=True)
