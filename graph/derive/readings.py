"""A node's attributes that articles can disagree on (a person's rank, a document's
date): the graph keeps the latest article's reading (by the article's date, then id),
recomputed from MENTIONS whenever the node's sources change."""

from __future__ import annotations

from collections.abc import Iterable

from graph.model import by_kind, kind_of
from graph.schema import READINGS
from graph.store.base import Statement


def refresh(ids: Iterable[str]) -> list[Statement]:
    """Statements that set each node's readings from its latest article."""
    statements: list[Statement] = []
    for kind, kind_ids in by_kind(i for i in ids if kind_of(i) in READINGS).items():
        attrs = READINGS[kind]
        collected = ", ".join(f"collect(m.{x}) AS {x}" for x in attrs)
        assigned = ", ".join(f"n.{x} = {x}[0]" for x in attrs)
        statements.append(
            (
                f"UNWIND $ids AS id MATCH (n:{kind} {{id: id}})<-[m:MENTIONS|REPORTS]-(a:Article)"
                f" WITH n, m, a ORDER BY coalesce(a.date, '') DESC, a.id DESC"
                f" WITH n, {collected} SET {assigned}",
                {"ids": kind_ids},
            )
        )
    return statements
