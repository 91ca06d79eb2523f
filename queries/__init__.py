"""The Cypher query catalog: one .cypher file per question analysts ask.

Each file starts with comment lines: what it answers, `// params: a, b:name, c=default`
(`:name` values are folded to match names without diacritics, `:int` are whole numbers,
`=x` gives a default) and `// example: kg query …`. The catalog is read and checked
once: every declared parameter is used and every used parameter declared. Queries
keep to the Cypher that FalkorDB and Neo4j both run. Columns named `_…` hold the ids of
the nodes a row stands on: hidden from the rows `run` returns, they give the subgraph
`kg export rdf --query` writes.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from graph.dates import first_day
from graph.derive.scope import LAST_LOAD
from graph.model import search_key
from graph.schema import SOURCES, field
from graph.store.base import Result, Store
from graph.store.pages import PAGED, paged_lists
from queries.inputs import closest, person_id, person_name

CATALOG_DIR = Path(__file__).parent
_PARAM_TYPES = ("str", "int", "name")


class CatalogError(ValueError):
    """A catalog file is malformed, or a query was called with the wrong parameters."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str = "str"
    default: str | None = None


@dataclass(frozen=True)
class Query:
    name: str
    answers: str
    params: tuple[Param, ...]
    example: str
    cypher: str

    def bind(self, values: Mapping[str, str]) -> dict[str, Any]:
        """Parameter values from text, typed and folded; unknown or missing ones refused."""
        known = {p.name for p in self.params}
        unknown = sorted(set(values) - known)
        if unknown:
            raise CatalogError(
                f"{self.name}: unknown parameter {', '.join(unknown)}; it takes {_names(self)}"
            )
        out: dict[str, Any] = {}
        for p in self.params:
            raw = values.get(p.name, p.default)
            if raw is None:
                raise CatalogError(
                    f"{self.name}: missing --param {p.name}=…; it takes {_names(self)}"
                )
            if p.type == "int":
                try:
                    out[p.name] = int(raw)
                except ValueError as exc:
                    raise CatalogError(
                        f"{self.name}: {p.name} must be a whole number, not {raw!r}"
                    ) from exc
                if out[p.name] < 0:  # every int parameter counts rows: limit, offset
                    raise CatalogError(f"{self.name}: {p.name} must be 0 or more, not {raw!r}")
            else:
                out[p.name] = search_key(raw) if p.type == "name" else raw
        return out

    def example_values(self) -> dict[str, str]:
        """The parameter values its example passes (`--param name=value`), as typed."""
        words = shlex.split(self.example)
        pairs = [b for a, b in itertools.pairwise(words) if a in ("--param", "-p")]
        return dict(pair.partition("=")[::2] for pair in pairs)


def _names(query: Query) -> str:
    return ", ".join(p.name for p in query.params) or "no parameters"


def parse(path: Path) -> Query:
    """One catalog file, its header checked against the parameters its Cypher uses."""
    text = path.read_text(encoding="utf-8")
    header = [line[2:].strip() for line in text.splitlines() if line.startswith("//")]
    cypher = "\n".join(line for line in text.splitlines() if not line.startswith("//")).strip()
    fields = dict(line.split(":", 1) for line in header if re.match(r"^(params|example):", line))
    answers = next((line for line in header if not re.match(r"^(params|example):", line)), "")
    if not answers or "example" not in fields or not cypher:
        raise CatalogError(f"{path}: needs a description line, '// example:' and a query")
    params = tuple(
        _param(p.strip(), path) for p in fields.get("params", "").split(",") if p.strip()
    )
    used = set(re.findall(r"\$(\w+)", cypher))
    declared = {p.name for p in params}
    if used != declared:
        raise CatalogError(
            f"{path}: parameters used {sorted(used)} differ from declared {sorted(declared)}"
        )
    if not re.search(r"\bAS _\w+", cypher):
        raise CatalogError(f"{path}: returns no node ids (a column named _…) to export")
    return Query(path.stem, answers, params, fields["example"].strip(), cypher)


