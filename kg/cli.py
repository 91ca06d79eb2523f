"""The `kg` command line: a thin shell over the library, one function per command."""

from __future__ import annotations

import csv
import json
import os
import re
import signal
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TaskProgressColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

import queries
from graph.derive import review as identity
from graph.derive.decisions import Decision, DecisionError, in_force, read_decisions
from graph.load import load_paths
from graph.store.base import QueryTimeout, Result, Store, StoreError, counts
from graph.store.copy import copy_graph
from kg.settings import Settings
from kg.stores import open_store
from loaders import InputError, explain_paths, extract_paths, gazetteer

app = typer.Typer(
    help="partykg: Vietnamese party organs, officials and resolutions from news articles.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)


class Backend(StrEnum):
    falkordb = "falkordb"
    neo4j = "neo4j"


@app.callback()
def main(
    ctx: typer.Context,
    backend: Annotated[
        Backend | None,
        typer.Option(
            "--backend",
            help="Graph store: falkordb (embedded, default) or neo4j (KG_NEO4J_URI…);"
            " default KG_BACKEND.",
        ),
    ] = None,
) -> None:
    """partykg: Vietnamese party organs, officials and resolutions from news articles.

    Example: kg --backend neo4j timeline "Lo Minh Hung"
    """
    ctx.obj = backend


def _settings() -> Settings:
    """Settings from the environment; a bad value is one error line and exit code 2."""
    try:
        return Settings.from_env()
    except ValueError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        raise typer.Exit(code=2) from exc


class Format(StrEnum):
    jsonl = "jsonl"
    json = "json"


def _without_evidence(record: dict[str, Any]) -> dict[str, Any]:
    record = {k: v for k, v in record.items() if k != "evidence"}
    for facet in ("persons", "events", "documents", "terms"):
        record[facet] = [{k: v for k, v in x.items() if k != "evidence"} for x in record[facet]]
    return record


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.jsonl,
    evidence: Annotated[
        bool, typer.Option(help="Keep each fact's sentence and character span.")
    ] = True,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Show, sentence by sentence, what each step read and what ended each title.",
        ),
    ] = False,
) -> None:
    """Extract the record of every article (SCHEMA.md), one JSON object per line.

    Example: kg extract examples/articles --format jsonl > out.jsonl

    Example: kg extract --explain examples/articles/000_e00ae32d84019e87.txt
    """
    settings = _settings()
    failed = 0
    records = []
    _writable(output)
    to_file = output is not None and str(output) != "-"
    stream = output.open("w", encoding="utf-8") if output and to_file else sys.stdout
    read = explain_paths if explain else extract_paths
    try:
        for item in read(paths, settings.gazetteer_dirs, settings.max_article_bytes):
            if isinstance(item, InputError):
                failed += 1
                err.print(f"[red]error[/red]: {item}", highlight=False, soft_wrap=True)
                continue
            if isinstance(item, str):
                stream.write(item + "\n")
                continue
            record = item if evidence else _without_evidence(item)
            if format is Format.jsonl:
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                records.append(record)
        if format is Format.json:
            stream.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    except gazetteer.GazetteerError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=2) from exc
    finally:
        if stream is not sys.stdout:
            stream.close()
    if failed:
        err.print(f"{failed} input(s) failed")
        raise typer.Exit(code=1)


@app.command("check-data")
def check_data(
    folders: Annotated[
        list[Path] | None, typer.Argument(help="Folders with extra data files to check too.")
    ] = None,
) -> None:
    """Load and validate the gazetteer data files (titles, provinces, organs …).

    Example: kg check-data my-extra-gazetteer/
    """
    try:
        gaz = gazetteer.load(*(folders or []))
    except gazetteer.GazetteerError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        raise typer.Exit(code=1) from exc
    typer.echo(
        f"ok: {len(gaz.provinces)} provinces, {len(gaz.title_heads)} title heads, "
        f"{len(gaz.abbreviations)} abbreviations, {len(gaz.organs)} organs, "
        f"{len(gaz.doc_kinds)} document kinds, {len(gaz.term_patterns)} term patterns"
    )


