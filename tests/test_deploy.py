"""docker-compose.yml for users and the pom CI starts Neo4j from agree, and keep secrets
out of committed files."""

from __future__ import annotations

import re
import subprocess

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
