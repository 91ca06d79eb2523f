"""Tenures from the evidence: when each holding started and ended, its status, the terms
it falls in, and who came before and after in a single-holder post.

Everything here is derived from the fact edges alone (each HOLDS edge's dated sources
and the change each reports), so it is recomputed whole after every load or import and
never depends on load order. The derived values are written onto the HOLDS edge, which
is the occupancy: `start`, `end`, `ended_by`, `status`, `in_terms`, `predecessor`,
`successor`; onto a post of a province merged away, `successor`: the same title in
the province it merged into; and onto each person, what `changes` finds the newest
by: `first_held`, `last_change`, `last_change_kind`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from graph.dates import days, first_day
from graph.derive.scope import LABEL, Scope, settled
from graph.model import Model, by_kind, edge_entries, kind_of, post_id
from graph.schema import CACHED, ENTRIES, NODE_DERIVED, SOURCES
from graph.schema import DERIVED as SCHEMA_DERIVED
from graph.store.base import Statement, Store, set_each, with_pages
from graph.store.pages import PAGED
from loaders.gazetteer import Gazetteer
from loaders.text import key

# "begin": when the holding began, its reported start or first sighting if earlier; the
# one place that rule is computed (queries, the CLI and networks read it).
DERIVED = SCHEMA_DERIVED["HOLDS"]

# Term bodies whose terms are national: one term for every province.
_CENTRAL = ("central_party", "national_assembly")


@dataclass
class Occupancy:
    """One person's holding of one post, with its sources read back from the edge."""

    person: str
    post: str
    title: str
    province: str | None
    organ: str | None
    organ_name: str | None
    entries: list[tuple[str, str, str]]  # (seen, change, term) as `notable` picks them
    sources: int
    old: dict[str, Any]
    first: str | None = None
    last: str | None = None
    start: str | None = None
    end: str | None = None
    ended_by: str | None = None
    in_terms: list[str] = field(default_factory=list)
    predecessor: str | None = None
    successor: str | None = None
    digested: bool = True  # its entries came from the edge's `notable`, still in step

    def begin(self) -> str | None:
        return min(d for d in (self.start, self.first) if d) if self.start or self.first else None

    def finish(self) -> str | None:
        return self.end or self.last

    def derived(self, status: str) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "begin": self.begin(),
            "ended_by": self.ended_by,
            "status": status,
            "in_terms": self.in_terms,
            "predecessor": self.predecessor,
            "successor": self.successor,
        }


@dataclass(frozen=True)
class _Term:
    id: str
    span: tuple[str, str] | None  # [from, to) as YYYY-MM-DD


_OF_PERSONS = "MATCH (p:Person) WHERE p.id IN $ids MATCH (p)-[h:HOLDS]->(post:Post)"
_HOLDINGS = {
    "all": "MATCH (p:Person)-[h:HOLDS]->(post:Post)",
    "posts": "MATCH (post:Post) WHERE post.id IN $ids MATCH (p:Person)-[h:HOLDS]->(post)",
    "persons": _OF_PERSONS,
    # Those of some persons that report a change, or whose notable entries are not yet
    # picked: what a person's other holdings can follow from (`_person_ends`,
    # `_promotions`).
    "changes": _OF_PERSONS
    + " WHERE h.notable IS NULL OR any(n IN h.notable WHERE NOT n STARTS WITH $printed)",
}

# Of a holding's entries, the derivation needs those that report a change and the terms
# printed (`notable`): each as (seen, change, term); a term printed without a change once.
# They are kept on the edge, packed and sorted, so that a post seen in thousands of
# articles is not read whole: the load adds a batch's own (`notable_rows`, merged by
# `NOTABLE`), and this pass picks them from the lists only for a holding that has none
# (one an article's retraction or a regrouping of persons rewrote).


def notable(entries: Iterable[dict[str, Any]]) -> list[str]:
    """The packed, sorted entries the derivation needs of a holding's entries (their
    fields, as `edge_entries` gives them)."""
    changed, printed = notable_rows(entries)
    return sorted(changed + printed)


