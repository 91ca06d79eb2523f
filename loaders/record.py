"""The extraction record, built from the steps' facts: typed (`Record`, what the graph is
built from) and as SCHEMA.md's dict (`Record.as_dict`, `kg extract`'s output), with evidence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from loaders.clean import Cleaned
from loaders.steps.dates import DateFact
from loaders.steps.documents import DocumentFact, Reference, doc_key
from loaders.steps.events import EventFact, Role
from loaders.steps.persons import Mention
from loaders.steps.province import ProvinceFact
from loaders.steps.tenure import Holding
from loaders.steps.terms import TermFact
from loaders.text import key
from loaders.titles import in_province, rules

# People introduced only as "ông"/"bà" with no title and no part in the meeting may
# be citizens, not officials.
_PLAIN_HONORIFICS = {
    "honorific:ông",
    "honorific:bà",
    "honorific:anh",
    "honorific:chị",
    "honorific:cụ",
}


@dataclass(frozen=True)
class Span:
    """Where a fact was read: its offsets in the clean text and its sentence."""

    start: int
    end: int
    sentence: str

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "sentence": self.sentence}


@dataclass(frozen=True)
class Held:
    """One title as one mention of a person reads it: `mention` is the mention's index
    among the article's, the unit identity joins."""

    title: str
    province: str | None
    change: str
    mention: int
    span: Span


@dataclass(frozen=True)
class PersonRecord:
    name: str
    rank: str | None
    positions: tuple[str, ...]
    mentions: tuple[Span, ...]
    position_spans: tuple[tuple[str, Span], ...]
    holdings: tuple[Held, ...]


@dataclass(frozen=True)
class RoleRecord:
    """A person's part in the meeting, read in `span`."""

    name: str
    span: Span


@dataclass(frozen=True)
class EventRecord:
    name: str
    date: str | None
    chaired_by: tuple[str, ...]
    attended_by: tuple[str, ...]
    documents: tuple[str, ...]
    actions: tuple[str, ...]
    span: Span
    chairs: tuple[RoleRecord, ...]
    attendees: tuple[RoleRecord, ...]


@dataclass(frozen=True)
class DocumentRecord:
    number: str | None
    kind: str | None
    date: str | None
    issuer: str | None
    title: str | None
    references: tuple[str, ...]
    span: Span


@dataclass(frozen=True)
class TermRecord:
    body: str
    ordinal: str
    period: str | None
    span: Span


@dataclass(frozen=True)
class Record:
    """One article's extraction as typed facts: what the graph is built from. `as_dict`
    is SCHEMA.md's record, `kg extract`'s output."""

    source: str
    url: str | None
    title: str | None
    date: str | None
    published: str | None
    province: str | None
    persons: tuple[PersonRecord, ...]
    events: tuple[EventRecord, ...]
    documents: tuple[DocumentRecord, ...]
    terms: tuple[TermRecord, ...]
    authors: tuple[str, ...]
    date_span: Span | None
    published_span: Span | None
    province_span: Span | None

    def as_dict(self) -> dict[str, Any]:
        """The record in SCHEMA.md's shape, keys in its order, with evidence."""
        return {
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "date": self.date,
            "published": self.published,
            "province": self.province,
            "persons": [
                {
                    "name": p.name,
                    "rank": p.rank,
                    "positions": list(p.positions),
                    "evidence": {
                        "mentions": [m.as_dict() for m in p.mentions],
                        "positions": {t: sp.as_dict() for t, sp in p.position_spans},
                        "holdings": [
                            {
                                "title": h.title,
                                "province": h.province,
                                "change": h.change,
                                "mention": h.mention,
                                **h.span.as_dict(),
                            }
                            for h in p.holdings
                        ],
                    },
                }
                for p in self.persons
            ],
            "events": [
                {
                    "name": e.name,
                    "date": e.date,
                    "chaired_by": list(e.chaired_by),
                    "attended_by": list(e.attended_by),
                    "documents": list(e.documents),
                    "document_actions": dict(zip(e.documents, e.actions, strict=True)),
                    "evidence": {
                        "event": e.span.as_dict(),
                        "chairs": [r.span.as_dict() for r in e.chairs],
                        "attendees": [r.span.as_dict() for r in e.attendees],
                    },
                }
                for e in self.events
            ],
            "documents": [
                {
                    "number": d.number,
                    "kind": d.kind,
                    "date": d.date,
                    "issuer": d.issuer,
                    "title": d.title,
                    "references": list(d.references),
                    "evidence": d.span.as_dict(),
                }
                for d in self.documents
            ],
            "terms": [
                {
                    "body": t.body,
                    "ordinal": t.ordinal,
                    "period": t.period,
                    "evidence": t.span.as_dict(),
                }
                for t in self.terms
            ],
            "authors": list(self.authors),
            "evidence": {
                "date": self.date_span.as_dict() if self.date_span else None,
                "published": self.published_span.as_dict() if self.published_span else None,
                "province": self.province_span.as_dict() if self.province_span else None,
            },
        }


