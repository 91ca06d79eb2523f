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
from loaders.text import CAPITALISED_WORD, alternation, capitalised_words, key

MERGER = "2025-07-01"
# "tỉnh Sơn La" names the province more surely than "Sơn La"; "các tỉnh A, B" does not.
_LEAD = re.compile(r"(?<!các )(?<!hai )(?:tỉnh|thành phố|TP\.?|Tp\.?)\s+$")


@dataclass(frozen=True)
class ProvinceFact:
    name: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class _ProvinceRules:
    by_first_word: dict[str, tuple[str, ...]]
    odd_names: re.Pattern[str]
    dateline: re.Pattern[str] | None


@cache
def _rules(gaz: Gazetteer) -> _ProvinceRules:
    names = sorted(gaz.province_names_raw(), key=len, reverse=True)
    by_first: dict[str, list[str]] = {}
    odd = []
    for name in names:
        first = CAPITALISED_WORD.match(name)
        if first and first.end() in (len(name), name.find(" ")):
            by_first.setdefault(first.group(0), []).append(name)
        else:
            odd.append(name)  # "TP.HCM", "BR-VT": not a capitalised first word
    return _ProvinceRules(
        by_first_word={w: tuple(n) for w, n in by_first.items()},
        odd_names=re.compile(rf"(?<![\w])(?:{alternation(odd)})(?![\w])"),
        dateline=(
            re.compile(rf"^\(?(?P<code>{alternation(gaz.datelines)})\)?\s*[-–—]")
            if gaz.datelines
            else None
        ),
    )


def _mentions(text: str, pr: _ProvinceRules) -> Iterator[tuple[int, int, str]]:
    """(start, end, name as written) of every province name; case-sensitive, so "hòa bình"
    (peace) is not Hòa Bình."""
    for word in capitalised_words(text):
        for name in pr.by_first_word.get(word.group(0), ()):
            end = word.start() + len(name)
            if text.startswith(name, word.start()) and not text[end : end + 1].isalnum():
                yield word.start(), end, name
                break
    for match in pr.odd_names.finditer(text):
        yield match.start(), match.end(), match.group(0)


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
    merged = gaz.mergers()
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
    starts = [s.start for s in doc.sentences]
    written_as: dict[str, str] = {}
    covered = -1  # "Huế" inside "Thừa Thiên Huế" is not a second mention
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
        # Huế's articles before 2025 say "Thừa Thiên Huế"; the text's name wins.
        if key(written).startswith(("thừa thiên", "tt")):
            written_as[canonical] = "Thừa Thiên Huế"
        sentence = doc.sentences[index]
        lead = _LEAD.search(doc.text, max(0, start - 16), start)
        if written in gaz.names_needing_lead() and not lead:
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
