"""`kg export rdf` and `kg import rdf`, run as a user runs them (embedded store)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import ORG, PROV, RDF
from typer.testing import CliRunner

from graph.rdf.vocab import PKG
from kg.cli import app
from tests.conftest import ROOT, hide_user_settings

runner = CliRunner()
SAMPLES = ROOT / "examples" / "articles"
BASE = "https://partykg.org/id/"
LO_MINH_HUNG = URIRef(f"{BASE}person/lò-minh-hùng")
PARSE_AS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}


def _kg(*args: str, data: Path) -> Any:
    return runner.invoke(app, [*args, "--data-dir", str(data)])


def _flat(text: str) -> str:
    """Output without whitespace: the console wraps long lines (a tmp path) anywhere."""
    return "".join(text.split())


def _said(result: Any) -> str:
    """Stderr with the console's line wrapping undone (runs of whitespace as one space)."""
    return " ".join(result.stderr.split())


def _written(result: Any) -> int:
    """The triple count the command printed on stderr."""
    found = re.search(r"(\d+) triples", result.stderr)
    assert found, result.stderr
    return int(found.group(1))


def _persons(g: Graph) -> set[Any]:
    return set(g.subjects(RDF.type, PKG.Person))


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The sample articles loaded once; tests only read this store."""
    data = tmp_path_factory.mktemp("loaded")
    with pytest.MonkeyPatch.context() as mp:
        hide_user_settings(mp)  # the module-scoped fixtures run before the autouse one
        result = _kg("load", str(SAMPLES), data=data)
        assert result.exit_code == 0, result.output
        assert "5 new" in result.output
        yield data


@pytest.fixture(scope="module")
def full_nt(loaded: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole sample graph exported once as N-Triples."""
    out = tmp_path_factory.mktemp("export") / "full.nt"
    with pytest.MonkeyPatch.context() as mp:
        hide_user_settings(mp)  # the module-scoped fixtures run before the autouse one
        result = _kg("export", "rdf", "-f", "nt", "-o", str(out), data=loaded)
    assert result.exit_code == 0, result.output
    return out


