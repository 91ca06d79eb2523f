"""Dates as the graph keeps them and people type them: a year, a month or a day
('2024', '2024-03', '2024-03-05'), compared as text, counted in days from their first."""

from __future__ import annotations

import calendar
import re
from datetime import date

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse(text: str) -> tuple[int, int | None, int | None]:
    """'2024-03' → (2024, 3, None); a date that is none ('2024-13', '2023-02-29') is a
    ValueError."""
    found = _PARTIAL.fullmatch(text.strip())
    if not found:
        raise ValueError(f"not a date: {text!r}")
    year = int(found.group(1))
    month, day = (int(g) if g else None for g in found.groups()[1:])
    # A month or day that is none (13, 00, 30 February) raises ValueError here.
    date(year, 1 if month is None else month, 1 if day is None else day)
    return year, month, day


def first_day(d: str) -> str:
    """'2024' → '2024-01-01', '2024-03' → '2024-03-01'; a day stays as it is."""
    return {4: d + "-01-01", 7: d + "-01"}.get(len(d), d)


def last_day(d: str) -> str:
    """'2024' → '2024-12-31', '2024-02' → '2024-02-29'; a day stays as it is."""
    year, month, day = parse(d)
    if day:
        return d
    if month:
        return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return f"{year:04d}-12-31"


def days(a: str, b: str) -> int:
    """Days from a to b, each from its first day."""
    return (date.fromisoformat(first_day(b)) - date.fromisoformat(first_day(a))).days
