"""Loaders: read articles and extract the facts of the record contract (SCHEMA.md)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from loaders import gazetteer
from loaders.pipeline import extract
from loaders.sources import MAX_ARTICLE_BYTES, Article, InputError, read_inputs

__all__ = ["Article", "InputError", "extract", "extract_paths", "gazetteer", "read_inputs"]


def extract_paths(
    paths: Iterable[str | Path],
    gazetteer_dirs: Iterable[Path] = (),
    limit: int = MAX_ARTICLE_BYTES,
) -> Iterator[dict[str, Any] | InputError]:
    """The record of every article under `paths`, or an InputError for each bad input."""
    dirs = tuple(gazetteer_dirs)
    gaz = gazetteer.load(*dirs) if dirs else gazetteer.default()
    for item in read_inputs(paths, limit):
        yield item if isinstance(item, InputError) else extract(item, gaz)
