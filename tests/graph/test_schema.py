"""schema.yaml is the one declaration: the ontology, the shapes and every derived table
are held to it here, and a malformed schema is refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, SH, Graph, URIRef

from graph import schema
from graph.rdf.vocab import ONTOLOGY_FILE, PKG, SHAPES_FILE
from graph.rdf.write import PREDICATES, PROPS, term


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
    assert schema.DERIVED_EDGES == ("HELD_IN", "SET_ASIDE") and "HELD_IN" not in PREDICATES
    assert schema.DERIVED["HOLDS"][:2] == ("start", "end")
    assert ("Person", "search") in schema.INDEXES and ("Article", "id") in schema.INDEXES


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
        (("  Person.rank: ", "  Person.ranks: "), "meaning: no kind, property or edge"),
        (('  HELD_IN: "A post', '  # HELD_IN: "A post'), "meaning: HELD_IN has none"),
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
