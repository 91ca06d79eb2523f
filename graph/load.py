"""Writing articles into a store: in batches, idempotent, one article's facts replaced
at a time, and safe to kill.

Every article is written in the same order: its Article node (marked incomplete),
the nodes it names with its MENTIONS/REPORTS edges, the structural edges and the nodes'
readings, a batch at a time; then, for many batches together (`FACTS_EVERY`), the
fact edges with their sources, and last the mark that each article is complete.
A reload skips complete articles whose text is unchanged; an article that changed, or
whose load was cut short, is first retracted: its sources leave every fact edge, edges
left without sources go, nodes no article names any more go (a post or an organ once
nothing points at it, after the derived passes). So the graph is a function of the set
of articles loaded, whatever the order, the batches or the kills.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from graph.derive.identity import placed
from graph.derive.passes import Decisions, settle
from graph.derive.readings import advance, key, refresh, unread
from graph.derive.scope import graph_counts, last_load, record
from graph.derive.tenure import NOTABLE, notable_rows
from graph.model import ArticleFacts, Model, by_kind, kind_of, text_hash
from graph.schema import (
    CACHED,
    ENTRIES,
    FACT_EDGES,
    READ_AT,
    READINGS,
    SOURCES,
    UNMENTIONED,
    pack,
    uncache,
    unpack,
)
from graph.store import pages
from graph.store.base import (
    Statement,
    Store,
    StoreError,
    WriteRefused,
    marked,
    shared_sets,
    spill,
    split_shared,
)
from graph.store.pages import FULL, PAGE, PAGED, earliest, latest, seen_dates
from loaders import gazetteer
from loaders.pipeline import extract_record
from loaders.sources import MAX_ARTICLE_BYTES, Article, InputError, read_inputs

# How often a long load snapshots what it wrote: a killed server loses at most the
# writes since, which the rerun writes again.
CHECKPOINT_SECONDS = 10.0
# Articles whose fact entries are written together: a popular edge's lists are copied
# whole by each write that adds to them, so a bulk load adds to them once per this many
# articles, not once per batch. Their articles are complete only then: a load killed
# before rewrites them on its rerun.
FACTS_EVERY = 10_000
# A facts write takes about a sixth of the time its articles took to extract (0.5 against
# 3 ms of CPU an article, measured), seconds in which workers with nothing handed out
# would stand idle: the load keeps facts_every / 6 articles more handed out (on two
# cores, what the core the loader and the store server leave free extracts meanwhile).
_EXTRACT_TO_WRITE = 6
# Fact rows per statement (each its own transaction on Neo4j), and of those sorted
# together with the edge's entries (a row bringing more than _FEW).
_ROWS, _SORTED_ROWS, _FEW = 2_000, 50, 8


@dataclass
class LoadReport:
    """What one load did, for the summary table."""

    read: int = 0
    loaded: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)
    before: dict[str, dict[str, int]] = field(default_factory=dict)
    after: dict[str, dict[str, int]] = field(default_factory=dict)

    def added(self) -> dict[str, int]:
        """Change in the count of every node and edge kind."""
        out = {}
        for part in ("nodes", "edges"):
            before, after = self.before.get(part, {}), self.after.get(part, {})
            for kind in sorted({*before, *after}):
                out[kind] = after.get(kind, 0) - before.get(kind, 0)
        return out


class FactsOf:
    """Article and its text hash → its graph facts (or an error line), with one
    gazetteer; an article whose extraction runs past `seconds` is reported and skipped.
    Holds only settings, so it pickles to worker processes."""

    def __init__(self, gazetteer_dirs: Iterable[Path] = (), seconds: float = 0) -> None:
        self.gazetteer_dirs = tuple(gazetteer_dirs)
        self.seconds = seconds

    def __call__(self, article: Article, hash_: str) -> ArticleFacts | str:
        gaz, model = _model(self.gazetteer_dirs)
        try:
            with _budget(self.seconds):
                record = extract_record(article, gaz)
            return model.facts(record, hash_, article.url, article.origin)
        except _OverBudget:
            return f"{article.source}: extraction ran past {self.seconds:g} s; skipped"
        except Exception as exc:  # one bad article must not stop the load
            return f"{article.source}: extraction failed: {exc!r}"


class _OverBudget(Exception):
    """An article's extraction ran past its time budget."""


