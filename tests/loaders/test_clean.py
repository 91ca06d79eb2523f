"""Cleaning: boilerplate, bylines, captions and sentence spans."""

from __future__ import annotations

from loaders.clean import clean
from loaders.gazetteer import Gazetteer
from loaders.sources import Article

ARTICLE = """Thứ bảy, 16/01/2021

Hội nghị Ban Thường vụ Tỉnh ủy

LSO-Ngày 23/12/2020, đồng chí Hà Văn Tâm, Bí thư Tỉnh ủy chủ trì hội nghị.Hội nghị Ban Thường vụ Tỉnh ủy

Đồng chí Hà Văn Tâm phát biểu tại hội nghị.
Đồng chí Hà Văn Tâm phát biểu tại hội nghị.
Các đại biểu tham dự hội nghị.
(Ảnh: Minh Châu)

THANH HÀ – QUANG MINH
BÌNH LUẬN
Bạn còn 500/500 ký tự
Bạn vui lòng nhập từ 5 ký tự trở lên !!!
Tin mới
Đồng chí Lê Văn Bốn, Chủ tịch UBND tỉnh dự lễ khánh thành.
"""


def test_clean_drops_comment_box_and_related_news(gaz: Gazetteer) -> None:
    doc = clean(Article("a.txt", ARTICLE), gaz)
    assert "Bạn còn" not in doc.text
    assert "Tin mới" not in doc.text
    assert "Lê Văn Bốn" not in doc.text


def test_clean_a_related_news_label_above_the_article_is_dropped_not_cut_at(
    gaz: Gazetteer,
) -> None:
    text = "Ông Lê Văn Bốn làm Chủ tịch Hội\n\nTin mới\n\nNgày 2/3, Đại hội bầu ông Lê Văn Bốn."
    doc = clean(Article("a.txt", text), gaz)
    assert "Tin mới" not in doc.text
    assert doc.sentences[-1].text == "Ngày 2/3, Đại hội bầu ông Lê Văn Bốn."


def test_clean_a_credit_glued_to_the_lead_s_time_word_is_cut_off(gaz: Gazetteer) -> None:
    doc = clean(Article("a.txt", "Ảnh VTChiều 17/6, Tổng Bí thư tiếp xúc cử tri."), gaz)
    assert "VT Chiều 17/6" in doc.text


def test_clean_bylines_and_photo_credits_become_authors(gaz: Gazetteer) -> None:
    doc = clean(Article("a.txt", ARTICLE), gaz)
    assert doc.authors == ("Minh Châu", "Thanh Hà", "Quang Minh")
    assert "THANH HÀ" not in doc.text


def test_clean_repeated_captions_and_glued_sentences(gaz: Gazetteer) -> None:
    doc = clean(Article("a.txt", ARTICLE), gaz)
    texts = [s.text for s in doc.sentences]
    assert texts.count("Đồng chí Hà Văn Tâm phát biểu tại hội nghị.") == 1
    assert texts.count("Hội nghị Ban Thường vụ Tỉnh ủy") == 1
    assert "LSO-Ngày 23/12/2020, đồng chí Hà Văn Tâm, Bí thư Tỉnh ủy chủ trì hội nghị." in texts


def test_clean_title_and_date_line(gaz: Gazetteer) -> None:
    doc = clean(Article("a.txt", ARTICLE), gaz)
    assert doc.title == "Hội nghị Ban Thường vụ Tỉnh ủy"
    assert [d.text for d in doc.date_lines] == ["Thứ bảy, 16/01/2021"]


def test_clean_sentence_spans_point_into_the_text(gaz: Gazetteer) -> None:
    doc = clean(Article("a.txt", ARTICLE), gaz)
    assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)


def test_clean_abbreviation_dots_do_not_end_sentences(gaz: Gazetteer) -> None:
    doc = clean(
        Article("a.txt", "Đoàn thăm TP. Hồ Chí Minh và gặp PGS.TS. Lê Văn Cường. Hết."), gaz
    )
    assert [s.text for s in doc.sentences] == [
        "Đoàn thăm TP. Hồ Chí Minh và gặp PGS.TS. Lê Văn Cường.",
        "Hết.",
    ]


