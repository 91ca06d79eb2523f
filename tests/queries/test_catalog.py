"""The query catalog: well-formed files, and the expected rows on the sample articles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import queries
from graph.derive.tenure import CHANGE_KINDS
from graph.schema import entry_fields
from graph.store.base import Store, clear
from tests import samples
from tests.conftest import neo4j_test_store
from tests.graph.conftest import BACKENDS, open_store, operators, plan_nodes

A1, A2 = "article:001_bddf68c9230f3abc.txt", "article:002_91545d0f5325f2b1.txt"


samples_in = pytest.fixture(scope="module", name="samples_in")(samples.stores)
loaded = pytest.fixture(params=BACKENDS, name="loaded")(samples.loaded)


def _rows(store: Store, query: str, **params: str) -> list[dict[str, Any]]:
    return queries.run(store, query, params).records()


def test_catalog_every_file_parses_with_an_example() -> None:
    catalog = queries.catalog()
    assert len(catalog) >= 8
    for query in catalog.values():
        assert query.example.startswith(f"kg query {query.name}")


def test_catalog_person_timeline(loaded: Store) -> None:
    rows = _rows(loaded, "person-timeline", name="Nguyen Huu Dong")
    assert [(r["post"], r["province"], r["first_seen"], r["last_seen"]) for r in rows] == [
        ("Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", None, "2019-11-16", "2019-11-16"),
        ("Bí thư Tỉnh ủy", "Sơn La", "2019-11-16", "2022-12-07"),
        ("Trưởng Đoàn đại biểu Quốc hội tỉnh", "Sơn La", "2022-12-07", "2022-12-07"),
        ("Ủy viên Ban Chấp hành Trung ương Đảng", None, "2022-12-07", "2022-12-07"),
    ]
    assert rows[1]["sources"] == [A1, A2]


def test_catalog_post_holders(loaded: Store) -> None:
    rows = _rows(loaded, "post-holders", title="Phó Bí thư Thường trực Tỉnh ủy", province="Sơn La")
    assert [(r["person"], r["first_seen"], r["last_seen"]) for r in rows] == [
        ("Nguyễn Đắc Quỳnh", "2019-11-16", "2019-11-16"),
        ("Lò Minh Hùng", "2022-12-07", "2025-08-15"),
    ]
    central = _rows(loaded, "post-holders", title="Ủy viên Ban Chấp hành Trung ương Đảng")
    assert {r["person"] for r in central} == {"Nguyễn Hữu Đông", "Lâm Thị Phương Thanh"}


def test_catalog_chaired_meetings(loaded: Store) -> None:
    rows = _rows(loaded, "chaired-meetings", name="lo minh hung")
    assert [(r["meeting"], r["date"]) for r in rows] == [
        ("Hội nghị quán triệt", "2022-12-07"),
        ("Hội nghị Ban Thường vụ Tỉnh ủy", "2025-08-15"),
    ]


def test_catalog_meeting_attendance(loaded: Store) -> None:
    rows = _rows(loaded, "meeting-attendance", meeting="cán bộ chủ chốt", date="2019")
    assert [(r["person"], r["role"]) for r in rows] == [
        ("Hoàng Quốc Khánh", "chaired"),
        ("Nguyễn Hữu Đông", "chaired"),
        ("Nguyễn Đắc Quỳnh", "chaired"),
        ("Nguyễn Thái Hưng", "attended"),
    ]
    assert _rows(loaded, "meeting-attendance", meeting="cán bộ chủ chốt", date="2020") == []


def test_catalog_organ_documents(loaded: Store) -> None:
    rows = _rows(loaded, "organ-documents", organ="Ban Thường vụ Tỉnh ủy", province="Lạng Sơn")
    assert [(r["document"], r["action"], r["issued"]) for r in rows] == [
        ("101-NQ/TU", "discussed", "2019-12-12")
    ]
    assert _rows(loaded, "organ-documents", organ="Ban Thường vụ Tỉnh ủy", province="Sơn La") == []


def test_catalog_document_meetings(loaded: Store) -> None:
    rows = _rows(loaded, "document-meetings", number="223/KH-UBND")
    assert [(r["meeting"], r["action"], r["province"]) for r in rows] == [
        ("Hội nghị cán bộ chủ chốt toàn tỉnh", "disseminated", "Sơn La")
    ]


def test_catalog_document_references(loaded: Store) -> None:
    rows = _rows(loaded, "document-references", number="21-KL/TW")
    assert [(r["document"], r["province"], r["cites"]) for r in rows] == [
        ("58-KH/TU", "Cao Bằng", "21-KL/TW")
    ]


def test_catalog_document_cites(loaded: Store) -> None:
    rows = _rows(loaded, "document-cites", number="58-KH/TU")
    assert [(r["document"], r["cites"]) for r in rows] == [("58-KH/TU", "21-KL/TW")]
    assert _rows(loaded, "document-cites", number="21-KL/TW") == []  # the other way


def test_catalog_fact_sources(loaded: Store) -> None:
    """One fact's sources newest first, a page at a time, with how many there are."""
    person, post = "person:nguyễn-hữu-đông", "post:bí-thư-tỉnh-ủy@sơn-la"
    rows = _rows(loaded, "fact-sources", person=person, target=post)
    assert [(r["seen"], r["article"], r["of"]) for r in rows] == [
        ("2022-12-07", A2, 2),
        ("2019-11-16", A1, 2),
    ]
    assert all("Nguyễn Hữu Đông" in r["sentence"] for r in rows)
    second = _rows(loaded, "fact-sources", person=person, target=post, offset="1", limit="1")
    assert [r["article"] for r in second] == [A1]
    assert _rows(loaded, "fact-sources", person=person, target="post:nothing") == []


