"""RDF export speed and memory: N-Triples and Turtle streamed from the embedded store,
beside rdflib's own serializers on the same triples.

Loads a synthetic corpus (bench/synth.py) into a FalkorDB data folder, and a quarter-size
one into a second folder, then measures:

* `export(...)` from the store to a file, end to end, for N-Triples and Turtle, each in a
  fresh process whose peak RSS is that export alone (the FalkorDB server is a separate
  process and not counted; its own peak is in the JSON);
* `export_triples` alone (the store read and the triples made, none kept), the store read
  alone (an exporter making no triples), then each writer alone over a list of the
  triples, to separate store reading, making triples and formatting;
* rdflib on the same triples: `to_graph`, then `Graph.serialize` as nt and turtle; and the
  rdflib path (store, Graph, serialize) in a process of its own for its peak RSS;
* the streamed exports' peak RSS on the full and the quarter-size graph side by side.

Targets: >= 1,000,000 triples; >= 200,000 triples/s end to end for N-Triples, with peak
memory that does not grow with the graph. Whether redis replies are parsed by hiredis or
by redis-py's pure Python parser is printed: it is a large part of the time. `--data-dir`
keeps the loaded folders for quicker reruns; `--profile` prints where N-Triples export
time goes.

    .venv/bin/python bench/export.py -n 6000 --data-dir /tmp/kg-bench-export --json export.json
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from collections import deque
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import rdflib
from redis.utils import HIREDIS_AVAILABLE

from bench.synth import generate
from graph import collector
from graph.load import load_paths
from graph.rdf import write as rdf
from graph.store.falkor import FalkorStore
from loaders import gazetteer

BASE = "https://partykg.org/id/"
SUFFIX = {"nt": "nt", "turtle": "ttl"}


def _rss_mib() -> float:
    """This process's resident set now, MiB."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def _articles(store: FalkorStore) -> int:
    return int(store.run("MATCH (a:Article) RETURN count(a)").scalar() or 0)


def prepare(data: Path, n: int, seed: int, workers: int) -> dict[str, Any]:
    """A data folder holding the first n synthetic articles; loaded only when it does not."""
    with FalkorStore(data) as store:
        held = _articles(store)
        if held == n:
            return {"articles": n, "load s": None}
        if held:
            print(f"{data} holds {held} articles, not {n}: loading the corpus into it")
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
            corpus = Path(tmp) / "corpus.jsonl"
            with corpus.open("w", encoding="utf-8") as out:
                for article in generate(n, seed):
                    out.write(json.dumps(article, ensure_ascii=False) + "\n")
            started = time.perf_counter()
            report = load_paths(store, [corpus], workers=workers)
            elapsed = time.perf_counter() - started
        print(f"loaded {report.loaded} articles into {data} in {elapsed:.1f} s", flush=True)
        return {"articles": _articles(store), "load s": elapsed}


# Children: one measurement in a fresh process -------------------------------------------


def child_stream(data: Path, fmt: str, out: Path) -> dict[str, Any]:
    """`export` from the store to a file, streamed."""
    gaz = gazetteer.default()
    with FalkorStore(data) as store:
        gc.collect()
        base_rss = _rss_mib()
        started = time.perf_counter()
        with out.open("w", encoding="utf-8") as f:
            triples = rdf.export(store, f, fmt, BASE, gaz)
        elapsed = time.perf_counter() - started
        peak = _peak_mib()
    return {
        "triples": triples,
        "s": elapsed,
        "MB": out.stat().st_size / 1e6,
        "base MiB": base_rss,
        "peak MiB": peak,
        "server peak MiB": _peak_mib(resource.RUSAGE_CHILDREN),
    }


def child_rdflib(data: Path, out: Path, turtle: bool) -> dict[str, Any]:
    """The rdflib path: store to Graph, then its nt (and turtle) serializers."""
    gaz = gazetteer.default()
    with FalkorStore(data) as store:
        gc.collect()
        base_rss = _rss_mib()
        started = time.perf_counter()
        g = rdf.to_graph(rdf.export_triples(store, rdf.Exporter(BASE, gaz)), BASE)
        build = time.perf_counter() - started
    result: dict[str, Any] = {"triples": len(g), "build s": build, "base MiB": base_rss}
    for fmt in ("nt", "turtle") if turtle else ("nt",):
        started = time.perf_counter()
        g.serialize(
            destination=str(out.with_suffix("." + SUFFIX[fmt])), format=fmt, encoding="utf-8"
        )
        result[f"{fmt} s"] = time.perf_counter() - started
    result["peak MiB"] = _peak_mib()
    return result


def in_child(task: str, data: Path, out: Path, *extra: str) -> dict[str, Any]:
    """Run this script with --child in a fresh interpreter; its last line is the JSON."""
    command = [sys.executable, __file__, "--child", task, str(data), str(out), *extra]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# In-process measurements over a list of triples -------------------------------------------


