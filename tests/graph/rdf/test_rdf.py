"""The RDF export: parses in every syntax, answers SPARQL as the catalog answers Cypher,
reloads into the very graph it came from, and keeps IRIs and literals intact."""

from __future__ import annotations

import contextlib
import gc
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import ORG, PROV, RDF, SKOS

import graph.rdf.read
import queries
from graph.derive.scope import pending, record, settled
from graph.derive.tenure import DERIVED
from graph.load import load_paths
from graph.model import slug
from graph.rdf.iris import encode
from graph.rdf.read import import_rdf, parse, read_graph, validate
from graph.rdf.vocab import PKG, SCHEMA
from graph.rdf.write import (
    DATE,
    Exporter,
    abbreviated,
    export,
    iri,
    lit,
    to_graph,
    write_ntriples,
    write_turtle,
)
from graph.schema import CACHED, DERIVED_EDGES, NODE_DERIVED, READ_AT
from graph.store.base import Store, StoreError, dump, repack_entries
from loaders import gazetteer
from tests import samples
from tests.conftest import ROOT
from tests.graph.conftest import BACKENDS, collector_states, open_store, unpack_store

BASE = "https://partykg.org/id/"
RDFLIB = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}
GAZ = gazetteer.default()


samples_in = pytest.fixture(scope="module", name="samples_in")(samples.stores)
loaded = pytest.fixture(params=BACKENDS, name="loaded")(samples.loaded)


def _export(store: Store, fmt: str = "nt", seeds: set[str] | None = None) -> str:
    out = io.StringIO()
    export(store, out, fmt, BASE, GAZ, seeds)
    return out.getvalue()


def _graph(store: Store) -> Graph:
    return Graph().parse(data=_export(store), format="nt")


@pytest.mark.parametrize("fmt", list(RDFLIB))
def test_rdf_every_format_parses_to_the_same_graph(loaded: Store, fmt: str) -> None:
    out = io.StringIO()
    written = export(loaded, out, fmt, BASE, GAZ)
    g = Graph().parse(data=out.getvalue(), format=RDFLIB[fmt])
    assert len(g) == written > 1000
    assert isomorphic(g, _graph(loaded))


class _Noting(io.StringIO):
    """An output that notes whether the collector was on at each write, and can fail."""

    def __init__(self, fails: bool) -> None:
        super().__init__()
        self.fails, self.on = fails, set[bool]()

    def write(self, text: str) -> int:
        self.on.add(gc.isenabled())
        if self.fails:
            raise OSError("No space left on device")
        return super().write(text)


@pytest.mark.parametrize("fails", [False, True], ids=["written", "the output fails"])
def test_rdf_export_runs_with_the_cyclic_collector_off_and_it_back_on_after(
    loaded: Store, fails: bool
) -> None:
    """Its many short-lived rows and triples are freed by reference counting."""
    out = _Noting(fails)
    with pytest.raises(OSError) if fails else contextlib.nullcontext():
        assert export(loaded, out, "nt", BASE, GAZ) > 1000
    assert out.on == {False}
    assert gc.isenabled()


@pytest.mark.parametrize("fails", [False, True], ids=["imported", "nothing to import"])
def test_rdf_import_runs_with_the_cyclic_collector_off_and_it_back_on_after(
    loaded: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fails: bool
) -> None:
    """rdflib's parse and the writes make millions of short-lived objects at scale."""
    path = tmp_path / "g.nt"
    path.write_text("" if fails else _export(loaded), encoding="utf-8")
    seen = collector_states(monkeypatch, graph.rdf.read, "write_graph")
    with pytest.raises(StoreError) if fails else contextlib.nullcontext():
        import_rdf(loaded, [path], replace=True)
    assert seen == ([] if fails else [False])
    assert gc.isenabled()


@pytest.mark.neo4j
def test_rdf_both_backends_export_the_same_bytes(samples_in: Callable[[str], Store]) -> None:
    assert _export(samples_in("neo4j")) == _export(samples_in("falkordb"))


def test_rdf_export_passes_over_what_a_load_left_to_settle(loaded: Store) -> None:
    """A load running, or killed before its passes, leaves records the export skips."""
    before = _export(loaded)
    loaded.write([record(loaded, ["person:nguyễn-hữu-đông"])])
    try:
        assert _export(loaded) == before
    finally:
        loaded.write(settled(pending(loaded).records))
    assert not pending(loaded).records


def test_rdf_reload_gives_the_same_graph_and_export(loaded: Store, tmp_path: Path) -> None:
    """Export, wipe, import the export: the very graph (dump) and the same export."""
    before, text = dump(loaded), _export(loaded, "turtle")
    path = tmp_path / "graph.ttl"
    path.write_text(text, encoding="utf-8")
    import_rdf(loaded, [path], replace=True)
    assert dump(loaded) == before
    assert _export(loaded, "turtle") == text


