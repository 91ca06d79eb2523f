"""Text helpers shared by the loaders: Unicode forms, tone marks, name keys."""

from __future__ import annotations

import re
import unicodedata

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")

# Old-style tone placement on open "oa", "oe", "uy" syllables (hoà, uỷ) moved to
# the style official texts use (hòa, ủy), so one spelling reaches the rules.
_OLD_TONE = re.compile(
    r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![^\W\d_])",
)


def _move_tone(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    decomposed = unicodedata.normalize("NFD", second)
    tone = "".join(c for c in decomposed if c in _TONES)
    base = "".join(c for c in decomposed if c not in _TONES)
    if (first in "oO" and base.lower() not in "ae") or (first in "uU" and base.lower() != "y"):
        return match.group(0)
    return unicodedata.normalize("NFC", first + tone) + base


def fold_tones(text: str) -> str:
    """Put tone marks where official spelling does: 'Tỉnh uỷ' → 'Tỉnh ủy'."""
    return _OLD_TONE.sub(_move_tone, text)


def normalize(text: str) -> str:
    """NFC, one tone placement, no invisible characters, single spaces, \\n line ends."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = fold_tones(text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def strip_diacritics(text: str) -> str:
    """ASCII-folded form for diacritic-insensitive lookup ('Lò Minh Hùng' → 'Lo Minh Hung')."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def key(text: str) -> str:
    """Comparison key: NFC, one tone placement, lower case, single spaces."""
    return " ".join(fold_tones(unicodedata.normalize("NFC", text)).lower().split())


def title_case(text: str) -> str:
    """'TRÍ DŨNG' → 'Trí Dũng' (bylines are often printed in capitals)."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


def is_capitalised(word: str) -> bool:
    """A syllable that starts with a capital and goes on in lower case ('Hùng', "H'Hen")."""
    parts = [p for p in re.split("['’]", word) if p]
    if not parts or not parts[0][0].isupper() or not (len(parts[0]) == 1 or parts[0][1:].islower()):
        return False
    return all(
        p.islower() or (p[0].isupper() and (len(p) == 1 or p[1:].islower())) for p in parts[1:]
    )
