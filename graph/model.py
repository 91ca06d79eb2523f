"""The property graph: node and edge kinds, stable ids, and the facts of one record.

A typed extraction record (loaders.record.Record) becomes nodes and edges here, with no database in sight, so every
backend writes the same graph. Ids are derived from the facts themselves (a name, a
title and its province, a document number and its issuing level), never from load
order, so reloading gives the same ids. The kinds and their properties are graph/schema.yaml's.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from graph.schema import ENTRIES, NODES, SOURCES, SUPPORT_LISTS, pack, unpack
from loaders.gazetteer import Gazetteer, Organ
from loaders.record import (
    DocumentRecord,
    EventRecord,
    PersonRecord,
    Record,
    Span,
    TermRecord,
)
from loaders.text import alternation, key, strip_diacritics

# When one article reads a holding several times, the change it reports is the first
# of these it gives.
_CHANGE_ORDER = ("end", "start", "note", "", "former")

ACTION_EDGES = {"approved": "APPROVED", "disseminated": "DISSEMINATED", "discussed": "DISCUSSED"}
_EVIDENCE_CHARS = 400
_CENTRAL_CODE = re.compile(
    r"/(?:TW|BCT|BBT|QH\d*|CP|TTg|UBTVQH\d*|VPTW|BTGTW|BTCTW)\b|-CP\b|/20\d\d/QH"
)


_NOT_IN_SLUG = re.compile(r"[^\w&.]+")


@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """'Bí thư Tỉnh ủy' → 'bí-thư-tỉnh-ủy': ids keep diacritics, so Ân and An differ.
    Cached: an article's facts slug some fifty titles, places and names, most of them
    ones the articles before slugged too."""
    return "-".join(_NOT_IN_SLUG.sub(" ", key(text)).split())


def search_key(name: str) -> str:
    """Diacritic-insensitive name key: 'Lò Minh Hùng' and 'Lo Minh Hung' match."""
    return key(strip_diacritics(name))


def person_key(name: str) -> str:
    """'Lò Minh Hùng' → 'person:lò-minh-hùng': the id of a name's one person, and the
    key every person of that name shares when namesakes are kept apart."""
    return f"person:{slug(name)}"


def namesake_id(key: str, province: str | None, n: int = 1) -> str:
    """The id of one of a name's namesakes: its key, @ and the province where he was
    first seen holding a post ('unplaced' for none), numbered from the second who
    started there (`key_of` reads the key back)."""
    return f"{key}@{slug(province or '') or 'unplaced'}" + (f"-{n}" if n > 1 else "")


def key_of(person: str) -> str:
    """The name key of a person id (`namesake_id`)."""
    return person.partition("@")[0]


def post_id(title: str, place: str | None) -> str:
    """'Bí thư Tỉnh ủy' in Sơn La → 'post:bí-thư-tỉnh-ủy@sơn-la'; central posts have no place."""
    return f"post:{slug(title)}" + (f"@{slug(place)}" if place else "")


def text_hash(text: str, published: str | None, title: str | None = None) -> str:
    """What decides whether an article changed since it was loaded (a headline counts
    only when the crawler gave one, so untitled articles keep their hashes)."""
    headed = f"{title}\n{text}" if title else text
    return hashlib.sha256(f"{published or ''}\n{headed}".encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Node:
    kind: str
    id: str
    props: dict[str, Any]


@dataclass(frozen=True)
class Edge:
    kind: str
    source: str
    target: str
    support: dict[str, str] = field(default_factory=dict)


@dataclass
class ArticleFacts:
    """Everything one article adds: its node, the nodes it names, and the edges."""

    article: Node
    nodes: dict[str, Node] = field(default_factory=dict)
    readings: dict[str, dict[str, Any]] = field(default_factory=dict)
    reports: set[str] = field(default_factory=set)
    facts: dict[tuple[str, str, str], Edge] = field(default_factory=dict)
    structure: set[tuple[str, str, str]] = field(default_factory=set)

    def add(self, kind: str, id_: str, **props: Any) -> str:
        if id_ not in self.nodes:
            self.nodes[id_] = Node(kind, id_, props)
        return id_

    def renamed(self, ids: Mapping[str, str]) -> ArticleFacts:
        """The same facts with the nodes `ids` names under their new ids: a load places a
        split name's mention on the namesake it most likely is (graph/derive/identity.py)."""
        if not ids.keys() & self.nodes.keys():
            return self

        def new(id_: str) -> str:
            return ids.get(id_, id_)

        return ArticleFacts(
            self.article,
            {new(i): replace(n, id=new(i)) for i, n in self.nodes.items()},
            {new(i): r for i, r in self.readings.items()},
            {new(i) for i in self.reports},
            {
                (k, new(a), new(b)): replace(e, source=new(a), target=new(b))
                for (k, a, b), e in self.facts.items()
            },
            {(k, new(a), new(b)) for k, a, b in self.structure},
        )

    def sentences(self) -> list[str]:
        """The sentences the facts quote, as the article keeps them (`article_sentences`)."""
        return article_sentences(edge.support["evidence"] for edge in self.facts.values())

    def read(self, id_: str, **values: Any) -> None:
        self.readings.setdefault(id_, {}).update({k: v for k, v in values.items() if v})

    def fact(
        self,
        kind: str,
        source: str,
        target: str,
        evidence: str,
        term: str = "",
        change: str = "",
        unit: str = "",
        printed: bool = False,
    ) -> None:
        support = {"seen": self.article.props["date"] or "", "evidence": evidence[:_EVIDENCE_CHARS]}
        if kind == "HOLDS":
            support.update(terms=term, changes=change, placed="printed" if printed else "")
        if "units" in SUPPORT_LISTS.get(kind, ()):
            support["units"] = unit
        edge = self.facts.setdefault((kind, source, target), Edge(kind, source, target, support))
        if kind == "HOLDS" and edge.support is not support:
            if not edge.support["terms"]:
                edge.support["terms"] = term
            if _rank(change) < _rank(edge.support["changes"]):
                edge.support["changes"] = change
            if printed:
                edge.support["placed"] = "printed"