NODE_PROPS = {x for names in NODE_DERIVED.values() for x in names}


def _facts_only(props: dict[str, Any]) -> dict[str, Any]:
    """Props without the tenure values (and what tenure keeps of the lists, and of the
    holdings' dates on each person) and the keys of readings, which `import_rdf`
    derives again after reading."""
    again = (*DERIVED, "status", *CACHED["HOLDS"], READ_AT, *NODE_PROPS)
    return dict(sorted((k, v) for k, v in props.items() if k not in again))


def test_rdf_each_attestation_quotes_its_own_sentence(loaded: Store) -> None:
    """The store keeps an index into the article's sentences; the export gives the text,
    the one that article's sentence list holds at that index."""
    g = _graph(loaded)
    quoted = {
        (str(a).rpartition("/")[2], str(e))
        for at in g.subjects(RDF.type, PKG.Attestation)
        for a in g.objects(at, PROV.wasDerivedFrom)
        for e in g.objects(at, PKG.evidence)
    }
    rows = loaded.run(
        "MATCH ()-[h]->() WHERE h.entries IS NOT NULL UNWIND range(0, size(h.sources) - 1) AS i"
        " MATCH (a:Article {id: h.sources[i]})"
        " RETURN a.id, a.sentences[toInteger(split(h.entries[i], '|')[1])]"
    ).rows
    stored = {(encode(a.partition(":")[2]), text) for a, text in rows}
    assert len(stored) > 10 and quoted == stored


def test_rdf_read_graph_restores_every_node_and_edge(loaded: Store) -> None:
    """Every node and every fact; the derived tenure values and edges are recomputed on
    import."""
    parsed = read_graph(_graph(loaded))
    nodes = sorted(
        ([k, _facts_only({"id": r["id"], **r["props"]})] for k, rows in parsed.nodes.items() for r in rows),
        key=repr,
    )  # fmt: skip
    edges = sorted(
        ([t, r["a"], r["b"], _facts_only(r["props"])] for (t, _, _), rows in parsed.edges.items() for r in rows),
        key=repr,
    )  # fmt: skip
    stored = dump(loaded)
    assert nodes == sorted(([k, _facts_only(p)] for k, p in stored["nodes"]), key=repr)
    assert edges == sorted(
        ([t, a, b, _facts_only(p)] for t, a, b, p in stored["edges"] if t not in DERIVED_EDGES),
        key=repr,
    )


# SPARQL over the export answers what the catalog's Cypher answers ---------------------

PREFIXES = """
PREFIX pkg: <https://partykg.org/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX time: <http://www.w3.org/2006/time#>
"""


def _sparql(g: Graph, query: str, **bindings: Any) -> list[tuple[Any, ...]]:
    rows = g.query(PREFIXES + query, initBindings={k: Literal(v) for k, v in bindings.items()})
    return [tuple(None if v is None else str(v) for v in row) for row in rows]  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["Nguyen Huu Dong", "Lò Minh Hùng", "Hoàng Quốc Khánh"])
def test_rdf_sparql_timeline_matches_the_catalog(loaded: Store, name: str) -> None:
    rows = _sparql(
        _graph(loaded),
        """SELECT ?person ?title ?province ?first ?last ?during_from ?during_to
               (GROUP_CONCAT(?source; separator=" ") AS ?sources) WHERE {
             ?p pkg:searchKey ?key ; schema:name ?person .
             ?h a pkg:Holding ; org:member ?p ; pkg:post ?post ; prov:wasDerivedFrom ?a .
             ?a pkg:graphId ?source .
             ?post pkg:title ?title .
             OPTIONAL { ?post pkg:provinceName ?province }
             OPTIONAL { ?h pkg:firstSeen ?first }
             OPTIONAL { ?h pkg:lastSeen ?last }
             OPTIONAL { ?h org:memberDuring/time:hasBeginning/time:inXSDDate ?during_from }
             OPTIONAL { ?h org:memberDuring/time:hasEnd/time:inXSDDate ?during_to }
           } GROUP BY ?person ?title ?province ?first ?last ?during_from ?during_to""",
        key=queries.get("person-timeline").bind({"name": name})["name"],
    )
    cypher = queries.timeline(loaded, name).records()
    assert cypher
    assert sorted((r[0], r[1], r[2], r[3], r[4], sorted(r[7].split())) for r in rows) == sorted(
        (c["person"], c["post"], c["province"], c["first_seen"], c["last_seen"], c["sources"])
        for c in cypher
    )
    assert all((r[5], r[6]) == (r[3], r[4]) for r in rows)  # the interval is the tenure


