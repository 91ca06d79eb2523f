"""Commands that ask the graph: the query catalog, ad-hoc Cypher, timelines, terms, holders."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

import queries
from kg import render
from kg.shell import (
    DataDir,
    Output,
    app,
    env_settings,
    err,
    opened,
    params,
    print_result,
    wide,
)


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
    values = params(param)
    with opened(ctx, data_dir) as store:
        print_result(queries.run(store, name, values, timeout=env_settings().query_timeout), output)


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
    values = {k: _json_or_text(v) for k, v in params(param).items()}
    limit = env_settings().query_timeout
    with opened(ctx, data_dir) as store:
        print_result(store.run(text, values, write=write, timeout=limit), output)


def _json_or_text(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value


@app.command()
def timeline(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="An official's name; diacritics optional.")],
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.table,
    data_dir: DataDir = None,
) -> None:
    """An official's posts over time, grouped by term: from, to, status and sources.

    Example: kg timeline "Lo Minh Hung"
    """
    with opened(ctx, data_dir) as store:
        result = queries.timeline(store, name)
        if not result.rows:
            similar = queries.find_people(store, name)
            hint = f"; similar: {', '.join(similar)}" if similar else ""
            err.print(
                f"[red]error[/red]: nobody named {name!r} in the graph{hint}", highlight=False
            )
            raise typer.Exit(code=1)
    if output is not Output.table:
        print_result(result, output)
        return
    console = Console()
    for person, groups in queries.by_term(result).items():
        for term, records in groups.items():
            rows = []
            for r in records:
                post = f"{r['post']} ({r['province']})" if r["province"] else r["post"]
                why = (r["ended_by"] or "").removeprefix("end:")
                status = f"{r['status']} ({why})" if why else r["status"]
                rows.append([post, r["begin"] or "?", r["end"] or r["last_seen"] or "?", status,
                             str(r["articles"])])  # fmt: skip
            columns = ("post", "from", "to", "status", "sources")
            render.show(columns, rows, console, title=f"{person} — {term}", wide=wide())


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

    Example: kg term XVII --province "Hà Giang"
    """
    values = {"ordinal": ordinal.upper(), "province": province, "body": body}
    with opened(ctx, data_dir) as store:
        result = queries.run(store, "term-holders", values)
    if not result.rows:
        err.print(
            f"[red]error[/red]: no holding in term {ordinal!r} of {province or 'central bodies'}",
            highlight=False,
        )
        raise typer.Exit(code=1)
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
    with opened(ctx, data_dir) as store:
        result = queries.run(store, "post-holders", {"title": post, "province": province})
        if not result.rows:
            words = post.split()
            similar = queries.post_titles(store, province, words[-1] if words else "")
            hint = f"; posts there: {', '.join(similar)}" if similar else ""
            err.print(
                f"[red]error[/red]: nobody seen as {post!r} in {province or 'central posts'}{hint}",
                highlight=False,
            )
            raise typer.Exit(code=1)
    print_result(result, output)
