"""The whole catalog gives the same rows on every backend, over a synthetic corpus big
enough for ties, empty lists and many sources per edge, plus the sample articles and
the tenure corpus."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

import queries
from bench.load import SAMPLES
from bench.synth import generate
from graph.load import FactsOf, load
from graph.store.base import Store, dump
from loaders.sources import Article, read_inputs
from tests.graph.conftest import open_store
from tests.samples import EXTRA
from tests.samples import SAMPLES as SAMPLE_ARTICLES

TENURE = Path(__file__).parents[1] / "fixtures" / "tenure"  # namesakes, for identity-review
pytestmark = pytest.mark.neo4j
CALLS_PER_QUERY = 25


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Store]]:
    articles = [Article(a["id"], a["text"], a["published"]) for a in generate(150, seed=11)]
    articles += [a for a in read_inputs([SAMPLE_ARTICLES, EXTRA, TENURE]) if isinstance(a, Article)]
    stores = {}
    for backend in ("falkordb", "neo4j"):
        stores[backend] = open_store(backend, tmp_path_factory.mktemp(backend))
        load(stores[backend], articles, FactsOf(), batch_size=40)
    yield stores
    for store in stores.values():
        store.close()


def test_conformance_backends_hold_the_same_graph(both: dict[str, Store]) -> None:
    assert dump(both["neo4j"]) == dump(both["falkordb"])


@pytest.mark.parametrize("name", sorted(queries.catalog()))
def test_conformance_query_rows_equal_on_sampled_parameters(
    both: dict[str, Store], name: str
) -> None:
    choices = both["falkordb"].run(SAMPLES[name]).records()
    random.Random(name).shuffle(choices)
    assert choices, f"the synthetic corpus has nothing for {name}"
    nonempty = 0
    for choice in choices[:CALLS_PER_QUERY]:
        params = {k: str(v or "") for k, v in choice.items()}
        embedded = queries.run(both["falkordb"], name, params)
        server = queries.run(both["neo4j"], name, params)
        assert server == embedded, params
        nonempty += bool(embedded.rows)
    assert nonempty
