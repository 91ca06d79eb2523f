"""Find named officials in sentences, with their rank and every title given them."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from loaders.clean import Cleaned, Sentence
from loaders.gazetteer import Gazetteer
from loaders.text import (
    LOWER,
    UPPER,
    alternation,
    capitalised_words,
    first_letters,
    is_capitalised,
    key,
    whole_words,
)
from loaders.titles import (
    PERIOD,
    TERM,
    TitleRules,
    canonical_title,
    committee_served,
    complete_from_sentence,
    complete_party_organs,
    find_stop,
    mask_commas,
    organ_has,
    organ_of,
    place_before,
    read_title,
    rules,
    shared_organ,
)

_SEPARATOR = re.compile(r"[,;:()\n]|\s[-–—]\s")
_DASH_BEFORE = re.compile(r"\s[-–—]\s*$")
# Capitalised words that never belong to a personal name: a run of capitals is cut there.
_NOT_NAME = frozenset(
    [
        "Phó",
        "Bí",
        "Chủ",
        "Ủy",
        "Trưởng",
        "Giám",
        "Tổng",
        "Thủ",
        "Bộ",
        "Thứ",
        "Tỉnh",
        "Huyện",
        "Ban",
        "Sở",
        "Hội",
        "Đảng",
        "Nhà",
        "Viện",
        "Cục",
        "Vụ",
        "Xã",
        "Phường",
        "Các",
        "Những",
        "Ngày",
        "Sáng",
        "Chiều",
        "Tối",
        "Trưa",
        "Tại",
        "Dự",
        "Theo",
        "Về",
        "Với",
        "Trong",
        "Ông",
        "Bà",
        "Chị",
        "Trường",
        "Kế",
        "Hướng",
        "Tờ",
        "Báo",
        "Đề",
        "Kỳ",
        "Kiểm",  # "Đoàn Kiểm tra", "Viện Kiểm sát": an organ, not a person "Đoàn Kiểm"
        "Lễ",
        "Khu",
        "Cụm",
        "Bản",
        "Thôn",
        "Làng",
        "Phố",
        "Đường",
        "Tham",
        "Thực",
        "Đây",
        "Hôm",
        "Tháng",
        "Sau",
        "Trước",
        "Khi",
        "Cùng",
        "Và",
        "Qua",
        "Đối",
        "Để",
        "Đến",
        "Cho",
        "Của",
        "Là",
        "Có",
        "Được",
        "Thay",
        "Thường",
        "Chính",
        "Văn",
        "Quân",
        "Công",
        "An",
        "Học",
        "Sư",
        "Tập",
        "Thị",
        "Trấn",
        "Quận",
        "Tổ",
        "Đội",
        "Mặt",
        "Kho",
        "Cảng",
        "Sân",
    ]
)
# Family names among those words, which open a name before "Thị" ("Văn Thị Bạch Tuyết").
_THI_SURNAMES = frozenset({"Văn"})
# Words that may sit inside a name after its first word.
_NAME_INNER_OK = frozenset(
    {
        "Thị",
        "Văn",
        "Công",
        "Chính",
        "Thường",
        "An",
        "Quân",
        "Quận",
        "Đồng",
        "Học",
        "Thực",
        "Trường",
        "Kỳ",
    }
)


@dataclass(frozen=True)
class Mention:
    """One appearance of a person in a sentence."""

    name: str
    rank: str | None
    titles: tuple[str, ...]
    start: int  # span of the name in the clean text
    end: int
    chain_start: int  # span of honorific, titles before, name and titles after
    chain_end: int
    sentence: Sentence
    anchor: str  # honorific:<word> | rank | title | list | short
    raw_titles: tuple[tuple[str, int, int], ...] = ()  # (title, start, end) as evidence


# "… giữ chức Chủ tịch UBND tỉnh" after a person: a post they are given.
_ASIDE = r"\([^()]{0,80}\)"
# A birth year, or an age with a degree or hometown ("(48 tuổi, thạc sĩ kinh tế)"); not
# one holding titles ("(54 tuổi, hiện giữ chức vụ GĐ Sở Y tế)").
_BIRTH_ASIDE = (
    # "(SN 1977, phường Long Mỹ, TP Cần Thơ)": a birth year and a hometown.
    r"\((?:(?:SN|sinh năm|sinh)\s*\d{4}(?:,[^()]{0,60})?"
    r"|\d{2} tuổi(?:,\s*(?:thạc sĩ|thạc sỹ|tiến sĩ|tiến sỹ|cử nhân|quê)[^()]{0,40})?)\)"
)
_TAKES = (
    r"(?:(?:giữ|vào) (?:các )?chức(?: vụ| danh)?|(?:làm|nhận) nhiệm vụ|giữ (?:cương|vị trí)|đảm nhiệm(?: chức(?: vụ| danh)?| cương vị| vị trí)?|làm"
    r"|(?:tái đắc cử|đắc cử|trúng cử|tái cử)(?: giữ)?(?: chức vụ| chức danh| chức| làm)?)"
)
# A term written after a title, with its period ("khóa XV, nhiệm kỳ 2020-2025").
_TERM_RUN = rf"\s*,?\s*{TERM}(?:\s*,?\s*nhiệm kỳ\s+{PERIOD})?"
_VERB = r"(?:bầu|bổ nhiệm|điều động|chỉ định|phân công|giới thiệu|luân chuyển|tiếp nhận)"
_POSTED = r"(?:\s+(?:đến|về) (?:nhận )?công tác)?"
# "điều động và phân công nhiệm vụ": verbs moving a person, before the post they take.
_MOVES = rf"{_VERB}(?:\s*(?:,|và)\s*{_VERB})*(?:\s+nhiệm vụ)?"
# "được Bộ Chính trị điều động, phân công, chỉ định tham gia Ban Chấp hành, giữ chức X".
_BY = rf"(?:(?-i:[{UPPER}])[^,;.()]{{0,60}}?\s+(?={_VERB}))?"
_APPOINTED = re.compile(
    # "A - Chủ nhiệm … nhiệm kỳ 2020 - 2025 giữ chức X": a term may end the titles first.
    rf"(?:{_TERM_RUN})?"
    rf"\s*(?:{_ASIDE}\s*)?,?\s*"
    # "A, Phó Bí thư xã X, đến nhận công tác tại xã Y, chỉ định … giữ chức Z".
    rf"(?:(?:đến|về) (?:nhận )?công tác(?: tại [^,;.]{{1,40}})?\s*,\s*)?"
    rf"(?:(?:thôi )?tham gia [^;.]{{0,80}}?\s+và\s+)?(?:đều\s+|cùng\s+|cũng\s+)?(?:đã\s+|vừa\s+)?(?:để\s+)?(?:tiếp tục\s+)?"
    # "… đối với đồng chí A sau khi đồng chí được Ban Bí thư chỉ định giữ chức X".
    # "… đối với ông A, do được Ban Bí thư điều động, chỉ định giữ chức X".
    rf"(?:(?:sau khi|do|vì)\s+(?:(?:đồng chí|ông|bà)\s+)?)?(?:được\s+{_BY})?(?:tín nhiệm\s+)?"
    # "được điều động đến công tác và bổ nhiệm giữ chức vụ X".
    rf"(?:(?:{_VERB}{_POSTED}(?:\s*(?:,|và)\s*{_VERB}{_POSTED})*(?:\s+bổ sung)?\s+)?(?:(?:thôi )?tham gia [^;.]{{0,80}}?(?:,|\s+và)\s+)?"
    rf"(?:tiếp tục\s+|thôi\s+)?{_TAKES}"
    # "được bổ nhiệm là …", "được bầu bổ sung Ủy viên …", "được bầu Chủ tịch …" (the
    # caller checks that a title follows).
    r"|(?:bầu|bổ nhiệm|chỉ định)(?:\s+bổ sung)?(?:\s+là)?|là)\s+",
    re.IGNORECASE,
)
# "thôi giữ chức X để giữ chức Y": the post taken after the one left.
_THEN_TAKES = re.compile(
    # "… để nhận công tác mới, giữ chức Y".
    rf"\s*,?\s*(?:để|và)\s+(?:nhận (?:công tác|nhiệm vụ) mới,?\s+)?"
    # "… và được HĐND tỉnh bầu giữ chức Y".
    rf"(?:được\s+{_BY}(?:{_VERB}\s+)?)?"
    # "… để điều động và phân công nhiệm vụ giữ chức Y".
    rf"(?:{_MOVES}\s+)?"
    rf"(?:(?:tiếp tục\s+)?{_TAKES}|miễn nhiệm chức(?: vụ| danh)?)\s+",
    re.IGNORECASE,
)
# After a person's titles, the post a move gives them: "…, Bí thư Tỉnh ủy, để điều động
# và phân công nhiệm vụ giữ chức Y".
_MOVED_TO = re.compile(
    rf"\s*,?\s*để\s+{_MOVES}\s+{_TAKES}\s+",
    re.IGNORECASE,
)
# "miễn nhiệm chức vụ Phó Giám đốc Sở Nội vụ đối với bà Y": a post they held.
# Between two people given one post: "… đối với ông A, nguyên …, và bà B", "ông A, …; ông B".
# A short lower-case reason may come first ("…, nghỉ hưu theo quy định; ông B").
_REASON = (
    # or an aside: "(SN 1955)", "(nghỉ hưu)".
    rf"(?:\s*(?:{_BIRTH_ASIDE}|\((?-i:[^\W\dA-ZĐ])[^()]{{0,40}}\)))?"
    r"(?:\s*,?\s*(?-i:[^\W\dA-ZĐ][^,;.()A-ZĐ]{0,40}?)(?=\s*;|\s+và\s))?"
)
_AND_NEXT = re.compile(
    rf"{_REASON}\s*(?:,?\s*và\s+(?:các\s+)?(?:ông|bà|đồng chí)?|,\s*(?:ông|bà|đồng chí)"
    # After ";" a capital opens a clause of its own ("…; Ông B được bầu làm …").
    r"|;\s*(?-i:ông|bà|đồng chí))\s*",
    re.IGNORECASE,
)
# After "đối với các ông:", names with no honorific: "A, …; B, … và C".
_LIST_NEXT = re.compile(rf"{_REASON}\s*(?:;|,?\s*và)\s*", re.IGNORECASE)


# The title never spans another "với": "chức danh X với ông A và Y với ông B" gives B the
# Y written after "và" (`_DISMISSED_AND`).
def _dismissed_title(towards: str) -> str:
    """A post, up to the word (`towards`) before the person it is given or taken from."""
    return (
        # Nor another "miễn nhiệm"/"chức danh"/"chức": the title is the one written last
        # ("thôi nhiệm vụ đại biểu HĐND và thôi giữ chức Chủ tịch UBND tỉnh đối với ông A").
        r"(?P<title>(?:(?!\s(?:đối )?với\s|\smiễn nhiệm\s|\schức(?: vụ| danh)?\s)[^,;.()]){3,120}?)"
        # "… đối với các ông: A, …; B, …": a list after a colon.
        rf"(?:,?\s*(?:nhiệm kỳ|khóa|giai đoạn)[^,;.()]{{0,30}}){{0,2}},?\s+{towards}"
        r"(?:\s+các (?:ông|bà|đồng chí)(?:,? bà)?\s*:|\s*:)?\s*$"
    )


_DISMISSED_TITLE = _dismissed_title(r"(?:đối )?với")
# "cho thôi làm nhiệm vụ X đối với", "bầu bổ sung X đối với": the post is the person's too.
_POST_WORD = r"chức(?: vụ| danh)?\s+"  # "chức vụ", "chức danh", "chức" before a title
_DISMISSED = re.compile(
    r"(?:(?:(?:thôi\s+)?(?:làm\s+)?nhiệm vụ|(?<!giới thiệu nhân sự )bầu(?: bổ sung)?|miễn nhiệm|bãi nhiệm)\s+"
    # "bầu các Phó Chủ tịch … đối với ông A, ông B": the count is not the title's.
    rf"(?:{_POST_WORD})?(?:các\s+)?|{_POST_WORD}){_DISMISSED_TITLE}",
    re.IGNORECASE,
)
# "… X đối với ông A và Y đối với bà B", "…; Y đối với bà B".
_DISMISSED_AND = re.compile(
    rf"(?:(?<=\svà\s)|(?<=;\s))(?=(?-i:[{UPPER}])){_DISMISSED_TITLE}", re.IGNORECASE
)
# "phê chuẩn kết quả bầu: X đối với ông A; …": a list of posts after a vote's colon; only
# "đối với" ("Sáng 12/3: Phó Chủ tịch UBND tỉnh làm việc với ông A" gives A no post).
_DISMISSED_LISTED = re.compile(
    r"(?<![\w])(?:bầu(?: bổ sung)?|phê chuẩn|miễn nhiệm|bãi nhiệm)(?![\w])[^.;:]{0,40}:\s+"
    rf"(?=(?-i:[{UPPER}])){_dismissed_title('đối với')}",
    re.IGNORECASE,
)


# "… chức vụ chủ tịch UBND tỉnh giai đoạn 2014 - 2015, phó chủ tịch UBND tỉnh giai đoạn
# 2011 - 2013 đối với ông A": several posts, each a title, before one person.
_WITH = re.compile(r"\svới[\s:]")
_SEVERAL_DISMISSED = re.compile(
    r"(?:chức vụ|chức danh)\s+(?P<titles>[^;.()]{3,240}?)\s+(?:đối )?với\s*$", re.IGNORECASE
)
_PERIOD_AFTER = re.compile(r"\s*(?:nhiệm kỳ|khóa|giai đoạn)\s[^,]*$", re.IGNORECASE)


def _several_dismissed(text: str, upto: str, rl: _Rules) -> list[tuple[str, int, int]]:
    """The posts of a "chức vụ X, Y đối với" list, when every piece is a title."""
    found = _SEVERAL_DISMISSED.search(upto)
    if not found or "," not in found.group("titles"):
        return []
    out = []
    pos = found.start("titles")
    for piece in found.group("titles").split(","):
        start = pos + len(piece) - len(piece.lstrip())
        pos += len(piece) + 1
        printed = _PERIOD_AFTER.sub("", piece.strip())
        title = canonical_title(printed, rl.titles) if rl.titles.head.match(printed) else None
        if not title:
            return []
        out.append((title, start, start + len(printed)))
    return out


def _with_title(m: Mention, title: str, start: int, end: int) -> Mention:
    if title in m.titles:
        return m
    return Mention(
        **{
            **m.__dict__,
            "titles": (*m.titles, title),
            "raw_titles": (*m.raw_titles, (title, start, end)),
        }
    )


@dataclass(frozen=True)
class _Rules:
    titles: TitleRules
    honorific: re.Pattern[str]
    group_label: re.Pattern[str]
    glue: re.Pattern[str]
    surnames: frozenset[str]
    opening_only: frozenset[str]
    place_tokens: dict[str, int]  # provinces and foreign places, lower case → words
    place_firsts: frozenset[str]  # the first words of `place_tokens`
    foreign_place: re.Pattern[str]  # one of `place_tokens` that is foreign, as a whole phrase
    organ_opening: re.Pattern[str]
    title_separator: re.Pattern[str]
    rank_after: re.Pattern[str]  # ", Đại tá," right after a name
    chain_back: re.Pattern[str]
    on_behalf_of: re.Pattern[str]  # "thay mặt " right before a title
    plural_title: re.Pattern[str]  # "hai Phó Chủ tịch:", "các Ủy viên …:"
    count_dash: re.Pattern[str]  # "2 Phó Chủ tịch HĐND tỉnh – "


@cache
def _rules(gaz: Gazetteer) -> _Rules:
    prefix = alternation([*gaz.ranks, *gaz.academic])
    honor = alternation(gaz.honorifics)
    place_tokens: dict[str, int] = {}
    for name in (
        *(n for p in gaz.provinces for n in (p.name, *p.aliases)),
        *gaz.cues["foreign_places"],
    ):
        place_tokens[name.lower()] = len(name.split())
    glue = alternation(gaz.cues["list_glue"])
    return _Rules(
        titles=rules(gaz),
        # What stands right before a name: an honorific and/or ranks ("đồng chí Đại tá").
        honorific=re.compile(
            rf"(?=[{first_letters([*gaz.honorifics, *gaz.ranks, *gaz.academic])}])"
            rf"(?:(?<![\w])(?P<hon>{honor})\s+(?P<pre>(?:(?:{prefix})\.?\s+)*)"
            rf"|(?<![\w])(?P<pre2>(?:(?:{prefix})\.?\s+)+))$",
            re.IGNORECASE,
        ),
        group_label=re.compile(
            # A dot inside an abbreviation ("Ủy viên T.Ư Đảng") does not end the label.
            r"các (?:đồng chí|ông|bà|vị)(?: là|(?P<within> trong| thuộc))?\s+"
            r"(?P<label>(?:[^:;.]|\.(?=\w)){3,120}?)\s*:",
            re.IGNORECASE,
        ),
        # "bà A (với 98% phiếu) và bà B": an aside in parentheses stays inside the list.
        glue=re.compile(rf"^(?:\s|{glue}|{_ASIDE})*$", re.IGNORECASE),
        surnames=gaz.surnames,
        opening_only=gaz.opening_only,
        place_tokens=place_tokens,
        place_firsts=frozenset(t.split()[0] for t in place_tokens),
        foreign_place=re.compile(whole_words(gaz.cues["foreign_places"]), re.IGNORECASE),
        # "Trưởng Đoàn Đại biểu Quốc hội", "Đoàn Thư ký Đại hội": an organ or a congress's
        # body whose first word is also a surname.
        organ_opening=re.compile(
            whole_words(
                [
                    *(
                        " ".join(o.name.split()[:3])
                        for o in gaz.organs
                        if o.name.split()[0] in gaz.surnames
                    ),
                    *gaz.cues["congress_bodies"],
                ]
            ),
            re.IGNORECASE,
        ),
        # "…, Tiến sĩ Báo chí học, Giám đốc Sở Ngoại vụ": a degree before the title.
        title_separator=re.compile(
            rf"{_TITLE_SEPARATOR}(?:(?:{alternation(gaz.academic)})\s[^,;()]{{0,40}},\s*)?"
            # "…, Đại tá, Chỉ huy trưởng …": a rank printed between the name and the title.
            rf"(?:(?:{alternation(gaz.ranks)})\s*,\s*)?"
            rf"(?:(?:{alternation(gaz.tenure.former)})\s+)?"
            rf"(?:(?<=[,(–—-] )(?:{alternation(gaz.tenure.new)})\s+)?",
            re.IGNORECASE,
        ),
        rank_after=re.compile(rf"\s*,\s*(?P<rank>{alternation(gaz.ranks)})\s*,", re.IGNORECASE),
        # Back from a title to the one before it: a comma or a dash, maybe a former word
        # ("…, Chủ tịch HĐND thành phố, nguyên Bí thư Thành ủy A").
        chain_back=re.compile(
            rf"(?:,|\s[-–—])\s*(?:(?:{alternation(gaz.tenure.former)})\s+)?$", re.IGNORECASE
        ),
        on_behalf_of=re.compile(rf"(?:{alternation(gaz.cues['on_behalf'])})\s*$", re.IGNORECASE),
        # The only plural title a dash ends, a capitalised one: looked for first, because
        # dashes are everywhere.
        count_dash=re.compile(
            rf"(?<![\w])(?:{alternation(gaz.cues['counts'])}|\d{{1,2}}) (?-i:[{UPPER}])"
            r"[^:;.–]{2,80}?\s[–-]\s",
            re.IGNORECASE,
        ),
        plural_title=re.compile(
            rf"(?<![\w])(?:{alternation(gaz.cues['counts'])}|\d{{1,2}})\s+"
            # "2 Phó Chủ tịch HĐND tỉnh – A và B": a dash for the colon.
            r"(?P<label>[^:;.–]{3,80}?)\s*(?::|\s[–-]\s)",
            re.IGNORECASE,
        ),
    )


# Words that end a name though they usually open a title or a place ("Bùi Văn Tỉnh",
# "Trịnh Xuân Trường"), when a family name opened it and no organ word follows.
_NAME_LAST_OK = frozenset(
    {"Trường", "Tỉnh", "Huyện", "Kỳ", "Sáng", "Trấn", "Hội", "Sư", "Thực", "Tập", "Bản", "Ban", "Được",
     "Hướng", "Đội", "Tổ", "Kế", "Đề", "Lễ", "Khu", "Đường", "Tham", "Thôn", "Cụm", "Của",
     "Trước", "Trưởng", "Dự"}
)  # fmt: skip
_ORGAN_TAIL = frozenset(
    {"ủy", "uỷ", "đoàn", "đội", "trưởng", "chỉ", "chấp", "thường", "tổ", "tuyên", "dân", "nội",
     "kinh", "văn", "quản", "bí", "đại", "công"}
)  # fmt: skip


def _ends_name(
    text: str, run: list[re.Match[str]], tok: re.Match[str], surnames: frozenset[str]
) -> bool:
    """Whether a title or place word ends the name the run holds."""
    if tok.group(0) not in _NAME_LAST_OK or not run or run[0].group(0) not in surnames:
        return False
    following = text[tok.end() : tok.end() + 12].split(maxsplit=1)
    glued = tok.end() < len(text) and text[tok.end()].isalnum()
    return not glued and not (
        following and (following[0] in _ORGAN_TAIL or is_capitalised(following[0]))
    )


def _runs(text: str, surnames: frozenset[str]) -> list[list[re.Match[str]]]:
    """Runs of capitalised words separated by single spaces."""
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    held: list[re.Match[str]] = []  # the words just before that cannot open a name
    for tok in capitalised_words(text):
        word = tok.group(0)
        joined = bool(current) and text[current[-1].end() : tok.start()] == " "
        good = (
            word not in _NOT_NAME
            or (joined and word in _NAME_INNER_OK)
            or (joined and _ends_name(text, current, tok, surnames))
        )
        if good and joined:
            current.append(tok)
            continue
        if current:
            runs.append(current)
        after_held = bool(held) and text[held[-1].end() : tok.start()] == " "
        if good and after_held and _opens_thi([t.group(0) for t in held[-2:]]):
            # "Văn Thị Bạch Tuyết": a family name that is also such a word, then the
            # middle name of women's names.
            current = [*held[-2:], tok]
        else:
            current = [tok] if good else []
        held = [] if good else [*held, tok] if after_held else [tok]
    if current:
        runs.append(current)
    return runs


def _is_surname(words: list[str], i: int, surnames: frozenset[str]) -> bool:
    word = words[i]
    return (
        word in surnames
        or word.startswith(("H'", "H’", "K'", "K’"))
        or _opens_thi(words[i : i + 2])
    )


def _opens_thi(words: list[str]) -> bool:
    """A family name that cannot open a name elsewhere, then "Thị", the middle name of
    women's names ("Văn Thị Bạch Tuyết"); not a place ("Phường Thị Cầu", "Cảng Thị Vải")."""
    return len(words) >= 2 and words[0] in _THI_SURNAMES and words[1] == "Thị"


