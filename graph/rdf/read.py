"""Reading an RDF export back: the property graph it describes, node for node and edge
for edge, loaded into a store (`kg import rdf`); and SHACL validation (`--validate`)."""

from __future__ import annotations

import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import PROV, RDF

from graph import collector
from graph.derive.readings import refresh
from graph.derive.tenure import derive
from graph.model import article_sentences
from graph.rdf import FORMATS
from graph.rdf.vocab import ONTOLOGY_FILE, PKG, SHAPES_FILE
from graph.rdf.write import PREDICATES, PROPS, export, export_file
from graph.schema import ENTRIES, FACT_EDGES, NODES, READINGS, SOURCES, pack
from graph.store.base import Store, StoreError
from graph.store.copy import write_graph
from loaders import gazetteer
from loaders.gazetteer import Gazetteer


@dataclass
class Parsed:
    """An export read back: node rows by kind, edge rows by (type, from kind, to kind)."""

    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    edges: dict[tuple[str, str, str], list[dict[str, Any]]] = field(
        default_factory=lambda: defaultdict(list)
    )


def read_graph(g: Graph) -> Parsed:
    """The property graph an export describes: every resource with a pkg:graphId is a
    node, every edge predicate between two of them an edge, its properties rebuilt from
    the Assertion, Attestations and Readings."""
    classes: dict[Any, str] = {URIRef(PKG[k]): k for k in NODES}
    ids: dict[Any, str] = {}
    kinds: dict[Any, str] = {}
    parsed = Parsed()
    for s, id_ in g.subject_objects(URIRef(PKG.graphId)):
        kind = next((classes[t] for t in g.objects(s, RDF.type) if t in classes), None)
        if kind is None:
            raise ValueError(f"{s} has a pkg:graphId but no partykg class")
        ids[s], kinds[s] = str(id_), kind
        parsed.nodes[kind].append({"id": str(id_), "props": _read_values(g, s, kind)})
    assertions = {
        (g.value(f, RDF.subject), g.value(f, RDF.predicate), g.value(f, RDF.object)): f
        for cls in (PKG.Assertion, PKG.Holding)
        for f in g.subjects(RDF.type, URIRef(cls))
    }
    readings = {
        (g.value(r, PROV.wasDerivedFrom), g.value(r, URIRef(PKG.readingOf))): r
        for r in g.subjects(RDF.type, URIRef(PKG.Reading))
    }
    for type_, predicate in PREDICATES.items():
        for s, o in g.subject_objects(predicate):
            if s not in ids or o not in ids:
                continue
            if type_ in FACT_EDGES:
                props = _read_assertion(g, assertions[(s, predicate, o)], type_, ids)
            elif type_ in ("MENTIONS", "REPORTS"):
                reading = readings.get((s, o))
                props = _read_values(g, reading, kinds[o]) if reading is not None else {}
            else:
                props = {}
            parsed.edges[(type_, kinds[s], kinds[o])].append(
                {"a": ids[s], "b": ids[o], "props": props}
            )
    _keep_sentences(parsed)
    return parsed


def _keep_sentences(parsed: Parsed) -> None:
    """The sentences as the store keeps them: once per article, sorted, on the article;
    each fact entry holding its sentence's index there, packed as the store keeps it."""
    facts = [
        (t, r["props"]) for (t, _, _), rows in parsed.edges.items() if t in FACT_EDGES for r in rows
    ]
    quoted: dict[str, set[str]] = defaultdict(set)
    for _, props in facts:
        for source, entry in zip(props[SOURCES], props[ENTRIES], strict=True):
            quoted[source].add(entry["evidence"])
    ordered = {article: article_sentences(texts) for article, texts in quoted.items()}
    index = {a: {text: i for i, text in enumerate(texts)} for a, texts in ordered.items()}
    for row in parsed.nodes.get("Article", []):
        row["props"]["sentences"] = ordered.get(row["id"], [])
    for kind, props in facts:
        props[ENTRIES] = [
            pack(kind, {**entry, "evidence": index[source][entry["evidence"]]})
            for source, entry in zip(props[SOURCES], props[ENTRIES], strict=True)
        ]


def _read_values(g: Graph, s: Any, kind: str) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for name, predicate, form in PROPS[kind]:
        value = g.value(s, predicate)
        if value is None:
            continue
        if form == "list":
            props[name] = [str(v) for v in Collection(g, value)]
        elif form == "boolean":
            props[name] = str(value) == "true"
        else:
            props[name] = str(value)
    return props


def _read_assertion(g: Graph, f: Any, type_: str, ids: dict[Any, str]) -> dict[str, Any]:
    rows = []
    for at in g.objects(f, URIRef(PKG.attestation)):
        article = g.value(at, PROV.wasDerivedFrom)
        seen, evidence, term, change, unit, printed = (
            g.value(at, URIRef(p))
            for p in (
                PKG.seen,
                PKG.evidence,
                PKG.term,
                PKG.change,
                PKG.mention,
                PKG.provincePrinted,
            )
        )
        rows.append(
            (
                ids.get(article) or str(g.value(article, URIRef(PKG.graphId)) or ""),
                str(seen) if seen is not None else "",
                str(evidence) if evidence is not None else "",
                ids.get(term, "") if term is not None else "",
                str(change) if change is not None else "",
                str(unit) if unit is not None else "",
                "printed" if printed is not None and str(printed) == "true" else "",
            )
        )
    rows.sort()
    fields = ("seen", "evidence", "terms", "changes", "units", "placed")
    props: dict[str, Any] = {
        SOURCES: [r[0] for r in rows],
        ENTRIES: [dict(zip(fields, r[1:], strict=True)) for r in rows],
    }
    for name, predicate in (("first_seen", PKG.firstSeen), ("last_seen", PKG.lastSeen)):
        value = g.value(f, URIRef(predicate))
        if value is not None:
            props[name] = str(value)
    status = g.value(f, URIRef(PKG.status))
    if status is not None and status != URIRef(PKG.unknown):
        props["status"] = str(status).rpartition("#")[2]
    return props