def article_sentences(quoted: Iterable[str]) -> list[str]:
    """An article's sentences as the store keeps them: each once, sorted, on the article,
    every fact entry holding its sentence's index (a sentence naming ten officials
    supports some thirty edges). Loading and the RDF import both order them so."""
    return sorted(set(quoted))


def edge_entries(kind: str, props: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A fact edge's entries: source → its fields, with `sources` (what `edge_props`
    writes back)."""
    packed = props.get(ENTRIES) or []
    return {
        source: {SOURCES: source, **unpack(kind, entry)}
        for source, entry in zip(props.get(SOURCES) or [], packed, strict=True)
    }


def edge_props(kind: str, entries: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A fact edge's sources and packed entries from its entries (source → fields),
    sorted by source, with the span of dates that saw it (a 'former' reading does not)."""
    first, last = _span(entries)
    return {
        SOURCES: sorted(entries),
        ENTRIES: [pack(kind, entries[s]) for s in sorted(entries)],
        "first_seen": first,
        "last_seen": last,
    }


def _span(entries: dict[str, dict[str, Any]]) -> tuple[str | None, str | None]:
    """The first and last dates that saw a fact (a 'former' reading does not)."""
    dates = [e["seen"] for e in entries.values() if e["seen"] and e.get("changes") != "former"]
    return (min(dates), max(dates)) if dates else (None, None)


def misdated(props: Mapping[str, Any], entries: dict[str, dict[str, Any]]) -> bool:
    """Whether a fact edge's dates are not the span its entries (pages folded in) give:
    a rewrite killed after its lists, before its dates, leaves it so."""
    return (props.get("first_seen"), props.get("last_seen")) != _span(entries)


def _rank(change: str) -> int:
    return _CHANGE_ORDER.index(change.partition(":")[0])


def kind_of(id_: str) -> str:
    """Node kind from an id's prefix ('post:…' → 'Post')."""
    return _PREFIX_KIND[id_.split(":", 1)[0]]


_PREFIX_KIND = {k.lower(): k for k in NODES}


def by_kind(ids: Iterable[str]) -> dict[str, list[str]]:
    """Node ids grouped by kind (labels go into Cypher, ids into parameters), sorted."""
    out: dict[str, list[str]] = defaultdict(list)
    for id_ in sorted(ids):
        out[kind_of(id_)].append(id_)
    return dict(sorted(out.items()))