def _param(spec: str, path: Path) -> Param:
    match = re.fullmatch(r"(\w+)(?::(\w+))?(?:=(.*))?", spec)
    if not match or (match.group(2) or "str") not in _PARAM_TYPES:
        raise CatalogError(f"{path}: bad parameter {spec!r} (name, name:type or name=default)")
    return Param(match.group(1), match.group(2) or "str", match.group(3))


@cache
def catalog(folder: Path = CATALOG_DIR) -> dict[str, Query]:
    """Every query of a catalog folder, by name."""
    return {q.name: q for q in (parse(p) for p in sorted(folder.glob("*.cypher")))}


def get(name: str, folder: Path = CATALOG_DIR) -> Query:
    queries = catalog(folder)
    if name not in queries:
        raise CatalogError(f"no query {name!r}; `kg queries` lists: {', '.join(queries)}")
    return queries[name]


def run(
    store: Store,
    name: str,
    values: Mapping[str, str],
    folder: Path = CATALOG_DIR,
    timeout: float | None = None,
) -> Result:
    """Run a catalog query read-only with text parameter values, stopped after
    `timeout` seconds; rows without the node-id columns."""
    return _shown(answer(store, name, values, folder, timeout))


def _shown(result: Result, person: str | None = None) -> Result:
    """The rows without their node-id columns; only those of one person when given."""
    shown = [i for i, c in enumerate(result.columns) if not c.startswith("_")]
    at = result.columns.index("_person") if person else -1
    return Result(
        tuple(result.columns[i] for i in shown),
        tuple(tuple(row[i] for i in shown) for row in result.rows if at < 0 or row[at] == person),
    )


def answer(
    store: Store,
    name: str,
    values: Mapping[str, str],
    folder: Path = CATALOG_DIR,
    timeout: float | None = None,
) -> Result:
    """A catalog query's rows with their node-id columns, which a page links."""
    query = get(name, folder)
    return store.run(query.cypher, query.bind(values), timeout=timeout)


def of_node(store: Store, name: str, values: Mapping[str, str], column: str, id_: str) -> Result:
    """A catalog query's rows about one node: those whose id column (`_meeting`, …) is
    `id_`, ids kept, so that a page can link each row and tell namesakes apart."""
    result = answer(store, name, values)
    at = result.columns.index(column)
    return Result(result.columns, tuple(row for row in result.rows if row[at] == id_))


def node_ids(
    store: Store, names: list[str], values: Mapping[str, str], folder: Path = CATALOG_DIR
) -> set[str]:
    """The ids of the nodes the rows of some catalog queries stand on; each query takes
    the parameters it declares, and a parameter none declares is refused. A query that
    shows the first rows (a `limit`) gives every row unless a limit is given."""
    chosen = [get(name, folder) for name in names]
    unused = set(values) - {p.name for q in chosen for p in q.params}
    if unused:
        raise CatalogError(f"no chosen query takes the parameter {', '.join(sorted(unused))}")
    ids: set[str] = set()
    for query in chosen:
        declared = {p.name for p in query.params}
        mine = {k: v for k, v in values.items() if k in declared}
        if "limit" in declared:
            mine.setdefault("limit", str(_EVERY))
        result = store.run(query.cypher, query.bind(mine))
        for i, column in enumerate(result.columns):
            if column.startswith("_"):
                for row in result.rows:
                    cell = row[i]
                    ids.update(c for c in (cell if isinstance(cell, list) else [cell]) if c)
    return ids


def timeline(store: Store, who: str) -> Result:
    """An official's posts over time, by name matched without diacritics ('Lo Minh Hung'),
    or by person id, which tells one namesake from another."""
    return _of_person(store, "person-timeline", who)


def why(
    store: Store, who: str, post: str = "", timeout: float | None = None, limit: int | None = None
) -> Result:
    """The sources of an official's facts (of one post when given): date, article and the
    sentence read, by name or person id; the first `limit` by date (all when None)."""
    values = {
        "name": person_name(store, who),
        "post": post,
        "person": person_id(who) or "",
        "limit": str(_bounded(limit)),
    }
    return _shown(answer(store, "person-evidence", values, timeout=timeout))


