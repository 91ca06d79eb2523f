"""Analysts' decisions: record a merge, a split, a correction of a holding or an undo,
then settle the graph.

A decision names units (see graph/derive/identity.py), read from the persons as they are when
it is made, and goes into the decisions file; the graph is then settled again with
every decision in force, as every later load does: the name the decision is about is
regrouped, and what follows from its persons derived again. A merge or split only moves a
person's entries between that name's persons; a correction sets a holding's entries
aside (graph/derive/corrections.py), where an undo finds them.
"""

from __future__ import annotations

import getpass
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from graph.derive.corrections import placed_post
from graph.derive.decisions import (
    Decision,
    DecisionError,
    append_decision,
    in_force,
    read_decisions,
)
from graph.derive.identity import read_units, separates
from graph.derive.passes import settle
from graph.model import Model, edge_entries
from graph.store.base import Store, with_pages
from loaders.gazetteer import Gazetteer


@dataclass(frozen=True)
class Outcome:
    """A decision made, and the persons of its name afterwards."""

    decision: Decision
    persons: list[str]


def _key(store: Store, person: str) -> str:
    key = store.run("MATCH (p:Person {id: $id}) RETURN p.key", {"id": person}).scalar()
    if not key:
        raise DecisionError(f"no person {person!r} in the graph (ids as `kg resolve` lists them)")
    return str(key)


def _article_ids(articles: Sequence[str]) -> set[str]:
    """Articles as an analyst names them (the file, or its id) as graph ids."""
    return {a if a.startswith("article:") else f"article:{a}" for a in articles}


def units_of(store: Store, person: str, articles: Sequence[str] = ()) -> list[str]:
    """The units a person stands on now, only those of some articles if given."""
    units, placed, _ = read_units(store, _key(store, person))
    wanted = _article_ids(articles)
    return sorted(
        u.id
        for u in units
        if person in placed.get(u.id, set()) and (not wanted or u.article in wanted)
    )


def _new(past: list[Decision], op: str, key: str, **fields: object) -> Decision:
    return Decision(
        id=(past[-1].id + 1) if past else 1,
        op=op,
        key=key,
        at=datetime.now(UTC).isoformat(timespec="seconds"),
        by=getpass.getuser(),
        **fields,  # type: ignore[arg-type]
    )


def merge(store: Store, gaz: Gazetteer, path: Path, a: str, b: str, note: str = "") -> Outcome:
    """Record that two persons of one name are one, and settle the graph."""
    key = _key(store, a)
    if _key(store, b) != key:
        raise DecisionError(f"{a} and {b} have different names; only namesakes can be merged")
    if a == b:
        raise DecisionError(f"{a} is already one person")
    left, right = units_of(store, a), units_of(store, b)
    past = read_decisions(path)
    _refuse_reversal(past, key, "split", left, right)
    decision = _new(past, "merge", key, left=tuple(left), right=tuple(right), note=note)
    return _decide(store, gaz, path, decision)


def split(
    store: Store,
    gaz: Gazetteer,
    path: Path,
    a: str,
    b: str | None = None,
    articles: Sequence[str] = (),
    note: str = "",
) -> Outcome:
    """Record that two persons are two (`b`), or that a person's mentions in some
    articles are another person's (`articles`), and settle the graph."""
    key = _key(store, a)
    if b is not None:
        if _key(store, b) != key or a == b:
            raise DecisionError(f"{a} and {b} are not two persons of one name")
        left, right = units_of(store, a), units_of(store, b)
    else:
        if not articles:
            raise DecisionError("split needs a second person or --article")
        left = units_of(store, a, articles)
        right = sorted(set(units_of(store, a)) - set(left))
        if not left:
            raise DecisionError(f"{a} is not mentioned in {', '.join(articles)}")
        if not right:
            raise DecisionError(f"{a} is mentioned in no other article: nothing to split from")
    past = read_decisions(path)
    _refuse_reversal(past, key, "merge", left, right)
    decision = _new(past, "split", key, left=tuple(left), right=tuple(right), note=note)
    return _decide(store, gaz, path, decision)


