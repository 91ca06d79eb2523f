"""Does underthesea's sentence splitter help extraction? Quality and speed, side by side.

Runs extraction on the dev set and the hand-written corpus twice: with the project's
own splitter (loaders/clean.py) and with underthesea.sent_tokenize, and prints the
overall F1 of each and ms per article. Needs the `nlp` extra and ../shared/eval.

    .venv/bin/pip install -e '.[nlp]' && .venv/bin/python bench/sentences.py
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import loaders.clean as clean_module  # noqa: E402
from loaders import extract_paths  # noqa: E402

SETS = {
    "dev": (ROOT / "examples" / "articles", ROOT.parent / "shared" / "eval" / "dev" / "gold"),
    "corpus": (ROOT / "tests/fixtures/corpus/texts", ROOT / "tests/fixtures/corpus/gold"),
}


def _underthesea_sentences(text: str, offset: int) -> list[clean_module.Sentence]:
    from underthesea import sent_tokenize

    out, pos = [], 0
    for piece in sent_tokenize(text):
        at = text.find(piece, pos)
        if at >= 0:
            out.append(clean_module.Sentence(offset + at, offset + at + len(piece), piece))
            pos = at + len(piece)
    return out


def _run(label: str, scorer) -> None:
    for name, (texts, gold) in SETS.items():
        started = time.perf_counter()
        records = [r for r in extract_paths([texts]) if isinstance(r, dict)]
        elapsed = time.perf_counter() - started
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        f1 = scorer.score(gold, Path(out.name))["overall_f1"]
        print(f"{label:12s} {name:7s} F1 {f1:.3f}  {elapsed * 1000 / len(records):.1f} ms/article")


def main() -> int:
    spec = importlib.util.spec_from_file_location("score", ROOT.parent / "shared/eval/score.py")
    assert spec and spec.loader
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    list(extract_paths([SETS["dev"][0]]))  # warm up: compile rules once
    _run("own splitter", scorer)
    clean_module._sentences = _underthesea_sentences
    _run("underthesea", scorer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
