"""Persons and their titles, on the sentence patterns Vietnamese articles use."""

from __future__ import annotations

import pytest

from tests.conftest import positions, record_of

CASES = [
    # list "các đồng chí: A, chức vụ; B, chức vụ"
    (
        "Ngày 3/4, các đồng chí: Trần Văn Bình, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư "
        "Tỉnh ủy; Phạm Thị Lan, Phó Bí thư Thường trực Tỉnh ủy đã chủ trì hội nghị.",
        {
            "Trần Văn Bình": ["Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"],
            "Phạm Thị Lan": ["Phó Bí thư Thường trực Tỉnh ủy"],
        },
    ),
    # titles before the name, with a second title before it
    (
        "Tổng Bí thư, Chủ tịch nước Đào Minh Quang đã đến dự.",
        {"Đào Minh Quang": ["Tổng Bí thư", "Chủ tịch nước"]},
    ),
    # lower-case title before the name
    (
        "Sáng nay, ủy viên Bộ Chính trị, Thủ tướng Chính phủ Lưu Đức Hạnh phát biểu.",
        {"Lưu Đức Hạnh": ["Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"]},
    ),
    # abbreviations expanded, province dropped from the title
    (
        "Đồng chí Lê Văn Hòa, Phó Chủ tịch UBND tỉnh Hà Giang phát biểu.",
        {"Lê Văn Hòa": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]},
    ),
    (
        "Đồng chí Nông Thị Hà, UVTƯ Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh dự hội nghị.",
        {
            "Nông Thị Hà": [
                "Ủy viên Ban Chấp hành Trung ương Đảng",
                "Bí thư Tỉnh ủy",
                "Trưởng Đoàn đại biểu Quốc hội tỉnh",
            ]
        },
    ),
    (
        "Đồng chí Vi Văn Sơn, Ủy viên BTV Tỉnh ủy, Chủ tịch HDND tỉnh phát biểu.",
        {"Vi Văn Sơn": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"]},
    ),
    # dash between name and title
    (
        "Tham dự có đồng chí Hà Quang Trung – Phó Chủ tịch HĐND tỉnh.",
        {"Hà Quang Trung": ["Phó Chủ tịch Hội đồng nhân dân tỉnh"]},
    ),
    # Tỉnh ủy viên
    (
        "Ông Bùi Văn Tám, Tỉnh ủy viên, Giám đốc Sở Tài chính phát biểu.",
        {"Bùi Văn Tám": ["Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Giám đốc Sở Tài chính"]},
    ),
    # nguyên (former) is stripped, khóa goes away
    (
        "Đồng chí Mai Văn Lực, nguyên Bí thư Tỉnh ủy khóa XIV dự buổi gặp mặt.",
        {"Mai Văn Lực": ["Bí thư Tỉnh ủy"]},
    ),
    # Several titles in a plural label; the list ends at the next label, and a list of
    # titles-before-names separated by commas ends at a semicolon
    (
        "Dự có các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: Trưởng Ban Tổ chức Trung "
        "ương Lê Văn An, Chủ nhiệm Ủy ban Kiểm tra Trung ương Hà Văn Bình; Chánh Văn phòng "
        "Trung ương Đảng Lò Văn Cường; các Ủy viên Trung ương Đảng: Phó Thủ tướng Chính phủ "
        "Trần Văn Dũng.",
        {
            "Lê Văn An": [
                "Ủy viên Bộ Chính trị",
                "Bí thư Trung ương Đảng",
                "Trưởng Ban Tổ chức Trung ương",
            ],
            "Hà Văn Bình": [
                "Ủy viên Bộ Chính trị",
                "Bí thư Trung ương Đảng",
                "Chủ nhiệm Ủy ban Kiểm tra Trung ương",
            ],
            "Lò Văn Cường": ["Chánh Văn phòng Trung ương Đảng"],
            "Trần Văn Dũng": ["Ủy viên Ban Chấp hành Trung ương Đảng", "Phó Thủ tướng Chính phủ"],
        },
    ),
    # A secretary printed bare is of the committee of the place the next title serves
    (
        "Ông Lò Văn Ân, Phó Bí thư, Chủ tịch UBND huyện Mường Tè và ông Hà Văn Ba, Phó Bí "
        "thư, Chủ tịch UBND tỉnh phát biểu.",
        {
            "Lò Văn Ân": [
                "Phó Bí thư Huyện ủy Mường Tè",
                "Chủ tịch Ủy ban nhân dân huyện Mường Tè",
            ],
            "Hà Văn Ba": ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"],
        },
    ),
    (
        "Bà Lò Thị Hoa, Phó Bí thư Thường trực, Chủ tịch HĐND thị xã phát biểu.",
        {"Lò Thị Hoa": ["Phó Bí thư Thường trực Thị ủy", "Chủ tịch Hội đồng nhân dân thị xã"]},
    ),
    # Every head takes "Phó" and "Quyền" before it
    (
        "Dự có ông Lò Văn Ân, Quyền Chánh án TAND tỉnh, và bà Hà Thị Bích, Quyền Viện trưởng "
        "VKSND tỉnh.",
        {
            "Lò Văn Ân": ["Quyền Chánh án Tòa án nhân dân tỉnh"],
            "Hà Thị Bích": ["Quyền Viện trưởng Viện Kiểm sát nhân dân tỉnh"],
        },
    ),
    # "cựu" is former too: the title is kept, the word is not
    (
        "Ông Mai Văn Lực, cựu Bí thư Tỉnh ủy, và cựu Chủ tịch UBND tỉnh Lò Thị Hoa dự gặp mặt.",
        {"Mai Văn Lực": ["Bí thư Tỉnh ủy"], "Lò Thị Hoa": ["Chủ tịch Ủy ban nhân dân tỉnh"]},
    ),
    # Thủ tướng / Bộ trưởng synonyms
    (
        "Bộ trưởng Giao thông vận tải Đỗ Minh Tuấn làm việc với tỉnh.",
        {"Đỗ Minh Tuấn": ["Bộ trưởng Bộ Giao thông vận tải"]},
    ),
    # "TP." glued to a provincial city's name; a given name that is also a word
    (
        "Ông Mai Bá Trước, Chủ tịch UBND TP.Thủ Dầu Một phát biểu.",
        {"Mai Bá Trước": ["Chủ tịch Ủy ban nhân dân thành phố Thủ Dầu Một"]},
    ),
    # "danh dự" inside a title though "dự" ends titles
    (
        "Đại hội suy tôn Đại tướng Lê Văn Ba làm Chủ tịch danh dự Hội Cựu chiến binh Việt Nam.",
        {"Lê Văn Ba": ["Chủ tịch danh dự Hội Cựu chiến binh Việt Nam"]},
    ),
    # A province's unit named by the province alone is the province's ("… tỉnh"), but a
    # party committee, a department or the provincial youth union carries it unsaid
    (
        "Dự có Đại tá Lê Văn Ba, Tham mưu trưởng BĐBP Lạng Sơn; ông Hà Văn Bảy, Giám đốc Sở "
        "Tài chính Lạng Sơn; bà Lò Thị Tư, Bí thư Tỉnh đoàn Lạng Sơn; ông Lê Văn Năm, Viện "
        "trưởng VKSND TP Hà Nội.",
        {
            "Lê Văn Ba": ["Tham mưu trưởng Bộ đội Biên phòng tỉnh"],
            "Hà Văn Bảy": ["Giám đốc Sở Tài chính"],
            "Lò Thị Tư": ["Bí thư Tỉnh Đoàn"],
            "Lê Văn Năm": ["Viện trưởng Viện Kiểm sát nhân dân thành phố"],
        },
    ),
    # Abbreviations and council committees printed short; a verb after a title ends it
    (
        "Ông Lý Văn Giàu - Chủ tịch Hội ND tỉnh và bà Cao Thị Lan, Trưởng Ban Văn hóa - Xã "
        "hội dự. HĐND giới thiệu ông Lò Văn Phú, Giám đốc Sở VH-TT-DL bầu giữ chức Phó Chủ "
        "tịch UBND tỉnh. Ông Hà Văn Hùng, Chánh Văn phòng Đoàn ĐBQH-HĐND tỉnh và bà Võ Thị "
        "Xuân, phó bí thư Thường trực tỉnh dự.",
        {
            "Lý Văn Giàu": ["Chủ tịch Hội Nông dân tỉnh"],
            "Cao Thị Lan": ["Trưởng Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh"],
            "Lò Văn Phú": [
                "Giám đốc Sở Văn hóa, Thể thao và Du lịch",
                "Phó Chủ tịch Ủy ban nhân dân tỉnh",
            ],
            "Hà Văn Hùng": ["Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"],
            "Võ Thị Xuân": ["Phó Bí thư Thường trực Tỉnh ủy"],
        },
    ),
    # A unit's title, then after a comma the organ the unit belongs to
    (
        "Dự có ông Hà Văn Thắng, Phó chánh văn phòng, Ban Tuyên giáo và Dân vận Thành ủy; ông "
        "Lò Văn Anh, Vụ trưởng Vụ Thi đua - Khen thưởng, Bộ VHTTDL; bà Lê Thị Hoa, Giám đốc "
        "Sở Y tế, Ban Chỉ đạo tỉnh.",
        {
            "Hà Văn Thắng": ["Phó Chánh Văn phòng Ban Tuyên giáo và Dân vận Thành ủy"],
            "Lò Văn Anh": ["Vụ trưởng Vụ Thi đua - Khen thưởng Bộ Văn hóa, Thể thao và Du lịch"],
            "Lê Thị Hoa": ["Giám đốc Sở Y tế"],
        },
    ),
    # A chain of titles before the name, one of them former; a name ending in "Trưởng"; a
    # birth year with a hometown and a degree before the title; "ứng cử" ends a title;
    # "Thành ủy Hà Tiên" is a place
    (
        "Dự có Ủy viên Trung ương Đảng, Trưởng đoàn Đại biểu Quốc hội thành phố, nguyên Bí "
        "thư Thành ủy Lê Trường Lưu; ông Nguyễn Công Trưởng, Phó Chủ tịch UBND tỉnh; bà Hồ "
        "Thị Bạch (SN 1977, quê xã Long Mỹ, huyện Mỹ Tú), Tiến sĩ Báo chí học, Giám đốc Sở "
        "Ngoại vụ; ông Võ Văn Thành, đại biểu HĐND tỉnh ứng cử chức danh Chủ tịch UBND tỉnh.",
        {
            "Lê Trường Lưu": [
                "Ủy viên Ban Chấp hành Trung ương Đảng",
                "Trưởng Đoàn đại biểu Quốc hội thành phố",
                "Bí thư Thành ủy",
            ],
            "Nguyễn Công Trưởng": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
            "Hồ Thị Bạch": ["Giám đốc Sở Ngoại vụ"],
            "Võ Văn Thành": ["Đại biểu Hội đồng nhân dân tỉnh"],
        },
    ),
    ("Bí thư Thành ủy Hà Tiên được bầu làm Phó Chủ tịch UBND tỉnh.", {}),
    # A head printed bare shares the next title's organ; a ministerial-level body's head is
    # "Bộ trưởng, Chủ nhiệm …", one title
    (
        "Dự có Thiếu tướng Lê Văn Ba, Phó Tư lệnh, Tham mưu trưởng Quân khu 2; ông Lò Văn Tư, "
        "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc.",
        {
            "Lê Văn Ba": ["Phó Tư lệnh Quân khu 2", "Tham mưu trưởng Quân khu 2"],
            "Lò Văn Tư": ["Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"],
        },
    ),
    # a province's women's union; the party's central office printed without "Đảng"
    (
        "Bà Lò Thị Mai, Chủ tịch Hội LHPNVN tỉnh và ông Lê Văn Vinh, Phó Chánh Văn phòng Trung"
        " ương dự.",
        {
            "Lò Thị Mai": ["Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"],
            "Lê Văn Vinh": ["Phó Chánh Văn phòng Trung ương Đảng"],
        },
    ),
    # A title written before the name reaches it: "… và mong rằng …" is no title
    (
        "Ông Lê Văn Ba chúc mừng tân Bí thư Tỉnh ủy và mong rằng trên cương vị mới ông Hà "
        "Văn Quý sẽ đi đầu.",
        {"Lê Văn Ba": []},
    ),
    # a department's fields joined without "và"
    (
        "Đồng chí Quách Thị Yến, Giám đốc Sở Kế hoạch Đầu tư báo cáo.",
        {"Quách Thị Yến": ["Giám đốc Sở Kế hoạch và Đầu tư"]},
    ),
    # organ with a comma in its name
    (
        "Đồng chí Quách Thị Yến, Giám đốc Sở Văn hóa, Thể thao và Du lịch báo cáo.",
        {"Quách Thị Yến": ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"]},
    ),
    # a district name stays in the title
    (
        "Đồng chí Lò Văn Piêng, Bí thư Huyện ủy Mường La phát biểu.",
        {"Lò Văn Piêng": ["Bí thư Huyện ủy Mường La"]},
    ),
    # abbreviations inside organ names, a typo, a province with a dash
    (
        "Đại tá Vàng A Sùng, Chỉ huy trưởng Bộ CHQS tỉnh phát biểu.",
        {"Vàng A Sùng": ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]},
    ),
    (
        "Đồng chí Lò Thị Mai, Ủy viên Ban Thường vụ Tinh ủy tập trung chỉ đạo.",
        {"Lò Thị Mai": ["Ủy viên Ban Thường vụ Tỉnh ủy"]},
    ),
    (
        "Đồng chí Phạm Văn Tư, Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu dự.",
        {"Phạm Văn Tư": ["Bí thư Tỉnh ủy"]},
    ),
    # "Đ/c", abbreviated titles and organs, a title in parentheses
    (
        "Đ/c Nguyễn Văn Hải, PBT Thường trực TU, Trưởng Ban Tổ chức TU phát biểu.",
        {"Nguyễn Văn Hải": ["Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"]},
    ),
    ("Ông Lê Văn Ân (Giám đốc Sở Y tế) cho biết.", {"Lê Văn Ân": ["Giám đốc Sở Y tế"]}),
    (
        "Đồng chí Hoàng Văn Bảy, Phó Chủ tịch TT UBND tỉnh dự.",
        {"Hoàng Văn Bảy": ["Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh"]},
    ),
    # title before the name with a province in between
    (
        "Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nghiệm chủ trì.",
        {"Hoàng Văn Nghiệm": ["Bí thư Tỉnh ủy"]},
    ),
    # a centrally-run city keeps "thành phố"
    (
        "Chủ tịch UBND TP Hà Nội Trương Quang Vinh phát biểu.",
        {"Trương Quang Vinh": ["Chủ tịch Ủy ban nhân dân thành phố"]},
    ),
    # a title ends at its term and at the election verb; what follows it is a new title
    (
        "Ông Vàng Văn Bảy, Bí thư Tỉnh ủy khóa XVII tái đắc cử chức vụ Bí thư Tỉnh ủy.",
        {"Vàng Văn Bảy": ["Bí thư Tỉnh ủy"]},
    ),
    (
        "Bà Lò Thị Hoa, Ủy viên Thường trực HĐND tỉnh khóa XVI trúng cử Phó Chủ tịch HĐND tỉnh.",
        {
            "Lò Thị Hoa": [
                "Ủy viên Thường trực Hội đồng nhân dân tỉnh",
                "Phó Chủ tịch Hội đồng nhân dân tỉnh",
            ]
        },
    ),
    (
        "Đồng chí Hà Văn Tư, Bí thư Tỉnh ủy nhiệm kỳ 2015-2020 tái cử Bí thư Tỉnh ủy.",
        {"Hà Văn Tư": ["Bí thư Tỉnh ủy"]},
    ),
    (
        "Ông Lò Văn Năm, Phó Chủ tịch UBND tỉnh giai đoạn 2011 - 2016 phát biểu.",
        {"Lò Văn Năm": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]},
    ),
    # after an organ or a province, a lower-case word no organ name has ends the title
    (
        "Đồng chí Lò Văn Chín, Bí thư Tỉnh ủy gặp mặt đại biểu cựu chiến binh.",
        {"Lò Văn Chín": ["Bí thư Tỉnh ủy"]},
    ),
    (
        "Bà Hà Thị Mười, Phó Chủ tịch UBND tỉnh Sơn La bàn giao nhà tình nghĩa.",
        {"Hà Thị Mười": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]},
    ),
    (
        "Ông Lò Văn Ba, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam đến thăm.",
        {"Lò Văn Ba": ["Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"]},
    ),
    (
        "Ông Vi Văn Tư, Bí thư Đảng ủy khối doanh nghiệp tỉnh phát biểu.",
        {"Vi Văn Tư": ["Bí thư Đảng ủy khối doanh nghiệp tỉnh"]},
    ),
    # a birth year between the name and its titles
    (
        "Ông Lò Văn Tám, sinh năm 1970, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu.",
        {"Lò Văn Tám": ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"]},
    ),
    # a district after "Huyện ủy" is a place, never a person
    (
        "Ngày 2/3/2024, Bí thư Huyện ủy Vũ Quang đã chủ trì hội nghị.",
        {},
    ),
    # a photo credit ends the title
    (
        "Bà Cầm Thị Mai - Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương - Ảnh: TTXVN",
        {"Cầm Thị Mai": ["Ủy viên Bộ Chính trị", "Trưởng Ban Tổ chức Trung ương"]},
    ),
    # a bare standing-committee seat in provincial news is the Tỉnh ủy's
    (
        "Đồng chí Võ Văn Hải, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu.",
        {"Võ Văn Hải": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"]},
    ),
    # a dismissed post ends where any title does
    (
        "Ban Bí thư xóa tư cách chức vụ Chủ tịch UBND tỉnh giai đoạn 2010 - 2013 đối với"
        " ông Lục Văn Vịnh.",
        {"Lục Văn Vịnh": ["Chủ tịch Ủy ban nhân dân tỉnh"]},
    ),
    # a post given to a list: "A, …, bà B và ông C được chỉ định tiếp tục đảm nhiệm chức danh X"
    (
        "Ông Tạ Văn Tuấn, Chủ tịch UBND tỉnh, bà Huỳnh Thị Hòa và ông Đỗ Hữu Huy được chỉ định"
        " tiếp tục đảm nhiệm chức danh Phó Bí thư Tỉnh ủy.",
        {
            "Tạ Văn Tuấn": ["Chủ tịch Ủy ban nhân dân tỉnh", "Phó Bí thư Tỉnh ủy"],
            "Huỳnh Thị Hòa": ["Phó Bí thư Tỉnh ủy"],
            "Đỗ Hữu Huy": ["Phó Bí thư Tỉnh ủy"],
        },
    ),
    (
        "Kết quả ông Lò Văn Hiểu và ông Hà Thanh Bình đều trúng cử chức vụ Ủy viên UBND tỉnh.",
        {
            "Lò Văn Hiểu": ["Ủy viên Ủy ban nhân dân tỉnh"],
            "Hà Thanh Bình": ["Ủy viên Ủy ban nhân dân tỉnh"],
        },
    ),
    # the title first, then the list: "bầu 3 Phó Chủ tịch UBND tỉnh gồm các ông, bà: A, B và C"
    (
        "Kỳ họp bầu 3 Phó Chủ tịch UBND tỉnh gồm các ông, bà: Lò Minh Tiến, Hà Đức Quý và"
        " bà Cầm Thị Hạnh.",
        {
            "Lò Minh Tiến": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
            "Hà Đức Quý": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
            "Cầm Thị Hạnh": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
        },
    ),
    # "Hai Phó Chủ tịch … là ông A và ông B": the title reaches to the clause's end only
    (
        "Hai Phó Chủ tịch HĐND tỉnh là ông Lò Thanh Hùng và ông Hà Thanh Thủy; Giám đốc Sở"
        " Nội vụ Cầm Văn Ba dự.",
        {
            "Lò Thanh Hùng": ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
            "Hà Thanh Thủy": ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
            "Cầm Văn Ba": ["Giám đốc Sở Nội vụ"],
        },
    ),
    # a plural title before a list; less common family names (Khang, Uông, Chẩu)
    (
        "Cùng dự có các Đại biểu Quốc hội: Lò Thành Trung, Khang Thị Mào, Uông Văn Hải.",
        {
            "Lò Thành Trung": ["Đại biểu Quốc hội"],
            "Khang Thị Mào": ["Đại biểu Quốc hội"],
            "Uông Văn Hải": ["Đại biểu Quốc hội"],
        },
    ),
    # an organ whose name holds "và" is not a list
    (
        "Đồng chí Vi Thị Hải, Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh phát biểu.",
        {"Vi Thị Hải": ["Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"]},
    ),
    # a post given "đối với" a person, its term between
    (
        "Hội đồng bầu bổ sung chức vụ Ủy viên UBND tỉnh, nhiệm kỳ 2021-2026 đối với ông Lục Văn"
        " Hiểu, Giám đốc Sở Nội vụ.",
        {"Lục Văn Hiểu": ["Ủy viên Ủy ban nhân dân tỉnh", "Giám đốc Sở Nội vụ"]},
    ),
    # "Quận" ends a name too; BCHTƯ is the Central Committee
    (
        "Đồng chí Lò Đức Quận - Ủy viên BCHTƯ Đảng, Bí thư Tỉnh ủy phát biểu.",
        {"Lò Đức Quận": ["Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"]},
    ),
    # a bare delegation head is the province's; "huyện" after Huyện ủy; Q. and TP.HCM
    (
        "Ông Hà Văn Khải, Trưởng Đoàn ĐBQH, và ông Lò Văn Tâm, Bí thư Huyện ủy huyện Mường Tè;"
        " ông Lý Văn Hòa, Phó Chủ tịch UBND Q.Tân Phú.",
        {
            "Hà Văn Khải": ["Trưởng Đoàn đại biểu Quốc hội tỉnh"],
            "Lò Văn Tâm": ["Bí thư Huyện ủy Mường Tè"],
            "Lý Văn Hòa": ["Phó Chủ tịch Ủy ban nhân dân quận Tân Phú"],
        },
    ),
    (
        "Tại Sơn La, ông Vi Văn Mạnh, Chủ tịch UBND TP.HCM, và ông Lò Văn An, Chủ tịch UBND"
        " tỉnh Sơn La, ký kết.",
        {
            "Vi Văn Mạnh": ["Chủ tịch Ủy ban nhân dân thành phố"],
            "Lò Văn An": ["Chủ tịch Ủy ban nhân dân tỉnh"],
        },
    ),
    # Thực and Trường inside a name; a list that "cùng tái đắc cử chức" one post; Ð for Đ
    (
        "Các ông Lò Thực Hiền, Hà Trường Lưu và Vi Văn Quân cùng tái đắc cử chức Phó chủ tịch"
        " UBND tỉnh. Bà Lục Thị Mai, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Trưởng Ban Tổ"
        " chức Trung ương, dự. Ông Vi Văn Hiểu, Chủ tịch HÐND tỉnh, phát biểu.",
        {
            "Lò Thực Hiền": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
            "Hà Trường Lưu": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
            "Vi Văn Quân": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
            "Lục Thị Mai": [
                "Ủy viên Bộ Chính trị",
                "Thường trực Ban Bí thư",
                "Trưởng Ban Tổ chức Trung ương",
            ],
            "Vi Văn Hiểu": ["Chủ tịch Hội đồng nhân dân tỉnh"],
        },
    ),
    # a comma left out before the title; "thay cho" ends a title; Đồng as a family name;
    # "miễn nhiệm chức danh X … với ông Y"
    (
        "Báo cáo hội nghị, ông Lê Hồng Phúc Bí thư Tỉnh ủy, cho biết. Kỳ họp bầu ông Vi Văn Bình"
        " giữ chức Chủ tịch UBND tỉnh thay cho ông Hà Văn Hồng. Kỳ họp miễn nhiệm chức danh Chủ"
        " tịch UBND tỉnh nhiệm kỳ 2016-2021 với ông Đồng Văn Lâm.",
        {
            "Lê Hồng Phúc": ["Bí thư Tỉnh ủy"],
            "Vi Văn Bình": ["Chủ tịch Ủy ban nhân dân tỉnh"],
            # the one replaced held the post
            "Hà Văn Hồng": ["Chủ tịch Ủy ban nhân dân tỉnh"],
            "Đồng Văn Lâm": ["Chủ tịch Ủy ban nhân dân tỉnh"],
        },
    ),
    # an aside in parentheses inside a list given one post; a bare Phó Bí thư
    (
        "Kỳ họp đã bầu bà Lò Thị Trà (98% phiếu) và bà Hà Thị Xuân (100% phiếu) giữ chức Phó"
        " Chủ tịch HĐND tỉnh. Bà Đặng Thị Em, Phó Bí thư, Chủ tịch HĐND tỉnh, tặng hoa.",
        {
            "Lò Thị Trà": ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
            "Hà Thị Xuân": ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
            "Đặng Thị Em": ["Phó Bí thư Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"],
        },
    ),
    # "A" opens Ba Na names but is the middle name of Hmông men
    (
        "Dự có Phó Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh A Sanh; ông Vừ A Chu, Bí thư Huyện ủy.",
        {
            "A Sanh": ["Phó Bí thư Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"],
            "Vừ A Chu": ["Bí thư Huyện ủy"],
        },
    ),
    # a name whose last word usually opens a title or a place
    (
        "Đồng chí Đinh Văn Tỉnh được bầu giữ chức Bí thư Tỉnh ủy; đồng chí Hà Xuân Trường, Phó "
        "Bí thư Tỉnh ủy dự lễ tại Trường Chính trị tỉnh.",
        {"Đinh Văn Tỉnh": ["Bí thư Tỉnh ủy"], "Hà Xuân Trường": ["Phó Bí thư Tỉnh ủy"]},
    ),
    # "khóa mới", the country's full name, "tỉnh X" after Tỉnh ủy, "Ủy viên Thường vụ"
    (
        "Ông Phùng Văn Lâm, Bí thư Tỉnh ủy tỉnh Yên Bái nhiệm kỳ 2015-2020, Ủy viên Thường vụ"
        " Tỉnh ủy, được bầu làm Phó Bí thư Tỉnh ủy khóa mới.",
        {
            "Phùng Văn Lâm": [
                "Bí thư Tỉnh ủy",
                "Ủy viên Ban Thường vụ Tỉnh ủy",
                "Phó Bí thư Tỉnh ủy",
            ]
        },
    ),
    (
        "Bà Tòng Thị Ngân, Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam, Chủ tịch"
        " Ủy ban MTTQVN tỉnh, phát biểu.",
        {"Tòng Thị Ngân": ["Chủ tịch Quốc hội", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]},
    ),
    # an ad-hoc steering committee keeps its task in its title, abbreviations expanded
    (
        "Đồng chí Tạ Văn Long, Trưởng Ban Chỉ đạo Trung ương về tổng kết 20 năm thực hiện NQ 15"
        " đã phát biểu.",
        {
            "Tạ Văn Long": [
                "Trưởng Ban Chỉ đạo Trung ương về tổng kết 20 năm thực hiện Nghị quyết 15"
            ]
        },
    ),
    # a bare head before a dash shares the next title's organ; the chain goes on before it
    (
        "Ủy viên BCH Trung ương Đảng, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt"
        " Nam Hầu A Lử phát biểu.",
        {
            "Hầu A Lử": [
                "Ủy viên Ban Chấp hành Trung ương Đảng",
                "Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                "Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            ]
        },
    ),
    # where one was born, between the birth year and the title
    (
        "Ông Lê Văn Tư sinh năm 1966, tại Đồng Tháp, là Ủy viên dự khuyết Trung ương Đảng.",
        {"Lê Văn Tư": ["Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng"]},
    ),
    # a title that the clause before the name holds as its object is not the name's
    (
        "Báo cáo với Phó Thủ tướng và đoàn công tác, Chủ tịch UBND tỉnh Lê Văn Tư cho biết"
        " tỉnh phát triển.",
        {"Lê Văn Tư": ["Chủ tịch Ủy ban nhân dân tỉnh"]},
    ),
    # a post taken after being posted to a place; "nhận nhiệm vụ" a post
    (
        "Ban Thường vụ Tỉnh ủy điều động, phân công đồng chí Lê Văn Tư, Phó Bí thư Đảng ủy xã"
        " Trung Sơn, đến nhận công tác tại xã Xuân Vân, chỉ định tham gia Ban Chấp hành, Ban"
        " Thường vụ và giữ chức Phó Bí thư Đảng ủy xã Xuân Vân.",
        {"Lê Văn Tư": ["Phó Bí thư Đảng ủy xã Trung Sơn", "Phó Bí thư Đảng ủy xã Xuân Vân"]},
    ),
    (
        "Theo đó, ông Lê Văn Tư được điều động nhận nhiệm vụ Thứ trưởng Thường trực Bộ Nội vụ.",
        {"Lê Văn Tư": ["Thứ trưởng Thường trực Bộ Nội vụ"]},
    ),
    # the last post dismissed before "đối với" is the person's, not the clause before it
    (
        "Các đại biểu cho thôi nhiệm vụ đại biểu HĐND và thôi giữ chức Chủ tịch UBND tỉnh đối"
        " với ông Lê Văn Tư (đã được điều về trung ương công tác).",
        {"Lê Văn Tư": ["Chủ tịch Ủy ban nhân dân tỉnh"]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_persons_titles_in_canonical_form(text: str, expected: dict[str, list[str]]) -> None:
    got = positions(record_of(text))
    assert got == expected


@pytest.mark.parametrize(
    ("text", "name", "rank"),
    [
        ("Đại tá Nguyễn Thanh Sơn, Giám đốc Công an tỉnh phát biểu.", "Nguyễn Thanh Sơn", "Đại tá"),
        ("Thiếu tướng Lê Văn Hải, Phó Tư lệnh Quân khu 2 dự.", "Lê Văn Hải", "Thiếu tướng"),
        ("đồng chí Trung tướng Võ Minh Lương phát biểu.", "Võ Minh Lương", "Trung tướng"),
        ("Thượng tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an dự.", "Trần Quốc Tỏ", "Thượng tướng"),
        # the rank printed after the name, between commas
        ("Ông Hà Văn Bảy, Đại tá, Chỉ huy trưởng Bộ CHQS tỉnh phát biểu.", "Hà Văn Bảy", "Đại tá"),
    ],
)
def test_persons_rank_is_not_part_of_the_name(text: str, name: str, rank: str) -> None:
    persons = record_of(text)["persons"]
    assert [(p["name"], p["rank"]) for p in persons] == [(name, rank)]


def test_persons_group_label_gives_its_title_to_every_name() -> None:
    text = (
        "Dự hội nghị có các đồng chí trong Ban Thường vụ Tỉnh ủy: Lê Thị Thu, Trưởng Ban Tổ "
        "chức Tỉnh ủy; Đinh Văn Kiên, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy."
    )
    got = positions(record_of(text))
    assert got == {
        "Lê Thị Thu": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"],
        "Đinh Văn Kiên": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's members listed after it, numbered on their own lines
        (
            "Ban Chấp hành Đảng bộ tỉnh khóa XVII đã bầu Ban Thường vụ Tỉnh ủy gồm3 vị"
            " gồm:\n\n1. Lò Văn Một\n\n2. Hà Thị Hai\n\n3. Cầm Văn Ba\n",
            {
                n: ["Ủy viên Ban Thường vụ Tỉnh ủy"]
                for n in ("Lò Văn Một", "Hà Thị Hai", "Cầm Văn Ba")
            },
        ),
        # a label with its term, then "gồm:" and each name's own titles
        (
            "Hai Phó Bí thư Tỉnh ủy khóa XIX gồm: Bà Lò Thị Thu, Trưởng Ban Dân vận Tỉnh ủy và"
            " ông Cầm Văn Dương, Phó Chủ tịch UBND tỉnh.",
            {
                "Lò Thị Thu": ["Phó Bí thư Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"],
                "Cầm Văn Dương": ["Phó Bí thư Tỉnh ủy", "Phó Chủ tịch Ủy ban nhân dân tỉnh"],
            },
        ),
        # the clause's last title is the list's, cut at its term and verb
        (
            "Ông Lò Văn Định tái đắc cử Bí thư Tỉnh ủy và các Phó Bí thư Tỉnh ủy tỉnh này gồm các"
            " ông: Hà Văn Toàn, Cầm Văn Tuân.",
            {
                "Lò Văn Định": ["Bí thư Tỉnh ủy"],
                "Hà Văn Toàn": ["Phó Bí thư Tỉnh ủy"],
                "Cầm Văn Tuân": ["Phó Bí thư Tỉnh ủy"],
            },
        ),
        (
            "3 Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021 cùng tái đắc cử gồm có các ông: Lò Văn"
            " Hiển và Hà Văn Hè.",
            {n: ["Phó Chủ tịch Ủy ban nhân dân tỉnh"] for n in ("Lò Văn Hiển", "Hà Văn Hè")},
        ),
        # a count before a bare head: the organ the clause named before it
        (
            "Thường trực UBND tỉnh gồm Chủ tịch và 3 phó chủ tịch: ông Lò Văn Hiển, ông Hà"
            " Văn Hè và bà Cầm Thị Ba.",
            {
                n: ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]
                for n in ("Lò Văn Hiển", "Hà Văn Hè", "Cầm Thị Ba")
            },
        ),
        # a dot inside an abbreviation in the label
        (
            "Cùng dự có các đồng chí Ủy viên T.Ư Đảng: Võ Văn Phương, Chủ nhiệm Văn phòng Quốc "
            "hội; Đào Văn Trung, Chủ nhiệm Văn phòng Chủ tịch nước.",
            {
                "Võ Văn Phương": [
                    "Ủy viên Ban Chấp hành Trung ương Đảng",
                    "Chủ nhiệm Văn phòng Quốc hội",
                ],
                "Đào Văn Trung": [
                    "Ủy viên Ban Chấp hành Trung ương Đảng",
                    "Chủ nhiệm Văn phòng Chủ tịch nước",
                ],
            },
        ),
        # a count and a dash before the names ("2 Phó Chủ tịch HĐND tỉnh – A và B")
        (
            "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh – Lò Văn Định; 2 Phó Chủ tịch HĐND tỉnh – Hà"
            " Văn Toàn và Cầm Văn Tuân chủ trì kỳ họp.",
            {
                "Lò Văn Định": ["Bí thư Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"],
                "Hà Văn Toàn": ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
                "Cầm Văn Tuân": ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
            },
        ),
        # candidates for a post do not hold it
        (
            "Theo đó, 5 ứng cử viên đại biểu Quốc hội khóa XVI thuộc đơn vị bầu cử số 1 gồm:"
            " Chủ nhiệm Ủy ban Văn hóa và Xã hội Lò Văn Định; Phó Giám đốc Sở Tài chính Hà"
            " Văn Toàn.",
            {
                "Lò Văn Định": ["Chủ nhiệm Ủy ban Văn hóa và Xã hội"],
                "Hà Văn Toàn": ["Phó Giám đốc Sở Tài chính"],
            },
        ),
        # a bare head takes the organ the sentence named before it
        (
            "Ủy ban Kiểm tra Trung ương đã họp Kỳ thứ 27 dưới sự chủ trì của Chủ nhiệm Lò Văn"
            " Định.",
            {"Lò Văn Định": ["Chủ nhiệm Ủy ban Kiểm tra Trung ương"]},
        ),
        # two names, then the plural title they share after a dash
        (
            "Đồng chí Lò Văn Định – Chủ tịch HĐND tỉnh; Hà Văn Toàn và Cầm Văn Tuân – Phó Chủ tịch"
            " HĐND tỉnh đồng chủ trì.",
            {
                "Lò Văn Định": ["Chủ tịch Hội đồng nhân dân tỉnh"],
                "Hà Văn Toàn": ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
                "Cầm Văn Tuân": ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
            },
        ),
        # the deputy who leads a deputies' delegation
        (
            "Dự có Tỉnh ủy viên, Phó Trưởng Đoàn, phụ trách Đoàn Đại biểu Quốc hội tỉnh Hà Văn"
            " Toàn.",
            {
                "Hà Văn Toàn": [
                    "Ủy viên Ban Chấp hành Đảng bộ tỉnh",
                    "Phó Trưởng Đoàn đại biểu Quốc hội tỉnh",
                ]
            },
        ),
        # names right after "là", with no honorific
        (
            "Ông Lò Văn Định được bầu làm Bí thư Tỉnh ủy. Hai Phó Bí thư là Hà Văn Toàn và"
            " Cầm Văn Tuân.",
            {
                "Lò Văn Định": ["Bí thư Tỉnh ủy"],
                "Hà Văn Toàn": ["Phó Bí thư Tỉnh ủy"],
                "Cầm Văn Tuân": ["Phó Bí thư Tỉnh ủy"],
            },
        ),
    ],
)
def test_persons_a_label_before_its_list(text: str, expected: dict[str, list[str]]) -> None:
    assert positions(record_of(text)) == expected


def test_persons_a_city_s_council_and_committee_are_the_city_s() -> None:
    text = (
        "Ngày 3/4/2024, HĐND thành phố Cần Thơ họp. Ông Lò Văn Hiểu, Chủ tịch HĐND khóa X, và"
        " ông Hà Văn An, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Sơn La, dự họp tại Cần Thơ."
    )
    record = record_of(text)
    assert record["province"] == "Cần Thơ"
    assert positions(record) == {
        "Lò Văn Hiểu": ["Chủ tịch Hội đồng nhân dân thành phố"],
        "Hà Văn An": ["Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
    }


def test_persons_short_back_reference_is_not_a_new_person() -> None:
    text = (
        "Ông Phan Văn Ký, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Phát biểu kết luận, "
        "ông Ký yêu cầu các sở khẩn trương triển khai."
    )
    assert [p["name"] for p in record_of(text)["persons"]] == ["Phan Văn Ký"]


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn đã đến thăm xã Lê Lợi và trường THPT Chu Văn An.",
        "Công trình trên đường Trần Hưng Đạo được khánh thành.",
        "Đồng chí Bí thư Tỉnh ủy nhấn mạnh yêu cầu của Tỉnh ủy.",
        "Hội nghị giao Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan.",
    ],
)
def test_persons_places_and_bare_titles_are_not_persons(text: str) -> None:
    assert record_of(text)["persons"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Các Phó Bí thư Thành ủy gồm các đồng chí: Lê Quốc Hai, Nguyễn Văn Ba, Văn Thị Bạch Tư.",
            {
                n: ["Phó Bí thư Thành ủy"]
                for n in ("Lê Quốc Hai", "Nguyễn Văn Ba", "Văn Thị Bạch Tư")
            },
        ),
        ("Phó Bí thư Thành ủy Văn Thị Bạch Tư dự.", {"Văn Thị Bạch Tư": ["Phó Bí thư Thành ủy"]}),
    ],
)
def test_persons_a_word_before_thi_is_a_family_name(
    text: str, expected: dict[str, list[str]]
) -> None:
    """ "Thị" is the middle name of women's names: the word before it is a family name,
    even one the list of family names lacks, and never a place after a committee."""
    assert positions(record_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # places with "Thị" in their names stay places
        ("Bí thư Đảng ủy Phường Thị Cầu Nguyễn Văn Ba dự.", ["Nguyễn Văn Ba"]),
        ("Giám đốc Cảng Thị Vải Lò Văn Hai dự.", ["Lò Văn Hai"]),
        # a name that opens like a foreign country is a name
        ("Ông Hàn Quốc Bảo, Chủ tịch UBND xã Tân Lập phát biểu.", ["Hàn Quốc Bảo"]),
        ("Bà Hà Lan Hương, Phó Bí thư Đảng ủy xã cho biết.", ["Hà Lan Hương"]),
    ],
)
def test_persons_places_and_names_that_look_alike(text: str, names: list[str]) -> None:
    assert [p["name"] for p in record_of(text)["persons"]] == names


