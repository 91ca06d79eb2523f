"""Titles (chức vụ): where one starts and ends in a sentence, and its canonical form."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from loaders.gazetteer import Gazetteer
from loaders.text import UPPER, alternation, is_capitalised, key, whole_words

# A hard end of a title: punctuation that separates titles or clauses.
# A term written with a title or a meeting ("khóa XV", "khoá 12", "nhiệm kỳ 2020-2025"):
# the one spelling every step uses. Its ordinal goes to terms, never into a title.
PERIOD = r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}"
TERM = rf"(?:nhiệm kỳ|khóa|khoá)\s+(?:{PERIOD}|[IVXLC]+\b|\d{{1,2}}\b)"
_TERM_INSIDE = re.compile(rf"\s+(?:{TERM})(?=\s)", re.IGNORECASE)
_TERM_AT = re.compile(rf"\s+(?:{TERM})", re.IGNORECASE)
_HARD_END = re.compile(r"[,;:()\[\]\n!?…]|\.(?!\w)")
# A dash ends a title only before another title ("A – Phó Chủ tịch"); inside names it
# does not ("Bà Rịa - Vũng Tàu", "Lao động - Thương binh và Xã hội").
_DASH = re.compile(r"\s[-–—]\s")
_CAPTION = re.compile(r"Ảnh\b|Ảnh:|Video\b", re.IGNORECASE)
# A photo credit glued to a caption's title ("… UBND TP.HCM ẢNH: D.M").
_CREDIT = re.compile(r"\s(?:Ảnh|ẢNH)(?![\w])")


@dataclass(frozen=True, eq=False)
class TitleRules:
    """The gazetteer's title knowledge compiled into matchers; hashed by identity."""

    head: re.Pattern[str]
    stop: re.Pattern[str]
    abbreviation: re.Pattern[str]
    expansions: dict[str, str]
    province: re.Pattern[str]
    place_words: tuple[str, ...]
    bare_party_organs: tuple[str, ...]
    committee_of_place: dict[str, str]  # "huyện" → "Huyện ủy"
    sentence_organs: tuple[str, ...]  # keys, each with a space before it
    qualified_organ: re.Pattern[str]  # one of them in full: "Ủy ban Kiểm tra Trung ương"
    qualifier_forms: dict[str, str]
    other_body: re.Pattern[str]  # a word after a qualifier that names another body
    council: re.Pattern[str]  # a council or a steering committee inside an organ
    council_chair: re.Pattern[str]  # the head of a title that chairs one
    casing: re.Pattern[str]
    casing_forms: dict[str, str]
    synonyms: tuple[tuple[re.Pattern[str], str], ...]
    surnames: frozenset[str]
    city_provinces: frozenset[str]
    city_since: dict[str, str]
    comma_organs: re.Pattern[str] | None
    standalone: frozenset[str]
    comma_phrases: tuple[str, ...]
    and_organs: re.Pattern[str] | None
    topic_organ: re.Pattern[str]
    organ: re.Pattern[str]
    organ_heads: dict[str, frozenset[str]]  # by organ key: the heads a bare title takes it for
    topic_end: re.Pattern[str]
    organ_words: frozenset[str]
    organ_end: re.Pattern[str]
    rank: re.Pattern[str]
    former: re.Pattern[str]  # "nguyên ", "cựu " before a title
    head_forms: dict[str, str]  # each head as the gazetteer spells it, by key


