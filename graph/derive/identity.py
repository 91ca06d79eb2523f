"""Who is who: which mentions of a name are one person, and which are namesakes.

A unit is what one article says of one person: a titled mention (`article:<source>#<i>`,
i its index among the article's mentions), or the whole article when it gives the name
no title (`article:<source>#`). The units of one name are joined, strongest evidence
first: an analyst's merge; a post they share; one article; the name alone. A join is
refused when it would put units an analyst split into one person, or make one person
hold posts in two provinces at once: two posts in different provinces, each seen in at
least two articles and one of them with its province printed at least once, whose seen
dates overlap (meeting at one end is a move, not an overlap); or two mentions in one
article with different provinces printed in their titles. A rotated official's posts
follow one another, so the official stays one person. A province the title does not
print is only the article's guess (a visitor's later "Bí thư Tỉnh ủy" reads as the
host's; a wrong dateline places every title), so guesses alone never split anyone.

Each group is a Person: `person:<name>` when the name has one group, else
`person:<name>@<province>`, the province where that group was first seen holding a post.
Every person keeps why: `identity` (how its units were joined: decision N, post,
article, name), `namesakes` (the other persons of the name) and `apart_by` (why each is
another person). Analysts' decisions are data (a JSON-lines file, see `Decision`),
applied on every pass. The pass looks only at names that could have namesakes (posts in
two provinces, several persons already, a decision) and reads their units alone, so its
answer never depends on load order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from graph.dates import days
from graph.derive.decisions import Decision, in_force
from graph.derive.readings import refresh
from graph.derive.tenure import kept
from graph.model import ArticleFacts, edge_entries, edge_props, kind_of, misdated, namesake_id
from graph.schema import ENTRIES, FACT_EDGES, READINGS, SOURCES
from graph.store.base import (
    Statement,
    Store,
    entry_sets,
    kept_incomplete,
    page_writes,
    set_each,
    set_entries,
    shared_sets,
    split_shared,
    unpage,
    with_pages,
)
from graph.store.pages import PAGED, kept_apart

# The fact edges out of a person: the ones whose entries carry units.
PERSON_EDGES = tuple(k for k, (a, _) in FACT_EDGES.items() if a == "Person")


# Units and groups -------------------------------------------------------------------


@dataclass
class Unit:
    """One mention (or one untitled article) of a name, with what it says the person held."""

    id: str
    article: str
    date: str = ""
    province: str | None = None  # the article's
    posts: set[str] = field(default_factory=set)  # every post it names as theirs
    # (post, title, province, date, printed) of each provincial post it shows them
    # holding; printed when the province was printed with the title (or an analyst
    # placed it)
    held: list[tuple[str, str, str, str, bool]] = field(default_factory=list)


@dataclass
class _Tenure:
    title: str
    province: str
    first: str
    last: str
    articles: set[str]
    printed: int = 0

    def text(self) -> str:
        span = self.first if self.first == self.last else f"{self.first}..{self.last}"
        return f"{self.title} ({self.province}) {span}, {len(self.articles)} articles"


@dataclass
class Group:
    """Units found to be one person, with the provincial posts they held and when."""

    units: set[str]
    first: tuple[str, str]  # (date, province or '') of the earliest unit, for ids
    tenures: dict[str, _Tenure] = field(default_factory=dict)
    # article → provinces of the titles it gives them, and those of them printed
    places: dict[str, set[str]] = field(default_factory=dict)
    printed: dict[str, set[str]] = field(default_factory=dict)
    provinces: set[str] = field(default_factory=set)  # held there, or articles from there
    dates: tuple[str, str] = ("", "")
    joined: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, unit: Unit) -> Group:
        g = cls({unit.id}, (unit.date, unit.province or ""))
        for post, title, province, seen, printed in unit.held:
            t = g.tenures.setdefault(post, _Tenure(title, province, seen, seen, set()))
            t.first, t.last = min(t.first, seen), max(t.last, seen)
            t.articles.add(unit.article)
            t.printed += printed
            g.places.setdefault(unit.article, set()).add(province)
            if printed:
                g.printed.setdefault(unit.article, set()).add(province)
            g.provinces.add(province)
        if unit.province:
            g.provinces.add(unit.province)
        held = sorted((seen, province) for _, _, province, seen, _ in unit.held)
        if held:
            g.first = held[0]
        g.dates = (unit.date, unit.date)
        return g

    def absorb(self, other: Group, why: str) -> None:
        self.units |= other.units
        for post, t in other.tenures.items():
            mine = self.tenures.get(post)
            if mine is None:
                self.tenures[post] = _Tenure(
                    t.title, t.province, t.first, t.last, set(t.articles), t.printed
                )
            else:
                mine.first, mine.last = min(mine.first, t.first), max(mine.last, t.last)
                mine.articles |= t.articles
                mine.printed += t.printed
        for article, provinces in other.places.items():
            self.places.setdefault(article, set()).update(provinces)
        for article, provinces in other.printed.items():
            self.printed.setdefault(article, set()).update(provinces)
        self.provinces |= other.provinces
        self.first = min(self.first, other.first, key=_earliest)
        self.dates = (_lo(self.dates[0], other.dates[0]), max(self.dates[1], other.dates[1]))
        self.joined |= other.joined | {why}


def _earliest(first: tuple[str, str]) -> tuple[bool, bool, str, str]:
    """Order of (date, province): held posts first, then dated ones, then by date."""
    return (not first[1], not first[0], *first)


def _lo(a: str, b: str) -> str:
    return min(x for x in (a, b) if x) if a or b else ""


def _overlap(a: _Tenure, b: _Tenure) -> bool:
    """Seen dates overlap; two tenures that only meet at one end (a move) do not."""
    lo, hi = max(a.first, b.first), min(a.last, b.last)
    if lo != hi:
        return lo < hi
    return lo not in (a.first, a.last) or lo not in (b.first, b.last)


def separates(d: Decision, a: set[str], b: set[str]) -> bool:
    """Whether a decision's two sides hold some of units `a` on one and of `b` on the other."""
    left, right = set(d.left), set(d.right)
    return bool((a & left and b & right) or (a & right and b & left))