def test_persons_another_country_s_post_before_an_official_s_title_is_not_his() -> None:
    text = "Tiếp Đại sứ Hàn Quốc, Phó Chủ tịch UBND tỉnh Lò Văn Hai đề nghị hai bên hợp tác."
    assert positions(record_of(text)) == {"Lò Văn Hai": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]}


def test_persons_a_rank_before_the_next_name_s_titles_is_not_the_name_s() -> None:
    text = (
        "Dự có Phó Chủ tịch UBND tỉnh Hà Văn Bảy, Đại tá, Chỉ huy trưởng Bộ CHQS tỉnh Lê Văn Tám."
    )
    ranks = {p["name"]: p["rank"] for p in record_of(text)["persons"]}
    assert ranks["Hà Văn Bảy"] is None


def test_persons_a_foreign_country_in_a_list_of_officials_is_not_one() -> None:
    text = (
        "Dự có các đồng chí Ủy viên Trung ương Đảng: Lò Văn Hai, Bí thư Tỉnh ủy; Hà Văn Ba,"
        " Chủ tịch UBND tỉnh; lãnh đạo một số tỉnh của Lào; Thái Lan; Hàn Quốc; Hà Lan."
    )
    assert sorted(p["name"] for p in record_of(text)["persons"]) == ["Hà Văn Ba", "Lò Văn Hai"]


