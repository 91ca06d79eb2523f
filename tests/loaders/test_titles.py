"""Title rules: commas inside organ names, places below the province."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders import gazetteer
from loaders.titles import canonical_title, mask_commas, place_before, read_title, rules

GAZ = gazetteer.default()
RULES = rules(GAZ)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa\x1f Thể thao và Du lịch"),
        (
            "công tác phòng, chống tham nhũng, lãng phí",
            "công tác phòng\x1f chống tham nhũng, lãng phí",
        ),
        (
            "PHÒNG, CHỐNG và Sở Văn hóa, Thể thao và Du lịch",
            "PHÒNG\x1f CHỐNG và Sở Văn hóa\x1f Thể thao và Du lịch",
        ),
        ("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh", "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"),
    ],
)
def test_titles_mask_commas_inside_organ_names_only(text: str, masked: str) -> None:
    assert mask_commas(text, RULES) == masked
    assert mask_commas(text, RULES, text.lower()) == masked


@given(
    st.lists(
        st.sampled_from(
            ["phòng, chống", "Phòng, Chống", "Bộ Văn hóa, Thể thao và Du lịch", ", ", "x", "İ"]
        ),
        max_size=8,
    )
)
def test_titles_mask_commas_agrees_with_the_organ_regex(parts: list[str]) -> None:
    text = " ".join(parts)
    expected = (
        RULES.comma_organs.sub(lambda m: m.group(0).replace(",", "\x1f"), text)
        if RULES.comma_organs and "," in text
        else text
    )
    assert mask_commas(text, RULES) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bí thư Huyện ủy ", True),
        ("Chủ tịch UBND huyện", True),
        ("Chủ tịch UBND thị xã  ", True),
        ("Bí thư Đảng ủy phường", True),
        ("Bí thư Tỉnh ủy", False),
        ("Chủ tịch UBND tỉnh", False),
    ],
)
def test_titles_place_before(text: str, expected: bool) -> None:
    assert place_before(text, RULES) is expected


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        # A people's committee's "thành viên" is its Ủy viên.
        ("thành viên UBND tỉnh", "Ủy viên Ủy ban nhân dân tỉnh"),
        # A head printed with an abbreviation inside.
        ("đại biểu HĐND tỉnh", "Đại biểu Hội đồng nhân dân tỉnh"),
        # The electoral unit is not part of a council member's post.
        ("đại biểu HĐND đơn vị số 20 huyện Châu Thành", "Đại biểu Hội đồng nhân dân tỉnh"),
        ("Bí thư tỉnh", "Bí thư Tỉnh ủy"),
        ("Huyện ủy viên", "Ủy viên Ban Chấp hành Đảng bộ huyện"),
        ("Giám đốc Sở Kế hoạch - Đầu tư", "Giám đốc Sở Kế hoạch và Đầu tư"),
        # …while the department whose name has a dash keeps it.
        (
            "Giám đốc Sở Lao động - Thương binh và Xã hội",
            "Giám đốc Sở Lao động - Thương binh và Xã hội",
        ),
        # A numbered district keeps its word; a named one does not repeat it.
        ("Bí thư Quận ủy quận 11", "Bí thư Quận ủy quận 11"),
        ("Bí thư quận 3", "Bí thư Quận ủy quận 3"),
        ("Bí thư Huyện ủy huyện Yên Thành", "Bí thư Huyện ủy Yên Thành"),
        ("Chủ tịch UBMTTQ VN tỉnh", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        # The Standing Committee's "ban Thường vụ" keeps its small letter.
        ("Ủy viên Ủy ban Thường vụ Quốc hội", "Ủy viên Ủy ban Thường vụ Quốc hội"),
        ("Phó Chủ tịch tỉnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
        ("Phó Chủ tịch HĐND tỉnh nhiệm mới", "Phó Chủ tịch Hội đồng nhân dân tỉnh"),
        ("Quyền Trưởng ban Pháp chế HĐND tỉnh", "Quyền Trưởng ban Pháp chế Hội đồng nhân dân tỉnh"),
        (
            "Thứ trưởng Thường trực Bộ Tư pháp",
            "Thứ trưởng Thường trực Bộ Tư pháp",
        ),
        # An organ's dash printed as a comma.
        (
            "Giám đốc Sở Lao động, Thương binh và Xã hội",
            "Giám đốc Sở Lao động - Thương binh và Xã hội",
        ),
        ("UVBTV Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy"),
        ("Trưởng Đoàn đại biểu Quốc hội của tỉnh", "Trưởng Đoàn đại biểu Quốc hội tỉnh"),
        (
            "trưởng Ban văn hóa xã hội HĐND tỉnh",
            "Trưởng Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh",
        ),
        ("Chủ tịch nước Cộng hòa Xã hội Chủ nghĩa Việt Nam", "Chủ tịch nước"),
        (
            "Bí thư Đảng ủy Đoàn đại biểu Quốc hội và HĐND tỉnh",
            "Bí thư Đảng ủy Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
        ),
        # An expansion with a comma, read whole.
        ("Giám đốc Sở VH-TT&DL", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
        # A member of the Secretariat, however the committee is printed.
        ("Bí thư BCH Trung ương Đảng", "Bí thư Trung ương Đảng"),
        # The party's central boards are "… Trung ương" without "Đảng".
        ("Trưởng Ban Tổ chức Trung ương Đảng", "Trưởng Ban Tổ chức Trung ương"),
        ("Chủ tịch nước CHXHCN Việt Nam", "Chủ tịch nước"),
        ("UVTVTU", "Ủy viên Ban Thường vụ Tỉnh ủy"),
        # "3 Phó Bí thư khác": the others holding the title.
        ("Phó Bí thư khác", "Phó Bí thư Tỉnh ủy"),
        ("Chủ tịch UBMTTQVN tỉnh", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        # A chair of a place is its people's committee's; a party committee's name is not a place.
        ("Phó Chủ tịch huyện Mường Tè", "Phó Chủ tịch Ủy ban nhân dân huyện Mường Tè"),
        ("Chủ tịch Tỉnh ủy", "Chủ tịch Tỉnh ủy"),
        ("Phó Chủ tịch Huyện ủy", "Phó Chủ tịch Huyện ủy"),
        # A member of a city's committee, however printed; a city's department as a province's.
        ("Ủy viên Thành ủy", "Ủy viên Ban Chấp hành Đảng bộ thành phố"),
        ("Ủy viên Tỉnh ủy", "Ủy viên Ban Chấp hành Đảng bộ tỉnh"),
        ("Giám đốc Sở Nội vụ TP Hải Phòng", "Giám đốc Sở Nội vụ"),
        ("Phó Chủ tịch UBND TP Hải Phòng", "Phó Chủ tịch Ủy ban nhân dân thành phố"),
        ("Thủ tướng Chính phủ Nước Cộng hòa XHCN Việt Nam", "Thủ tướng Chính phủ"),
        # A province's paper, radio and television, one agency since 2025.
        (
            "Tổng Biên tập Báo và phát thanh, truyền hình Tuyên Quang",
            "Tổng Biên tập Báo và Phát thanh, Truyền hình",
        ),
    ],
)
def test_titles_canonical_forms(printed: str, canonical: str) -> None:
    assert canonical_title(printed, RULES) == canonical


def test_titles_a_rank_after_and_ends_a_title() -> None:
    text = "Viện trưởng VKSND tỉnh và Đại tá Lê Văn Việt"
    end, stopped = read_title(text, 0, RULES)
    assert (text[:end], stopped) == ("Viện trưởng VKSND tỉnh", True)


def test_titles_an_organ_with_commas_is_read_whole() -> None:
    text = "Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội dự"
    masked = mask_commas(text, RULES)
    end, _ = read_title(masked, 0, RULES)
    assert canonical_title(masked[:end], RULES) == text[: -len(" dự")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Chủ nhiệm Ủy ban kiểm tra Thành ủy làm Trưởng ban", "Chủ nhiệm Ủy ban kiểm tra Thành ủy"),
        ("Chánh án Tòa án Nhân dân tối cao dự", "Chánh án Tòa án Nhân dân tối cao"),
        # The Youth Union's departments: "kiểm tra" and "và" inside their names.
        (
            "Trưởng ban Tổ chức kiểm tra Tỉnh đoàn phát biểu",
            "Trưởng ban Tổ chức kiểm tra Tỉnh đoàn",
        ),
        (
            "Phó trưởng ban Thanh niên công nhân và đô thị Tỉnh đoàn; Bí thư",
            "Phó trưởng ban Thanh niên công nhân và đô thị Tỉnh đoàn",
        ),
    ],
)
def test_titles_an_organ_in_small_letters_is_not_cut_at_its_verb_like_word(
    text: str, title: str
) -> None:
    end, _ = read_title(text, 0, RULES)
    assert text[:end].strip() == title
