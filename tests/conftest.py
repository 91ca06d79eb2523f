"""Shared fixtures: the built-in gazetteer and a one-call extractor for test sentences."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

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


def _neo4j_server() -> str | None:
    """'Neo4j 5.26.30 community at bolt://…' for the test server, None without one."""
    uri = os.environ.get("KG_NEO4J_URI")
    if not uri:
        return None
    from graph.neo4j_store import Neo4jStore

    with Neo4jStore(
        uri,
        os.environ.get("KG_NEO4J_USER", "neo4j"),
        os.environ.get("KG_NEO4J_PASSWORD", ""),
        os.environ.get("KG_NEO4J_DATABASE", "neo4j"),
    ) as store:
        return f"Neo4j {store.version()} at {uri}"


def pytest_report_header() -> str:
    return f"neo4j: {_neo4j_server() or 'none (tests marked neo4j skip)'}"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say how many tests ran against the real Neo4j server, so CI logs show it."""
    ran = [
        r
        for key in ("passed", "failed")
        for r in terminalreporter.stats.get(key, [])
        if r.when == "call" and "neo4j" in r.keywords
    ]
    if ran:
        passed = sum(r.passed for r in ran)
        terminalreporter.write_line(
            f"neo4j: {passed} of {len(ran)} tests marked neo4j passed against {_neo4j_server()}"
        )
