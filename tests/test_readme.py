"""The README's schema section is `kg schema --markdown`, every query of its cookbook
answers on the sample articles, on every backend, and every `kg` line it shows runs as
written on the samples."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.load import load_paths
from graph.store.base import Store
from kg.cli import app
from kg.commands.store import schema_markdown
from tests.conftest import ROOT, command_argv
from tests.graph.conftest import BACKENDS, open_store

README = (ROOT / "README.md").read_text(encoding="utf-8")
runner = CliRunner()
COOKBOOK = re.findall(
    r"\*\*(.+?)\*\*\n\n```cypher\n(.*?)```", README.partition("### Cookbook")[2], re.S
)


# Lines that need what a test of the samples cannot give: a Neo4j server (tested with
# one elsewhere), a server left running (the web pages have tests of their own).
NEEDS_MORE = ("--backend neo4j", "kg push", "kg pull", "kg serve", "kg web")


def _blocks() -> list[list[str]]:
    """The README's `kg` command lines, by indented block, in order."""
    blocks: list[list[str]] = []
    previous = ""
    for line in README.splitlines():
        command = line.removeprefix("    ")
        if line.startswith("    ") and re.match(r"(\.venv/bin/)?kg ", command):
            if not previous.startswith("    "):
                blocks.append([])
            blocks[-1].append(command)
        previous = line if line.strip() else previous
    return blocks


def test_readme_every_kg_line_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each block on the samples loaded (a block's commands follow one another)."""
    monkeypatch.chdir(tmp_path)
    env = {"KG_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "80"}
    ran = []
    for block in _blocks():
        runner.invoke(app, ["load", str(ROOT / "examples" / "articles")], env=env)
        for line in block:
            if any(x in line for x in NEEDS_MORE):
                continue
            for argv in command_argv(line):
                result = runner.invoke(app, argv, env=env)
                assert result.exit_code == 0, f"{line}: {result.output}"
            ran.append(line)
    assert len(ran) >= 30
    assert any(line.startswith("kg resolve reject") for line in ran)


def test_readme_schema_section_is_kg_schema_markdown() -> None:
    assert schema_markdown() in README


def test_readme_schema_tables_keep_their_columns() -> None:
    """Every row of a schema table has its header's cells: a '|' in a meaning (entries'
    fields are joined by one) is escaped, not a cell's end."""
    header = 0
    for line in schema_markdown().splitlines():
        cells = len(re.findall(r"(?<!\\)\|", line))
        if line.startswith("| ") and not header:
            header = cells
        elif line.startswith("|"):
            assert cells == header, line
        else:
            header = 0


@pytest.fixture(scope="module", params=BACKENDS)
def examples(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    store = open_store(request.param, tmp_path_factory.mktemp(request.param))
    load_paths(store, [ROOT / "examples" / "articles"])
    yield store
    store.close()


def test_readme_cookbook_has_fifteen_questions() -> None:
    assert len(COOKBOOK) >= 15


@pytest.mark.parametrize(("question", "cypher"), COOKBOOK, ids=[q for q, _ in COOKBOOK])
def test_readme_cookbook_answers_on_the_samples(
    examples: Store, question: str, cypher: str
) -> None:
    assert examples.run(cypher).rows, question
