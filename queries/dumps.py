"""Whole tables for a spreadsheet or another tool: every person, holding or meeting of
the graph, one row each (`kg dump`)."""

from __future__ import annotations

from graph.store.base import Result, Store
from queries import article_count

DUMPS: dict[str, str] = {
    "persons": (
        "MATCH (p:Person) OPTIONAL MATCH (p)-[h:HOLDS]->()"
        " WITH p, count(h) AS posts, min(h.first_seen) AS first, max(h.last_seen) AS last"
        " RETURN p.id AS id, p.name AS name, p.rank AS rank, posts,"
        " first AS first_seen, last AS last_seen, coalesce(p.namesakes, []) AS namesakes"
        " ORDER BY name, id"
    ),
    "holdings": (
        "MATCH (p:Person)-[h:HOLDS]->(x:Post)"
        " RETURN p.id AS person_id, p.name AS person, x.id AS post_id, x.title AS post,"
        " x.province AS province, h.first_seen AS first_seen, h.last_seen AS last_seen,"
        " h.start AS start, h.end AS end, coalesce(h.status, 'unknown') AS status,"
        " h.ended_by AS ended_by, coalesce(h.in_terms, []) AS terms,"
        f" {article_count('h')} AS articles"
        " ORDER BY person, person_id, first_seen, post_id"
    ),
    "meetings": (
        "MATCH (m:Meeting) OPTIONAL MATCH (m)-[:HELD_BY]->(o:Organ)"
        " OPTIONAL MATCH (c:Person)-[:CHAIRED]->(m)"
        " WITH m, o, collect(DISTINCT c.name) AS chaired"
        " OPTIONAL MATCH (a:Person)-[:ATTENDED]->(m)"
        " RETURN m.id AS id, m.name AS name, m.date AS date, m.province AS province,"
        " o.name AS organ, chaired, count(DISTINCT a) AS attended"
        " ORDER BY date, id"
    ),
}


def dump(store: Store, kind: str, timeout: float | None = None) -> Result:
    """One whole table, read-only; lists sorted (backends collect in different orders)."""
    if kind not in DUMPS:
        raise ValueError(f"no table {kind!r}: one of {', '.join(DUMPS)}")
    result = store.run(DUMPS[kind], timeout=timeout)
    rows = tuple(tuple(sorted(v) if isinstance(v, list) else v for v in r) for r in result.rows)
    return Result(result.columns, rows)
