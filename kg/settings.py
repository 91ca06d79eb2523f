"""Settings from KG_-prefixed environment variables; only the CLI reads them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def _paths(value: str | None) -> tuple[Path, ...]:
    return tuple(Path(p) for p in (value or "").split(os.pathsep) if p)


@dataclass(frozen=True)
class Settings:
    """What the `kg` commands may be configured with."""

    gazetteer_dirs: tuple[Path, ...] = field(default_factory=tuple)
    max_article_bytes: int = 5_000_000

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        """KG_GAZETTEER_DIRS (folders of extra data files, ':'-separated),
        KG_MAX_ARTICLE_BYTES (the largest single article read)."""
        env = dict(os.environ if env is None else env)
        try:
            limit = int(env.get("KG_MAX_ARTICLE_BYTES", "5000000"))
        except ValueError as exc:
            raise ValueError("KG_MAX_ARTICLE_BYTES must be a whole number of bytes") from exc
        return cls(gazetteer_dirs=_paths(env.get("KG_GAZETTEER_DIRS")), max_article_bytes=limit)
