"""The `kg` command line: a thin shell over the library, one function per command."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from kg.settings import Settings
from loaders import InputError, extract_paths, gazetteer

app = typer.Typer(
    help="partykg: Vietnamese party organs, officials and resolutions from news articles.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)


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
) -> None:
    """Extract the record of every article (SCHEMA.md), one JSON object per line.

    Example: kg extract examples/articles --format jsonl > out.jsonl
    """
    settings = Settings.from_env()
    failed = 0
    records = []
    stream = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for item in extract_paths(paths, settings.gazetteer_dirs, settings.max_article_bytes):
            if isinstance(item, InputError):
                failed += 1
                err.print(f"[red]error[/red]: {item}", highlight=False, soft_wrap=True)
                continue
            record = item if evidence else _without_evidence(item)
            if format is Format.jsonl:
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                records.append(record)
        if format is Format.json:
            stream.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    finally:
        if output:
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


if __name__ == "__main__":
    app()