def _split_by(a: Group, b: Group, splits: Sequence[Decision]) -> str | None:
    """The analyst's split that keeps two groups apart, if any."""
    for d in splits:
        if separates(d, a.units, b.units):
            return f"split by decision {d.id}" + (f": {d.note}" if d.note else "")
    return None


def conflict(a: Group, b: Group, splits: Sequence[Decision]) -> str | None:
    """Why two groups cannot be one person, or None."""
    split = _split_by(a, b, splits)
    if split:
        return split
    for ta in sorted(a.tenures.values(), key=lambda t: (t.first, t.title)):
        if len(ta.articles) < 2:
            continue
        for tb in sorted(b.tenures.values(), key=lambda t: (t.first, t.title)):
            if (
                len(tb.articles) >= 2
                and ta.printed + tb.printed > 0
                and ta.province != tb.province
                and _overlap(ta, tb)
            ):
                return f"at once: {ta.text()}; {tb.text()}"
    for article in sorted(a.printed.keys() & b.printed.keys()):
        pa, pb = a.places[article], b.places[article]
        if not pa & pb:
            return (
                f"{article.removeprefix('article:')} names one in {', '.join(sorted(pa))}"
                f" and one in {', '.join(sorted(pb))}"
            )
    return None


class _Groups:
    """Union of units into groups, every join checked."""

    def __init__(self, units: Sequence[Unit], splits: Sequence[Decision]) -> None:
        self.of = {u.id: Group.of(u) for u in units}
        self.splits = splits

    def join(self, a: str, b: str, why: str, decided: bool = False) -> bool:
        """Join the groups of two units unless they conflict (only an analyst's split
        stops a join the analyst `decided`); whether they are now one group."""
        ga, gb = self.of[a], self.of[b]
        if ga is gb:
            return True
        check = _split_by if decided else conflict
        if check(ga, gb, self.splits):
            return False
        if len(gb.units) > len(ga.units):
            ga, gb = gb, ga
        ga.absorb(gb, why)
        for u in gb.units:
            self.of[u] = ga
        return True

    def groups(self) -> list[Group]:
        seen: dict[int, Group] = {}
        for g in self.of.values():
            seen.setdefault(id(g), g)
        return sorted(seen.values(), key=lambda g: min(g.units))


