"""Who is who: namesakes kept apart, rotated officials kept whole, analysts' decisions
recorded as data and applied on every load (tests/fixtures/tenure/NOTES.md is the gold)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import OWL, URIRef

import graph.load as graph_load
import queries
from graph.derive import identity
from graph.derive import review as resolve
from graph.derive.decisions import (
    Decision,
    DecisionError,
    append_decision,
    changed,
    digest,
    in_force,
    read_decisions,
)
from graph.derive.identity import Namesake, Unit, candidates, cluster, likely, person_ids
from graph.derive.passes import settle
from graph.derive.tenure import notable
from graph.load import FactsOf, LoadReport, load
from graph.model import ArticleFacts, edge_entries, person_key, post_id
from graph.rdf.read import import_rdf, parse, validate
from graph.rdf.write import export_file
from graph.store import pages
from graph.store.base import Store, clear, dump, with_pages
from loaders import gazetteer
from loaders.sources import Article
from tests import samples
from tests.graph.conftest import BACKENDS, killed_after, open_store, write_size
from tests.samples import TENURE

THUAN = "person:lương-đức-thuận"


def _unit(
    ref: str,
    day: str,
    *held: tuple[str, str],
    province: str | None = None,
    printed: bool = True,
) -> Unit:
    """A mention 'article#i' seen on a day holding (title, province) posts, the province
    printed with the title or (not `printed`) guessed from the article."""
    article = "article:" + ref.partition("#")[0]
    u = Unit(f"{article}#{ref.partition('#')[2]}", article, day, province)
    for title, place in held:
        post = post_id(title, place)
        u.posts.add(post)
        u.held.append((post, title, place, day, printed))
    return u


def _partition(units: list[Unit], decisions: list[Decision] | None = None) -> list[list[str]]:
    groups = cluster(units, decisions or [])
    return sorted(sorted(u.partition(":")[2] for u in g.units) for g in groups)


BT, PBT, CT, GD = "Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Giám đốc Sở"
HG, TQ, LS, CB = "Hà Giang", "Tuyên Quang", "Lạng Sơn", "Cao Bằng"


@pytest.mark.parametrize(
    ("case", "units", "expected"),
    [
        (
            "rotated: posts in two provinces one after the other",
            [
                _unit("a#0", "2019-01-05", (PBT, HG)),
                _unit("b#0", "2020-06-01", (PBT, HG)),
                _unit("c#2", "2021-03-05", (BT, TQ)),
                _unit("d#1", "2022-01-10", (BT, TQ)),
            ],
            [["a#0", "b#0", "c#2", "d#1"]],
        ),
        (
            "namesakes: posts in two provinces over the same years",
            [
                _unit("a#0", "2019-11-29", (CT, HG)),
                _unit("b#0", "2019-12-11", (GD, TQ)),
                _unit("c#0", "2021-06-25", (GD, TQ)),
                _unit("d#0", "2023-03-17", (CT, HG)),
                _unit("e#0", "2023-07-14", (GD, TQ)),
            ],
            [["a#0", "d#0"], ["b#0", "c#0", "e#0"]],
        ),
        (
            "one article names one in each province",
            [_unit("a#3", "2021-11-20", (CT, HG)), _unit("a#6", "2021-11-20", (GD, TQ))],
            [["a#3"], ["a#6"]],
        ),
        (
            "one article, a visitor named in full, then by title alone (read as the host's)",
            [
                _unit("a#1", "2021-11-20", (PBT, HG)),
                _unit("a#5", "2021-11-20", (PBT, TQ), printed=False),
            ],
            [["a#1", "a#5"]],
        ),
        (
            "guessed provinces alone (a wrong dateline twice) split nobody",
            [
                _unit("a#0", "2021-01-01", (BT, TQ), printed=False),
                _unit("b#0", "2022-07-01", (BT, HG), printed=False),
                _unit("c#0", "2022-08-12", (BT, HG), printed=False),
                _unit("d#0", "2025-05-08", (BT, TQ), printed=False),
            ],
            [["a#0", "b#0", "c#0", "d#0"]],
        ),
        (
            "one article, two mentions of one person",
            [_unit("a#1", "2021-11-20", (PBT, HG)), _unit("a#5", "2021-11-20", (CT, HG))],
            [["a#1", "a#5"]],
        ),
        (
            "a stray sighting (a visitor's title read as the host's) splits nobody",
            [
                _unit("a#0", "2020-01-01", (CT, LS)),
                _unit("b#0", "2021-05-01", (CT, CB)),
                _unit("c#0", "2022-01-01", (CT, LS)),
            ],
            [["a#0", "b#0", "c#0"]],
        ),
        (
            "a return to the first province is one career",
            [
                _unit("a#0", "2010-01-01", (PBT, HG)),
                _unit("b#0", "2012-01-01", (PBT, HG)),
                _unit("c#0", "2013-01-01", (GD, TQ)),
                _unit("d#0", "2016-01-01", (GD, TQ)),
                _unit("e#0", "2019-01-01", (BT, HG)),
                _unit("f#0", "2020-01-01", (BT, HG)),
            ],
            [["a#0", "b#0", "c#0", "d#0", "e#0", "f#0"]],
        ),
        (
            "an untitled mention joins the namesake of its province and time",
            [
                _unit("a#0", "2019-11-29", (CT, HG)),
                _unit("b#0", "2019-12-11", (GD, TQ)),
                _unit("c#0", "2021-06-25", (GD, TQ)),
                _unit("d#0", "2023-03-17", (CT, HG)),
                _unit("e#", "2021-07-01", province=TQ),
            ],
            [["a#0", "d#0"], ["b#0", "c#0", "e#"]],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_identity_cluster_cases(case: str, units: list[Unit], expected: list[list[str]]) -> None:
    assert _partition(units) == expected, case


_HG = Namesake("p@hg", frozenset({"post:ct@hg"}), frozenset({HG}), ("2019-11-29", "2023-03-17"))
_TQ = Namesake("p@tq", frozenset({"post:gd@tq"}), frozenset({TQ}), ("2019-12-11", "2021-06-25"))


@pytest.mark.parametrize(
    ("case", "posts", "provinces", "day", "expected"),
    [
        ("a post one of them holds", {"post:gd@tq"}, {HG}, "2023-01-01", "p@tq"),
        ("no post held: the province", {"post:bt@tq"}, {TQ}, "2023-01-01", "p@tq"),
        ("no post, no province: the nearest in time", set(), {"Sơn La"}, "2023-03-20", "p@hg"),
        ("nothing at all: the first by id", set(), set(), "", "p@hg"),
    ],
)
def test_identity_likely_places_a_mention_as_the_clustering_would(
    case: str, posts: set[str], provinces: set[str], day: str, expected: str
) -> None:
    assert likely([_TQ, _HG], posts, provinces, day) == expected, case


def _namesakes() -> list[Unit]:
    return [
        _unit("a#0", "2019-11-29", (CT, HG)),
        _unit("b#0", "2019-12-11", (GD, TQ)),
        _unit("c#0", "2021-06-25", (GD, TQ)),
        _unit("d#0", "2023-03-17", (CT, HG)),
    ]


def test_identity_decisions_merge_split_and_undo() -> None:
    namesakes = _namesakes()
    merge = Decision(1, "merge", THUAN, ("article:a#0",), ("article:b#0",))
    assert _partition(namesakes, [merge]) == [["a#0", "b#0", "c#0", "d#0"]]
    undo = Decision(2, "undo", THUAN, undoes=1)
    assert in_force([merge, undo]) == []
    assert _partition(namesakes, [merge, undo]) == [["a#0", "d#0"], ["b#0", "c#0"]]
    rotated = [
        _unit("a#0", "2019-01-05", (PBT, HG)),
        _unit("b#0", "2020-06-01", (PBT, HG)),
        _unit("c#2", "2021-03-05", (BT, TQ)),
        _unit("d#1", "2022-01-10", (BT, TQ)),
    ]
    split = Decision(3, "split", THUAN, ("article:a#0", "article:b#0"), ("article:d#1",))
    assert _partition(rotated, [split]) == [["a#0", "b#0"], ["c#2", "d#1"]]


def test_identity_person_ids_by_first_province() -> None:
    groups = cluster(_namesakes())
    assert [sorted(g.units)[0] for g in groups] == ["article:a#0", "article:b#0"]
    assert person_ids(THUAN, groups) == [f"{THUAN}@hà-giang", f"{THUAN}@tuyên-quang"]
    assert person_ids(THUAN, groups[:1]) == [THUAN]
    twins = cluster(
        [
            _unit("a#0", "2019-01-01", (CT, HG)),
            _unit("b#0", "2019-12-01", (CT, HG)),
            _unit("c#0", "2018-06-01", (PBT, HG), (GD, TQ)),
            _unit("d#0", "2019-02-15", (GD, TQ)),
            _unit("e#0", "2019-10-01", (GD, TQ)),
        ]
    )
    assert [sorted(g.units)[0] for g in twins] == ["article:a#0", "article:c#0"]
    assert person_ids(THUAN, twins) == [f"{THUAN}@hà-giang-2", f"{THUAN}@hà-giang"]


_DAYS = st.dates(min_value=date(2015, 1, 1), max_value=date(2026, 12, 31)).map(date.isoformat)
_UNITS = st.lists(
    st.tuples(
        st.integers(0, 6),
        st.integers(0, 2),
        _DAYS,
        st.sampled_from([(CT, HG), (GD, TQ), (BT, TQ), (PBT, HG), (CT, LS)]),
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=60, deadline=None)
@given(_UNITS, st.randoms(use_true_random=False))
def test_identity_cluster_is_a_partition_whatever_the_order(
    specs: list[tuple[int, int, str, tuple[str, str]]], rng: random.Random
) -> None:
    units = {f"a{a}#{m}": _unit(f"a{a}#{m}", day, held) for a, m, day, held in specs}
    ordered = list(units.values())
    shuffled = ordered[:]
    rng.shuffle(shuffled)
    groups = _partition(ordered)
    assert sorted(u for g in groups for u in g) == sorted(u.id.partition(":")[2] for u in ordered)
    assert _partition(shuffled) == groups


# Decisions file ---------------------------------------------------------------------


def test_identity_decisions_file_round_trip_and_errors(tmp_path: Path) -> None:
    path = tmp_path / "decisions.jsonl"
    assert read_decisions(path) == []
    first = Decision(1, "merge", THUAN, ("article:a#0",), ("article:b#0",), note="cùng một người")
    append_decision(path, first)
    append_decision(path, Decision(2, "undo", THUAN, undoes=1))
    assert read_decisions(path) == [first, Decision(2, "undo", THUAN, undoes=1)]
    with pytest.raises(DecisionError, match="undo of 7"):
        append_decision(path, Decision(3, "undo", THUAN, undoes=7))
    assert len(path.read_text(encoding="utf-8").splitlines()) == 2  # nothing half-written
    path.write_text(path.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    with pytest.raises(DecisionError, match=r"decisions.jsonl:3: not a decision"):
        read_decisions(path)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": 1, "op": "join", "key": "person:x", "left": ["a"], "right": ["b"]}', "op must"),
        ('{"id": 1, "op": "merge", "key": "x", "left": ["a"], "right": ["b"]}', "person key"),
        ('{"id": 1, "op": "split", "key": "person:x", "left": ["a"]}', "units on both sides"),
        ('{"op": "merge"}', "not a decision"),
    ],
)
def test_identity_decisions_file_refuses_bad_lines(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(DecisionError, match=message):
        read_decisions(path)


# On the tenure corpus, every backend ------------------------------------------------


corpus = samples.corpus(TENURE, "corpus")


def _posts(store: Store, person: str) -> list[tuple[str, str, str, str]]:
    rows = store.run(
        "MATCH (p:Person {id: $id})-[h:HOLDS]->(x:Post) WHERE h.first_seen IS NOT NULL"
        " RETURN x.title, x.province, h.first_seen, h.last_seen ORDER BY h.first_seen, x.title",
        {"id": person},
    ).rows
    return [tuple(r) for r in rows]


HG1 = [
    ("Chủ tịch Ủy ban nhân dân tỉnh", "Hà Giang", "2019-11-29", "2025-06-30"),
    ("Phó Bí thư Tỉnh ủy", "Hà Giang", "2019-11-29", "2024-12-13"),
    ("Chủ tịch Hội đồng nhân dân tỉnh", "Tuyên Quang", "2025-06-30", "2026-03-05"),
    ("Phó Bí thư Tỉnh ủy", "Tuyên Quang", "2025-06-30", "2026-03-05"),
]
TQ2 = [
    ("Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Tuyên Quang", "2019-12-11", "2025-02-28"),
    ("Giám đốc Sở Nông nghiệp và Môi trường", "Tuyên Quang", "2025-02-28", "2026-03-05"),
]


def test_identity_namesakes_are_two_persons_with_their_own_posts(corpus: Store) -> None:
    assert corpus.run("MATCH (p:Person) RETURN count(p)").scalar() == 18
    assert _posts(corpus, f"{THUAN}@hà-giang") == HG1
    assert _posts(corpus, f"{THUAN}@tuyên-quang") == TQ2
    roles = corpus.run(
        "MATCH (p:Person {key: $k})-[r:CHAIRED|ATTENDED]->(m:Meeting)"
        " RETURN m.date, type(r), p.id ORDER BY m.date, p.id",
        {"k": THUAN},
    ).rows
    hg, tq = f"{THUAN}@hà-giang", f"{THUAN}@tuyên-quang"
    assert [tuple(r) for r in roles] == [
        ("2019-11-29", "ATTENDED", hg),
        ("2021-11-20", "ATTENDED", hg),  # "Về phía tỉnh Hà Giang có … Lương Đức Thuận"
        ("2023-03-17", "ATTENDED", hg),
        ("2023-07-14", "ATTENDED", tq),
        ("2024-12-13", "ATTENDED", hg),
        ("2025-02-28", "ATTENDED", tq),
        ("2026-03-05", "CHAIRED", hg),  # the co-chair, not the speaker
    ]
    both = corpus.run(
        "MATCH (a:Article)-[:MENTIONS]->(p:Person {key: $k}) WITH a, count(p) AS n WHERE n = 2"
        " RETURN a.date ORDER BY a.date",
        {"k": THUAN},
    ).rows
    assert [r[0] for r in both] == ["2021-11-20", "2026-03-05"]


@pytest.mark.parametrize(
    ("name", "person", "posts"),
    [
        (  # one person across Thụy / Thuỵ / TRIỆU ĐỨC THỤY, and across the merger
            "Triệu Đức Thuỵ",
            "person:triệu-đức-thụy",
            {
                ("Phó Bí thư Thường trực Tỉnh ủy", HG),
                ("Bí thư Tỉnh ủy", HG),
                ("Bí thư Tỉnh ủy", TQ),
                ("Ủy viên Ban Chấp hành Trung ương Đảng", None),
            },
        ),
        (  # rotated from Hà Giang to Tuyên Quang, then to the centre: one person
            "Luc Minh Tuong",
            "person:lục-minh-tường",
            {
                ("Phó Bí thư Tỉnh ủy", HG),
                ("Bí thư Tỉnh ủy", TQ),
                ("Ủy viên Ban Chấp hành Trung ương Đảng", None),
                ("Phó Trưởng Ban Tổ chức Trung ương", None),
            },
        ),
        (  # Đại tá, then Thiếu tướng: a rank never splits a person
            "Vi Đức Hoà",
            "person:vi-đức-hòa",
            {
                ("Phó Cục trưởng Cục Cảnh sát hình sự", TQ),
                ("Giám đốc Công an tỉnh", TQ),
                ("Ủy viên Ban Thường vụ Tỉnh ủy", TQ),
            },
        ),
    ],
)
def test_identity_variants_and_rotations_stay_one_person(
    corpus: Store, name: str, person: str, posts: set[tuple[str, str | None]]
) -> None:
    rows = queries.run(corpus, "person-timeline", {"name": name}).records()
    assert {r["person_id"] for r in rows} == {person}
    assert {(r["post"], r["province"]) for r in rows} == posts


def test_identity_evidence_is_queryable(corpus: Store) -> None:
    rows = queries.run(corpus, "identity-review", {"name": "Luong Duc Thuan"}).records()
    assert [r["id"] for r in rows] == [f"{THUAN}@hà-giang", f"{THUAN}@tuyên-quang"]
    first, second = rows
    assert first["namesakes"] == [f"{THUAN}@tuyên-quang"]
    assert second["namesakes"] == [f"{THUAN}@hà-giang"]
    why = first["apart_by"][0]
    assert why.startswith(
        "at once: Chủ tịch Ủy ban nhân dân tỉnh (Hà Giang) 2019-11-29..2025-06-30"
    )
    assert "Giám đốc Sở Nông nghiệp và Phát triển nông thôn (Tuyên Quang)" in why
    assert first["joined_by"] == ["post"]


def _sources(store: Store) -> list[tuple[str, str, int]]:
    """Every source fact of every person edge, whoever it now hangs on."""
    rows = store.run(
        "MATCH (p:Person)-[h]->(x) UNWIND h.sources AS s"
        " RETURN p.key, coalesce(h.of, type(h)), x.id, s"
    ).rows
    return sorted(tuple(r) for r in rows)


@pytest.mark.parametrize("backend", BACKENDS)
def test_identity_decisions_survive_a_full_reload(backend: str, tmp_path: Path) -> None:
    gaz = gazetteer.default()
    path = tmp_path / "decisions.jsonl"
    with open_store(backend, tmp_path) as store:
        load(store, samples.articles(TENURE), FactsOf())
        facts = _sources(store)
        merged = resolve.merge(store, gaz, path, f"{THUAN}@hà-giang", f"{THUAN}@tuyên-quang")
        assert merged.persons == [THUAN]
        assert _posts(store, THUAN) == sorted(HG1 + TQ2, key=lambda r: (r[2], r[0]))
        assert _sources(store) == facts  # no source fact lost or added
        rotated = "person:lục-minh-tường"
        split = resolve.split(
            store, gaz, path, rotated, articles=["2025-06-30-tuyen-quang-cong-bo-hop-nhat-tinh.txt"]
        )
        assert split.persons == [f"{rotated}@hà-giang", f"{rotated}@tuyên-quang"]
        assert _sources(store) == facts
        before = dump(store)
        clear(store)
        load(store, samples.articles(TENURE)[::-1], FactsOf(), decisions=read_decisions(path))
        assert dump(store) == before
        resolve.undo(store, gaz, path)  # the split
        resolve.undo(store, gaz, path)  # the merge
        ids = store.run("MATCH (p:Person {key: $k}) RETURN p.id ORDER BY p.id", {"k": THUAN})
        assert [r[0] for r in ids.rows] == [f"{THUAN}@hà-giang", f"{THUAN}@tuyên-quang"]
        assert store.run("MATCH (p:Person {key: $k}) RETURN count(p)", {"k": rotated}).scalar() == 1
        assert _sources(store) == facts


def test_identity_refuses_a_decision_that_reverses_one_in_force(tmp_path: Path) -> None:
    gaz = gazetteer.default()
    path = tmp_path / "decisions.jsonl"
    with open_store("falkordb", tmp_path) as store:
        load(store, samples.articles(TENURE), FactsOf())
        resolve.merge(store, gaz, path, f"{THUAN}@hà-giang", f"{THUAN}@tuyên-quang")
        with pytest.raises(DecisionError, match=r"decision 1 \(merge\) says otherwise"):
            resolve.split(
                store, gaz, path, THUAN, articles=["2019-12-11-tuyen-quang-ky-hop-thu-9-hdnd.txt"]
            )
        with pytest.raises(DecisionError, match="no person"):
            resolve.merge(store, gaz, path, "person:nobody", THUAN)
        with pytest.raises(DecisionError, match="different names"):
            resolve.merge(store, gaz, path, THUAN, "person:lục-minh-tường")
        assert len(read_decisions(path)) == 1


def test_identity_survives_rdf_export_and_import(corpus: Store, tmp_path: Path) -> None:
    """Namesakes, mentions and identity evidence go to RDF under the shapes and back."""
    root = Path(__file__).parents[3]
    out = tmp_path / "tenure.nt"
    export_file(corpus, out, "nt", "https://partykg.org/id/", gazetteer.default())
    g = parse([out])
    conforms, report = validate(g, root / "shapes.ttl", root / "ontology.ttl")
    assert conforms, report
    hg = URIRef("https://partykg.org/id/person/lương-đức-thuận@hà-giang")
    tq = URIRef("https://partykg.org/id/person/lương-đức-thuận@tuyên-quang")
    assert (hg, OWL.differentFrom, tq) in g
    before = dump(corpus)
    with open_store("falkordb", tmp_path) as copy:
        import_rdf(copy, [out])
        assert dump(copy) == before


def test_identity_changed_article_of_a_namesake_reloads_cleanly(tmp_path: Path) -> None:
    """A changed article is retracted from the namesakes' persons and written again:
    the graph equals a fresh load of the changed corpus."""
    articles = samples.articles(TENURE)
    changed = [
        replace(a, text=a.text + "\n\nĐồng chí Lương Đức Thuận phát biểu bế mạc.")
        if a.source.startswith("2021-11-20")
        else a
        for a in articles
    ]
    with (
        open_store("falkordb", tmp_path / "a") as reloaded,
        open_store("falkordb", tmp_path / "b") as fresh,
    ):
        load(reloaded, articles, FactsOf())
        report = load(reloaded, changed, FactsOf())
        assert (report.replaced, report.unchanged) == (1, 15)
        load(fresh, changed, FactsOf())
        assert dump(reloaded) == dump(fresh)
        assert (
            reloaded.run("MATCH (p:Person {key: $k}) RETURN count(p)", {"k": THUAN}).scalar() == 2
        )


def test_identity_rewrites_only_the_articles_whose_units_move(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article naming one of two namesakes lands on the name's person and is moved
    to its own: the regrouping rewrites that article's entries, not the namesake's
    other articles on the edges it gains them on (it rewrote every source of those
    edges, so an increment cost more the more the name was seen)."""
    articles = samples.articles(TENURE)
    last = max((a for a in articles if "Lương Đức Thuận" in a.text), key=lambda a: a.source)
    load(store, [a for a in articles if a is not last], FactsOf())
    marked: list[str] = []
    write = store.write

    def recording(statements: list[tuple[str, dict[str, object]]]) -> None:
        for cypher, params in statements:
            if "SET a.complete = false" in cypher:
                marked.extend(str(i) for i in params["ids"])  # type: ignore[union-attr]
        write(statements)

    monkeypatch.setattr(store, "write", recording)
    load(store, [last], FactsOf())
    monkeypatch.undo()
    assert marked and set(marked) == {f"article:{last.source}"}
    assert store.run("MATCH (p:Person {key: $k}) RETURN count(p)", {"k": THUAN}).scalar() == 2


