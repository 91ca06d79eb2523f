"""Person networks on a hand-written corpus of known shape (tests/fixtures/network): two
provinces' leaders, each group meeting twice, joined by one central official who
attended one meeting of each."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import networkx as nx
import pytest

from graph.network import analysis
from graph.network.analysis import (
    Filters,
    NetworkError,
    _Holding,
    _in_term,
    _organs,
    _rotations,
    _Ties,
    build,
    circle,
    ego,
    export,
    find,
    groups,
    rank,
)
from graph.store.base import Store
from loaders import gazetteer
from tests import samples
from tests.graph.conftest import collector_states

CORPUS = Path(__file__).parents[3] / "tests" / "fixtures" / "network"
BRIDGE = "person:hà-trọng-nghĩa"
SON_LA = {"person:quàng-văn-khiêm", "person:tòng-thị-mến", "person:lường-văn-sơn"}
LAI_CHAU = {"person:giàng-seo-páo", "person:vàng-thị-dua", "person:lò-văn-thào"}


network = samples.corpus(CORPUS, "network")
tenure = samples.corpus(samples.TENURE, "tenure")


@pytest.mark.parametrize(
    ("step", "inner"),
    [
        ("build", (analysis, "_holdings")),
        ("rank", (nx, "pagerank")),
    ],
)
def test_network_steps_run_with_the_cyclic_collector_off_and_it_back_on_after(
    network: Store, monkeypatch: pytest.MonkeyPatch, step: str, inner: tuple[Any, str]
) -> None:
    """Their many short-lived objects are freed by reference counting (bench/HISTORY.md)."""
    g = build(network) if step == "rank" else None
    seen = collector_states(monkeypatch, *inner)
    if g is None:
        build(network)
    else:
        rank(g)
    assert seen == [False]
    assert gc.isenabled()


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
    assert g.nodes[BRIDGE]["label"] == "Hà Trọng Nghĩa"
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
    with pytest.raises(NetworkError, match="unknown tie kind friendship"):
        Filters(kinds=("friendship",))


def test_network_successions_and_organ_terms_on_the_tenure_corpus(tenure: Store) -> None:
    g = build(tenure, Filters(kinds=("succession",)))
    khue, tuong = "person:chu-đình-khuê", "person:lục-minh-tường"
    assert g.edges[khue, tuong]["succession"] == 1
    assert g.has_edge(tuong, "person:triệu-đức-thụy")
    organs = build(tenure, Filters(province="Tuyên Quang", term="XIX", kinds=("organ",)))
    # HĐND khóa XIX: the council's and the People's Committee's officials
    assert organs.has_edge("person:tạ-quang-bình", "person:đàm-thị-phương-lan")
    assert "person:lục-minh-tường" not in organs


def test_network_groups_are_the_two_provinces(network: Store) -> None:
    g = build(network)
    found = groups(g)
    assert len(found) == 2
    assert {frozenset(set(grp["ids"]) - {BRIDGE}) for grp in found} == {
        frozenset(SON_LA),
        frozenset(LAI_CHAU),
    }
    assert sum(BRIDGE in grp["ids"] for grp in found) == 1
    assert groups(g) == found  # a fixed seed: the same graph gives the same groups
    shared = {o for grp in found for o in grp["shared_organs"]}
    assert {"Tỉnh ủy (Sơn La): 2", "Tỉnh ủy (Lai Châu): 2"} <= shared


@pytest.mark.parametrize(
    ("name", "depth", "persons"),
    [
        ("Quang Van Khiem", 1, SON_LA | {BRIDGE}),
        ("quàng văn khiêm", 2, SON_LA | LAI_CHAU | {BRIDGE}),
        ("HÀ TRỌNG NGHĨA", 1, SON_LA | LAI_CHAU | {BRIDGE}),
        ("person:giàng-seo-páo", 1, LAI_CHAU | {BRIDGE}),
    ],
)
def test_network_ego_holds_the_circle(
    network: Store, name: str, depth: int, persons: set[str]
) -> None:
    g = build(network)
    center = find(g, name)
    circle_of = ego(g, center, depth)
    assert set(circle_of.nodes) == persons
    rows = circle(circle_of, center)
    assert rows[0]["id"] == center and rows[0]["distance"] == 0
    assert [r["distance"] for r in rows] == sorted(r["distance"] for r in rows)


@pytest.mark.parametrize(
    ("name", "error"),
    [("Nguyễn Văn Không", "no person named"), ("", "no person named")],
)
def test_network_ego_refuses_unknown_names(network: Store, name: str, error: str) -> None:
    with pytest.raises(NetworkError, match=error):
        find(build(network), name)


def test_network_ego_refuses_depth_zero(network: Store) -> None:
    with pytest.raises(NetworkError, match="depth must be 1 or more"):
        ego(build(network), BRIDGE, 0)


def _read(fmt: str, path: Path) -> nx.Graph:
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gexf":
        return nx.read_gexf(path)
    return nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")


def _edges(g: nx.Graph) -> dict[frozenset[str], dict[str, object]]:
    """Edges by their two ends, without the edge ids GEXF adds."""
    return {
        frozenset((a, b)): {k: v for k, v in d.items() if k != "id"}
        for a, b, d in g.edges(data=True)
    }


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_network_export_reads_back_the_same(network: Store, fmt: str, tmp_path: Path) -> None:
    g = build(network)
    path = tmp_path / f"officials.{fmt}"
    export(g, fmt, path)
    back = _read(fmt, path)
    added = {"pagerank", "group"}
    # GEXF gives the periods as spells of its own (tested below), not as an attribute.
    moved = {"spells"} if fmt == "gexf" else set()
    assert {
        n: {k: v for k, v in a.items() if k not in added | moved} for n, a in back.nodes(data=True)
    } == {n: {k: v for k, v in a.items() if k not in moved} for n, a in g.nodes(data=True)}
    assert {e: {k: v for k, v in a.items() if k not in moved} for e, a in _edges(back).items()} == (
        _edges(g)
    )
    assert back.nodes[BRIDGE]["label"] == "Hà Trọng Nghĩa"
    # For Gephi to size and colour by: each person's pagerank and Louvain group, and when
    # they were seen.
    by_group = {p: grp["group"] for grp in groups(g) for p in grp["ids"]}
    assert {n: int(a["group"]) for n, a in back.nodes(data=True)} == by_group
    assert abs(sum(float(a["pagerank"]) for _, a in back.nodes(data=True)) - 1) < 0.01
    assert all(a["first_seen"] <= a["last_seen"] for _, a in back.nodes(data=True))


def test_network_gexf_is_dynamic_with_spells(network: Store, tmp_path: Path) -> None:
    """Gephi's timeline: a person is there while holding a post (open while still held),
    a tie from the first day of any event behind it."""
    g = build(network)
    path = tmp_path / "officials.gexf"
    export(g, "gexf", path)
    root = ElementTree.parse(path).getroot()
    ns = {"g": root.tag.partition("}")[0][1:]}
    graph = root.find("g:graph", ns)
    assert graph is not None and graph.get("mode") == "dynamic"
    assert graph.get("timeformat") == "date"

    def spells(element: ElementTree.Element) -> list[tuple[str | None, str | None]]:
        return [(s.get("start"), s.get("end")) for s in element.findall("g:spells/g:spell", ns)]

    nodes = {n.get("id"): spells(n) for n in root.iter(f"{{{ns['g']}}}node")}
    for person, attrs in g.nodes(data=True):
        want = [
            (a, b or None) for a, _, b in (x.partition("/") for x in attrs["spells"].split(";"))
        ]
        assert nodes[person] == want
        assert want[0][0] == attrs["first_seen"]
        assert all(b is None or a <= b for a, b in want)
    assert any(b is None for ss in nodes.values() for _, b in ss)  # someone still in post
    edges = root.iter(f"{{{ns['g']}}}edge")
    for e in edges:
        a, b = e.get("source"), e.get("target")
        days = [
            d for k, v in g.edges[a, b].items() if k.endswith("_dates") for d in v.split(";") if d
        ]
        assert spells(e) == [(min(days), None)]


def test_network_export_refuses_an_unknown_format(network: Store, tmp_path: Path) -> None:
    with pytest.raises(NetworkError, match="cannot export as 'dot'"):
        export(build(network), "dot", tmp_path / "x.dot")


def test_network_rotation_ties_a_moved_cadre_not_a_merger(tenure: Store) -> None:
    g = build(tenure, Filters(kinds=("rotation",)), mergers=gazetteer.load().mergers())
    tuong = "person:lục-minh-tường"
    # Bí thư of Tuyên Quang from 2021; the Giám đốc Công an there retired in 2020
    assert g.edges[tuong, "person:kiều-văn-thắng"]["rotation_dates"] == "2020-06-15;2021-03-05"
    # His predecessor handed over the day he came: their times touch, they do not rotate
    assert not g.has_edge(tuong, "person:chu-đình-khuê")
    # Hà Giang's Bí thư went on in Tuyên Quang by the 2025 merger: not a rotation
    assert "person:triệu-đức-thụy" not in g


def test_network_ego_asks_which_of_two_namesakes(tenure: Store) -> None:
    with pytest.raises(NetworkError, match="names 2 persons"):
        find(build(tenure), "Luong Duc Thuan")


def test_network_unknown_term_is_refused(network: Store) -> None:
    with pytest.raises(NetworkError, match="no term IX in Sơn La or central in the graph"):
        build(network, Filters(province="Sơn La", term="IX"))


@pytest.mark.parametrize(
    ("since", "until", "window"),
    [
        ("2024", "2024", ("2024-01-01", "2024-12-31")),
        ("2024-02", "2024-02", ("2024-02-01", "2024-02-29")),
        ("2023-11-05", " 2025-06 ", ("2023-11-05", "2025-06-30")),
        ("", "", ("", "")),
    ],
)
def test_network_filter_dates_a_year_or_month_means_all_of_it(
    since: str, until: str, window: tuple[str, str]
) -> None:
    f = Filters(since=since, until=until)
    assert (f.since, f.until) == window
    assert f.dated(window[1] or "2024-05-05")


# A month or day that is none was taken (2024-13 as --since, a traceback as --until).
@pytest.mark.parametrize("bad", ["5/3/2024", "2024-3", "tháng 3", "2024-13", "2023-02-29"])
def test_network_filter_dates_refuse_other_forms(bad: str) -> None:
    with pytest.raises(NetworkError, match="--until must be a date"):
        Filters(until=bad)
    with pytest.raises(NetworkError, match="--since must be a date"):
        Filters(since=bad)


def test_network_meeting_naming_another_term_is_not_in_this_one() -> None:
    xv = {"term:tinh-uy:XV@son-la": ("2020-01-01", "2025-12-31")}
    assert _in_term("2025-11-20", [], xv)  # names none: its date decides
    assert not _in_term("2025-11-20", ["term:tinh-uy:XVI@son-la"], xv)
    assert _in_term("2019-01-01", ["term:tinh-uy:XV@son-la"], xv)


def _held(person: str, province: str, first: str, last: str, ended_by: str = "") -> _Holding:
    return _Holding(
        person, province, None, None, None, None, "Bí thư Tỉnh ủy", "ended", first, last, [],
        None, ended_by or None, [f"article:{person}-{first}"],
    )  # fmt: skip


def _member(person: str, organ: str, level: str, province: str | None) -> _Holding:
    return _Holding(
        person, province, organ, organ, level, province, "Ủy viên", "current", "2021-01-01",
        "2022-01-01", ["term:x"], None, None, [f"article:{person}"],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("level", "province", "central", "tied"),
    [
        ("province", "Sơn La", True, True),
        # 'Tỉnh ủy' no article placed: its members may be of two provinces
        ("province", None, True, False),
        ("central", None, True, True),
        ("central", None, False, False),  # --no-central: the Central Committee clique goes
        ("province", "Sơn La", False, True),
    ],
)  # fmt: skip
def test_network_organ_tie_rule(
    level: str, province: str | None, central: bool, tied: bool
) -> None:
    ties = _Ties(["a", "b"])
    members = [_member(p, "organ:x", level, province) for p in ("a", "b")]
    _organs(members, ties, {}, central)
    assert bool(list(ties.edges(detail=False))) == tied


def test_network_without_central_ties_the_clique_goes(tenure: Store) -> None:
    every, provincial = build(tenure), build(tenure, Filters(central=False))
    lost = set(map(frozenset, every.edges)) - set(map(frozenset, provincial.edges))
    assert lost, "the tenure corpus's Central Committee members tie only through it"
    assert all(set(every.edges[tuple(e)]) <= {"organ", "weight", "organ_dates", "organ_sources"}
               for e in lost)  # fmt: skip


def test_network_circle_says_why_each_is_tied(tenure: Store) -> None:
    g = build(tenure)
    rows = circle(ego(g, "person:triệu-đức-thụy", 1), "person:triệu-đức-thụy")
    assert rows[0]["why"] == ""
    assert all(r["why"] for r in rows[1:])
    assert any("meetings together ×" in r["why"] for r in rows[1:])


@pytest.mark.parametrize(
    ("holdings", "tied"),
    [
        # served in X twice around the other's time there: still never at once
        ([_held("a", "X", "2010-01-01", "2012-12-31"), _held("a", "X", "2018-01-01", "2020-12-31"),
          _held("a", "Y", "2013-01-01", "2017-12-31"), _held("b", "X", "2013-01-01", "2016-12-31")],
         True),
        # overlapping times in X: colleagues, not a rotation
        ([_held("a", "X", "2010-01-01", "2014-12-31"), _held("a", "Y", "2015-01-01", "2017-12-31"),
          _held("b", "X", "2013-01-01", "2016-12-31")], False),
        # neither served anywhere else
        ([_held("a", "X", "2010-01-01", "2012-12-31"), _held("b", "X", "2013-01-01", "2016-12-31")],
         False),
        # Z merged into Y: a's service in Z went on in Y, then a moved to X
        ([_held("a", "Z", "2020-01-01", "2025-06-30", "merged"), _held("a", "X", "2026-01-01", "2026-05-01"),
          _held("b", "X", "2021-01-01", "2023-12-31")], True),
        # W merged into X: a served on in X, where b had served before; no move
        ([_held("a", "W", "2020-01-01", "2025-06-30", "merged"), _held("a", "X", "2025-07-01", "2026-05-01"),
          _held("b", "X", "2018-01-01", "2019-12-31")], False),
    ],
)  # fmt: skip
def test_network_rotation_rule(holdings: list[_Holding], tied: bool) -> None:
    ties = _Ties(["a", "b"])
    _rotations(holdings, holdings, ties, {"Z": "Y", "W": "X"})
    edges = list(ties.edges(detail=True))
    assert bool(edges) == tied
    if tied:
        assert edges[0][2]["rotation"] == 1 and edges[0][2]["weight"] == 1.0


def test_network_organ_ties_count_once_per_organ_and_term(tenure: Store) -> None:
    g = build(tenure, Filters(province="Tuyên Quang", term="XIX", kinds=("organ",)))
    tie = g.edges["person:tạ-quang-bình", "person:đàm-thị-phương-lan"]
    assert (tie["organ"], tie["weight"]) == (1, 1.0)
    assert tie["organ_dates"] == "2021-06-25"  # the day each first held a post there
    every = build(tenure).edges["person:tạ-quang-bình", "person:đàm-thị-phương-lan"]
    assert every["weight"] == every["meeting"] + every["organ"] + every["succession"]


def test_network_without_detail_keeps_counts_and_weights(tenure: Store) -> None:
    full, bare = build(tenure), build(tenure, detail=False)
    assert list(full.edges) == list(bare.edges)
    for a, b, attrs in full.edges(data=True):
        counts = {k: v for k, v in attrs.items() if not k.endswith(("_dates", "_sources"))}
        assert bare.edges[a, b] == counts


_BUILT: dict[str, str] = {}


def test_network_same_graph_from_either_backend(tenure: Store) -> None:
    """The same articles give the same network, attributes and order included, twice
    on one backend and on the other (compared once both have run)."""

    def canonical() -> str:
        g = build(tenure, mergers=gazetteer.load().mergers())
        return json.dumps([list(g.nodes(data=True)), list(g.edges(data=True))], ensure_ascii=False)

    built = canonical()
    assert built == canonical()
    assert '"rotation": 1' in built and '"succession": 1' in built
    for other in _BUILT.values():
        assert built == other
    _BUILT[tenure.name] = built


def test_network_nearest_keeps_the_closest_and_their_paths() -> None:
    """A hub's circle cut to the nearest few: by distance, then tie weight, then name;
    with every person at distance 1 kept before any at distance 2, each kept person's
    path to the center is kept; with no cut it is the ego network."""
    g = nx.Graph()
    for person, weight in (("b", 3.0), ("c", 1.0), ("d", 2.0)):
        g.add_edge("a", person, weight=weight)
    g.add_edge("c", "e", weight=5.0)
    g.add_edge("b", "d", weight=1.0)
    for p in g:
        g.nodes[p]["label"] = p.upper()
    assert set(analysis.nearest(g, "a", 1, 2)) == {"a", "b"}
    assert set(analysis.nearest(g, "a", 1, 3)) == {"a", "b", "d"}
    kept = analysis.nearest(g, "a", 2, 5)
    assert set(kept) == {"a", "b", "c", "d", "e"}
    assert [r["id"] for r in analysis.circle(kept, "a")] == ["a", "b", "d", "c", "e"]
    assert nx.utils.graphs_equal(nx.Graph(analysis.nearest(g, "a", 2, 99)), analysis.ego(g, "a", 2))
    assert analysis.circle(analysis.nearest(g, "a", 1, 3), "a")[1]["ties"] == 2  # b: a and d