_UNION_OF = re.compile(r"(?<![\w])(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+$")
# "UBND thành phố Phan Thiết", "Bí thư Thành ủy Hà Tiên": a two-word name after these
# is the place.
_CITY_BEFORE = re.compile(r"(?:thành phố|TP\.?|(?:Thành|Thị|Huyện) ủy)\s*$", re.IGNORECASE)


def _split_name(text: str, run: list[re.Match[str]], rl: _Rules) -> tuple[int, int, bool] | None:
    """(first, last+1) token indexes of the personal name in a capitalised run, and
    whether it starts with a known family name."""
    words = [t.group(0) for t in run]
    start = 0
    # A province written just before the name belongs to the title; a foreign country
    # alone is no one ("Thái Lan").
    if words[0].lower() in rl.place_firsts:
        for size in (4, 3, 2, 1):
            if len(words) >= size and rl.place_tokens.get(" ".join(words[:size]).lower()) == size:
                start = size
                break
        # A foreign country before a name only when a family name opens what follows
        # ("Đại sứ Thái Lan Lê Văn A"): "Hàn Quốc Bảo" is a name.
        if (
            0 < start < len(words)
            and rl.foreign_place.fullmatch(" ".join(words[:start]))
            and not (len(words) - start >= 2 and words[start] in rl.surnames)
        ):
            start = 0
    at = run[0].start()
    if (
        start == 0
        and not _opens_thi(words)  # "Thành ủy Văn Thị Bạch Tuyết": a woman's name, no place
        and place_before(text[max(0, at - 20) : at], rl.titles)
    ):
        if len(words) <= 3:
            return None  # "Bí thư Huyện ủy Vũ Quang", "phường Buôn Ma Thuột": the place
        start = 2
    if start == 0 and len(words) == 2 and _CITY_BEFORE.search(text, max(0, at - 12), at):
        return None  # "UBND thành phố Phan Thiết": a city, not a person
    if start == len(words):
        return None
    # "Bí thư Tỉnh Đoàn Tây Ninh": the youth union of a place, not a person "Đoàn Tây Ninh"
    # (while "ông Hà Hòa Bình" is one).
    if words[start] == "Đoàn" and _UNION_OF.search(
        text, max(0, run[start].start() - 8), run[start].start()
    ):
        return None
    if len(words) - start == 1 and ("'" in words[start] or "’" in words[start]):
        # One-word names of Central Highlands peoples ("K'Brơi"): as sure as a family name.
        return start, start + 1, True
    for i in range(start, len(words) - 1):
        if _is_surname(words, i, rl.surnames) and not (i > start and words[i] in rl.opening_only):
            end = min(len(words), i + 5)
            return i, end, True
    if len(words) - start >= 2:
        return start, min(len(words), start + 5), False
    return None


