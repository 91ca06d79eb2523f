"""Data quality: what in the graph an analyst should look at before trusting it. Each
check is one function over the store, reading what it needs; `check` runs them all.

* overlapping holders: two persons seen holding a post one person holds at a time
  (tenure.yaml's single_holder) over the same days;
* provincial posts without a province: a title naming a province's organ ("tỉnh",
  "Tỉnh ủy") that no article placed;
* central posts placed in a province: a post of a central organ with a province;
* conflicting ranks: a later article giving a person a lower rank than an earlier one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import combinations, pairwise

from graph.dates import days
from graph.derive.tenure import Tenures
from graph.store.base import Store
from loaders.gazetteer import Gazetteer
from loaders.text import key


@dataclass(frozen=True)
class Finding:
    check: str
    subject: str  # a node id
    what: str  # the subject as a person reads it
    detail: str


def _overlapping_holders(store: Store, gaz: Gazetteer) -> Iterator[Finding]:
    tenures = Tenures(gaz)
    rows = store.run(
        "MATCH (p:Person)-[h:HOLDS]->(x:Post) WHERE h.first_seen IS NOT NULL"
        " RETURN x.id, x.title, x.province, p.name, h.first_seen, h.last_seen"
    ).rows
    by_post: dict[tuple[str, str, str | None], list[tuple[str, str, str]]] = defaultdict(list)
    for post, title, province, person, first, last in rows:
        if tenures.single(title):
            by_post[(post, title, province)].append((first, last or first, person))
    grace = gaz.tenure.grace_days
    for (post, title, province), held in sorted(by_post.items()):
        for (a_first, a_last, a), (b_first, b_last, b) in combinations(sorted(held), 2):
            if a != b and b_first < a_last and days(b_first, a_last) > grace:
                yield Finding(
                    "overlapping holders", post, f"{title} ({province or 'central'})",
                    f"{a} {a_first}..{a_last} and {b} {b_first}..{b_last}",
                )  # fmt: skip


def _posts_without_province(store: Store, gaz: Gazetteer) -> Iterator[Finding]:
    rows = store.run("MATCH (x:Post) WHERE x.province IS NULL RETURN x.id, x.title").rows
    for post, title in sorted(rows):
        words = key(title or "").split()
        if "tỉnh" in words or key(title or "").endswith("tỉnh ủy"):
            yield Finding("provincial post without a province", post, title, "no article placed it")


def _central_posts_in_a_province(store: Store, gaz: Gazetteer) -> Iterator[Finding]:
    rows = store.run(
        "MATCH (x:Post)-[:IN_ORGAN]->(o:Organ {level: 'central'}) WHERE x.province IS NOT NULL"
        " RETURN x.id, x.title, x.province, o.name"
    ).rows
    for post, title, province, organ in sorted(rows):
        yield Finding(
            "central post placed in a province", post, f"{title} ({province})",
            f"an organ of the centre: {organ}",
        )  # fmt: skip


def _conflicting_ranks(store: Store, gaz: Gazetteer) -> Iterator[Finding]:
    order = {key(r): i for i, r in enumerate(gaz.ranks)}
    rows = store.run(
        "MATCH (a:Article)-[m:MENTIONS]->(p:Person) WHERE m.rank IS NOT NULL"
        " RETURN p.id, p.name, m.rank, coalesce(a.date, '') ORDER BY p.id, a.date"
    ).rows
    seen: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for person, name, rank, day in rows:
        seen[(person, name)].append((day, rank))
    for (person, name), ranks in sorted(seen.items()):
        for (d1, r1), (d2, r2) in pairwise(ranks):
            if d2 > d1 and order.get(key(r2), -1) > order.get(key(r1), -1) >= 0:
                yield Finding("conflicting ranks", person, name, f"{r1} on {d1}, then {r2} on {d2}")
                break


CHECKS: tuple[Callable[[Store, Gazetteer], Iterator[Finding]], ...] = (
    _overlapping_holders,
    _posts_without_province,
    _central_posts_in_a_province,
    _conflicting_ranks,
)


def check(store: Store, gaz: Gazetteer) -> list[Finding]:
    """Every finding of every check, in the order of CHECKS."""
    return [finding for run in CHECKS for finding in run(store, gaz)]