@cache
def rules(gaz: Gazetteer) -> TitleRules:
    """Compile the title matchers once per gazetteer."""
    # "Đại biểu HĐND": a head printed with an abbreviation inside.
    heads = _abbreviated(list(gaz.title_heads) + list(gaz.standalone_titles), gaz)
    # An abbreviation that stands for a title ("PBT", "UVTƯ", "ĐBQH") starts one too.
    head_keys = [key(h) for h in heads]
    heads += [
        a
        for a, full in gaz.abbreviations.items()
        if any(key(full) == h or key(full).startswith(h + " ") for h in head_keys)
    ]
    # An exception opens with a stop word ("dự khuyết") or ends with one ("danh dự"): the
    # word before it is then looked behind for.
    stops = {key(w) for w in gaz.cues["stop"]}
    behind = "".join(
        f"(?<!{re.escape(e.rsplit(' ', 1)[0])} )"
        for e in gaz.cues["stop_exceptions"]
        if key(e.split()[0]) not in stops and key(e.rsplit(" ", 1)[-1]) in stops
    )
    stop = rf"(?<![\w]){behind}(?!(?:{alternation(gaz.cues['stop_exceptions'])})(?![\w]))(?:{alternation(gaz.cues['stop'])})(?![\w])"
    province_names: list[str] = []
    for p in gaz.provinces:
        province_names += [*([] if p.needs_lead else [p.name]), *p.aliases]
    led = sorted(gaz.names_needing_lead())
    comma_organs = [o.name for o in gaz.organs if "," in o.name] + list(gaz.comma_names)
    comma_organs += [full for full in gaz.abbreviations.values() if "," in full]
    # "Sở Lao động, Thương binh và Xã hội": an organ's dash printed as a comma.
    dashed = {o.name.replace(" - ", ", "): o.name for o in gaz.organs if " - " in o.name}
    comma_organs += list(dashed)
    # Organ names with "và" ("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"): not a list.
    and_organs = _abbreviated([o.name for o in gaz.organs if " và " in o.name], gaz)
    return TitleRules(
        head=re.compile(whole_words(heads), re.IGNORECASE),
        # Case-sensitive: a verb after a title is lower case, while the same word
        # capitalised is part of an organ's name ("Ủy ban Kiểm tra").
        stop=re.compile(stop),
        # "TP.HCM" is a name, not "TP" then ".HCM".
        abbreviation=re.compile(
            rf"(?<![\w&.])(?:{alternation(list(gaz.abbreviations))})(?![\w&]|\.\s?[A-ZĐ])"
        ),
        expansions=dict(gaz.abbreviations),
        province=re.compile(
            rf"(?:(?:\s+(?:tỉnh|thành phố|TP\.?|Tp\.?))?\s+(?-i:{alternation(province_names)})"
            rf"|\s+(?:thành phố|TP\.?|Tp\.?)\s+(?-i:{alternation(led)}))(?![\w])",
            re.IGNORECASE,
        ),
        place_words=tuple(key(w) for w in gaz.place_words),
        bare_party_organs=tuple(key(w) for w in gaz.bare_party_organs),
        committee_of_place=dict(gaz.place_committees),
        sentence_organs=tuple(" " + key(o) for o in gaz.sentence_organs),
        qualified_organ=re.compile(
            rf"(?<![\w])({alternation(gaz.sentence_organs)}) ({alternation(gaz.organ_qualifiers)})(?![\w])",
            re.IGNORECASE,
        ),
        qualifier_forms={key(q): q for q in gaz.organ_qualifiers},
        other_body=re.compile(rf"\s+(?:{alternation(gaz.qualified_bodies)})(?![\w])"),
        council=re.compile(
            rf"(?!{alternation(gaz.organ_councils)})(?:{alternation(gaz.councils)})\s",
            re.IGNORECASE,
        ),
        council_chair=re.compile(rf"(?:{alternation(gaz.council_chairs)})\s", re.IGNORECASE),
        casing=re.compile(whole_words(gaz.casing), re.IGNORECASE),
        casing_forms={key(c): c for c in gaz.casing},
        synonyms=(
            *((re.compile(re.escape(c), re.IGNORECASE), d) for c, d in dashed.items()),
            *gaz.synonyms,
        ),
        surnames=gaz.surnames,
        # A city that was a province is a city by its new name only: "Thừa Thiên Huế" is
        # the province's.
        city_provinces=frozenset(
            key(n)
            for p in gaz.provinces
            if p.kind == "city"
            for n in (p.name, *(() if p.city_since else p.aliases))
        ),
        city_since={
            key(n): p.city_since
            for p in gaz.provinces
            if p.city_since
            for n in (p.name, *p.aliases)
        },
        standalone=frozenset(key(t) for t in gaz.standalone_titles),
        comma_phrases=tuple({c.lower() for c in comma_organs}),
        comma_organs=(
            re.compile(alternation(comma_organs), re.IGNORECASE) if comma_organs else None
        ),
        and_organs=(
            # Read on text whose commas inside organ names are masked ("Khoa học, Công nghệ
            # và Môi trường").
            re.compile(alternation(and_organs).replace(",", "[,\x1f]"), re.IGNORECASE)
            if and_organs
            else None
        ),
        topic_organ=re.compile(whole_words(gaz.cues["topic_organs"]), re.IGNORECASE),
        organ=re.compile(
            whole_words(_abbreviated([o.name for o in gaz.organs], gaz)), re.IGNORECASE
        ),
        organ_heads={
            key(o.name): frozenset(key(h) for h in o.heads) for o in gaz.organs if o.heads
        },
        topic_end=re.compile(whole_words(gaz.cues["topic_end"])),
        organ_words=_organ_words(gaz),
        organ_end=re.compile(whole_words(gaz.organ_ends)),
        rank=re.compile(whole_words(gaz.ranks), re.IGNORECASE),
        former=re.compile(rf"^(?:{alternation(gaz.tenure.former)})\s+", re.IGNORECASE),
        head_forms={key(h): h for h in heads},
    )