# Between a name and its titles, or two titles: a comma, a dash, a parenthesis, or nothing
# ("ông Lê Văn A Bí thư Tỉnh ủy, cho biết": a comma left out); a birth year may come first
# ("Lò Văn A, sinh năm 1970, Phó Bí thư Tỉnh ủy").
_TITLE_SEPARATOR = (
    # A caption's place in the photo first: "Ông A (trái) - Bí thư …".
    # Or a birth year: "Ông A (SN 1964), Phó Bí thư …".
    rf"(?:\s*\([^()]{{0,20}}?(?:trái|phải|giữa)[^()]{{0,15}}\)|\s*{_BIRTH_ASIDE})?"
    # A birth year, an age, a hometown: "Lò Văn A, 43 tuổi, quê huyện B, Phó Bí thư …".
    r"\s*(?:,|[-–—]|\()?\s*(?:(?:sinh (?:năm|ngày) [\d/]{4,10}|\d{2} tuổi"
    r"|quê(?: quán)?(?: ở| tại)? (?:xã|phường|thị trấn|huyện|thị xã|thành phố|tỉnh) [^,;.()]{2,30}"
    # "sinh năm 1966, tại Đồng Tháp, là …": where, after the birth year.
    rf"|(?<=,\s)(?:tại|ở) (?-i:[{UPPER}])[^,;.()]{{1,30}})"
    r"\s*,\s*){0,3}"
    # "ông A là Tỉnh ủy viên, …": a title must follow (the caller checks).
    r"(?:(?:hiện (?:nay )?|đang )?là\s+|hiện (?:đang )?giữ (?:chức vụ|chức danh|chức)\s+)?"
    # then a word saying the title is former (the rules add it: "nguyên ", "cựu ").
)


# "Bí thư Tỉnh ủy (khóa XXI), Chủ tịch …": in parentheses too.
_TERM_AFTER = re.compile(
    rf"\s*\(\s*{TERM}(?:\s*,?\s*nhiệm kỳ\s+{PERIOD})?\s*\)(?=\s*[,;])|{_TERM_RUN}(?=\s*[,;)])"
)


_JOINT = re.compile(r"\s+kiêm\s+")
_OF = re.compile(r"^của\s+")
_MINISTER = re.compile(r"(?:Bộ|Thứ) trưởng", re.IGNORECASE)


_SECRETARIES = ("Bí thư", "Phó Bí thư")


