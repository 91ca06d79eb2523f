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
# holdings). Each count is kept by the store, not counted by a scan.
_VERSION = (
    "MATCH (a:Article) WITH count(a) AS articles"
    " MATCH (p:Person) WITH articles, count(p) AS persons"
    " OPTIONAL MATCH (r:LastLoad) RETURN articles, persons, r.at"
)
_HOLDS = "MATCH ()-[h:HOLDS]->() RETURN count(h)"


class Kept:
    """Values built from the graph as it stands, each built once until it changes."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._version: tuple[Any, ...] | None = None
        self._values: dict[Hashable, Any] = {}

    def get(self, name: Hashable, build: Callable[[], T]) -> T:
        version = (*self.store.run(_VERSION).rows[0], self.store.run(_HOLDS).scalar())
        with self._lock:
            if version != self._version:
                self._values.clear()
                self._version = version
            if name not in self._values:
                self._values[name] = build()
            value: T = self._values[name]
            return value
