"""The `kg` command line: a thin shell over the library. The root app and what commands
share are in kg.shell; each module of kg.commands registers one group of commands, in
the order `kg --help` lists them."""

from __future__ import annotations

import inspect

import typer

from kg.commands import articles, network, query, rdf, resolve, store, web
from kg.shell import app

__all__ = ["app", "articles", "network", "query", "rdf", "resolve", "store", "web"]


def _summaries(group: typer.Typer) -> None:
    """Each command's first paragraph as the one text the command lists give: typer's
    rich help keeps the docstring's line breaks there, which break the rows."""
    for info in group.registered_commands:
        if info.short_help is None and (doc := inspect.getdoc(info.callback)):
            info.short_help = " ".join(doc.split("\n\n")[0].split())
    for sub in group.registered_groups:
        if sub.typer_instance:
            _summaries(sub.typer_instance)


_summaries(app)

if __name__ == "__main__":
    app()
