"""The graph as RDF under `ontology.ttl`: stable IRIs, nothing lost, streamed.

Every node becomes a resource at an IRI derived from its id, so an entity keeps its IRI
across exports and reloads. A fact edge becomes its direct triple (`person org:holds
post`) and an Assertion, a reified statement carrying what an edge property would lose
in RDF: first/last seen dates and one Attestation per source article (prov:wasDerivedFrom
the article, its date, the sentence). HOLDS becomes a Holding, an org:Membership with a
time:Interval. What each article read about a node (a person's rank, a document's
date) is a Reading. Titles and document kinds are SKOS concepts from the gazetteer, and
the provinces' 2025 merger is org:ChangeEvents.

Triples are produced a page of nodes at a time; N-Triples and Turtle are written as
they come, so memory holds a few pages and the list of node ids, never the graph.
`graph.rdf.read` turns an export back into nodes and edges, which is how a reload is
checked to lose nothing.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from json.encoder import encode_basestring as quote
from pathlib import Path
from typing import IO, Any, TypeVar

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

from graph import collector
from graph.derive.scope import graph_counts
from graph.model import Model, by_kind, edge_entries, kind_of, slug
from graph.rdf import FORMATS
from graph.rdf.iris import check_base, encode
from graph.rdf.vocab import ELI, PKG, SCHEMA
from graph.schema import DERIVED_EDGES, EDGES, ENTRIES, FACT_EDGES, NODES, PROPERTIES, SOURCES
from graph.store.base import Store, StoreError, node_ids, node_page, sentences_of
from graph.store.pages import fold_edges
from loaders.gazetteer import Gazetteer
from loaders.text import key

# Triples are tuples of terms already in N-Triples syntax ("<iri>", "_:label", a quoted
# literal): written as they are in N-Triples, shortened to prefixed names in Turtle, so
# no term is built twice.
Triple = tuple[str, str, str]
_Page = TypeVar("_Page")


class _Terms:
    """A namespace's terms in N-Triples syntax, built once (closed namespaces still
    refuse unknown names)."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        term = f"<{self._namespace[name]}>"
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> str:
        return getattr(self, name)


P, OR, SDO, E = _Terms(PKG), _Terms(ORG), _Terms(SCHEMA), _Terms(ELI)
PV, SK, TM, DCT, RS, R, OW = (
    _Terms(PROV), _Terms(SKOS), _Terms(TIME), _Terms(DCTERMS), _Terms(RDFS), _Terms(RDF),
    _Terms(OWL),
)  # fmt: skip
A = R.type


def iri(text: str) -> str:
    return f"<{text}>"


def lit(lex: str, datatype: str | None = None, lang: str | None = None) -> str:
    """A literal in N-Triples syntax (JSON's string escapes are N-Triples' too)."""
    text = quote(lex)
    if lang:
        return f"{text}@{lang}"
    return f"{text}^^<{datatype}>" if datatype else text


def _child(term: str, path: str) -> str:
    """The IRI term below another: <…/holding/a/b> + '/during'."""
    return f"{term[:-1]}/{path}>"


DATE, DATETIME, BOOLEAN = str(XSD.date), str(XSD.dateTime), str(XSD.boolean)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A crawler may know only a page's month or year.
_PARTIAL = {re.compile(r"\d{4}-\d{2}"): str(XSD.gYearMonth), re.compile(r"\d{4}"): str(XSD.gYear)}
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")

_NAMESPACES: dict[str, Any] = {"pkg": PKG, "schema": SCHEMA, "eli": ELI, "org": ORG}


def term(name: str) -> URIRef:
    """A schema.yaml RDF name ('pkg:searchKey') as an IRI; the closed PKG namespace refuses a
    term ontology.ttl does not declare."""
    prefix, local = name.split(":", 1)
    return URIRef(_NAMESPACES[prefix][local])


# Each node kind's exported properties: (graph property, predicate, what kind of value).
PROPS: dict[str, tuple[tuple[str, URIRef, str], ...]] = {
    kind: tuple((p.name, term(p.rdf), p.form) for p in props if p.rdf)
    for kind, props in PROPERTIES.items()
}
# Each edge kind's predicate: fact edges, structure, and the article's own edges.
PREDICATES: dict[str, URIRef] = {e.name: term(e.rdf) for e in EDGES.values() if e.rdf}

