"""Person networks on a hand-written corpus of known shape (tests/fixtures/network): two
provinces' leaders, each group meeting twice, joined by one central official who
attended one meeting of each."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.load import FactsOf, load
from graph.network import Filters, build, rank
from graph.store import Store
from tests import samples
from tests.graph.conftest import open_store

CORPUS = Path(__file__).parents[1] / "fixtures" / "network"
BRIDGE = "person:hà-trọng-nghĩa"
SON_LA = {"person:quàng-văn-khiêm", "person:tòng-thị-mến", "person:lường-văn-sơn"}
LAI_CHAU = {"person:giàng-seo-páo", "person:vàng-thị-dua", "person:lò-văn-thào"}


network = samples.corpus(CORPUS, "network")


def test_network_bridge_has_the_highest_betweenness(network: Store) -> None:
    g = build(network)
    assert set(g.nodes) == SON_LA | LAI_CHAU | {BRIDGE}
    rows = rank(g, top=3, by="betweenness")
    assert rows[0]["id"] == BRIDGE
    assert rows[0]["betweenness"] == pytest.approx(0.6)  # 3 × 3 of 15 pairs pass through
    assert all(r["betweenness"] == 0 for r in rank(g, top=7, by="betweenness")[1:])


def test_network_edges_keep_weight_dates_and_sources(network: Store) -> None:
    g = build(network)
    leaders = g.edges["person:quàng-văn-khiêm", "person:tòng-thị-mến"]
    assert leaders["weight"] == 2.0
    assert leaders["meeting"] == 2
    assert leaders["meeting_dates"] == "2024-03-05;2024-04-10"
    assert leaders["meeting_sources"] == (
        "article:2024-03-05-son-la.txt;article:2024-04-10-son-la.txt"
    )
    assert g.nodes[BRIDGE]["name"] == "Hà Trọng Nghĩa"
    assert g.nodes["person:giàng-seo-páo"]["posts"] == "Bí thư Tỉnh ủy (Lai Châu)"
    assert not g.has_edge("person:quàng-văn-khiêm", "person:giàng-seo-páo")


@pytest.mark.parametrize(
    ("filters", "persons"),
    [
        (Filters(province="Lai Châu"), LAI_CHAU | {BRIDGE}),
        (Filters(province="Sơn La"), SON_LA | {BRIDGE}),
        (Filters(since="2024-04-01", until="2024-05-31"), SON_LA | LAI_CHAU | {BRIDGE}),
        (Filters(since="2024-06-01"), LAI_CHAU),
        (Filters(until="2024-03-31"), SON_LA | {BRIDGE}),
        (Filters(kinds=("succession",)), set()),
        (Filters(term="IX"), set()),
    ],
)
def test_network_filters_change_who_is_in_it(
    network: Store, filters: Filters, persons: set[str]
) -> None:
    assert set(build(network, filters).nodes) == persons


def test_network_filter_by_dates_drops_the_bridge_ties_outside(network: Store) -> None:
    g = build(network, Filters(since="2024-04-01", until="2024-05-31"))
    assert g.degree(BRIDGE) == 3  # only the Lai Châu meeting of 6 May
    assert g["person:quàng-văn-khiêm"]["person:tòng-thị-mến"]["weight"] == 1.0


def test_network_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown tie kind friendship"):
        Filters(kinds=("friendship",))


def test_network_successions_and_organ_terms_on_the_tenure_corpus(tmp_path: Path) -> None:
    tenure = Path(__file__).parents[1] / "fixtures" / "tenure"
    with open_store("falkordb", tmp_path) as store:
        load(store, samples.articles(tenure), FactsOf())
        g = build(store, Filters(kinds=("succession",)))
        khue, tuong = "person:chu-đình-khuê", "person:lục-minh-tường"
        assert g.edges[khue, tuong]["succession"] == 1
        assert g.has_edge(tuong, "person:triệu-đức-thụy")
        organs = build(store, Filters(province="Tuyên Quang", term="XIX", kinds=("organ",)))
        # HĐND khóa XIX: the council's and the People's Committee's officials
        assert organs.has_edge("person:tạ-quang-bình", "person:đàm-thị-phương-lan")
        assert "person:lục-minh-tường" not in organs