def cluster(units: Sequence[Unit], decisions: Sequence[Decision] = ()) -> list[Group]:
    """The persons among one name's units (see the module's docstring), in unit order."""
    units = sorted(units, key=lambda u: u.id)
    present = {u.id for u in units}
    force = in_force(decisions)
    splits = [d for d in force if d.op == "split"]
    groups = _Groups(units, splits)
    for d in force:
        if d.op == "merge":
            ids = sorted(u for u in (*d.left, *d.right) if u in present)
            for u in ids[1:]:
                groups.join(ids[0], u, f"decision {d.id}", decided=True)
    for by in (_by_post(units), _by_article(units)):
        for why, ids in by:
            for u in ids[1:]:
                groups.join(ids[0], u, why)
    _join_by_name(groups)
    return groups.groups()


def _by_post(units: Sequence[Unit]) -> list[tuple[str, list[str]]]:
    holders: dict[str, list[str]] = defaultdict(list)
    for u in units:
        for post in sorted(u.posts):
            holders[post].append(u.id)
    return [("post", ids) for _, ids in sorted(holders.items())]


def _by_article(units: Sequence[Unit]) -> list[tuple[str, list[str]]]:
    mentions: dict[str, list[str]] = defaultdict(list)
    for u in units:
        mentions[u.article].append(u.id)
    return [("article", ids) for _, ids in sorted(mentions.items())]


def _join_by_name(groups: _Groups) -> None:
    """What is left joins on the name alone: groups with provincial posts pairwise,
    nearest first; then every other group the nearest it can."""
    placed = [g for g in groups.groups() if g.tenures]
    pairs = sorted(
        (_distance(a, b), min(a.units), min(b.units))
        for i, a in enumerate(placed)
        for b in placed[i + 1 :]
    )
    for _, a, b in pairs:
        groups.join(a, b, "name")
    for g in groups.groups():
        if g.tenures:
            continue
        targets = sorted(
            (_distance(g, t), min(t.units)) for t in groups.groups() if t is not g and t.tenures
        )
        if not targets:
            targets = [((0, 0), min(t.units)) for t in groups.groups() if t is not g]
        for _, target in targets:
            if groups.join(min(g.units), target, "name"):
                break


def _distance(a: Group, b: Group) -> tuple[int, int]:
    """Same province first, then the fewest days between their sightings."""
    return (0 if a.provinces & b.provinces else 1, _gap(a.dates, b.dates))


def _gap(a: tuple[str, str], b: tuple[str, str]) -> int:
    if not all((*a, *b)):
        return 1_000_000
    if a[1] < b[0]:
        return days(a[1], b[0])
    if b[1] < a[0]:
        return days(b[1], a[0])
    return 0


def person_ids(key: str, groups: Sequence[Group]) -> list[str]:
    """`key` for a name's one person; else key@province of each group's earliest post,
    numbered when two start in one province."""
    if len(groups) == 1:
        return [key]
    out: dict[int, str] = {}
    taken: set[str] = set()
    for i, g in sorted(
        enumerate(groups), key=lambda ig: (_earliest(ig[1].first), min(ig[1].units))
    ):
        n = 1
        while (id_ := namesake_id(key, g.first[1], n)) in taken:
            n += 1
        taken.add(id_)
        out[i] = id_
    return [out[i] for i in range(len(groups))]


# The identity properties `evidence` gives each person.
IDENTITY = ("identity", "namesakes", "apart_by")


def evidence(
    ids: Sequence[str], groups: Sequence[Group], splits: Sequence[Decision]
) -> list[dict[str, Any]]:
    """Each group's identity properties (its person id in `ids`): how it was joined,
    its namesakes and why."""
    out = []
    for i, g in enumerate(groups):
        others = [(ids[j], conflict(g, h, splits) or "") for j, h in enumerate(groups) if j != i]
        out.append(
            {
                "identity": sorted(g.joined) or ["single"],
                "namesakes": [o for o, _ in others] or None,
                "apart_by": [why for _, why in others] or None,
            }
        )
    return out


