"""Networks of officials for networkx, built from the graph on either backend.

Persons are the nodes; an edge joins two persons for each kind of tie between them,
weighted and kept apart by kind: `meeting` (they chaired or attended one meeting),
`organ` (they held posts in one organ in one term), `succession` (one followed the
other in a single-holder post) and `rotation` (they served in one province at
different times, and one of them served in another province too: a rotated cadre).
Each edge keeps, per kind, the count and (when asked: export, pictures) the dates and
the source articles. Meetings are read a page at a time and a tie keeps indices into
one table of events, so memory grows with the persons and ties, not with the articles.
"""

from __future__ import annotations

import json
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, NamedTuple

import networkx as nx
import numpy as np

from graph import collector, dates
from graph.model import search_key
from graph.network import CENTRALITIES, FORMATS, KINDS
from graph.store.base import Store, node_ids
from graph.store.pages import paged_lists

_PAGE = 1_000
# Betweenness walks every edge once per source (networkx: ~0.4 s per source per million
# ties here). Exact while sources × ties stays under this, else estimated from fewer.
_BETWEENNESS_WORK = 16_000_000
_FEWEST_SOURCES = 16

# One colour a province (the most frequent first), the rest grey, in pictures and pages.
_PALETTE = ("#2e86c1", "#28b463", "#d68910", "#8e44ad", "#17a589", "#cb4335", "#2c3e50",
            "#b7950b", "#a04000", "#1abc9c")  # fmt: skip
OTHER = "#95a5a6"

Progress = Callable[[str, int, int], None]
"""Told (stage, done, total) as a build advances."""


def _quiet(stage: str, done: int, total: int) -> None:
    """The progress of a build nobody watches."""


class NetworkError(ValueError):
    """A request the network cannot answer: an unknown kind, name or format."""


_OPEN = "9999-12-31"  # the end of a holding still current


def _bound(value: str, name: str, last: bool) -> str:
    """A --since/--until date as YYYY-MM-DD: a year or a month is its first (since) or
    last (until) day; a date that is none (2024-13) is refused."""
    if not value:
        return ""
    try:
        dates.parse(value)
    except ValueError as exc:
        raise NetworkError(
            f"{name} must be a date: YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}"
        ) from exc
    return dates.last_day(value.strip()) if last else dates.first_day(value.strip())


@dataclass(frozen=True)
class Filters:
    """Which ties count: in a province, in a term (its ordinal: XV), between dates
    (inclusive; a year or a month means all of it), of some kinds."""

    province: str = ""
    term: str = ""
    since: str = ""
    until: str = ""
    kinds: tuple[str, ...] = KINDS
    # Organ ties through central organs: every member of the Central Committee is tied
    # to every other, which swamps a ranking of provincial officials.
    central: bool = True

    def __post_init__(self) -> None:
        unknown = sorted(set(self.kinds) - set(KINDS))
        if unknown:
            raise NetworkError(
                f"unknown tie kind {', '.join(unknown)}; kinds are {', '.join(KINDS)}"
            )
        object.__setattr__(self, "since", _bound(self.since, "--since", last=False))
        object.__setattr__(self, "until", _bound(self.until, "--until", last=True))

    def dated(self, day: str | None) -> bool:
        """A day in the window; an undated tie only counts without one."""
        return self.spans(day, day)

    def spans(self, first: str | None, last: str | None) -> bool:
        """A period [first, last] that meets the window."""
        if not (first or last):
            return not (self.since or self.until)
        first, last = first or last, last or first
        return (not self.since or str(last) >= self.since) and (
            not self.until or str(first) <= self.until
        )


# How many events one tie of a kind stands on: a meeting, or both persons' holdings.
_EVENTS_PER_TIE = {"meeting": 1, "succession": 1, "organ": 2, "rotation": 2}
_SHIFT = 1 << 32  # a pair of person indices a < b is the one int a * _SHIFT + b