PREFIXES: dict[str, str] = {
    "pkg": str(PKG),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "time": str(TIME),
    "dcterms": str(DCTERMS),
    "schema": str(SCHEMA),
    "eli": str(ELI),
}


def _segment(edge: str) -> str:
    """An edge kind's IRI segment: 'holding' for HOLDS, else 'issued-by' for ISSUED_BY."""
    return "holding" if edge == "HOLDS" else edge.lower().replace("_", "-")


# Data IRIs: base + one segment per kind of resource.
SEGMENTS = (
    *(k.lower() for k in NODES),
    *(_segment(k) for k in FACT_EDGES),
    "reading", "title", "document-kind", "change", "scheme",
)  # fmt: skip

A = R.type


def _date_type(value: str) -> str | None:
    if _DATE.fullmatch(value):
        return DATE
    if _DATETIME.fullmatch(value):
        return DATETIME
    return next((kind for form, kind in _PARTIAL.items() if form.fullmatch(value)), None)


@dataclass
class Exporter:
    """Turns node and edge rows into triples; remembers the concepts already written."""

    base: str
    gaz: Gazetteer
    _concepts: set[str] = field(default_factory=set)
    _provinces: set[str] = field(default_factory=set)
    _blanks: int = 0

    def __post_init__(self) -> None:
        check_base(self.base)
        self._model = Model(self.gaz)
        self._schemes = {s: iri(f"{self.base}scheme/{s}") for s in ("titles", "document-kinds")}

    # IRIs -------------------------------------------------------------------------

    def iri(self, id_: str) -> str:
        """A node's IRI: base, kind, the rest of its id ('person:lò-minh-hùng' →
        …/person/lò-minh-hùng)."""
        prefix, _, rest = id_.partition(":")
        return f"<{self.base}{prefix}/{encode(rest)}>"

    def fact_iri(self, kind: str, a: str, b: str) -> str:
        segment = _segment(kind)
        return f"<{self.base}{segment}/{encode(a.partition(':')[2])}/{encode(b.partition(':')[2])}>"

    def concept_iri(self, segment: str, label: str) -> str:
        return f"<{self.base}{segment}/{encode(slug(label))}>"

    # Triples ----------------------------------------------------------------------

    def preamble(self) -> Iterator[Triple]:
        """The concept schemes, and every document kind of the gazetteer."""
        for name, scheme in self._schemes.items():
            yield scheme, A, SK.ConceptScheme
            label = "Chức vụ" if name == "titles" else "Loại văn bản"
            yield scheme, SK.prefLabel, lit(label, lang="vi")
        for kind in self.gaz.doc_kinds:
            yield from self._document_kind(kind.name, (*kind.words, *kind.codes))

    def node(self, kind: str, props: dict[str, Any]) -> Iterator[Triple]:
        """A node's type, id, properties and human label, and the concepts it uses."""
        s = self.iri(props["id"])
        yield s, A, P[kind]
        yield s, P.graphId, lit(props["id"])
        yield from self._values(s, kind, props)
        label = _label(kind, props)
        if label:
            yield s, RS.label, lit(label, lang="vi")
        if kind == "Post" and props.get("title"):
            title = self._title(props["title"])
            yield from title
            yield s, OR.role, self.concept_iri("title", props["title"])
        elif kind == "Document" and props.get("kind"):
            yield from self._document_kind(props["kind"], ())
            yield s, E.type_document, self.concept_iri("document-kind", props["kind"])
        elif kind == "Province":
            self._provinces.add(props.get("name") or "")
        elif kind == "Person":
            for other in props.get("namesakes") or []:
                yield s, OW.differentFrom, self.iri(other)

    def _values(self, s: str, kind: str, props: dict[str, Any]) -> Iterator[Triple]:
        for name, predicate, form in PROPS[kind]:
            value = props.get(name)
            if value is None:
                continue
            if form == "list":
                yield from self._list(s, iri(predicate), [str(v) for v in value])
            elif form == "boolean":
                yield s, iri(predicate), lit("true" if value else "false", BOOLEAN)
            elif form == "date":
                yield s, iri(predicate), lit(str(value), _date_type(str(value)))
            elif form == "uri":
                yield s, iri(predicate), lit(str(value), str(XSD.anyURI))
            else:
                yield s, iri(predicate), lit(str(value))

    def _list(self, s: str, predicate: str, values: list[str]) -> Iterator[Triple]:
        """An rdf:List of literals, keeping their order (an article's authors)."""
        cells = [f"_:l{self._blanks + i}" for i in range(1, len(values) + 1)]
        self._blanks += len(values)
        yield s, predicate, cells[0] if cells else R.nil
        for i, (cell, value) in enumerate(zip(cells, values, strict=True)):
            yield cell, R.first, lit(value)
            yield cell, R.rest, cells[i + 1] if i + 1 < len(cells) else R.nil

    def edge(
        self, kind: str, a: str, b: str, props: dict[str, Any], organ: str | None = None,
        article_date: str | None = None,
    ) -> Iterator[Triple]:  # fmt: skip
        """The direct triple, and for a fact its Assertion (a Holding for HOLDS) with one
        Attestation per source; for MENTIONS/REPORTS, the article's Reading."""
        s, o = self.iri(a), self.iri(b)
        predicate = iri(PREDICATES[kind])
        yield s, predicate, o
        if kind in FACT_EDGES:
            yield from self._assertion(kind, a, b, s, predicate, o, props, organ)
        elif kind in ("MENTIONS", "REPORTS"):
            yield from self._reading(a, b, s, o, props, article_date)

    def _assertion(
        self, kind: str, a: str, b: str, s: str, predicate: str, o: str,
        props: dict[str, Any], organ: str | None,
    ) -> Iterator[Triple]:  # fmt: skip
        f = self.fact_iri(kind, a, b)
        yield f, A, P.Holding if kind == "HOLDS" else P.Assertion
        yield f, R.subject, s
        yield f, R.predicate, predicate
        yield f, R.object, o
        first, last = props.get("first_seen"), props.get("last_seen")
        if first:
            yield f, P.firstSeen, lit(first, _date_type(first))
        if last:
            yield f, P.lastSeen, lit(last, _date_type(last))
        for source, entry in zip(props.get(SOURCES) or [], props.get(ENTRIES) or [], strict=True):
            date, sentence, unit = entry["seen"], entry["evidence"], entry.get("units")
            term, change, how = entry.get("terms"), entry.get("changes"), entry.get("placed")
            article = self.iri(source)
            at = _child(f, f"source/{encode(source.partition(':')[2])}")
            yield f, PV.wasDerivedFrom, article
            yield f, P.attestation, at
            yield at, A, P.Attestation
            yield at, PV.wasDerivedFrom, article
            if date:
                yield at, P.seen, lit(date, _date_type(date))
            if sentence:
                yield at, P.evidence, lit(sentence, lang="vi")
            if term:
                yield at, P.term, self.iri(term)
            if change:
                yield at, P.change, lit(change)
            if unit:
                yield at, P.mention, lit(unit)
            if how == "printed":
                yield at, P.provincePrinted, lit("true", BOOLEAN)
        if kind == "HOLDS":
            yield from self._holding(f, s, o, props, organ, first, last, b)

    def _holding(
        self, f: str, person: str, post: str, props: dict[str, Any], organ: str | None,
        first: str | None, last: str | None, post_id: str,
    ) -> Iterator[Triple]:  # fmt: skip
        """The membership view of a holding: who, which post and organ, when, which terms."""
        yield f, OR.member, person
        yield f, P.post, post
        if organ:
            yield f, OR.organization, self.iri(organ)
        status = props.get("status") or "unknown"
        yield f, P.status, P[status]
        printed = {e.get("terms") or "" for e in props.get(ENTRIES) or []}
        for term in sorted({*printed, *(props.get("in_terms") or [])} - {""}):
            yield f, P.inTerm, self.iri(term)
        for name, predicate in (("start", P.startedOn), ("end", P.endedOn)):
            if props.get(name):
                yield f, predicate, lit(props[name], _date_type(props[name]))
        if props.get("ended_by"):
            yield f, P.endReason, lit(props["ended_by"])
        if props.get("predecessor"):
            yield f, P.succeeds, self.fact_iri("HOLDS", props["predecessor"], post_id)
        if first or last:
            during = _child(f, "during")
            yield f, OR.memberDuring, during
            yield during, A, TM.Interval
            for end, date in (("from", first), ("to", last)):
                if date:
                    instant = _child(f, end)
                    link = TM.hasBeginning if end == "from" else TM.hasEnd
                    yield during, link, instant
                    yield instant, A, TM.Instant
                    yield instant, TM.inXSDDate, lit(date, _date_type(date))

    def _reading(
        self, a: str, b: str, article: str, node: str, props: dict[str, Any],
        article_date: str | None,
    ) -> Iterator[Triple]:  # fmt: skip
        """What one article read about a node, when it differs from nothing: the values
        the graph keeps the latest of."""
        # The reading's date is its article's (graphs before 2026-12 kept it on the edge).
        seen = article_date or ""
        values = {k: v for k, v in props.items() if k != "seen"}
        if not values:
            return
        kind = kind_of(b)
        a_, b_ = encode(a.partition(":")[2]), encode(b.partition(":")[2])
        r = f"<{self.base}reading/{a_}/{kind.lower()}/{b_}>"
        yield r, A, P.Reading
        yield r, P.readingOf, node
        yield r, PV.wasDerivedFrom, article
        if seen:
            yield r, P.seen, lit(seen, _date_type(seen))
        yield from self._values(r, kind, values)

    def _title(self, title: str) -> Iterator[Triple]:
        """A title as a SKOS concept (and org:Role), its abbreviated spellings as
        altLabels, narrower than its head ('Bí thư Tỉnh ủy' under 'Bí thư')."""
        head = self._model.head(title)
        broader = head if head and key(head) != key(title) else None
        if broader:
            yield from self._concept("title", P.Title, broader)
        yield from self._concept("title", P.Title, title, broader)

    def _document_kind(self, name: str, alt: Iterable[str]) -> Iterator[Triple]:
        yield from self._concept("document-kind", P.DocumentKind, name, alt=alt)

    def _concept(
        self, segment: str, cls: str, label: str, broader: str | None = None,
        alt: Iterable[str] | None = None,
    ) -> Iterator[Triple]:  # fmt: skip
        """A SKOS concept, once per export: its labels (abbreviated spellings for titles),
        its scheme, the concept it is narrower than."""
        c = self.concept_iri(segment, label)
        if c in self._concepts:
            return
        self._concepts.add(c)
        yield c, A, cls
        yield c, SK.prefLabel, lit(label, lang="vi")
        yield c, SK.inScheme, self._schemes[f"{segment}s"]
        spellings = abbreviated(label, self.gaz.abbreviations) if alt is None else alt
        for word in sorted(set(spellings) - {label}):
            yield c, SK.altLabel, lit(word, lang="vi")
        if broader:
            yield c, SK.broader, self.concept_iri(segment, broader)

    def mergers(self) -> Iterator[Triple]:
        """The 1 July 2025 merger of every province the graph holds, as org:ChangeEvents:
        the provinces before, the one after (those the graph lacks get a name)."""
        known = {p.name: p for p in self.gaz.provinces}
        results = {known[n].merged_into or n for n in self._provinces if n in known}
        named = set(self._provinces)
        for name in sorted(results):
            formed = known[name].formed_from
            if not formed:
                continue
            merger = self.gaz.tenure.merger_date
            event = self.concept_iri("change", f"{merger} {name}")
            yield event, A, OR.ChangeEvent
            yield event, RS.label, lit(f"Hợp nhất thành {name}", lang="vi")
            yield event, DCT.date, lit(merger, DATE)
            yield event, OR.resultingOrganization, self.iri(f"province:{slug(name)}")
            for old in formed:
                yield event, OR.originalOrganization, self.iri(f"province:{slug(old)}")
            for province in sorted({name, *formed} - named):
                named.add(province)
                s = self.iri(f"province:{slug(province)}")
                yield s, A, P.Province
                yield s, SDO.name, lit(province)
                yield s, RS.label, lit(province, lang="vi")


