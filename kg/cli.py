"""The `kg` command line: a thin shell over the library. The root app and what commands
share are in kg.shell; each module of kg.commands registers one group of commands, in
the order `kg --help` lists them."""

from __future__ import annotations

from kg.commands import articles, network, query, rdf, resolve, store, web
from kg.shell import app

__all__ = ["app", "articles", "network", "query", "rdf", "resolve", "store", "web"]

if __name__ == "__main__":
    app()