@contextmanager
def _budget(seconds: float) -> Iterator[None]:
    """Interrupt the block after `seconds` (a timer signal: main threads only, which
    the loader and its worker processes are)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def over(*_: object) -> None:
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, over)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@cache
def _model(dirs: tuple[Path, ...]) -> tuple[gazetteer.Gazetteer, Model]:
    gaz = gazetteer.load(*dirs) if dirs else gazetteer.default()
    return gaz, Model(gaz)


def load(
    store: Store,
    items: Iterable[Article | InputError],
    facts_of: Callable[[Article, str], ArticleFacts | str],
    batch_size: int = 250,
    progress: Callable[[int], None] | None = None,
    workers: int = 0,
    gaz: gazetteer.Gazetteer | None = None,
    decisions: Decisions = (),
    replace: bool = False,
    stage: Callable[[str], None] | None = None,
    facts_every: int = FACTS_EVERY,
) -> LoadReport:
    """Extract and write every article; bad inputs and failing articles are reported;
    then persons and tenures are settled again (`settle`), which `stage` is told of.

    With `workers` > 1, worker processes extract the batches `ahead` counts while this
    one writes; with `replace`, an article replaces one of the same id from another
    origin. The articles' fact entries are written `facts_every` articles at a time.
    `decisions`, when a function, is read when the load settles, so that one an analyst
    made in the meantime is applied rather than withdrawn until the next settling."""
    store.ensure_schema()
    report = LoadReport(before=graph_counts(store))
    pool = multiprocessing.get_context("fork").Pool(workers) if workers > 1 else None
    # Without workers, each batch is extracted as it is handed out: none runs beside a write.
    depth = ahead(facts_every, batch_size) if pool else 1
    extracting: deque[tuple[Any, int]] = deque()  # handed out, not yet written
    last_checkpoint = time.monotonic()
    seen: dict[str, str | None] = {}
    unfacted: list[ArticleFacts] = []  # written but for their fact entries

    def write_oldest() -> None:
        nonlocal unfacted, last_checkpoint
        unfacted += _write_batch(store, *extracting.popleft(), report, progress)
        if len(unfacted) >= facts_every:
            _write_entries(store, unfacted, report)
            unfacted = []
        if time.monotonic() - last_checkpoint > CHECKPOINT_SECONDS:
            store.checkpoint(wait=False)  # bounds what a killed server loses
            last_checkpoint = time.monotonic()

    try:
        for batch in _batches(items, batch_size):
            todo = _classify(store, batch, seen, report, replace)
            if pool:
                results: Any = pool.starmap_async(facts_of, todo, chunksize=8)
            else:
                results = [facts_of(*job) for job in todo]
            extracting.append((results, len(batch)))
            if len(extracting) > depth:
                write_oldest()
        while extracting:
            write_oldest()
        if unfacted and stage:
            stage("writing facts")
        _write_entries(store, unfacted, report)
    finally:
        if pool:
            pool.terminate()
    # Always: a load killed after its last article but before this finished left what
    # it wrote unsettled, and the rerun finds every article unchanged.
    if stage:
        stage("settling persons and tenures")
    with store.writing():
        settle(store, gaz or gazetteer.default(), decisions, whole=False)
        store.write([last_load(datetime.now(UTC).isoformat(timespec="seconds"))])
        store.checkpoint()
    report.after = graph_counts(store)
    return report


def load_paths(
    store: Store,
    paths: Iterable[str | Path],
    gazetteer_dirs: Iterable[Path] = (),
    limit: int = MAX_ARTICLE_BYTES,
    batch_size: int = 250,
    progress: Callable[[int], None] | None = None,
    workers: int = 0,
    decisions: Decisions = (),
    replace: bool = False,
    article_seconds: float = 0,
    stage: Callable[[str], None] | None = None,
    facts_every: int = FACTS_EVERY,
) -> LoadReport:
    """Load every article under `paths` (files, folders, JSONL, '-' for stdin); an
    article whose extraction runs past `article_seconds` is reported and skipped."""
    facts_of = FactsOf(gazetteer_dirs, article_seconds)
    gaz = _model(facts_of.gazetteer_dirs)[0]
    items = read_inputs(paths, limit)
    return load(
        store,
        items,
        facts_of,
        batch_size,
        progress,
        workers,
        gaz,
        decisions,
        replace,
        stage,
        facts_every,
    )


def ahead(facts_every: int, batch_size: int) -> int:
    """The batches a load with workers keeps handed out beyond the one it writes: the
    next, and those one core extracts while a facts write of `facts_every` articles runs."""
    return 1 + -(-facts_every // (_EXTRACT_TO_WRITE * batch_size))


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _classify(
    store: Store,
    batch: list[Article | InputError],
    seen: dict[str, str | None],
    report: LoadReport,
    replace: bool = False,
) -> list[tuple[Article, str]]:
    """The articles of a batch to (re)write, each with its text hash. An article whose id
    another origin holds is refused unless `replace`: two files of one relative path are
    two articles, never one silently."""
    articles = []
    for item in batch:
        report.read += 1
        if isinstance(item, InputError):
            report.failed.append(str(item))
        elif (id_ := f"article:{item.source}") in seen:
            first = _origin(seen[id_])
            report.failed.append(
                f"{item.source}: the same id as {first} earlier in this load; the first kept"
            )
        else:
            seen[id_] = item.origin
            articles.append(item)
    state = {
        row[0]: (row[1], row[2], row[3])
        for row in store.run(
            "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id, a.hash, a.complete,"
            " a.origin",
            {"ids": [f"article:{a.source}" for a in articles]},
        ).rows
    }
    todo = []
    for article in articles:
        id_ = f"article:{article.source}"
        hash_ = text_hash(article.text, article.published, article.title)
        old = state.get(id_)
        # An article without origin came by its JSONL id, or from a store older than
        # origins: a file may take it over.
        if old and old[2] is not None and old[2] != article.origin and not replace:
            report.failed.append(
                f"{article.source}: {_origin(article.origin)} has the id of {_origin(old[2])},"
                " loaded before; load with --replace to replace that article"
            )
        elif old and old[:2] == (hash_, True) and old[2] in (None, article.origin):
            report.unchanged += 1
        else:
            todo.append((article, hash_))
    return todo


def _origin(origin: str | None) -> str:
    return origin or "the article of that id"


def _write_batch(
    store: Store,
    results: Any,
    size: int,
    report: LoadReport,
    progress: Callable[[int], None] | None,
) -> list[ArticleFacts]:
    """Write a batch's articles but for their fact entries; returns those written."""
    facts_list = results if isinstance(results, list) else results.get()
    with store.writing():
        written = _write_articles(store, facts_list, report)
    if progress:
        progress(size)
    return written