def article_count(h: str) -> str:
    """Cypher: how many articles fact edge `h` has, those its pages keep with its own."""
    return f"size({h}.{SOURCES}) + coalesce({h}.{PAGED}, 0)"


def why_count(store: Store, who: str, post: str = "", timeout: float | None = None) -> int:
    """How many sources `why` has for an official, read from the edges alone."""
    return int(
        store.run(
            "MATCH (p:Person {search: $name})-[h:HOLDS|CHAIRED|ATTENDED]->(x)"
            " WHERE ($post = '' OR x.title = $post) AND ($id = '' OR p.id = $id)"
            f" RETURN coalesce(sum({article_count('h')}), 0)",
            {
                "name": search_key(person_name(store, who)),
                "post": post,
                "id": person_id(who) or "",
            },
            timeout=timeout,
        ).scalar()
        or 0
    )


# A row limit that keeps every row (Cypher's LIMIT takes a number only; FalkorDB reads
# it as 32 bits: 2**32 returns no row).
_EVERY = 2**31 - 1


def _bounded(limit: int | None) -> int:
    """A row limit Cypher takes: every row when None, and never past what FalkorDB reads."""
    return _EVERY if limit is None else min(limit, _EVERY)


# A person row of `changes`, from a person `p`, the day `first` they were first seen
# holding a post, and the ids of their namesakes `others`.
_PERSON_ROW = (
    " RETURN first AS date,"
    " CASE WHEN size(others) > 0 THEN 'new namesake' ELSE 'new person' END AS change,"
    " p.name AS person, '' AS post, null AS province,"
    " CASE WHEN size(others) > 0 THEN 'namesake of ' + reduce(s = '', n IN others |"
    " s + CASE WHEN s = '' THEN '' ELSE ', ' END + n) ELSE '' END AS why,"
    " null AS articles, p.id AS id ORDER BY date DESC, person, id"
)
# Persons first seen holding any post on or after a date; a namesake of another says so.
_NEW_PERSONS = (
    "MATCH (p:Person) WHERE p.first_held >= $since"
    " WITH p, p.first_held AS first, coalesce(p.namesakes, []) AS others"
    + _PERSON_ROW
    + " LIMIT $limit"
)


def changes(
    store: Store,
    since: str,
    timeout: float | None = None,
    ids: bool = False,
    limit: int | None = None,
) -> Result:
    """Appointments, ends, posts first seen held, and persons (or namesakes of persons
    already known) first seen, since a date; newest first, the newest `limit` (all when
    None: a national corpus has thousands a year); with `ids`, each row's `_person` and
    `_post` (none for a person's row), which a page links."""
    bound = _bounded(limit)
    held = answer(store, "changes", {"since": since, "limit": str(bound)}, timeout=timeout)
    persons = store.run(_NEW_PERSONS, {"since": since, "limit": bound}, timeout=timeout)
    both = _newest_first(held, persons)
    both = Result(both.columns, both.rows[:bound])
    return both if ids else _shown(both)


def _newest_first(held: Result, persons: Result) -> Result:
    """The holdings' changes and the persons' in one answer, newest first (the sort is
    stable: each part keeps its own order within a day). The holdings' columns, which
    end with their ids (`_person`, `_post`); a person's row has its id and no post's."""
    width = len(persons.columns)
    pad = [None] * (len(held.columns) - width)
    rows = [*held.rows, *((*row, *pad) for row in persons.rows)]
    rows.sort(key=lambda r: r[0], reverse=True)
    return Result(held.columns, tuple(rows))