def test_identity_keeps_tenures_digest_of_the_holdings_it_writes(
    store: Store, monkeypatch: pytest.MonkeyPatch, placing: str
) -> None:
    """The holdings the regrouping writes keep what tenure picks of their entries, as a
    load's appends do: tenure, which runs next, then need not read them whole (a
    namesake's holding seen in thousands of articles was read whole after each load
    that moved one of its units)."""
    articles = samples.articles(TENURE)
    last = max((a for a in articles if "Lương Đức Thuận" in a.text), key=lambda a: a.source)
    load(store, [a for a in articles if a is not last], FactsOf())
    write = store.write
    digests: list[list[tuple[object, object]]] = []

    def checking(statements: list[tuple[str, dict[str, object]]]) -> None:
        write(statements)
        if _regrouping(statements):
            rows = store.run(
                "MATCH (p:Person {key: $k})-[h:HOLDS]->(x) RETURN p.id, x.id, properties(h)",
                {"k": THUAN},
            ).rows
            edges = with_pages(store, {("HOLDS", p, x): props for p, x, props in rows})[0]
            digests.append(
                [
                    (props.get("notable"), notable(edge_entries("HOLDS", props).values()))
                    for props in edges.values()
                ]
            )

    monkeypatch.setattr(store, "write", checking)
    load(store, [last], FactsOf())
    monkeypatch.undo()
    (holdings,) = digests
    assert len(holdings) > 1 and all(kept == picked for kept, picked in holdings)