def _joint_titles(printed: str, r: TitleRules) -> list[str]:
    """Two posts held together ("Phó Chỉ huy trưởng kiêm Tham mưu trưởng Bộ Chỉ huy
    Quân sự tỉnh"): the first takes the organ the second names when it names none."""
    joint = _JOINT.search(printed) if "kiêm" in printed else None
    if not joint or not r.head.match(printed, joint.end()):
        return []
    second = canonical_title(printed[joint.end() :], r)
    if second is None:
        return []
    head = printed[: joint.start()].strip()
    # "Bí thư kiêm Chủ tịch UBND huyện X": the secretary of the party committee of the
    # place the council or committee serves.
    organ = _OF.sub("", organ_of(second, r))  # "… kiêm người phát ngôn của Tỉnh ủy"
    committee = committee_served(organ, r) if head in _SECRETARIES else None
    first = (
        canonical_title(f"{head} {committee}", r)
        if committee
        else canonical_title(head, r) or canonical_title(f"{head} {organ}", r)
    )
    return [first, second] if first else [second]


# A unit's title and, after a comma, the organ the unit belongs to ("Trưởng phòng Dân tộc,
# Ban Dân vận Tỉnh ủy", "Vụ trưởng Vụ Thi đua - Khen thưởng, Bộ VHTTDL").
_UNIT = re.compile(r"(?:phòng|vụ|cục|văn phòng|trung tâm|ban)(?:\s|$)", re.IGNORECASE)
_PARENT = re.compile(
    rf"(?:Ban|Bộ|Văn phòng|Sở|Tổng cục|Cục|Ủy ban|Học viện|Viện|Tỉnh ủy|Thành ủy)(?:\s+(?=[{UPPER}])|\s*$)"
)


def _parent_organ(
    text: str, seg: int, end: int, title: str | None, r: TitleRules
) -> tuple[str, int, bool] | None:
    """The title read on into the organ its unit belongs to, with its new end, if a comma
    and a known organ follow a unit's title (or a head printed bare: "Phó chánh văn
    phòng, Ban Tuyên giáo Thành ủy")."""
    comma = re.match(r",\s*", text[end : end + 3])
    at = end + comma.end() if comma else end
    if (
        not comma
        or not (r.organ.match(text, at) or _PARENT.match(text, at))
        or r.head.match(text, at)
    ):
        return None
    head = r.head.match(text, seg)
    unit = organ_of(title, r) if title else ""
    if (
        title is not None
        and not _UNIT.match(unit)
        and not _UNIT.search(head.group(0) if head else "")
    ):
        return None
    start = at
    organ_end, stopped = read_title(text, start, r)
    joined = canonical_title(f"{text[seg:end]} {text[start:organ_end]}", r)
    return (joined, organ_end, stopped) if joined else None


def _title_at(cue: re.Match[str] | None, text: str, rl: _Rules) -> tuple[str, int, int] | None:
    """The title right after a cue that gives a post, with where it is."""
    if not cue or not rl.titles.head.match(text, cue.end()):
        return None
    end, _ = read_title(text, cue.end(), rl.titles)
    title = canonical_title(text[cue.end() : end], rl.titles)
    return (title, cue.end(), end) if title else None


def _titles_after(
    text: str, pos: int, rl: _Rules, names_at: list[int]
) -> tuple[list[tuple[str, int, int]], int]:
    """Titles following a name (", Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"), and where they
    end; `names_at` (sorted) are where names start, which end a title."""
    out: list[tuple[str, int, int]] = []
    bare: list[tuple[int, int]] = []  # heads printed without an organ, waiting for one
    r = rl.titles
    while True:
        sep = rl.title_separator.match(text, pos)
        if not sep:
            break
        seg = sep.end()
        if not r.head.match(text, seg):
            break
        end, stopped = read_title(text, seg, r)
        following = bisect_right(names_at, seg)
        if following < len(names_at) and names_at[following] < end:
            end = names_at[following]
            stopped = True
        joint = _joint_titles(text[seg:end], r)
        if joint:
            out += [(t, seg, end) for t in joint]
            pos = end
            continue
        title = canonical_title(text[seg:end], r)
        parent = _parent_organ(text, seg, end, title, r)
        if parent:
            title, end, stopped = parent
        if title is None:
            head = r.head.match(text, seg)
            if head and not text[head.end() : end].strip() and text[end : end + 1] == ",":
                bare.append((seg, end))
                pos = end
                continue
            break
        # "Phó Tư lệnh, Tham mưu trưởng BĐBP": a head printed bare shares the next title's
        # organ; "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc": a minister's rank, none.
        organ = shared_organ(title, r) if bare else ""
        for a, b in bare:
            shared = (
                None if _MINISTER.match(text, a) else canonical_title(f"{text[a:b]} {organ}", r)
            )
            if organ and shared:
                out.append((shared, a, b))
        bare = []
        out.append((title, seg, end))
        pos = end
        if pos < len(text) and text[pos] == ")":
            pos += 1
        # "Bí thư Tỉnh ủy nhiệm kỳ 2015-2020, Chủ tịch …": the term ends one title only.
        term = _TERM_AFTER.match(text, pos)
        if term:
            pos = term.end()
        elif stopped:
            break
    return out, pos


# How far before a name its titles may start: the longest chain of titles printed
# before one name is a few hundred characters.
_REACH = 600


def _title_before(text: str, name_start: int, floor: int, rl: _Rules) -> list[tuple[str, int, int]]:
    """Titles written before the name ("ủy viên Bộ Chính trị, Thủ tướng X"), looked
    for within _REACH characters: scanning from the sentence start for every name made
    a long list of names without full stops quadratic."""
    r = rl.titles
    floor = max(floor, name_start - _REACH)
    # "Bí thư Tỉnh ủy - Trần Văn A": a title, a dash, the name (captions, lists).
    dash = _DASH_BEFORE.search(text, floor, name_start)
    upto = dash.start() if dash else name_start
    seg_start = floor
    for sep in _SEPARATOR.finditer(text, floor, upto):
        seg_start = sep.end()
    # The first head with no stop word between it and the name: in "Ban Bí thư thi hành
    # kỷ luật đối với nguyên Bí thư Thành ủy X Ngô Văn A" that is the second "Bí thư".
    head = next(
        (h for h in r.head.finditer(text, seg_start, upto)
         if not find_stop(text, h.end(), upto, r, h.start())),
        None,
    )  # fmt: skip
    if not head:
        return []
    raw = text[head.start() : upto]
    raw = rl.honorific.sub("", raw)  # "Giám đốc Công an tỉnh, Đại tá X": the rank is not title
    # The title must reach the name: "tân Bí thư Tỉnh ủy X và mong rằng … ông A" ends at "và".
    end, _ = read_title(raw, 0, r)
    if raw[end:].strip(" ,-–"):
        return []
    title = canonical_title(raw, r)
    if title is None and r.head.fullmatch(raw.strip()):
        # "Ủy ban Kiểm tra Trung ương họp dưới sự chủ trì của Chủ nhiệm A": a bare head
        # takes the organ the sentence named before it.
        title = _title_or_bare(text, head.start(), upto, head.start(), rl)
    if title is None:
        return []
    out = [(title, head.start(), name_start)]
    # Earlier titles of the same person, separated by commas or dashes ("Phó Thủ tướng -
    # Bộ trưởng Bộ Tư pháp X"), back to a clause start.
    cursor = head.start()
    while True:
        comma = rl.chain_back.search(text, floor, cursor)
        if not comma:
            break
        prev_end = comma.start()
        prev_start = max(
            [floor] + [floor + m.end() for m in re.finditer(r"[,;:()\n]", text[floor:prev_end])]
        )
        # The clause's last title, after its verb ("… đã bầu Bí thư Tỉnh ủy, Chủ tịch … X"),
        # read from the clause's first head when that title reaches the comma ("Trưởng
        # đoàn Đại biểu Quốc hội thành phố", not its "Đại biểu Quốc hội").
        heads = list(r.head.finditer(text, prev_start, prev_end))
        if not heads or find_stop(text, heads[-1].end(), prev_end, r, heads[-1].start()):
            break
        whole = (
            heads[0].start()
            == prev_start + len(text[prev_start:prev_end]) - len(text[prev_start:prev_end].lstrip())
            and read_title(text, heads[0].start(), r)[0] >= prev_end
        )
        at = heads[0].start() if whole else heads[-1].start()
        if read_title(text, at, r)[0] < prev_end:
            break  # "Báo cáo với Phó Thủ tướng và đoàn công tác, Chủ tịch UBND tỉnh A"
        earlier = canonical_title(text[at:prev_end], r)
        if earlier is None and "," not in comma.group(0):
            # "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ": a bare head before a
            # dash shares the next title's organ.
            organ = shared_organ(out[0][0], r)
            bare = text[at:prev_end].strip()
            if organ and r.head.fullmatch(bare):
                earlier = canonical_title(f"{bare} {organ}", r)
        if earlier is None or rl.on_behalf_of.search(text, prev_start, at):
            break  # "thay mặt Thủ tướng, Phó Thủ tướng A": the first is not A's
        if rl.foreign_place.search(text, at, prev_end):
            break  # "Tiếp Đại sứ Hàn Quốc, Phó Chủ tịch UBND tỉnh A": another country's post
        out.insert(0, (earlier, at, prev_end))
        if text[prev_start:prev_end].strip() != text[at:prev_end].strip():
            break  # the clause began before its title: no earlier title of this person
        cursor = prev_start
    return out


