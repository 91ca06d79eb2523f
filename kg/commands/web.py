"""`kg web`: the graph as linkable pages in a browser, read-only (kg/web)."""

from __future__ import annotations

from typing import Annotated

import typer
import uvicorn

from kg.shell import DataDir, app, err, opened
from kg.web import make_app


@app.command()
def web(
    ctx: typer.Context,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on: this machine only by default.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8700,
    data_dir: DataDir = None,
) -> None:
    """Serve the graph as web pages: search, persons with every fact's sources, posts
    with their holders; each page also as JSON (.json or Accept: application/json).

    Example: kg web --port 8700
    """
    with opened(ctx, data_dir) as store:
        if host not in ("127.0.0.1", "localhost", "::1"):
            err.print(
                f"[yellow]warning[/yellow]: listening on {host}: anyone who can reach this"
                " machine can read the graph",
                highlight=False,
            )
        err.print(f"serving the graph at http://{host}:{port}/ (Ctrl-C stops)", highlight=False)
        uvicorn.run(make_app(store), host=host, port=port, log_level="warning")