def _regrouping(statements: list[tuple[str, dict[str, object]]]) -> bool:
    """Whether a write is a regrouping's (`_rebuild`): it writes the namesakes' edges."""
    return any("(p:Person {id: r.p})-[h:" in cypher for cypher, _ in statements)


def _on_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loads put a mention on the name's key, as when the name is not split yet."""
    monkeypatch.setattr(graph_load, "placed", lambda _store, batch: list(batch))


@pytest.fixture(params=["guessed", "on the key"])
def placing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """A load puts a split name's new mention on the namesake it likely is ("guessed"),
    or (when the load itself splits the name) on the name's key, which the regrouping
    takes away: each way the regrouping moves what is misplaced."""
    if request.param != "guessed":
        _on_the_key(monkeypatch)
    return str(request.param)


def test_identity_a_load_puts_a_namesake_s_mention_in_place(store: Store) -> None:
    """An article naming one of two namesakes by a post he holds is written on him: the
    regrouping after the load has nothing to move (it rewrote the namesake's edges, at a
    cost that grew with how often the name was seen), and the graph is a clean load's."""
    articles = samples.articles(TENURE)
    load(store, articles, FactsOf())
    clean = dump(store)
    one = store.run(
        "MATCH (a:Article)-[:MENTIONS]->(p:Person {key: $k}) WITH a, count(p) AS n"
        " WHERE n = 1 RETURN a.id ORDER BY a.date DESC, a.id DESC LIMIT 1",
        {"k": THUAN},
    ).scalar()
    clear(store)
    load(store, [a for a in articles if f"article:{a.source}" != one], FactsOf())
    (last,) = [a for a in articles if f"article:{a.source}" == one]
    write, regroupings = store.write, []

    def counting(statements: list[tuple[str, dict[str, object]]]) -> None:
        regroupings.append(_regrouping(statements))
        write(statements)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store, "write", counting)
        load(store, [last], FactsOf())
    assert regroupings and not any(regroupings)
    assert dump(store) == clean


