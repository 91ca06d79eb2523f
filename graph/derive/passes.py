"""What follows from all the facts together, as named passes run in a declared order
after every load, import and analyst's decision: the analysts' corrections of holdings,
which mentions are one person (with their merges and splits, and the readings of the
persons regrouped), every tenure, then the posts and organs nothing points at any
more (which go, from the few nodes of those kinds).
After a load they redo only what its articles reached (graph/derive/scope.py); the
result is the same as settling the whole graph, which tests hold them to."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from graph import collector
from graph.derive.corrections import correct
from graph.derive.decisions import Decision, changed, digest
from graph.derive.identity import resolve
from graph.derive.scope import (
    Scope,
    applied,
    applying,
    pending,
    record,
    record_whole,
    settled,
    tallied,
)
from graph.derive.tenure import derive
from graph.derive.unpointed import collect
from graph.store.base import Store, spill
from loaders.gazetteer import Gazetteer


@dataclass
class Settling:
    """What the passes share: the store, the gazetteer, the decisions in force, and what
    the writes since the last settling reached (None: the whole graph)."""

    store: Store
    gaz: Gazetteer
    decisions: Sequence[Decision]
    scope: Scope | None  # None: the whole graph
    withdrawn: Sequence[Decision] = ()  # applied before, no longer in the file

    def widen(self, keys: Collection[str], posts: Collection[str] = ()) -> None:
        """Settle names and posts the writes did not reach too (those a decision
        changes), recorded first: a settling killed after a pass rewrote them redoes
        what follows from them."""
        if self.scope is None:
            return
        keys, posts = set(keys) - self.scope.keys, set(posts) - self.scope.posts
        if not keys and not posts:
            return
        statement = record(self.store, [*keys, *posts])
        self.store.write([statement])
        self.scope.records.append(statement[1]["id"])
        self.scope.keys |= keys
        self.scope.posts |= posts


def _corrections(s: Settling) -> None:
    correct(s.store, s.decisions, s.gaz, s.widen, s.withdrawn)


def _identity(s: Settling) -> None:
    keys = None if s.scope is None or s.scope.too_wide() else s.scope.keys
    place = s.gaz.canonical_province
    resolve(s.store, s.decisions, lambda p: place(p) or p, keys)


def _tenure(s: Settling) -> None:
    derive(s.store, s.gaz, s.scope)


def _unpointed(s: Settling) -> None:
    collect(s.store)


PASSES: tuple[tuple[str, Callable[[Settling], None]], ...] = (
    ("corrections", _corrections),
    ("identity", _identity),
    ("tenure", _tenure),
    ("unpointed", _unpointed),
)


# The analysts' decisions to settle under, or how to read them once the settling holds
# the write lock (the decisions file: one recorded meanwhile is then applied, not
# withdrawn until the next settling).
Decisions = Sequence[Decision] | Callable[[], Sequence[Decision]]


def settle(store: Store, gaz: Gazetteer, decisions: Decisions = (), whole: bool = True) -> None:
    """Run every pass, in order, as one write: over the whole graph, or (not `whole`)
    over what the writes recorded since the last settling reached and the names of the
    decisions made, withdrawn or altered since."""
    with store.writing(), collector.paused():
        now = {digest(d): d for d in (decisions() if callable(decisions) else decisions)}
        if whole:
            store.write([record_whole()])
        scope = pending(store)
        before = applied(store)
        gone, keys = changed(before, now)
        settling = Settling(store, gaz, list(now.values()), None if scope.whole else scope, gone)
        settling.widen(keys)
        for _name, run in PASSES:
            run(settling)
        spill(store)  # the edges the passes wrote whole, paged as a load pages them
        store.write(tallied(store, scope) + settled(scope.records) + applying(before, list(now)))
