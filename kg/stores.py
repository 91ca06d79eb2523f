"""Opening the store the settings choose: the one place that turns settings into a store."""

from __future__ import annotations

from pathlib import Path

from graph.derive.tenure import date_undated
from graph.store.base import Store, StoreError, upgrade
from kg.settings import Settings


def open_store(
    backend: str, settings: Settings, data_dir: Path | None = None, keep: bool = True
) -> Store:
    """The embedded store in its data folder, or the Neo4j database of the settings. Each
    backend's driver is imported here, on use: the Neo4j driver alone took 0.17 s of every
    command's start. The embedded server outlives the command (KG_SERVER_IDLE) unless
    not `keep`. A store an older partykg wrote is brought to today's layout
    (`upgrade`), its persons dated (`date_undated`)."""
    store = _open(backend, settings, data_dir, keep)
    try:
        upgrade(store)
        date_undated(store)
    except BaseException:
        store.close()
        raise
    return store


def _open(backend: str, settings: Settings, data_dir: Path | None, keep: bool) -> Store:
    if backend == "neo4j":
        from graph.store.neo4j import Neo4jStore

        if not settings.neo4j_password:
            raise StoreError(
                "KG_NEO4J_PASSWORD is not set: the Neo4j password comes from the environment"
                " (for docker compose, the NEO4J_PASSWORD of your .env)"
            )
        return Neo4jStore(
            settings.neo4j_uri,
            settings.neo4j_user,
            settings.neo4j_password,
            settings.neo4j_database,
        )
    from graph.store.falkor import FalkorStore

    return FalkorStore(data_dir or settings.data_dir, linger=settings.server_idle if keep else 0)
