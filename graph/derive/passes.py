"""What follows from all the facts together, as named passes run in a declared order
after every load, import and identity decision: which mentions are one person (with
the analysts' decisions), the readings of the persons that changed, then every tenure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from graph.derive.decisions import Decision
from graph.derive.identity import resolve
from graph.derive.readings import refresh
from graph.derive.tenure import derive
from graph.store.base import Store
from loaders.gazetteer import Gazetteer


@dataclass
class Settling:
    """What the passes share: the store, the gazetteer, the decisions in force, and the
    node ids an earlier pass rewrote."""

    store: Store
    gaz: Gazetteer
    decisions: Sequence[Decision]
    rewritten: set[str] = field(default_factory=set)


def _identity(s: Settling) -> None:
    s.rewritten |= resolve(s.store, s.decisions, lambda p: s.gaz.canonical_province(p) or p)


def _readings(s: Settling) -> None:
    if s.rewritten:
        s.store.write(refresh(s.rewritten))


def _tenure(s: Settling) -> None:
    derive(s.store, s.gaz)


PASSES: tuple[tuple[str, Callable[[Settling], None]], ...] = (
    ("identity", _identity),
    ("readings", _readings),
    ("tenure", _tenure),
)


def settle(store: Store, gaz: Gazetteer, decisions: Sequence[Decision] = ()) -> None:
    """Run every pass, in order, as one write."""
    with store.writing():
        settling = Settling(store, gaz, decisions)
        for _name, run in PASSES:
            run(settling)