def _write_articles(store: Store, facts_list: Any, report: LoadReport) -> list[ArticleFacts]:
    """Write a batch's articles but for their fact entries, each old version there first
    taken back. Which are there is read here, in the lock: another load may have written
    one since this load classified it (two versions of one article loaded at once).
    A name already split into namesakes is written on the one each article likely names."""
    batch: list[ArticleFacts] = []
    for facts in facts_list:
        if isinstance(facts, str):
            report.failed.append(facts)
        else:
            batch.append(facts)
    batch = placed(store, batch)
    there = store.run(
        "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id",
        {"ids": [f.article.id for f in batch]},
    ).rows
    stale = sorted(row[0] for row in there)
    if batch:
        # Incomplete before any is taken back: a kill half-way through a retraction then
        # leaves it to whichever version the rerun brings.
        store.write([_unsettled(store, batch, stale), marked(stale, complete=False)])
    for facts in batch:
        if facts.article.id in stale:
            retract(store, facts.article.id)
            report.replaced += 1
        else:
            report.loaded += 1
    return _each(store, batch, _write_nodes, report)


def _write_entries(store: Store, batch: list[ArticleFacts], report: LoadReport) -> None:
    """Write the fact entries of articles already written, mark them complete, and move
    the entries of edges grown full onto pages. What they name is recorded for the
    passes again first, in the same lock (a load that settled meanwhile took the records
    made when their nodes were written), and the articles, for the last load's tally."""
    if not batch:
        return
    with store.writing():
        batch = _still_ours(store, batch)
        named = {id_ for facts in batch for id_ in facts.nodes}
        ids = [f.article.id for f in batch]
        store.write([record(store, named, articles=ids)])
        _each(store, batch, _complete, report)
        spill(store)


