"""Commands that read articles: extract records, check the data files, load the graph."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from graph.load import load_paths
from kg.shell import DataDir, app, decisions_of, env_settings, err, fail, opened, writable
from loaders import InputError, explain_paths, extract_paths, gazetteer
from loaders.record import without_evidence
from loaders.sources import count_inputs


class Format(StrEnum):
    jsonl = "jsonl"
    json = "json"


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
    settings = env_settings()
    failed = 0
    records = []
    writable(output)
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
            record = item if evidence else without_evidence(item)
            if format is Format.jsonl:
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                records.append(record)
        if format is Format.json:
            stream.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    except gazetteer.GazetteerError as exc:
        fail(str(exc), code=2)
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

    Example: kg check-data
    """
    try:
        gaz = gazetteer.load(*(folders or []))
    except gazetteer.GazetteerError as exc:
        fail(str(exc))
    typer.echo(
        f"ok: {len(gaz.provinces)} provinces, {len(gaz.title_heads)} title heads, "
        f"{len(gaz.abbreviations)} abbreviations, {len(gaz.organs)} organs, "
        f"{len(gaz.doc_kinds)} document kinds, {len(gaz.term_patterns)} term patterns"
    )


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
    settings = env_settings()
    total = count_inputs(paths)
    columns = (
        SpinnerColumn(),
        TextColumn(
            "{task.completed}/{task.total} articles" if total else "{task.completed} articles"
        ),
        BarColumn(),
        TaskProgressColumn(show_speed=True),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.description}"),
    )
    decided = settings.decisions_file(data_dir)
    decisions_of(decided)  # a bad file stops the load before it starts
    with (
        opened(ctx, data_dir, create=True) as store,
        Progress(*columns, console=err, transient=True) as bar,
    ):
        task = bar.add_task("", total=total)
        report = load_paths(
            store,
            paths,
            settings.gazetteer_dirs,
            settings.max_article_bytes,
            settings.batch_size,
            progress=lambda n: bar.advance(task, n),
            workers=settings.workers,
            decisions=lambda: decisions_of(decided),
            replace=replace,
            article_seconds=settings.article_seconds,
            stage=lambda what: bar.update(task, description=f"{what}…"),
            facts_every=settings.facts_every,
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
