"""Arguments as analysts type them: forgiving spellings answer, a value nobody could mean
is one error line naming the closest known ones and exit code 2."""

from __future__ import annotations

import io
import json
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from kg.cli import app
from tests.kg.conftest import with_data

runner = CliRunner()


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["holders", "Bi thu Tinh uy", "--province", "Tuyen Quang"], "Chu Đình Khuê"),
        (["holders", "Bí thư Tỉnh uỷ", "--province", "tỉnh Tuyên Quang"], "Chu Đình Khuê"),
        (["holders", "Chủ tịch UBND tỉnh", "--province", "Tuyên Quang"], "Tạ Quang Bình"),
        (["term", "17", "--province", "Ha Giang"], "Triệu Đức Thụy"),
        (["timeline", "person:lương-đức-thuận@hà-giang"], "Phó Bí thư Tỉnh ủy (Hà"),
        (["query", "post-holders", "-p", "title=Bí thư Tỉnh uỷ", "-p", "province=Tuyen Quang"],
         "Chu Đình Khuê"),
    ],
)  # fmt: skip
def test_inputs_forgiving_spellings_answer(data: Path, args: list[str], shown: str) -> None:
    result = runner.invoke(app, with_data(args, data), env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert shown in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["holders", "Chủ tịch", "--province", "Tuyen Quan"],
         "error: unknown province 'Tuyen Quan'; closest: Tuyên Quang, Tiền Giang"),
        (["holders", "Bi thu", "--province", "Tuyên Quang"],
         "error: no post 'Bi thu' in Tuyên Quang; closest: Bí thư Tỉnh ủy"),
        (["term", "abc"], "error: not a term's number: 'abc' (XVII or 17)"),
        (["timeline", "person:nobody"], "error: no person with id 'person:nobody' in the graph"),
        (["query", "term-holders", "-p", "ordinal=17", "-p", "province=Son Lla"],
         "error: unknown province 'Son Lla'; closest: Sơn La"),
    ],
)  # fmt: skip
def test_inputs_a_value_nobody_could_mean_is_one_line(
    data: Path, args: list[str], message: str
) -> None:
    result = runner.invoke(app, with_data(args, data), env={"COLUMNS": "80"})
    assert result.exit_code == 2, result.output
    assert result.output.strip() == message


def test_inputs_why_gives_each_fact_its_article_and_sentence(data: Path) -> None:
    args = ["why", "Trieu Duc Thuy", "Bí thư Tỉnh uỷ", "-f", "json"]
    result = runner.invoke(app, with_data(args, data))
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) >= 3 and {r["fact"] for r in rows} == {"holds"}
    assert all(r["what"].startswith("Bí thư Tỉnh ủy") and "Triệu Đức Thụy" in r["sentence"]
               and r["article"].startswith("article:") for r in rows)  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["why", "Trieu Duc Thui"], "nobody named 'Trieu Duc Thui' in the graph; similar: Triệu Đức Thụy"),
        (["timeline", "Luc Minh Tuon"], "nobody named 'Luc Minh Tuon' in the graph; similar: Lục Minh Tường"),
    ],
)  # fmt: skip
def test_inputs_a_misspelt_name_gets_the_closest_names(
    data: Path, args: list[str], message: str
) -> None:
    result = runner.invoke(app, with_data(args, data))
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {message}"


def test_inputs_an_empty_graph_says_so(tmp_path: Path) -> None:
    result = runner.invoke(app, ["timeline", "--data-dir", str(tmp_path), "Lo Minh Hung"])
    assert result.exit_code == 1
    assert result.output.strip() == "error: the graph is empty: `kg load PATH` first"


