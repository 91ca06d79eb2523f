"""Analysts' identity judgements as data, apart from the clustering that applies them
(nomenklatura keeps its judgements so): a JSON-lines file of merges, splits and undos,
each checked against the ones before it, appended whole and never rewritten."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

OPS = ("merge", "split", "reject", "place", "undo")
# The decisions that correct a holding rather than say who is who.
CORRECTIONS = ("reject", "place")


@dataclass(frozen=True)
class Decision:
    """An analyst's judgement: the units of `left` and `right` are one person (merge) or
    two (split); the holdings of `post` that units `left` report are wrong (reject), or
    are of post `to`, the same title in `province` ('' for none: a central post) (place);
    or an earlier decision withdrawn (undo). Units, not person ids, because ids change
    as namesakes appear; a unit that is gone is ignored."""

    id: int
    op: str
    key: str = ""
    left: tuple[str, ...] = ()
    right: tuple[str, ...] = ()
    undoes: int | None = None
    post: str = ""
    to: str = ""
    province: str = ""
    note: str = ""
    at: str = ""
    by: str = ""

    @classmethod
    def parse(cls, line: str) -> Decision:
        """A decision from its line (`Decision.line`); ValueError, KeyError or TypeError
        when it is none."""
        data = json.loads(line)
        return cls(
            id=int(data["id"]),
            op=str(data["op"]),
            key=str(data.get("key", "")),
            left=tuple(data.get("left", ())),
            right=tuple(data.get("right", ())),
            undoes=data.get("undoes"),
            post=str(data.get("post", "")),
            to=str(data.get("to", "")),
            province=str(data.get("province", "")),
            note=str(data.get("note", "")),
            at=str(data.get("at", "")),
            by=str(data.get("by", "")),
        )

    def line(self) -> str:
        data = {k: v for k, v in asdict(self).items() if v not in ("", (), None)}
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


class DecisionError(ValueError):
    """The decisions file is unreadable or inconsistent; the message names the line."""


def read_decisions(path: Path) -> list[Decision]:
    """Every decision of a file, checked; a missing file has none."""
    if not path.exists():
        return []
    out: list[Decision] = []
    for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not text.strip():
            continue
        try:
            decision = Decision.parse(text)
        except (ValueError, KeyError, TypeError) as exc:
            raise DecisionError(f"{path}:{n}: not a decision: {exc}") from exc
        problem = _check(decision, out)
        if problem:
            raise DecisionError(f"{path}:{n}: {problem}")
        out.append(decision)
    return out


def _check(d: Decision, before: list[Decision]) -> str | None:
    if d.op not in OPS:
        return f"op must be one of {', '.join(OPS)}, not {d.op!r}"
    if before and d.id <= before[-1].id:
        return f"id {d.id} does not follow {before[-1].id}"
    if d.op == "undo":
        if d.undoes not in {b.id for b in before if b.op != "undo"}:
            return f"undo of {d.undoes!r}, which is no earlier decision"
    elif not d.key.startswith("person:"):
        return f"{d.op} needs a person key"
    elif d.op in CORRECTIONS:
        if not d.left or not d.post.startswith("post:"):
            return f"{d.op} needs the units whose holding it corrects and their post"
        if d.op == "place" and not d.to.startswith("post:"):
            return "place needs the post it moves the holding to"
    elif not d.left or not d.right:
        return f"{d.op} needs units on both sides"
    return None


def append_decision(path: Path, decision: Decision) -> None:
    """Add a decision as one line, written whole and flushed to disk."""
    problem = _check(decision, read_decisions(path))
    if problem:
        raise DecisionError(f"{path}: {problem}")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as f:
        f.write(decision.line() + "\n")
        f.flush()
        os.fsync(f.fileno())


def in_force(decisions: Iterable[Decision]) -> list[Decision]:
    """The merges, splits and corrections no later decision undid, in the order they
    were made."""
    decisions = list(decisions)
    undone = {d.undoes for d in decisions if d.op == "undo"}
    return [d for d in decisions if d.op != "undo" and d.id not in undone]


def digest(d: Decision) -> str:
    """What the graph keeps of a decision it applied: all but its units and notes, which
    a settling needs to regroup its name and correct its posts again once it is taken
    out of the file, and a hash of its line, which tells an altered one."""
    line = d.line()
    kept = {k: v for k, v in json.loads(line).items() if k not in _UNKEPT}
    kept["line"] = hashlib.sha256(line.encode()).hexdigest()[:16]
    return json.dumps(kept, ensure_ascii=False, sort_keys=True)


_UNKEPT = ("left", "right", "note", "at", "by")


def changed(applied: Iterable[str], now: Mapping[str, Decision]) -> tuple[list[Decision], set[str]]:
    """What changed since the graph applied the decisions of digests `applied`, `now`
    being the decisions by digest: those withdrawn (taken out of the file, or altered
    in it; without their units), and the name keys of every decision made, withdrawn or
    altered, the only names that can group otherwise than they do. An undo's keys are
    its own and that of the decision it undoes."""
    before = {kept: Decision.parse(kept) for kept in applied}
    gone = [d for kept, d in before.items() if kept not in now]
    made = [d for kept, d in now.items() if kept not in before]
    key_of = {d.id: d.key for d in [*before.values(), *now.values()] if d.op != "undo"}
    return gone, {k for d in [*gone, *made] for k in (d.key, key_of.get(d.undoes or 0, "")) if k}
