"""The collector pause gives back the state it found, however the block ends."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

import pytest

from graph import collector


@pytest.fixture(autouse=True)
def _collector_on_after() -> Iterator[None]:
    yield
    gc.enable()


@pytest.mark.parametrize("before", [True, False], ids=["on before", "off before"])
@pytest.mark.parametrize("fails", [False, True], ids=["ends", "raises"])
def test_collector_paused_is_off_inside_and_as_found_after(before: bool, fails: bool) -> None:
    if not before:
        gc.disable()
    with pytest.raises(ValueError) if fails else contextlib.nullcontext(), collector.paused():
        assert not gc.isenabled()
        with collector.paused():  # nested: still off after the inner one
            pass
        assert not gc.isenabled()
        if fails:
            raise ValueError("the block failed")
    assert gc.isenabled() == before
