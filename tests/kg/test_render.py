"""Tables on a real terminal's width: nothing cut, ids and dates whole, at 80 and 120
columns, for every command that prints one."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console
from typer.testing import CliRunner

from kg import render
from kg.cli import app
from tests.kg.conftest import with_data as _with_data

runner = CliRunner()
WIDTHS = (80, 120)
_WHOLE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{4}-\d{4}|[a-z]+:[^\s\"',;\[\]]+")


def _shown(columns: list[str], rows: list[list[str]], width: int, wide: bool = False) -> str:
    out = io.StringIO()
    render.show(columns, rows, Console(file=out, width=width), wide=wide)
    return out.getvalue()


@pytest.mark.parametrize("width", WIDTHS)
def test_render_ids_and_dates_are_never_cut(width: int) -> None:
    rows = [
        ["person:nguyễn-hữu-đông@sơn-la", "Nguyễn Hữu Đông", "Bí thư Tỉnh ủy", "2019-11-16",
         "2022-12-07", "post:phó-bí-thư-thường-trực-tỉnh-ủy@thừa-thiên-huế", "unknown"],
        ["person:lò-minh-hùng", "Lò Minh Hùng", "Phó Bí thư Thường trực Tỉnh ủy", "2022-12-07",
         "2025-08-15", "post:bí-thư-tỉnh-ủy@sơn-la", "current"],
    ]  # fmt: skip
    text = _shown(
        ["id", "name", "post", "first_seen", "last_seen", "post_id", "status"], rows, width
    )
    assert "…" not in text
    assert all(cell_len(line) <= width for line in text.splitlines())
    for row in rows:
        for value in (row[0], row[3], row[4], row[5]):
            assert value in text


def test_render_a_column_equal_on_every_row_moves_into_the_heading() -> None:
    rows = [["Đảng bộ tỉnh Sơn La khóa XV", "Sơn La", name, ""] for name in ("A B", "C D")]
    text = _shown(["term", "province", "person", "end"], rows, 80)
    first, *table = text.splitlines()
    assert first == "term: Đảng bộ tỉnh Sơn La khóa XV · province: Sơn La"
    assert "Sơn La" not in "\n".join(table) and "end" not in "\n".join(table)
    assert "A B" in text and "C D" in text


def test_render_wide_keeps_every_column_on_one_line() -> None:
    rows = [["Đảng bộ tỉnh Sơn La khóa XV", "Phó Bí thư Thường trực Tỉnh ủy", "2019-11-16"]] * 2
    text = _shown(["term", "post", "first_seen"], rows, 40, wide=True)
    assert "Phó Bí thư Thường trực Tỉnh ủy" in text and "term" in text.splitlines()[1]


# The commands, as an analyst types them, on the samples and the tenure fixtures.
COMMANDS = [
    ["holders", "Bí thư Tỉnh ủy", "--province", "Sơn La"],
    ["holders", "Phó Bí thư Tỉnh ủy", "--province", "Tuyên Quang"],
    ["term", "XV", "--province", "Sơn La"],
    ["term", "XVII", "--province", "Hà Giang"],
    ["timeline", "Lo Minh Hung"],
    ["timeline", "Lương Đức Thuận"],
    ["query", "person-timeline", "-p", "name=Lò Minh Hùng"],
    ["query", "co-attendance", "-p", "name=Lò Minh Hùng"],
    ["query", "province-officials", "-p", "province=Sơn La"],
    ["cypher", "MATCH (p:Person)-[h:HOLDS]->(x:Post) RETURN p.id, x.id, h.first_seen LIMIT 8"],
    ["resolve"],
    ["network", "rank", "--top", "8"],
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_render_commands_fit_the_terminal_and_cut_nothing(
    data: Path, args: list[str], width: int
) -> None:
    result = runner.invoke(app, _with_data(args, data), env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.strip()
    assert "…" not in text
    assert all(cell_len(line) <= width for line in text.splitlines()), text
    if args[0] == "timeline":  # its own layout: from, to and status of each holding
        return
    # Every id and date of the columns a table shows (not the hidden '_' ones).
    as_json = runner.invoke(app, [*_with_data(args, data), "-f", "json"])
    if as_json.exit_code == 0 and as_json.stdout.lstrip().startswith("["):
        values = {m for row in json.loads(as_json.stdout) for k, v in row.items()
                  if not k.startswith("_") for m in _WHOLE.findall(str(v))}  # fmt: skip
        missing = {v for v in values if v not in text}
        assert not missing, f"cut or missing at {width} columns: {sorted(missing)[:5]}"


def test_render_kg_wide_prints_every_column_whole(data: Path) -> None:
    args = ["holders", "Bí thư Tỉnh ủy", "--province", "Tuyên Quang"]
    narrow = runner.invoke(app, _with_data(args, data), env={"COLUMNS": "60"})
    wide = runner.invoke(app, ["--wide", *_with_data(args, data)], env={"COLUMNS": "60"})
    assert wide.exit_code == 0, wide.output
    header = wide.stdout.splitlines()[1]
    assert all(c in header for c in ("person", "post", "province", "predecessor", "successor"))
    assert "predecessor" not in narrow.stdout.splitlines()[1]


@pytest.mark.parametrize("width", (40, 120))
def test_render_square_brackets_are_text_not_markup(width: int) -> None:
    """Values in square brackets (a headline's "[Video]", Cypher's "h.entries[i]", an
    unmatched "[/]") print as they are, in a table and in records alike: rich markup in
    the data would vanish or stop the command."""
    rows = [["[Video] Hội nghị [/] lần thứ [i]", "split(h.entries[i], '|')[k]", "[bold]x[/bold]"]]
    text = _shown(["[headline]", "cypher", "note"], rows, width)
    flat = re.sub(r"[\s│┃]+", "", text)
    for value in (*rows[0], "[headline]"):
        assert re.sub(r"\s+", "", value) in flat, (value, text)