def parse(paths: Iterable[Path], fmt: str | None = None) -> Graph:
    """Read RDF files (in a format of FORMATS, else from the suffix) into one graph; a bad
    file is named."""
    g = Graph()
    for path in paths:
        syntax = FORMATS[fmt] if fmt else SUFFIXES.get(path.suffix.lower())
        if syntax is None:
            raise ValueError(f"{path}: unknown RDF suffix (use {', '.join(sorted(SUFFIXES))})")
        if not path.is_file():
            raise ValueError(f"{path}: no such file")
        try:
            g.parse(path, format=syntax)
        except Exception as exc:  # rdflib's parsers raise many kinds
            raise ValueError(f"{path}: not valid {syntax}: {exc}") from exc
    return g


SUFFIXES = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld",
            ".rdf": "xml", ".xml": "xml", ".owl": "xml"}  # fmt: skip


@collector.paused()  # rdflib's parse makes millions of small objects
def import_rdf(
    target: Store,
    paths: Iterable[Path],
    *,
    replace: bool = False,
    page: int = 2_000,
    progress: Callable[[int], None] | None = None,
    gaz: Gazetteer | None = None,
) -> dict[str, dict[str, int]]:
    """Load an export back into an empty store (or emptied with `replace`): the graph it
    was exported from, node for node and edge for edge, its tenures and the keys of its
    readings derived again."""
    try:
        parsed = read_graph(parse(paths))
    except (KeyError, ValueError) as exc:
        raise StoreError(f"cannot import: {exc}") from exc
    collector.sweep()  # the rdflib graph parsed, a cycle with its store: gone before the writes
    if not parsed.nodes:
        raise StoreError("nothing to import: no resource has a pkg:graphId")
    expected = {
        "nodes": dict(sorted((k, len(v)) for k, v in parsed.nodes.items())),
        "edges": {},
    }
    edge_counts: dict[str, int] = defaultdict(int)
    for (type_, _, _), rows in parsed.edges.items():
        edge_counts[type_] += len(rows)
    expected["edges"] = dict(sorted(edge_counts.items()))
    kinds = sorted(parsed.nodes, key=lambda k: (k != "Article", k))
    nodes = (
        (kind, parsed.nodes[kind][i : i + page])
        for kind in kinds
        for i in range(0, len(parsed.nodes[kind]), page)
    )
    edges = (
        (type_, a, b, rows[i : i + page])
        for (type_, a, b), rows in sorted(parsed.edges.items())
        for i in range(0, len(rows), page)
    )
    with target.writing():
        written = write_graph(target, nodes, edges, expected, replace=replace, progress=progress)
        read = [row["id"] for kind in READINGS for row in parsed.nodes.get(kind, [])]
        for i in range(0, len(read), page):
            target.write(refresh(read[i : i + page]))
        derive(target, gaz or gazetteer.default())
    target.checkpoint()  # so that the next open does not replay the whole import
    return written


def validate(
    g: Graph, shapes: Path = SHAPES_FILE, ontology: Path = ONTOLOGY_FILE
) -> tuple[bool, str]:
    """SHACL validation of an export against shapes.ttl, with the ontology's classes."""
    import pyshacl  # slow to import; only validation needs it

    conforms, _, text = pyshacl.validate(
        g,
        shacl_graph=Graph().parse(shapes),
        ont_graph=Graph().parse(ontology),
        inference="none",
        allow_warnings=True,
    )
    return bool(conforms), str(text)


@dataclass(frozen=True)
class Exported:
    """What an export wrote, and, when it was checked, whether it met the shapes."""

    triples: int
    conforms: bool | None = None
    report: str = ""


def export_checked(
    store: Store,
    fmt: str,
    base: str,
    gaz: Gazetteer,
    seeds: Iterable[str] | None = None,
    output: Path | None = None,
    out: IO[str] | None = None,
    check: bool = False,
) -> Exported:
    """Export to `output`, else to `out`; with `check`, read it back and validate it
    against shapes.ttl, through a scratch file when it goes to a stream."""
    with tempfile.TemporaryDirectory() as scratch:
        target = output or (Path(scratch) / "export" if check else None)
        if target is None:
            return Exported(export(store, out or sys.stdout, fmt, base, gaz, seeds))
        written = export_file(store, target, fmt, base, gaz, seeds)
        if not check:
            return Exported(written)
        conforms, report = validate(parse([target], fmt))
        if output is None:
            (out or sys.stdout).write(target.read_text(encoding="utf-8"))
        return Exported(written, conforms, report)
