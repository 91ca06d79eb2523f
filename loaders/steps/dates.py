"""Dates: the article's publication date and the date of the event it reports.

A day and month without a year ("Ngày 7/12") takes its year from the article: a
printed publication date or page stamp, the input's metadata, or else the latest
full date the text cites, or the year of the first period it reports on ("đánh giá …
nhiệm vụ năm 2010", "6 tháng đầu năm 2021"; the next year early in it, after a review of
a whole year) when that is later. Never from the clock.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TypeGuard

from loaders.clean import Cleaned, Sentence
from loaders.gazetteer import Gazetteer
from loaders.text import whole_words

_FULL = re.compile(
    r"(?<![\d/.-])(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>(?:19|20)\d{2})(?!\d)"
    r"|ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s*,?\s+năm\s+(?P<y2>(?:19|20)\d{2})",
    re.IGNORECASE,
)
_TIME_WORD = (
    r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|sáng sớm|chiều tối)(?:\s+(?:nay|qua|mai|hôm qua))?"
)
# The lead's date: "Ngày 7/12, …", "Sáng 17 – 9", "Chiều nay (11.7)", "LSO-Ngày 23/12/2020".
_LEAD = re.compile(
    rf"^(?:\([^()\n]{{1,30}}\)\s*[-–—:]?\s*|[\w.]{{1,12}}(?:\s[\w.]{{1,12}}){{0,3}}\s*[-–—]\s*)?"
    rf"(?:trong\s+(?:(?:hai|2|ba|3|các)\s+)?(?=ngày)|từ\s+)?"
    rf"(?P<word>{_TIME_WORD})\s*(?:\(\s*)?(?:ngày\s+)?"
    r"(?:(?P<d>\d{1,2})(?:\s*(?:và|,|-|–)\s*\d{1,2})?\s*(?P<sep>[/.]|\s[-–]\s|-|–)\s*(?P<m>\d{1,2})"
    r"(?:\s*(?P=sep)\s*(?P<y>(?:19|20)\d{2}))?(?![\d/])"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s*,?\s+năm\s+(?P<y2>(?:19|20)\d{2}))?)?",
    re.IGNORECASE,
)

# A date phrase later in the lead ("Như tin đã đưa, sáng 15/10, …", "… vào sáng 28/4",
# "Đến ngày 20-8-2020, …"): a part of day anywhere, a bare "ngày" only where a clause
# starts, so that a cited document's date ("Quyết định số 5 ngày 3/4") is not taken.
_INNER = re.compile(
    # "… bế mạc vào sáng nay, 24/12", "…, sáng nay (9/4), tại …".
    r"(?:(?<![\w])(?P<part>sáng|chiều|tối|trưa)(?:\s+nay\s*[,(])?\s*(?:ngày\s+)?"
    # A clause's start, after a quotation too ("… phát triển,” ngày 19/9, Đại hội …");
    # "Sau 2 ngày (27-28/11) làm việc": the count of days, their dates in parentheses.
    r"|(?:^|[,;][\"”’]?\s*|(?<![\w])(?:vào|đến|trong|từ)\s+|(?<![\w])(?:\d|hai|ba)\s+(?=ngày\s*\()"
    # "… diễn ra ngày 22/6", "Tại kỳ họp thứ nhất ngày 29-6": the meeting's own day.
    r"|(?<![\w])(?:diễn ra|khai mạc|bế mạc|kỳ họp(?: thứ [\w]+)?(?: \(bất thường\))?)\s+(?:vào\s+)?)"
    r"(?P<day_word>ngày)\s+\(?)"
    # A range gives its first day: "từ ngày 8 - 9/8/2023", "từ ngày 15 đến 17/9".
    r"(?:(?P<d>\d{1,2})(?:\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?\d{1,2}(?=\s*[/.-]\s*\d))?"
    r"\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})"
    r"(?:\s*(?P=sep)\s*(?P<y>(?:19|20)\d{2}))?(?![\d/])"
    # "vào ngày 25 tháng 10 năm 2021".
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s*,?\s+năm\s+(?P<y2>(?:19|20)\d{2}))?(?!\d))",
    re.IGNORECASE,
)

# "Chỉ thị số 36-CT/TW, ngày 30-5-2014 của Bộ Chính trị": the date of the document cited.
_DOCUMENT_BEFORE = re.compile(r"(?:\d[-/][A-ZĐ][\w/.&-]*|số\s*\d+)\s*,?\s*$")

# A congress is held in the first year of the term it opens ("Đại hội … nhiệm kỳ 2020-2025");
# a congress's resolution is carried out later ("thực hiện Nghị quyết Đại hội …").
_CONGRESS_TERM = re.compile(
    r"(?<!Nghị quyết )Đại hội[^.;]{0,160}?nhiệm kỳ\s+(?P<y>(?:19|20)\d{2})\s*[-–—]\s*(?:19|20)\d{2}",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateFact:
    """A date as ISO text, with the span that gave it."""

    value: str
    start: int
    end: int
    sentence: str


# A period an article may report on: some months of a year ("6 tháng đầu năm 2021", "sáu
# tháng", "những tháng đầu năm", "nửa đầu năm"), a quarter ("quý III/2022") or a whole
# year ("năm 2010").
_PERIOD = re.compile(
    r"(?<![\w])(?:(?:(?P<months>\d{1,2}|một|hai|ba|sáu|chín|những|các)\s+tháng|(?P<halves>nửa))"
    r"(?:\s+(?P<half>đầu|cuối))?\s+năm"
    r"|quý\s+(?P<quarter>IV|III|II|I|[1-4])(?:\s*/\s*|\s+năm\s+)(?=\d)|năm)\s*(?P<y>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# Months written as words; "những tháng đầu năm", some months of the year, read as half.
_MONTHS = {"một": 1, "hai": 2, "ba": 3, "sáu": 6, "chín": 9, "những": 6, "các": 6}
# How far before a period its cue is read: the words that say what it is.
_CUE_REACH = 80


@dataclass(frozen=True)
class Period:
    """A period the article reports on: its year and the month it ends."""

    year: int
    ends: int

    def year_of(self, month: int) -> int:
        """The year of a day in `month` when the article reports on this period: its own,
        but in the first three months after a period that ends with the year ("Ngày 15/1
        … tổng kết công tác năm 2023" is in 2024; "Ngày 20/9 … diễn tập năm 2024" in
        2024)."""
        return self.year + 1 if month <= self.ends - 9 else self.year


@dataclass(frozen=True)
class _Known:
    """What a date without its year is read with: the article, its publication date and
    the periods it reports on (read only when a year is wanted)."""

    doc: Cleaned
    published: DateFact | None
    gaz: Gazetteer

    @cached_property
    def periods(self) -> tuple[Period, ...]:
        return reported_periods(self.doc, self.gaz)


@cache
def _period_cues(gaz: Gazetteer) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The cues of a reviewed period and of any other (cues.yaml)."""
    review, other = (gaz.cues["period_review"], gaz.cues["period_other"])
    return (
        re.compile(whole_words(review), re.IGNORECASE),
        re.compile(whole_words(other), re.IGNORECASE),
    )


