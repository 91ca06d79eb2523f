"""Analysts' corrections of holdings (graph/derive/corrections.py): a reject sets a
holding aside, a place moves it to the same title in another province; both survive a
full reload and an undo gives back the graph as loaded, on every backend."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

import pytest

from graph.derive import review
from graph.derive.decisions import DecisionError, read_decisions
from graph.load import FactsOf, load
from graph.model import edge_entries
from graph.store.base import Store, clear, dump
from loaders import gazetteer
from loaders.sources import Article
from tests import samples
from tests.graph.conftest import BACKENDS, Statements, killed_after, open_store, write_size
from tests.samples import TENURE

LAN = "person:đàm-thị-phương-lan"
TOAN = "person:hứa-văn-toàn"
LAN_HG = "post:phó-chủ-tịch-thường-trực-ủy-ban-nhân-dân-tỉnh@hà-giang"
LAN_BTV_HG = "post:ủy-viên-ban-thường-vụ-tỉnh-ủy@hà-giang"
LAN_BTV_TQ = "post:ủy-viên-ban-thường-vụ-tỉnh-ủy@tuyên-quang"
TOAN_TQ = "post:giám-đốc-sở-tài-nguyên-và-môi-trường@tuyên-quang"
TOAN_HG = "post:giám-đốc-sở-tài-nguyên-và-môi-trường@hà-giang"


def _edge(store: Store, kind: str, person: str, post: str) -> dict[str, list[str]] | None:
    rows = store.run(
        f"MATCH (:Person {{id: $p}})-[h:{kind}]->(:Post {{id: $x}}) RETURN properties(h)",
        {"p": person, "x": post},
    ).rows
    if not rows:
        return None
    entries = edge_entries(kind, rows[0][0]).values()
    return {
        "sources": rows[0][0]["sources"],
        "placed": [e["placed"] for e in entries],
        "decision": [e["decision"] for e in entries] if kind == "SET_ASIDE" else None,
    }


def _timeline_posts(store: Store, person: str) -> set[str]:
    rows = store.run("MATCH (:Person {id: $p})-[:HOLDS]->(x:Post) RETURN x.id", {"p": person})
    return {r[0] for r in rows.rows}


@pytest.mark.parametrize("backend", BACKENDS)
def test_corrections_reject_place_reload_and_undo(backend: str, tmp_path: Path) -> None:
    gaz = gazetteer.default()
    path = tmp_path / "decisions.jsonl"
    with open_store(backend, tmp_path) as store:
        load(store, samples.articles(TENURE), FactsOf())
        loaded = dump(store)
        btv_tq = _edge(store, "HOLDS", LAN, LAN_BTV_TQ)
        assert btv_tq and len(btv_tq["sources"]) == 2

        # Reject: the holding leaves HOLDS and waits, marked, on SET_ASIDE.
        source = _edge(store, "HOLDS", LAN, LAN_HG)
        review.reject(store, gaz, path, LAN, LAN_HG, note="đọc nhầm")
        assert LAN_HG not in _timeline_posts(store, LAN)
        aside = _edge(store, "SET_ASIDE", LAN, LAN_HG)
        assert aside and source and aside["sources"] == source["sources"]
        assert aside["decision"] == ["1"]

        # Place into a province where the post is not yet: it is made, with its organ.
        review.place(store, gaz, path, TOAN, TOAN_TQ, "Hà Giang")
        assert _timeline_posts(store, TOAN) >= {TOAN_HG}
        assert TOAN_TQ not in _timeline_posts(store, TOAN)
        assert _edge(store, "HOLDS", TOAN, TOAN_HG)["placed"] == ["decision 2"]  # type: ignore[index]
        where = store.run(
            "MATCH (x:Post {id: $x})-[:IN_ORGAN]->(o:Organ) RETURN x.province, o.province",
            {"x": TOAN_HG},
        ).rows
        assert [tuple(r) for r in where] == [("Hà Giang", "Hà Giang")]

        # Place onto a post the person holds already: the entries join that holding.
        review.place(store, gaz, path, LAN, LAN_BTV_HG, "Tuyên Quang")
        joined = _edge(store, "HOLDS", LAN, LAN_BTV_TQ)
        assert joined and len(joined["sources"]) == 3
        assert joined["placed"].count("decision 3") == 1
        assert _edge(store, "HOLDS", LAN, LAN_BTV_HG) is None

        # A full reload in another order applies the corrections again.
        corrected = dump(store)
        clear(store)
        load(store, samples.articles(TENURE)[::-1], FactsOf(), decisions=read_decisions(path))
        assert dump(store) == corrected

        # Undoing them all gives back the graph as loaded, made post and organ gone.
        for _ in range(3):
            review.undo(store, gaz, path)
        assert dump(store) == loaded


def test_corrections_refuse_what_is_not_there(tmp_path: Path) -> None:
    gaz = gazetteer.default()
    path = tmp_path / "decisions.jsonl"
    with open_store("falkordb", tmp_path) as store:
        load(store, samples.articles(TENURE), FactsOf())
        with pytest.raises(DecisionError, match="holds no post"):
            review.reject(store, gaz, path, LAN, TOAN_TQ)
        with pytest.raises(DecisionError, match=r"no article of nowhere\.txt"):
            review.reject(store, gaz, path, LAN, LAN_HG, articles=["nowhere.txt"])
        with pytest.raises(DecisionError, match="already the post"):
            review.place(store, gaz, path, TOAN, TOAN_TQ, "Tuyên Quang")
        with pytest.raises(DecisionError, match="no person"):
            review.reject(store, gaz, path, "person:nobody", LAN_HG)
        assert read_decisions(path) == []


@pytest.mark.parametrize("backend", BACKENDS)
def test_corrections_hold_when_a_corrected_article_changes(backend: str, tmp_path: Path) -> None:
    """An article whose holding was set aside, edited and loaded again: its facts are
    replaced and corrected again, as a fresh load of the edited corpus with the same
    decisions gives them."""
    gaz = gazetteer.default()
    path = tmp_path / "decisions.jsonl"
    articles = samples.articles(TENURE)
    with open_store(backend, tmp_path / "a") as store:
        load(store, articles, FactsOf())
        (source,) = _edge(store, "HOLDS", TOAN, TOAN_TQ)["sources"]  # type: ignore[index]
        review.place(store, gaz, path, TOAN, TOAN_TQ, "Hà Giang")
        review.reject(store, gaz, path, LAN, LAN_HG)
        changed = [
            replace(a, text=a.text + "\n\nHội nghị kết thúc lúc 17 giờ.")
            if f"article:{a.source}" == source
            else a
            for a in articles
        ]
        report = load(store, changed, FactsOf(), decisions=read_decisions(path))
        assert report.replaced == 1
        assert _edge(store, "HOLDS", TOAN, TOAN_HG)["sources"] == [source]  # type: ignore[index]
        reloaded = dump(store)
        clear(store)
        load(store, changed, FactsOf(), decisions=read_decisions(path))
        assert dump(store) == reloaded


@pytest.mark.parametrize("backend", BACKENDS)
def test_corrections_leaving_a_holding_undated_take_its_dates(backend: str, tmp_path: Path) -> None:
    """A holding seen as former ('nguyên') in one article and held in another: rejecting
    the article that saw it held leaves no seen dates, and nothing else of it lost, as a
    fresh load under the decision gives (FalkorDB 4.16 clears the wrong keys when one
    SET clears two)."""
    gaz = gazetteer.default()
    path = tmp_path / "decisions.jsonl"
    articles = [
        Article(
            "a.txt", "Ngày 2/3/2023, đồng chí Lò Văn Năm, nguyên Bí thư Tỉnh ủy Lai Châu dự họp."
        ),
        Article(
            "b.txt", "Ngày 5/6/2024, đồng chí Lò Văn Năm, Bí thư Tỉnh ủy Lai Châu chủ trì họp."
        ),
    ]
    seen = "MATCH (:Person)-[h:HOLDS]->(:Post) RETURN h.first_seen, h.last_seen"
    with open_store(backend, tmp_path) as store:
        load(store, articles[:1], FactsOf())
        load(store, articles[1:], FactsOf())
        assert [tuple(r) for r in store.run(seen).rows] == [("2024-06-05", "2024-06-05")]
        ((person, post),) = store.run("MATCH (p:Person)-[:HOLDS]->(x:Post) RETURN p.id, x.id").rows
        review.reject(store, gaz, path, person, post, articles=["b.txt"])
        assert [tuple(r) for r in store.run(seen).rows] == [(None, None)]
        corrected = dump(store)
        clear(store)
        load(store, articles, FactsOf(), decisions=read_decisions(path))
        assert dump(store) == corrected


@pytest.mark.parametrize("backend", BACKENDS)
def test_corrections_a_post_held_only_by_set_aside_entries_goes_with_them(
    backend: str, tmp_path: Path
) -> None:
    """A holding rejected whole points at its post only through SET_ASIDE; its article
    edited to drop the title takes those entries away, and the post goes with the organs
    it alone sat in, as a fresh load of the edited article under the decision gives."""
    gaz = gazetteer.default()
    path = tmp_path / "decisions.jsonl"
    said = "Ngày 3/4/2024, đồng chí {who} dự hội nghị tổng kết."
    titled = Article("a.txt", said.format(who="Trần Văn Hai, Bí thư Tỉnh ủy Điện Biên,"))
    edited = Article("a.txt", said.format(who="Trần Văn Hai"))
    posts = "MATCH (n) WHERE n:Post OR n:Organ RETURN count(n)"
    with open_store(backend, tmp_path / "a") as store:
        load(store, [titled], FactsOf())
        ((person, post),) = store.run("MATCH (p:Person)-[:HOLDS]->(x:Post) RETURN p.id, x.id").rows
        review.reject(store, gaz, path, person, post)
        assert store.run("MATCH ()-[h:HOLDS]->() RETURN count(h)").rows[0][0] == 0
        load(store, [edited], FactsOf(), decisions=read_decisions(path))
        assert store.run(posts).rows[0][0] == 0
        reloaded = dump(store)
        clear(store)
        load(store, [edited], FactsOf(), decisions=read_decisions(path))
        assert dump(store) == reloaded


def _correcting(statements: Statements) -> bool:
    """Whether a write is the corrections' rewrite of holdings (it writes SET_ASIDE)."""
    return any(":SET_ASIDE]" in cypher for cypher, _ in statements)