def _still_ours(store: Store, batch: list[ArticleFacts]) -> list[ArticleFacts]:
    """The articles whose version in the graph is still the one this load wrote, with
    its facts still to write: another load may have taken one back and written another
    version since (its facts are that load's to write), or written this one whole (its
    entries may be on pages by now, where passing over those an edge has misses them)."""
    stored = dict(
        store.run(
            "UNWIND $ids AS id MATCH (a:Article {id: id}) WHERE NOT coalesce(a.complete, false)"
            " RETURN a.id, a.hash",
            {"ids": [f.article.id for f in batch]},
        ).rows
    )
    return [f for f in batch if stored.get(f.article.id) == f.article.props["hash"]]


def _each(
    store: Store,
    batch: list[ArticleFacts],
    step: Callable[[Store, list[ArticleFacts]], None],
    report: LoadReport,
) -> list[ArticleFacts]:
    """Run a write step over a batch, or, when the database refuses it, over each
    article alone: one it refuses is taken back and reported. Returns those written."""
    if not batch:
        return []
    try:
        step(store, batch)
        return batch
    except WriteRefused:
        raise  # nothing more can be written: one error, not one per article
    except StoreError:
        done = []
        for facts in batch:
            try:
                step(store, [facts])
                done.append(facts)
            except WriteRefused:
                raise
            except StoreError as exc:
                retract(store, facts.article.id)
                report.failed.append(f"{facts.article.props['source']}: not written: {exc}")
        return done


def _unsettled(store: Store, batch: list[ArticleFacts], stale: list[str]) -> Statement:
    """The record of what writing `batch` (and first taking back the `stale` articles'
    old versions) will touch, for the derived passes."""
    newest, named = _named(store, stale)
    return record(store, {*named, *(i for facts in batch for i in facts.nodes)}, newest)


def _named(store: Store, articles: list[str]) -> tuple[str, set[str]]:
    """The latest date of the `articles` and the nodes they name: those their MENTIONS
    and REPORTS reach, and the posts and organs their entries reach (schema
    `unmentioned`), for the derived passes."""
    rows = store.run(
        "UNWIND $ids AS id MATCH (a:Article {id: id}) OPTIONAL MATCH (a)-[:MENTIONS|REPORTS]->(n)"
        " RETURN a.date, n.id",
        {"ids": articles},
    ).rows
    kinds = " OR ".join(f"x:{kind}" for kind in UNMENTIONED)
    # The second MATCH after a WITH: in one pattern FalkorDB 4.16 started from every
    # node of the graph for each article (0.8 s for 5 articles at 100,000, not 17 ms).
    reached = store.run(
        "UNWIND $ids AS id MATCH (:Article {id: id})-[:MENTIONS|REPORTS]->(n) WITH id, n"
        f" MATCH (n)-[h]->(x) WHERE ({kinds}) AND id IN h.sources RETURN DISTINCT x.id",
        {"ids": articles},
    ).rows
    named = {n for _, n in rows if n} | {x for (x,) in reached}
    return max((d or "" for d, _ in rows), default=""), named


def _write_nodes(store: Store, batch: list[ArticleFacts]) -> None:
    """The articles (incomplete), the nodes they name, the structure and the readings."""
    store.write([_articles(store, batch)])
    store.write(_nodes(store, batch))
    store.write(_structure(batch))
    store.write(advance(_readings(batch)))


def _complete(store: Store, batch: list[ArticleFacts]) -> None:
    """The articles' fact entries, a bounded part at a time, then the mark that each is
    complete. Entries already on an edge are passed over, so that a part written again
    (after a refusal, or a kill) is written once. The MENTIONS of posts and organs
    (schema `unmentioned`) go just before the mark: until the facts that point at those
    nodes are written, they keep them from another load's collecting of what nothing
    points at (graph/derive/unpointed.py), and tell a retraction of an article cut short
    what it named."""
    _restore_persons(store, batch)
    for statements in _facts(batch, store.shared, pages.PAGE_SIZE):
        store.write(statements)
    articles = [f.article.id for f in batch]
    # A part of the articles a write (a transaction on Neo4j): some 12 MENTIONS each.
    for i in range(0, len(articles), _ROWS):
        part = {"ids": articles[i : i + _ROWS]}
        store.write(
            [
                (
                    f"UNWIND $ids AS id MATCH (:Article {{id: id}})-[m:MENTIONS]->(:{kind}) DELETE m",
                    part,
                )
                for kind in UNMENTIONED
            ]
        )
    store.write([marked(articles, complete=True)])