def test_catalog_person_meetings(loaded: Store) -> None:
    rows = _rows(loaded, "person-meetings", person="person:nguyễn-thái-hưng")
    assert [(r["meeting"], r["date"], r["role"]) for r in rows] == [
        ("Hội nghị cán bộ chủ chốt toàn tỉnh", "2019-11-16", "attended")
    ]
    chaired = _rows(loaded, "chaired-meetings", name="lo minh hung")
    mine = _rows(loaded, "person-meetings", person="person:lò-minh-hùng")
    assert [(r["meeting"], r["role"]) for r in mine] == [
        (r["meeting"], "chaired") for r in chaired
    ][::-1]
    newest = _rows(loaded, "person-meetings", person="person:lò-minh-hùng", limit="1")
    assert [r["date"] for r in newest] == ["2025-08-15"]


def test_catalog_colleagues_are_co_attendance_by_id(loaded: Store) -> None:
    rows = _rows(loaded, "colleagues", person="person:nguyễn-hữu-đông")
    together = _rows(loaded, "co-attendance", name="Nguyễn Hữu Đông")
    assert [(r["colleague"], r["meetings"]) for r in rows] == [
        (r["colleague"], r["meetings"]) for r in together
    ] != []  # fmt: skip
    assert len(_rows(loaded, "colleagues", person="person:nguyễn-hữu-đông", limit="2")) == 2


def test_catalog_meeting_documents(loaded: Store) -> None:
    rows = _rows(loaded, "meeting-documents", meeting="kỳ chuyên đề", date="2020-12")
    assert [(r["document"], r["action"], r["issued"]) for r in rows] == [
        ("101-NQ/TU", "discussed", "2019-12-12")
    ]
    assert _rows(loaded, "meeting-documents", meeting="kỳ chuyên đề", date="2021") == []


def test_catalog_organ_posts(loaded: Store) -> None:
    rows = _rows(loaded, "organ-posts", organ="tỉnh ủy", province="Sơn La")
    held = [(r["post"], r["person"], r["status"]) for r in rows]
    assert held[:2] == [("Bí thư Tỉnh ủy", "Nguyễn Hữu Đông", "unknown"),
                        ("Phó Bí thư Thường trực Tỉnh ủy", "Lò Minh Hùng", "current")]  # fmt: skip
    assert ("Phó Bí thư Thường trực Tỉnh ủy", "Nguyễn Đắc Quỳnh", "ended") in held


