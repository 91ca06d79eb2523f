"""Shared fixtures: the built-in gazetteer and a one-call extractor for test sentences."""

from __future__ import annotations

import gc
import os
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.store import pages
from graph.store.base import StoreError, clear
from graph.store.neo4j import Neo4jStore
from kg.settings import Settings
from kg.stores import open_store
from loaders import gazetteer
from loaders.pipeline import extract
from loaders.sources import Article

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.default()


def record_of(text: str, published: str | None = None, source: str = "t.txt") -> dict[str, Any]:
    """The extraction record of one made-up article."""
    return extract(Article(source=source, text=text, published=published), gazetteer.default())


def positions(record: dict[str, Any]) -> dict[str, list[str]]:
    return {p["name"]: p["positions"] for p in record["persons"]}


def chairs(record: dict[str, Any]) -> list[str]:
    return [n for e in record["events"] for n in e["chaired_by"]]


def attendees(record: dict[str, Any]) -> list[str]:
    return [n for e in record["events"] for n in e["attended_by"]]


# The Neo4j server tests may empty: KG_TEST_NEO4J_URI, _USER, _PASSWORD, _DATABASE (from
# `scripts/neo4j-local.sh start --test`), never KG_NEO4J_*, which may name a team's server.
TEST_NEO4J = "KG_TEST_NEO4J_"
NEO4J_HINT = (
    'no test Neo4j server: run eval "$(scripts/neo4j-local.sh start --test)" to run the'
    " tests marked neo4j (it sets KG_TEST_NEO4J_URI and KG_TEST_NEO4J_PASSWORD)"
)


def neo4j_test_env() -> dict[str, str] | None:
    """The test server as KG_NEO4J_* settings, None when there is none."""
    if not os.environ.get(f"{TEST_NEO4J}URI"):
        return None
    return {
        "KG_NEO4J_URI": os.environ[f"{TEST_NEO4J}URI"],
        "KG_NEO4J_USER": os.environ.get(f"{TEST_NEO4J}USER", "neo4j"),
        "KG_NEO4J_PASSWORD": os.environ.get(f"{TEST_NEO4J}PASSWORD", ""),
        "KG_NEO4J_DATABASE": os.environ.get(f"{TEST_NEO4J}DATABASE", "neo4j"),
    }


def neo4j_test_store(empty: bool = True) -> Neo4jStore:
    """The test server's database, emptied unless asked not to; skips without a server,
    or fails when KG_TEST_NEO4J_REQUIRED is set (as in CI)."""
    env = neo4j_test_env()
    if env is None:
        if os.environ.get(f"{TEST_NEO4J}REQUIRED"):
            pytest.fail(NEO4J_HINT)
        pytest.skip(NEO4J_HINT)
    store = open_store("neo4j", Settings.from_env(env))
    assert isinstance(store, Neo4jStore)
    if empty:
        clear(store)
    return store


# KG_TEST_PAGE_SIZE=2 runs the whole suite with pages of two entries, so that every
# reader of a fact edge's entries meets pages (graph/store/pages.py); in this process
# only, not in the commands tests start.
if _page := os.environ.get("KG_TEST_PAGE_SIZE"):
    pages.PAGE_SIZE = int(_page)

# A server per command, gone with it (the fixtures loading a module's store run before
# any test's settings): a kept server per test folder would pile up.
_SERVER_IDLE = os.environ["KG_SERVER_IDLE"] = "0"


def hide_user_settings(mp: pytest.MonkeyPatch) -> None:
    """None of the user's KG_ settings (a KG_BACKEND or a team's KG_NEO4J_URI), and a
    store server per command; the test run's own (KG_TEST_…) stay."""
    for name in list(os.environ):
        if name.startswith("KG_") and not name.startswith("KG_TEST_"):
            mp.delenv(name)
    mp.setenv("KG_SERVER_IDLE", _SERVER_IDLE)


@pytest.fixture(autouse=True)
def _no_user_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    hide_user_settings(monkeypatch)


@pytest.fixture(autouse=True)
def _collector_on_after() -> Iterator[None]:
    """A test that leaves Python's garbage collector off fails, not those after it."""
    yield
    left_off = not gc.isenabled()
    gc.enable()
    assert not left_off, "the test left the garbage collector off"


def _neo4j_server() -> str:
    env = neo4j_test_env()
    if env is None:
        return f"none ({NEO4J_HINT})"
    try:
        with neo4j_test_store(empty=False) as store:
            return f"Neo4j {store.version()} at {env['KG_NEO4J_URI']}"
    except StoreError as exc:
        return f"unusable: {exc}"


def pytest_report_header() -> str:
    return f"neo4j: {_neo4j_server()}"


def _neo4j_outcomes(session: pytest.Session) -> dict[str, int]:
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    stats = reporter.stats if reporter else {}
    return {
        outcome: sum(1 for r in stats.get(outcome, []) if "neo4j" in getattr(r, "keywords", ()))
        for outcome in ("passed", "failed", "skipped", "error")
    }


def pytest_sessionfinish(session: pytest.Session) -> None:
    """In CI (KG_TEST_NEO4J_REQUIRED) a run where no Neo4j test passed, or one skipped,
    fails, so the Neo4j tests can never silently not run."""
    found = _neo4j_outcomes(session)
    if os.environ.get(f"{TEST_NEO4J}REQUIRED") and (not found["passed"] or found["skipped"]):
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


# (what was killed, seconds the next open took), filled by the kill tests for the log.
REOPENS: list[tuple[str, float]] = []


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say how many tests ran against the real Neo4j server, and how long opens after
    kills took, so CI logs show them."""
    if REOPENS:
        terminalreporter.write_line(
            "open after a kill: " + ", ".join(f"{what} {s:.2f} s" for what, s in REOPENS)
        )
    found = _neo4j_outcomes(terminalreporter._session)
    if any(found.values()):
        terminalreporter.write_line(
            f"neo4j: {found['passed']} passed, {found['failed']} failed,"
            f" {found['skipped']} skipped of the tests marked neo4j; server: {_neo4j_server()}"
        )


def command_argv(example: str) -> list[list[str]]:
    """A documented command line as argument lists for typer's runner: '&&' separates
    commands, a leading `kg` (or `.venv/bin/kg`) and '> file' and '# comment' dropped,
    paths of the repository made absolute."""
    out = []
    for part in example.split(" && "):
        words = shlex.split(part.split(" > ")[0], comments=True)[1:]
        out.append([str(ROOT / w) if (ROOT / w).exists() and "/" in w else w for w in words])
    return out
