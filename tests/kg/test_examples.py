"""Every command's help shows an example, and the examples run as written on the
sample articles (sqlite-utils' habit): a help never shows a command that fails."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import command_argv

runner = CliRunner()
# Examples that need what the samples cannot give: a Neo4j server (push, pull), a
# server left running (serve, web: tests/kg/test_web.py and test_browser.py serve the
# pages), decisions about persons the samples lack.
NOT_RUN = {"push", "pull", "serve", "web", "merge", "split", "undo"}


def _commands() -> Iterator[tuple[list[str], Any]]:
    root = typer.main.get_command(app)
    ctx = type(root).context_class(root)

    def walk(command: Any, path: list[str]) -> Iterator[tuple[list[str], Any]]:
        yield path, command
        if hasattr(command, "list_commands"):
            for name in command.list_commands(ctx):
                yield from walk(command.get_command(ctx, name), [*path, name])

    yield from walk(root, [])


COMMANDS = list(_commands())


def _examples(command: Any) -> list[str]:
    return [
        line.strip().removeprefix("Example:").strip()
        for line in (command.help or "").splitlines()
        if line.strip().startswith("Example:")
    ]


@pytest.mark.parametrize(
    ("path", "command"), COMMANDS, ids=[" ".join(p) or "kg" for p, _ in COMMANDS]
)
def test_examples_every_help_shows_one(path: list[str], command: Any) -> None:
    examples = _examples(command)
    assert examples, f"kg {' '.join(path)}: its help shows no example"
    assert all(e.startswith(" ".join(["kg", *path])) for e in examples), examples


def test_examples_run_as_written_on_the_samples(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    env = {"KG_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "80"}
    ran = 0
    for path, command in COMMANDS:
        if NOT_RUN & set(path):
            continue
        for example in _examples(command):
            for argv in command_argv(example):
                result = runner.invoke(app, argv, env=env)
                assert result.exit_code == 0, f"{example}: {result.output}"
                ran += 1
    assert ran >= 25