def abbreviated(label: str, abbreviations: dict[str, str]) -> list[str]:
    """A title's spellings with abbreviations ('Chủ tịch UBND tỉnh'): each abbreviation
    alone, and all of them at once, longest first ('BCHTƯ') and shortest first ('BCH TW')."""
    by_expansion: dict[str, list[str]] = defaultdict(list)
    for abbr, expansion in abbreviations.items():
        by_expansion[expansion].append(abbr)
    found = [
        (re.compile(rf"(?<!\w){re.escape(expansion)}(?!\w)", re.IGNORECASE), abbrs)
        for expansion, abbrs in sorted(by_expansion.items(), key=lambda e: -len(e[0]))
        if re.search(rf"(?<!\w){re.escape(expansion)}(?!\w)", label, re.IGNORECASE)
    ]
    out = {pattern.sub(abbr, label) for pattern, abbrs in found for abbr in abbrs}
    for order in (found, found[::-1]):
        combined = label
        for pattern, abbrs in order:
            combined = pattern.sub(abbrs[0], combined)
        out.add(combined)
    out.discard(label)
    return sorted(out)


def _label(kind: str, props: dict[str, Any]) -> str | None:
    """A human label: the name, title or number, with the place when it disambiguates."""
    text = props.get("name") or props.get("title") or props.get("number")
    if kind == "Term" and not text:
        text = f"khóa {props.get('ordinal')} ({props.get('body')})"
    elif kind == "Article":
        text = props.get("source")
    if text and kind in ("Post", "Organ") and props.get("province"):
        text = f"{text} ({props['province']})"
    if text and kind == "Meeting" and props.get("date"):
        text = f"{text}, {props['date']}"
    return str(text) if text else None


