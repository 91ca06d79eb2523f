"""Timelines separate what articles saw from what was inferred, one row a holding; what
changed, since a date or in the last load."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import queries
from graph.derive.tenure import date_persons, date_undated
from graph.load import FactsOf, load, load_paths
from graph.model import edge_entries
from graph.schema import NODE_DERIVED
from graph.store.base import Store, clear, dump, with_pages
from loaders.sources import Article
from tests import samples
from tests.conftest import ROOT
from tests.graph.conftest import BACKENDS, killed_after, open_store, written
from tests.samples import TENURE


@pytest.fixture(scope="module", params=BACKENDS)
def tenure(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    store = open_store(request.param, tmp_path_factory.mktemp(request.param))
    load_paths(store, [ROOT / "tests" / "fixtures" / "tenure"])
    yield store
    store.close()


def _rows(store: Store, name: str) -> dict[str, dict[str, str]]:
    (rows,) = queries.timelines(queries.timeline(store, name)).values()
    return {r["post"]: r for r in rows}


def test_timeline_reported_dates_and_seen_dates_apart(tenure: Store) -> None:
    rows = _rows(tenure, "Lục Minh Tường")
    deputy = rows["Phó Bí thư Tỉnh ủy (Hà Giang)"]
    # Already in post when first seen; a reported end, with the article's word for it.
    assert (deputy["from"], deputy["to"], deputy["status"]) == (
        "≤ 2019-11-29", "2021-03-05", "ended: điều động")  # fmt: skip
    # One row for a holding in two terms, its terms short beside the post.
    assert deputy["terms"] == "XVI 2015-2020; XVII 2020-2025"
    secretary = rows["Bí thư Tỉnh ủy (Tuyên Quang)"]
    assert secretary["from"] == "2021-03-05"  # a start an article reported
    member = rows["Ủy viên Ban Chấp hành Trung ương Đảng"]
    assert member["to"].startswith("≥ ") and member["status"] == "unknown"  # still held then


def test_timeline_an_inferred_end_is_marked_with_its_reason(tenure: Store) -> None:
    rows = _rows(tenure, "Hoàng Trung Điệp")
    secretary = rows["Bí thư Tỉnh ủy (Hà Giang)"]
    assert secretary["to"] == "~ 2020-10-15" and secretary["status"] == "ended: a successor began"
    assert rows["Phó Bí thư Tỉnh ủy (Hà Giang)"]["status"] == "ended: called former"


def test_changes_name_new_persons_and_new_namesakes(tenure: Store) -> None:
    rows = queries.changes(tenure, "2019-12-01").records()
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), reverse=True)
    new = {(r["change"], r["person"], r["why"]) for r in rows if r["change"].startswith("new")}
    assert ("new namesake", "Lương Đức Thuận", "namesake of person:lương-đức-thuận@hà-giang") in new
    assert ("new person", "Lò Minh Hùng", "") not in new  # not in this corpus
    assert all(r["date"] >= "2019-12-01" for r in rows)
    later = queries.changes(tenure, "2025-01-01").records()
    assert {r["person"] for r in later if r["change"] == "new person"} <= {
        r["person"] for r in rows if r["change"] == "new person"
    }


def test_changes_with_a_limit_are_the_newest_of_all(tenure: Store) -> None:
    """A limit keeps the newest rows of holdings and persons together, as all of them
    are ordered: each part is cut in the store and the two again after they are joined."""
    every = queries.changes(tenure, "2019-12-01").rows
    assert len(every) > 3 and {"new person", "first seen"} <= {r[1] for r in every}
    for n in range(len(every) + 2):
        assert queries.changes(tenure, "2019-12-01", limit=n).rows == every[:n]


def _holdings(store: Store) -> list[tuple[str, list[str] | None, str, tuple[Any, ...]]]:
    """Every holding: its person, their namesakes, its post, its start, end and first
    sighting."""
    rows = store.run(
        "MATCH (p:Person)-[h:HOLDS]->(x:Post)"
        " RETURN p.id, p.namesakes, x.id, h.start, h.end, h.first_seen"
    ).rows
    return [(p, others, x, tuple(days)) for p, others, x, *days in rows]


def _every_change(store: Store, since: str) -> list[tuple[str, str, str, str | None]]:
    """What `changes` since a day must answer, read off every holding: each start, end
    and first sighting on or after it, and each person first seen holding a post then
    (date, change, person id, post id), sorted."""
    out, first = [], {}
    for person, namesakes, post, days in _holdings(store):
        for change, day in zip(("appointed", "ended", "first seen"), days, strict=True):
            if day and day >= since:
                out.append((day, change, person, post))
        if seen := days[2]:
            new = "new namesake" if namesakes else "new person"
            first[person] = min(first.get(person, (seen, new)), (seen, new))
    out += [(day, new, person, None) for person, (day, new) in first.items() if day >= since]
    return sorted(out)


def _person_dates(store: Store) -> dict[str, tuple[str | None, ...]]:
    """Each person's first sighting holding a post, and their first change as
    `changes` orders them (its day, its kind), from every holding; none for a person who
    holds nothing."""
    out: dict[str, tuple[str | None, ...]] = {
        p: (None, None, None) for (p,) in store.run("MATCH (p:Person) RETURN p.id").rows
    }
    newest: dict[str, tuple[str, str]] = {}
    for day, kind, person, post in sorted(_every_change(store, ""), key=lambda c: c[1]):
        if post is None:
            out[person] = (day, *out[person][1:])
        elif day > newest.get(person, ("", ""))[0]:
            newest[person] = (day, kind)
    return {p: (dates[0], *newest.get(p, (None, None))) for p, dates in out.items()}


_DATES = NODE_DERIVED["Person"]


def _kept_dates(store: Store) -> dict[str, tuple[str | None, ...]]:
    """What each person keeps of their holdings' dates."""
    rows = store.run("MATCH (p:Person) RETURN p.id, " + ", ".join(f"p.{d}" for d in _DATES)).rows
    return {p: tuple(dates) for p, *dates in rows}