def test_catalog_province_officials(loaded: Store) -> None:
    rows = _rows(loaded, "province-officials", province="Sơn La")
    assert rows[0]["person"] == "Lò Minh Hùng"
    assert {r["person"] for r in rows} == {
        "Lò Minh Hùng",
        "Hoàng Quốc Khánh",
        "Nguyễn Hữu Đông",
        "Nguyễn Thái Hưng",
        "Nguyễn Đắc Quỳnh",
    }
    assert sorted(next(r["posts"] for r in rows if r["person"] == "Nguyễn Hữu Đông")) == [
        "Bí thư Tỉnh ủy",
        "Trưởng Đoàn đại biểu Quốc hội tỉnh",
    ]


def test_catalog_province_posts(loaded: Store) -> None:
    rows = _rows(loaded, "province-posts", province="Lạng Sơn")
    assert [(r["post"], r["organ"], r["person"]) for r in rows] == [
        ("Bí thư Tỉnh ủy", "Tỉnh ủy", "Lâm Thị Phương Thanh")
    ]


def test_catalog_co_attendance(loaded: Store) -> None:
    """Each colleague's first and last shared meeting, not every date: a provincial
    secretary shares hundreds of meetings with some colleagues."""
    rows = _rows(loaded, "co-attendance", name="Nguyễn Hữu Đông")
    assert [(r["colleague"], r["meetings"], r["first"], r["last"]) for r in rows] == [
        ("Hoàng Quốc Khánh", 2, "2019-11-16", "2022-12-07"),
        ("Lò Minh Hùng", 1, "2022-12-07", "2022-12-07"),
        ("Nguyễn Thái Hưng", 1, "2019-11-16", "2019-11-16"),
        ("Nguyễn Đắc Quỳnh", 1, "2019-11-16", "2019-11-16"),
    ]
    first = _rows(loaded, "co-attendance", name="Nguyễn Hữu Đông", limit="1")
    assert [r["colleague"] for r in first] == ["Hoàng Quốc Khánh"]


def test_catalog_co_attendance_exports_the_meetings_of_every_colleague(loaded: Store) -> None:
    meetings = {r["_meeting"] for r in queries.answer(
        loaded, "person-meetings", {"person": "person:nguyễn-hữu-đông"}).records()}  # fmt: skip
    seeds = queries.node_ids(loaded, ["co-attendance"], {"name": "Nguyễn Hữu Đông", "limit": "1"})
    assert len(meetings) == 2 and meetings <= seeds
    assert queries.node_ids(loaded, ["co-attendance"], {"name": "Nguyễn Hữu Đông"}) >= meetings


def test_catalog_changes(loaded: Store) -> None:
    """Since a date: each start, end and first sighting on or after it, newest first."""
    rows = _rows(loaded, "changes", since="2022-12-07")
    assert rows and all(r["date"] >= "2022-12-07" for r in rows)
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), reverse=True)
    assert ("2022-12-07", "first seen", "Lò Minh Hùng") in {
        (r["date"], r["change"], r["person"]) for r in rows
    }
    assert not _rows(loaded, "changes", since="2099")
    every = _rows(loaded, "changes", since="2020", limit="1000")
    assert len(every) > 2 and _rows(loaded, "changes", since="2020", limit="2") == every[:2]
    assert len(_rows(loaded, "changes", since="2020")) == min(100, len(every))  # the default


