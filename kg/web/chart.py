"""A person's posts as a timeline chart for `kg web`: one bar a holding, grouped by the
term it falls in, drawn as SVG on the server (no script). What articles saw is solid
(from first to last seen, and a reported start or end beyond it); an inferred end is
drawn dashed; each day an article saw the holding is a dot. The numbers here are the
geometry; the template draws it, and the table beside it holds the same facts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from graph.dates import first_day

WIDTH = 760  # drawing units across; the SVG scales to the page
LEFT = 8  # room before the first year
ROW = 26  # one holding
HEAD = 22  # a term's heading
AXIS = 24  # the years along the top
NO_TERM = ""  # a holding no term was printed or dated for; the page names it


def _day(text: str | None) -> date | None:
    return date.fromisoformat(first_day(text)) if text else None


def chart(
    holdings: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]],
    seen: Mapping[str, Iterable[str]],
) -> dict[str, Any]:
    """The geometry of a person's timeline: `holdings` pair person-timeline's records with
    the rows the page shows of them (`post` as 'post (province)', `from`, `to`, `status`,
    `post_id`); `seen` gives the days articles saw each post, by id."""
    rows = [{**r, "label": row["post"], "post_id": row["post_id"], "from": row["from"],
             "to": row["to"], "status": row["status"]} for r, row in holdings]  # fmt: skip
    days = [
        d
        for r in rows
        for d in (_day(r["start"]), _day(r["first_seen"]), _day(r["last_seen"]), _day(r["end"]))
        if d
    ] + [d for label in seen for d in map(_day, seen[label]) if d]
    if not days:
        return {"height": 0, "years": [], "groups": []}
    first, last = min(days).year, max(days).year + 1
    span = (date(last, 1, 1) - date(first, 1, 1)).days

    def x(day: date | None) -> float:
        assert day is not None
        return round(LEFT + (WIDTH - 2 * LEFT) * (day - date(first, 1, 1)).days / span, 1)

    groups: dict[str, list[Mapping[str, Any]]] = {}
    for r in rows:
        groups.setdefault((r["terms"] or [NO_TERM])[0], []).append(r)
    y, out = AXIS, []
    for term in sorted(groups, key=lambda t: (t == NO_TERM, t)):
        y += HEAD
        bars = []
        for held in sorted(groups[term], key=lambda r: r["begin"] or ""):
            bars.append(
                {
                    **_bar(held, x, [d for d in map(_day, seen.get(held["post_id"]) or []) if d]),
                    "y": y,
                }
            )
            y += ROW
        out.append({"term": term, "y": y - ROW * len(bars) - 6, "bars": bars})
    # Each year's line; the last closes the axis, unlabelled.
    years = [
        {"year": year if year < last else "", "x": x(date(year, 1, 1))}
        for year in range(first, last + 1)
    ]
    return {"height": y + 4, "width": WIDTH, "years": years, "groups": out}


def _bar(r: Mapping[str, Any], x: Any, dots: list[date]) -> dict[str, Any]:
    """One holding: its seen span, a reported start or end beyond it, an inferred end."""
    seen0, seen1 = _day(r["first_seen"]), _day(r["last_seen"])
    start, end = _day(r["start"]), _day(r["end"])
    reported_end = (r["ended_by"] or "").startswith("end:")
    solid0 = min(d for d in (start, seen0) if d) if (start or seen0) else None
    solid1 = max(d for d in (seen1, end if reported_end else None) if d) if seen1 else end
    bar: dict[str, Any] = {
        "label": r["label"],
        "post_id": r.get("post_id"),
        "status": r["status"],
        "x0": x(solid0) if solid0 else None,
        "x1": x(solid1) if solid1 else None,
        "dots": sorted({x(d) for d in dots}),
        "title": f"{r['label']}: {r['from']} → {r['to']} ({r['status']})",
    }
    if end and not reported_end and solid1 and end > solid1:
        bar["inferred"] = (x(solid1), x(end))
    return bar
