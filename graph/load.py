"""Writing articles into a store: in batches, idempotent, one article's facts replaced
at a time, and safe to kill.

Every article is written in the same order: its Article node (marked incomplete),
the nodes it names with its MENTIONS/REPORTS edges, the structural edges, the fact
edges with their sources, the nodes' readings, and last the mark that it is complete.
A reload skips complete articles whose text is unchanged; an article that changed, or
whose load was cut short, is first retracted: its sources leave every fact edge, edges
left without sources go, nodes no article mentions any more go. So the graph is a
function of the set of articles loaded, whatever the order, the batches or the kills.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.model import (
    FACT_EDGES,
    READINGS,
    SUPPORT,
    ArticleFacts,
    Model,
    kind_of,
    text_hash,
)
from graph.store import Statement, Store, StoreError, counts
from loaders import gazetteer
from loaders.pipeline import extract
from loaders.sources import MAX_ARTICLE_BYTES, Article, InputError, read_inputs

Extract = Callable[[Article], dict[str, Any]]


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
            kinds = set(self.before.get(part, {})) | set(self.after.get(part, {}))
            for kind in sorted(kinds):
                delta = self.after.get(part, {}).get(kind, 0) - self.before.get(part, {}).get(
                    kind, 0
                )
                out[kind] = delta
        return out


def load(
    store: Store,
    items: Iterable[Article | InputError],
    model: Model,
    extract: Extract,
    batch_size: int = 250,
    progress: Callable[[int], None] | None = None,
) -> LoadReport:
    """Extract and write every article; bad inputs and failing articles are reported."""
    store.ensure_schema()
    report = LoadReport(before=counts(store))
    for batch in _batches(items, batch_size):
        articles = []
        for item in batch:
            report.read += 1
            if isinstance(item, InputError):
                report.failed.append(str(item))
            else:
                articles.append(item)
        _load_batch(store, articles, model, extract, report)
        if progress:
            progress(len(batch))
    store.checkpoint()
    report.after = counts(store)
    return report


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _load_batch(
    store: Store, articles: list[Article], model: Model, extract: Extract, report: LoadReport
) -> None:
    ids = [f"article:{a.source}" for a in articles]
    state = {
        row[0]: (row[1], row[2])
        for row in store.run(
            "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id, a.hash, a.complete",
            {"ids": ids},
        ).rows
    }
    todo: dict[str, ArticleFacts] = {}
    for article, id_ in zip(articles, ids, strict=True):
        hash_ = text_hash(article.text, article.published)
        if state.get(id_) == (hash_, True) or id_ in todo:
            report.unchanged += 1
            continue
        try:
            todo[id_] = model.facts(extract(article), hash_)
        except Exception as exc:
            report.failed.append(f"{article.source}: extraction failed: {exc!r}")
            continue
        if id_ in state:
            retract(store, id_)
            report.replaced += 1
        else:
            report.loaded += 1
    if not todo:
        return
    try:
        write(store, list(todo.values()))
    except StoreError:
        # Find the article the database refuses; write the others one by one.
        for id_, facts in todo.items():
            try:
                write(store, [facts])
            except StoreError as exc:
                retract(store, id_)
                report.failed.append(f"{facts.article.props['source']}: not written: {exc}")


def write(store: Store, batch: list[ArticleFacts]) -> None:
    """Write the facts of several articles, each marked complete only at the end."""
    store.write([_articles(batch)])
    store.write(_nodes(batch))
    store.write(_structure(batch))
    store.write(_facts(store, batch))
    touched = {id_ for facts in batch for id_ in facts.nodes}
    store.write(_refresh(store, touched))
    store.write(
        [
            (
                "UNWIND $ids AS id MATCH (a:Article {id: id}) SET a.complete = true",
                {"ids": [f.article.id for f in batch]},
            )
        ]
    )


def retract(store: Store, article: str) -> None:
    """Remove one article's facts: its sources on edges, then nodes nobody mentions."""
    params = {"a": article}
    named = store.run("MATCH (:Article {id: $a})-[:MENTIONS|REPORTS]->(n) RETURN n.id", params).rows
    edges = store.run(
        "MATCH (:Article {id: $a})-[:MENTIONS|REPORTS]->(n)-[h]-() WHERE $a IN h.sources"
        " RETURN DISTINCT type(h), startNode(h).id, endNode(h).id, properties(h)",
        params,
    ).rows
    updates: list[tuple[str, dict[str, Any]]] = []
    deletes: list[tuple[str, dict[str, Any]]] = []
    for kind, source, target, props in edges:
        support = _support(props)
        support.pop(article, None)
        row = {"a": source, "b": target, "props": _support_props(kind, support)}
        (updates if support else deletes).append((kind, row))
    statements = [
        *_edge_statements(updates, "SET h += r.props"),
        *_edge_statements(deletes, "DELETE h"),
        ("MATCH (:Article {id: $a})-[m:MENTIONS|REPORTS]->() DELETE m", params),
    ]
    by_kind: dict[str, list[str]] = defaultdict(list)
    for (id_,) in named:
        by_kind[kind_of(id_)].append(id_)
    for kind, ids in by_kind.items():
        statements.append(
            (
                f"UNWIND $ids AS id MATCH (n:{kind} {{id: id}})"
                " OPTIONAL MATCH (n)<-[m:MENTIONS|REPORTS]-()"
                " WITH n, count(m) AS c WHERE c = 0 DETACH DELETE n",
                {"ids": ids},
            )
        )
    store.write(statements)
    store.write(_refresh(store, {id_ for (id_,) in named}))
    store.write([("MATCH (a:Article {id: $a}) DETACH DELETE a", params)])