# Found by its cue, then its label read back to the clause's start: a pattern with the
# label first tried a 100-character label at every position of every sentence.
_LABEL_FIRST = re.compile(
    r"\s+(?:gồm|là)(?: có)?"
    r"(?:\s+(?:các\s+)?(?:\d{1,3}\s*)?(?:đồng chí|ông|bà|vị|ủy viên|uỷ viên|đại biểu|anh chị|anh|chị)"
    r"(?:\s*,\s*(?:ông|bà))?"
    r"(?:\s*,?\s*gồm(?: có)?)?\s*(?P<colon>:)?"
    r"|\s*(?P<bare>:)"
    # "Hai Phó Bí thư là A và B": names right after the cue.
    rf"|\s+(?=(?-i:[{UPPER}])))",
    re.IGNORECASE,
)
_CLAUSE_MARK = re.compile(r"[:;.,]")
# What opens a list of people whose names follow a colon ("các đồng chí:", "Các ông, bà:").
_LIST_OPENER = re.compile(r"(?<![\w])(?:đồng chí|các ông|các bà|ông, bà)(?![\w])", re.IGNORECASE)
# A body whose members a list names ("bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng chí: …").
_MEMBERS_OF = re.compile(
    r"(?<![\w])(?:Ban Thường vụ|Ban Chấp hành|Ủy ban Kiểm tra|Uỷ ban Kiểm tra)(?![\w])"
)


def _title_or_bare(text: str, start: int, end: int, organs_before: int, rl: _Rules) -> str | None:
    """The title at text[start:end]; a bare head ("làm Chủ nhiệm", "9 phó chủ tịch")
    takes the last organ the sentence named before `organs_before`, unless that organ has
    no such head ("Chủ tịch" after "Bí thư Tỉnh ủy")."""
    title = canonical_title(text[start:end], rl.titles)
    if title:
        return title
    organs = list(rl.titles.organ.finditer(text, 0, organs_before))
    if not organs or not organ_has(organs[-1].group(0), text[start:end], rl.titles):
        return None
    return canonical_title(f"{text[start:end].strip()} {organs[-1].group(0)}", rl.titles)


_CANDIDATES = re.compile(r"(?<![\w])(?:ứng cử viên|ứng viên|người ứng cử)(?![\w])", re.IGNORECASE)


def _label_title(text: str, start: int, end: int, rl: _Rules) -> str | None:
    """The title a label written before its list gives ("Hai Phó Bí thư Tỉnh ủy khóa XIX"
    → Phó Bí thư Tỉnh ủy; "Ban Thường vụ Tỉnh ủy" → Ủy viên Ban Thường vụ Tỉnh ủy)."""
    label = text[start:end]
    # The last title of the clause is the one its list shares.
    heads = list(rl.titles.head.finditer(label)) if len(label.strip()) >= 3 else []
    head = heads[-1] if heads else None
    if head and _CANDIDATES.search(label, 0, head.start()):
        return None  # "5 ứng cử viên đại biểu Quốc hội … gồm:": standing for it, not holding it
    if head and re.search(r"(?<![\w])Đoàn\s+$", label[: head.start()]):
        # "Đoàn Chủ tịch Đại hội gồm …": a congress's presidium, no post; "Đoàn ĐBQH tỉnh
        # gồm các đại biểu: …": each is a deputy.
        deputy = canonical_title(head.group(0), rl.titles)
        return deputy if deputy == "Đại biểu Quốc hội" else None
    if head:
        title_end, _ = read_title(text, start + head.start(), rl.titles)
        # "Thường trực UBND thành phố gồm Chủ tịch A và 9 phó chủ tịch: …".
        return _title_or_bare(text, start + head.start(), min(title_end, end), end, rl)
    organs = list(_MEMBERS_OF.finditer(label))
    if not organs:
        return None
    organ = organs[-1]
    # "Ban Thường vụ Tỉnh ủy gồm16 vị gồm:": the body's name ends at its first "gồm".
    members = "Ủy viên " + re.split(r"\sgồm", label[organ.start() :], maxsplit=1)[0]
    title_end, _ = read_title(members, 0, rl.titles)
    return canonical_title(members[:title_end], rl.titles)


_LABELS = re.compile(r"\s*(?:gồm|là)(?![\w])")
_SECRETARY_ONLY = re.compile(r"(?:Phó|phó) (?:Bí|bí) thư(?: [Tt]hường trực)?")


def _deputies_of(text: str, before: int, printed: str, rl: _Rules) -> str | None:
    """A deputy secretaries' label of the organ whose secretary the text names last
    before it."""
    secretaries = [
        h for h in rl.titles.head.finditer(text, 0, before) if key(h.group(0)) == "bí thư"
    ]
    if not secretaries:
        return None
    end, _ = read_title(text, secretaries[-1].start(), rl.titles)
    secretary = canonical_title(text[secretaries[-1].start() : min(end, before)], rl.titles)
    organ = organ_of(secretary, rl.titles) if secretary else ""
    return canonical_title(f"{printed} {organ}", rl.titles) if organ else None


def _group_titles(text: str, rl: _Rules) -> list[tuple[int, int, str]]:
    """Group labels and where their list starts and ends ("các đồng chí trong Ban Thường
    vụ Tỉnh ủy: …"); a list ends where the next label begins."""
    found: list[tuple[int, int, int, str]] = []  # label start, list start, end, title
    for m in rl.group_label.finditer(text):
        label = m.group("label").strip()
        # "các đồng chí Đại tướng - Ủy viên Bộ Chính trị": the rank is each one's too.
        rank = rl.titles.rank.match(label)
        if rank and re.match(r"\s*[-–]\s*", label[rank.end() :]):
            label = label[rank.end() :].lstrip(" -–")
        # "các đồng chí trong Ban Thường vụ": members of the organ named.
        title = canonical_title(("Ủy viên " if m.group("within") else "") + label, rl.titles)
        # "Các đồng chí Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội: …": each a title.
        parts = [p.strip() for p in label.split(",")]
        if len(parts) > 1 and all(rl.titles.head.match(p) for p in parts):
            titles = [canonical_title(p, rl.titles) for p in parts]
            found += [(m.start(), m.end(), len(text), t) for t in titles if t]
        elif title:
            found.append((m.start(), m.end(), len(text), title))
    # "có các Đại biểu Quốc hội: A, B, C": a plural title before the list; "các Ủy viên
    # Bộ Chính trị, Bí thư Trung ương Đảng: …": several, each a title.
    for m in rl.plural_title.finditer(text):
        spans, at = [], m.start("label")
        for part in m.group("label").split(","):
            spans.append((at + len(part) - len(part.lstrip()), at + len(part.rstrip())))
            at += len(part) + 1
        if all(rl.titles.head.match(text, a) for a, _ in spans):
            titles = [_label_title(text, a, b, rl) for a, b in spans]
            found += [(m.start(), m.end(), len(text), t) for t in titles if t]
    # "bầu 3 Phó Chủ tịch UBND tỉnh gồm các ông, bà: A, B và C", "Hai Phó Chủ tịch là ông
    # A và ông B": the title comes first; without a colon it reaches to the clause's end.
    for m in _LABEL_FIRST.finditer(text):
        floor = max(0, m.start() - 100)
        # "Các Phó Chủ tịch UBND tỉnh khóa này, gồm ông A, B": the comma before "gồm"
        # does not start the label.
        marks = [
            x.end()
            for x in _CLAUSE_MARK.finditer(text, floor, m.start())
            if text[x.end() : m.start()].strip()
        ]
        label_start = marks[-1] if marks else floor
        title = _label_title(text, label_start, m.start(), rl)
        # "… giữ chức Bí thư Huyện ủy X; Phó Bí thư gồm các đồng chí: …": the deputies of
        # the secretary just named.
        if _SECRETARY_ONLY.fullmatch(text[label_start : m.start()].strip()):
            title = (
                _deputies_of(text, label_start, text[label_start : m.start()].strip(), rl) or title
            )
        if title:
            colon = m.group("colon") or m.group("bare")
            clause = text.find(";", m.end())
            end = len(text) if colon else (clause if clause >= 0 else len(text))
            found.append((marks[-1] if marks else floor, m.end() - len(colon or ""), end, title))
    starts = sorted(label for label, _, _, _ in found)
    out = []
    for _, list_start, end, title in found:
        following = bisect_right(starts, list_start)
        end = min([end, *starts[following : following + 1]])
        # "…: Bộ trưởng Bộ Quốc phòng A, Bộ trưởng Bộ Công an B; Bí thư …": titles before
        # the names, commas between them: a semicolon ends the list.
        first = len(text[list_start:]) - len(text[list_start:].lstrip(" :"))
        clause = text.find(";", list_start, end)
        if (
            clause >= 0
            and rl.titles.head.match(text, list_start + first)
            and any(
                rl.titles.head.match(text, c.end())
                for c in re.finditer(r",\s*", text[:clause])
                if c.start() > list_start
            )
        ):
            end = clause
        out.append((list_start, end, title))
    return sorted(out)


# "A và B lần lượt trúng cử chức danh X và Y": X is A's, Y is B's.
_RESPECTIVELY = re.compile(r"\s*,?\s*lần lượt\s+", re.IGNORECASE)
_TITLE_AND = re.compile(r"\s*(?:,|và)\s*")