def _all_but_the_last_namesake(
    store: Store, copies: int = 0
) -> tuple[Article, dict[str, list[Any]]]:
    """The last article naming Lương Đức Thuận (whose namesakes it sets apart), and the
    graph a clean load of every article gives; the store then holds all the others
    (with `copies` more of the article before it, under other names, so that his
    holdings have more sources)."""
    articles = samples.articles(TENURE)
    last = max((a for a in articles if "Lương Đức Thuận" in a.text), key=lambda a: a.source)
    before = max(
        (a for a in articles if "Lương Đức Thuận" in a.text and a is not last),
        key=lambda a: a.source,
    )
    articles += [replace(before, source=f"{before.source}-copy-{i}") for i in range(copies)]
    load(store, articles, FactsOf())
    clean = dump(store)
    clear(store)
    load(store, [a for a in articles if a is not last], FactsOf())
    return last, clean


@pytest.mark.slow
def test_identity_regrouping_cut_short_is_finished_by_the_next_load(
    store: Store, placing: str
) -> None:
    """A load killed after each statement of the regrouping it set off (edges rewritten
    in place, their lists, dates and cache apart) leaves the articles whose units moved
    incomplete: loading them again gives the graph a clean load gives."""
    last, clean = _all_but_the_last_namesake(store)
    others = [a for a in samples.articles(TENURE) if a.source != last.source]
    size = write_size(store, _regrouping, lambda: load(store, [last], FactsOf()))
    assert dump(store) == clean
    assert size > 5  # marks, persons, mentions, the edge in place, marks
    for cut in range(1, size):
        clear(store)
        load(store, others, FactsOf())
        killed_after(store, _regrouping, cut, lambda: load(store, [last], FactsOf()))
        load(store, [last], FactsOf())
        assert dump(store) == clean, f"cut after {cut} of {size} statements"