def _abbreviated(names: list[str], gaz: Gazetteer) -> list[str]:
    """Each name, and as printed with an abbreviation inside ("UBND tỉnh")."""
    out = []
    for name in names:
        out.append(name)
        out += [
            name.replace(full, abbr)
            for abbr, full in gaz.abbreviations.items()
            if full in name and full != name
        ]
    return out


def _organ_words(gaz: Gazetteer) -> frozenset[str]:
    """Lower-case words that may follow an organ's name inside a title: those of the
    gazetteer's own organ and title names ('tỉnh', 'nhân dân') and its extra list."""
    names = [o.name for o in gaz.organs] + [*gaz.title_heads, *gaz.standalone_titles]
    names += [*gaz.abbreviations.values(), *gaz.casing, *gaz.place_words, *gaz.organ_words]
    return frozenset(
        w.strip(",").lower() for name in names for w in name.split() if not is_capitalised(w)
    )


def mask_commas(text: str, r: TitleRules, lowered: str | None = None) -> str:
    """Hide commas inside organ names ('Bộ Văn hóa, Thể thao và Du lịch') from splitting;
    `lowered` is the text in lower case when the caller has it already."""
    if r.comma_organs is None or "," not in text:
        return text
    lowered = text.lower() if lowered is None else lowered
    present = [phrase for phrase in r.comma_phrases if phrase in lowered]
    if not present:
        return text
    if len(lowered) != len(text):  # a letter whose lower case is longer: offsets differ
        return r.comma_organs.sub(lambda m: m.group(0).replace(",", "\x1f"), text)
    spans = []
    for phrase in present:
        at = lowered.find(phrase)
        while at >= 0:
            spans.append((at, at + len(phrase)))
            at = lowered.find(phrase, at + len(phrase))
    pieces, last = [], 0
    for a, b in sorted(spans):
        a = max(a, last)  # overlapping phrases: mask each comma once
        pieces += [text[last:a], text[a:b].replace(",", "\x1f")]
        last = max(last, b)
    return "".join(pieces) + text[last:]


def find_stop(
    text: str, pos: int, end: int, r: TitleRules, organs_from: int | None = None
) -> re.Match[str] | None:
    """The first stop word in text[pos:end] that is not part of an organ's name: "giao" in
    "Bộ Ngoại giao", "chỉ đạo" in "Trưởng Ban chỉ đạo …" (organs looked for from
    `organs_from`, default `pos`)."""
    stop = r.stop.search(text, pos, end)
    if not stop:
        return None
    lo = pos if organs_from is None else organs_from
    spans = [m.span() for p in (r.topic_organ, r.organ) for m in p.finditer(text, lo, end)]
    while stop and any(a <= stop.start() < b for a, b in spans):
        stop = r.stop.search(text, stop.end(), end)
    return stop


