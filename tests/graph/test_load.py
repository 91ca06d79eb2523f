"""Loading: idempotent, order-free, per-article replacement, and safe to kill."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import graph.derive.scope as scope
import graph.load as graph_load
from bench.synth import write_jsonl
from graph.derive.passes import settle
from graph.derive.readings import refresh
from graph.derive.tenure import notable
from graph.load import FactsOf, _complete, _write_nodes, load, load_paths
from graph.model import ArticleFacts, edge_entries, text_hash
from graph.schema import (
    ARTICLE_EDGES,
    DERIVED_EDGES,
    FACT_EDGES,
    NODES,
    READINGS,
    STRUCTURE_EDGES,
)
from graph.store.base import Store, clear, counts, dump
from graph.store.falkor import FalkorStore
from loaders import gazetteer
from loaders.sources import Article
from tests import samples
from tests.conftest import ROOT, neo4j_test_env, neo4j_test_store
from tests.graph.conftest import (
    Statements,
    before_facts,
    killed_after,
    operators,
    write_size,
)

FACTS = FactsOf()
SAMPLES = ROOT / "examples" / "articles"


def _articles(paths: list[Path]) -> list[Article]:
    return [Article(p.name, p.read_text(encoding="utf-8")) for p in paths]


def test_load_twice_changes_nothing(store: Store) -> None:
    first = load_paths(store, [SAMPLES])
    before = dump(store)
    second = load_paths(store, [SAMPLES])
    assert (first.loaded, second.loaded, second.unchanged) == (5, 0, 5)
    assert dump(store) == before
    assert set(second.added().values()) == {0}


def test_load_writes_only_the_kinds_and_properties_the_model_declares(store: Store) -> None:
    load_paths(store, [SAMPLES])
    graph = dump(store)
    for kind, props in graph["nodes"]:
        assert set(props) <= {"id", *NODES[kind]}, kind
    edge_kinds = {*FACT_EDGES, *STRUCTURE_EDGES, *ARTICLE_EDGES, *DERIVED_EDGES}
    assert {kind for kind, *_ in graph["edges"]} <= edge_kinds
    for kind, source, target, props in graph["edges"]:
        if kind in FACT_EDGES:
            assert (source.split(":")[0], target.split(":")[0]) == tuple(
                k.lower() for k in FACT_EDGES[kind]
            )
            assert set(props) & {"seen", "evidence", "units"} == set(), props
            assert len(props["sources"]) == len(edge_entries(kind, props)) >= 1
        if kind in ARTICLE_EDGES:  # what the article read; its date is the article's own
            assert set(props) <= {p for ps in READINGS.values() for p in ps}, props


def test_load_keeps_each_sentence_once_on_its_article(store: Store) -> None:
    """A sentence naming three officials supports their HOLDS and ATTENDED edges: it is
    stored once, on the article, and every entry's evidence points at it; the article's
    new version brings its own sentences."""
    text = (
        "Ngày 3/4/2024, các đồng chí: Trần Văn Hai, Bí thư Tỉnh ủy; Lê Thị Ba, Phó Bí thư"
        " Tỉnh ủy; Phạm Văn Bốn, Chủ tịch UBND tỉnh Điện Biên dự hội nghị tổng kết."
    )
    load(store, [Article("a.txt", text)], FACTS)
    rows = store.run(
        "MATCH (a:Article)-[:MENTIONS]->(:Person)-[h]->() WHERE a.id IN h.sources"
        " RETURN a.sentences, h.sources, [e IN h.entries | split(e, '|')[1]]"
    ).rows
    sentences = rows[0][0]
    assert len(rows) >= 6 and len(sentences) == len(set(sentences)) == 1
    assert all(ev == ["0"] and sources == [rows[0][1][0]] for _, sources, ev in rows)
    assert "Phạm Văn Bốn" in sentences[0]
    load(store, [Article("a.txt", text.replace("dự hội nghị", "chủ trì hội nghị"))], FACTS)
    (now,) = {tuple(r[0]) for r in store.run("MATCH (a:Article) RETURN a.sentences").rows}
    assert len(now) == 1 and "chủ trì" in now[0]


def test_load_says_when_it_settles(store: Store) -> None:
    """After its last article a load settles persons and tenures: the progress bar is
    told, not left showing a finished count."""
    said: list[str] = []
    done: list[int] = []
    load_paths(store, [SAMPLES], progress=done.append, stage=said.append)
    assert sum(done) == 5 and said == ["writing facts", "settling persons and tenures"]


def _last_load(store: Store) -> tuple[int, list[str]]:
    ((count, ids),) = store.run("MATCH (r:LastLoad) RETURN r.count, r.articles").rows
    return count, sorted(ids)


def _interrupted(name: str, after: int, action: Callable[..., Any]) -> Callable[..., Any]:
    """`graph.load`'s step `name` as it runs, but once it has run `after` times, `action`
    (given the step and its arguments) runs in its stead."""
    step, calls = getattr(graph_load, name), []

    def run(*args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        if len(calls) > after:
            return action(step, *args, **kwargs)
        return step(*args, **kwargs)

    return run


def _kill(*_: object, **__: object) -> None:
    raise KeyboardInterrupt


def _settled_by_another(write_entries: Callable[..., None], store: Store, *args: Any) -> None:
    """The facts write, then a settling of the whole graph by another command: more than
    an analyst's decision (`kg resolve`) or another load's end settles."""
    write_entries(store, *args)
    settle(store, gazetteer.default())


# How a load of the five samples (one article per facts write) is interrupted: the
# step, how often it runs first, and what runs in its stead then.
INTERRUPTIONS: dict[str, tuple[str, int, Callable[..., Any]]] = {
    "killed after its second facts": ("_write_entries", 2, _kill),
    "killed in its fourth article's facts": ("_complete", 3, _kill),
    "killed before settling": ("settle", 0, _kill),
    "settled by another command after its second facts": ("_write_entries", 2, _settled_by_another),
}


@pytest.mark.parametrize("limit", [50_000, 3])
@pytest.mark.parametrize("how", INTERRUPTIONS)
def test_load_interrupted_then_finished_is_the_last_load_of_every_article_it_wrote(
    store: Store, how: str, limit: int
) -> None:
    """`kg changes --last-load` lists what the articles of the last load report: when a
    load is killed and run again, or another command settles in its middle, still every
    article it wrote, each once (not the rerun's alone, which finds the killed run's
    articles unchanged), and past the limit of ids it keeps, their count alone."""
    files = sorted(SAMPLES.glob("*.txt"))
    load(store, _articles(files[:1]), FACTS)
    name, after, action = INTERRUPTIONS[how]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(scope, "LAST_LOAD_IDS", limit)
        with pytest.MonkeyPatch.context() as step:
            step.setattr(graph_load, name, _interrupted(name, after, action))
            with contextlib.suppress(KeyboardInterrupt):
                load(store, _articles(files), FACTS, batch_size=1, facts_every=1)
        load(store, _articles(files), FACTS, batch_size=1, facts_every=1)
        written = sorted(f"article:{f.name}" for f in files[1:])
        assert _last_load(store) == (4, written if limit > 4 else [])


def test_load_last_load_is_left_as_it_is_by_a_decision_and_a_load_writing_nothing(
    store: Store,
) -> None:
    files = sorted(SAMPLES.glob("*.txt"))
    load(store, _articles(files), FACTS)
    before = store.run("MATCH (r:LastLoad) RETURN properties(r)").rows
    settle(store, gazetteer.default())
    load(store, _articles(files), FACTS)
    assert store.run("MATCH (r:LastLoad) RETURN properties(r)").rows == before
    assert _last_load(store) == (5, sorted(f"article:{f.name}" for f in files))


def test_load_overlapping_sets_in_any_order_give_one_graph(store: Store) -> None:
    files = sorted(SAMPLES.glob("*.txt"))
    load(store, _articles(files[2:]), FACTS)
    load(store, _articles(files[:4]), FACTS, batch_size=2)
    in_pieces = dump(store)
    clear(store)
    load(store, _articles(files), FACTS)
    assert in_pieces == dump(store)


def test_load_changed_article_replaces_its_own_facts(store: Store) -> None:
    text = "Ngày 3/4/2024, đồng chí {name}, Bí thư Tỉnh ủy Điện Biên chủ trì hội nghị tổng kết."
    other = Article("b.txt", text.format(name="Trần Văn Hai"))
    load(store, [Article("a.txt", text.format(name="Nguyễn Văn Một")), other], FACTS)
    report = load(store, [Article("a.txt", text.format(name="Lê Văn Ba"))], FACTS)
    assert report.replaced == 1
    people = {r[0] for r in store.run("MATCH (p:Person) RETURN p.name").rows}
    assert people == {"Lê Văn Ba", "Trần Văn Hai"}
    holders = store.run(
        "MATCH (p:Person)-[h:HOLDS]->(:Post {title: 'Bí thư Tỉnh ủy'}) RETURN p.name, h.sources"
    ).rows
    assert sorted(holders) == [
        ("Lê Văn Ba", ["article:a.txt"]),
        ("Trần Văn Hai", ["article:b.txt"]),
    ]


def _posts_and_organs(store: Store) -> set[str]:
    return {r[0] for r in store.run("MATCH (n) WHERE n:Post OR n:Organ RETURN n.id").rows}


def test_load_a_post_or_organ_goes_with_the_last_fact_naming_it(store: Store) -> None:
    """No article MENTIONS a post or an organ (schema `unmentioned`): one goes when the
    facts and structure naming it do, a post before its organ, an organ before its
    parent, and what another article's post still sits in stays."""
    said = "Ngày 3/4/2024, đồng chí {who} dự hội nghị tổng kết."
    member = Article(
        "a.txt", said.format(who="Trần Văn Hai, Ủy viên Ban Thường vụ Tỉnh ủy Điện Biên,")
    )
    head = Article("b.txt", said.format(who="Lê Văn Ba, Bí thư Tỉnh ủy Điện Biên,"))
    load(store, [member, head], FACTS)
    assert (
        store.run(
            "MATCH (:Article)-[m:MENTIONS]->(n) WHERE n:Post OR n:Organ RETURN count(m)"
        ).rows[0][0]
        == 0
    )
    party, committee = "organ:đảng-bộ-tỉnh@điện-biên", "organ:tỉnh-ủy@điện-biên"
    standing = "organ:ban-thường-vụ-tỉnh-ủy@điện-biên"
    assert {party, committee, standing} <= _posts_and_organs(store)
    untitled = [
        Article(a.source, said.format(who=w))
        for a, w in ((member, "Trần Văn Hai"), (head, "Lê Văn Ba"))
    ]
    load(store, untitled[:1], FACTS)
    left = _posts_and_organs(store)
    assert standing not in left and {party, committee} <= left
    edited = dump(store)
    clear(store)
    load(store, [untitled[0], head], FACTS)
    assert dump(store) == edited
    load(store, untitled[1:], FACTS)
    assert _posts_and_organs(store) == set()