def test_identity_rewrites_a_namesake_s_edge_whose_dates_are_not_its_entries(
    store: Store,
) -> None:
    """A regrouping killed after an edge's lists, before its dates, leaves dates its
    entries do not give. The rerun takes back only the articles whose entries moved, and
    this edge lost them, so no retraction sets its dates again: the next settling finds
    every unit placed as wanted, and must still write the edge."""
    load(store, samples.articles(TENURE), FactsOf())
    clean = dump(store)
    ((person, post),) = store.run(
        "MATCH (p:Person {key: 'person:lương-đức-thuận'})-[h:HOLDS]->(x:Post)"
        " WHERE p.id <> p.key AND h.first_seen < h.last_seen"
        " RETURN p.id, x.id ORDER BY p.id, x.id LIMIT 1"
    ).rows
    store.write(
        [
            (
                "MATCH (:Person {id: $p})-[h:HOLDS]->(:Post {id: $x})"
                " SET h.first_seen = '2000-01-01'",
                {"p": person, "x": post},
            )
        ]
    )
    settle(store, gazetteer.default())
    assert dump(store) == clean


@pytest.mark.slow
def test_identity_regrouping_cut_short_keeps_the_pages_of_the_holdings_it_rewrites(
    store: Store, monkeypatch: pytest.MonkeyPatch, placing: str
) -> None:
    """The same with holdings whose pages keep some of their entries: a page keeps what
    stays where it is, so no article but those whose units moved is disturbed, and the
    next load of them gives the clean graph."""
    monkeypatch.setattr(pages, "PAGE_SIZE", 2)
    last, clean = _all_but_the_last_namesake(store, copies=3)
    others = dump(store)
    assert store.run("MATCH ()-[g:PAGE]->() RETURN count(g)").scalar()
    size = write_size(store, _regrouping, lambda: load(store, [last], FactsOf()))
    assert dump(store) == clean
    for cut in range(1, size):
        clear(store)
        _all_but_the_last_namesake(store, copies=3)
        assert dump(store) == others
        killed_after(store, _regrouping, cut, lambda: load(store, [last], FactsOf()))
        load(store, [last], FactsOf())
        assert dump(store) == clean, f"cut after {cut} of {size} statements"


def test_identity_regrouping_leaves_an_article_cut_short_incomplete(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A load killed after an article's nodes, before its facts; another load's settling
    then moves that article's unit to a namesake. The article stays incomplete (the
    regrouping marked every article it moved complete when done, so the rerun took it
    for loaded and its facts were never written): the rerun gives a clean load's graph."""
    last, clean = _all_but_the_last_namesake(store)

    def killed(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("graph.load._complete", killed)
    with pytest.raises(KeyboardInterrupt):
        load(store, [last], FactsOf())
    monkeypatch.undo()
    settle(store, gazetteer.default(), whole=False)
    assert (
        store.run(
            "MATCH (a:Article {id: $a}) RETURN a.complete", {"a": f"article:{last.source}"}
        ).rows[0][0]
        is False
    )
    load(store, [last], FactsOf())
    assert dump(store) == clean


def test_identity_regrouping_between_a_load_s_nodes_and_its_facts_loses_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A load writes an article's nodes; another load's settling then regroups the name
    and takes away the person the article named (its mention moved to a namesake); then
    the first load writes the article's facts. They were dropped, for no person of that
    id was left, and the article marked complete, so no rerun brought them back: the
    load now gives a clean load's graph. (The load puts the mention on the name's key,
    as one does when the name is not split yet.)"""
    last, clean = _all_but_the_last_namesake(store)
    _on_the_key(monkeypatch)
    write_entries = graph_load._write_entries
    gone: list[bool] = []

    def settled_first(store: Store, batch: list[ArticleFacts], report: LoadReport) -> None:
        ids = [p for f in batch for p in f.nodes if p.startswith("person:lương-đức-thuận")]
        settle(store, gazetteer.default(), whole=False)
        left = "UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN count(p)"
        gone.append(store.run(left, {"ids": ids}).rows[0][0] < len(ids))
        write_entries(store, batch, report)

    monkeypatch.setattr(graph_load, "_write_entries", settled_first)
    load(store, [last], FactsOf())
    monkeypatch.undo()
    assert gone == [True]  # the settling did take a person the article named
    assert dump(store) == clean


def test_identity_regrouping_killed_before_the_readings_leaves_no_person_unnamed(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A load killed right after the regrouping it set off was written: the persons it
    made had no name (their readings were left to a later pass), and the rerun, finding
    nothing to move, never read them. The rerun now gives a clean load's graph."""
    articles = samples.articles(TENURE)
    later = [a for a in articles if "Lương Đức Thuận" in a.text and "Tuyên Quang" in a.text]
    load(store, articles, FactsOf())
    clean = dump(store)
    clear(store)
    load(store, [a for a in articles if a not in later], FactsOf())
    write = store.write

    def killed(statements: list[tuple[str, dict[str, object]]]) -> None:
        write(statements)
        if any("CREATE (p:Person" in cypher for cypher, _ in statements):
            raise KeyboardInterrupt

    monkeypatch.setattr(store, "write", killed)
    with pytest.raises(KeyboardInterrupt):
        load(store, later, FactsOf())
    monkeypatch.undo()
    load(store, later, FactsOf())
    assert dump(store) == clean


