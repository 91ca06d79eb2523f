"""What an article says about each title it gives a person: where, and whether it starts,
ends or was held before.

The schema's `positions` are titles only; the graph also needs, for every title of
every mention, the province printed with it ("Bí thư Tỉnh ủy Tuyên Quang" in a Hà
Giang article), whether it is former ("nguyên Bí thư"), and the change the article
reports: given (bầu, bổ nhiệm, giữ chức), left (thôi giữ chức, miễn nhiệm, cách chức,
nghỉ hưu, từ trần, moved away by điều động) or a sanction that keeps it (cảnh cáo).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from loaders.clean import Cleaned, Sentence
from loaders.gazetteer import Gazetteer
from loaders.steps.persons import Mention
from loaders.text import key, whole_words
from loaders.titles import canonical_title, mask_commas, provinces_named, read_title, rules


@dataclass(frozen=True)
class Holding:
    """One title of one mention, with its printed province and reported change."""

    name: str
    title: str
    start: int
    end: int
    sentence: Sentence
    mention: int  # index of the mention in the article, so titles read together stay together
    province: str | None
    change: str  # '' | 'start:<verb>' | 'end:<verb>' | 'note:<verb>' | 'former'


@dataclass(frozen=True, eq=False)
class _Cues:
    former: re.Pattern[str]
    start: re.Pattern[str]
    end_title: re.Pattern[str]
    end_person: re.Pattern[str]
    warning: re.Pattern[str]
    moves: re.Pattern[str]
    dismissal: re.Pattern[str]


def _words(phrases: tuple[str, ...]) -> str:
    return whole_words(phrases)


@cache
def _cues(gaz: Gazetteer) -> _Cues:
    t = gaz.tenure
    return _Cues(
        former=re.compile(rf"{_words(t.former)}\s*$", re.IGNORECASE),
        start=re.compile(rf"(?P<verb>{_words(t.start)})\s*,?\s*$", re.IGNORECASE),
        end_title=re.compile(rf"(?P<verb>{_words(t.end_title)})\s*$", re.IGNORECASE),
        end_person=re.compile(_words(t.end_person), re.IGNORECASE),
        warning=re.compile(_words(t.warnings), re.IGNORECASE),
        moves=re.compile(_words(t.moves), re.IGNORECASE),
        dismissal=re.compile(rf"(?P<verb>{_words(t.end_title)})\s+", re.IGNORECASE),
    )


def printed_province(raw: str, gaz: Gazetteer) -> str | None:
    """The province named in a title as printed ('Bí thư Tỉnh ủy Hà Giang' → 'Hà Giang');
    a district or commune of the same name is not the province."""
    named = provinces_named(raw, rules(gaz))
    return gaz.canonical_province(named[0]) if named else None


def _clause(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause of a sentence around [start, end): from the last ';' before to the next one."""
    text = sentence.text
    lo = text.rfind(";", 0, start - sentence.start) + 1
    hi = text.find(";", end - sentence.start)
    return sentence.start + lo, sentence.start + (hi if hi >= 0 else len(text))


def _change_before(doc: Cleaned, start: int, floor: int, cues: _Cues) -> str:
    """The change a title's left context reports: 'thôi giữ chức X', 'bầu … giữ chức X'."""
    before = doc.text[max(floor, start - 40) : start]
    if cues.former.search(before):
        return "former"
    ended = cues.end_title.search(before)
    if ended:
        return "end:" + key(ended.group("verb"))
    started = cues.start.search(before)
    if started:
        return "start:" + key(started.group("verb"))
    return ""


def _mention_holdings(
    doc: Cleaned, masked: str, m: Mention, index: int, next_start: int, gaz: Gazetteer
) -> list[Holding]:
    cues = _cues(gaz)
    s = m.sentence
    lo, hi = _clause(s, m.chain_start, m.chain_end)
    after = doc.text[m.chain_end : min(hi, next_start)] if m.chain_end < next_start else ""
    person_end = cues.end_person.search(after)
    warned = cues.warning.search(after)
    moved = cues.moves.search(doc.text[lo : m.start]) if m.anchor != "career" else None
    out: list[list[Any]] = []
    for title, start, end in m.raw_titles:
        change = "former" if m.anchor == "career" else _change_before(doc, start, lo, cues)
        out.append([title, start, end, change])
    given = any(c.startswith("start:") for _, _, _, c in out)
    for row in out:
        title, _, _, change = row
        if person_end and change.startswith("end:"):
            row[3] = "end:" + key(person_end.group(0))  # "miễn nhiệm … để nghỉ hưu"
        if change:
            continue
        if person_end:
            row[3] = "end:" + key(person_end.group(0))
        elif moved and given and not key(title).startswith("ủy viên"):
            row[3] = "end:" + key(moved.group(0))
        elif warned:
            row[3] = "note:" + key(warned.group(0))
    have = {row[0] for row in out}
    out += [row for row in _dismissed_in(masked, after, m.chain_end, gaz) if row[0] not in have]
    return [
        Holding(
            m.name, title, start, end, s, index, printed_province(doc.text[start:end], gaz), change
        )
        for title, start, end, change in out
    ]


def _dismissed_in(text: str, after: str, at: int, gaz: Gazetteer) -> list[list[Any]]:
    """Titles taken away after the name ("… bằng hình thức cách chức Bí thư Đảng ủy xã")."""
    r = rules(gaz)
    out: list[list[Any]] = []
    for verb in _cues(gaz).dismissal.finditer(after):
        pos = at + verb.end()
        if not r.head.match(text, pos):
            continue
        end, _ = read_title(text, pos, r)
        title = canonical_title(text[pos:end], r)
        if title:
            out.append([title, pos, end, "end:" + key(verb.group("verb"))])
    return out


def find_holdings(
    doc: Cleaned, mentions: tuple[Mention, ...], gaz: Gazetteer
) -> tuple[Holding, ...]:
    """Every title of every mention with its printed province and the change reported."""
    masked = mask_commas(doc.text, rules(gaz))
    out: list[Holding] = []
    for i, m in enumerate(mentions):
        nxt = next(
            (n.chain_start for n in mentions[i + 1 :] if n.chain_start >= m.chain_end),
            len(doc.text),
        )
        out += _mention_holdings(doc, masked, m, i, nxt, gaz)
    return tuple(out)