def test_load_keeps_a_post_an_article_names_until_its_facts_are_written(store: Store) -> None:
    """One load writes an article's nodes, then takes back another's old version, then
    writes the facts: the post the first names stays though the old version held the
    last fact pointing at it, and the first's holding of it is written."""
    said = "Ngày 3/4/2024, đồng chí {who} chủ trì hội nghị tổng kết."
    old = Article("b.txt", said.format(who="Trần Văn Hai, Bí thư Tỉnh ủy Điện Biên,"))
    load(store, [old], FACTS)
    new = Article("a.txt", said.format(who="Lê Văn Ba, Bí thư Tỉnh ủy Điện Biên,"))
    changed = Article("b.txt", said.format(who="Trần Văn Hai"))
    load(store, [new, changed], FACTS, batch_size=1)
    holders = "MATCH (p:Person)-[:HOLDS]->(:Post {title: 'Bí thư Tỉnh ủy'}) RETURN p.name"
    assert [tuple(r) for r in store.run(holders).rows] == [("Lê Văn Ba",)]
    together = dump(store)
    clear(store)
    load(store, [new, changed], FACTS)
    assert dump(store) == together


def test_load_keeps_its_posts_from_another_load_s_settling_until_its_facts_are_written(
    store: Store,
) -> None:
    """A load writes an article's nodes; another load settles, collecting the posts and
    organs nothing points at; then the first writes the article's facts. The post it
    names has no holding yet, but the article's MENTIONS keep it until the facts are
    written: the holding is written, and then the MENTIONS go."""
    article = Article(
        "a.txt", "Ngày 3/4/2024, đồng chí Lê Văn Ba, Bí thư Tỉnh ủy Điện Biên, chủ trì họp."
    )
    facts = FACTS(article, text_hash(article.text, None))
    assert isinstance(facts, ArticleFacts)
    _write_nodes(store, [facts])
    settle(store, gazetteer.default())
    _complete(store, [facts])
    holders = "MATCH (p:Person)-[:HOLDS]->(:Post {title: 'Bí thư Tỉnh ủy'}) RETURN p.name"
    assert [tuple(r) for r in store.run(holders).rows] == [("Lê Văn Ba",)]
    left = "MATCH (:Article)-[m:MENTIONS]->(n) WHERE n:Post OR n:Organ RETURN count(m)"
    assert store.run(left).rows[0][0] == 0


