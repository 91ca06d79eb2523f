"""Copying a whole graph between stores (`kg push`, `kg pull`): an analyst starts on the
embedded store and moves to the team's Neo4j without extracting again.

The target must be empty (or is emptied on request), so a copy never mixes two graphs'
fact lists. Articles go first marked incomplete and get their own mark back only at
the end: a copy cut short leaves a graph that says so, and a later `kg load` of those
articles redoes them. Nodes are read in pages of ids and edges by page of source nodes,
so memory holds the ids (and each article's mark) and one page, not the graph.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from graph.store import Statement, Store, StoreError, clear, counts

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def copy_graph(
    source: Store,
    target: Store,
    *,
    replace: bool = False,
    page: int = 2_000,
    progress: Callable[[int], None] | None = None,
) -> dict[str, dict[str, int]]:
    """Copy every node and edge of `source` into `target`; returns the copied counts."""
    found = counts(source)
    if not found["nodes"]:
        raise StoreError(f"the {source.name} graph is empty: nothing to copy (wrong --data-dir?)")
    held = sum(counts(target)["nodes"].values())
    if held and not replace:
        raise StoreError(
            f"the {target.name} graph already holds {held} nodes; copy with --replace"
            " to overwrite it, or load your articles there instead"
        )
    for name in (*found["nodes"], *found["edges"]):
        if name == "None":
            raise StoreError("cannot copy nodes without a label")
        if not _NAME.fullmatch(name):
            raise StoreError(f"cannot copy the label or type {name!r}: not a plain name")
    if replace:
        clear(target)
    target.ensure_schema()
    kinds = sorted(found["nodes"], key=lambda k: (k != "Article", k))
    ids = {kind: _ids(source, kind) for kind in kinds}
    marks: list[dict[str, Any]] = []
    for kind in kinds:
        for rows in _pages(source, kind, ids[kind], page):
            if kind == "Article":
                marks += [{"id": r["id"], "complete": r["props"].get("complete")} for r in rows]
                rows = [{"id": r["id"], "props": {**r["props"], "complete": False}} for r in rows]
            target.write(
                [
                    (
                        f"UNWIND $rows AS r MERGE (n:{kind} {{id: r.id}}) SET n += r.props",
                        {"rows": rows},
                    )
                ]
            )
            if progress:
                progress(len(rows))
    for kind in kinds:
        for start in range(0, len(ids[kind]), page):
            edges = _copy_edges(source, target, kind, ids[kind][start : start + page])
            if progress:
                progress(edges)
    for start in range(0, len(marks), page):
        target.write(
            [
                (
                    "UNWIND $rows AS r MATCH (a:Article {id: r.id}) SET a.complete = r.complete",
                    {"rows": marks[start : start + page]},
                )
            ]
        )
    copied = counts(target)
    if copied != found:
        raise StoreError(
            f"the copy differs from its source ({found} against {copied});"
            " nodes without an id cannot be copied"
        )
    return copied


def _ids(store: Store, kind: str) -> list[str]:
    """Every id of one kind, sorted. Listed first because backends order non-ASCII
    strings differently from how they compare them, so paging by `id > last` would
    skip nodes."""
    rows = store.run(f"MATCH (n:{kind}) WHERE n.id IS NOT NULL RETURN n.id").rows
    return sorted(row[0] for row in rows)


def _pages(store: Store, kind: str, ids: list[str], size: int) -> Iterator[list[dict[str, Any]]]:
    """Nodes of one kind as {id, props}, a page of ids at a time."""
    for start in range(0, len(ids), size):
        yield store.run(
            f"UNWIND $ids AS id MATCH (n:{kind} {{id: id}})"
            " RETURN n.id AS id, properties(n) AS props",
            {"ids": ids[start : start + size]},
        ).records()


def _copy_edges(source: Store, target: Store, kind: str, ids: list[str]) -> int:
    """Every edge leaving the given nodes, written grouped by type and end labels."""
    result = source.run(
        f"UNWIND $ids AS id MATCH (a:{kind} {{id: id}})-[r]->(b)"
        " RETURN type(r), labels(b)[0], a.id, b.id, properties(r)",
        {"ids": ids},
    )
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for type_, label, a, b, props in result.rows:
        if not (_NAME.fullmatch(type_) and _NAME.fullmatch(label)):
            raise StoreError(f"cannot copy the label or type {type_!r}/{label!r}")
        groups[(type_, label)].append({"a": a, "b": b, "props": props})
    statements: list[Statement] = [
        (
            f"UNWIND $rows AS r MATCH (a:{kind} {{id: r.a}}) MATCH (b:{label} {{id: r.b}})"
            f" MERGE (a)-[h:{type_}]->(b) SET h += r.props",
            {"rows": rows},
        )
        for (type_, label), rows in sorted(groups.items())
    ]
    target.write(statements)
    return len(result.rows)