# Reading the store ------------------------------------------------------------------


def export_triples(
    store: Store,
    exporter: Exporter,
    ids: Iterable[str] | None = None,
    page: int = 100,
    readers: int = 2,
) -> Iterator[Triple]:
    """Every triple of the graph (or of the nodes `ids`), a page of nodes at a time, with
    up to `readers` pages being read meanwhile."""
    found = graph_counts(store)
    for label in found["nodes"]:
        if label not in NODES:
            raise StoreError(f"cannot export nodes labelled {label!r}: not in the ontology")
    for type_ in found["edges"]:
        if type_ not in PREDICATES and type_ not in DERIVED_EDGES:
            raise StoreError(f"cannot export edges of type {type_!r}: not in the ontology")
    keep = set(ids) if ids is not None else None
    chosen = by_kind(keep) if keep is not None else {}
    kinds = [k for k in NODES if k in found["nodes"]]
    listed = {k: chosen.get(k, []) if keep is not None else node_ids(store, k) for k in kinds}
    yield from exporter.preamble()
    with ThreadPoolExecutor(max_workers=readers) as pool:
        for kind in kinds:
            chunks = _chunks(listed[kind], page)
            for rows in _read(pool, [partial(node_page, store, kind, c) for c in chunks], readers):
                for row in rows:
                    yield from exporter.node(kind, row["props"])
        yield from exporter.mergers()
        for kind in kinds:
            chunks = _chunks(listed[kind], page)
            calls = [partial(_edge_page, store, kind, c) for c in chunks]
            for edges in _read(pool, calls, readers):
                for type_, a, b, props, organ_id, date in edges:
                    if (keep is None or b in keep) and type_ not in DERIVED_EDGES:
                        yield from exporter.edge(type_, a, b, props, organ_id, date)


