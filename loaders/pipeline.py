"""Extraction as named steps in a declared order, each a function of earlier facts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from loaders import record
from loaders.clean import clean
from loaders.gazetteer import Gazetteer
from loaders.sources import Article
from loaders.steps.dates import find_event_date, find_published
from loaders.steps.documents import find_documents, find_references
from loaders.steps.events import find_attendees, find_chairs, find_events
from loaders.steps.persons import find_mentions
from loaders.steps.province import find_province
from loaders.steps.tenure import find_holdings
from loaders.steps.terms import find_terms


@dataclass(frozen=True)
class Step:
    """A named extraction step and the facts it reads."""

    name: str
    run: Callable[..., Any]
    needs: tuple[str, ...]


STEPS: tuple[Step, ...] = (
    Step("published", find_published, ("doc",)),
    Step("date", find_event_date, ("doc", "published", "gaz")),
    Step("mentions", find_mentions, ("doc", "gaz")),
    Step("documents", find_documents, ("doc", "gaz")),
    Step("references", find_references, ("doc", "documents", "gaz")),
    Step("holdings", find_holdings, ("doc", "mentions", "gaz")),
    Step("terms", find_terms, ("doc", "gaz")),
    Step("chairs", find_chairs, ("doc", "mentions", "gaz")),
    Step("attendees", find_attendees, ("doc", "mentions", "gaz")),
    Step("events", find_events, ("doc", "chairs", "attendees", "documents", "gaz")),
    Step("province", find_province, ("doc", "mentions", "date", "published", "gaz")),
)


def check_order(steps: tuple[Step, ...] = STEPS) -> None:
    """Fail when a step reads a fact no earlier step makes."""
    made = {"doc", "gaz"}
    for step in steps:
        missing = set(step.needs) - made
        if missing:
            raise ValueError(f"step {step.name!r} needs {sorted(missing)} before it")
        made.add(step.name)


check_order()


def run_steps(article: Article, gaz: Gazetteer) -> dict[str, Any]:
    """Every step's facts for one article, by step name (and the cleaned `doc`)."""
    facts: dict[str, Any] = {"doc": clean(article, gaz), "gaz": gaz}
    for step in STEPS:
        facts[step.name] = step.run(*(facts[name] for name in step.needs))
    return facts


def extract_record(article: Article, gaz: Gazetteer) -> record.Record:
    """The typed record of one article: what the graph is built from."""
    return record.typed(run_steps(article, gaz))


def extract(article: Article, gaz: Gazetteer) -> dict[str, Any]:
    """The SCHEMA.md record of one article."""
    return extract_record(article, gaz).as_dict()