DataDir = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        help="Where the embedded graph lives (default: KG_DATA_DIR or ~/.local/share/partykg).",
    ),
]


class Output(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _chosen_backend(ctx: typer.Context, settings: Settings) -> str:
    """--backend if given, else KG_BACKEND."""
    chosen = ctx.find_root().obj
    return str(chosen) if chosen else settings.backend


@contextmanager
def _store(
    ctx: typer.Context, data_dir: Path | None, backend: str | None = None
) -> Iterator[Store]:
    """The chosen store, with its errors printed as one line and exit code 1."""
    settings = _settings()
    try:
        store = open_store(backend or _chosen_backend(ctx, settings), settings, data_dir)
    except StoreError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=1) from exc
    try:
        yield store
    except (StoreError, queries.CatalogError) as exc:
        hint = "; KG_QUERY_TIMEOUT sets the limit" if isinstance(exc, QueryTimeout) else ""
        err.print(f"[red]error[/red]: {exc}{hint}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=1) from exc
    finally:
        store.close()


def _print(result: Result, output: Output) -> None:
    if output is Output.json:
        typer.echo(json.dumps(result.records(), ensure_ascii=False, indent=2))
    elif output is Output.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(result.columns)
        writer.writerows([_cell(v) for v in row] for row in result.rows)
    else:
        table = Table(*result.columns)
        for row in result.rows:
            table.add_row(*(_cell(v) for v in row))
        Console().print(table)
        err.print(f"{len(result.rows)} row(s)")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


_PARAM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _params(pairs: list[str] | None) -> dict[str, str]:
    out = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not _PARAM_NAME.fullmatch(name):
            err.print(
                f"[red]error[/red]: --param needs name=value with a name of letters, digits"
                f" and _, not {pair!r}",
                highlight=False,
                soft_wrap=True,
            )
            raise typer.Exit(code=2)
        out[name] = value
    return out


@app.command()
def load(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, folders, JSONL or - for stdin.")],
    data_dir: DataDir = None,
    replace: Annotated[
        bool,
        typer.Option(
            "--replace",
            help="Let an article replace one of the same id read from another file.",
        ),
    ] = False,
) -> None:
    """Extract articles and write them into the graph; loading again changes nothing.

    An article's id is its JSONL id, else its url, else its path relative to the folder
    named; another file with an id already loaded is refused unless --replace.

    Example: kg load examples/articles --data-dir ./kgdata
    """
    settings = _settings()
    columns = (
        SpinnerColumn(),
        TextColumn("{task.completed} articles"),
        TaskProgressColumn(show_speed=True),
        TimeElapsedColumn(),
    )
    decisions = _decisions(settings.decisions_file(data_dir))
    with _store(ctx, data_dir) as store, Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("load", total=None)
        report = load_paths(
            store,
            paths,
            settings.gazetteer_dirs,
            settings.max_article_bytes,
            settings.batch_size,
            progress=lambda n: bar.advance(task, n),
            workers=settings.workers,
            decisions=decisions,
            replace=replace,
            article_seconds=settings.article_seconds,
        )
    for failure in report.failed:
        err.print(f"[red]error[/red]: {failure}", highlight=False, soft_wrap=True)
    err.print(
        f"{report.read} read: {report.loaded} new, {report.replaced} replaced, "
        f"{report.unchanged} unchanged, {len(report.failed)} failed",
        highlight=False,
        soft_wrap=True,
    )
    table = Table("kind", "added", "total")
    totals = {**report.after["nodes"], **report.after["edges"]}
    for kind, delta in report.added().items():
        table.add_row(kind, f"{delta:+d}", str(totals.get(kind, 0)))
    err.print(table)
    if report.failed:
        raise typer.Exit(code=1)


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
    values = _params(param)
    with _store(ctx, data_dir) as store:
        _print(queries.run(store, name, values, timeout=_settings().query_timeout), output)


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
    values = {k: _json_or_text(v) for k, v in _params(param).items()}
    limit = _settings().query_timeout
    with _store(ctx, data_dir) as store:
        _print(store.run(text, values, write=write, timeout=limit), output)


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
    with _store(ctx, data_dir) as store:
        result = queries.timeline(store, name)
        if not result.rows:
            similar = queries.find_people(store, name)
            hint = f"; similar: {', '.join(similar)}" if similar else ""
            err.print(
                f"[red]error[/red]: nobody named {name!r} in the graph{hint}", highlight=False
            )
            raise typer.Exit(code=1)
    if output is not Output.table:
        _print(result, output)
        return
    console = Console(width=max(120, Console().width))
    for person, groups in queries.by_term(result).items():
        for term, records in groups.items():
            table = Table("post", "from", "to", "status", "sources", title=f"{person} — {term}")
            for r in records:
                post = f"{r['post']} ({r['province']})" if r["province"] else r["post"]
                why = (r["ended_by"] or "").removeprefix("end:")
                status = f"{r['status']} ({why})" if why else r["status"]
                table.add_row(post, r["begin"] or "?", r["end"] or r["last_seen"] or "?", status,
                              str(r["articles"]))  # fmt: skip
            console.print(table)


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
    with _store(ctx, data_dir) as store:
        result = queries.run(store, "term-holders", values)
    if not result.rows:
        err.print(
            f"[red]error[/red]: no holding in term {ordinal!r} of {province or 'central bodies'}",
            highlight=False,
        )
        raise typer.Exit(code=1)
    _print(result, output)


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
    with _store(ctx, data_dir) as store:
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
    _print(result, output)


@app.command()
def stats(ctx: typer.Context, data_dir: DataDir = None) -> None:
    """Count nodes and edges by kind.

    Example: kg stats
    """
    with _store(ctx, data_dir) as store:
        found = counts(store)
    table = Table("kind", "count")
    for part in ("nodes", "edges"):
        for kind, n in found[part].items():
            table.add_row(kind, str(n))
    Console().print(table)


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
    current = _chosen_backend(ctx, _settings())
    source, target = source or current, target or current
    if source == target:
        err.print(
            f"[red]error[/red]: source and target are both {source}"
            " (the current backend is --backend or KG_BACKEND)",
            highlight=False,
        )
        raise typer.Exit(code=2)
    columns = (SpinnerColumn(), TextColumn("{task.completed} nodes and edges"), TimeElapsedColumn())
    with (
        _store(ctx, data_dir, source) as src,
        _store(ctx, data_dir, target) as dst,
        Progress(*columns, console=err, transient=True) as bar,
    ):
        task = bar.add_task("copy", total=None)
        copied = copy_graph(src, dst, replace=replace, progress=lambda n: bar.advance(task, n))
    nodes, edges = sum(copied["nodes"].values()), sum(copied["edges"].values())
    err.print(f"copied {nodes} nodes and {edges} edges from {source} to {target}")


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

    settings = _settings()
    if param and not query:
        err.print("[red]error[/red]: --param goes with --query")
        raise typer.Exit(code=2)
    _writable(output)
    if output is not None and str(output) == "-":
        output = None
    gaz = _gazetteer(settings)
    with tempfile.TemporaryDirectory() as scratch, _store(ctx, data_dir) as store:
        seeds = queries.node_ids(store, query, _params(param)) if query else None
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

    gaz = _gazetteer(_settings())
    with _store(ctx, data_dir) as store:
        loaded = rdf_read.import_rdf(store, files, replace=replace, gaz=gaz)
    nodes, edges = sum(loaded["nodes"].values()), sum(loaded["edges"].values())
    err.print(f"imported {nodes} nodes and {edges} edges")


def _decisions(path: Path) -> list[Decision]:
    try:
        return read_decisions(path)
    except DecisionError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=2) from exc


