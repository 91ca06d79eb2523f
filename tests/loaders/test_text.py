"""Text helpers: Unicode forms, tone placement, keys."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.text import (
    CAPITALISED_WORD,
    capitalised_words,
    fold_tones,
    is_capitalised,
    normalize,
    strip_diacritics,
    title_case,
    whole_words,
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Tỉnh uỷ", "Tỉnh ủy"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("khoá XIV", "khóa XIV"),
        ("thuỷ lợi", "thủy lợi"),
        ("quý", "quý"),
        ("hoàn thành", "hoàn thành"),
        ("Tỉnh ủy", "Tỉnh ủy"),
    ],
)
def test_text_fold_tones(old: str, new: str) -> None:
    assert fold_tones(old) == new


def test_text_normalize_nfc_spaces_and_invisible_characters() -> None:
    decomposed = unicodedata.normalize("NFD", "Bí thư")
    assert (
        normalize(f"  {decomposed}\u00a0\u00a0Tỉnh\u200b uỷ \r\nxong\t.")
        == "Bí thư Tỉnh ủy\nxong ."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HĐND tỉnh khoa XVIII", "HĐND tỉnh khóa XVIII"),
        # Only before a Roman ordinal: a faculty keeps its word.
        ("Khoa Y, khoa 3", "Khoa Y, khoa 3"),
    ],
)
def test_text_normalize_reads_an_untoned_khoa_before_an_ordinal(text: str, expected: str) -> None:
    assert normalize(text) == expected


@given(st.text(alphabet=st.sampled_from("aàáoòóôuùúyỳýươ ỷỏủạọụUOYHq\n\t\u00a0"), max_size=60))
def test_text_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Hùng", True),
        ("H'Hen", True),
        ("K'Brơi", True),
        ("Bh'riu", True),
        ("UBND", False),
        ("tỉnh", False),
        ("Y", True),
    ],
)
def test_text_is_capitalised(word: str, expected: bool) -> None:
    assert is_capitalised(word) is expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ông Lò Văn Hùng dự", ["Ông", "Lò", "Văn", "Hùng"]),
        ("H'Hen Niê và K’Brơi", ["H'Hen", "Niê", "K’Brơi"]),
        ("Phó Bí thưTỉnh ủy", ["Phó", "Bí"]),  # glued to the word before: no word's start
        ("_Hà 1Nam a'Bình Đà", ["Đà"]),
        ("UBND tỉnh Sơn La", ["Sơn", "La"]),
    ],
)
def test_text_capitalised_words_start_words(text: str, words: list[str]) -> None:
    assert [m.group(0) for m in capitalised_words(text)] == words


@given(st.text(alphabet=st.sampled_from("HànNĐxy1_'’ .-"), max_size=40))
def test_text_capitalised_words_are_the_unglued_matches(text: str) -> None:
    """The character before is tested inside the pattern: the same words as dropping the
    matches glued to a word after finding them."""
    plain = re.compile(CAPITALISED_WORD.pattern.replace(r"(?<![\w'’].)", "", 1))
    assert plain.pattern != CAPITALISED_WORD.pattern
    unglued = [
        m.span()
        for m in plain.finditer(text)
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_'’")
    ]
    assert [m.span() for m in capitalised_words(text)] == unglued


def test_text_strip_diacritics_and_title_case() -> None:
    assert strip_diacritics("Lò Minh Hùng, Đảng") == "Lo Minh Hung, Dang"
    assert title_case("TRÍ DŨNG") == "Trí Dũng"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Đồng chí A chủ trì hội nghị", ["chủ trì"]),
        ("Chủ trì, đồng chủ trì", ["Chủ trì", "đồng chủ trì"]),
        ("chủ trìa và xchủ trì", []),  # glued to a word on either side
        ("(chủ trì)", ["chủ trì"]),
    ],
)
def test_text_whole_words_match_only_whole_words(text: str, found: list[str]) -> None:
    pattern = re.compile(whole_words(["chủ trì", "đồng chủ trì"]), re.IGNORECASE)
    assert pattern.findall(text) == found


@given(st.text(alphabet=st.sampled_from("chủtrìđồng xCĐ,"), max_size=40))
def test_text_whole_words_agree_with_a_plain_look_behind(text: str) -> None:
    plain = re.compile(r"(?<![\w])(?:đồng chủ trì|chủ trì)(?![\w])", re.IGNORECASE)
    fast = re.compile(whole_words(["chủ trì", "đồng chủ trì"]), re.IGNORECASE)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
