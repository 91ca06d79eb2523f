"""End-to-end load speed into the embedded store, and catalog query latency on it.

Writes a synthetic corpus (bench/synth.py) as JSONL, loads it with `load_paths` (read,
extract, write, the same path as `kg load`) into a fresh FalkorDB data folder, then
runs every catalog query many times with parameters sampled from the graph itself.
Targets: >= 300 articles/s end to end; p95 < 20 ms for person-timeline.

    .venv/bin/python bench/load.py -n 10000 --seed 1
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import queries
from bench.synth import generate
from graph.load import load_paths
from graph.store.base import Store, counts
from graph.store.falkor import FalkorStore

# Parameters for each catalog query, sampled from the loaded graph.
SAMPLES: dict[str, str] = {
    "person-timeline": "MATCH (p:Person)-[:HOLDS]->() RETURN DISTINCT p.name AS name",
    "identity-review": (
        "MATCH (p:Person) WHERE size(coalesce(p.namesakes, [])) > 0"
        " OR 'name' IN coalesce(p.identity, []) RETURN DISTINCT p.name AS name"
    ),
    "chaired-meetings": "MATCH (p:Person)-[:CHAIRED]->() RETURN DISTINCT p.name AS name",
    "changes": "MATCH ()-[h:HOLDS]->() RETURN DISTINCT h.first_seen AS since",
    "person-evidence": (
        "MATCH (p:Person)-[:HOLDS]->(x:Post) RETURN DISTINCT p.name AS name, x.title AS post"
    ),
    "co-attendance": "MATCH (p:Person)-[:ATTENDED|CHAIRED]->() RETURN DISTINCT p.name AS name",
    "post-holders": "MATCH (p:Post) RETURN p.title AS title, coalesce(p.province, '') AS province",
    "meeting-attendance": "MATCH (m:Meeting)<-[:CHAIRED]-() RETURN DISTINCT m.name AS meeting, m.date AS date",
    "organ-documents": (
        "MATCH (o:Organ)<-[:HELD_BY]-(:Meeting)-[:DISCUSSED|APPROVED|DISSEMINATED]->()"
        " RETURN DISTINCT o.name AS organ, coalesce(o.province, '') AS province"
    ),
    "document-meetings": (
        "MATCH (:Meeting)-[:DISCUSSED|APPROVED|DISSEMINATED]->(d:Document)"
        " WHERE d.number IS NOT NULL RETURN DISTINCT d.number AS number"
    ),
    "document-references": "MATCH ()-[:REFERENCES]->(d:Document) RETURN DISTINCT coalesce(d.number, d.title) AS number",
    "document-cites": "MATCH (d:Document)-[:REFERENCES]->() RETURN DISTINCT coalesce(d.number, d.title) AS number",
    "fact-sources": "MATCH (p:Person)-[:HOLDS|CHAIRED]->(x) RETURN p.id AS person, x.id AS target",
    "person-meetings": "MATCH (p:Person)-[:ATTENDED|CHAIRED]->() RETURN DISTINCT p.id AS person",
    "colleagues": "MATCH (p:Person)-[:ATTENDED|CHAIRED]->() RETURN DISTINCT p.id AS person",
    "meeting-documents": (
        "MATCH (m:Meeting)-[:DISCUSSED|APPROVED|DISSEMINATED]->()"
        " RETURN DISTINCT m.name AS meeting, m.date AS date"
    ),
    "organ-posts": (
        "MATCH (o:Organ)<-[:IN_ORGAN]-() RETURN DISTINCT o.name AS organ,"
        " coalesce(o.province, '') AS province"
    ),
    "province-officials": "MATCH (p:Province) RETURN p.name AS province",
    "province-posts": "MATCH (p:Province) RETURN p.name AS province",
    "term-holders": (
        "MATCH (t:Term) RETURN t.ordinal AS ordinal, coalesce(t.province, '') AS province,"
        " t.body AS body"
    ),
}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def time_queries(store: Store, runs: int, seed: int) -> dict[str, tuple[float, float]]:
    """p50 and p95 milliseconds of each catalog query over `runs` sampled calls."""
    rng = random.Random(seed)
    out = {}
    for name in queries.catalog():
        choices: list[dict[str, Any]] = store.run(SAMPLES[name]).records()
        if not choices:
            continue
        rng.shuffle(choices)
        times = []
        for i in range(runs):
            params = {k: str(v or "") for k, v in choices[i % len(choices)].items()}
            started = time.perf_counter()
            queries.run(store, name, params)
            times.append((time.perf_counter() - started) * 1000)
        out[name] = (statistics.median(times), _percentile(times, 0.95))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=10_000, help="articles in the corpus")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=250, help="articles per write batch")
    parser.add_argument("--runs", type=int, default=300, help="timed calls of each query")
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="extraction processes"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for article in generate(args.n, args.seed):
                out.write(json.dumps(article, ensure_ascii=False) + "\n")
        data = Path(tmp) / "data"
        with FalkorStore(data) as store:
            started = time.perf_counter()
            report = load_paths(store, [corpus], batch_size=args.batch, workers=args.workers)
            elapsed = time.perf_counter() - started
            found = counts(store)
            started = time.perf_counter()
            again = load_paths(store, [corpus], batch_size=args.batch, workers=args.workers)
            reload_s = time.perf_counter() - started
            latencies = time_queries(store, args.runs, args.seed)
        started = time.perf_counter()
        with FalkorStore(data) as store:
            store.run("MATCH (a:Article) RETURN count(a)")
        reopen_s = time.perf_counter() - started

    nodes, edges = sum(found["nodes"].values()), sum(found["edges"].values())
    print(
        f"load: {report.loaded} articles in {elapsed:.1f} s = {report.loaded / elapsed:,.0f} articles/s"
        f" end to end (target >= 300); {nodes:,} nodes, {edges:,} edges; {len(report.failed)} failed"
    )
    print(f"reload of the same corpus: {again.unchanged} unchanged in {reload_s:.1f} s")
    print(f"reopen after load: {reopen_s:.2f} s")
    print(f"{'query':<22} {'p50 ms':>8} {'p95 ms':>8}  ({args.runs} calls each)")
    for name, (p50, p95) in latencies.items():
        print(f"{name:<22} {p50:>8.2f} {p95:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