def read_title(text: str, start: int, r: TitleRules) -> tuple[int, bool]:
    """End of the title starting at `start`, and whether a stop word (a verb) ended it."""
    hard = _HARD_END.search(text, start)
    end = hard.start() if hard else len(text)
    credit = _CREDIT.search(text, start, end)
    end = credit.start() if credit else end
    for dash in _DASH.finditer(text, start, end):
        # "… - Ảnh: …": a photo caption's credit, not part of the title.
        if r.head.match(text, dash.end()) or _CAPTION.match(text, dash.end()):
            end = dash.start()
            break
    head = r.head.match(text, start)
    scan_from = head.end() if head else start
    stopped = False
    stop = find_stop(text, scan_from, end, r, start)
    if stop and _opens_topic(text, start, stop, r):
        topic_end = r.topic_end.search(text, stop.end(), end)
        return (topic_end.start(), True) if topic_end else (end, False)
    if stop:
        end, stopped = stop.start(), True
    # "và": part of an organ name ("Ban Tuyên giáo và Dân vận") unless a person,
    # a title or a lower-case clause follows.
    conjs = list(_AND.finditer(text, scan_from, end)) if "và" in text[scan_from:end] else []
    inside = (
        [m.span() for m in r.and_organs.finditer(text, start, end)]
        if conjs and r.and_organs
        else []
    )
    for conj in conjs:
        if any(a <= conj.start() < b for a, b in inside):
            continue
        next_at = conj.end()
        after = text[next_at:end].split()
        # "Ban Quản lý Khu kinh tế X và các Khu công nghiệp": "các" before an organ word.
        if len(after) > 1 and after[0] == "các" and is_capitalised(after[1]):
            after, next_at = after[1:], next_at + len("các ")
        person = len(after) > 1 and after[0] in r.surnames and is_capitalised(after[1])
        if not after or not is_capitalised(after[0]) or person:
            end, stopped = conj.start(), True
            break
        # "… Viện trưởng VKSND tỉnh và Đại tá Lê Văn A": a title or a rank.
        if r.head.match(text, next_at) or r.rank.match(text, next_at):
            end, stopped = conj.start(), True
            break
    done = _organ_done(text, scan_from, end, r)
    return (done, True) if done is not None else (end, stopped)


_AND = re.compile(r"\svà\s")
_NEXT_WORD = re.compile(r"\s+([^\s,;:]+)")


def _organ_done(text: str, start: int, end: int, r: TitleRules) -> int | None:
    """Where a title ends because an organ, a province or a word that closes an organ's
    name is followed by a lower-case word no organ name has ('Bí thư Tỉnh ủy bàn …',
    '… Hội Nông dân Việt Nam đến …'), if it does."""
    words = text[start:end].split()
    if not any(_foreign(w.strip(","), r) for w in words[1:]):
        return None  # no word that could end it: the usual case, and the regexes cost
    patterns = (r.organ, r.province, r.organ_end)
    ends = sorted(m.end() for p in patterns for m in p.finditer(text, start, end))
    for at in ends:
        word = _NEXT_WORD.match(text, at, end)
        # A name, an abbreviation ("TP"), a number or a term goes on.
        if word and _foreign(word.group(1), r) and not _TERM_AT.match(text, at):
            return at
    return None


def _foreign(word: str, r: TitleRules) -> bool:
    """A lower-case word no organ's name has: after an organ, it ends the title."""
    return word[:1].islower() and word.lower() not in r.organ_words


def _opens_topic(text: str, start: int, stop: re.Match[str], r: TitleRules) -> bool:
    """Whether the stop word is the "về" of an ad-hoc body's task ("Ban Chỉ đạo … về …")."""
    return stop.group(0).lower() == "về" and bool(r.topic_organ.search(text, start, stop.start()))