def reported_periods(doc: Cleaned, gaz: Gazetteer) -> tuple[Period, ...]:
    """The periods the article reports on, in the order printed: a whole year only after
    a word of review ("đánh giá … nhiệm vụ năm 2010"), some months or a quarter unless
    the last such word before it plans it, aims at it or only dates by it ("phương
    hướng, nhiệm vụ 6 tháng cuối năm 2021", "triển khai nhiệm vụ năm 2011", "đến năm
    2030", "từ năm 2020")."""
    review, other = _period_cues(gaz)
    out = []
    for sentence in doc.sentences:
        text = sentence.text
        if "năm" not in sentence.lowered and "quý" not in sentence.lowered:
            continue
        for m in _PERIOD.finditer(text):
            before = text[max(0, m.start() - _CUE_REACH) : m.start()]
            before = before[max(before.rfind(c) for c in ".;:") + 1 :]
            cues = sorted(
                [(c.end(), True) for c in review.finditer(before)]
                + [(c.end(), False) for c in other.finditer(before)]
            )
            reviewed = bool(cues) and cues[-1][1]
            whole = not (m.group("months") or m.group("halves") or m.group("quarter"))
            if whole and not (reviewed and not re.search(r"\d", before[cues[-1][0] :])):
                continue
            if not whole and cues and not reviewed:
                continue
            if m.group("quarter"):
                q = m.group("quarter").lower()
                ends = 3 * (_QUARTERS.get(q) or int(q))
            elif m.group("half") == "cuối" or not (m.group("months") or m.group("halves")):
                ends = 12
            elif m.group("halves"):
                ends = 6
            else:
                count = m.group("months").lower()
                ends = min(12, int(count) if count.isdigit() else _MONTHS[count])
            out.append(Period(int(m.group("y")), ends))
    return tuple(out)


