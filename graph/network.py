"""Networks of officials for networkx, built from the graph on either backend.

Persons are the nodes; an edge joins two persons for each kind of tie between them,
weighted and kept apart by kind: `meeting` (they chaired or attended one meeting),
`organ` (they held posts in one organ in one term) and `succession` (one followed the
other in a single-holder post). Each edge keeps, per kind, the count, the dates and
the source articles. The graph is read a page of meetings at a time, so memory grows
with the persons and ties, not with the articles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import networkx as nx

from graph.store import Store, node_ids

KINDS = ("meeting", "organ", "succession")
CENTRALITIES = ("pagerank", "betweenness", "degree", "weighted_degree")
_PAGE = 1_000
_EXACT_BETWEENNESS = 2_000  # nodes; above, betweenness is estimated from a sample


@dataclass(frozen=True)
class Filters:
    """Which ties count: in a province, in a term (its ordinal: XV), between dates
    (YYYY-MM-DD, inclusive), of some kinds."""

    province: str = ""
    term: str = ""
    since: str = ""
    until: str = ""
    kinds: tuple[str, ...] = KINDS

    def __post_init__(self) -> None:
        unknown = sorted(set(self.kinds) - set(KINDS))
        if unknown:
            raise ValueError(f"unknown tie kind {', '.join(unknown)}; kinds are {', '.join(KINDS)}")

    def dated(self, day: str | None) -> bool:
        if not day:
            return not (self.since or self.until)
        return (not self.since or day >= self.since) and (not self.until or day <= self.until)


@dataclass
class _Ties:
    """Ties between pairs of persons, by kind: count, dates and sources."""

    pairs: dict[tuple[str, str], dict[str, dict[str, Any]]] = field(
        default_factory=lambda: defaultdict(dict)
    )

    def add(
        self, kind: str, persons: Iterable[str], day: str | None, sources: Iterable[str]
    ) -> None:
        found = sorted(set(persons))
        for a, b in combinations(found, 2):
            tie = self.pairs[(a, b)].setdefault(
                kind, {"count": 0, "dates": set(), "sources": set()}
            )
            tie["count"] += 1
            if day:
                tie["dates"].add(day)
            tie["sources"].update(sources)


def _terms(store: Store, f: Filters) -> dict[str, tuple[str, str] | None]:
    """The terms a --term filter names (in the province, or central), with the dates
    of their years when their period is known."""
    if not f.term:
        return {}
    rows = store.run(
        "MATCH (t:Term {ordinal: $ordinal}) WHERE $province = '' OR t.province = $province"
        " OR t.province IS NULL RETURN t.id, t.period",
        {"ordinal": f.term.upper(), "province": f.province},
    ).rows
    out: dict[str, tuple[str, str] | None] = {}
    for id_, period in rows:
        first, _, last = (period or "").partition("-")
        out[id_] = (f"{first}-01-01", f"{last}-12-31") if first and last else None
    return out


def _in_term(day: str | None, printed: list[str], terms: dict[str, tuple[str, str] | None]) -> bool:
    """A meeting counts in a term it names, or when its date falls in the term's years."""
    if not terms or set(printed) & terms.keys():
        return True
    if not day:
        return False
    return any(s is not None and s[0] <= day <= s[1] for s in terms.values())


def _meetings(
    store: Store,
    f: Filters,
    ties: _Ties,
    terms: dict[str, tuple[str, str] | None],
    tick: Callable[[int], None],
) -> None:
    ids = node_ids(store, "Meeting")
    for start in range(0, len(ids), _PAGE):
        page = ids[start : start + _PAGE]
        rows = store.run(
            "UNWIND $ids AS id MATCH (m:Meeting {id: id})"
            " WHERE $province = '' OR m.province = $province"
            " MATCH (p:Person)-[:CHAIRED|ATTENDED]->(m)"
            " OPTIONAL MATCH (a:Article)-[:REPORTS]->(m)"
            " OPTIONAL MATCH (m)-[:IN_TERM]->(t:Term)"
            " RETURN m.id, m.date, collect(DISTINCT p.id), collect(DISTINCT a.id),"
            " collect(DISTINCT t.id)",
            {"ids": page, "province": f.province},
        ).rows
        for _, day, persons, articles, printed in rows:
            if f.dated(day) and _in_term(day, printed, terms):
                ties.add("meeting", persons, day, articles)
        tick(len(page))


