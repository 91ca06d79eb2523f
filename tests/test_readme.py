"""The README's schema section is `kg schema --markdown`, and every query of its
cookbook answers on the sample articles, on every backend."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from graph.load import load_paths
from graph.store.base import Store
from kg.commands.store import schema_markdown
from tests.conftest import ROOT
from tests.graph.conftest import BACKENDS, open_store

README = (ROOT / "README.md").read_text(encoding="utf-8")
COOKBOOK = re.findall(
    r"\*\*(.+?)\*\*\n\n```cypher\n(.*?)```", README.partition("### Cookbook")[2], re.S
)


def test_readme_schema_section_is_kg_schema_markdown() -> None:
    assert schema_markdown() in README


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
