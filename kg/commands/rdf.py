"""`kg export rdf` and `kg import rdf`: the graph as RDF under ontology.ttl, and back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

import queries
from graph.rdf import FORMATS
from kg.shell import (
    DataDir,
    app,
    choices,
    env_settings,
    err,
    fail,
    gazetteer_of,
    opened,
    params,
    writable,
)

export_app = typer.Typer(
    help="Export the graph for other systems.\n\nExample: kg export rdf -f nt -o graph.nt",
    no_args_is_help=True,
)
import_app = typer.Typer(
    help="Load an exported graph back.\n\nExample: kg import rdf graph.nt --data-dir ./copy",
    no_args_is_help=True,
)
app.add_typer(export_app, name="export")
app.add_typer(import_app, name="import")


if TYPE_CHECKING:
    RdfFormat = str
else:
    RdfFormat = choices("RdfFormat", FORMATS)


@export_app.command("rdf")
def export_rdf(
    ctx: typer.Context,
    format: Annotated[RdfFormat, typer.Option("--format", "-f", help="RDF syntax.")] = "turtle",
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
    from graph.rdf import read as rdf_read  # rdflib takes ~80 ms to import; RDF needs it

    settings = env_settings()
    if param and not query:
        fail("--param goes with --query", code=2)
    writable(output)
    if output is not None and str(output) == "-":
        output = None
    gaz = gazetteer_of(settings)
    with opened(ctx, data_dir) as store:
        seeds = queries.node_ids(store, query, params(param)) if query else None
        if seeds is not None and not seeds:
            fail("the queries returned no rows: nothing to export")
        done = rdf_read.export_checked(
            store, str(format), settings.base_iri, gaz, seeds, output, check=validate
        )
    err.print(f"{done.triples} triples" + (f" written to {output}" if output else ""))
    if done.conforms is False:
        err.print(done.report, highlight=False, markup=False)
        raise typer.Exit(code=1)
    if done.conforms:
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

    Example: kg import rdf lo-minh-hung.ttl --data-dir ./lo-minh-hung
    """
    from graph.rdf import (
        read as rdf_read,  # rdflib takes ~80 ms to import; only RDF commands need it
    )

    gaz = gazetteer_of(env_settings())
    with opened(ctx, data_dir, create=True) as store:
        loaded = rdf_read.import_rdf(store, files, replace=replace, gaz=gaz)
    nodes, edges = sum(loaded["nodes"].values()), sum(loaded["edges"].values())
    err.print(f"imported {nodes} nodes and {edges} edges")
