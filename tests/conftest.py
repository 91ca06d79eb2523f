"""Shared fixtures: the built-in gazetteer and a one-call extractor for test sentences."""

from __future__ import annotations

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