class Model:
    """Maps records to graph facts with the gazetteer's organs, titles and provinces."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.organs: dict[str, Organ] = {key(o.name): o for o in gaz.organs}
        heads = alternation((*gaz.title_heads, *gaz.standalone_titles))
        self._head = re.compile(rf"^(?:{heads})(?:\s+(?:thường trực))?(?=\s|$)", re.IGNORECASE)
        # Every known organ starting at any position (a lookahead, so overlaps count).
        self._organ_names = re.compile(rf"(?=(?<!\w)({alternation(self.organs)})(?!\w))")
        self._periods = gaz.tenure.periods
        self._body_names = gaz.tenure.body_names

    # Ids -------------------------------------------------------------------------

    def province(self, facts: ArticleFacts, name: str) -> str:
        return facts.add("Province", f"province:{slug(name)}", name=name)

    def organ(self, facts: ArticleFacts, name: str, province: str | None) -> str:
        """The organ node for a name, placed in the province unless it is central, with
        its parents up to the province."""
        known = self.organs.get(key(name)) or self._known_prefix(name)
        level = known.level if known else ("central" if _is_central(name) else "province")
        place = province if level != "central" else None
        id_ = f"organ:{slug(name)}" + (f"@{slug(place)}" if place else "")
        facts.add("Organ", id_, name=name, level=level, province=place)
        parent = known.parent if known else None
        if parent:
            facts.structure.add(("PART_OF", id_, self.organ(facts, parent, place)))
        elif place:
            facts.structure.add(("IN_PROVINCE", id_, self.province(facts, place)))
        return id_

    def _known_prefix(self, name: str) -> Organ | None:
        """'Huyện ủy Tân Uyên' is a Huyện ủy: the longest known organ the name starts with."""
        k = key(name)
        best = [o for n, o in self.organs.items() if k.startswith(n + " ")]
        return max(best, key=lambda o: len(o.name)) if best else None

    def head(self, title: str) -> str | None:
        """The title's head ('Phó Bí thư Thường trực' of 'Phó Bí thư Thường trực Tỉnh ủy')."""
        head = self._head.match(title)
        return head.group(0).strip() if head else None

    def post(self, facts: ArticleFacts, title: str, province: str | None) -> str:
        """A title within an organ and place; central titles have no place."""
        head = self.head(title)
        organ_name = title[len(head) :].strip() if head else ""
        organ = self.organ(facts, organ_name, province) if organ_name else None
        place = facts.nodes[organ].props["province"] if organ else province
        id_ = post_id(title, place)
        facts.add("Post", id_, title=title, province=place)
        if organ:
            facts.structure.add(("IN_ORGAN", id_, organ))
        elif place:
            facts.structure.add(("IN_PROVINCE", id_, self.province(facts, place)))
        return id_

    def document(self, facts: ArticleFacts, doc: DocumentRecord, province: str | None) -> str:
        """Provincial documents are numbered per province; central ones are not."""
        ref = doc.number or doc.title or ""
        issuer = doc.issuer
        level = self.organs[key(issuer)].level if issuer and key(issuer) in self.organs else None
        central = (
            level == "central"
            if level
            else (
                bool(_CENTRAL_CODE.search(ref)) or "Trung ương" in ref or _is_central(issuer or "")
            )
        )
        place = None if central else province
        id_ = f"document:{slug(ref)}" + (f"@{slug(place)}" if place else "")
        facts.add("Document", id_, number=doc.number, province=place)
        return id_

    def term(self, facts: ArticleFacts, term: TermRecord, province: str | None) -> str:
        place = None if term.body in ("central_party", "national_assembly") else province
        id_ = f"term:{term.body}:{term.ordinal}" + (f"@{slug(place)}" if place else "")
        name = self._body_names.get(term.body, "{place}").format(place=place or "").strip()
        facts.add(
            "Term",
            id_,
            name=f"{name} khóa {term.ordinal}".strip(),
            body=term.body,
            ordinal=term.ordinal,
            province=place,
        )
        facts.read(id_, period=term.period or self._periods.get((term.body, term.ordinal)))
        return id_

    def meeting(self, facts: ArticleFacts, event: EventRecord, province: str | None) -> str:
        """One meeting per name, date and province; undated meetings stay with their article."""
        where = f"{event.date}@{slug(province or '')}" if event.date else facts.article.id
        id_ = f"meeting:{where}:{slug(event.name)}"
        facts.add("Meeting", id_, date=event.date, province=province)
        facts.read(id_, name=event.name)
        return id_

    # Records -----------------------------------------------------------------------

    def facts(
        self, record: Record, hash_: str, url: str | None = None, origin: str | None = None
    ) -> ArticleFacts:
        """The nodes and edges one typed extraction record adds to the graph; `url` and
        `origin` (the file an id taken from a path stands for) come with the article."""
        province = record.province
        article = Node(
            "Article",
            f"article:{record.source}",
            {
                "source": record.source,
                "url": url,
                "title": record.title,
                "origin": origin,
                "date": record.date or record.published,
                "published": record.published,
                "province": province,
                "authors": list(record.authors),
                "hash": hash_,
            },
        )
        facts = ArticleFacts(article)
        if province:
            self.province(facts, province)
        terms = [(t, self.term(facts, t, province)) for t in record.terms]
        persons = {p.name: self._person(facts, p, province, terms) for p in record.persons}
        units = {p.name: _units(p) for p in record.persons}
        docs = {}
        for d in record.documents:
            id_ = docs[d.number or d.title] = self.document(facts, d, province)
            facts.read(id_, kind=d.kind, date=d.date, issuer=d.issuer, title=d.title)
            if d.issuer:
                organ = self.organ(facts, d.issuer, province)
                facts.fact("ISSUED_BY", id_, organ, d.span.sentence)
        for d in record.documents:
            for target in d.references:
                if target in docs:
                    source = docs[d.number or d.title]
                    facts.fact("REFERENCES", source, docs[target], d.span.sentence)
        for e in record.events:
            self._event(facts, e, province, persons, units, docs, terms)
        return facts

    def _person(
        self,
        facts: ArticleFacts,
        person: PersonRecord,
        province: str | None,
        terms: list[tuple[TermRecord, str]],
    ) -> str:
        id_ = person_key(person.name)
        facts.add("Person", id_, search=search_key(person.name), key=id_)
        facts.read(id_, name=person.name, rank=person.rank)
        for h in person.holdings:
            post = self.post(facts, h.title, h.province or province)
            term = _term_after(h.span, terms)
            facts.fact(
                "HOLDS",
                id_,
                post,
                h.span.sentence,
                term,
                h.change,
                str(h.mention),
                bool(h.province),
            )
        return id_

    def _event(
        self,
        facts: ArticleFacts,
        event: EventRecord,
        province: str | None,
        persons: dict[str, str],
        units: dict[str, dict[str, str]],
        docs: dict[str | None, str],
        terms: list[tuple[TermRecord, str]],
    ) -> None:
        meeting = self.meeting(facts, event, province)
        facts.reports.add(meeting)
        said = event.span.sentence
        for kind, names, roles in (
            ("CHAIRED", event.chaired_by, event.chairs),
            ("ATTENDED", event.attended_by, event.attendees),
        ):
            for name in names:
                if name in persons:
                    # The sentence that gave this person the role, and the mention of
                    # them it read (their first titled mention there, else their first).
                    where = next((r.span.sentence for r in roles if r.name == name), said)
                    mine = units[name]
                    unit = mine.get(where, next(iter(mine.values()), ""))
                    facts.fact(kind, persons[name], meeting, where, unit=unit)
        for number, action in zip(event.documents, event.actions, strict=True):
            if number in docs:
                edge = ACTION_EDGES.get(action, "DISCUSSED")
                facts.fact(edge, meeting, docs[number], said)
        for term, term_id in terms:
            if said and term.span.sentence == said:
                facts.fact("IN_TERM", meeting, term_id, said)
        organ = self._organ_in(event.name)
        if organ:
            facts.fact("HELD_BY", meeting, self.organ(facts, organ, province), said)
        if province:
            facts.structure.add(("IN_PROVINCE", meeting, self.province(facts, province)))

    def _organ_in(self, name: str) -> str | None:
        """The longest known organ named in a meeting's name ('Hội nghị Ban Thường vụ Tỉnh ủy')."""
        named = {m.group(1) for m in self._organ_names.finditer(key(name))}
        found = [o.name for n, o in self.organs.items() if n in named]  # ties: gazetteer order
        return max(found, key=len) if found else None


def _units(person: PersonRecord) -> dict[str, str]:
    """A person's titled mentions by sentence, first mention first: the unit a role read
    in that sentence belongs to."""
    out: dict[str, str] = {}
    for h in person.holdings:
        out.setdefault(h.span.sentence, str(h.mention))
    return out


def _is_central(name: str) -> bool:
    """National bodies: the Centre, ministries, the government, the National Assembly and
    its committees ('Ủy ban Kinh tế của Quốc hội'), but not a province's delegation to it."""
    k = key(name)
    national_assembly = "quốc hội" in k and "đoàn đại biểu" not in k
    return "trung ương" in k or national_assembly or k.startswith(("bộ ", "chính phủ", "thủ tướng"))


def _term_after(span: Span, terms: list[tuple[TermRecord, str]]) -> str:
    """The term printed within or right after a title ('Ủy viên Ban Chấp hành Trung ương Đảng
    khóa XIII'), in the same sentence."""
    for term, term_id in terms:
        at = term.span.start
        if term.span.sentence == span.sentence and span.start <= at <= span.end + 12:
            return term_id
    return ""
