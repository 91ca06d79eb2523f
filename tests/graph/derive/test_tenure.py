"""Tenures on the hand-written corpus of tests/fixtures/tenure (its NOTES.md is the gold):
succession, status, ends, terms and the merger, on every backend and in any load order."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import queries
from graph.load import FactsOf, load
from graph.store.base import Store, dump
from loaders.sources import Article
from tests import samples
from tests.graph.conftest import open_store
from tests.samples import TENURE

tenure = samples.corpus(TENURE, "tenure")


def _holders(store: Store, title: str, province: str = "") -> list[tuple[object, ...]]:
    rows = queries.run(store, "post-holders", {"title": title, "province": province}).records()
    return [
        (r["person"], r["status"], r["ended_by"], r["predecessor"], r["successor"]) for r in rows
    ]


@pytest.mark.parametrize(
    ("title", "province", "expected"),
    [
        (
            "Bí thư Tỉnh ủy", "Tuyên Quang",
            [
                ("Chu Đình Khuê", "ended", "end:nghỉ hưu", None, "Lục Minh Tường"),
                ("Lục Minh Tường", "ended", "end:điều động", "Chu Đình Khuê", "Triệu Đức Thụy"),
                ("Triệu Đức Thụy", "current", None, "Lục Minh Tường", None),
            ],
        ),
        (
            "bí thư tỉnh ủy", "Hà Giang",
            [
                ("Hoàng Trung Điệp", "ended", "successor", None, "Triệu Đức Thụy"),
                ("Triệu Đức Thụy", "ended", "merged", "Hoàng Trung Điệp", None),
            ],
        ),
        (
            "Chủ tịch Ủy ban nhân dân tỉnh", "Tuyên Quang",
            [
                ("Tạ Quang Bình", "ended", "end:nghỉ hưu", None, "Đàm Thị Phương Lan"),
                ("Đàm Thị Phương Lan", "current", None, "Tạ Quang Bình", None),
            ],
        ),
        (
            "Chủ tịch Hội đồng nhân dân tỉnh", "Tuyên Quang",
            [
                ("Hà Thị Minh Nguyệt", "ended", "end:nghỉ hưu", None, "Lương Đức Thuận"),
                ("Lương Đức Thuận", "current", None, "Hà Thị Minh Nguyệt", None),
            ],
        ),
        (
            "Phó Bí thư Thường trực Tỉnh ủy", "Hà Giang",
            [
                ("Triệu Đức Thụy", "ended", "promoted", None, "Nông Thị Bích Hằng"),
                ("Nông Thị Bích Hằng", "ended", "merged", "Triệu Đức Thụy", None),
            ],
        ),
        (
            "Giám đốc Công an tỉnh", "Tuyên Quang",
            [
                ("Kiều Văn Thắng", "ended", "end:thôi giữ chức vụ", None, "Vi Đức Hòa"),
                ("Vi Đức Hòa", "current", None, "Kiều Văn Thắng", None),
            ],
        ),
    ],
)  # fmt: skip
def test_tenure_holders_in_succession_with_status(
    tenure: Store, title: str, province: str, expected: list[tuple[object, ...]]
) -> None:
    assert _holders(tenure, title, province) == expected


def test_tenure_rotated_official_timeline(tenure: Store) -> None:
    """Moved from Phó Bí thư in Hà Giang to Bí thư in Tuyên Quang, then to the centre."""
    rows = queries.timeline(tenure, "Luc Minh Tuong").records()
    got = [
        (
            r["post"],
            r["province"],
            r["first_seen"],
            r["last_seen"],
            r["end"],
            r["status"],
            r["terms"],
        )
        for r in rows
    ]
    assert got == [
        ("Phó Bí thư Tỉnh ủy", "Hà Giang", "2019-11-29", "2021-03-05", "2021-03-05", "ended",
         ["Đảng bộ tỉnh Hà Giang khóa XVI (2015-2020)", "Đảng bộ tỉnh Hà Giang khóa XVII (2020-2025)"]),
        ("Bí thư Tỉnh ủy", "Tuyên Quang", "2021-03-05", "2025-06-30", "2025-06-30", "ended",
         ["Đảng bộ tỉnh Tuyên Quang khóa XVII (2020-2025)"]),
        ("Ủy viên Ban Chấp hành Trung ương Đảng", None, "2021-03-05", "2025-06-30", None, "unknown",
         ["Ban Chấp hành Trung ương Đảng khóa XIII (2021-2026)"]),
        ("Phó Trưởng Ban Tổ chức Trung ương", None, "2025-06-30", "2025-06-30", None, "unknown", []),
    ]  # fmt: skip


def test_tenure_former_titles_do_not_extend_a_tenure(tenure: Store) -> None:
    """The 2023 funeral calls him 'nguyên Bí thư': his tenure still ends in 2020."""
    rows = queries.timeline(tenure, "Hoàng Trung Điệp").records()
    seen = {r["post"]: (r["last_seen"], r["articles"]) for r in rows}
    assert seen["Bí thư Tỉnh ủy"] == ("2020-10-15", 3)  # the funeral is a source, not a sighting
    assert seen["Ủy viên Ban Chấp hành Trung ương Đảng"][0] == "2020-10-15"


def test_tenure_central_membership_terms(tenure: Store) -> None:
    rows = queries.timeline(tenure, "Triệu Đức Thụy").records()
    member = next(r for r in rows if r["post"] == "Ủy viên Ban Chấp hành Trung ương Đảng")
    assert member["terms"] == [
        "Ban Chấp hành Trung ương Đảng khóa XIII (2021-2026)",
        "Ban Chấp hành Trung ương Đảng khóa XIV (2026-2031)",
    ]
    assert member["status"] == "current"


def test_tenure_term_holders(tenure: Store) -> None:
    rows = queries.run(
        tenure, "term-holders", {"ordinal": "XVII", "province": "Hà Giang", "body": ""}
    )
    got = {(r["post"], r["person"]) for r in rows.records()}
    assert got >= {
        ("Bí thư Tỉnh ủy", "Triệu Đức Thụy"),
        ("Phó Bí thư Thường trực Tỉnh ủy", "Nông Thị Bích Hằng"),
        ("Phó Bí thư Tỉnh ủy", "Lục Minh Tường"),
        ("Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "Vàng Thị Mai"),
    }
    assert ("Bí thư Tỉnh ủy", "Hoàng Trung Điệp") not in got  # left at the XVII congress
    council = queries.run(
        tenure,
        "term-holders",
        {"ordinal": "XVIII", "province": "Tuyên Quang", "body": "provincial_council"},
    ).records()
    assert {r["person"] for r in council} == {
        "Hà Thị Minh Nguyệt", "Tạ Quang Bình", "Đàm Thị Phương Lan"
    }  # fmt: skip


def test_tenure_merged_province_posts_link_to_their_successor(tenure: Store) -> None:
    successor = tenure.run(
        "MATCH (x:Post {province: 'Hà Giang', title: 'Bí thư Tỉnh ủy'}) RETURN x.successor"
    ).scalar()
    assert successor == "post:bí-thư-tỉnh-ủy@tuyên-quang"


def test_tenure_same_graph_in_any_load_order(tmp_path: Path) -> None:
    """Derived values, namesakes included, are a function of the articles, not of the
    order they came in."""
    articles = samples.articles(TENURE)
    shuffled = articles[:]
    random.Random(4).shuffle(shuffled)
    with (
        open_store("falkordb", tmp_path / "a") as one,
        open_store("falkordb", tmp_path / "b") as two,
    ):
        load(one, articles, FactsOf())
        load(two, shuffled[:9], FactsOf(), batch_size=3)
        load(two, shuffled[5:], FactsOf(), batch_size=4)
        assert dump(two) == dump(one)


def test_tenure_an_inferred_end_reaches_no_term(store: Store) -> None:
    """Seen once in 2019, ended by a successor's election in 2022: the holding counts in
    the term its sighting falls in, not in the next, which only the inferred end reaches."""
    texts = {
        "a.txt": "Ngày 16/11/2019, đồng chí Nguyễn Văn Một, Bí thư Tỉnh ủy Điện Biên chủ trì Hội"
        " nghị Ban Chấp hành Đảng bộ tỉnh Điện Biên khóa XIV, nhiệm kỳ 2015-2020.",
        "b.txt": "Ngày 7/12/2022, đồng chí Trần Văn Hai được bầu giữ chức Bí thư Tỉnh ủy Điện"
        " Biên khóa XV, nhiệm kỳ 2020-2025.",
    }
    load(store, [Article(name, text) for name, text in texts.items()], FactsOf())
    rows = dict(
        store.run(
            "MATCH (p:Person)-[h:HOLDS]->(:Post) RETURN p.name, [h.end, h.ended_by, h.in_terms]"
        ).rows
    )
    assert rows["Nguyễn Văn Một"] == [
        "2022-12-07",
        "successor",
        ["term:provincial_party:XIV@điện-biên"],
    ]
    assert rows["Trần Văn Hai"][2] == ["term:provincial_party:XV@điện-biên"]