def _organs(
    store: Store, f: Filters, ties: _Ties, terms: dict[str, tuple[str, str] | None]
) -> None:
    rows = store.run(
        "MATCH (p:Person)-[h:HOLDS]->(x:Post)-[:IN_ORGAN]->(o:Organ)"
        " WHERE size(coalesce(h.in_terms, [])) > 0"
        " AND ($province = '' OR x.province = $province)"
        " RETURN p.id, o.id, h.in_terms, h.first_seen, h.last_seen, h.sources",
        {"province": f.province},
    ).rows
    members: dict[tuple[str, str], list[tuple[str, str | None, list[str]]]] = defaultdict(list)
    for person, organ, in_terms, first, last, sources in rows:
        if not (f.dated(first) or f.dated(last)):
            continue
        for term in in_terms:
            if not terms or term in terms:
                members[(organ, term)].append((person, first, sources or []))
    for held in members.values():
        days = sorted(d for _, d, _ in held if d)
        sources = {s for _, _, ss in held for s in ss}
        ties.add("organ", [p for p, _, _ in held], days[0] if days else None, sources)


def _successions(
    store: Store, f: Filters, ties: _Ties, terms: dict[str, tuple[str, str] | None]
) -> None:
    rows = store.run(
        "MATCH (p:Person)-[h:HOLDS]->(x:Post) WHERE h.predecessor IS NOT NULL"
        " AND ($province = '' OR x.province = $province)"
        " RETURN h.predecessor, p.id, coalesce(h.start, h.first_seen), h.in_terms, h.sources",
        {"province": f.province},
    ).rows
    for before, after, day, in_terms, sources in rows:
        if f.dated(day) and (not terms or terms.keys() & set(in_terms or [])):
            ties.add("succession", [before, after], day, sources or [])


def build(
    store: Store, filters: Filters = Filters(), progress: Callable[[int], None] | None = None
) -> nx.Graph:
    """The person network under the filters: nodes with name, provinces and current
    posts; edges with `weight` (ties of every kind) and, per kind, `<kind>` (count),
    `<kind>_dates` and `<kind>_sources` (sorted, ';'-joined so GraphML and GEXF keep them)."""
    ties = _Ties()
    terms = _terms(store, filters)
    if filters.term and not terms:
        return nx.Graph()
    tick = progress or (lambda _: None)
    if "meeting" in filters.kinds:
        _meetings(store, filters, ties, terms, tick)
    if "organ" in filters.kinds:
        _organs(store, filters, ties, terms)
    if "succession" in filters.kinds:
        _successions(store, filters, ties, terms)
    g = nx.Graph()
    for (a, b), kinds in ties.pairs.items():
        attrs: dict[str, Any] = {"weight": float(sum(t["count"] for t in kinds.values()))}
        for kind, t in kinds.items():
            attrs[kind] = t["count"]
            attrs[f"{kind}_dates"] = ";".join(sorted(t["dates"]))
            attrs[f"{kind}_sources"] = ";".join(sorted(t["sources"]))
        g.add_edge(a, b, **attrs)
    _describe(store, g)
    return g


def _describe(store: Store, g: nx.Graph) -> None:
    """Each person's name, provinces and posts not ended, as node attributes."""
    ids = sorted(g.nodes)
    for start in range(0, len(ids), _PAGE):
        rows = store.run(
            "UNWIND $ids AS id MATCH (p:Person {id: id})"
            " OPTIONAL MATCH (p)-[h:HOLDS]->(x:Post)"
            " RETURN p.id, p.name, collect(DISTINCT x.province),"
            " collect(CASE WHEN coalesce(h.status, 'unknown') <> 'ended' THEN x.title"
            " + coalesce(' (' + x.province + ')', '') END)",
            {"ids": ids[start : start + _PAGE]},
        ).rows
        for person, name, provinces, posts in rows:
            g.nodes[person].update(
                name=name or person,
                provinces=";".join(sorted(p for p in provinces if p)),
                posts=";".join(sorted(p for p in posts if p)),
            )


def rank(g: nx.Graph, top: int = 20, by: str = "pagerank") -> list[dict[str, Any]]:
    """The top persons by a centrality: degree, weighted degree, betweenness and
    PageRank for each (betweenness estimated from 500 sources, fixed seed, on large
    graphs)."""
    if by not in CENTRALITIES:
        raise ValueError(f"cannot rank by {by!r}; one of {', '.join(CENTRALITIES)}")
    if not g:
        return []
    n = g.number_of_nodes()
    betweenness = nx.betweenness_centrality(
        g, k=None if n <= _EXACT_BETWEENNESS else 500, weight=None, seed=0
    )
    pagerank = nx.pagerank(g, weight="weight")
    rows = [
        {
            "person": g.nodes[p].get("name", p),
            "id": p,
            "degree": g.degree(p),
            "weighted_degree": g.degree(p, weight="weight"),
            "betweenness": round(betweenness[p], 6),
            "pagerank": round(pagerank[p], 6),
            "posts": g.nodes[p].get("posts", ""),
        }
        for p in g.nodes
    ]
    rows.sort(key=lambda r: (-r[by], r["person"], r["id"]))
    return rows[:top]