def ended_by(text: str, end: int, r: TitleRules) -> str:
    """What ended a title read up to `end`, in words, for `kg extract --explain`."""
    rest = text[end:]
    if not rest.strip():
        return "the end of the text"
    if _HARD_END.match(rest):
        return f"punctuation {rest[0]!r}"
    if _DASH.match(rest):
        return "a dash before another title or a caption"
    skipped = len(rest) - len(rest.lstrip())
    stop = r.stop.match(text, end + skipped)
    if stop:
        return f"the stop word {stop.group(0)!r} (cues.yaml: stop)"
    if re.match(r"\s*và\s", rest):
        return "'và' before a person, a title or a clause"
    word = rest.split(maxsplit=1)[0]
    if _foreign(word, r):
        return f"the word {word!r}, in no organ's name (titles.yaml: organ_words)"
    return f"the name or word {word!r} that follows"


_LEAD = re.compile(r"\s*(?:(?:tỉnh|thành phố|TP\.?|Tp\.?)\s+)?")


def _expand_abbreviations(text: str, r: TitleRules) -> str:
    """'Chủ tịch UBND tỉnh' → 'Chủ tịch Ủy ban nhân dân tỉnh', single-spaced."""
    if not r.abbreviation.search(text):
        return " ".join(text.split())
    # "Bí thư Tỉnh ủy TT-Huế": an abbreviation inside a province's name is the name's.
    names = []
    for m in r.province.finditer(text):
        lead = _LEAD.match(m.group(0))
        names.append((m.start() + (lead.end() if lead else 0), m.end()))

    def expand(m: re.Match[str]) -> str:
        if any(a <= m.start() < b for a, b in names):
            return m.group(0)
        return r.expansions.get(m.group(0), m.group(0))

    return " ".join(r.abbreviation.sub(expand, text).split())


def _place(printed: str) -> str:
    """The province's name in a match of `TitleRules.province` ('tỉnh Sơn La' → 'Sơn La')."""
    return " ".join(
        w for w in printed.split() if key(w) not in ("tỉnh", "thành", "phố", "tp", "tp.")
    )


def place_before(text: str, r: TitleRules) -> bool:
    """Whether text ends with a word that puts a place below the province after it
    ('huyện', 'Thị ủy'); a string test, as this runs for every capitalised run."""
    return text.rstrip().lower().endswith(r.place_words)


def provinces_named(title: str, r: TitleRules) -> list[str]:
    """Province names written in a title as printed, left to right; a district or commune
    of the same name ('huyện Bảo Lâm') is not one."""
    return [
        _place(m.group(0))
        for m in r.province.finditer(title)
        if not place_before(title[: m.start()], r)
    ]


_SECRETARY = re.compile(r"(?:Phó )?Bí thư(?: Thường trực)?", re.IGNORECASE)
_DEPARTMENT = re.compile(r"(?<![\w])Sở [^,]*$")  # "cơ sở" is no department
_CHAIR = re.compile(r"(?:Phó )?Chủ tịch", re.IGNORECASE)


# Organs whose province goes unsaid when dropped ("Bí thư Tỉnh ủy", "Giám đốc Sở Tài chính",
# "Bí thư Tỉnh đoàn", "Đảng ủy Khối …", "Tổng Biên tập Báo và Phát thanh, Truyền hình"):
# no "tỉnh" takes its place.
_NAMED_FOR_PROVINCE = re.compile(
    r"(?:(?:ủy|uỷ)(?: viên)?|Sở [^,]*|Tỉnh [Đđ]oàn|Khối [^,]*|Báo và Phát thanh, Truyền hình)\s*$",
    re.IGNORECASE,
)


