"""Numbered terms: body, ordinal (Roman) and period."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.steps.terms import ordinal, to_roman, words_to_int
from tests.conftest import record_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2025 – 2030",
            [("provincial_party", "XVI", "2025-2030")],
        ),
        ("Ban Chấp hành Đảng bộ tỉnh khóa XIV", [("provincial_party", "XIV", None)]),
        (
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 24, khóa XX",
            [("provincial_party", "XX", None)],
        ),
        (
            "Nghị quyết Hội nghị lần thứ sáu, BCH TW Đảng khóa XIII",
            [("central_party", "XIII", None)],
        ),
        ("Kỳ họp thứ 13, HĐND tỉnh khóa XIV", [("provincial_council", "XIV", None)]),
        ("đại biểu Quốc hội khóa XV", [("national_assembly", "XV", None)]),
        ("Đại hội Đảng bộ thành phố lần thứ mười bảy", [("provincial_party", "XVII", None)]),
        ("Ban Chấp hành Đảng bộ tỉnh khóa 20", [("provincial_party", "XX", None)]),
        ("Đại hội lần thứ XIV của Đảng", [("central_party", "XIV", None)]),
        ("Đại hội Đảng các cấp nhiệm kỳ 2020 – 2025", []),
        ("Đại hội thi đua yêu nước tỉnh lần thứ V năm 2020", []),
        ("Hội nghị lần thứ 24 của Ban Chấp hành", []),
        # An abbreviation introduced in parentheses; a hyphenated province; a bracketed khóa.
        (
            "Hội đồng nhân dân (HĐND) tỉnh khóa X tổ chức kỳ họp",
            [("provincial_council", "X", None)],
        ),
        (
            "kỳ họp thứ nhất HĐND tỉnh Bà Rịa - Vũng Tàu khóa VII, nhiệm kỳ 2021 - 2026",
            [("provincial_council", "VII", "2021-2026")],
        ),
        ("Nghị quyết 15 của Bộ Chính trị (khóa 9) về phát triển", [("central_party", "IX", None)]),
        ("tái đắc cử Bí thư Huyện ủy Ea Súp khóa XVIII", [("other", "XVIII", None)]),
        (
            "Chủ tịch HĐND khóa IX, nhiệm kỳ 2016 - 2021",
            [("provincial_council", "IX", "2016-2021")],
        ),
    ],
)
def test_terms_body_ordinal_period(text: str, expected: list[tuple]) -> None:
    terms = record_of(text + ".")["terms"]
    assert [(t["body"], t["ordinal"], t["period"]) for t in terms] == expected


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("mười", 10),
        ("mười bốn", 14),
        ("mười lăm", 15),
        ("hai mươi", 20),
        ("hai mươi mốt", 21),
        ("sáu", 6),
    ],
)
def test_terms_ordinals_in_words(words: str, number: int) -> None:
    assert words_to_int(words) == number


@given(st.integers(min_value=1, max_value=399))
def test_terms_roman_round_trip(number: int) -> None:
    assert ordinal(str(number)) == to_roman(number)
    assert ordinal(to_roman(number)) == to_roman(number)
