"""One store interface for every backend: run Cypher with parameters, write a batch,
ensure the schema. The embedded FalkorDB store and the Neo4j store both implement it,
and the loader, the query catalog and the CLI know nothing else."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from graph.schema import (
    CACHED_KEYS,
    ENTRIES,
    ENTRY_EDGES,
    FACT_EDGES,
    NODES,
    PROPERTIES,
    SHARED,
    SOURCES,
    UNMENTIONED,
    repack,
)
from graph.store import pages
from graph.store.pages import (
    FULL,
    PAGE,
    PAGED,
    earliest,
    fold,
    fold_edges,
    latest,
    seen_dates,
)


class StoreError(RuntimeError):
    """The database refused a query or could not be reached; the message says which."""


class ReadOnlyError(StoreError):
    """A write was attempted through a read-only query."""


class WriteRefused(StoreError):
    """The store cannot keep what is written (a full disk): stop, nothing more will do."""


class QueryTimeout(StoreError):
    """A query ran past its time limit and the server stopped it."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the query was stopped at its time limit of {seconds:g} s")
        self.seconds = seconds


@dataclass(frozen=True)
class Result:
    """Rows of plain values (str, int, float, bool, None, lists and dicts of them)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def scalar(self) -> Any:
        return self.rows[0][0] if self.rows else None


Statement = tuple[str, Mapping[str, Any]]


class Store(Protocol):
    """What the loader and the catalog need of a graph database."""

    name: str

    def run(
        self,
        cypher: str,
        params: Mapping[str, Any] | None = None,
        *,
        write: bool = False,
        timeout: float | None = None,
    ) -> Result:
        """Run one query; read-only unless `write`, which a read-only run refuses; the
        server stops it after `timeout` seconds (QueryTimeout)."""

    def write(self, statements: Sequence[Statement]) -> None:
        """Run write statements in order; each is atomic, the whole batch where the
        backend allows."""

    def ensure_schema(self) -> None:
        """Create the indexes the loader and the catalog rely on, if missing."""

    def shared(self, value: str) -> str:
        """Cypher for the string `value` gives, kept once however many properties hold
        it where the backend can: an article's id is in the sources of some ten edges,
        and a date or an entry in thousands."""

    def checkpoint(self, wait: bool = True) -> None:
        """Make what was written durable and quick to reopen (in the background unless
        `wait`)."""

    def writing(self) -> AbstractContextManager[None]:
        """Exclusive among the processes writing to this store: what is written inside
        (a batch of articles, the derived passes) is not interleaved with another
        load's. Reentrant."""

    def close(self) -> None:
        """Release the connection (and stop a server the store started)."""

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...


def set_each(match: str, target: str, keys: Sequence[str], rows: Sequence[Any]) -> list[Statement]:
    """Statements copying each key of `r.props` (null removes it) to `target` of
    `match` (which binds `r` from $rows), one key per statement: FalkorDB 4.16 removes
    the wrong properties when one SET or REMOVE clears two or more that exist
    (shared/notes/falkordb-embedded.md)."""
    return [(f"{match} SET {target}.{k} = r.props.{k}", {"rows": rows}) for k in keys]