LAN_TQ = "post:chủ-tịch-ủy-ban-nhân-dân-tỉnh@tuyên-quang"
EARLY, LATE = (
    "2022-12-07-tuyen-quang-mien-nhiem-bau-chu-tich-ubnd",
    "2025-06-30-tuyen-quang-cong-bo-hop-nhat-tinh",
)
Step = Callable[[Store, Path], object]


def _steps(kind: str) -> list[Step]:
    gaz = gazetteer.default()
    if kind == "place, reject, undo the place":
        return [
            lambda store, path: review.place(store, gaz, path, TOAN, TOAN_TQ, "Hà Giang"),
            lambda store, path: review.reject(store, gaz, path, LAN, LAN_HG),
            lambda store, path: review.undo(store, gaz, path, 1),
        ]
    # Two rejects of one holding, the earlier report undone: the holding set aside
    # stays, with the later report alone and the dates it gives.
    return [
        lambda store, path: review.reject(store, gaz, path, LAN, LAN_TQ, [f"{EARLY}.txt"]),
        lambda store, path: review.reject(store, gaz, path, LAN, LAN_TQ, [f"{LATE}.txt"]),
        lambda store, path: review.undo(store, gaz, path, 1),
    ]


@pytest.mark.slow
@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("kind", ["place, reject, undo the place", "two rejects, undo one"])
def test_corrections_cut_short_are_finished_by_the_next_load(
    backend: str, tmp_path: Path, kind: str
) -> None:
    """Corrections, each killed after every statement of its rewrite of holdings, then
    the articles loaded again: the graph a clean load under the same decisions gives.
    The rewrite took a holding off before it wrote it back and set it aside, with every
    article still complete, so a kill in between lost the entries for good: the rerun
    skipped the unchanged articles, and the next settling read neither edge. A kill
    after an edge's entries but before its dates left the dates of entries it no longer
    had, which the next settling, finding the entries as wanted, kept."""
    articles = samples.articles(TENURE)
    steps = _steps(kind)
    with open_store(backend, tmp_path / "store") as store:

        def before(step: int, path: Path) -> None:
            clear(store)
            load(store, articles, FactsOf())
            for earlier in steps[:step]:
                earlier(store, path)

        for step, correction in enumerate(steps):
            path = tmp_path / f"clean-{step}.jsonl"
            before(step, path)
            size = write_size(store, _correcting, partial(correction, store, path))
            clean = dump(store)
            for cut in range(1, size):
                path = tmp_path / f"cut-{step}-{cut}.jsonl"
                before(step, path)
                killed_after(store, _correcting, cut, partial(correction, store, path))
                load(store, articles, FactsOf(), decisions=read_decisions(path))
                assert dump(store) == clean, f"step {step}, cut after {cut} of {size}"


