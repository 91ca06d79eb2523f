"""Partial dates: read, checked, and their first and last days."""

from __future__ import annotations

import pytest

from graph import dates


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2024", "2024-01-01", "2024-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023-02", "2023-02-01", "2023-02-28"),
        ("2024-03-05", "2024-03-05", "2024-03-05"),
    ],
)
def test_dates_first_and_last_day(text: str, first: str, last: str) -> None:
    assert (dates.first_day(text), dates.last_day(text)) == (first, last)


@pytest.mark.parametrize("bad", ["2024-13", "2023-02-29", "2024-00", "24", "2024/03", ""])
def test_dates_a_date_that_is_none_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        dates.parse(bad)


def test_dates_days_count_from_the_first_day() -> None:
    assert dates.days("2024", "2024-03") == 60 and dates.days("2024-03-05", "2024-03-01") == -4