# What the articles of the last load report of holdings: an appointment or an end one of
# them reports, and holdings no earlier article saw (every source is one of them). An
# edge with pages may keep the load's entries on them.
_LOAD_HELD = (
    "UNWIND $ids AS a MATCH (:Article {id: a})-[:MENTIONS]->(p:Person)-[h:HOLDS]->(x:Post)"
    f" WHERE a IN h.sources OR h.{PAGED} > 0 WITH DISTINCT p, h, x"
    + paged_lists("p", "h", "x", "")
    + " WITH p, h, x, entries, size(sources) AS articles,"
    " [i IN range(0, size(sources) - 1) WHERE sources[i] IN $ids] AS new"
    f" WITH p, h, x, articles, new, [i IN new | {field('HOLDS', 'changes', 'entries[i]')}] AS said"
    " WITH p, h, x, articles, [e IN [['appointed', h.start, '',"
    " any(c IN said WHERE c STARTS WITH 'start:')],"
    " ['ended', h.end, coalesce(h.ended_by, ''), any(c IN said WHERE c STARTS WITH 'end:')],"
    " ['first seen', h.first_seen, '', size(new) = articles]]"
    " WHERE e[3] AND e[1] IS NOT NULL] AS events"
    " UNWIND events AS e"
    " RETURN e[1] AS date, e[0] AS change, p.name AS person, x.title AS post,"
    " x.province AS province, e[2] AS why, articles,"
    " p.id AS _person, x.id AS _post"
    " ORDER BY date DESC, change, person, post, province, _person"
)
# Persons (or namesakes of persons already known) no earlier article named, who hold a post.
_LOAD_PERSONS = (
    "UNWIND $ids AS a MATCH (:Article {id: a})-[:MENTIONS]->(p:Person) WITH DISTINCT p"
    " OPTIONAL MATCH (b:Article)-[:MENTIONS]->(p) WHERE NOT b.id IN $ids"
    " WITH p, count(b) AS before WHERE before = 0"
    " MATCH (p)-[:HOLDS]->(:Post) WITH DISTINCT p"
    " WITH p, p.first_held AS first, coalesce(p.namesakes, []) AS others" + _PERSON_ROW
)


class NoLastLoad(LookupError):
    """The graph keeps no record of a load that wrote articles (or too many to list)."""


def changes_in_last_load(store: Store, timeout: float | None = None) -> tuple[str, Result]:
    """When the last load that wrote articles ran, and what its articles report:
    appointments, reported ends, holdings and persons (or namesakes) first seen."""
    rows = store.run(
        f"MATCH (r:{LAST_LOAD} {{id: 'last-load'}}) RETURN r.at, r.count, r.articles"
    ).rows
    if not rows:
        raise NoLastLoad("no load has written articles into this graph")
    at, count, ids = rows[0]
    if count and not ids:
        raise NoLastLoad(
            f"the last load ({at}) wrote {count:,} articles, too many to list what they"
            " changed; ask with --since DATE"
        )
    held = store.run(_LOAD_HELD, {"ids": ids}, timeout=timeout)
    persons = store.run(_LOAD_PERSONS, {"ids": ids}, timeout=timeout)
    return str(at), _shown(_newest_first(held, persons))


def atom(result: Result, since: str, now: str, load: str = "") -> str:
    """A `changes` answer (since a date, or of the `load` at that time) as an Atom feed
    (RFC 4287) an analyst's reader can follow."""
    from xml.etree import ElementTree as ET  # only the feed needs it

    ns = "http://www.w3.org/2005/Atom"
    ET.register_namespace("", ns)
    feed = ET.Element(f"{{{ns}}}feed")
    feed_id, title = (
        (f"urn:partykg:load:{load}", f"partykg: changes of the load of {load}")
        if load
        else (f"urn:partykg:changes:{since}", f"partykg: changes since {since}")
    )
    for tag, text in (("id", feed_id), ("title", title), ("updated", now)):
        ET.SubElement(feed, f"{{{ns}}}{tag}").text = text
    ET.SubElement(ET.SubElement(feed, f"{{{ns}}}author"), f"{{{ns}}}name").text = "partykg"
    for r in result.records():
        where = f" ({r['province']})" if r["province"] else ""
        what = f"{r['person']}: {r['change']} {r['post']}{where}"
        entry = ET.SubElement(feed, f"{{{ns}}}entry")
        digest = hashlib.sha1(f"{r['date']}|{what}".encode()).hexdigest()[:20]
        ET.SubElement(entry, f"{{{ns}}}id").text = f"urn:partykg:change:{digest}"
        ET.SubElement(entry, f"{{{ns}}}title").text = what
        ET.SubElement(entry, f"{{{ns}}}updated").text = f"{first_day(r['date'])}T00:00:00Z"
        why = f"; {r['why']}" if r["why"] else ""
        summary = f"{r['date']}{why}; {r['articles']} article(s)"
        ET.SubElement(entry, f"{{{ns}}}summary").text = summary
    return ET.tostring(feed, encoding="unicode", xml_declaration=True)


