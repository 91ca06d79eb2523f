"""A fact edge's entries past what one edge keeps, on pages beside it.

A fact edge keeps one entry per source, and each write rewrites its lists whole: an
official in the news every week would make a holding whose every update costs more, and
whose lists outgrow what a Neo4j transaction may hold. So an edge keeps at most twice
`size` entries; past that, its lowest `size` move onto a PAGE edge between the same two
nodes (`of` its kind, with the same `sources` and `entries` lists and their own seen
dates), and the edge counts them in `paged`. Only complete articles' entries move: a
load cut short writes its articles' entries again, passing over those the edge has, and
a load writes the entries only of its articles not yet complete.
graph/store/base.py `spill` writes the pages; readers take an edge's entries with its
pages': `paged_lists` in Cypher, `fold` in Python."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from graph.schema import ENTRIES, FACT_EDGES, SEP, SOURCES

PAGE = "PAGE"
# What a fact edge counts of its entries that pages keep.
PAGED = "paged"
# Marks a fact edge holding more than twice a page's entries, for `spill` to find by
# index (a write that grows an edge past that sets it; the spill takes it away).
FULL = "full"
# (edge kind, property) pairs every backend indexes: the mark, found without reading
# every edge of a kind.
FULL_INDEXES = tuple((kind, FULL) for kind in FACT_EDGES)
# The entries a page keeps, and half the most an edge keeps before it spills. Each write
# to an edge copies its lists whole, so this bounds what a new entry costs: with sources
# that sort among an edge's (as a national corpus's do), 1,000 took 0.37 s of a 100-article
# increment's writes at 100,000 articles and 0.84–0.96 s at 300,000, and 250 takes 0.23–0.27
# and 0.33 s; readers fold the pages' same entries (bench/HISTORY.md).
PAGE_SIZE = DEFAULT_PAGE_SIZE = 250


def seen_dates(entries: str) -> str:
    """Cypher: the dates the packed `entries` saw the fact on (a 'former' reading,
    which calls the post former, does not see it held)."""
    return (
        f"[x IN [e IN {entries} | split(e, '{SEP}')] WHERE x[0] <> '' AND NOT 'former' IN x | x[0]]"
    )


def earliest(dates: str, start: str = "null") -> str:
    """Cypher: the least of the list `dates` and `start` (null counts as none)."""
    return f"reduce(m = {start}, x IN {dates} | CASE WHEN m IS NULL OR x < m THEN x ELSE m END)"


def latest(dates: str, start: str = "null") -> str:
    """Cypher: the greatest of the list `dates` and `start` (null counts as none)."""
    return f"reduce(m = {start}, x IN {dates} | CASE WHEN m IS NULL OR x > m THEN x ELSE m END)"


def paged_lists(a: str, h: str, b: str, carried: str) -> str:
    """Cypher: after a MATCH binding edge `h` from `a` to `b`, a WITH carrying
    `carried` (the other variables, comma-separated, or '') and `sources` and `entries`,
    the edge's lists with its pages' (in no order)."""
    keep = f"{carried}, " if carried else ""
    return (
        f" OPTIONAL MATCH ({a})-[_g:{PAGE}]->({b}) WHERE _g.of = type({h})"
        f" WITH {keep}{a}, {h}, {b}, collect(_g) AS _pages"
        f" WITH {keep}{a}, {h}, {b},"
        f" reduce(s = coalesce({h}.{SOURCES}, []), g IN _pages | s + g.{SOURCES}) AS {SOURCES},"
        f" reduce(s = coalesce({h}.{ENTRIES}, []), g IN _pages | s + g.{ENTRIES}) AS {ENTRIES}"
    )


def fold(props: dict[str, Any], pages: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """A fact edge's properties with its pages' entries taken back into its lists
    (sorted by source), without the `paged` count or the `full` mark: what the edge
    would be had it never spilled."""
    pairs = sorted(
        zip(
            [*(props.get(SOURCES) or []), *(s for p in pages for s in p[SOURCES])],
            [*(props.get(ENTRIES) or []), *(e for p in pages for e in p[ENTRIES])],
            strict=True,
        )
    )
    out = {k: v for k, v in props.items() if k not in (PAGED, FULL)}
    out[SOURCES] = [s for s, _ in pairs]
    out[ENTRIES] = [e for _, e in pairs]
    return out


def fold_edges(edges: Iterable[Sequence[Any]]) -> list[list[Any]]:
    """Edge rows that begin kind, from, to, properties (the rest kept as it is), each
    fact edge with its pages folded in (`fold`), the pages themselves gone."""
    rows = list(edges)
    pages: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for kind, a, b, props, *_ in rows:
        if kind == PAGE:
            pages[(props["of"], a, b)].append(props)
    out = []
    for kind, a, b, props, *rest in rows:
        if kind != PAGE:
            paged = PAGED in props or FULL in props
            out.append([kind, a, b, fold(props, pages[kind, a, b]) if paged else props, *rest])
    return out


def kept_apart(
    props: dict[str, Any], pages: Sequence[dict[str, Any]]
) -> tuple[dict[str, Any], list[dict[str, Any]], int]:
    """For a write of an edge's whole lists (`props`, as graph/model.py `edge_props`
    gives them) whose pages keep some of its entries: the edge's own props (the entries
    no page keeps; its seen dates the whole's), each page that changes, as its first
    source (which finds it) and what it keeps now (nothing: it goes), and how many
    entries the pages keep. A page keeps its sources still there, so that the entries
    that stay where they are are never written, nor their articles disturbed."""
    entries = dict(zip(props[SOURCES], props[ENTRIES], strict=True))
    changed, paged = [], 0
    for page in pages:
        now = {s: entries.pop(s) for s in page[SOURCES] if s in entries}
        paged += len(now)
        if list(now) != list(page[SOURCES]) or list(now.values()) != list(page[ENTRIES]):
            changed.append(
                {"first": page[SOURCES][0], SOURCES: list(now), ENTRIES: list(now.values())}
            )
    own = {**props, SOURCES: list(entries), ENTRIES: list(entries.values())}
    return own, changed, paged
