"""Issue 20's figures in one run: how the embedded store behaves as the graph grows.

Loads a synthetic corpus (bench/synth.py) into a fresh FalkorDB folder in steps up to each
size given, and after each step measures what a national corpus makes slow:

* load speed of the step, end to end (`load_paths`, the path `kg load` takes), and its
  ratio to the first step's (flat is 1.0);
* an increment: 100 new articles loaded into the graph of that size, their ids spread
  among the graph's (as a national corpus's are: a popular official's sources come from
  sixty sites, so a new one sorts among them rather than after them, and his edges'
  sorted lists take it in their middle); then 100 of the step's articles edited, spread
  among them (a site updates an article: its old facts are taken back, the new read);
* store memory per article (the server's resident memory above the empty server's, over
  the articles held, first right after the load and then settled, once its allocator has
  given back the pages the load freed, as its background thread does within seconds; and
  what the allocator holds for data) and the folder's size on disk after a snapshot;
* an analyst's decision: a merge of the two namesakes most mentioned, then its undo;
* catalog query latency (p50/p95 of sampled calls, bench/load.py's sampler), once the
  snapshot is written;

then, on the largest graph: reopening it (and its memory then, resident and held), a
`kg timeline` run as a person runs it (a new process that opens the folder) beside the
same on the sample articles, a `kg load` of 100 new articles as a person runs it
(through the store's kept server, which a load does not wait on to snapshot the whole
graph, where the in-process increment above does), and N-Triples export speed. Ratios
within one run are the figures to compare: the machine is shared.

    .venv/bin/python bench/scale.py --sizes 2000 10000 --increment 100
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

from redis import Redis

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.load import time_queries
from bench.synth import generate
from graph.derive import review
from graph.derive.decisions import read_decisions
from graph.load import load_paths
from graph.rdf import write as rdf
from graph.store.falkor import FalkorStore, stop_keeper
from loaders import gazetteer

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://partykg.org/id/"


def _among(articles: list[dict[str, Any]], held: int) -> list[dict[str, Any]]:
    """The articles with ids that sort among the `held` ones' (bench/synth.py numbers
    its ids in order), each after a different one and all new."""
    step = max(1, held // max(1, len(articles)))
    out = []
    for i, a in enumerate(articles):
        prefix, number = a["id"].rsplit("-", 1)
        out.append({**a, "id": f"{prefix}-{i * step % held:06d}-{number}"})
    return out


# What an edit adds to an article (a site's update of it), in the corpus's language.
EDIT = "\nBài viết được cập nhật thêm thông tin."


def _edited(articles: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """`count` of the articles, spread among them, with their text edited: the graph
    takes back what each said before and reads it again."""
    step = max(1, len(articles) // max(1, count))
    return [{**a, "text": a["text"] + EDIT} for a in articles[::step][:count]]


def _write(path: Path, articles: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def _timed_load(
    store: FalkorStore, path: Path, args: argparse.Namespace, decided: Path
) -> tuple[int, float]:
    """Articles written (new or replacing an edited one) and seconds, with none failed;
    the decisions file read as the load settles, as `kg load` reads it."""
    started = time.perf_counter()
    report = load_paths(
        store,
        [path],
        batch_size=args.batch,
        workers=args.workers,
        decisions=lambda: read_decisions(decided),
    )
    if report.failed:
        raise SystemExit(f"{path}: {len(report.failed)} failed, the first: {report.failed[0]}")
    return report.loaded + report.replaced, time.perf_counter() - started


def _decision(store: FalkorStore, decided: Path) -> float:
    """Mean seconds of an analyst's merge of the two namesakes most mentioned, and of
    its undo (which gives the graph back as it was); NaN for a graph without any."""
    rows = store.run(
        "MATCH (a:Article)-[:MENTIONS]->(p:Person) WHERE p.id <> p.key"
        " WITH p.key AS key, p.id AS id, count(a) AS n"
        " WITH key, collect(id) AS ids, sum(n) AS n WHERE size(ids) = 2"
        " RETURN ids ORDER BY n DESC LIMIT 1"
    ).rows
    if not rows:
        return float("nan")
    ids = rows[0][0]
    gaz = gazetteer.default()
    started = time.perf_counter()
    review.merge(store, gaz, decided, ids[0], ids[1])
    review.undo(store, gaz, decided)
    return (time.perf_counter() - started) / 2


def _server_rss(data: Path) -> int:
    """Resident bytes of the store server that serves `data` (Linux /proc)."""
    pid = json.loads((data / "server.json").read_text())["server_pid"]
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def _settled_rss(data: Path) -> int:
    """`_server_rss` once the allocator has given back the pages it keeps of memory freed
    during the load (MEMORY PURGE: what jemalloc's background thread does within seconds
    of the load, done at once so that the figure does not depend on when it is read)."""
    _server(data).execute_command("MEMORY", "PURGE")
    return _server_rss(data)


def _used(data: Path) -> int:
    """The bytes the store server's allocator holds for data (Redis INFO used_memory):
    resident memory less what the allocator keeps of memory freed during the load."""
    return int(_server(data).info("memory")["used_memory"])


def _server(data: Path) -> Redis:
    """A connection to the store server that serves `data`, on its unix socket."""
    return Redis(unix_socket_path=json.loads((data / "server.json").read_text())["socket"])


def _disk(data: Path) -> int:
    return sum(f.stat().st_size for f in data.rglob("*") if f.is_file())


def _line(row: dict[str, Any], first: float) -> str:
    return (
        f"{row['articles']:>9,} {row['step rate']:>10,.0f} {row['step rate'] / first:>6.2f}"
        f" {row['increment s']:>8.2f} {row['edited s']:>8.2f} {row['KiB/article']:>8.1f}"
        f" {row['settled KiB/article']:>8.1f} {row['used KiB/article']:>8.1f}"
        f" {row['disk MiB']:>8,.0f}"
    )


def _kg(*argv: str, data: Path) -> float:
    """Seconds a `kg` command takes in a new process, as a person runs it."""
    env = {**os.environ, "KG_DATA_DIR": str(data)}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kg.cli", *argv], env=env, cwd=ROOT, check=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - started


def _timelines(name: str, data: Path, runs: int = 3) -> tuple[float, float]:
    """`kg timeline` as a person runs it, several times: the first (which starts the
    store's kept server) and the best of the others (which find it); then the kept
    server is stopped, as its idle time would."""
    first = _kg("timeline", name, data=data)
    again = min(_kg("timeline", name, data=data) for _ in range(runs))
    stop_keeper(data)
    return first, again


def _kg_increment(data: Path, path: Path, runs: int = 3) -> list[float]:
    """`kg load` of new articles as a person runs it, once the store's kept server is up
    (a first command starts it), each run its own articles; then the server is stopped."""
    _kg("stats", data=data)
    times = [_kg("load", str(p), data=data) for p in _parts(path, runs)]
    stop_keeper(data)
    return times


def _parts(path: Path, n: int) -> list[Path]:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    size = len(lines) // n
    out = []
    for i in range(n):
        part = path.with_name(f"{path.stem}-{i}.jsonl")
        part.write_text("".join(lines[i * size : (i + 1) * size]), encoding="utf-8")
        out.append(part)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--increment", type=int, default=100, help="articles per increment")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=250, help="articles per write batch")
    parser.add_argument("--runs", type=int, default=100, help="timed calls of each query")
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="extraction processes"
    )
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    # One corpus, so every article id is new: each step's articles, then its increment.
    corpus = generate(sizes[-1] + args.increment * (len(sizes) + 3), args.seed)

    rows: list[dict[str, Any]] = []
    header = (
        f"{'articles':>9} {'articles/s':>10} {'ratio':>6} {f'+{args.increment} s':>8}"
        f" {'edited s':>8} {'KiB/art':>8} {'settled':>8} {'used':>8} {'disk MiB':>8}  (an"
        f" increment of {args.increment} new articles, then of {args.increment} edited; store"
        " memory above the empty server's: resident after the load, resident settled, and"
        " held for data)"
    )
    print(header, file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="kg-scale-") as tmp:
        data, samples = Path(tmp) / "data", Path(tmp) / "samples"
        decided = Path(tmp) / "decisions.jsonl"
        held = 0
        with FalkorStore(data) as store:
            empty, empty_used = _server_rss(data), _used(data)
            for i, size in enumerate(sizes):
                articles = list(islice(corpus, size - held))
                step = _write(Path(tmp) / f"step{i}.jsonl", articles)
                loaded, seconds = _timed_load(store, step, args, decided)
                held += loaded
                more = _write(
                    Path(tmp) / f"more{i}.jsonl", _among(list(islice(corpus, args.increment)), held)
                )
                added, increment_s = _timed_load(store, more, args, decided)
                held += added
                edits = _write(Path(tmp) / f"edited{i}.jsonl", _edited(articles, args.increment))
                replaced, edited_s = _timed_load(store, edits, args, decided)
                if replaced != args.increment:
                    raise SystemExit(f"{edits}: {replaced} of {args.increment} edits written")
                rows.append(
                    {
                        "articles": held,
                        "step rate": loaded / seconds,
                        "increment s": increment_s,
                        "edited s": edited_s,
                        "KiB/article": (_server_rss(data) - empty) / held / 1024,
                        "settled KiB/article": (_settled_rss(data) - empty) / held / 1024,
                        "used KiB/article": (_used(data) - empty_used) / held / 1024,
                        "decision s": _decision(store, decided),
                    }
                )
                # Saved first, so that no snapshot is written while the queries are timed.
                store.checkpoint()
                rows[-1]["disk MiB"] = _disk(data) / 2**20
                rows[-1]["queries"] = time_queries(store, args.runs, args.seed)
                print(_line(rows[-1], rows[0]["step rate"]), file=sys.stderr, flush=True)
                p95s = {query: round(times[1], 1) for query, times in rows[-1]["queries"].items()}
                print(f"{'':>9} p95 ms {json.dumps(p95s)}", file=sys.stderr, flush=True)
            name = store.run(
                "MATCH (p:Person)-[:HOLDS]->() RETURN p.name AS name ORDER BY name LIMIT 1"
            ).records()[0]["name"]
            started = time.perf_counter()
            with open(os.devnull, "w", encoding="utf-8") as sink:
                triples = rdf.export(store, sink, "nt", BASE, gazetteer.default())
            export_s = time.perf_counter() - started
        started = time.perf_counter()
        with FalkorStore(data) as store:
            store.run("MATCH (a:Article) RETURN count(a)")
            reopen_s = time.perf_counter() - started
            reopened = (_used(data) - empty_used) / rows[-1]["articles"] / 1024
            reopened_rss = (_server_rss(data) - empty) / rows[-1]["articles"] / 1024
        timeline_big = _timelines(name, data)
        more = _write(
            Path(tmp) / "kg-load.jsonl",
            _among(list(islice(corpus, args.increment * 3)), rows[-1]["articles"]),
        )
        kg_loads = _kg_increment(data, more)
        _kg("load", str(ROOT / "examples" / "articles"), data=samples)
        timeline_small = _timelines("Nguyễn Hữu Đông", samples)

    print(header)
    for row in rows:
        print(_line(row, rows[0]["step rate"]))
    print("\np95 ms of each catalog query, by graph size")
    print(f"{'query':<22}" + "".join(f"{row['articles']:>10,}" for row in rows))
    for query in rows[-1]["queries"]:
        p95s = "".join(
            f"{row['queries'][query][1]:>10.1f}" if query in row["queries"] else f"{'-':>10}"
            for row in rows
        )
        print(f"{query:<22}{p95s}")
    print(
        f"\nreopen at {rows[-1]['articles']:,} articles: {reopen_s:.2f} s; memory then:"
        f" {reopened_rss:.1f} KiB/article resident, {reopened:.1f} held for data"
    )
    print(
        f"kg timeline: {timeline_big[1]:.2f} s at {rows[-1]['articles']:,} articles,"
        f" {timeline_small[1]:.2f} s on the samples (best of 3 once the store's server is"
        f" up; target within 0.2 s); the first, which starts it: {timeline_big[0]:.2f} s"
        f" and {timeline_small[0]:.2f} s"
    )
    print(
        f"kg load +{args.increment} at {rows[-1]['articles']:,} articles, as a person runs it:"
        f" {', '.join(f'{t:.2f}' for t in kg_loads)} s (three loads, the store's server up)"
    )
    print(f"N-Triples export: {triples:,} triples at {triples / export_s:,.0f} triples/s")
    print(
        "an analyst's merge of the namesakes most mentioned, and its undo, mean s: "
        + ", ".join(f"{row['decision s']:.2f} at {row['articles']:,}" for row in rows)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