# One name in two provinces at once: two persons, whose new mentions a load places.
_NAME = "Nguyễn Văn Một"
_SAID = "Ngày {d}, đồng chí {n}, {t}, chủ trì hội nghị."
_AWAY = (
    "Ngày 1/3/2022, tại tỉnh Tuyên Quang, đồng chí {n}, Bí thư Tỉnh ủy Hà Giang, dự hội nghị"
    " của tỉnh Tuyên Quang."
)


# Titles of both namesakes on one mention: the load guesses the nearer in time; the
# clustering joins it by the first post, the other refused (its units, sorted before
# this article's, joined first).
_BOTH = (
    "Ngày 1/3/2022, đồng chí {n}, Bí thư Tỉnh ủy Hà Giang, Chủ tịch UBND tỉnh Tuyên Quang,"
    " chủ trì hội nghị."
)


# The name without a title, in an article from the other province.
_UNTITLED = "Ngày {d}, tại tỉnh Tuyên Quang, đồng chí {n} dự hội nghị."


def _said(source: str, day: str, title: str, name: str = _NAME) -> Article:
    return Article(source, _SAID.format(d=day, n=name, t=title))


_SPLIT = [
    _said("h1", "1/3/2020", "Bí thư Tỉnh ủy Hà Giang"),
    _said("h2", "1/3/2021", "Bí thư Tỉnh ủy Hà Giang"),
    _said("t1", "1/6/2020", "Chủ tịch UBND tỉnh Tuyên Quang"),
    _said("t2", "1/6/2021", "Chủ tịch UBND tỉnh Tuyên Quang"),
]


def _clean(store: Store, articles: list[Article]) -> dict[str, list[Any]]:
    """The graph a clean load of `articles` gives, left in `store`."""
    clear(store)
    load(store, articles, FactsOf())
    return dump(store)


