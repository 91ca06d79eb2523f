"""Event and publication dates, with the year inferred only from the article."""

from __future__ import annotations

import pytest

from tests.conftest import record_of


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("Ngày 7/12, đồng chí A họp.", "2022-12-08", "2022-12-07"),
        ("Sáng 17 – 9, hội nghị khai mạc.", "2023-09-17", "2023-09-17"),
        ("Ngày 11.7, tỉnh tổ chức hội nghị.", "2024-07-12", "2024-07-11"),
        ("Chiều 28/12, hội nghị tổng kết.", "2024-01-02", "2023-12-28"),
        ("Ngày 16 tháng 11 năm 2019, hội nghị diễn ra.", None, "2019-11-16"),
        ("LSO-Ngày 23/12/2020, đồng chí chủ trì.", None, "2020-12-23"),
        ("(TTV)- Ngày 5/3, Ban Thường vụ họp.", "2021-03-06", "2021-03-05"),
        ("Sáng nay, hội nghị khai mạc.", "2025-05-20", "2025-05-20"),
        ("Sáng 15/8, Ban Thường vụ họp.", None, None),
        ("(Báo Tuyên Quang) - Ngày 04/08, ông A họp.", "2024-08-05", "2024-08-04"),
        ("QN – Trong ngày 5/4/2024, Ban Chấp hành họp.", None, "2024-04-05"),
        ("Trong 2 ngày 15 và 16/8, hội nghị diễn ra.", "2024-08-17", "2024-08-15"),
        # The date later in the lead.
        ("Như tin đã đưa, sáng 15/10, đại hội bầu Ban Chấp hành.", "2025-10-16", "2025-10-15"),
        (
            "Trong phiên khai mạc kỳ họp vào chiều 28/4, đại biểu bỏ phiếu.",
            "2022-05-01",
            "2022-04-28",
        ),
        ("Đến ngày 20-8-2020, các đảng bộ hoàn thành đại hội.", None, "2020-08-20"),
        ("Từ ngày 17 đến ngày 22/8, lớp bồi dưỡng diễn ra.", "2024-08-25", "2024-08-17"),
        ("Thực hiện Quyết định số 12/QĐ-UBND ngày 3/4/2024, tỉnh rà soát.", None, None),
        # Metadata that knows only the month or the year.
        ("Sáng 10/12, hội nghị khai mạc.", "2023-12", "2023-12-10"),
        ("Chiều 28/12, hội nghị tổng kết.", "2024-01", "2023-12-28"),
        ("Ngày 5/3, Ban Thường vụ họp.", "2021", "2021-03-05"),
        ("Sáng nay, hội nghị khai mạc.", "2025-05", "2025-05"),
        ("Theo kế hoạch, Chiều 17/6, cử tri gặp đại biểu.", "2018-06", "2018-06-17"),
        # A portal's furniture before the lead; a date in the first clause wins over a later
        # sentence's.
        (
            "Xây dựng Đảng\n\nLấy phiếu tín nhiệm\n\nĐiện Biên\n\nBan Chấp hành họp.\n\n"
            "TTXVN - Sáng 15/12, Ban Chấp hành Đảng bộ tỉnh lấy phiếu tín nhiệm.",
            "2023-12-16",
            "2023-12-15",
        ),
        (
            "Theo đó, tối 13-10-2020, Hội nghị lần thứ nhất diễn ra. Hội nghị bầu Ban Thường vụ."
            " Sáng ngày 14-10, kết quả được công bố.",
            None,
            "2020-10-13",
        ),
        # An undated report: the month it was published (it happened on or before that day).
        ("Tỉnh ủy vừa tổ chức hội nghị sơ kết.", "2024-03-02", "2024-03"),
        ("Tỉnh ủy vừa tổ chức hội nghị sơ kết.", "2024-03", "2024-03"),
        ("Tỉnh ủy vừa tổ chức hội nghị sơ kết.", "2024", None),
        ("Trong các ngày 12 và 13/4, tại Hà Nội, Ủy ban Kiểm tra họp.", "2023-04-14", "2023-04-12"),
        (
            "Đề cương tuyên truyền. Đại hội được tổ chức vào ngày 25 tháng 10 năm 2021 tại Nhà Văn"
            " hóa.",
            "2021-10-28",
            "2021-10-25",
        ),
        # A range gives its first day; a day-month-year with dashes is no range.
        (
            "Đại hội diễn ra trong 2 ngày (từ ngày 8 - 9/8/2023), tại Cung Văn hóa tỉnh.",
            "2023-08",
            "2023-08-08",
        ),
        ("Tại kỳ họp 19 từ ngày 7-9/11, Ủy ban Kiểm tra họp.", "2017-11-14", "2017-11-07"),
        ("Hội nghị họp. Đến ngày 20-8-2020, kết quả được công bố.", None, "2020-08-20"),
        # A lead dated by its report gives way to the meeting's day a few days before;
        # a document ("Thông báo số 50") or a cited year does not.
        (
            "Ngày 7-9, Văn phòng Thành ủy cho biết đã có thông cáo. Theo đó, chiều 4-9, bà Lê "
            "Thị Hạnh chủ trì kỳ họp.",
            "2025-09-07",
            "2025-09-04",
        ),
        (
            "Ngày 10/8/2022, Ban Nội chính ban hành Thông báo số 50. Theo đó, thực hiện Quyết "
            "định ngày 25/3/2019, ngày 12/4/2022 ban hành kế hoạch.",
            None,
            "2022-08-10",
        ),
        # The meeting's own day later in the lead, not a cited document's.
        (
            "Tỉnh ủy đề nghị kỷ luật theo Quyết định số 5 ngày 3/4/2024. Phiên họp thường kỳ "
            "tháng 6 diễn ra ngày 22/6.",
            "2024-06-25",
            "2024-06-22",
        ),
        # After a quotation that ends a clause; the dates of "2 ngày" in parentheses;
        # "sáng nay, 24/12".
        (
            "Sau 2 ngày làm việc với tinh thần “Đoàn kết, đổi mới,” ngày 19/9, Đại hội bế mạc.",
            "2025-09-20",
            "2025-09-19",
        ),
        ("Sau 2 ngày (27-28/11) làm việc, Đại hội Mặt trận tỉnh bế mạc.", "2025-11", "2025-11-27"),
        ("Đại hội Phụ nữ tỉnh bế mạc vào sáng nay, 24/12.", "2021-12-24", "2021-12-24"),
        # "sáng nay (9/4)" inside the lead, the year from the metadata.
        (
            "Thông tin từ UBND tỉnh cho biết, sáng nay (9/4), tại trụ sở Tỉnh ủy, Đoàn công tác"
            " đã về làm việc.",
            "2015-04",
            "2015-04-09",
        ),
        # A congress opens its term.
        (
            "Sáng 15/10, Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020-2025 khai mạc.",
            None,
            "2020-10-15",
        ),
        # A lead dated by its report keeps its day when the only earlier date is when a post
        # or a rule took effect ("kể từ ngày"), not a meeting.
        (
            "Chiều 29/6, theo thông tin của Văn phòng Quốc hội, Ủy ban Thường vụ Quốc hội vừa"
            " phê chuẩn kết quả bầu Chủ tịch HĐND tỉnh đối với ông Lê Văn Tư kể từ ngày"
            " 15/6/2021.",
            None,
            "2021-06-29",
        ),
        # An anniversary cites its day twice: the year is the later, the one it counts to.
        (
            "Kỷ niệm 76 năm ngày thành lập Quân đội nhân dân Việt Nam (22-12-1944 - 22-12-2020),"
            " sáng 22-12, đồng chí Lê Văn Tư, Chủ tịch UBND tỉnh đến thăm Bộ CHQS tỉnh.",
            None,
            "2020-12-22",
        ),
        # …while a session that runs from a day is dated by it.
        (
            "Kỳ họp thứ 10 HĐND tỉnh khóa XV diễn ra trong 3 ngày, kể từ ngày 8/7/2024.",
            None,
            "2024-07-08",
        ),
        ("Hội nghị được tổ chức kể từ ngày 12/3/2025 tại Hà Nội.", None, "2025-03-12"),
        # …while a congress's resolution is carried out in a later year.
        (
            "Ngày 10/12, đoàn công tác làm việc về kết quả thực hiện Nghị quyết Đại hội Đảng bộ"
            " tỉnh lần thứ XVII nhiệm kỳ 2020-2025.",
            None,
            None,
        ),
    ],
)
def test_dates_event_date_from_the_lead(text: str, published: str | None, date: str | None) -> None:
    assert record_of(text, published=published)["date"] == date


