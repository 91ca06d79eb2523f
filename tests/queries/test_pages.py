"""Pages: every reader of a fact edge's lists (the catalog, the answers built in Python,
the web pages, the network) gives the same answer once the edges spill their entries
onto pages, on every backend."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import pytest
from starlette.testclient import TestClient

import queries
from bench.synth import generate
from graph.load import FactsOf, load
from graph.network import analysis as network
from graph.schema import FACT_EDGES
from graph.store import pages as graph_pages
from graph.store.base import Store, spill
from graph.store.pages import PAGE
from kg.web import make_app
from loaders.sources import Article
from queries.dumps import DUMPS, dump
from tests import samples
from tests.graph.conftest import BACKENDS, open_store

EVERY = str(2**31 - 1)
# Each sample article three times over (so that meetings, documents and citations have
# several sources too), the copy the last load writes sorting first: a spill pages it.
COPIES = ("1", "2")
LAST = "0"


def _copies(names: tuple[str, ...]) -> list[Article]:
    base = [
        a
        for folder in (samples.SAMPLES, samples.EXTRA, samples.TENURE)
        for a in samples.articles(folder)
    ]
    return [dataclasses.replace(a, source=f"{n}:{a.source}") for n in names for a in base]


def _top(store: Store, cypher: str) -> dict[str, Any]:
    """The first record of a query that puts the facts with the most sources first."""
    records = store.run(cypher).records()
    assert records, cypher
    return records[0]


def _asked(
    store: Store,
) -> tuple[dict[str, list[dict[str, str]]], dict[str, dict[str, Any]]]:
    """Every catalog query with every parameter given, about the facts with the most
    sources; and those facts' ends (`a`, `b`, `kind`), whose edges must spill."""
    held = _top(
        store,
        "MATCH (p:Person)-[h:HOLDS]->(x:Post) WHERE x.province IS NOT NULL"
        " RETURN p.id AS a, x.id AS b, 'HOLDS' AS kind, p.name AS name, x.title AS title,"
        " x.province AS province, h.first_seen AS first_seen"
        " ORDER BY size(h.sources) DESC, a, b LIMIT 1",
    )
    # A synthetic official's: each source another day, so a day paged is a dot charted.
    dated = _top(
        store,
        "MATCH (p:Person)-[h:HOLDS]->(x:Post)"
        " WHERE all(s IN h.sources WHERE s STARTS WITH 'article:synth')"
        " RETURN p.id AS a, x.id AS b, 'HOLDS' AS kind"
        " ORDER BY size(h.sources) DESC, a, b LIMIT 1",
    )
    sat = [
        _top(
            store,
            f"MATCH (p:Person)-[c:{kind}]->(m:Meeting) RETURN p.id AS a, m.id AS b,"
            f" '{kind}' AS kind, p.name AS name, m.name AS meeting, coalesce(m.date, '') AS date"
            " ORDER BY size(c.sources) DESC, a, b LIMIT 1",
        )
        for kind in ("CHAIRED", "ATTENDED")
    ]
    chaired = sat[0]
    acted = _top(
        store,
        "MATCH (o:Organ)<-[:HELD_BY]-(m:Meeting)"
        "-[r:DISCUSSED|APPROVED|DISSEMINATED]->(d:Document)"
        " RETURN m.id AS a, d.id AS b, type(r) AS kind, coalesce(d.number, d.title) AS number,"
        " m.name AS meeting, coalesce(m.date, '') AS date, o.name AS organ,"
        " coalesce(o.province, '') AS province ORDER BY size(r.sources) DESC, a, b LIMIT 1",
    )
    cites = _top(
        store,
        "MATCH (d:Document)-[r:REFERENCES]->(t:Document) RETURN d.id AS a, t.id AS b,"
        " 'REFERENCES' AS kind, coalesce(d.number, d.title) AS citing,"
        " coalesce(t.number, t.title) AS cited ORDER BY size(r.sources) DESC, a, b LIMIT 1",
    )
    organ = _top(
        store,
        "MATCH (p:Person)-[h:HOLDS]->(x:Post)-[:IN_ORGAN]->(o:Organ) RETURN p.id AS a,"
        " x.id AS b, 'HOLDS' AS kind, o.name AS organ, coalesce(o.province, '') AS province"
        " ORDER BY size(h.sources) DESC, a, b LIMIT 1",
    )
    term = _top(
        store,
        "MATCH (p:Person)-[h:HOLDS]->(x:Post)-[:HELD_IN]->(t:Term) WHERE t.id IN h.in_terms"
        " RETURN p.id AS a, x.id AS b, 'HOLDS' AS kind, t.ordinal AS ordinal,"
        " coalesce(t.province, '') AS province, t.body AS body"
        " ORDER BY size(h.sources) DESC, a, b LIMIT 1",
    )
    namesake = _top(
        store,
        "MATCH (p:Person) WHERE size(coalesce(p.namesakes, [])) > 0"
        " RETURN p.name AS name ORDER BY name LIMIT 1",
    )
    person = {"name": held["name"], "person": held["a"]}
    calls = {
        "changes": [{"since": "", "limit": EVERY}, {"since": held["first_seen"], "limit": "3"}],
        "chaired-meetings": [{"name": chaired["name"]}],
        "co-attendance": [
            {"name": chaired["name"], "limit": "100"},
            {"name": chaired["name"], "limit": "1"},
        ],
        "colleagues": [{"person": chaired["a"], "limit": "100"}],
        "document-cites": [{"number": cites["citing"]}],
        "document-meetings": [{"number": acted["number"]}],
        "document-references": [{"number": cites["cited"]}],
        "fact-sources": [
            {"person": f["a"], "target": f["b"], "offset": offset, "limit": limit}
            for f in (held, *sat)
            for offset, limit in (("0", "100"), ("1", "2"))
        ],
        "identity-review": [{"name": ""}, {"name": namesake["name"]}],
        "meeting-attendance": [{"meeting": chaired["meeting"], "date": chaired["date"]}],
        "meeting-documents": [{"meeting": acted["meeting"], "date": acted["date"]}],
        "organ-documents": [{"organ": acted["organ"], "province": acted["province"]}],
        "organ-posts": [{"organ": organ["organ"], "province": organ["province"]}],
        "person-evidence": [
            {**person, "post": "", "person": "", "limit": "100"},
            {**person, "post": held["title"], "limit": "100"},
            {**person, "post": "", "limit": "3"},
            {"name": chaired["name"], "post": "", "person": chaired["a"], "limit": "100"},
        ],
        "person-meetings": [
            {"person": chaired["a"], "limit": "100"},
            {"person": chaired["a"], "limit": "1"},
        ],
        "person-timeline": [{"name": held["name"]}],
        "post-holders": [{"title": held["title"], "province": held["province"]}],
        "province-officials": [{"province": held["province"]}],
        "province-posts": [{"province": held["province"]}],
        "term-holders": [
            {"ordinal": term["ordinal"], "province": term["province"], "body": term["body"]}
        ],
    }
    facts = {"held": held, "dated": dated, "chaired": chaired, "attended": sat[1],
             "acted": acted, "cites": cites, "organ": organ, "term": term}  # fmt: skip
    return calls, facts