def _holding(store: Store, person: str, post: str, articles: Sequence[str]) -> list[str]:
    """The units of a person's entries on a post, only those of some articles if given."""
    row = store.run(
        "MATCH (p:Person {id: $p})-[h:HOLDS]->(x:Post {id: $x}) RETURN properties(h)",
        {"p": person, "x": post},
    ).rows
    if not row:
        raise DecisionError(f"{person} holds no post {post!r} (posts as `kg timeline` lists them)")
    wanted = _article_ids(articles)
    edge = ("HOLDS", person, post)
    out = sorted(
        f"{s}#{e['units']}"
        for s, e in edge_entries("HOLDS", with_pages(store, {edge: row[0][0]})[0][edge]).items()
        if not wanted or s in wanted
    )
    if not out:
        raise DecisionError(f"no article of {', '.join(articles)} has {person} holding {post}")
    return out


def reject(
    store: Store,
    gaz: Gazetteer,
    path: Path,
    person: str,
    post: str,
    articles: Sequence[str] = (),
    note: str = "",
) -> Outcome:
    """Record that the articles misread a person's holding of a post (only some
    articles' reports of it, if given), and settle the graph."""
    key = _key(store, person)
    left = _holding(store, person, post, articles)
    past = read_decisions(path)
    decision = _new(past, "reject", key, left=tuple(left), post=post, note=note)
    return _decide(store, gaz, path, decision)


def place(
    store: Store,
    gaz: Gazetteer,
    path: Path,
    person: str,
    post: str,
    province: str,
    articles: Sequence[str] = (),
    note: str = "",
) -> Outcome:
    """Record that a person's holding of a post is of the same title in `province`
    (canonical; '' for the central post), and settle the graph."""
    key = _key(store, person)
    left = _holding(store, person, post, articles)
    title = store.run("MATCH (x:Post {id: $id}) RETURN x.title", {"id": post}).scalar()
    to, _ = placed_post(Model(gaz), str(title or ""), province)
    if to == post:
        raise DecisionError(f"{post} is already the post of {title} in {province or 'the centre'}")
    past = read_decisions(path)
    decision = _new(
        past, "place", key, left=tuple(left), post=post, to=to, province=province, note=note
    )
    return _decide(store, gaz, path, decision)


def undo(store: Store, gaz: Gazetteer, path: Path, decision_id: int | None = None) -> Outcome:
    """Withdraw a decision (the latest in force by default), and settle the graph."""
    past = read_decisions(path)
    force = in_force(past)
    if not force:
        raise DecisionError(f"{path}: no decision in force to undo")
    chosen = next((d for d in force if d.id == decision_id), None) if decision_id else force[-1]
    if chosen is None:
        raise DecisionError(f"{path}: no decision {decision_id} in force")
    decision = _new(past, "undo", chosen.key, undoes=chosen.id)
    return _decide(store, gaz, path, decision)


def _refuse_reversal(
    past: list[Decision], key: str, op: str, left: list[str], right: list[str]
) -> None:
    """A merge of what a split in force keeps apart (or the reverse) is refused: undo it."""
    for d in in_force(past):
        if d.key == key and d.op == op and separates(d, set(left), set(right)):
            raise DecisionError(f"decision {d.id} ({d.op}) says otherwise; undo it first")


def _decide(store: Store, gaz: Gazetteer, path: Path, decision: Decision) -> Outcome:
    append_decision(path, decision)
    settle(store, gaz, lambda: read_decisions(path), whole=False)
    rows = store.run(
        "MATCH (p:Person {key: $k}) RETURN p.id ORDER BY p.id", {"k": decision.key}
    ).rows
    return Outcome(decision, [r[0] for r in rows])
