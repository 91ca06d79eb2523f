"""Numbered terms: body, ordinal (Roman) and period."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.steps.terms import from_roman, ordinal, to_roman, words_to_int
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
        ("tại kỳ họp thứ 16 khóa 14, HĐND tỉnh", [("provincial_council", "XIV", None)]),
        (
            "Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần I, nhiệm kỳ 2025 - 2030",
            [("provincial_party", "I", "2025-2030")],
        ),
        ("Đại hội đại biểu Đảng bộ TP Cần Thơ lần thứ I", [("provincial_party", "I", None)]),
        (
            "các Nghị quyết Trung ương 4 (khóa XI, XII)",
            [("central_party", "XI", None), ("central_party", "XII", None)],
        ),
        ("Trưởng Ban Tổ chức Trung ương khóa XII", [("central_party", "XII", None)]),
        ("Đảng bộ Văn phòng UBND tỉnh Đại hội lần thứ VIII", [("other", "VIII", None)]),
        ("Đảng bộ quân sự tỉnh tổ chức Đại hội đại biểu lần thứ I", [("other", "I", None)]),
        ("Hội nghị Ủy ban MTTQ Việt Nam lần thứ Năm khoá IX", [("other", "IX", None)]),
        (
            "Chủ tịch Ủy ban MTTQ tỉnh Phú Yên khóa X, nhiệm kỳ 2014-2019",
            [("other", "X", "2014-2019")],
        ),
        ("đại biểu Quốc hội khóa XV", [("national_assembly", "XV", None)]),
        # Several ordinals of one body; a province's deputy; the congress by its committee;
        # the Front's committee named before its congress.
        (
            "Ông là đại biểu Quốc hội tỉnh Bình Dương khóa XIV và XV.",
            [("national_assembly", "XIV", None), ("national_assembly", "XV", None)],
        ),
        ("Đại hội Đảng bộ tỉnh Ninh Bình khóa XX bế mạc", [("provincial_party", "XX", None)]),
        (
            "MTTQ Việt Nam tỉnh An Giang tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.",
            [("other", "I", "2025-2030")],
        ),
        ("đi dự Đại hội Đảng toàn quốc khóa 11", [("central_party", "XI", None)]),
        # "của Đảng bộ" is a province's congress, not the party's.
        ("Đại hội XI của Đảng bộ tỉnh có chủ đề", [("provincial_party", "XI", None)]),
        ("thực hiện Nghị quyết Đại hội XVI Đảng bộ tỉnh", [("provincial_party", "XVI", None)]),
        # The committee the council of a term elects; mass organisations' terms.
        ("ông A, Chủ tịch UBND tỉnh khóa XVII", [("provincial_council", "XVII", None)]),
        # A province's city's council is not the province's; a centrally-run city's is.
        ("Kỳ họp HĐND thành phố Lai Châu khóa IV", [("other", "IV", None)]),
        ("Kỳ họp HĐND thành phố Hà Nội khóa XVI", [("provincial_council", "XVI", None)]),
        ("HĐND TP.HCM khóa X họp", [("provincial_council", "X", None)]),
        # The body named first; a party organisation other than a place's; the Front's.
        (
            "Đảng bộ tỉnh Hà Nam đã khai mạc Đại hội đại biểu lần thứ XX, nhiệm kỳ 2020-2025.",
            [("provincial_party", "XX", "2020-2025")],
        ),
        ("Đại hội Đảng bộ Quảng Nam lần thứ XXII", [("provincial_party", "XXII", None)]),
        (
            "bầu đoàn đại biểu đi dự Đại hội đại biểu toàn quốc của Đảng lần thứ XII",
            [("central_party", "XII", None)],
        ),
        (
            "hội nghị Đoàn chủ tịch lần thứ 7 trung ương Hội LHPN Việt Nam khóa XII",
            [("other", "XII", None)],
        ),
        (
            "Đại hội đại biểu Đảng bộ tỉnh Bình Dương nhiệm kỳ 2020-2025 lần thứ XI khai mạc",
            [("provincial_party", "XI", None)],
        ),
        (
            "Đảng bộ Công an tỉnh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.",
            [("other", "I", "2025-2030")],
        ),
        ("Đại hội Đại biểu Đảng bộ Quân sự tỉnh lần thứ I", [("other", "I", None)]),
        ("góp ý sửa đổi điều lệ MTTQ Việt Nam khóa IX", [("other", "IX", None)]),
        ("dự Đại hội XIII Công đoàn Việt Nam", [("other", "XIII", None)]),
        (
            "Nghị quyết của Ban Chấp hành Trung ương Hội Nông dân Việt Nam (khóa VI) về",
            [("other", "VI", None)],
        ),
        (
            "các chức danh của HĐND, UBND tỉnh khóa IX, nhiệm kỳ 2016-2021",
            [("provincial_council", "IX", "2016-2021")],
        ),
        ("Đại hội Đại biểu Đảng bộ quận 11 lần thứ XII", [("other", "XII", None)]),
        ("Nghị quyết Đại hội Đảng bộ huyện lần thứ XX", [("other", "XX", None)]),
        ("Ban Chấp hành Đảng bộ quận 3 khoá XII họp", [("other", "XII", None)]),
        # A mass organisation's committee and congress, its name abbreviated or not.
        ("Ban Chấp hành Hội Cựu chiến binh tỉnh khóa VII ra mắt", [("other", "VII", None)]),
        ("Nghị quyết Đại hội CCB tỉnh lần thứ VI", [("other", "VI", None)]),
        (
            "Đảng bộ huyện Đồng Tâm long trọng khai mạc Đại hội đại biểu lần thứ XXI",
            [("other", "XXI", None)],
        ),
        (
            "Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ IX",
            [("other", "IX", None)],
        ),
        ("Ủy viên Ủy ban Trung ương MTTQ Việt Nam khóa VIII", [("other", "VIII", None)]),
        ("hội nghị Tỉnh ủy lần thứ 20, khóa XIV", [("provincial_party", "XIV", None)]),
        (
            "HĐND TP Đà Nẵng khóa X, nhiệm kỳ 2021 – 2026",
            [("provincial_council", "X", "2021-2026")],
        ),
        (
            "đi dự Đại hội đại biểu lần thứ XVII Đảng bộ thành phố Hà Nội",
            [("provincial_party", "XVII", None)],
        ),
        (
            "Đại hội đại biểu các dân tộc thiểu số tỉnh Yên Bái lần thứ III",
            [("other", "III", None)],
        ),
        ("Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII", [("other", "XIII", None)]),
        # An emulation congress elects no body: no term.
        ("Đại hội thi đua yêu nước tỉnh Sơn La lần thứ V", []),
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
        # a mass organisation's congress by its ordinal, the organisation abbreviated
        ("thông báo kết quả Đại hội IX MTTQ Việt Nam", [("other", "IX", None)]),
        # the party body named after the congress's period
        (
            "thực hiện Nghị quyết Đại hội XI, nhiệm kỳ 2005-2010 của tỉnh",
            [("provincial_party", "XI", None)],
        ),
        # a central plenum named "Hội nghị Trung ương 4"
        (
            "quán triệt Nghị quyết, Kết luận Hội nghị Trung ương 4, khóa XII",
            [("central_party", "XII", None)],
        ),
        # a congress by its ordinal alone: the province's when the article names its next
        # one; left out otherwise
        (
            "Đại hội đại biểu Đảng bộ tỉnh lần thứ IX khai mạc. 5 năm qua, thực hiện nghị quyết"
            " Đại hội VIII, tỉnh phát triển nhanh. Nghị quyết Đại hội XIII đi vào cuộc sống",
            [("provincial_party", "IX", None), ("provincial_party", "VIII", None)],
        ),
        # two terms of one body, each with its "khóa"; a member of a term's committee
        (
            "nguyên Chủ tịch HĐND, UBND tỉnh khóa IX, khóa X; nguyên Tỉnh ủy viên khóa XI",
            [
                ("provincial_party", "XI", None),
                ("provincial_council", "IX", None),
                ("provincial_council", "X", None),
            ],
        ),
        # "khóa" typed without its tone before the ordinal.
        ("kỳ họp cuối năm của HĐND tỉnh khoa XVIII", [("provincial_council", "XVIII", None)]),
        # A national paper puts the province in parentheses after a ward's name.
        (
            "Đại hội đại biểu Đảng bộ phường Mai Sơn (Hà Tĩnh) lần thứ I, nhiệm kỳ 2025-2030 bế mạc",
            [("other", "I", "2025-2030")],
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
    assert from_roman(to_roman(number)) == number
    assert ordinal(to_roman(number)) == to_roman(number)


def test_terms_a_deputy_of_several_national_assembly_terms() -> None:
    record = record_of("Ông Lê Văn Tư, Đại biểu Quốc hội các khóa XIII, XIV phát biểu.")
    assert [(t["body"], t["ordinal"]) for t in record["terms"]] == [
        ("national_assembly", "XIII"),
        ("national_assembly", "XIV"),
    ]
