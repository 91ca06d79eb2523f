"""`kg extract --explain`: for each sentence, what each step found there and what ended
each title, so that whoever extends the gazetteers sees why a fact was read or missed."""

from __future__ import annotations

import textwrap
from bisect import bisect_right
from collections.abc import Callable, Iterator
from typing import Any

from loaders.clean import Cleaned
from loaders.gazetteer import Gazetteer
from loaders.pipeline import STEPS, run_steps
from loaders.sources import Article
from loaders.titles import ended_by, rules

WIDTH = 80
_INDENT = "    "

# One line of explanation: the offset in the clean text it belongs at (-1: the article
# as a whole) and what to say.
Note = tuple[int, str]


def _mentions(facts: dict[str, Any]) -> Iterator[Note]:
    doc: Cleaned = facts["doc"]
    r = rules(facts["gaz"])
    for m in facts["mentions"]:
        rank = f", rank {m.rank}" if m.rank else ""
        yield m.start, f"person: {m.name} (found by {m.anchor}{rank})"
        for title, start, end in m.raw_titles:
            printed = " ".join(doc.text[start:end].split())
            yield start, f'  title "{printed}" → {title}; ended by {ended_by(doc.text, end, r)}'


def _facts(facts: dict[str, Any]) -> Iterator[Note]:
    """Every step's facts, in the steps' declared order."""
    doc: Cleaned = facts["doc"]

    def span(fact: Any) -> str:
        """Where a fact was read: its words, or the input's metadata (no span)."""
        if fact.start < 0:
            return " (the input's metadata)"
        return ' ← "' + " ".join(doc.text[fact.start : fact.end].split()) + '"'

    describe: dict[str, Callable[[Any], str]] = {
        "published": lambda f: f"published: {f.value}{span(f)}",
        "date": lambda f: f"event date: {f.value}{span(f)}",
        "documents": lambda f: f"document: {f.number or f.title} ({f.kind or 'kind unknown'})",
        "references": lambda f: f"reference: {f.source} → {f.target}",
        "holdings": lambda f: (
            f"holding: {f.name} — {f.title}"
            + (f" in {f.province}" if f.province else "")
            + (f" ({f.change})" if f.change else "")
        ),
        "terms": lambda f: f"term: {f.body} {f.ordinal}" + (f" ({f.period})" if f.period else ""),
        "chairs": lambda f: f"chaired by: {f.name}",
        "attendees": lambda f: f"attended by: {f.name}",
        "events": lambda f: f"meeting: {f.name}",
        "province": lambda f: f"province: {f.name}{span(f)}",
    }
    for step in STEPS:
        if step.name == "mentions":
            yield from _mentions(facts)
            continue
        found = facts[step.name]
        for fact in found if isinstance(found, tuple) else (found,) if found else ():
            yield (fact.start if fact.start >= 0 else -1), describe[step.name](fact)


def explain(article: Article, gaz: Gazetteer) -> str:
    """The explanation of one article as text at most `WIDTH` columns wide."""
    facts = run_steps(article, gaz)
    doc: Cleaned = facts["doc"]
    starts = [s.start for s in doc.sentences]
    by_sentence: dict[int, list[str]] = {}
    for offset, line in _facts(facts):
        index = bisect_right(starts, offset) - 1 if offset >= 0 else -1
        by_sentence.setdefault(index, []).append(line)
    out = [f"== {doc.source}"]
    out += _wrapped(by_sentence.get(-1, []), _INDENT)
    for i, sentence in enumerate(doc.sentences):
        out += textwrap.wrap(
            sentence.text, WIDTH, initial_indent=f"[{i + 1}] ", subsequent_indent=_INDENT
        )
        out += _wrapped(by_sentence.get(i, []), _INDENT + "· ")
    return "\n".join(out) + "\n"


def _wrapped(lines: list[str], lead: str) -> list[str]:
    out = []
    for line in lines:
        out += textwrap.wrap(
            line,
            WIDTH,
            initial_indent=lead,
            subsequent_indent=" " * (len(lead) + 2),
            break_long_words=False,
            break_on_hyphens=False,
        )
    return out