def test_persons_honorific_only_citizen_without_title_is_left_out() -> None:
    text = "Ông Nguyễn Văn Tư ở thôn Nà Làng chia sẻ niềm vui khi có đường mới."
    assert record_of(text)["persons"] == []


def test_persons_each_person_once_with_titles_merged() -> None:
    text = (
        "Đồng chí Triệu Văn Lâm, Bí thư Tỉnh ủy chủ trì hội nghị. Đồng chí Triệu Văn Lâm, "
        "Trưởng Đoàn ĐBQH tỉnh phát biểu."
    )
    got = record_of(text)["persons"]
    assert len(got) == 1
    assert got[0]["positions"] == ["Bí thư Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"]


def test_persons_byline_is_an_author_not_a_person() -> None:
    text = "Đồng chí Lý Văn Hùng, Chủ tịch UBND tỉnh dự hội nghị.\n\nThu Hà - Quang Huy"
    record = record_of(text)
    assert [p["name"] for p in record["persons"]] == ["Lý Văn Hùng"]
    assert record["authors"] == ["Thu Hà", "Quang Huy"]


def test_persons_evidence_points_at_the_name() -> None:
    text = "Ngày 2/3, đồng chí Tạ Văn Hạ, Bí thư Tỉnh ủy chủ trì hội nghị."
    record = record_of(text)
    span = record["persons"][0]["evidence"]["mentions"][0]
    assert text[span["start"] : span["end"]] == "Tạ Văn Hạ"


@pytest.mark.parametrize(
    ("published", "title"),
    [("2024-06-02", "Chủ tịch Hội đồng nhân dân tỉnh"), ("2025-06-02", "Chủ tịch Hội đồng nhân dân thành phố")],
)  # fmt: skip
def test_persons_hue_s_council_is_the_city_s_only_since_2025(published: str, title: str) -> None:
    text = (
        "Kỳ họp HĐND tỉnh Thừa Thiên Huế bế mạc. Ông Lò Văn Hiểu, Chủ tịch HĐND phát biểu tại Huế."
    )
    assert positions(record_of(text, published=published)) == {"Lò Văn Hiểu": [title]}


def test_persons_earlier_title_after_the_clause_s_verb() -> None:
    text = "HĐND tỉnh đã bầu Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lò Văn Chữ làm Chủ tịch HĐND tỉnh."
    assert positions(record_of(text)) == {
        "Lò Văn Chữ": [
            "Bí thư Tỉnh ủy",
            "Chủ tịch Ủy ban nhân dân tỉnh",
            "Chủ tịch Hội đồng nhân dân tỉnh",
        ]
    }