def kept(kind: str, entries: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """What tenure keeps of a fact edge's entries (schema `cached`), for a pass that
    writes them whole: tenure then need not read them again."""
    return {"notable": notable(entries)} if "notable" in CACHED.get(kind, ()) else {}


def notable_rows(entries: Iterable[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """Of a holding's entries (their fields), the packed (seen, change, term) of those
    reporting a change, and the packed terms printed without one (each once), for
    `NOTABLE`."""
    changed, printed = [], set()
    for e in entries:
        seen, change, term = e["seen"], e["changes"], e["terms"]
        if change:
            changed.append(_pack((seen, change, term)))
        elif term:
            printed.add(_pack(("", "", term)))
    return sorted(changed), sorted(printed)


# Cypher: a HOLDS edge `h`'s notable entries with row `r`'s (`r.changed`, `r.printed`
# from `notable_rows`) merged in, kept sorted; a printed term already there is not added
# again. Null (not yet picked) stays null, but a new edge (no sources yet) starts one.
NOTABLE = (
    "CASE WHEN h.notable IS NULL AND h.sources IS NOT NULL THEN null ELSE reduce("
    "acc = coalesce(h.notable, []), x IN r.changed + [t IN r.printed WHERE NOT t IN"
    " coalesce(h.notable, [])] | [y IN acc WHERE y < x] + [x] + [y IN acc WHERE y >= x]) END"
)


def _read(store: Store, of: str = "all", ids: Sequence[str] = ()) -> list[Occupancy]:
    """Every holding, or those of some posts or persons, with its entries."""
    rows = store.run(
        _HOLDINGS[of] + " OPTIONAL MATCH (post)-[:IN_ORGAN]->(o:Organ)"
        " RETURN p.id, post.id, post.title, post.province, o.id, o.name, h.notable,"
        " size(h.sources) + coalesce(h.paged, 0), h.first_seen, h.last_seen, "
        + ", ".join(f"h.{x}" for x in DERIVED)
        + " ORDER BY p.id, post.id",
        {"ids": sorted(ids), "printed": _PRINTED},
    ).rows
    out = []
    missing = [[row[0], row[1]] for row in rows if row[6] is None]
    fresh = {}
    for i in range(0, len(missing), 1000):
        read = store.run(
            "UNWIND $pairs AS r MATCH (p:Person {id: r[0]})-[h:HOLDS]->(post:Post {id: r[1]})"
            " RETURN p.id, post.id, h.sources, h.entries, h.paged",
            {"pairs": missing[i : i + 1000]},
        ).rows
        edges = {
            ("HOLDS", person, post): {SOURCES: sources, ENTRIES: entries, PAGED: paged}
            for person, post, sources, entries, paged in read
        }
        for (_, person, post), props in with_pages(store, edges)[0].items():
            fresh[(person, post)] = notable(edge_entries("HOLDS", props).values())
    for row in rows:
        person, post, title, province, organ, organ_name, kept, n, first, last = row[:10]
        old = dict(zip(DERIVED, row[10:], strict=True))
        out.append(
            Occupancy(
                person,
                post,
                title or "",
                province,
                organ,
                organ_name,
                [_unpack(e) for e in (fresh.get((person, post), []) if kept is None else kept)],
                n,
                old,
                first,
                last,
                digested=kept is not None,
            )
        )
    return out


def _pack(entry: tuple[str, str, str]) -> str:
    return "\t".join(x or "" for x in entry)


# How a notable entry of a term printed without a change starts (its seen and change
# empty); an entry that reports a change never does.
_PRINTED = _pack(("", "", ""))


def _unpack(text: str) -> tuple[str, str, str]:
    seen, change, term = text.split("\t")
    return seen, change, term


def _digests(occupancies: Sequence[Occupancy]) -> list[Statement]:
    """Keep the entries picked of holdings that had no `notable`, for the next pass."""
    rows = [
        {"p": o.person, "x": o.post, "n": sorted(_pack(e) for e in o.entries)}
        for o in occupancies
        if not o.digested
    ]
    return [
        (
            "UNWIND $rows AS r MATCH (:Person {id: r.p})-[h:HOLDS]->(:Post {id: r.x})"
            " SET h.notable = r.n",
            {"rows": rows[i : i + 1000]},
        )
        for i in range(0, len(rows), 1000)
    ]


def _day_before(iso: str) -> str:
    return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()


class Tenures:
    """The derivation, with the gazetteer's single-holder titles, term bodies and periods."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.rules = gaz.tenure
        self.model = Model(gaz)
        self.parent = {o.name: o.parent for o in gaz.organs}
        self.merged = gaz.mergers()
        self.person_end = {key(v) for v in self.rules.end_person}

    def single(self, title: str) -> bool:
        head = self.model.head(title)
        return head is not None and key(head) in self.rules.single_holder

    def body(self, organ_name: str | None) -> str | None:
        """The term body an organ serves: its own or its nearest ancestor's, not through an
        organ whose children are appointed (a department under the People's Committee)."""
        name, first = organ_name, True
        while name:
            if name in self.rules.term_bodies:
                if first or name not in self.rules.appointed_under:
                    return self.rules.term_bodies[name]
                return None
            name, first = self.parent.get(name), False
        return None

    def derive(self, store: Store, scope: Scope | None = None) -> int:
        """Recompute the derived values of every holding, or only of those `scope`'s
        changes can reach; returns how many edges changed."""
        newest = store.run("MATCH (a:Article) RETURN max(a.date)").rows[0][0]
        term_rows = store.run(
            "MATCH (t:Term) RETURN t.id, t.body, t.ordinal, t.province, t.period ORDER BY t.id"
        ).rows
        terms = self._terms(term_rows)
        reach = None
        if scope is None or scope.too_wide() or scope.retracted > (newest or ""):
            occupancies = _read(store)
            rows = self._derived(occupancies, terms, newest)
            statements = _held_in(store, occupancies)
        else:
            periods = {row[0]: row[4] for row in term_rows}
            reach = self._reach(store, scope, scope.changed_terms(periods))
            occupancies = reach.occupancies
            latest = _latest_in(store, reach.units)
            derived = self._derived(occupancies, terms, newest, latest)
            rows = list(
                {
                    (r["p"], r["x"]): r
                    for r in [r for r in derived if (r["p"], r["x"]) in reach.settled]
                    + self._aged(store, newest, reach.settled)
                    + self._statuses(store, latest, reach.settled, newest)
                }.values()
            )
            statements = _held_in(store, occupancies, reach)
        match = "UNWIND $rows AS r MATCH (:Person {id: r.p})-[h:HOLDS]->(:Post {id: r.x})"
        statements += [
            statement
            for i in range(0, len(rows), 1000)
            for statement in set_each(match, "h", DERIVED, rows[i : i + 1000])
        ]
        statements += _digests(occupancies)
        posts = self._post_successors(store)
        if posts:
            statements.append(
                (
                    "UNWIND $rows AS r MATCH (x:Post {id: r[0]}) SET x.successor = r[1]",
                    {"rows": posts},
                )
            )
        if statements:
            store.write(statements)
        # The persons of every holding derived again, not only of those that changed: a
        # rerun after a kill here finds the same ones, their holdings already written.
        date_persons(
            store, None if reach is None else reach.persons | {p for p, _ in reach.settled}
        )
        return len(rows)

    def _derived(
        self,
        occupancies: list[Occupancy],
        terms: dict[tuple[str, str | None], list[_Term]],
        newest: str | None,
        latest: dict[str, str] | None = None,
    ) -> list[dict[str, Any]]:
        """The holdings whose derived values differ from those on their edges, with the
        new values; every step reads only the holdings given (and `latest`, the latest
        sightings of organs only some of whose holdings are given, `_latest_in`)."""
        for o in occupancies:
            self._own_evidence(o)
        self._person_ends(occupancies)
        self._promotions(occupancies)
        self._successions(occupancies)
        self._mergers(occupancies)
        latest = {**self._latest_by_organ(occupancies), **(latest or {})}
        rows = []
        for o in occupancies:
            o.in_terms = self._in_terms(o, terms)
            new = o.derived(self._status(o, latest, newest))
            if new != o.old:
                rows.append({"p": o.person, "x": o.post, "props": new})
        return rows

    def _reach(self, store: Store, scope: Scope, changed_terms: set[str]) -> _Reach:
        """The holdings to derive again, each beside its person's other holdings that
        report a change (or whose notable entries are not yet picked). A holding's values
        follow from those (ends reported on another post, promotions:
        `_HOLDINGS["changes"]`), the holders of its post if it has one holder at a time
        (successions), the terms it can fall in, and its organ's latest sighting
        (status): so every holding of a touched person is derived again, and every
        holding of such a person's single-holder posts, of a touched single-holder post,
        and of a post serving a term whose period changed. The other holdings of their
        posts and organs can only change status (`_statuses`)."""
        persons = [
            row[0]
            for row in store.run(
                "UNWIND $keys AS k MATCH (p:Person {key: k}) RETURN p.id",
                {"keys": sorted(scope.keys)},
            ).rows
        ]
        touched = _read(store, "persons", persons)
        posts = set(scope.posts) | {o.post for o in touched}
        serving = by_kind(self._serving(store, changed_terms) if changed_terms else ())
        whole = set(serving.get("Post", [])) | {
            row[0]
            for row in store.run(
                "MATCH (o:Organ) WHERE o.id IN $ids MATCH (x:Post)-[:IN_ORGAN]->(o) RETURN x.id",
                {"ids": serving.get("Organ", [])},
            ).rows
        }
        units: set[str] = set()
        for post, title, organ in store.run(
            "UNWIND $ids AS id MATCH (x:Post {id: id}) OPTIONAL MATCH (x)-[:IN_ORGAN]->(o:Organ)"
            " RETURN x.id, x.title, o.id",
            {"ids": sorted(posts | whole)},
        ).rows:
            units.add(organ or post)
            if self.single(title or ""):
                whole.add(post)
        core = {(o.person, o.post): o for o in touched}
        for o in _read(store, "posts", sorted(whole)):
            core.setdefault((o.person, o.post), o)
        context = [
            o
            for o in _read(store, "changes", sorted({p for p, _ in core} - set(persons)))
            if (o.person, o.post) not in core
        ]
        # A term the increment named that no post is held in is new, or was taken away
        # with an article's old version and made again, its HELD_IN edges gone: the
        # posts whose holdings count in it match theirs again.
        bare = store.run(
            "UNWIND $ids AS id MATCH (t:Term {id: id}) WHERE NOT (:Post)-[:HELD_IN]->(t)"
            " RETURN t.id",
            {"ids": sorted(scope.terms)},
        ).rows
        counted = {post for post, _ in _counted_in(store, {row[0] for row in bare})}
        return _Reach(
            [*core.values(), *context], set(core), posts | whole | counted, units, set(persons)
        )

    def _statuses(
        self,
        store: Store,
        latest: dict[str, str],
        settled: set[tuple[str, str]],
        newest: str | None,
    ) -> list[dict[str, Any]]:
        """The holdings outside `settled` of these organs and organless posts (each →
        its latest sighting) whose status changes: nothing but that latest sighting
        changed for them, so only those current, or now seen last there, are read."""
        rows = _in_units(
            store,
            latest.items(),
            " MATCH (p:Person)-[h:HOLDS]->(x)"
            " WHERE h.status = 'current' OR (h.ended_by IS NULL AND h.last_seen >= r[1])"
            " RETURN p.id, x.id, r[0], h.last_seen, " + ", ".join(f"h.{x}" for x in DERIVED),
        )
        out = []
        for person, post, unit, last, *values in rows:
            if (person, post) in settled:
                continue
            old = dict(zip(DERIVED, values, strict=True))
            held = Occupancy(
                person, post, "", None, unit, None, [], 0, old, last=last, ended_by=old["ended_by"]
            )
            status = self._status(held, latest, newest)
            if status != old["status"]:
                out.append({"p": person, "x": post, "props": {**old, "status": status}})
        return out

    def _serving(self, store: Store, term_ids: set[str]) -> set[str]:
        """The organs (or posts without one) whose holdings can fall in these terms."""
        wanted = {
            (body, None if body in _CENTRAL else province)
            for body, province in store.run(
                "UNWIND $ids AS id MATCH (t:Term {id: id}) RETURN t.body, t.province",
                {"ids": sorted(term_ids)},
            ).rows
        }
        bodies = {body for body, _ in wanted}
        out = set()
        for post, province, organ, name in store.run(
            "MATCH (x:Post) OPTIONAL MATCH (x)-[:IN_ORGAN]->(o:Organ)"
            " RETURN x.id, x.province, o.id, o.name"
        ).rows:
            body = self.body(name)
            if body in bodies and (body, None if body in _CENTRAL else province) in wanted:
                out.add(organ or post)
        # A term taken away: the holdings that named it are where it was printed.
        return out | {organ or post for post, organ in _counted_in(store, term_ids)}

    def _aged(
        self, store: Store, newest: str | None, settled: set[tuple[str, str]]
    ) -> list[dict[str, Any]]:
        """Holdings current until the newest article moved past their recent window:
        nothing else about them changed, so they are read alone and only their status
        moves to unknown."""
        if not newest:
            return []
        window = self.rules.current_within_days
        cutoff = (date.fromisoformat(first_day(newest)) - timedelta(days=window)).isoformat()
        rows = store.run(
            "MATCH (p:Person)-[h:HOLDS]->(x:Post) WHERE h.status = 'current'"
            " AND h.last_seen < $cutoff RETURN p.id, x.id, properties(h)",
            {"cutoff": cutoff},
        ).rows
        out = []
        for person, post, props in rows:
            if (person, post) not in settled and days(props["last_seen"], newest) > window:
                old = {x: props.get(x) for x in DERIVED}
                out.append({"p": person, "x": post, "props": {**old, "status": "unknown"}})
        return out

    # Steps, each over all occupancies --------------------------------------------

    def _own_evidence(self, o: Occupancy) -> None:
        """Start and end from what the edge's own sources report."""
        starts = sorted(d for d, c, _ in o.entries if d and c.startswith("start:"))
        o.start = starts[0] if starts else None
        ends = sorted((d, c) for d, c, _ in o.entries if d and c.startswith("end:"))
        if ends and o.last and ends[-1][0] >= o.last:
            o.end, o.ended_by = ends[-1][0], ends[-1][1]
        elif not o.last and o.sources:
            o.ended_by = "former"  # known only as a former post

    def _person_ends(self, occupancies: list[Occupancy]) -> None:
        """Retirement or death reported on one post ends every post held until then."""
        leaving: dict[str, tuple[str, str]] = {}
        for o in occupancies:
            for d, c, _ in o.entries:
                verb = c.partition(":")[2]
                if c.startswith("end:") and verb in self.person_end and d:
                    leaving[o.person] = max(leaving.get(o.person, (d, c)), (d, c))
        for o in occupancies:
            left = leaving.get(o.person)
            if left and not o.ended_by and o.last and o.last <= left[0]:
                o.end, o.ended_by = left[0], left[1]

    def _promotions(self, occupancies: list[Occupancy]) -> None:
        """A post started in the same organ ends the person's other post there
        (Phó Chủ tịch Thường trực elected Chủ tịch); memberships (Ủy viên) stay."""
        by_person: dict[str, list[Occupancy]] = defaultdict(list)
        for o in occupancies:
            by_person[o.person].append(o)
        for held in by_person.values():
            for o in held:
                if o.ended_by or not o.last or not o.organ or key(o.title).startswith("ủy viên"):
                    continue
                later = [
                    other.start
                    for other in held
                    if other is not o
                    and other.organ == o.organ
                    and other.start
                    and other.start >= o.last
                    and (not o.start or other.start > o.start)
                ]
                if later:
                    o.end, o.ended_by = min(later), "promoted"

    def _mergers(self, occupancies: list[Occupancy]) -> None:
        """Posts of a province merged away end the day before the merger."""
        merger = self.rules.merger_date
        for o in occupancies:
            if o.province in self.merged and not o.ended_by and o.last and o.last < merger:
                o.end, o.ended_by = _day_before(merger), "merged"

    def _successions(self, occupancies: list[Occupancy]) -> None:
        """Holders of a single-holder post in order; a later holder ends the earlier."""
        by_post: dict[str, list[Occupancy]] = defaultdict(list)
        for o in occupancies:
            if o.begin() and self.single(o.title):
                by_post[o.post].append(o)
        for holders in by_post.values():
            holders.sort(key=lambda o: (o.begin() or "", o.finish() or "", o.person))
            for before, after in pairwise(holders):
                before.successor, after.predecessor = after.person, before.person
                begin = after.begin() or ""
                if not before.ended_by and before.last and before.last <= begin:
                    before.end, before.ended_by = begin, "successor"

    def _latest_by_organ(self, occupancies: list[Occupancy]) -> dict[str, str]:
        latest: dict[str, str] = {}
        for o in occupancies:
            where = o.organ or o.post
            if o.last and o.last > latest.get(where, ""):
                latest[where] = o.last
        return latest

    def _status(self, o: Occupancy, latest: dict[str, str], newest: str | None) -> str:
        if o.ended_by:
            return "ended"
        if not o.last or not newest:
            return "unknown"
        covered = o.last >= latest.get(o.organ or o.post, "")
        recent = days(o.last, newest) <= self.rules.current_within_days
        return "current" if covered and recent else "unknown"

    # Terms ------------------------------------------------------------------------

    def _terms(self, rows: Sequence[Sequence[Any]]) -> dict[tuple[str, str | None], list[_Term]]:
        """Terms (id, body, ordinal, province, period rows) by body and place, with spans."""
        out: dict[tuple[str, str | None], list[_Term]] = defaultdict(list)
        for id_, body, ordinal, province, period in rows:
            period = period or self.rules.periods.get((body, ordinal))
            turnover = self.rules.turnover.get(body)
            span = None
            if period and turnover:
                first, last = period.split("-")
                span = (f"{first}-{turnover}", f"{last}-{turnover}")
            out[(body, province)].append(_Term(id_, span))
        return out

    def _in_terms(
        self, o: Occupancy, terms: dict[tuple[str, str | None], list[_Term]]
    ) -> list[str]:
        """The terms of the post's body printed with the holding, and those its dates
        overlap; a holding that ended just after a term began does not count in it, nor
        does one that reaches a term only by an end inferred after its last sighting (a
        successor's start): its reported end, else its last sighting, bounds it."""
        body = self.body(o.organ_name)
        printed = {t for _, c, t in o.entries if t and c != "former"}
        if not body:
            return sorted(printed)
        out = {t for t in printed if t.split(":")[1] == body}
        reported = (o.ended_by or "").startswith("end:")
        begin, finish = o.begin(), (o.end if reported else None) or o.last
        if not begin or not finish:
            return sorted(out)
        place = None if body in _CENTRAL else o.province
        begin, finish = first_day(begin), first_day(finish)
        for t in terms.get((body, place), []):
            if not t.span or finish < t.span[0] or begin >= t.span[1]:
                continue
            if o.ended_by and days(t.span[0], finish) < self.rules.grace_days:
                continue
            out.add(t.id)
        return sorted(out)

    def _post_successors(self, store: Store) -> list[list[str | None]]:
        """Posts of a province merged away whose successor changed, each with its title's
        post in the new province (None when that post is not in the graph, or goes with
        the posts nothing points at, graph/derive/unpointed.py)."""
        rows = store.run(
            "MATCH (x:Post) WHERE x.province IN $merged RETURN x.id, x.title, x.province,"
            " x.successor",
            {"merged": sorted(self.merged)},
        ).rows
        targets = {id_: post_id(title, self.merged[province]) for id_, title, province, _ in rows}
        found = {
            row[0]
            for row in store.run(
                "UNWIND $ids AS id MATCH (x:Post {id: id}) WHERE ()-->(x) RETURN x.id",
                {"ids": sorted(set(targets.values()))},
            ).rows
        }
        out: list[list[str | None]] = []
        for id_, _, _, old in rows:
            new = targets[id_] if targets[id_] in found else None
            if new != old:
                out.append([id_, new])
        return out


@dataclass
class _Reach:
    """What an increment's changes reach: the holdings to derive (with the other
    holdings of their persons that report a change beside them), those whose values are
    written, the posts whose terms (HELD_IN) to match, the organs of the posts derived
    (an organless post stands for itself), and the persons of the names touched."""

    occupancies: list[Occupancy]
    settled: set[tuple[str, str]]
    posts: set[str]
    units: set[str]
    persons: set[str]  # every person of the names touched, with holdings or none left


# What `changes` calls each dated value of a holding; it sorts a day's changes by it.
CHANGE_KINDS = (("appointed", "start"), ("ended", "end"), ("first seen", "first_seen"))


def date_persons(store: Store, ids: Collection[str] | None = None) -> None:
    """Write what these persons (every person when None) keep of their holdings' dates,
    where those moved, once the holdings' own dates are written: the first day seen
    holding a post, and the day and kind of the first of their changes in the order
    `changes` gives them (newest day, then kind). `changes` walks persons by them from
    an index, where it read every holding of the graph for each answer."""
    dates = (
        " OPTIONAL MATCH (p)-[h:HOLDS]->(:Post) RETURN p.id, "
        + ", ".join(f"p.{k}" for k in NODE_DERIVED["Person"])
        + ", collect(["
        + ", ".join(f"h.{d}" for _, d in CHANGE_KINDS)
        + "])"
    )
    if ids is None:
        rows = store.run("MATCH (p:Person)" + dates).rows
    else:
        rows = store.run(
            "UNWIND $ids AS id MATCH (p:Person {id: id})" + dates, {"ids": sorted(ids)}
        ).rows
    changed = []
    for person, *old, held in rows:
        holdings = [dict(zip((d for _, d in CHANGE_KINDS), days, strict=True)) for days in held]
        news = [(h[d], kind) for h in holdings for kind, d in CHANGE_KINDS if h[d]]
        newest = max((day for day, _ in news), default=None)
        new = {
            "first_held": min((h["first_seen"] for h in holdings if h["first_seen"]), default=None),
            "last_change": newest,
            "last_change_kind": min((k for day, k in news if day == newest), default=None),
        }
        if new != dict(zip(NODE_DERIVED["Person"], old, strict=True)):
            changed.append({"p": person, "props": new})
    match = "UNWIND $rows AS r MATCH (p:Person {id: r.p})"
    store.write(
        [
            statement
            for i in range(0, len(changed), 1000)
            for statement in set_each(match, "p", NODE_DERIVED["Person"], changed[i : i + 1000])
        ]
    )


def date_undated(store: Store) -> None:
    """Date every person of a graph an older partykg settled, which kept no dates on
    persons: `changes` would find no one there. A dated graph is told by one person
    found through the index, one with no dated holding by its first holding; a dating
    cut short leaves its record, and the next open dates again."""
    if not store.run("MATCH ()-[h:HOLDS]->() RETURN count(h)").scalar():
        return
    record = f"MATCH (u:{LABEL} {{id: $id}}) RETURN count(u)"
    if not store.run(record, {"id": _DATING}).scalar() and (
        store.run("MATCH (p:Person) WHERE p.last_change >= '' RETURN p.id LIMIT 1").rows
        or not store.run(
            "MATCH ()-[h:HOLDS]->() WHERE h.first_seen IS NOT NULL RETURN 1 LIMIT 1"
        ).rows
    ):
        return
    store.ensure_schema()  # the index on the dates, which only loads made before
    with store.writing():
        store.write([(f"MERGE (:{LABEL} {{id: $id}})", {"id": _DATING})])
        date_persons(store)
        store.write(settled([_DATING]))


# The record of a dating of every person under way (a settling deletes it too: it names
# nothing to settle).
_DATING = "unsettled:dating"


def _counted_in(store: Store, term_ids: set[str]) -> set[tuple[str, str | None]]:
    """The posts (each with its organ) of the holdings that count in these terms, as
    their edges keep it."""
    if not term_ids:
        return set()
    rows = store.run(
        "MATCH (:Person)-[h:HOLDS]->(x:Post) WHERE any(t IN h.in_terms WHERE t IN $ids)"
        " OPTIONAL MATCH (x)-[:IN_ORGAN]->(o:Organ) RETURN DISTINCT x.id, o.id",
        {"ids": sorted(term_ids)},
    ).rows
    return {(post, organ) for post, organ in rows}


def _in_units(store: Store, rows: Iterable[Sequence[Any]], then: str) -> list[tuple[Any, ...]]:
    """What `then` returns for each row `r`, with `x` each post of the organ the row's
    first item names (or that post, for an organless one)."""
    by_unit = sorted(rows, key=lambda r: str(r[0]))
    return [
        *store.run(
            "UNWIND $rows AS r MATCH (:Organ {id: r[0]})<-[:IN_ORGAN]-(x:Post)" + then,
            {"rows": [r for r in by_unit if kind_of(r[0]) == "Organ"]},
        ).rows,
        *store.run(
            "UNWIND $rows AS r MATCH (x:Post {id: r[0]})" + then,
            {"rows": [r for r in by_unit if kind_of(r[0]) != "Organ"]},
        ).rows,
    ]


def _latest_in(store: Store, units: set[str]) -> dict[str, str]:
    """The latest sighting of each organ (or organless post) over all its holdings, as
    `_latest_by_organ` finds it among the holdings it is given, for a derivation given
    only some of them."""
    return dict(
        _in_units(
            store,
            [[u] for u in units],
            " MATCH (:Person)-[h:HOLDS]->(x) WHERE h.last_seen IS NOT NULL"
            " RETURN r[0], max(h.last_seen)",
        )
    )


def _held_in(
    store: Store, occupancies: list[Occupancy], reach: _Reach | None = None
) -> list[Statement]:
    """HELD_IN edges from each post to the terms its holdings count in, made to match the
    holdings derived, for the posts `reach` names (every post when None), the terms of
    their other holdings read from their edges: a term's holders are then found through
    its posts, not by reading every holding's terms."""
    want = {
        (o.post, t)
        for o in occupancies
        if reach is None or (o.person, o.post) in reach.settled
        for t in o.in_terms
    }
    if reach is None:
        have = set(store.run("MATCH (x:Post)-[:HELD_IN]->(t:Term) RETURN x.id, t.id").rows)
    else:
        ids = {"ids": sorted(reach.posts)}
        have = set(
            store.run(
                "UNWIND $ids AS id MATCH (x:Post {id: id})-[:HELD_IN]->(t:Term) RETURN x.id, t.id",
                ids,
            ).rows
        )
        want |= {
            (x, t)
            for p, x, terms in store.run(
                "UNWIND $ids AS id MATCH (x:Post {id: id})<-[h:HOLDS]-(p:Person)"
                " RETURN p.id, x.id, h.in_terms",
                ids,
            ).rows
            if (p, x) not in reach.settled
            for t in terms or ()
        }
    out: list[Statement] = []
    if have - want:
        out.append(
            (
                "UNWIND $rows AS r MATCH (x:Post {id: r[0]})-[s:HELD_IN]->(t:Term {id: r[1]})"
                " DELETE s",
                {"rows": sorted(have - want)},
            )
        )
    if want - have:
        out.append(
            (
                "UNWIND $rows AS r MATCH (x:Post {id: r[0]}) MATCH (t:Term {id: r[1]})"
                " MERGE (x)-[:HELD_IN]->(t)",
                {"rows": sorted(want - have)},
            )
        )
    return out


def derive(store: Store, gaz: Gazetteer, scope: Scope | None = None) -> int:
    """Recompute the tenures of the whole graph, or of the part `scope` reaches (see the
    module's docstring)."""
    return Tenures(gaz).derive(store, scope)
