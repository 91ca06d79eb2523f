"""Data IRIs: the base IRI a setting gives, and ids as IRI path segments. Kept apart from
the exporter so the settings check a base IRI without importing rdflib."""

from __future__ import annotations

import re
from functools import lru_cache

_KEEP = re.compile(r"[A-Za-z0-9\-._~@:]|[^\W\d_]")  # unreserved ASCII, and letters
_PLAIN = re.compile(rf"(?:{_KEEP.pattern})*")


def check_base(base: str) -> str:
    """A base IRI for data: absolute http(s), ending in / or #, nothing N-Triples refuses."""
    if not re.fullmatch(r"https?://[^\s<>\"{}|^`\\]+[/#]", base):
        raise ValueError(f"base IRI must be an absolute http(s) IRI ending in / or #, not {base!r}")
    return base


@lru_cache(maxsize=1 << 13)
def encode(text: str) -> str:
    """An id's text as an IRI path segment: letters kept (IRIs may hold Vietnamese),
    anything else percent-encoded, so two ids never share an IRI."""
    if _PLAIN.fullmatch(text):
        return text
    return "".join(
        ch if _KEEP.fullmatch(ch) else "".join(f"%{b:02X}" for b in ch.encode("utf-8"))
        for ch in text
    )