def timed(fn: Any, *args: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    value = fn(*args)
    return value, time.perf_counter() - started


class _NoTriples(rdf.Exporter):
    """An exporter that makes no triples: export_triples with it times the store alone."""

    def preamble(self, *args: Any, **kwargs: Any) -> Any:
        return iter(())

    node = edge = mergers = preamble


def in_memory(data: Path, tmp: Path, turtle: bool, repeat: int) -> dict[str, Any]:
    """Store read alone and each writer alone (fastest of `repeat`), and rdflib, over the
    same list of triples."""
    gaz = gazetteer.default()
    with FalkorStore(data) as store:
        # Consumed and dropped as they come: a growing list would time the cyclic GC too.
        reads = [
            timed(lambda: deque(rdf.export_triples(store, rdf.Exporter(BASE, gaz)), 0))[1]
            for _ in range(repeat)
        ]
        queries = [
            timed(lambda: deque(rdf.export_triples(store, _NoTriples(BASE, gaz)), 0))[1]
            for _ in range(repeat)
        ]
        with collector.paused():
            triples = list(rdf.export_triples(store, rdf.Exporter(BASE, gaz)))
    out: dict[str, Any] = {"triples": len(triples), "read s": min(reads), "store s": min(queries)}
    for fmt, write in (("nt", rdf.write_ntriples), ("turtle", rdf.write_turtle)):
        path = tmp / f"writer.{SUFFIX[fmt]}"
        times = []
        for _ in range(repeat):
            with path.open("w", encoding="utf-8") as f:
                args = (triples, f) if fmt == "nt" else (triples, f, BASE)
                times.append(timed(write, *args)[1])
        out[f"write {fmt} s"] = min(times)
        out[f"write {fmt} MB"] = path.stat().st_size / 1e6
        path.unlink()
    g, out["to_graph s"] = timed(rdf.to_graph, triples, BASE)
    out["graph triples"] = len(g)
    del triples
    for fmt in ("nt", "turtle") if turtle else ("nt",):
        path = tmp / f"rdflib.{SUFFIX[fmt]}"
        _, out[f"rdflib {fmt} s"] = timed(
            lambda: g.serialize(destination=str(path), format=fmt, encoding="utf-8")  # noqa: B023
        )
        out[f"rdflib {fmt} MB"] = path.stat().st_size / 1e6
        path.unlink()
    return out


class _Null:
    def write(self, text: str) -> int:
        return len(text)


def profile(data: Path, top: int) -> None:
    """cProfile over export_triples + write_ntriples (output discarded). cProfile sees
    the calling thread only, so waits for pages read on other threads show as lock
    acquires, and the GIL held by those threads as time in whatever runs here."""
    gaz = gazetteer.default()
    with FalkorStore(data) as store:
        prof = cProfile.Profile()
        prof.enable()
        rdf.write_ntriples(rdf.export_triples(store, rdf.Exporter(BASE, gaz)), _Null())  # type: ignore[arg-type]
        prof.disable()
    stats = pstats.Stats(prof, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


# Report -----------------------------------------------------------------------------------


def _rate(triples: int, seconds: float | None) -> str:
    return f"{triples / seconds:,.0f}" if seconds else "—"


def _s(seconds: float | None) -> str:
    return f"{seconds:.2f}" if seconds is not None else "—"


def table(results: dict[str, Any]) -> str:
    full, mem = results["full"], results["memory"]
    nt, ttl, rd = full["stream nt"], full["stream turtle"], full["rdflib process"]
    n = mem["triples"]
    rows = [
        ("export → N-Triples, store to file (own process)", nt["triples"], nt["s"],
         f"{nt['MB']:.0f}", f"{nt['peak MiB']:.0f}"),
        ("export → Turtle, store to file (own process)", ttl["triples"], ttl["s"],
         f"{ttl['MB']:.0f}", f"{ttl['peak MiB']:.0f}"),
        ("export_triples alone: store to triples, none kept", n, mem["read s"], "", ""),
        ("store reads alone (an exporter making no triples)", n, mem["store s"], "", ""),
        ("write_ntriples over the list", n, mem["write nt s"], f"{mem['write nt MB']:.0f}", ""),
        ("write_turtle over the list", n, mem["write turtle s"],
         f"{mem['write turtle MB']:.0f}", ""),
        ("rdflib: to_graph over the list", mem["graph triples"], mem["to_graph s"], "", ""),
        ("rdflib: Graph.serialize nt", mem["graph triples"], mem["rdflib nt s"],
         f"{mem['rdflib nt MB']:.0f}", ""),
        ("rdflib: Graph.serialize turtle", mem["graph triples"], mem.get("rdflib turtle s"),
         f"{mem['rdflib turtle MB']:.0f}" if "rdflib turtle MB" in mem else "", ""),
        ("rdflib path: store → Graph → " + ("nt + turtle" if "turtle s" in rd else "nt")
         + " (own process)", rd["triples"],
         rd["build s"] + rd["nt s"] + rd.get("turtle s", 0.0), "", f"{rd['peak MiB']:.0f}"),
    ]  # fmt: skip
    lines = [
        f"{results['articles']:,} synthetic articles (seed {results['seed']}), base {BASE};"
        f" redis replies parsed by {results['parser']}; rdflib {results['rdflib']}",
        "",
        "| measurement | triples | s | triples/s | MB | peak RSS MiB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, triples, seconds, mb, peak in rows:
        lines.append(
            f"| {name} | {triples:,} | {_s(seconds)} | {_rate(triples, seconds)} | {mb} | {peak} |"
        )
    lines.append(
        f"\nrdflib path in its own process: Graph built from the store in {rd['build s']:.1f} s,"
        f" nt serialized in {rd['nt s']:.1f} s"
        + (f", turtle in {rd['turtle s']:.1f} s" if "turtle s" in rd else "")
    )
    lines += [
        "",
        "Peak RSS of each export in its own process (MiB; baseline after imports and opening"
        " the store → peak):",
        "",
        "| graph | articles | triples | N-Triples streamed | Turtle streamed | rdflib path |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name in ("quarter", "full"):
        r = results[name]
        cells = [
            f"{r[k]['base MiB']:.0f} → {r[k]['peak MiB']:.0f}"
            for k in ("stream nt", "stream turtle", "rdflib process")
        ]
        lines.append(
            f"| {name} | {r['articles']:,} | {r['stream nt']['triples']:,} | "
            + " | ".join(cells)
            + " |"
        )
    q, f = results["quarter"]["stream nt"], results["full"]["stream nt"]
    grow_q, grow_f = q["peak MiB"] - q["base MiB"], f["peak MiB"] - f["base MiB"]
    lines += [
        "",
        f"target >= 1,000,000 triples: {'met' if nt['triples'] >= 1_000_000 else 'NOT met'}"
        f" ({nt['triples']:,})",
        f"target >= 200,000 triples/s N-Triples end to end:"
        f" {'met' if nt['triples'] / nt['s'] >= 200_000 else 'NOT met'}"
        f" ({nt['triples'] / nt['s']:,.0f})",
        f"N-Triples streamed, peak above baseline: {grow_q:.0f} MiB for {q['triples']:,} triples,"
        f" {grow_f:.0f} MiB for {f['triples']:,} (triples x{f['triples'] / q['triples']:.1f},"
        f" memory x{grow_f / max(grow_q, 1):.1f})",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=6_000, help="articles in the full corpus")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--data-dir", type=Path, help="keep the loaded data folders here and reuse them"
    )
    parser.add_argument(
        "--skip-rdflib-turtle", action="store_true", help="do not time rdflib's turtle serializer"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="runs of each streamed export, of the store read and of each writer alone:"
        " the fastest is reported, and the largest peak RSS",
    )
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="then cProfile an N-Triples export and print the top"
        " (the main thread only: page reads on reader threads are not seen)",
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        task, data, out, *extra = args.child
        if task == "rdflib":
            result = child_rdflib(Path(data), Path(out), turtle=extra == ["turtle"])
        else:
            result = child_stream(Path(data), task, Path(out))
        print(json.dumps(result))
        return 0

    turtle = not args.skip_rdflib_turtle
    with tempfile.TemporaryDirectory(prefix="kg-bench-export-") as scratch:
        tmp = Path(scratch)
        root = args.data_dir or tmp
        sizes = {"full": args.n, "quarter": max(1, args.n // 4)}
        results: dict[str, Any] = {
            "articles": args.n,
            "seed": args.seed,
            "parser": "hiredis" if HIREDIS_AVAILABLE else "redis-py's pure Python parser",
            "rdflib": rdflib.__version__,
        }
        folders = {}
        for name, n in sizes.items():
            folders[name] = root / f"synth-{n}-seed{args.seed}"
            results[name] = prepare(folders[name], n, args.seed, args.workers)
        for name in ("full", "quarter"):
            for fmt in ("nt", "turtle"):
                out = tmp / f"{name}.{SUFFIX[fmt]}"
                runs = [in_child(fmt, folders[name], out) for _ in range(args.repeat)]
                out.unlink()
                r = min(runs, key=lambda run: run["s"])
                r["runs s"] = [run["s"] for run in runs]
                r["peak MiB"] = max(run["peak MiB"] for run in runs)
                results[name][f"stream {fmt}"] = r
                print(
                    f"{name} {fmt}: {r['triples']:,} triples in"
                    f" {', '.join(f'{t:.1f}' for t in r['runs s'])} s, peak {r['peak MiB']:.0f} MiB",
                    flush=True,
                )
            out = tmp / f"{name}-rdflib"
            extra = ["turtle"] if turtle else []
            results[name]["rdflib process"] = r = in_child("rdflib", folders[name], out, *extra)
            for suffix in SUFFIX.values():
                out.with_suffix("." + suffix).unlink(missing_ok=True)
            print(f"{name} rdflib path: peak {r['peak MiB']:.0f} MiB", flush=True)
        results["memory"] = in_memory(folders["full"], tmp, turtle, args.repeat)

        print()
        print(table(results))
        if args.json:
            args.json.write_text(json.dumps(results, indent=2) + "\n")
        if args.profile:
            profile(folders["full"], 30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