def _respectively(mentions: list[Mention], sentence: Sentence, rl: _Rules) -> list[Mention]:
    """Titles given in order to the people listed before "lần lượt"."""
    text, base = sentence.text, sentence.start
    for k, last in enumerate(mentions):
        cue = _RESPECTIVELY.match(text, last.chain_end - base)
        if not cue:
            continue
        first = k
        while first > 0 and rl.glue.match(
            text[mentions[first - 1].chain_end - base : mentions[first].chain_start - base]
        ):
            first -= 1
        head = rl.titles.head.search(text, cue.end(), cue.end() + 60)
        titles: list[tuple[str, int, int]] = []
        pos = head.start() if head else len(text)
        while len(titles) < k - first + 1 and rl.titles.head.match(text, pos):
            end, _ = read_title(text, pos, rl.titles)
            title = canonical_title(text[pos:end], rl.titles)
            if title is None:
                break
            titles.append((title, base + pos, base + end))
            step = _TITLE_AND.match(text, end)
            pos = step.end() if step else len(text)
        if first == k or len(titles) != k - first + 1:
            continue
        # "Chủ tịch HĐND và Chủ tịch UBND tỉnh": the place written once is every title's.
        place = (
            titles[-1][0].rsplit(" ", 1)[-1]
            if titles[-1][0].endswith((" tỉnh", " thành phố"))
            else ""
        )
        for i, (title, start, end) in enumerate(titles):
            if place and title.endswith(("Hội đồng nhân dân", "Ủy ban nhân dân")):
                title = f"{title} {place}"
            mentions[first + i] = _with_title(mentions[first + i], title, start, end)
    return mentions


def _next_name_at(
    candidates: list[tuple[int, int, bool, list[re.Match[str]]]], at: int, text: str
) -> bool:
    """Whether a name starts right after `at`, with only spaces between."""
    return any(c[0] >= at and not text[at : c[0]].strip() for c in candidates)


# "… giữ chức Bí thư Tỉnh ủy thay ông B": B held the post the one before was given.
_REPLACES = re.compile(
    rf"^\s*(?:,?\s*{TERM}\s*)?,?\s*(?:để\s+)?thay(?: cho| thế)?\s*$", re.IGNORECASE
)


def _replaced(mentions: list[Mention], sentence: Sentence) -> list[Mention]:
    """The post of the person replaced, read from the one who replaces them."""
    base = sentence.start
    for i in range(1, len(mentions)):
        before, after = mentions[i - 1], mentions[i]
        gap = sentence.text[before.chain_end - base : after.chain_start - base]
        if before.raw_titles and _REPLACES.match(gap):
            title = max(before.raw_titles, key=lambda t: t[2])[0]
            # The evidence is the replaced person's name, after "thay": their post ended.
            mentions[i] = _with_title(after, title, after.chain_start, after.end)
    return mentions


# A clause opening with the capacity a person acted in ("Trên cương vị là Phó Bí thư Tỉnh
# ủy, Chủ tịch UBND tỉnh, ông A …", "Là Bí thư Tỉnh ủy, ông A …"); not a "là" after a
# comma, which may say what the name before it is ("Bà A, quê Nam Định, là …, ông B").
_CAPACITY = re.compile(r"(?<![\w])(?:trên|với) cương vị(?: là)?|(?:^|;\s*)là(?=\s)", re.IGNORECASE)
_COMMA_ONLY = re.compile(r"\s*,\s*")


def _capacity_before(
    text: str, floor: int, hon: re.Match[str] | None, rl: _Rules, names_at: list[int]
) -> list[tuple[str, int, int]]:
    """The titles of a capacity printed before the honorific of the name it is the
    person's ("Trên cương vị là Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh nhiệm kỳ
    2010-2015, ông A có phần trách nhiệm"), reaching it with a comma alone."""
    if not hon or not hon.group(0).strip():
        return []
    capacity = next(reversed(list(_CAPACITY.finditer(text, floor, hon.start()))), None)
    if capacity is None:
        return []
    given, given_end = _titles_after(text, capacity.end(), rl, names_at)
    return given if given and _COMMA_ONLY.fullmatch(text, given_end, hon.start()) else []


# "các " right before a title: every name it is printed before holds it.
_PLURAL = re.compile(r"(?<![\w])các\s+$", re.IGNORECASE)
# Between two names of such a list: a comma or "và", nothing else.
_BARE_NEXT = re.compile(r"\s*(?:,|và|,\s*và)\s*")


def find_in_sentence(sentence: Sentence, gaz: Gazetteer) -> list[Mention]:
    """Every person mention in one sentence, left to right."""
    rl = _rules(gaz)
    # Names are found on the text as printed (masking changes commas only, keeping
    # offsets); the titles, read only when a name is found, on the masked text.
    text = sentence.text
    candidates: list[tuple[int, int, bool, list[re.Match[str]]]] = []
    for run in _runs(text, rl.surnames):
        split = _split_name(text, run, rl)
        if split is None:
            continue
        first, last, known_surname = split
        if rl.organ_opening.match(text, run[first].start()):
            continue
        candidates.append((run[first].start(), run[last - 1].end(), known_surname, run))
    if not candidates:
        return []
    text = mask_commas(text, rl.titles, sentence.lowered)
    names_at = sorted({c[0] for c in candidates if c[2]})
    labelled = any(mark in text for mark in (":", " là ", " gồm "))
    # "2 Phó Chủ tịch HĐND tỉnh – A và B": a dash may end a plural title too.
    dashed = (" – " in text or " - " in text) and rl.count_dash.search(text) is not None
    groups = _group_titles(text, rl) if labelled or dashed else []
    mentions: list[Mention] = []
    appointed_at: set[int] = set()
    dismissed_from: tuple[str, int, int] | None = None  # the last "chức danh X đối với A"
    listed_after = False  # that "đối với" opened a list: "đối với các ông: A, …; B, …"
    plural_from: list[tuple[str, int, int]] = []  # "các Phó Chủ tịch …" before the last name
    prev_end = 0
    for start, end, known_surname, _run in candidates:
        if start < prev_end:
            continue
        left = text[prev_end:start]
        window = max(0, start - 80)
        hon = rl.honorific.search(text, window, start)
        honorific = hon.group("hon") if hon else None
        prefixes = (hon.group("pre") or hon.group("pre2") or "").strip() if hon else ""
        rank = next((r for r in gaz.ranks if prefixes and key(prefixes).startswith(key(r))), None)
        floor = prev_end
        before = _title_before(text, start, floor, rl) or _capacity_before(
            text, floor, hon, rl, names_at
        )
        after, chain_end = _titles_after(text, end, rl, names_at)
        if before and after and _next_name_at(candidates, chain_end, text):
            # "Phó Thủ tướng A, Phó Thủ tướng - Bộ trưởng Bộ Tư pháp B": titles written
            # before names, so the chain after A is B's.
            after, chain_end = [], end
        # "ông A, Đại tá, Chỉ huy trưởng …": a rank between the name and titles that are
        # its own (not the next name's, printed before it).
        if rank is None and after and (printed := rl.rank_after.match(text, end)):
            rank = next((r for r in gaz.ranks if key(r) == key(printed.group("rank"))), None)
        after_list_mark = text[:start].rstrip()[-1:] in (":", ";")
        if honorific:
            anchor = "honorific:" + honorific.lower()
        elif rank or prefixes:
            anchor = "rank"
        elif before or after:
            anchor = "title"
        elif (
            (mentions and rl.glue.match(left))
            or (
                after_list_mark
                and (
                    _LIST_OPENER.search(text, 0, start) or any(a <= start < b for a, b, _ in groups)
                )
            )
            or any(a == start for a, _, _ in groups)
        ):
            anchor = "list"
        else:
            continue
        # A name in a labelled list needs no known family name ("gồm các ông: A; B; Sèn
        # Chỉn Ly"): the label says persons follow.
        listed = (bool(after) and after_list_mark) or (
            anchor == "list"
            and any(a <= start < b and ":" not in text[a:start].lstrip(" :") for a, b, _ in groups)
        )
        if (
            not known_surname
            and anchor != "rank"
            and not anchor.startswith("honorific")
            and not listed
        ):
            continue
        appointed = _APPOINTED.match(text, max(chain_end, end))
        if appointed and rl.titles.head.match(text, appointed.end()):
            # "giữ chức vụ Phó Tư lệnh, Tham mưu trưởng Quân khu 7": several posts given.
            given, given_end = _titles_after(text, appointed.end(), rl, names_at)
            if len(given) < 2:
                given_end, _ = read_title(text, appointed.end(), rl.titles)
                # "Ủy ban Kiểm tra Tỉnh ủy gồm 11 thành viên, do ông A làm Chủ nhiệm".
                title = _title_or_bare(text, appointed.end(), given_end, start, rl)
                given = [(title, appointed.end(), given_end)] if title else []
            if given:
                after = [*after, *given]
                chain_end = given_end
                # "bầu các đồng chí A, …; B, … giữ chức X": X is every listed person's
                # back to one given a post of their own.
                for j in range(len(mentions) - 1, -1, -1):
                    if j in appointed_at:
                        break
                    nxt = (
                        mentions[j + 1].chain_start
                        if j + 1 < len(mentions)
                        else sentence.start + start
                    )
                    if not rl.glue.match(
                        sentence.text[mentions[j].chain_end - sentence.start : nxt - sentence.start]
                    ):
                        break
                    for given_title, given_start, end_of_given in given:
                        mentions[j] = _with_title(
                            mentions[j],
                            given_title,
                            sentence.start + given_start,
                            sentence.start + end_of_given,
                        )
                appointed_at.add(len(mentions))
                if then := _title_at(_THEN_TAKES.match(text, chain_end), text, rl):
                    after = [*after, then]
                    chain_end = then[2]
        # "thôi giữ chức X của ông A, Bí thư Tỉnh ủy, để điều động giữ chức Y".
        elif after and (then := _title_at(_MOVED_TO.match(text, chain_end), text, rl)):
            after = [*after, then]
            chain_end = then[2]
        # "… đối với ông A", "… đối với: ông A", "… đối với Phó Bí thư Tỉnh ủy A".
        opens = min([start, *(a for _, a, _ in before)])
        if hon and hon.group(0).strip():
            opens = min(opens, hon.start())
        after_with = _WITH.search(text, max(0, opens - 30), opens) is not None
        if after_with:
            upto = text[:opens]
            dismissed = (
                _DISMISSED.search(upto)
                or _DISMISSED_AND.search(upto)
                or _DISMISSED_LISTED.search(upto)
            )
        else:
            dismissed = None
        several = _several_dismissed(text, upto, rl) if not dismissed and after_with else []
        if dismissed:
            # The title ends where any title does ("… giai đoạn 2010-2015 đối với").
            title_end, _ = read_title(text, dismissed.start("title"), rl.titles)
            title_end = min(title_end, dismissed.end("title"))
            title = canonical_title(text[dismissed.start("title") : title_end], rl.titles)
            if title:
                before = [*before, (title, dismissed.start("title"), title_end)]
                dismissed_from = before[-1]
                listed_after = dismissed.group(0).rstrip().endswith(":")
                appointed_at.add(len(mentions))  # a post of their own: a later one is not
        elif several:
            before = [*before, *several]
            dismissed_from = None
            appointed_at.add(len(mentions))
        elif (
            dismissed_from
            and mentions
            and (
                _AND_NEXT.fullmatch(left)
                or (listed_after and _LIST_NEXT.fullmatch(left))
                # "… đối với Phó Bí thư A và Chủ nhiệm UBKT B, Giám đốc Sở C": titles first.
                or (before and _BARE_NEXT.fullmatch(text[prev_end:opens]))
            )
        ):
            before = [*before, dismissed_from]  # "… đối với ông A, … và bà B, …": B's too
            appointed_at.add(len(mentions))
        else:
            dismissed_from = None
        # "các Phó Chủ tịch HĐND tỉnh A, B và C": a plural title right before a name is
        # each bare name's that follows it.
        first = min((b[1] for b in before), default=0)
        if before and _PLURAL.search(text, max(0, first - 8), first):
            plural_from = before
        elif plural_from and mentions and not before and not after and _BARE_NEXT.fullmatch(left):
            before = plural_from
        else:
            plural_from = []
        titles = complete_from_sentence(
            complete_party_organs(before + after, text, rl.titles), text, rl.titles
        )
        for list_start, list_end, label in groups:
            # The label is each listed person's, beside a narrower own title ("Các Phó Bí
            # thư gồm ông A, Phó Bí thư Thường trực": A holds both, as annotators read it).
            if list_start <= start < list_end:
                titles = [(label, list_start, list_start), *titles]
        chain_start = min([start] + [t[1] for t in before])
        if hon and hon.start() < chain_start and hon.group(0).strip():
            chain_start = hon.start()
        mentions.append(
            Mention(
                name=" ".join(text[start:end].split()),
                rank=rank,
                titles=tuple(dict.fromkeys(t[0] for t in titles)),
                start=sentence.start + start,
                end=sentence.start + end,
                chain_start=sentence.start + chain_start,
                chain_end=sentence.start + max(chain_end, end),
                sentence=sentence,
                anchor=anchor,
                raw_titles=tuple((t, sentence.start + s, sentence.start + e) for t, s, e in titles),
            )
        )
        prev_end = max(chain_end, end)
    return _replaced(_shared_after_pair(_respectively(mentions, sentence, rl), sentence), sentence)