# The pass over a store ---------------------------------------------------------------


def candidates(
    store: Store, decisions: Sequence[Decision], among: Collection[str] | None = None
) -> dict[str, int]:
    """Name keys that could have namesakes: held posts in two provinces, split already,
    resolved before, or named by a decision (in force or undone, as a clean load under
    them reads them); of all keys, or of those `among` (a settling puts the names of
    decisions new to the graph among them).
    Each with the number of provinces its persons hold posts in, which also tells
    `resolve` that a name made one person again is one a clean load would not have read."""
    # `IN` rather than UNWIND: FalkorDB 4.16 then finds the persons by the index, where
    # an UNWIND under a filtered pattern scanned every post once per key (1.8 s for
    # 1,000 keys at 20k articles, against 6 ms).
    decided = {d.key for d in decisions if d.key}
    if among is not None:
        decided &= set(among)
    match = "MATCH (p:Person)" if among is None else "MATCH (p:Person) WHERE p.key IN $keys"
    params = {"keys": sorted(among or ())}
    held = dict(
        store.run(
            f"{match} MATCH (p)-[:HOLDS]->(x:Post) WHERE x.province IS NOT NULL"
            " AND x.province <> '' RETURN p.key, count(DISTINCT x.province)",
            params,
        ).rows
    )
    keys = decided | {k for k, n in held.items() if k and n > 1}
    rows = store.run(
        f"{match} WITH p WHERE p.identity IS NOT NULL OR p.id <> p.key RETURN DISTINCT p.key",
        params,
    ).rows
    keys.update(k for (k,) in rows if k)
    return {k: held.get(k, 0) for k in sorted(keys)}


@dataclass(frozen=True)
class Namesake:
    """What a load reads of one person of a split name to place a new mention on."""

    id: str
    posts: frozenset[str]
    provinces: frozenset[str]  # of the posts held
    dates: tuple[str, str]  # first and last seen holding one


def likely(
    namesakes: Sequence[Namesake], posts: Collection[str], provinces: Collection[str], date: str
) -> str:
    """The namesake a new mention most likely is, as `cluster` would join it: the one
    holding most of the posts it names, then the nearest (same province, fewest days)."""
    return min(
        namesakes,
        key=lambda n: (
            -len(n.posts.intersection(posts)),
            0 if n.provinces.intersection(provinces) else 1,
            _gap(n.dates, (date, date)),
            n.id,
        ),
    ).id


def placed(store: Store, batch: Sequence[ArticleFacts]) -> list[ArticleFacts]:
    """The articles with each mention of a name already split into namesakes on the
    one it most likely is, rather than on the name's key: the regrouping after the load
    then finds it in place and rewrites nothing (it otherwise moved every such mention,
    which cost more the more the name was seen). A wrong guess is moved as before."""
    keys = sorted({i for f in batch for i, n in f.nodes.items() if n.kind == "Person"})
    rows = store.run(
        "MATCH (p:Person) WHERE p.key IN $keys AND p.id <> p.key"
        " OPTIONAL MATCH (p)-[h:HOLDS]->(x:Post)"
        " RETURN p.key, p.id, collect(x.id), collect(x.province), min(h.first_seen),"
        " max(h.last_seen)",
        {"keys": keys},
    ).rows
    split: dict[str, list[Namesake]] = defaultdict(list)
    for key, id_, posts, provinces, first, last in rows:
        split[key].append(
            Namesake(
                id_,
                frozenset(posts),
                frozenset(p for p in provinces if p),
                (first or "", last or ""),
            )
        )
    if not split:
        return list(batch)
    out = []
    for facts in batch:
        ids = {}
        for key in split.keys() & facts.nodes.keys():
            posts = {x for kind, p, x in facts.facts if kind == "HOLDS" and p == key}
            provinces = {facts.nodes[x].props.get("province") for x in posts}
            provinces.add(facts.article.props.get("province"))
            date = facts.article.props.get("date") or ""
            ids[key] = likely(split[key], posts, {p for p in provinces if p}, date)
        out.append(facts.renamed(ids))
    return out


