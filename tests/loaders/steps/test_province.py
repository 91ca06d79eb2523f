"""The province an article is about."""

from __future__ import annotations

import pytest

from tests.conftest import record_of


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("LSO-Ngày 2/3, hội nghị diễn ra tại trụ sở.", "Lạng Sơn"),
        # One unit under its two names, "Huế" inside "Thừa Thiên Huế" counted once.
        ("Kỳ họp HĐND tỉnh Thừa Thiên Huế khai mạc tại Huế.", "Thừa Thiên Huế"),
        ("Hội nghị được tổ chức tại tỉnh Sơn La với sự tham gia của các sở.", "Sơn La"),
        ("Công tác xúc tiến du lịch Thái Nguyên cần được quan tâm.", "Thái Nguyên"),
        ("Ban Thường vụ Thành ủy TP.HCM họp. TP.HCM đạt tăng trưởng cao.", "Hồ Chí Minh"),
        ("Hội nghị có đại diện các tỉnh Sơn La, Lai Châu, Điện Biên và Hòa Bình.", None),
        ("Tỉnh đã hoàn thành kế hoạch năm.", None),
        ("Mọi người mong muốn hòa bình. Tỉnh Cao Bằng đạt kết quả tốt.", "Cao Bằng"),
        ("Hội nghị tỉnh Thừa Thiên Huế năm 2023 diễn ra.", "Thừa Thiên Huế"),
        # The name the text writes most: one old spelling in a birthplace does not rename it.
        (
            "Đại hội Đảng bộ TP Huế khai mạc. Ông Lê Văn An, quê Thừa Thiên - Huế, được bầu "
            "làm Bí thư Thành ủy Huế. Các đại biểu thăm TP Huế.",
            "Huế",
        ),
        # "Hồ Chí Minh" alone is the President, not the city.
        ("Hội nghị học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", None),
        ("Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh làm việc với Đoàn.", None),
        ("Đoàn công tác thành phố Hồ Chí Minh thăm và làm việc.", "Hồ Chí Minh"),
        # A biography names where a person was born and served, not the article's province.
        (
            "Đại hội Đảng bộ tỉnh Cà Mau khai mạc. Ông Lê Văn A, Bí thư Tỉnh ủy Cà Mau, quê "
            "quán tỉnh Sóc Trăng, từng trải qua các chức vụ: Bí thư Tỉnh ủy Sóc Trăng, Chủ tịch"
            " UBND tỉnh Sóc Trăng, Phó Chủ tịch UBND tỉnh Sóc Trăng.",
            "Cà Mau",
        ),
    ],
)
def test_province_chosen(text: str, province: str | None) -> None:
    assert record_of(text)["province"] == province


def test_province_inside_a_persons_name_does_not_count() -> None:
    text = "Đồng chí Nguyễn Văn Long An, Bí thư Tỉnh ủy phát biểu tại tỉnh Bến Tre."
    assert record_of(text)["province"] == "Bến Tre"


def test_province_dateline_after_a_headline_subtitle_and_byline() -> None:
    text = (
        "Bí thư Tỉnh ủy Lê Văn Tư:\n\nThực hiện tốt Nghị quyết Đại hội\n\nHÀ LAN\n"
        "(GLO)- Chiều 4-2, tại Văn phòng Tỉnh ủy, đồng chí Lê Văn Tư chủ trì hội nghị."
    )
    assert record_of(text, published="2026-02-04")["province"] == "Gia Lai"