def _restore_persons(store: Store, batch: list[ArticleFacts]) -> None:
    """Write again the persons the articles name that another load's settling took away
    since their nodes were written (a regrouping moved their mentions to a namesake), with
    the articles' mentions of them: their facts need them, and this load's own settling
    regroups the name from every unit. Without them the facts were dropped unseen. A
    mention moved to a namesake while the person stays (a load placed it on him) is
    written again too: a retraction finds an article's entries from its mentions."""
    named = sorted(
        [facts.article.id, i] for facts in batch for i in facts.nodes if kind_of(i) == "Person"
    )
    there = store.run(
        "UNWIND $rows AS r MATCH (:Article {id: r[0]})-[:MENTIONS]->(p:Person {id: r[1]})"
        " RETURN r[0], r[1]",
        {"rows": named},
    ).rows
    lost = {(a, p) for a, p in named} - {(a, p) for a, p in there}
    statements = []
    for facts in batch:
        only = {p for a, p in lost if a == facts.article.id}
        if only:
            statements += _nodes(store, [facts], only)
    if statements:
        store.write(statements)


def retract(store: Store, article: str) -> None:
    """Remove one article's facts: its entries on edges and their pages (edges and pages
    left with none go), then the nodes no other article mentions, then the article with
    its mentions. The mentions go last: a rerun after a kill finds from them what is left
    to take back."""
    params = {"a": article}
    rows = store.run(
        f"MATCH (a:Article {{id: $a}})-[:MENTIONS|REPORTS]->(n) RETURN n.id, n.{READ_AT}, a.date",
        params,
    ).rows
    named = {n for n, _, _ in rows}
    # A node keeps its readings unless the article gave one of them (or it keeps no keys
    # of them): reading again every mention of every node named (a term's hundreds) took
    # 12.6 s of 100 edited articles at 100,000 articles.
    gave = {n for n, at, date in rows if at is None or key(date, article) in at}
    # Each SET that may clear a key apart, the lists last (they find the edges): FalkorDB
    # 4.16 clears the wrong keys when one SET clears two (graph/store/base.py set_each).
    statements: list[Statement] = [
        # A fact edge whose page holds the entry is rewritten too: what passes keep of
        # its entries goes (its pages match `_RETRACTING` as edges of their own).
        *((f"{_PAGE_RETRACTING} SET {item}", params) for item in _UNCACHE),
        (f"{_RETRACTING} SET h.last_seen = {store.shared(latest('dates'))}", params),
        *((f"{_RETRACTING} SET {item}", params) for item in _UNCACHE),
        (
            f"{_RETRACTING} SET h.sources = [i IN keep | h.sources[i]],"
            f" h.entries = [i IN keep | h.entries[i]],"
            f" h.first_seen = {store.shared(earliest('dates'))}",
            params,
        ),
        *_repaged(store, params),
        # Apart from the update: FalkorDB 4.16 drops a SET that a filtered DELETE follows
        # in one query (shared/notes/falkordb-embedded.md).
        (
            "MATCH (:Article {id: $a})-[:MENTIONS|REPORTS]->()-[h]->()"
            f" WHERE size(h.sources) = 0 AND coalesce(h.{PAGED}, 0) = 0 DELETE h",
            params,
        ),
    ]
    # Nodes no other article mentions go; posts and organs, which none does once
    # complete, when nothing points at them, after the derived passes
    # (graph/derive/unpointed.py).
    for kind, ids in by_kind(n for n in named if kind_of(n) not in UNMENTIONED).items():
        statements.append(
            (
                f"UNWIND $ids AS id MATCH (n:{kind} {{id: id}})"
                " OPTIONAL MATCH (n)<-[m:MENTIONS|REPORTS]-(o) WHERE o.id <> $a"
                " WITH n, count(m) AS c WHERE c = 0 DETACH DELETE n",
                {"ids": ids, "a": article},
            )
        )
    statements += refresh(gave, going=[(article, n) for n in gave])
    statements.append(("MATCH (a:Article {id: $a}) DETACH DELETE a", params))
    store.write(statements)