@dataclass
class _Name:
    """What one name's persons stand on now: their units (unit → person ids in
    `placed`), their fact edges ((kind, person, target) → what `edge_props` writes, and
    the entries unpacked; their pages folded in, and kept in `paged`)
    and their mentions (article, person)."""

    units: list[Unit]
    placed: dict[str, set[str]]
    edges: dict[tuple[str, str, str], tuple[dict[str, Any], dict[str, dict[str, Any]]]]
    mentions: set[tuple[str, str]]
    paged: dict[tuple[str, str, str], list[dict[str, Any]]]


def _read(store: Store, key: str, place: Callable[[str], str] = str) -> _Name:
    """A name's units, edges and mentions, each read once: the regrouping compares and
    rewrites the same rows it grouped."""
    units: dict[str, Unit] = {}
    placed: dict[str, set[str]] = defaultdict(set)
    # A holding an analyst set aside (graph/derive/corrections.py) still says who was
    # mentioned: its units count, its post does not.
    rows = store.run(
        f"MATCH (p:Person {{key: $k}})-[h:{'|'.join(PERSON_EDGES)}|SET_ASIDE]->(x)"
        " RETURN p.id, type(h), x.id, x.province, x.title, h.sources, h.entries,"
        " h.first_seen, h.last_seen, h.paged",
        {"k": key},
    ).rows
    read = {
        (kind, person, target): {
            SOURCES: sources or [],
            ENTRIES: entries or [],
            "first_seen": first,
            "last_seen": last,
            PAGED: paged,
        }
        for person, kind, target, _, _, sources, entries, first, last, paged in rows
    }
    folded, paged = with_pages(store, read)
    edges = {}
    for person, kind, target, province, title, *_ in rows:
        props = {k: v for k, v in folded[(kind, person, target)].items() if k != PAGED}
        unpacked = edge_entries(kind, props)
        edges[(kind, person, target)] = (props, unpacked)
        for source, entry in unpacked.items():
            day, unit = entry["seen"], entry["units"]
            change, where = entry.get("changes", ""), entry.get("placed", "")
            u = units.setdefault(f"{source}#{unit}", Unit(f"{source}#{unit}", source, day))
            placed[u.id].add(person)
            if kind != "HOLDS":
                continue
            u.posts.add(target)
            if province and day and change != "former" and not change.startswith("end:"):
                u.held.append((target, title or "", place(province), day, bool(where)))
    rows = store.run(
        "MATCH (a:Article)-[:MENTIONS]->(p:Person {key: $k}) RETURN a.id, a.date, a.province, p.id",
        {"k": key},
    ).rows
    by_article: dict[str, list[Unit]] = defaultdict(list)
    for u in units.values():
        by_article[u.article].append(u)
    for article, day, province, person in rows:
        if article not in by_article:
            u = Unit(f"{article}#", article, day or "")
            units[u.id] = u
            by_article[article].append(u)
            placed[u.id].add(person)
        for u in by_article[article]:
            u.province, u.date = place(province) if province else None, u.date or day or ""
    for u in units.values():
        u.held.sort()
    return _Name(
        sorted(units.values(), key=lambda u: u.id),
        dict(placed),
        edges,
        {(article, person) for article, _, _, person in rows},
        paged,
    )


def read_units(
    store: Store, key: str, place: Callable[[str], str] = str
) -> tuple[list[Unit], dict[str, set[str]], set[tuple[str, str]]]:
    """A name's units, where each unit's entries are now (unit → person ids), and which
    articles mention which of its persons; provinces as `place` names them (one name
    for Thừa Thiên Huế and Huế)."""
    name = _read(store, key, place)
    return name.units, name.placed, name.mentions


