"""Python's cyclic garbage collector, paused for work that makes and drops many small
objects in no cycle (a settling's units and groups, an export's rows and triples, an
import's parsed triples): reference counting frees them, and the collector only went
over them again and again (a third of a settling at 300,000 articles; bench/HISTORY.md)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off for the block, on again after however it ends (unless it was
    off before)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
