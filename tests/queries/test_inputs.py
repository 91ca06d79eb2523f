"""What analysts type, read as the graph writes it; what nobody could mean, refused with
the closest known values."""

from __future__ import annotations

import pytest

import queries
from graph.store.base import Store
from loaders import gazetteer
from queries import inputs
from queries.inputs import InputError
from tests import samples
from tests.graph.conftest import BACKENDS

GAZ = gazetteer.default()

samples_in = pytest.fixture(scope="module", name="samples_in")(samples.stores)
loaded = pytest.fixture(params=BACKENDS, name="loaded")(samples.loaded)


@pytest.mark.parametrize(
    ("typed", "province"),
    [
        ("Sơn La", "Sơn La"),
        ("Son La", "Sơn La"),
        ("son la", "Sơn La"),
        ("tỉnh Sơn La", "Sơn La"),
        ("Tinh Son La", "Sơn La"),
        ("TP Hồ Chí Minh", "Hồ Chí Minh"),
        ("TP. Ho Chi Minh", "Hồ Chí Minh"),
        ("thành phố Hà Nội", "Hà Nội"),
        ("Ha Noi", "Hà Nội"),
        ("Tuyen Quang", "Tuyên Quang"),
        ("", ""),
    ],
)
def test_inputs_province_spellings(typed: str, province: str) -> None:
    assert inputs.province(typed, GAZ) == province


@pytest.mark.parametrize(
    ("typed", "closest"), [("Son Lla", "Sơn La"), ("Tuyen Quan", "Tuyên Quang")]
)
def test_inputs_an_unknown_province_names_the_closest(typed: str, closest: str) -> None:
    with pytest.raises(InputError, match=f"unknown province '{typed}'; closest: {closest}"):
        inputs.province(typed, GAZ)


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy"),
        ("Bí thư Tỉnh uỷ", "Bí thư Tỉnh ủy"),  # the other tone placement
        ("bí thư tỉnh ủy", "Bí thư Tỉnh ủy"),
        ("Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh"),
        ("Chủ tịch HĐND tỉnh", "Chủ tịch Hội đồng nhân dân tỉnh"),
        ("UVTW", "Ủy viên Ban Chấp hành Trung ương Đảng"),
        ("Bí thư Tỉnh ủy Sơn La", "Bí thư Tỉnh ủy"),
    ],
)
def test_inputs_title_spellings(typed: str, title: str) -> None:
    assert inputs.title(typed, GAZ) == title


@pytest.mark.parametrize(
    ("typed", "ordinal"),
    [("XVII", "XVII"), ("xvii", "XVII"), ("17", "XVII"), ("khóa XV", "XV"), ("9", "IX"),
     ("khoá 14", "XIV"), ("4", "IV"), ("19", "XIX")],
)  # fmt: skip
def test_inputs_term_in_arabic_or_roman(typed: str, ordinal: str) -> None:
    assert inputs.term(typed) == ordinal


@pytest.mark.parametrize("typed", ["abc", "0", "XVII bis", ""])
def test_inputs_a_term_that_is_no_number_is_refused(typed: str) -> None:
    with pytest.raises(InputError, match="not a term's number"):
        inputs.term(typed)


def test_inputs_post_title_checks_the_province_s_posts(loaded: Store) -> None:
    assert inputs.post_title(loaded, "Bi thu Tinh uy", "Sơn La", GAZ) == "Bí thư Tỉnh ủy"
    with pytest.raises(InputError, match="no post 'Bi thu' in Sơn La; closest: Bí thư Tỉnh ủy"):
        inputs.post_title(loaded, "Bi thu", "Sơn La", GAZ)


def test_inputs_a_person_by_id_keeps_to_that_person(loaded: Store) -> None:
    assert inputs.person_name(loaded, "person:lò-minh-hùng") == "Lò Minh Hùng"
    assert {r["person_id"] for r in queries.timeline(loaded, "person:lò-minh-hùng").records()} == {
        "person:lò-minh-hùng"
    }
    with pytest.raises(InputError, match="no person with id 'person:nobody'"):
        inputs.person_name(loaded, "person:nobody")


@pytest.mark.parametrize("typed", ["2024", "2024-03", "2024-03-01", " 2024-02-29 "])
def test_inputs_dates_as_typed(typed: str) -> None:
    assert inputs.date(typed) == typed.strip()


@pytest.mark.parametrize("typed", ["2024-13", "2023-02-29", "24", "2024/03", "yesterday", ""])
def test_inputs_a_date_that_is_none_is_refused(typed: str) -> None:
    with pytest.raises(InputError, match="not a date"):
        inputs.date(typed)