def _strip_province(title: str, r: TitleRules) -> str:
    def drop(match: re.Match[str]) -> str:
        before = title[: match.start()]
        if place_before(before, r):
            return match.group(0)
        words = match.group(0).split()
        place = _place(match.group(0))
        lead = [w for w in words if key(w) in ("tỉnh", "thành", "phố")]
        if lead and key(lead[0]) == "thành":
            if key(place) not in r.city_provinces:
                return match.group(0)
            # "Giám đốc Sở Nội vụ TP Hải Phòng": a department, as a province's, carries it unsaid.
            return "" if _DEPARTMENT.search(before) else " thành phố"
        if lead:
            return " tỉnh"
        if _SECRETARY.fullmatch(before.strip()):  # "Bí thư Quảng Nam": of its party committee
            return " Thành ủy" if key(place) in r.city_provinces else " Tỉnh ủy"
        if _CHAIR.fullmatch(before.strip()):  # "Chủ tịch Quảng Nam": of its people's committee
            return " thành phố" if key(place) in r.city_provinces else " tỉnh"
        if key(before).endswith("thành ủy") and key(place) not in r.city_provinces:
            return match.group(0)  # "Bí thư Thành ủy Hòa Bình": the provincial city's
        head = r.head.match(before.strip())
        if (
            _NAMED_FOR_PROVINCE.search(before)
            or not head
            or not before.strip()[head.end() :].strip()
        ):
            return ""  # a party committee or a department carries its province unsaid
        # "Tham mưu trưởng BĐBP Lạng Sơn": the province's unit.
        return " thành phố" if key(place) in r.city_provinces else " tỉnh"

    return r.province.sub(drop, title)


def _without_province(text: str, r: TitleRules) -> str:
    """The province dropped and organ names in their fixed capitals ('bí thư tỉnh ủy Sơn La'
    → 'bí thư Tỉnh ủy')."""
    text = _strip_province(text, r)
    return r.casing.sub(lambda m: r.casing_forms.get(key(m.group(0)), m.group(0)), text)


def canonical_organ(raw: str, r: TitleRules) -> str | None:
    """An organ's name as printed, abbreviations expanded and the province dropped."""
    organ = _without_province(_expand_abbreviations(raw.replace("\x1f", ","), r), r)
    organ = " ".join(organ.split()).strip(" ,;:-–")
    return organ[0].upper() + organ[1:] if organ else None


_PROVINCIAL_ORGAN = re.compile(
    r"(Ủy ban nhân dân|Hội đồng nhân dân|Mặt trận Tổ quốc Việt Nam|Đoàn đại biểu Quốc hội|Thanh tra)"
    r" tỉnh$"
)

# A bare party title completed as the province's ("Phó Bí thư" → "Phó Bí thư Tỉnh ủy") is
# the city committee's in a centrally-run city.
_PROVINCIAL_PARTY = re.compile(r"(Tỉnh ủy)$|Đảng bộ tỉnh$")


def in_province(title: str, province: str | None, when: str | None, r: TitleRules) -> str:
    """A title as the article's province names it on the article's date: a centrally-run
    city's council, committee and party committee are the city's ("Chủ tịch HĐND" in Cần
    Thơ → "… Hội đồng nhân dân thành phố", "Phó Bí thư Tỉnh ủy" → "… Thành ủy"), but Huế's
    only since it became a city."""
    if not province:
        return title
    since = r.city_since.get(key(province))
    if since and not (when and when >= since):
        return title
    if not since and key(province) not in r.city_provinces:
        return title
    title = _PROVINCIAL_ORGAN.sub(r"\1 thành phố", title)
    return _PROVINCIAL_PARTY.sub(lambda m: "Thành ủy" if m.group(1) else "Đảng bộ thành phố", title)


@lru_cache(maxsize=1 << 16)
def canonical_title(raw: str, r: TitleRules) -> str | None:
    """The canonical full form of a title as printed, or None when it is not a title."""
    title = _expand_abbreviations(raw.replace("\x1f", ",").strip(" ,;:-–"), r)
    title = r.former.sub("", title)
    head = r.head.match(title)
    if not head:
        return None
    if head.end() == len(title) and key(title) not in r.standalone:
        return None  # a bare "Bộ trưởng" or "Giám đốc" names no post
    # "Phó chánh văn phòng …": a head printed in small letters takes its capitals.
    form = r.head_forms.get(key(head.group(0)), "")
    if sum(c.isupper() for c in form) > sum(c.isupper() for c in head.group(0)):
        title = form + title[head.end() :]
    title = _without_province(_TERM_INSIDE.sub("", title), r)
    for pattern, replace in r.synonyms:
        title = pattern.sub(replace, title)
    title = " ".join(title.split()).strip(" ,;:-–")
    if not title:
        return None
    return title[0].upper() + title[1:]


