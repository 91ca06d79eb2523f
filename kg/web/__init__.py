"""`kg web`: the graph as pages an analyst can link to, over either store, read-only.

Every page is a catalog answer rendered: a person is `person-timeline` and
`fact-sources`, a post `post-holders`; the same page as JSON (a `.json` suffix or
`Accept: application/json`) gives those answers as they are. URLs are built from graph
ids, so a link survives a reload of the graph. Pages are server-rendered and work
without JavaScript; Jinja2 escapes every value (a `<script>` in a name is text).
"""

from __future__ import annotations

import inspect
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from jinja2.runtime import Context
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

import queries
from graph.dates import first_day
from graph.model import kind_of, search_key
from graph.network import KINDS
from graph.network import analysis as network
from graph.schema import field
from graph.store.base import ReadOnlyError, Result, Store, StoreError
from graph.store.pages import paged_lists
from kg import render
from kg.web import labels
from kg.web.chart import chart
from kg.web.circles import DEPTHS, circle, of_kinds
from kg.web.kept import Kept
from kg.web.labels import LANGUAGES, translator
from loaders import gazetteer
from loaders.gazetteer import Gazetteer
from queries import inputs
from queries.inputs import InputError

HERE = Path(__file__).parent
_PAGE_ROWS = 50  # search results of each kind
_INLINE = 20  # a post's newest sources on the person's page; the fact's page has all
_SOURCES_PAGE = 100
_CHANGES_SHOWN = 200  # the newest changes on the page; its JSON and feed have all
_MEETINGS_SHOWN = 30  # the newest meetings on a person's page; the JSON has all
_CONSOLE_ROWS = 500  # rows of a console answer shown; the downloads have all