def test_persons_a_secretary_held_with_a_provincial_department_is_not_the_province_s() -> None:
    record = record_of("Ông Lê Văn Hai, Bí thư kiêm Giám đốc Công an tỉnh phát biểu.")
    assert "Bí thư Tỉnh ủy" not in positions(record)["Lê Văn Hai"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A career cue with no "từng": "đã trải qua các vị trí công tác:".
        (
            "Ông Lê Văn Chỉnh, Phó Bí thư Tỉnh ủy. Ông Chỉnh đã trải qua các vị trí công tác: "
            "Chánh Thanh tra tỉnh; Bí thư Huyện ủy Nam Trực.",
            {
                "Lê Văn Chỉnh": [
                    "Phó Bí thư Tỉnh ủy",
                    "Chánh Thanh tra tỉnh",
                    "Bí thư Huyện ủy Nam Trực",
                ]
            },
        ),
        # "Bí thư kiêm Chủ tịch UBND huyện X" in a career: the secretary of the place's
        # party committee, and the committee's chair.
        (
            "Ông Phạm Văn Thiều, Phó Bí thư Tỉnh ủy. Ông Thiều từng kinh qua các chức vụ Trưởng "
            "Ban Tổ chức Tỉnh ủy, Bí thư kiêm Chủ tịch UBND H.Vĩnh Lợi.",
            {
                "Phạm Văn Thiều": [
                    "Phó Bí thư Tỉnh ủy",
                    "Trưởng Ban Tổ chức Tỉnh ủy",
                    "Bí thư Huyện ủy Vĩnh Lợi",
                    "Chủ tịch Ủy ban nhân dân huyện Vĩnh Lợi",
                ]
            },
        ),
        # …and of the province's
        (
            "Kể từ đó, ông Lê Văn Hai là Bí thư kiêm Chủ tịch UBND tỉnh.",
            {"Lê Văn Hai": ["Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"]},
        ),
        (
            "Ông Lê Văn Hai, Bí thư kiêm Chủ tịch UBND xã Tam Quang phát biểu.",
            {
                "Lê Văn Hai": [
                    "Bí thư Đảng ủy xã Tam Quang",
                    "Chủ tịch Ủy ban nhân dân xã Tam Quang",
                ]
            },
        ),
        # "trải qua các chức vụ, như:"; "từng làm" past jobs that are no posts.
        (
            "Ông Ngô Văn Cường, Bí thư Tỉnh ủy. Ông từng trải qua các chức vụ, như: Trưởng Ban "
            "Tổ chức Tỉnh ủy, Bí thư Thành ủy Trà Vinh. Trước đó, ông Cường từng làm cán bộ Ban "
            "Tuyên giáo Tỉnh ủy, Bí thư Tỉnh đoàn.",
            {
                "Ngô Văn Cường": [
                    "Bí thư Tỉnh ủy",
                    "Trưởng Ban Tổ chức Tỉnh ủy",
                    "Bí thư Thành ủy Trà Vinh",
                    "Bí thư Tỉnh Đoàn",
                ]
            },
        ),
        # A biography's steps, the subject named by the given name or only "ông".
        (
            "Ông Lê Văn Tám, Bí thư Tỉnh ủy. Năm 2015, ông Tám làm Phó Chủ tịch UBND tỉnh, "
            "sau đó làm Giám đốc Sở Tài chính rồi Trưởng Ban Dân vận Tỉnh ủy.",
            {
                "Lê Văn Tám": [
                    "Bí thư Tỉnh ủy",
                    "Phó Chủ tịch Ủy ban nhân dân tỉnh",
                    "Giám đốc Sở Tài chính",
                    "Trưởng Ban Dân vận Tỉnh ủy",
                ]
            },
        ),
        (
            "Ông Lê Văn Tám, Bí thư Tỉnh ủy. Từ tháng 6/2019, ông đảm nhiệm cương vị Chủ tịch "
            "UBND tỉnh.",
            {"Lê Văn Tám": ["Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"]},
        ),
        (
            "Ông Lê Văn Tám, Bí thư Tỉnh ủy. Ông từng công tác tại Văn phòng Tỉnh ủy, làm "
            "Bí thư huyện Mường Tè.",
            {"Lê Văn Tám": ["Bí thư Tỉnh ủy", "Bí thư Huyện ủy Mường Tè"]},
        ),
        # "trải qua các chức danh", dashes between posts; "lần lượt giữ các chức vụ" of
        # heads printed bare before the title that names their organ.
        (
            "Ông Lê Văn Tám, Bí thư Tỉnh ủy. Ông từng trải qua các chức danh Tỉnh ủy viên - "
            "Chánh Văn phòng UBND tỉnh, Bí thư Huyện ủy Mường Tè. Từ năm 2019, ông Lê Văn Tám "
            "lần lượt giữ các chức vụ Phó Chủ tịch, Phó Chủ tịch thường trực, Chủ tịch UBND "
            "tỉnh.",
            {
                "Lê Văn Tám": [
                    "Bí thư Tỉnh ủy",
                    "Ủy viên Ban Chấp hành Đảng bộ tỉnh",
                    "Chánh Văn phòng Ủy ban nhân dân tỉnh",
                    "Bí thư Huyện ủy Mường Tè",
                    "Phó Chủ tịch Ủy ban nhân dân tỉnh",
                    "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh",
                    "Chủ tịch Ủy ban nhân dân tỉnh",
                ]
            },
        ),
        # A career step whose subject is left out: the person last named.
        (
            "Bí thư Tỉnh ủy Lê Văn Tư sinh năm 1955. Từ tháng 10/2006 đến nay giữ chức vụ Phó"
            " Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Đại biểu Quốc hội và là Trưởng đoàn Đại biểu"
            " Quốc hội tỉnh.",
            {
                "Lê Văn Tư": [
                    "Bí thư Tỉnh ủy",
                    "Phó Bí thư Tỉnh ủy",
                    "Chủ tịch Ủy ban nhân dân tỉnh",
                    "Đại biểu Quốc hội",
                    "Trưởng Đoàn đại biểu Quốc hội tỉnh",
                ]
            },
        ),
        # A Youth Union career, its departments' names in small letters.
        (
            "Bà Lê Thị Hoa, Phó Bí thư Tỉnh đoàn. Bà Hoa từng kinh qua các vị trí: Phó trưởng"
            " ban Thanh niên công nhân và đô thị Tỉnh đoàn; Trưởng ban Tổ chức kiểm tra Tỉnh"
            " đoàn.",
            {
                "Lê Thị Hoa": [
                    "Phó Bí thư Tỉnh Đoàn",
                    "Phó Trưởng ban Thanh niên công nhân và đô thị Tỉnh Đoàn",
                    "Trưởng Ban Tổ chức kiểm tra Tỉnh Đoàn",
                ]
            },
        ),
        # A central board whose name holds a comma.
        (
            "Ông Lê Văn Tám thôi giữ chức Trưởng Ban Chính sách, Chiến lược Trung ương.",
            {"Lê Văn Tám": ["Trưởng Ban Chính sách chiến lược Trung ương"]},
        ),
        # Work done in a place is not a post: no title follows the verb.
        (
            "Ông Lê Văn Tám, Bí thư Tỉnh ủy. Ông làm việc với Sở Tài chính.",
            {"Lê Văn Tám": ["Bí thư Tỉnh ủy"]},
        ),
    ],
)
def test_persons_career_steps_of_the_person_named(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert positions(record_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Lê Văn Tám, Bí thư Đảng ủy, Giám đốc Sở Tài chính dự họp.",
            ["Bí thư Đảng ủy Sở Tài chính", "Giám đốc Sở Tài chính"],
        ),
        # …but a Ban cán sự đảng printed bare stays bare, as most annotated sets keep it.
        (
            "Ông Lê Văn Tám, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh dự họp.",
            ["Bí thư Ban cán sự đảng", "Chủ tịch Ủy ban nhân dân tỉnh"],
        ),
        (
            "Ông Lê Văn Tám, Bí thư Đảng ủy, Chủ tịch HĐND phường Tân An dự họp.",
            ["Bí thư Đảng ủy phường Tân An", "Chủ tịch Hội đồng nhân dân phường Tân An"],
        ),
        # The next title names a party body: nothing to complete from.
        (
            "Ông Lê Văn Tám, Bí thư Đảng ủy, Ủy viên Ban Thường vụ Tỉnh ủy dự họp.",
            ["Bí thư Đảng ủy", "Ủy viên Ban Thường vụ Tỉnh ủy"],
        ),
    ],
)
def test_persons_bare_party_body_takes_the_next_title_s_organ(
    text: str, expected: list[str]
) -> None:
    assert positions(record_of(text))["Lê Văn Tám"] == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Kỳ họp HĐND huyện Mường Tè khai mạc. Ông Lê Văn Tám, Bí thư Huyện ủy phát biểu.",
            "Bí thư Huyện ủy Mường Tè",
        ),
        (
            "Đảng bộ quận 3 họp. Ông Lê Văn Tám, Phó Chủ tịch UBND quận phát biểu.",
            "Phó Chủ tịch Ủy ban nhân dân quận 3",
        ),
        # Two districts named: which one is not told.
        (
            "Huyện Mường Tè và huyện Sìn Hồ họp. Ông Lê Văn Tám, Bí thư Huyện ủy phát biểu.",
            "Bí thư Huyện ủy",
        ),
        # Two districts named: the one named nearest in the title's own sentence.
        (
            "Huyện Mường Tè và huyện Sìn Hồ họp. HĐND huyện Sìn Hồ đã miễn nhiệm chức vụ Chủ "
            "tịch UBND huyện đối với ông Lê Văn Tám.",
            "Chủ tịch Ủy ban nhân dân huyện Sìn Hồ",
        ),
    ],
)
def test_persons_district_title_takes_the_one_district_named(text: str, title: str) -> None:
    assert positions(record_of(text))["Lê Văn Tám"] == [title]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Các ông, bà: Trần Văn Đông, Bùi Văn Quang, Lê Thị Minh giữ chức Phó Bí thư Tỉnh ủy.",
            {n: ["Phó Bí thư Tỉnh ủy"] for n in ("Trần Văn Đông", "Bùi Văn Quang", "Lê Thị Minh")},
        ),
        (
            "Các Phó Chủ tịch UBND tỉnh nhiệm kỳ này, gồm ông Mai Văn Hùng, Lê Anh Tuấn và "
            "Lê Thị Hoa.",
            {
                n: ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]
                for n in ("Mai Văn Hùng", "Lê Anh Tuấn", "Lê Thị Hoa")
            },
        ),
        # The label is each listed person's beside a narrower own title, of this term or
        # an earlier one (four annotated sets of five read it so).
        (
            "Các Phó Bí thư Tỉnh ủy gồm: ông Lê Văn Tám, Phó Bí thư Thường trực Tỉnh ủy; "
            "ông Trần Văn Hai, Chủ tịch UBND tỉnh.",
            {
                "Lê Văn Tám": ["Phó Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy"],
                "Trần Văn Hai": ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"],
            },
        ),
        (
            "Hai Phó Bí thư Tỉnh ủy khóa XX gồm: bà Lê Thị Hoa, Phó Bí thư Thường trực Tỉnh ủy "
            "khóa XIX và ông Trần Văn Hai.",
            {
                "Lê Thị Hoa": ["Phó Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy"],
                "Trần Văn Hai": ["Phó Bí thư Tỉnh ủy"],
            },
        ),
        # A deputies' group of a constituency: each member is a deputy
        (
            "Tổ ĐBQH đơn vị số 2 gồm các đại biểu: Lê Văn Ba, Phó trưởng đoàn chuyên trách Đoàn "
            "ĐBQH tỉnh; Hà Văn Bảy, Ủy viên chuyên trách Ủy ban Khoa học, công nghệ và môi trường"
            " của Quốc hội.",
            {
                "Lê Văn Ba": [
                    "Đại biểu Quốc hội",
                    "Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh",
                ],
                "Hà Văn Bảy": [
                    "Đại biểu Quốc hội",
                    "Ủy viên chuyên trách Ủy ban Khoa học, công nghệ và môi trường của Quốc hội",
                ],
            },
        ),
        # A group label of two titles gives each
        (
            "Các đồng chí Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội: Thượng tướng Lê Văn "
            "Ba, Hà Văn Bảy dự.",
            {
                n: ["Ủy viên Ban Chấp hành Trung ương Đảng", "Phó Chủ tịch Quốc hội"]
                for n in ("Lê Văn Ba", "Hà Văn Bảy")
            },
        ),
        # "Phó Bí thư gồm các anh chị/đồng chí: …" after the secretary is named: the
        # deputies of that secretary's committee; the secretary is not one of them
        (
            "Hội nghị bầu đồng chí Lê Văn Ba giữ chức Bí thư Huyện ủy Mường Tè; Phó Bí thư gồm"
            " các đồng chí: Hà Văn Hai, Lò Văn Tư. Anh Trần Văn Năm giữ chức Bí thư Tỉnh Đoàn;"
            " Phó Bí thư gồm các anh chị: Lê Thị Sáu, Phan Văn Bảy.",
            {
                "Lê Văn Ba": ["Bí thư Huyện ủy Mường Tè"],
                "Hà Văn Hai": ["Phó Bí thư Huyện ủy Mường Tè"],
                "Lò Văn Tư": ["Phó Bí thư Huyện ủy Mường Tè"],
                "Trần Văn Năm": ["Bí thư Tỉnh Đoàn"],
                "Lê Thị Sáu": ["Phó Bí thư Tỉnh Đoàn"],
                "Phan Văn Bảy": ["Phó Bí thư Tỉnh Đoàn"],
            },
        ),
        # "Title - Name, Title - Name" (captions, lists)
        (
            "Bí thư Tỉnh ủy - Trần Văn Lâu, Bí thư Trung ương Đoàn - Nguyễn Duy Trang chúc mừng.",
            {
                "Trần Văn Lâu": ["Bí thư Tỉnh ủy"],
                "Nguyễn Duy Trang": ["Bí thư Trung ương Đoàn"],
            },
        ),
        # "bãi nhiệm X đối với ông A; Y đối với bà B"; a reason clause before "giữ chức"; a
        # labelled list's name needs no known family name
        (
            "HĐND tỉnh bãi nhiệm chức vụ Chủ tịch HĐND tỉnh đối với ông Võ Văn Việt; Chủ tịch "
            "UBND tỉnh đối với bà Lê Thị Thủy. Kỳ họp miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh"
            " đối với ông Phạm Văn Sơn, do được Ban Bí thư điều động, chỉ định giữ chức Phó Bí "
            "thư Tỉnh ủy Bắc Ninh. Các đại biểu đã bầu các Ủy viên UBND tỉnh, gồm các ông: Lò "
            "Văn Tiến; Sèn Chỉn Ly.",
            {
                "Võ Văn Việt": ["Chủ tịch Hội đồng nhân dân tỉnh"],
                "Lê Thị Thủy": ["Chủ tịch Ủy ban nhân dân tỉnh"],
                "Phạm Văn Sơn": ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Phó Bí thư Tỉnh ủy"],
                "Lò Văn Tiến": ["Ủy viên Ủy ban nhân dân tỉnh"],
                "Sèn Chỉn Ly": ["Ủy viên Ủy ban nhân dân tỉnh"],
            },
        ),
        # A one-word name of a Central Highlands people opens a list as a full name does
        (
            "Các ông: K’Mak và Nguyễn Văn Triệu được bầu làm Phó Chủ tịch HĐND tỉnh.",
            {n: ["Phó Chủ tịch Hội đồng nhân dân tỉnh"] for n in ("K’Mak", "Nguyễn Văn Triệu")},
        ),
        # "đối với" people whose titles come before their names
        (
            "HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với Phó Bí thư Tỉnh ủy Lê "
            "Văn Lĩnh và Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hà Văn Thắng; miễn nhiệm Ủy viên UBND "
            "tỉnh đối với Trưởng Ban Dân vận Tỉnh ủy Bùi Văn Hoàn, Giám đốc Sở Y tế Lò Văn Hùng.",
            {
                "Lê Văn Lĩnh": ["Phó Bí thư Tỉnh ủy", "Phó Chủ tịch Ủy ban nhân dân tỉnh"],
                "Hà Văn Thắng": [
                    "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
                    "Phó Chủ tịch Ủy ban nhân dân tỉnh",
                ],
                "Bùi Văn Hoàn": ["Trưởng Ban Dân vận Tỉnh ủy", "Ủy viên Ủy ban nhân dân tỉnh"],
                "Lò Văn Hùng": ["Giám đốc Sở Y tế", "Ủy viên Ủy ban nhân dân tỉnh"],
            },
        ),
        # a comma before "đối với"
        (
            "Kỳ họp bầu bổ sung Ủy viên UBND tỉnh nhiệm kỳ 2016-2021, đối với ông Lê Văn Bắc, "
            "Giám đốc Sở Giao thông vận tải.",
            {
                "Lê Văn Bắc": [
                    "Ủy viên Ủy ban nhân dân tỉnh",
                    "Giám đốc Sở Giao thông vận tải",
                ]
            },
        ),
        # "phê chuẩn kết quả bầu các X … đối với: ông A, ông B"
        (
            "Thủ tướng phê chuẩn kết quả bầu các Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021 "
            "đối với: ông Lê Văn Tám, bà Hà Thị Hoa.",
            {n: ["Phó Chủ tịch Ủy ban nhân dân tỉnh"] for n in ("Lê Văn Tám", "Hà Thị Hoa")},
        ),
        (
            "Bà Đặng Thị Em và ông Phạm Vũ Hồng lần lượt trúng cử chức danh Chủ tịch HĐND và "
            "Chủ tịch UBND tỉnh.",
            {
                "Đặng Thị Em": ["Chủ tịch Hội đồng nhân dân tỉnh"],
                "Phạm Vũ Hồng": ["Chủ tịch Ủy ban nhân dân tỉnh"],
            },
        ),
        # a rank printed after the first name does not end the list the post is given to
        (
            "Thủ tướng phê chuẩn kết quả bầu bổ sung chức danh Ủy viên UBND tỉnh nhiệm kỳ"
            " 2021 - 2026 đối với ông Lò Văn Hai, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự"
            " tỉnh; ông Hà Văn Ba, Giám đốc Sở Tài chính.",
            {
                "Lò Văn Hai": [
                    "Ủy viên Ủy ban nhân dân tỉnh",
                    "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
                ],
                "Hà Văn Ba": ["Ủy viên Ủy ban nhân dân tỉnh", "Giám đốc Sở Tài chính"],
            },
        ),
        # a plural title right before the names is each one's, up to a name with its own
        (
            "Các Phó Chủ tịch HĐND tỉnh Lò Văn Hai, Hà Văn Ba đồng chủ trì kỳ họp.",
            {n: ["Phó Chủ tịch Hội đồng nhân dân tỉnh"] for n in ("Lò Văn Hai", "Hà Văn Ba")},
        ),
        (
            "Dự có các Phó Chủ tịch UBND tỉnh Lò Văn Hai, Hà Văn Ba và Vi Văn Năm; Giám đốc"
            " Sở Tài chính Lê Văn Sáu.",
            {
                **{
                    n: ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]
                    for n in ("Lò Văn Hai", "Hà Văn Ba", "Vi Văn Năm")
                },
                "Lê Văn Sáu": ["Giám đốc Sở Tài chính"],
            },
        ),
        (
            "Các Phó Chủ tịch UBND tỉnh Lò Văn Hai, Giám đốc Sở Tài chính Hà Văn Ba dự.",
            {
                "Lò Văn Hai": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
                "Hà Văn Ba": ["Giám đốc Sở Tài chính"],
            },
        ),
        # without "các" the title is one person's
        (
            "Phó Chủ tịch UBND tỉnh Lò Văn Hai, ông Hà Văn Ba, Giám đốc Sở Tài chính dự.",
            {
                "Lò Văn Hai": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
                "Hà Văn Ba": ["Giám đốc Sở Tài chính"],
            },
        ),
    ],
)
def test_persons_lists_give_each_name_its_title(text: str, expected: dict[str, list[str]]) -> None:
    assert positions(record_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A term inside a title goes to terms; "mới" (a merged province) and a glued photo
        # caption are not part of it; "không" ends it.
        (
            "Ông Lê Văn Tám, Trưởng Đoàn ĐBQH khóa XV tỉnh phát biểu.",
            "Trưởng Đoàn đại biểu Quốc hội tỉnh",
        ),
        (
            "Ông Lê Văn Tám, Viện trưởng Viện Kiểm sát nhân dân tỉnh mới.",
            "Viện trưởng Viện Kiểm sát nhân dân tỉnh",
        ),
        ("Ông Lê Văn Tám, Bí thư Tỉnh ủy Ninh Bình ẢNH: T.N", "Bí thư Tỉnh ủy"),
        ("Ông Lê Văn Tám, Phó Bí thư Tỉnh ủy không chỉ dự mà còn phát biểu.", "Phó Bí thư Tỉnh ủy"),
    ],
)
def test_persons_title_ends_before_what_is_not_a_title(text: str, title: str) -> None:
    assert positions(record_of(text))["Lê Văn Tám"] == [title]