def test_load_collects_a_post_nothing_points_at_whatever_took_its_edges(store: Store) -> None:
    """A regrouping or a correction killed between taking a holding away and writing it
    again leaves its post with nothing pointing at it, and no article names it any more:
    the next settling takes it, with the organs it alone sat in."""
    said = "Ngày 3/4/2024, đồng chí {who} dự hội nghị tổng kết."
    load(
        store,
        [
            Article(
                "a.txt", said.format(who="Trần Văn Hai, Ủy viên Ban Thường vụ Tỉnh ủy Điện Biên,")
            )
        ],
        FACTS,
    )
    store.write([("MATCH (:Person)-[h:HOLDS]->(:Post) DELETE h", {})])
    assert "organ:ban-thường-vụ-tỉnh-ủy@điện-biên" in _posts_and_organs(store)
    load(store, [Article("b.txt", said.format(who="Lê Văn Ba"))], FACTS)
    assert _posts_and_organs(store) == set()


def test_load_reads_no_statement_from_every_node(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No statement of a load, of new articles or of changed ones, starts from every node
    of the graph: each finds its nodes by a label and an index. What a changed article
    had named was found so, for each article (81 s for 100 edited articles of a
    100,000-article graph, 0.4 s since). The one exception finds the first edge of a
    kind that has some (a count says so first), on opening an older store."""
    asked: dict[str, dict[str, Any]] = {}
    run, write = store.run, store.write

    def recording(cypher: str, params: dict[str, Any] | None = None, **kw: Any) -> Any:
        asked.setdefault(cypher, dict(params or {}))
        return run(cypher, params, **kw)

    def writing(statements: Statements) -> None:
        for cypher, params in statements:
            asked.setdefault(cypher, dict(params or {}))
        write(statements)

    monkeypatch.setattr(store, "run", recording)
    monkeypatch.setattr(store, "write", writing)
    articles = samples.articles(samples.TENURE)
    load(store, articles, FACTS)
    edited = [replace(a, text=a.text + "\nBài viết được cập nhật.") for a in articles[::3]]
    load(store, edited, FACTS)
    monkeypatch.undo()
    probe = re.compile(r"MATCH \(\)-\[h:\w+\]->\(\) WITH h LIMIT 1 ")
    explained = [(c, p) for c, p in asked.items() if not c.startswith("CREATE INDEX")]
    assert len(explained) > 100
    for cypher, params in explained:
        plan = operators(store, cypher, params)
        if "All Node Scan" in plan or "AllNodesScan" in plan:
            assert probe.match(cypher), cypher


@pytest.mark.parametrize("edit", ["drops the post", "drops the article's date"])
def test_load_changed_article_leaving_a_holding_undated_takes_its_dates(
    store: Store, edit: str
) -> None:
    """A holding seen only as former ('nguyên'), then held, then the article that saw it
    held changed: the holding keeps no seen dates, and nothing else of it is lost
    (FalkorDB 4.16 cleared the wrong keys when one statement cleared the two dates and
    the cache, and kept the changed article's date)."""
    former = Article(
        "a.txt", "Ngày 2/3/2023, đồng chí Lò Văn Năm, nguyên Bí thư Tỉnh ủy Lai Châu dự hội nghị."
    )
    held = "Ngày 5/6/2024, đồng chí Lò Văn Năm, Bí thư Tỉnh ủy Lai Châu chủ trì hội nghị."
    changed = {
        "drops the post": "Ngày 5/6/2024, đồng chí Lò Văn Năm chủ trì hội nghị.",
        "drops the article's date": held.replace("Ngày 5/6/2024, đ", "Đ"),
    }[edit]
    load(store, [former], FACTS)
    load(store, [Article("b.txt", held)], FACTS)
    seen = "MATCH (:Person)-[h:HOLDS]->(:Post) RETURN h.first_seen, h.last_seen"
    assert [tuple(r) for r in store.run(seen).rows] == [("2024-06-05", "2024-06-05")]
    load(store, [Article("b.txt", changed)], FACTS)
    assert [tuple(r) for r in store.run(seen).rows] == [(None, None)]
    edited = dump(store)
    clear(store)
    load(store, [former, Article("b.txt", changed)], FACTS)
    assert dump(store) == edited


def test_load_keeps_the_crawler_s_url_and_headline(store: Store) -> None:
    """The headline is the article's: on the node, read as its first line, and a new
    headline for the same text reloads it."""
    text = "Ngày 3/4/2024, Tỉnh ủy Điện Biên tổ chức hội nghị tổng kết."
    headline = "Đồng chí Trần Văn Hai chủ trì hội nghị tổng kết"
    load(store, [Article("vn-1", text, url="https://bao.vn/a-1", title=headline)], FACTS)
    article = "MATCH (a:Article) RETURN a.url, a.title"
    assert list(store.run(article).rows) == [("https://bao.vn/a-1", headline)]
    chairs = "MATCH (p:Person)-[:CHAIRED]->(:Meeting) RETURN p.name"
    assert list(store.run(chairs).rows) == [("Trần Văn Hai",)]
    report = load(store, [Article("vn-1", text, url="https://bao.vn/a-1", title="Tổng kết")], FACTS)
    assert report.replaced == 1
    assert list(store.run(article).rows) == [("https://bao.vn/a-1", "Tổng kết")]
    assert list(store.run(chairs).rows) == []


def test_load_a_delegation_s_head_is_a_person_without_that_post(store: Store) -> None:
    """ "Trưởng đoàn" is a role for one visit (tenure.yaml: temporary): the person is in
    the graph, with their real posts only."""
    text = (
        "Ngày 3/4/2024, đoàn công tác do bà Hà Thị Tám, Phó Chủ tịch Hội LHPN tỉnh, làm "
        "Trưởng đoàn đến thăm Sơn La. Bà Lò Thị Chín, Trưởng đoàn, phát biểu."
    )
    load(store, [Article("a1", text)], FACTS)
    people = "MATCH (p:Person) RETURN p.name ORDER BY p.name"
    assert list(store.run(people).rows) == [("Hà Thị Tám",), ("Lò Thị Chín",)]
    posts = "MATCH (p:Person)-[:HOLDS]->(x:Post) RETURN p.name, x.title"
    assert list(store.run(posts).rows) == [("Hà Thị Tám", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")]


def test_load_failing_article_is_reported_and_skipped(store: Store) -> None:
    def flaky(article: Article, hash_: str) -> ArticleFacts | str:
        if article.source == "bad.txt":
            return "bad.txt: extraction failed: boom"
        return FACTS(article, hash_)

    good = Article("good.txt", "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị.")
    report = load(store, [good, Article("bad.txt", "x")], flaky)
    assert (report.loaded, report.failed) == (1, ["bad.txt: extraction failed: boom"])
    assert counts(store)["nodes"]["Article"] == 1


def test_load_extraction_error_becomes_a_report_line() -> None:
    broken = Article("broken.txt", None)  # type: ignore[arg-type]
    assert str(FACTS(broken, "h")).startswith("broken.txt: extraction failed: ")


def test_load_in_worker_processes_gives_the_same_graph(store: Store) -> None:
    load_paths(store, [SAMPLES], batch_size=2, workers=2)
    in_workers = dump(store)
    clear(store)
    load_paths(store, [SAMPLES])
    assert in_workers == dump(store)


def test_load_extracts_ahead_while_it_writes_facts(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A facts write takes seconds, which workers with nothing handed out would spend
    idle: the batches after it are already handed out when it starts, every facts part
    keeps to `facts_every` articles, and the graph is the one a load without workers
    writes."""
    text = "Ngày {d}/5/2024, đồng chí Lò Văn Tám, Bí thư Tỉnh ủy Lai Châu dự hội nghị."
    articles = [Article(f"a{i:02}.txt", text.format(d=i % 28 + 1)) for i in range(42)]
    handed: list[str] = []
    parts: list[tuple[list[str], int]] = []
    classify, write_entries = graph_load._classify, graph_load._write_entries

    def handing(*args: Any, **kwargs: Any) -> Any:
        todo = classify(*args, **kwargs)
        handed.extend(article.source for article, _ in todo)
        return todo

    def noting(store: Store, batch: list[ArticleFacts], report: Any) -> None:
        parts.append(([f.article.id for f in batch], len(handed)))
        write_entries(store, batch, report)

    monkeypatch.setattr(graph_load, "_classify", handing)
    monkeypatch.setattr(graph_load, "_write_entries", noting)
    load(store, articles, FACTS, batch_size=2, facts_every=8, workers=2)
    ahead = graph_load.ahead(8, 2)
    assert ahead > 1
    first, out = parts[0]
    assert len(first) == 8
    assert out == 8 + 2 * ahead  # the batches after the first eight, handed out
    assert all(len(ids) <= 8 for ids, _ in parts)
    assert sorted(id_ for ids, _ in parts for id_ in ids) == [
        f"article:{a.source}" for a in articles
    ]
    ahead_graph = dump(store)
    clear(store)
    load_paths(store, [SAMPLES], batch_size=1, facts_every=2, workers=2)
    in_workers = dump(store)
    clear(store)
    monkeypatch.setattr(graph_load, "_classify", classify)
    monkeypatch.setattr(graph_load, "_write_entries", write_entries)
    load(store, articles, FACTS)
    assert dump(store) == ahead_graph
    clear(store)
    load_paths(store, [SAMPLES])
    assert dump(store) == in_workers


def test_load_sources_first_and_last_seen_follow_the_articles(store: Store) -> None:
    text = "Ngày {d}, đồng chí Hà Văn Bốn, Chủ tịch UBND tỉnh Sơn La chủ trì hội nghị."
    days = {"x.txt": "9/9/2021", "y.txt": "1/2/2020", "z.txt": "5/5/2023"}
    load(store, [Article(s, text.format(d=d)) for s, d in days.items()], FACTS)
    (row,) = store.run(
        "MATCH (:Person)-[h:HOLDS]->(:Post) RETURN h.sources,"
        " [e IN h.entries | split(e, '|')[0]], h.first_seen, h.last_seen"
    ).rows
    assert row == (
        ["article:x.txt", "article:y.txt", "article:z.txt"],
        ["2021-09-09", "2020-02-01", "2023-05-05"],
        "2020-02-01",
        "2023-05-05",
    )


_SEEN = {
    "m.txt": "Ngày 7/12/2022, đồng chí Trần Văn Hai được bầu giữ chức Bí thư Tỉnh ủy Điện Biên"
    " khóa XV, nhiệm kỳ 2020-2025.",
    "c.txt": "Ngày 3/4/2023, đồng chí Trần Văn Hai, Bí thư Tỉnh ủy Điện Biên chủ trì hội nghị.",
    "a.txt": "Ngày 5/6/2021, đồng chí Trần Văn Hai, Bí thư Tỉnh ủy Điện Biên chủ trì Hội nghị"
    " Ban Chấp hành Đảng bộ tỉnh Điện Biên khóa XV.",
    "k.txt": "Ngày 9/9/2023, đồng chí Trần Văn Hai, Bí thư Tỉnh ủy Điện Biên dự hội nghị.",
    "z.txt": "Ngày 1/2/2024, đồng chí Trần Văn Hai, Bí thư Tỉnh ủy Điện Biên khóa XV chủ trì"
    " hội nghị.",
    "b.txt": "Ngày 8/8/2020, đồng chí Trần Văn Hai, Bí thư Tỉnh ủy Điện Biên chủ trì hội nghị.",
}


def test_load_entries_go_in_their_place_among_the_edge_s_sources(
    store: Store, whole_edges: None
) -> None:
    """Articles whose ids sort before, between and after those an edge has (most real
    ids), several to one edge in a batch: the lists stay sorted by source, the graph is
    the one a single load gives, and what tenure keeps of the entries (the changes and
    terms they report) is what it would pick from the lists."""
    articles = {name: Article(name, text) for name, text in _SEEN.items()}
    load(store, [articles["m.txt"], articles["c.txt"]], FACTS)
    load(store, [articles[n] for n in ("a.txt", "k.txt", "z.txt")], FACTS)
    load(store, [articles["b.txt"]], FACTS)
    (row,) = store.run("MATCH (:Person)-[h:HOLDS]->(:Post) RETURN properties(h)").rows
    props = row[0]
    entries = edge_entries("HOLDS", props)
    assert props["sources"] == sorted(f"article:{n}" for n in _SEEN)
    assert entries["article:b.txt"]["seen"] == props["first_seen"] == "2020-08-08"
    kept = props["notable"]
    assert kept == notable(entries.values())
    assert any(e.startswith("2022-12-07\tstart:") for e in kept), kept
    in_pieces = dump(store)
    clear(store)
    load(store, list(articles.values()), FACTS)
    assert dump(store) == in_pieces


def test_load_many_entries_to_one_edge_are_sorted_in_with_its_own(
    store: Store, whole_edges: None
) -> None:
    """A load whose articles bring an edge more entries than are put in one by one (their
    entries are written together, `facts_every` articles at a time), their ids among the
    edge's: one sort gives the lists a single load gives, and tenure's picks follow."""
    text = "Ngày {d}/3/2023, đồng chí Trần Văn Hai, Bí thư Tỉnh ủy Điện Biên khóa XV dự hội nghị."
    first = [Article(f"{c}.txt", text.format(d=i + 1)) for i, c in enumerate("gpw")]
    many = [Article(f"{c}{i}.txt", text.format(d=i + 5)) for i, c in enumerate("abhkqsxyzcde")]
    load(store, first, FACTS)
    load(store, many, FACTS, batch_size=5, facts_every=100)
    (row,) = store.run("MATCH (:Person)-[h:HOLDS]->(:Post) RETURN properties(h)").rows
    props = row[0]
    entries = edge_entries("HOLDS", props).values()
    assert props["sources"] == sorted(f"article:{a.source}" for a in first + many)
    assert (props["first_seen"], props["last_seen"]) == ("2023-03-01", "2023-03-16")
    kept = notable(entries)
    assert props["notable"] == kept != []
    in_parts = dump(store)
    clear(store)
    load(store, first + many, FACTS)
    assert dump(store) == in_parts


_RANKS = {  # one officer's rank over time ('' none printed); ids not in date order
    "k.txt": ("3/4/2021", "Thiếu tướng"),
    "b.txt": ("5/5/2024", "Trung tướng"),
    "x.txt": ("6/6/2025", ""),
    "a.txt": ("5/5/2024", "Thượng tướng"),  # the same day as b.txt, whose id sorts later
    "m.txt": ("1/1/2025", ""),
    "c.txt": ("2/2/2023", "Đại tá"),
}


def test_load_readings_advance_as_reading_every_mention_would_set_them(store: Store) -> None:
    """A load compares its articles' keys with those a node keeps (the latest reading
    wins: by date, then id; an article without a rank leaves it), and a node of an older
    store, which keeps none, is read whole: the readings are those a full refresh gives."""
    text = "Ngày {d}, {rank} Trần Văn Hai, Tư lệnh Quân khu 2 dự hội nghị."
    articles = [
        Article(n, text.format(d=d, rank=rank or "đồng chí")) for n, (d, rank) in _RANKS.items()
    ]
    load(store, articles[:2], FACTS)
    assert _ranks(store) == {"Trung tướng": ["2024-05-05 article:b.txt"]}
    load(store, articles[2:4], FACTS, batch_size=1)
    assert _ranks(store) == {"Trung tướng": ["2024-05-05 article:b.txt"]}
    store.write([("MATCH (n) REMOVE n.read_at", {})])  # as a store older than the keys
    load(store, articles[4:], FACTS)
    advanced = dump(store)
    ids = [row[0] for row in store.run("MATCH (n) WHERE n.read_at IS NOT NULL RETURN n.id").rows]
    assert len(ids) >= 3
    store.write(refresh(ids))
    assert dump(store) == advanced
    assert _ranks(store) == {"Trung tướng": ["2024-05-05 article:b.txt"]}


def _ranks(store: Store) -> dict[str, list[str]]:
    return dict(store.run("MATCH (p:Person) RETURN p.rank, p.read_at[1..]").rows)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "synthetic.jsonl"
    write_jsonl(str(path), 150, seed=7)
    return path


def _loading(corpus: Path, data: Path, **env: str) -> subprocess.Popen[bytes]:
    """`kg load` of the corpus in small batches, once its store's server is up."""
    loader = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "load", str(corpus), "--data-dir", str(data)],
        env={**os.environ, "KG_BATCH_SIZE": "3", "KG_FACTS_EVERY": "6", **env},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    while not (data / "server.json").exists():
        assert loader.poll() is None, "the loader ended before its server started"
        time.sleep(0.01)
    return loader


def _wait_gone(pid: int) -> None:
    for _ in range(2000):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.01)
    raise AssertionError(f"process {pid} still running")


@pytest.mark.slow
@pytest.mark.parametrize("victims", ["loader", "loader-and-server"])
def test_load_killed_half_way_then_rerun_equals_a_clean_load(
    corpus: Path, tmp_path: Path, victims: str
) -> None:
    with FalkorStore(tmp_path / "clean") as clean:
        load_paths(clean, [corpus])
        expected = dump(clean)
    data = tmp_path / "killed"
    loader = _loading(corpus, data)
    state = data / "server.json"
    server_pid = json.loads(state.read_text())["server_pid"]
    with FalkorStore(data) as watcher:  # a client of the loader's server
        query = "MATCH (a:Article) WHERE a.complete RETURN count(a)"
        while (watcher.run(query).scalar() or 0) < 20:
            time.sleep(0.01)
    loader.send_signal(signal.SIGKILL)
    if victims == "loader-and-server":
        os.kill(server_pid, signal.SIGKILL)
    loader.wait()
    _wait_gone(server_pid)
    with FalkorStore(data) as store:
        done = store.run("MATCH (a:Article) WHERE a.complete RETURN count(a)").scalar()
        # A server that outlives its loader saves all; a killed one keeps its last
        # snapshot, and the rerun writes again what followed.
        least = 20 if victims == "loader" else 0
        assert least <= done < 150, "the kill should land half-way"
        load_paths(store, [corpus])
        assert dump(store) == expected


@pytest.mark.slow
def test_load_through_a_kept_server_killed_half_way_then_rerun_equals_a_clean_load(
    corpus: Path, tmp_path: Path
) -> None:
    """As a person runs it: the load is a client of the server a keeper keeps up, which
    its kill leaves running with half the articles; the rerun finishes the graph."""
    with FalkorStore(tmp_path / "clean") as clean:
        load_paths(clean, [corpus])
        expected = dump(clean)
    data = tmp_path / "kept"
    state = data / "server.json"
    loader = _loading(corpus, data, KG_SERVER_IDLE="60")
    try:
        with FalkorStore(data) as watcher:  # another client of the kept server
            query = "MATCH (a:Article) WHERE a.complete RETURN count(a)"
            while (watcher.run(query).scalar() or 0) < 20:
                time.sleep(0.01)
            loader.send_signal(signal.SIGKILL)
            loader.wait()
            assert watcher.run(query).scalar() < 150, "the kill should land half-way"
            load_paths(watcher, [corpus])
            assert dump(watcher) == expected
    finally:
        loader.kill()
        if state.exists():
            keeper = json.loads(state.read_text())
            os.kill(keeper["pid"], signal.SIGTERM)
            _wait_gone(keeper["server_pid"])


@pytest.mark.slow
@pytest.mark.neo4j
def test_load_into_neo4j_killed_half_way_then_rerun_equals_a_clean_load(
    corpus: Path, tmp_path: Path
) -> None:
    with FalkorStore(tmp_path / "clean") as clean:  # the backends hold the same graph
        load_paths(clean, [corpus])
        expected = dump(clean)
    with neo4j_test_store() as store, (tmp_path / "stderr").open("w+") as stderr:
        env = {
            **os.environ,
            **(neo4j_test_env() or {}),
            "KG_BATCH_SIZE": "3",
            "KG_FACTS_EVERY": "6",
        }
        loader = subprocess.Popen(
            [sys.executable, "-m", "kg.cli", "--backend", "neo4j", "load", str(corpus)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        query = "MATCH (a:Article) WHERE a.complete RETURN count(a)"
        while (store.run(query).scalar() or 0) < 20:
            if loader.poll() is not None:
                stderr.seek(0)
                raise AssertionError(f"the loader ended before the kill: {stderr.read()}")
            time.sleep(0.01)
        loader.send_signal(signal.SIGKILL)
        loader.wait()
        done = store.run(query).scalar()
        assert 20 <= done < 150, "the kill should land half-way"
        load_paths(store, [corpus])
        assert dump(store) == expected


@pytest.mark.slow
def test_load_retraction_cut_short_is_finished_by_the_rerun(store: Store) -> None:
    """A changed article's retraction killed after each of its statements (FalkorDB runs
    them one by one), then the load run again: the graph a clean load of the new version
    gives, or, when the rerun brings the version before the edit, the graph of that one.
    The rerun finds what to take back from the article's mentions, which went before the
    nodes only it named and the readings it gave (a kill in between left those for
    good); and the article is incomplete from before its retraction (a rerun of the
    version before took it for unchanged)."""
    articles = samples.articles(samples.TENURE)
    edited = replace(articles[0], text="Hôm nay trời đẹp.")
    load(store, [*articles[1:], edited], FACTS)
    clean = dump(store)
    clear(store)
    load(store, articles, FACTS)
    unedited = dump(store)

    def retracting(statements: Statements) -> bool:
        return any(
            c.startswith("MATCH (a:Article {id: $a}) DETACH DELETE a") for c, _ in statements
        )

    size = write_size(store, retracting, lambda: load(store, [edited], FACTS))
    assert dump(store) == clean
    for rerun, want in ((edited, clean), (articles[0], unedited)):
        for cut in range(1, size):
            clear(store)
            load(store, articles, FACTS)
            killed_after(store, retracting, cut, lambda: load(store, [edited], FACTS))
            load(store, [rerun], FACTS)
            assert dump(store) == want, f"{rerun.text[:20]}: cut after {cut} of {size}"


def test_load_two_versions_of_an_article_at_once_keep_the_one_written_last(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two loads bring two versions of one article at once, and both find it absent
    before either writes it. The one that wrote second took it for new and kept the
    first's facts beside its own: it now takes the first's back, as a load of its
    version alone gives."""
    said = "Ngày 3/4/2024, đồng chí {who}, Bí thư Tỉnh ủy Điện Biên, chủ trì hội nghị."
    first = Article("a.txt", said.format(who="Lê Văn Ba"))
    second = Article("a.txt", said.format(who="Trần Văn Hai"))
    write_batch = graph_load._write_batch

    def other_load_first(*args: Any) -> list[ArticleFacts]:
        monkeypatch.undo()
        load(store, [first], FACTS)
        return write_batch(*args)

    monkeypatch.setattr(graph_load, "_write_batch", other_load_first)
    report = load(store, [second], FACTS)
    assert report.replaced == 1
    both = dump(store)
    clear(store)
    load(store, [second], FACTS)
    assert both == dump(store)


def test_load_another_version_written_before_this_load_s_facts_keeps_its_own(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A load writes an article's nodes; before it writes the article's facts, another
    load takes that version back and writes another. The first load's facts are of a
    version no longer there: they are not written, and the graph is the other version's
    (they were written over it, and the article taken for complete)."""
    said = "Ngày 3/4/2024, đồng chí {who}, Bí thư Tỉnh ủy Điện Biên, chủ trì hội nghị."
    first = Article("a.txt", said.format(who="Lê Văn Ba"))
    second = Article("a.txt", said.format(who="Trần Văn Hai"))
    before_facts(monkeypatch, lambda: load(store, [second], FACTS))
    load(store, [first], FACTS)
    both = dump(store)
    clear(store)
    load(store, [second], FACTS)
    assert both == dump(store)