def _chunks(ids: list[str], size: int) -> list[list[str]]:
    return [ids[start : start + size] for start in range(0, len(ids), size)]


def _edge_page(store: Store, kind: str, ids: list[str]) -> list[list[Any]]:
    """The edges leaving some nodes, sorted: type, from, to, properties (a fact's entries,
    its pages' folded in, unpacked, each with its evidence as its sentence), a post's
    organ (for holdings), an article's date (for its readings)."""
    organ = " OPTIONAL MATCH (b)-[:IN_ORGAN]->(o:Organ)" if kind == "Person" else ""
    cypher = (
        f"UNWIND $ids AS id MATCH (a:{kind} {{id: id}})-[r]->(b){organ}"
        f" RETURN type(r), a.id, b.id, properties(r), {'o.id' if organ else 'null'}, a.date"
    )
    rows = fold_edges(sorted(store.run(cypher, {"ids": ids}).rows, key=lambda r: tuple(r[:3])))
    quoted = {s for row in rows if row[0] in FACT_EDGES for s in row[3].get(SOURCES) or []}
    sentences = sentences_of(store, quoted) if quoted else {}
    for row in rows:
        if row[0] in FACT_EDGES:
            props = row[3]
            props[ENTRIES] = [
                {**e, "evidence": _sentence(sentences.get(s), e["evidence"])}
                for s, e in edge_entries(row[0], props).items()
            ]
    return rows


