"""Person networks at scale: build, rank and groups on a synthetic store of 20,000
persons and 200,000 meetings.

Writes the graph straight into a FalkorDB data folder with Cypher, in the shape the
loader and the tenure pass leave it (Person, Post, Organ, Term, Meeting, Article; HOLDS
with first and last seen, `start`, `in_terms` and `predecessor`, no status; CHAIRED,
ATTENDED, REPORTS),
because loading 200,000 articles would time the loader, not the network. Provinces hold
equal shares of the persons; a meeting has a chair from the province's top three and
1–11 others drawn with a Zipf-like skew toward its leadership, sometimes with a central
official; 5% of provincial persons rotated from another province; single-holder posts
have chains of successors. Then, in a fresh process, `network.build` (all tie kinds),
`network.rank` (top 20 by PageRank, betweenness sampled) and `network.groups` (Louvain),
each timed, and that process's peak RSS. The FalkorDB server is a separate process, its
peak reported beside. Targets: all three under 60 s and 2 GiB.

    .venv/bin/python bench/network.py --data-dir /tmp/kg-bench-network --json network.json
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.network import analysis as network
from graph.store.base import Store
from graph.store.falkor import FalkorStore
from loaders import gazetteer

BATCH = 5_000
ORGANS = ("Tỉnh ủy", "Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh", "Sở Tài chính", "Sở Y tế")
SINGLE = ("Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch Hội đồng nhân dân tỉnh")
TERMS = (("XIV", "2015-2020"), ("XV", "2020-2025"))
CENTRAL_SHARE = 0.02
ROTATED_SHARE = 0.05


def _day(rng: random.Random, first: int = 2015, last: int = 2025) -> str:
    return f"{rng.randint(first, last)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def synthesize(persons: int, meetings: int, seed: int) -> dict[str, list[dict[str, Any]]]:
    """Rows for every node and edge kind of the synthetic graph."""
    rng = random.Random(seed)
    gaz = gazetteer.load()
    provinces = [p.name for p in gaz.provinces if p.before_2025][:63]
    central = [f"person:c{i}" for i in range(int(persons * CENTRAL_SHARE))]
    per = (persons - len(central)) // len(provinces)
    people = {p: [f"person:{i}-{j}" for j in range(per)] for i, p in enumerate(provinces)}
    rows: dict[str, list[dict[str, Any]]] = {k: [] for k in ("persons", "organs", "terms")}
    rows.update(posts=[], holds=[], meetings=[])
    rows["persons"] = [{"id": p, "name": f"Người {p[7:]}"} for p in central] + [
        {"id": p, "name": f"Người {p[7:]}"} for ps in people.values() for p in ps
    ]
    for p in central:
        rows["holds"].append(
            {"person": p, "post": "post:trung-uong", "first": "2016-01-01", "last": "2025-12-31",
             "terms": [], "predecessor": None, "sources": []}
        )  # fmt: skip
    rows["organs"].append({"id": "organ:trung-uong", "name": "Ban Chấp hành Trung ương Đảng",
                           "province": None})  # fmt: skip
    rows["posts"].append({"id": "post:trung-uong", "title": "Ủy viên Trung ương",
                          "province": None, "organ": "organ:trung-uong"})  # fmt: skip
    for i, (province, ps) in enumerate(people.items()):
        terms = [f"term:{i}:{o}" for o, _ in TERMS]
        rows["terms"] += [
            {
                "id": t,
                "ordinal": o,
                "period": period,
                "province": province,
                "name": f"{province} {o}",
            }
            for t, (o, period) in zip(terms, TERMS, strict=True)
        ]
        organs = [f"organ:{i}:{k}" for k in range(len(ORGANS))]
        rows["organs"] += [
            {"id": o, "name": name, "province": province}
            for o, name in zip(organs, ORGANS, strict=True)
        ]
        for k, title in enumerate(SINGLE):
            # a chain of three holders, each the predecessor of the next
            post = f"post:{i}:single{k}"
            rows["posts"].append({"id": post, "title": title, "province": province,
                                  "organ": organs[k]})  # fmt: skip
            chain = [ps[k], ps[3 + 3 * k], ps[4 + 3 * k]]
            spans = (("2012-06-01", "2016-05-31"), ("2016-06-01", "2020-10-15"),
                     ("2020-10-16", "2025-11-30"))  # fmt: skip
            for n, (holder, (first, last)) in enumerate(zip(chain[::-1], spans, strict=True)):
                rows["holds"].append(
                    {"person": holder, "post": post, "first": first, "last": last,
                     "terms": [t for t, (_, per_) in zip(terms, TERMS, strict=True)
                               if per_[:4] <= last[:4] and first[:4] <= per_[5:]],
                     "predecessor": chain[::-1][n - 1] if n else None,
                     "sources": [f"article:h{i}-{k}-{n}"]}
                )  # fmt: skip
        for j, person in enumerate(ps[12:], 12):
            post = f"post:{i}:{j % len(ORGANS)}"
            if j < 12 + len(ORGANS):
                rows["posts"].append({"id": post, "title": f"Ủy viên {ORGANS[j % len(ORGANS)]}",
                                      "province": province, "organ": organs[j % len(ORGANS)]})  # fmt: skip
            first = _day(rng, 2014, 2022)
            rows["holds"].append(
                {"person": person, "post": post, "first": first, "last": _day(rng, int(first[:4]) + 1, 2025),
                 "terms": terms[rng.randrange(2):] if j < 80 else [], "predecessor": None,
                 "sources": [f"article:p{person[7:]}"]}
            )  # fmt: skip
            if rng.random() < ROTATED_SHARE:  # served earlier in another province
                other = rng.choice(provinces)
                rows["holds"].append(
                    {"person": person, "post": f"post:{provinces.index(other)}:0",
                     "first": "2010-01-01", "last": "2013-12-31", "terms": [],
                     "predecessor": None, "sources": [f"article:r{person[7:]}"]}
                )  # fmt: skip
    weights = [1 / (j + 1) ** 0.9 for j in range(per)]
    for m in range(meetings):
        i = m % len(provinces)
        ps = people[provinces[i]]
        others = set(rng.choices(ps, weights=weights, k=rng.randint(2, 11)))
        if rng.random() < 0.1:
            others.add(rng.choice(central))
        chair = ps[rng.randrange(3)]
        others.discard(chair)
        rows["meetings"].append(
            {"id": f"meeting:{m}", "article": f"article:m{m}", "date": _day(rng),
             "province": provinces[i], "chair": chair, "attendees": sorted(others)}
        )  # fmt: skip
    return rows


WRITES = {
    "persons": "UNWIND $rows AS r CREATE (:Person {id: r.id, name: r.name})",
    "organs": "UNWIND $rows AS r CREATE (:Organ {id: r.id, name: r.name, province: r.province})",
    "terms": (
        "UNWIND $rows AS r CREATE (:Term {id: r.id, ordinal: r.ordinal, period: r.period,"
        " province: r.province, name: r.name})"
    ),
    "posts": (
        "UNWIND $rows AS r MATCH (o:Organ {id: r.organ})"
        " CREATE (x:Post {id: r.id, title: r.title, province: r.province})-[:IN_ORGAN]->(o)"
    ),
    "holds": (
        "UNWIND $rows AS r MATCH (p:Person {id: r.person}), (x:Post {id: r.post})"
        " CREATE (p)-[:HOLDS {first_seen: r.first, last_seen: r.last, start: r.first,"
        " in_terms: r.terms, predecessor: r.predecessor, sources: r.sources}]->(x)"
    ),
    "meetings": (
        "UNWIND $rows AS r MATCH (c:Person {id: r.chair})"
        " CREATE (a:Article {id: r.article})-[:REPORTS]->(m:Meeting {id: r.id, date: r.date,"
        " province: r.province})<-[:CHAIRED]-(c)"
        " WITH m, r UNWIND r.attendees AS pid MATCH (p:Person {id: pid})"
        " CREATE (p)-[:ATTENDED]->(m)"
    ),
}


def write(store: Store, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Every row into the store, in batches, after the loader's indexes."""
    store.ensure_schema()
    for kind, cypher in WRITES.items():
        for start in range(0, len(rows[kind]), BATCH):
            store.run(cypher, {"rows": rows[kind][start : start + BATCH]}, write=True)
    store.checkpoint()