def test_rdf_sparql_who_chaired_and_attended_matches_the_catalog(loaded: Store) -> None:
    rows = _sparql(
        _graph(loaded),
        """SELECT ?meeting ?date ?province ?person ?role WHERE {
             VALUES (?edge ?role) { (pkg:chaired "chaired") (pkg:attended "attended") }
             ?p ?edge ?m ; schema:name ?person .
             ?m schema:name ?meeting .
             OPTIONAL { ?m schema:startDate ?date } OPTIONAL { ?m pkg:provinceName ?province }
           }""",
    )
    cypher = queries.run(loaded, "meeting-attendance", {"meeting": "", "date": ""}).rows
    assert any(r[4] == "chaired" for r in rows)
    assert sorted(rows, key=repr) == sorted(cypher, key=repr)


def test_rdf_sparql_documents_a_meeting_took_up_match_the_catalog(loaded: Store) -> None:
    g = _graph(loaded)
    rows = _sparql(
        g,
        """SELECT ?document ?province ?meeting ?date ?action WHERE {
             VALUES (?edge ?action) {
               (pkg:approved "approved") (pkg:discussed "discussed")
               (pkg:disseminated "disseminated") }
             ?m ?edge ?d ; schema:name ?meeting .
             OPTIONAL { ?m schema:startDate ?date }
             OPTIONAL { ?d eli:id_local ?number } OPTIONAL { ?d eli:title ?title }
             OPTIONAL { ?d pkg:provinceName ?province }
             BIND(COALESCE(?number, ?title) AS ?document)
           }""",
    )
    cypher = {
        tuple(row[:5])
        for number in {r[0] for r in rows}
        for row in queries.run(loaded, "document-meetings", {"number": number}).rows
    }
    assert any(r[4] == "approved" for r in rows)
    assert set(rows) == cypher


# IRIs and literals -------------------------------------------------------------------


def test_rdf_iris_are_stable_across_loads(loaded: Store, tmp_path: Path) -> None:
    """The same articles loaded into another store give the same export, byte for byte."""
    with open_store("falkordb", tmp_path) as again:
        load_paths(again, [samples.EXTRA, samples.SAMPLES])
        assert _export(again) == _export(loaded)


@given(st.text(min_size=1, max_size=30), st.text(min_size=1, max_size=30))
def test_rdf_encode_is_reversible_and_never_merges_ids(a: str, b: str) -> None:
    assert unquote(encode(a)) == a
    assert (encode(a) == encode(b)) == (a == b)


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_rdf_any_text_survives_every_writer(text: str) -> None:
    exporter = Exporter(BASE, GAZ)
    s = exporter.iri(f"person:{text or 'x'}")
    triples = [(s, iri(PKG.evidence), lit(text, lang="vi")), (s, iri(PKG.rank), lit(text))]
    expected = {
        (URIRef(s[1:-1]), URIRef(PKG.evidence), Literal(text, lang="vi")),
        (URIRef(s[1:-1]), URIRef(PKG.rank), Literal(text)),
    }
    for writer, fmt in (
        (lambda out: write_ntriples(triples, out), "nt"),
        (lambda out: write_turtle(triples, out, BASE), "turtle"),
    ):
        out = io.StringIO()
        writer(out)
        assert set(Graph().parse(data=out.getvalue(), format=fmt)) == expected
    assert set(to_graph(triples, BASE)) == expected


@pytest.mark.parametrize(
    ("title", "spelled"),
    [
        ("Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch UBND tỉnh"),
        ("Phó Chủ tịch Hội đồng nhân dân tỉnh", "Phó Chủ tịch HĐND tỉnh"),
        ("Trưởng Đoàn đại biểu Quốc hội tỉnh", "Trưởng Đoàn ĐBQH tỉnh"),
        ("Ủy viên Ban Chấp hành Trung ương Đảng", "Ủy viên BCH TW Đảng"),
        ("Ủy viên Ban Thường vụ Tỉnh ủy", "Ủy viên BTV Tỉnh ủy"),
        ("Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Chủ tịch UBMTTQ Việt Nam tỉnh"),
    ],
)
def test_rdf_titles_carry_their_abbreviations(title: str, spelled: str) -> None:
    assert spelled in abbreviated(title, GAZ.abbreviations)
    assert title not in abbreviated(title, GAZ.abbreviations)


def test_rdf_title_concept_is_narrower_than_its_head() -> None:
    exporter = Exporter(BASE, GAZ)
    triples = set(exporter.node("Post", {"id": "post:x@sơn-la", "title": "Phó Bí thư Tỉnh ủy"}))
    concept = exporter.concept_iri("title", "Phó Bí thư Tỉnh ủy")
    head = exporter.concept_iri("title", "Phó Bí thư")
    assert (concept, iri(SKOS.broader), head) in triples
    assert (head, iri(RDF.type), iri(PKG.Title)) in triples
    assert (exporter.iri("post:x@sơn-la"), iri(ORG.role), concept) in triples