# "B và C – Phó Chủ tịch HĐND tỉnh": two names, then the plural title they share.
_PAIR_AND = re.compile(r"\s+và\s+(?:(?:ông|bà|đồng chí)\s+)?")
_DASH_AFTER = re.compile(r"\s*[-–]\s")


def _shared_after_pair(mentions: list[Mention], sentence: Sentence) -> list[Mention]:
    """A name with no title of its own, joined by "và" to the next, takes the titles the next
    is given after a dash."""
    text, base = sentence.text, sentence.start
    for i in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[i], mentions[i + 1]
        if m.titles or not nxt.raw_titles or m.chain_end != m.end:
            continue
        if _PAIR_AND.fullmatch(text, m.end - base, nxt.chain_start - base) and _DASH_AFTER.match(
            text, nxt.end - base
        ):
            for title, start, end in nxt.raw_titles:
                if start >= nxt.end:
                    m = _with_title(m, title, start, end)
            mentions[i] = m
    return mentions


# An honorific right before a short name: "ông Tuấn", "đồng chí Hùng".
_HONORIFIC_BEFORE = re.compile(r"(?<![\w])(?:ông|bà|đồng chí)\s+$")
_NEXT_CAPITAL = re.compile(rf"\s+[{UPPER}]")


def _short_references(text: str, givens: Iterable[str]) -> list[tuple[int, int, int, str]]:
    """(honorific start, start, end, given name) of each "ông Tuấn" whose name is the given
    name of someone already found. The few names are looked up by string search: a regex
    of them would be compiled anew for every article."""
    out = []
    for given in givens:
        at = text.find(given)
        while at >= 0:
            end = at + len(given)
            glued = (at and (text[at - 1].isalnum() or text[at - 1] in "_'’")) or (
                end < len(text) and (text[end].isalnum() or text[end] in "_'’")
            )
            # "ông Tuấn Anh": a longer name, not this one.
            longer = _NEXT_CAPITAL.match(text, end)
            honorific = _HONORIFIC_BEFORE.search(text, max(0, at - 10), at)
            if honorific and not glued and not longer:
                out.append((honorific.start(), at, end, given))
            at = text.find(given, end)
    return sorted(out)


def find_mentions(doc: Cleaned, gaz: Gazetteer) -> tuple[Mention, ...]:
    """Person mentions in every sentence; short back-references ("ông Tuấn") resolved."""
    mentions = [m for s in doc.sentences for m in find_in_sentence(s, gaz)]
    by_given: dict[str, set[str]] = {}
    for m in mentions:
        by_given.setdefault(m.name.split()[-1], set()).add(m.name)
    taken = {(m.start, m.end) for m in mentions}
    starts = [s.start for s in doc.sentences]
    for at, start, end, given in _short_references(doc.text, by_given) if by_given else ():
        full = by_given[given]
        index = bisect_right(starts, start) - 1
        if len(full) != 1 or index < 0 or end > doc.sentences[index].end:
            continue
        if any(s <= start < e for s, e in taken):
            continue
        mentions.append(
            Mention(
                name=next(iter(full)),
                rank=None,
                titles=(),
                start=start,
                end=end,
                chain_start=at,
                chain_end=end,
                sentence=doc.sentences[index],
                anchor="short",
            )
        )
    mentions.sort(key=lambda m: m.start)
    mentions += _career_titles(doc, mentions, gaz)
    return tuple(_fold_partial_names(_place_titles(doc, mentions, gaz)))


_CAREER = re.compile(
    r"(?:từng giữ (?:các |nhiều )?(?:chức vụ|cương vị)(?: như)?|từng làm|từng là"
    r"|từng đảm nhiệm(?: các chức vụ)?"
    r"|(?:từng )?(?:kinh qua|trải qua) (?:các |nhiều )?(?:chức vụ|chức danh|cương vị|vị trí(?: công tác)?)"
    r"(?:,?\s*như)?"
    r"|nguyên là|trước đó là)\s*:?\s*",
    re.IGNORECASE,
)
# A biography's steps: "ông Huy làm Phó Chủ tịch UBND tỉnh", "Năm 2014, ông giữ chức …",
# "…, sau đó làm …": the subject is the person named (by the given name, or the person
# last named when only "ông"/"bà" is written).
_SUBJECT_TAKES = re.compile(
    rf"(?=[ÔôBbĐđ,;])(?<![\w])(?:[ÔôBb](?:ng|à)|[Đđ]ồng chí)(?P<given>(?:\s+(?-i:[{UPPER}][{LOWER}]*)){{0,3}})"
    # "A lần lượt giữ các chức vụ X, Y": one person's steps ("A và B lần lượt …" is not).
    rf"\s+(?:(?:sau đó|tiếp tục|tiếp|được|đã|lại|lần lượt(?= giữ các)|chuyển sang|chuyển về|về)\s+)*"
    rf"(?:(?:bổ nhiệm|điều động|phân công)\s+)?{_TAKES}\s+"
    rf"|[,;]\s*(?:sau đó\s+)?(?:làm|giữ chức(?: vụ)?)\s+"
    # "Từ tháng 10/2006 đến nay giữ chức vụ X": the subject left out, the person last named.
    r"|^(?:từ|tháng|năm)\s[^,;.]{0,40}?,?\s+(?:được\s+)?(?:giữ (?:các )?chức(?: vụ| danh)?|đảm nhiệm)\s+",
    re.IGNORECASE,
)
# Between two past posts: a separator, "và", "rồi", "sau đó (làm)".
_CAREER_SEGMENT = re.compile(
    r"\s*(?:[;,]|[-–](?=\s)|\bvà\b|\brồi\b)?\s*(?:sau đó\s+)?(?:(?:làm|giữ chức(?: vụ)?|là)\s+)?"
    r"(?:(?:từ|đến|trước)[^;,]{0,40}?\blà\s+)?"
)
_NOT_A_POST = re.compile(
    r"(?:cán bộ|nhân viên|giáo viên|phóng viên)\s[^,;.]{0,80}(?=[,;])", re.IGNORECASE
)
# Words one of `_CAREER`'s cues holds: sentences without any are not read for them.
_CAREER_WORDS = ("từng", "nguyên là", "trước đó là", "kinh qua", "trải qua")
# Words one of `_TAKES` holds: sentences without any are not read for career steps.
_TAKES_WORDS = ("làm", "giữ", "đảm nhiệm", "cử")
_SUBJECT_BEFORE = re.compile(r"(?<![\w])(?:ông|bà|từng)(?![\w])", re.IGNORECASE)