def _sentence(sentences: list[str] | None, at: Any) -> str:
    """An entry's sentence: its index in the article's sentences (a graph loaded before
    they were kept per article holds the sentence itself)."""
    if isinstance(at, str):
        return at
    return sentences[at] if sentences and 0 <= at < len(sentences) else ""


def _read(
    pool: ThreadPoolExecutor, calls: Sequence[Callable[[], _Page]], window: int
) -> Iterator[_Page]:
    """Page reads run `window` at a time, their results yielded in order: the database
    answers several while the exporter writes."""
    pending: deque[Future[_Page]] = deque()
    for call in calls:
        pending.append(pool.submit(call))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def subgraph(store: Store, seeds: Iterable[str]) -> set[str]:
    """The nodes to export for some seed nodes: their organs and provinces up the
    structure, the articles behind the facts among them, and the terms holdings name."""
    nodes = {s for s in seeds if s}
    frontier = set(nodes)
    while frontier:
        found = _by_kind_run(
            store, frontier,
            "UNWIND $ids AS id MATCH (a:{kind} {{id: id}})-[:PART_OF|IN_ORGAN|IN_PROVINCE]->(b)"
            " RETURN b.id",
        )  # fmt: skip
        frontier = {row[0] for row in found} - nodes
        nodes |= frontier
    facts = _by_kind_run(
        store, nodes,
        "UNWIND $ids AS id MATCH (a:{kind} {{id: id}})-[r]->(b) WHERE b.id IN $all"
        " AND r.sources IS NOT NULL RETURN coalesce(r.of, type(r)), r.sources, r.entries",
        all=sorted(nodes),
    )  # fmt: skip
    for kind, sources, entries in facts:
        nodes.update(sources)
        held = edge_entries(kind, {SOURCES: sources, ENTRIES: entries}).values()
        nodes.update(t for e in held if (t := e.get("terms")))
    return nodes


def _by_kind_run(store: Store, ids: set[str], cypher: str, **params: Any) -> list[tuple[Any, ...]]:
    """Run a query once per kind of the ids, with that kind's ids as $ids."""
    rows: list[tuple[Any, ...]] = []
    for kind, kind_ids in by_kind(ids).items():
        rows += store.run(cypher.format(kind=kind), {"ids": kind_ids, **params}).rows
    return rows


# Writing ----------------------------------------------------------------------------


def write_ntriples(triples: Iterable[Triple], out: IO[str], chunk: int = 20_000) -> int:
    """N-Triples as the triples come; returns how many were written."""
    n = 0
    lines: list[str] = []
    for s, p, o in triples:
        lines.append(f"{s} {p} {o} .\n")
        if len(lines) >= chunk:
            out.write("".join(lines))
            n += len(lines)
            lines.clear()
    out.write("".join(lines))
    return n + len(lines)


_PN_LOCAL = re.compile(
    r"[A-Za-z0-9_:%\u00C0-\uFFFF](?:[A-Za-z0-9_:%~@.\-\u00B7\u00C0-\uFFFF]*[A-Za-z0-9_:%~@\-\u00B7\u00C0-\uFFFF])?"
)
_PN_ESCAPES = str.maketrans({"~": "\\~", "@": "\\@"})


def prefixes(base: str) -> dict[str, str]:
    """The vocabularies' prefixes and one per kind of data IRI (person:, holding:…)."""
    return {**PREFIXES, **{s: f"{base}{s}/" for s in SEGMENTS}}