def organ_has(organ: str, printed: str, r: TitleRules) -> bool:
    """Whether an organ may take a head printed bare: any head unless the organ lists
    its own ("Chủ tịch" is no post of a Tỉnh ủy)."""
    heads = r.organ_heads.get(key(_expand_abbreviations(organ, r)))
    if heads is None:
        return True
    head = r.head.search(printed)
    return head is not None and key(head.group(0)) in heads


# Organs of the party itself: a bare party body inside one of these is not completed.
_PARTY_ORGAN = re.compile(
    r"(?:Ban (?:Chấp hành|Thường vụ|Bí thư)|Bộ Chính trị|Đảng|.*ủy$)", re.IGNORECASE
)


def organ_of(title: str, r: TitleRules) -> str:
    """The organ a canonical title names after its head ('Giám đốc Sở Tài chính' → 'Sở
    Tài chính'), without a leading 'Thường trực'."""
    head = r.head.match(title)
    organ = title[head.end() :].strip() if head else ""
    return re.sub(r"^Thường trực(?:\s+|$)", "", organ)


def shared_organ(title: str, r: TitleRules) -> str:
    """The organ a head printed bare before `title` shares with it: the title's organ, or,
    when `title` chairs a council or a steering committee, the organ that belongs to, or
    none when it names none ("Chính ủy, Chủ tịch Hội đồng thi đua, khen thưởng Bộ CHQS
    tỉnh": the command's commissar; "Phó Chủ tịch, Thư ký Hội đồng khoa học": the
    council's deputy)."""
    chair = r.council_chair.match(title)
    body = title[chair.end() :] if chair else ""
    if r.council.match(body):
        # No organ named after the council: none the bare head can be told to share.
        parent = next(r.organ.finditer(body, 1), None)
        return body[parent.start() :] if parent else ""
    return organ_of(title, r)


_LOCAL_STATE_ORGAN = re.compile(
    r"^(?:Ủy ban nhân dân|Hội đồng nhân dân) (huyện|quận|thị xã|thành phố|xã|phường|thị trấn)"
    r"(?: (\S.*))?$"
)


def committee_served(organ: str, r: TitleRules) -> str | None:
    """The party committee of the place a council or committee serves: the province's
    ('Ủy ban nhân dân tỉnh': 'Tỉnh ủy'), a place's the article names ('Ủy ban nhân dân
    thành phố' with no name: 'Thành ủy'; '… xã': 'Đảng ủy xã'), a named place's below it
    ('… huyện Vĩnh Lợi' → 'Huyện ủy Vĩnh Lợi', '… xã Tam Quang' → 'Đảng ủy xã Tam Quang')."""
    if organ in ("Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh"):
        return "Tỉnh ủy"
    local = _LOCAL_STATE_ORGAN.match(organ)
    if not local:
        return None
    word, place = local.groups()
    committee = r.committee_of_place.get(word, f"Đảng ủy {word}")
    return f"{committee} {place}" if place else committee


