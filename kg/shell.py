"""What every `kg` command shares: the root app and its --backend, settings from the
environment, the chosen store opened with its errors as one line, and how results, lists
and refusals are printed."""

from __future__ import annotations

import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console

import queries
from graph.derive.decisions import Decision, DecisionError, read_decisions
from graph.store.base import QueryTimeout, Result, Store, StoreError
from kg import render
from kg.render import cell
from kg.settings import BACKENDS, Settings
from kg.stores import open_store
from loaders import gazetteer

app = typer.Typer(
    help="partykg: Vietnamese party organs, officials and resolutions from news articles.\n\n"
    'Example: kg load examples/articles && kg timeline "Nguyễn Hữu Đông"',
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)


def choices(name: str, values: Iterable[str]) -> type[StrEnum]:
    """The library's values as an enum, which typer offers in help and checks; the
    command modules declare such a type as `str` for the type checker."""
    return StrEnum(name, {v: v for v in values})  # type: ignore[return-value]


if TYPE_CHECKING:
    Backend = str
else:
    Backend = choices("Backend", BACKENDS)


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
    wide: Annotated[
        bool,
        typer.Option("--wide", help="Print tables whole, every column as it is, however wide."),
    ] = False,
) -> None:
    """partykg: Vietnamese party organs, officials and resolutions from news articles.

    Example: kg --backend neo4j timeline "Lo Minh Hung"
    """
    for arg in sys.argv[1:]:
        if any("\udc80" <= c <= "\udcff" for c in arg):  # bytes Python could not decode
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            fail(f"an argument is not UTF-8 text (set the terminal to UTF-8): {shown!r}", 2)
    ctx.obj = backend
    _WIDE.set(wide)


# `kg --wide`, for the printing helpers that see no context (set by the root callback).
_WIDE: ContextVar[bool] = ContextVar("wide", default=False)


def wide() -> bool:
    """Whether `kg --wide` asked for whole tables."""
    return _WIDE.get()


def fail(message: str, code: int = 1) -> NoReturn:
    """Refuse in one error line, no traceback, with an exit code (2: a bad argument)."""
    err.print(f"[red]error[/red]: {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code=code)


def env_settings() -> Settings:
    """Settings from the environment; a bad value is one error line and exit code 2."""
    try:
        return Settings.from_env()
    except ValueError as exc:
        fail(str(exc), code=2)


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
    xlsx = "xlsx"


def chosen_backend(ctx: typer.Context, settings: Settings) -> str:
    """--backend if given, else KG_BACKEND."""
    chosen = ctx.find_root().obj
    return str(chosen) if chosen else settings.backend


@contextmanager
def opened(
    ctx: typer.Context,
    data_dir: Path | None,
    backend: str | None = None,
    keep: bool = True,
    create: bool = False,
) -> Iterator[Store]:
    """The chosen store, with its errors printed as one line and exit code 1; an embedded
    server started for it outlives the command unless not `keep`. An embedded folder
    that does not exist is made only when `create` (the commands that write a graph):
    any other command says there is no graph there and leaves no folder behind."""
    settings = env_settings()
    chosen = backend or chosen_backend(ctx, settings)
    folder = data_dir or settings.data_dir
    if chosen == "falkordb" and not create and not folder.exists():
        fail(f"no graph in {folder}: `kg load PATH` makes one (or --data-dir, KG_DATA_DIR)")
    try:
        store = open_store(chosen, settings, data_dir, keep)
    except StoreError as exc:
        fail(str(exc))
    try:
        yield store
    except (StoreError, queries.CatalogError) as exc:
        hint = "; KG_QUERY_TIMEOUT sets the limit" if isinstance(exc, QueryTimeout) else ""
        fail(f"{exc}{hint}")
    finally:
        store.close()


def print_result(result: Result, output: Output) -> None:
    if output is Output.json:
        typer.echo(json.dumps(result.records(), ensure_ascii=False, indent=2))
    elif output is Output.csv:
        sys.stdout.write(render.csv_text(result))
    elif output is Output.xlsx:
        _xlsx(result)
    else:
        rows = [[cell(v) for v in row] for row in result.rows]
        render.show(result.columns, rows, Console(), wide=wide())
        err.print(f"{len(result.rows)} row(s)")


def _xlsx(result: Result) -> None:
    """The rows as a spreadsheet on standard output, which must be a file or a pipe."""
    from openpyxl import Workbook  # only -f xlsx needs it

    if sys.stdout.isatty():
        fail("-f xlsx writes a file: add > answer.xlsx", code=2)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("partykg")
    sheet.append(list(result.columns))
    for row in result.rows:
        sheet.append([v if isinstance(v, int | float) else cell(v) for v in row])
    out = io.BytesIO()
    book.save(out)
    sys.stdout.flush()
    sys.stdout.buffer.write(out.getvalue())
    sys.stdout.buffer.flush()


def records(rows: list[dict[str, Any]], output: Output) -> None:
    """Rows of dicts; lists stay lists in JSON and read "a; b" in tables and CSV (`cell`)."""
    columns = tuple(rows[0])
    print_result(Result(columns, tuple(tuple(r[c] for c in columns) for r in rows)), output)


_PARAM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def params(pairs: list[str] | None) -> dict[str, str]:
    out = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not _PARAM_NAME.fullmatch(name):
            fail(
                f"--param needs name=value with a name of letters, digits and _, not {pair!r}",
                code=2,
            )
        out[name] = value
    return out


@contextmanager
def refused(error: type[Exception] = DecisionError, code: int = 1) -> Iterator[None]:
    """A request refused (a decision that reverses one in force, an unknown name in a
    network) is one error line and an exit code."""
    try:
        yield
    except error as exc:
        fail(str(exc), code)


@contextmanager
def writing_to(path: Path) -> Iterator[None]:
    """Writing a file a person named: a refusal by the system (a read-only place, a full
    disk) is one error line naming the file and exit code 1."""
    try:
        yield
    except OSError as exc:
        fail(f"{path}: {exc.strerror or exc}")


def writable(*paths: Path | None) -> None:
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
            fail(f"{path}: {problem}", code=2)


def gazetteer_of(settings: Settings) -> gazetteer.Gazetteer:
    try:
        return gazetteer.load(*settings.gazetteer_dirs)
    except gazetteer.GazetteerError as exc:
        fail(str(exc), code=2)


def decisions_of(path: Path) -> list[Decision]:
    try:
        return read_decisions(path)
    except DecisionError as exc:
        fail(str(exc), code=2)
