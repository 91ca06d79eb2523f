"""From raw article text to clean lines and sentences: boilerplate, bylines and
repeated captions removed, offsets kept so every fact can point at its evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from loaders.gazetteer import Gazetteer
from loaders.sources import Article
from loaders.text import LOWER, UPPER, is_capitalised, key, normalize, title_case

# A caption repeating the headline with its photo's number ("… Tuyên Quang 1").
_PHOTO_NUMBER = re.compile(r"\s+\d{1,2}$")
# An item of a list on its own line: "1. Nguyễn Văn A", "2) Trần Thị B - Phó …", "- Đồng chí C".
_NUMBERED = re.compile(r"^(?:\d{1,3}\s*[.)]|[-–•+])\s+(\S.{2,300})$")
# A sentence end glued to the next sentence ("toàn tỉnh.Hội nghị", "…Đồng chí").
_GLUED = re.compile(rf"([.…!?]+)(?=[{UPPER}])")
# Two words a page glued together ("Phó Bí thưTỉnh ủy"): no Vietnamese word has a
# capital after a small letter.
# The capital first: the regex engine then skips to capitals, the rare case.
_CAMEL = re.compile(
    rf"[{UPPER}](?<=[{LOWER}][{UPPER}])(?=[{LOWER}])"
    # A caption's credit glued to the lead's time word: "Ảnh VTChiều 17/6, …".
    rf"|(?<=[{UPPER}]{{2}})(?=(?:Sáng|Chiều|Tối|Trưa|Ngày) \d)"
)
_GLUE_BEFORE = re.compile(r"[a-zđà-ỹ0-9)”\"]")
_NO_BREAK_BEFORE = {"tp", "tx", "ths", "ts", "pgs", "gs", "q", "p", "tt", "st", "bs", "dr"}
_SENTENCE_END = re.compile(rf"[.!?…]+[”\"')]?\s+(?=[{UPPER}0-9“\"(])")
_DATE_LINE = re.compile(
    r"^(?:(?:cập nhật|đăng ngày|ngày đăng|xuất bản)\s*:?\s*)?"
    r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ nhật)\s*[,-]?\s*)?"
    r"(?:ngày\s+)?(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s*,?\s+năm\s+\d{4})"
    r"(?:\s*[|,-]?\s*(?:lúc\s+)?\d{1,2}\s*[:h]\s*\d{2}(?:\s*(?:\(?GMT\s*\+\s*7\)?|SA|CH|AM|PM))?)?\s*$",
    re.IGNORECASE,
)
# "A." of an initial, "pgs.ts" of "PGS.TS.": abbreviations, not sentence ends.
_INITIALS = re.compile(r"[a-zđ]|(?:[a-zđ]{1,4}\.)+[a-zđ]{1,4}")
_NAME_PART = re.compile(r"^[\w'’]+$")
_AGENCY = re.compile(r"\s*[(\[][^()\[\]]{1,30}[)\]]\s*$")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the clean text with its character span."""

    start: int
    end: int
    text: str

    @cached_property
    def lowered(self) -> str:
        """The text in lower case, made once: most steps test cue words against it."""
        return self.text.lower()


@dataclass(frozen=True)
class Cleaned:
    """An article ready for the extraction steps."""

    source: str
    text: str
    title: str | None
    sentences: tuple[Sentence, ...]
    date_lines: tuple[Sentence, ...]
    authors: tuple[str, ...]
    meta_published: str | None
    url: str | None = None


def _unglue(text: str) -> str:
    def fix(match: re.Match[str]) -> str:
        if match.start() == 0 or not _GLUE_BEFORE.match(text, match.start() - 1):
            return match.group(0)
        before = text[max(0, match.start() - 12) : match.start()].rsplit(" ", 1)[-1].lower()
        if before in _NO_BREAK_BEFORE:
            return match.group(0)
        return match.group(1) + "\n"

    return _CAMEL.sub(r" \g<0>", _GLUED.sub(fix, text))


# A word in parentheses that may be an abbreviation ("(HĐND)"), followed by a word's end.
# No space before the "(" in the pattern: a pattern that may open with a space is tried
# at every space of the text, 30 times slower.
_GLOSS = re.compile(r"\((?P<abbr>[^()\s]{1,12})\)(?=[ \t,.;:]|$)")


@cache
def _expansions(gaz: Gazetteer) -> dict[str, str]:
    """Each abbreviation's expansion, as a key."""
    return {a: key(full) for a, full in gaz.abbreviations.items()}


def _drop_glosses(text: str, gaz: Gazetteer) -> str:
    """Drop an abbreviation printed in parentheses right after the words it stands for
    ("Hội đồng Nhân dân (HĐND) tỉnh", "Ủy ban Kiểm tra (UBKT) Tỉnh ủy"): it cut the title
    in two. One after other words ("Tỉnh ủy Thanh Hóa (UBKT)") stays."""
    if "(" not in text:
        return text
    expansions = _expansions(gaz)
    pieces, last = [], 0
    for match in _GLOSS.finditer(text):
        full = expansions.get(match.group("abbr"))
        if full is None:
            continue
        before = key(text[max(0, match.start() - len(full) - 2) : match.start()])
        if before == full or before.endswith(" " + full):
            pieces.append(text[last : match.start()].rstrip(" \t"))
            last = match.end()
    return "".join(pieces) + text[last:] if pieces else text


@cache
def _head_keys(gaz: Gazetteer) -> frozenset[str]:
    """Title heads as keys: a byline word that is one ("Bí thư") is not a journalist."""
    return frozenset(key(h) for h in gaz.title_heads)


