"""Settings from KG_-prefixed environment variables; only the CLI reads them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from graph.rdf.iris import check_base


def _paths(value: str | None) -> tuple[Path, ...]:
    return tuple(Path(p) for p in (value or "").split(os.pathsep) if p)


BACKENDS = ("falkordb", "neo4j")


@dataclass(frozen=True)
class Settings:
    """What the `kg` commands may be configured with."""

    gazetteer_dirs: tuple[Path, ...] = field(default_factory=tuple)
    max_article_bytes: int = 5_000_000
    data_dir: Path = field(default_factory=lambda: default_data_dir({}))
    batch_size: int = 250
    facts_every: int = 10_000
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)  # one per core
    backend: str = "falkordb"
    neo4j_uri: str = "bolt://127.0.0.1:7687"
    neo4j_user: str = "neo4j"
    neo4j_password: str | None = field(default=None, repr=False)
    neo4j_database: str = "neo4j"
    base_iri: str = "https://partykg.org/id/"
    decisions: Path | None = None
    query_timeout: float = 60.0
    article_seconds: float = 60.0
    server_idle: float = 600.0

    def decisions_file(self, data_dir: Path | None = None) -> Path:
        """KG_DECISIONS, else decisions.jsonl in the data folder in use."""
        return self.decisions or (data_dir or self.data_dir) / "decisions.jsonl"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        """KG_GAZETTEER_DIRS (folders of extra data files, ':'-separated),
        KG_MAX_ARTICLE_BYTES (the largest single article read), KG_DATA_DIR (where the
        embedded graph lives), KG_BATCH_SIZE (articles written per batch), KG_FACTS_EVERY
        (articles whose fact entries are written together, default 10,000), KG_WORKERS
        (extraction processes, default one per core), KG_BACKEND and KG_NEO4J_* (the
        store), KG_BASE_IRI (what exported IRIs start with), KG_DECISIONS (the analysts'
        identity decisions, a JSON-lines file to keep under version control),
        KG_QUERY_TIMEOUT (seconds an analyst's query may run, default 60),
        KG_ARTICLE_SECONDS (seconds one article's extraction may take, default 60),
        KG_SERVER_IDLE (seconds the embedded store's server stays up after the last
        command, so the next finds the graph loaded; default 600, 0 for a server per
        command)."""
        env = dict(os.environ if env is None else env)
        return cls(
            gazetteer_dirs=_paths(env.get("KG_GAZETTEER_DIRS")),
            max_article_bytes=_whole(env, "KG_MAX_ARTICLE_BYTES", 5_000_000),
            data_dir=default_data_dir(env),
            batch_size=_whole(env, "KG_BATCH_SIZE", 250),
            facts_every=_whole(env, "KG_FACTS_EVERY", 10_000),
            workers=_whole(env, "KG_WORKERS", os.cpu_count() or 1),
            backend=_choice(env, "KG_BACKEND", BACKENDS),
            neo4j_uri=env.get("KG_NEO4J_URI") or cls.neo4j_uri,
            neo4j_user=env.get("KG_NEO4J_USER") or cls.neo4j_user,
            neo4j_password=env.get("KG_NEO4J_PASSWORD") or None,
            neo4j_database=env.get("KG_NEO4J_DATABASE") or cls.neo4j_database,
            base_iri=_base_iri(env.get("KG_BASE_IRI") or cls.base_iri),
            decisions=Path(env["KG_DECISIONS"]) if env.get("KG_DECISIONS") else None,
            query_timeout=_whole(env, "KG_QUERY_TIMEOUT", 60),
            article_seconds=_whole(env, "KG_ARTICLE_SECONDS", 60),
            server_idle=_whole(env, "KG_SERVER_IDLE", 600, least=0),
        )


def _base_iri(value: str) -> str:
    try:
        return check_base(value)
    except ValueError as exc:
        raise ValueError(f"KG_BASE_IRI: {exc}") from exc


def _choice(env: dict[str, str], name: str, allowed: tuple[str, ...]) -> str:
    value = env.get(name) or allowed[0]
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _whole(env: dict[str, str], name: str, default: int, least: int = 1) -> int:
    try:
        value = int(env.get(name, str(default)))
    except ValueError as exc:
        raise ValueError(f"{name} must be a whole number") from exc
    if value < least:
        raise ValueError(
            f"{name} must be positive" if least == 1 else f"{name} must be {least} or more"
        )
    return value


def default_data_dir(env: dict[str, str]) -> Path:
    """KG_DATA_DIR, else the per-user data folder ($XDG_DATA_HOME/partykg)."""
    if env.get("KG_DATA_DIR"):
        return Path(env["KG_DATA_DIR"])
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "partykg"
