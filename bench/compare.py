"""Embedded FalkorDB against Neo4j on the same synthetic corpus: load speed end to end
(read, extract in worker processes, write, as `kg load` does), an increment of new
articles loaded into that graph, the latency of every catalog query with parameters
sampled from the graph, and `kg push` from one to the other; both must end up holding
the same graph. It prints the longest list a fact edge keeps and the pages past those
(`--page`: the entries a page keeps).

Needs a Neo4j server in KG_NEO4J_URI / KG_NEO4J_PASSWORD (scripts/neo4j-local.sh start);
its database is emptied first, so only with --clear.

    eval "$(scripts/neo4j-local.sh start)"
    .venv/bin/python bench/compare.py -n 5000 --clear
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.load import time_queries
from bench.synth import generate
from graph.load import load_paths
from graph.store import pages
from graph.store.base import Store, clear, counts, dump
from graph.store.copy import copy_graph
from graph.store.falkor import FalkorStore
from graph.store.pages import PAGE
from kg.settings import Settings
from kg.stores import open_store


def measure(store: Store, corpus: Path, more: Path, args: argparse.Namespace) -> dict[str, object]:
    """Load the corpus, load it again, load the increment, and time the catalog queries."""
    started = time.perf_counter()
    report = load_paths(store, [corpus], batch_size=args.batch, workers=args.workers)
    elapsed = time.perf_counter() - started
    started = time.perf_counter()
    load_paths(store, [corpus], batch_size=args.batch, workers=args.workers)
    reload_s = time.perf_counter() - started
    started = time.perf_counter()
    load_paths(store, [more], batch_size=args.batch, workers=args.workers)
    increment_s = time.perf_counter() - started
    found = counts(store)
    return {
        "articles/s": report.loaded / elapsed,
        "load s": elapsed,
        "reload s": reload_s,
        f"+{args.increment} articles s": increment_s,
        "nodes": sum(found["nodes"].values()),
        "edges": sum(found["edges"].values()),
        "longest list": store.run(
            "MATCH ()-[h]->() WHERE h.sources IS NOT NULL RETURN max(size(h.sources))"
        ).scalar(),
        "pages": found["edges"].get(PAGE, 0),
        "queries": time_queries(store, args.runs, args.seed),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=5_000, help="articles in the corpus")
    parser.add_argument("--increment", type=int, default=100, help="articles loaded after")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=250, help="articles per write batch")
    parser.add_argument("--runs", type=int, default=300, help="timed calls of each query")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--clear", action="store_true", help="empty the Neo4j database first")
    parser.add_argument(
        "--page",
        type=int,
        default=pages.PAGE_SIZE,
        help="entries a page keeps (graph/store/pages.py)",
    )
    args = parser.parse_args()
    pages.PAGE_SIZE = args.page
    if not os.environ.get("KG_NEO4J_URI") or not args.clear:
        parser.error(
            "needs KG_NEO4J_URI/KG_NEO4J_PASSWORD and --clear (the Neo4j database is emptied)"
        )

    results = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        corpus, more = Path(tmp) / "corpus.jsonl", Path(tmp) / "more.jsonl"
        articles = generate(args.n + args.increment, args.seed)
        for path, size in ((corpus, args.n), (more, args.increment)):
            with path.open("w", encoding="utf-8") as out:
                for article in islice(articles, size):
                    out.write(json.dumps(article, ensure_ascii=False) + "\n")
        with FalkorStore(Path(tmp) / "data") as embedded:
            results["falkordb"] = measure(embedded, corpus, more, args)
            reference = dump(embedded)
        with open_store("neo4j", Settings.from_env()) as server:
            clear(server)
            version = server.version()
            results["neo4j"] = measure(server, corpus, more, args)
            same = dump(server) == reference
            with FalkorStore(Path(tmp) / "data") as embedded:
                started = time.perf_counter()
                copied = copy_graph(embedded, server, replace=True)
                push_s = time.perf_counter() - started
            same = same and dump(server) == reference

    print(f"{args.n} synthetic articles, batches of {args.batch}, {args.workers} workers;")
    print(f"FalkorDB (embedded) against Neo4j {version}; same graph on both: {same}")
    print(f"{'':<22} {'falkordb':>18} {'neo4j':>18}")
    for key, unit in (
        ("articles/s", "{:,.0f}"),
        ("load s", "{:.1f}"),
        ("reload s", "{:.1f}"),
        (f"+{args.increment} articles s", "{:.2f}"),
    ):
        print(f"{key:<22} " + " ".join(f"{unit.format(results[b][key]):>18}" for b in results))
    print(f"{'nodes, edges':<22} " + " ".join(
        f"{results[b]['nodes']:>8,} {results[b]['edges']:>9,}" for b in results
    ))  # fmt: skip
    print(f"{'longest list, pages':<22} " + " ".join(
        f"{results[b]['longest list']:>8,} {results[b]['pages']:>9,}" for b in results
    ))  # fmt: skip
    elements = sum(copied["nodes"].values()) + sum(copied["edges"].values())
    print(f"kg push --to neo4j --replace: {push_s:.1f} s = {elements / push_s:,.0f} elements/s")
    print(f"{'query p50/p95 ms':<22} ({args.runs} calls each)")
    for name in results["falkordb"]["queries"]:  # type: ignore[attr-defined]
        cells = []
        for backend in results:
            p50, p95 = results[backend]["queries"][name]  # type: ignore[index]
            cells.append(f"{p50:8.2f} {p95:9.2f}")
        print(f"{name:<22} " + " ".join(cells))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
