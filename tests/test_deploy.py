"""docker-compose.yml for users and the pom CI starts Neo4j from agree, secrets stay out
of committed files, and a built wheel works on its own."""

from __future__ import annotations

import ast
import functools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT


def _compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def test_deploy_compose_runs_the_lts_line_ci_tests_against() -> None:
    image = _compose()["services"]["neo4j"]["image"]
    pom = (ROOT / "scripts" / "neo4j" / "pom.xml").read_text(encoding="utf-8")
    tested = re.search(r"<neo4j.version>(\d+\.\d+)\.\d+</neo4j.version>", pom)
    assert tested
    assert image == f"neo4j:{tested.group(1)}-community"


def test_deploy_compose_loopback_ports_volume_health_and_password_from_env() -> None:
    compose = _compose()
    neo4j = compose["services"]["neo4j"]
    assert sorted(neo4j["ports"]) == ["127.0.0.1:7474:7474", "127.0.0.1:7687:7687"]
    (volume,) = neo4j["volumes"]
    assert volume.split(":")[0] in compose["volumes"]
    health = " ".join(neo4j["healthcheck"]["test"])
    assert "cypher-shell" in health and " -p " not in health
    assert neo4j["environment"]["NEO4J_AUTH"].startswith("neo4j/${NEO4J_PASSWORD:?")


def test_deploy_env_file_is_ignored_and_only_an_example_committed() -> None:
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert ".env.example" in tracked and ".env" not in tracked
    ignored = subprocess.run(["git", "check-ignore", ".env"], cwd=ROOT, capture_output=True)
    assert ignored.returncode == 0
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    assert re.search(r"^NEO4J_PASSWORD=\S{8,}$", example, re.M)


@pytest.mark.slow
def test_deploy_wheel_in_a_fresh_venv_runs_the_main_job_and_validates_rdf(tmp_path: Path) -> None:
    """A wheel, not the editable install: data files found inside the installed packages."""
    # A user of its own: a fresh data folder, no KG_ settings from the test run.
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    run = functools.partial(subprocess.run, capture_output=True, text=True, timeout=600, env=env)
    built = run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", "dist"],
        cwd=tmp_path,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("partykg-*.whl")
    venv = tmp_path / "venv"
    assert run([sys.executable, "-m", "venv", str(venv)]).returncode == 0
    installed = run([str(venv / "bin" / "pip"), "install", "-q", str(wheel)])
    assert installed.returncode == 0, installed.stderr
    work = tmp_path / "work"
    shutil.copytree(ROOT / "examples", work / "examples")
    kg = str(venv / "bin" / "kg")
    where = run(
        [str(venv / "bin" / "python"), "-c", "import graph; print(graph.__file__)"], cwd=work
    )
    assert str(venv) in where.stdout
    # The web pages' templates, style, scripts and the shipped drawing library came with
    # the wheel: every file of kg/web the repository has.
    pages = run(
        [str(venv / "bin" / "python"), "-c",
         "from kg.web import HERE; print(sorted(p.name for p in HERE.rglob('*.*')))"],
        cwd=work,
    )  # fmt: skip
    shipped = {
        p.name for p in (ROOT / "kg" / "web").rglob("*.*") if p.suffix not in (".py", ".pyc")
    }
    assert {"person.html", "style.css", "cytoscape.min.js"} <= shipped
    assert shipped <= set(ast.literal_eval(pages.stdout)), pages.stderr
    served = tmp_path / "data" / "partykg" / "server.json"
    try:
        loaded = run([kg, "load", "examples/articles"], cwd=work)
        assert loaded.returncode == 0, loaded.stderr
        # The store's server outlives the command, started from the installed package.
        keeper = json.loads(served.read_text())
        timeline = run([kg, "timeline", "Nguyễn Hữu Đông"], cwd=work)
        assert "Bí thư Tỉnh ủy" in timeline.stdout, timeline.stderr
        assert json.loads(served.read_text()) == keeper  # the next command found it
        export = run([kg, "export", "rdf", "--validate", "-o", "out.ttl"], cwd=work)
        assert export.returncode == 0, export.stderr
        assert "no SHACL violation" in export.stderr
    finally:
        if served.exists():
            os.kill(json.loads(served.read_text())["pid"], signal.SIGTERM)