def parse_date(day: str | int, month: str | int, year: str | int) -> dt.date | None:
    """A calendar date, or None when the numbers make none (31/2)."""
    try:
        return dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def _iso_meta(value: str | None) -> str | None:
    """The metadata's date as ISO text, as precise as given: a crawler may know only the
    month ("2023-12") or the year of a page."""
    if not value:
        return None
    match = re.match(r"((?:19|20)\d{2})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?![\d])", value.strip())
    if match:
        year, month, day = match.groups()
        if day:
            date = parse_date(day, month, year)
            return date.isoformat() if date else None
        if month:
            return f"{year}-{int(month):02d}" if 1 <= int(month) <= 12 else None
        return year
    match = _FULL.search(value)
    if match:
        date = parse_date(
            match.group("d") or match.group("d2"),
            match.group("m") or match.group("m2"),
            match.group("y") or match.group("y2"),
        )
        return date.isoformat() if date else None
    return None


def _full_dates(sentences: tuple[Sentence, ...]) -> list[tuple[dt.date, Sentence, re.Match[str]]]:
    out = []
    for sentence in sentences:
        for match in _FULL.finditer(sentence.text):
            date = parse_date(
                match.group("d") or match.group("d2"),
                match.group("m") or match.group("m2"),
                match.group("y") or match.group("y2"),
            )
            if date:
                out.append((date, sentence, match))
    return out


def find_published(doc: Cleaned) -> DateFact | None:
    """The publication date printed on the page (a date line or stamp), else the metadata."""
    for line in doc.date_lines:
        found = _full_dates((line,))
        if found:
            date, sentence, match = found[0]
            return DateFact(
                date.isoformat(),
                sentence.start + match.start(),
                sentence.start + match.end(),
                sentence.text,
            )
    meta = _iso_meta(doc.meta_published)
    return DateFact(meta, -1, -1, "") if meta else None


def _year_for(day: int, month: int, known: _Known, sentence: Sentence) -> int | None:
    """The year of a day/month: the publication's (the year before if that would be
    after publication, as far as the publication's precision tells), else the year a
    congress the sentence reports opens its term, else the earliest full date the text
    cites of that day and month, else the latest it cites or the year the first period the
    article reports on gives (`Period.year_of`), whichever is later."""
    published = known.published
    if published:
        year, _, rest = published.value.partition("-")
        pub_month, _, pub_day = rest.partition("-")
        if not pub_month:
            return int(year)
        if not pub_day:
            return int(year) - 1 if month > int(pub_month) else int(year)
        pub = dt.date.fromisoformat(published.value)
        candidate = parse_date(day, month, pub.year)
        if candidate and candidate > pub + dt.timedelta(days=7):
            return pub.year - 1
        return pub.year
    congress = _CONGRESS_TERM.search(sentence.text)
    if congress:
        return int(congress.group("y"))
    cited = _full_dates(known.doc.sentences)
    # "Ngày 5/9 … kể từ ngày 05/9/2023 đến 05/9/2028": the same day cited in full says the
    # year, not a term's end.
    same_day = [d for d, _, _ in cited if (d.day, d.month) == (day, month)]
    if same_day:
        return _anniversary(same_day, known.doc.text) or min(same_day).year
    latest = max((d.year for d, _, _ in cited), default=None)
    reported = known.periods[0].year_of(month) if known.periods else None
    if reported is not None and (latest is None or reported > latest):
        return reported
    return latest


_YEARS_SINCE = re.compile(r"(?<![\w])kỷ niệm\s+(\d{1,3})\s+năm(?![\w])", re.IGNORECASE)


def _anniversary(same_day: list[dt.date], text: str) -> int | None:
    """The year of a day that an anniversary cites twice ("kỷ niệm 76 năm ngày thành lập
    Quân đội (22-12-1944 - 22-12-2020)"): the later, when the text counts the years between."""
    first, last = min(same_day), max(same_day)
    years = {int(n) for n in _YEARS_SINCE.findall(text)}
    return last.year if last.year - first.year in years else None


def _to_the_day(fact: DateFact | None) -> TypeGuard[DateFact]:
    """Whether a date is known to the day (metadata may give only "2023-12" or "2023")."""
    return fact is not None and len(fact.value) == len("2023-12-10")


def _dated(
    day: str,
    month: str,
    year: str | None,
    known: _Known,
    sentence: Sentence,
) -> dt.date | None:
    """The date a day and month (and maybe year) make, None when no year can be told or
    the numbers make no date."""
    year_value = int(year) if year else _year_for(int(day), int(month), known, sentence)
    return parse_date(day, month, year_value) if year_value else None