def test_persons_a_surname_opening_an_organ_name_is_not_a_person() -> None:
    record = record_of(
        "Ông Đoàn Đại Nghĩa, Bí thư Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh phát biểu."
    )
    assert positions(record) == {
        "Đoàn Đại Nghĩa": ["Bí thư Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"]
    }


def test_persons_titles_before_names_stay_with_the_name_that_follows() -> None:
    record = record_of(
        "Dự có các đồng chí: Phó Thủ tướng Chính phủ Lê Văn Hà, Phó Thủ tướng Chính phủ - "
        "Bộ trưởng Bộ Tư pháp Trần Văn Long."
    )
    assert positions(record) == {
        "Lê Văn Hà": ["Phó Thủ tướng Chính phủ"],
        "Trần Văn Long": ["Phó Thủ tướng Chính phủ", "Bộ trưởng Bộ Tư pháp"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A birth year in parentheses between the name and its titles.
        (
            "Ông Hoàng Văn Tư (SN 1964), Phó Bí thư Tỉnh ủy được bầu giữ chức Chủ tịch UBND tỉnh.",
            {"Hoàng Văn Tư": ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"]},
        ),
        # Titles after "là"; "Kỳ" inside a name.
        (
            "Trước khi được bầu, ông Hồ Kỳ Nam là Tỉnh ủy viên, Phó Trưởng Ban Tổ chức Tỉnh ủy.",
            {
                "Hồ Kỳ Nam": [
                    "Ủy viên Ban Chấp hành Đảng bộ tỉnh",
                    "Phó Trưởng Ban Tổ chức Tỉnh ủy",
                ]
            },
        ),
        # A birth date before the titles; "Đoàn Kiểm tra" is an organ, not a person.
        (
            "Ông Hồ Văn Minh, sinh ngày 1/5/1971, Bí thư Quận ủy Cẩm Lệ phát biểu. Chủ tịch "
            "Quốc hội Trần Văn Mẫn, Trưởng Đoàn Kiểm tra số 19 của Bộ Chính trị chủ trì.",
            {
                "Hồ Văn Minh": ["Bí thư Quận ủy Cẩm Lệ"],
                "Trần Văn Mẫn": [
                    "Chủ tịch Quốc hội",
                    "Trưởng Đoàn Kiểm tra số 19 của Bộ Chính trị",
                ],
            },
        ),
        # A district's committee printed bare takes the place a later title names after it;
        # a body's task ("Thành ủy về …") is no place.
        (
            "Ông Hà Văn Bình - Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo Huyện ủy "
            "Châu Thành A phát biểu. Bà Lê Thị Nga, Phó Bí thư Thành ủy, Trưởng Ban Chỉ đạo "
            "của Thành ủy về chuyển đổi số dự. Ông Lý Văn Tư, Bí thư Huyện ủy Phụng Hiệp dự.",
            {
                "Lý Văn Tư": ["Bí thư Huyện ủy Phụng Hiệp"],
                "Hà Văn Bình": [
                    "Ủy viên Ban Thường vụ Huyện ủy Châu Thành A",
                    "Trưởng Ban Tuyên giáo Huyện ủy Châu Thành A",
                ],
                "Lê Thị Nga": [
                    "Phó Bí thư Thành ủy",
                    "Trưởng Ban Chỉ đạo của Thành ủy về chuyển đổi số",
                ],
            },
        ),
        # A term in parentheses inside the chain.
        (
            "Ông Phan Văn Cường - Bí thư Tỉnh ủy (khóa XXI), Chủ tịch HĐND tỉnh phát biểu.",
            {"Phan Văn Cường": ["Bí thư Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"]},
        ),
        # "vừa đắc cử", "vừa được <a long body> bầu làm".
        (
            "HĐND tỉnh bầu ông Lê Văn Khang làm Chủ tịch UBND tỉnh, thay ông Trần Thế Ngà, "
            "nguyên Chủ tịch UBND tỉnh, vừa đắc cử Bí thư Tỉnh ủy. Ông Đoàn Văn Phong vừa được "
            "Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX bầu làm Bí thư Tỉnh ủy.",
            {
                "Lê Văn Khang": ["Chủ tịch Ủy ban nhân dân tỉnh"],
                "Trần Thế Ngà": ["Chủ tịch Ủy ban nhân dân tỉnh", "Bí thư Tỉnh ủy"],
                "Đoàn Văn Phong": ["Bí thư Tỉnh ủy"],
            },
        ),
        # "thôi làm nhiệm vụ X và miễn nhiệm chức vụ Y"; "để đảm nhiệm chức vụ Z".
        (
            "Tờ trình về việc đồng chí Nguyễn Văn Phi thôi làm nhiệm vụ đại biểu HĐND tỉnh và "
            "miễn nhiệm chức vụ Chủ tịch UBND tỉnh. Kỳ họp miễn nhiệm chức vụ Phó Chủ tịch UBND "
            "tỉnh với đồng chí Lê Thế Trường để đảm nhiệm chức vụ Phó Bí thư Tỉnh ủy.",
            {
                "Nguyễn Văn Phi": [
                    "Đại biểu Hội đồng nhân dân tỉnh",
                    "Chủ tịch Ủy ban nhân dân tỉnh",
                ],
                "Lê Thế Trường": ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Phó Bí thư Tỉnh ủy"],
            },
        ),
        # "thôi tham gia …, thôi giữ chức X để nhận công tác mới, giữ chức Y"; a head of
        # a deputy inspector general; "A, X là Y".
        (
            "Đồng chí Trịnh Văn Hùng thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi giữ chức "
            "Bí thư Tỉnh ủy để nhận công tác mới, giữ chức Thứ trưởng Thường trực Bộ Nông nghiệp"
            " và Môi trường. Đồng chí Dương Văn Huy, Phó Tổng Thanh tra Chính phủ giữ chức Bí thư"
            " Tỉnh ủy. Kết quả bầu cử bổ sung ông Nguyễn Văn Trình, Phó Bí thư Tỉnh ủy là Chủ "
            "tịch UBND tỉnh.",
            {
                "Trịnh Văn Hùng": [
                    "Bí thư Tỉnh ủy",
                    "Thứ trưởng Thường trực Bộ Nông nghiệp và Môi trường",
                ],
                "Dương Văn Huy": ["Phó Tổng Thanh tra Chính phủ", "Bí thư Tỉnh ủy"],
                "Nguyễn Văn Trình": ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"],
            },
        ),
        # An age with a degree before the titles; "sau khi đồng chí được … chỉ định giữ chức X
        # và được … bầu giữ chức Y"; "thay mặt Thủ tướng, Phó Thủ tướng A"; a verb of
        # discipline ends a title.
        (
            "Ông Đinh Văn Đính (48 tuổi, thạc sĩ kinh tế) - nguyên Vụ trưởng Vụ Tổ chức cán bộ "
            "phát biểu. HĐND thành phố miễn nhiệm chức vụ Chủ tịch UBND thành phố đối với đồng "
            "chí Phan Văn Định sau khi đồng chí được Ban Bí thư chỉ định giữ chức Phó Bí thư "
            "Tỉnh ủy và được HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh. Thay mặt Thủ tướng, Phó "
            "Thủ tướng Trần Văn Quang ký quyết định. Ban Bí thư thi hành kỷ luật ông Lê Văn "
            "Phương, Phó Bí thư Tỉnh ủy.",
            {
                "Đinh Văn Đính": ["Vụ trưởng Vụ Tổ chức cán bộ"],
                "Phan Văn Định": [
                    "Chủ tịch Ủy ban nhân dân thành phố",
                    "Phó Bí thư Tỉnh ủy",
                    "Chủ tịch Ủy ban nhân dân tỉnh",
                ],
                "Trần Văn Quang": ["Phó Thủ tướng Chính phủ"],
                "Lê Văn Phương": ["Phó Bí thư Tỉnh ủy"],
            },
        ),
        # Two periods before "đối với"; a list after "đối với các ông:".
        (
            "Miễn nhiệm chức danh Chủ tịch UBND tỉnh khóa V, nhiệm kỳ 2011-2016 đối với ông Trần "
            "Văn Sanh. Miễn nhiệm chức danh Ủy viên UBND tỉnh đối với các ông: Hà Văn Hải, nguyên"
            " Giám đốc Sở Y tế; Lý Văn Hùng, nguyên Giám đốc Sở Tư pháp do nghỉ hưu.",
            {
                "Trần Văn Sanh": ["Chủ tịch Ủy ban nhân dân tỉnh"],
                "Hà Văn Hải": ["Ủy viên Ủy ban nhân dân tỉnh", "Giám đốc Sở Y tế"],
                "Lý Văn Hùng": ["Ủy viên Ủy ban nhân dân tỉnh", "Giám đốc Sở Tư pháp"],
            },
        ),
    ],
)
def test_persons_asides_terms_and_verbs_around_a_chain(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert positions(record_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare head after "làm" takes the body the sentence named before the person.
        (
            "Ủy ban Kiểm tra Tỉnh ủy khóa mới gồm 13 thành viên, bà Lường Thị Vân làm Chủ nhiệm.",
            {"Lường Thị Vân": ["Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"]},
        ),
        # A Hmong given name that is also a word ("Của"); the post given to a list goes to
        # every listed person, beside a narrower own title (five annotated sets of six).
        (
            "Hội nghị bầu ông Lò Minh Hùng, Phó Bí thư Thường trực Tỉnh ủy; ông Chá A Của, "
            "Phó Chủ tịch HĐND tỉnh, giữ chức Phó Bí thư Tỉnh ủy.",
            {
                "Lò Minh Hùng": ["Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Tỉnh ủy"],
                "Chá A Của": ["Phó Chủ tịch Hội đồng nhân dân tỉnh", "Phó Bí thư Tỉnh ủy"],
            },
        ),
        # "cũng được bầu làm", two verbs joined by "và", a title right after the verb.
        (
            "Ông Đỗ Văn Lâm cũng được bầu làm Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2011-2016. "
            "Bà Mai Thị Hạnh, Bí thư Huyện ủy, được tiếp nhận và bổ nhiệm làm Giám đốc Sở Y tế. "
            "Ông Trịnh Văn An được bầu Chủ tịch HĐND tỉnh.",
            {
                "Đỗ Văn Lâm": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
                "Mai Thị Hạnh": ["Bí thư Huyện ủy", "Giám đốc Sở Y tế"],
                "Trịnh Văn An": ["Chủ tịch Hội đồng nhân dân tỉnh"],
            },
        ),
        # "bầu vào chức danh thành viên UBND": a people's committee member is its Ủy viên;
        # the one replaced was one too.
        (
            "Ông Lê Văn Tư, Chánh Văn phòng Tỉnh ủy, được bầu vào chức danh thành viên Ủy ban "
            "nhân dân tỉnh thay cho ông Hà Văn Sáu, Giám đốc Sở Tư pháp.",
            {
                "Lê Văn Tư": ["Chánh Văn phòng Tỉnh ủy", "Ủy viên Ủy ban nhân dân tỉnh"],
                "Hà Văn Sáu": ["Giám đốc Sở Tư pháp", "Ủy viên Ủy ban nhân dân tỉnh"],
            },
        ),
        # "bầu bổ sung X đối với ông A – …, bà B – …", "cho thôi làm nhiệm vụ X đối với":
        # every person listed after "đối với" holds X.
        (
            "HĐND tỉnh bầu bổ sung thành viên UBND tỉnh khóa X đối với ông Vũ Văn Hải – Giám "
            "đốc Công an tỉnh, bà Đinh Thị Lan – Giám đốc Sở Nội vụ; cho thôi làm nhiệm vụ Ủy "
            "viên UBND tỉnh đối với ông Lâm Văn Ba - nguyên Chỉ huy trưởng Bộ CHQS tỉnh.",
            {
                "Vũ Văn Hải": ["Ủy viên Ủy ban nhân dân tỉnh", "Giám đốc Công an tỉnh"],
                "Đinh Thị Lan": ["Ủy viên Ủy ban nhân dân tỉnh", "Giám đốc Sở Nội vụ"],
                "Lâm Văn Ba": [
                    "Ủy viên Ủy ban nhân dân tỉnh",
                    "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
                ],
            },
        ),
        # A list after "đối với" goes on past ";"; a capital "Ông" there opens a clause.
        (
            "Thủ tướng phê chuẩn việc miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Hồ "
            "Văn Tới, nguyên Giám đốc Sở Y tế; ông Lương Văn Bảy, nguyên Giám đốc Sở Tư pháp.",
            {
                "Hồ Văn Tới": ["Ủy viên Ủy ban nhân dân tỉnh", "Giám đốc Sở Y tế"],
                "Lương Văn Bảy": ["Ủy viên Ủy ban nhân dân tỉnh", "Giám đốc Sở Tư pháp"],
            },
        ),
        (
            "HĐND tỉnh bầu chức danh Chủ tịch HĐND tỉnh đối với ông Hồ Văn Tới, Phó Bí thư "
            "Tỉnh ủy; Ông Lương Văn Bảy - Giám đốc Sở Tư pháp được bầu làm Chủ tịch UBND tỉnh.",
            {
                "Hồ Văn Tới": ["Chủ tịch Hội đồng nhân dân tỉnh", "Phó Bí thư Tỉnh ủy"],
                "Lương Văn Bảy": ["Giám đốc Sở Tư pháp", "Chủ tịch Ủy ban nhân dân tỉnh"],
            },
        ),
        # "miễn nhiệm X đối với" with no "chức vụ"; a nominee ("giới thiệu nhân sự bầu bổ
        # sung X đối với") is not given X.
        (
            "HĐND tỉnh miễn nhiệm phó chủ tịch UBND tỉnh đối với ông Lê Văn Quế, nghỉ hưu; "
            "giới thiệu nhân sự bầu bổ sung Ủy viên UBND tỉnh đối với bà Trần Thị Cúc, Giám "
            "đốc Sở Y tế.",
            {
                "Lê Văn Quế": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
                "Trần Thị Cúc": ["Giám đốc Sở Y tế"],
            },
        ),
        # The title written last before "đối với"; a reason in parentheses between two
        # people given one post.
        (
            "Kỳ họp đồng ý miễn nhiệm và thông qua Nghị quyết xác nhận kết quả miễn nhiệm chức "
            "danh Chủ tịch UBND tỉnh khóa V, nhiệm kỳ 2011-2016 đối với ông Trần Văn Sanh./. "
            "Miễn nhiệm chức danh Phó chủ tịch thường trực UBND tỉnh đối với ông Lê Văn Chiến "
            "(nghỉ hưu) và bà Lâm Thị Sang (chuyển công tác).",
            {
                "Trần Văn Sanh": ["Chủ tịch Ủy ban nhân dân tỉnh"],
                "Lê Văn Chiến": ["Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh"],
                "Lâm Thị Sang": ["Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh"],
            },
        ),
        # Several posts, each with its period, before one person.
        (
            "Thủ tướng thi hành kỷ luật xóa tư cách chức vụ chủ tịch UBND tỉnh giai đoạn 2014 - "
            "2015, phó chủ tịch UBND tỉnh giai đoạn 2011 - 2013 đối với ông Lý Văn Hưởng.",
            {
                "Lý Văn Hưởng": [
                    "Chủ tịch Ủy ban nhân dân tỉnh",
                    "Phó Chủ tịch Ủy ban nhân dân tỉnh",
                ]
            },
        ),
        # A reason or a birth year between two people given one post after "đối với".
        (
            "Miễn nhiệm phó chủ tịch UBND tỉnh đối với ông Trần Văn Nhất (SN 1955) nghỉ hưu "
            "theo chế độ và ông Lê Văn Ẩn (SN 1958); miễn nhiệm Ủy viên UBND tỉnh đối với ông "
            "Hà Văn Giang, nguyên Giám đốc Sở Y tế, nghỉ hưu theo quy định; ông Lý Văn Linh, "
            "nguyên Giám đốc Sở Nội vụ.",
            {
                "Trần Văn Nhất": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
                "Lê Văn Ẩn": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
                "Hà Văn Giang": ["Ủy viên Ủy ban nhân dân tỉnh", "Giám đốc Sở Y tế"],
                "Lý Văn Linh": ["Ủy viên Ủy ban nhân dân tỉnh", "Giám đốc Sở Nội vụ"],
            },
        ),
        # "bầu bổ sung chức vụ X … đối với": the words before the title are not part of it.
        (
            "Thủ tướng phê chuẩn kết quả bầu bổ sung chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ "
            "2021 - 2026 đối với ông Tạ Văn Hòa, Tỉnh ủy viên, Bí thư Huyện ủy.",
            {
                "Tạ Văn Hòa": [
                    "Phó Chủ tịch Ủy ban nhân dân tỉnh",
                    "Ủy viên Ban Chấp hành Đảng bộ tỉnh",
                    "Bí thư Huyện ủy",
                ],
            },
        ),
    ],
)
def test_persons_posts_given_after_the_name(text: str, expected: dict[str, list[str]]) -> None:
    assert positions(record_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Dự có Phó Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội Lê Văn Tám.",
            "Phó Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội",
        ),
        ("Dự có Phó Chủ tịch Hội LHPN tỉnh Lê Văn Tám.", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
    ],
)
def test_persons_organ_names_from_the_gazetteer(text: str, title: str) -> None:
    assert positions(record_of(text))["Lê Văn Tám"] == [title]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A province's city keeps its name: "Thành ủy Hòa Bình" is the city's committee.
        ("Ông Ngô Văn Đức, Bí thư Thành ủy Hòa Bình phát biểu.", ["Bí thư Thành ủy Hòa Bình"]),
        ("Ông Ngô Văn Đức, Bí thư Thành ủy Hà Nội phát biểu.", ["Bí thư Thành ủy"]),
        # The place written once at the end of a chain is the bare committee's too.
        (
            "Ông Ngô Văn Đức, Bí thư Thành ủy, Chủ tịch HĐND TP Bạc Liêu phát biểu.",
            ["Bí thư Thành ủy Bạc Liêu", "Chủ tịch Hội đồng nhân dân thành phố Bạc Liêu"],
        ),
        # The same person's title elsewhere gives the place; a later head is read when an
        # earlier one has a verb between it and the name.
        (
            "Ban Bí thư thi hành kỷ luật đối với nguyên Bí thư Thành ủy Hòa Bình Ngô Văn Đức. "
            "Ông Ngô Văn Đức, nguyên Bí thư Thành ủy, có nhiều vi phạm.",
            ["Bí thư Thành ủy Hòa Bình"],
        ),
    ],
)
def test_persons_a_province_s_city_keeps_its_name(text: str, expected: list[str]) -> None:
    assert positions(record_of(text))["Ngô Văn Đức"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one replaced held the post the other is given; "thôi giữ chức X để giữ chức
        # Y" gives both.
        (
            "Bộ Chính trị điều động ông Nguyễn Hải Nam, Ủy viên Trung ương Đảng, thôi giữ chức "
            "Phó Chánh Văn phòng Trung ương Đảng để giữ chức Bí thư Tỉnh ủy thay ông Lê Khắc Định.",
            {
                "Nguyễn Hải Nam": [
                    "Ủy viên Ban Chấp hành Trung ương Đảng",
                    "Phó Chánh Văn phòng Trung ương Đảng",
                    "Bí thư Tỉnh ủy",
                ],
                "Lê Khắc Định": ["Bí thư Tỉnh ủy"],
            },
        ),
        (
            "Ông Hoàng Văn Khánh đảm nhiệm vị trí Bí thư Tỉnh ủy thay ông Hoàng Văn Nghiệm.",
            {"Hoàng Văn Khánh": ["Bí thư Tỉnh ủy"], "Hoàng Văn Nghiệm": ["Bí thư Tỉnh ủy"]},
        ),
        # Words glued to a title that are not part of it.
        (
            "Ông Nguyễn Văn Quyết tiếp tục giữ chức Bí thư Tỉnh ủy Tây Ninh 10/10/2025 13:10",
            {"Nguyễn Văn Quyết": ["Bí thư Tỉnh ủy"]},
        ),
        (
            "Ban Bí thư Trung ương chuẩn y ông Nguyễn Linh, Phó Chủ tịch UBND tỉnh.",
            {"Nguyễn Linh": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]},
        ),
        (
            "Đồng chí Phạm Minh Chính - Trưởng Ban Ban Tổ chức Trung ương phát biểu.",
            {"Phạm Minh Chính": ["Trưởng Ban Tổ chức Trung ương"]},
        ),
        # "Tỉnh Đoàn Tây Ninh" is the province's youth union, not a person "Đoàn Tây Ninh".
        (
            "Ông Lê Văn Tám, Bí thư Tỉnh Đoàn Tây Ninh phát biểu.",
            {"Lê Văn Tám": ["Bí thư Tỉnh Đoàn"]},
        ),
        # …while a given name that is a province's is still a person's.
        (
            "Ông Hà Hòa Bình, Ủy viên Ban Thường vụ Tỉnh ủy phát biểu.",
            {"Hà Hòa Bình": ["Ủy viên Ban Thường vụ Tỉnh ủy"]},
        ),
    ],
)
def test_persons_successions_and_title_ends(text: str, expected: dict[str, list[str]]) -> None:
    assert positions(record_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Bộ trưởng, Chủ nhiệm …": the minister-rank head of a ministerial-level body.
        (
            "Đồng chí Lò Văn Tư - Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc phát biểu.",
            ["Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"],
        ),
        (
            "Dự có Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Lò Văn Tư.",
            ["Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"],
        ),
    ],
)
def test_persons_a_minister_rank_head_is_one_title(text: str, expected: list[str]) -> None:
    assert positions(record_of(text)) == {"Lò Văn Tư": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chị Trần Thị Diễm, được tín nhiệm tái cử làm Bí thư Tỉnh Đoàn.",
            {"Trần Thị Diễm": ["Bí thư Tỉnh Đoàn"]},
        ),
        # A city after "thành phố" is no person "Phan Thiết".
        (
            "Ông Lê Văn Tám, Phó Chủ tịch UBND thành phố Phan Thiết phát biểu.",
            {"Lê Văn Tám": ["Phó Chủ tịch Ủy ban nhân dân thành phố Phan Thiết"]},
        ),
        (
            "Ông Lê Văn Tám, Ủy viên Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy; UVTV Tỉnh ủy, "
            "Trưởng ban Tổ chức Tỉnh ủy Hồ Viết Bá.",
            {
                "Lê Văn Tám": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"],
                "Hồ Viết Bá": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"],
            },
        ),
        (
            "Ông Lê Văn Tám, Trưởng Đoàn đại biểu Quốc hội đơn vị tỉnh Kiên Giang phát biểu.",
            {"Lê Văn Tám": ["Trưởng Đoàn đại biểu Quốc hội tỉnh"]},
        ),
    ],
)
def test_persons_provincial_shorthands(text: str, expected: dict[str, list[str]]) -> None:
    assert positions(record_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ông Lê Văn Tám, Giám đốc CA tỉnh phát biểu.", "Giám đốc Công an tỉnh"),
        (
            "Ông Lê Văn Tám, Giám đốc Sở Khoa học & Công nghệ phát biểu.",
            "Giám đốc Sở Khoa học và Công nghệ",
        ),
        (
            "Ông Lê Văn Tám, Phó Chủ tịch Thường trực Mặt trận Tổ quốc Việt Nam tỉnh phát biểu.",
            "Phó Chủ tịch Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        ),
        (
            "Kỳ họp bầu ông Lê Văn Tám giữ chức Giám đốc Sở Ngoại vụ theo Tờ trình của UBND.",
            "Giám đốc Sở Ngoại vụ",
        ),
    ],
)
def test_persons_organ_spellings(text: str, title: str) -> None:
    assert positions(record_of(text))["Lê Văn Tám"] == [title]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stop word inside an organ's name ("giao" in "Bộ Ngoại giao") is part of it.
        (
            "Thay mặt Bộ Chính trị, Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ, Bộ trưởng Bộ "
            "Ngoại giao Phạm Văn Minh dự và chỉ đạo Đại hội.",
            {
                "Phạm Văn Minh": [
                    "Ủy viên Bộ Chính trị",
                    "Phó Thủ tướng Chính phủ",
                    "Bộ trưởng Bộ Ngoại giao",
                ]
            },
        ),
        (
            "Bà Lê Thị Hà và ông Phạm Văn Đồng đã được bầu giữ chức Phó Chủ tịch HĐND tỉnh.",
            {
                "Lê Thị Hà": ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
                "Phạm Văn Đồng": ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
            },
        ),
    ],
)
def test_persons_posts_read_past_organ_words_and_tense(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert positions(record_of(text)) == expected


def test_persons_an_organ_of_and_its_parks_is_one_title() -> None:
    record = record_of(
        "Ông Nguyễn Tiến Hiệu, Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp "
        "được điều động giữ chức Giám đốc Sở Công Thương, thay ông Trần Anh Chung. Ông Lê Văn "
        "Tám, Bí thư Tỉnh ủy và các Phó Bí thư Tỉnh ủy dự."
    )
    assert positions(record) == {
        "Nguyễn Tiến Hiệu": [
            "Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp",
            "Giám đốc Sở Công Thương",
        ],
        "Trần Anh Chung": ["Giám đốc Sở Công Thương"],
        "Lê Văn Tám": ["Bí thư Tỉnh ủy"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Với 100% phiếu tán thành, ông Lò Văn Sáu được bầu là Phó Chủ tịch UBND tỉnh.",
            {"Lò Văn Sáu": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]},
        ),
        (
            "Kỳ họp bầu ông Lò Văn Sáu hiện giữ chức vụ Phó Bí thư Thường trực Tỉnh ủy.",
            {"Lò Văn Sáu": ["Phó Bí thư Thường trực Tỉnh ủy"]},
        ),
        (
            "Ông Lò Văn Sáu là nguyên Phó Giám đốc Sở Nội vụ.",
            {"Lò Văn Sáu": ["Phó Giám đốc Sở Nội vụ"]},
        ),
        # The one replaced holds the post given, after its term.
        (
            "Ông Lò Văn Sáu giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026, thay cho ông Hà Văn "
            "Bảy.",
            {
                "Lò Văn Sáu": ["Chủ tịch Ủy ban nhân dân tỉnh"],
                "Hà Văn Bảy": ["Chủ tịch Ủy ban nhân dân tỉnh"],
            },
        ),
        (
            "Ông Lò Văn Sáu, sinh năm 1970. Ông Sáu từng kinh qua các chức vụ Chánh Văn phòng "
            "Tỉnh ủy, Giám đốc Sở Tư pháp.",
            {"Lò Văn Sáu": ["Chánh Văn phòng Tỉnh ủy", "Giám đốc Sở Tư pháp"]},
        ),
        # "Bí thư <tỉnh>": the secretary of its party committee.
        ("Bí thư Quảng Nam Lò Văn Sáu dự.", {"Lò Văn Sáu": ["Bí thư Tỉnh ủy"]}),
        ("Tân Bí thư Đà Nẵng Lò Văn Sáu phát biểu.", {"Lò Văn Sáu": ["Bí thư Thành ủy"]}),
        (
            "Các Phó Bí thư Tỉnh ủy gồm: bà Hà Thị Tám (Phó Bí thư Thường trực), ông Lò Văn Sáu.",
            {
                "Hà Thị Tám": ["Phó Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy"],
                "Lò Văn Sáu": ["Phó Bí thư Tỉnh ủy"],
            },
        ),
        (
            "Lẵng hoa của Tổng Bí thư Ban Chấp hành Trung ương Đảng Lò Văn Sáu.",
            {"Lò Văn Sáu": ["Tổng Bí thư"]},
        ),
        (
            "Ông Lò Văn Sáu, Giám đốc Sở Văn hóa - Thể thao - Du lịch phát biểu.",
            {"Lò Văn Sáu": ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"]},
        ),
        (
            "Ông Lò Văn Sáu, Trưởng Ban Kinh tế – Ngân sách HĐND tỉnh phát biểu.",
            {"Lò Văn Sáu": ["Trưởng Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"]},
        ),
        (
            "Ông Lò Văn Sáu, Cụm trưởng Cụm Thi đua số 2, Chủ tịch Hội CCB tỉnh dự.",
            {"Lò Văn Sáu": ["Cụm trưởng Cụm Thi đua số 2", "Chủ tịch Hội Cựu chiến binh tỉnh"]},
        ),
        # "TP.HCM" after a committee is the city, never a district "T".
        (
            "Ông Lò Văn Sáu làm Ủy viên Ban Thường vụ Thành ủy TP.HCM; ông Hà Văn Bảy giữ chức "
            "Chánh thanh tra TP.HCM.",
            {
                "Lò Văn Sáu": ["Ủy viên Ban Thường vụ Thành ủy"],
                "Hà Văn Bảy": ["Chánh Thanh tra thành phố"],
            },
        ),
        # An abbreviation after an organ goes on ("… Quốc hội TP Hà Nội khóa XV, …").
        (
            "Bà Hà Thị Tám - Trưởng Đoàn đại biểu Quốc hội TP Hà Nội khóa XV, Bí thư Đảng ủy "
            "Bộ Tư lệnh Thủ đô - tiếp tục được bầu.",
            {
                "Hà Thị Tám": [
                    "Trưởng Đoàn đại biểu Quốc hội thành phố",
                    "Bí thư Đảng ủy Bộ Tư lệnh Thủ đô",
                ]
            },
        ),
        # Who appointed, and to which bodies, between the person and the post.
        (
            "Ông Lò Văn Sáu, Thứ trưởng Bộ Quốc phòng được Bộ Chính trị điều động, phân công, "
            "chỉ định tham gia Ban Chấp hành, Ban Thường vụ, giữ chức Bí thư Tỉnh ủy.",
            {"Lò Văn Sáu": ["Thứ trưởng Bộ Quốc phòng", "Bí thư Tỉnh ủy"]},
        ),
        # A photo credit after a caption's title.
        (
            "Ông Lò Văn Sáu được bầu làm Phó chủ tịch UBND TP.HCM ẢNH: T.H",
            {"Lò Văn Sáu": ["Phó Chủ tịch Ủy ban nhân dân thành phố"]},
        ),
        # One post given or taken from two people joined by "và".
        (
            "Kỳ họp bầu chức danh Phó Chủ tịch UBND tỉnh đối với ông Lò Văn Sáu, nguyên Bí thư "
            "Huyện ủy Mường Tè và bà Hà Thị Tám, nguyên Chánh Văn phòng UBND tỉnh.",
            {
                "Lò Văn Sáu": ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Bí thư Huyện ủy Mường Tè"],
                "Hà Thị Tám": [
                    "Phó Chủ tịch Ủy ban nhân dân tỉnh",
                    "Chánh Văn phòng Ủy ban nhân dân tỉnh",
                ],
            },
        ),
        (
            "HĐND miễn nhiệm chức danh Phó Chủ tịch HĐND tỉnh với ông Lò Văn Sáu và Trưởng Ban "
            "Dân tộc HĐND tỉnh với ông Hà Văn Bảy.",
            {
                "Lò Văn Sáu": ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
                "Hà Văn Bảy": ["Trưởng Ban Dân tộc Hội đồng nhân dân tỉnh"],
            },
        ),
        (
            "Ông Lò Văn Sáu và bà Hà Thị Tám tái đắc cử giữ chức Phó Chủ tịch HĐND tỉnh.",
            {
                "Lò Văn Sáu": ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
                "Hà Thị Tám": ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
            },
        ),
        (
            "Bầu chức danh Phó Chủ tịch UBND tỉnh đối với ông Lò Văn Sáu (54 tuổi, hiện giữ "
            "chức vụ GĐ Sở Y tế).",
            {"Lò Văn Sáu": ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Giám đốc Sở Y tế"]},
        ),
        # A province's dash spaced any way; abbreviations of courts and party bodies.
        (
            "Ông Lò Văn Sáu, Phó Chủ tịch UBND tỉnh Thừa Thiên- Huế phát biểu.",
            {"Lò Văn Sáu": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]},
        ),
        (
            "Ông Lò Văn Sáu, Viện trưởng Viện KSND quận 7 phát biểu.",
            {"Lò Văn Sáu": ["Viện trưởng Viện Kiểm sát nhân dân quận 7"]},
        ),
        (
            "Ông Lò Văn Sáu, Bí thư phường Bình Minh, dự. Bà Hà Thị Tám, Phó Chủ tịch UBND TP "
            "HCM dự.",
            {
                "Lò Văn Sáu": ["Bí thư Đảng ủy phường Bình Minh"],
                "Hà Thị Tám": ["Phó Chủ tịch Ủy ban nhân dân thành phố"],
            },
        ),
        (
            "Ông Lò Văn Sáu, Phó Bí thư Thường thực Tỉnh ủy, Bí thư Đảng ủy Khối cơ quan-doanh "
            "nghiệp tỉnh dự.",
            {
                "Lò Văn Sáu": [
                    "Phó Bí thư Thường trực Tỉnh ủy",
                    "Bí thư Đảng ủy Khối cơ quan - doanh nghiệp tỉnh",
                ]
            },
        ),
        # Two posts held together ("kiêm"): the first takes the second's organ if bare.
        (
            "Ông Lò Văn Sáu, Phó Chỉ huy trưởng kiêm Tham mưu trưởng Bộ CHQS tỉnh phát biểu.",
            {
                "Lò Văn Sáu": [
                    "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
                    "Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh",
                ]
            },
        ),
        (
            "Ông Lò Văn Sáu, Giám đốc Sở Nội vụ kiêm Trưởng Ban Thi đua - Khen thưởng tỉnh dự.",
            {"Lò Văn Sáu": ["Giám đốc Sở Nội vụ", "Trưởng Ban Thi đua - Khen thưởng tỉnh"]},
        ),
        # Bodies named bare in provincial news are the province's.
        (
            "Ông Lò Văn Sáu, Phó Chủ tịch Thường trực HĐND, Phó Trưởng ban Nội chính tỉnh, "
            "Phó Bí thư Thường trực Đảng ủy Quân sự dự.",
            {
                "Lò Văn Sáu": [
                    "Phó Chủ tịch Thường trực Hội đồng nhân dân tỉnh",
                    "Phó Trưởng Ban Nội chính Tỉnh ủy",
                    "Phó Bí thư Thường trực Đảng ủy Quân sự tỉnh",
                ]
            },
        ),
        # A term ends the titles before the post given.
        (
            "HĐND tỉnh bầu ông Lò Văn Sáu - Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ 2020 - "
            "2025 giữ chức Phó Chủ tịch UBND tỉnh.",
            {
                "Lò Văn Sáu": [
                    "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
                    "Phó Chủ tịch Ủy ban nhân dân tỉnh",
                ]
            },
        ),
        # Acting heads.
        (
            "Ông Lò Văn Sáu, Quyền Chủ tịch UBND huyện Mường Tè, Quyền Giám đốc Sở Y tế dự.",
            {
                "Lò Văn Sáu": [
                    "Quyền Chủ tịch Ủy ban nhân dân huyện Mường Tè",
                    "Quyền Giám đốc Sở Y tế",
                ]
            },
        ),
        # A caption's place in the photo between the name and the titles.
        (
            "Ông Lò Văn Sáu (thứ 2 từ trái) - Bí thư Tỉnh ủy tặng hoa.",
            {"Lò Văn Sáu": ["Bí thư Tỉnh ủy"]},
        ),
        # A delegation's head is a role for one event, not a post.
        (
            "Đoàn do bà Hà Thị Tám - Phó Chủ tịch Hội LHPNVN - làm Trưởng đoàn - dự Đại hội. "
            "Bà Lò Thị Chín, Trưởng đoàn, phát biểu.",
            {"Hà Thị Tám": ["Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam"], "Lò Thị Chín": []},
        ),
    ],
)
def test_persons_posts_in_the_ways_real_articles_write_them(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert positions(record_of(text)) == expected


def test_persons_a_title_after_hien_la() -> None:
    record = record_of("Kỳ họp bầu bổ sung ông Lê Văn Tám, hiện là Chánh văn phòng HĐND tỉnh.")
    assert positions(record) == {"Lê Văn Tám": ["Chánh Văn phòng Hội đồng nhân dân tỉnh"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A move: the title ends where the verb begins.
        (
            "Điều động ông Lê Văn Tư, Bí thư Huyện ủy Mường La đến công tác tại Huyện ủy Mai Sơn.",
            ["Bí thư Huyện ủy Mường La"],
        ),
        # An age and a hometown between the name and the title.
        (
            "Chỉ định ông Lê Văn Tư, 45 tuổi, quê huyện Yên Châu, Phó Trưởng ban Tuyên giáo"
            " Tỉnh ủy làm Bí thư Huyện ủy Mường La.",
            ["Phó Trưởng Ban Tuyên giáo Tỉnh ủy", "Bí thư Huyện ủy Mường La"],
        ),
        # A chairman of a place below the province is its people's committee's.
        (
            "Ông Lê Văn Tư từng là Phó chủ tịch huyện, Chủ tịch thị xã Mường Lay.",
            [
                "Phó Chủ tịch Ủy ban nhân dân huyện",
                "Chủ tịch Ủy ban nhân dân thị xã Mường Lay",
            ],
        ),
        # A chairman or secretary of a province named bare, by the province's old name.
        ("Ông Lê Văn Tư tái đắc cử chủ tịch Thừa Thiên - Huế.", ["Chủ tịch Ủy ban nhân dân tỉnh"]),
        ("Ông Lê Văn Tư, Bí thư Thừa Thiên Huế, phát biểu.", ["Bí thư Tỉnh ủy"]),
    ],
)
def test_persons_titles_from_moves_asides_and_bare_places(text: str, expected: list[str]) -> None:
    assert positions(record_of(text, published="2016-04-20")) == {"Lê Văn Tư": expected}


def test_persons_a_deputy_secretaries_label_in_a_central_city_is_its_city_committee_s() -> None:
    text = (
        "Ngày 1/11/2020, Đại hội Đảng bộ thành phố Hà Nội bế mạc. Ban Thường vụ Thành ủy đã"
        " bầu 2 Phó Bí thư gồm: đồng chí Lê Văn Tư, đồng chí Hà Thị Lan."
    )
    assert positions(record_of(text)) == {
        "Lê Văn Tư": ["Phó Bí thư Thành ủy"],
        "Hà Thị Lan": ["Phó Bí thư Thành ủy"],
    }


@pytest.mark.parametrize(
    "text",
    [
        # "tân": the person has just taken the title.
        "Ông Lê Văn Tư - Tân Chủ tịch HĐND tỉnh phát biểu tại kỳ họp.",
        "Ông Lê Văn Tư, tân Chủ tịch HĐND tỉnh phát biểu tại kỳ họp.",
        # A misprint of HĐND.
        "Ông Lê Văn Tư, Chủ tịch HĐNĐ tỉnh phát biểu tại kỳ họp.",
    ],
)
def test_persons_a_new_holder_and_a_misprinted_council(text: str) -> None:
    assert positions(record_of(text)) == {"Lê Văn Tư": ["Chủ tịch Hội đồng nhân dân tỉnh"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Moved, then appointed: "đến công tác" sits between the verbs.
        (
            "Ông Lê Văn Tư (Tỉnh ủy viên, Bí thư Huyện ủy Mường La) được điều động đến công tác"
            " và bổ nhiệm giữ chức vụ Giám đốc Sở Kế hoạch và Đầu tư.",
            [
                "Ủy viên Ban Chấp hành Đảng bộ tỉnh",
                "Bí thư Huyện ủy Mường La",
                "Giám đốc Sở Kế hoạch và Đầu tư",
            ],
        ),
        # Several posts given at once; a bare head shares the next one's organ.
        (
            "Đại tá Lê Văn Tư được bổ nhiệm giữ chức vụ Phó Tư lệnh, Tham mưu trưởng Quân khu 2.",
            ["Phó Tư lệnh Quân khu 2", "Tham mưu trưởng Quân khu 2"],
        ),
        # The post a move gives, after the person's titles.
        (
            "Bộ Chính trị quyết định thôi giữ chức Bí thư Tỉnh ủy của ông Lê Văn Tư, Bí thư Tỉnh"
            " ủy để điều động và phân công nhiệm vụ giữ chức Phó Trưởng ban Tuyên giáo Trung ương.",
            ["Bí thư Tỉnh ủy", "Phó Trưởng Ban Tuyên giáo Trung ương"],
        ),
        # A career without a colon; "các khóa" ends a title.
        (
            "Ông Lê Văn Tư từng trải qua các vị trí Bí thư Huyện ủy Mường La; Đại biểu Quốc hội"
            " các khóa XIII, XIV.",
            ["Bí thư Huyện ủy Mường La", "Đại biểu Quốc hội"],
        ),
        # A unit's commander; where the unit belongs is no part of the title.
        (
            "Đại tá Lê Văn Tư - Sư đoàn trưởng Sư đoàn 316 thuộc Quân khu 2 phát biểu.",
            ["Sư đoàn trưởng Sư đoàn 316"],
        ),
        # A national body printed whole; a state auditor needs no organ; "vì" ends a title.
        (
            "Ông Lê Văn Tư, Ủy viên Ủy ban về các vấn đề xã hội của Quốc hội, Phó Tổng Kiểm"
            " toán Nhà nước vì đã vi phạm bị kỷ luật.",
            [
                "Ủy viên Ủy ban về các vấn đề xã hội của Quốc hội",
                "Phó Tổng Kiểm toán Nhà nước",
            ],
        ),
        # A standing deputy of a province, and a numbered district's committee.
        (
            "Thủ tướng giao quyền cho ông Lê Văn Tư, Phó chủ tịch thường trực tỉnh.",
            ["Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh"],
        ),
        (
            "Ông Lê Văn Tư, Phó Bí thư Quận ủy, Chủ tịch UBND Quận 12, phát biểu.",
            ["Phó Bí thư Quận ủy quận 12", "Chủ tịch Ủy ban nhân dân Quận 12"],
        ),
    ],
)
def test_persons_posts_given_by_moves_and_military_and_national_titles(
    text: str, expected: list[str]
) -> None:
    assert positions(record_of(text, published="2022-05-04")) == {"Lê Văn Tư": expected}


def test_persons_a_name_may_end_in_du() -> None:
    text = "Dự hội nghị có các đồng chí: Hoàng Nguyên Dự, Phó Bí thư Tỉnh ủy; Lê Văn Tư."
    assert "Hoàng Nguyên Dự" in positions(record_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "TT-Huế" is the province's name, not "Thường trực - Huế".
        ("Ông Lê Văn Tư tái đắc cử Bí thư Tỉnh ủy TT-Huế khóa 15.", ["Bí thư Tỉnh ủy"]),
        # A page's "Cập nhật" line is no town after a headline's "Thị xã".
        (
            "Thị xã: Họp phiên bất thường HĐND Thị xã\n\nCập nhật ngày: 28/08/2012\n"
            "Ông Lê Văn Tư, Bí thư Thị ủy phát biểu.",
            ["Bí thư Thị ủy"],
        ),
    ],
)
def test_persons_places_are_not_read_from_abbreviations_or_page_furniture(
    text: str, expected: list[str]
) -> None:
    assert positions(record_of(text))["Lê Văn Tư"] == expected


