"""Commands that ask the graph: the query catalog, ad-hoc Cypher, timelines, sources,
terms, holders."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.table import Table

import queries
from graph.store.base import Result, Store
from kg import render
from kg.shell import (
    DataDir,
    Output,
    app,
    choices,
    env_settings,
    err,
    fail,
    gazetteer_of,
    opened,
    params,
    print_result,
    refused,
    wide,
    writable,
    writing_to,
)
from queries import checks, dumps, inputs
from queries.inputs import InputError

if TYPE_CHECKING:
    DumpTable = str
else:
    DumpTable = choices("DumpTable", dumps.DUMPS)


@app.command("queries")
def list_queries() -> None:
    """List the query catalog: name, parameters and what each answers.

    Example: kg queries
    """
    table = Table("name", "parameters", "answers")
    for q in queries.catalog().values():
        table.add_row(q.name, ", ".join(p.name for p in q.params), q.answers)
    Console().print(table)


@app.command()
def query(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A query of `kg queries`.")],
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="name=value, repeatable.")
    ] = None,
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.table,
    data_dir: DataDir = None,
) -> None:
    """Run a catalog query, read-only.

    Example: kg query post-holders --param title="Bí thư Tỉnh ủy" --param province="Sơn La"
    """
    settings = env_settings()
    with refused(InputError, code=2):
        values = inputs.typed(params(param), gazetteer_of(settings))
    with opened(ctx, data_dir) as store:
        print_result(queries.run(store, name, values, timeout=settings.query_timeout), output)


@app.command()
def cypher(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="A Cypher query; use $name for parameters.")],
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="name=value (JSON or text).")
    ] = None,
    write: Annotated[
        bool, typer.Option("--write", help="Allow the query to change the graph.")
    ] = False,
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.table,
    data_dir: DataDir = None,
) -> None:
    """Run ad-hoc Cypher, read-only unless --write.

    Example: kg cypher "MATCH (p:Person)-[:CHAIRED]->(m) RETURN p.name, count(m) ORDER BY count(m) DESC"
    """
    values = {k: inputs.json_or_text(v) for k, v in params(param).items()}
    limit = env_settings().query_timeout
    with opened(ctx, data_dir, create=write) as store:
        print_result(store.run(text, values, write=write, timeout=limit), output)


@app.command()
def timeline(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(help="An official's name (diacritics optional) or person id.")
    ],
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.table,
    data_dir: DataDir = None,
) -> None:
    """An official's posts over time, one row a holding: from, to, status, terms, sources.

    Example: kg timeline "Lo Minh Hung"
    """
    with opened(ctx, data_dir) as store, refused(InputError, code=2):
        result = queries.timeline(store, name)
        if not result.rows:
            nobody(store, name)
    if output is not Output.table:
        print_result(result, output)
        return
    console = Console()
    for person, rows in queries.timelines(result).items():
        columns = ("post", "from", "to", "status", "terms", "articles")
        cells = [[r[c] for c in columns] for r in rows]
        render.show(columns, cells, console, title=person, wide=wide())
    err.print(
        "≤ already in post when first seen · ~ an end inferred, not reported"
        " · ≥ still held when last seen",
        highlight=False,
    )


@app.command()
def why(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(help="An official's name (diacritics optional) or person id.")
    ],
    post: Annotated[
        str | None, typer.Argument(help="Only this post: a title as `kg holders` reads it.")
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", help="The first N sources, by date; 0 for all.")
    ] = 100,
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.table,
    data_dir: DataDir = None,
) -> None:
    """The sources of an official's facts: each post, meeting chaired or attended, with
    the article's date, id, address and headline, and the sentence it was read from.
    The first 100 by date unless --limit says: an official in the news every week has
    thousands.

    Example: kg why "Nguyen Huu Dong" "Bí thư Tỉnh ủy"
    Example: kg why "Nguyen Huu Dong" --limit 0 -f csv
    """
    settings = env_settings()
    _check_limit(limit)
    title = inputs.title(post, gazetteer_of(settings)) if post else ""
    timeout = settings.query_timeout
    with opened(ctx, data_dir) as store, refused(InputError, code=2):
        more = limit + 1 if limit else None  # one more tells that some were left out
        result = queries.why(store, name, title, timeout=timeout, limit=more)
        if not result.rows:
            nobody(store, name, f" holding {title!r}" if title else "")
        total = len(result.rows)
        if limit and total > limit:
            total = queries.why_count(store, name, title, timeout=timeout)
    print_result(_first(result, limit, f"the first {limit} of {total} sources"), output)


def _check_limit(limit: int) -> None:
    if limit < 0:
        fail(f"--limit must be 0 (all) or more, not {limit}", code=2)


def _first(result: Result, limit: int, shown: str) -> Result:
    """The first `limit` rows (0: all), saying on stderr when some were left out."""
    if not limit or len(result.rows) <= limit:
        return result
    err.print(f"{shown}; --limit 0 for all", highlight=False)
    return Result(result.columns, result.rows[:limit])


def nobody(store: Store, name: str, what: str = "") -> NoReturn:
    """Exit on an answer with no rows: an empty graph said so, else the similar names."""
    if not store.run("MATCH (a:Article) RETURN a.id LIMIT 1").rows:
        fail("the graph is empty: `kg load PATH` first")
    similar = queries.find_people(store, name)
    hint = f"; similar: {', '.join(similar)}" if similar else ""
    fail(f"nobody named {name!r}{what} in the graph{hint}")


@app.command()
def changes(
    ctx: typer.Context,
    since: Annotated[
        str | None, typer.Option("--since", help="A date: 2024, 2024-03 or 2024-03-01.")
    ] = None,
    last_load: Annotated[
        bool,
        typer.Option("--last-load", help="What the articles of the last load report instead."),
    ] = False,
    atom: Annotated[
        Path | None, typer.Option("--atom", help="Also write the changes as an Atom feed.")
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", help="The newest N changes; 0 for all.")
    ] = 100,
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.table,
    data_dir: DataDir = None,
) -> None:
    """What changed since a date, newest first: appointments, ends (with why), posts
    first seen held, and new persons or namesakes; or what the last load's articles
    report of them. The newest 100 unless --limit says (the feed too).

    Example: kg changes --since 2022-01-01 --atom changes.xml
    Example: kg changes --last-load
    Example: kg changes --since 2024 --limit 0 -f csv
    """
    settings = env_settings()
    if (since is None) == (not last_load):
        fail("give --since DATE or --last-load (one of them)", code=2)
    _check_limit(limit)
    with refused(InputError, code=2):
        day = inputs.date(since) if since is not None else ""
    writable(atom)
    at = ""
    with opened(ctx, data_dir) as store:
        if last_load:
            with refused(queries.NoLastLoad):
                at, result = queries.changes_in_last_load(store, timeout=settings.query_timeout)
            err.print(f"the last load: {at}", highlight=False)
        else:
            more = limit + 1 if limit else None  # one more tells that some were left out
            result = queries.changes(store, day, timeout=settings.query_timeout, limit=more)
    result = _first(result, limit, f"the newest {limit} changes")
    if atom is not None:
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        with writing_to(atom):
            feed = queries.atom(result, day, now, load=at if last_load else "")
            atom.write_text(feed, encoding="utf-8")
    print_result(result, output)


@app.command()
def check(
    ctx: typer.Context,
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.table,
    data_dir: DataDir = None,
) -> None:
    """Data quality: one-person posts with overlapping holders, provincial posts without a
    province, central posts placed in a province, persons whose rank goes down.

    Example: kg check
    """
    gaz = gazetteer_of(env_settings())
    with opened(ctx, data_dir) as store:
        found = checks.check(store, gaz)
    if not found:
        err.print("no finding: every check passed")
        return
    columns = ("check", "what", "detail", "id")
    rows = tuple((f.check, f.what, f.detail, f.subject) for f in found)
    print_result(Result(columns, rows), output)


@app.command("dump")
def dump_table(
    ctx: typer.Context,
    table: Annotated[DumpTable, typer.Argument(help="persons, holdings or meetings.")],
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.csv,
    data_dir: DataDir = None,
) -> None:
    """A whole table, one row per person, holding or meeting: CSV unless -f says.

    Example: kg dump holdings -f csv > holdings.csv
    """
    settings = env_settings()
    with opened(ctx, data_dir) as store:
        print_result(dumps.dump(store, str(table), timeout=settings.query_timeout), output)


@app.command()
def term(
    ctx: typer.Context,
    ordinal: Annotated[str, typer.Argument(help="The term's ordinal in Roman numerals: XVII.")],
    province: Annotated[
        str, typer.Option("--province", help="The term's province; empty for central terms.")
    ] = "",
    body: Annotated[
        str, typer.Option("--body", help="provincial_party, provincial_council, central_party…")
    ] = "",
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.table,
    data_dir: DataDir = None,
) -> None:
    """Who held what in a term, post by post.

    Example: kg term XV --province "Sơn La"
    """
    with refused(InputError, code=2):
        values = inputs.typed(
            {"ordinal": ordinal, "province": province}, gazetteer_of(env_settings())
        )
    with opened(ctx, data_dir) as store:
        result = queries.run(store, "term-holders", {**values, "body": body})
    if not result.rows:
        where = values["province"] or "central bodies"
        fail(f"no holding in term {values['ordinal']} of {where}")
    print_result(result, output)


@app.command()
def holders(
    ctx: typer.Context,
    post: Annotated[str, typer.Argument(help="A title, any case: Bí thư Tỉnh ủy.")],
    province: Annotated[
        str, typer.Option("--province", help="The post's province; empty for central posts.")
    ] = "",
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.table,
    data_dir: DataDir = None,
) -> None:
    """Who held a post, earliest first, with the dates articles saw them in it.

    Example: kg holders "Bí thư Tỉnh ủy" --province "Sơn La"
    """
    gaz = gazetteer_of(env_settings())
    with refused(InputError, code=2):
        place = inputs.province(province, gaz)
    with opened(ctx, data_dir) as store:
        with refused(InputError, code=2):
            title = inputs.post_title(store, post, place, gaz)
        result = queries.run(store, "post-holders", {"title": title, "province": place})
    print_result(result, output)
