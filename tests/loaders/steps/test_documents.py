"""Documents cited by number, kind, date and issuer."""

from __future__ import annotations

import pytest

from tests.conftest import record_of


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("thực hiện Nghị quyết số 101-NQ/TU của Tỉnh ủy", "101-NQ/TU", "Nghị quyết"),
        # "số" glued to the number.
        ("Thủ tướng ký Quyết định số2303/QĐ-TTg, phê chuẩn", "2303/QĐ-TTg", "Quyết định"),
        ("theo Kế hoạch số 223/KH-UBND của UBND tỉnh", "223/KH-UBND", "Kế hoạch"),
        ("Quyết định số 456-QĐ/TU của Ban Thường vụ", "456-QĐ/TU", "Quyết định"),
        ("Kết luận số 35-KL/TW của Bộ Chính trị", "35-KL/TW", "Kết luận"),
        ("Chỉ thị số 05-CT/TU về tăng cường", "05-CT/TU", "Chỉ thị"),
        ("Hướng dẫn số 24-HD/BTGTW của Ban Tuyên giáo Trung ương", "24-HD/BTGTW", "Hướng dẫn"),
        ("Luật số 12/2025/QH15 có hiệu lực", "12/2025/QH15", "Luật"),
        ("Công văn số 1234-CV/VPTW của Văn phòng Trung ương", "1234-CV/VPTW", "Công văn"),
        ("ban hành Quyết định 1234/QĐ-UBND về việc", "1234/QĐ-UBND", "Quyết định"),
        ("Hướng dẫn số 15 - HD/TU về đại hội", "15-HD/TU", "Hướng dẫn"),
        ("Quyết định số 1.234/QĐ-UBND của UBND tỉnh", "1.234/QĐ-UBND", "Quyết định"),
        ("Nghị quyết 30a/2008/NQ-CP của Chính phủ", "30a/2008/NQ-CP", "Nghị quyết"),
        ("Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP", "102/2025/NQLT-UBTVQH15-CP", None),
        # A separator left out between the number and its symbol.
        ("Quyết định số 1762QĐ-NSTW của Bộ Chính trị", "1762QĐ-NSTW", "Quyết định"),
    ],
)
def test_documents_numbers_of_many_shapes(text: str, number: str, kind: str | None) -> None:
    docs = record_of(f"Hội nghị đã quán triệt {text}.")["documents"]
    assert [(d["number"], d["kind"]) for d in docs] == [(number, kind)]


def test_documents_date_and_issuer_after_the_number() -> None:
    text = "Quán triệt Hướng dẫn số 15-HD/TU ngày 7/11/2019 của Ban Thường vụ tỉnh ủy về đại hội."
    (doc,) = record_of(text)["documents"]
    assert (doc["date"], doc["issuer"]) == ("2019-11-07", "Ban Thường vụ Tỉnh ủy")


def test_documents_bare_back_reference_merges_into_full_number() -> None:
    text = (
        "Theo Nghị quyết số 79-NQ/TU, ngày 2/1/2023 của Tỉnh ủy, các cấp đã triển khai. "
        "Thực hiện Nghị quyết số 79, tỉnh đạt nhiều kết quả."
    )
    assert [d["number"] for d in record_of(text)["documents"]] == ["79-NQ/TU"]


def test_documents_symbol_less_reference_has_no_number() -> None:
    docs = record_of("Tiếp tục thực hiện Chỉ thị 35 và NQ 11 của Trung ương.")["documents"]
    assert [(d["number"], d["title"]) for d in docs] == [
        (None, "Chỉ thị 35"),
        (None, "Nghị quyết 11"),
    ]


def test_documents_a_decision_s_number_without_its_code_is_its_number() -> None:
    """ "Quyết định số 81" is numbered 81, as every annotated set reads it; "Thông báo số
    2275" stays named by its title (document_kinds.yaml, bare)."""
    text = "Ông Lê Văn Ba công bố Quyết định số 81 và Thông báo số 2275 của Tỉnh ủy."
    docs = record_of(text)["documents"]
    assert sorted((d["number"] or "", d["title"] or "") for d in docs) == [
        ("", "Thông báo số 2275"),
        ("81", ""),
    ]