resolve_app = typer.Typer(
    help="Review which mentions are one person; record merges and splits that every load"
    " applies (KG_DECISIONS, default decisions.jsonl in the data folder).",
    invoke_without_command=True,
)
app.add_typer(resolve_app, name="resolve")
Note = Annotated[str, typer.Option("--note", help="Why: kept with the decision.")]


@resolve_app.callback()
def resolve_review(
    ctx: typer.Context,
    name: Annotated[str, typer.Option("--name", help="Only this name; diacritics optional.")] = "",
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.table,
    data_dir: DataDir = None,
) -> None:
    """List the identity calls to review: namesakes kept apart and why, persons joined
    on the name alone, persons an analyst decided.

    Example: kg resolve --name "Luong Duc Thuan"
    """
    if ctx.invoked_subcommand:
        return
    with _store(ctx, data_dir) as store:
        result = queries.run(store, "identity-review", {"name": name})
    if not result.rows:
        err.print("nothing to review: no name has namesakes or persons joined on the name alone")
        return
    _print(result, output)


def _outcome(outcome: identity.Outcome, path: Path) -> None:
    d = outcome.decision
    what = f"undo of {d.undoes}" if d.op == "undo" else d.op
    err.print(f"decision {d.id} ({what}) recorded in {path}", highlight=False, soft_wrap=True)
    typer.echo("\n".join(outcome.persons))


