"""What an article says of each title: its printed province, former, start or end."""

from __future__ import annotations

import pytest

from tests.conftest import record_of


def _holdings(text: str) -> dict[tuple[str, str], tuple[str | None, str]]:
    record = record_of(text, published="2024-05-06")
    return {
        (p["name"], h["title"]): (h["province"], h["change"])
        for p in record["persons"]
        for h in p["evidence"]["holdings"]
    }


@pytest.mark.parametrize(
    ("text", "name", "title", "province", "change"),
    [
        # The province printed with a title is kept for the post, not the article's.
        (
            "Ngày 5/5, đồng chí Mạc Văn Khải, Bí thư Tỉnh ủy Cao Bằng dự hội nghị.",
            "Mạc Văn Khải",
            "Bí thư Tỉnh ủy",
            "Cao Bằng",
            "",
        ),
        # A district of the same name as a province is not the province.
        (
            "Ngày 5/5, đồng chí Mạc Văn Khải, Bí thư Huyện ủy Bảo Lâm dự hội nghị.",
            "Mạc Văn Khải",
            "Bí thư Huyện ủy Bảo Lâm",
            None,
            "",
        ),
        # "nguyên": a former post.
        (
            "Ngày 5/5, đồng chí Phùng Thị Nga, nguyên Phó Bí thư Tỉnh ủy Bắc Kạn phát biểu.",
            "Phùng Thị Nga",
            "Phó Bí thư Tỉnh ủy",
            "Bắc Kạn",
            "former",
        ),
        (
            "Ngày 5/5, ông Lò Văn Tám, cựu Chủ tịch UBND tỉnh Bắc Kạn phát biểu.",
            "Lò Văn Tám",
            "Chủ tịch Ủy ban nhân dân tỉnh",
            "Bắc Kạn",
            "former",
        ),
        # Elected to a post: it starts.
        (
            "Ngày 5/5, Hội nghị đã bầu đồng chí Phùng Thị Nga giữ chức Chủ tịch UBND tỉnh.",
            "Phùng Thị Nga",
            "Chủ tịch Ủy ban nhân dân tỉnh",
            None,
            "start:giữ chức",
        ),
        # Relieved of a post: it ends.
        (
            "Ngày 5/5, HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Hầu A Lềnh.",
            "Hầu A Lềnh",
            "Phó Chủ tịch Ủy ban nhân dân tỉnh",
            None,
            "end:miễn nhiệm chức vụ",
        ),
        # Retirement ends every post named with the person in that clause.
        (
            "Ngày 5/5, đồng chí Đinh Công Sứ, Giám đốc Sở Tài chính nghỉ hưu theo chế độ.",
            "Đinh Công Sứ",
            "Giám đốc Sở Tài chính",
            None,
            "end:nghỉ hưu",
        ),
        # Moved by điều động: the post they had ends, the new one starts.
        (
            "Ngày 5/5, Ban Thường vụ điều động đồng chí Lầu Văn Páo, Phó Giám đốc Sở Nội vụ,"
            " giữ chức Chánh Văn phòng Tỉnh ủy.",
            "Lầu Văn Páo",
            "Phó Giám đốc Sở Nội vụ",
            None,
            "end:điều động",
        ),
        (
            "Ngày 5/5, Ban Thường vụ điều động đồng chí Lầu Văn Páo, Phó Giám đốc Sở Nội vụ,"
            " giữ chức Chánh Văn phòng Tỉnh ủy.",
            "Lầu Văn Páo",
            "Chánh Văn phòng Tỉnh ủy",
            None,
            "start:giữ chức",
        ),
        # Designated (chỉ định) to a second post: the first stays.
        (
            "Ngày 5/5, đồng chí Lầu Văn Páo, Chủ tịch UBND tỉnh được chỉ định giữ chức Phó Bí thư"
            " Tỉnh ủy.",
            "Lầu Văn Páo",
            "Chủ tịch Ủy ban nhân dân tỉnh",
            None,
            "",
        ),
        # A warning keeps the post; a dismissal ends it.
        (
            "Ngày 5/5, Ủy ban Kiểm tra thi hành kỷ luật đồng chí Vừ A Dế, Chủ tịch UBND xã Pú Nhi"
            " bằng hình thức cảnh cáo.",
            "Vừ A Dế",
            "Chủ tịch Ủy ban nhân dân xã Pú Nhi",
            None,
            "note:cảnh cáo",
        ),
        (
            "Ngày 5/5, Ủy ban Kiểm tra thi hành kỷ luật đồng chí Vừ A Dế bằng hình thức cách chức"
            " Bí thư Đảng ủy xã Pú Nhi.",
            "Vừ A Dế",
            "Bí thư Đảng ủy xã Pú Nhi",
            None,
            "end:cách chức",
        ),
    ],
)
def test_tenure_holding_of_a_title(
    text: str, name: str, title: str, province: str | None, change: str
) -> None:
    assert _holdings(text)[(name, title)] == (province, change)


def test_tenure_words_after_a_title_are_not_part_of_it() -> None:
    """'kể từ', 'thôi', 'thông tin' end a title: no post 'Giám đốc Công an tỉnh kể từ'."""
    text = (
        "Ngày 5/5, Bộ trưởng bổ nhiệm Đại tá Sùng A Hồng giữ chức Giám đốc Công an tỉnh kể từ"
        " ngày 15/5/2024. Đồng chí Mùa A Sơn, Chủ tịch UBND tỉnh thông tin về tình hình."
    )
    titles = {title for _, title in _holdings(text)}
    assert titles == {"Giám đốc Công an tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh"}