def test_inputs_answers_as_a_spreadsheet(data: Path) -> None:
    """-f xlsx reads back in openpyxl with the table's columns and rows, numbers as numbers."""
    args = ["holders", "Bí thư Tỉnh ủy", "--province", "Tuyên Quang"]
    result = runner.invoke(app, with_data([*args, "-f", "xlsx"], data))
    assert result.exit_code == 0, result.output
    sheet = load_workbook(io.BytesIO(result.stdout_bytes)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    as_json = json.loads(runner.invoke(app, with_data([*args, "-f", "json"], data)).stdout)
    assert rows[0] == list(as_json[0])
    assert [r[0] for r in rows[1:]] == [r["person"] for r in as_json]
    assert [r[-1] for r in rows[1:]] == [r["articles"] for r in as_json]


def test_inputs_changes_as_a_table_and_an_atom_feed(data: Path, tmp_path: Path) -> None:
    feed = tmp_path / "changes.xml"
    args = ["changes", "--since", "2025-06", "--atom", str(feed), "-f", "json"]
    result = runner.invoke(app, with_data(args, data))
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and all(r["date"] >= "2025-06" for r in rows)
    atom = "{http://www.w3.org/2005/Atom}"
    entries = ElementTree.parse(feed).getroot().findall(f"{atom}entry")
    assert len(entries) == len(rows)
    titles = [e.findtext(f"{atom}title") for e in entries]
    assert (
        titles[0]
        == f"{rows[0]['person']}: {rows[0]['change']} {rows[0]['post']} ({rows[0]['province']})"
    )
    assert len({e.findtext(f"{atom}id") for e in entries}) == len(entries)
    bad = runner.invoke(app, with_data(["changes", "--since", "2024-13"], data))
    assert (bad.exit_code, bad.output.strip()) == (
        2,
        "error: not a date: '2024-13' (2024, 2024-03 or 2024-03-01)",
    )
    for args in (["changes"], ["changes", "--since", "2024", "--last-load"]):
        bad = runner.invoke(app, with_data(args, data))
        assert (bad.exit_code, bad.output.strip()) == (
            2,
            "error: give --since DATE or --last-load (one of them)",
        )


@pytest.mark.parametrize(
    ("args", "order", "shown"),
    [
        (["changes", "--since", "2019"], ("date", True), "the newest 2 changes"),
        (["why", "Trieu Duc Thuy"], ("seen", False), "the first 2 of {n} sources"),
    ],
)
def test_inputs_the_first_hundred_rows_unless_told(
    data: Path, args: list[str], order: tuple[str, bool], shown: str
) -> None:
    """The newest 100 changes, the first 100 sources by date, or --limit N of them (0:
    all), saying when some were left out."""
    args = [*args, "-f", "json"]
    every = json.loads(runner.invoke(app, with_data([*args, "--limit", "0"], data)).stdout)
    field, newest = order
    keys = [r[field] or "9999" for r in every]
    assert len(every) > 2 and keys == sorted(keys, reverse=newest)
    few = runner.invoke(app, with_data([*args, "-n", "2"], data))
    assert few.exit_code == 0 and json.loads(few.stdout) == every[:2]
    assert few.stderr.strip() == shown.format(n=len(every)) + "; --limit 0 for all"
    whole = runner.invoke(app, with_data([*args, "-n", str(len(every))], data))
    assert json.loads(whole.stdout) == every and whole.stderr == ""
    default = json.loads(runner.invoke(app, with_data(args, data)).stdout)
    assert default == every[:100]
    bad = runner.invoke(app, with_data([*args, "-n", "-1"], data))
    assert (bad.exit_code, bad.output.strip()) == (
        2,
        "error: --limit must be 0 (all) or more, not -1",
    )


def test_inputs_changes_of_the_last_load_with_its_feed(data: Path, tmp_path: Path) -> None:
    feed = tmp_path / "load.xml"
    args = ["changes", "--last-load", "--atom", str(feed), "-f", "json"]
    result = runner.invoke(app, with_data(args, data))
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["change"] for r in rows} >= {"first seen", "new person"}
    root = ElementTree.parse(feed).getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    assert root.findtext(f"{atom}id", "").startswith("urn:partykg:load:")
    assert len(root.findall(f"{atom}entry")) == len(rows)


@pytest.mark.parametrize(
    "args", [["stats"], ["timeline", "Lo Minh Hung"], ["query", "changes", "-p", "since=2024"]]
)
def test_inputs_no_graph_in_a_missing_folder_and_none_made(tmp_path: Path, args: list[str]) -> None:
    missing = tmp_path / "nothere"
    result = runner.invoke(app, [args[0], "--data-dir", str(missing), *args[1:]])
    assert result.exit_code == 1
    assert " ".join(result.output.split()) == (
        f"error: no graph in {missing}: `kg load PATH` makes one (or --data-dir, KG_DATA_DIR)"
    )
    assert not missing.exists()


def test_inputs_check_on_the_samples_finds_nothing_to_flag(data: Path) -> None:
    result = runner.invoke(app, with_data(["check"], data))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "no finding: every check passed"


@pytest.mark.parametrize(
    "args",
    [
        ["network", "export", "--format", "gexf", "-o", "/proc/partykg.gexf"],
        ["network", "ego", "Trieu Duc Thuy", "--depth", "1", "--png", "/proc/partykg.png"],
        ["changes", "--since", "2024", "--atom", "/proc/partykg.xml"],
    ],
)
def test_inputs_a_file_the_system_refuses_is_one_line(data: Path, args: list[str]) -> None:
    """A folder that exists but takes no new file (/proc): the write's refusal, named."""
    result = runner.invoke(app, with_data(args, data))
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert lines == [f"error: {args[-1]}: No such file or directory"], result.output
