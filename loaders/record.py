"""The extraction record of SCHEMA.md, built from the steps' facts, with evidence."""

from __future__ import annotations

from collections.abc import Callable
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


def _span(start: int, end: int, sentence: str) -> dict[str, Any]:
    return {"start": start, "end": end, "sentence": sentence}


def persons(
    mentions: tuple[Mention, ...],
    holdings: tuple[Holding, ...],
    roles: set[str],
    place: Callable[[str, str | None], str] = lambda title, _: title,
    temporary: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    """One entry per person: name, rank, every title in order, and where each was read;
    `evidence.holdings` has each title as read in each mention (province, change).
    `place` words a title as its province names it: the one printed with it (given),
    else the article's (None). A role for one event (`temporary`: a delegation's bare
    "Trưởng đoàn") still marks a person but is no post, so it is left out."""
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
        position_evidence: dict[str, dict[str, Any]] = {}
        for m in group:
            for title, start, end in m.raw_titles:
                if key(title) not in temporary:
                    position_evidence.setdefault(
                        place(title, printed.get(title)), _span(start, end, m.sentence.text)
                    )
        out.append(
            {
                "name": name,
                "rank": next((m.rank for m in group if m.rank), None),
                "positions": titles,
                "evidence": {
                    "mentions": [_span(m.start, m.end, m.sentence.text) for m in group],
                    "positions": position_evidence,
                    "holdings": [
                        {
                            "title": place(h.title, h.province),
                            "province": h.province,
                            "change": h.change,
                            "mention": h.mention,
                            **_span(h.start, h.end, h.sentence.text),
                        }
                        for h in held.get(name_key, [])
                        if key(h.title) not in temporary
                    ],
                },
            }
        )
    return out


def build(facts: dict[str, Any]) -> dict[str, Any]:
    """The record for one article, keys in the order SCHEMA.md shows."""
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
    return {
        "source": doc.source,
        "url": doc.url,
        "title": doc.title,
        "date": date.value if date else None,
        "published": published.value if published else None,
        "province": article_province,
        "persons": persons(
            facts["mentions"],
            facts["holdings"],
            roles,
            lambda title, printed: in_province(
                title, printed or article_province, when, title_rules
            ),
            frozenset(key(t) for t in facts["gaz"].tenure.temporary),
        ),
        "events": [
            {
                "name": e.name,
                "date": date.value if date else None,
                "chaired_by": list(e.chaired_by),
                "attended_by": list(e.attended_by),
                "documents": list(e.documents),
                "document_actions": dict(zip(e.documents, e.actions, strict=True)),
                "evidence": {
                    "event": _span(e.start, e.end, e.sentence),
                    "chairs": [_span(r.start, r.end, r.sentence) for r in chairs],
                    "attendees": [_span(r.start, r.end, r.sentence) for r in attendees],
                },
            }
            for e in events
        ],
        "documents": [
            {
                "number": d.number,
                "kind": d.kind,
                "date": d.date,
                "issuer": d.issuer,
                "title": d.title,
                "references": [r.target for r in references if r.source == doc_key(d)],
                "evidence": _span(d.start, d.end, d.sentence),
            }
            for d in documents
        ],
        "terms": [
            {
                "body": t.body,
                "ordinal": t.ordinal,
                "period": t.period,
                "evidence": _span(t.start, t.end, t.sentence),
            }
            for t in terms
        ],
        "authors": list(doc.authors),
        "evidence": {
            "date": _span(date.start, date.end, date.sentence) if date else None,
            "published": _span(published.start, published.end, published.sentence)
            if published and published.start >= 0
            else None,
            "province": _span(province.start, province.end, province.sentence)
            if province
            else None,
        },
    }