# Export ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "xml"])
def test_cli_export_rdf_each_format_parses_with_the_count_printed(
    loaded: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"graph.{fmt}"
    result = _kg("export", "rdf", "-f", fmt, "-o", str(out), data=loaded)
    assert result.exit_code == 0, result.output
    assert f"writtento{out}" in _flat(result.stderr)
    g = Graph().parse(out, format=PARSE_AS[fmt])
    assert len(g) == _written(result)
    assert len(g) > 1000
    assert LO_MINH_HUNG in _persons(g)
    assert not list(tmp_path.glob(".*.partial"))


def test_cli_export_rdf_to_stdout(loaded: Path, full_nt: Path) -> None:
    result = _kg("export", "rdf", data=loaded)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("@prefix")
    g = Graph().parse(data=result.stdout, format="turtle")
    assert len(g) == _written(result)
    assert len(g) == len(Graph().parse(full_nt, format="nt"))
    assert "written to" not in result.stderr


@pytest.mark.parametrize(("fmt", "to_file"), [("turtle", False), ("turtle", True), ("xml", False)])
def test_cli_export_rdf_validate_sample_has_no_shacl_violation(
    loaded: Path, tmp_path: Path, fmt: str, to_file: bool
) -> None:
    out = tmp_path / "graph.out"  # a suffix that names no format: -f decides
    to = ["-o", str(out)] if to_file else []
    result = _kg("export", "rdf", "-f", fmt, "--validate", *to, data=loaded)
    assert result.exit_code == 0, result.output
    assert "valid: no SHACL violation" in _said(result)
    text = out.read_text(encoding="utf-8") if to_file else result.stdout
    assert len(Graph().parse(data=text, format=PARSE_AS[fmt])) == _written(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == (["graph.out"] if to_file else [])


def test_cli_export_rdf_query_exports_one_persons_subgraph(loaded: Path, full_nt: Path) -> None:
    result = _kg(
        "export", "rdf", "-f", "nt", "-q", "person-timeline", "-p", "name=Lo Minh Hung", data=loaded
    )
    assert result.exit_code == 0, result.output
    sub = Graph().parse(data=result.stdout, format="nt")
    full = Graph().parse(full_nt, format="nt")
    assert len(sub) == _written(result)
    assert _persons(sub) == {LO_MINH_HUNG}
    assert len(_persons(full)) > 1
    assert len(sub) < len(full)
    posts = set(full.objects(LO_MINH_HUNG, ORG.holds))
    assert posts and set(sub.objects(LO_MINH_HUNG, ORG.holds)) == posts
    holdings = set(sub.subjects(RDF.subject, LO_MINH_HUNG)) & set(
        sub.subjects(RDF.type, PKG.Holding)
    )
    assert {sub.value(h, RDF.object) for h in holdings} == posts
    articles = {a for h in holdings for a in sub.objects(h, PROV.wasDerivedFrom)}
    assert articles
    assert articles <= set(sub.subjects(RDF.type, PKG.Article))
    for triple in sub.triples((None, PKG.graphId, None)):  # every node is the full one's
        assert triple in full


def test_cli_export_rdf_query_matching_nobody_exports_nothing(loaded: Path) -> None:
    result = _kg("export", "rdf", "-q", "person-timeline", "-p", "name=Nobody At All", data=loaded)
    assert result.exit_code == 1
    assert "nothing to export" in _said(result)
    assert result.stdout == ""


def test_cli_export_rdf_param_without_query_is_a_usage_error(loaded: Path) -> None:
    result = _kg("export", "rdf", "-p", "name=Lo Minh Hung", data=loaded)
    assert result.exit_code == 2
    assert "--param goes with --query" in _said(result)


def test_cli_export_rdf_unknown_query_is_named(loaded: Path) -> None:
    result = _kg("export", "rdf", "-q", "no-such-query", data=loaded)
    assert result.exit_code == 1
    assert "no-such-query" in _said(result)
    assert result.stdout == ""


def test_cli_export_rdf_param_no_chosen_query_takes(loaded: Path) -> None:
    result = _kg(
        "export",
        "rdf",
        "-q",
        "person-timeline",
        "-p",
        "name=Lo Minh Hung",
        "-p",
        "colour=red",
        data=loaded,
    )
    assert result.exit_code == 1
    assert "no chosen query takes the parameter colour" in _said(result)


def test_cli_export_rdf_failed_export_leaves_no_file(loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.ttl"
    result = _kg("export", "rdf", "-q", "no-such-query", "-o", str(out), data=loaded)
    assert result.exit_code == 1
    assert list(tmp_path.iterdir()) == []
    # A failure while writing (a node kind the ontology lacks): the partial file goes too,
    # and a file already there is left as it was.
    data = tmp_path / "data"
    note = _kg("cypher", "CREATE (:Note {id: 'note:x'})", "--write", data=data)
    assert note.exit_code == 0, note.output
    mid = _kg("export", "rdf", "-o", str(out), data=data)
    assert mid.exit_code == 1
    assert "Note" in _said(mid)
    assert not out.exists()
    assert not (tmp_path / ".out.ttl.partial").exists()
    out.write_text("old", encoding="utf-8")
    again = _kg("export", "rdf", "-o", str(out), data=data)
    assert again.exit_code == 1
    assert out.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "out.ttl"]


def test_cli_export_rdf_base_iri_from_environment(
    loaded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = "https://example.org/kg/"
    monkeypatch.setenv("KG_BASE_IRI", base)
    result = _kg("export", "rdf", "-f", "nt", data=loaded)
    assert result.exit_code == 0, result.output
    g = Graph().parse(data=result.stdout, format="nt")
    assert URIRef(f"{base}person/lò-minh-hùng") in _persons(g)
    nodes = set(g.subjects(PKG.graphId, None))
    assert nodes and all(str(s).startswith(base) for s in nodes)
    assert BASE not in result.stdout


@pytest.mark.parametrize("bad", ["not an iri", "https://x.org/no-slash"])
def test_cli_export_rdf_bad_base_iri_is_a_usage_error(
    loaded: Path, monkeypatch: pytest.MonkeyPatch, bad: str
) -> None:
    monkeypatch.setenv("KG_BASE_IRI", bad)
    result = _kg("export", "rdf", data=loaded)
    assert result.exit_code == 2
    assert "KG_BASE_IRI" in _said(result)
    assert result.stdout == ""


def test_cli_export_rdf_iris_are_stable_across_exports_and_loads(
    loaded: Path, full_nt: Path, tmp_path: Path
) -> None:
    first = full_nt.read_bytes()
    again = _kg("export", "rdf", "-f", "nt", data=loaded)
    assert again.exit_code == 0, again.output
    assert again.stdout_bytes == first
    data = tmp_path / "data"
    for _ in range(2):  # a fresh store, then the same articles loaded into it again
        assert _kg("load", str(SAMPLES), data=data).exit_code == 0
        out = tmp_path / "again.nt"
        result = _kg("export", "rdf", "-f", "nt", "-o", str(out), data=data)
        assert result.exit_code == 0, result.output
        assert out.read_bytes() == first


# Import ------------------------------------------------------------------------------


def test_cli_import_rdf_rebuilds_the_graph(loaded: Path, full_nt: Path, tmp_path: Path) -> None:
    new = tmp_path / "new"
    result = _kg("import", "rdf", str(full_nt), data=new)
    assert result.exit_code == 0, result.output
    assert "imported" in result.stderr
    for args in (["timeline", "Lo Minh Hung"], ["timeline", "Lo Minh Hung", "-f", "json"]):
        there, here = _kg(*args, data=loaded), _kg(*args, data=new)
        assert here.exit_code == 0, here.output
        assert here.stdout == there.stdout
    stats = _kg("stats", data=loaded).stdout
    assert _kg("stats", data=new).stdout == stats
    # Into a store that holds a graph: refused without --replace, the store untouched.
    refused = _kg("import", "rdf", str(full_nt), data=new)
    assert refused.exit_code == 1
    assert "--replace" in refused.output
    assert _kg("stats", data=new).stdout == stats
    replaced = _kg("import", "rdf", str(full_nt), "--replace", data=new)
    assert replaced.exit_code == 0, replaced.output
    assert _kg("stats", data=new).stdout == stats


def test_cli_import_rdf_broken_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "x.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    result = _kg("import", "rdf", str(bad), data=tmp_path / "data")
    assert result.exit_code == 1
    assert str(bad) in _flat(result.stderr)


def test_cli_import_rdf_unknown_suffix(full_nt: Path, tmp_path: Path) -> None:
    txt = tmp_path / "graph.txt"
    txt.write_bytes(full_nt.read_bytes())
    result = _kg("import", "rdf", str(txt), data=tmp_path / "data")
    assert result.exit_code == 1
    assert "unknown RDF suffix" in _said(result)
    assert str(txt) in _flat(result.stderr)