def _career_subject(
    sentence: Sentence, cue: re.Match[str], mentions: list[Mention]
) -> Mention | None:
    """Whose past post a cue opens: the one the given name names, else the last named."""
    at = sentence.start + cue.start()
    earlier = [m for m in mentions if m.end <= at and m.anchor != "career"]
    given = (cue.groupdict().get("given") or "").strip()
    if given:
        named = {m.name: m for m in mentions if m.name == given or m.name.endswith(" " + given)}
        return next(iter(named.values())) if len(named) == 1 else None
    if cue.group(0)[:1] in ",;" and not _SUBJECT_BEFORE.search(sentence.text, 0, cue.start()):
        return None  # ", làm …" without a person or a career cue before it in the sentence
    return earlier[-1] if earlier else None


def _career_titles(doc: Cleaned, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Past posts in a career summary ("từng giữ các chức vụ: A; B, C", "Năm 2014, ông
    giữ chức A, sau đó làm B") of the person they are about."""
    r = _rules(gaz).titles
    out = []
    for sentence in doc.sentences:
        lowered = sentence.lowered
        cues = []
        if any(cue in lowered for cue in _CAREER_WORDS):
            cues += list(_CAREER.finditer(sentence.text))[:1]
        if any(verb in lowered for verb in _TAKES_WORDS) and (
            any(who in lowered for who in ("ông", "bà ", "đồng chí", "từng"))
            or lowered.startswith(("từ ", "tháng ", "năm "))
        ):
            cues += list(_SUBJECT_TAKES.finditer(sentence.text))
        if not cues:
            continue
        text = mask_commas(sentence.text, r, lowered)
        for cue in sorted(cues, key=lambda c: c.start()):
            person = _career_subject(sentence, cue, mentions)
            if person is None:
                continue
            pos, titles, skipped = cue.end(), [], 0
            # "giữ các chức vụ Phó Chủ tịch, quyền Chủ tịch UBND tỉnh": heads printed bare
            # before a title share its organ.
            bare: list[tuple[int, int]] = []
            while pos < len(text):
                seg = _CAREER_SEGMENT.match(text, pos)
                start = seg.end() if seg else pos
                if not r.head.match(text, start):
                    # "từng làm cán bộ Ban Tuyên giáo, Bí thư Tỉnh đoàn": a job that is no
                    # post, skipped to the next one.
                    job = _NOT_A_POST.match(text, start)
                    if job and skipped < 3:
                        pos, skipped = job.end(), skipped + 1
                        continue
                    break
                end, _ = read_title(text, start, r)
                if _LABELS.match(text, end):
                    break  # "…; Phó Bí thư gồm các đồng chí: …": a list's label, no step
                title = canonical_title(text[start:end], r)
                read = _joint_titles(text[start:end], r) or ([title] if title else [])
                headless = not read or (
                    not organ_of(read[0], r) and key(text[start:end]) not in r.standalone
                )
                if headless and text[end : end + 1] == ",":
                    bare.append((start, end))
                    pos = end
                    continue
                if not read or end <= start:
                    break
                shared = [
                    canonical_title(f"{text[a:b]} {organ_of(read[0], r)}", r) for a, b in bare
                ]
                titles += [
                    (t, sentence.start + a, sentence.start + b)
                    for t, (a, b) in zip(shared, bare, strict=True)
                    if t
                ]
                bare = []
                titles += [(t, sentence.start + start, sentence.start + end) for t in read]
                pos = end
            # "đồng chí A giữ chức X" with A's full name: the sentence's own reading has X.
            own = {
                t
                for m in mentions
                if m.sentence is sentence and m.name == person.name
                for t in m.titles
            }
            titles = [t for t in titles if t[0] not in own]
            if titles:
                at = sentence.start + cue.start()
                out.append(
                    Mention(
                        name=person.name,
                        rank=None,
                        titles=tuple(t for t, _, _ in titles),
                        start=at,
                        end=at,
                        chain_start=at,
                        chain_end=at,
                        sentence=sentence,
                        anchor="career",
                        raw_titles=tuple(titles),
                    )
                )
    return out


@cache
def _place_name_rules(gaz: Gazetteer) -> tuple[re.Pattern[str], dict[str, str]]:
    """A place below the province as printed ("huyện Phú Bình", "Huyện ủy Tân Uyên",
    "quận 3"), and each level word and committee mapped to its level."""
    levels = {key(w): key(w) for w in gaz.place_words}
    levels.update({key(p): key(p) for p in gaz.place_committees})
    levels.update({key(c): key(p) for p, c in gaz.place_committees.items()})
    levels.update(
        {key(a): levels[key(f)] for a, f in gaz.abbreviations.items() if key(f) in levels}
    )
    # Never the "T" of "TP.HCM", nor a term after the name ("Thành phố Hà Nội Khóa XVI").
    word = rf"(?!{TERM})(?-i:[{UPPER}][{LOWER}]*)(?![\w])"
    return (
        re.compile(
            rf"(?<![\w])(?P<level>{alternation(levels)})[ \t]+"
            rf"(?P<name>{word}(?:[ \t]+{word})*|\d{{1,2}}(?![\w]))",
            re.IGNORECASE,
        ),
        levels,
    )


def _place_titles(doc: Cleaned, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A district title printed without its district ("Bí thư Huyện ủy") takes the one
    district of that level the article names ("HĐND huyện Phú Bình"): posts of
    different districts must not merge into one."""
    pattern, levels = _place_name_rules(gaz)
    by_ending = sorted(levels, key=len, reverse=True)
    endings = tuple(" " + e for e in by_ending)
    if not any(key(t).endswith(endings) for m in mentions for t in m.titles):
        return mentions  # no title waits for its district
    named: dict[str, set[str]] = {}
    at: dict[str, list[tuple[int, str]]] = {}  # where each level's places are named
    cities = rules(gaz).city_provinces
    names_at = {m.start for m in mentions}  # "Bí thư Thành ủy Lê Văn A": a person, no place
    persons = {key(m.name) for m in mentions}
    for match in pattern.finditer(doc.text):
        if match.start("name") in names_at or _person_after_title(doc.text, match, persons, gaz):
            continue
        words = match.group("name").split()
        name = " ".join(words if len(words) <= 3 else words[:2])
        level = levels[key(match.group("level"))]
        named.setdefault(level, set()).add(name)
        at.setdefault(level, []).append((match.start(), name))
    if cities & {key(n) for n in named.get("thành phố", ())}:
        named.pop("thành phố")  # a centrally-run city's article: its "Thành ủy" is its own

    def nearest(level: str, pos: int, sentence: Sentence) -> str | None:
        """Of several places of a level, the one named nearest in the same sentence."""
        here = [
            (abs(p - pos), n) for p, n in at.get(level, []) if sentence.start <= p < sentence.end
        ]
        return min(here)[1] if here else None

    # The same person's title elsewhere in the article may give the place ("Bí thư Thành
    # ủy Hòa Bình" in the headline, "nguyên Bí thư Thành ủy" further on).
    placed = {(m.name, t) for m in mentions for t in m.titles}
    out = []
    for m in mentions:
        raw = []
        for title, start, end in m.raw_titles:
            ending = next((e for e in by_ending if key(title).endswith(" " + e)), None)
            names = named.get(levels[ending], set()) if ending else set()
            own = {t for n, t in placed if n == m.name and t.startswith(title + " ")}
            if ending and len(own) == 1:
                raw.append((next(iter(own)), start, end))
                continue
            place = next(iter(names)) if len(names) == 1 else None
            if len(names) > 1 and ending:
                place = nearest(levels[ending], start, m.sentence)
            if place and place[0].isdigit() and ending and key(ending) != key(levels[ending]):
                place = f"{levels[ending]} {place}"  # "Quận ủy quận 12": a number keeps its word
            raw.append((f"{title} {place}" if place else title, start, end))
        if raw != list(m.raw_titles):
            new = {old: t for (old, _, _), (t, _, _) in zip(m.raw_titles, raw, strict=True)}
            m = replace(m, titles=tuple(new.get(t, t) for t in m.titles), raw_titles=tuple(raw))
        out.append(m)
    return out


def _person_after_title(text: str, place: re.Match[str], persons: set[str], gaz: Gazetteer) -> bool:
    """Whether the name after a place word is a person the article names elsewhere, printed
    after a title ("Phó Chủ tịch UBND huyện Lê Văn A giải đáp", a caption): no district.
    A name of two words is a place's ("Đảng ủy phường Trần Phú"), as is one after no title."""
    words = key(place.group("name")).split()
    if not any(" ".join(words[:n]) in persons for n in range(3, len(words) + 1)):
        return False
    clause = max(text.rfind(c, 0, place.start()) for c in ",;.\n")
    return rules(gaz).head.search(text, clause + 1, place.start()) is not None


def _fold_partial_names(mentions: list[Mention]) -> list[Mention]:
    """A name that ends another, longer name ("Minh Hùng" in "Lò Minh Hùng") is that person."""
    longer: dict[str, set[str]] = {}
    for name in {m.name for m in mentions}:
        words = name.lower().split()
        for i in range(1, len(words) - 1):
            longer.setdefault(" ".join(words[i:]), set()).add(name)
    out = []
    for m in mentions:
        full = longer.get(m.name.lower(), set())
        if len(full) == 1:
            m = Mention(**{**m.__dict__, "name": next(iter(full))})
        out.append(m)
    return out