def test_catalog_person_evidence(loaded: Store) -> None:
    """Each source of each fact, with the sentence that article printed."""
    rows = _rows(loaded, "person-evidence", name="Nguyen Huu Dong", post="")
    assert {r["fact"] for r in rows} >= {"holds", "chaired"} and len(rows) >= 6
    for r in rows:
        assert r["article"].startswith("article:") and r["seen"] and r["headline"] is not None
        assert "Đông" in r["sentence"], r
    one = _rows(loaded, "person-evidence", name="Nguyen Huu Dong", post="Bí thư Tỉnh ủy")
    assert {r["what"] for r in one} == {"Bí thư Tỉnh ủy (Sơn La)"} and len(one) == 2
    every = _rows(loaded, "person-evidence", name="Nguyen Huu Dong", post="", limit="1000")
    assert every == rows  # the first 100 by default
    assert _rows(loaded, "person-evidence", name="Nguyen Huu Dong", post="", limit="2") == every[:2]
    answers = queries.answer(loaded, "person-evidence", {"name": "Nguyen Huu Dong"}).records()
    (person,) = {r["_person"] for r in answers}
    assert _rows(loaded, "person-evidence", name="Nguyen Huu Dong", person=person) == every
    assert not _rows(loaded, "person-evidence", name="Nguyen Huu Dong", person="person:x")


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("nope", {}, "no query 'nope'"),
        ("person-timeline", {}, "missing --param name"),
        ("person-timeline", {"name": "x", "limit": "3"}, "unknown parameter limit"),
        ("person-meetings", {"person": "x", "limit": "-1"}, "limit must be 0 or more, not '-1'"),
        ("changes", {"since": "2020", "limit": "many"}, "limit must be a whole number"),
    ],
)
def test_catalog_wrong_call_is_a_clear_error(
    loaded: Store, name: str, params: dict[str, str], message: str
) -> None:
    with pytest.raises(queries.CatalogError, match=message):
        queries.run(loaded, name, params)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("MATCH (n) RETURN n", "needs a description"),
        ("// What.\n// example: kg query x\nMATCH (n {id: $id}) RETURN n", "differ from declared"),
        ("// What.\n// params: id:float\n// example: kg query x\nRETURN $id", "bad parameter"),
    ],
)
def test_catalog_malformed_file_is_refused(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "x.cypher"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(queries.CatalogError, match=message):
        queries.parse(path)


# Calls of every catalog query, each returning rows on the samples.
CALLS: list[tuple[str, dict[str, str]]] = [
    ("person-timeline", {"name": "Nguyễn Hữu Đông"}),
    ("person-timeline", {"name": "lo minh hung"}),
    ("post-holders", {"title": "Bí thư Tỉnh ủy", "province": "Sơn La"}),
    ("post-holders", {"title": "Ủy viên Ban Chấp hành Trung ương Đảng"}),
    ("chaired-meetings", {"name": "Lò Minh Hùng"}),
    ("meeting-attendance", {"meeting": "hội nghị"}),
    ("organ-documents", {"organ": "Ban Thường vụ Tỉnh ủy", "province": "Lạng Sơn"}),
    ("document-meetings", {"number": "223/KH-UBND"}),
    ("document-references", {"number": "21-KL/TW"}),
    ("document-cites", {"number": "58-KH/TU"}),
    ("person-meetings", {"person": "person:lò-minh-hùng"}),
    ("colleagues", {"person": "person:nguyễn-hữu-đông"}),
    (
        "fact-sources",
        {"person": "person:lò-minh-hùng", "target": "post:phó-bí-thư-thường-trực-tỉnh-ủy@sơn-la"},
    ),
    ("meeting-documents", {"meeting": "hội nghị"}),
    ("organ-posts", {"organ": "Tỉnh ủy", "province": "Sơn La"}),
    ("province-officials", {"province": "Sơn La"}),
    ("province-posts", {"province": "Sơn La"}),
    ("co-attendance", {"name": "Nguyễn Hữu Đông"}),
    ("term-holders", {"ordinal": "XV", "province": "Sơn La"}),
    ("term-holders", {"ordinal": "XIII"}),
    ("changes", {"since": "2022"}),
    ("person-evidence", {"name": "Nguyễn Hữu Đông"}),
    ("person-evidence", {"name": "lo minh hung", "post": "Phó Bí thư Thường trực Tỉnh ủy"}),
]


# Queries the samples give no rows, tested on a corpus of their own on every backend.
ELSEWHERE = {"identity-review": "tests/graph/derive/test_identity.py"}


def test_catalog_calls_cover_every_query() -> None:
    assert {name for name, _ in CALLS} | set(ELSEWHERE) == set(queries.catalog())


@pytest.mark.neo4j
@pytest.mark.parametrize(
    ("name", "params"), CALLS, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CALLS)]
)
def test_catalog_same_rows_on_every_backend(
    samples_in: Callable[[str], Store], name: str, params: dict[str, str]
) -> None:
    embedded = queries.run(samples_in("falkordb"), name, params)
    server = queries.run(samples_in("neo4j"), name, params)
    assert embedded.rows
    assert (server.columns, server.rows) == (embedded.columns, embedded.rows)