def test_clean_line_ending_with_comma_joins_the_next(gaz: Gazetteer) -> None:
    doc = clean(
        Article("a.txt", "Đồng chí Hà Văn Tâm, Bí thư Tỉnh ủy,\nChủ tịch HĐND tỉnh phát biểu."), gaz
    )
    assert [s.text for s in doc.sentences] == [
        "Đồng chí Hà Văn Tâm, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu."
    ]


def test_clean_numbered_list_after_a_colon_is_one_sentence(gaz: Gazetteer) -> None:
    text = (
        "Ban Chấp hành bầu Ban Thường vụ gồm 3 đồng chí:\n\n1. Lò Văn Một\n\n2. Hà Thị Hai\n"
        "3) Cầm Văn Ba - Phó Bí thư Tỉnh ủy\n\nHội nghị bế mạc.\n4) Năm tới"
    )
    doc = clean(Article("a.txt", text), gaz)
    assert [s.text for s in doc.sentences] == [
        "Ban Chấp hành bầu Ban Thường vụ gồm 3 đồng chí: Lò Văn Một; Hà Thị Hai; Cầm Văn Ba"
        " - Phó Bí thư Tỉnh ủy",
        "Hội nghị bế mạc.",
        "4) Năm tới",
    ]


def test_clean_a_numbered_caption_repeating_the_headline_is_dropped(gaz: Gazetteer) -> None:
    text = "Ông Lò Văn Sơn tái đắc cử\nNgày 2/3, HĐND tỉnh họp.\nÔng Lò Văn Sơn tái đắc cử 1"
    doc = clean(Article("a.txt", text), gaz)
    assert [s.text for s in doc.sentences] == [
        "Ông Lò Văn Sơn tái đắc cử",
        "Ngày 2/3, HĐND tỉnh họp.",
    ]


def test_clean_a_lower_case_word_after_a_full_stop_goes_on_the_sentence(gaz: Gazetteer) -> None:
    # Vietnamese capitals are letters, not the code-point range À-Ỹ (which holds "đ", "ơ").
    doc = clean(Article("a.txt", "Hội nghị có 3 nội dung. đồng chí Lê Văn Tám phát biểu."), gaz)
    assert [s.text for s in doc.sentences] == [
        "Hội nghị có 3 nội dung. đồng chí Lê Văn Tám phát biểu."
    ]
    doc = clean(Article("a.txt", "Hội nghị có 3 nội dung. Đồng chí Lê Văn Tám phát biểu."), gaz)
    assert len(doc.sentences) == 2


def test_clean_a_hard_wrapped_sentence_is_one_sentence(gaz: Gazetteer) -> None:
    """Crawled text broken mid-sentence ("Bí thư Tỉnh" / "ủy, Chủ tịch …") is rejoined;
    a line after a full stop or a headline, or starting with a capital, is not."""
    text = (
        "Đại hội huyện khai mạc\nDự có các đồng\nchí: Lò Văn Sáu, Bí thư Tỉnh\n"
        "ủy, Chủ tịch HĐND tỉnh.\nĐại biểu dự họp."
    )
    sentences = [s.text for s in clean(Article("a.txt", text), gaz).sentences]
    assert sentences == [
        "Đại hội huyện khai mạc",
        "Dự có các đồng chí: Lò Văn Sáu, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.",
        "Đại biểu dự họp.",
    ]


def test_clean_two_words_glued_together_are_parted(gaz: Gazetteer) -> None:
    """A page that lost its spaces ("Phó Bí thưTỉnh ủy"); abbreviations stay whole."""
    doc = clean(Article("a", "Ông Lê Văn Phước, Phó Bí thưTỉnh ủy, Chủ tịch LĐLĐ tỉnh dự."), gaz)
    assert doc.text == "Ông Lê Văn Phước, Phó Bí thư Tỉnh ủy, Chủ tịch LĐLĐ tỉnh dự."


def test_clean_an_abbreviation_in_parentheses_after_its_words_is_dropped(gaz: Gazetteer) -> None:
    text = (
        "Chủ tịch Hội đồng Nhân dân (HĐND) tỉnh, Chủ nhiệm Ủy ban Kiểm tra (UBKT) Tỉnh ủy"
        " và Ủy ban Kiểm tra Tỉnh ủy Hà Giang (UBKT) dự."
    )
    doc = clean(Article("a.txt", text), gaz)
    assert doc.sentences[0].text == (
        "Chủ tịch Hội đồng Nhân dân tỉnh, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"
        " và Ủy ban Kiểm tra Tỉnh ủy Hà Giang (UBKT) dự."
    )
