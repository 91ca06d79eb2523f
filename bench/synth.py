"""Synthetic corpus of Vietnamese provincial political news, for benchmarks.

The generator builds a small, fixed *world* from the seed and then writes articles about it:

* 63 provinces / centrally-run cities (the pre-2025 map), each with 30 invented officials who
  hold fixed posts for the whole simulated period (2021-07-01 .. 2025-06-30), so the same names
  recur across articles (useful for entity-resolution and graph benchmarks);
* about 30 invented central officials (Politburo members, ministers, military-region
  commanders...) who visit provinces;
* per-province and central pools of documents with numbers whose shape follows real usage
  (``101-NQ/TU``, ``223/KH-UBND``, ``35-KL/TW``, ``1234/QĐ-UBND``, ``12/2025/QH15`` ...) and
  numbering that grows with the date inside a year or a party term;
* terms that are consistent with the dates (provincial party congress ordinal, HĐND khóa,
  Central Committee khóa XIII, plenum ordinals, National Assembly session numbers).

Articles mix several lead, attendance, body and speech templates, photo captions, bylines and
website boilerplate, abbreviation styles (UBND/HĐND/BCH/MTTQ), old/new tone placement
(``Tỉnh uỷ``/``Tỉnh ủy``) and a little typographic noise. They are 1,500-7,000 characters long.

Everything is deterministic for a seed, and ``generate(n, seed)`` is a prefix of
``generate(m, seed)`` for ``n < m``. Standard library only.

    python bench/synth.py -n 5000 --seed 1 -o corpus.jsonl
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import random
import sys
import time
from collections.abc import Iterator

START = dt.date(2021, 7, 1)
END = dt.date(2025, 6, 30)
SPAN = (END - START).days
PROV_TERM_START = dt.date(2020, 10, 15)  # provincial congresses opening the 2020-2025 term
PREV_PROV_TERM_START = dt.date(2015, 10, 15)
TW_TERM_START = dt.date(2021, 2, 1)  # 13th Central Committee
PREV_TW_TERM_START = dt.date(2016, 1, 28)
HDND_TERM_START = dt.date(2021, 6, 1)

# Names that occur in the real dev articles: never generated.
BLOCKED_NAMES = frozenset(
    {
        "Nguyễn Hữu Đông",
        "Lò Minh Hùng",
        "Hoàng Quốc Khánh",
        "Nguyễn Đắc Quỳnh",
        "Nguyễn Thái Hưng",
        "Lâm Thị Phương Thanh",
        "Huy Thành",
        "Mạnh Hùng",
        "Trí Dũng",
        "Phương Dung",
    }
)

BLOCKED_SUFFIXES = tuple(" " + n for n in BLOCKED_NAMES)

# ---------------------------------------------------------------------------------------------
# Static pools
# ---------------------------------------------------------------------------------------------

# name, capital (or inner district for cities), region, military region (0 = Capital Command),
# is_city
PROVINCES = (
    ("Hà Giang", "Hà Giang", "MN", 2, False),
    ("Cao Bằng", "Cao Bằng", "MN", 1, False),
    ("Bắc Kạn", "Bắc Kạn", "MN", 1, False),
    ("Tuyên Quang", "Tuyên Quang", "MN", 2, False),
    ("Lào Cai", "Lào Cai", "MN", 2, False),
    ("Điện Biên", "Điện Biên Phủ", "MN", 2, False),
    ("Lai Châu", "Lai Châu", "MN", 2, False),
    ("Sơn La", "Sơn La", "MN", 2, False),
    ("Yên Bái", "Yên Bái", "MN", 2, False),
    ("Hòa Bình", "Hòa Bình", "MN", 3, False),
    ("Thái Nguyên", "Thái Nguyên", "MN", 1, False),
    ("Lạng Sơn", "Lạng Sơn", "MN", 1, False),
    ("Quảng Ninh", "Hạ Long", "DB", 3, False),
    ("Bắc Giang", "Bắc Giang", "MN", 1, False),
    ("Phú Thọ", "Việt Trì", "MN", 2, False),
    ("Vĩnh Phúc", "Vĩnh Yên", "DB", 2, False),
    ("Bắc Ninh", "Bắc Ninh", "DB", 1, False),
    ("Hải Dương", "Hải Dương", "DB", 3, False),
    ("Hưng Yên", "Hưng Yên", "DB", 3, False),
    ("Thái Bình", "Thái Bình", "DB", 3, False),
    ("Hà Nam", "Phủ Lý", "DB", 3, False),
    ("Nam Định", "Nam Định", "DB", 3, False),
    ("Ninh Bình", "Ninh Bình", "DB", 3, False),
    ("Thanh Hóa", "Thanh Hóa", "BTB", 4, False),
    ("Nghệ An", "Vinh", "BTB", 4, False),
    ("Hà Tĩnh", "Hà Tĩnh", "BTB", 4, False),
    ("Quảng Bình", "Đồng Hới", "BTB", 4, False),
    ("Quảng Trị", "Đông Hà", "BTB", 4, False),
    ("Thừa Thiên Huế", "Huế", "BTB", 4, False),
    ("Quảng Nam", "Tam Kỳ", "NTB", 5, False),
    ("Quảng Ngãi", "Quảng Ngãi", "NTB", 5, False),
    ("Bình Định", "Quy Nhơn", "NTB", 5, False),
    ("Phú Yên", "Tuy Hòa", "NTB", 5, False),
    ("Khánh Hòa", "Nha Trang", "NTB", 5, False),
    ("Ninh Thuận", "Phan Rang - Tháp Chàm", "NTB", 5, False),
    ("Bình Thuận", "Phan Thiết", "NTB", 7, False),
    ("Kon Tum", "Kon Tum", "TN", 5, False),
    ("Gia Lai", "Pleiku", "TN", 5, False),
    ("Đắk Lắk", "Buôn Ma Thuột", "TN", 5, False),
    ("Đắk Nông", "Gia Nghĩa", "TN", 5, False),
    ("Lâm Đồng", "Đà Lạt", "TN", 7, False),
    ("Bình Phước", "Đồng Xoài", "DNB", 7, False),
    ("Tây Ninh", "Tây Ninh", "DNB", 7, False),
    ("Bình Dương", "Thủ Dầu Một", "DNB", 7, False),
    ("Đồng Nai", "Biên Hòa", "DNB", 7, False),
    ("Bà Rịa - Vũng Tàu", "Bà Rịa", "DNB", 7, False),
    ("Long An", "Tân An", "CL", 7, False),
    ("Tiền Giang", "Mỹ Tho", "CL", 9, False),
    ("Bến Tre", "Bến Tre", "CL", 9, False),
    ("Trà Vinh", "Trà Vinh", "CL", 9, False),
    ("Vĩnh Long", "Vĩnh Long", "CL", 9, False),
    ("Đồng Tháp", "Cao Lãnh", "CL", 9, False),
    ("An Giang", "Long Xuyên", "CL", 9, False),
    ("Kiên Giang", "Rạch Giá", "CL", 9, False),
    ("Hậu Giang", "Vị Thanh", "CL", 9, False),
    ("Sóc Trăng", "Sóc Trăng", "CL", 9, False),
    ("Bạc Liêu", "Bạc Liêu", "CL", 9, False),
    ("Cà Mau", "Cà Mau", "CL", 9, False),
    ("Hà Nội", "Ba Đình", "DB", 0, True),
    ("Hải Phòng", "Hồng Bàng", "DB", 3, True),
    ("Đà Nẵng", "Hải Châu", "NTB", 5, True),
    ("TP Hồ Chí Minh", "Thủ Đức", "DNB", 7, True),
    ("Cần Thơ", "Ninh Kiều", "CL", 9, True),
)
assert len(PROVINCES) == 63

REGION_LABEL = {
    "MN": "trung du và miền núi phía Bắc",
    "DB": "đồng bằng sông Hồng",
    "BTB": "Bắc Trung Bộ",
    "NTB": "duyên hải Nam Trung Bộ",
    "TN": "Tây Nguyên",
    "DNB": "Đông Nam Bộ",
    "CL": "đồng bằng sông Cửu Long",
}
KHMER_PROVS = {"Sóc Trăng", "Trà Vinh", "Kiên Giang", "An Giang", "Bạc Liêu", "Cần Thơ"}
CHAM_PROVS = {"Ninh Thuận", "Bình Thuận"}

KINH_FAMILY = (
    ("Nguyễn", 30), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 3),
    ("Phan", 4), ("Vũ", 4), ("Võ", 3), ("Đặng", 2), ("Bùi", 3), ("Đỗ", 3), ("Hồ", 2),
    ("Ngô", 2), ("Dương", 2), ("Lý", 1), ("Đinh", 2), ("Hà", 2), ("Trịnh", 1), ("Lương", 1),
    ("Mai", 1), ("Tạ", 1), ("Đoàn", 1), ("Lâm", 1), ("Cao", 1), ("Tô", 1), ("Châu", 1),
    ("Kiều", 1), ("Lại", 1), ("Thái", 1), ("Đào", 1), ("Chu", 1), ("Khổng", 0.4),
    ("Quách", 0.5), ("Vương", 0.5), ("Triệu", 0.5), ("Tống", 0.5), ("Đàm", 0.5),
    ("Nghiêm", 0.3), ("Mạc", 0.3), ("Hứa", 0.3), ("Lưu", 0.6), ("Phùng", 0.6), ("Doãn", 0.3),
)  # fmt: skip
SOUTH_BOOST = {"Huỳnh": 3.0, "Võ": 2.5, "Trương": 1.0}
MALE_MIDDLE = (
    ("Văn", 22), ("Hữu", 4), ("Đức", 5), ("Minh", 5), ("Quốc", 4), ("Xuân", 3),
    ("Thanh", 4), ("Công", 3), ("Đình", 3), ("Ngọc", 3), ("Trọng", 2), ("Việt", 2), ("Bá", 1),
    ("Duy", 2), ("Tiến", 2), ("Mạnh", 1), ("Hồng", 2), ("Quang", 3), ("Trung", 2), ("Đắc", 1),
    ("Thế", 2), ("Anh", 1), ("Huy", 1), ("Khắc", 1), ("Sỹ", 1), ("Hoài", 1), ("Tuấn", 1),
    ("Kim", 1), ("Hải", 1), ("Nhật", 1), ("Phước", 1), ("Tấn", 1), ("Chí", 1),
)  # fmt: skip
MALE_GIVEN = (
    "An", "Anh", "Bảo", "Bình", "Cảnh", "Chiến", "Chinh", "Cường", "Dũng", "Duy", "Dương",
    "Đại", "Đạt", "Định", "Đức", "Giang", "Hà", "Hải", "Hào", "Hiển", "Hiếu", "Hòa", "Hoàn",
    "Học", "Huân", "Hưng", "Hùng", "Huy", "Khải", "Khang", "Khoa", "Kiên", "Lâm", "Lịch",
    "Linh", "Lộc", "Long", "Lực", "Minh", "Nam", "Nghĩa", "Nguyên", "Nhân", "Ninh", "Phong",
    "Phúc", "Phương", "Quân", "Quang", "Quyết", "Sơn", "Tài", "Tâm", "Tân", "Thạch", "Thắng",
    "Thanh", "Thành", "Thiện", "Thịnh", "Thông", "Thuận", "Tiến", "Toàn", "Trí", "Trọng",
    "Trung", "Tú", "Tuấn", "Tùng", "Tuyên", "Vinh", "Việt", "Vũ", "Vượng", "Xuân", "Khánh",
    "Đông", "Thái", "Quý", "Hạnh", "Chung", "Sang", "Tiệp", "Cương", "Luận", "Hiệp",
)  # fmt: skip
FEMALE_GIVEN = (
    "Anh", "Bích", "Chi", "Diệp", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền",
    "Hoa", "Hồng", "Huệ", "Hương", "Huyền", "Lan", "Liên", "Liễu", "Linh", "Loan", "Mai",
    "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phượng", "Quyên", "Tâm", "Thanh", "Thảo",
    "Thoa", "Thu", "Thúy", "Thủy", "Trang", "Tuyết", "Vân", "Xuân", "Yến", "Hòa", "Lý",
)  # fmt: skip
FEMALE_MIDDLE2 = ("Thu", "Minh", "Hồng", "Thanh", "Kim", "Ngọc", "Lan", "Phương", "Bích", "Hải",
                  "Thúy", "Mai", "Tuyết", "Hoài")  # fmt: skip
THAI_FAMILY = ("Lò", "Cầm", "Lường", "Quàng", "Hà", "Vi", "Sầm", "Tòng", "Bạc", "Điêu", "Lò")
THAI_GIVEN = ("Mừng", "Inh", "Puôn", "Ón", "Xiêng", "Khăm", "Tiên", "Hường", "Lả", "Tình",
              "Thiêm", "Chiến", "Phong", "Xuân", "Ngọc")  # fmt: skip
TAY_FAMILY = ("Nông", "Hoàng", "Lương", "Triệu", "Bế", "Hứa", "Lục", "Ma", "Đàm", "Lành",
              "Lăng", "Hầu", "Mông", "Nông")  # fmt: skip
HMONG_FAMILY = ("Giàng", "Vàng", "Sùng", "Thào", "Mùa", "Lầu", "Hờ", "Ly", "Cứ", "Tráng", "Vừ")
HMONG_MID = ("A", "A", "A", "Seo", "Mí", "Chứ", "Văn", "Xuân")
HMONG_GIVEN_M = ("Páo", "Chu", "Sử", "Dìa", "Lử", "Chớ", "Sình", "Pó", "Dế", "Lềnh", "Chang",
                 "Tủa", "Sáy", "Phềnh", "Chứ", "Tếnh", "Vư", "Khua", "Lùng", "Súa", "Dình",
                 "Sùng", "Thắng")  # fmt: skip
HMONG_GIVEN_F = ("Dợ", "Mỷ", "Chúa", "Dua", "Pà", "Sua", "Máy", "Dí", "Chứ", "Lan")
DAO_FAMILY = ("Bàn", "Triệu", "Đặng", "Chảo", "Tẩn", "Lý")
EDE_GIVEN = ("Biêr", "Khoa", "Kông", "Ngông", "Thanh", "Phiết", "Jut", "Mô", "Kưl", "Blik",
             "Dhăm", "Wai")  # fmt: skip
EDE_CLAN = ("Niê", "Êban", "Ênuôl", "Mlô", "Byă", "Ayŭn", "Kđăm", "Adrơng", "Hđơk")
EDE_GIVEN_F = ("Yim", "Hen", "Bia", "Lan", "Nga", "Mai", "Ruah", "Jen")
JRAI_FAMILY = ("Ksor", "Rơ Mah", "Siu", "Nay", "Kpă", "Rơ Châm", "Đinh", "A")
KHMER_FAMILY = ("Thạch", "Sơn", "Danh", "Kim", "Lâm", "Châu", "Thạch")
KHMER_GIVEN = ("Sa Rươn", "Chanh", "Sóc", "Phanh", "Xiêm", "Dư", "Ni", "Chiêm", "Phol")
CHAM_FAMILY = ("Đàng", "Quảng", "Thuận", "Châu", "Thập", "Lưu", "Đàng")

PEN_FIRST = ("Minh", "Thu", "Hải", "Quốc", "Thanh", "Ngọc", "Hồng", "Thùy", "Bảo", "Anh",
             "Hà", "Lan", "Quang", "Tuấn", "Kim", "Việt", "Đức", "Hoài", "Xuân", "Diệu",
             "Khánh", "Thảo", "Văn", "Bích", "Gia", "Nhật")  # fmt: skip
PEN_SECOND = ("Châu", "Toản", "Hà", "Anh", "Long", "Lâm", "Ngân", "Tú", "Hằng", "Nam", "Bình",
              "Dương", "Trang", "Vy", "Hiếu", "Khoa", "Phúc", "Sơn", "Giang", "Quỳnh", "Tâm",
              "Nhi", "Lực", "Yên", "Duy", "Thắm", "Hưởng", "Tiến", "Liên")  # fmt: skip

# Post slots of every province. positions: (text, probability); "main" = index of the
# primary post among the kept positions. {TU} = Tỉnh ủy/Thành ủy, {t} = tỉnh/thành phố.
BTV = "Ủy viên Ban Thường vụ {TU}"
POST_SLOTS = (
    "bt", "pbttt", "ct_ubnd", "ct_hdnd", "pct_tt", "pct1", "pct2", "pct_hdnd1", "pct_hdnd2",
    "tbtc", "tbtg", "cnubkt", "tbnc", "tbdv", "cvp", "mttq", "chqs", "ca", "btthanh", "ptdbqh",
    "gd_tc", "gd_khdt", "gd_nv", "gd_nn", "gd_gd", "gd_yt", "gd_xd", "gd_gtvt", "cvp_ubnd",
    "bt_td",
)  # fmt: skip
assert len(POST_SLOTS) == 30
SIMPLE_POSTS = {
    "ct_ubnd": ("Phó Bí thư {TU}", "Chủ tịch Ủy ban nhân dân {t}"),
    "pct_tt": (BTV, "Phó Chủ tịch Thường trực Ủy ban nhân dân {t}"),
    "tbtc": (BTV, "Trưởng Ban Tổ chức {TU}"),
    "tbtg": (BTV, "Trưởng Ban Tuyên giáo {TU}"),
    "cnubkt": (BTV, "Chủ nhiệm Ủy ban Kiểm tra {TU}"),
    "tbnc": (BTV, "Trưởng Ban Nội chính {TU}"),
    "tbdv": (BTV, "Trưởng Ban Dân vận {TU}"),
    "cvp": (BTV, "Chánh Văn phòng {TU}"),
    "mttq": (BTV, "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam {t}"),
    "chqs": (BTV, "Chỉ huy trưởng Bộ Chỉ huy Quân sự {t}"),
    "ca": (BTV, "Giám đốc Công an {t}"),
    "ptdbqh": ("Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội {t}",),
    "gd_tc": ("Giám đốc Sở Tài chính",),
    "gd_khdt": ("Giám đốc Sở Kế hoạch và Đầu tư",),
    "gd_nv": ("Giám đốc Sở Nội vụ",),
    "gd_nn": ("Giám đốc Sở Nông nghiệp và Phát triển nông thôn",),
    "gd_gd": ("Giám đốc Sở Giáo dục và Đào tạo",),
    "gd_yt": ("Giám đốc Sở Y tế",),
    "gd_xd": ("Giám đốc Sở Xây dựng",),
    "gd_gtvt": ("Giám đốc Sở Giao thông vận tải",),
    "cvp_ubnd": ("Chánh Văn phòng Ủy ban nhân dân {t}",),
    "bt_td": ("Bí thư Tỉnh đoàn",),
}
# (slot, organisation it heads, field of work) -- for year-end reviews and working visits
ORG_OF = {
    "tbtc": ("Ban Tổ chức {TU}", "công tác tổ chức xây dựng Đảng"),
    "cnubkt": ("Ủy ban Kiểm tra {TU}", "công tác kiểm tra, giám sát và thi hành kỷ luật đảng"),
    "tbtg": ("Ban Tuyên giáo {TU}", "công tác tuyên giáo"),
    "tbdv": ("Ban Dân vận {TU}", "công tác dân vận"),
    "tbnc": ("Ban Nội chính {TU}", "công tác nội chính và phòng, chống tham nhũng, tiêu cực"),
    "cvp": ("Văn phòng {TU}", "công tác văn phòng cấp ủy"),
    "mttq": ("Ủy ban Mặt trận Tổ quốc Việt Nam {t}", "công tác Mặt trận"),
    "chqs": ("Bộ Chỉ huy Quân sự {t}", "công tác quân sự, quốc phòng địa phương"),
    "ca": ("Công an {t}", "công tác bảo đảm an ninh, trật tự"),
    "gd_tc": ("Sở Tài chính", "công tác tài chính - ngân sách"),
    "gd_khdt": ("Sở Kế hoạch và Đầu tư", "công tác kế hoạch và đầu tư"),
    "gd_nv": ("Sở Nội vụ", "công tác nội vụ"),
    "gd_nn": ("Sở Nông nghiệp và Phát triển nông thôn", "công tác nông nghiệp, nông thôn"),
    "gd_gd": ("Sở Giáo dục và Đào tạo", "công tác giáo dục và đào tạo"),
    "gd_yt": ("Sở Y tế", "công tác y tế"),
    "gd_xd": ("Sở Xây dựng", "công tác quản lý nhà nước về xây dựng"),
    "gd_gtvt": ("Sở Giao thông vận tải", "công tác giao thông vận tải"),
    "bt_td": ("Tỉnh đoàn", "công tác Đoàn và phong trào thanh thiếu nhi"),
    "btthanh": ("Ban Thường vụ {capu}", "công tác xây dựng Đảng và phát triển đô thị"),
}
CENTRAL_POSTS = (
    (("Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng Ban Tổ chức Trung ương"), 2, None),
    (("Ủy viên Bộ Chính trị", "Chủ nhiệm Ủy ban Kiểm tra Trung ương"), 1, None),
    (("Ủy viên Bộ Chính trị", "Trưởng Ban Tuyên giáo Trung ương"), 1, None),
    (("Ủy viên Bộ Chính trị", "Phó Thủ tướng Chính phủ"), 1, None),
    (("Ủy viên Bộ Chính trị", "Phó Chủ tịch Thường trực Quốc hội"), 1, None),
    (("Bí thư Trung ương Đảng", "Trưởng Ban Dân vận Trung ương"), 1, None),
    (("Bí thư Trung ương Đảng", "Chánh Văn phòng Trung ương Đảng"), 1, None),
    (("Ủy viên Ban Chấp hành Trung ương Đảng", "Phó Trưởng Ban Tổ chức Trung ương"), 1, None),
    (
        (
            "Ủy viên Ban Chấp hành Trung ương Đảng",
            "Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Trung ương",
        ),
        1,
        None,
    ),
    (("Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương",), 0, None),
    (("Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương",), 0, None),
    (("Ủy viên Ban Chấp hành Trung ương Đảng", "Bộ trưởng Bộ Nội vụ"), 1, None),
    (("Ủy viên Ban Chấp hành Trung ương Đảng", "Bộ trưởng Bộ Kế hoạch và Đầu tư"), 1, None),
    (
        (
            "Ủy viên Ban Chấp hành Trung ương Đảng",
            "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn",
        ),
        1,
        None,
    ),
    (("Ủy viên Ban Chấp hành Trung ương Đảng", "Phó Chủ tịch Quốc hội"), 1, None),
    (("Ủy viên Ban Chấp hành Trung ương Đảng", "Chủ nhiệm Ủy ban Kinh tế của Quốc hội"), 1, None),
    (("Ủy viên Ban Chấp hành Trung ương Đảng", "Phó Trưởng Ban Tuyên giáo Trung ương"), 1, None),
    (("Thứ trưởng Bộ Tài chính",), 0, None),
    (("Thứ trưởng Bộ Nội vụ",), 0, None),
    (("Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",), 0, None),
    (("Ủy viên Ban Chấp hành Trung ương Đảng", "Tư lệnh Quân khu 1"), 1, "Trung tướng"),
    (("Ủy viên Ban Chấp hành Trung ương Đảng", "Tư lệnh Quân khu 2"), 1, "Trung tướng"),
    (("Tư lệnh Quân khu 3",), 0, "Trung tướng"),
    (("Tư lệnh Quân khu 4",), 0, "Thiếu tướng"),
    (("Ủy viên Ban Chấp hành Trung ương Đảng", "Tư lệnh Quân khu 5"), 1, "Trung tướng"),
    (("Tư lệnh Quân khu 7",), 0, "Trung tướng"),
    (("Tư lệnh Quân khu 9",), 0, "Trung tướng"),
    (("Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội",), 0, "Trung tướng"),
)
CENTRAL_BODY = {
    "Trưởng Ban Tổ chức Trung ương": "Bộ Chính trị",
    "Chủ nhiệm Ủy ban Kiểm tra Trung ương": "Bộ Chính trị",
    "Trưởng Ban Tuyên giáo Trung ương": "Bộ Chính trị",
    "Phó Thủ tướng Chính phủ": "Chính phủ",
    "Phó Chủ tịch Thường trực Quốc hội": "Ủy ban Thường vụ Quốc hội",
    "Trưởng Ban Dân vận Trung ương": "Ban Bí thư",
    "Chánh Văn phòng Trung ương Đảng": "Ban Bí thư",
    "Phó Trưởng Ban Tổ chức Trung ương": "Ban Tổ chức Trung ương",
    "Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Trung ương": "Ủy ban Kiểm tra Trung ương",
    "Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương": "Ủy ban Kiểm tra Trung ương",
    "Bộ trưởng Bộ Nội vụ": "Bộ Nội vụ",
    "Bộ trưởng Bộ Kế hoạch và Đầu tư": "Bộ Kế hoạch và Đầu tư",
    "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn": "Bộ Nông nghiệp và Phát triển nông thôn",
    "Phó Chủ tịch Quốc hội": "Quốc hội",
    "Chủ nhiệm Ủy ban Kinh tế của Quốc hội": "Ủy ban Kinh tế của Quốc hội",
    "Phó Trưởng Ban Tuyên giáo Trung ương": "Ban Tuyên giáo Trung ương",
    "Thứ trưởng Bộ Tài chính": "Bộ Tài chính",
    "Thứ trưởng Bộ Nội vụ": "Bộ Nội vụ",
    "Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": "Ủy ban Trung ương MTTQ Việt Nam",
}

# 13th Central Committee plenums (approximate dates) and their main topics.
TW_PLENUMS = (
    (dt.date(2021, 7, 8), 3, "về công tác cán bộ và một số nội dung quan trọng khác"),
    (dt.date(2021, 10, 11), 4, "về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; "
     "kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính "
     "trị, đạo đức, lối sống"),
    (dt.date(2022, 5, 10), 5, "về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao "
     "hiệu lực, hiệu quả quản lý và sử dụng đất"),
    (dt.date(2022, 10, 9), 6, "về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội "
     "chủ nghĩa Việt Nam trong giai đoạn mới"),
    (dt.date(2023, 5, 17), 7, "về tiếp tục xây dựng và chỉnh đốn Đảng, hệ thống chính trị "
     "trong sạch, vững mạnh"),
    (dt.date(2023, 10, 7), 8, "về chiến lược bảo vệ Tổ quốc trong tình hình mới"),
    (dt.date(2024, 5, 20), 9, "về xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng "
     "yêu cầu phát triển đất nước nhanh và bền vững trong giai đoạn mới"),
    (dt.date(2024, 9, 20), 10, "về chuẩn bị văn kiện và nhân sự trình Đại hội đại biểu toàn "
     "quốc lần thứ XIV của Đảng"),
    (dt.date(2025, 4, 12), 11, "về sắp xếp, tổ chức bộ máy của hệ thống chính trị và đơn vị "
     "hành chính các cấp"),
)  # fmt: skip
TW_PLENUM_DATES = [p[0] for p in TW_PLENUMS]
QH_SESSIONS = (
    (dt.date(2021, 10, 20), 2), (dt.date(2022, 5, 23), 3), (dt.date(2022, 10, 20), 4),
    (dt.date(2023, 5, 22), 5), (dt.date(2023, 10, 23), 6), (dt.date(2024, 5, 20), 7),
    (dt.date(2024, 10, 21), 8), (dt.date(2025, 5, 5), 9),
)  # fmt: skip
QH_SESSION_DATES = [s[0] for s in QH_SESSIONS]
ORD_WORDS = ("", "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
             "mười một", "mười hai", "mười ba")  # fmt: skip
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")

# Document kinds: (kind, number pattern, issuers, per-year rate, scope, weight)
# scope: "pt" party numbering per term, "y" numbering reset every year.
PROV_DOC_KINDS = (
    (
        "Nghị quyết",
        "{n}-NQ/TU",
        ("Ban Thường vụ {TU}", "Ban Chấp hành Đảng bộ {t}", "{TU}"),
        25,
        "pt",
        8,
    ),
    ("Chỉ thị", "{n}-CT/TU", ("Ban Thường vụ {TU}",), 6, "pt", 3),
    ("Kết luận", "{n}-KL/TU", ("Ban Thường vụ {TU}", "Thường trực {TU}"), 150, "pt", 5),
    ("Kế hoạch", "{n}-KH/TU", ("Ban Thường vụ {TU}", "{TU}"), 70, "pt", 5),
    ("Hướng dẫn", "{n}-HD/TU", ("Ban Thường vụ {TU}",), 12, "pt", 3),
    ("Quyết định", "{n}-QĐ/TU", ("Ban Thường vụ {TU}",), 500, "pt", 3),
    (
        "Chương trình hành động",
        "{n}-CTr/TU",
        ("Ban Chấp hành Đảng bộ {t}", "Ban Thường vụ {TU}"),
        12,
        "pt",
        3,
    ),
    ("Thông báo", "{n}-TB/TU", ("Thường trực {TU}",), 350, "pt", 1),
    ("Đề án", "{n}-ĐA/TU", ("Ban Thường vụ {TU}",), 5, "pt", 2),
    ("Hướng dẫn", "{n}-HD/BTCTU", ("Ban Tổ chức {TU}",), 10, "pt", 1),
    ("Kế hoạch", "{n}/KH-UBND", ("Ủy ban nhân dân {t}",), 300, "y", 6),
    (
        "Quyết định",
        "{n}/QĐ-UBND",
        ("Ủy ban nhân dân {t}", "Chủ tịch Ủy ban nhân dân {t}"),
        3000,
        "y",
        5,
    ),
    ("Quyết định", "{n}/{y}/QĐ-UBND", ("Ủy ban nhân dân {t}",), 60, "y", 2),
    ("Chỉ thị", "{n}/CT-UBND", ("Chủ tịch Ủy ban nhân dân {t}", "Ủy ban nhân dân {t}"), 25, "y", 2),
    ("Báo cáo", "{n}/BC-UBND", ("Ủy ban nhân dân {t}",), 450, "y", 1),
    ("Công văn", "{n}/UBND-{dep}", ("Ủy ban nhân dân {t}",), 5000, "y", 1),
    ("Nghị quyết", "{n}/NQ-HĐND", ("Hội đồng nhân dân {t}",), 120, "y", 4),
    ("Nghị quyết", "{n}/{y}/NQ-HĐND", ("Hội đồng nhân dân {t}",), 40, "y", 3),
    ("Đề án", "{n}/ĐA-UBND", ("Ủy ban nhân dân {t}",), 10, "y", 1),
)
CENTRAL_DOC_KINDS = (
    ("Nghị quyết", "{n}-NQ/TW", ("Bộ Chính trị", "Ban Chấp hành Trung ương Đảng"), 8, "tw", 6),
    ("Kết luận", "{n}-KL/TW", ("Bộ Chính trị", "Ban Bí thư"), 30, "tw", 7),
    ("Chỉ thị", "{n}-CT/TW", ("Ban Bí thư", "Bộ Chính trị"), 8, "tw", 4),
    (
        "Quy định",
        "{n}-QĐ/TW",
        ("Bộ Chính trị", "Ban Chấp hành Trung ương Đảng", "Ban Bí thư"),
        25,
        "tw",
        4,
    ),
    ("Hướng dẫn", "{n}-HD/BTCTW", ("Ban Tổ chức Trung ương",), 6, "tw", 2),
    ("Hướng dẫn", "{n}-HD/UBKTTW", ("Ủy ban Kiểm tra Trung ương",), 3, "tw", 1),
    ("Hướng dẫn", "{n}-HD/BTGTW", ("Ban Tuyên giáo Trung ương",), 4, "tw", 1),
    ("Kế hoạch", "{n}-KH/TW", ("Bộ Chính trị", "Ban Bí thư"), 8, "tw", 2),
    ("Luật", "{n}/{y}/QH{q}", ("Quốc hội",), 20, "y", 3),
    ("Nghị quyết", "{n}/{y}/QH{q}", ("Quốc hội",), 30, "y", 3),
    ("Nghị định", "{n}/{y}/NĐ-CP", ("Chính phủ",), 120, "y", 4),
    ("Nghị quyết", "{n}/NQ-CP", ("Chính phủ",), 200, "y", 3),
    ("Quyết định", "{n}/QĐ-TTg", ("Thủ tướng Chính phủ",), 1600, "y", 4),
    ("Chỉ thị", "{n}/CT-TTg", ("Thủ tướng Chính phủ",), 35, "y", 2),
    ("Công điện", "{n}/CĐ-TTg", ("Thủ tướng Chính phủ",), 130, "y", 1),
    ("Thông tư", "{n}/{y}/TT-BNV", ("Bộ Nội vụ",), 15, "y", 1),
    ("Thông tư", "{n}/{y}/TT-BTC", ("Bộ Tài chính",), 90, "y", 1),
)
LAW_NAMES = ("Đất đai", "Đấu thầu", "Đầu tư công", "Ngân sách nhà nước", "Cán bộ, công chức",
             "Tổ chức chính quyền địa phương", "Quy hoạch", "Nhà ở", "Phòng, chống tham nhũng",
             "Thực hiện dân chủ ở cơ sở", "Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
             "Tài nguyên nước", "Đường bộ", "Thủ đô", "Dân quân tự vệ")  # fmt: skip

# Subjects of provincial documents ({y} = year of issue, {y1} = next year).
PROV_SUBJECTS = (
    "về các nhóm nhiệm vụ trọng tâm tập trung lãnh đạo, chỉ đạo thực hiện năm {y1}",
    "về phát triển kinh tế - xã hội năm {y1}",
    "về dự toán ngân sách nhà nước năm {y1}",
    "về đẩy mạnh chuyển đổi số {tP} đến năm 2025, định hướng đến năm 2030",
    "về phát triển du lịch {tP} giai đoạn 2021-2025, định hướng đến năm 2030",
    "về xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu giai đoạn 2021-2025",
    "về nâng cao chất lượng nguồn nhân lực đáp ứng yêu cầu phát triển giai đoạn 2021-2030",
    "về phát triển hạ tầng giao thông kết nối vùng giai đoạn 2021-2025, tầm nhìn đến năm 2030",
    "về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, tiêu cực",
    "về xây dựng đội ngũ cán bộ trẻ, cán bộ nữ, cán bộ người dân tộc thiểu số các cấp",
    "về công tác quy hoạch cán bộ lãnh đạo, quản lý các cấp nhiệm kỳ 2025-2030",
    "về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ {t} lần thứ {K1}",
    "về phát triển nông nghiệp ứng dụng công nghệ cao, nông nghiệp hữu cơ",
    "về bảo vệ và phát triển rừng bền vững giai đoạn 2021-2030",
    "về phát triển kinh tế tập thể, hợp tác xã trong tình hình mới",
    "về hỗ trợ xóa nhà tạm, nhà dột nát trên địa bàn {t}",
    "về phát triển văn hóa, con người {P} đáp ứng yêu cầu phát triển bền vững",
    "về thu hút đầu tư vào các khu công nghiệp, cụm công nghiệp",
    "về sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023-2025",
    "về nâng cao chất lượng sinh hoạt chi bộ",
    "về công tác bảo đảm an ninh, trật tự trên địa bàn {t}",
    "về xây dựng khu vực phòng thủ {t} vững chắc trong tình hình mới",
    "về công tác giảm nghèo bền vững giai đoạn 2021-2025",
    "về cải thiện môi trường đầu tư, nâng cao năng lực cạnh tranh cấp {t}",
    "về tăng cường công tác dân vận của chính quyền các cấp",
    "về thực hiện Quy hoạch {t} thời kỳ 2021-2030, tầm nhìn đến năm 2050",
    "về phát triển đô thị {tP} đến năm 2030",
    "về tăng cường công tác kiểm tra, giám sát của cấp ủy các cấp",
    "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm {y}",
    "về phát động đợt thi đua đặc biệt chào mừng đại hội đảng bộ các cấp",
    "về tổ chức các hoạt động kỷ niệm ngày thành lập Đảng bộ {t}",
    "về quy chế làm việc của Ban Chấp hành Đảng bộ {t} khóa {K}",
    "về ban hành danh mục dự án đầu tư công trung hạn giai đoạn 2021-2025",
    "về phân cấp quản lý tổ chức bộ máy và cán bộ",
    "về chính sách hỗ trợ phát triển sản xuất nông nghiệp trên địa bàn {t} giai đoạn 2022-2025",
    "về quy định mức chi bảo đảm cho công tác kiểm tra, rà soát văn bản quy phạm pháp luật",
    "về thực hiện các chương trình mục tiêu quốc gia giai đoạn 2021-2025",
    "về phòng, chống thiên tai và tìm kiếm cứu nạn năm {y}",
    "về đẩy mạnh giải ngân vốn đầu tư công năm {y}",
    "về công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
)
CENTRAL_SUBJECTS = (
    "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
    "về tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, "
    "hiệu quả",
    "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
    "về tăng cường công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
    "về phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh vùng {R} đến năm 2030, tầm "
    "nhìn đến năm 2045",
    "về kiểm soát quyền lực trong công tác cán bộ",
    "về tiếp tục đẩy mạnh công tác dân vận trong tình hình mới",
    "về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử",
    "về chế tài xử lý kỷ luật đảng viên vi phạm",
    "về công tác kiểm tra, giám sát và kỷ luật của Đảng",
    "về xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới",
    "về phát triển văn hóa, con người Việt Nam",
    "về thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân "
    "tộc thiểu số và miền núi",
    "về chủ trương thực hiện sắp xếp đơn vị hành chính cấp huyện, cấp xã",
    "về khuyến khích và bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám chịu trách "
    "nhiệm vì lợi ích chung",
    "về trách nhiệm nêu gương của cán bộ, đảng viên",
    "về nâng cao hiệu quả công tác tuyên truyền, giáo dục lý luận chính trị",
    "về đẩy nhanh tiến độ giải ngân vốn đầu tư công",
    "về phát triển kinh tế tư nhân",
    "về tăng cường sự lãnh đạo của Đảng đối với công tác giảm nghèo bền vững",
    "về một số nhiệm vụ, giải pháp cấp bách thúc đẩy tăng trưởng kinh tế",
    "về thành lập, tổ chức lại các đảng bộ trực thuộc Trung ương",
    "về quản lý, sử dụng hiệu quả tài sản công",
    "về hỗ trợ xóa nhà tạm, nhà dột nát trên phạm vi cả nước",
)
DISCUSS_ORGS = (
    "Văn phòng {TU}", "Ban Tổ chức {TU}", "Ban Tuyên giáo {TU}", "Ủy ban Kiểm tra {TU}",
    "Ban Nội chính {TU}", "Ban Dân vận {TU}", "Ban cán sự đảng Ủy ban nhân dân {t}",
    "Đảng đoàn Hội đồng nhân dân {t}", "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam {t}",
    "Đảng ủy Khối các cơ quan và doanh nghiệp {t}", "Đảng ủy Quân sự {t}", "Đảng ủy Công an {t}",
    "Ban Thường vụ {capu}",
)  # fmt: skip
DISCUSS_ACTIONS = (
    "việc bổ sung dự toán kinh phí năm {y} cho các đơn vị dự toán cấp {t}",
    "việc thành lập mạng liên lạc cơ yếu tại các đảng ủy xã",
    "chủ trương đầu tư dự án cải tạo, nâng cấp tuyến đường tỉnh",
    "việc điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021-2025",
    "kết quả kiểm tra, giám sát theo Chương trình kiểm tra, giám sát năm {y} của Ban Thường vụ {TU}",
    "chủ trương thành lập Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch {t}",
    "phương án sắp xếp, kiện toàn các cơ quan chuyên môn thuộc UBND {t}",
    "việc tổ chức các hoạt động kỷ niệm các ngày lễ lớn trong năm {y}",
    "công tác chuẩn bị kỳ họp thường lệ cuối năm {y} của HĐND {t}",
    "chương trình làm việc toàn khóa của Ban Chấp hành Đảng bộ {t}",
    "kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội {period}",
    "công tác nhân sự đại hội đảng bộ trực thuộc {TU}",
    "phương án phân bổ vốn các chương trình mục tiêu quốc gia năm {y}",
    "việc hợp tác với các địa phương trong và ngoài nước",
)
DIRECTIVES = (
    "tiếp tục quán triệt, triển khai thực hiện nghiêm túc các chỉ thị, nghị quyết, kết luận của "
    "Trung ương và của {TU}",
    "đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu giải ngân 100% kế hoạch vốn được giao",
    "tập trung tháo gỡ khó khăn, vướng mắc cho các dự án trọng điểm, nhất là công tác giải phóng "
    "mặt bằng",
    "đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, nâng cao chỉ số năng "
    "lực cạnh tranh cấp {t}",
    "thực hiện hiệu quả các chương trình mục tiêu quốc gia, nhất là chương trình giảm nghèo bền "
    "vững và xây dựng nông thôn mới",
    "nâng cao chất lượng sinh hoạt chi bộ, năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở "
    "đảng",
    "tăng cường công tác kiểm tra, giám sát, thi hành kỷ luật đảng; kịp thời phát hiện, chấn "
    "chỉnh những hạn chế, sai phạm",
    "chủ động nắm chắc tình hình, giữ vững ổn định chính trị, bảo đảm trật tự an toàn xã hội trên "
    "địa bàn",
    "chủ động phòng, chống thiên tai, tìm kiếm cứu nạn, bảo đảm an toàn tính mạng và tài sản của "
    "Nhân dân",
    "quan tâm chăm lo đời sống vật chất, tinh thần cho Nhân dân, nhất là đồng bào vùng sâu, vùng "
    "xa, vùng đồng bào dân tộc thiểu số",
    "đẩy mạnh chuyển đổi số, xây dựng chính quyền số, kinh tế số và xã hội số",
    "làm tốt công tác tuyên truyền, tạo sự đồng thuận trong cán bộ, đảng viên và các tầng lớp "
    "nhân dân",
    "rà soát, hoàn thiện hồ sơ, bảo đảm đúng quy trình, quy định trước khi trình cấp có thẩm "
    "quyền xem xét, quyết định",
    "tiếp thu đầy đủ ý kiến tham gia của các đại biểu, hoàn thiện các dự thảo văn bản để ban hành "
    "trong thời gian sớm nhất",
    "phát huy vai trò, trách nhiệm của người đứng đầu cấp ủy, chính quyền các cấp",
    "tăng cường phối hợp giữa các sở, ban, ngành và địa phương trong tổ chức thực hiện nhiệm vụ",
    "chú trọng công tác quy hoạch, đào tạo, bồi dưỡng, luân chuyển cán bộ, nhất là cán bộ trẻ, "
    "cán bộ nữ, cán bộ người dân tộc thiểu số",
    "quyết liệt thu ngân sách, chống thất thu, nuôi dưỡng nguồn thu; quản lý, sử dụng ngân sách "
    "tiết kiệm, hiệu quả",
    "thực hiện tốt công tác tiếp công dân, giải quyết đơn thư khiếu nại, tố cáo ngay từ cơ sở",
    "phát triển du lịch gắn với bảo tồn và phát huy giá trị văn hóa truyền thống của các dân tộc",
    "tập trung phát triển nông nghiệp ứng dụng công nghệ cao, hình thành các vùng sản xuất hàng "
    "hóa tập trung",
    "tiếp tục thực hiện hiệu quả công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
    "thực hiện tốt nhiệm vụ quốc phòng, quân sự địa phương, xây dựng khu vực phòng thủ {t} vững "
    "chắc",
    "chuẩn bị chu đáo nội dung, điều kiện phục vụ kỳ họp HĐND {t} sắp tới",
    "đẩy nhanh tiến độ xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo",
    "thực hiện nghiêm việc sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả",
    "nâng cao chất lượng giáo dục, đào tạo; chuẩn bị tốt các điều kiện cho năm học mới",
    "tăng cường công tác y tế dự phòng, nâng cao chất lượng khám, chữa bệnh cho Nhân dân",
    "kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc",
    "quản lý chặt chẽ đất đai, tài nguyên, khoáng sản, bảo vệ môi trường",
    "thu hút các nhà đầu tư có năng lực, ưu tiên các dự án công nghệ cao, thân thiện với môi "
    "trường",
    "tăng cường kỷ luật, kỷ cương hành chính; chấn chỉnh tình trạng né tránh, đùn đẩy trách nhiệm",
    "xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ kết "
    "quả",
    "thường xuyên theo dõi, đôn đốc, kiểm tra việc thực hiện, định kỳ báo cáo kết quả về Thường "
    "trực {TU}",
    "phát huy sức mạnh khối đại đoàn kết toàn dân tộc, vai trò giám sát và phản biện xã hội của "
    "Mặt trận Tổ quốc và các đoàn thể",
    "tập trung hoàn thiện các dự thảo văn kiện trình Đại hội đại biểu Đảng bộ {t} lần thứ {K1}, "
    "nhiệm kỳ 2025-2030",
    "phấn đấu hoàn thành thắng lợi mục tiêu, chỉ tiêu Nghị quyết Đại hội đại biểu Đảng bộ {t} lần "
    "thứ {K}, nhiệm kỳ 2020-2025",
    "đẩy mạnh thi đua yêu nước, lập thành tích chào mừng đại hội đảng các cấp",
    "bảo đảm an ninh trật tự, an toàn giao thông, nhất là trong dịp lễ, Tết",
    "chăm lo tốt cho các gia đình chính sách, người có công, hộ nghèo, bảo đảm mọi người dân đều "
    "được vui xuân, đón Tết",
)
ADDRESSEES = (
    "các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội",
    "các sở, ban, ngành, địa phương",
    "Ban cán sự đảng UBND {t}",
    "các cơ quan tham mưu, giúp việc {TU}",
    "các đồng chí Ủy viên Ban Chấp hành Đảng bộ {t}",
    "các huyện ủy, thành ủy, đảng ủy trực thuộc {TU}",
    "các cơ quan, đơn vị, địa phương",
    "cấp ủy, chính quyền các cấp",
    "các đảng đoàn, ban cán sự đảng, các cơ quan tham mưu giúp việc {TU}",
)
ACHIEVE = (
    "công tác lãnh đạo, chỉ đạo được triển khai đồng bộ, quyết liệt, đạt nhiều kết quả quan trọng",
    "kinh tế tiếp tục tăng trưởng khá, an sinh xã hội được bảo đảm",
    "quốc phòng, an ninh được giữ vững, trật tự an toàn xã hội ổn định",
    "công tác xây dựng Đảng và hệ thống chính trị được chú trọng",
    "cải cách hành chính có nhiều chuyển biến tích cực",
    "đời sống vật chất, tinh thần của Nhân dân từng bước được nâng lên",
    "thu hút đầu tư có nhiều khởi sắc, nhiều dự án lớn được triển khai",
    "công tác kiểm tra, giám sát được tăng cường, góp phần giữ nghiêm kỷ luật, kỷ cương trong Đảng",
    "công tác tuyên truyền được đổi mới cả về nội dung và hình thức",
    "vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tiếp tục được phát huy",
)
SHORTCOMINGS = (
    "tiến độ giải ngân vốn đầu tư công còn chậm",
    "một số chỉ tiêu đạt thấp so với kế hoạch",
    "công tác giải phóng mặt bằng ở một số dự án còn vướng mắc",
    "chất lượng nguồn nhân lực chưa đáp ứng yêu cầu",
    "việc phối hợp giữa một số cơ quan, đơn vị có lúc chưa chặt chẽ",
    "đời sống của một bộ phận Nhân dân vùng sâu, vùng xa còn nhiều khó khăn",
    "tình hình tội phạm, tệ nạn xã hội ở một số địa bàn còn diễn biến phức tạp",
    "hạ tầng giao thông, hạ tầng số chưa đồng bộ",
    "công tác cải cách hành chính ở một số lĩnh vực chưa đáp ứng yêu cầu",
    "chất lượng sinh hoạt chi bộ ở một số nơi chưa cao",
)
GOALS = (
    "{t} phát triển khá của vùng {R}",
    "trung tâm công nghiệp, dịch vụ, du lịch của vùng {R}",
    "một trong những địa phương dẫn đầu cả nước về chuyển đổi số",
    "trung tâm chế biến sản phẩm nông nghiệp của vùng {R}",
    "địa phương phát triển nông nghiệp ứng dụng công nghệ cao, sinh thái, hữu cơ, thích ứng với "
    "biến đổi khí hậu",
    "điểm đến hấp dẫn, an toàn, thân thiện của du khách trong nước và quốc tế",
    "địa phương có kết cấu hạ tầng đồng bộ, hiện đại, kết nối thuận lợi với các vùng kinh tế "
    "trọng điểm",
)
FILLER = (
    "Thời gian qua, dưới sự lãnh đạo, chỉ đạo sát sao của {TU}, sự vào cuộc quyết liệt của cả hệ "
    "thống chính trị, tình hình kinh tế - xã hội của {t} tiếp tục chuyển biến tích cực.",
    "Công tác xây dựng Đảng và hệ thống chính trị được quan tâm, chú trọng; năng lực lãnh đạo, sức "
    "chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ cán bộ, đảng viên từng bước được nâng "
    "lên.",
    "Quốc phòng, an ninh được giữ vững; công tác đối ngoại được mở rộng; khối đại đoàn kết toàn dân "
    "tộc tiếp tục được củng cố.",
    "Các cấp ủy, tổ chức đảng đã chủ động xây dựng kế hoạch, cụ thể hóa các chủ trương của Trung "
    "ương và của {t} phù hợp với tình hình thực tiễn của địa phương, đơn vị.",
    "Công tác tuyên truyền được đẩy mạnh với nhiều hình thức phong phú, tạo sự thống nhất cao "
    "trong nhận thức và hành động của cán bộ, đảng viên và Nhân dân.",
    "Bên cạnh những kết quả đạt được, vẫn còn một số hạn chế như: {short1}; {short2}.",
    "Nguyên nhân của những hạn chế được xác định chủ yếu là do một số cấp ủy, người đứng đầu chưa "
    "thực sự quyết liệt trong lãnh đạo, chỉ đạo; việc phối hợp giữa các ngành, các cấp có lúc chưa "
    "chặt chẽ.",
    "Các đại biểu cơ bản thống nhất với nội dung các dự thảo, đồng thời đóng góp nhiều ý kiến tâm "
    "huyết, trách nhiệm nhằm hoàn thiện các văn bản trước khi ban hành.",
    "Nhiều ý kiến đề nghị cần làm rõ hơn nguyên nhân của những tồn tại, hạn chế, đồng thời đề xuất "
    "giải pháp cụ thể, khả thi để khắc phục trong thời gian tới.",
    "Năm {y0}, mặc dù còn nhiều khó khăn, thách thức nhưng với sự nỗ lực, quyết tâm cao của các "
    "cấp, các ngành, {t} đã hoàn thành và hoàn thành vượt mức nhiều chỉ tiêu quan trọng.",
    "Công tác cải cách hành chính tiếp tục được đẩy mạnh; chỉ số cải cách hành chính (PAR Index), "
    "chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của {t} có nhiều cải thiện.",
    "Công tác chăm lo cho các gia đình chính sách, người có công, hộ nghèo, đối tượng bảo trợ xã "
    "hội được thực hiện kịp thời, đầy đủ, đúng quy định.",
    "Việc thực hiện các chương trình mục tiêu quốc gia đạt nhiều kết quả; diện mạo nông thôn, nhất "
    "là vùng đồng bào dân tộc thiểu số, có nhiều đổi thay.",
    "Hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tiếp tục được đổi mới về nội "
    "dung, phương thức, hướng mạnh về cơ sở.",
    "Công tác phòng, chống tham nhũng, lãng phí, tiêu cực được lãnh đạo, chỉ đạo quyết liệt; nhiều "
    "vụ việc được phát hiện, xử lý nghiêm theo quy định.",
    "Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn cơ bản ổn định; không để xảy "
    "ra các tình huống bị động, bất ngờ.",
    "Hội nghị đã dành nhiều thời gian thảo luận dân chủ, thẳng thắn, tập trung làm rõ những kết quả "
    "nổi bật, những tồn tại, hạn chế và bài học kinh nghiệm.",
    "Các ý kiến phát biểu đều khẳng định việc ban hành {dockind} là cần thiết, phù hợp với chủ "
    "trương của Trung ương và điều kiện thực tiễn của {tP}.",
    "Trên cơ sở ý kiến của các đại biểu, cơ quan soạn thảo sẽ tiếp thu, hoàn chỉnh dự thảo, báo "
    "cáo Ban Thường vụ {TU} xem xét trước khi ban hành.",
    "Công tác chuyển đổi số được triển khai đồng bộ; 100% cơ quan hành chính cấp {t} sử dụng văn "
    "bản điện tử, chữ ký số trong xử lý công việc.",
    "Lĩnh vực văn hóa - xã hội có nhiều chuyển biến tích cực; chất lượng giáo dục, đào tạo được "
    "nâng lên; công tác chăm sóc sức khỏe Nhân dân được quan tâm.",
    "Hoạt động thu hút đầu tư có nhiều khởi sắc, nhiều nhà đầu tư lớn đến tìm hiểu, khảo sát và đề "
    "xuất thực hiện dự án trên địa bàn {t}.",
    "Kết cấu hạ tầng kinh tế - xã hội tiếp tục được quan tâm đầu tư, nhất là hạ tầng giao thông "
    "kết nối liên vùng.",
    "Việc sắp xếp tổ chức bộ máy của hệ thống chính trị được thực hiện nghiêm túc, đúng lộ trình; "
    "chế độ, chính sách đối với cán bộ, công chức, viên chức dôi dư được giải quyết kịp thời.",
    "Công tác quy hoạch, đào tạo, bồi dưỡng, luân chuyển, bố trí cán bộ được thực hiện chặt chẽ, "
    "đúng quy trình, quy định.",
    "Những kết quả trên đã góp phần củng cố niềm tin của cán bộ, đảng viên và Nhân dân đối với sự "
    "lãnh đạo của Đảng, sự quản lý, điều hành của chính quyền các cấp.",
    "Dự báo thời gian tới, tình hình thế giới, trong nước tiếp tục diễn biến nhanh, phức tạp, khó "
    "lường, tác động nhiều mặt đến việc thực hiện các nhiệm vụ phát triển kinh tế - xã hội của {t}.",
    "Theo đánh giá, công tác phối hợp giữa các cơ quan, đơn vị trong triển khai nhiệm vụ ngày càng "
    "chặt chẽ, nhịp nhàng, hiệu quả.",
    "Các mô hình, cách làm hay, sáng tạo được nhân rộng, tạo sức lan tỏa mạnh mẽ trong các tầng "
    "lớp nhân dân.",
    "Ngay sau hội nghị, các cơ quan, đơn vị sẽ xây dựng kế hoạch triển khai cụ thể, bảo đảm tiến "
    "độ, chất lượng theo yêu cầu.",
    "Đây là nhiệm vụ chính trị quan trọng, có ý nghĩa quyết định đến việc hoàn thành các mục tiêu, "
    "chỉ tiêu Nghị quyết Đại hội đại biểu Đảng bộ {t} lần thứ {K}.",
    "Cùng với đó, {t} tập trung huy động các nguồn lực xã hội để đầu tư phát triển, trong đó nguồn "
    "lực đầu tư công giữ vai trò dẫn dắt, kích hoạt các nguồn lực khác.",
)
# Economic and party-building indicators: functions of (rng, province size).
ECON = (
    lambda r, s: f"tốc độ tăng trưởng kinh tế (GRDP) ước đạt {_dec(r.uniform(4.5, 10.5))}%",
    lambda r, s: (
        "tổng thu ngân sách nhà nước trên địa bàn đạt "
        f"{_int(int(r.uniform(1800, 9000) * s))} tỷ đồng, bằng {_dec(r.uniform(88, 135))}% dự toán"
    ),
    lambda r, s: f"giá trị sản xuất công nghiệp tăng {_dec(r.uniform(3, 16))}% so với cùng kỳ",
    lambda r, s: f"giải ngân vốn đầu tư công đạt {_dec(r.uniform(30, 97))}% kế hoạch",
    lambda r, s: f"có thêm {r.randint(3, 25)} xã đạt chuẩn nông thôn mới",
    lambda r, s: f"tỷ lệ hộ nghèo giảm còn {_dec(r.uniform(0.8, 19))}%",
    lambda r, s: (
        f"thu hút {r.randint(3, 45)} dự án đầu tư mới với tổng vốn đăng ký hơn "
        f"{_int(int(r.uniform(800, 9000) * s))} tỷ đồng"
    ),
    lambda r, s: f"thành lập mới {_int(int(r.uniform(150, 900) * s))} doanh nghiệp",
    lambda r, s: f"tổng lượt khách du lịch đạt {_int(r.randint(200, 9000) * 1000)} lượt",
    lambda r, s: f"kim ngạch xuất khẩu đạt {_int(int(r.uniform(80, 1500) * s))} triệu USD",
    lambda r, s: f"giải quyết việc làm mới cho {_int(r.randint(8000, 40000))} lao động",
    lambda r, s: f"hoàn thành xây dựng {r.randint(40, 600)} km đường giao thông nông thôn",
    lambda r, s: f"hỗ trợ xóa {_int(r.randint(300, 6000))} nhà tạm, nhà dột nát",
    lambda r, s: (
        f"thu nhập bình quân đầu người đạt {_dec(r.uniform(38, 120))} triệu đồng/người/năm"
    ),
    lambda r, s: f"tổng vốn đầu tư toàn xã hội đạt {_int(int(r.uniform(5000, 30000) * s))} tỷ đồng",
    lambda r, s: f"tỷ lệ che phủ rừng đạt {_dec(r.uniform(20, 62))}%",
)
PARTY_IND = (
    lambda r, s: (
        f"kết nạp {_int(r.randint(600, 3500))} đảng viên mới, đạt "
        f"{_dec(r.uniform(95, 125))}% chỉ tiêu"
    ),
    lambda r, s: (
        f"{_dec(r.uniform(82, 96))}% tổ chức cơ sở đảng được xếp loại hoàn thành tốt "
        "nhiệm vụ trở lên"
    ),
    lambda r, s: (
        f"cấp ủy, ủy ban kiểm tra các cấp đã kiểm tra {r.randint(40, 400)} tổ chức đảng "
        f"và {r.randint(100, 900)} đảng viên"
    ),
    lambda r, s: f"thi hành kỷ luật {r.randint(20, 250)} đảng viên vi phạm",
    lambda r, s: f"tổ chức {r.randint(5, 40)} cuộc giám sát chuyên đề",
    lambda r, s: (
        f"{_dec(r.uniform(93, 99.5))}% cán bộ, đảng viên tham gia học tập, quán triệt "
        "các nghị quyết, chỉ thị của Đảng"
    ),
    lambda r, s: f"tiếp nhận, giải quyết {r.randint(30, 400)} đơn thư khiếu nại, tố cáo",
)
VOTER_ISSUES = (
    "đề nghị sớm đầu tư nâng cấp các tuyến đường giao thông nông thôn xuống cấp",
    "kiến nghị tăng cường quản lý giá vật tư nông nghiệp",
    "đề nghị quan tâm hỗ trợ đồng bào bị ảnh hưởng do thiên tai",
    "phản ánh tình trạng chậm cấp giấy chứng nhận quyền sử dụng đất",
    "kiến nghị có chính sách hỗ trợ người lao động mất việc làm",
    "đề nghị nâng mức phụ cấp cho người hoạt động không chuyên trách ở cơ sở",
    "kiến nghị tăng cường công tác phòng, chống tội phạm ma túy",
    "đề nghị đầu tư hệ thống nước sạch cho các xã vùng cao",
    "phản ánh việc bồi thường, giải phóng mặt bằng một số dự án còn chậm",
    "kiến nghị giải quyết chế độ cho cán bộ dôi dư sau sắp xếp",
)
HEADLINE_TAILS = (
    "Cho ý kiến nhiều nội dung quan trọng",
    "Quyết tâm hoàn thành thắng lợi các mục tiêu năm {y}",
    "Tập trung tháo gỡ khó khăn, thúc đẩy tăng trưởng",
    "Bảo đảm thực chất, hiệu quả",
    "Nâng cao hiệu quả công tác lãnh đạo, chỉ đạo",
    "Thống nhất cao các nội dung trình hội nghị",
    "Đổi mới, quyết liệt, hiệu quả",
)
RELATED = (
    "Khai mạc Kỳ họp thứ {n}, HĐND {t} khóa {H}",
    "Ban Thường vụ {TU} cho ý kiến vào {n} nội dung",
    "Hội nghị trực tuyến toàn quốc quán triệt các nghị quyết của Trung ương",
    "Đẩy nhanh tiến độ giải ngân vốn đầu tư công",
    "Lãnh đạo {t} thăm, tặng quà gia đình chính sách",
    "Tổng kết công tác xây dựng Đảng năm {y0}",
    "Phát động đợt thi đua cao điểm chào mừng đại hội đảng các cấp",
    "Tiếp xúc cử tri trước kỳ họp Quốc hội",
    "Sơ kết công tác 6 tháng đầu năm {y}",
    "Công bố quyết định về công tác cán bộ",
)
VENUES = ("Hội trường {TU}", "Trung tâm Hội nghị {t}", "Nhà khách {TU}", "trụ sở UBND {t}",
          "Hội trường UBND {t}", "Trung tâm Chính trị {tP}")  # fmt: skip
CAPTIONS = (
    "Các đại biểu dự Hội nghị.",
    "Quang cảnh hội nghị.",
    "Toàn cảnh hội nghị.",
    "Các đại biểu dự Hội nghị tại điểm cầu {t}.",
    "Hội nghị được tổ chức trực tuyến tới các điểm cầu.",
    "Các đại biểu thảo luận tại Tổ.",
    "Các đại biểu biểu quyết thông qua các nội dung.",
    "Các đồng chí Thường trực, Ban Thường vụ {TU} dự hội nghị.",
)
OLD_STYLE = (
    ("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
    ("òe", "oè"), ("óe", "oé"), ("ỏe", "oẻ"), ("ọe", "oẹ"),
    ("ùy", "uỳ"), ("úy", "uý"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ"), ("Ủy", "Uỷ"),
)  # fmt: skip
ABBR1 = (("Ủy ban nhân dân", "UBND"), ("Hội đồng nhân dân", "HĐND"), ("Mặt trận Tổ quốc", "MTTQ"))
ABBR2 = (
    *ABBR1,
    ("Ban Chấp hành Trung ương", "BCH Trung ương"),
    ("Ban Chấp hành", "BCH"),
    ("Bộ Chỉ huy Quân sự", "Bộ CHQS"),
    ("đại biểu Quốc hội", "ĐBQH"),
)
BEHALF = {  # on whose behalf an official speaks
    "bt": "Ban Thường vụ {TU}",
    "pbttt": "Thường trực {TU}",
    "ct_ubnd": "UBND {t}",
    "pct_tt": "lãnh đạo UBND {t}",
    "ct_hdnd": "Thường trực HĐND {t}",
}
# Officials who may be named among the attendees of any provincial meeting.
EXTRA_GUESTS = ("ct_hdnd", "pct_tt", "pct1", "pct2", "pct_hdnd1", "pct_hdnd2", "tbtc", "tbtg",
                "cnubkt", "tbnc", "tbdv", "cvp", "mttq", "chqs", "ca", "btthanh", "ptdbqh",
                "gd_tc", "gd_khdt", "gd_nv", "cvp_ubnd", "bt_td")  # fmt: skip
SPEECH_INTROS = {
    "kết luận": ("Phát biểu kết luận {N}", "Kết luận {N}"),
    "chỉ đạo": ("Phát biểu chỉ đạo tại {N}", "Chỉ đạo tại {N}"),
    "khai mạc": ("Phát biểu khai mạc kỳ họp", "Khai mạc kỳ họp"),
    "bế mạc": ("Phát biểu bế mạc kỳ họp", "Bế mạc kỳ họp"),
    "tiếp thu": ("Phát biểu tiếp thu, giải trình ý kiến cử tri",
                 "Thay mặt Đoàn đại biểu Quốc hội {t}, tiếp thu ý kiến cử tri"),
    "chúc mừng": ("Phát biểu chúc mừng tại buổi lễ", "Phát biểu tại buổi lễ"),
}  # fmt: skip
YEAR_RANGES = ("2020-2025", "2025-2030", "2015-2020", "2021-2026", "2021-2025", "2021-2030")


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def _int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _dec(x: float, k: int = 1) -> str:
    return f"{x:.{k}f}".replace(".", ",")


def _roman(n: int) -> str:
    out = []
    for v, s in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _cum(pairs) -> tuple[list[str], list[float]]:
    names, cum, tot = [], [], 0.0
    for name, w in pairs:
        tot += w
        names.append(name)
        cum.append(tot)
    return names, cum


def _months(a: dt.date, b: dt.date) -> float:
    return (b - a).days / 30.44


class Person:
    __slots__ = ("female", "main", "name", "pid", "positions", "prov", "rank", "slot")

    def __init__(self, pid, name, female, rank, positions, main, slot, prov):
        self.pid = pid
        self.name = name
        self.female = female
        self.rank = rank
        self.positions = positions
        self.main = main
        self.slot = slot
        self.prov = prov

    def as_dict(self) -> dict:
        return {
            "id": self.pid,
            "name": self.name,
            "rank": self.rank,
            "positions": list(self.positions),
            "province": self.prov.name if self.prov else None,
        }


class Doc:
    __slots__ = ("date", "issuer", "kind", "number", "subject")

    def __init__(self, kind, number, date, issuer, subject):
        self.kind = kind
        self.number = number
        self.date = date
        self.issuer = issuer
        self.subject = subject


class Province:
    __slots__ = (
        "H",
        "K",
        "M",
        "bch_off",
        "capital",
        "city",
        "code",
        "doc_dates",
        "docs",
        "hdnd_off",
        "idx",
        "name",
        "officials",
        "qk",
        "region",
        "reporters",
        "size",
    )  # fmt: skip

    def __init__(self, idx, spec):
        self.idx = idx
        self.name, self.capital, self.region, self.qk, self.city = spec
        self.officials: dict[str, Person] = {}
        self.docs: list[Doc] = []
        self.doc_dates: list[dt.date] = []
        self.reporters: list[str] = []


class World:
    """Provinces with their officials and documents, central officials and documents."""

    def __init__(self, seed: int):
        r = random.Random(seed * 1_000_003 + 11)
        self.rng = r
        self.used_names: set[str] = set(BLOCKED_NAMES)
        self.provinces: list[Province] = []
        kinh_n, kinh_c = _cum(KINH_FAMILY)
        kinh_s_n, kinh_s_c = _cum((n, w * SOUTH_BOOST.get(n, 1.0)) for n, w in KINH_FAMILY)
        self._kinh = (kinh_n, kinh_c)
        self._kinh_south = (kinh_s_n, kinh_s_c)
        self._mid = _cum(MALE_MIDDLE)
        for i, spec in enumerate(PROVINCES):
            self.provinces.append(self._make_province(i, spec))
        # Central officials
        self.central: list[Person] = []
        for j, (pos, main, rank) in enumerate(CENTRAL_POSTS):
            name = self.new_name(None, female=False)
            self.central.append(Person(f"C{j:02d}", name, False, rank, pos, main, "central", None))
        self.qk_commander = {}
        for p in self.central:
            last = p.positions[-1]
            if last.startswith("Tư lệnh Quân khu"):
                self.qk_commander[int(last.rsplit(" ", 1)[1])] = p
            elif last.startswith("Tư lệnh Bộ Tư lệnh Thủ đô"):
                self.qk_commander[0] = p
        self.civil_central = [p for p in self.central if p.rank is None]
        # Central documents
        self.central_docs = self._make_docs(CENTRAL_DOC_KINDS, CENTRAL_SUBJECTS, 120, None)
        self.central_doc_dates = [d.date for d in self.central_docs]
        # Skewed coverage: a few provinces produce much more news than others.
        order = list(range(63))
        r.shuffle(order)
        w = [0.0] * 63
        for rank_, pi in enumerate(order):
            w[pi] = 1.0 / (rank_ + 1) ** 0.7
        self.prov_cum = _cum(zip(range(63), w, strict=True))[1]

    # -- names --------------------------------------------------------------------------------
    def _kinh_name(self, female: bool, south: bool) -> str:
        r = self.rng
        fam_n, fam_c = self._kinh_south if south else self._kinh
        fam = r.choices(fam_n, cum_weights=fam_c)[0]
        if female:
            x = r.random()
            if x < 0.6:
                mid = "Thị"
            elif x < 0.9:
                mid = "Thị " + r.choice(FEMALE_MIDDLE2)
            else:
                mid = r.choice(FEMALE_MIDDLE2)
            return f"{fam} {mid} {r.choice(FEMALE_GIVEN)}"
        mid = r.choices(self._mid[0], cum_weights=self._mid[1])[0]
        if r.random() < 0.03:
            mid2 = r.choice(("Thanh", "Minh", "Quốc", "Anh", "Ngọc"))
            if mid2 != mid:
                mid += " " + mid2
        return f"{fam} {mid} {r.choice(MALE_GIVEN)}"

    def new_name(self, prov: Province | None, female: bool) -> str:
        r = self.rng
        for _ in range(200):
            region = prov.region if prov else ""
            pname = prov.name if prov else ""
            x = r.random()
            if region == "MN" and x < 0.45:
                y = r.random()
                if y < 0.35:
                    fam = r.choice(THAI_FAMILY)
                    mid = "Thị" if female else r.choice(("Văn", "Văn", "Minh", "Ngọc", "Xuân"))
                    giv = r.choice(FEMALE_GIVEN if female else THAI_GIVEN + MALE_GIVEN[:30])
                    name = f"{fam} {mid} {giv}"
                elif y < 0.7:
                    base = self._kinh_name(female, False).split(" ", 1)[1]
                    name = f"{r.choice(TAY_FAMILY)} {base}"
                elif y < 0.9:
                    fam = r.choice(HMONG_FAMILY)
                    if female:
                        name = f"{fam} Thị {r.choice(HMONG_GIVEN_F)}"
                    else:
                        name = f"{fam} {r.choice(HMONG_MID)} {r.choice(HMONG_GIVEN_M)}"
                else:
                    base = self._kinh_name(female, False).split(" ", 1)[1]
                    name = f"{r.choice(DAO_FAMILY)} {base}"
            elif region == "TN" and x < 0.15:
                if r.random() < 0.5:
                    if female:
                        name = f"H'{r.choice(EDE_GIVEN_F)} {r.choice(EDE_CLAN)}"
                    else:
                        name = f"Y {r.choice(EDE_GIVEN)} {r.choice(EDE_CLAN)}"
                else:
                    giv = r.choice(FEMALE_GIVEN if female else MALE_GIVEN)
                    name = f"{r.choice(JRAI_FAMILY)} {giv}"
            elif pname in KHMER_PROVS and x < 0.12:
                fam = r.choice(KHMER_FAMILY)
                if r.random() < 0.5:
                    name = f"{fam} {r.choice(KHMER_GIVEN)}"
                else:
                    name = f"{fam} {self._kinh_name(female, True).split(' ', 1)[1]}"
            elif pname in CHAM_PROVS and x < 0.1:
                name = f"{r.choice(CHAM_FAMILY)} {self._kinh_name(female, True).split(' ', 1)[1]}"
            else:
                name = self._kinh_name(female, region in ("NTB", "TN", "DNB", "CL"))
            if name not in self.used_names and not name.endswith(BLOCKED_SUFFIXES):
                self.used_names.add(name)
                return name
        raise RuntimeError("name space exhausted")

    # -- provinces ----------------------------------------------------------------------------
    def _make_province(self, idx: int, spec) -> Province:
        r = self.rng
        pv = Province(idx, spec)
        unit = "thành phố" if pv.city else "tỉnh"
        tu = "Thành ủy" if pv.city else "Tỉnh ủy"
        pv.K = r.randint(14, 21)  # congress ordinal of the 2020-2025 term
        pv.H = r.randint(13, 17)  # HĐND khóa 2021-2026
        pv.bch_off = r.randint(0, 4)
        pv.hdnd_off = r.randint(0, 3)
        pv.size = r.uniform(0.4, 3.0) * (3.0 if pv.city else 1.0)
        hcm = pv.name.startswith("TP ")
        tp = "Thành phố Hồ Chí Minh" if hcm else f"{unit} {pv.name}"
        cap = pv.capital
        if not pv.city or cap == "Thủ Đức":
            capu, capp = f"Thành ủy {cap}", f"thành phố {cap}"
        else:
            capu, capp = f"Quận ủy {cap}", f"quận {cap}"
        pv.M = {
            "t": unit, "TU": tu, "P": pv.name, "tP": tp, "K": _roman(pv.K),
            "K1": _roman(pv.K + 1), "K0": _roman(pv.K - 1), "H": _roman(pv.H), "cap": cap,
            "capu": capu, "capp": capp, "R": REGION_LABEL[pv.region],
            "Pn": "Hồ Chí Minh" if hcm else pv.name,
        }  # fmt: skip
        letters = [w[0] for w in pv.name.replace("-", " ").split() if w[0].isalpha()]
        pv.code = "HCM" if hcm else "".join(letters).upper()
        M = pv.M
        for k, slot in enumerate(POST_SLOTS):
            female = r.random() < 0.15 and slot not in ("chqs", "ca")
            rank = None
            if slot == "bt":
                pos = []
                if r.random() < 0.8:
                    pos.append("Ủy viên Ban Chấp hành Trung ương Đảng")
                pos.append("Bí thư {TU}")
                main = len(pos) - 1
                bt_dbqh = r.random() < 0.45
                if bt_dbqh:
                    pos.append("Trưởng Đoàn đại biểu Quốc hội {t}")
            elif slot == "pbttt":
                pos = ["Phó Bí thư Thường trực {TU}"]
                main = 0
                pb_hdnd = r.random() < 0.35
                if pb_hdnd:
                    pos.append("Chủ tịch Hội đồng nhân dân {t}")
                if not bt_dbqh:
                    pos.append("Trưởng Đoàn đại biểu Quốc hội {t}")
            elif slot == "ct_hdnd":
                if pb_hdnd:
                    pos = [BTV, "Phó Chủ tịch Thường trực Hội đồng nhân dân {t}"]
                else:
                    pos = [
                        r.choice((BTV, BTV, "Phó Bí thư {TU}")),
                        "Chủ tịch Hội đồng nhân dân {t}",
                    ]
                main = 1
            elif slot in ("pct1", "pct2"):
                pos = ["Phó Chủ tịch Ủy ban nhân dân {t}"]
                if r.random() < 0.3:
                    pos.insert(0, "Ủy viên Ban Chấp hành Đảng bộ {t}")
                main = len(pos) - 1
            elif slot in ("pct_hdnd1", "pct_hdnd2"):
                pos = ["Phó Chủ tịch Hội đồng nhân dân {t}"]
                if r.random() < 0.3:
                    pos.insert(0, BTV)
                main = len(pos) - 1
            elif slot == "btthanh":
                pos = [BTV, "Bí thư {capu}"]
                main = 1
            elif slot == "bt_td":
                pos = ["Bí thư Thành đoàn" if pv.city else "Bí thư Tỉnh đoàn"]
                main = 0
            else:
                pos = list(SIMPLE_POSTS[slot])
                main = len(pos) - 1
                if slot.startswith("gd_") and r.random() < 0.3:
                    pos.insert(0, "Ủy viên Ban Chấp hành Đảng bộ {t}")
                    main = 1
            if slot == "chqs":
                if pv.name == "Hà Nội":
                    pos = [BTV, "Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội"]
                    rank = "Thiếu tướng"
                elif pv.name.startswith("TP "):
                    pos = [BTV, "Tư lệnh Bộ Tư lệnh Thành phố Hồ Chí Minh"]
                    rank = "Thiếu tướng"
                else:
                    rank = "Đại tá" if r.random() < 0.85 else "Thượng tá"
            elif slot == "ca":
                rank = "Đại tá" if r.random() < 0.6 else "Thiếu tướng"
            positions = tuple(p.format_map(M) for p in pos)
            name = self.new_name(pv, female)
            pv.officials[slot] = Person(
                f"P{idx:02d}-{k:02d}", name, female, rank, positions, main, slot, pv
            )
        pv.docs = self._make_docs(PROV_DOC_KINDS, PROV_SUBJECTS, 90, pv)
        pv.doc_dates = [d.date for d in pv.docs]
        reps = []
        while len(reps) < r.randint(4, 8):
            nm = f"{r.choice(PEN_FIRST)} {r.choice(PEN_SECOND)}"
            if nm not in BLOCKED_NAMES and nm not in reps:
                reps.append(nm)
        pv.reporters = reps
        return pv

    def _make_docs(self, kinds, subjects, count, pv: Province | None) -> list[Doc]:
        r = self.rng
        weights = _cum((k, k[5]) for k in kinds)
        M = dict(pv.M) if pv else {"R": REGION_LABEL[r.choice(list(REGION_LABEL))]}
        lo = dt.date(2017, 1, 1) if pv is None else dt.date(2018, 6, 1)
        hi = END - dt.timedelta(days=20)
        seen = set()
        docs = []
        while len(docs) < count:
            kind, pat, issuers, rate, scope, _w = r.choices(weights[0], cum_weights=weights[1])[0]
            d = lo + dt.timedelta(days=r.randrange((hi - lo).days))
            if d.weekday() == 6:
                d -= dt.timedelta(days=1)
            if scope == "y":
                frac = (d - dt.date(d.year, 1, 1)).days / 365.0
                n = 1 + int(rate * frac * r.uniform(0.85, 1.15))
            else:
                if scope == "tw":
                    t0 = TW_TERM_START if d >= TW_TERM_START else PREV_TW_TERM_START
                else:
                    t0 = PROV_TERM_START if d >= PROV_TERM_START else PREV_PROV_TERM_START
                n = 1 + int(rate * (d - t0).days / 365.0 * r.uniform(0.9, 1.1))
            q = 15 if d >= dt.date(2021, 7, 20) else 14
            dep = r.choice(("KT", "TH", "NC", "VX", "KGVX"))
            number = pat.format(n=n, y=d.year, q=q, dep=dep)
            if number in seen:
                continue
            seen.add(number)
            issuer = r.choice(issuers)
            if pv:
                issuer = issuer.format_map(M)
            M["y"], M["y1"] = d.year, d.year + 1
            subject = r.choice(LAW_NAMES) if kind == "Luật" else r.choice(subjects).format_map(M)
            docs.append(Doc(kind, number, d, issuer, subject))
        docs.sort(key=lambda x: x.date)
        return docs

    def to_json(self) -> dict:
        return {
            "provinces": [
                {
                    "name": pv.name,
                    "congress_2020_2025": _roman(pv.K),
                    "hdnd_2021_2026": _roman(pv.H),
                    "officials": [p.as_dict() for p in pv.officials.values()],
                }
                for pv in self.provinces
            ],
            "central": [p.as_dict() for p in self.central],
        }


def build_world(seed: int = 0) -> World:
    return World(seed)


# ---------------------------------------------------------------------------------------------
# Article writer
# ---------------------------------------------------------------------------------------------


class _Writer:
    def __init__(self, world: World, seed: int):
        self.w = world
        self.r = random.Random(seed * 7_919 + 5)
        self.kinds = _cum(
            (
                (self.k_btv, 16), (self.k_bch, 9), (self.k_quantriet, 9), (self.k_chuchot, 5),
                (self.k_hdnd, 9), (self.k_ubnd, 9), (self.k_tongket, 8), (self.k_doantw, 6),
                (self.k_quansu, 5), (self.k_tiepxuc, 6), (self.k_soket, 7), (self.k_huyhieu, 3),
                (self.k_kiemtra, 5), (self.k_lamviec, 8),
            )
        )  # fmt: skip

    # -- text utilities -----------------------------------------------------------------------
    def F(self, s: str) -> str:
        """Fill placeholders and apply the article's abbreviation style."""
        if "{" in s:
            s = s.format_map(self.M)
        return self.ab(s)

    def ab(self, s: str, lvl: int | None = None) -> str:
        if lvl is None:
            lvl = self.lvl
        if lvl:
            for a, b in ABBR1 if lvl == 1 else ABBR2:
                if a in s:
                    s = s.replace(a, b)
        return s

    def pick(self, seq, k: int) -> list:
        return self.r.sample(seq, min(k, len(seq)))

    def dstr(self, d: dt.date, year: bool = True) -> str:
        r = self.r.random()
        s = f"{d.day:02d}/{d.month:02d}" if r < 0.1 else f"{d.day}/{d.month}"
        if not year:
            return s
        if r > 0.95:
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        return f"{s}/{d.year}"

    def off(self, slot: str) -> Person:
        return self.pv.officials[slot]

    # -- people -------------------------------------------------------------------------------
    def pname(self, p: Person) -> str:
        if p.rank and self.r.random() < 0.6:
            return f"{p.rank} {p.name}"
        return p.name

    def ptitles(self, p: Person, extra: str | None = None) -> str:
        r = self.r
        pos = p.positions
        x = r.random()
        if x < 0.55 or len(pos) == 1:
            shown = list(pos)
        elif x < 0.8:
            shown = [pos[p.main]]
        else:
            shown = [pos[0], pos[p.main]] if p.main else [pos[0]]
        if extra:
            shown.append(extra)
        if p.prov is not None and r.random() < 0.15:
            last = shown[-1]
            if last.endswith(("Tỉnh ủy", "Thành ủy")):
                shown[-1] = f"{last} {p.prov.name}"
            elif last.endswith((" tỉnh", " thành phố")):
                shown[-1] = f"{last} {p.prov.M['Pn']}"
        lvl = self.lvl if r.random() < 0.7 else r.randint(0, 2)
        return self.ab(", ".join(shown), lvl)

    def pfull(self, p: Person, extra: str | None = None) -> str:
        return f"{self.pname(p)}, {self.ptitles(p, extra)}"

    def dc(self, p: Person) -> str:
        if self.dongchi:
            return "đồng chí"
        return "bà" if p.female else "ông"

    def main_title(self, p: Person) -> str:
        return self.ab(p.positions[p.main])

    def title_ref(self, p: Person) -> str:
        """A short second mention: name, title or 'title + name'."""
        x = self.r.random()
        if x < 0.55:
            return f"{self.dc(p)} {p.name}"
        if x < 0.8:
            return f"{self.dc(p)} {self.main_title(p)}"
        return f"{self.main_title(p)} {p.name}"

    def chairs_list(self, ps: list[Person]) -> str:
        return "; ".join(self.pfull(p) for p in ps)

    # -- documents ----------------------------------------------------------------------------
    def docs_before(self, central: bool, k: int, kinds: tuple[str, ...] | None = None) -> list:
        if central:
            docs, dates = self.w.central_docs, self.w.central_doc_dates
        else:
            docs, dates = self.pv.docs, self.pv.doc_dates
        hi = bisect.bisect_left(dates, self.d - dt.timedelta(days=3))
        lo = max(0, hi - 40)
        pool = docs[lo:hi]
        if kinds:
            pool = [d for d in pool if d.kind in kinds] or pool
        return self.pick(pool, k)

    def doc_ref(self, doc: Doc, form: int | None = None) -> str:
        r = self.r
        if form is None:
            form = r.choices((0, 1, 2, 3, 4), cum_weights=(40, 60, 78, 90, 100))[0]
        if doc.kind == "Luật":
            if form in (0, 1):
                return f"Luật {doc.subject} số {doc.number}"
            return f"Luật {doc.subject} năm {doc.number.split('/')[1]}"
        issuer = self.ab(doc.issuer)
        so = "số " if r.random() < 0.85 else ""
        if form == 0:
            sep = ", " if r.random() < 0.3 else " "
            return (
                f"{doc.kind} {so}{doc.number}{sep}ngày {self.dstr(doc.date)} của {issuer} "
                f"{doc.subject}"
            )
        if form == 1:
            return f"{doc.kind} {so}{doc.number} của {issuer} {doc.subject}"
        if form == 2:
            return f"{doc.kind} {so}{doc.number} {doc.subject}"
        if form == 3:
            return f"{doc.kind} {so}{doc.number}, ngày {self.dstr(doc.date)} của {issuer}"
        return f"{doc.kind} {so}{doc.number}"

    def doc_short(self, doc: Doc) -> str:
        n = doc.number.split("/")[0].split("-")[0]
        return f"{doc.kind} {'số ' if self.r.random() < 0.5 else ''}{n}"

    # -- generic prose ------------------------------------------------------------------------
    def directives(self, k: int) -> str:
        """k directive clauses, not repeating within an article (until the pool runs out)."""
        if len(self.dir_deck) < k:
            self.dir_deck = self.pick(DIRECTIVES, len(DIRECTIVES))
        return "; ".join(self.F(self.dir_deck.pop()) for _ in range(k))

    def indicators(self, party: bool, k: int) -> str:
        pool = PARTY_IND if party else ECON
        s = self.pv.size
        return "; ".join(f(self.r, s) for f in self.pick(pool, k))

    def sentences(self, k: int) -> str:
        """k filler sentences, not repeating within an article (until the pool runs out)."""
        if len(self.deck) < k:
            self.deck = self.pick(FILLER, len(FILLER))
        return " ".join(self.F(self.deck.pop()) for _ in range(k))

    def filler_para(self) -> str:
        r = self.r
        x = r.random()
        # report, goals and party-building paragraphs appear at most once per article
        if x < 0.55 or (x < 0.75 and "report" in self.used):
            return self.sentences(r.randint(2, 4))
        if x < 0.75:
            self.used.add("report")
            per = r.choice(self.periods())
            a1, a2 = self.pick(ACHIEVE, 2)
            s1, s2 = self.pick(SHORTCOMINGS, 2)
            return self.F(
                f"Theo báo cáo, {per}, {a1}; {a2}. Trong đó, "
                f"{self.indicators(False, r.randint(2, 5))}. Tuy nhiên, {s1}; {s2}."
            )
        if x < 0.87 and "goals" not in self.used:
            self.used.add("goals")
            g = self.pick(GOALS, r.randint(2, 3))
            return self.F(
                f"Phấn đấu đến năm 2030, đưa {{tP}} trở thành {g[0]}; {'; '.join(g[1:])}; bảo đảm "
                "vững chắc quốc phòng, an ninh, giữ vững ổn định chính trị, trật tự an toàn xã hội."
            )
        if "party" in self.used:
            return self.sentences(r.randint(2, 4))
        self.used.add("party")
        return (
            f"Về công tác xây dựng Đảng, {self.indicators(True, r.randint(2, 4))}. "
            + self.sentences(1)
        )

    def periods(self) -> list[str]:
        m = self.d.month
        y = self.d.year
        if m <= 2:
            return [f"năm {y - 1}", f"trong năm {y - 1}"]
        if m <= 4:
            return [f"quý I năm {y}", f"từ đầu năm {y} đến nay"]
        if m <= 7:
            return [f"6 tháng đầu năm {y}", f"từ đầu năm {y} đến nay"]
        if m <= 10:
            return [f"9 tháng năm {y}", f"từ đầu năm {y} đến nay"]
        return [f"năm {y}", f"11 tháng năm {y}"]

    def speech(self, p: Person, kind: str = "kết luận") -> str:
        r = self.r
        verb = r.choice(("đề nghị", "yêu cầu", "nhấn mạnh", "đề nghị", "chỉ đạo", "lưu ý"))
        who = f"{self.dc(p)} {p.name}" if r.random() < 0.6 else self.title_ref(p)
        addr = self.F(r.choice(ADDRESSEES))
        dirs = self.directives(r.randint(3, 6))
        intro1, intro2 = SPEECH_INTROS[kind]
        intro1 = intro1.format(N=self.noun)
        intro2 = self.F(intro2.replace("{N}", self.noun))
        x = r.random()
        if x < 0.35:
            lead = f"{intro1}, {who} {verb} {addr} {dirs}."
        elif x < 0.55:
            lead = f"{intro2}, {who} {verb}: {addr[0].upper()}{addr[1:]} cần {dirs}."
        elif x < 0.7 and p.slot in BEHALF:
            tu = self.F(BEHALF[p.slot])
            lead = (
                f"Thay mặt {tu}, {who} ghi nhận, biểu dương những kết quả đạt được; đồng thời "
                f"{verb} {addr} {dirs}."
            )
        elif x < 0.85:
            ach = r.choice(ACHIEVE)
            lead = (
                f"Phát biểu chỉ đạo tại {self.noun}, {who} khẳng định: Thời gian qua, {ach}. "
                f"Để thực hiện tốt nhiệm vụ trong thời gian tới, {self.title_ref(p)} {verb} "
                f"{addr} {dirs}."
            )
        else:
            lead = f"{who[0].upper()}{who[1:]} {verb} {addr} {dirs}."
        if r.random() < 0.45:
            ref = self.title_ref(p)
            lead += (
                f" {ref[0].upper()}{ref[1:]} cũng {r.choice(('lưu ý', 'đề nghị', 'yêu cầu'))} "
                f"{self.directives(r.randint(2, 3))}."
            )
        return lead

    def caption_person(self, p: Person) -> str:
        r = self.r
        n = self.noun
        if n == "hội nghị" and r.random() < 0.5:
            n = "Hội nghị"
        act = r.choice((f"phát biểu tại {n}.", f"phát biểu kết luận {n}.", "phát biểu chỉ đạo.",
                        f"chủ trì {n}", f"phát biểu tại {n}.", "phát biểu."))  # fmt: skip
        s = f"{self.dc(p).capitalize()} {self.pfull(p)} {act}"
        if r.random() < 0.3:
            s += f" Ảnh: {r.choice(self.pv.reporters)}"
        return s

    def caption(self) -> str:
        s = self.F(self.r.choice(CAPTIONS))
        if self.noun != "hội nghị":
            s = s.replace("Hội nghị", self.noun.capitalize()).replace("hội nghị", self.noun)
        if self.r.random() < 0.25:
            s += f" Ảnh: {self.r.choice(self.pv.reporters)}"
        return s

    def time_phrase(self) -> str:
        r = self.r
        d = self.d
        x = r.random()
        need_year = self.need_year or r.random() < 0.1
        ds = self.dstr(d, need_year)
        if x < 0.05 and self.pub == d:
            return f"{r.choice(('Sáng nay', 'Chiều nay'))} ({ds})"
        pre = r.choice(("Ngày", "Ngày", "Ngày", "Sáng", "Sáng", "Chiều", "Sáng ngày", "Chiều ngày",
                        "Trong ngày"))  # fmt: skip
        return f"{pre} {ds}"

    # -- article kinds ------------------------------------------------------------------------
    # Each returns a spec dict; the shared assembler turns it into text.
    def k_btv(self) -> dict:
        r = self.r
        tu = self.M["TU"]
        variant = r.choice(("", "", ", kỳ chuyên đề", " thường kỳ tháng {m}", " mở rộng",
                            " (kỳ thứ {n})"))  # fmt: skip
        variant = variant.format(m=self.d.month, n=r.randint(40, 160))
        ev = f"Hội nghị Ban Thường vụ {tu}{variant}"
        chair = self.off("bt") if r.random() < 0.7 else self.off("pbttt")
        n = r.randint(4, 15)
        items = []
        for _ in range(r.randint(2, 4)):
            y = r.random()
            if y < 0.4:
                items.append(
                    f"tờ trình của {r.choice(DISCUSS_ORGS)} về {r.choice(DISCUSS_ACTIONS)}"
                )
            elif y < 0.7:
                items.append(
                    f"dự thảo {r.choice(('nghị quyết', 'kết luận', 'chỉ thị', 'kế hoạch', 'đề án'))}"
                    f" của Ban Thường vụ {{TU}} {r.choice(PROV_SUBJECTS)}"
                )
            else:
                doc = self.docs_before(False, 1)
                if doc:
                    items.append(f"báo cáo kết quả thực hiện {self.doc_ref(doc[0])}")
        M = dict(self.M, period=r.choice(self.periods()))
        items_s = "; ".join(self.ab(i.format_map(M)) for i in items)
        paras = [
            f"Tại hội nghị, Ban Thường vụ {self.F('{TU}')} đã thảo luận, cho ý kiến vào {items_s}."
        ]
        if r.random() < 0.5:
            org = self.F(r.choice(DISCUSS_ORGS))
            act = self.ab(r.choice(DISCUSS_ACTIONS).format_map(M))
            paras.append(
                f"Ban Thường vụ {self.F('{TU}')} cũng thảo luận, cho ý kiến vào các công văn, tờ "
                f"trình của {org} về {act}."
            )
        if r.random() < 0.35:
            doc = self.docs_before(False, 1, ("Nghị quyết", "Chỉ thị", "Kết luận"))
            if doc:
                paras.append(
                    f"Thực hiện {self.doc_ref(doc[0])}, các cấp, ngành đã tập trung chỉ đạo quyết "
                    f"liệt thực hiện {r.randint(5, 12)} nhóm nhiệm vụ trọng tâm, gồm "
                    f"{r.randint(15, 40)} nhiệm vụ cụ thể; đến nay đã có {r.randint(3, 12)} nhiệm "
                    f"vụ hoàn thành xuất sắc, {r.randint(5, 15)} nhiệm vụ hoàn thành tốt."
                )
        return {
            "ev": ev,
            "org": f"Ban Thường vụ {tu}",
            "chairs": [chair],
            "guests": [],
            "groups": [
                "các đồng chí Ủy viên Ban Thường vụ {TU}",
                "lãnh đạo UBND {t}",
                r.choice(
                    (
                        "đại diện các sở, ban, ngành của {t}",
                        "lãnh đạo các cơ quan tham mưu, giúp việc {TU}",
                    )
                ),
            ],
            "purpose": r.choice(
                (
                    "",
                    ", thảo luận, cho ý kiến vào một số nội dung công việc theo thẩm quyền",
                    f", cho ý kiến vào {n} nội dung quan trọng",
                )
            ),
            "paras": paras,
            "speaker": chair,
            "headline": r.choice(
                (
                    f"Ban Thường vụ {tu} cho ý kiến vào nhiều nội dung quan trọng",
                    f"Hội nghị Ban Thường vụ {tu}{variant}: {r.choice(HEADLINE_TAILS)}",
                    ev,
                    f"Ban Thường vụ {tu} {self.pv.name} cho ý kiến {n} nội dung",
                )
            ),
        }

    def k_bch(self) -> dict:
        r = self.r
        pv = self.pv
        n = 2 + int(_months(PROV_TERM_START, self.d) * 0.55) + pv.bch_off
        ev = f"Hội nghị Ban Chấp hành Đảng bộ {{t}} lần thứ {n}, khóa {{K}}, nhiệm kỳ 2020-2025"
        chairs = [self.off("bt"), self.off("pbttt"), self.off("ct_ubnd")]
        if r.random() < 0.4:
            chairs = [self.off("bt")]
        paras = [
            f"Hội nghị được tổ chức để phổ biến, quán triệt và thông tin về {r.randint(3, 15)} nội "
            f"dung, văn bản mới của Trung ương và thảo luận, cho ý kiến vào {r.randint(6, 25)} nội "
            "dung về phát triển kinh tế - xã hội, công tác xây dựng Đảng"
            + self.F(", chuẩn bị cho kỳ họp của HĐND {t} khóa {H}.")
        ]
        if self.d >= dt.date(2024, 6, 1):
            paras.append(
                self.F(
                    "Ban Chấp hành Đảng bộ {t} cho ý kiến vào dự thảo Báo cáo chính trị trình Đại "
                    "hội đại biểu Đảng bộ {t} lần thứ {K1}, nhiệm kỳ 2025-2030; dự thảo Báo cáo "
                    "kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ {t} khóa {K}."
                )
            )
        per = r.choice(self.periods())
        paras.append(
            f"Theo báo cáo, {per}, với sự chỉ đạo tập trung, quyết liệt của {self.F('{TU}')}, "
            f"HĐND, UBND {self.M['t']}, {r.choice(ACHIEVE)}; {self.indicators(False, r.randint(3, 6))}."
        )
        paras.append(
            f"Trên tinh thần dân chủ, các đại biểu đã chia tổ thảo luận, cho ý kiến đối với các nội "
            f"dung được trình. Qua tổng hợp, có trên {r.randint(20, 90)} lượt ý kiến phát biểu, về "
            "cơ bản đều nhất trí với nội dung các văn bản."
        )
        return {
            "ev": ev,
            "org": "Ban Chấp hành Đảng bộ {t}",
            "chairs": chairs,
            "guests": [],
            "groups": [
                "các đồng chí Ủy viên Ban Chấp hành Đảng bộ {t}",
                "lãnh đạo các sở, ban, ngành, đoàn thể {t}",
                "bí thư các huyện ủy, thành ủy, đảng ủy trực thuộc {TU}",
            ],
            "purpose": "",
            "paras": paras,
            "speaker": self.off("bt"),
            "closing": "Cùng ngày, Ban Chấp hành Đảng bộ {t} cũng thực hiện các nội dung về công "
            "tác tổ chức cán bộ theo thẩm quyền.",
            "headline": r.choice((ev, f"Khai mạc {ev}", f"Bế mạc {ev}")),
        }

    def k_quantriet(self) -> dict:
        r = self.r
        i = bisect.bisect_left(TW_PLENUM_DATES, self.d - dt.timedelta(days=20)) - 1
        online = r.random() < 0.6
        if i >= 0 and r.random() < 0.6:
            _, num, topic = TW_PLENUMS[i]
            ordw = ORD_WORDS[num] if r.random() < 0.7 else str(num)
            thing = f"Nghị quyết Hội nghị lần thứ {ordw}, Ban Chấp hành Trung ương Đảng khóa XIII"
            content = f"các nghị quyết, kết luận của Hội nghị lần thứ {ordw} {topic}"
            docs = self.docs_before(True, 1, ("Kết luận", "Nghị quyết"))
            if docs:
                content += f"; {self.doc_ref(docs[0])}"
        else:
            docs = self.docs_before(True, 2, ("Nghị quyết", "Kết luận", "Chỉ thị", "Quy định"))
            if not docs:
                docs = self.docs_before(True, 1)
            thing = self.doc_ref(docs[0], r.choice((1, 2, 4)))
            content = " và ".join(self.doc_ref(d, 0) for d in docs)
        thing = self.ab(thing, r.choice((0, 0, 1, 2)))
        ev = r.choice(
            (
                f"Hội nghị quán triệt, triển khai {thing}",
                f"Hội nghị học tập, quán triệt, triển khai thực hiện {thing}",
                f"Hội nghị nghiên cứu, học tập, quán triệt {thing}",
                f"Hội nghị quán triệt, triển khai chương trình hành động của Ban Thường vụ {{TU}} "
                f"thực hiện {thing}",
            )
        )
        chairs = [self.off("bt"), self.off("pbttt"), self.off("ct_ubnd")]
        if r.random() < 0.35:
            chairs = chairs[: r.randint(1, 2)]
        guests = []
        paras = []
        if r.random() < 0.3:
            c = r.choice(self.w.civil_central)
            guests.append(c)
            paras.append(f"Tại hội nghị, {self.dc(c)} {c.name} đã trực tiếp truyền đạt {content}.")
        else:
            p = self.off("tbtg")
            paras.append(
                f"Tại hội nghị, {self.dc(p)} {self.pfull(p)} đã quán triệt, triển khai {content}."
            )
        paras.append(self.filler_para())
        return {
            "ev": ev,
            "org": "{TU}",
            "chairs": chairs,
            "guests": guests,
            "groups": [
                "các đồng chí Ủy viên Ban Thường vụ {TU}",
                "Thường trực HĐND, UBND, Ủy ban MTTQ Việt Nam {t}",
                "các đồng chí Ủy viên Ban Chấp hành Đảng bộ {t}",
                "lãnh đạo các sở, ban, ngành, tổ chức chính trị - xã hội {t}",
            ],
            "purpose": "",
            "online": online,
            "paras": paras,
            "speaker": chairs[0],
            "headline": r.choice(
                (
                    f"Triển khai thực hiện {thing} bảo đảm thực chất, hiệu quả",
                    ev,
                    f"Quán triệt, triển khai {thing}",
                )
            ),
        }

    def k_chuchot(self) -> dict:
        r = self.r
        ev = "Hội nghị cán bộ chủ chốt toàn {t}"
        chairs = [self.off("bt"), self.off("pbttt"), self.off("ct_ubnd")]
        docs = self.docs_before(False, r.randint(1, 3))
        paras = []
        if docs:
            refs = "; ".join(self.doc_ref(d, r.choice((0, 0, 1))) for d in docs)
            paras.append(f"Tại hội nghị, các đại biểu được quán triệt {refs}.")
        paras.append(
            self.F(
                "Về dự thảo các văn kiện, các đồng chí trong Thường trực, Ban Thường vụ {TU} và các "
                "đại biểu chia thành các tổ để thảo luận, tham gia ý kiến tập trung vào mục tiêu "
                "phát triển, các chỉ tiêu kinh tế, xã hội, môi trường, xây dựng Đảng; việc lựa chọn "
                "các khâu đột phá, các nhiệm vụ trọng tâm…"
            )
        )
        guests = [self.off("ct_hdnd")]
        return {
            "ev": ev,
            "org": "{TU}",
            "chairs": chairs,
            "guests": guests,
            "groups": [
                "đại diện Ủy ban Kiểm tra Trung ương, Văn phòng Trung ương Đảng",
                "các đồng chí Thường trực HĐND, UBND, Ủy ban MTTQ Việt Nam {t}",
                "trưởng các ban, ngành, đoàn thể {t}",
                "Bí thư huyện ủy, thành ủy, đảng ủy trực thuộc {TU}",
            ],
            "purpose": "",
            "paras": paras,
            "speaker": chairs[0],
            "headline": ev,
        }

    def k_hdnd(self) -> dict:
        r = self.r
        pv = self.pv
        n = 1 + int(_months(HDND_TERM_START, self.d) / 2.2) + pv.hdnd_off
        opening = r.random() < 0.5
        kind = r.choice(("", "", " (kỳ họp chuyên đề)", " (kỳ họp thường lệ)"))
        ev = f"Kỳ họp thứ {n}, HĐND {{t}} khóa {{H}}, nhiệm kỳ 2021-2026{kind}"
        chairs = [self.off("ct_hdnd")]
        if r.random() < 0.5:
            chairs.append(self.off(r.choice(("pct_hdnd1", "pct_hdnd2"))))
        guests = [self.off("bt"), self.off("ct_ubnd")]
        if r.random() < 0.5:
            guests.insert(1, self.off("pbttt"))
        paras = []
        k = r.randint(8, 35)
        subj = self.pick(PROV_SUBJECTS, r.randint(2, 4))
        M = dict(self.M, y=self.d.year, y1=self.d.year + 1)
        titles = "; ".join("Nghị quyết " + s.format_map(M) for s in subj)
        paras.append(
            self.ab(
                f"Tại kỳ họp, các đại biểu HĐND {self.M['t']} xem xét, thảo luận và biểu quyết "
                f"thông qua {k} nghị quyết quan trọng, trong đó có: {titles}."
            )
        )
        if r.random() < 0.6:
            gd = self.off(r.choice(("gd_tc", "gd_khdt", "gd_nn", "gd_gd", "gd_yt", "gd_xd",
                                    "gd_gtvt", "gd_nv")))  # fmt: skip
            pct = self.off(r.choice(("pct1", "pct2", "pct_tt")))
            paras.append(
                f"Tại phiên chất vấn, các đại biểu đã chất vấn {self.dc(gd)} {self.pfull(gd)} về "
                f"các vấn đề cử tri quan tâm. {self.dc(pct).capitalize()} {self.pfull(pct)} đã "
                "làm rõ thêm một số nội dung thuộc trách nhiệm của UBND "
                f"{self.M['t']}."
            )
        return {
            "ev": ev,
            "org": "HĐND {t}",
            "chairs": chairs,
            "guests": guests,
            "groups": [
                "các đại biểu HĐND {t}",
                "các đồng chí đại biểu Quốc hội đơn vị {t}",
                "lãnh đạo các sở, ban, ngành",
            ],
            "noun": "kỳ họp",
            "action": "khai mạc" if opening else "bế mạc",
            "purpose": "",
            "paras": paras,
            "speaker": chairs[0],
            "speech_kind": "khai mạc" if opening else "bế mạc",
            "headline": f"{'Khai mạc' if opening else 'Bế mạc'} {ev}",
        }

    def k_ubnd(self) -> dict:
        r = self.r
        m = self.d.month
        online = r.random() < 0.3
        ev = r.choice(
            (
                f"phiên họp UBND {{t}} thường kỳ tháng {m}",
                "Hội nghị đánh giá tình hình kinh tế - xã hội " + r.choice(self.periods()),
                f"phiên họp thường kỳ tháng {m} năm {self.d.year} của UBND {{t}}",
            )
        )
        if online:
            ev = "Hội nghị trực tuyến của Chính phủ với các địa phương"
        chairs = [self.off("ct_ubnd")]
        guests = self.pick([self.off("pct_tt"), self.off("pct1"), self.off("pct2")], 2)
        gd = self.off("gd_khdt")
        paras = [
            f"Theo báo cáo của Sở Kế hoạch và Đầu tư do {self.dc(gd)} {self.pfull(gd)} trình bày, "
            f"{r.choice(self.periods())}, {self.indicators(False, r.randint(3, 6))}."
        ]
        if r.random() < 0.5:
            gd2 = self.off(r.choice(("gd_tc", "gd_nn", "gd_xd", "gd_gtvt")))
            paras.append(
                f"Ý kiến của {self.dc(gd2)} {self.pfull(gd2)} tập trung vào "
                f"{r.choice(SHORTCOMINGS)}, đồng thời đề xuất giải pháp khắc phục."
            )
        return {
            "ev": ev,
            "org": "UBND {t}",
            "chairs": chairs,
            "guests": guests,
            "groups": ["lãnh đạo các sở, ban, ngành {t}", "Chủ tịch UBND các huyện, thành phố"],
            "noun": "phiên họp" if ev.startswith("phiên") else "hội nghị",
            "online": online,
            "purpose": "",
            "paras": paras,
            "speaker": chairs[0],
            "headline": r.choice(
                (f"UBND {{t}}: {r.choice(HEADLINE_TAILS[1:3])}", ev[0].upper() + ev[1:])
            ),
        }

    def k_tongket(self) -> dict:
        r = self.r
        ry = self.year_end()
        slot = r.choice(list(ORG_OF))
        org, field = ORG_OF[slot]
        org = self.F(org)
        head = self.off(slot)
        lead = self.off(r.choice(("bt", "pbttt", "ct_ubnd", "pct_tt")))
        ev = f"Hội nghị tổng kết {field} năm {ry}, triển khai nhiệm vụ năm {ry + 1}"
        party = slot in ("tbtc", "cnubkt", "tbtg", "tbdv", "tbnc", "cvp")
        paras = [
            f"Năm {ry}, {org} đã chủ động tham mưu, triển khai đồng bộ các nhiệm vụ; "
            f"{self.indicators(party, r.randint(2, 4))}."
        ]
        if r.random() < 0.5:
            paras.append(
                f"Dịp này, {r.randint(3, 20)} tập thể và {r.randint(5, 40)} cá nhân có thành tích "
                f"xuất sắc trong {field} năm {ry} được khen thưởng."
            )
        return {
            "ev": ev,
            "org": org,
            "chairs": [head],
            "guests": [lead],
            "guest_role": "dự và chỉ đạo {N}",
            "groups": ["lãnh đạo các sở, ban, ngành có liên quan"],
            "purpose": "",
            "paras": paras,
            "speaker": lead,
            "speech_kind": "chỉ đạo",
            "headline": r.choice((ev, f"{org}: {r.choice(HEADLINE_TAILS)}")),
        }

    def k_doantw(self) -> dict:
        r = self.r
        c = r.choice(self.w.civil_central)
        body = CENTRAL_BODY.get(c.positions[-1], "Bộ Chính trị")
        topic = r.choice(
            (
                "tình hình thực hiện nhiệm vụ chính trị {period}",
                "công tác chuẩn bị đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần "
                "thứ XIV của Đảng",
                "kết quả thực hiện Nghị quyết Đại hội đại biểu Đảng bộ {t} lần thứ {K}",
                "công tác kiểm tra, giám sát và thi hành kỷ luật đảng",
                "việc sắp xếp tổ chức bộ máy của hệ thống chính trị",
            )
        )
        topic = self.ab(topic.format_map(dict(self.M, period=r.choice(self.periods()))))
        ev = f"buổi làm việc của Đoàn công tác {body} với Ban Thường vụ {{TU}}"
        bt = self.off("bt")
        lead_body = (
            f"Đoàn công tác của {body} do {self.dc(c)} {self.pfull(c)} làm Trưởng đoàn đã có buổi "
            f"làm việc với Ban Thường vụ {self.F('{TU}')} về {topic}."
        )
        paras = [
            f"Báo cáo tại buổi làm việc, {self.dc(self.off('pbttt'))} "
            f"{self.pfull(self.off('pbttt'))} cho biết: {r.choice(self.periods())}, "
            f"{r.choice(ACHIEVE)}; {self.indicators(False, r.randint(2, 4))}.",
        ]
        return {
            "ev": ev,
            "org": None,
            "lead_body": lead_body,
            "chairs": [c],
            "guests": [bt, self.off("ct_ubnd")],
            "guest_role": "tiếp và làm việc với đoàn",
            "groups": ["các đồng chí Ủy viên Ban Thường vụ {TU}", "lãnh đạo HĐND, UBND {t}"],
            "noun": "buổi làm việc",
            "purpose": "",
            "paras": paras,
            "speaker": c,
            "speech_kind": "kết luận",
            "reply": bt,
            "headline": r.choice(
                (
                    f"Đoàn công tác {body} làm việc tại {self.pv.name}",
                    f"{self.main_title(c)} {c.name} làm việc với Ban Thường vụ {{TU}} {self.pv.name}",
                )
            ),
        }

    def k_quansu(self) -> dict:
        r = self.r
        bt = self.off("bt")
        chqs = self.off("chqs")
        cmd = self.w.qk_commander.get(self.pv.qk)
        x = r.random()
        if x < 0.4:
            y = self.year_end()
            ev = (
                f"Hội nghị Đảng ủy Quân sự {{t}} ra nghị quyết lãnh đạo thực hiện nhiệm vụ quân "
                f"sự, quốc phòng năm {y + 1}"
            )
            noun = "hội nghị"
        elif x < 0.7:
            if self.d.month <= 2:
                self.set_date(self.d + dt.timedelta(days=r.randint(60, 120)))
            y = self.d.year
            ev = f"cuộc diễn tập khu vực phòng thủ {{t}} năm {y}"
            noun = "cuộc diễn tập"
        else:
            y = self.year_end()
            ev = f"Hội nghị tổng kết công tác quân sự, quốc phòng địa phương năm {y}"
            noun = "hội nghị"
        paras = [
            f"Báo cáo tại {noun}, {self.dc(chqs)} {self.pfull(chqs)} cho biết, năm {y}, lực lượng "
            f"vũ trang {self.M['t']} đã hoàn thành tốt các nhiệm vụ được giao; công tác tuyển chọn "
            "và gọi công dân nhập ngũ đạt 100% chỉ tiêu; huấn luyện, diễn tập "
            "bảo đảm an toàn tuyệt đối."
        ]
        guests = [cmd] if cmd is not None and r.random() < 0.5 else []
        return {
            "ev": ev,
            "org": None,
            "chairs": [bt],
            "chair_extra": "Bí thư Đảng ủy Quân sự {t}",
            "guests": guests,
            "groups": [
                "các đồng chí trong Đảng ủy Quân sự {t}",
                "lãnh đạo các sở, ban, ngành, lực lượng vũ trang {t}",
            ],
            "noun": noun,
            "purpose": "",
            "paras": paras,
            "speaker": bt,
            "speech_kind": "chỉ đạo",
            "headline": ev[0].upper() + ev[1:],
        }

    def k_tiepxuc(self) -> dict:
        r = self.r
        i = bisect.bisect_left(QH_SESSION_DATES, self.d)
        if i < len(QH_SESSIONS):
            when = f"trước Kỳ họp thứ {QH_SESSIONS[i][1]}"
        else:
            when = f"sau Kỳ họp thứ {QH_SESSIONS[-1][1]}"
        head = (
            self.off("bt") if "Trưởng Đoàn" in self.off("bt").positions[-1] else self.off("pbttt")
        )
        dep = self.off("ptdbqh")
        ev = f"buổi tiếp xúc cử tri {when}, Quốc hội khóa XV"
        issues = "; ".join(self.pick(VOTER_ISSUES, r.randint(2, 4)))
        ans = self.off(r.choice(("pct1", "pct2", "gd_nn", "gd_tc", "gd_gtvt")))
        lead_body = (
            f"Đoàn đại biểu Quốc hội {{tP}} gồm các đồng chí: {self.pfull(head)}; "
            f"{self.pfull(dep)} đã tiếp xúc cử tri {{capp}} {when}, Quốc hội khóa XV."
        )
        paras = [
            f"Tại buổi tiếp xúc, cử tri đã {issues}.",
            f"Thay mặt UBND {self.M['t']}, {self.dc(ans)} {self.pfull(ans)} đã trực tiếp trả lời, "
            "làm rõ các kiến nghị thuộc thẩm quyền của địa phương.",
        ]
        return {
            "ev": ev,
            "org": self.ab("Đoàn đại biểu Quốc hội {t}".format_map(self.M)),
            "lead_body": lead_body,
            "chairs": [head, dep],
            "guests": [],
            "groups": ["đại diện lãnh đạo Ủy ban MTTQ Việt Nam {t}", "đông đảo cử tri {capp}"],
            "noun": "buổi tiếp xúc",
            "purpose": "",
            "paras": paras,
            "speaker": head,
            "speech_kind": "tiếp thu",
            "headline": f"Đoàn ĐBQH {{t}} tiếp xúc cử tri {when}",
        }

    def k_soket(self) -> dict:
        r = self.r
        docs = self.docs_before(
            False, 1, ("Nghị quyết", "Chỉ thị", "Kết luận", "Chương trình hành động")
        )
        if not docs:
            return self.k_btv()
        doc = docs[0]
        yrs = max(1, round((self.d - doc.date).days / 365))
        what = "tổng kết" if yrs >= 5 else "sơ kết"
        ev = f"Hội nghị {what} {yrs} năm thực hiện {self.doc_ref(doc, r.choice((0, 1, 2)))}"
        chair = self.off(r.choice(("pbttt", "tbtg", "tbtc", "tbdv", "ct_ubnd", "pct_tt")))
        paras = [
            f"Sau {yrs} năm triển khai thực hiện {self.doc_short(doc)}, {r.choice(ACHIEVE)}; "
            f"{self.indicators(False, r.randint(2, 5))}.",
            "Tuy nhiên, " + "; ".join(self.pick(SHORTCOMINGS, 2)) + ".",
        ]
        return {
            "ev": ev,
            "org": "{TU}" if "/TU" in doc.number else "UBND {t}",
            "chairs": [chair],
            "guests": [],
            "groups": [
                "lãnh đạo các sở, ban, ngành, đoàn thể {t}",
                "đại diện lãnh đạo các huyện, thành phố",
            ],
            "purpose": "",
            "paras": paras,
            "speaker": chair,
            "headline": r.choice(
                (ev, f"{what.capitalize()} {yrs} năm thực hiện {self.doc_short(doc)}")
            ),
        }

    def k_huyhieu(self) -> dict:
        r = self.r
        chair = self.off(r.choice(("bt", "pbttt", "tbtc")))
        honorees = []
        for _ in range(r.randint(1, 3)):
            nm = self.w.new_name(self.pv, r.random() < 0.3)
            honorees.append(
                f"{nm}, đảng viên Chi bộ {r.choice(('khu phố', 'thôn', 'bản', 'tổ dân phố'))} {r.randint(1, 15)}"
            )
        years = r.choice((75, 70, 65, 60, 55))
        ev = f"Lễ trao tặng Huy hiệu {years} năm tuổi Đảng cho các đảng viên"
        paras = [
            f"Tại buổi lễ, {self.dc(chair)} {chair.name} đã trao Huy hiệu {years} năm tuổi Đảng "
            f"cho các đồng chí: {'; '.join(honorees)}.",
            "Đây là phần thưởng cao quý của Đảng, ghi nhận những đóng góp to lớn của các đồng chí "
            "đảng viên lão thành đối với sự nghiệp cách mạng của Đảng và dân tộc.",
        ]
        return {
            "ev": ev,
            "org": "{TU}",
            "chairs": [chair],
            "guests": [],
            "groups": ["đại diện Ban Tổ chức {TU}", "gia đình các đảng viên được trao huy hiệu"],
            "noun": "buổi lễ",
            "purpose": "",
            "paras": paras,
            "speaker": chair,
            "speech_kind": "chúc mừng",
            "short": True,
            "headline": f"Trao Huy hiệu {years} năm tuổi Đảng",
        }

    def k_kiemtra(self) -> dict:
        r = self.r
        slot = r.choice(("cnubkt", "tbtc", "tbnc", "tbdv", "mttq", "tbtg", "cvp"))
        head = self.off(slot)
        num = r.randint(1, 9)
        target = r.choice(DISCUSS_ORGS[6:])
        y = self.d.year
        n = 1 + int(500 * (self.d - PROV_TERM_START).days / 365 * r.uniform(0.9, 1.1))
        what = r.choice(("kiểm tra", "giám sát"))
        qd = (
            f"Quyết định số {n}-QĐ/TU ngày {self.dstr(self.d - dt.timedelta(days=r.randint(3, 20)))}"
            f" của Ban Thường vụ {{TU}} về {what} đối với {target} năm {y}"
        )
        ev = f"Hội nghị công bố {qd}"
        paras = [
            f"Theo quyết định, Đoàn {what} số {num} do {self.dc(head)} {self.pfull(head)} làm "
            f"Trưởng đoàn sẽ tiến hành {what} {r.choice(('việc lãnh đạo, chỉ đạo', 'việc thực hiện'))}"
            f" công tác xây dựng Đảng, việc thực hiện các chủ trương của {{TU}} trong thời gian "
            f"{r.randint(30, 60)} ngày.",
        ]
        paras = [self.F(p) for p in paras]
        return {
            "ev": ev,
            "org": f"Đoàn {what} số {num} của Ban Thường vụ {{TU}}",
            "chairs": [head],
            "guests": [],
            "groups": [f"các thành viên Đoàn {what}", f"đại diện {target}"],
            "purpose": "",
            "paras": paras,
            "speaker": head,
            "headline": f"Công bố quyết định {what} đối với {target}",
        }

    def k_lamviec(self) -> dict:
        r = self.r
        lead = self.off(r.choice(("bt", "bt", "ct_ubnd", "pbttt", "ct_hdnd")))
        slot = r.choice(list(ORG_OF))
        org, field = ORG_OF[slot]
        org = self.F(org)
        head = self.off(slot)
        ev = f"buổi làm việc với {org} về {field}"
        paras = [
            f"Báo cáo tại buổi làm việc, {self.dc(head)} {self.pfull(head)} cho biết, "
            f"{r.choice(self.periods())}, {org} đã tập trung triển khai thực hiện các nhiệm vụ "
            f"được giao; {r.choice(ACHIEVE)}. Tuy nhiên, {r.choice(SHORTCOMINGS)}.",
        ]
        return {
            "ev": ev,
            "org": None,
            "chairs": [lead],
            "guests": [],
            "groups": ["lãnh đạo một số sở, ngành liên quan", "Văn phòng {TU}"],
            "noun": "buổi làm việc",
            "purpose": "",
            "paras": paras,
            "speaker": lead,
            "headline": r.choice(
                (
                    f"{self.main_title(lead)} làm việc với {org}",
                    f"{self.main_title(lead)} {lead.name} làm việc với {org}",
                    f"Nâng cao hiệu quả {field}",
                )
            ),
        }

    # -- assembly -----------------------------------------------------------------------------
    def year_end(self) -> int:
        """Move the event into mid-December .. mid-January; return the year under review."""
        y = self.d.year
        if self.d.month >= 7:
            self.set_date(dt.date(y, 12, 15) + dt.timedelta(days=self.r.randint(0, 16)))
        else:
            self.set_date(dt.date(y, 1, 2) + dt.timedelta(days=self.r.randint(0, 18)))
        return self.d.year if self.d.month == 12 else self.d.year - 1

    def set_date(self, d: dt.date) -> None:
        self.d = d
        self.M["y"] = d.year
        self.M["y0"] = d.year - 1 if d.month <= 2 else d.year
        self.M["y1"] = d.year + 1

    def lead(self, spec: dict) -> str:
        r = self.r
        T = self.time_phrase()
        ev = self.F(spec["ev"])
        chairs = spec["chairs"]
        extra = spec.get("chair_extra")
        extra = extra.format_map(self.M) if extra else None
        noun = self.noun
        purpose = self.F(spec.get("purpose", ""))
        org = spec.get("org")
        org = self.F(org) if org else None
        action = spec.get("action", "chủ trì")
        if spec.get("lead_body"):
            return f"{T}, {self.F(spec['lead_body'])}"
        if action != "chủ trì":  # opening / closing of a session
            p = chairs[0]
            return (
                f"{T}, {ev} đã {action}. {self.dc(p).capitalize()} {self.pfull(p, extra)} chủ trì "
                f"{noun}."
                + (
                    f" Cùng chủ trì có {self.dc(chairs[1])} {self.pfull(chairs[1])}."
                    if len(chairs) > 1
                    else ""
                )
            )
        if len(chairs) == 1:
            p = chairs[0]
            pf = self.pfull(p, extra)
            dc = self.dc(p)
            x = r.random()
            if x < 0.3 or (org is None and x < 0.55):
                venue = f"tại {self.F(r.choice(VENUES))}, " if r.random() < 0.2 else ""
                return f"{T}, {venue}{dc} {pf} đã chủ trì {ev}{purpose}."
            if org is None:
                if ev.startswith("buổi"):
                    return f"{T}, {dc} {pf} đã có {ev}{purpose}."
                return f"{T}, {ev} do {dc} {pf} chủ trì đã diễn ra{purpose}."
            if x < 0.55:
                return f"{T}, {org} tổ chức {ev}{purpose}. {dc.capitalize()} {pf} chủ trì {noun}."
            if x < 0.8:
                return (
                    f"{T}, {org} tổ chức {ev}{purpose}. {noun.capitalize()} do {dc} {pf} chủ trì."
                )
            return f"{T}, {org} đã tổ chức {ev}{purpose} dưới sự chủ trì của {dc} {pf}."
        lst = "; ".join(self.pfull(p, extra if i == 0 else None) for i, p in enumerate(chairs))
        x = r.random()
        if x < 0.45 or org is None:
            return f"{T}, các đồng chí: {lst} đã {r.choice(('chủ trì', 'chủ trì', 'đồng chủ trì'))} {ev}{purpose}."
        if x < 0.7:
            return f"{T}, {org} tổ chức {ev}{purpose}. Các đồng chí: {lst} đồng chủ trì {noun}."
        return f"{T}, {org} tổ chức {ev}{purpose}. Chủ trì {noun} có các đồng chí: {lst}."

    def attendance(self, spec: dict) -> str:
        r = self.r
        items = []
        guests = spec.get("guests") or []
        role = spec.get("guest_role")
        if guests:
            if len(guests) == 1:
                items.append(f"{self.dc(guests[0])} {self.pfull(guests[0])}")
            else:
                items.append("các đồng chí: " + "; ".join(self.pfull(g) for g in guests))
        groups = [self.F(g) for g in spec.get("groups", ())]
        if len(groups) > 1 and r.random() < 0.3:
            groups = groups[: len(groups) - 1]
        items.extend(groups)
        if not items:
            return ""
        noun = self.noun
        x = r.random()
        if role:
            role = role.replace("{N}", noun)
            return f"{role[0].upper()}{role[1:]} có {'; '.join(items)}."
        if x < 0.5:
            return f"Dự {noun} có {'; '.join(items)}."
        if x < 0.75:
            return f"Tham dự {noun} có {'; '.join(items)}."
        if x < 0.9:
            return f"Cùng dự có {'; '.join(items)}."
        return f"Dự và chỉ đạo {noun} có {'; '.join(items)}."

    def header_lines(self) -> list[str]:
        r = self.r
        out = []
        x = r.random()
        pub = self.pub
        if x < 0.15:
            out.append(
                f"{WEEKDAYS[pub.weekday()]}, {'' if r.random() < 0.5 else ' '}{pub.day:02d}/{pub.month:02d}/{pub.year}"
            )
        elif x < 0.25:
            out.append(
                f"Cập nhật: {r.randint(6, 22):02d}:{r.randint(0, 59):02d} {pub.day:02d}/{pub.month:02d}/{pub.year}"
            )
        elif x < 0.32:
            out.append(r.choice(("Chính trị", "Thời sự - Chính trị", "Xây dựng Đảng",
                                 "Tin tức > Chính trị", "Trang chủ / Chính trị")))  # fmt: skip
        return out

    def footer_lines(self) -> list[str]:
        r = self.r
        x = r.random()
        if x < 0.25:
            return [
                "BÌNH LUẬN",
                "Bạn còn 500/500 ký tự",
                "Bạn vui lòng nhập từ 5 ký tự trở lên !!!",
            ] + (["Tin mới"] if r.random() < 0.5 else [])
        if x < 0.4:
            return ["Bạn còn 500/500 ký tự", "Bạn vui lòng nhập từ 5 ký tự trở lên !!!"]
        if x < 0.48:
            return ["Tìm kiếm theo ngày"]
        if x < 0.62:
            M = dict(self.M, n=r.randint(5, 30))
            return ["Tin liên quan"] + [
                self.ab(h.format_map(M)) for h in self.pick(RELATED, r.randint(2, 4))
            ]
        if x < 0.7:
            return ["Chia sẻ", "In bài viết"]
        return []

    def byline(self) -> str | None:
        r = self.r
        x = r.random()
        reps = self.pv.reporters
        if x < 0.25:
            return None
        names = self.pick(reps, 1 if r.random() < 0.6 else 2)
        sep = r.choice((" - ", " – ", ", "))
        s = sep.join(names)
        if x < 0.4:
            s = s.upper()
        elif x < 0.55:
            s = r.choice(("Tin, ảnh: ", "Bài, ảnh: ", "Tin và ảnh: ")) + s
        elif x < 0.6:
            s = f"{s} (Báo {self.pv.name})"
        return s

    @staticmethod
    def old_style(text: str) -> str:
        for a, b in OLD_STYLE:
            if a in text:
                text = text.replace(a, b)
        return text

    def article(self, idx: int) -> dict:
        r = self.r
        w = self.w
        pv = w.provinces[r.choices(range(63), cum_weights=w.prov_cum)[0]]
        self.pv = pv
        self.M = dict(pv.M)
        d = START + dt.timedelta(days=r.randrange(SPAN))
        if d.weekday() == 6 and r.random() < 0.8:
            d += dt.timedelta(days=1)
        self.set_date(d)
        self.lvl = r.choices((0, 1, 2), cum_weights=(35, 80, 100))[0]
        self.dongchi = r.random() < 0.85
        self.M["short1"], self.M["short2"] = self.pick(SHORTCOMINGS, 2)
        self.deck = self.pick(FILLER, len(FILLER))
        self.dir_deck = self.pick(DIRECTIVES, len(DIRECTIVES))
        self.used: set[str] = set()
        self.M["dockind"] = r.choice(("nghị quyết", "kết luận", "kế hoạch", "đề án", "chỉ thị"))
        self.noun = "hội nghị"
        kind = r.choices(self.kinds[0], cum_weights=self.kinds[1])[0]
        self.need_year = False
        self.pub = self.d  # provisional, kinds may move the date
        spec = kind()
        self.noun = spec.get("noun", "hội nghị")
        if r.random() < 0.35 and spec.get("groups"):
            present = {p.pid for p in spec["chairs"]} | {p.pid for p in spec.get("guests", ())}
            extra = [pv.officials[s] for s in self.pick(EXTRA_GUESTS, r.randint(1, 3))]
            spec["guests"] = list(spec.get("guests", ())) + [
                p for p in extra if p.pid not in present
            ]
        x = r.random()
        gap = 0 if x < 0.6 else 1 if x < 0.88 else r.randint(2, 25)
        self.pub = self.d + dt.timedelta(days=gap)
        self.need_year = gap > 5 or self.pub.year != self.d.year
        self.lower_tu = r.random() < 0.12
        self.orth = 0 if r.random() < 0.75 else (1 if r.random() < 0.4 else 2)

        parts: list[str] = self.header_lines()
        headline = self.F(spec["headline"])
        headline = headline[0].upper() + headline[1:]
        parts.append(headline)
        if r.random() < 0.12:
            parts.append(f"Ngày {self.d.day} tháng {self.d.month} năm {self.d.year}")
        lead = self.lead(spec)
        x = r.random()
        if x < 0.2:
            lead = r.choice((f"{pv.code}O-", f"{pv.code}O - ", f"({pv.code}) - ",
                             f"(Báo {pv.name}) - ", f"{pv.code} – "))+ lead  # fmt: skip
        parts.append(lead)
        if r.random() < 0.25:
            parts.append(headline if r.random() < 0.4 else self.caption())
        att = self.attendance(spec)
        if att:
            parts.append(att)
        if spec.get("online"):
            parts.append(
                self.F(
                    f"{self.noun.capitalize()} được tổ chức trực tuyến tới {r.randint(9, 180)} "
                    "điểm cầu các huyện, thành phố và các xã, phường, thị trấn."
                )
            )
        if r.random() < 0.35:
            parts.append(self.caption())
        body = [p for p in spec["paras"] if p]
        speaker = spec["speaker"]
        sp_kind = spec.get("speech_kind", "kết luận")
        tail = [self.speech(speaker, sp_kind)]
        if spec.get("reply") is not None:
            rp = spec["reply"]
            tail.append(
                f"Thay mặt Ban Thường vụ {self.F('{TU}')}, {self.dc(rp)} {rp.name} tiếp thu ý kiến "
                f"chỉ đạo của {self.title_ref(speaker)}, khẳng định {self.F('{tP}')} sẽ "
                f"{self.directives(r.randint(2, 3))}."
            )
        if r.random() < 0.4:
            tail.insert(0, self.caption_person(speaker))
        closing = spec.get("closing")
        if closing and r.random() < 0.6:
            tail.append(self.F(closing) + ("/." if r.random() < 0.5 else ""))
        elif r.random() < 0.15:
            other = self.off(r.choice(("pct1", "pct2", "pct_tt", "tbtc", "mttq", "ct_hdnd")))
            tail.append(
                f"Cùng ngày, {self.dc(other)} {self.pfull(other)} đã chủ trì buổi làm việc với "
                f"{self.F(r.choice(DISCUSS_ORGS))} về {self.F(r.choice(PROV_SUBJECTS)[3:])}."
            )
        by = self.byline()
        foot = self.footer_lines()
        fixed = sum(len(p) + 2 for p in parts) + sum(len(p) + 2 for p in body)
        fixed += sum(len(p) + 2 for p in tail) + sum(len(p) + 1 for p in foot)
        target = int(r.triangular(1500, 6900, 3400))
        if spec.get("short"):
            target = min(target, r.randint(1500, 2600))
        while fixed < target:
            para = self.filler_para()
            if fixed + len(para) > 6900:
                if fixed >= 1500:
                    break
                continue
            if len(body) > 1 and r.random() < 0.5:
                body.insert(r.randint(1, len(body)), para)
            else:
                body.append(para)
            fixed += len(para) + 2
            if r.random() < 0.12:
                body.append(self.caption())
                fixed += 40
        while fixed > 7000 and len(body) > 1:
            fixed -= len(body.pop()) + 2
        parts.extend(body)
        parts.extend(tail)
        if by:
            parts.append(by)
        if self.orth == 2:  # mixed: some paragraphs in the old tone placement
            parts = [self.old_style(p) if r.random() < 0.5 else p for p in parts]
        sep = r.choice(("\n\n", "\n\n", "\n", "\n\n\n"))
        text = sep.join(parts)
        if foot:
            text += sep + "\n".join(foot)
        text = self.noise(text)
        if not self.dongchi:  # "ông Đại tá X" -> "Đại tá X"
            for rk in ("Đại tá", "Thượng tá", "Thiếu tướng", "Trung tướng"):
                text = text.replace(f"ông {rk} ", f"{rk} ").replace(f"Ông {rk} ", f"{rk} ")
        if self.lower_tu:
            text = text.replace("Tỉnh ủy", "tỉnh ủy").replace("Tỉnh uỷ", "tỉnh uỷ")
        if self.orth == 1:
            text = self.old_style(text)
        return {"id": f"synth-{idx:06d}", "text": text, "published": self.pub.isoformat()}

    def noise(self, text: str) -> str:
        r = self.r
        if r.random() < 0.5:
            dash = r.choice((" - ", " – ", "–"))
            for yr in YEAR_RANGES:
                if yr in text:
                    text = text.replace(yr, yr.replace("-", dash))
        if r.random() < 0.08:  # a caption glued to the end of a paragraph
            i = text.find(".\n", len(text) // 3)
            if i > 0:
                j = text.find("\n", i + 2)
                if j > 0:
                    text = text[: i + 1] + text[i + 2 :].lstrip("\n")
        if r.random() < 0.05:
            text = text.replace("Tỉnh ủy", "Tinh ủy", 1)
        if r.random() < 0.04:
            text = text.replace(" chủ trì", " chỉ trì", 1)
        if r.random() < 0.1:
            text = text.replace(". ", ".  ", r.randint(1, 3))
        if r.random() < 0.06:
            text = text.replace("\n\n", "\n\n\xa0\n\n", 1)
        return text


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def generate(n: int, seed: int = 0) -> Iterator[dict]:
    """Yield ``n`` synthetic articles ``{"id", "text", "published"}``; deterministic in seed."""
    world = World(seed)
    writer = _Writer(world, seed)
    for i in range(1, n + 1):
        yield writer.article(i)


def write_jsonl(path: str, n: int, seed: int = 0) -> int:
    """Write ``n`` articles as JSON lines to ``path`` (``-`` = stdout); return the count."""
    if path == "-":
        return _dump(sys.stdout, n, seed)
    with open(path, "w", encoding="utf-8") as out:
        return _dump(out, n, seed)


def _dump(out, n: int, seed: int) -> int:
    count = 0
    for doc in generate(n, seed):
        out.write(json.dumps(doc, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("-n", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("-o", "--output", default="-", help="output JSONL path, '-' for stdout")
    ap.add_argument("--world", metavar="PATH", help="also dump the synthetic officials as JSON")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    count = write_jsonl(args.output, args.n, args.seed)
    if args.world:
        with open(args.world, "w", encoding="utf-8") as f:
            json.dump(World(args.seed).to_json(), f, ensure_ascii=False, indent=1)
    print(f"{count} articles in {time.perf_counter() - t0:.2f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