@pytest.mark.parametrize("name", ["meeting-attendance", "meeting-documents"])
def test_catalog_meetings_on_a_date_seek_the_date_index(loaded: Store, name: str) -> None:
    """Meetings on a date are found through the index on Meeting.date, not by reading
    every meeting (Neo4j read them all while the date's test was one OR with no date)."""
    query = queries.get(name)
    plan = operators(loaded, query.cypher, query.bind({"meeting": "hội nghị", "date": "2019"}))
    assert "IndexSeek" in plan or "Index Scan" in plan, plan
    assert "NodeByLabelScan" not in plan.split("Union")[0], plan


def test_catalog_changes_name_each_change_as_tenure_orders_them() -> None:
    """`changes` (and the last load's) call each dated value of a holding what tenure's
    persons' dates rank it by: the cut of `changes` compares those names."""
    cypher = queries.get("changes").cypher
    for kind, prop in CHANGE_KINDS:
        assert f"['{kind}', h.{prop}]" in cypher
        assert f"['{kind}', h.{prop}, " in queries._LOAD_HELD


def test_catalog_changes_seek_persons_by_their_dates(loaded: Store) -> None:
    """What changed since a day starts from the persons' dates, through their index:
    the holdings of persons with no change among the newest are never read."""
    for cypher, params in (
        (queries.get("changes").cypher, {"since": "2020", "limit": 3}),
        (queries._NEW_PERSONS, {"since": "2020", "limit": 3}),
    ):
        plan = operators(loaded, cypher, params)
        assert "IndexSeek" in plan or "Index Scan" in plan, plan
        assert "Label Scan" not in plan and "NodeByLabelScan" not in plan, plan


@pytest.mark.parametrize("backend", BACKENDS)
def test_catalog_meetings_of_any_date_include_undated_ones(backend: str, tmp_path: Path) -> None:
    """With no date, undated meetings count (the samples have none with edges)."""
    store = open_store(backend, tmp_path)
    try:
        store.run(
            "CREATE (:Person {id: 'person:a', name: 'A'})-[:ATTENDED {sources: ['article:x']}]->"
            "(m:Meeting {id: 'meeting:x', name: 'Hội nghị X'})-[:DISCUSSED {sources: ['article:x']}]->"
            "(:Document {id: 'document:x', number: '1-NQ/TU'})",
            write=True,
        )
        for name in ("meeting-attendance", "meeting-documents"):
            rows = _rows(store, name, meeting="hội nghị x")
            assert [(r["meeting"], r["date"]) for r in rows] == [("Hội nghị X", None)], name
            assert _rows(store, name, meeting="hội nghị x", date="2020") == []
    finally:
        store.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_catalog_co_attendance_counts_a_meeting_once(backend: str, tmp_path: Path) -> None:
    """A colleague who chaired and attended the same meeting (two articles, two readings)
    shares it once; an undated meeting counts but gives no first or last date."""
    store = open_store(backend, tmp_path)
    try:
        store.run(
            "CREATE (a:Person {id: 'person:a', name: 'A', search: 'a'}),"
            " (b:Person {id: 'person:b', name: 'B', search: 'b'}),"
            " (m:Meeting {id: 'meeting:m', name: 'Hội nghị M', date: '2024-05-02'}),"
            " (n:Meeting {id: 'meeting:n', name: 'Hội nghị N'}),"
            " (a)-[:ATTENDED]->(m), (b)-[:CHAIRED]->(m), (b)-[:ATTENDED]->(m),"
            " (a)-[:CHAIRED]->(n), (a)-[:ATTENDED]->(n), (b)-[:ATTENDED]->(n)",
            write=True,
        )
        rows = _rows(store, "co-attendance", name="A")
        assert [(r["colleague"], r["meetings"], r["first"], r["last"]) for r in rows] == [
            ("B", 2, "2024-05-02", "2024-05-02")
        ]
        assert [
            (r["colleague"], r["meetings"]) for r in _rows(store, "colleagues", person="person:a")
        ] == [("B", 2)]
        assert queries.node_ids(store, ["co-attendance"], {"name": "A"}) == {
            "person:a", "person:b", "meeting:m", "meeting:n"}  # fmt: skip
    finally:
        store.close()