def measure(data: Path) -> dict[str, Any]:
    """build, rank and groups on the stored graph, each timed; this process's peak RSS."""
    out: dict[str, Any] = {}
    with FalkorStore(data) as store:
        started = time.perf_counter()
        g = network.build(store, detail=False)
        out["build s"] = time.perf_counter() - started
    out["persons"], out["ties"] = g.number_of_nodes(), g.number_of_edges()
    started = time.perf_counter()
    top = network.rank(g, 20, "pagerank")
    out["rank s"] = time.perf_counter() - started
    started = time.perf_counter()
    found = network.groups(g)
    out["groups s"] = time.perf_counter() - started
    out["groups"], out["largest group"] = len(found), found[0]["size"]
    out["top"] = top[0]["id"]
    out["total s"] = out["build s"] + out["rank s"] + out["groups s"]
    out["peak MiB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["server peak MiB"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--meetings", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data-dir", type=Path, help="Keep the store here; reuse it if there.")
    parser.add_argument("--json", type=Path, help="Also write the results here.")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)))
        return 0
    data = args.data_dir or Path(tempfile.mkdtemp(prefix="kg-bench-network-"))
    results: dict[str, Any] = {"persons asked": args.persons, "meetings": args.meetings}
    if not (data / "ready").exists():
        started = time.perf_counter()
        rows = synthesize(args.persons, args.meetings, args.seed)
        with FalkorStore(data) as store:
            write(store, rows)
        (data / "ready").write_text("ok")
        results["write s"] = time.perf_counter() - started
        results["attendances"] = sum(len(m["attendees"]) + 1 for m in rows["meetings"])
        del rows
    command = [sys.executable, __file__, "--child", str(data)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    results.update(json.loads(done.stdout.strip().splitlines()[-1]))
    for key, value in results.items():
        print(f"{key:>16}: {value:,.1f}" if isinstance(value, float) else f"{key:>16}: {value}")
    target = results["total s"] < 60 and results["peak MiB"] < 2048
    print(f"target (< 60 s, < 2 GiB for build + rank + groups): {'met' if target else 'MISSED'}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
