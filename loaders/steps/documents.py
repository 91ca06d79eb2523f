"""Official documents an article cites: numbered ones ("Nghị quyết số 101-NQ/TU, ngày
12/12/2019 của Ban Thường vụ Tỉnh ủy") and well-known unnumbered ones."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from loaders.clean import Cleaned, Sentence
from loaders.gazetteer import Gazetteer
from loaders.steps.dates import parse_date
from loaders.text import alternation, key, whole_words
from loaders.titles import canonical_organ, rules

_CODE = r"[A-ZĐ][A-Za-zĐđ&]*\d*"
# "101-NQ/TU", "223/KH-UBND", "12/2025/QH15", "35 - KL/TW", "1234/QĐ-UBND", and a
# separator left out "1762QĐ-NSTW".
_NUMBER = re.compile(
    # "số2303/QĐ-TTg": "số" glued to the number.
    rf"(?:(?<![\w/.-])|(?<=số))(?P<num>(?:\d{{1,3}}(?:\.\d{{3}})+|\d{{1,5}})(?:[a-z]|[A-ZĐ]{{2,}}\d*)?(?:\s?[-/]\s?(?:\d{{4}}|{_CODE}))*\s?[-/]\s?{_CODE}(?:\s?[-/]\s?{_CODE})*)(?![\w/])"
)
_QUICK_NUMBER = re.compile(r"\d(?:[a-z]|[A-ZĐ]{2,}\d*)?\s?[-/]\s?[A-ZĐ]")
_STRONG_CODE = re.compile(r"[A-ZĐ][A-ZĐ&\d]")
_BARE_NUMBER = re.compile(r"(?=\d)(?<![\w/.,-])\d{1,5}(?![\w/-]|[.,]\d)")
_DATE_AFTER = re.compile(
    r"^\s*,?\s*(?:ban hành\s+)?ngày\s+(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})",
    re.IGNORECASE,
)
_ISSUER_AFTER = re.compile(
    r"^\s*,?\s*của\s+(?P<org>[^,;.()]{3,80}?)(?=\s+(?:về|về việc|năm|nhằm|để|đến|thực hiện|triển khai)\b|[,;.()]|$)"
)


# Kinds cited by bare number in prose ("NQ 11", "Chỉ thị 35"); others ("Báo cáo 6
# tháng") are not references.


@dataclass(frozen=True)
class DocumentFact:
    number: str | None
    kind: str | None
    date: str | None
    issuer: str | None
    title: str | None
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class Reference:
    """One document citing another: 'Kế hoạch số 12/KH-UBND thực hiện Nghị quyết số 5-NQ/TU'."""

    source: str
    target: str
    start: int
    end: int
    sentence: str


def doc_key(d: DocumentFact) -> str:
    """How a record names a document: its number, else its title."""
    return d.number or d.title or ""


@dataclass(frozen=True)
class _DocRules:
    kind_before: re.Pattern[str]
    bare: re.Pattern[str]
    unnumbered: re.Pattern[str]
    kind_of_word: dict[str, str]
    bare_reading: dict[str, str]  # kind → how its number printed without a code is read
    kind_of_code: dict[str, str]
    symbol_less_words: tuple[str, ...]
    cites: re.Pattern[str]


@cache
def _rules(gaz: Gazetteer) -> _DocRules:
    kinds = alternation(w for k in gaz.doc_kinds for w in k.words)
    return _DocRules(
        kind_before=re.compile(rf"(?P<kind>{kinds})\s*(?:số\s*)?[:]?\s*$", re.IGNORECASE),
        bare=re.compile(rf"(?<![\w])(?P<kind>{kinds})\s+(?P<so>số\s*)?$", re.IGNORECASE),
        unnumbered=re.compile(
            r"(?<![\w])(?P<kind>Nghị quyết|Kết luận|Chỉ thị|Chương trình hành động|Quy định)\s+"
            r"(?P<rest>(?:Hội nghị\s+(?:lần thứ\s+\w+|Trung ương\s+\w+)|Đại hội)[^.;:]{0,140}?"
            r"khóa\s+(?-i:[IVXLC]+))",
            re.IGNORECASE,
        ),
        kind_of_word={key(w): k.name for k in gaz.doc_kinds for w in k.words},
        kind_of_code={c.upper(): k.name for k in gaz.doc_kinds for c in k.codes},
        bare_reading={k.name: k.bare for k in gaz.doc_kinds if k.bare},
        symbol_less_words=tuple(
            {w.lower() for k in gaz.doc_kinds if k.bare == "title" for w in k.words}
        ),
        cites=re.compile(whole_words(gaz.cues["references"]), re.IGNORECASE),
    )


def normalize_number(number: str) -> str:
    """'Số 15 - HD/TU' → '15-HD/TU': no spaces, no 'số'."""
    return re.sub(r"^số", "", "".join(number.split()), flags=re.IGNORECASE)


def _kind_from_code(number: str, dr: _DocRules) -> str | None:
    for code in re.split(r"[-/]", number)[1:]:
        kind = dr.kind_of_code.get(code.upper())
        if kind:
            return kind
    return None


def _issuer_from_code(number: str, gaz: Gazetteer) -> str | None:
    parts = re.split(r"[-/]", number)
    for code in reversed(parts[1:]):
        issuer = gaz.issuer_codes.get(code) or gaz.issuer_codes.get(re.sub(r"\d+$", "", code))
        if issuer:
            return issuer
    return None


_ORDINAL_BEFORE = re.compile(r"(?<![\w])thứ\s*$", re.IGNORECASE)
# "số 29, 30 và 31/NQ-HĐND": the numbers before the last share its symbol.
_SHARED_SYMBOL = re.compile(
    r"(?<![\w])số\s*(?P<nums>\d{1,5}(?:\s*,\s*\d{1,5})*)\s*(?:,|và|,\s*và)\s*$", re.IGNORECASE
)


def _listed_before(text: str, at: int, number: str) -> list[str]:
    """The numbers listed before `number` that share its symbol."""
    listed = _SHARED_SYMBOL.search(text, max(0, at - 60), at)
    digits = re.match(r"\d+", number)
    if not listed or not digits:
        return []
    symbol = number[digits.end() :]
    return [f"{n.strip()}{symbol}" for n in listed.group("nums").split(",")]


def find_documents(doc: Cleaned, gaz: Gazetteer) -> tuple[DocumentFact, ...]:
    """Every document the text cites, each once; bare "số 79" merged into "79-NQ/TU"."""
    dr = _rules(gaz)
    tr = rules(gaz)
    found: dict[str, DocumentFact] = {}
    for sentence in doc.sentences:
        text = sentence.text
        if not _QUICK_NUMBER.search(text):
            continue
        for match in _NUMBER.finditer(text):
            number = normalize_number(match.group("num"))
            # A code of two capitals somewhere ("03-CTr/TU", "QĐ-TTg"): "1- Xem xét" is an
            # item of a numbered list.
            if not _STRONG_CODE.search(number) or number.upper() in found:
                continue
            if _ORDINAL_BEFORE.search(text, 0, match.start()):
                continue  # "kỳ họp thứ 10- HĐND tỉnh": an ordinal, not a number
            kind_match = dr.kind_before.search(text[max(0, match.start() - 40) : match.start()])
            kind = (
                dr.kind_of_word.get(key(kind_match.group("kind"))) if kind_match else None
            ) or _kind_from_code(number, dr)
            rest = text[match.end() :]
            date = None
            date_match = _DATE_AFTER.match(rest)
            if date_match:
                parsed = parse_date(
                    date_match.group("d"), date_match.group("m"), date_match.group("y")
                )
                date = parsed.isoformat() if parsed else None
                rest = rest[date_match.end() :]
            issuer_match = _ISSUER_AFTER.match(rest)
            issuer = canonical_organ(issuer_match.group("org"), tr) if issuer_match else None
            start = match.start() - (len(kind_match.group(0)) if kind_match else 0)
            for each in (*_listed_before(text, match.start(), number), number):
                found.setdefault(
                    each.upper(),
                    DocumentFact(
                        number=each,
                        kind=kind,
                        date=date,
                        issuer=issuer or _issuer_from_code(number, gaz),
                        title=None,
                        start=sentence.start + max(0, start),
                        end=sentence.start + match.end(),
                        sentence=text,
                    ),
                )
    numbers = {n.split("-")[0].split("/")[0] for n in found}
    for sentence in doc.sentences:
        lowered = sentence.lowered
        if "số" in lowered or any(w in lowered for w in dr.symbol_less_words):
            found.update(_bare_references(sentence, numbers, found, dr))
        if "khóa" not in sentence.text:
            continue
        for match in dr.unnumbered.finditer(sentence.text):
            title = " ".join(match.group(0).replace(",", " ").split())
            title = canonical_organ(title, tr) or title
            if key(title) in {key(d.title or "") for d in found.values()}:
                continue
            found[f"title:{key(title)}"] = DocumentFact(
                number=None,
                kind=dr.kind_of_word.get(key(match.group("kind"))),
                date=None,
                issuer="Ban Chấp hành Trung ương Đảng" if "Trung ương" in title else None,
                title=title,
                start=sentence.start + match.start(),
                end=sentence.start + match.end(),
                sentence=sentence.text,
            )
    return tuple(found.values())


def _bare_references(
    sentence: Sentence, numbers: set[str], found: dict[str, DocumentFact], dr: _DocRules
) -> dict[str, DocumentFact]:
    """Numbers printed without a symbol: "Nghị quyết số 79" (merged into "79-NQ/TU" when the
    text gives that), "Chỉ thị 35" (no number)."""
    out: dict[str, DocumentFact] = {}
    for digits in _BARE_NUMBER.finditer(sentence.text):
        match = dr.bare.search(sentence.text, max(0, digits.start() - 40), digits.start())
        if not match:
            continue
        # Without its symbol a number names its document by title ("Thông báo số 2275",
        # "Chỉ thị 35"), except for kinds whose "số N" is read as their number ("Quyết
        # định số 81"): document_kinds.yaml, bare.
        kind = dr.kind_of_word.get(key(match.group("kind")))
        so = " số" if match.group("so") else ""
        ref = f"{kind}{so} {digits.group(0)}"
        reading = dr.bare_reading.get(kind or "")
        numbered = bool(so) and reading == "number"
        if digits.group(0) in numbers or ref in found or ref in out or digits.group(0) in out:
            continue
        if not so and reading != "title":
            continue
        out[digits.group(0) if numbered else ref] = DocumentFact(
            number=digits.group(0) if numbered else None,
            kind=kind,
            date=None,
            issuer=None,
            title=None if numbered else ref,
            start=sentence.start + match.start(),
            end=sentence.start + digits.end(),
            sentence=sentence.text,
        )
    return out


def find_references(
    doc: Cleaned, documents: tuple[DocumentFact, ...], gaz: Gazetteer
) -> tuple[Reference, ...]:
    """Documents citing the next one in a sentence ("… thực hiện Nghị quyết số …")."""
    dr = _rules(gaz)
    numbers = {d.number.upper(): d.number for d in documents if d.number}
    out: dict[tuple[str, str], Reference] = {}
    for sentence in doc.sentences:
        text = sentence.text
        if not _QUICK_NUMBER.search(text):
            continue
        cited = [
            (m, numbers[n])
            for m in _NUMBER.finditer(text)
            if (n := normalize_number(m.group("num")).upper()) in numbers
        ]
        for (first, source), (second, target) in pairwise(cited):
            # The citing verb sits right before the second document, and nothing in
            # between starts another clause or list ("và tổng kết …", "(theo …").
            between = text[first.end() : second.start()]
            if source == target or len(between) > 200:
                continue
            if re.search(r"[;()]|(?<![\w])và(?![\w])", between):
                continue
            if dr.cites.search(between[-40:]):
                out.setdefault(
                    (source, target),
                    Reference(
                        source,
                        target,
                        sentence.start + first.start(),
                        sentence.start + second.end(),
                        text,
                    ),
                )
    return tuple(out.values())