def test_dates_year_from_latest_cited_date() -> None:
    text = "Ngày 7/12, hội nghị diễn ra. Các đơn vị báo cáo trước ngày 15/12/2022."
    assert record_of(text)["date"] == "2022-12-07"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # The year a meeting reviews, with no full date cited; the next year it plans is not.
        (
            "Ngày 23.12, Đảng ủy Quân sự tỉnh tổ chức hội nghị đánh giá thực hiện nhiệm vụ năm"
            " 2010 và triển khai nhiệm vụ năm 2011.",
            "2010-12-23",
        ),
        (
            "Sáng 14.11, Đảng ủy tổ chức hội nghị kiểm điểm Ban Thường vụ, ủy viên Ban Thường"
            " vụ, chỉ huy cùng cấp năm 2018.",
            "2018-11-14",
        ),
        ("Chiều 3/10, Sở Tài chính họp sơ kết quý III/2022.", "2022-10-03"),
        # Some months of a year need no word of review; one planned is not reported on.
        (
            "Ngày 29/6, Tỉnh ủy thảo luận tình hình 6 tháng đầu năm 2021; phương hướng, nhiệm"
            " vụ 6 tháng cuối năm 2021, thực hiện Nghị quyết số 06, ngày 24-8-2016.",
            "2021-06-29",
        ),
        # During the months reported on: that year ("6 tháng cuối" runs from July).
        (
            "Sáng 13/8, HĐND tỉnh khai mạc kỳ họp, nghe báo cáo nhiệm vụ và giải pháp 6 tháng"
            " cuối năm 2025.",
            "2025-08-13",
        ),
        # A review held after its period: in the year after.
        ("Ngày 15/1, Tỉnh ủy tổng kết công tác năm 2023.", "2024-01-15"),
        ("Ngày 10/1, Sở Tài chính sơ kết quý IV/2022.", "2023-01-10"),
        (
            "Ngày 10/1, Tỉnh ủy tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 theo"
            " Kế hoạch số 5 ngày 20/12/2023.",
            "2024-01-10",
        ),
        # A period reported on in its own year: drills, briefings, mid-year results, months
        # in words.
        ("Ngày 20/9, huyện tổ chức diễn tập khu vực phòng thủ năm 2024.", "2024-09-20"),
        ("Ngày 5/8, UBND tỉnh họp đánh giá tiến độ giải ngân vốn năm 2024.", "2024-08-05"),
        (
            "Ngày 28/6, Tỉnh ủy sơ kết công tác 6 tháng đầu năm và bàn nhiệm vụ 6 tháng cuối"
            " năm 2024.",
            "2024-06-28",
        ),
        ("Ngày 15/7, Tỉnh ủy tổ chức hội nghị sơ kết sáu tháng đầu năm 2024.", "2024-07-15"),
        (
            "Ngày 8/12, HĐND tỉnh đánh giá kết quả thực hiện các chỉ tiêu năm 2023.",
            "2023-12-08",
        ),
        # A plan or a target is no period reported on: the year stays unknown, or the one a
        # cited date gives.
        ("Ngày 5/3, Tỉnh ủy giao nhiệm vụ đến hết năm 2030.", None),
        ("Ngày 5/3, Tỉnh ủy họp bàn nhiệm vụ trọng tâm, tầm nhìn năm 2045.", None),
        ("Ngày 20/12, Tỉnh ủy tổ chức hội nghị triển khai nhiệm vụ năm 2025.", None),
        ("Ngày 28/12, Sở Tài chính triển khai nhiệm vụ quý I/2025.", None),
        (
            "Ngày 20/12, Sở Tài chính triển khai nhiệm vụ năm 2025 theo Kế hoạch số 10 ngày"
            " 5/12/2024.",
            "2024-12-20",
        ),
        ("Ngày 5/3, đoàn trở lại sau chuyến công tác năm 2019.", None),
        ("Ngày 10/3, Tỉnh ủy đánh giá kết quả thực hiện Nghị quyết từ năm 2020 đến nay.", None),
        (
            "Ngày 12/4, đồng chí Lê Văn Tư đánh giá cao công tác chuẩn bị Đại hội Thể dục thể"
            " thao năm 2025.",
            None,
        ),
        # A later full date cited wins.
        (
            "Ngày 7/12, tỉnh đánh giá nhiệm vụ năm 2021. Báo cáo gửi trước ngày 15/12/2022.",
            "2022-12-07",
        ),
    ],
)
def test_dates_year_from_the_period_a_meeting_reports(text: str, date: str | None) -> None:
    assert record_of(text)["date"] == date


