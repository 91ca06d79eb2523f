"""A data folder with the samples and the tenure fixtures loaded, as `kg load` loads it,
for the tests that run commands on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import ROOT


@pytest.fixture(scope="package")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    paths = [str(ROOT / "examples" / "articles"), str(ROOT / "tests" / "fixtures" / "tenure")]
    loaded = CliRunner().invoke(app, ["load", *paths, "--data-dir", str(folder)])
    assert loaded.exit_code == 0, loaded.output
    return folder


def with_data(args: list[str], data: Path) -> list[str]:
    """A command's arguments with --data-dir (after the group of a grouped command)."""
    at = 2 if args[0] in ("network",) else 1
    return [*args[:at], "--data-dir", str(data), *args[at:]]
