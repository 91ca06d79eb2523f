"""ontology.ttl and shapes.ttl: every term declared and labelled, the sample export
conforms, and the shapes catch what a broken export would get wrong."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, OWL, PROV, RDF, RDFS

from graph.load import load_paths
from graph.rdf.read import validate
from graph.rdf.vocab import PKG, SCHEMA
from graph.rdf.write import export
from graph.store.falkor import FalkorStore
from loaders import gazetteer
from tests.conftest import ROOT

ONTOLOGY, SHAPES = ROOT / "ontology.ttl", ROOT / "shapes.ttl"
BASE = "https://partykg.org/id/"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY)


@pytest.fixture(scope="module")
def sample_export(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Graph]:
    with FalkorStore(tmp_path_factory.mktemp("samples")) as store:
        load_paths(store, [ROOT / "examples" / "articles", ROOT / "tests" / "fixtures" / "catalog"])
        out = io.StringIO()
        export(store, out, "nt", BASE, gazetteer.default())
    yield Graph().parse(data=out.getvalue(), format="nt")


def _pkg_terms(g: Graph) -> set[str]:
    return {str(s) for s in g.subjects(RDF.type, None) if str(s).startswith(str(PKG))}


def test_ontology_declares_exactly_the_vocabulary(ontology: Graph) -> None:
    assert _pkg_terms(ontology) == {str(PKG) + name for name in PKG.__annotations__}


def test_ontology_every_class_and_property_labelled_in_both_languages(ontology: Graph) -> None:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    terms = {
        s for k in kinds for s in ontology.subjects(RDF.type, k) if str(s).startswith(str(PKG))
    }
    assert len(terms) > 40
    for term in terms:
        languages = {label.language for label in ontology.objects(term, RDFS.label)}  # type: ignore[attr-defined]
        assert {"vi", "en"} <= languages, term
        assert ontology.value(term, RDFS.comment), term


def test_ontology_export_uses_only_declared_terms(ontology: Graph, sample_export: Graph) -> None:
    used = {str(p) for p in sample_export.predicates()} | {
        str(c) for c in sample_export.objects(None, RDF.type)
    }
    assert {t for t in used if t.startswith(str(PKG))} <= _pkg_terms(ontology)


def test_shapes_sample_export_conforms(sample_export: Graph) -> None:
    conforms, report = validate(sample_export, SHAPES, ONTOLOGY)
    assert conforms, report


def _first(g: Graph, cls: URIRef) -> URIRef:
    return sorted(g.subjects(RDF.type, cls))[0]  # type: ignore[return-value]


def _drop(p: URIRef, cls: URIRef) -> Callable[[Graph], None]:
    return lambda g: g.remove((_first(g, cls), p, None))


def _add(p: URIRef, cls: URIRef, value: Literal | URIRef) -> Callable[[Graph], None]:
    return lambda g: g.add((_first(g, cls), p, value))


@pytest.mark.parametrize(
    ("break_it", "path"),
    [
        (_drop(ORG.member, URIRef(PKG.Holding)), "member"),
        (_drop(URIRef(PKG.post), URIRef(PKG.Holding)), "post"),
        (_add(SCHEMA.name, URIRef(PKG.Person), Literal("Another Name")), "name"),
        (_add(URIRef(PKG.status), URIRef(PKG.Holding), URIRef(PKG.Person)), "status"),
        (_drop(PROV.wasDerivedFrom, URIRef(PKG.Attestation)), "wasDerivedFrom"),
        (_drop(PROV.wasDerivedFrom, URIRef(PKG.Assertion)), "wasDerivedFrom"),
        (_add(SCHEMA.startDate, URIRef(PKG.Meeting), Literal("16/11")), "startDate"),
        (_add(URIRef(PKG.complete), URIRef(PKG.Article), Literal("yes")), "complete"),
        (_drop(ORG.resultingOrganization, ORG.ChangeEvent), "resultingOrganization"),
    ],
)
def test_shapes_catch_a_broken_export(
    sample_export: Graph, break_it: Callable[[Graph], None], path: str
) -> None:
    broken = Graph()
    for triple in sample_export:
        broken.add(triple)
    break_it(broken)
    conforms, report = validate(broken, SHAPES, ONTOLOGY)
    assert not conforms
    assert path in report