def find_event_date(doc: Cleaned, published: DateFact | None, gaz: Gazetteer) -> DateFact | None:
    """The date of the reported event: the lead's opening date phrase, else one later in
    its first clauses, else one opening a sentence a little further on (portals put a few
    lines of furniture first), else the month the article was published; the earliest
    sentence that gives one wins."""
    known = _Known(doc, published, gaz)
    lead = [s for s in doc.sentences if s.text != doc.title][:6]
    for i, sentence in enumerate(lead):
        decided, found = _opening_date(sentence, known)
        if decided:
            return _reported_earlier(found, lead[i:], known) if found else found
        if i < 4 and (found := _inner_date(sentence, known)):
            return found
    if published and len(published.value) >= len("2023-12"):
        # An undated report happened on or before its day of publication: its month is
        # what is known.
        return DateFact(published.value[:7], published.start, published.end, published.sentence)
    return None


# "Ngày 7-9, Văn phòng Thành ủy cho biết …": the day the news was given, not the meeting's.
# Case-sensitive: "Thông báo số 50" is a document, not a verb.
_REPORTING = re.compile(
    r"[^.;]{0,80}?(?<![\w])(?:cho biết|cho hay|thông tin|thông báo|công bố kết quả)(?![\w])"
)


def _reported_earlier(found: DateFact, sentences: list[Sentence], known: _Known) -> DateFact:
    """A lead dated by its report gives way to the meeting's own earlier day, written later
    in the lead ("…, diễn ra vào ngày 5/11/2020", "Theo đó, chiều 4-9, …")."""
    first = sentences[0]
    if not _REPORTING.match(first.text, found.end - first.start):
        return found
    rest = Sentence(found.end, first.end, first.text[found.end - first.start :])
    for sentence in [rest, *sentences[1:3]]:
        decided, earlier = _opening_date(sentence, known)
        if not decided:
            earlier = _inner_date(sentence, known)
        # The meeting is days before its report, not a cited document's year.
        if (
            earlier
            and _to_the_day(earlier)
            and _to_the_day(found)
            and dt.timedelta(0)
            < dt.date.fromisoformat(found.value) - dt.date.fromisoformat(earlier.value)
            <= dt.timedelta(days=31)
        ):
            return earlier
    return found


def _opening_date(sentence: Sentence, known: _Known) -> tuple[bool, DateFact | None]:
    """The date phrase opening a sentence, and whether it has one (one with no year to
    give it decides too: the answer is None, and no later date is taken)."""
    match = _LEAD.match(sentence.text)
    if not match:
        return False, None
    day = match.group("d") or match.group("d2")
    month = match.group("m") or match.group("m2")
    year = match.group("y") or match.group("y2")
    word = match.group("word").lower()
    published = known.published
    if day is None:
        if _to_the_day(published) and ("nay" in word or word == "hôm qua"):
            pub = dt.date.fromisoformat(published.value)
            day_of = pub - dt.timedelta(days=1) if "qua" in word else pub
            return True, DateFact(
                day_of.isoformat(), sentence.start, sentence.start + match.end(), sentence.text
            )
        return False, None
    date = _dated(day, month, year, known, sentence)
    if date is None:
        return True, None
    return True, DateFact(
        date.isoformat(),
        sentence.start + match.start("word"),
        sentence.start + match.end(),
        sentence.text,
    )


_EFFECT_FROM = re.compile(r"(?<![\w])kể\s+$", re.IGNORECASE)


@cache
def _effect_cues(gaz: Gazetteer) -> re.Pattern[str]:
    return re.compile(whole_words(gaz.cues["takes_effect"]), re.IGNORECASE)


def _takes_effect(text: str, match: re.Match[str], known: _Known) -> bool:
    """Whether a "kể từ ngày …" date is when a post or a decision its clause names took
    effect (cues.yaml `takes_effect`), not a meeting's day."""
    if not _EFFECT_FROM.search(text, 0, match.start()):
        return False
    clause = max(text.rfind(";", 0, match.start()), text.rfind(".", 0, match.start()))
    return _effect_cues(known.gaz).search(text, clause + 1, match.start()) is not None


def _inner_date(sentence: Sentence, known: _Known) -> DateFact | None:
    """A lead that does not open with its date may give it later in its first clauses."""
    # A cited document's date gives way to the sentence's own date phrase, if it has one.
    found = [
        m for m in _INNER.finditer(sentence.text) if not _takes_effect(sentence.text, m, known)
    ]
    own = [m for m in found if not _DOCUMENT_BEFORE.search(sentence.text, 0, m.start())]
    if not found:
        return None
    match = (own or found)[0]
    day = match.group("d") or match.group("d2")
    month = match.group("m") or match.group("m2")
    year = match.group("y") or match.group("y2")
    date = _dated(day, month, year, known, sentence)
    if date is None:
        return None
    start = match.start("part") if match.group("part") else match.start("day_word")
    return DateFact(
        date.isoformat(), sentence.start + start, sentence.start + match.end(), sentence.text
    )