def _repaged(store: Store, params: dict[str, Any]) -> list[Statement]:
    """Statements setting again, on each paged edge from a node article $a names, what
    it keeps of its pages: how many entries they hold and the span of dates, its own and
    theirs (a retraction may have taken an entry off either). Each SET apart: each may
    clear its key. Counted, not decremented: a rerun after a kill runs them again (as an
    integer: FalkorDB sums to a float, which Neo4j does not). The edges are found from
    their pages, which a retraction empties but leaves to the DELETE after these: from
    every edge of the nodes named, it read a popular official's every meeting (3.66 →
    1.75 s of 100 edited articles at 100,000 articles)."""
    paged = (
        f"MATCH (:Article {{id: $a}})-[:MENTIONS|REPORTS]->(n)-[p:{PAGE}]->(x)"
        " WITH DISTINCT n, x, p.of AS of MATCH (n)-[h]->(x) WHERE type(h) = of"
        f" AND h.{PAGED} IS NOT NULL OPTIONAL MATCH (n)-[g:{PAGE}]->(x) WHERE g.of = of"
        f" WITH h, toInteger(sum(size(g.{SOURCES}))) AS n, collect(g.first_seen) AS firsts,"
        f" collect(g.last_seen) AS lasts, {seen_dates('h.entries')} AS dates"
    )
    return [
        (f"{paged} SET h.first_seen = {store.shared(earliest('dates + firsts'))}", params),
        (f"{paged} SET h.last_seen = {store.shared(latest('dates + lasts'))}", params),
        (f"{paged} SET h.{PAGED} = CASE WHEN n > 0 THEN n END", params),
    ]


# Statements -------------------------------------------------------------------------


def _articles(store: Store, batch: list[ArticleFacts]) -> Statement:
    rows = []
    for f in batch:
        props, shared = split_shared("Article", {**f.article.props, "sentences": f.sentences()})
        rows.append({"id": f.article.id, "props": props, "shared": shared})
    sets = shared_sets(store, "Article", "a", "r.props", "r.shared")
    return (
        f"UNWIND $rows AS r MERGE (a:Article {{id: r.id}}) SET {sets}, a.complete = false",
        {"rows": rows},
    )


def _nodes(
    store: Store, batch: list[ArticleFacts], only: set[str] | None = None
) -> list[Statement]:
    """Statements writing the articles' nodes (those in `only`, when given) and their
    MENTIONS or REPORTS with the readings."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for facts in batch:
        for node in facts.nodes.values():
            if only is not None and node.id not in only:
                continue
            edge = "REPORTS" if node.id in facts.reports else "MENTIONS"
            props, shared = split_shared(node.kind, {**node.props, **unread(node.kind)})
            reading, read = split_shared(node.kind, facts.readings.get(node.id, {}))
            groups[(node.kind, edge)].append(
                {
                    "article": facts.article.id,
                    "id": node.id,
                    "props": props,
                    "shared": shared,
                    "reading": reading,
                    "read": read,
                }
            )
    return [
        (
            "UNWIND $rows AS r MATCH (a:Article {id: r.article})"
            f" MERGE (n:{kind} {{id: r.id}})"
            f" ON CREATE SET {shared_sets(store, kind, 'n', 'r.props', 'r.shared')}"
            f" MERGE (a)-[m:{edge}]->(n)"
            f" SET {shared_sets(store, kind, 'm', 'r.reading', 'r.read', READINGS.get(kind, ()))}",
            {"rows": rows},
        )
        for (kind, edge), rows in sorted(groups.items())
    ]


def _structure(batch: list[ArticleFacts]) -> list[Statement]:
    groups: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    for facts in batch:
        for kind, source, target in facts.structure:
            groups[(kind, kind_of(source), kind_of(target))].add((source, target))
    return [
        (
            f"UNWIND $rows AS r MATCH (a:{a} {{id: r[0]}}) MATCH (b:{b} {{id: r[1]}})"
            f" MERGE (a)-[:{kind}]->(b)",
            {"rows": sorted(pairs)},
        )
        for (kind, a, b), pairs in sorted(groups.items())
    ]


def _readings(batch: list[ArticleFacts]) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """Each node's readings in the batch, with the key of the article giving them."""
    read: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for facts in batch:
        at = key(facts.article.props.get("date"), facts.article.id)
        for id_, values in facts.readings.items():
            read[id_].append((at, values))
    return read