def split_shared(kind: str, props: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A node's or a mention's properties as `shared_sets` takes them: the values of the
    kind's shared properties (schema `shared`) apart from the rest (a null among the
    rest, which `+=` takes away)."""
    shared = SHARED.get(kind, ())
    return (
        {k: v for k, v in props.items() if k not in shared or v is None},
        {k: v for k, v in props.items() if k in shared and v is not None},
    )


def shared_sets(
    store: Store,
    kind: str,
    var: str,
    plain: str,
    shared: str,
    keys: Collection[str] | None = None,
) -> str:
    """SET items writing the maps `split_shared` gives (Cypher `plain` and `shared`)
    onto `var` as `+=` would: the shared values each as the store shares it (of the
    properties `keys` alone when given), and a property the map lacks left as it is."""
    items = [f"{var} += {plain}"]
    for p in PROPERTIES.get(kind, ()):
        if p.shared and (keys is None or p.name in keys):
            value = f"{shared}.{p.name}"
            new = shared_list(store, value) if p.form == "list" else store.shared(value)
            items.append(f"{var}.{p.name} = coalesce({new}, {var}.{p.name})")
    return ", ".join(items)


# A fact edge's seen dates, and every property `entry_sets` writes on it.
_SEEN = ("first_seen", "last_seen")
ENTRY_KEYS = (SOURCES, ENTRIES, *CACHED_KEYS, *_SEEN)


def shared_list(store: Store, values: str) -> str:
    """Cypher: the list `values`, each string as the store shares it."""
    return f"[v IN {values} | {store.shared('v')}]"


def entry_sets(store: Store) -> tuple[str, list[str]]:
    """SET items writing a row's `r.props` onto edge `h`: its sources, entries and seen
    dates (as graph/model.py `edge_props` gives them), each string as the store shares
    it, and what passes keep of its entries (schema `cached`: taken away unless the row
    carries it). The lists and what is kept of them are one item, so that they never
    part (the lists are never cleared, and the schema keeps one key at most, so the item
    clears one key at most); each date is an item of its own. An edge written past twice
    a page's entries is marked for `spill` (a mark is never cleared here)."""
    lists = ", ".join(
        [
            *(f"h.{x} = {shared_list(store, f'r.props.{x}')}" for x in (SOURCES, ENTRIES)),
            *(f"h.{k} = r.props.{k}" for k in CACHED_KEYS),
            f"h.{FULL} = CASE WHEN size(r.props.{SOURCES}) > {2 * pages.PAGE_SIZE}"
            f" AND type(h) IN {sorted(FACT_EDGES)} THEN true ELSE h.{FULL} END",
        ]
    )
    return lists, [f"h.{k} = {store.shared(f'r.props.{k}')}" for k in _SEEN]


def set_entries(store: Store, match: str, rows: Sequence[Any]) -> list[Statement]:
    """Statements writing each row's entries (`entry_sets`) onto edge `h` of `match`,
    each key that may be cleared apart (as `set_each` does)."""
    lists, dates = entry_sets(store)
    return [(f"{match} SET {item}", {"rows": rows}) for item in (lists, *dates)]


def kept_incomplete(store: Store, articles: Iterable[str]) -> tuple[Statement, Statement]:
    """Statements marking the complete ones among `articles` incomplete, and complete
    again: a write that moves their entries in several statements goes between the two,
    so that a kill half-way leaves them for their load's rerun to write again. An article
    a load left incomplete stays so: its rerun still has its facts to write."""
    ids = [
        row[0]
        for row in store.run(
            "UNWIND $ids AS id MATCH (a:Article {id: id}) WHERE a.complete = true RETURN a.id",
            {"ids": sorted(set(articles))},
        ).rows
    ]
    return marked(ids, complete=False), marked(ids, complete=True)


def marked(articles: Sequence[str], complete: bool) -> Statement:
    """The statement marking the articles complete, or not: a load marks an article
    complete once all of it is written, and the rerun of a load cut short takes back and
    writes again those it finds incomplete."""
    return (
        f"UNWIND $ids AS id MATCH (a:Article {{id: id}}) SET a.complete = {str(complete).lower()}",
        {"ids": list(articles)},
    )


def upgrade(store: Store) -> None:
    """Bring a store an older partykg wrote to today's layout: entries packed
    (`repack_entries`), no complete article's MENTIONS of a post or an organ
    (`unmention`)."""
    repack_entries(store)
    unmention(store)


def unmention(store: Store, page: int = 100_000) -> None:
    """Take away the MENTIONS of posts and organs (schema `unmentioned`) that complete
    articles kept before the facts alone named those nodes, a page at a time (one
    transaction each on Neo4j). An incomplete article's are left: its load, cut short,
    still needs them."""
    for kind in UNMENTIONED:
        edges = old_mentions(kind)
        while store.run(f"{edges} LIMIT 1 RETURN count(m)").rows[0][0]:
            store.write([(f"{edges} LIMIT {int(page)} DELETE m", {})])