@resolve_app.command("merge")
def resolve_merge(
    ctx: typer.Context,
    a: Annotated[str, typer.Argument(help="A person id, as `kg resolve` lists it.")],
    b: Annotated[str, typer.Argument(help="Another person id of the same name.")],
    note: Note = "",
    data_dir: DataDir = None,
) -> None:
    """Record that two persons of one name are one person; prints the name's persons.

    Example: kg resolve merge person:lương-đức-thuận@hà-giang person:lương-đức-thuận@tuyên-quang
    """
    settings = _settings()
    path = settings.decisions_file(data_dir)
    with _store(ctx, data_dir) as store, _refused():
        _outcome(identity.merge(store, _gazetteer(settings), path, a, b, note), path)


@resolve_app.command("split")
def resolve_split(
    ctx: typer.Context,
    a: Annotated[str, typer.Argument(help="A person id, as `kg resolve` lists it.")],
    b: Annotated[str | None, typer.Argument(help="Another person of the same name.")] = None,
    article: Annotated[
        list[str] | None,
        typer.Option("--article", help="The articles whose mentions are someone else."),
    ] = None,
    note: Note = "",
    data_dir: DataDir = None,
) -> None:
    """Record that two persons are two, or that a person's mentions in some articles are
    another person; prints the name's persons.

    Example: kg resolve split person:nguyễn-văn-an --article 2024-03-01-son-la.txt
    """
    settings = _settings()
    path = settings.decisions_file(data_dir)
    gaz = _gazetteer(settings)
    with _store(ctx, data_dir) as store, _refused():
        _outcome(identity.split(store, gaz, path, a, b, article or (), note), path)


@resolve_app.command("undo")
def resolve_undo(
    ctx: typer.Context,
    decision: Annotated[
        int | None, typer.Argument(help="The decision's number (default: the latest).")
    ] = None,
    data_dir: DataDir = None,
) -> None:
    """Withdraw a merge or split; the log keeps it, marked undone.

    Example: kg resolve undo 3
    """
    settings = _settings()
    path = settings.decisions_file(data_dir)
    with _store(ctx, data_dir) as store, _refused():
        _outcome(identity.undo(store, _gazetteer(settings), path, decision), path)