# A retraction rewrites an edge's lists whole: it takes away what a pass keeps of them
# (schema `cached`), which the pass picks again. Appends and merges keep it in step.
_UNCACHE = uncache("h")
# Cypher: each edge `h` article $a supports (a page too), with the indexes of the
# sources it keeps (`keep`) and the dates those saw the fact (`dates`).
_RETRACTING = (
    "MATCH (:Article {id: $a})-[:MENTIONS|REPORTS]->()-[h]->() WHERE $a IN h.sources"
    " WITH DISTINCT h"
    " WITH h, [i IN range(0, size(h.sources) - 1) WHERE h.sources[i] <> $a] AS keep"
    f" WITH h, keep, {seen_dates('[i IN keep | h.entries[i]]')} AS dates"
)
# Cypher: each fact edge `h` a page of which holds an entry of article $a.
_PAGE_RETRACTING = (
    f"MATCH (:Article {{id: $a}})-[:MENTIONS|REPORTS]->(n)-[g:{PAGE}]->(x) WHERE $a IN g.sources"
    " MATCH (n)-[h]->(x) WHERE type(h) = g.of WITH DISTINCT h"
)


def _facts(
    batch: list[ArticleFacts], shared: Callable[[str], str], page: int
) -> list[list[Statement]]:
    """Fact edges, each article's entry merged into the edge's sorted sources, in parts
    of at most _ROWS edges (each part one write): entries that sort after an edge's last
    source are appended by a statement that does only that (`_append`), a few others
    put in their place (`_support`), many sorted in with the edge's (`_merge`). A row's
    new entries are [source, packed entry, the date it saw the fact or ''], each string
    written `shared` (the store's own way to keep one copy of a string many hold). An
    edge grown past twice `page` entries is marked for `spill`."""
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    for facts in batch:
        sentence = {text: i for i, text in enumerate(facts.sentences())}
        for (kind, source, target), edge in facts.facts.items():
            row = rows.setdefault((kind, source, target), {"a": source, "b": target, "new": []})
            entry = {**edge.support, "evidence": sentence[edge.support["evidence"]]}
            dated = entry["seen"] if entry.get("changes") != "former" else ""
            row["new"].append([facts.article.id, pack(kind, entry), dated])
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (kind, _, _), row in sorted(rows.items()):
        row["new"].sort()
        if kind in _NOTABLE:
            row["changed"], row["printed"] = notable_rows(unpack(kind, n[1]) for n in row["new"])
        by_kind[kind].append(row)
    parts: list[list[Statement]] = []
    for kind, kind_rows in by_kind.items():
        for i in range(0, len(kind_rows), _ROWS):
            part = kind_rows[i : i + _ROWS]
            few = [r for r in part if len(r["new"]) <= _FEW]
            many = [r for r in part if len(r["new"]) > _FEW]
            statements: list[Statement] = [
                (_append(kind, shared), {"rows": part, "page": page}),
                (_support(kind, shared), {"rows": few, "page": page}),
            ]
            statements += [
                (_merge(kind, shared), {"rows": many[j : j + _SORTED_ROWS], "page": page})
                for j in range(0, len(many), _SORTED_ROWS)
            ]
            parts.append(statements)
    return parts


# The kinds whose edges keep what tenure picks of their entries (schema `cached`).
_NOTABLE = frozenset(kind for kind, kept in CACHED.items() if "notable" in kept)
# What a fact edge keeps one item of per source, in the order of a new entry's values.
_LISTS = (SOURCES, ENTRIES)
# Cypher: the dates of new entries `x` that saw the fact (a 'former' reading does not).
_DATED = "[x IN {} WHERE x[2] <> '' | x[2]]"


def _kept(kind: str) -> tuple[str, str]:
    """Cypher: (a WITH item computing, a SET item writing) the kind's kept picks."""
    if kind not in _NOTABLE:
        return "", ""
    return f", {NOTABLE} AS kept", ", h.notable = kept"


def _edge(kind: str) -> str:
    """Cypher: each row's fact edge `h`, made if need be. The REMOVE takes the edge's
    write lock (Neo4j) before its lists are read, held to the end of the transaction."""
    a, b = FACT_EDGES[kind]
    return (
        f"UNWIND $rows AS r MATCH (a:{a} {{id: r.a}}) MATCH (b:{b} {{id: r.b}})"
        f" MERGE (a)-[h:{kind}]->(b) REMOVE h.lock"
    )


# Cypher, after a SET of edge `h`'s lists: the edge marked for `spill` once they are
# past twice $page. Set only then: a SET of the indexed mark to null on every other edge
# costs an index update each.
_FULL = f" FOREACH (_ IN CASE WHEN size(h.sources) > 2 * $page THEN [1] ELSE [] END | SET h.{FULL} = true)"


