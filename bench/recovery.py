"""How long the first open takes after a kill: the loader and its server SIGKILLed at
points of a first load of a synthetic corpus, then the time `FalkorStore` needs to
open the folder (replaying what the last snapshot lacks). Target: < 5 s at 100k.

    .venv/bin/python bench/recovery.py -n 20000 --at 0.25 0.5 0.9
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synth import generate
from graph.store.falkor import FalkorStore

ROOT = Path(__file__).resolve().parent.parent


def _complete(data: Path) -> int:
    with FalkorStore(data) as store:
        return int(store.run("MATCH (a:Article) WHERE a.complete RETURN count(a)").scalar() or 0)


def kill_at(corpus: Path, data: Path, n: int, at: float) -> tuple[int, float]:
    """Load until `at` of the corpus is complete, kill loader and server, then time
    the next open; returns the articles complete and the open's seconds."""
    loader = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "load", str(corpus), "--data-dir", str(data)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    state = data / "server.json"
    while not state.exists():
        time.sleep(0.05)
    server = json.loads(state.read_text())["server_pid"]
    with FalkorStore(data) as watcher:
        query = "MATCH (a:Article) WHERE a.complete RETURN count(a)"
        while (watcher.run(query).scalar() or 0) < at * n and loader.poll() is None:
            time.sleep(0.2)
    loader.send_signal(signal.SIGKILL)
    os.kill(server, signal.SIGKILL)
    loader.wait()
    while True:
        try:
            os.kill(server, 0)
            time.sleep(0.05)
        except ProcessLookupError:
            break
    started = time.monotonic()
    with FalkorStore(data) as store:
        store.run("RETURN 1")
        opened = time.monotonic() - started
        done = int(store.run("MATCH (a:Article) WHERE a.complete RETURN count(a)").scalar() or 0)
    return done, opened


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20_000, help="articles in the corpus")
    parser.add_argument("--at", type=float, nargs="+", default=[0.25, 0.5, 0.9])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for article in generate(args.n, seed=args.seed):
                out.write(json.dumps(article, ensure_ascii=False) + "\n")
        print("kill point | articles complete | open after kill (s)")
        for at in args.at:
            done, opened = kill_at(corpus, Path(tmp) / f"data-{at}", args.n, at)
            print(f"{at:.0%} | {done} | {opened:.2f}", flush=True)


if __name__ == "__main__":
    main()
