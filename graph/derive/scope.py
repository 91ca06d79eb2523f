"""What the articles written since the last settling touched, so that the derived passes
redo only that: the name keys and posts they named, the terms they named with the
period each had before, and the latest date of an article taken back.

Each write of a batch first records its part in the store as an `Unsettled` node, and
the passes delete the nodes they settled: a load killed before its passes leaves them
for the next load, and two loads writing at once each leave their own. A facts write
also records its articles; the passes add those written whole to a `Loading` tally,
which the end of a load makes the record of the last load (`kg changes --last-load`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from graph.model import by_kind, key_of
from graph.store.base import Statement, Store, counts

LABEL = "Unsettled"
# The record of the last load that wrote articles (`kg changes --last-load`): when, how
# many, and which (only up to LAST_LOAD_IDS of them: a bulk load is all new anyway).
# Its articles are those settled since the load before it ended, whoever settled them:
# with a kill, the killed run's and its rerun's; with an analyst's decision settling
# in the middle of a load, all of the load's; with two loads at once, those written
# when the first ended are its own.
LAST_LOAD = "LastLoad"
LAST_LOAD_IDS = 50_000
LOADING = "Loading"  # the tally of those settled since, until a load ends
# What the graph keeps of the analysts' decisions the last settling applied (digests):
# the next one regroups only the names of those made, withdrawn or altered since, not
# every name decided.
APPLIED = "Applied"

# Past this many keys and posts, settling everything costs no more than the parts.
WHOLE_AFTER = 2_000

_ABSENT = "(absent)"  # a term's period before: the term was not in the graph (a NUL would not reach FalkorDB)


@dataclass
class Scope:
    """The parts of the graph to settle again."""

    keys: set[str] = field(default_factory=set)
    posts: set[str] = field(default_factory=set)
    terms: dict[str, set[str]] = field(default_factory=dict)  # id → periods seen before
    retracted: str = ""  # the latest date of an article taken back
    articles: set[str] = field(default_factory=set)  # whose facts were written
    records: list[str] = field(default_factory=list)
    whole: bool = False  # a settling of the whole graph was cut short

    def too_wide(self) -> bool:
        return len(self.keys) + len(self.posts) > WHOLE_AFTER

    def changed_terms(self, now: dict[str, str | None]) -> set[str]:
        """Terms made, taken away or given another period since they were recorded."""
        return {
            id_
            for id_, before in self.terms.items()
            if any(b != (now[id_] or "") if id_ in now else b != _ABSENT for b in before)
        }


def record(
    store: Store, named: Iterable[str], retracted: str = "", articles: Sequence[str] = ()
) -> Statement:
    """The statement recording that a write is about to change what `named` nodes
    (ids of any kind) take part in, and to write the facts of `articles`; run it before
    the write, in the same lock."""
    groups = by_kind(named)
    # From the ids, not the persons: one a load placed on a namesake may be gone by now.
    keys = sorted({key_of(p) for p in groups.get("Person", [])})
    terms = groups.get("Term", [])
    periods = dict(
        store.run(
            "UNWIND $ids AS id MATCH (t:Term {id: id}) RETURN t.id, t.period", {"ids": terms}
        ).rows
    )
    props = {
        "keys": keys,
        "posts": groups.get("Post", []),
        "terms": terms,
        "periods": [(periods[t] or "") if t in periods else _ABSENT for t in terms],
        "retracted": retracted,
        "articles": list(articles),
    }
    return _created(props)


def record_whole() -> Statement:
    """The statement recording that a settling of the whole graph is under way: one cut
    short leaves every part to settle again, which no other record names (a name it
    regrouped, then a kill before tenure)."""
    return _created({"whole": True})


def _created(props: Mapping[str, object]) -> Statement:
    """The statement making a record of its own with `props`."""
    return (
        f"CREATE (u:{LABEL} {{id: $id}}) SET u += $props",
        {"id": f"unsettled:{uuid.uuid4().hex}", "props": props},
    )


def pending(store: Store) -> Scope:
    """Everything recorded and not yet settled."""
    scope = Scope()
    for id_, props in store.run(f"MATCH (u:{LABEL}) RETURN u.id, properties(u)").rows:
        scope.records.append(id_)
        scope.keys.update(props.get("keys") or [])
        scope.posts.update(props.get("posts") or [])
        for term, before in zip(props.get("terms") or [], props.get("periods") or [], strict=True):
            scope.terms.setdefault(term, set()).add(before)
        scope.retracted = max(scope.retracted, props.get("retracted") or "")
        scope.articles.update(props.get("articles") or [])
        scope.whole = scope.whole or bool(props.get("whole"))
    return scope


def settled(records: Sequence[str]) -> list[Statement]:
    """The statements deleting the records a settling covered."""
    if not records:
        return []
    return [(f"UNWIND $ids AS id MATCH (u:{LABEL} {{id: id}}) DELETE u", {"ids": list(records)})]


def tallied(store: Store, scope: Scope) -> list[Statement]:
    """The statements adding the articles `scope` settles to the tally of the load under
    way (none when it settles none), each once while the tally lists them (a record
    settled again after a kill names them again); only those written whole count: one
    the database refused was taken back. Past LAST_LOAD_IDS the tally only counts."""
    if not scope.articles:  # a settling of a decision, or of nothing new
        return []
    rows = store.run(f"MATCH (g:{LOADING} {{id: 'loading'}}) RETURN g.count, g.articles").rows
    count, listed = rows[0] if rows else (0, [])
    new = sorted(
        row[0]
        for row in store.run(
            "UNWIND $ids AS id MATCH (a:Article {id: id}) WHERE a.complete RETURN a.id",
            {"ids": sorted(scope.articles - set(listed or []))},
        ).rows
    )
    if not new:
        return []
    listed = [*(listed or []), *new] if count + len(new) <= LAST_LOAD_IDS else []
    return [
        (
            f"MERGE (g:{LOADING} {{id: 'loading'}}) SET g.count = $n, g.articles = $ids",
            {"n": count + len(new), "ids": listed},
        )
    ]


def last_load(at: str) -> Statement:
    """The statement ending a load at `at`: the tally becomes the record of the last load,
    replacing the one before; with no tally (nothing written since), that one stays."""
    return (
        f"MATCH (g:{LOADING} {{id: 'loading'}}) MERGE (r:{LAST_LOAD} {{id: 'last-load'}})"
        " SET r.at = $at, r.count = g.count, r.articles = g.articles DELETE g",
        {"at": at},
    )


def applied(store: Store) -> list[str]:
    """The digests of the decisions the graph was last settled under (none: a graph no
    decision was ever applied to, or an older one)."""
    rows = store.run(f"MATCH (d:{APPLIED} {{id: 'decisions'}}) RETURN d.kept").rows
    return list(rows[0][0] or []) if rows else []


def applying(before: Sequence[str], now: Sequence[str]) -> list[Statement]:
    """The statements recording that the graph is settled under the decisions of digests
    `now`; written with the settling's last write, so that one cut short finds the
    same decisions changed again."""
    if list(before) == list(now):
        return []
    return [(f"MERGE (d:{APPLIED} {{id: 'decisions'}}) SET d.kept = $kept", {"kept": list(now)})]


def graph_counts(store: Store) -> dict[str, dict[str, int]]:
    """The graph's counts by kind, without the records loads keep for the passes and
    for `kg changes`."""
    found = counts(store)
    for label in (LABEL, LAST_LOAD, LOADING, APPLIED):
        found["nodes"].pop(label, None)
    return found
