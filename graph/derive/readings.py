"""A node's attributes that articles can disagree on (a person's rank, a document's
date): the graph keeps the latest article's reading (by the article's date, then id).

Each node keeps, beside each reading, the key of the article it came from (`read_at`:
the article's date, a space, its id, which sort as the pair does; '' before any). A load
then only compares its articles' keys with the node's (`advance`): a node named in
thousands of articles is not read again. Where mentions go (a retraction, persons
regrouped) the readings are recomputed from MENTIONS (`refresh`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from graph.model import by_kind, kind_of
from graph.schema import READ_AT, READINGS
from graph.store.base import Statement


def key(date: str | None, article: str) -> str:
    """The key of an article's readings: later sorts higher, as (date, id) do."""
    return f"{date or ''} {article}"


def unread(kind: str) -> dict[str, list[str]]:
    """What a node of `kind` starts with: no reading yet."""
    return {READ_AT: [""] * len(READINGS[kind])} if kind in READINGS else {}


def refresh(
    ids: Iterable[str], unkept: bool = False, going: Iterable[tuple[str, str]] = ()
) -> list[Statement]:
    """Statements that set each node's readings from its latest article (with `unkept`,
    only of the nodes that keep no `read_at`: those of a store older than it, or made by
    an import), but for the mentions `going` ((article, node): an article being taken
    back, a person's mention moving to a namesake), so that they may go after."""
    statements: list[Statement] = []
    only = f" WHERE n.{READ_AT} IS NULL" if unkept else ""
    gone = sorted([a, n] for a, n in going)
    # After a WITH: FalkorDB 4.16 plans a filter on the match itself from a scan of every
    # node of a label (5 s for a person's 2,000 mentions at 300,000 articles, not 6 ms).
    besides = " WITH n, m, a WHERE NOT [a.id, n.id] IN $going" if gone else ""
    for kind, kind_ids in by_kind(i for i in ids if kind_of(i) in READINGS).items():
        attrs = READINGS[kind]
        collected = ", ".join(
            f"collect(m.{x}) AS {x}, collect(CASE WHEN m.{x} IS NULL THEN null"
            f" ELSE coalesce(a.date, '') + ' ' + a.id END) AS at_{x}"
            for x in attrs
        )
        assigned = ", ".join(f"n.{x} = {x}[0]" for x in attrs)
        kept = ", ".join(f"coalesce(at_{x}[0], '')" for x in attrs)
        statements.append(
            (
                f"UNWIND $ids AS id MATCH (n:{kind} {{id: id}}){only}"
                f" MATCH (n)<-[m:MENTIONS|REPORTS]-(a:Article){besides}"
                f" WITH n, m, a ORDER BY coalesce(a.date, '') DESC, a.id DESC"
                f" WITH n, {collected} SET {assigned}, n.{READ_AT} = [{kept}]",
                {"ids": kind_ids, "going": gone},
            )
        )
    return statements


def advance(read: Mapping[str, Iterable[tuple[str, Mapping[str, Any]]]]) -> list[Statement]:
    """Statements that give each node (id → its articles' (key, readings)) the newest of
    those readings that are newer than its own; nodes keeping no keys are refreshed."""
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for id_, seen in read.items():
        kind = kind_of(id_)
        if kind not in READINGS:
            continue
        best: dict[str, tuple[str, Any]] = {}
        for at, values in seen:
            for x, value in values.items():
                if value is not None and (x not in best or at > best[x][0]):
                    best[x] = (at, value)
        if best:
            attrs = READINGS[kind]
            rows[kind].append(
                {
                    "id": id_,
                    "at": [best[x][0] if x in best else "" for x in attrs],
                    "to": [best[x][1] if x in best else None for x in attrs],
                }
            )
    statements = refresh([r["id"] for kind_rows in rows.values() for r in kind_rows], True)
    for kind, kind_rows in sorted(rows.items()):
        attrs = READINGS[kind]
        newer = [f"r.at[{i}] > n.{READ_AT}[{i}]" for i in range(len(attrs))]
        assigned = ", ".join(
            f"n.{x} = CASE WHEN {newer[i]} THEN r.to[{i}] ELSE n.{x} END"
            for i, x in enumerate(attrs)
        )
        kept = ", ".join(
            f"CASE WHEN {newer[i]} THEN r.at[{i}] ELSE n.{READ_AT}[{i}] END"
            for i in range(len(attrs))
        )
        # The REMOVE takes the node's write lock (Neo4j) before its keys are compared.
        statements.append(
            (
                f"UNWIND $rows AS r MATCH (n:{kind} {{id: r.id}}) REMOVE n.lock"
                f" WITH n, r WHERE n.{READ_AT} IS NOT NULL SET {assigned}, n.{READ_AT} = [{kept}]",
                {"rows": kind_rows},
            )
        )
    return statements