def _of_person(
    store: Store,
    name: str,
    who: str,
    values: Mapping[str, str] | None = None,
    timeout: float | None = None,
) -> Result:
    """A catalog query about a person named or given by id (then that person alone)."""
    query = get(name)
    typed = person_name(store, who)
    result = store.run(query.cypher, query.bind({"name": typed, **(values or {})}), timeout=timeout)
    return _shown(result, person_id(who))


# Why a holding ended, as the timeline says it: an article's words, or what was inferred.
_ENDED = {
    "successor": "a successor began",
    "merged": "the province merged",
    "former": "called former",
}
_DEATH = ("từ trần", "qua đời")


def timelines(result: Result) -> dict[str, list[dict[str, str]]]:
    """Per person (namesakes told apart by id, with rank and death where reported), one
    row per holding, earliest first, what was seen apart from what was inferred: `from`
    is the reported start, else '≤ first seen' (already in post then); `to` is the
    reported end, '~ end' for an inferred one, else '≥ last seen' (still held then)."""
    records = result.records()
    ids: dict[str, set[str]] = {}
    for r in records:
        ids.setdefault(r["person"], set()).add(r["person_id"])
    out: dict[str, list[dict[str, str]]] = {}
    died: dict[str, str] = {}
    for r in records:
        who = r["person"] if len(ids[r["person"]]) == 1 else f"{r['person']} ({r['person_id']})"
        if r.get("rank"):
            who = f"{who}, {r['rank']}"
        why = r["ended_by"] or ""
        reported = why.startswith("end:")
        if reported and why.removeprefix("end:") in _DEATH and r["end"]:
            died[who] = r["end"]
        first, last = r["first_seen"], r["last_seen"]
        begin = r["start"] or (f"≤ {first}" if first else "?")
        if r["end"]:
            end = r["end"] if reported else f"~ {r['end']}"
        else:
            end = f"≥ {last}" if last else "?"
        reason = why.removeprefix("end:") if reported else _ENDED.get(why, why)
        status = f"{r['status']}: {reason}" if reason else r["status"]
        post = f"{r['post']} ({r['province']})" if r["province"] else r["post"]
        terms = "; ".join(_short_term(t) for t in r["terms"] or [])
        out.setdefault(who, []).append(
            {
                "post": post,
                "from": begin,
                "to": end,
                "status": status,
                "terms": terms,
                "articles": str(r["articles"]),
            }
        )
    return {f"{who}, died {died[who]}" if who in died else who: rows for who, rows in out.items()}


def _short_term(name: str) -> str:
    """'Đảng bộ tỉnh Hà Giang khóa XVII (2020-2025)' → 'XVII 2020-2025': the body and
    province are the post's, printed beside it."""
    found = re.search(r"khóa (\w+)(?: \((\d{4}-\d{4})\))?$", name)
    if not found:
        return name
    return " ".join(x for x in found.groups() if x)


def find_people(store: Store, text: str, limit: int = 10) -> list[str]:
    """Names containing the text, diacritics ignored, else the names closest to it
    ('Trieu Duc Thui' → Triệu Đức Thụy): suggestions when nobody matches."""
    typed = search_key(text)
    rows = store.run(
        "MATCH (p:Person) WHERE p.search CONTAINS $q RETURN p.name ORDER BY p.name LIMIT $limit",
        {"q": typed, "limit": limit},
    ).rows
    if rows:
        return [row[0] for row in rows]
    names = dict(store.run("MATCH (p:Person) RETURN DISTINCT p.search, p.name").rows)
    return closest(text, names, n=min(limit, 3), cutoff=0.75)