def resolve(
    store: Store,
    decisions: Sequence[Decision] = (),
    place: Callable[[str], str] = str,
    among: Collection[str] | None = None,
) -> None:
    """Regroup the persons of every name that could have namesakes (of those `among`,
    when only their units changed). `place` gives the one name of a province written
    several ways."""
    force = in_force(decisions)
    props: list[dict[str, Any]] = []
    for key, provinces in candidates(store, decisions, among).items():
        name = _read(store, key, place)
        units, placed = name.units, name.placed
        if not units:
            continue
        mine = [d for d in force if d.key == key]
        groups = cluster(units, mine)
        splits = [d for d in mine if d.op == "split"]
        ids = person_ids(key, groups)
        assign = {u: ids[i] for i, g in enumerate(groups) for u in g.units}
        wanted = {(u.article, assign[u.id]) for u in units}
        moved = any(placed.get(u, set()) - {assign[u]} for u in assign) or wanted != name.mentions
        # Also an edge whose dates its entries do not give: a rewrite of this pass or of
        # the corrections (whose names the settling records first) killed between its
        # lists and its dates, which the rerun, taking back only the articles that moved,
        # missed.
        if moved or any(misdated(props, entries) for props, entries in name.edges.values()):
            _rebuild(store, key, assign, name)
        # One person whom a clean load would not have read: his identity is none, in
        # whatever order his articles came.
        trivial = len(groups) == 1 and provinces <= 1
        for id_, values in zip(ids, evidence(ids, groups, splits), strict=True):
            if trivial and not mine:
                values = dict.fromkeys(values)
            props.append({"id": id_, "props": values})
    if props:
        match = "UNWIND $rows AS r MATCH (p:Person {id: r.id})"
        store.write(set_each(match, "p", IDENTITY, props))


