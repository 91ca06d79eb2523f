"""Issue 22's page figures: how fast `kg web` answers on a large graph.

Loads a synthetic corpus (bench/synth.py) into a fresh FalkorDB folder, or opens a folder
already loaded (--data), then asks the application for pages of every kind, sampled
across the graph, and prints p50/p95 milliseconds of each: the whole request as the
server answers it (queries, rendering), without the network. What `kg web` builds
before it serves (the person network circles are drawn from, search's names, the latest
changes) is timed apart.

    .venv/bin/python bench/web.py -n 10000
    .venv/bin/python bench/web.py --data /tmp/kg-100k/data
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from starlette.testclient import TestClient

import queries
from bench.synth import write_jsonl
from graph.load import load_paths
from graph.store.falkor import FalkorStore
from kg.web import make_app

# Each kind's sample of ids: nodes a page is about (persons that hold a post).
SAMPLES = {
    "person": "MATCH (n:Person)-[:HOLDS]->() RETURN DISTINCT n.id",
    "post": "MATCH (n:Post) RETURN n.id",
    "province": "MATCH (n:Province) RETURN n.id",
    "meeting": "MATCH (n:Meeting) RETURN n.id",
    "document": "MATCH (n:Document) RETURN n.id",
    "term": "MATCH (n:Term) RETURN n.id",
    "organ": "MATCH (n:Organ) RETURN n.id",
}
TARGET_MS = 100.0


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _timed(client: TestClient, url: str) -> float:
    started = time.perf_counter()
    answer = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    if answer.status_code != 200:
        raise SystemExit(f"{url}: {answer.status_code}")
    return elapsed


def measure(store: FalkorStore, runs: int, seed: int) -> list[tuple[str, float, float, int]]:
    """(page, p50 ms, p95 ms, calls) for each kind of page, sampled with a seed."""
    rng = random.Random(seed)
    app = make_app(store)
    started = time.perf_counter()
    app.state.warm()  # as kg web does before it serves
    warm = (time.perf_counter() - started) * 1000
    client = TestClient(app)
    ids = {kind: [r[0] for r in store.run(q).rows] for kind, q in SAMPLES.items()}
    names = [r[0] for r in store.run("MATCH (p:Person) RETURN p.search LIMIT 2000").rows]
    pages: dict[str, list[str]] = {}
    for kind, found in ids.items():
        chosen = [rng.choice(found) for _ in range(runs)] if found else []
        pages[kind] = [f"/{kind}/{quote(i, safe=':@')}" for i in chosen]
        pages[f"{kind}.json"] = [f"{u}.json" for u in pages[kind]]
    words = [" ".join(rng.choice(names).split()[-2:]) for _ in range(runs)] if names else []
    pages["search"] = [f"/search?q={quote(w)}" for w in words]
    pages["changes"] = ["/changes"] * runs
    posts = store.run("MATCH (x:Post) RETURN x.title, coalesce(x.province, '') LIMIT 500").rows
    holders = quote(queries.get("post-holders").cypher)
    pages["cypher (catalog query)"] = [
        f"/cypher?query=post-holders&cypher={holders}&params={quote(f'title={t}')}%0A"
        f"{quote(f'province={p}')}"
        for t, p in (rng.choice(posts) for _ in range(runs))
    ]
    pages["person circle"] = [f"{u}/circle" for u in pages["person"]]
    rows = []
    for page, urls in pages.items():
        if not urls:
            continue
        times = [_timed(client, u) for u in urls]
        rows.append((page, statistics.median(times), _p(times, 0.95), len(times)))
    rows.append(("warm-up before serving (network, search)", warm, warm, 1))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=10_000, help="articles to generate and load")
    parser.add_argument("--data", type=Path, help="a FalkorDB folder already loaded instead")
    parser.add_argument("--runs", type=int, default=100, help="calls of each kind of page")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-web-bench-") as tmp:
        data = args.data
        if data is None:
            corpus = Path(tmp) / "corpus.jsonl"
            write_jsonl(str(corpus), args.n, args.seed)
            data = Path(tmp) / "data"
            with FalkorStore(data) as store:
                load_paths(store, [corpus], workers=os.cpu_count() or 1)
        with FalkorStore(data) as store:
            articles = store.run("MATCH (a:Article) RETURN count(a)").scalar()
            rows = measure(store, args.runs, args.seed)
    print(f"kg web on {articles:,} articles: ms per request, in process (no network)")
    print(f"{'page':<44}{'p50':>8}{'p95':>8}{'calls':>7}  p95 < {TARGET_MS:.0f} ms?")
    for page, p50, p95, n in rows:
        print(f"{page:<44}{p50:>8.1f}{p95:>8.1f}{n:>7}  {'yes' if p95 < TARGET_MS else 'no'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
