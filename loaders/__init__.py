"""Loaders: read articles and extract the facts of the record contract (SCHEMA.md)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from loaders import gazetteer
from loaders.sources import MAX_ARTICLE_BYTES, Article, InputError, read_inputs

__all__ = [
    "Article",
    "InputError",
    "explain_paths",
    "extract_paths",
    "gazetteer",
    "read_inputs",
]


def extract_paths(
    paths: Iterable[str | Path],
    gazetteer_dirs: Iterable[Path] = (),
    limit: int = MAX_ARTICLE_BYTES,
) -> Iterator[dict[str, Any] | InputError]:
    """The record of every article under `paths`, or an InputError for each bad input."""
    from loaders.pipeline import extract  # the steps compile their rules: on use only

    gaz = _gazetteer(gazetteer_dirs)
    for item in read_inputs(paths, limit):
        yield item if isinstance(item, InputError) else extract(item, gaz)


def explain_paths(
    paths: Iterable[str | Path],
    gazetteer_dirs: Iterable[Path] = (),
    limit: int = MAX_ARTICLE_BYTES,
) -> Iterator[str | InputError]:
    """What each step read in each article under `paths` (text), or an InputError."""
    from loaders.explain import explain

    gaz = _gazetteer(gazetteer_dirs)
    for item in read_inputs(paths, limit):
        yield item if isinstance(item, InputError) else explain(item, gaz)


def _gazetteer(dirs: Iterable[Path]) -> gazetteer.Gazetteer:
    extra = tuple(dirs)
    return gazetteer.load(*extra) if extra else gazetteer.default()
