"""What `kg web` builds from the whole graph (the person network, the names search
looks through), kept until the graph changes: a load or a decision changes one of the
counts the store keeps, and the next request rebuilds. Pages stay fast on a large graph
without a rebuild per request."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from graph.store.base import Store

T = TypeVar("T")

# What changes when the graph does: a load (articles, its record) or a decision (persons,
# holdings). Each count alone is one the store keeps, not counted by a scan.
_VERSION = (
    "MATCH (a:Article) RETURN count(a)",
    "MATCH (p:Person) RETURN count(p)",
    "MATCH ()-[h:HOLDS]->() RETURN count(h)",
    "MATCH (r:LastLoad) RETURN r.at",
)


class Kept:
    """Values built from the graph as it stands, each built once until it changes."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._version: tuple[Any, ...] | None = None
        self._values: dict[Hashable, Any] = {}

    def get(self, name: Hashable, build: Callable[[], T]) -> T:
        version = tuple(self.store.run(q).scalar() for q in _VERSION)
        with self._lock:
            if version != self._version:
                self._values.clear()
                self._version = version
            if name not in self._values:
                self._values[name] = build()
            value: T = self._values[name]
            return value
