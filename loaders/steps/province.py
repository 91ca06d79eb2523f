"""The province an article is about: its dateline, then the province it names most."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from loaders.clean import Cleaned
from loaders.gazetteer import Gazetteer
from loaders.steps.dates import DateFact
from loaders.steps.persons import Mention
from loaders.text import key

MERGER = "2025-07-01"


@dataclass(frozen=True)
class ProvinceFact:
    name: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class _ProvinceRules:
    mention: re.Pattern[str]
    dateline: re.Pattern[str] | None


@cache
def _rules(gaz: Gazetteer) -> _ProvinceRules:
    names = sorted(gaz.province_names_raw(), key=len, reverse=True)
    codes = sorted(gaz.datelines, key=len, reverse=True)
    return _ProvinceRules(
        # Case-sensitive: "hòa bình" (peace) is not Hòa Bình.
        mention=re.compile(
            r"(?<![\w])(?P<lead>(?<!các )(?<!hai )(?:tỉnh|thành phố|TP\.?|Tp\.?)\s+)?(?P<name>"
            + "|".join(re.escape(n) for n in names)
            + r")(?![\w])"
        ),
        dateline=(
            re.compile(r"^\(?(?P<code>" + "|".join(re.escape(c) for c in codes) + r")\)?\s*[-–—]")
            if codes
            else None
        ),
    )


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
    when = (date or published).value if (date or published) else None
    merged = {p.name: p.merged_into for p in gaz.provinces if p.merged_into}
    votes: Counter[str] = Counter()
    first: dict[str, ProvinceFact] = {}

    def vote(name: str, weight: int, fact: ProvinceFact) -> None:
        if when and when >= MERGER and name in merged:
            name = merged[name]
            fact = ProvinceFact(name, fact.start, fact.end, fact.sentence)
        votes[name] += weight
        first.setdefault(name, fact)

    if pr.dateline is not None:
        for sentence in doc.sentences[:3]:
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
    for sentence in doc.sentences:
        for match in pr.mention.finditer(sentence.text):
            start = sentence.start + match.start("name")
            if any(s <= start < e for s, e in inside_names):
                continue
            name = gaz.canonical_province(match.group("name"))
            if name is None:
                continue
            if key(match.group("name")).startswith(("thừa thiên", "tt")):
                name = "Thừa Thiên Huế"
            weight = (2 if match.group("lead") else 1) + (2 if sentence.text == doc.title else 0)
            vote(
                name, weight, ProvinceFact(name, start, sentence.start + match.end(), sentence.text)
            )
    if not votes:
        return None
    ranked = votes.most_common(2)
    if len(ranked) > 1 and ranked[1][1] * 1.5 > ranked[0][1]:
        return None
    return first[ranked[0][0]]