def complete_party_organs(
    titles: list[tuple[str, int, int]], text: str, r: TitleRules
) -> list[tuple[str, int, int]]:
    """A party body printed bare ('Bí thư Ban cán sự đảng', 'Bí thư Đảng ủy') takes the
    organ the next title names ('…, Chủ tịch Ủy ban nhân dân tỉnh', '…, Giám đốc Sở Tài
    chính'); a commune's or ward's council or committee gives its place instead ('Bí thư
    Đảng ủy, Chủ tịch HĐND phường X' is the secretary of the ward's party committee).
    A secretary printed bare is of the party committee of the place the next title's
    council or committee serves ('Phó Bí thư, Chủ tịch UBND huyện X': the Huyện ủy's);
    `text` is what the titles' offsets point into."""
    out = list(titles)
    for i, (title, start, end) in enumerate(out[:-1]):
        if _SECRETARY.fullmatch(text[start:end].strip(" ,;:-–")):
            committee = committee_served(organ_of(out[i + 1][0], r), r)
            if committee:
                out[i] = (f"{text[start:end].strip(' ,;:-–')} {committee}", start, end)
            continue
        if not key(title).endswith(r.bare_party_organs):
            continue
        organ = shared_organ(out[i + 1][0], r)
        local = re.match(r"(?:Hội đồng nhân dân|Ủy ban nhân dân)\s+(.+)$", organ)
        if local and key(local.group(1)).startswith(r.place_words):
            organ = local.group(1)
        elif _PARTY_ORGAN.match(organ) or (local and key(title).endswith("đảng ủy")):
            continue
        if organ:
            out[i] = (f"{title} {organ}", start, end)
    return _share_places(out, r)


def complete_from_sentence(
    titles: list[tuple[str, int, int]], text: str, r: TitleRules
) -> list[tuple[str, int, int]]:
    """A title ending in a party board printed bare ('Chủ nhiệm Ủy ban Kiểm tra') takes the
    committee its clause gave that board in full, as the clause's subject, before it ('Ủy
    ban Kiểm tra T.Ư họp … dưới sự chủ trì của Chủ nhiệm UBKT A'); not another side's
    board ('… làm việc với …', 'Thực hiện hướng dẫn của Ban Tổ chức Trung ương, …') nor a
    body's whose name goes on ('Ủy ban Kiểm tra Trung ương Đoàn'). `text` is what the
    offsets point into."""
    out = list(titles)
    for i, (title, start, end) in enumerate(out):
        title_key = key(title)
        bare = next((o for o in r.sentence_organs if title_key.endswith(o)), None)
        if bare is None:
            continue
        clause = _expand_abbreviations(text[text.rfind(";", 0, start) + 1 : start], r)
        named = [
            m
            for m in r.qualified_organ.finditer(clause)
            if " " + key(m.group(1)) == bare
            and _SUBJECT_OPENS.search(clause, 0, m.start())
            and not r.other_body.match(clause, m.end())
            and not _OTHER_SIDE.search(clause, m.end())
        ]
        if named:
            out[i] = (f"{title} {r.qualifier_forms[key(named[-1].group(2))]}", start, end)
    return out


# Where a clause's subject may start: the clause's start, or after a lead that a comma ends
# ("Từ ngày 25-27/9, Ủy ban Kiểm tra T.Ư họp …").
_SUBJECT_OPENS = re.compile(r"(?:^|,)\s*$")
# Another side of the meeting, whose titles are not the board's ("… làm việc với Ban
# Thường vụ Tỉnh ủy", "… với Sở Nội vụ"); not "với sự tham dự", "phối hợp với".
_OTHER_SIDE = re.compile(
    rf"(?<![\w])(?i:làm việc với|tiếp đoàn|với đoàn)(?![\w])"
    rf"|(?<!phối hợp )(?<!cùng )(?<![\w])với\s+(?=[{UPPER}])"
)


def _share_places(titles: list[tuple[str, int, int]], r: TitleRules) -> list[tuple[str, int, int]]:
    """A district's committee printed bare in a chain takes the place a later title of the
    chain names after the same committee ('Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban
    Tuyên giáo Huyện ủy Châu Thành A')."""
    out = list(titles)
    for i, (title, start, end) in enumerate(out[:-1]):
        committee = next(
            (c for c in r.committee_of_place.values() if title.endswith(" " + c)), None
        )
        if committee is None:
            continue
        for later, _, _ in out[i + 1 :]:
            _, found, place = later.partition(f" {committee} ")
            # A place's name: capitalised words or a number, not "về …" of a body's task.
            if found and all(w[:1].isupper() or w.isdigit() for w in place.split()[:4]):
                out[i] = (f"{title} {place}", start, end)
                break
    return out