def _byline_names(line: str, gaz: Gazetteer) -> list[str] | None:
    """The journalists named by a byline line, or None when the line is not one."""
    prefix = gaz.byline_prefix.match(line)
    body = line[prefix.end() :] if prefix else line
    body = _AGENCY.sub("", body).strip().rstrip(".")
    if not body or len(body) > 90:
        return None
    parts = [
        p.strip() for p in re.split(r"\s+[-–—/]\s+|\s*,\s*|\s+và\s+|\s*/\s*", body) if p.strip()
    ]
    names = []
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= 4 or not all(_NAME_PART.match(w) for w in words):
            return None
        if not all(is_capitalised(w) or (w.isupper() and len(w) > 1) for w in words):
            return None
        if len(words) == 1 and not prefix and not words[0].isupper():
            return None
        names.append(title_case(part) if part.isupper() else part)
    heads = _head_keys(gaz)
    if any(key(n) in heads or key(n.split()[0]) in heads for n in names):
        return None
    return names or None


def _sentences(text: str, offset: int) -> list[Sentence]:
    out = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        last = text[max(start, match.start() - 12) : match.start()].rsplit(" ", 1)[-1]
        last = last.rstrip(".").lower()
        if last in _NO_BREAK_BEFORE or _INITIALS.fullmatch(last):
            continue
        end = match.end()
        piece = text[start:end].rstrip()
        if piece:
            out.append(Sentence(offset + start, offset + start + len(piece), piece))
        start = end
    piece = text[start:].rstrip()
    if piece:
        out.append(Sentence(offset + start, offset + start + len(piece), piece))
    return out


_CLOSED = (".", "!", "?", ":", ";", "…", '"', "”", ")")


def _wrapped(before: str, line: str) -> bool:
    """Whether `line` goes on the sentence `before` left open: after a comma, or a line
    broken mid-sentence by a hard wrap ("Bí thư Tỉnh" then "ủy, Chủ tịch …")."""
    if not before:
        return False
    return before.endswith(",") or (line[0].islower() and not before.endswith(_CLOSED))


def _is_body(line: str) -> bool:
    """Whether a line is article text (a sentence), not a headline or a label."""
    return line.endswith(".") or len(line) > 150


def clean(article: Article, gaz: Gazetteer) -> Cleaned:
    """Normalise, cut site furniture, take bylines out and split into sentences."""
    # The crawler's headline opens the article (a copy in the text is then a repeat).
    headline = f"{article.title}\n" if article.title else ""
    body = _drop_glosses(_unglue(normalize(headline + article.text)), gaz)
    lines = [line.strip() for line in body.split("\n")]
    for i, line in enumerate(lines):
        if i > 0 and gaz.cut_after.match(line):
            if not any(_is_body(before) for before in lines[:i]):
                lines[i] = ""  # above the article ("Tin mới" as a section label): furniture
                continue
            lines = lines[:i]
            break
    authors: list[str] = []
    kept: list[str] = []
    seen: set[str] = set()
    for line in lines:
        if not line:
            kept.append("")
            continue
        if re.match(r"^\(?(?:ảnh|video|nguồn)\s*:", line, re.IGNORECASE):
            authors.extend(_byline_names(line.strip("()"), gaz) or [])
            continue
        if gaz.drop_line.match(line):
            continue
        line_key = line.lower().rstrip(" .…")
        if line_key[-1:].isdigit():  # the regex alone would try every space of the line
            line_key = _PHOTO_NUMBER.sub("", line_key)
        if line_key in seen:
            continue
        seen.add(line_key)
        kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    byline: list[str] = []
    for _ in range(2):
        tail = next((i for i in range(len(kept) - 1, -1, -1) if kept[i]), None)
        if tail is None:
            break
        names = _byline_names(kept[tail], gaz)
        if names is None:
            break
        byline[:0] = names
        del kept[tail:]
        while kept and not kept[-1]:
            kept.pop()
    authors.extend(byline)
    paragraphs: list[str] = []
    listing = False  # inside a numbered list that a line ending in ':' opened
    for line in kept:
        item = _NUMBERED.match(line)
        if item and (listing or next((p for p in reversed(paragraphs) if p), "").endswith(":")):
            # "… gồm 15 đồng chí:" then "1. Nguyễn Văn A" lines: one list, one sentence.
            while not paragraphs[-1]:
                paragraphs.pop()
            paragraphs[-1] += ("; " if listing else " ") + item.group(1)
            listing = True
            continue
        if line:
            listing = False
        if paragraphs and line and _wrapped(paragraphs[-1], line):
            paragraphs[-1] += " " + line
        elif not (listing and not line):
            paragraphs.append(line)
    text = "\n".join(paragraphs)
    sentences: list[Sentence] = []
    date_lines: list[Sentence] = []
    title = None
    offset = 0
    seen_sentences: set[str] = set()
    for paragraph in paragraphs:
        if paragraph:
            if _DATE_LINE.match(paragraph):
                date_lines.append(Sentence(offset, offset + len(paragraph), paragraph))
            else:
                if title is None and len(paragraph) < 300 and not paragraph.endswith("."):
                    title = paragraph
                for sentence in _sentences(paragraph, offset):
                    sentence_key = sentence.lowered.rstrip(" .…")
                    if sentence_key in seen_sentences:
                        continue
                    seen_sentences.add(sentence_key)
                    sentences.append(sentence)
        offset += len(paragraph) + 1
    return Cleaned(
        source=article.source,
        text=text,
        title=title,
        sentences=tuple(sentences),
        date_lines=tuple(date_lines),
        authors=tuple(dict.fromkeys(authors)),
        meta_published=article.published,
        url=article.url,
    )