def test_catalog_reads_entry_fields_where_the_schema_puts_them() -> None:
    """person-evidence and fact-sources read a packed entry's fields by number (a .cypher
    file cannot ask graph/schema.py): seen 0, evidence 1, a holding's changes 3, which a
    meeting's entries do not have (its `reports` is null)."""
    assert entry_fields("HOLDS")[:4] == ("seen", "evidence", "units", "changes")
    assert all(len(entry_fields(k)) <= 3 for k in ("CHAIRED", "ATTENDED"))
    for name in ("person-evidence", "fact-sources"):
        cypher = queries.catalog()[name].cypher
        assert "split(h.entries[i], '|') AS e" in cypher
        assert "e[0] AS seen" in cypher and "e[3] AS reports" in cypher
        assert "a.sentences[toInteger(e[1])] AS sentence" in cypher or (
            "e[1] AS evidence" in cypher and "a.sentences[toInteger(evidence)]" in cypher
        )


def _popular(store: Store, n: int) -> None:
    """One holding seen by `n` invented articles, its entries as a load writes them."""
    clear(store)
    ids = [f"article:baomoi.vn/chinh-tri/{i:05d}.html" for i in range(n)]
    store.write(
        [
            (
                "UNWIND $ids AS id CREATE (:Article {id: id, title: 'Hội nghị', url: 'https://'"
                " + id, sentences: ['Đồng chí A, Bí thư Tỉnh ủy chủ trì hội nghị.']})",
                {"ids": ids},
            ),
            (
                "CREATE (:Person {id: 'person:a', name: 'A', search: 'a'})-[:HOLDS"
                " {sources: $ids, entries: $entries}]->(:Post {id: 'post:b', title: 'Bí thư'})",
                {
                    "ids": ids,
                    "entries": [
                        f"2024-01-{1 + i % 28:02d}|0|{i % 3}||term:provincial_party:sơn-la:xv|"
                        for i in range(n)
                    ],
                },
            ),
        ]
    )


def _sort_memory(store: Store, name: str, params: dict[str, Any]) -> int:
    """The most memory one operator of the query's profile took on Neo4j."""
    query = queries.get(name)
    _, summary, _ = store._driver.execute_query(  # type: ignore[attr-defined]
        "PROFILE " + query.cypher, query.bind(params)
    )
    return max(int(node["args"].get("Memory") or 0) for node in plan_nodes(summary.profile))


@pytest.mark.neo4j
@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("person-evidence", {"name": "a"}),
        ("fact-sources", {"person": "person:a", "target": "post:b", "offset": "200"}),
    ],
)
def test_catalog_sources_of_a_popular_fact_take_memory_in_step_with_them(
    name: str, params: dict[str, str]
) -> None:
    """A page of a holding's 800 sources takes well under 2 KB of memory a source on
    Neo4j: fact-sources sorted rows each holding its own copy of the edge's lists, some
    50 KB a source here, and an official seen in a few thousand articles ran out of a
    1 GiB server's memory in `kg why` and on the person's page."""
    store = neo4j_test_store()
    try:
        _popular(store, 800)
        assert _sort_memory(store, name, params) < 2_000 * 800
    finally:
        store.close()