def _seen(shared: Callable[[str], str]) -> str:
    """Cypher SET items: edge `h`'s seen dates widened to the new entries' `dates`."""
    return (
        f"h.first_seen = {shared(earliest('dates', 'h.first_seen'))},"
        f" h.last_seen = {shared(latest('dates', 'h.last_seen'))}"
    )


def _append(kind: str, shared: Callable[[str], str]) -> str:
    """Cypher appending new entries ([source, packed entry, date]) whose sources all
    sort after the edge's last one (or making the edge); other rows are left to
    `_support` and `_merge`."""
    sets = ", ".join(
        f"h.{x} = coalesce(h.{x}, []) + [x IN r.new | {shared(f'x[{i}]')}]"
        for i, x in enumerate(_LISTS)
    )
    kept, keep = _kept(kind)
    return (
        _edge(kind)
        + " WITH h, r WHERE coalesce(h.sources[size(h.sources) - 1] < r.new[0][0], true)"
        f" WITH h, r, {_DATED.format('r.new')} AS dates{kept}"
        f" SET {sets}, {_seen(shared)}{keep}{_FULL}"
    )


def _support(kind: str, shared: Callable[[str], str]) -> str:
    """Cypher merging new entries ([source, packed entry, date]) into an edge's sources
    and entries, kept sorted by source, in one statement, so that two loads writing one
    edge at once both keep their entries; rows `_append` wrote (their first source is
    there now) are passed over, and so is an entry whose source is there already. Each
    entry goes in where the count of sources before it says, each list cut there and
    joined again, not taken apart into entries and sorted."""
    # the new entries each after the old ones before it, the rest of the old ones last
    joined = (
        "reduce(acc = [], j IN range(0, size(new) - 1) | acc + coalesce(h.{x}, [])"
        "[CASE WHEN j = 0 THEN 0 ELSE at[j - 1] END..at[j]] + [{item}])"
        " + coalesce(h.{x}, [])[at[size(at) - 1]..]"
    )
    sets = ", ".join(
        f"h.{x} = " + joined.format(x=x, item=shared(f"new[j][{i}]")) for i, x in enumerate(_LISTS)
    )
    kept, keep = _kept(kind)
    return (
        _edge(kind) + " WITH h, r WHERE NOT r.new[0][0] IN coalesce(h.sources, [])"
        " WITH h, r, [n IN r.new WHERE NOT n[0] IN coalesce(h.sources, [])] AS new"
        " WITH h, r, new, [n IN new | reduce(c = 0, s IN coalesce(h.sources, []) |"
        " CASE WHEN s < n[0] THEN c + 1 ELSE c END)] AS at"
        f" WITH h, r, new, at, {_DATED.format('new')} AS dates{kept}"
        f" SET {sets}, {_seen(shared)}{keep}{_FULL}"
    )


def _merge(kind: str, shared: Callable[[str], str]) -> str:
    """Cypher sorting many new entries ([source, packed entry, date]) in with an edge's
    own, by source, keeping one entry of a source; rows `_append` wrote are passed over.
    One sort costs less than putting each of many entries in its place."""
    old = ", ".join(f"coalesce(h.{x}[i], '')" for x in _LISTS)
    sets = ", ".join(f"h.{x} = [e IN merged | {shared(f'e[{i}]')}]" for i, x in enumerate(_LISTS))
    kept, keep = _kept(kind)
    carried = "h, first, last" + (", kept" if kept else "")
    return (
        _edge(kind) + " WITH h, r WHERE NOT r.new[0][0] IN coalesce(h.sources, [])"
        f" WITH h, r, {_DATED.format('r.new')} AS dates{kept}"
        f" WITH h, {shared(earliest('dates', 'h.first_seen'))} AS first,"
        f" {shared(latest('dates', 'h.last_seen'))} AS last{', kept' if kept else ''},"
        f" [i IN range(0, size(coalesce(h.sources, [])) - 1) | [{old}]] + r.new AS entries"
        f" UNWIND entries AS e WITH {carried}, e ORDER BY e[0]"
        f" WITH {carried}, collect(e) AS sorted"
        f" WITH {carried}, [i IN range(0, size(sorted) - 1)"
        " WHERE i = 0 OR sorted[i][0] <> sorted[i - 1][0] | sorted[i]] AS merged"
        f" SET {sets}, h.first_seen = first, h.last_seen = last{keep}{_FULL}"
    )
