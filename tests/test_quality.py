"""Extraction quality, scored by the contract's own scorer (../shared/eval/score.py).

The dev set is the five sample articles; tests/fixtures/corpus (24 articles) and
tests/fixtures/corpus2 (20 articles, written later by another hand without seeing the
code) are hand-written articles with gold records of their own (see their NOTES.md).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from loaders import extract_paths
from tests.conftest import ROOT, SHARED_EVAL

SCORER = SHARED_EVAL / "score.py"
pytestmark = pytest.mark.skipif(
    not SCORER.exists(), reason=f"the scorer is not at {SCORER} (clone beside shared/)"
)


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(texts: Path, gold: Path, tmp_path: Path) -> dict:
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for record in extract_paths([texts]):
            assert isinstance(record, dict), record
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return _scorer().score(gold, pred)


FACETS = ["persons", "positions", "chairs", "attendees", "documents", "terms", "date", "province"]


def test_quality_dev_set(tmp_path: Path) -> None:
    result = _score(ROOT / "examples" / "articles", SHARED_EVAL / "dev" / "gold", tmp_path)
    assert result["missing_records"] == []
    assert result["overall_f1"] >= 0.95
    assert {f: result[f]["f1"] for f in FACETS if result[f]["f1"] < 0.90} == {}


@pytest.mark.parametrize(
    ("corpus", "overall", "facet"), [("corpus", 0.95, 0.90), ("corpus2", 0.94, 0.80)]
)
def test_quality_hand_written_corpus(
    tmp_path: Path, corpus: str, overall: float, facet: float
) -> None:
    folder = ROOT / "tests" / "fixtures" / corpus
    result = _score(folder / "texts", folder / "gold", tmp_path)
    assert result["missing_records"] == []
    assert result["overall_f1"] >= overall
    assert {f: result[f]["f1"] for f in FACETS if result[f]["f1"] < facet} == {}