@dataclass(frozen=True)
class Spilled:
    store: Store
    calls: dict[str, list[dict[str, str]]]
    facts: dict[str, dict[str, Any]]
    pages: int
    before: dict[str, Any]
    after: dict[str, Any]


def _readers(
    store: Store, calls: dict[str, list[dict[str, str]]], facts: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """Every reader's answer, by reader: the catalog's by query name (`query:…`), the
    others' by what they are."""
    held = calls["person-timeline"][0]["name"]
    fact = calls["fact-sources"][0]
    person, post = fact["person"], calls["person-evidence"][1]["post"]
    client = TestClient(make_app(store))  # a new app: nothing kept from before
    web = [
        f"/person/{person}",
        f"/person/{facts['dated']['a']}",
        f"/person/{person}.json",
        f"/person/{fact['person']}/sources/{fact['target']}.json",
        f"/person/{calls['colleagues'][0]['person']}.json",
        f"/person/{person}/circle.json",
    ]
    answers: dict[str, Any] = {
        f"query:{name}": [queries.answer(store, name, values) for values in asked]
        for name, asked in calls.items()
    }
    python: dict[str, Callable[[], Any]] = {
        "why": lambda: queries.why(store, person),
        "why-of-a-post": lambda: queries.why(store, person, post=post, limit=3),
        "why-count": lambda: [queries.why_count(store, held), queries.why_count(store, person)],
        "changes": lambda: queries.changes(store, "", ids=True),
        "changes-in-last-load": lambda: queries.changes_in_last_load(store)[1],
        "timeline": lambda: queries.timelines(queries.timeline(store, person)),
        "dumps": lambda: [dump(store, kind) for kind in DUMPS],
        "web": lambda: [client.get(quote(p, safe="/:@.")).text for p in web],
        "network": lambda: sorted(network.build(store).edges(data=True)),
    }
    answers.update({name: read() for name, read in python.items()})
    return answers


@pytest.fixture(scope="module", params=BACKENDS)
def spilled(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Spilled]:
    """Officials who recur (a synthetic corpus), loaded with the samples, then every
    edge of three sources or more spilled a page of one entry at a time: the last load's
    articles first."""
    store = open_store(request.param, tmp_path_factory.mktemp("pages"))
    synthetic = [Article(a["id"], a["text"], a["published"]) for a in generate(120, seed=11)]
    with pytest.MonkeyPatch.context() as patch:
        # Loads keep every entry on its edge, whatever the run's page size.
        patch.setattr(graph_pages, "PAGE_SIZE", graph_pages.DEFAULT_PAGE_SIZE)
        load(store, [*synthetic, *_copies(COPIES)], FactsOf())
        load(store, _copies((LAST,)), FactsOf())
    calls, facts = _asked(store)
    before = _readers(store, calls, facts)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(graph_pages, "PAGE_SIZE", 1)
        kinds = "|".join(FACT_EDGES)
        store.run(
            f"MATCH ()-[h:{kinds}]->() WHERE size(h.sources) > 2 SET h.full = true", write=True
        )
        made = spill(store)
    yield Spilled(store, calls, facts, made, before, _readers(store, calls, facts))
    store.close()


def test_pages_every_query_is_asked_with_every_parameter(spilled: Spilled) -> None:
    assert set(spilled.calls) == set(queries.catalog())
    for name, asked in spilled.calls.items():
        declared = {p.name for p in queries.get(name).params}
        assert all(set(values) == declared for values in asked), name


def test_pages_the_spill_paged_the_facts_asked_about(spilled: Spilled) -> None:
    assert spilled.pages > 0
    for f in spilled.facts.values():
        paged = spilled.store.run(
            f"MATCH (a {{id: $a}})-[g:{PAGE}]->(b {{id: $b}}) WHERE g.of = $kind"
            f" MATCH (a)-[h:{f['kind']}]->(b) RETURN count(g), h.paged",
            {"a": f["a"], "b": f["b"], "kind": f["kind"]},
        ).rows
        assert paged and paged[0][0] > 0 and paged[0][1] == paged[0][0], f


def test_pages_the_last_load_is_on_pages(spilled: Spilled) -> None:
    """The changes of the last load read its articles' entries off pages."""
    ids = spilled.store.run("MATCH (r:LastLoad) RETURN r.articles").scalar()
    assert all(i.startswith(f"article:{LAST}:") for i in ids)
    on_pages = spilled.store.run(
        f"MATCH ()-[g:{PAGE} {{of: 'HOLDS'}}]->() UNWIND g.sources AS s"
        " WITH s WHERE s IN $ids RETURN count(*)",
        {"ids": ids},
    ).scalar()
    assert on_pages > 0


@pytest.mark.parametrize("name", sorted(queries.catalog()))
def test_pages_leave_each_catalog_answer_the_same(spilled: Spilled, name: str) -> None:
    before = spilled.before[f"query:{name}"]
    assert all(r.rows for r in before), name
    assert spilled.after[f"query:{name}"] == before


@pytest.mark.parametrize(
    "reader",
    ["why", "why-of-a-post", "why-count", "changes", "changes-in-last-load", "timeline", "dumps",
     "web", "network"],
)  # fmt: skip
def test_pages_leave_each_other_reader_the_same(spilled: Spilled, reader: str) -> None:
    assert spilled.before[reader]
    assert spilled.after[reader] == spilled.before[reader]
