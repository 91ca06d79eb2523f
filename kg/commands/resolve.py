"""`kg resolve`: review who is who, and record analysts' merges, splits and undos."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

import queries
from graph.derive import review
from graph.derive.decisions import in_force
from graph.store.base import Result
from kg.shell import (
    DataDir,
    Output,
    app,
    decisions_of,
    env_settings,
    err,
    gazetteer_of,
    opened,
    print_result,
    refused,
)
from queries import inputs
from queries.inputs import InputError

resolve_app = typer.Typer(
    help="Review which mentions are one person; record merges, splits and corrections of"
    " holdings that every load applies (KG_DECISIONS, default decisions.jsonl in the data folder).\n\n"
    'Example: kg resolve --name "Nguyễn Hữu Đông"',
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
    with opened(ctx, data_dir) as store:
        result = queries.run(store, "identity-review", {"name": name})
    if not result.rows:
        err.print("nothing to review: no name has namesakes or persons joined on the name alone")
        return
    print_result(result, output)


def _outcome(outcome: review.Outcome, path: Path) -> None:
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
    settings = env_settings()
    path = settings.decisions_file(data_dir)
    with opened(ctx, data_dir) as store, refused():
        _outcome(review.merge(store, gazetteer_of(settings), path, a, b, note), path)


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
    settings = env_settings()
    path = settings.decisions_file(data_dir)
    gaz = gazetteer_of(settings)
    with opened(ctx, data_dir) as store, refused():
        _outcome(review.split(store, gaz, path, a, b, article or (), note), path)


Person = Annotated[str, typer.Argument(help="A person id, as `kg resolve` or `kg dump` lists it.")]
HeldPost = Annotated[
    str,
    typer.Argument(help="The post: its id, or its title when the person holds it in one place."),
]
Articles = Annotated[
    list[str] | None,
    typer.Option("--article", help="Only these articles' reports of the holding (default: all)."),
]


@resolve_app.command("reject")
def resolve_reject(
    ctx: typer.Context,
    person: Person,
    post: HeldPost,
    article: Articles = None,
    note: Note = "",
    data_dir: DataDir = None,
) -> None:
    """Record that the articles misread a holding: it leaves the person's posts (set aside,
    back on `kg resolve undo`); prints the name's persons.

    Example: kg resolve reject person:nguyễn-thái-hưng "Ủy viên Ban Thường vụ Tỉnh ủy" --note "misread"
    """
    settings = env_settings()
    path = settings.decisions_file(data_dir)
    gaz = gazetteer_of(settings)
    with opened(ctx, data_dir) as store, refused(), refused(InputError, code=2):
        held = inputs.held_post(store, person, post, gaz)
        _outcome(review.reject(store, gaz, path, person, held, article or (), note), path)


@resolve_app.command("place")
def resolve_place(
    ctx: typer.Context,
    person: Person,
    post: HeldPost,
    province: Annotated[
        str, typer.Argument(help='The province it is in; "" for the central post of that title.')
    ],
    article: Articles = None,
    note: Note = "",
    data_dir: DataDir = None,
) -> None:
    """Record that a holding is of the same title in another province (the article's
    dateline misplaced it, or it had none); prints the name's persons.

    Example: kg resolve place person:nguyễn-đắc-quỳnh post:trưởng-đoàn-đại-biểu-quốc-hội-tỉnh@sơn-la "Lai Châu"
    """
    settings = env_settings()
    path = settings.decisions_file(data_dir)
    gaz = gazetteer_of(settings)
    with opened(ctx, data_dir) as store, refused(), refused(InputError, code=2):
        held = inputs.held_post(store, person, post, gaz)
        where = inputs.province(province, gaz)
        _outcome(review.place(store, gaz, path, person, held, where, article or (), note), path)


@resolve_app.command("undo")
def resolve_undo(
    ctx: typer.Context,
    decision: Annotated[
        int | None, typer.Argument(help="The decision's number (default: the latest).")
    ] = None,
    data_dir: DataDir = None,
) -> None:
    """Withdraw a merge, split, reject or place; the log keeps it, marked undone.

    Example: kg resolve undo 3
    """
    settings = env_settings()
    path = settings.decisions_file(data_dir)
    with opened(ctx, data_dir) as store, refused():
        _outcome(review.undo(store, gazetteer_of(settings), path, decision), path)


@resolve_app.command("log")
def resolve_log(
    data_dir: DataDir = None,
    output: Annotated[Output, typer.Option("--format", "-f")] = Output.table,
) -> None:
    """Every decision recorded, oldest first, with whether it is still in force.

    Example: kg resolve log
    """
    path = env_settings().decisions_file(data_dir)
    decisions = decisions_of(path)
    force = {d.id for d in in_force(decisions)}
    columns = (
        "id",
        "op",
        "person",
        "undoes",
        "units",
        "post",
        "to",
        "note",
        "at",
        "by",
        "in_force",
    )
    rows = tuple(
        (d.id, d.op, d.key, d.undoes,
         (f"{len(d.left)} / {len(d.right)}" if d.right else str(len(d.left))) if d.left else None,
         d.post or None, d.to or None, d.note, d.at, d.by, d.id in force)
        for d in decisions
    )  # fmt: skip
    if not rows:
        err.print(f"no decision recorded in {path}", highlight=False)
        return
    print_result(Result(columns, rows), output)
