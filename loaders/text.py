"""Text helpers shared by the loaders: Unicode forms, tone marks, name keys."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

import yaml

# libyaml's parser where PyYAML was built with it: a tenth of the time, the same data.
_YAML = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# Blanks other than a plain space, and runs of spaces: each becomes one plain space (two
# passes, as one pattern of both was tried at every character of every article).
_ODD_SPACE = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_SPACES = re.compile(r" {2,}")
_INVISIBLES = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
_INVISIBLE = re.compile("|".join(_INVISIBLES))

# Old-style tone placement on open "oa", "oe", "uy" syllables (hoà, uỷ) moved to
# the style official texts use (hòa, ủy), so one spelling reaches the rules.
_OLD_TONE = re.compile(r"([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![^\W\d_])")


def _move_tone(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    start = match.start()
    if start and match.string[start - 1] in "qQ":
        return match.group(0)  # "quý": the u belongs to the consonant
    decomposed = unicodedata.normalize("NFD", second)
    tone = "".join(c for c in decomposed if c in _TONES)
    base = "".join(c for c in decomposed if c not in _TONES)
    if (first in "oO" and base.lower() not in "ae") or (first in "uU" and base.lower() != "y"):
        return match.group(0)
    return unicodedata.normalize("NFC", first + tone) + base


def fold_tones(text: str) -> str:
    """Put tone marks where official spelling does: 'Tỉnh uỷ' → 'Tỉnh ủy'."""
    return _OLD_TONE.sub(_move_tone, text)


# "HĐND tỉnh khoa XVIII": "khóa" typed without its tone before a term's ordinal.
_TERM_TYPO = re.compile(r"(?<![\w])([Kk])hoa(?= (?-i:[IVXLC]+)\b)")


def normalize(text: str) -> str:
    """NFC, one tone placement, no invisible characters, single spaces, \\n line ends, and
    "khoa XVIII" read as the term it means."""
    text = unicodedata.normalize("NFC", text)
    if "Ð" in text or "ð" in text:  # Icelandic eth typed for Đ ("HÐND")
        text = text.replace("Ð", "Đ").replace("ð", "đ")
    if any(c in text for c in _INVISIBLES):
        text = _INVISIBLE.sub("", text)
    text = fold_tones(text.replace("\r\n", "\n").replace("\r", "\n"))
    if "khoa " in text or "Khoa " in text:
        text = _TERM_TYPO.sub(r"\1hóa", text)
    if _ODD_SPACE.search(text):
        text = _ODD_SPACE.sub(" ", text)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, so "Phó Chủ tịch" wins over
    "Chủ tịch"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def whole_words(phrases: Iterable[str]) -> str:
    """A regex matching any of the phrases as whole words, longest first. The leading
    look-ahead on the phrases' first letters lets the regex engine skip to candidates;
    a look-behind alone would be tried at every character."""
    phrases = set(phrases)
    return rf"(?=[{first_letters(phrases)}])(?<![\w])(?:{alternation(phrases)})(?![\w])"


def first_letters(phrases: Iterable[str]) -> str:
    """The phrases' first letters in both cases, as the body of a regex character class:
    a look-ahead on them lets the regex engine skip to where a phrase may start."""
    firsts = {c for p in phrases for c in (p[:1].lower(), p[:1].upper()) if c}
    return "".join(re.escape(c) for c in sorted(firsts))


def strip_diacritics(text: str) -> str:
    """ASCII-folded form for diacritic-insensitive lookup ('Lò Minh Hùng' → 'Lo Minh Hung')."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def key(text: str) -> str:
    """Comparison key of normalized text: lower case, single spaces."""
    return " ".join(text.lower().split())


def title_case(text: str) -> str:
    """'TRÍ DŨNG' → 'Trí Dũng' (bylines are often printed in capitals)."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


def _letters(upper: bool) -> str:
    """Latin letters Vietnamese uses, as the body of a regex character class."""
    chars = (chr(c) for r in (range(0x41, 0x250), range(0x1EA0, 0x1EFA)) for c in r)
    return "".join(c for c in chars if c.isalpha() and (c.isupper() if upper else c.islower()))


UPPER = _letters(upper=True)
LOWER = _letters(upper=False)
# A capitalised word that starts a word: "Hùng", "Bh'riu", "K'Brơi" (not "UBND", not
# "tỉnh", not the "Tỉnh" of "thưTỉnh"). It starts with its character class, so the regex
# engine can skip ahead; the test of the character before comes right after it.
CAPITALISED_WORD = re.compile(
    rf"[{UPPER}](?<![\w'’].)[{LOWER}]*(?:['’][{UPPER}{LOWER}][{LOWER}]*)?(?![\w'’])"
)


def capitalised_words(text: str) -> Iterator[re.Match[str]]:
    """Every capitalised word of text that starts a word."""
    return CAPITALISED_WORD.finditer(text)


def is_capitalised(word: str) -> bool:
    """A syllable that starts with a capital and goes on in lower case ('Hùng', "H'Hen")."""
    parts = [p for p in re.split("['’]", word) if p]
    if not parts or not parts[0][0].isupper() or not (len(parts[0]) == 1 or parts[0][1:].islower()):
        return False
    return all(
        p.islower() or (p[0].isupper() and (len(p) == 1 or p[1:].islower())) for p in parts[1:]
    )


def parse_yaml(text: str) -> Any:
    """YAML text as data, plain values only (the product's data files and schema)."""
    return yaml.load(text, Loader=_YAML)