def persons(
    mentions: tuple[Mention, ...],
    holdings: tuple[Holding, ...],
    roles: set[str],
    place: Callable[[str, str | None], str] = lambda title, _: title,
    temporary: frozenset[str] = frozenset(),
) -> tuple[PersonRecord, ...]:
    """One entry per person: name, rank, every title in order, and where each was read;
    `holdings` has each title as read in each mention (province, change). `place` words
    a title as its province names it: the one printed with it (given), else the
    article's (None). A role for one event (`temporary`: a delegation's bare "Trưởng
    đoàn") still marks a person but is no post, so it is left out."""
    grouped: dict[str, list[Mention]] = {}
    for m in mentions:
        grouped.setdefault(key(m.name), []).append(m)
    held: dict[str, list[Holding]] = {}
    for h in holdings:
        held.setdefault(key(h.name), []).append(h)
    out = []
    for name_key, group in grouped.items():
        name = group[0].name
        printed = {h.title: h.province for h in held.get(name_key, []) if h.province}
        titles = list(dict.fromkeys(place(t, printed.get(t)) for m in group for t in m.titles))
        if not titles and name not in roles and all(m.anchor in _PLAIN_HONORIFICS for m in group):
            continue
        titles = [t for t in titles if key(t) not in temporary]
        position_spans: dict[str, Span] = {}
        for m in group:
            for title, start, end in m.raw_titles:
                if key(title) not in temporary:
                    position_spans.setdefault(
                        place(title, printed.get(title)), Span(start, end, m.sentence.text)
                    )
        out.append(
            PersonRecord(
                name=name,
                rank=next((m.rank for m in group if m.rank), None),
                positions=tuple(titles),
                mentions=tuple(Span(m.start, m.end, m.sentence.text) for m in group),
                position_spans=tuple(position_spans.items()),
                holdings=tuple(
                    Held(
                        place(h.title, h.province),
                        h.province,
                        h.change,
                        h.mention,
                        Span(h.start, h.end, h.sentence.text),
                    )
                    for h in held.get(name_key, [])
                    if key(h.title) not in temporary
                ),
            )
        )
    return tuple(out)


def _role(role: Role) -> RoleRecord:
    return RoleRecord(role.name, Span(role.start, role.end, role.sentence))


def typed(facts: dict[str, Any]) -> Record:
    """The typed record of one article from the steps' facts."""
    doc: Cleaned = facts["doc"]
    date: DateFact | None = facts["date"]
    published: DateFact | None = facts["published"]
    province: ProvinceFact | None = facts["province"]
    events: tuple[EventFact, ...] = facts["events"]
    chairs: tuple[Role, ...] = facts["chairs"]
    attendees: tuple[Role, ...] = facts["attendees"]
    documents: tuple[DocumentFact, ...] = facts["documents"]
    terms: tuple[TermFact, ...] = facts["terms"]
    references: tuple[Reference, ...] = facts["references"]
    roles = {r.name for r in (*chairs, *attendees)}
    article_province = province.name if province else None
    when = dated.value if (dated := date or published) else None
    title_rules = rules(facts["gaz"])
    return Record(
        source=doc.source,
        url=doc.url,
        title=doc.title,
        date=date.value if date else None,
        published=published.value if published else None,
        province=article_province,
        persons=persons(
            facts["mentions"],
            facts["holdings"],
            roles,
            lambda title, printed: in_province(
                title, printed or article_province, when, title_rules
            ),
            frozenset(key(t) for t in facts["gaz"].tenure.temporary),
        ),
        events=tuple(
            EventRecord(
                name=e.name,
                date=date.value if date else None,
                chaired_by=e.chaired_by,
                attended_by=e.attended_by,
                documents=e.documents,
                actions=e.actions,
                span=Span(e.start, e.end, e.sentence),
                chairs=tuple(_role(r) for r in chairs),
                attendees=tuple(_role(r) for r in attendees),
            )
            for e in events
        ),
        documents=tuple(
            DocumentRecord(
                number=d.number,
                kind=d.kind,
                date=d.date,
                issuer=d.issuer,
                title=d.title,
                references=tuple(r.target for r in references if r.source == doc_key(d)),
                span=Span(d.start, d.end, d.sentence),
            )
            for d in documents
        ),
        terms=tuple(
            TermRecord(t.body, t.ordinal, t.period, Span(t.start, t.end, t.sentence)) for t in terms
        ),
        authors=tuple(doc.authors),
        date_span=Span(date.start, date.end, date.sentence) if date else None,
        published_span=Span(published.start, published.end, published.sentence)
        if published and published.start >= 0
        else None,
        province_span=Span(province.start, province.end, province.sentence) if province else None,
    )


def without_evidence(record: dict[str, Any]) -> dict[str, Any]:
    """A SCHEMA.md record without the spans and sentences each fact was read in."""
    record = {k: v for k, v in record.items() if k != "evidence"}
    for facet in ("persons", "events", "documents", "terms"):
        record[facet] = [{k: v for k, v in x.items() if k != "evidence"} for x in record[facet]]
    return record
