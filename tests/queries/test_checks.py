"""Data-quality checks: each finds what it is for in invented articles, on every backend,
and the samples pass them all."""

from __future__ import annotations

import pytest

from graph.load import FactsOf, load
from graph.store.base import Store
from loaders import gazetteer
from loaders.sources import Article
from queries.checks import check

GAZ = gazetteer.default()
_CHAIR = "Ngày {day}, đồng chí {name}, {title} chủ trì hội nghị tổng kết công tác."


def _load(store: Store, *texts: str) -> None:
    load(store, [Article(f"{i}.txt", t) for i, t in enumerate(texts)], FactsOf())


def _found(store: Store) -> set[tuple[str, str]]:
    return {(f.check, f.what) for f in check(store, GAZ)}


def test_checks_overlapping_holders_of_a_one_person_post(store: Store) -> None:
    _load(
        store,
        _CHAIR.format(day="1/3/2024", name="Nguyễn Văn Một", title="Bí thư Tỉnh ủy Điện Biên"),
        _CHAIR.format(day="1/6/2024", name="Trần Văn Hai", title="Bí thư Tỉnh ủy Điện Biên"),
        _CHAIR.format(day="1/9/2024", name="Nguyễn Văn Một", title="Bí thư Tỉnh ủy Điện Biên"),
    )
    findings = [f for f in check(store, GAZ) if f.check == "overlapping holders"]
    assert [(f.what, f.subject) for f in findings] == [
        ("Bí thư Tỉnh ủy (Điện Biên)", "post:bí-thư-tỉnh-ủy@điện-biên")
    ]
    assert "Nguyễn Văn Một" in findings[0].detail and "Trần Văn Hai" in findings[0].detail


def test_checks_a_successor_is_no_overlap(store: Store) -> None:
    _load(
        store,
        _CHAIR.format(day="1/3/2024", name="Nguyễn Văn Một", title="Bí thư Tỉnh ủy Điện Biên"),
        _CHAIR.format(day="1/6/2024", name="Trần Văn Hai", title="Bí thư Tỉnh ủy Điện Biên"),
    )
    assert not [f for f in check(store, GAZ) if f.check == "overlapping holders"]


@pytest.mark.parametrize(
    ("earlier", "later", "flagged"),
    [("Thiếu tướng", "Đại tá", True), ("Đại tá", "Thiếu tướng", False)],  # a promotion is none
)
def test_checks_a_rank_that_goes_down(
    store: Store, earlier: str, later: str, flagged: bool
) -> None:
    title = "Giám đốc Công an tỉnh Điện Biên"
    _load(
        store,
        _CHAIR.format(day="1/3/2023", name=f"{earlier} Phạm Văn Bốn", title=title),
        _CHAIR.format(day="1/3/2024", name=f"{later} Phạm Văn Bốn", title=title),
    )
    assert (("conflicting ranks", "Phạm Văn Bốn") in _found(store)) == flagged


def test_checks_posts_placed_wrong(store: Store) -> None:
    _load(store, _CHAIR.format(day="1/3/2024", name="Lê Văn Ba", title="Phó Chủ tịch UBND tỉnh"))
    assert ("provincial post without a province", "Phó Chủ tịch Ủy ban nhân dân tỉnh") in _found(
        store
    )
    store.run(
        "MERGE (o:Organ {id: 'organ:bộ-chính-trị', name: 'Bộ Chính trị', level: 'central'})"
        " MERGE (x:Post {id: 'post:ủy-viên-bộ-chính-trị@điện-biên', title: 'Ủy viên Bộ Chính trị',"
        " province: 'Điện Biên'}) MERGE (x)-[:IN_ORGAN]->(o)",
        write=True,
    )
    assert ("central post placed in a province", "Ủy viên Bộ Chính trị (Điện Biên)") in _found(
        store
    )
