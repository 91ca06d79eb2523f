"""Numbered terms: khóa / nhiệm kỳ / lần thứ of a congress, with the body they belong to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.clean import Cleaned, Sentence
from loaders.gazetteer import Gazetteer

_ROMAN = (
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
_UNITS = {
    "một": 1, "mốt": 1, "nhất": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
    "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
}  # fmt: skip


@dataclass(frozen=True)
class TermFact:
    body: str
    ordinal: str
    period: str | None
    start: int
    end: int
    sentence: str


def to_roman(number: int) -> str:
    """14 → 'XIV'."""
    out = ""
    for value, letters in _ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out


def from_roman(letters: str) -> int:
    """'XIV' → 14: `to_roman` read back, with the same table."""
    total, at = 0, 0
    for value, symbol in _ROMAN:
        while letters.startswith(symbol, at):
            total, at = total + value, at + len(symbol)
    return total


def words_to_int(words: str) -> int | None:
    """Vietnamese ordinal words to a number: 'mười bốn' → 14, 'hai mươi mốt' → 21."""
    total, current = 0, 0
    for word in words.lower().split():
        if word == "mười":
            current = (current or 1) * 10 if current else 10
            total, current = total + current, 0
        elif word == "mươi":
            total, current = total + current * 10, 0
        elif word in _UNITS:
            current = _UNITS[word]
        else:
            return None
    total += current
    return total or None


def ordinal(text: str) -> str | None:
    """An ordinal as printed ('XV', '20', 'mười bốn') in Roman numerals."""
    text = text.strip()
    if re.fullmatch(r"[IVXLC]+", text):
        return text
    if text.isdigit():
        return to_roman(int(text)) if 0 < int(text) < 400 else None
    number = words_to_int(text)
    return to_roman(number) if number else None


def find_terms(doc: Cleaned, gaz: Gazetteer) -> tuple[TermFact, ...]:
    """Every (body, ordinal) the text names, once, with the period printed after it."""
    found: dict[tuple[str, str], TermFact] = {}
    # Sentences naming a congress, with the spans their terms took: one named by its
    # ordinal alone is read once the article's terms are known.
    congresses: list[tuple[Sentence, list[tuple[int, int]]]] = []
    for sentence in doc.sentences:
        lowered = sentence.lowered
        if not any(k in lowered for k in gaz.term_keywords):
            continue
        taken: list[tuple[int, int]] = []
        held: dict[tuple[str, ...], bool] = {}  # patterns share a few keyword sets
        for term in gaz.term_patterns:
            if term.keywords not in held:
                held[term.keywords] = all(k in lowered for k in term.keywords)
            if not held[term.keywords]:
                continue
            for match in term.pattern.finditer(sentence.text):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                value = ordinal(match.group("ord"))
                if value is None:
                    continue
                end = match.end()
                # "khóa XIV và XV": more terms of the same body, in Roman numerals.
                more = [(value, end)]
                while (then := _MORE.match(sentence.text, more[-1][1])) is not None:
                    more.append((then.group("ord"), then.end()))
                    end = then.end()
                taken.append((match.start(), end))
                period_match = gaz.period.match(sentence.text[end:])
                period = (
                    f"{period_match.group(1)}-{period_match.group(2)}" if period_match else None
                )
                for each, each_end in more:
                    previous = found.get((term.body, each))
                    if previous is None or (previous.period is None and period):
                        found[(term.body, each)] = TermFact(
                            body=term.body,
                            ordinal=each,
                            period=period if each_end == end else None,
                            start=sentence.start + match.start(),
                            end=sentence.start + each_end,
                            sentence=sentence.text,
                        )
        if "đại hội" in lowered:
            congresses.append((sentence, taken))
    if any(body == "provincial_party" for body, _ in found):
        bare = [
            (m, sentence)
            for sentence, taken in congresses
            for m in _BARE_CONGRESS.finditer(sentence.text)
            if not any(s < m.end() and m.start() < e for s, e in taken)
        ]
        found.update(_bare_congresses(bare, found))
    return tuple(found.values())


# "thực hiện Nghị quyết Đại hội VIII": a congress named by its ordinal alone.
_BARE_CONGRESS = re.compile(
    r"(?<![\w])Đại hội (?:đại biểu )?(?:lần thứ )?(?P<ord>(?-i:[IVXLC]+))(?![\w])", re.IGNORECASE
)


def _bare_congresses(
    bare: list[tuple[re.Match[str], Sentence]], found: dict[tuple[str, str], TermFact]
) -> dict[tuple[str, str], TermFact]:
    """A congress named by its ordinal alone is the province's party congress when the
    article names that congress or the one after it (the resolution it carries out)."""
    provincial = {from_roman(o) for body, o in found if body == "provincial_party"}
    out: dict[tuple[str, str], TermFact] = {}
    for m, sentence in bare:
        value = m.group("ord")
        if ("provincial_party", value) in found or not (
            provincial & {from_roman(value), from_roman(value) + 1}
        ):
            continue
        out.setdefault(
            ("provincial_party", value),
            TermFact(
                body="provincial_party",
                ordinal=value,
                period=None,
                start=sentence.start + m.start(),
                end=sentence.start + m.end(),
                sentence=sentence.text,
            ),
        )
    return out


_MORE = re.compile(r"\s*(?:,|và)\s*(?:khóa\s+)?(?P<ord>[IVXLC]+)(?![\w])")