def old_mentions(kind: str) -> str:
    """Cypher binding `m` to each complete article's MENTIONS of a node of `kind`. It
    starts from the kind's few nodes: with the article's label or its test in the MATCH,
    FalkorDB 4.16 read every article first (0.8 s at 100,000 articles, on every open)."""
    return f"MATCH (:{kind})<-[m:MENTIONS]-(a) WITH m, a WHERE a.complete = true WITH m"


def repack_entries(store: Store) -> None:
    """Pack the entries of a store written before they were packed (`repack`). The kinds
    are packed in order, each whole, so the first edge of the last kind that has any
    tells whether all are done. Counting a kind's edges alone costs nothing on either
    backend, where finding the first edge of a kind with none reads every node on
    FalkorDB (as does a count with another column, or in a union)."""
    present = [
        kind
        for kind in ENTRY_EDGES
        if store.run(f"MATCH ()-[h:{kind}]->() RETURN count(h)").rows[0][0]
    ]
    if not present:
        return
    last = store.run(
        f"MATCH ()-[h:{present[-1]}]->() WITH h LIMIT 1 RETURN h.seen IS NOT NULL"
    ).rows
    if last and last[0][0]:
        store.write([(cypher, {}) for kind in present for cypher in repack(kind)])


_SCALARS = frozenset({str, int, float, bool, type(None)})


def plain(value: Any) -> Any:
    """Backend values as JSON-ready Python: nodes and edges as property maps."""
    if type(value) in _SCALARS:  # most values: returned before any other test
        return value
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    props = getattr(value, "properties", None)
    if isinstance(props, dict):
        return {k: plain(v) for k, v in props.items()}
    return value


def dump(store: Store) -> dict[str, list[Any]]:
    """The whole graph as sorted plain data, to compare two loads exactly (without the
    records loads keep of themselves, which are not the graph's, and with each fact
    edge's pages folded into it: where an edge spilled depends on the order of loads)."""
    nodes = store.run(
        "MATCH (n) WITH n, labels(n)[0] AS kind WHERE kind IN $kinds"
        " RETURN kind, properties(n) AS props",
        {"kinds": sorted(NODES)},
    )
    edges = store.run(
        "MATCH (a)-[r]->(b) RETURN type(r) AS kind, a.id AS source, b.id AS target,"
        " properties(r) AS props"
    )
    folded = fold_edges([*r[:3], r[3]] for r in edges.rows)
    return {
        "nodes": sorted(([r[0], dict(sorted(r[1].items()))] for r in nodes.rows), key=repr),
        "edges": sorted(([*r[:3], dict(sorted(r[3].items()))] for r in folded), key=repr),
    }


def counts(store: Store) -> dict[str, dict[str, int]]:
    """Nodes by label and edges by type, counted one kind at a time: a backend answers
    those from its statistics, where one query grouping every edge by its type reads
    them all (0.55 s against 4 ms at 20k articles on FalkorDB)."""
    out: dict[str, dict[str, int]] = {}
    for part, listed, pattern in (
        ("nodes", "CALL db.labels() YIELD label RETURN label", "(x:`{k}`)"),
        ("edges", "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType",
         "()-[x:`{k}`]->()"),
    ):  # fmt: skip
        kinds = sorted(str(row[0]) for row in store.run(listed).rows)
        found = {
            k: store.run(f"MATCH {pattern.format(k=k.replace('`', '``'))} RETURN count(x)").scalar()
            for k in kinds
        }
        out[part] = {k: int(n) for k, n in found.items() if n}
    return out


def clear(store: Store, batch: int = 5_000) -> int:
    """Delete every edge, then every node, a batch per transaction (a dense node's edges
    in one transaction could exceed a server's memory); returns the nodes deleted."""
    for cypher in (
        "MATCH ()-[r]->() WITH r LIMIT $batch DELETE r RETURN count(*)",
        "MATCH (n) WITH n LIMIT $batch DELETE n RETURN count(*)",
    ):
        deleted = 0
        while n := store.run(cypher, {"batch": batch}, write=True).scalar():
            deleted += int(n)
    return deleted


