"""`kg export rdf` and `kg import rdf`: the graph as RDF under ontology.ttl, and back."""

from __future__ import annotations

import sys
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

import queries
from kg.shell import DataDir, app, env_settings, err, gazetteer_of, opened, params, writable

export_app = typer.Typer(help="Export the graph for other systems.", no_args_is_help=True)
import_app = typer.Typer(help="Load an exported graph back.", no_args_is_help=True)
app.add_typer(export_app, name="export")
app.add_typer(import_app, name="import")


class RdfFormat(StrEnum):
    turtle = "turtle"
    nt = "nt"
    jsonld = "jsonld"
    xml = "xml"


@export_app.command("rdf")
def export_rdf(
    ctx: typer.Context,
    format: Annotated[RdfFormat, typer.Option("--format", "-f", help="RDF syntax.")] = (
        RdfFormat.turtle
    ),
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (default: stdout).")
    ] = None,
    query: Annotated[
        list[str] | None,
        typer.Option("--query", "-q", help="Export only what this catalog query returns."),
    ] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="name=value for the queries.")
    ] = None,
    validate: Annotated[
        bool, typer.Option("--validate", help="Check the export against shapes.ttl (SHACL).")
    ] = False,
    data_dir: DataDir = None,
) -> None:
    """Export the graph, or the subgraph catalog queries return, as RDF under ontology.ttl.

    Example: kg export rdf -f turtle -o lo-minh-hung.ttl -q person-timeline -p name="Lò Minh Hùng"
    """
    from graph.rdf import (  # rdflib takes ~80 ms to import; only RDF commands need it
        read as rdf_read,
    )
    from graph.rdf import write as rdf

    settings = env_settings()
    if param and not query:
        err.print("[red]error[/red]: --param goes with --query")
        raise typer.Exit(code=2)
    writable(output)
    if output is not None and str(output) == "-":
        output = None
    gaz = gazetteer_of(settings)
    with tempfile.TemporaryDirectory() as scratch, opened(ctx, data_dir) as store:
        seeds = queries.node_ids(store, query, params(param)) if query else None
        if seeds is not None and not seeds:
            err.print("[red]error[/red]: the queries returned no rows: nothing to export")
            raise typer.Exit(code=1)
        target = output or (Path(scratch) / "export" if validate else None)
        if target is None:
            written = rdf.export(store, sys.stdout, format.value, settings.base_iri, gaz, seeds)
        else:
            written = rdf.export_file(store, target, format.value, settings.base_iri, gaz, seeds)
        err.print(f"{written} triples" + (f" written to {output}" if output else ""))
        if target and validate:
            conforms, report = rdf_read.validate(rdf_read.parse([target], format.value))
            if output is None:
                sys.stdout.write(target.read_text(encoding="utf-8"))
            if not conforms:
                err.print(report, highlight=False, markup=False)
                raise typer.Exit(code=1)
            err.print("valid: no SHACL violation")


@import_app.command("rdf")
def import_rdf(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(help="RDF files a `kg export rdf` wrote.")],
    replace: Annotated[
        bool, typer.Option("--replace", help="Empty the store first if it holds a graph.")
    ] = False,
    data_dir: DataDir = None,
) -> None:
    """Load an RDF export into the store, the graph it came from, without re-extracting.

    Example: kg import rdf partykg.ttl --data-dir ./copy
    """
    from graph.rdf import (
        read as rdf_read,  # rdflib takes ~80 ms to import; only RDF commands need it
    )

    gaz = gazetteer_of(env_settings())
    with opened(ctx, data_dir) as store:
        loaded = rdf_read.import_rdf(store, files, replace=replace, gaz=gaz)
    nodes, edges = sum(loaded["nodes"].values()), sum(loaded["edges"].values())
    err.print(f"imported {nodes} nodes and {edges} edges")