def make_app(store: Store, gaz: Gazetteer | None = None, timeout: float = 60.0) -> Starlette:
    """The web application over an open store, which it only reads. The gazetteer reads
    parameters as `kg query` does and tells mergers from rotations in circles; the
    console's queries stop after `timeout` seconds."""
    lock = threading.Lock()  # one query at a time on the store's connection
    words = labels.load()
    gaz = gaz or gazetteer.default()
    kept = Kept(store)
    # What pages build from the whole graph, kept until it changes; `app.state.warm()`
    # builds them all (kg web does before it serves).
    builders: dict[str, Callable[[], Any]] = {
        "network": lambda: network.build(store, detail=False, mergers=gaz.mergers()),
        "names": lambda: searchable(store),
        "changes": lambda: _latest_changes(store),
    }
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"])
    )
    env.filters["cell"] = render.cell
    env.filters["mark"] = marked
    env.filters["value"] = _value
    env.tests["unbroken"] = render.unbroken
    env.filters["link"] = lambda id_: quote(str(id_), safe=":@")
    # An article's address is linked only as a web address (never javascript: or data:).
    env.filters["web"] = lambda url: url if str(url).startswith(("https://", "http://")) else ""

    def reply(
        request: Request, template: str, data: dict[str, Any], status: int = 200, **shown: Any
    ) -> Response:
        """The page, or its data as JSON when asked (a `.json` path, or Accept)."""
        if request.url.path.endswith(".json") or "application/json" in request.headers.get(
            "accept", ""
        ):
            return JSONResponse(data, status_code=status)
        return page(request, template, {**data, **shown}, status)

    def page(
        request: Request, template: str, values: dict[str, Any], status: int = 200
    ) -> Response:
        """A template rendered in the reader's language: `?lang=` chooses it and a cookie
        keeps it; Vietnamese by default."""
        asked = request.query_params.get("lang", "")
        lang = asked if asked in LANGUAGES else request.cookies.get("lang", LANGUAGES[0])
        lang = lang if lang in LANGUAGES else LANGUAGES[0]
        other = next(x for x in LANGUAGES if x != lang)
        asked_too = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
        switch = f"{quote(request.url.path, safe='/:@')}?{urlencode([*asked_too, ('lang', other)])}"
        html = env.get_template(template).render(
            **values, t=translator(words, lang), lang=lang, other=other, switch=switch
        )
        response = HTMLResponse(html, status_code=status)
        if asked in LANGUAGES:
            response.set_cookie("lang", asked, max_age=365 * 24 * 3600, samesite="lax")
        return response

    def missing(request: Request, what: str) -> Response:
        return page(request, "missing.html", {"what": what}, status=404)

    def index(request: Request) -> Response:
        """How many persons, posts and articles the graph holds."""
        with lock:
            counts = {
                kind: store.run(f"MATCH (n:{kind}) RETURN count(n)").scalar()
                for kind in ("Person", "Post", "Article")
            }
        return reply(request, "index.html", {"counts": counts})

    def search(request: Request) -> Response:
        """Persons (namesakes apart, with their provinces), provinces, posts, organs and
        documents whose name contains the words typed, diacritics optional."""
        text = request.query_params.get("q", "").strip()
        with lock:
            names = kept.get("names", builders["names"])
            found = find(store, names, text) if text else {k: [] for k in _FOUND}
        return reply(request, "search.html", {"q": text, **found})

    def person(request: Request) -> Response:
        """A person's posts over time, each with its newest sources (all of them a click
        away), the meetings they chaired and attended, who sat with them most, and how
        their mentions were joined."""
        id_ = request.path_params["id"]
        with lock:
            node = one("Person", id_, _PERSON)
            if node is None:
                return missing(request, id_)
            timeline = queries.timeline(store, id_)
            held = store.run(_HELD, {"id": id_}).records()
            data = {
                "id": id_,
                **node,
                "timeline": timeline.records(),
                # Each post's newest sources, by post id: fact-sources' first page.
                "sources": {h["post"]: newest(id_, h["post"]) for h in held},
                "meetings": of_node(
                    "person-meetings",
                    {"person": id_, "limit": str(_MEETINGS_SHOWN)},
                    "_person",
                    id_,
                ),
                "meetings_total": store.run(_MEETINGS_TOTAL, {"id": id_}).scalar(),
                "colleagues": of_node("colleagues", {"person": id_}, "_person", id_),
                "corrections": store.run(_CORRECTED, {"id": id_}).records(),
            }
        post_ids = {(h["title"], h["province"]): h["post"] for h in held}
        shown = next(iter(queries.timelines(timeline).values()), [])  # one person: an id
        rows = [
            {**row, "post_id": post_ids.get((r["post"], r["province"])), "title": r["post"]}
            for r, row in zip(data["timeline"], shown, strict=True)
        ]
        seen = {h["post"]: h["seen"] for h in held}
        drawn = chart(list(zip(data["timeline"], rows, strict=True)), seen)
        return reply(request, "person.html", data, rows=rows, chart=drawn)

    def newest(person_id: str, target: str) -> list[dict[str, Any]]:
        """A fact's newest sources: fact-sources' first page, short."""
        values = {"person": person_id, "target": target, "limit": str(_INLINE)}
        return of_node("fact-sources", values, "_person", person_id)

    def fact(request: Request) -> Response:
        """Every source of one fact (a person's holding of a post, or their chairing or
        attending a meeting), newest first, a page of them at a time."""
        id_, target = request.path_params["id"], request.path_params["target"]
        try:
            page_no = max(1, int(request.query_params.get("page", "1")))
        except ValueError:
            page_no = 1
        with lock:
            node = one("Person", id_, "RETURN n.name AS name")
            try:
                kind = kind_of(target)
            except KeyError:  # an id of no kind
                kind = ""
            about = one(kind, target, _TARGET) if kind in _TARGET_KINDS else None
            if node is None or about is None:
                return missing(request, f"{id_} {target}")
            offset = (page_no - 1) * _SOURCES_PAGE
            values = {"person": id_, "target": target, "offset": str(offset),
                      "limit": str(_SOURCES_PAGE)}  # fmt: skip
            rows = of_node("fact-sources", values, "_person", id_)
        data = {"id": id_, "name": node["name"], "target": target, **about, "page": page_no,
                "sources": rows}  # fmt: skip
        total = rows[0]["of"] if rows else 0
        return reply(request, "sources.html", data, pages=-(-total // _SOURCES_PAGE), total=total)

    def province(request: Request) -> Response:
        """A province's posts with everyone seen holding each, its terms and organs, and
        the 2025 merger (the province it joined, or those that joined it)."""
        id_ = request.path_params["id"]
        with lock:
            node = one("Province", id_, "RETURN n.name AS name")
            if node is None:
                return missing(request, id_)
            name = node["name"]
            posts = queries.answer(store, "province-posts", {"province": name}).records()
            terms = store.run(_PROVINCE_TERMS, {"v": name}).records()
            organs = store.run(_PROVINCE_ORGANS, {"v": name}).records()
            ids = dict(store.run("MATCH (v:Province) RETURN v.name, v.id").rows)
        merged = gaz.mergers()
        data = {
            "id": id_,
            "name": name,
            "posts": posts,
            "terms": terms,
            "organs": organs,
            # The 2025 merger: the province this one joined, or those that joined it.
            "merged_into": merged.get(name),
            "merged_from": sorted(k for k, v in merged.items() if v == name),
        }
        return reply(request, "province.html", data, province_ids=ids)

    def one(kind: str, id_: str, cypher: str) -> dict[str, Any] | None:
        """A node's values, by a query that starts from `(n:{kind} {id: $id})`."""
        found = store.run(f"MATCH (n:{kind} {{id: $id}}) " + cypher, {"id": id_}).records()
        return found[0] if found else None

    def node_page(kind: str, page: NodePage) -> Callable[[Request], Response]:
        """The handler of one kind of node's page, as `page` declares it."""

        def handler(request: Request) -> Response:
            id_ = request.path_params["id"]
            with lock:
                node = one(page.kind, id_, page.node)
                if node is None:
                    return missing(request, id_)
                values = page.values(node)
                data: dict[str, Any] = {"id": id_, **node}
                for key, (query, column) in page.sections.items():
                    data[key] = (
                        of_node(query, values, column, id_)
                        if column
                        else store.run(query, {"id": id_}).records()
                    )
            return reply(request, f"{kind}.html", data)

        handler.__doc__ = page.about
        return handler

    def of_node(name: str, values: dict[str, str], column: str, id_: str) -> list[dict[str, Any]]:
        return queries.of_node(store, name, values, column, id_).records()

    def person_circle(request: Request) -> Response:
        """A person's circle: who is within `depth` ties of the chosen kinds, drawn."""
        id_ = request.path_params["id"]
        kinds = [k for k in request.query_params.getlist("kind") if k in KINDS] or list(KINDS)
        try:
            depth = int(request.query_params.get("depth", "1"))
        except ValueError:
            depth = 0
        if depth not in DEPTHS:
            return HTMLResponse(f"depth is one of {DEPTHS}", status_code=400)
        with lock:
            node = one("Person", id_, "RETURN n.name AS name")
            if node is None:
                return missing(request, id_)
            g = kept.get("network", builders["network"])
            chosen = kept.get(("network", *kinds), lambda: of_kinds(g, kinds))
        data = {"id": id_, "name": node["name"], "depth": depth, "kinds": kinds,
                **circle(chosen, id_, depth)}  # fmt: skip
        return reply(request, "circle.html", data, all_kinds=KINDS)

    def console(request: Request) -> Response:
        """A Cypher console: the catalog listed, a query of it prefilled with its example,
        or any Cypher run read-only (the store refuses a write) with `name=value` lines as
        parameters; the answer as a table, `/cypher.csv` and `/cypher.json`."""
        asked = request.query_params
        chosen = queries.catalog().get(asked.get("query", ""))
        text = asked.get("cypher", "").strip()
        typed = asked.get("params", "")
        if chosen and not text:
            text = chosen.cypher
            typed = "\n".join(f"{k}={v}" for k, v in chosen.example_values().items())
        data: dict[str, Any] = {"query": chosen.name if chosen else "", "cypher": text,
                                "params": typed, "columns": [], "rows": [], "error": ""}  # fmt: skip
        if "cypher" in asked and text:
            try:
                result = _console_run(store, lock, chosen, text, typed, gaz, timeout)
                data.update(columns=list(result.columns), rows=result.records())
            except ReadOnlyError:
                data["error"] = "this query writes: the console only reads the graph"
            except (StoreError, InputError, queries.CatalogError, ValueError) as exc:
                data["error"] = str(exc)
        if request.url.path.endswith(".csv"):
            if data["error"]:
                return Response(data["error"], status_code=400, media_type="text/plain")
            answer = Result(tuple(data["columns"]), tuple(tuple(r.values()) for r in data["rows"]))
            return Response(render.csv_text(answer), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="partykg.csv"'})  # fmt: skip
        again = urlencode({k: data[k] for k in ("query", "cypher", "params")})
        return reply(request, "cypher.html", data, 400 if data["error"] else 200,
                     catalog=queries.catalog(), again=again, ran="cypher" in asked,
                     shown=_CONSOLE_ROWS)  # fmt: skip

    def changes(request: Request) -> Response:
        """What changed since a date (default: 90 days before the newest article), as
        `kg changes` gives it; `/changes.atom` is the same as a feed."""
        typed = request.query_params.get("since", "")
        with lock:
            try:
                since = inputs.date(typed) if typed else ""
            except InputError as exc:
                return HTMLResponse(str(exc), status_code=400)
            if since:
                result = queries.changes(store, since, ids=True)
            else:  # the page most read, kept until the graph changes
                since, result = kept.get("changes", builders["changes"])
        if request.url.path.endswith(".atom"):
            now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            return Response(queries.atom(result, since, now), media_type="application/atom+xml")
        data = {"since": since, "changes": result.records()}
        return reply(request, "changes.html", data, shown=_CHANGES_SHOWN)

    def api(request: Request) -> Response:
        """This list: every page's address, its parameters, and an example of its JSON."""
        with lock:
            some = {
                kind: store.run(
                    f"MATCH (n:{kind.title()}) RETURN n.id ORDER BY n.id LIMIT 1"
                ).scalar()
                for kind in pages
            }
        listed = [
            {
                "path": path,
                "json": json_path,
                "parameters": params,
                "about": " ".join(inspect.cleandoc(handler.__doc__ or "").split()),
                "example": example.format(**{k: quote(str(v or ""), safe=":@") for k, v in some.items()}),
            }
            for path, json_path, params, handler, example in [
                ("/", "", "", index, "/"),
                ("/search", "/search.json", "q", search, "/search.json?q=lo+minh"),
                *(
                    (f"/{kind}/<id>", f"/{kind}/<id>.json", "", handler, f"/{kind}/{{{kind}}}.json")
                    for kind, handler in pages.items()
                ),
                ("/person/<id>/circle", "/person/<id>/circle.json", "kind (repeatable), depth",
                 person_circle, "/person/{person}/circle.json?depth=1"),
                ("/changes", "/changes.json, /changes.atom", "since", changes, "/changes.json"),
                ("/cypher", "/cypher.json, /cypher.csv", "query, cypher, params", console,
                 "/cypher.json?cypher=MATCH+(p:Person)+RETURN+p.name+LIMIT+3"),
            ]
        ]  # fmt: skip
        return reply(request, "api.html", {"endpoints": listed})

    # Each kind's page at /<kind>/<id>, its JSON at /<kind>/<id>.json.
    pages = {"person": person, "province": province,
             **{kind: node_page(kind, page) for kind, page in _NODE_PAGES.items()}}  # fmt: skip
    routes = [
        Route("/", index),
        Route("/api", api),
        Route("/api.json", api),
        Route("/changes", changes),
        Route("/changes.json", changes),
        Route("/changes.atom", changes),
        Route("/cypher", console),
        Route("/cypher.json", console),
        Route("/cypher.csv", console),
        Route("/search", search),
        Route("/search.json", search),
        Route("/person/{id:str}/sources/{target:str}.json", fact),
        Route("/person/{id:str}/sources/{target:str}", fact),
        Route("/person/{id:str}/circle.json", person_circle),
        Route("/person/{id:str}/circle", person_circle),
        *(
            Route(f"/{kind}/{{id:str}}{suffix}", handler)
            for kind, handler in pages.items()
            for suffix in (".json", "")
        ),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes)

    def warm() -> None:
        with lock:
            for name, build in builders.items():
                kept.get(name, build)

    app.state.warm = warm
    return app


# A person's posts by id: each one's title and province, and the days articles saw it
# held (in no order: the chart draws them as a set).
_HELD = (
    "MATCH (p:Person {id: $id})-[h:HOLDS]->(x:Post)"
    + paged_lists("p", "h", "x", "")
    + " RETURN x.id AS post, x.title AS title, x.province AS province,"
    f" [e IN entries | {field('HOLDS', 'seen', 'e')}] AS seen ORDER BY post"
)
# An analyst's corrections of a person's holdings (kg resolve reject, place): entries set
# aside from a post, or placed into one, each with its decision (a holding's pages keep
# some of its entries; entries set aside have none).
_CORRECTED = (
    "MATCH (p:Person {id: $id})-[r:SET_ASIDE|HOLDS]->(x:Post)"
    + paged_lists("p", "r", "x", "")
    + " WITH x, type(r) = 'SET_ASIDE' AS aside,"
    f" CASE WHEN type(r) = 'SET_ASIDE' THEN [e IN entries | 'decision ' + {field('SET_ASIDE', 'decision', 'e')}]"
    f" ELSE [e IN entries WHERE {field('HOLDS', 'placed', 'e')} STARTS WITH 'decision'"
    f" | {field('HOLDS', 'placed', 'e')}] END AS marks"
    " WHERE size(marks) > 0"
    " UNWIND marks AS decision WITH DISTINCT x, aside, decision"
    " RETURN x.id AS post_id, x.title AS post, x.province AS province,"
    " CASE WHEN aside THEN 'taken_off' ELSE 'placed' END AS correction, decision"
    " ORDER BY decision, post_id"
)
_MEETINGS_TOTAL = "MATCH (:Person {id: $id})-[r:CHAIRED|ATTENDED]->(:Meeting) RETURN count(r)"
# What a fact is about: a post or a meeting, found with its kind's label (without one,
# the match reads every node of the graph).
_TARGET_KINDS = ("Post", "Meeting")
_TARGET = (
    "RETURN coalesce(n.title + coalesce(' (' + n.province + ')', ''), n.name) AS what,"
    " toLower(labels(n)[0]) AS kind, n.date AS date"
)
# What each page reads of its node, after `MATCH (n:Kind {id: $id})`.
_POST = (
    "OPTIONAL MATCH (n)-[:IN_ORGAN]->(o:Organ) OPTIONAL MATCH (v:Province {name: n.province})"
    " RETURN n.title AS title, n.province AS province, v.id AS province_id,"
    " o.name AS organ, o.id AS organ_id"
)
_PERSON = (
    "RETURN n.name AS name, n.rank AS rank, coalesce(n.identity, []) AS identity,"
    " coalesce(n.namesakes, []) AS namesakes, coalesce(n.apart_by, []) AS apart_by"
)
_MEETING = (
    "OPTIONAL MATCH (n)-[:HELD_BY]->(o:Organ) OPTIONAL MATCH (n)-[:IN_TERM]->(t:Term)"
    " OPTIONAL MATCH (n)-[:IN_PROVINCE]->(v:Province)"
    " RETURN n.name AS name, n.date AS date, n.province AS province, v.id AS province_id,"
    " o.name AS organ, o.id AS organ_id, t.name AS term, t.id AS term_id"
)
_DOCUMENT = (
    "OPTIONAL MATCH (n)-[:ISSUED_BY]->(o:Organ)"
    " RETURN n.number AS number, n.kind AS kind, n.date AS date, n.title AS title,"
    " n.issuer AS issuer, n.province AS province, o.name AS organ, o.id AS organ_id"
)
_TERM = (
    "RETURN n.name AS name, n.body AS body, n.ordinal AS ordinal, n.province AS province,"
    " n.period AS period"
)
_ORGAN = (
    "OPTIONAL MATCH (n)-[:PART_OF]->(up:Organ) OPTIONAL MATCH (down:Organ)-[:PART_OF]->(n)"
    " RETURN n.name AS name, n.level AS level, n.province AS province,"
    " [o IN collect(DISTINCT {id: up.id, name: up.name}) WHERE o.id IS NOT NULL] AS within,"
    " [o IN collect(DISTINCT {id: down.id, name: down.name}) WHERE o.id IS NOT NULL] AS inside"
)
_PROVINCE_TERMS = (
    "MATCH (t:Term {province: $v})"
    " RETURN t.id AS id, t.name AS name, t.period AS period ORDER BY t.body, t.ordinal"
)
_PROVINCE_ORGANS = "MATCH (o:Organ {province: $v}) RETURN o.id AS id, o.name AS name ORDER BY name"
_REPORTED = (
    "MATCH (a:Article)-[:REPORTS]->(:Meeting {id: $id})"
    " RETURN a.id AS article, a.date AS date, a.title AS headline, a.url AS url"
    " ORDER BY date, article"
)
_TERM_MEETINGS = (
    "MATCH (m:Meeting)-[:IN_TERM]->(:Term {id: $id})"
    " RETURN m.id AS id, m.name AS meeting, m.date AS date ORDER BY coalesce(date, '9999'), id"
)


@dataclass(frozen=True)
class NodePage:
    """A node's page: its values (`node`, after `MATCH (n:Kind {id: $id})`), the catalog
    parameters they give (`values`), and its sections by key: a catalog query's rows
    about the node (the query and its id column), or with no column a query of `$id`."""

    kind: str
    node: str
    values: Callable[[dict[str, Any]], dict[str, str]]
    sections: dict[str, tuple[str, str]]
    about: str


_NODE_PAGES = {
    "post": NodePage(
        "Post", _POST, lambda n: {"title": n["title"], "province": n["province"] or ""},
        {"holders": ("post-holders", "_post")},
        "A post's holders in succession, its organ and province.",
    ),
    "meeting": NodePage(
        "Meeting", _MEETING, lambda n: {"meeting": n["name"], "date": n["date"] or ""},
        {"attendance": ("meeting-attendance", "_meeting"),
         "documents": ("meeting-documents", "_meeting"), "articles": (_REPORTED, "")},
        "Who chaired and attended a meeting, what it took up, which articles report it.",
    ),
    "document": NodePage(
        "Document", _DOCUMENT, lambda n: {"number": n["number"] or n["title"]},
        {"meetings": ("document-meetings", "_document"),
         "cites": ("document-cites", "_document"),
         "cited_by": ("document-references", "_cited")},
        "The meetings that took a document up, what it cites and what cites it.",
    ),
    "term": NodePage(
        "Term", _TERM,
        lambda n: {"ordinal": n["ordinal"], "province": n["province"] or "", "body": n["body"]},
        {"holders": ("term-holders", "_term"), "meetings": (_TERM_MEETINGS, "")},
        "A term's roster: who held what in it; and its meetings.",
    ),
    "organ": NodePage(
        "Organ", _ORGAN, lambda n: {"organ": n["name"], "province": n["province"] or ""},
        {"posts": ("organ-posts", "_organ"), "documents": ("organ-documents", "_organ")},
        "An organ's posts and their holders, the organs it sits in and that sit in it, and"
        " the documents its meetings took up.",
    ),
}  # fmt: skip


def _console_run(
    store: Store,
    lock: threading.Lock,
    chosen: queries.Query | None,
    text: str,
    typed: str,
    gaz: Gazetteer,
    timeout: float,
) -> Result:
    """A console query, read-only: a catalog query as written is run as `kg query` runs it
    (its parameters read as the graph writes them, no id columns); other Cypher as
    `kg cypher` runs it, each parameter JSON or text."""
    pairs = {}
    for line in typed.splitlines():
        if line.strip():
            name, sep, value = line.partition("=")
            if not sep or not name.strip().isidentifier():
                raise ValueError(f"a parameter is name=value on its own line, not {line!r}")
            pairs[name.strip()] = value.strip()
    with lock:
        if chosen and " ".join(text.split()) == " ".join(chosen.cypher.split()):
            return queries.run(store, chosen.name, inputs.typed(pairs, gaz), timeout=timeout)
        values = {k: inputs.json_or_text(v) for k, v in pairs.items()}
        return store.run(text, values, timeout=timeout)


@pass_context
def _value(ctx: Context, text: str | None) -> str:
    """A value the graph stores in English (a status, an action; 'ended: a successor
    began'), its first word in the page's language."""
    if not text:
        return ""
    head, sep, rest = str(text).partition(":")
    return str(ctx["t"](f"value.{head}", head)) + sep + rest


def marked(sentence: str | None, *words: str | None) -> Markup:
    """The sentence escaped, with each of the words (a name, a title) in <mark>, in any
    case: what the fact was read from, shown where it stands."""
    text = sentence or ""
    wanted = sorted({w for w in words if w}, key=len, reverse=True)
    if not wanted:
        return escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in wanted), re.IGNORECASE)
    out, at = Markup(""), 0
    for found in pattern.finditer(text):
        out += escape(text[at : found.start()]) + Markup("<mark>%s</mark>") % found.group()
        at = found.end()
    return out + escape(text[at:])


def _latest_changes(store: Store) -> tuple[str, Result]:
    """What changed in the 90 days before the newest article, and that day."""
    newest = store.run("MATCH (a:Article) RETURN max(a.date)").scalar() or ""
    since = _before(newest, 90)
    return since, queries.changes(store, since, ids=True)


def _before(day: str, n: int) -> str:
    """The day `n` days before a (partial) date; '' for none."""
    if not day:
        return ""
    return (date.fromisoformat(first_day(day)) - timedelta(days=n)).isoformat()


# What search looks through besides persons, as (kind, cypher, fields matched); each
# row's text is folded once (kg/web/kept.py keeps them until the graph changes).
_SEARCHED = (
    ("provinces", "MATCH (v:Province) RETURN v.id AS id, v.name AS name ORDER BY name", ("name",)),
    (
        "posts",
        "MATCH (x:Post) RETURN x.id AS id, x.title AS title, x.province AS province"
        " ORDER BY title, province",
        ("title", "province"),
    ),
    (
        "organs",
        "MATCH (o:Organ) RETURN o.id AS id, o.name AS name, o.province AS province"
        " ORDER BY name, province",
        ("name", "province"),
    ),
    (
        "documents",
        "MATCH (d:Document) RETURN d.id AS id, coalesce(d.number, d.title) AS name,"
        " d.kind AS kind, d.title AS title, d.province AS province ORDER BY name, id",
        ("name", "kind", "title"),
    ),
)


_FOUND = ("persons", *(kind for kind, _, _ in _SEARCHED))


def searchable(store: Store) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """Each searched kind's rows with their folded text, in the order shown."""
    return {
        kind: [
            (search_key(" ".join(r[f] or "" for f in fields)), r)
            for r in store.run(cypher).records()
        ]
        for kind, cypher, fields in _SEARCHED
    }


def find(
    store: Store, names: dict[str, list[tuple[str, dict[str, Any]]]], text: str
) -> dict[str, list[dict[str, Any]]]:
    """Persons whose name contains the words typed, diacritics ignored ('lo minh' finds
    Lò Minh Hùng), namesakes apart with their provinces; provinces, posts, organs and
    documents whose folded text does (`names`, from `searchable`)."""
    typed = search_key(text)
    persons = store.run(
        "MATCH (p:Person) WHERE p.search CONTAINS $q"
        " OPTIONAL MATCH (p)-[:HOLDS]->(x:Post)"
        " WITH p, collect(DISTINCT x.province) AS provinces"
        " RETURN p.id AS id, p.name AS name, provinces ORDER BY name, id LIMIT $n",
        {"q": typed, "n": _PAGE_ROWS},
    ).records()
    found: dict[str, list[dict[str, Any]]] = {"persons": persons}
    for kind, rows in names.items():
        found[kind] = [r for key, r in rows if typed in key][:_PAGE_ROWS]
    return found
