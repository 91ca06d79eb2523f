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
from collections.abc import Callable, Iterable
from typing import Any

from graph.schema import ARTICLE_EDGES, ENTRY_EDGES
from graph.store.base import (
    ENTRY_KEYS,
    Statement,
    Store,
    StoreError,
    clear,
    counts,
    entry_sets,
    node_ids,
    node_pages,
    shared_sets,
    spill,
    split_shared,
)
from graph.store.pages import PAGE

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
    kinds = sorted(found["nodes"], key=lambda k: (k != "Article", k))
    _plain(found)
    ids = {kind: node_ids(source, kind) for kind in kinds}
    nodes = ((kind, rows) for kind in kinds for rows in node_pages(source, kind, ids[kind], page))
    edges = (
        group
        for kind in kinds
        for start in range(0, len(ids[kind]), page)
        for group in _edges(source, kind, ids[kind][start : start + page])
    )
    return write_graph(target, nodes, edges, found, replace=replace, progress=progress)


def write_graph(
    target: Store,
    nodes: Iterable[tuple[str, list[dict[str, Any]]]],
    edges: Iterable[tuple[str, str, str, list[dict[str, Any]]]],
    expected: dict[str, dict[str, int]],
    *,
    replace: bool = False,
    progress: Callable[[int], None] | None = None,
) -> dict[str, dict[str, int]]:
    """Write pages of nodes ({id, props} by kind, Articles first), then of edges ({a, b,
    props} by type and end kinds), into an empty target; checks the counts at the end."""
    held = sum(counts(target)["nodes"].values())
    if held and not replace:
        raise StoreError(
            f"the {target.name} graph already holds {held} nodes; copy with --replace"
            " to overwrite it, or load your articles there instead"
        )
    if replace:
        clear(target)
    target.ensure_schema()
    marks: list[dict[str, Any]] = []
    for kind, rows in nodes:
        _check_name(kind)
        if kind == "Article":
            marks += [{"id": r["id"], "complete": r["props"].get("complete")} for r in rows]
            rows = [{"id": r["id"], "props": {**r["props"], "complete": False}} for r in rows]
        split = [_split(kind, r) for r in rows]
        sets = shared_sets(target, kind, "n", "r.props", "r.shared")
        target.write(
            [(f"UNWIND $rows AS r MERGE (n:{kind} {{id: r.id}}) SET {sets}", {"rows": split})]
        )
        if progress:
            progress(len(rows))
    for type_, a, b, rows in edges:
        for name in (type_, a, b):
            _check_name(name)
        target.write(_edge_writes(target, type_, a, b, rows))
        if progress:
            progress(len(rows))
    for start in range(0, len(marks), 2_000):
        target.write(
            [
                (
                    "UNWIND $rows AS r MATCH (a:Article {id: r.id}) SET a.complete = r.complete",
                    {"rows": marks[start : start + 2_000]},
                )
            ]
        )
    copied = counts(target)
    if copied != expected:
        raise StoreError(
            f"the copy differs from its source ({expected} against {copied});"
            " nodes without an id cannot be copied"
        )
    # Edges a source kept whole (an older store, an RDF file) are paged as a load would.
    return counts(target) if spill(target) else copied


def _edge_writes(
    target: Store, type_: str, a: str, b: str, rows: list[dict[str, Any]]
) -> list[Statement]:
    """Statements writing a page of edges, each string many edges hold as the target
    shares it (as a load writes it): a fact edge's or a page's sources, entries and seen
    dates (`entry_sets`), a mention's shared readings (`shared_sets`: every shared value of
    the kind it reaches, so that none is left out)."""
    ends = f"UNWIND $rows AS r MATCH (a:{a} {{id: r.a}}) MATCH (b:{b} {{id: r.b}})"
    if type_ in ENTRY_EDGES or type_ == PAGE:
        split = [
            {**r, "plain": {k: v for k, v in r["props"].items() if k not in ENTRY_KEYS}}
            for r in rows
        ]
        # One SET: the target was empty, so no key it clears exists (FalkorDB 4.16 clears
        # the wrong keys when one SET clears two that do: base.py `set_each`).
        lists, dates = entry_sets(target)
        sets = ", ".join(["h += r.plain", lists, *dates])
        # A page is one of the edges between the same two nodes: made, not merged.
        made = "CREATE" if type_ == PAGE else "MERGE"
        return [(f"{ends} {made} (a)-[h:{type_}]->(b) SET {sets}", {"rows": split})]
    if type_ in ARTICLE_EDGES:
        split = [_split(b, r) for r in rows]
        sets = shared_sets(target, b, "h", "r.props", "r.shared")
        return [(f"{ends} MERGE (a)-[h:{type_}]->(b) SET {sets}", {"rows": split})]
    return [(f"{ends} MERGE (a)-[h:{type_}]->(b) SET h += r.props", {"rows": rows})]


def _split(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row with its properties as `shared_sets` takes them (`split_shared`)."""
    plain, shared = split_shared(kind, row["props"])
    return {**row, "props": plain, "shared": shared}


def _plain(found: dict[str, dict[str, int]]) -> None:
    """The source's labels and types, before any is written into the Cypher that reads it."""
    for name in (*found["nodes"], *found["edges"]):
        if name == "None":
            raise StoreError("cannot copy nodes without a label")
        _check_name(name)


def _check_name(name: str) -> None:
    """Labels and types must be plain names: they are written into the Cypher."""
    if not _NAME.fullmatch(name):
        raise StoreError(f"cannot copy the label or type {name!r}: not a plain name")


def _edges(
    source: Store, kind: str, ids: list[str]
) -> list[tuple[str, str, str, list[dict[str, Any]]]]:
    """Every edge leaving the given nodes, grouped by type and end labels."""
    result = source.run(
        f"UNWIND $ids AS id MATCH (a:{kind} {{id: id}})-[r]->(b)"
        " RETURN type(r), labels(b)[0], a.id, b.id, properties(r)",
        {"ids": ids},
    )
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for type_, label, a, b, props in result.rows:
        groups[(type_, label)].append({"a": a, "b": b, "props": props})
    return [(type_, kind, label, rows) for (type_, label), rows in sorted(groups.items())]
