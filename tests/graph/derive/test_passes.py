"""After a load the passes settle only what its articles reached: the graph must be the
one settling everything gives (namesakes, successions, ends, terms, statuses), whatever
the increments, and a load killed before its passes leaves them to the next load."""

from __future__ import annotations

import contextlib
import gc
import random
from dataclasses import replace
from typing import Any

import pytest

import graph.derive.passes
import graph.load
from graph.derive.passes import settle
from graph.derive.scope import LABEL
from graph.derive.tenure import notable
from graph.load import FactsOf, load
from graph.model import edge_entries
from graph.store.base import Store, dump, with_pages
from loaders import gazetteer
from loaders.sources import Article
from tests import samples
from tests.conftest import ROOT
from tests.graph.conftest import killed_after

FACTS = FactsOf()
ARTICLES = samples.articles(samples.TENURE) + samples.articles(
    ROOT / "tests" / "fixtures" / "corpus2" / "texts"
)


def _increments(seed: int, parts: int = 4) -> list[list[Article]]:
    """The articles shuffled into `parts` loads; the last also brings a shortened
    version of an article of the first (its later facts taken back)."""
    shuffled = ARTICLES[:]
    random.Random(seed).shuffle(shuffled)
    steps = [shuffled[i::parts] for i in range(parts)]
    edited = steps[0][0]
    steps[-1].append(replace(edited, text=edited.text[: len(edited.text) // 3]))
    return steps


def _whole(store: Store) -> dict[str, list[object]]:
    settle(store, gazetteer.default())
    return dump(store)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_passes_after_each_increment_equal_settling_the_whole_graph(
    store: Store, seed: int
) -> None:
    for step in _increments(seed):
        load(store, step, FACTS)
        settled = dump(store)
        assert not [n for n in settled["nodes"] if n[0] == LABEL], "records left unsettled"
        assert _whole(store) == settled
        assert _held_in(store) == _counted_in(store) != set()
        assert _stale_digests(store) == []


def _stale_digests(store: Store) -> list[tuple[str, str]]:
    """Holdings whose `notable` (what tenure keeps of their lists) is missing or is not
    what their lists give now: a write of the lists that left it in place."""
    rows = store.run("MATCH (p:Person)-[h:HOLDS]->(x:Post) RETURN p.id, x.id, properties(h)").rows
    edges = with_pages(store, {("HOLDS", p, x): props for p, x, props in rows})[0]
    return [
        (p, x)
        for (_, p, x), props in edges.items()
        if props.get("notable") != notable(edge_entries("HOLDS", props).values())
    ]


def _held_in(store: Store) -> set[tuple[str, str]]:
    return set(store.run("MATCH (x:Post)-[:HELD_IN]->(t:Term) RETURN x.id, t.id").rows)


def _counted_in(store: Store) -> set[tuple[str, str]]:
    """(post, term) for every term a holding of the post counts in."""
    rows = store.run("MATCH (:Person)-[h:HOLDS]->(x:Post) RETURN x.id, h.in_terms").rows
    return {(x, t) for x, terms in rows for t in terms or ()}


_CHAIR = "Ngày {day}, đồng chí {name}, {title}, chủ trì hội nghị."
_PLENUM = (
    "Ngày 17/9/2021, Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Giang khóa XV, nhiệm kỳ"
    " 2020-2025 khai mạc; đồng chí {name}, Ủy viên Bộ Chính trị, phát biểu."
)
_TERM = "term:provincial_party:XV@hà-giang"


def _term_made_again(province: str) -> tuple[list[dict[str, str]], tuple[str, str], dict[str, Any]]:
    """The term's one article edited (a REACH case): the term is taken away and made again
    with the same period, beside a Phó Bí thư of `province`; the post whose holding
    counts in the term must be held in it again."""
    chair = _CHAIR.format(day="14/3/2022", name="Trần Văn Một", title="Bí thư Tỉnh ủy Hà Giang")
    deputy = _CHAIR.format(
        day="1/4/2022", name="Hoàng Văn Hai", title=f"Phó Bí thư Tỉnh ủy {province}"
    )
    return (
        [
            {"a.txt": _PLENUM.format(name="Lê Văn Một"), "b.txt": chair},
            {"a.txt": _PLENUM.format(name="Lê Văn Hai"), "c.txt": deputy},
        ],
        ("Trần Văn Một", "Bí thư Tỉnh ủy"),
        {"in_terms": [_TERM]},
    )


# Each case: the loads, one after another (file name → text), and the HOLDS edge the last
# load must change although its articles never name that person: (person, post) → its
# derived values that must follow.
REACH = {
    "another post of the organ": (
        [
            {"a.txt": _CHAIR.format(day="3/4/2025", name="Nguyễn Văn Một", title="Phó Bí thư Tỉnh ủy Điện Biên")},
            {"b.txt": _CHAIR.format(day="5/6/2025", name="Trần Văn Hai", title="Bí thư Tỉnh ủy Điện Biên")},
        ],
        ("Nguyễn Văn Một", "Phó Bí thư Tỉnh ủy"),
        {"status": "unknown"},  # no longer the organ's latest sighting
    ),
    "another post of the organ is its latest again": (
        [
            {
                "a.txt": _CHAIR.format(day="3/4/2025", name="Nguyễn Văn Một", title="Phó Bí thư Tỉnh ủy Điện Biên"),
                "b.txt": _CHAIR.format(day="5/6/2025", name="Trần Văn Hai", title="Bí thư Tỉnh ủy Điện Biên"),
            },
            {"b.txt": "Ngày 5/6/2025, Tỉnh ủy Điện Biên tổ chức hội nghị."},
        ],
        ("Nguyễn Văn Một", "Phó Bí thư Tỉnh ủy"),
        {"status": "current"},  # the later sighting in the organ was taken back
    ),
    "a term made again, another post of its organ touched": _term_made_again("Hà Giang"),
    "a term made again, nothing of its organ touched": _term_made_again("Lai Châu"),
    "the newest article moves on": (
        [
            {"a.txt": _CHAIR.format(day="3/4/2024", name="Nguyễn Văn Một", title="Bí thư Tỉnh ủy Điện Biên")},
            {"b.txt": _CHAIR.format(day="5/6/2025", name="Trần Văn Hai", title="Bí thư Tỉnh ủy Lai Châu")},
        ],
        ("Nguyễn Văn Một", "Bí thư Tỉnh ủy"),
        {"status": "unknown"},  # not seen for over 183 days
    ),
    "an article's new version no longer names the successor": (
        [
            {
                "a.txt": _CHAIR.format(day="3/4/2024", name="Nguyễn Văn Một", title="Bí thư Tỉnh ủy Điện Biên"),
                "b.txt": _CHAIR.format(day="5/5/2024", name="Trần Văn Hai", title="Bí thư Tỉnh ủy Điện Biên"),
            },
            {"b.txt": "Ngày 5/5/2024, Tỉnh ủy Điện Biên tổ chức hội nghị."},
        ],
        ("Nguyễn Văn Một", "Bí thư Tỉnh ủy"),
        {"successor": None, "ended_by": None, "status": "current"},
    ),
    "a retirement reported on the person's other post": (
        [
            {"a.txt": _CHAIR.format(day="3/4/2024", name="Nguyễn Văn Một", title="Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Điện Biên")},
            {"b.txt": "Ngày 3/6/2024, Bộ Chính trị quyết định đồng chí Nguyễn Văn Một, Phó Bí thư Tỉnh ủy Điện Biên, thôi giữ chức Phó Bí thư Tỉnh ủy để nghỉ hưu theo chế độ."},
            {"c.txt": _CHAIR.format(day="5/6/2024", name="Trần Văn Hai", title="Phó Chủ tịch HĐND tỉnh Điện Biên")},
        ],
        ("Nguyễn Văn Một", "Chủ tịch Hội đồng nhân dân tỉnh"),
        {"ended_by": "end:nghỉ hưu"},
    ),
    # Derived again beside the successor, the holding still ends at the retirement
    # reported on the person's other post, a post this load never names.
    "a retirement reported on the person's other post, the successor named later": (
        [
            {"a.txt": _CHAIR.format(day="3/4/2024", name="Nguyễn Văn Một", title="Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Điện Biên")},
            {"b.txt": "Ngày 3/6/2024, Bộ Chính trị quyết định đồng chí Nguyễn Văn Một, Phó Bí thư Tỉnh ủy Điện Biên, thôi giữ chức Phó Bí thư Tỉnh ủy để nghỉ hưu theo chế độ."},
            {"c.txt": _CHAIR.format(day="5/7/2024", name="Trần Văn Hai", title="Chủ tịch HĐND tỉnh Điện Biên")},
        ],
        ("Nguyễn Văn Một", "Chủ tịch Hội đồng nhân dân tỉnh"),
        {"ended_by": "end:nghỉ hưu", "successor": "person:trần-văn-hai"},
    ),
    # Derived again beside the successor, the holding still ends at the person's start on
    # another post of the organ, a post this load never names.
    "a promotion reported on the person's other post": (
        [
            {"a.txt": _CHAIR.format(day="3/4/2024", name="Nguyễn Văn Một", title="Phó Bí thư Thường trực Tỉnh ủy Điện Biên")},
            {"b.txt": "Ngày 5/5/2024, đồng chí Nguyễn Văn Một được bầu giữ chức Bí thư Tỉnh ủy Điện Biên."},
            {"c.txt": _CHAIR.format(day="5/6/2024", name="Trần Văn Hai", title="Phó Bí thư Thường trực Tỉnh ủy Điện Biên")},
        ],
        ("Nguyễn Văn Một", "Phó Bí thư Thường trực Tỉnh ủy"),
        {"end": "2024-05-05", "ended_by": "promoted", "successor": "person:trần-văn-hai"},
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", REACH)
def test_passes_an_increment_reaches_what_its_articles_change(store: Store, case: str) -> None:
    loads, (person, title), expected = REACH[case]
    for texts in loads:
        load(store, [Article(name, text) for name, text in texts.items()], FACTS)
    rows = store.run(
        "MATCH (p:Person {name: $p})-[h:HOLDS]->(x:Post) WHERE x.title STARTS WITH $t"
        " RETURN properties(h)",
        {"p": person, "t": title},
    ).rows
    assert len(rows) == 1
    assert {k: rows[0][0].get(k) for k in expected} == expected
    assert _held_in(store) == _counted_in(store)
    assert _whole(store) == dump(store)


@pytest.mark.parametrize("fails", [False, True], ids=["settled", "a pass fails"])
def test_passes_run_with_the_cyclic_collector_off_and_it_back_on_after(
    store: Store, monkeypatch: pytest.MonkeyPatch, fails: bool
) -> None:
    """The passes' many short-lived objects are freed by reference counting; the
    collector is off while they run and on again after, however they end."""
    seen: list[bool] = []

    def probe(_: graph.derive.passes.Settling) -> None:
        seen.append(gc.isenabled())
        if fails:
            raise RuntimeError("a pass failed")

    passes = (*graph.derive.passes.PASSES, ("probe", probe))
    monkeypatch.setattr(graph.derive.passes, "PASSES", passes)
    assert gc.isenabled()
    with pytest.raises(RuntimeError) if fails else contextlib.nullcontext():
        settle(store, gazetteer.default(), whole=False)
    assert seen == [False]
    assert gc.isenabled()


def test_passes_left_by_a_killed_load_are_run_by_the_next(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, *_ = _increments(5, parts=2)
    load(store, first, FACTS)

    def killed(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(graph.load, "settle", killed)
        with pytest.raises(KeyboardInterrupt):
            load(store, second, FACTS)
    assert store.run(f"MATCH (u:{LABEL}) RETURN count(u)").scalar() > 0
    report = load(store, second, FACTS)  # every article is unchanged now
    assert report.loaded == 0
    assert LABEL not in report.added()  # the records are not the graph's
    assert store.run(f"MATCH (u:{LABEL}) RETURN count(u)").scalar() == 0
    assert _whole(store) == dump(store)


def test_passes_killed_before_the_persons_dates_are_finished_by_the_next(store: Store) -> None:
    """A successor ends the holding of a person the load never names; killed after
    tenure wrote the holdings and before it dated their persons, the rerun (finding the
    holdings written, nothing left to change on them) still dates that person."""
    load(store, samples.articles(samples.TENURE), FACTS)
    successor = Article(
        "2026-06-01-bau.txt",
        "Ngày 1/6/2026, đồng chí Hoàng Văn Mới được bầu giữ chức Bí thư Tỉnh ủy Tuyên Quang.",
    )
    killed_after(
        store,
        lambda statements: "first_held" in statements[0][0],
        0,
        lambda: load(store, [successor], FACTS),
    )
    load(store, [successor], FACTS)
    assert store.run(
        "MATCH (p:Person)-[h:HOLDS {ended_by: 'successor'}]->(:Post {id: $post})"
        " RETURN p.last_change",
        {"post": "post:bí-thư-tỉnh-ủy@tuyên-quang"},
    ).rows == (("2026-06-01",),)
    assert _whole(store) == dump(store)


def test_passes_a_merged_away_post_loses_a_successor_that_goes(store: Store) -> None:
    """A post of a province merged away points at its title's post in the province it
    merged into; when that post goes (its one holding taken back), so does the pointer."""
    chair = _CHAIR.format(
        day="3/4/2024", name="Nguyễn Văn Một", title="Giám đốc Công an tỉnh Hà Giang"
    )
    successor = _CHAIR.format(
        day="3/5/2024", name="Trần Văn Hai", title="Giám đốc Công an tỉnh Tuyên Quang"
    )
    load(store, [Article("a.txt", chair), Article("b.txt", successor)], FACTS)
    assert store.run("MATCH (x:Post) WHERE x.successor IS NOT NULL RETURN count(x)").scalar() == 1
    load(store, [Article("b.txt", "Ngày 3/5/2024, Công an tỉnh họp.")], FACTS)
    assert store.run("MATCH (x:Post) WHERE x.successor IS NOT NULL RETURN x.successor").rows == ()
    assert _whole(store) == dump(store)
