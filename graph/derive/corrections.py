"""Analysts' corrections of holdings, applied on every settling before identity.

A `reject` says the articles misread a holding: its entries (the units the decision
names, on the post it names) leave HOLDS. A `place` says the holding is of the same
title in another province (or of the central post): its entries leave the post as
a reject's do, and a copy of each goes onto the other post, marked `placed` =
'decision N'. Entries taken off HOLDS wait on a SET_ASIDE edge from the same person to
the same post, each with its decision's number, so that an undo puts them back.

The pass is a function of the decisions and the articles: it puts back every entry set
aside and takes away every copy, applies the corrections in force in the order they
were made, and writes only the edges whose entries differ from that. A reloaded
article is corrected again; a settling with nothing to correct reads nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from graph.derive.decisions import CORRECTIONS, Decision, in_force
from graph.model import ArticleFacts, Model, Node, by_kind, edge_entries, edge_props, kind_of
from graph.store.base import (
    Statement,
    Store,
    kept_incomplete,
    page_writes,
    set_entries,
    unpage,
    with_pages,
)
from graph.store.pages import kept_apart
from loaders.gazetteer import Gazetteer

ASIDE = "SET_ASIDE"

Edge = tuple[str, str, str]  # (kind, person id, post id)
Entries = dict[str, dict[str, Any]]  # source → the entry's value of each list


def mark(decision: Decision) -> str:
    """The `placed` value of an entry a place decision copied onto its post."""
    return f"decision {decision.id}"


def placed_post(model: Model, title: str, province: str) -> tuple[str, ArticleFacts]:
    """The id of the post of `title` in `province` ('' for none), with the nodes and
    structure an article naming it there would add."""
    scratch = ArticleFacts(Node("Article", "article:", {"date": ""}))
    return model.post(scratch, title, province or None), scratch


def correct(
    store: Store,
    decisions: Sequence[Decision],
    gaz: Gazetteer,
    reached: Callable[[set[str], set[str]], None] = lambda keys, posts: None,
    withdrawn: Sequence[Decision] = (),
) -> None:
    """Apply the corrections in force, undo the others and those `withdrawn` (applied
    before, taken out of the file since); `reached` is told of the name keys and the
    posts whose holdings change, before they are written."""
    fixes = [d for d in [*decisions, *withdrawn] if d.op in CORRECTIONS]
    if not fixes:
        return
    now, key_of, paged = _read(store, fixes)
    wanted = _wanted(now, key_of, [d for d in in_force(decisions) if d.op in CORRECTIONS])
    changed = sorted(e for e in {*now, *wanted} if now.get(e, {}) != wanted.get(e, {}))
    places = [d for d in fixes if d.op == "place"]
    made = _made(store, Model(gaz), places) if places else {}
    if changed:
        posts = {e[2] for e in changed}
        reached({key_of[e[1]] for e in changed}, posts)
        _ensure(store, made, posts)
        _write(store, changed, now, wanted, paged)
    _collect(store, made)


def _read(
    store: Store, fixes: Sequence[Decision]
) -> tuple[dict[Edge, Entries], dict[str, str], dict[Edge, list[dict[str, Any]]]]:
    """The HOLDS and SET_ASIDE edges of every person and post a correction names, each
    with its pages folded in, and the pages of those that have some."""
    pairs = sorted({(d.key, post) for d in fixes for post in (d.post, d.to) if post})
    rows = store.run(
        "UNWIND $pairs AS r MATCH (p:Person {key: r[0]})-[h:HOLDS|SET_ASIDE]->(x:Post {id: r[1]})"
        " RETURN type(h), p.id, p.key, x.id, properties(h)",
        {"pairs": pairs},
    ).rows
    key_of = {person: key for _, person, key, _, _ in rows}
    folded, paged = with_pages(store, {(kind, p, x): props for kind, p, _, x, props in rows})
    now = {edge: edge_entries(edge[0], props) for edge, props in folded.items()}
    return now, key_of, paged


def _wanted(
    now: dict[Edge, Entries], key_of: dict[str, str], force: Sequence[Decision]
) -> dict[Edge, Entries]:
    """The edges as the corrections in force want them: everything set aside back on
    HOLDS, every copy gone, then each correction applied in turn."""
    holds: dict[Edge, Entries] = defaultdict(dict)
    for (kind, person, post), entries in sorted(now.items()):
        for source, entry in entries.items():
            if kind == ASIDE:
                back = {x: v for x, v in entry.items() if x != "decision"}
                holds[("HOLDS", person, post)].setdefault(source, back)
            elif not str(entry.get("placed", "")).startswith("decision "):
                holds[("HOLDS", person, post)].setdefault(source, entry)
    out: dict[Edge, Entries] = defaultdict(dict, holds)
    for d in force:
        units = set(d.left)
        for (kind, person, post), entries in sorted(out.items()):
            if kind != "HOLDS" or post != d.post or key_of.get(person) != d.key:
                continue
            for source, entry in sorted(entries.items()):
                if f"{source}#{entry.get('units', '')}" not in units:
                    continue
                del entries[source]
                out[(ASIDE, person, post)][source] = {**entry, "decision": str(d.id)}
                if d.op == "place":  # an entry of its own there stays
                    out[("HOLDS", person, d.to)].setdefault(source, {**entry, "placed": mark(d)})
    return {e: entries for e, entries in out.items() if entries}


def _made(store: Store, model: Model, places: Sequence[Decision]) -> dict[str, ArticleFacts]:
    """Each post a place decision moves holdings to, with the nodes and structure an
    article naming its title there would add."""
    titles = dict(
        store.run(
            "UNWIND $ids AS id MATCH (x:Post {id: id}) RETURN x.id, x.title",
            {"ids": sorted({d.post for d in places})},
        ).rows
    )
    out: dict[str, ArticleFacts] = {}
    for d in places:
        if titles.get(d.post):
            to, scratch = placed_post(model, titles[d.post], d.province)
            out[to] = scratch
    return out


def _ensure(store: Store, made: dict[str, ArticleFacts], posts: set[str]) -> None:
    """Write the posts holdings are about to move to, as an article naming them would."""
    statements: list[Statement] = []
    for post in sorted(posts & set(made)):
        nodes, structure = made[post].nodes, made[post].structure
        for kind, ids in by_kind(nodes).items():
            rows = [{"id": i, "props": nodes[i].props} for i in ids]
            statements.append(
                (
                    f"UNWIND $rows AS r MERGE (n:{kind} {{id: r.id}}) ON CREATE SET n += r.props",
                    {"rows": rows},
                )
            )
        for kind, a, b in sorted(structure):
            statements.append(
                (
                    f"MATCH (a:{kind_of(a)} {{id: $a}}) MATCH (b:{kind_of(b)} {{id: $b}})"
                    f" MERGE (a)-[:{kind}]->(b)",
                    {"a": a, "b": b},
                )
            )
    store.write(statements)


def _collect(store: Store, made: dict[str, ArticleFacts]) -> None:
    """Remove what `_ensure` made that nothing holds, names or contains any more (a
    place undone, its articles taken back): the post first, then its organs, each
    before its parent, then the province."""
    statements: list[Statement] = []
    for post, scratch in sorted(made.items()):
        order = [post, *(i for i in scratch.nodes if i != post)]
        order.sort(key=lambda i: ("Post", "Organ", "Province").index(kind_of(i)))
        for id_ in order:
            statements.append(
                (
                    f"MATCH (n:{kind_of(id_)} {{id: $id}}) OPTIONAL MATCH (n)<-[r]-()"
                    " WITH n, count(r) AS c WHERE c = 0 DETACH DELETE n",
                    {"id": id_},
                )
            )
    store.write(statements)


def _write(
    store: Store,
    changed: Sequence[Edge],
    now: dict[Edge, Entries],
    wanted: dict[Edge, Entries],
    paged: dict[Edge, list[dict[str, Any]]],
) -> None:
    """Write the changed edges as wanted; a paged holding's pages keep what stays on
    them, and one that goes takes its pages. The articles whose entries move are marked
    incomplete until it is done: a holding is taken off before it is written back and
    set aside, so a kill in between would lose its entries, where this way the rerun of
    those articles' load takes them back and writes them again."""
    moved = {
        source
        for edge in changed
        for source in now.get(edge, {}).keys() | wanted.get(edge, {}).keys()
        if now.get(edge, {}).get(source) != wanted.get(edge, {}).get(source)
    }
    unmark, mark = kept_incomplete(store, moved)
    statements: list[Statement] = [unmark]
    statements += unpage(
        "HOLDS", [[p, x] for k, p, x in changed if (k, p, x) in paged.keys() - wanted.keys()]
    )
    for kind in ("HOLDS", ASIDE):
        gone = [[p, x] for k, p, x in changed if k == kind and (k, p, x) not in wanted]
        rows, repaged = [], []
        for k, p, x in changed:
            if k == kind and (k, p, x) in wanted:
                props = edge_props(k, wanted[(k, p, x)])
                if (k, p, x) in paged:
                    props, pages, n = kept_apart(props, paged[(k, p, x)])
                    repaged.append({"a": p, "b": x, "pages": pages, "paged": n})
                rows.append({"p": p, "x": x, "props": props})
        statements += page_writes(store, kind, repaged) if repaged else []
        statements.append(
            (
                f"UNWIND $rows AS r MATCH (:Person {{id: r[0]}})-[h:{kind}]->(:Post {{id: r[1]}})"
                " DELETE h",
                {"rows": gone},
            )
        )
        statements += set_entries(
            store,
            "UNWIND $rows AS r MATCH (p:Person {id: r.p}) MATCH (x:Post {id: r.x})"
            f" MERGE (p)-[h:{kind}]->(x)",
            rows,
        )
    store.write([*statements, mark])
