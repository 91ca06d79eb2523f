"""`kg --help` starts fast: heavy libraries and backend drivers are imported on use."""

from __future__ import annotations

import subprocess
import sys

# Each took tens to hundreds of milliseconds of every command's start when imported at the
# top (python -X importtime): the Neo4j driver alone 0.17 s.
ON_USE = (
    "neo4j",
    "falkordb",
    "trafilatura",
    "rdflib",
    "pyshacl",
    "matplotlib",
    "networkx",
    "scipy",
    "uvicorn",
    "starlette",
    "jinja2",
)


def test_imports_the_cli_loads_no_backend_driver_or_heavy_library() -> None:
    probe = f"import sys, kg.cli; print([m for m in {ON_USE!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
