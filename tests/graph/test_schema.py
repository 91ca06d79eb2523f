"""schema.yaml is the one declaration: the ontology, the shapes and every derived table
are held to it here, and a malformed schema is refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import OWL, RDF, SH, Graph, URIRef

from graph import schema
from graph.rdf.vocab import ONTOLOGY_FILE, PKG, SHAPES_FILE
from graph.rdf.write import PREDICATES, PROPS, term
from graph.schema import ENTRY_EDGES, SEP, SUPPORT_LISTS, pack, unpack


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE)


def _shape_paths(shapes: Graph, kind: str) -> set[URIRef]:
    (shape,) = shapes.subjects(SH.targetClass, PKG[kind])
    return {p for prop in shapes.objects(shape, SH.property) for p in shapes.objects(prop, SH.path)}


@pytest.mark.parametrize("kind", list(schema.NODES))
def test_schema_every_node_kind_is_a_class_with_a_shape_for_each_property(
    kind: str, ontology: Graph, shapes: Graph
) -> None:
    assert (PKG[kind], RDF.type, OWL.Class) in ontology
    paths = _shape_paths(shapes, kind)
    missing = [p.name for p in schema.PROPERTIES[kind] if p.rdf and term(p.rdf) not in paths]
    assert not missing, f"shapes.ttl lacks {kind}'s {missing}"


def test_schema_every_partykg_term_it_names_is_declared_in_the_ontology(ontology: Graph) -> None:
    names = {p.rdf for ps in schema.PROPERTIES.values() for p in ps if p.rdf}
    names |= {e.rdf for e in schema.EDGES.values() if e.rdf}
    declared = set(ontology.subjects(RDF.type, OWL.DatatypeProperty)) | set(
        ontology.subjects(RDF.type, OWL.ObjectProperty)
    )
    ours = [n for n in names if n.startswith("pkg:")]
    assert ours and all(term(n) in declared for n in ours)


def test_schema_the_exporter_s_tables_are_derived_from_it() -> None:
    assert list(PROPS) == list(schema.NODES)
    exported = {k: tuple(p.name for p in ps if p.rdf) for k, ps in schema.PROPERTIES.items()}
    assert {k: tuple(n for n, _, _ in v) for k, v in PROPS.items()} == exported
    assert "sentences" in schema.NODES["Article"] and "sentences" not in exported["Article"]
    assert set(PREDICATES) == {*schema.FACT_EDGES, *schema.STRUCTURE_EDGES, *schema.ARTICLE_EDGES}
    assert schema.DERIVED_EDGES == ("HELD_IN", "SET_ASIDE", "PAGE") and "HELD_IN" not in PREDICATES
    assert schema.DERIVED["HOLDS"][:2] == ("start", "end")
    assert ("Person", "search") in schema.INDEXES and ("Article", "id") in schema.INDEXES
    assert schema.NODE_DERIVED == {"Person": ("first_held", "last_change", "last_change_kind")}
    assert "last_change" not in {name for name, _, _ in PROPS["Person"]}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("form: text, index: true}", "form: txt, index: true}"), "form must be one of"),
        (("rdf: pkg:searchKey", "rdf: foaf:searchKey"), "rdf must be one of"),
        (("{group: structure, rdf: org:postIn}", "{group: fact, rdf: org:postIn}"), "from/to"),
        (("reading: true, index: true}", "reading: true, indexed: true}"), "unknown keys"),
        (("{group: structure, rdf: org:postIn}", "{group: structure}"), "an rdf name"),
        (
            ("HELD_IN: {group: derived}", "HELD_IN: {group: derived, rdf: pkg:inTerm}"),
            "an rdf name",
        ),
        (
            ("last_change: {form: date,", "last_change: {rdf: pkg:lastChange, form: date,"),
            "a derived property is no reading and has no rdf name",
        ),
        (("  Person.rank: ", "  Person.ranks: "), "meaning: no kind, property or edge"),
        (('  HELD_IN: "A post', '  # HELD_IN: "A post'), "meaning: HELD_IN has none"),
        (("unmentioned: [Post, Organ]", "unmentioned: [Post, Organ, Person]"), "without readings"),
        (("from: Document, to: Organ", "from: Organ, to: Document"), "ISSUED_BY starts at"),
    ],
)
def test_schema_a_malformed_entry_is_refused_by_name(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    text = schema.SCHEMA_FILE.read_text(encoding="utf-8")
    assert change[0] in text
    bad = tmp_path / "schema.yaml"
    bad.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    with pytest.raises(schema.SchemaError, match=message):
        schema._read(bad)


_FIELD = st.text(alphabet=st.characters(blacklist_characters=SEP, blacklist_categories=["Cs"]))


@given(
    kind=st.sampled_from(ENTRY_EDGES),
    seen=st.sampled_from(["", "2024", "2024-03", "2024-03-07"]),
    evidence=st.integers(min_value=0, max_value=10_000),
    rest=st.lists(_FIELD, min_size=5, max_size=5),
)
def test_schema_a_packed_entry_unpacks_to_its_fields(
    kind: str, seen: str, evidence: int, rest: list[str]
) -> None:
    """Every field comes back as it went in (a sentence's index as a number), whatever
    text the others hold, empty ones too."""
    lists = SUPPORT_LISTS.get(kind, ())
    entry = {
        "seen": seen,
        "evidence": evidence,
        **dict(zip(lists, rest[: len(lists)], strict=True)),
    }
    assert unpack(kind, pack(kind, entry)) == entry


def test_schema_a_field_holding_the_separator_is_refused() -> None:
    with pytest.raises(ValueError, match=r"a HOLDS entry field holds '\|': 'a\|b'"):
        pack("HOLDS", {"seen": "2024", "evidence": 0, "changes": "a|b"})