def _rebuild(store: Store, key: str, assign: dict[str, str], name: _Name) -> None:
    """Write a name's persons as its units' assignment wants them: each entry on the
    edge of the person its unit belongs to. Only what differs is written: a person, an
    edge or a mention made or taken away, and an edge that gains or loses entries
    rewritten in place, so that the work follows the units that moved, not the name's
    thousands of articles. The complete articles whose entries or mentions move are
    marked incomplete until it is done, so a load killed half-way rewrites them on its
    rerun; an article whose entries stay where they are is never without them."""
    nodes = dict(store.run("MATCH (p:Person {key: $k}) RETURN p.id, p.search", {"k": key}).rows)
    search = next((s for s in nodes.values() if s), "")
    have_props = {edge: props for edge, (props, _) in name.edges.items()}
    new: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    for (kind, _, target), (_, entries) in name.edges.items():
        for source, entry in entries.items():
            unit = entry.get("units", "")
            owner = assign.get(f"{source}#{unit}") or assign.get(f"{source}#", "")
            if owner:
                new[(kind, owner, target)].setdefault(source, entry)
    wanted = {edge: edge_props(edge[0], entries) for edge, entries in new.items()}
    persons = set(assign.values())
    gone = sorted(set(nodes) - persons)
    mine = {e for e in have_props if e[1] in persons}
    same = {e for e in mine & wanted.keys() if have_props[e] == wanted[e]}
    changed = sorted(e for e in mine & wanted.keys() if e not in same)
    stale = sorted(mine - wanted.keys())
    made = sorted(wanted.keys() - have_props.keys())
    units_of: dict[str, set[str]] = defaultdict(set)
    for unit, person in assign.items():
        units_of[unit.partition("#")[0]].add(person)
    have = {(a, p) for a, p in name.mentions if p in persons}
    want = {(a, p) for a, _ in name.mentions for p in units_of.get(a, ())}
    moved = {a for a, _ in have ^ want} | {a for a, p in name.mentions if p in gone}
    for edge in stale:
        moved.update(have_props[edge][SOURCES])
    for edge in made:
        moved.update(wanted[edge][SOURCES])
    for edge in changed:
        old, now = _by_source(have_props[edge]), _by_source(wanted[edge])
        moved.update(s for s in old.keys() | now.keys() if old.get(s) != now.get(s))
    unmark, mark = kept_incomplete(store, moved)
    made_mentions = sorted(want - have)
    # A mention's readings only for the few made: a common name has thousands.
    reading = (
        dict(
            store.run(
                "MATCH (a:Article)-[m:MENTIONS]->(:Person {key: $k}) WHERE a.id IN $ids"
                " RETURN a.id, properties(m)",
                {"k": key, "ids": sorted({a for a, _ in made_mentions})},
            ).rows
        )
        if made_mentions
        else {}
    )
    new_mentions = []
    for a, p in made_mentions:
        props, shared = split_shared("Person", reading[a])
        new_mentions.append({"a": a, "p": p, "props": props, "shared": shared})
    mentioned = shared_sets(store, "Person", "m", "r.props", "r.shared", READINGS["Person"])
    statements: list[Statement] = [
        unmark,
        ("UNWIND $ids AS id MATCH (p:Person {id: id}) DETACH DELETE p", {"ids": gone}),
        (
            "UNWIND $rows AS r CREATE (p:Person {id: r.id}) SET p += r.props",
            {
                "rows": [
                    {"id": p, "props": {"key": key, "search": search}}
                    for p in sorted(persons - set(nodes))
                ]
            },
        ),
        (
            "UNWIND $rows AS r MATCH (a:Article {id: r.a}) MATCH (p:Person {id: r.p})"
            f" CREATE (a)-[m:MENTIONS]->(p) SET {mentioned}",
            {"rows": new_mentions},
        ),
    ]
    # What each edge that is rewritten or made gets: its entries and tenure's digest; a
    # paged one's pages keep what stays on them, and an edge that goes takes its pages.
    written = {e: {**wanted[e], **kept(e[0], new[e].values())} for e in [*changed, *made]}
    repaged: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in changed:
        if e in name.paged:
            written[e], pages, n = kept_apart(written[e], name.paged[e])
            repaged[e[0]].append({"a": e[1], "b": e[2], "pages": pages, "paged": n})
    for kind, rows in sorted(repaged.items()):
        statements += page_writes(store, kind, rows)
    for kind in sorted({e[0] for e in stale if e in name.paged}):
        statements += unpage(
            kind, [[p, x] for k, p, x in stale if k == kind and (k, p, x) in name.paged]
        )
    lists, dates = entry_sets(store)
    for kind, label in sorted({(e[0], kind_of(e[2])) for e in [*stale, *made, *changed]}):
        pattern = f"(p:Person {{id: r.p}})-[h:{kind}]->(x:{label} {{id: r.x}})"
        statements.append(
            (
                f"UNWIND $rows AS r MATCH {pattern} DELETE h",
                {
                    "rows": [
                        {"p": p, "x": x} for k, p, x in stale if (k, kind_of(x)) == (kind, label)
                    ]
                },
            )
        )
        rows = [
            {"p": p, "x": x, "props": written[(k, p, x)]}
            for k, p, x in changed
            if (k, kind_of(x)) == (kind, label)
        ]
        # In place: a kill half-way leaves the moved articles incomplete, and their
        # retraction sets the dates again.
        statements += set_entries(store, f"UNWIND $rows AS r MATCH {pattern}", rows)
        statements.append(
            (
                f"UNWIND $rows AS r MATCH (p:Person {{id: r.p}}) MATCH (x:{label} {{id: r.x}})"
                f" CREATE (p)-[h:{kind}]->(x) SET {lists}, {', '.join(dates)}",
                {
                    "rows": [
                        {"p": p, "x": x, "props": written[(k, p, x)]}
                        for k, p, x in made
                        if (k, kind_of(x)) == (kind, label)
                    ]
                },
            )
        )
    # The persons' readings in the same write, as if the mentions that go were gone: a
    # kill before a later pass would leave those it made without a name, and the rerun,
    # finding nothing to move, would not read them again.
    statements += refresh(sorted(persons), going=have - want)
    # The mentions that go last, once the entries have moved: a retraction of an article
    # cut short finds its entries (and the persons to read again) from its mentions, and
    # a namesake who stays keeps his edges.
    statements.append(
        (
            "UNWIND $rows AS r MATCH (a:Article {id: r[0]})-[m:MENTIONS]->(p:Person {id: r[1]})"
            " DELETE m",
            {"rows": sorted(have - want)},
        )
    )
    statements.append(mark)
    # A statement costs a round trip even with nothing to do: a moved unit is a few rows.
    store.write([(cypher, params) for cypher, params in statements if any(params.values())])


def _by_source(props: dict[str, Any]) -> dict[str, str]:
    """An edge's packed entries by source, from what `edge_props` writes."""
    return dict(zip(props[SOURCES], props[ENTRIES], strict=True))
