"""Commands on the store itself: counts, copies between backends, a kept-up embedded server."""

from __future__ import annotations

import signal
import sys
from contextlib import suppress
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from graph.derive.scope import graph_counts
from graph.schema import EDGES, MEANING, PROPERTIES, EdgeKind, Prop
from graph.store.base import clear
from graph.store.copy import copy_graph
from kg import render
from kg.shell import (
    Backend,
    DataDir,
    app,
    chosen_backend,
    env_settings,
    err,
    fail,
    opened,
    wide,
)


@app.command()
def stats(ctx: typer.Context, data_dir: DataDir = None) -> None:
    """Count nodes and edges by kind.

    Example: kg stats
    """
    with opened(ctx, data_dir) as store:
        found = graph_counts(store)
    table = Table("kind", "count")
    for part in ("nodes", "edges"):
        for kind, n in found[part].items():
            table.add_row(kind, str(n))
    Console().print(table)


@app.command()
def reset(
    ctx: typer.Context,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask first.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Empty the graph, to load again from scratch; the analysts' decisions file stays.

    Example: kg reset --yes --data-dir ./kgdata
    """
    if not yes and not typer.confirm("Delete every node and edge of the graph?"):
        raise typer.Exit(code=1)
    with opened(ctx, data_dir) as store:
        deleted = clear(store)
        store.checkpoint()
    err.print(f"deleted {deleted} nodes and their edges")


@app.command()
def schema(
    markdown: Annotated[
        bool, typer.Option("--markdown", help="As Markdown, the README's schema section.")
    ] = False,
) -> None:
    """Every node kind, property and edge of the graph, with what it means, how it is
    stored and its RDF name.

    Example: kg schema
    """
    if markdown:
        typer.echo(schema_markdown(), nl=False)
        return
    console = Console()
    for kind, props in PROPERTIES.items():
        rows = [[p.name, _how(p), MEANING[f"{kind}.{p.name}"]] for p in props]
        render.show(
            ("property", "stored", "meaning"),
            rows,
            console,
            title=f"{kind}: {MEANING[kind]}",
            wide=wide(),
        )
    rows = [[e.name, _ends(e), MEANING[e.name]] for e in EDGES.values()]
    render.show(("edge", "joins", "meaning"), rows, console, title="Edges", wide=wide())
    holds = [k for k in MEANING if k.startswith("HOLDS.")]
    rows = [[k.removeprefix("HOLDS."), MEANING[k]] for k in holds]
    render.show(
        ("HOLDS keeps", "meaning"), rows, console, title="What a holding keeps", wide=wide()
    )


def _how(p: Prop) -> str:
    flags = [p.form, *(["per article"] if p.reading else []), *(["indexed"] if p.index else [])]
    return ", ".join(flags) + (f"; {p.rdf}" if p.rdf else "; not exported")


def _ends(e: EdgeKind) -> str:
    return f"{e.source} → {e.target}" if e.source else e.group


def _md(text: str) -> str:
    """Text for a Markdown table's cell: a '|' in it would end the cell."""
    return text.replace("|", "\\|")


def schema_markdown() -> str:
    """The schema as the README's Markdown tables."""
    out = []
    for kind, props in PROPERTIES.items():
        out += [
            f"**{kind}**: {MEANING[kind]}",
            "",
            "| property | stored | meaning |",
            "|---|---|---|",
        ]
        out += [f"| `{p.name}` | {_how(p)} | {_md(MEANING[f'{kind}.{p.name}'])} |" for p in props]
        out.append("")
    out += ["**Edges**", "", "| edge | joins | meaning |", "|---|---|---|"]
    out += [f"| `{e.name}` | {_ends(e)} | {_md(MEANING[e.name])} |" for e in EDGES.values()]
    out += ["", "**What a holding keeps** (HOLDS; CHAIRED and ATTENDED keep `sources`, `entries`"
            " of seen, evidence and units, `first_seen` and `last_seen`)",
            "", "| list or value | meaning |", "|---|---|"]  # fmt: skip
    out += [
        f"| `{k.removeprefix('HOLDS.')}` | {_md(v)} |"
        for k, v in MEANING.items()
        if k.startswith("HOLDS.")
    ]
    return "\n".join(out) + "\n"


@app.command()
def push(
    ctx: typer.Context,
    to: Annotated[Backend, typer.Option("--to", help="The store to copy into.")],
    replace: Annotated[
        bool, typer.Option("--replace", help="Empty the target first if it holds a graph.")
    ] = False,
    data_dir: DataDir = None,
) -> None:
    """Copy the whole graph of the current backend into another, without re-extracting.

    Example: kg push --to neo4j --replace
    """
    _copy(ctx, None, to, replace, data_dir)


@app.command()
def pull(
    ctx: typer.Context,
    from_: Annotated[Backend, typer.Option("--from", help="The store to copy from.")],
    replace: Annotated[
        bool, typer.Option("--replace", help="Empty the current store first if it holds a graph.")
    ] = False,
    data_dir: DataDir = None,
) -> None:
    """Copy the whole graph of another backend into the current one (the embedded store).

    Example: kg pull --from neo4j --data-dir ./team-copy
    """
    _copy(ctx, from_, None, replace, data_dir)


def _copy(
    ctx: typer.Context, source: str | None, target: str | None, replace: bool, data_dir: Path | None
) -> None:
    """One copy between the current backend and the named one, with a progress bar."""
    current = chosen_backend(ctx, env_settings())
    source, target = source or current, target or current
    if source == target:
        fail(
            f"source and target are both {source} (the current backend is --backend or KG_BACKEND)",
            code=2,
        )
    columns = (SpinnerColumn(), TextColumn("{task.completed} nodes and edges"), TimeElapsedColumn())
    with (
        opened(ctx, data_dir, source) as src,
        opened(ctx, data_dir, target, create=True) as dst,
        Progress(*columns, console=err, transient=True) as bar,
    ):
        task = bar.add_task("copy", total=None)
        copied = copy_graph(src, dst, replace=replace, progress=lambda n: bar.advance(task, n))
    nodes, edges = sum(copied["nodes"].values()), sum(copied["edges"].values())
    err.print(f"copied {nodes} nodes and {edges} edges from {source} to {target}")


@app.command()
def serve(ctx: typer.Context, data_dir: DataDir = None) -> None:
    """Keep the embedded database running so other commands connect to it, until Ctrl-C.

    Example: kg serve --data-dir ./kgdata
    """
    if chosen_backend(ctx, env_settings()) != "falkordb":
        fail("kg serve keeps the embedded store up; Neo4j is its own server", code=2)
    from graph.store.falkor import stop_keeper  # the embedded store's driver, on use

    folder = data_dir or env_settings().data_dir
    if stop_keeper(folder):
        err.print(f"took {folder} over from the server kept after the last command")
    with opened(ctx, data_dir, keep=False, create=True) as store:
        if not getattr(store, "owner", False):
            fail(
                f"{getattr(store, 'data_dir', '')} is already served by"
                " another kg process; its commands share that server"
            )
        err.print(f"serving {getattr(store, 'data_dir', '')} (Ctrl-C to stop)")
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        with suppress(KeyboardInterrupt):
            signal.pause()