def test_persons_youth_union_and_front_titles_read_whole() -> None:
    text = (
        "Ban Chấp hành Tỉnh đoàn đã bầu bà Lê Thị Hoa, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội đồng"
        " Đội tỉnh, Trưởng Ban Dân vận Ủy ban MTTQ Việt Nam tỉnh, giữ chức vụ Bí thư Tỉnh đoàn."
    )
    assert positions(record_of(text))["Lê Thị Hoa"] == [
        "Phó Bí thư Tỉnh Đoàn",
        "Chủ tịch Hội đồng Đội tỉnh",
        "Trưởng Ban Dân vận Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Bí thư Tỉnh Đoàn",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TUV: a member of the provincial party committee.
        (
            "Bà Lê Thị Hoa - TUV, Phó Chủ tịch HĐND tỉnh phát biểu.",
            ["Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Phó Chủ tịch Hội đồng nhân dân tỉnh"],
        ),
        # A department's head, its organ after a comma.
        (
            "Bà Lê Thị Hoa, Trưởng Ban Công tác Phụ nữ, Ủy ban MTTQ Việt Nam tỉnh phát biểu.",
            ["Trưởng Ban Công tác Phụ nữ Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
        ),
    ],
)
def test_persons_abbreviated_membership_and_a_department_s_organ_after_a_comma(
    text: str, expected: list[str]
) -> None:
    assert positions(record_of(text))["Lê Thị Hoa"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The Standing Committee's board is named with "thuộc" and its parent.
        (
            "Bà Lê Thị Hoa, Trưởng Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội, phát biểu.",
            {"Lê Thị Hoa": ["Trưởng Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội"]},
        ),
        # "Ủy ban" printed twice before UBND.
        (
            "HĐND tỉnh chúc mừng ông Lê Văn Tư - tân Ủy viên Ủy ban UBND tỉnh.",
            {"Lê Văn Tư": ["Ủy viên Ủy ban nhân dân tỉnh"]},
        ),
        # What the Secretariat agreed to is no title of the person named after it.
        (
            "Bộ Chính trị, Ban Bí thư đồng ý chủ trương phân công đồng chí Lê Văn Tư, Ủy viên"
            " Bộ Chính trị, Bí thư Thành ủy, tiếp tục theo dõi Đại hội.",
            {"Lê Văn Tư": ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy"]},
        ),
        # A board printed bare takes the committee its sentence named it with.
        (
            "Ủy ban Kiểm tra T.Ư họp kỳ 12 dưới sự chủ trì của Chủ nhiệm UBKT Lê Văn Tư.",
            {"Lê Văn Tư": ["Chủ nhiệm Ủy ban Kiểm tra Trung ương"]},
        ),
        (
            "Ban Tổ chức Tỉnh ủy công bố quyết định, Phó Trưởng Ban Tổ chức Lê Văn Tư trình bày.",
            {"Lê Văn Tư": ["Phó Trưởng Ban Tổ chức Tỉnh ủy"]},
        ),
        # Not without it, nor from another board, another clause, another side of the
        # meeting, a board the clause only cites, or a longer name.
        (
            "Bà Lê Thị Hoa, Chủ nhiệm Ủy ban Kiểm tra, phát biểu.",
            {"Lê Thị Hoa": ["Chủ nhiệm Ủy ban Kiểm tra"]},
        ),
        (
            "Ban Tổ chức Tỉnh ủy và Chủ nhiệm Ủy ban Kiểm tra Lê Văn Tư dự.",
            {"Lê Văn Tư": ["Chủ nhiệm Ủy ban Kiểm tra"]},
        ),
        (
            "Ban Tổ chức Trung ương công bố quyết định; Trưởng Ban Tổ chức Lê Văn Tư phát biểu.",
            {"Lê Văn Tư": ["Trưởng Ban Tổ chức"]},
        ),
        (
            "Ủy ban Kiểm tra Trung ương làm việc với Ban Thường vụ Tỉnh ủy, tiếp đoàn có ông Lê"
            " Văn Tư, Chủ nhiệm Ủy ban Kiểm tra.",
            {"Lê Văn Tư": ["Chủ nhiệm Ủy ban Kiểm tra"]},
        ),
        (
            "Thực hiện hướng dẫn của Ban Tổ chức Trung ương, Trưởng Ban Tổ chức Lê Văn Tư công bố"
            " quyết định.",
            {"Lê Văn Tư": ["Trưởng Ban Tổ chức"]},
        ),
        (
            "Ủy ban Kiểm tra Trung ương Đoàn họp, Chủ nhiệm Ủy ban Kiểm tra Lê Văn Tư chủ trì.",
            {"Lê Văn Tư": ["Chủ nhiệm Ủy ban Kiểm tra"]},
        ),
        # The party's own name and a province after the committee are the same board; a
        # meeting "với sự tham dự" of others is no other side.
        (
            "Ủy ban Kiểm tra Trung ương Đảng họp kỳ thứ 20 dưới sự chủ trì của Chủ nhiệm UBKT"
            " Lê Văn Tư.",
            {"Lê Văn Tư": ["Chủ nhiệm Ủy ban Kiểm tra Trung ương"]},
        ),
        (
            "Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị với sự tham dự của lãnh đạo các ban, Chủ"
            " nhiệm UBKT Lê Văn Tư chủ trì.",
            {"Lê Văn Tư": ["Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"]},
        ),
    ],
)
def test_persons_boards_named_with_their_parent_and_misprints(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert positions(record_of(text)) == expected


def test_persons_a_congress_s_secretariat_is_not_a_person() -> None:
    """ "Đoàn Thư ký" reads like a family name and a given name."""
    text = (
        "Tại phiên thứ nhất, Đại hội đã bầu Đoàn Chủ tịch gồm 7 đồng chí; Đoàn Thư ký Đại"
        " hội gồm 2 đồng chí."
    )
    assert record_of(text)["persons"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Heads printed bare before a council's chair are the command's, not the council's.
        (
            "Đại tá Lê Văn Tư, Phó Bí thư Thường trực Đảng ủy, Chính ủy, Chủ tịch Hội đồng thi"
            " đua, khen thưởng Bộ CHQS tỉnh chủ trì hội nghị.",
            [
                "Phó Bí thư Thường trực Đảng ủy Bộ Chỉ huy Quân sự tỉnh",
                "Chính ủy Bộ Chỉ huy Quân sự tỉnh",
                "Chủ tịch Hội đồng thi đua, khen thưởng Bộ Chỉ huy Quân sự tỉnh",
            ],
        ),
        # …and before a steering committee's head, the committee's organ.
        (
            "Ông Lê Văn Tư, Chủ tịch, Trưởng Ban Chỉ đạo phòng, chống thiên tai UBND tỉnh"
            " phát biểu.",
            [
                "Chủ tịch Ủy ban nhân dân tỉnh",
                "Trưởng Ban Chỉ đạo phòng, chống thiên tai Ủy ban nhân dân tỉnh",
            ],
        ),
        # No organ named after a steering committee: the bare head is left out, not given the
        # committee's name cut short.
        (
            "Ông Lê Văn Tư, Phó Chủ tịch, Trưởng Ban Chỉ đạo phòng, chống thiên tai tỉnh phát"
            " biểu.",
            ["Trưởng Ban Chỉ đạo phòng, chống thiên tai tỉnh"],
        ),
        # Before any other of their titles, the council's own.
        (
            "Ông Lê Văn Tư, Phó Chủ tịch, Thư ký Hội đồng khoa học Tỉnh ủy phát biểu.",
            ["Phó Chủ tịch Hội đồng khoa học Tỉnh ủy", "Thư ký Hội đồng khoa học Tỉnh ủy"],
        ),
        (
            "Ông Lê Văn Tư, Phó Trưởng ban, Thư ký Ban Chỉ đạo phòng, chống tham nhũng Tỉnh ủy"
            " phát biểu.",
            [
                "Phó Trưởng Ban Chỉ đạo phòng, chống tham nhũng Tỉnh ủy",
                "Thư ký Ban Chỉ đạo phòng, chống tham nhũng Tỉnh ủy",
            ],
        ),
        # A council that is the organ itself is shared whole.
        (
            "Ông Lê Văn Tư, Phó Chủ tịch, Chủ tịch Hội đồng nhân dân tỉnh phát biểu.",
            ["Phó Chủ tịch Hội đồng nhân dân tỉnh", "Chủ tịch Hội đồng nhân dân tỉnh"],
        ),
        # Two posts held together, the second printed in small letters, its organ after "của".
        (
            "Ông Lê Văn Tư, Chánh Văn phòng kiêm người phát ngôn của Tỉnh ủy cho biết.",
            ["Chánh Văn phòng Tỉnh ủy", "Người phát ngôn của Tỉnh ủy"],
        ),
    ],
)
def test_persons_bare_heads_share_the_organ_not_its_council(text: str, expected: list[str]) -> None:
    assert positions(record_of(text))["Lê Văn Tư"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A deputy secretary printed bare beside a commune's or district's post with no place
        # name is of that place's party committee, not the Tỉnh ủy.
        (
            "Tham dự có các đồng chí: Lò Văn Ân - Bí thư Đảng ủy, Chủ tịch HĐND xã; Lê Văn Tư,"
            " Phó Bí thư, Chủ tịch UBND xã.",
            {
                "Lò Văn Ân": ["Bí thư Đảng ủy xã", "Chủ tịch Hội đồng nhân dân xã"],
                "Lê Văn Tư": ["Phó Bí thư Đảng ủy xã", "Chủ tịch Ủy ban nhân dân xã"],
            },
        ),
        (
            "Ông Lê Văn Tư, Phó Bí thư, Chủ tịch UBND huyện phát biểu.",
            {"Lê Văn Tư": ["Phó Bí thư Huyện ủy", "Chủ tịch Ủy ban nhân dân huyện"]},
        ),
        # A person named after "huyện" in a caption is no district of the article's titles.
        (
            "Dự có đồng chí Lê Văn Tư - UVTV Huyện ủy, Phó Chủ tịch UBND huyện.\n"
            "Phó Chủ tịch UBND huyện Lê Văn Tư giải đáp kiến nghị của cử tri.",
            {"Lê Văn Tư": ["Ủy viên Ban Thường vụ Huyện ủy", "Phó Chủ tịch Ủy ban nhân dân huyện"]},
        ),
        # …but a ward named after a person the article names is still the ward's.
        (
            "Sáng 1/5, Đảng ủy phường Trần Phú tổ chức lễ kỷ niệm ngày sinh Tổng Bí thư Trần"
            " Phú.\nDự có ông Lê Văn Tư, Bí thư Đảng ủy phường.",
            {"Trần Phú": ["Tổng Bí thư"], "Lê Văn Tư": ["Bí thư Đảng ủy phường Trần Phú"]},
        ),
        # A term printed with a capital after the place is not the place's name.
        (
            "Ông Lê Văn Tư, Bí thư Huyện ủy, Chủ tịch HĐND huyện Mường La Khóa XX phát biểu.",
            {
                "Lê Văn Tư": [
                    "Bí thư Huyện ủy Mường La",
                    "Chủ tịch Hội đồng nhân dân huyện Mường La",
                ]
            },
        ),
        # An abbreviation in parentheses after its words does not cut the title.
        (
            "Ông Lê Văn Tư, Chủ nhiệm Ủy ban Kiểm tra (UBKT) Tỉnh ủy phát biểu.",
            {"Lê Văn Tư": ["Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"]},
        ),
        # A schedule's colon before a working visit gives the host's title to no guest.
        (
            "Sáng 12/3: Phó Chủ tịch UBND tỉnh Lò Văn Ân làm việc với ông Lê Văn Tư, Giám đốc"
            " Sở Y tế.",
            {"Lò Văn Ân": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"], "Lê Văn Tư": ["Giám đốc Sở Y tế"]},
        ),
        # A chain through the province's paper, radio and television, named with a comma.
        (
            "Dự có ông Lê Văn Tư, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Đảng ủy, Tổng Biên"
            " tập Báo và phát thanh, truyền hình Tuyên Quang, Chủ tịch Hội Nhà báo tỉnh.",
            {
                "Lê Văn Tư": [
                    "Ủy viên Ban Chấp hành Đảng bộ tỉnh",
                    "Bí thư Đảng ủy Báo và Phát thanh, Truyền hình",
                    "Tổng Biên tập Báo và Phát thanh, Truyền hình",
                    "Chủ tịch Hội Nhà báo tỉnh",
                ]
            },
        ),
        # A list of approvals after a colon, each "X đối với ông A".
        (
            "Ủy ban Thường vụ Quốc hội phê chuẩn kết quả bầu: Chủ tịch Hội đồng Nhân dân (HĐND)"
            " tỉnh Bình Định khóa XIII đối với ông Lê Văn Tư kể từ ngày 15/6/2021; Chủ tịch HĐND"
            " Thành phố Hà Nội Khóa XVI đối với ông Lò Văn Ân kể từ ngày 23/6/2021.",
            {
                "Lê Văn Tư": ["Chủ tịch Hội đồng nhân dân tỉnh"],
                "Lò Văn Ân": ["Chủ tịch Hội đồng nhân dân thành phố"],
            },
        ),
    ],
)
def test_persons_bare_secretaries_places_glosses_and_lists(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert positions(record_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare head takes a party committee named before it only for the committee's own
        # heads: "Chủ tịch" and "Giám đốc" are no post of a Tỉnh ủy or a Huyện ủy.
        (
            "Đồng chí Lò Văn Định, Bí thư Tỉnh ủy phát biểu chỉ đạo, sau đó Chủ tịch Lê Văn Tư"
            " báo cáo.",
            {"Lò Văn Định": ["Bí thư Tỉnh ủy"]},
        ),
        ("Ban Thường vụ Huyện ủy họp, Giám đốc Lê Văn Tư báo cáo tình hình.", {}),
        # …while its secretaries, deputies and members do.
        (
            "Tỉnh ủy đã họp, bầu ông Lê Văn Tư làm Bí thư.",
            {"Lê Văn Tư": ["Bí thư Tỉnh ủy"]},
        ),
        # Another organ named last keeps any head: the Assembly's chair.
        (
            "Kỳ họp thứ 8 Quốc hội khóa XV khai mạc, Chủ tịch Lê Văn Tư phát biểu.",
            {"Lê Văn Tư": ["Chủ tịch Quốc hội"]},
        ),
    ],
)
def test_persons_bare_heads_take_a_party_committee_only_for_its_own_heads(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert positions(record_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The capacity a clause opens with is the person's named after it.
        (
            "Theo đó, trên cương vị là Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh nhiệm kỳ"
            " 2010-2015, ông Lê Văn Tư có phần trách nhiệm.",
            {"Lê Văn Tư": ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"]},
        ),
        (
            "Là Bí thư Tỉnh ủy, ông Lê Văn Tư chịu trách nhiệm chính.",
            {"Lê Văn Tư": ["Bí thư Tỉnh ủy"]},
        ),
        # Not another person's title after "là".
        (
            "Đồng chí Hà Văn Lâm là Bí thư Tỉnh ủy, ông Lê Văn Tư là Chủ tịch UBND tỉnh.",
            {"Hà Văn Lâm": ["Bí thư Tỉnh ủy"], "Lê Văn Tư": ["Chủ tịch Ủy ban nhân dân tỉnh"]},
        ),
        (
            "Bà Lê Thị Hoa, quê Nam Định, là Phó Chủ tịch UBND tỉnh, ông Lê Văn Tư là Giám đốc"
            " Sở Tài chính.",
            {"Lê Văn Tư": ["Giám đốc Sở Tài chính"]},
        ),
        # "dân" left out of the committee's name; an economic zone abbreviated.
        (
            "Dự có ông Lê Văn Tư, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân tỉnh.",
            {"Lê Văn Tư": ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"]},
        ),
        (
            "Ông Lê Văn Tư, Phó Trưởng Ban Quản lý KKT Nghi Sơn phát biểu.",
            {"Lê Văn Tư": ["Phó Trưởng Ban Quản lý Khu kinh tế Nghi Sơn"]},
        ),
    ],
)
def test_persons_a_capacity_before_the_name_and_misprinted_committees(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert positions(record_of(text)) == expected