class _Turtle:
    """Terms as prefixed names where the local part allows one; a bounded cache."""

    def __init__(self, base: str) -> None:
        self.prefixes = prefixes(base)
        self._by_ns = {ns: p for p, ns in self.prefixes.items()}
        self._cache: dict[str, str] = {A: "a"}

    def term(self, term: str) -> str:
        found = self._cache.get(term)
        if found is not None:
            return found
        if term[0] == "<":
            found = self._iri(term)
        elif term[0] == '"' and term[-1] == ">":  # a typed literal: shorten its datatype
            at = term.rfind("^^<")
            return f"{term[: at + 2]}{self.term(term[at + 2 :])}"
        else:
            return term
        if len(self._cache) > 20_000:
            self._cache = {A: "a"}
        self._cache[term] = found
        return found

    def _iri(self, term: str) -> str:
        text = term[1:-1]
        cut = max(text.rfind("/"), text.rfind("#")) + 1
        prefix = self._by_ns.get(text[:cut])
        local = text[cut:]
        if prefix is not None and _PN_LOCAL.fullmatch(local):
            return f"{prefix}:{local.translate(_PN_ESCAPES)}"
        return term


def write_turtle(triples: Iterable[Triple], out: IO[str], base: str, chunk: int = 20_000) -> int:
    """Turtle as the triples come, a subject's consecutive triples grouped."""
    ttl = _Turtle(base)
    out.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in ttl.prefixes.items()))
    term = ttl.term
    n = 0
    parts: list[str] = []
    last_s = last_p = ""
    for s, p, o in triples:
        n += 1
        if s == last_s and p == last_p:
            parts.append(f" ,\n        {term(o)}")
        elif s == last_s:
            parts.append(f" ;\n    {term(p)} {term(o)}")
        else:
            parts.append(f"{' .' if last_s else ''}\n\n{term(s)} {term(p)} {term(o)}")
        last_s, last_p = s, p
        if len(parts) >= chunk:
            out.write("".join(parts))
            parts.clear()
    parts.append(" .\n" if last_s else "")
    out.write("".join(parts))
    return n


def to_graph(triples: Iterable[Triple], base: str) -> Graph:
    """An rdflib Graph of the triples (for JSON-LD, RDF/XML and validation)."""
    g = Graph()
    for prefix, ns in prefixes(base).items():
        g.bind(prefix, ns)
    blanks: dict[str, BNode] = {}

    def term(t: str) -> URIRef | BNode | Literal:
        if t[0] == "<":
            return URIRef(t[1:-1])
        if t[0] == "_":
            return blanks.setdefault(t, BNode())
        if t[-1] == '"':
            return Literal(json.loads(t))
        if t[-1] == ">":
            at = t.rfind('"^^<')
            return Literal(json.loads(t[: at + 1]), datatype=URIRef(t[at + 4 : -1]))
        at = t.rfind('"@')
        return Literal(json.loads(t[: at + 1]), lang=t[at + 2 :])

    for s, p, o in triples:
        g.add((term(s), term(p), term(o)))
    return g


def write(triples: Iterable[Triple], fmt: str, out: IO[str], base: str) -> int:
    """Write in a format: N-Triples and Turtle streamed, JSON-LD and RDF/XML via rdflib."""
    if fmt == "nt":
        return write_ntriples(triples, out)
    if fmt == "turtle":
        return write_turtle(triples, out, base)
    g = to_graph(triples, base)
    if fmt == "jsonld":
        context = prefixes(base)
        out.write(g.serialize(format="json-ld", context=context, auto_compact=True))
    else:
        out.write(g.serialize(format=FORMATS[fmt]))
    return len(g)


# One call per command ---------------------------------------------------------------------


@collector.paused()  # its rows and triples are millions of short-lived objects
def export(
    store: Store,
    out: IO[str],
    fmt: str,
    base: str,
    gaz: Gazetteer,
    seeds: Iterable[str] | None = None,
) -> int:
    """Write the whole graph, or the subgraph around some seed nodes, in a format;
    returns the number of triples."""
    ids = subgraph(store, seeds) if seeds is not None else None
    return write(export_triples(store, Exporter(base, gaz), ids), fmt, out, base)


def export_file(
    store: Store,
    path: Path,
    fmt: str,
    base: str,
    gaz: Gazetteer,
    seeds: Iterable[str] | None = None,
) -> int:
    """`export` into a file, written whole or not at all: a failed export leaves any
    earlier file as it was. A symlink is written through (its target replaced); a
    device or pipe is written straight to."""
    path = path.resolve() if path.is_symlink() else path
    if path.exists() and not path.is_file():
        with path.open("w", encoding="utf-8") as out:
            return export(store, out, fmt, base, gaz, seeds)
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("w", encoding="utf-8") as out:
            written = export(store, out, fmt, base, gaz, seeds)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return written