@dataclass
class _Ties:
    """Ties between pairs of persons, by kind, as two flat arrays per kind: the pair
    (persons as indices in sorted id order, a pair as one int) and an event behind it,
    an event being a day and its source articles, stored once however many pairs share
    it. Millions of ties take tens of megabytes, and sorted pairs are sorted ids."""

    ids: list[str]
    index: dict[str, int] = field(default_factory=dict)
    events: list[tuple[str | None, tuple[str, ...]]] = field(default_factory=list)
    pairs: dict[str, array[int]] = field(default_factory=lambda: {k: array("q") for k in KINDS})
    behind: dict[str, array[int]] = field(default_factory=lambda: {k: array("q") for k in KINDS})

    def __post_init__(self) -> None:
        self.index = {p: i for i, p in enumerate(self.ids)}

    def event(self, day: str | None, sources: Iterable[str]) -> int:
        self.events.append((day, tuple(sources)))
        return len(self.events) - 1

    def tie(self, kind: str, a: str, b: str, events: Sequence[int]) -> None:
        i, j = self.index.get(a), self.index.get(b)
        if i is not None and j is not None and i != j:
            self.pairs[kind].extend([min(i, j) * _SHIFT + max(i, j)] * len(events))
            self.behind[kind].extend(events)

    def among(self, kind: str, persons: Iterable[str], event: int) -> None:
        """Every pair of the persons, on one event (the hot loop: millions of pairs)."""
        found = sorted({self.index[p] for p in persons})
        pairs = [i * _SHIFT + j for n, i in enumerate(found) for j in found[n + 1 :]]
        self.pairs[kind].extend(pairs)
        self.behind[kind].extend([event] * len(pairs))

    def edges(self, detail: bool) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """Each pair once, in sorted order, with `weight` over all kinds and, per kind,
        its count and (with `detail`) its dates and sources."""
        grouped: dict[str, tuple[Any, Any, Any, Any]] = {}
        for kind in KINDS:
            keys = np.frombuffer(self.pairs[kind], dtype=np.int64)
            order = np.argsort(keys, kind="stable")
            uniq, first, n = np.unique(keys[order], return_index=True, return_counts=True)
            grouped[kind] = (uniq, first, n, order)
        every = np.unique(np.concatenate([g[0] for g in grouped.values()]))
        columns = []
        for kind, (uniq, first, n, order) in grouped.items():
            at = np.full(len(every), -1, dtype=np.int64)
            at[np.searchsorted(every, uniq)] = np.arange(len(uniq))
            columns.append((kind, at.tolist(), first.tolist(), n.tolist(), order))
        behind = {kind: np.frombuffer(self.behind[kind], dtype=np.int64) for kind in KINDS}
        for row, pair in enumerate(every.tolist()):
            attrs: dict[str, Any] = {"weight": 0.0}
            for kind, where, starts, sizes, sort in columns:
                k = where[row]
                if k < 0:
                    continue
                attrs[kind] = sizes[k] // _EVENTS_PER_TIE[kind]
                attrs["weight"] += attrs[kind]
                if detail:
                    rows = behind[kind][sort[starts[k] : starts[k] + sizes[k]]].tolist()
                    events = [self.events[e] for e in set(rows)]
                    attrs[f"{kind}_dates"] = ";".join(sorted({d for d, _ in events if d}))
                    sources = {s for _, ss in events for s in ss}
                    attrs[f"{kind}_sources"] = ";".join(sorted(sources))
            yield self.ids[pair // _SHIFT], self.ids[pair % _SHIFT], attrs


class _Holding(NamedTuple):
    person: str
    province: str | None
    organ: str | None
    organ_name: str | None
    organ_level: str | None
    organ_province: str | None
    title: str
    status: str
    first: str | None
    last: str | None
    in_terms: list[str]
    predecessor: str | None
    ended_by: str | None
    sources: list[str]

    @property
    def finish(self) -> str | None:
        """The last day held: open while current, else the end or last sighting."""
        return _OPEN if self.status == "current" else self.last or self.first


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
    """A meeting counts in a term it names, or, naming none, when its date falls in the
    term's years."""
    if not terms:
        return True
    if printed:
        return bool(set(printed) & terms.keys())
    if not day:
        return False
    return any(s is not None and s[0] <= day <= s[1] for s in terms.values())


def _meetings(
    store: Store,
    f: Filters,
    ties: _Ties,
    terms: dict[str, tuple[str, str] | None],
    progress: Progress,
    detail: bool,
) -> None:
    """Co-chairs and co-attendees of each meeting; its reports' articles with `detail`."""
    cypher = (
        "UNWIND $ids AS id MATCH (m:Meeting {id: id})"
        " WHERE $province = '' OR m.province = $province"
        " MATCH (p:Person)-[:CHAIRED|ATTENDED]->(m)"
        " WITH m, collect(DISTINCT p.id) AS persons WHERE size(persons) > 1"
        + (
            " OPTIONAL MATCH (a:Article)-[:REPORTS]->(m)"
            " WITH m, persons, collect(DISTINCT a.id) AS articles"
            if detail
            else " WITH m, persons, [] AS articles"
        )
        + (
            " OPTIONAL MATCH (m)-[:IN_TERM]->(t:Term)"
            " RETURN m.date, persons, articles, collect(DISTINCT t.id)"
            if terms
            else " RETURN m.date, persons, articles, []"
        )
    )
    ids = node_ids(store, "Meeting")
    for rows in _pages(store, cypher, ids, {"province": f.province}, progress, "meetings"):
        for day, persons, articles, printed in rows:
            if f.dated(day) and _in_term(day, printed, terms):
                ties.among("meeting", persons, ties.event(day, articles))


def _pages(
    store: Store,
    cypher: str,
    ids: list[str],
    params: dict[str, Any],
    progress: Progress = _quiet,
    stage: str = "",
) -> Iterator[tuple[tuple[Any, ...], ...]]:
    """The rows of a query over `$ids`, a page of ids at a time, telling progress."""
    for start in range(0, len(ids), _PAGE):
        page = ids[start : start + _PAGE]
        yield store.run(cypher, {**params, "ids": page}).rows
        progress(stage, start + len(page), len(ids))


def _holdings(store: Store, ids: list[str], progress: Progress) -> list[_Holding]:
    """Every holding with its post's province, organ and title, and its sources with
    its pages' (in no order: ties take them as a set), read a page of persons at a time."""
    cypher = (
        "UNWIND $ids AS id MATCH (p:Person {id: id})-[h:HOLDS]->(x:Post)"
        + paged_lists("p", "h", "x", "")
        + " OPTIONAL MATCH (x)-[:IN_ORGAN]->(o:Organ)"
        " RETURN p.id, x.province, o.id, o.name + coalesce(' (' + o.province + ')', ''),"
        " o.level, o.province, x.title, coalesce(h.status, 'unknown'),"
        " coalesce(h.start, h.first_seen), coalesce(h.end, h.last_seen),"
        " coalesce(h.in_terms, []), h.predecessor, h.ended_by, sources"
    )
    pages = _pages(store, cypher, ids, {}, progress, "holdings")
    return [_Holding(*row) for rows in pages for row in rows]


def _counted(h: _Holding, f: Filters, terms: dict[str, tuple[str, str] | None]) -> bool:
    """A holding under the filters: its province, its period, its terms."""
    return (
        (not f.province or h.province == f.province)
        and f.spans(h.first, h.finish)
        and (not terms or bool(terms.keys() & set(h.in_terms)))
    )


def _organs(
    holdings: list[_Holding],
    ties: _Ties,
    terms: dict[str, tuple[str, str] | None],
    central: bool = True,
) -> None:
    """Pairs who held posts in one organ in one term, each on the day they first held
    one there and the sources of all they held there. A provincial organ no article
    placed ('Tỉnh ủy' alone) ties no one: its members may be of different provinces;
    central organs tie only when `central`."""
    members: dict[tuple[str, str], dict[str, list[_Holding]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for h in holdings:
        placed = h.organ_level == "central" or h.organ_province is not None
        if h.organ is not None and placed and (central or h.organ_level != "central"):
            for term in h.in_terms:
                if not terms or term in terms:
                    members[(h.organ, term)][h.person].append(h)
    for held in members.values():
        events = {
            person: ties.event(
                min((h.first for h in hs if h.first), default=None),
                sorted({s for h in hs for s in h.sources}),
            )
            for person, hs in held.items()
        }
        for a, b in combinations(sorted(held), 2):
            ties.tie("organ", a, b, (events[a], events[b]))


def _successions(
    holdings: list[_Holding], f: Filters, ties: _Ties, terms: dict[str, tuple[str, str] | None]
) -> None:
    """Pairs where one followed the other, dated when the later began."""
    for h in holdings:
        if h.predecessor and _counted(h, f, terms) and f.dated(h.first):
            ties.tie("succession", h.predecessor, h.person, (ties.event(h.first, h.sources),))


def _rotations(
    holdings: list[_Holding], counted: list[_Holding], ties: _Ties, mergers: Mapping[str, str]
) -> None:
    """Pairs who served in one province at times that never overlap, one of them a
    cadre who served in another province too. A person whose service in a province
    lasted until it merged away (`mergers`) served in the province it joined: the
    merger moved the post, not the person."""
    continued = {(h.person, h.province) for h in holdings if h.ended_by == "merged"}
    places: dict[str, set[str]] = defaultdict(set)
    for h in holdings:
        if h.province:
            place = mergers.get(h.province) if (h.person, h.province) in continued else h.province
            places[h.person].update([place] if place else [])
    served: dict[str, dict[str, list[_Holding]]] = defaultdict(lambda: defaultdict(list))
    for h in counted:
        if h.province and h.first:  # dated, so `finish` is too
            served[h.province][h.person].append(h)
    events: dict[tuple[str, str], int] = {}

    def event(province: str, person: str) -> int:
        """One event per person and province: first day served there, every source."""
        if (province, person) not in events:
            held = served[province][person]
            sources = sorted({s for h in held for s in h.sources})
            events[(province, person)] = ties.event(min(str(h.first) for h in held), sources)
        return events[(province, person)]

    for province, there in served.items():
        moved = {p for p in there if len(places[p]) > 1}
        for a in sorted(moved):
            for b, held in there.items():
                if b in moved and b <= a:
                    continue
                apart = all(
                    str(x.finish) < str(y.first) or str(y.finish) < str(x.first)
                    for x in there[a]
                    for y in held
                )
                if apart:
                    ties.tie("rotation", a, b, (event(province, a), event(province, b)))


@collector.paused()  # a large network's ties are millions of small objects
def build(
    store: Store,
    filters: Filters = Filters(),
    progress: Progress | None = None,
    detail: bool = True,
    mergers: Mapping[str, str] | None = None,
) -> nx.Graph:
    """The person network under the filters: nodes with label (the name), provinces,
    posts not ended, terms and organs; edges with `weight` (ties of every kind) and,
    per kind, `<kind>` (count) and with `detail` `<kind>_dates` and `<kind>_sources`
    (sorted and ';'-joined, so GraphML and GEXF keep them: on a large network most of
    its memory, so ranking and grouping go without). `mergers` (province merged away →
    the one it joined) keeps a merger from reading as a rotation. The same store gives
    the same graph, built in sorted order."""
    tell = progress or _quiet
    ties = _Ties(node_ids(store, "Person"))
    terms = _terms(store, filters)
    if filters.term and not terms:
        where = f" in {filters.province} or central" if filters.province else ""
        raise NetworkError(f"no term {filters.term}{where} in the graph")
    if "meeting" in filters.kinds:
        _meetings(store, filters, ties, terms, tell, detail)
    holdings = _holdings(store, ties.ids, tell)
    counted = [h for h in holdings if _counted(h, filters, terms)]
    if "organ" in filters.kinds:
        _organs(counted, ties, terms, filters.central)
    if "succession" in filters.kinds:
        _successions(holdings, filters, ties, terms)
    if "rotation" in filters.kinds:
        _rotations(holdings, counted, ties, mergers or {})
    g = nx.Graph()
    g.add_edges_from(ties.edges(detail))
    _describe(store, g, holdings)
    return g


def _describe(store: Store, g: nx.Graph, holdings: list[_Holding]) -> None:
    """Each person's name, provinces, posts not ended, terms and organs as node
    attributes, ';'-joined, and `spells`, the periods they held a post ('start/end;…')."""
    term_names = dict(store.run("MATCH (t:Term) RETURN t.id, coalesce(t.name, t.id)").rows)
    held: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    spells: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for h in holdings:
        if h.person in g:
            seen = held[h.person]
            seen["provinces"].update([h.province] if h.province else [])
            if h.status != "ended":
                seen["posts"].add(h.title + (f" ({h.province})" if h.province else ""))
            seen["terms"].update(term_names.get(t, t) for t in h.in_terms)
            seen["organs"].update([h.organ_name] if h.organ_name else [])
            seen["dates"].update(d for d in (h.first, h.last) if d)
            if h.first:
                spells[h.person].append((h.first, h.finish or h.first))
    cypher = "UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.id, p.name"
    for rows in _pages(store, cypher, sorted(g.nodes), {}):
        for person, name in rows:
            attrs = {k: ";".join(sorted(held[person][k])) for k in _DESCRIBED}
            dates = sorted(held[person]["dates"])
            span = {"first_seen": dates[0], "last_seen": dates[-1]} if dates else {}
            if person in spells:
                span["spells"] = ";".join(f"{a}/{b}" for a, b in _merged(spells[person]))
            g.nodes[person].update(label=name or person, **attrs, **span)


def _merged(spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A person's holdings as the periods they held any post: overlapping ones joined,
    partial dates widened to whole days, '' for the end of one still held."""
    out: list[tuple[str, str]] = []
    for first, finish in sorted((dates.first_day(a), dates.last_day(b)) for a, b in spans):
        if out and first <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], finish))
        else:
            out.append((first, finish))
    return [(a, "" if b == _OPEN else b) for a, b in out]


_DESCRIBED = ("provinces", "posts", "terms", "organs")


def sources(g: nx.Graph) -> int | None:
    """How many sources betweenness is estimated from (fixed seed), or None for exact:
    exact costs persons × ties, minutes on a province-wide network."""
    n, m = g.number_of_nodes(), max(g.number_of_edges(), 1)
    if n * m <= _BETWEENNESS_WORK:
        return None
    return min(n, max(_FEWEST_SOURCES, _BETWEENNESS_WORK // m))


@collector.paused()  # networkx's centralities make and drop millions of small objects
def rank(g: nx.Graph, top: int = 20, by: str = "pagerank") -> list[dict[str, Any]]:
    """The top persons by a centrality, with degree, weighted degree, betweenness and
    PageRank for each (betweenness estimated on large networks: `sources`)."""
    if by not in CENTRALITIES:
        raise NetworkError(f"cannot rank by {by!r}; one of {', '.join(CENTRALITIES)}")
    if not g:
        return []
    betweenness = nx.betweenness_centrality(g, k=sources(g), weight=None, seed=0)
    pagerank = nx.pagerank(g, weight="weight")
    rows = [
        {
            "person": _name(g, p),
            "id": p,
            "degree": g.degree(p),
            "weighted_degree": g.degree(p, weight="weight"),
            "betweenness": round(betweenness[p], 6),
            "pagerank": round(pagerank[p], 6),
            "posts": _listed(g, p, "posts"),
        }
        for p in g.nodes
    ]
    rows.sort(key=lambda r: (-r[by], r["person"], r["id"]))
    return rows[:top]


def _listed(g: nx.Graph, person: str, attr: str) -> list[str]:
    """A ';'-joined node attribute (posts, organs) as its list."""
    return [x for x in str(g.nodes[person].get(attr, "")).split(";") if x]


def _name(g: nx.Graph, person: str) -> str:
    return str(g.nodes[person].get("label", person))


def groups(g: nx.Graph, seed: int = 0) -> list[dict[str, Any]]:
    """Communities by Louvain with a fixed seed (the same graph gives the same groups),
    largest first; each with its members, most connected first, and the organs two
    or more of them share, by how many."""
    out: list[dict[str, Any]] = []
    for members in nx.community.louvain_communities(g, weight="weight", seed=seed):
        inner = g.subgraph(members)
        ordered = sorted(members, key=lambda p: (-inner.degree(p, weight="weight"), _name(g, p), p))
        organs: dict[str, int] = defaultdict(int)
        for p in members:
            for organ in _listed(g, p, "organs"):
                organs[organ] += 1
        shared = sorted((o for o in organs if organs[o] > 1), key=lambda o: (-organs[o], o))
        out.append(
            {
                "size": len(members),
                "members": [_name(g, p) for p in ordered],
                "ids": ordered,
                "shared_organs": [f"{o}: {organs[o]}" for o in shared],
            }
        )
    out.sort(key=lambda grp: (-len(grp["ids"]), grp["ids"]))
    return [{"group": i, **grp} for i, grp in enumerate(out, 1)]


def find(g: nx.Graph, name: str) -> str:
    """The one person in the network a name (diacritics optional) or id stands for."""
    if name in g:
        return name
    wanted = search_key(name)
    found = sorted(p for p in g if search_key(_name(g, p)) == wanted)
    if not found:
        raise NetworkError(f"no person named {name!r} has ties under these filters")
    if len(found) > 1:
        raise NetworkError(f"{name!r} names {len(found)} persons ({', '.join(found)}); give one id")
    return found[0]


def ego(g: nx.Graph, center: str, depth: int = 2) -> nx.Graph:
    """A person's circle: everyone within `depth` ties, and the ties among them."""
    if depth < 1:
        raise NetworkError(f"depth must be 1 or more, not {depth}")
    return nx.ego_graph(g, center, radius=depth)


def nearest(g: nx.Graph, center: str, depth: int, limit: int) -> nx.Graph:
    """The `limit` persons nearest a person within `depth` ties (by distance, then the
    weight of their tie with the center, then name) and the ties among them, so that a
    hub's circle costs what is shown of it. Nearer persons come first, so each one's
    path to the center is among those kept."""
    distance = nx.single_source_shortest_path_length(g, center, cutoff=depth)
    order = sorted(distance, key=lambda p: (distance[p], -_weight(g, center, p), _name(g, p), p))
    kept = order[:limit]
    small = nx.Graph()
    small.add_nodes_from((p, g.nodes[p]) for p in kept)
    # Pairs among the few kept, not the adjacency of each (a hub's neighbours are hubs).
    small.add_edges_from(
        (a, b, g.edges[a, b]) for i, a in enumerate(kept) for b in kept[i + 1 :] if g.has_edge(a, b)
    )
    return small


def _weight(g: nx.Graph, center: str, person: str) -> float:
    """The weight of a person's tie with the center (0 when they are not tied)."""
    return float(g.edges[center, person]["weight"]) if g.has_edge(center, person) else 0.0


def circle(g: nx.Graph, center: str) -> list[dict[str, Any]]:
    """The persons of an ego network by distance from its center, then by tie weight."""
    distance = nx.single_source_shortest_path_length(g, center)
    rows = [
        {
            "person": _name(g, p),
            "id": p,
            "distance": distance[p],
            "weight": _weight(g, center, p),
            "why": why(g, center, p),
            "ties": g.degree(p),
            "posts": _listed(g, p, "posts"),
        }
        for p in g.nodes
    ]
    rows.sort(key=lambda r: (r["distance"], -r["weight"], r["person"], r["id"]))
    return rows


# What each tie kind means, as `circle` says why two persons are tied.
_TIE_WORDS = {"meeting": "meetings together", "organ": "one organ in one term",
              "succession": "one followed the other", "rotation": "moved between their provinces"}  # fmt: skip


def why(g: nx.Graph, center: str, person: str) -> str:
    """The kinds of tie between the center and a person, with how many of each."""
    if not g.has_edge(center, person):
        return ""
    attrs = g.edges[center, person]
    return "; ".join(f"{_TIE_WORDS[k]} ×{attrs[k]}" for k in KINDS if attrs.get(k))


def export(g: nx.Graph, fmt: str, path: Path) -> None:
    """Write the network for Gephi, Cytoscape and other tools: GraphML, GEXF, or
    node-link JSON; node and edge attributes kept, and each person's pagerank and group
    (Louvain, as `groups` numbers them) added, so a tool can size and colour by them.
    GEXF is dynamic: a person is there while holding a post, a tie from its first day,
    so Gephi's timeline plays the network through the years."""
    g = g.copy()
    pagerank = nx.pagerank(g, weight="weight") if g.number_of_edges() else {}
    for grp in groups(g):
        for person in grp["ids"]:
            g.nodes[person]["group"] = grp["group"]
    for person in g.nodes:
        g.nodes[person]["pagerank"] = round(pagerank.get(person, 0.0), 6)
    if fmt == "graphml":
        nx.write_graphml(g, path)
    elif fmt == "gexf":
        nx.write_gexf(_dynamic(g), path)
    elif fmt == "json":
        _write_node_link(g, path)
    else:
        raise NetworkError(f"cannot export as {fmt!r}; one of {', '.join(FORMATS)}")


def _dynamic(g: nx.Graph) -> nx.Graph:
    """GEXF spells: each person's periods in post, and each tie from the first day of
    any event behind it (an open end: a tie once made is not unmade)."""
    for _, attrs in g.nodes(data=True):
        held = attrs.pop("spells", "")
        if held:
            attrs["spells"] = [
                (a, b or None) for a, _, b in (s.partition("/") for s in held.split(";"))
            ]
    for _, _, attrs in g.edges(data=True):
        days = [d for k in KINDS for d in str(attrs.get(f"{k}_dates", "")).split(";") if d]
        if days:
            attrs["spells"] = [(dates.first_day(min(days)), None)]
    return g


def _write_node_link(g: nx.Graph, path: Path) -> None:
    """networkx's node-link JSON (`nx.node_link_graph(..., edges="edges")` reads it),
    written a node and an edge at a time: `node_link_data` copies the whole network
    and `json.dumps` holds it as one string, gigabytes at a million ties."""
    with path.open("w", encoding="utf-8") as out:
        out.write('{"directed": false, "multigraph": false, "graph": {},\n"nodes": [')
        for i, (node, attrs) in enumerate(g.nodes(data=True)):
            item = json.dumps({**attrs, "id": node}, ensure_ascii=False)
            out.write(f"{',' if i else ''}\n{item}")
        out.write('],\n"edges": [')
        for i, (a, b, attrs) in enumerate(g.edges(data=True)):
            item = json.dumps({**attrs, "source": a, "target": b}, ensure_ascii=False)
            out.write(f"{',' if i else ''}\n{item}")
        out.write("]}\n")


def province(g: nx.Graph, person: str) -> str:
    """A person's province: that of their first post not ended, else the first they
    held a post in ('' when none)."""
    attrs = g.nodes[person]
    for post in str(attrs.get("posts", "")).split(";"):
        if post.endswith(")") and "(" in post:
            return post.rpartition("(")[2][:-1]
    return str(attrs.get("provinces", "")).split(";")[0]


def colour_by_province(g: nx.Graph) -> dict[str, str]:
    """Province → colour, the provinces with most persons first; those past the palette
    (and persons of none) stay grey."""
    counts = Counter(province(g, p) for p in g.nodes)
    ranked = sorted((p for p in counts if p), key=lambda p: (-counts[p], p))
    return dict(zip(ranked, _PALETTE, strict=False))
