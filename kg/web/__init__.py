"""`kg web`: the graph as pages an analyst can link to, over either store, read-only.

Every page is a catalog answer rendered: a person is `person-timeline` and
`person-evidence`, a post `post-holders`; the same page as JSON (a `.json` suffix or
`Accept: application/json`) gives those answers as they are. URLs are built from graph
ids, so a link survives a reload of the graph. Pages are server-rendered and work
without JavaScript; Jinja2 escapes every value (a `<script>` in a name is text).
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

import queries
from graph.dates import first_day
from graph.model import search_key, slug
from graph.network import KINDS
from graph.store.base import ReadOnlyError, Result, Store, StoreError
from kg import render
from kg.web.circles import DEPTHS, Circles, circle
from loaders import gazetteer
from loaders.gazetteer import Gazetteer
from queries import inputs
from queries.inputs import InputError

HERE = Path(__file__).parent
_PAGE_ROWS = 50  # search results of each kind
_CONSOLE_ROWS = 500  # rows of a console answer shown; the downloads have all


def make_app(store: Store, gaz: Gazetteer | None = None, timeout: float = 60.0) -> Starlette:
    """The web application over an open store, which it only reads. The gazetteer reads
    parameters as `kg query` does and tells mergers from rotations in circles; the
    console's queries stop after `timeout` seconds."""
    lock = threading.Lock()  # one query at a time on the store's connection
    gaz = gaz or gazetteer.default()
    circles = Circles(store, gaz.mergers())
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"])
    )
    env.filters["cell"] = render.cell
    env.tests["unbroken"] = render.unbroken
    env.filters["link"] = lambda id_: quote(str(id_), safe=":@")
    # An article's address is linked only as a web address (never javascript: or data:).
    env.filters["web"] = lambda url: url if str(url).startswith(("https://", "http://")) else ""

    def reply(request: Request, template: str, data: dict[str, Any], **shown: Any) -> Response:
        """The page, or its data as JSON when asked (a `.json` path, or Accept)."""
        if request.url.path.endswith(".json") or "application/json" in request.headers.get(
            "accept", ""
        ):
            return JSONResponse(data)
        return HTMLResponse(env.get_template(template).render(**data, **shown))

    def missing(what: str) -> Response:
        html = env.get_template("missing.html").render(what=what)
        return HTMLResponse(html, status_code=404)

    def index(request: Request) -> Response:
        with lock:
            counts = {
                kind: store.run(f"MATCH (n:{kind}) RETURN count(n)").scalar()
                for kind in ("Person", "Post", "Article")
            }
        return reply(request, "index.html", {"counts": counts})

    def search(request: Request) -> Response:
        text = request.query_params.get("q", "").strip()
        with lock:
            found = find(store, text) if text else {"persons": [], "posts": []}
        return reply(request, "search.html", {"q": text, **found})

    def person(request: Request) -> Response:
        id_ = request.path_params["id"]
        if not id_.startswith("person:"):
            return missing(id_)
        with lock:
            try:
                timeline = queries.timeline(store, id_)
            except InputError:
                return missing(id_)
            if not timeline.rows:
                return missing(id_)
            evidence = queries.why(store, id_)
            posts = store.run(
                "MATCH (:Person {id: $id})-[:HOLDS]->(x:Post) RETURN x.title, x.province, x.id",
                {"id": id_},
            ).rows
        data = {
            "id": id_,
            "name": timeline.records()[0]["person"],
            "timeline": timeline.records(),
            "evidence": evidence.records(),
        }
        post_ids = {(t, p): x for t, p, x in posts}
        sources: dict[str, list[dict[str, Any]]] = {}
        for e in data["evidence"]:
            sources.setdefault(e["what"], []).append(e)  # what: 'post (province)'
        (shown,) = queries.timelines(timeline).values()  # one person: an id
        rows = [
            {**row, "post_id": post_ids.get((r["post"], r["province"]))}
            for r, row in zip(data["timeline"], shown, strict=True)
        ]
        return reply(request, "person.html", data, rows=rows, sources=sources)

    def post(request: Request) -> Response:
        id_ = request.path_params["id"]
        with lock:
            node = store.run("MATCH (x:Post {id: $id}) RETURN x.title, x.province", {"id": id_})
            if not node.rows:
                return missing(id_)
            title, province = node.rows[0]
            holders = queries.run(
                store, "post-holders", {"title": title, "province": province or ""}
            )
            ids = dict(
                store.run(
                    "MATCH (p:Person)-[:HOLDS]->(:Post {id: $id}) RETURN p.name, p.id", {"id": id_}
                ).rows
            )
            place = store.run(
                "MATCH (v:Province {id: $id}) RETURN v.id",
                {"id": f"province:{slug(province)}" if province else ""},
            ).rows
        data = {"id": id_, "title": title, "province": province, "holders": holders.records()}
        return reply(request, "post.html", data, ids=ids, place=place[0][0] if place else None)

    def province(request: Request) -> Response:
        id_ = request.path_params["id"]
        with lock:
            node = store.run("MATCH (v:Province {id: $id}) RETURN v.name", {"id": id_})
            if not node.rows:
                return missing(id_)
            name = node.rows[0][0]
            posts = queries.run(store, "province-posts", {"province": name})
            links = store.run(
                "MATCH (x:Post {province: $v}) OPTIONAL MATCH (p:Person)-[:HOLDS]->(x)"
                " RETURN x.title, x.id, p.name, p.id",
                {"v": name},
            ).rows
        data = {"id": id_, "name": name, "posts": posts.records()}
        post_ids = {title: x for title, x, _, _ in links}
        person_ids = {who: p for _, _, who, p in links if who}
        return reply(request, "province.html", data, post_ids=post_ids, person_ids=person_ids)

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
            name = store.run("MATCH (p:Person {id: $id}) RETURN p.name", {"id": id_}).scalar()
            if name is None:
                return missing(id_)
            g = circles.network()
        data = {"id": id_, "name": name, "depth": depth, "kinds": kinds,
                **circle(g, id_, depth, kinds)}  # fmt: skip
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
        page = reply(request, "cypher.html", data, catalog=queries.catalog(), again=again,
                     ran="cypher" in asked, shown=_CONSOLE_ROWS)  # fmt: skip
        page.status_code = 400 if data["error"] else 200
        return page

    def changes(request: Request) -> Response:
        """What changed since a date (default: 90 days before the newest article), as
        `kg changes` gives it; `/changes.atom` is the same as a feed."""
        typed = request.query_params.get("since", "")
        with lock:
            newest = store.run("MATCH (a:Article) RETURN max(a.date)").scalar() or ""
            try:
                since = inputs.date(typed) if typed else _before(newest, 90)
            except InputError as exc:
                return HTMLResponse(str(exc), status_code=400)
            result = queries.changes(store, since)
        if request.url.path.endswith(".atom"):
            now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            return Response(queries.atom(result, since, now), media_type="application/atom+xml")
        data = {"since": since, "changes": result.records()}
        return reply(request, "changes.html", data)

    routes = [
        Route("/", index),
        Route("/changes", changes),
        Route("/changes.json", changes),
        Route("/changes.atom", changes),
        Route("/cypher", console),
        Route("/cypher.json", console),
        Route("/cypher.csv", console),
        Route("/search", search),
        Route("/search.json", search),
        Route("/person/{id:str}/circle.json", person_circle),
        Route("/person/{id:str}/circle", person_circle),
        Route("/person/{id:str}.json", person),
        Route("/person/{id:str}", person),
        Route("/post/{id:str}.json", post),
        Route("/post/{id:str}", post),
        Route("/province/{id:str}.json", province),
        Route("/province/{id:str}", province),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    return Starlette(routes=routes)


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


def _before(day: str, n: int) -> str:
    """The day `n` days before a (partial) date; '' for none."""
    if not day:
        return ""
    return (date.fromisoformat(first_day(day)) - timedelta(days=n)).isoformat()


def find(store: Store, text: str) -> dict[str, list[dict[str, Any]]]:
    """Persons whose name contains the words typed, diacritics ignored ('lo minh' finds
    Lò Minh Hùng), namesakes apart with their provinces; posts whose title does."""
    typed = search_key(text)
    persons = store.run(
        "MATCH (p:Person) WHERE p.search CONTAINS $q"
        " OPTIONAL MATCH (p)-[:HOLDS]->(x:Post)"
        " WITH p, collect(DISTINCT x.province) AS provinces"
        " RETURN p.id AS id, p.name AS name, provinces ORDER BY name, id LIMIT $n",
        {"q": typed, "n": _PAGE_ROWS},
    ).records()
    posts = [
        r
        for r in store.run(
            "MATCH (x:Post) RETURN x.id AS id, x.title AS title, x.province AS province"
            " ORDER BY title, province"
        ).records()
        if typed in search_key(f"{r['title']} {r['province'] or ''}")
    ][:_PAGE_ROWS]
    return {"persons": persons, "posts": posts}
