"""The province an article is about: its dateline, then the province it names most."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from loaders.clean import Cleaned
from loaders.gazetteer import Gazetteer
from loaders.steps.dates import DateFact
from loaders.steps.persons import Mention
from loaders.text import alternation, key

# "tỉnh Sơn La" names the province more surely than "Sơn La"; "các tỉnh A, B" does not.
_LEAD = re.compile(r"(?<!các )(?<!hai )(?<!\d )(?:tỉnh|thành phố|TP\.?|Tp\.?)\s+$")
# A biography's sentence names where a person was born and served, not where the
# article is ("quê quán tỉnh Trà Vinh", "từng trải qua các chức vụ … Bí thư Tỉnh ủy X").
_BIOGRAPHY = re.compile(
    r"(?<![\w])(?:quê quán|quê ở|quê tại|sinh năm|sinh ngày|từng (?:giữ|trải qua|kinh qua|đảm nhiệm|là|làm)"
    r"|(?:trải|kinh) qua các chức vụ)(?![\w])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ProvinceFact:
    name: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class _ProvinceRules:
    names: re.Pattern[str]
    dateline: re.Pattern[str] | None
    merged: dict[str, str]
    needing_lead: frozenset[str]


@cache
def _rules(gaz: Gazetteer) -> _ProvinceRules:
    # Case-sensitive, so "hòa bình" (peace) is not Hòa Bình. The word-start test is done
    # on the match rather than by a leading look-behind, which would stop the regex engine
    # from skipping ahead to the names' first letters.
    return _ProvinceRules(
        names=re.compile(rf"(?:{alternation(gaz.province_names_raw())})(?![\w])"),
        dateline=(
            re.compile(rf"^\(?(?P<code>{alternation(gaz.datelines)})\)?\s*[-–—]")
            if gaz.datelines
            else None
        ),
        merged=gaz.mergers(),
        needing_lead=gaz.names_needing_lead(),
    )


def _mentions(text: str, pr: _ProvinceRules) -> Iterator[tuple[int, int, str]]:
    """(start, end, name as written) of every province name, none inside another."""
    for match in pr.names.finditer(text):
        start = match.start()
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_'’"):
            yield start, match.end(), match.group(0)


def find_province(
    doc: Cleaned,
    mentions: tuple[Mention, ...],
    date: DateFact | None,
    published: DateFact | None,
    gaz: Gazetteer,
) -> ProvinceFact | None:
    """The province named most (the dateline and the headline weigh more), if clearly ahead.

    After the 1 July 2025 merger an old province's name counts for the one it joined."""
    pr = _rules(gaz)
    dated = date or published
    when = dated.value if dated else None
    merged = pr.merged
    votes: Counter[str] = Counter()
    first: dict[str, ProvinceFact] = {}

    def vote(name: str, weight: int, fact: ProvinceFact) -> None:
        if when and when >= gaz.tenure.merger_date and name in merged:
            name = merged[name]
            fact = ProvinceFact(name, fact.start, fact.end, fact.sentence)
        votes[name] += weight
        first.setdefault(name, fact)

    if pr.dateline is not None:
        # After a headline, a subtitle and a byline at most.
        for sentence in doc.sentences[:6]:
            match = pr.dateline.match(sentence.text)
            if match:
                name = gaz.datelines[match.group("code")]
                vote(
                    name,
                    3,
                    ProvinceFact(name, sentence.start, sentence.start + match.end(), sentence.text),
                )
                break
    inside_names = [(m.start, m.end) for m in mentions]
    starts = [s.start for s in doc.sentences]
    written_as: dict[str, str] = {}
    spelled: Counter[tuple[str, bool]] = Counter()  # (province, written by its old name)
    covered = -1  # "Huế" inside "Thừa Thiên Huế" is not a second mention
    biography: dict[int, bool] = {}  # by sentence index
    for start, end, written in sorted(_mentions(doc.text, pr)):
        if start < covered:
            continue
        covered = end
        index = bisect_right(starts, start) - 1
        if index < 0 or start >= doc.sentences[index].end:
            continue  # not in a sentence: a date line, or a caption dropped as a repeat
        if any(s <= start < e for s, e in inside_names):
            continue
        canonical = gaz.canonical_province(written)
        if canonical is None:
            continue
        # Huế's articles before 2025 say "Thừa Thiên Huế"; the name the text writes most
        # wins ("TP Huế" three times and one birthplace in "Thừa Thiên - Huế": Huế).
        old_name = key(written).startswith(("thừa thiên", "tt"))
        spelled[(canonical, old_name)] += 1
        if spelled[(canonical, True)] >= spelled[(canonical, False)]:
            written_as[canonical] = "Thừa Thiên Huế"
        else:
            written_as.pop(canonical, None)
        sentence = doc.sentences[index]
        if index not in biography:
            biography[index] = bool(_BIOGRAPHY.search(sentence.text))
        if biography[index]:
            continue
        lead = _LEAD.search(doc.text, max(0, start - 16), start)
        if written in pr.needing_lead and not lead:
            continue  # "tư tưởng Hồ Chí Minh" names the President, not the city
        weight = (2 if lead else 1) + (2 if sentence.text == doc.title else 0)
        vote(canonical, weight, ProvinceFact(canonical, start, end, sentence.text))
    if not votes:
        return None
    ranked = votes.most_common(2)
    if len(ranked) > 1 and ranked[1][1] * 1.5 > ranked[0][1]:
        return None
    fact = first[ranked[0][0]]
    return replace(fact, name=written_as.get(fact.name, fact.name))
