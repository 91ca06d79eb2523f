"""Extraction speed: articles per second for `extract` alone, on one core.

Generates a synthetic corpus (bench/synth.py) in memory, reads it through the JSONL
loader, then times extraction only. Target: >= 500 articles/s.

    .venv/bin/python bench/extract.py -n 3000 --seed 1
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synth import generate
from loaders import gazetteer
from loaders.pipeline import extract
from loaders.sources import Article, read_jsonl


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=3000, help="articles in the corpus")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over the corpus")
    args = parser.parse_args()

    data = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in generate(args.n, args.seed))
    articles = [
        a
        for a in read_jsonl(io.BytesIO(data.encode()), "synthetic", 5_000_000)
        if isinstance(a, Article)
    ]
    gaz = gazetteer.default()
    extract(articles[0], gaz)  # compile every rule before timing
    rates = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        for article in articles:
            extract(article, gaz)
        rates.append(len(articles) / (time.perf_counter() - started))
    chars = statistics.mean(len(a.text) for a in articles)
    print(
        f"extract: {len(articles)} articles (mean {chars:,.0f} chars), {args.rounds} rounds: "
        f"median {statistics.median(rates):,.0f} articles/s "
        f"(min {min(rates):,.0f}, max {max(rates):,.0f}); target >= 500"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
