"""Who chaired and who attended the meeting an article reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import gazetteer
from loaders.pipeline import extract
from loaders.sources import Article
from tests.conftest import attendees, chairs, positions, record_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự và chủ trì Đại hội có các đồng chí: Lò Văn Sơn – Bí thư Tỉnh ủy; Hà Thị Mai –"
            " Phó Bí thư Tỉnh ủy.",
            ["Lò Văn Sơn", "Hà Thị Mai"],
        ),
        (
            "Sáng 2/3, đồng chí Lò Văn Dũng - Bí thư Tỉnh ủy chủ trì và trực tiếp thông tin với"
            " Hội nghị.",
            ["Lò Văn Dũng"],
        ),
        (
            "Ngày 5/6, các đồng chí: Vũ Văn An, Bí thư Tỉnh ủy; Kiều Thị Mai, Chủ tịch UBND tỉnh "
            "đã chủ trì hội nghị.",
            ["Vũ Văn An", "Kiều Thị Mai"],
        ),
        (
            "Đồng chí Hầu A Lềnh, Bí thư Tỉnh ủy cùng các đồng chí: Giàng Seo Phử, Chủ tịch "
            "UBND tỉnh; Sùng Thị Dung, Chủ tịch HĐND tỉnh đồng chủ trì hội nghị.",
            ["Hầu A Lềnh", "Giàng Seo Phử", "Sùng Thị Dung"],
        ),
        ("Hội nghị do đồng chí Thân Văn Lợi, Phó Chủ tịch UBND tỉnh chủ trì.", ["Thân Văn Lợi"]),
        (
            "Dưới sự chủ trì của đồng chí Lục Văn Tài, Bí thư Tỉnh ủy, hội nghị đã thảo luận.",
            ["Lục Văn Tài"],
        ),
        ("Đồng chí Ngô Thị Huế, Chủ tịch HĐND tỉnh chủ tọa kỳ họp.", ["Ngô Thị Huế"]),
        ("Đồng chí Cầm Văn Nọi, Bí thư Huyện ủy chỉ trì buổi làm việc.", ["Cầm Văn Nọi"]),
        (
            "Bí thư Thành ủy Lê Văn Khải chủ trì hội nghị. Cùng chủ trì có Phó Bí thư Thường "
            "trực Thành ủy Kiều Văn Lạc; Chủ tịch UBND thành phố Vương Văn Tâm.",
            ["Lê Văn Khải", "Kiều Văn Lạc", "Vương Văn Tâm"],
        ),
        (
            "Hội nghị được chủ trì bởi đồng chí Lâm Văn Phát, Chủ tịch UBND TP; đồng chủ trì "
            "là đồng chí Huỳnh Văn Cần, Phó Chủ tịch UBND TP.",
            ["Lâm Văn Phát", "Huỳnh Văn Cần"],
        ),
        # Chairing a hand-over of decisions.
        (
            "Chiều nay, Trưởng Ban Tổ chức Trung ương Trương Thị Mai đã chủ trì trao quyết định "
            "của Bộ Chính trị điều động đồng chí Nguyễn Văn Cường.",
            ["Trương Thị Mai"],
        ),
        # A congress's presidium presides, with a chairing verb or without.
        (
            "Đoàn Chủ tịch Đại hội gồm các đồng chí: Lưu Văn Thái, Bí thư Tỉnh ủy; Đinh Thị "
            "Nga, Phó Bí thư Thường trực Tỉnh ủy.",
            ["Lưu Văn Thái", "Đinh Thị Nga"],
        ),
        (
            "Đoàn Chủ tịch điều hành đại hội gồm đồng chí Lưu Văn Thái, Đinh Thị Nga và Hà Văn"
            " Hải.",
            ["Lưu Văn Thái", "Đinh Thị Nga", "Hà Văn Hải"],
        ),
        (
            "Đoàn Chủ tịch Đại hội gồm các đồng chí: Lưu Văn Thái, Bí thư Tỉnh ủy; Đinh Thị "
            "Nga, Phó Bí thư Thường trực Tỉnh ủy chủ trì Đại hội.",
            ["Lưu Văn Thái", "Đinh Thị Nga"],
        ),
        (
            "Đồng chí Hồ Văn Lương - Chủ tịch HĐND tỉnh và các đồng chí Phó Chủ tịch HĐND "
            "tỉnh: Cao Thị Vân, Lữ Văn Hiếu chủ tọa phiên chất vấn.",
            ["Hồ Văn Lương", "Cao Thị Vân", "Lữ Văn Hiếu"],
        ),
        # The presiding verb first, the people after it.
        (
            "Chủ trì hội nghị có đồng chí Đàm Văn Khoa, Bí thư Tỉnh ủy và đồng chí Mạc Thị Thu, "
            "Chủ tịch UBND tỉnh.",
            ["Đàm Văn Khoa", "Mạc Thị Thu"],
        ),
        (
            "Chủ tọa kỳ họp gồm các đồng chí: Âu Văn Bảo, Chủ tịch HĐND tỉnh; Quách Thị Hoa, Phó "
            "Chủ tịch HĐND tỉnh.",
            ["Âu Văn Bảo", "Quách Thị Hoa"],
        ),
        (
            "Đồng chủ trì hội nghị có đồng chí Đàm Văn Khoa, Bí thư Tỉnh ủy; đồng chí Mạc Thị Thu, "
            "Chủ tịch UBND tỉnh.",
            ["Đàm Văn Khoa", "Mạc Thị Thu"],
        ),
        (
            "Chủ trì họp báo, Phó Chủ tịch UBND tỉnh Đỗ Văn Duy cho biết, đại hội diễn ra 3 ngày.",
            ["Đỗ Văn Duy"],
        ),
        # A steering committee's task is part of its title, up to the presiding verb.
        (
            "Các đồng chí: Tạ Văn Long, Trưởng Ban Chỉ đạo Trung ương về tổng kết 20 năm thực hiện"
            " NQ 15; Hoàng Thị Yến, Phó Trưởng BCĐ về phòng, chống thiên tai tỉnh đồng chủ trì.",
            ["Tạ Văn Long", "Hoàng Thị Yến"],
        ),
        # "Ban chỉ đạo" in lower case is still the body, not the verb "chỉ đạo".
        (
            "Đồng chí Tạ Văn Long, Trưởng Ban chỉ đạo của Tỉnh ủy về thực hiện NQ 28 chủ trì "
            "hội nghị.",
            ["Tạ Văn Long"],
        ),
        # "do A chủ trì": A presided, whatever follows the verb.
        (
            "Hội nghị do đồng chí Đàm Văn Khoa - Bí thư Tỉnh ủy chủ trì được tổ chức sáng 3/4.",
            ["Đàm Văn Khoa"],
        ),
        # "Đoàn Đại biểu Quốc hội" after a head is the delegation, not a person "Đoàn Đại".
        (
            "Đồng chí Mạc Văn Tư, Bí thư Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh chủ trì "
            "phiên tiếp dân.",
            ["Mạc Văn Tư"],
        ),
        (
            "Phát biểu tại hội nghị, đồng chí Chu Văn Tiến giao Văn phòng Tỉnh ủy chủ trì, phối "
            "hợp với các cơ quan liên quan.",
            [],
        ),
        # "Chủ trì kỳ họp … do A và B": the chairs named after the meeting.
        (
            "Chủ trì kỳ họp thứ 9 do ông Lò Văn Sáu và ông Hà Văn Bảy - Phó Chủ tịch HĐND tỉnh.",
            ["Lò Văn Sáu", "Hà Văn Bảy"],
        ),
        # On whose behalf, or when, between the titles and the verb.
        (
            "Đồng chí Lê Văn Ba, Tổng Bí thư thay mặt Bộ Chính trị chủ trì, điều hành chương "
            "trình Hội nghị. Đại tướng Hà Văn Bảy, Bộ trưởng Bộ Công an, chiều ngày 28-6, đã chủ"
            " trì lễ công bố quyết định.",
            ["Lê Văn Ba", "Hà Văn Bảy"],
        ),
        # A presidium listed with a plural title's label between its names.
        (
            "Ông Lê Văn Thiều - Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; các Phó Chủ tịch HĐND "
            "tỉnh: ông Bùi Văn Bảy, bà Lê Thị Nhung chủ tọa Kỳ họp.",
            ["Lê Văn Thiều", "Bùi Văn Bảy", "Lê Thị Nhung"],
        ),
        # Presiding over what they then do there.
        (
            "Sáng 24-11, Ban Thường vụ Thành ủy tổ chức hội nghị công bố quyết định. Ông Lê Văn "
            "Ba, Bí thư Thành ủy, chủ trì và trao các quyết định.",
            ["Lê Văn Ba"],
        ),
        # "đồng chủ trì tại …" after a labelled list; "chủ trì tại điểm cầu" of a province.
        (
            "Các đồng chí Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội: Thượng tướng Lê Văn "
            "Ba, Hà Văn Bảy đồng chủ trì tại Hội trường Diên Hồng. Đồng chí Lò Thị Hoa, Phó "
            "Trưởng đoàn ĐBQH tỉnh chủ trì tại điểm cầu tỉnh.",
            ["Lê Văn Ba", "Hà Văn Bảy", "Lò Thị Hoa"],
        ),
        # Chairs named by their titles alone: the article's holders of them.
        (
            "Kỳ họp bầu ông Ngô Văn Tư làm Chủ tịch HĐND tỉnh; ông Lý Văn Ba, bà Hà Thị Hai "
            "làm Phó Chủ tịch HĐND tỉnh. Dưới sự chủ tọa, điều hành của Chủ tịch HĐND và hai "
            "Phó Chủ tịch HĐND tỉnh, kỳ họp đã thông qua các nghị quyết.",
            ["Ngô Văn Tư", "Hà Thị Hai", "Lý Văn Ba"],
        ),
        # …not when the article names no one holding the title, or two for a title named once.
        (
            "Ông Lý Văn Ba, Phó Chủ tịch HĐND tỉnh và bà Hà Thị Hai, Phó Chủ tịch HĐND tỉnh dự."
            " Dưới sự chủ tọa của Chủ tịch HĐND tỉnh và Phó Chủ tịch HĐND tỉnh, kỳ họp bế mạc.",
            [],
        ),
        # An organ whose name holds a comma ("Hội đồng thi đua, khen thưởng") does not
        # cut the chair's titles from the verb.
        (
            "Đại tá Lò Văn Hai, Chính ủy, Chủ tịch Hội đồng thi đua, khen thưởng Bộ CHQS tỉnh"
            " chủ trì buổi lễ phát động.",
            ["Lò Văn Hai"],
        ),
    ],
)
def test_events_chairs(text: str, expected: list[str]) -> None:
    assert chairs(record_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đồng chí Phan Văn Tú, Bí thư Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí "
            "Đặng Thị Nga, Phó Chủ tịch HĐND tỉnh; đồng chí Lã Văn Minh, Giám đốc Sở Nội vụ.",
            ["Đặng Thị Nga", "Lã Văn Minh"],
        ),
        (
            "Đồng chí Phan Văn Tú, Bí thư Tỉnh ủy chủ trì hội nghị. Đồng chí Tô Văn Hải, Phó "
            "Trưởng Ban Tổ chức Trung ương dự và chỉ đạo hội nghị.",
            ["Tô Văn Hải"],
        ),
        (
            "Đồng chí Phan Văn Tú, Bí thư Tỉnh ủy chủ trì hội nghị. Đồng chí Khổng Minh Đức, "
            "Phó Bí thư Tỉnh ủy công bố quyết định của Ban Bí thư.",
            ["Khổng Minh Đức"],
        ),
        (
            "Đồng chí Phan Văn Tú, Bí thư Tỉnh ủy chủ trì hội nghị. Hội nghị đã bầu đồng chí "
            "Lường Văn Đàn giữ chức Phó Bí thư Tỉnh ủy.",
            [],
        ),
        # Acting after titles, a term between; "báo cáo" after a verb is its object.
        (
            "Hội nghị Tỉnh ủy khai mạc. Đồng chí Ninh Văn Hòa, Phó Bí thư Tỉnh ủy khóa XIV trình"
            " bày báo cáo. Đồng chí Tạ Thị Hà, Bí thư Tỉnh ủy nhấn mạnh yêu cầu.",
            ["Ninh Văn Hòa", "Tạ Thị Hà"],
        ),
        # A list the sentence before opened goes on ("… có A. Các ông: B; C").
        (
            "Dự và chỉ đạo Đại hội về phía Trung ương có ông Tô Văn Hải - Ủy viên Bộ Chính trị."
            " Các ông: Hà Ban - Phó trưởng Ban Tổ chức Trung ương; Đỗ Văn Phúc - Phó trưởng Ban"
            " Dân vận Trung ương.",
            ["Tô Văn Hải", "Hà Ban", "Đỗ Văn Phúc"],
        ),
        (
            "Hội nghị Tỉnh ủy khai mạc. Các ông: Hà Văn Ban, Đỗ Văn Phúc được bầu bổ sung.",
            [],
        ),
        # The one handed a decision; signing; "Dự, chỉ đạo … có"; a bulleted list.
        (
            "Hội nghị Tỉnh ủy khai mạc. Ông Tô Văn Hải, Phó Ban Tổ chức Trung ương trao quyết định"
            " của Bộ Chính trị cho ông Đinh Văn Phong, Bí thư Tỉnh ủy.",
            ["Tô Văn Hải", "Đinh Văn Phong"],
        ),
        (
            "Đó là yêu cầu của ông Vũ Văn Được, Bí thư Tỉnh ủy, tại buổi tiếp nhận cán bộ.",
            ["Vũ Văn Được"],
        ),
        (
            "Hội nghị bàn giao diễn ra. Bà Lê Thị Thủy, Bí thư Tỉnh ủy và bà Đinh Thị Lụa, Phó Bí"
            " thư Tỉnh ủy, đã ký biên bản bàn giao.",
            ["Lê Thị Thủy", "Đinh Thị Lụa"],
        ),
        (
            "Dự, chỉ đạo Đại hội có đồng chí Đoàn Văn Phong - Bí thư Tỉnh ủy.\nDự hội nghị có:\n"
            "- Đồng chí Lê Văn Phát, Phó Chủ tịch UBND tỉnh;\n- Đồng chí Mai Thị Hoa, Giám đốc Sở"
            " Nội vụ.",
            ["Đoàn Văn Phong", "Lê Văn Phát", "Mai Thị Hoa"],
        ),
        # "tham gia buổi làm việc có": those named after it are present.
        (
            "Tham gia buổi làm việc có các đồng chí: Phó Thủ tướng Chính phủ Lê Văn Hà, "
            "Bộ trưởng Bộ Tư pháp Trần Văn Long.",
            ["Lê Văn Hà", "Trần Văn Long"],
        ),
        # "nghe ý kiến phát biểu chỉ đạo của đồng chí A- …"
        (
            "Đại hội nghe ý kiến phát biểu chỉ đạo của đồng chí Trần Văn Rạng- Bí thư Tỉnh ủy và "
            "đồng chí Lê Anh Tú- Bí thư BCH Trung ương Đoàn.",
            ["Trần Văn Rạng", "Lê Anh Tú"],
        ),
        # "với sự tham dự và chỉ đạo của", "Đón tiếp đoàn có", "có buổi làm việc".
        (
            "Ngày 10/8, Đảng bộ Quân sự tỉnh tổ chức Đại hội, với sự tham dự và chỉ đạo của "
            "Thiếu tướng Lê Văn Minh, Phó Tư lệnh Quân khu 7. Đón tiếp đoàn có Đại tá Hà Văn "
            "Lực - Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh. Chiều 14/5, đồng chí Lò Văn Trung - "
            "Chủ tịch UBND tỉnh có buổi làm việc với Công an tỉnh.",
            ["Lê Văn Minh", "Hà Văn Lực", "Lò Văn Trung"],
        ),
        # On whose behalf, or an aside, between the person and the acting verb.
        (
            "Đồng chí Trần Văn Hải, Phó Trưởng Ban Tổ chức Trung ương thừa ủy quyền của Bộ "
            "Chính trị trao quyết định.",
            ["Trần Văn Hải"],
        ),
        (
            "Trưởng Ban Kinh tế Trung ương Nguyễn Văn Bảo thay mặt Bộ Chính trị, Ban Bí thư dự "
            "và chỉ đạo Đại hội.",
            ["Nguyễn Văn Bảo"],
        ),
        (
            "Phó Chủ tịch UBND tỉnh Lò Văn Minh thừa lệnh Chủ tịch nước trao Huân chương Lao động.",
            ["Lò Văn Minh"],
        ),
        (
            "Phó Chủ tịch Hội LHPN Việt Nam Bùi Thị Hoa (thứ 2 từ trái sang) tiếp nhận quà.",
            ["Bùi Thị Hoa"],
        ),
        # Those a speech addresses, and one who "có bài phát biểu".
        (
            "Kính thưa đồng chí Trần Văn Mẫn - Bí thư Trung ương Đảng, Kính thưa đồng chí Đỗ Văn "
            "Chiến - Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc.",
            ["Trần Văn Mẫn", "Đỗ Văn Chiến"],
        ),
        (
            "Đồng chí Phạm Thị Trà - Bí thư Tỉnh ủy đã có bài phát biểu chỉ đạo Đại hội.",
            ["Phạm Thị Trà"],
        ),
        # "đi nhận nhiệm vụ khác": a new job, not an act at the meeting.
        (
            "Kỳ họp bầu ông Lò Văn Sáu giữ chức Chủ tịch UBND tỉnh, thay cho ông Hà Văn Bảy đi "
            "nhận nhiệm vụ khác.",
            [],
        ),
        (
            "Tại buổi họp báo, bà Hà Thị Tám, Chủ tịch Hội LHPN tỉnh đã thông tin kế hoạch.",
            ["Hà Thị Tám"],
        ),
        # A visiting delegation's members.
        (
            "Đoàn công tác Chính phủ có lãnh đạo các bộ gồm: Thứ trưởng Bộ Công Thương Phan Thị "
            "Thắng; Thứ trưởng Bộ Tài chính Lê Anh Tuấn.",
            ["Phan Thị Thắng", "Lê Anh Tuấn"],
        ),
        # Former officials listed with titles before their names, then others joining.
        (
            "Phó Thủ tướng Lê Văn Bình; nguyên Chủ tịch nước Trần Minh Triết, nguyên Chủ tịch "
            "Quốc hội Hà Thị Ngân cùng đại diện các ban, bộ, ngành Trung ương dự Đại hội.",
            ["Lê Văn Bình", "Trần Minh Triết", "Hà Thị Ngân"],
        ),
        (
            "Các đồng chí: Lâm Văn Sa, Trưởng Ban Dân vận Tỉnh ủy; Lê Thị Vệ, Chủ tịch Ủy ban MTTQ"
            " Việt Nam tỉnh; cùng 266 đại biểu chính thức đại diện cho các tầng lớp nhân dân,"
            " giai cấp, thành phần xã hội trong tỉnh tham dự Đại hội.",
            ["Lâm Văn Sa", "Lê Thị Vệ"],
        ),
        (
            "Các đồng chí: Vũ Văn Hồng, Bí thư Tỉnh ủy; Tôn Thị Hạnh, Chủ tịch HĐND tỉnh; các đồng"
            " chí trong Ban Thường vụ Tỉnh ủy và 280 đại biểu dự đại hội.",
            ["Vũ Văn Hồng", "Tôn Thị Hạnh"],
        ),
        # Local leaders joining; meeting voters is being there.
        (
            "Đoàn đại biểu Quốc hội tỉnh gồm bà Trần Thị Sinh, Phó Trưởng đoàn; ông Lê Lâm Thành,"
            " Phó Chủ tịch Hội đồng Dân tộc; lãnh đạo huyện Chi Lăng đã đến tiếp xúc cử tri.",
            ["Trần Thị Sinh", "Lê Lâm Thành"],
        ),
        # The one who speaks after a lead, named with a word saying the post is new.
        (
            "Phát biểu nhận nhiệm vụ, tân Bí thư Tỉnh đoàn Lê Thị Hoa hứa sẽ phát huy tinh thần"
            " trách nhiệm.",
            ["Lê Thị Hoa"],
        ),
    ],
)
def test_events_attendees(text: str, expected: list[str]) -> None:
    assert attendees(record_of(text)) == expected


def test_events_chair_is_not_also_an_attendee() -> None:
    text = (
        "Đồng chí Phan Văn Tú, Bí thư Tỉnh ủy chủ trì hội nghị. Phát biểu kết luận hội nghị, "
        "đồng chí Phan Văn Tú đề nghị các cấp ủy tập trung triển khai."
    )
    record = record_of(text)
    assert chairs(record) == ["Phan Văn Tú"]
    assert attendees(record) == []


def test_events_meeting_name_and_documents() -> None:
    text = (
        "Ngày 12/3/2024, đồng chí Đào Văn Lâm, Bí thư Tỉnh ủy chủ trì Hội nghị Ban Thường vụ "
        "Tỉnh ủy. Hội nghị đã thảo luận, cho ý kiến vào dự thảo Kế hoạch số 45-KH/TU."
    )
    (event,) = record_of(text)["events"]
    assert event["name"] == "Hội nghị Ban Thường vụ Tỉnh ủy"
    assert event["date"] == "2024-03-12"
    assert event["documents"] == ["45-KH/TU"]


def test_events_none_when_no_meeting_is_reported() -> None:
    assert record_of("Tỉnh đã hoàn thành 10 xã nông thôn mới trong năm 2023.")["events"] == []


@pytest.mark.parametrize(
    ("verb", "action"),
    [
        ("quán triệt", "disseminated"),
        ("triển khai", "disseminated"),
        ("biểu quyết thông qua", "approved"),
        ("thảo luận, cho ý kiến vào", "discussed"),
        ("nghe báo cáo kết quả thực hiện", "discussed"),
    ],
)
def test_events_document_action_is_the_verb_before_it(verb: str, action: str) -> None:
    text = f"Ngày 7/12, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị {verb} Nghị quyết số 12-NQ/TU."
    (event,) = record_of(text)["events"]
    assert event["document_actions"] == {"12-NQ/TU": action}


def test_events_cue_without_a_plain_word_is_refused(tmp_path: Path) -> None:
    # Sentences are skipped unless they hold a cue's first plain words: a cue with none
    # would silently match nothing, so it is refused by name.
    (tmp_path / "cues.yaml").write_text("chair_after: ['(?:a|b)+ có']\n", encoding="utf-8")
    gaz = gazetteer.load(tmp_path)
    with pytest.raises(ValueError, match=r"cues.yaml: pattern .* starts with no plain word"):
        extract(Article("a", "Hội nghị có đồng chí Lê Văn Tư chủ trì."), gaz)


@pytest.mark.parametrize(
    "text",
    [
        "Đồng chủ trì hội nghị có đồng chí Lê Văn Tư, Bí thư Tỉnh ủy.",
        "Chủ trì họp báo, đồng chí Lê Văn Tư, Phó Bí thư Tỉnh ủy cho biết.",
    ],
)
def test_events_cue_after_an_optional_word_still_found(text: str) -> None:
    assert chairs(record_of(text)) == ["Lê Văn Tư"]


def test_events_a_list_opening_the_article_is_not_a_list_of_attendees() -> None:
    text = "Các ông, bà: Trần Văn Đông, Bùi Văn Quang giữ chức Phó Bí thư Tỉnh ủy."
    assert attendees(record_of(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # A deputies' list before the verb: every deputy is there.
        "Sáng 3/5, Đoàn ĐBQH tỉnh Sơn La gồm các đại biểu: Lò Văn Tám, Phó Bí thư Tỉnh ủy,"
        " Trưởng đoàn ĐBQH tỉnh; Quàng Thị Mai, Thư ký TAND huyện Mai Sơn, đã có buổi tiếp"
        " xúc cử tri huyện Mai Sơn.",
        "Ngày 3/5, đại biểu Quốc hội tỉnh Sơn La gồm ông Lò Văn Tám - Phó Bí thư Tỉnh ủy, bà"
        " Quàng Thị Mai - Thư ký TAND huyện Mai Sơn đến tiếp xúc với cử tri huyện Mai Sơn.",
    ],
)
def test_events_deputies_listed_before_a_voter_meeting_attend_it(text: str) -> None:
    record = record_of(text, published="2024-05-03")
    assert attendees(record) == ["Lò Văn Tám", "Quàng Thị Mai"]
    for titles in positions(record).values():
        assert "Đại biểu Quốc hội" in titles
    assert "Thư ký Tòa án nhân dân huyện Mai Sơn" in positions(record)["Quàng Thị Mai"]


def test_events_signing_on_behalf_of_a_council_s_presidium_chairs_it() -> None:
    text = (
        "Ngày 2/8/2021, thay mặt chủ tọa kỳ họp thứ 5 HĐND tỉnh khóa XIX, đồng chí Hà Thị"
        " Lan, Phó Chủ tịch HĐND tỉnh đã ký ban hành Nghị quyết số 12/NQ-HĐND."
    )
    assert chairs(record_of(text)) == ["Hà Thị Lan"]


def test_events_the_speaker_after_a_lead_naming_the_meeting_attends_it() -> None:
    text = (
        "Sáng 17/3, tại hội nghị triển khai thông báo của Bộ Chính trị về công tác cán bộ,"
        " Phó Trưởng ban Tổ chức Trung ương Lê Văn Tư cho biết, Bộ Chính trị quyết định giao"
        " ông Hà Văn Lâm, Phó Bí thư Thường trực Tỉnh ủy điều hành hoạt động của Ban Chấp hành."
    )
    # Hà Văn Lâm is given a task: "điều hành" there is no act at the meeting.
    assert attendees(record_of(text, published="2023-03-17")) == ["Lê Văn Tư"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A congress's whole name, its term too, before "còn có".
        (
            "Tham dự Đại hội Đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 – 2030 còn có"
            " nguyên Chủ tịch nước Lê Văn Tư; nguyên Thủ tướng Chính phủ Hà Văn Lâm.",
            ["Lê Văn Tư", "Hà Văn Lâm"],
        ),
        # A deputy meeting voters.
        (
            "Chiều 4/5, đồng chí Lê Văn Tư - Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh đã có cuộc"
            " tiếp xúc với cử tri các xã.",
            ["Lê Văn Tư"],
        ),
    ],
)
def test_events_present_after_a_long_congress_name_and_at_voter_meetings(
    text: str, expected: list[str]
) -> None:
    assert attendees(record_of(text, published="2025-10-17")) == expected


def test_events_still_present_is_not_read_far_from_a_congress_s_name() -> None:
    text = (
        "Tham dự hội nghị, đồng chí Lê Văn Tư, Bí thư Tỉnh ủy nhấn mạnh công tác cán bộ vẫn"
        " còn có hạn chế như đồng chí Hà Văn Lâm, Giám đốc Sở Nội vụ đã nêu."
    )
    assert "Hà Văn Lâm" not in attendees(record_of(text, published="2025-10-17"))


def test_events_the_one_who_announces_at_a_ceremony_attends_it() -> None:
    text = (
        "Ngày 3/4, Thành ủy tổ chức lễ trao quyết định về công tác cán bộ. Tại buổi lễ, Phó"
        " Trưởng ban Tổ chức Thành ủy Lê Văn Tư đã thông báo quyết định của Ban Thường vụ."
    )
    assert attendees(record_of(text, published="2023-04-03")) == ["Lê Văn Tư"]


def test_events_a_standing_committee_chairing_then_its_members_listed() -> None:
    text = (
        "Hội nghị do Thường trực Đảng ủy xã chủ trì, gồm các đồng chí: Lê Thị Hoa, Bí thư Đảng"
        " ủy; Hà Văn Lâm, Phó Bí thư Thường trực Đảng ủy."
    )
    assert chairs(record_of(text)) == ["Lê Thị Hoa", "Hà Văn Lâm"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The head of a visiting delegation is there.
        (
            "Chiều 2/3, Đoàn kiểm tra công bố quyết định. Đoàn kiểm tra do ông Lê Văn Tư - Ủy"
            " viên Bộ Chính trị, Trưởng ban Tuyên giáo và Dân vận Trung ương, làm trưởng đoàn.",
            ["Lê Văn Tư"],
        ),
        # The verb inside the titles read after the name, before the post it gives.
        (
            "Chiều 2/3, Đoàn đại biểu tỉnh đi dự Đại hội do ông Lê Văn Tư - Ủy viên Ban"
            " Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm Trưởng đoàn.",
            ["Lê Văn Tư"],
        ),
        # One a decision appoints, with no act of their own, is not (SCHEMA's attendees).
        (
            "Chiều 2/3, ông Lê Văn Tư trao quyết định của Bộ Chính trị phân công bà Hà Thị Lan"
            " giữ chức Bí thư Tỉnh ủy.",
            ["Lê Văn Tư"],
        ),
    ],
)
def test_events_a_delegation_s_head_attends_and_one_a_decision_appoints_does_not(
    text: str, expected: list[str]
) -> None:
    assert attendees(record_of(text, published="2026-03-02")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 5/9, ông Lê Văn Tư trao Quyết định bổ nhiệm và chúc mừng ông Hà Văn Lâm.",
        "Chiều 5/9, ông Lê Văn Tư trao quyết định, tặng hoa chúc mừng đồng chí Hà Văn Lâm.",
        "Chiều 5/9, ông Lê Văn Tư tặng hoa và trao quyết định đến Đại tá Hà Văn Lâm.",
        "Chiều 5/9, ông Lê Văn Tư trao quân hàm Thiếu tướng cho đồng chí Hà Văn Lâm.",
        "Chiều 5/9, ông Lê Văn Tư bàn giao trách nhiệm Phó Bí thư Đảng ủy cho ông Hà Văn Lâm.",
    ],
)
def test_events_one_handed_a_decision_and_congratulated_attends(text: str) -> None:
    assert attendees(record_of(text, published="2023-09-05")) == ["Lê Văn Tư", "Hà Văn Lâm"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Others named by their bodies, in several groups, before the verb.
        (
            "Chiều 17/7, Thành ủy tổ chức lễ công bố quyết định. Thường trực Ban Bí thư Lê Văn"
            " Tư, Trưởng ban Tổ chức Trung ương Hà Văn Lâm, và đại diện các ban, ngành trung"
            " ương; lãnh đạo Thành ủy, HĐND, UBND thành phố... cùng dự.",
            ["Lê Văn Tư", "Hà Văn Lâm"],
        ),
        # A visitor who went up to the province, and those who met him there.
        (
            "Ngày 7/12, đồng chí Lê Văn Tư, Chủ tịch nước đã lên thăm và làm việc tại tỉnh. Đón"
            " Chủ tịch nước tại cầu Trì có đồng chí Hà Văn Lâm, Bí thư Tỉnh ủy; đồng chí Lò Văn"
            " Tám, Chủ tịch UBND tỉnh.",
            ["Lê Văn Tư", "Hà Văn Lâm", "Lò Văn Tám"],
        ),
        # A visitor "and the delegation"; a leader named in what the visit is about is not
        # there.
        (
            "Chiều 8/3, Thủ tướng Lê Văn Tư và đoàn công tác làm việc với tỉnh về việc triển"
            " khai các chỉ đạo của Tổng Bí thư Hà Văn Lâm về phát triển kinh tế.",
            ["Lê Văn Tư"],
        ),
        # A council's questioning session: the one who answers.
        (
            "Sáng 5/7, HĐND tỉnh tổ chức phiên chất vấn. Mở đầu phiên chất vấn, ông Lê Văn Tư -"
            " Giám đốc Sở Tài chính trả lời chất vấn của đại biểu về ngân sách.",
            ["Lê Văn Tư"],
        ),
        # One named with others by their bodies after a comma; the one a conference hears.
        (
            "Ngày 21/10, Tỉnh ủy tổ chức hội nghị. Phó Bí thư Thường trực Tỉnh ủy Lê Văn Tư, lãnh"
            " đạo tỉnh qua các thời kỳ và các đại biểu đến dự. Hội nghị đã nghe đồng chí Hà Văn"
            " Lâm, Bí thư Tỉnh ủy, thông báo kết quả Hội nghị Trung ương.",
            ["Lê Văn Tư", "Hà Văn Lâm"],
        ),
        # A list a colon opened, read back from its verb past one item's aside.
        (
            "Sáng 28/8, Hội Nông dân tỉnh khai mạc Đại hội. Các đồng chí: Lê Văn Tư - Phó Chủ tịch"
            " Trung ương Hội Nông dân Việt Nam; Hà Văn Lâm - Ủy viên Ban Thường vụ Trung ương Hội"
            " Nông dân Việt Nam phụ trách các tỉnh phía Nam; Lò Văn Tám - Chủ tịch HĐND tỉnh dự"
            " Đại hội.",
            ["Lê Văn Tư", "Hà Văn Lâm", "Lò Văn Tám"],
        ),
        # Leaders who came to visit.
        (
            "Sáng 7/3, các đồng chí: Lê Văn Tư, Phó Bí thư Tỉnh ủy; Hà Văn Lâm, Chủ tịch UBND"
            " tỉnh đã đến thăm Hội Liên hiệp Phụ nữ tỉnh.",
            ["Lê Văn Tư", "Hà Văn Lâm"],
        ),
        # Those who receive a visitor are there.
        (
            "Sáng 16/4, nguyên Chủ tịch nước Đỗ Văn Mười đến thăm tỉnh. Bí thư Tỉnh ủy Lò Văn"
            " Tám; Chủ tịch UBND tỉnh Hoàng Văn Hải cùng Ban Thường vụ Tỉnh ủy; Thường trực"
            " HĐND, UBND tỉnh.... đã nồng nhiệt đón tiếp đoàn.",
            ["Lò Văn Tám", "Hoàng Văn Hải"],
        ),
    ],
)
def test_events_a_list_with_others_named_by_their_bodies_attends(
    text: str, expected: list[str]
) -> None:
    assert [n for n in attendees(record_of(text, published="2024-07-17")) if n in expected] == (
        expected
    )


def test_events_a_count_before_the_next_chair_s_plural_title_joins_the_list() -> None:
    text = (
        "Sáng 5/7, HĐND tỉnh khai mạc kỳ họp thứ 10. Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh – Lò"
        " Văn Định; 2 Phó Chủ tịch HĐND tỉnh – Hà Văn Toàn và Cầm Văn Tuân chủ trì kỳ họp."
    )
    assert chairs(record_of(text)) == ["Lò Văn Định", "Hà Văn Toàn", "Cầm Văn Tuân"]


def test_events_a_chairs_list_a_colon_opens_goes_on_past_an_item_s_aside() -> None:
    text = (
        "Sáng 13/10, Đảng bộ tỉnh khai mạc phiên trù bị Đại hội. Dự và chủ trì Đại hội có các"
        " đồng chí: Trần Văn Sơn – Bí thư Tỉnh ủy; Lê Văn Tư, Ủy viên dự khuyết Ban Chấp hành"
        " Trung ương Đảng được Bộ Chính trị chỉ định tham gia Ban Chấp hành Đảng bộ tỉnh; Lò Văn"
        " Muôn – Phó Bí thư Thường trực Tỉnh ủy; Hà Văn Lâm – Chủ tịch UBND tỉnh."
    )
    assert chairs(record_of(text)) == ["Trần Văn Sơn", "Lê Văn Tư", "Lò Văn Muôn", "Hà Văn Lâm"]


def test_events_others_by_their_titles_between_a_chair_and_the_verb() -> None:
    text = (
        "Hôm nay 21/4/2020, HĐND tỉnh tổ chức kỳ họp thứ 14. Chủ tịch HĐND tỉnh Lê Văn Tư và"
        " các Phó Chủ tịch HĐND tỉnh chủ trì kỳ họp. Phó Bí thư Tỉnh ủy Hà Văn Lâm; Trưởng Đoàn"
        " ĐBQH tỉnh Trần Văn Khải; các Ủy viên Ban Thường vụ Tỉnh ủy, Thường trực HĐND, UBND"
        " tỉnh và lãnh đạo các sở, ban, ngành tham dự kỳ họp."
    )
    record = record_of(text)
    assert (chairs(record), attendees(record)) == (["Lê Văn Tư"], ["Hà Văn Lâm", "Trần Văn Khải"])


def test_events_a_police_investigator_s_title_leads_to_the_chair() -> None:
    text = (
        "Chiều 17/11, Công an tỉnh tổ chức lễ công bố quyết định. Đại tá Lê Văn Tư-Phó Giám đốc"
        " Công an tỉnh, Thủ trưởng cơ quan Cảnh sát điều tra Công an tỉnh chủ trì buổi lễ."
    )
    record = record_of(text)
    assert chairs(record) == ["Lê Văn Tư"]
    assert positions(record)["Lê Văn Tư"] == [
        "Phó Giám đốc Công an tỉnh",
        "Thủ trưởng cơ quan Cảnh sát điều tra Công an tỉnh",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # An earlier meeting the article refers back to.
        "Chiều 8/3, Thủ tướng Lê Văn Tư làm việc với tỉnh. Trước đó, ngày 31/1, Tổng Bí thư Hà"
        " Văn Lâm đã có buổi làm việc với Ban Chấp hành Đảng bộ tỉnh.",
        # What one will do later.
        "Chiều 8/3, Thủ tướng Lê Văn Tư làm việc với tỉnh. Ông Hà Văn Lâm được điều động nhận"
        " nhiệm vụ Thứ trưởng Bộ Nội vụ; ông Lâm sẽ tiếp tục điều hành Thành ủy.",
    ],
)
def test_events_one_not_at_the_reported_meeting_does_not_attend(text: str) -> None:
    assert attendees(record_of(text, published="2026-03-08")) == ["Lê Văn Tư"]


def test_events_a_meeting_with_a_delegation_is_chaired() -> None:
    text = (
        "Chiều 14/10, đồng chí Lê Văn Tư - Bí thư Tỉnh ủy chủ trì gặp mặt đoàn đại biểu dự Đại"
        " hội Mặt trận Tổ quốc Việt Nam lần thứ X."
    )
    assert chairs(record_of(text, published="2024-10-14")) == ["Lê Văn Tư"]
