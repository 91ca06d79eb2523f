"""Neo4j as the team backend: the same store interface over the official Bolt driver.

Reads run in READ sessions, so the server itself refuses a write that was not asked
for; a batch of write statements runs as one managed transaction, which the driver
retries on transient errors, so a batch is all or nothing. The schema (a uniqueness
constraint on every kind's id, the catalog's lookup indexes, a full-text index over
names and titles) is created with IF NOT EXISTS, so setting it up twice is harmless.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from typing import Any
from urllib.parse import urlsplit

from neo4j import Driver, GraphDatabase, ManagedTransaction, Query, RoutingControl
from neo4j.exceptions import AuthError, DriverError, Neo4jError
from neo4j.graph import Node, Path, Relationship

from graph.schema import FULLTEXT_KINDS, FULLTEXT_PROPERTIES, INDEXES, NODES
from graph.store.base import (
    QueryTimeout,
    ReadOnlyError,
    Result,
    Statement,
    StoreError,
    plain,
    upgrade,
)
from graph.store.pages import FULL_INDEXES

# One full-text index over the human-readable names of every kind that has one.
FULLTEXT = "names"
# The label of the node `writing` makes and never keeps.
_LOCK = "WriteLock"
_SCHEMES = {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}


class Neo4jStore:
    """A database on a Neo4j server reached over Bolt."""

    name = "neo4j"

    def __init__(self, uri: str, user: str, password: str, database: str = "neo4j") -> None:
        parts = urlsplit(uri)
        if parts.username or parts.password:
            # Never echoed: the address may hold a password.
            raise StoreError(
                "the Neo4j address holds a user or password; give the address alone and"
                " the user and password as KG_NEO4J_USER and KG_NEO4J_PASSWORD"
            )
        self.uri, self.database = uri, database
        self._writing = self._locking = False
        try:
            if parts.scheme not in _SCHEMES:
                raise ValueError("not a Bolt address")
            self._driver: Driver = GraphDatabase.driver(
                uri, auth=(user, password), notifications_min_severity="OFF"
            )
        except (ValueError, DriverError) as exc:
            raise StoreError(f"{uri}: {exc}; use bolt://host:7687 or neo4j://host:7687") from exc
        try:
            self._driver.verify_connectivity()
        except AuthError as exc:
            self._driver.close()
            raise StoreError(f"{uri}: Neo4j refused user {user!r}: {exc.message}") from exc
        except (Neo4jError, DriverError, ValueError) as exc:
            self._driver.close()
            raise StoreError(f"{uri}: cannot reach Neo4j: {exc}") from exc

    def version(self) -> str:
        """'5.26.30 community', as the server reports it."""
        row = self.run(
            "CALL dbms.components() YIELD versions, edition RETURN versions[0], edition"
        ).rows[0]
        return f"{row[0]} {row[1]}"

    def run(
        self,
        cypher: str,
        params: Mapping[str, Any] | None = None,
        *,
        write: bool = False,
        timeout: float | None = None,
    ) -> Result:
        with self._errors(timeout):
            records, _, keys = self._driver.execute_query(
                Query(cypher, timeout=timeout),
                dict(params or {}),
                database_=self.database,
                routing_=RoutingControl.WRITE if write else RoutingControl.READ,
            )
        return Result(
            tuple(keys), tuple(tuple(_plain(v) for v in record.values()) for record in records)
        )

    def write(self, statements: Sequence[Statement]) -> None:
        def batch(tx: ManagedTransaction) -> None:
            for cypher, params in statements:
                tx.run(cypher, dict(params)).consume()

        with (
            self._errors(),
            self._driver.session(
                database=self.database,
                # The one execute_query uses, so a read after this write sees it.
                bookmark_manager=self._driver.execute_query_bookmark_manager,
            ) as session,
        ):
            session.execute_write(batch)

    @contextmanager
    def _errors(self, timeout: float | None = None) -> Iterator[None]:
        """Driver errors as StoreError naming the server; a refused write as ReadOnlyError."""
        try:
            yield
        except Neo4jError as exc:
            if exc.code == "Neo.ClientError.Statement.AccessMode":
                raise ReadOnlyError("this query writes; run it with --write to allow that") from exc
            if timeout and "TransactionTimedOut" in (exc.code or ""):
                raise QueryTimeout(timeout) from exc
            raise StoreError(f"{self.uri}: {exc.message or exc}") from exc
        except DriverError as exc:
            raise StoreError(f"{self.uri}: lost the Neo4j server: {exc}") from exc

    def shared(self, value: str) -> str:
        """Neo4j has no interned strings; it keeps properties on disk and reads them
        in as needed, so its memory does not hold every copy: the value as it is."""
        return value

    def ensure_schema(self) -> None:
        # Labels and properties come from the model's constants, never from input.
        for kind in NODES:
            self.run(
                f"CREATE CONSTRAINT {kind.lower()}_id IF NOT EXISTS"
                f" FOR (n:{kind}) REQUIRE n.id IS UNIQUE",
                write=True,
            )
        for kind, prop in INDEXES:
            if prop != "id":
                self.run(
                    f"CREATE INDEX {kind.lower()}_{prop} IF NOT EXISTS"
                    f" FOR (n:{kind}) ON (n.{prop})",
                    write=True,
                )
        for kind, prop in FULL_INDEXES:
            self.run(
                f"CREATE INDEX {kind.lower()}_{prop} IF NOT EXISTS"
                f" FOR ()-[h:{kind}]-() ON (h.{prop})",
                write=True,
            )
        self.run(
            f"CREATE FULLTEXT INDEX {FULLTEXT} IF NOT EXISTS"
            f" FOR (n:{'|'.join(FULLTEXT_KINDS)})"
            f" ON EACH [{', '.join(f'n.{p}' for p in FULLTEXT_PROPERTIES)}]",
            write=True,
        )
        self._lock_constraint()
        self.run("CALL db.awaitIndexes(300)", write=True)
        upgrade(self)

    def _lock_constraint(self) -> None:
        """The uniqueness `writing` stands on: a MERGE under it holds the value's index
        entry until its transaction ends."""
        self.run(
            f"CREATE CONSTRAINT {_LOCK.lower()}_id IF NOT EXISTS"
            f" FOR (n:{_LOCK}) REQUIRE n.id IS UNIQUE",
            write=True,
        )
        self._locking = True

    def checkpoint(self, wait: bool = True) -> None:
        """Nothing to do: Neo4j makes every committed transaction durable."""

    @contextmanager
    def writing(self) -> Iterator[None]:
        """A transaction that makes the one node of a label no committed node has, kept
        open to the end: another process's waits on that node's index entry. It is rolled
        back, so the node is never kept, and a process killed holding it loses its
        connection, which the server rolls back. A batch is one transaction anyway; what
        spans several (a load's articles, then their facts; the derived passes) needs
        this, as on the embedded store."""
        if self._writing:
            yield
            return
        if not self._locking:
            self._lock_constraint()
        with self._driver.session(database=self.database) as session:
            with self._errors():
                held = session.begin_transaction()
                held.run(f"MERGE (:{_LOCK} {{id: 'writing'}})").consume()
            self._writing = True
            try:
                yield
            finally:
                self._writing = False
                with suppress(Neo4jError, DriverError):
                    held.close()

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _plain(value: Any) -> Any:
    """Driver values as plain data: nodes and relationships as their property maps."""
    if isinstance(value, Node | Relationship):
        return plain(dict(value.items()))
    if isinstance(value, Path):
        return {
            "nodes": [_plain(n) for n in value.nodes],
            "edges": [_plain(r) for r in value.relationships],
        }
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return plain(value)