@resolve_app.command("log")
def resolve_log(
    data_dir: DataDir = None,
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.table,
) -> None:
    """Every decision recorded, oldest first, with whether it is still in force.

    Example: kg resolve log
    """
    path = _settings().decisions_file(data_dir)
    decisions = _decisions(path)
    force = {d.id for d in in_force(decisions)}
    columns = ("id", "op", "person", "undoes", "units", "note", "at", "by", "in_force")
    rows = tuple(
        (d.id, d.op, d.key, d.undoes, f"{len(d.left)} / {len(d.right)}" if d.left else None,
         d.note, d.at, d.by, d.id in force)
        for d in decisions
    )  # fmt: skip
    if not rows:
        err.print(f"no decision recorded in {path}", highlight=False)
        return
    _print(Result(columns, rows), output)


@contextmanager
def _refused(error: type[Exception] = DecisionError, code: int = 1) -> Iterator[None]:
    """A request refused (a decision that reverses one in force, an unknown name in a
    network) is one error line and an exit code."""
    try:
        yield
    except error as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=code) from exc


network_app = typer.Typer(
    help="Networks of officials (networkx): who sits with whom, who is central.",
    no_args_is_help=True,
)
app.add_typer(network_app, name="network")


class TieKind(StrEnum):
    meeting = "meeting"
    organ = "organ"
    succession = "succession"
    rotation = "rotation"


class Centrality(StrEnum):
    pagerank = "pagerank"
    betweenness = "betweenness"
    degree = "degree"
    weighted_degree = "weighted_degree"


class NetworkFormat(StrEnum):
    graphml = "graphml"
    gexf = "gexf"
    json = "json"


Province = Annotated[str, typer.Option("--province", help="Only ties in this province.")]
Term = Annotated[str, typer.Option("--term", help="Only ties in this term: XV.")]
Since = Annotated[
    str, typer.Option("--since", help="Only ties from this date on: 2024, 2024-03 or 2024-03-05.")
]
Until = Annotated[str, typer.Option("--until", help="Only ties up to this date (inclusive).")]
Kinds = Annotated[
    list[TieKind] | None, typer.Option("--kind", help="Tie kinds, repeatable (default: all).")
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
    kinds = tuple(k.value for k in kind) if kind else network.KINDS
    with (
        _store(ctx, data_dir) as store,
        _refused(network.NetworkError, code=2),
        Progress(*columns, console=err, transient=True) as bar,
    ):
        tasks: dict[str, Any] = {}

        def tell(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(f"reading {stage}", total=total)
            bar.update(tasks[stage], completed=done)

        filters = network.Filters(province, term, since, until, kinds)
        mergers = _gazetteer(_settings()).mergers()
        g = network.build(store, filters, tell, detail, mergers)
    if not g:
        err.print("no ties under these filters", highlight=False)
        raise typer.Exit(code=1)
    return g


def _records(rows: list[dict[str, Any]], output: Output) -> None:
    """Rows of dicts; lists stay lists in JSON and read "a; b" in tables and CSV."""
    columns = tuple(rows[0])
    if output is not Output.json:
        rows = [{k: "; ".join(v) if isinstance(v, list) else v for k, v in r.items()} for r in rows]
    _print(Result(columns, tuple(tuple(r[c] for c in columns) for r in rows)), output)


@network_app.command("rank")
def network_rank(
    ctx: typer.Context,
    province: Province = "",
    term: Term = "",
    since: Since = "",
    until: Until = "",
    kind: Kinds = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="How many persons.")] = 20,
    by: Annotated[Centrality, typer.Option("--by", help="Order by.")] = Centrality.pagerank,
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.table,
    data_dir: DataDir = None,
) -> None:
    """The most central officials: degree, weighted degree, betweenness, PageRank.

    Example: kg network rank --province "Sơn La" --format json
    """
    from graph.network import analysis as network

    g = _network(ctx, data_dir, province, term, since, until, kind, detail=False)
    _records(network.rank(g, top, by.value), output)
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

    g = _network(ctx, data_dir, province, term, since, until, kind, detail=False)
    rows = network.groups(g, seed)
    if output is Output.table:
        rows = [{k: v for k, v in r.items() if k != "ids"} for r in rows]
    _records(rows, output)


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
    png: Annotated[Path | None, typer.Option("--png", help="Also draw it to this PNG.")] = None,
    svg: Annotated[Path | None, typer.Option("--svg", help="Also draw it to this SVG.")] = None,
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.table,
    data_dir: DataDir = None,
) -> None:
    """An official's circle: everyone within --depth ties, nearest and strongest first.

    Example: kg network ego "Nguyen Huu Dong" --depth 1 --png circle.png
    """
    from graph.network import analysis as network

    _writable(png, svg)
    g = _network(ctx, data_dir, province, term, since, until, kind, detail=False)
    with _refused(network.NetworkError, code=2):
        center = network.find(g, name)
        circle = network.ego(g, center, depth)
    for picture, fmt in ((png, "png"), (svg, "svg")):
        if picture is not None:
            from graph.network import drawing  # matplotlib is slow to import; only pictures need it

            drawing.draw(circle, center, picture, fmt)
            err.print(
                f"drew {circle.number_of_nodes()} persons to {picture}",
                highlight=False,
                soft_wrap=True,
            )
    _records(network.circle(circle, center), output)


