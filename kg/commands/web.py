"""`kg web`: the graph as linkable pages in a browser, read-only (kg/web)."""

from __future__ import annotations

import socket
from typing import Annotated

import typer

from kg.shell import DataDir, app, env_settings, err, fail, gazetteer_of, opened


@app.command()
def web(
    ctx: typer.Context,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on: this machine only by default.")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", help="Port to listen on.", min=1, max=65535)
    ] = 8700,
    data_dir: DataDir = None,
) -> None:
    """Serve the graph as web pages: search, persons with every fact's sources, posts
    with their holders; each page also as JSON (.json or Accept: application/json).

    Example: kg web --port 8700
    """
    try:  # bound here, so that a port in use is one line before any work
        listening = socket.create_server((host, port))
    except OSError as exc:
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}", code=2)
    import uvicorn  # the web libraries and networkx load on use: every command starts with the CLI

    from kg.web import make_app

    with listening, opened(ctx, data_dir) as store:
        if host not in ("127.0.0.1", "localhost", "::1"):
            err.print(
                f"[yellow]warning[/yellow]: listening on {host}: anyone who can reach this"
                " machine can read the graph",
                highlight=False,
            )
        settings = env_settings()
        served = make_app(store, gazetteer_of(settings), settings.query_timeout)
        err.print("preparing the person network and search…", highlight=False)
        served.state.warm()
        err.print(f"serving the graph at http://{host}:{port}/ (Ctrl-C stops)", highlight=False)
        config = uvicorn.Config(served, log_level="warning")
        uvicorn.Server(config).run(sockets=[listening])