@pytest.mark.parametrize(
    ("first_line", "published"),
    [
        ("Thứ bảy, 16/01/2021", "2021-01-16"),
        ("05/12/2019 19:39", "2019-12-05"),
        ("Thứ Hai, 07/12/2022 | 10:30", "2022-12-07"),
        ("Ngày 16 tháng 11 năm 2019", "2019-11-16"),
    ],
)
def test_dates_publication_date_from_a_date_line(first_line: str, published: str) -> None:
    record = record_of(f"{first_line}\nTiêu đề\nNgày 3/1, hội nghị diễn ra.")
    assert record["published"] == published


@pytest.mark.parametrize(
    ("given", "published"),
    [("2024-01-04", "2024-01-04"), ("2023-12", "2023-12"), ("2023", "2023"),
     ("2024-01-04T08:30:00+07:00", "2024-01-04"), ("2023-13", None), ("tháng trước", None)],
)  # fmt: skip
def test_dates_publication_date_from_metadata(given: str, published: str | None) -> None:
    assert record_of("Ngày 3/1, hội nghị.", published=given)["published"] == published


def test_dates_a_day_cited_again_in_full_gives_the_year_not_a_later_term_end() -> None:
    text = (
        "Ngày 5/9, tỉnh tổ chức lễ công bố quyết định bổ nhiệm ông Lê Văn Tư giữ chức Giám"
        " đốc Sở Tài chính trong thời hạn 5 năm, kể từ ngày 05/9/2023 đến 05/9/2028."
    )
    assert record_of(text)["date"] == "2023-09-05"


def test_dates_a_cited_document_s_date_is_not_the_meeting_s() -> None:
    text = (
        "Thực hiện Chỉ thị số 36-CT/TW, ngày 30-5-2014 của Bộ Chính trị, sáng ngày 15-10-2015,"
        " Đại hội đại biểu Đảng bộ tỉnh đã khai mạc."
    )
    assert record_of(text)["date"] == "2015-10-15"
