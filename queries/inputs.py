"""What a person types, read as the graph writes it: a province with or without its
diacritics or its "tỉnh"/"TP" lead, a title with either tone placement or the
abbreviations articles use, a term in Arabic or Roman numerals, a person by name or id.
A value nobody could mean is an `InputError` naming the closest known ones, never a
silent empty answer."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from graph import dates
from graph.model import search_key
from graph.store.base import Store
from loaders.gazetteer import Gazetteer
from loaders.text import normalize
from loaders.titles import canonical_title, rules

_LEAD = re.compile(r"^(?:tỉnh|thanh pho|thành phố|tp\.?|tinh)\s+", re.IGNORECASE)
_TERM = re.compile(r"^(?:(?:khóa|khoá|khoa|nhiệm kỳ|term)\s+)?([ivxlc]+|\d{1,3})$", re.IGNORECASE)
_ROMAN = (("C", 100), ("XC", 90), ("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5),
          ("IV", 4), ("I", 1))  # fmt: skip


class InputError(ValueError):
    """A typed value the graph cannot mean; the message says what was typed and offers
    the closest known values."""


def closest(typed: str, known: dict[str, str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """The names whose keys (search keys: no diacritics, lower case) are closest to what
    was typed, closest first, each once."""
    keys = [k for k in known if k]
    near = difflib.get_close_matches(search_key(typed), keys, n=n, cutoff=cutoff)
    return list(dict.fromkeys(known[k] for k in near))


def _closest(typed: str, known: dict[str, str]) -> str:
    names = closest(typed, known)
    return f"; closest: {', '.join(names)}" if names else ""


@lru_cache(maxsize=8)
def _provinces(gaz: Gazetteer) -> dict[str, str]:
    """Every province name and alias, without diacritics, to its canonical name."""
    out: dict[str, str] = {}
    for p in gaz.provinces:
        for name in (p.name, *p.aliases):
            out.setdefault(search_key(name), p.name)
    return out


def province(text: str, gaz: Gazetteer) -> str:
    """'Son La', 'tỉnh Sơn La', 'TP. Hồ Chí Minh' → the canonical name; '' stays '' (no
    province: central bodies and posts)."""
    typed = _LEAD.sub("", normalize(text).strip())
    if not typed:
        return ""
    found = gaz.canonical_province(typed) or _provinces(gaz).get(search_key(typed))
    if found:
        return found
    raise InputError(f"unknown province {text!r}{_closest(typed, _provinces(gaz))}")


def title(text: str, gaz: Gazetteer) -> str:
    """'Bí thư Tỉnh uỷ', 'Chủ tịch UBND tỉnh', 'UVTW' → the canonical title the graph
    keeps; a text that is no title is returned as typed, normalised."""
    typed = normalize(text).strip()
    return canonical_title(typed, rules(gaz)) or typed


def term(text: str) -> str:
    """'17', 'xvii', 'khóa XVII' → 'XVII'."""
    found = _TERM.match(normalize(text).strip())
    if not found:
        raise InputError(f"not a term's number: {text!r} (XVII or 17)")
    number = found.group(1)
    if not number.isdigit():
        return number.upper()
    n, out = int(number), ""
    if not 0 < n < 400:
        raise InputError(f"not a term's number: {text!r} (XVII or 17)")
    for numeral, value in _ROMAN:
        while n >= value:
            out, n = out + numeral, n - value
    return out


def date(text: str) -> str:
    """'2024', '2024-03' or '2024-03-01', checked: '2024-13' is refused."""
    try:
        dates.parse(text)
    except ValueError as exc:
        raise InputError(f"not a date: {text!r} (2024, 2024-03 or 2024-03-01)") from exc
    return text.strip()


def person_id(text: str) -> str | None:
    """The person id `text` is, if it is one (a name is not, however it is typed)."""
    typed = normalize(text).strip()
    return typed if typed.startswith("person:") else None


def person_name(store: Store, text: str) -> str:
    """A person's id ('person:lò-minh-hùng') read as their name; a name as typed."""
    id_ = person_id(text)
    if id_ is None:
        return normalize(text).strip()
    rows = store.run("MATCH (p:Person {id: $id}) RETURN p.name", {"id": id_}).rows
    if not rows:
        raise InputError(f"no person with id {id_!r} in the graph")
    return str(rows[0][0])


def post_title(store: Store, text: str, province_name: str, gaz: Gazetteer) -> str:
    """A title as `title` reads it, checked against the posts of the province: an unknown
    one names the closest titles there."""
    wanted = title(text, gaz)
    rows = store.run(
        "MATCH (p:Post) WHERE coalesce(p.province, '') = $province RETURN DISTINCT p.title",
        {"province": province_name},
    ).rows
    known = {search_key(r[0]): r[0] for r in rows if r[0]}
    if search_key(wanted) in known:
        return known[search_key(wanted)]
    where = province_name or "central posts"
    raise InputError(f"no post {text!r} in {where}{_closest(wanted, known)}")


def held_post(store: Store, person: str, text: str, gaz: Gazetteer) -> str:
    """A post of a person's, by id or by title as `title` reads it; a title the person
    holds in several provinces asks for the id."""
    if text.strip().startswith("post:"):
        return text.strip()
    wanted = title(text, gaz)
    rows = store.run(
        "MATCH (:Person {id: $p})-[:HOLDS]->(x:Post) RETURN x.id, x.title ORDER BY x.id",
        {"p": person},
    ).rows
    found = [id_ for id_, t in rows if search_key(t or "") == search_key(wanted)]
    if len(found) == 1:
        return str(found[0])
    if found:
        raise InputError(f"{person} holds {wanted!r} in several places: {', '.join(found)}")
    known = {search_key(t): t for _, t in rows if t}
    raise InputError(f"{person} holds no post {text!r}{_closest(wanted, known)}")


def typed(values: Mapping[str, str], gaz: Gazetteer) -> dict[str, str]:
    """A catalog query's parameters as a person types them, read as the graph writes them."""
    readers = {
        "province": lambda v: province(v, gaz),
        "title": lambda v: title(v, gaz),
        "ordinal": term,
    }
    return {k: readers[k](v) if k in readers else v for k, v in values.items()}


def json_or_text(value: str) -> Any:
    """An ad-hoc query's parameter: JSON when it reads as JSON (1, true, ["a"]), else text."""
    try:
        return json.loads(value)
    except ValueError:
        return value
