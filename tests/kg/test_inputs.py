"""Arguments as analysts type them: forgiving spellings answer, a value nobody could mean
is one error line naming the closest known ones and exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest
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
