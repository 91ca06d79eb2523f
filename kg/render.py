"""Tables that fit the terminal they are printed on: a column equal on every row moves into
a heading, an empty one goes, ids and dates are never cut (they do not wrap), other text
wraps at words; when even that is too wide, each row is printed as lines of "column:
value". `wide` prints every column as it is, for a wide window or a pager."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from typing import Any

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from graph.store.base import Result

# A date, a month, a year or a period of years (maybe marked ≤, ≥ or ~): never wrapped.
_DATE = re.compile(r"(?:[≤≥~] )?\d{4}(-\d{2}){0,2}(-\d{4})?")
# An id ('person:lò-minh-hùng', 'article:a.txt'): never wrapped.
_ID = re.compile(r"[a-z]+:\S+")
# Columns, borders and padding: a table's width beyond its cells.
_FRAME = 3
_READABLE = 12


def unbroken(value: str) -> bool:
    """A date or an id: never cut or wrapped, in a terminal or a page."""
    return bool(_DATE.fullmatch(value) or _ID.fullmatch(value))


def _unbreakable(values: Sequence[str]) -> bool:
    present = [v for v in values if v]
    return bool(present) and all(unbroken(v) for v in present)


def _narrowest(header: str, values: Sequence[str], whole: bool) -> int:
    """The fewest cells a column can take without cutting a word (or, when `whole`, a
    value); its header may wrap at '_' or spaces."""
    parts = [w for v in values for w in ([v] if whole else v.split())]
    head = max((cell_len(w) for w in re.split(r"[ _]", header)), default=0)
    return max([head, *(cell_len(p) for p in parts)])


def show(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    console: Console,
    title: str | None = None,
    wide: bool = False,
) -> None:
    """Print rows of plain values (already text or None) under `columns`."""
    cells = [["" if v is None else str(v) for v in row] for row in rows]
    keep = list(range(len(columns)))
    heading: list[str] = []
    if not wide:
        keep = [i for i in keep if any(row[i] for row in cells)] or keep
        if len(cells) > 1:
            same = [i for i in keep if len({row[i] for row in cells}) == 1]
            if len(same) < len(keep):
                heading = [f"{columns[i]}: {cells[0][i]}" for i in same]
                keep = [i for i in keep if i not in same]
    if title:
        console.print(Text(title, style="bold"), soft_wrap=wide)
    if heading:
        console.print(Text(" · ".join(heading)), soft_wrap=wide)
    whole = {i: _unbreakable([row[i] for row in cells]) for i in keep}
    least = {i: _narrowest(columns[i], [row[i] for row in cells], whole[i]) for i in keep}
    full = {i: max([cell_len(columns[i]), *(cell_len(row[i]) for row in cells)]) for i in keep}
    # Narrower than this, a column of names or titles wraps a word a line: rows read better.
    least = {i: min(full[i], max(least[i], _READABLE)) for i in keep}
    if not wide and sum(least.values()) + _FRAME * len(keep) + 1 > console.width:
        _records([columns[i] for i in keep], [[row[i] for i in keep] for row in cells], console)
        return
    natural = sum(full.values()) + _FRAME * len(keep) + 1
    room = console.width - _FRAME * len(keep) - 1
    widths = full if wide else _fitted(full, least, room)
    table = Table()
    for i in keep:
        table.add_column(
            Text(columns[i]), no_wrap=wide or whole[i], width=widths[i], overflow="fold"
        )
    for row in cells:  # as Text: a value's square brackets are not rich markup
        table.add_row(*(Text(row[i]) for i in keep))
    if wide and natural > console.width:
        console = Console(
            file=console.file, width=natural, force_terminal=console.is_terminal, soft_wrap=True
        )
    console.print(table)


def _fitted(full: dict[int, int], least: dict[int, int], room: int) -> dict[int, int]:
    """Column widths within `room` cells: the column with the most to spare gives up a
    cell at a time, none below its narrowest."""
    widths = dict(full)
    while sum(widths.values()) > room:
        i = max(widths, key=lambda k: (widths[k] - least[k], widths[k]))
        if widths[i] <= least[i]:
            break
        widths[i] -= 1
    return widths


def _records(columns: Sequence[str], rows: Sequence[Sequence[str]], console: Console) -> None:
    """Each row as lines of "column: value", for a table too wide for the window."""
    for n, row in enumerate(rows):
        if n:
            console.print()
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="dim", no_wrap=True)
        grid.add_column(overflow="fold")
        for column, value in zip(columns, row, strict=True):
            if value:
                grid.add_row(Text(column), Text(value))
        console.print(grid)


def cell(value: Any) -> str:
    """A value as tables and CSV show it: a list as "a; b", as a spreadsheet reads it."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def csv_text(result: Result) -> str:
    """The rows as CSV, lists as `cell` shows them, after a byte-order mark: it tells
    Excel the file is UTF-8 (without it Vietnamese comes out garbled)."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(result.columns)
    writer.writerows([cell(v) for v in row] for row in result.rows)
    return out.getvalue()
