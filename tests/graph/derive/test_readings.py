"""Readings: what the graph keeps of the attributes articles disagree on."""

from __future__ import annotations

import pytest

from graph.derive.readings import refresh
from graph.load import FactsOf, load
from graph.store.base import Store
from loaders.sources import Article
from tests.graph.conftest import operators

_SAID = "Ngày {d}, đồng chí Nguyễn Văn Một, Bí thư Tỉnh ủy Hà Giang, chủ trì hội nghị."
_ONE = "person:nguyễn-văn-một"


@pytest.mark.parametrize(
    "going", [[], [("article:a1", _ONE)]], ids=["all mentions", "but those going"]
)
def test_readings_refresh_starts_from_the_node_not_every_article(
    store: Store, going: list[tuple[str, str]]
) -> None:
    """A refresh leaving out the mentions that go (an article taken back, a mention moved
    to a namesake) still finds the node by its id and walks its own mentions: with the
    filter on the match, FalkorDB scanned every article (6 to 15 s to take back one
    article of 300,000) and every person."""
    load(store, [Article(f"a{i}", _SAID.format(d=f"{i}/3/2020")) for i in (1, 2)], FactsOf())
    ((cypher, params),) = refresh([_ONE], going=going)
    plan = operators(store, cypher, params)
    assert "Label Scan" not in plan and "LabelScan" not in plan, plan
    store.write([(cypher, params)])
    rank = store.run("MATCH (p:Person {id: $id}) RETURN p.read_at", {"id": _ONE}).scalar()
    assert rank[0] == "2020-03-02 article:a2"
