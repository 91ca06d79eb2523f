"""Python's cyclic garbage collector, paused for work that makes and drops millions of
small objects: reference counting frees nearly all of them, and the collector went over
them again and again (bench/HISTORY.md). The few cycles such work makes (an rdflib graph
and its store) wait for the pause to end, or for `sweep`."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_depth = 0  # pauses under way, in any thread
_was = True  # whether the collector ran before the first of them


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off until the last pause under way ends (whatever thread holds it:
    the setting is the process's), then as it was before the first; however they end."""
    global _depth, _was
    with _lock:
        if _depth == 0:
            _was = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was:
                gc.enable()


def sweep() -> None:
    """Free the cycles made so far, paused or not (a parsed rdflib graph, done with)."""
    gc.collect()