# Loads after the samples, each moving some person's dates: a later sighting taken back
# (an article shortened), a first sighting moved earlier, a successor that ends a holding
# of a person the load never names, and a post named once, then taken back.
_LATER = "Ngày 1/5/2024, đồng chí Vi Đức Hòa, Phó Trưởng Ban Nội chính Tỉnh ủy Tuyên Quang, chủ trì hội nghị."
_EARLIER = "Ngày 2/1/2018, đồng chí Lương Đức Thuận, Phó Bí thư Tỉnh ủy Hà Giang, chủ trì hội nghị."
_SUCCESSOR = "Ngày 1/6/2026, đồng chí Hoàng Văn Mới được bầu giữ chức Bí thư Tỉnh ủy Tuyên Quang."


@pytest.mark.parametrize("backend", BACKENDS)
def test_changes_are_every_holding_s_newest_through_edits(backend: str, tmp_path: Path) -> None:
    """`changes` finds the newest through the dates each person keeps of their holdings:
    its answer must be the one every holding gives, for every day and cut, after each
    load of articles that move those dates."""
    articles = sorted(samples.articles(TENURE), key=lambda a: a.source)
    edited = next(a for a in reversed(articles) if "Lương Đức Thuận" in a.text)
    later = Article("2024-05-01-noi-chinh.txt", _LATER)
    loads = [
        articles,
        [replace(edited, text=edited.text[:200]), Article("2018-01-02-hn.txt", _EARLIER), later],
        [Article("2026-06-01-bau.txt", _SUCCESSOR)],
        [replace(later, text="Ngày 1/5/2024, Tỉnh ủy Tuyên Quang tổ chức hội nghị.")],
    ]
    with open_store(backend, tmp_path) as store:
        for batch in loads:
            load(store, batch, FactsOf())
            assert _kept_dates(store) == _person_dates(store)
            days = sorted({c[0] for c in _every_change(store, "")})
            assert len(days) > 5
            for since in ["", *days, "2099"]:
                got = queries.changes(store, since, ids=True).rows
                assert sorted((r[0], r[1], r[7], r[8]) for r in got) == _every_change(
                    store, since
                ), since
            for since in days[:: max(1, len(days) // 4)]:
                every = queries.changes(store, since, ids=True).rows
                for n in range(len(every) + 2):
                    assert queries.changes(store, since, ids=True, limit=n).rows == every[:n]


@pytest.mark.parametrize("backend", BACKENDS)
def test_changes_an_older_graph_is_dated_though_a_dating_is_killed(
    backend: str, tmp_path: Path
) -> None:
    """A graph whose persons keep no dates (as an older partykg left it) is dated on
    opening; a dating killed half-way is finished by the next open, and a dated graph,
    or one with no dated holding, is not dated again."""
    with open_store(backend, tmp_path) as store:
        load(store, samples.articles(TENURE), FactsOf())
        for d in _DATES:
            store.run(f"MATCH (p:Person) REMOVE p.{d}", write=True)
        killed_after(store, lambda st: "first_held" in st[0][0], 2, lambda: date_undated(store))
        assert {dates[2] for dates in _kept_dates(store).values()} == {None}
        date_undated(store)
        assert _kept_dates(store) == _person_dates(store)
        assert written(store, lambda: date_undated(store)) == []
        clear(store)
        load(store, [Article("a.txt", _UNDATED)], FactsOf())
        assert store.run("MATCH ()-[h:HOLDS]->() RETURN h.first_seen").rows == ((None,),)
        assert written(store, lambda: date_undated(store)) == []


_UNDATED = "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy Điện Biên, phát biểu tại hội nghị."
_ELECTED = "Ngày 5/5/2024, đồng chí {name} được bầu giữ chức Bí thư Tỉnh ủy {province}."


@pytest.mark.parametrize("backend", BACKENDS)
def test_changes_a_person_without_a_name_does_not_hide_those_tied_with_them(
    backend: str, tmp_path: Path
) -> None:
    """Persons whose newest change is on one day and of one kind are ordered by name; one
    without a name (a write cut short) at the cut keeps the others in."""
    elected = [
        ("Nguyễn Văn An", "Điện Biên"), ("Nguyễn Văn Bình", "Lai Châu"), ("Nguyễn Văn Cường", "Sơn La")
    ]  # fmt: skip
    with open_store(backend, tmp_path) as store:
        load(
            store,
            [
                Article(f"{i}.txt", _ELECTED.format(name=n, province=p))
                for i, (n, p) in enumerate(elected)
            ],
            FactsOf(),
        )
        store.run("MATCH (p:Person {id: 'person:nguyễn-văn-bình'}) REMOVE p.name", write=True)
        every = queries.changes(store, "2024", ids=True).rows
        assert len(every) == 9
        for n in range(len(every) + 2):
            assert queries.changes(store, "2024", ids=True, limit=n).rows == every[:n], n


_THOUSANDS = (
    "UNWIND range(0, 2999) AS i"
    " CREATE (:Person {id: 'person:p' + toString(i), name: 'P ' + toString(i)})"
    "-[:HOLDS {sources: ['article:a'], first_seen: '2020-01-' + right('0' + toString(i % 28 + 1), 2),"
    " start: CASE WHEN i % 3 = 0 THEN '2019-06-01' END}]->"
    "(:Post {id: 'post:x' + toString(i), title: 'Bí thư'})"
)


@pytest.mark.parametrize("backend", BACKENDS)
def test_changes_every_change_of_thousands_of_persons(backend: str, tmp_path: Path) -> None:
    """Every change (`kg changes -n 0`) of thousands of persons: the cut then holds them
    all. Neo4j 5 ran out of transaction memory on a plan that read them a second time."""
    with open_store(backend, tmp_path) as store:
        store.run(_THOUSANDS, write=True)
        date_persons(store)
        every = queries.changes(store, "2019", ids=True).rows
        assert sorted((r[0], r[1], r[7], r[8]) for r in every) == _every_change(store, "2019")
        assert len(every) == 3000 * 2 + 1000


@pytest.mark.parametrize("typed", ["Lương  Đức Thuận", " luong duc thuan ", "Lương Đức Thuận"])
def test_a_name_however_typed_is_a_name_not_an_id(tenure: Store, typed: str) -> None:
    """Two spaces, no diacritics, or decomposed letters (NFD, as some keyboards send
    them): the official's rows, where a name that normalising changed was taken for
    an id and matched nobody."""
    typed = unicodedata.normalize("NFD", typed) if typed == "Lương Đức Thuận" else typed
    assert queries.why(tenure, typed).rows == queries.why(tenure, "Lương Đức Thuận").rows
    assert queries.why_count(tenure, typed) == len(queries.why(tenure, typed).rows) > 3
    assert queries.timeline(tenure, typed).rows == queries.timeline(tenure, "Luong Duc Thuan").rows


def test_why_with_a_limit_is_the_first_sources_by_name_or_by_id(tenure: Store) -> None:
    """A limit keeps the first sources by date, as all of them are ordered: cut in the
    store by name; by a namesake's id, after the other namesakes' rows are left out.
    The count says how many there are, read from the edges alone."""
    name = "Lương Đức Thuận"
    every = queries.why(tenure, name).rows
    assert queries.why_count(tenure, name) == len(every) > 3
    assert [r[3] for r in every] == sorted(r[3] for r in every)  # seen
    for n in range(len(every) + 2):
        assert queries.why(tenure, name, limit=n).rows == every[:n]
    ids = tenure.run("MATCH (p:Person {key: 'person:lương-đức-thuận'}) RETURN p.id").rows
    assert len(ids) == 2
    mine = {id_: queries.why(tenure, id_).rows for (id_,) in ids}
    assert sorted(row for rows in mine.values() for row in rows) == sorted(every)
    for id_, rows in mine.items():
        assert 0 < len(rows) < len(every) and queries.why_count(tenure, id_) == len(rows)
        for n in (1, 2):
            assert queries.why(tenure, id_, limit=n).rows == rows[:n]
        assert queries.why(tenure, id_, post="Bí thư Tỉnh ủy", limit=len(every)).rows == tuple(
            r for r in rows if r[2].startswith("Bí thư Tỉnh ủy (")
        )


@pytest.mark.parametrize("backend", BACKENDS)
def test_changes_of_the_last_load_are_what_its_articles_report(
    backend: str, tmp_path: Path
) -> None:
    articles = sorted(samples.articles(TENURE), key=lambda a: a.source)
    early = [a for a in articles if a.source < "2021"]
    with open_store(backend, tmp_path) as store:
        with pytest.raises(queries.NoLastLoad, match="no load"):
            queries.changes_in_last_load(store)
        load(store, early, FactsOf())
        first_at, _ = queries.changes_in_last_load(store)
        load(store, articles, FactsOf())
        at, result = queries.changes_in_last_load(store)
        new = {f"article:{a.source}" for a in articles if a not in early}
        holdings = store.run(
            "MATCH (p:Person)-[h:HOLDS]->(x:Post) RETURN p.id, x.id, p.name, x.title, properties(h)"
        ).rows
        edges = with_pages(store, {("HOLDS", p, x): props for p, x, _, _, props in holdings})[0]
        expected = set()
        for p, x, name, title, _ in holdings:
            props = edges[("HOLDS", p, x)]
            sources, first, start = props["sources"], props.get("first_seen"), props.get("start")
            mine = [e["changes"] for s, e in edge_entries("HOLDS", props).items() if s in new]
            if set(sources) <= new and first:
                expected.add(("first seen", name, title, first))
            if start and any(c.startswith("start:") for c in mine):
                expected.add(("appointed", name, title, start))
        rows = result.records()
        got = {(r["change"], r["person"], r["post"], r["date"]) for r in rows}
        assert {g for g in got if g[0] in ("first seen", "appointed")} == expected
        assert ("appointed", "Lục Minh Tường", "Bí thư Tỉnh ủy", "2021-03-05") in got
        mentioned = store.run(
            "MATCH (a:Article)-[:MENTIONS]->(p:Person) WHERE (p)-[:HOLDS]->()"
            " RETURN p.name, collect(a.id)"
        ).rows
        fresh = {name for name, ids in mentioned if set(ids) <= new}
        assert {r["person"] for r in rows if r["change"].startswith("new ")} == fresh
        # A load that writes nothing leaves the record of the last one that did.
        load(store, articles, FactsOf())
        assert queries.changes_in_last_load(store)[0] == at and at >= first_at
        assert all(kind != "LastLoad" for kind, _ in dump(store)["nodes"])