# Statements -------------------------------------------------------------------------


def _articles(batch: list[ArticleFacts]) -> Statement:
    rows = [{"id": f.article.id, "props": f.article.props} for f in batch]
    return (
        "UNWIND $rows AS r MERGE (a:Article {id: r.id}) SET a += r.props, a.complete = false",
        {"rows": rows},
    )


def _nodes(batch: list[ArticleFacts]) -> list[Statement]:
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for facts in batch:
        seen = facts.article.props["date"] or ""
        for node in facts.nodes.values():
            edge = "REPORTS" if node.id in facts.reports else "MENTIONS"
            reading = {**facts.readings.get(node.id, {}), "seen": seen}
            groups[(node.kind, edge)].append(
                {
                    "article": facts.article.id,
                    "id": node.id,
                    "props": node.props,
                    "reading": reading,
                }
            )
    return [
        (
            "UNWIND $rows AS r MATCH (a:Article {id: r.article})"
            f" MERGE (n:{kind} {{id: r.id}}) ON CREATE SET n += r.props"
            f" MERGE (a)-[m:{edge}]->(n) SET m += r.reading",
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


def _facts(store: Store, batch: list[ArticleFacts]) -> list[Statement]:
    """Fact edges with their sources merged: read what is there, add these articles."""
    new: dict[tuple[str, str, str], dict[str, dict[str, str]]] = defaultdict(dict)
    for facts in batch:
        for (kind, source, target), edge in facts.facts.items():
            new[(kind, source, target)][facts.article.id] = edge.support
    by_kind: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for kind, source, target in new:
        by_kind[kind].append((source, target))
    rows = []
    for kind, pairs in sorted(by_kind.items()):
        a, b = FACT_EDGES[kind]
        existing = store.run(
            f"UNWIND $rows AS r MATCH (a:{a} {{id: r[0]}})-[h:{kind}]->(b:{b} {{id: r[1]}})"
            " RETURN a.id, b.id, properties(h)",
            {"rows": pairs},
        ).rows
        current = {(s, t): _support(p) for s, t, p in existing}
        for source, target in pairs:
            support = current.get((source, target), {})
            support.update(new[(kind, source, target)])
            rows.append((kind, {"a": source, "b": target, "props": _support_props(kind, support)}))
    return _edge_statements(rows, "MERGE (a)-[h:{kind}]->(b) SET h += r.props", match_edge=False)


def _edge_statements(
    rows: list[tuple[str, dict[str, Any]]], action: str, match_edge: bool = True
) -> list[Statement]:
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for kind, row in rows:
        by_kind[kind].append(row)
    out: list[Statement] = []
    for kind, kind_rows in sorted(by_kind.items()):
        a, b = FACT_EDGES[kind]
        match = (
            f"MATCH (a:{a} {{id: r.a}})-[h:{kind}]->(b:{b} {{id: r.b}})"
            if match_edge
            else f"MATCH (a:{a} {{id: r.a}}) MATCH (b:{b} {{id: r.b}})"
        )
        out.append((f"UNWIND $rows AS r {match} {action.format(kind=kind)}", {"rows": kind_rows}))
    return out


def _support(props: dict[str, Any]) -> dict[str, dict[str, str]]:
    """An edge's parallel source lists as one entry per source."""
    sources = props.get("sources") or []
    return {
        source: {k: (props.get(k) or [""] * len(sources))[i] for k in SUPPORT if k in props}
        for i, source in enumerate(sources)
    }


def _support_props(kind: str, support: dict[str, dict[str, str]]) -> dict[str, Any]:
    """Parallel lists in source order, and the first and last dates seen."""
    sources = sorted(support)
    fields = [k for k in SUPPORT if k != "terms" or kind == "HOLDS"]
    props: dict[str, Any] = {"sources": sources}
    for k in fields:
        props[k] = [support[s].get(k, "") for s in sources]
    dates = sorted(d for d in props["seen"] if d)
    props["first_seen"] = dates[0] if dates else None
    props["last_seen"] = dates[-1] if dates else None
    return props


def _refresh(store: Store, ids: set[str]) -> list[Statement]:
    """Node attributes read by several articles: the latest article's reading wins."""
    statements: list[Statement] = []
    by_kind: dict[str, list[str]] = defaultdict(list)
    for id_ in ids:
        if kind_of(id_) in READINGS:
            by_kind[kind_of(id_)].append(id_)
    for kind, kind_ids in sorted(by_kind.items()):
        readings: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
        for id_, article, props in store.run(
            f"UNWIND $ids AS id MATCH (n:{kind} {{id: id}})<-[m:MENTIONS|REPORTS]-(a:Article)"
            " RETURN id, a.id, properties(m)",
            {"ids": sorted(kind_ids)},
        ).rows:
            readings[id_].append((props.get("seen") or "", article, props))
        rows = []
        for id_, found in readings.items():
            found.sort(key=lambda r: (r[0], r[1]), reverse=True)
            rows.append(
                {
                    "id": id_,
                    "props": {
                        attr: next((p[attr] for _, _, p in found if p.get(attr)), None)
                        for attr in READINGS[kind]
                    },
                }
            )
        if rows:
            statements.append(
                (
                    f"UNWIND $rows AS r MATCH (n:{kind} {{id: r.id}}) SET n += r.props",
                    {"rows": rows},
                )
            )
    return statements


def load_paths(
    store: Store,
    paths: Iterable[str | Path],
    gazetteer_dirs: Iterable[Path] = (),
    limit: int = MAX_ARTICLE_BYTES,
    batch_size: int = 250,
    progress: Callable[[int], None] | None = None,
) -> LoadReport:
    """Load every article under `paths` (files, folders, JSONL, '-' for stdin)."""
    dirs = tuple(gazetteer_dirs)
    gaz = gazetteer.load(*dirs) if dirs else gazetteer.default()
    return load(
        store,
        read_inputs(paths, limit),
        Model(gaz),
        lambda article: extract(article, gaz),
        batch_size,
        progress,
    )