def test_documents_dates_and_periods_are_not_numbers() -> None:
    text = "Ngày 10/10/1895 - 10/10/2025, giai đoạn 2021-2025, COVID-19 và Báo cáo 6 tháng."
    assert [d for d in record_of(text)["documents"] if d["number"]] == []


def test_documents_a_numbered_list_item_is_no_number_a_mixed_case_code_is() -> None:
    text = "UBKT kết luận:\n1- Xem xét, thi hành kỷ luật. Thực hiện Chương trình số 03-CTr/TU."
    numbers = [d["number"] for d in record_of(text)["documents"] if d["number"]]
    assert numbers == ["03-CTr/TU"]


def test_documents_unnumbered_central_resolution_has_a_title() -> None:
    text = "Quán triệt Nghị quyết Hội nghị lần thứ sáu, Ban Chấp hành Trung ương Đảng khóa XIII."
    (doc,) = record_of(text)["documents"]
    assert doc["number"] is None
    assert doc["title"] == "Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII"


def _references(text: str) -> dict[str, list[str]]:
    docs = record_of(text)["documents"]
    return {d["number"]: d["references"] for d in docs if d["references"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UBND tỉnh ban hành Kế hoạch số 96/KH-UBND ngày 20/5/2021 triển khai Chỉ thị số 21-CT/TU.",
            {"96/KH-UBND": ["21-CT/TU"]},
        ),
        (
            "Hội nghị thông qua Kế hoạch số 58-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện "
            "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.",
            {"58-KH/TU": ["21-KL/TW"]},
        ),
        (
            "Ban hành Quyết định số 12-QĐ/TU căn cứ Quy định số 41-QĐi/TW của Bộ Chính trị.",
            {"12-QĐ/TU": ["41-QĐi/TW"]},
        ),
    ],
)
def test_documents_reference_the_document_they_implement(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert _references(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A list of two documents, not one citing the other.
        "Tiếp tục thực hiện Nghị quyết số 57-NQ/TW và Nghị quyết số 59-NQ/TW của Bộ Chính trị.",
        "Nghe báo cáo thực hiện Kết luận số 126-KL/TW của Bộ Chính trị và tổng kết Nghị quyết 18-NQ/TW.",
        "Các xã sáp nhập theo Nghị quyết số 202/2025/QH15, có 103 xã theo Nghị quyết số 1668/NQ-UBTVQH15.",
        "Đề án (theo Quyết định số 456-QĐ/TU của Ban Thường vụ) và Đề án (theo Quyết định số 457-QĐ/TU).",
    ],
)
def test_documents_lists_are_not_references(text: str) -> None:
    assert _references(text) == {}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Văn phòng Tỉnh ủy ban hành Thông báo số 2275 kết luận của Ban Chấp hành.",
            "Thông báo số 2275",
        ),
        ("Ban Thường vụ trình bày Tờ trình số 129 về việc kỷ luật.", "Tờ trình số 129"),
    ],
)
def test_documents_a_number_without_its_symbol_is_no_document_number(text: str, title: str) -> None:
    # SCHEMA.md: a symbol-less reference has number null; its title says which it is.
    docs = record_of(text)["documents"]
    assert [(d["number"], d["title"]) for d in docs] == [(None, title)]


def test_documents_numbers_listed_before_a_symbol_share_it() -> None:
    text = "Ngày 2/8/2021, HĐND tỉnh ban hành các Nghị quyết số 12, 13 và 14/NQ-HĐND."
    assert [d["number"] for d in record_of(text)["documents"]] == [
        "12/NQ-HĐND",
        "13/NQ-HĐND",
        "14/NQ-HĐND",
    ]


def test_documents_a_session_s_ordinal_before_a_council_is_no_number() -> None:
    text = "Ngày 2/8/2021, kỳ họp thứ 10- HĐND tỉnh khóa XIX bế mạc."
    assert record_of(text)["documents"] == []