@pytest.mark.parametrize("backend", BACKENDS)
def test_corrections_settling_killed_before_tenure_is_finished_by_the_next_load(
    backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kill of an analyst's decision after the holding moved but before tenure left
    the moved holding without its tenure (begin, status, ...), and the next load,
    settling only what its articles reached, found nothing to move and never redid it:
    the graph records the decisions it applied only at the settling's end, so the next
    load settles the decision's name and posts again."""
    gaz = gazetteer.default()
    articles = samples.articles(TENURE)
    with open_store(backend, tmp_path / "store") as store:
        path = tmp_path / "decisions.jsonl"
        load(store, articles, FactsOf())
        review.place(store, gaz, path, TOAN, TOAN_TQ, "Hà Giang")
        clean = dump(store)
        clear(store)
        path.unlink()
        load(store, articles, FactsOf())

        def killed(*_: object) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr("graph.derive.passes.derive", killed)
        with pytest.raises(KeyboardInterrupt):
            review.place(store, gaz, path, TOAN, TOAN_TQ, "Hà Giang")
        monkeypatch.undo()
        load(store, articles, FactsOf(), decisions=read_decisions(path))
        assert dump(store) == clean


@pytest.mark.parametrize("backend", BACKENDS)
def test_corrections_a_load_meets_first_are_finished_after_a_kill(
    backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A correction a load meets first (the decisions file written by hand, or shared)
    moves a holding none of its articles names; a kill after the move but before tenure
    left the moved holding without its tenure, which the rerun, finding nothing to
    move, never redid: the names and posts a correction reaches are recorded first."""
    gaz = gazetteer.default()
    articles = samples.articles(TENURE)
    other = Article("o1", "Ngày 1/7/2021, đồng chí Trần Văn Hai, Bí thư Tỉnh ủy Cao Bằng, dự họp.")
    path = tmp_path / "decisions.jsonl"
    with open_store(backend, tmp_path / "store") as store:
        load(store, articles, FactsOf())
        review.place(store, gaz, path, TOAN, TOAN_TQ, "Hà Giang")
        decisions = read_decisions(path)
        clear(store)
        load(store, [*articles, other], FactsOf(), decisions=decisions)
        clean = dump(store)
        clear(store)
        load(store, articles, FactsOf())

        def killed(*_: object) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr("graph.derive.passes.derive", killed)
        with pytest.raises(KeyboardInterrupt):
            load(store, [other], FactsOf(), decisions=decisions)
        monkeypatch.undo()
        load(store, [other], FactsOf(), decisions=decisions)
        assert dump(store) == clean


@pytest.mark.parametrize("backend", BACKENDS)
def test_corrections_taken_out_of_the_file_are_undone_by_the_next_load(
    backend: str, tmp_path: Path
) -> None:
    """A reject and a place an analyst deletes from the decisions file by hand are undone
    by the next load, though it names none of their persons: the entries set aside go
    back, the copy and the post made for it go, as a clean load without them has it."""
    gaz = gazetteer.default()
    articles = samples.articles(TENURE)
    other = Article("o1", "Ngày 1/7/2021, đồng chí Trần Văn Hai, Bí thư Tỉnh ủy Cao Bằng, dự họp.")
    path = tmp_path / "decisions.jsonl"
    with open_store(backend, tmp_path / "store") as store:
        load(store, [*articles, other], FactsOf())
        clean = dump(store)
        clear(store)
        load(store, articles, FactsOf())
        review.reject(store, gaz, path, LAN, LAN_HG)
        review.place(store, gaz, path, TOAN, TOAN_TQ, "Hà Giang")
        path.unlink()
        load(store, [other], FactsOf(), decisions=read_decisions(path))
        assert dump(store) == clean
