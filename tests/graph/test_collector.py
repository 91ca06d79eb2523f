"""The collector pause gives back the state it found, however the block ends."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

import pytest

from graph import collector


@pytest.fixture(autouse=True)
def _collector_on_again() -> Iterator[None]:
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


def test_collector_paused_in_two_threads_is_on_again_only_after_both() -> None:
    """A web request's pause ending while another thread's goes on does not turn the
    collector back on under it, nor leave it off once both are done."""
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with collector.paused():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    with collector.paused():
        thread.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the other thread's pause goes on
    leave.set()
    thread.join(10)
    assert gc.isenabled()
