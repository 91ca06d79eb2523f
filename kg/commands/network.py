"""`kg network`: officials' ties, their measures and pictures (networkx, imported on use)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.progress import Progress, SpinnerColumn, TaskProgressColumn, TextColumn, TimeElapsedColumn

from graph.network import CENTRALITIES, FORMATS, KINDS
from kg.shell import (
    DataDir,
    Output,
    app,
    choices,
    env_settings,
    err,
    gazetteer_of,
    opened,
    records,
    refused,
    writable,
    writing_to,
)

network_app = typer.Typer(
    help="Networks of officials (networkx): who sits with whom, who is central.\n\n"
    'Example: kg network ego "Nguyen Huu Dong" --depth 1',
    no_args_is_help=True,
)
app.add_typer(network_app, name="network")


if TYPE_CHECKING:
    TieKind = str
    Centrality = str
    NetworkFormat = str
else:
    TieKind = choices("TieKind", KINDS)
    Centrality = choices("Centrality", CENTRALITIES)
    NetworkFormat = choices("NetworkFormat", FORMATS)


Province = Annotated[str, typer.Option("--province", help="Only ties in this province.")]
Term = Annotated[str, typer.Option("--term", help="Only ties in this term: XV.")]
Since = Annotated[
    str, typer.Option("--since", help="Only ties from this date on: 2024, 2024-03 or 2024-03-05.")
]
Until = Annotated[str, typer.Option("--until", help="Only ties up to this date (inclusive).")]
Kinds = Annotated[
    list[TieKind] | None, typer.Option("--kind", help="Tie kinds, repeatable (default: all).")
]
Central = Annotated[
    bool,
    typer.Option(
        "--central/--no-central",
        help="Count ties through central organs (the Central Committee ties all its members).",
    ),
]


def _network(
    ctx: typer.Context,
    data_dir: Path | None,
    province: str,
    term: str,
    since: str,
    until: str,
    kind: list[TieKind] | None,
    detail: bool = True,
    central: bool = True,
) -> Any:
    """The person network under the filters, with a progress bar while it is read;
    `detail` keeps each tie's dates and sources."""
    from graph.network import (
        analysis as network,  # networkx and scipy are slow to import; only this needs them
    )

    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TaskProgressColumn(),
        TimeElapsedColumn(),
    )
    kinds = tuple(str(k) for k in kind) if kind else KINDS
    with (
        opened(ctx, data_dir) as store,
        refused(network.NetworkError, code=2),
        Progress(*columns, console=err, transient=True) as bar,
    ):
        tasks: dict[str, Any] = {}

        def tell(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(f"reading {stage}", total=total)
            bar.update(tasks[stage], completed=done)

        filters = network.Filters(province, term, since, until, kinds, central)
        mergers = gazetteer_of(env_settings()).mergers()
        g = network.build(store, filters, tell, detail, mergers)
    if not g:
        err.print("no ties under these filters", highlight=False)
        raise typer.Exit(code=1)
    return g


@network_app.command("rank")
def network_rank(
    ctx: typer.Context,
    province: Province = "",
    term: Term = "",
    since: Since = "",
    until: Until = "",
    kind: Kinds = None,
    central: Central = True,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="How many persons.")] = 20,
    by: Annotated[Centrality, typer.Option("--by", help="Order by.")] = "pagerank",
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.table,
    data_dir: DataDir = None,
) -> None:
    """The most central officials: degree, weighted degree, betweenness, PageRank.

    Example: kg network rank --province "Sơn La" --format json
    """
    from graph.network import analysis as network

    g = _network(ctx, data_dir, province, term, since, until, kind, detail=False, central=central)
    records(network.rank(g, top, str(by)), output)
    sampled = network.sources(g)
    if sampled:
        err.print(f"betweenness estimated from {sampled} sources (seed 0)", highlight=False)


@network_app.command("groups")
def network_groups(
    ctx: typer.Context,
    province: Province = "",
    term: Term = "",
    since: Since = "",
    until: Until = "",
    kind: Kinds = None,
    central: Central = True,
    seed: Annotated[
        int, typer.Option("--seed", help="Louvain's seed: same seed, same groups.")
    ] = 0,
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.table,
    data_dir: DataDir = None,
) -> None:
    """Groups of officials who sit together (Louvain communities), with the organs they share.

    Example: kg network groups --province "Sơn La" --kind meeting
    """
    from graph.network import analysis as network

    g = _network(ctx, data_dir, province, term, since, until, kind, detail=False, central=central)
    rows = network.groups(g, seed)
    if output is Output.table:
        rows = [{k: v for k, v in r.items() if k != "ids"} for r in rows]
    records(rows, output)


@network_app.command("ego")
def network_ego(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A name (diacritics optional) or person id.")],
    depth: Annotated[int, typer.Option("--depth", "-d", min=1, help="How many ties out.")] = 2,
    province: Province = "",
    term: Term = "",
    since: Since = "",
    until: Until = "",
    kind: Kinds = None,
    central: Central = True,
    png: Annotated[Path | None, typer.Option("--png", help="Also draw it to this PNG.")] = None,
    svg: Annotated[Path | None, typer.Option("--svg", help="Also draw it to this SVG.")] = None,
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.table,
    data_dir: DataDir = None,
) -> None:
    """An official's circle: everyone within --depth ties, nearest and strongest first.

    Example: kg network ego "Nguyen Huu Dong" --depth 1 --png circle.png
    """
    from graph.network import analysis as network

    writable(png, svg)
    g = _network(ctx, data_dir, province, term, since, until, kind, detail=False, central=central)
    with refused(network.NetworkError, code=2):
        center = network.find(g, name)
        circle = network.ego(g, center, depth)
    for picture, fmt in ((png, "png"), (svg, "svg")):
        if picture is not None:
            from graph.network import drawing  # matplotlib is slow to import; only pictures need it

            with writing_to(picture):
                drawing.draw(circle, center, picture, fmt)
            err.print(
                f"drew {circle.number_of_nodes()} persons to {picture}",
                highlight=False,
                soft_wrap=True,
            )
    records(network.circle(circle, center), output)


@network_app.command("export")
def network_export(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write.")],
    fmt: Annotated[
        NetworkFormat, typer.Option("--format", "-f", help="graphml, gexf (Gephi) or json.")
    ] = "graphml",
    province: Province = "",
    term: Term = "",
    since: Since = "",
    until: Until = "",
    kind: Kinds = None,
    central: Central = True,
    data_dir: DataDir = None,
) -> None:
    """Write the network for Gephi, Cytoscape and other tools, attributes kept.

    Example: kg network export --format gexf -o officials.gexf
    """
    from graph.network import analysis as network

    writable(output)
    g = _network(ctx, data_dir, province, term, since, until, kind, central=central)
    with writing_to(output):
        network.export(g, str(fmt), output)
    err.print(
        f"wrote {g.number_of_nodes()} persons and {g.number_of_edges()} ties to {output}",
        highlight=False,
        soft_wrap=True,
    )