def test_identity_a_placed_mention_whose_namesake_goes_meanwhile_is_regrouped(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A load places a mention on one of two namesakes; between its nodes and its facts
    another load's edit makes the name one person again, and that namesake goes. The
    first load's record then named the gone id as a key no person has, so its settling
    left the article on a person of its own: it now regroups the name."""
    load(store, _SPLIT, FactsOf())
    assert store.run("MATCH (p:Person) WHERE p.id <> p.key RETURN count(p)").scalar() == 2
    late = _said("late", "1/3/2022", "Bí thư Tỉnh ủy Hà Giang")
    edited = _said("t2", "1/6/2021", "Chủ tịch UBND tỉnh Tuyên Quang", "Trần Văn Hai")
    write_entries = graph_load._write_entries

    def edited_first(store_: Store, batch: list[ArticleFacts], report: LoadReport) -> None:
        monkeypatch.undo()
        load(store, [edited], FactsOf())
        write_entries(store_, batch, report)

    monkeypatch.setattr(graph_load, "_write_entries", edited_first)
    load(store, [late], FactsOf())
    got = dump(store)
    assert got == _clean(store, [*_SPLIT[:3], edited, late])


def test_identity_a_placed_mention_moved_meanwhile_is_taken_back_with_its_article(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A load places a mention on the namesake whose post it names; another load's
    settling, between its nodes and its facts, moves it to the other (the article is
    from that one's province), who stays. The facts then went onto the first, which the
    article no longer mentions, so a later edit of the article left them there."""
    load(store, _SPLIT, FactsOf())
    write_entries = graph_load._write_entries

    def settled_first(store_: Store, batch: list[ArticleFacts], report: LoadReport) -> None:
        settle(store, gazetteer.default(), whole=False)
        write_entries(store_, batch, report)

    def killed(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(graph_load, "_write_entries", settled_first)
    monkeypatch.setattr(graph_load, "settle", killed)
    with pytest.raises(KeyboardInterrupt):
        load(store, [Article("late", _AWAY.format(n=_NAME))], FactsOf())
    monkeypatch.undo()
    edited = Article("late", _AWAY.format(n="Trần Văn Hai"))
    load(store, [edited], FactsOf())
    got = dump(store)
    assert got == _clean(store, [*_SPLIT, edited])


@pytest.mark.slow
def test_identity_regrouping_cut_short_leaves_a_moved_mention_to_take_back(store: Store) -> None:
    """An article naming both namesakes is placed on one; the regrouping moving the
    other's mention to him, killed after each of its statements, then the article edited
    (the other now someone else): the old mention went before the entries moved, so a
    kill between left entries no mention reached, which a retraction misses (with pages,
    a later write then dropped another article's entry). Whatever the cut, every entry
    is reached, and the edit gives a clean load's graph."""
    both, edited = (Article("z", _BOTH.format(n=n)) for n in (_NAME, "Trần Văn Hai"))
    clean = _clean(store, [*_SPLIT, edited])
    clear(store)
    load(store, _SPLIT, FactsOf())
    size = write_size(store, _regrouping, lambda: load(store, [both], FactsOf()))
    for cut in range(1, size):
        _clean(store, _SPLIT)
        killed_after(store, _regrouping, cut, lambda: load(store, [both], FactsOf()))
        unreached = store.run(
            "MATCH (p:Person)-[h]->() WHERE 'article:z' IN h.sources"
            " AND NOT (:Article {id: 'article:z'})-[:MENTIONS]->(p) RETURN p.id, type(h)"
        ).rows
        assert not unreached, f"cut after {cut} of {size} statements: {unreached}"
        load(store, [edited], FactsOf())
        assert dump(store) == clean, f"cut after {cut} of {size} statements"


def test_identity_a_name_made_one_person_again_keeps_no_identity(store: Store) -> None:
    """Two namesakes, then edits leave the name's posts in one province, its other
    articles from another province naming him without a title: one person, as a clean
    load (where the name is never a candidate) has him, with no identity of namesakes."""
    load(store, _SPLIT, FactsOf())
    edited = [
        Article(s, _UNTITLED.format(d=d, n=_NAME))
        for s, d in (("t1", "1/6/2020"), ("t2", "1/6/2021"))
    ]
    load(store, edited, FactsOf())
    got = dump(store)
    assert got == _clean(store, [*_SPLIT[:2], *edited])


def test_identity_candidates_count_the_provinces_of_posts_held(store: Store) -> None:
    """A name is a candidate for namesakes by the provinces of the posts its persons
    hold, counted for a key an analyst decided on too; a post whose province is empty
    (hand-written, or imported) is in none."""
    load(
        store,
        [*_SPLIT[:2], _said("c1", "1/6/2021", "Ủy viên Ban Chấp hành Trung ương Đảng")],
        FactsOf(),
    )
    store.run(
        "MATCH (:Person)-[:HOLDS]->(x:Post) WHERE x.province IS NULL SET x.province = ''",
        write=True,
    )
    key = person_key(_NAME)
    assert candidates(store, []) == {}
    load(store, _SPLIT[2:], FactsOf())
    assert candidates(store, []) == {key: 2}
    decided = [Decision(1, "split", key, ("article:h1#0",), ("article:t1#0",))]
    assert candidates(store, decided, among={key}) == {key: 2}
    # Outside those a load reached, a decided name is read only once its decision
    # changes, which the settling puts among them.
    assert candidates(store, decided, among=set()) == {}


def test_identity_a_split_undone_leaves_one_person_without_identity(store: Store) -> None:
    """An analyst splits a name whose posts lie in one province (his untitled article
    from another apart), then undoes it: one person again, without the identity the
    split gave, as a clean load under both decisions has him."""
    key = person_key(_NAME)
    away = Article("x1", _UNTITLED.format(d="1/6/2020", n=_NAME))
    articles = [*_SPLIT[:2], away]
    load(store, articles, FactsOf())
    split = Decision(1, "split", key, ("article:h1#0", "article:h2#0"), ("article:x1#",))
    settle(store, gazetteer.default(), [split])
    assert store.run("MATCH (p:Person {key: $k}) RETURN count(p)", {"k": key}).scalar() == 2
    decisions = [split, Decision(2, "undo", key, undoes=1)]
    settle(store, gazetteer.default(), decisions)
    got = dump(store)
    clear(store)
    load(store, articles, FactsOf(), decisions=decisions)
    assert got == dump(store)


_SPLIT_AWAY = Decision(
    1, "split", person_key(_NAME), ("article:h1#0", "article:h2#0"), ("article:x1#",)
)


@pytest.mark.parametrize(
    ("before", "after", "persons"),
    [
        ([], [_SPLIT_AWAY], 2),
        ([_SPLIT_AWAY], [_SPLIT_AWAY, Decision(2, "undo", person_key(_NAME), undoes=1)], 1),
        ([_SPLIT_AWAY], [_SPLIT_AWAY, Decision(2, "undo", undoes=1)], 1),
        ([_SPLIT_AWAY], [], 1),
        ([_SPLIT_AWAY, Decision(2, "undo", undoes=1)], [_SPLIT_AWAY], 2),
    ],
    ids=["split", "undo", "undo without its key", "split gone", "undo gone"],
)
def test_identity_a_decision_a_load_meets_first_regroups_its_name(
    store: Store, before: list[Decision], after: list[Decision], persons: int
) -> None:
    """A load given a decision no settling has applied yet (the decisions file written
    by hand, or shared by a colleague) regroups its name, though none of the load's
    articles names it, and derives the tenures of the persons that gives: the graph is
    the clean load's under those decisions, also when the load is killed after the
    regrouping and run again."""
    key = person_key(_NAME)
    articles = [*_SPLIT[:2], Article("x1", _UNTITLED.format(d="1/6/2020", n=_NAME))]
    load(store, articles, FactsOf(), decisions=before)
    other = _said("o1", "1/7/2021", "Bí thư Tỉnh ủy Cao Bằng", name="Trần Văn Hai")
    load(store, [other], FactsOf(), decisions=after)
    count = "MATCH (p:Person {key: $k}) RETURN count(p)"
    assert store.run(count, {"k": key}).scalar() == persons
    got = dump(store)
    clear(store)
    load(store, [*articles, other], FactsOf(), decisions=after)
    assert got == dump(store)
    clear(store)
    load(store, articles, FactsOf(), decisions=before)
    killed_after(store, _identities, 0, lambda: load(store, [other], FactsOf(), decisions=after))
    load(store, [other], FactsOf(), decisions=after)
    assert got == dump(store)


def test_identity_a_decision_made_while_a_load_runs_is_applied_by_its_settling(
    store: Store, tmp_path: Path
) -> None:
    """A load reading the decisions file when it settles applies one an analyst
    recorded while it ran, rather than settling under the decisions it started with."""
    path = tmp_path / "decisions.jsonl"
    articles = [*_SPLIT[:2], Article("x1", _UNTITLED.format(d="1/6/2020", n=_NAME))]
    load(store, articles, FactsOf())
    other = _said("o1", "1/7/2021", "Bí thư Tỉnh ủy Cao Bằng", name="Trần Văn Hai")

    def stage(what: str) -> None:
        if what.startswith("settling"):
            append_decision(path, _SPLIT_AWAY)

    load(store, [other], FactsOf(), decisions=lambda: read_decisions(path), stage=stage)
    count = "MATCH (p:Person {key: $k}) RETURN count(p)"
    assert store.run(count, {"k": person_key(_NAME)}).scalar() == 2
    got = dump(store)
    clear(store)
    load(store, [*articles, other], FactsOf(), decisions=[_SPLIT_AWAY])
    assert dump(store) == got


@pytest.mark.parametrize(
    ("applied", "now", "keys"),
    [
        ([], [], set()),
        ([], [_SPLIT_AWAY], {person_key(_NAME)}),
        ([_SPLIT_AWAY], [_SPLIT_AWAY], set()),
        ([_SPLIT_AWAY], [], {person_key(_NAME)}),
        ([_SPLIT_AWAY], [_SPLIT_AWAY, Decision(2, "undo", undoes=1)], {person_key(_NAME)}),
        ([_SPLIT_AWAY, Decision(2, "undo", undoes=1)], [_SPLIT_AWAY], {person_key(_NAME)}),
        ([_SPLIT_AWAY], [replace(_SPLIT_AWAY, note="misread")], {person_key(_NAME)}),
        (
            [_SPLIT_AWAY],
            [_SPLIT_AWAY, Decision(2, "undo", THUAN, undoes=1)],
            {person_key(_NAME), THUAN},
        ),
        (
            [_SPLIT_AWAY],
            [_SPLIT_AWAY, Decision(2, "merge", THUAN, ("a#0",), ("b#0",))],
            {THUAN},
        ),
    ],
    ids=[
        "none",
        "made",
        "same",
        "gone",
        "undone",
        "undo gone",
        "altered",
        "undo keyed otherwise",
        "another",
    ],
)
def test_identity_changed_names_are_those_of_the_decisions_that_differ(
    applied: list[Decision], now: list[Decision], keys: set[str]
) -> None:
    assert changed([digest(d) for d in applied], {digest(d): d for d in now})[1] == keys


@pytest.mark.parametrize("backend", BACKENDS)
def test_identity_a_decision_settles_under_every_decision_recorded_before_it_settles(
    backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two analysts decide at once: the second records and settles between the first's
    recording and its settling. The first settles under both, read when it settles, not
    under the decisions it read before: that withdrew the second's until the next load."""
    gaz = gazetteer.default()
    path = tmp_path / "decisions.jsonl"
    rotated = "person:lục-minh-tường"
    real = resolve.settle
    with open_store(backend, tmp_path) as store:
        load(store, samples.articles(TENURE), FactsOf())

        def meanwhile(*args: Any, **kwargs: Any) -> None:
            monkeypatch.setattr(resolve, "settle", real)
            resolve.split(
                store,
                gaz,
                path,
                rotated,
                articles=["2025-06-30-tuyen-quang-cong-bo-hop-nhat-tinh.txt"],
            )
            real(*args, **kwargs)

        monkeypatch.setattr(resolve, "settle", meanwhile)
        resolve.merge(store, gaz, path, f"{THUAN}@hà-giang", f"{THUAN}@tuyên-quang")
        assert [d.op for d in read_decisions(path)] == ["merge", "split"]
        got = dump(store)
        clear(store)
        load(store, samples.articles(TENURE), FactsOf(), decisions=read_decisions(path))
        assert dump(store) == got


def test_identity_a_decision_s_digest_keeps_what_a_settling_redoes_without_its_units() -> None:
    """The graph keeps a digest of each decision it applied, not its units (a merge of a
    popular official lists thousands): the fields that find its name and posts again,
    and a hash that tells it altered."""
    place = Decision(
        3, "place", THUAN, ("a#0",) * 500, post="post:x", to="post:y", province="Hà Giang"
    )
    kept = digest(place)
    assert "a#0" not in kept and len(kept) < 300
    assert Decision.parse(kept) == replace(place, left=())
    assert digest(replace(place, left=("b#0",))) != kept


def _reading(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name keys the regrouping reads from now on, in order."""
    keys: list[str] = []
    real = identity._read

    def read(store: Store, key: str, *args: Any) -> Any:
        keys.append(key)
        return real(store, key, *args)

    monkeypatch.setattr(identity, "_read", read)
    return keys


@pytest.mark.parametrize(
    "decisions",
    [[_SPLIT_AWAY], [_SPLIT_AWAY, Decision(2, "undo", undoes=1)]],
    ids=["in force", "undone"],
)
def test_identity_a_load_reads_no_name_of_a_decision_already_applied(
    store: Store, monkeypatch: pytest.MonkeyPatch, decisions: list[Decision]
) -> None:
    """Once a settling has applied a decision, a load naming none of its name's persons
    does not read that name again: each load read every name a decision ever named, a
    popular official's thousands of units each time. A load naming it reads it."""
    key = person_key(_NAME)
    articles = [*_SPLIT[:2], Article("x1", _UNTITLED.format(d="1/6/2020", n=_NAME))]
    load(store, articles, FactsOf(), decisions=decisions)
    read = _reading(monkeypatch)
    other = _said("o1", "1/7/2021", "Bí thư Tỉnh ủy Cao Bằng", name="Trần Văn Hai")
    load(store, [other], FactsOf(), decisions=decisions)
    assert key not in read
    load(store, _SPLIT[2:3], FactsOf(), decisions=decisions)
    assert key in read


@pytest.mark.parametrize("backend", BACKENDS)
def test_identity_a_decision_regroups_its_name_alone(
    backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An analyst's merge, split or undo reads and regroups the name it is about, not
    every name with namesakes: each settled the whole graph, minutes on a national one.
    The graph is still the clean load's under the decisions."""
    gaz = gazetteer.default()
    path = tmp_path / "decisions.jsonl"
    rotated = "person:lục-minh-tường"
    with open_store(backend, tmp_path) as store:
        load(store, samples.articles(TENURE), FactsOf())
        read = _reading(monkeypatch)
        resolve.merge(store, gaz, path, f"{THUAN}@hà-giang", f"{THUAN}@tuyên-quang")
        assert set(read) == {THUAN}
        read.clear()
        resolve.split(
            store, gaz, path, rotated, articles=["2025-06-30-tuyen-quang-cong-bo-hop-nhat-tinh.txt"]
        )
        resolve.undo(store, gaz, path, 1)
        assert set(read) == {rotated, THUAN}
        got = dump(store)
        clear(store)
        load(store, samples.articles(TENURE), FactsOf(), decisions=read_decisions(path))
        assert dump(store) == got


def _identities(statements: list[tuple[str, dict[str, object]]]) -> bool:
    """Whether a write is the one that ends a regrouping: the persons' identities."""
    return any("r.props" in cypher and "namesakes" in cypher for cypher, _ in statements)