def node_ids(store: Store, kind: str) -> list[str]:
    """Every id of one kind, sorted. Listed first because backends order non-ASCII
    strings differently from how they compare them, so paging by `id > last` would
    skip nodes."""
    rows = store.run(f"MATCH (n:{kind}) WHERE n.id IS NOT NULL RETURN n.id").rows
    return sorted(row[0] for row in rows)


def node_pages(
    store: Store, kind: str, ids: Sequence[str], size: int
) -> Iterator[list[dict[str, Any]]]:
    """Nodes of one kind as {id, props}, a page of ids at a time."""
    for start in range(0, len(ids), size):
        yield node_page(store, kind, ids[start : start + size])


def node_page(store: Store, kind: str, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Nodes of one kind as {id, props}."""
    return store.run(
        f"UNWIND $ids AS id MATCH (n:{kind} {{id: id}}) RETURN n.id AS id, properties(n) AS props",
        {"ids": list(ids)},
    ).records()


def sentences_of(store: Store, articles: Iterable[str]) -> dict[str, list[str]]:
    """Each article's evidence sentences, which a fact entry's `evidence` indexes."""
    return dict(
        store.run(
            "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id, a.sentences",
            {"ids": sorted(articles)},
        ).rows
    )


Edge = tuple[str, str, str]  # a fact edge: its kind, the id it leaves, the id it reaches


def with_pages(
    store: Store, edges: Mapping[Edge, dict[str, Any]]
) -> tuple[dict[Edge, dict[str, Any]], dict[Edge, list[dict[str, Any]]]]:
    """Each edge's properties with its pages folded in (`fold`: its whole lists), the
    pages read only for edges that count some; and, for those, the pages themselves
    (their sources and entries): a write of such an edge's lists whole keeps them apart
    (`kept_apart`, `page_writes`)."""
    wanted: dict[str, list[list[str]]] = defaultdict(list)
    for (kind, a, b), props in edges.items():
        if props.get(PAGED):
            wanted[kind].append([a, b])
    folded, paged = dict(edges), {}
    for kind, pairs in wanted.items():
        start, end = FACT_EDGES[kind]
        found: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for a, b, sources, entries in store.run(
            f"UNWIND $pairs AS r MATCH (a:{start} {{id: r[0]}})-[g:{PAGE}]->(b:{end} {{id: r[1]}})"
            f" WHERE g.of = $kind RETURN a.id, b.id, g.{SOURCES}, g.{ENTRIES}",
            {"pairs": pairs, "kind": kind},
        ).rows:
            found[(a, b)].append({SOURCES: sources, ENTRIES: entries})
        for a, b in pairs:
            folded[(kind, a, b)] = fold(edges[(kind, a, b)], found[(a, b)])
            paged[(kind, a, b)] = found[(a, b)]
    return folded, paged


def _page_ends(kind: str, edge: str) -> str:
    """Cypher: the edges `edge` between the two ids of row `r` (`r.a`, `r.b`) of a fact
    kind's ends."""
    start, end = FACT_EDGES[kind]
    return f"UNWIND $rows AS r MATCH (a:{start} {{id: r.a}})-[{edge}]->(b:{end} {{id: r.b}})"


def unpage(kind: str, pairs: Sequence[Sequence[str]]) -> list[Statement]:
    """Statements taking away the pages of the edges of `kind` between the `pairs` of
    ids, before those edges go."""
    rows = {"rows": [{"a": a, "b": b} for a, b in pairs]}
    return [(_page_ends(kind, f"g:{PAGE}") + f" WHERE g.of = '{kind}' DELETE g", rows)]


def page_writes(store: Store, kind: str, rows: Sequence[dict[str, Any]]) -> list[Statement]:
    """Statements writing the pages that change of edges of `kind` (rows of `a`, `b`,
    and `kept_apart`'s changed pages in `pages`, its count in `paged`), before the
    edges' own lists: the edges' counts first (an edge that counts pages always has
    one, which a retraction finds it by, graph/load.py `_repaged`), then a page that
    keeps nothing goes, then each changed page's dates (each apart: each may clear its
    key) and lists, found by its first source as it was. Every statement can run again
    after a kill: a page not yet written is still found as it was."""
    pages = [{"a": r["a"], "b": r["b"], **page} for r in rows for page in r["pages"]]
    found = _page_ends(kind, f"g:{PAGE}") + f" WHERE g.of = '{kind}' AND g.{SOURCES}[0] = r.first"
    lists = ", ".join(f"g.{x} = {shared_list(store, f'r.{x}')}" for x in (SOURCES, ENTRIES))
    dates = seen_dates(f"r.{ENTRIES}")
    kept = [p for p in pages if p[SOURCES]]
    counts_ = [{"a": r["a"], "b": r["b"], "n": r["paged"] or None} for r in rows]
    return [
        (_page_ends(kind, f"h:{kind}") + f" SET h.{PAGED} = r.n", {"rows": counts_}),
        (f"{found} DELETE g", {"rows": [p for p in pages if not p[SOURCES]]}),
        (f"{found} SET g.first_seen = {store.shared(earliest(dates))}", {"rows": kept}),
        (f"{found} SET g.last_seen = {store.shared(latest(dates))}", {"rows": kept}),
        (f"{found} SET {lists}", {"rows": kept}),
    ]


def spill(store: Store, kinds: Iterable[str] = FACT_EDGES) -> int:
    """Move the lowest entries of every edge marked full (graph/store/pages.py), a
    page's worth (`PAGE_SIZE`), onto a page, again until none holds more than twice
    that; returns the pages made. An edge whose lowest entries include an incomplete
    article's waits, marked, for its load to finish; a mark on an edge no longer full
    goes."""
    size, made = pages.PAGE_SIZE, 0
    for kind in kinds:
        while n := store.run(_spill(store, kind), {"size": size}, write=True).scalar():
            made += int(n)
        store.run(
            f"MATCH ()-[h:{kind}]->() WHERE h.{FULL} = true AND size(h.{SOURCES}) <= 2 * $size"
            f" SET h.{FULL} = null",
            {"size": size},
            write=True,
        )
    return made


def _spill(store: Store, kind: str) -> str:
    """Cypher: one page made of each full edge of `kind` whose lowest $size entries
    are complete articles'; the mark stays while the rest is still full."""
    moved = {x: shared_list(store, f"h.{x}[0..$size]") for x in (SOURCES, ENTRIES)}
    return (
        f"MATCH (a)-[h:{kind}]->(b) WHERE h.{FULL} = true AND size(h.{SOURCES}) > 2 * $size"
        f" UNWIND h.{SOURCES}[0..$size] AS low"
        " OPTIONAL MATCH (art:Article {id: low}) WHERE art.complete = true"
        " WITH a, b, h, count(art) AS done WHERE done = $size"
        f" WITH a, b, h, {seen_dates(f'h.{ENTRIES}[0..$size]')} AS dates"
        f" CREATE (a)-[g:{PAGE}]->(b)"
        f" SET g.of = '{kind}', g.{SOURCES} = {moved[SOURCES]}, g.{ENTRIES} = {moved[ENTRIES]},"
        f" g.first_seen = {store.shared(earliest('dates'))},"
        f" g.last_seen = {store.shared(latest('dates'))},"
        f" h.{FULL} = CASE WHEN size(h.{SOURCES}) > 3 * $size THEN true END,"
        f" h.{PAGED} = coalesce(h.{PAGED}, 0) + $size,"
        f" h.{SOURCES} = h.{SOURCES}[$size..], h.{ENTRIES} = h.{ENTRIES}[$size..]"
        " RETURN count(g)"
    )