def test_rdf_province_merger_is_a_change_event(loaded: Store) -> None:
    g = _graph(loaded)
    thai_nguyen = URIRef(f"{BASE}province/{encode(slug('Thái Nguyên'))}")
    bac_kan = URIRef(f"{BASE}province/{encode(slug('Bắc Kạn'))}")
    events = set(g.subjects(ORG.resultingOrganization, thai_nguyen))
    assert len(events) == 1
    event = events.pop()
    assert (event, RDF.type, ORG.ChangeEvent) in g
    assert set(g.objects(event, ORG.originalOrganization)) == {thai_nguyen, bac_kan}
    assert (bac_kan, RDF.type, URIRef(PKG.Province)) in g
    assert (bac_kan, URIRef(PKG.graphId), None) not in g  # named for the event only


def test_rdf_subgraph_keeps_a_person_s_holdings_and_their_sources(loaded: Store) -> None:
    seeds = queries.node_ids(loaded, ["person-timeline"], {"name": "Lo Minh Hung"})
    g = Graph().parse(data=_export(loaded, "nt", seeds), format="nt")
    persons = set(g.subjects(RDF.type, URIRef(PKG.Person)))
    assert persons == {URIRef(f"{BASE}person/{encode('lò-minh-hùng')}")}
    holdings = set(g.subjects(RDF.type, URIRef(PKG.Holding)))
    assert holdings and all((h, ORG.member, persons.copy().pop()) in g for h in holdings)
    sources = {a for h in holdings for a in g.objects(h, PROV.wasDerivedFrom)}
    assert sources and all((a, RDF.type, URIRef(PKG.Article)) in g for a in sources)
    assert len(g) < len(_graph(loaded)) / 3


def test_rdf_subgraph_of_a_query_that_shows_the_first_rows_takes_every_row(
    loaded: Store,
) -> None:
    """person-evidence shows an official's first 100 sources; the subgraph it seeds
    stands on all of them, unless a limit is given."""
    values = {"name": "Nguyen Huu Dong"}
    every = queries.node_ids(loaded, ["person-evidence"], values)
    first = queries.node_ids(loaded, ["person-evidence"], {**values, "limit": "1"})
    assert len(first) == 3  # the person, what the source saw them hold, the article
    assert first < every and sum(i.startswith("article:") for i in every) == 2


def test_rdf_parse_names_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<<< not turtle", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.ttl"):
        parse([bad])


def test_rdf_crawler_metadata_is_typed_conforms_and_reloads(store: Store, tmp_path: Path) -> None:
    """A crawler's URL and headline, and a date it knows only to the month."""
    path = tmp_path / "crawl.jsonl"
    line = {
        "id": "a1",
        "text": "Sáng 10/12, Tỉnh ủy họp.",
        "published": "2023-12",
        "url": "https://bao.vn/a-1",
        "title": "Tỉnh ủy họp phiên cuối năm",
    }
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    load_paths(store, [path])
    g = _graph(store)
    published = {o for o in g.objects(None, SCHEMA.datePublished)}
    assert published == {Literal("2023-12", datatype=DATE.replace("date", "gYearMonth"))}
    assert set(g.objects(None, PKG.articleDate)) == {Literal("2023-12-10", datatype=DATE)}
    assert set(g.objects(None, SCHEMA.headline)) == {Literal("Tỉnh ủy họp phiên cuối năm")}
    assert {str(o) for o in g.objects(None, SCHEMA.url)} == {"https://bao.vn/a-1"}
    conforms, report = validate(g, ROOT / "shapes.ttl", ROOT / "ontology.ttl")
    assert conforms, report
    before = dump(store)
    out = tmp_path / "graph.nt"
    out.write_text(_export(store), encoding="utf-8")
    import_rdf(store, [out], replace=True)
    assert dump(store) == before


def test_rdf_a_graph_with_sentences_on_its_edges_exports_and_comes_back_new(
    store: Store, tmp_path: Path
) -> None:
    """A graph loaded before sentences were kept per article (each entry holding its
    sentence, in lists as entries were kept before they were packed) is packed on open,
    exports the same triples, and importing the export gives the new form."""
    load_paths(store, [ROOT / "examples" / "articles"])
    new_form, triples = dump(store), _export(store)
    unpack_store(store, sentences=True)
    repack_entries(store)
    assert _export(store) == triples
    out = tmp_path / "old.nt"
    out.write_text(triples, encoding="utf-8")
    import_rdf(store, [out], replace=True)
    assert dump(store) == new_form