@network_app.command("export")
def network_export(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write.")],
    fmt: Annotated[
        NetworkFormat, typer.Option("--format", "-f", help="graphml, gexf (Gephi) or json.")
    ] = NetworkFormat.graphml,
    province: Province = "",
    term: Term = "",
    since: Since = "",
    until: Until = "",
    kind: Kinds = None,
    data_dir: DataDir = None,
) -> None:
    """Write the network for Gephi, Cytoscape and other tools, attributes kept.

    Example: kg network export --format gexf -o officials.gexf
    """
    from graph.network import analysis as network

    _writable(output)
    g = _network(ctx, data_dir, province, term, since, until, kind)
    network.export(g, fmt.value, output)
    err.print(
        f"wrote {g.number_of_nodes()} persons and {g.number_of_edges()} ties to {output}",
        highlight=False,
        soft_wrap=True,
    )


def _writable(*paths: Path | None) -> None:
    """Refuse, in one line and before any work, an output path that cannot be written."""
    for path in paths:
        if path is None or str(path) == "-":
            continue
        problem = None
        if not path.name:
            problem = "not a file name"
        elif path.is_dir():
            problem = "a folder, not a file"
        elif not path.parent.is_dir():
            problem = f"no folder {path.parent}"
        elif not os.access(path.parent, os.W_OK) or (
            path.exists() and not os.access(path, os.W_OK)
        ):
            problem = "not writable"
        if problem:
            err.print(f"[red]error[/red]: {path}: {problem}", highlight=False, soft_wrap=True)
            raise typer.Exit(code=2)


def _gazetteer(settings: Settings) -> gazetteer.Gazetteer:
    try:
        return gazetteer.load(*settings.gazetteer_dirs)
    except gazetteer.GazetteerError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        raise typer.Exit(code=2) from exc


@app.command()
def serve(ctx: typer.Context, data_dir: DataDir = None) -> None:
    """Keep the embedded database running so other commands connect to it, until Ctrl-C.

    Example: kg serve --data-dir ./kgdata
    """
    if _chosen_backend(ctx, _settings()) != Backend.falkordb:
        err.print("[red]error[/red]: kg serve keeps the embedded store up; Neo4j is its own server")
        raise typer.Exit(code=2)
    with _store(ctx, data_dir) as store:
        if not getattr(store, "owner", False):
            err.print(
                f"[red]error[/red]: {getattr(store, 'data_dir', '')} is already served by"
                " another kg process; its commands share that server",
                highlight=False,
                soft_wrap=True,
            )
            raise typer.Exit(code=1)
        err.print(f"serving {getattr(store, 'data_dir', '')} (Ctrl-C to stop)")
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        with suppress(KeyboardInterrupt):
            signal.pause()


if __name__ == "__main__":
    app()
