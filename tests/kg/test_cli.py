"""The `kg` command line, run as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from typer.testing import CliRunner

from graph.store.base import dump
from graph.store.falkor import FalkorStore
from kg.cli import app
from tests.conftest import ROOT, neo4j_test_env, neo4j_test_store
from tests.graph.conftest import unpack_store

runner = CliRunner()
SAMPLES = ROOT / "examples" / "articles"


def test_cli_extract_prints_one_record_per_article() -> None:
    result = runner.invoke(app, ["extract", str(SAMPLES), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == sorted(p.name for p in SAMPLES.glob("*.txt"))
    assert all("evidence" in r for r in records)


def test_cli_extract_without_evidence_and_as_json(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = runner.invoke(
        app, ["extract", str(SAMPLES), "-f", "json", "--no-evidence", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    records = json.loads(out.read_text(encoding="utf-8"))
    assert len(records) == 5
    assert "evidence" not in json.dumps(records)


def test_cli_extract_bad_input_reported_others_still_extracted(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(
        "Ngày 2/3, đồng chí Lê Văn Hải, Bí thư Tỉnh ủy chủ trì hội nghị."
    )
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02\xff")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert [json.loads(x)["source"] for x in result.stdout.splitlines()] == ["good.txt"]
    assert f"error: {tmp_path / 'bad.txt'}: binary file, not text" in result.stderr
    assert "1 input(s) failed" in result.stderr


def test_cli_extract_explain_shows_each_sentence_s_facts_and_bad_input(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Ngày 2/3/2024, đồng chí Lê Văn Hải, Bí thư Tỉnh ủy chủ trì hội nghị.", encoding="utf-8"
    )
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01")
    result = runner.invoke(app, ["extract", "--explain", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "== a.txt"
    assert lines[1].startswith("[1] Ngày 2/3/2024, đồng chí Lê Văn Hải, Bí thư Tỉnh ủy")
    assert "ended by the stop word 'chủ trì'" in " ".join(result.stdout.split())
    assert f"error: {tmp_path / 'bad.txt'}: binary file, not text" in result.stderr


def test_cli_extract_reads_jsonl_from_stdin() -> None:
    line = json.dumps(
        {
            "id": "crawl-1",
            "text": "Sáng 5/6, đồng chí Đỗ Văn Chiến, Bí thư Tỉnh ủy chủ trì hội nghị.",
            "published": "2024-06-05",
        }
    )
    result = runner.invoke(app, ["extract", "-", "--no-evidence"], input=line + "\n")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert (record["source"], record["date"]) == ("crawl-1", "2024-06-05")
    assert record["events"][0]["chaired_by"] == ["Đỗ Văn Chiến"]


def test_cli_check_data_reports_counts_and_errors(tmp_path: Path) -> None:
    ok = runner.invoke(app, ["check-data"])
    assert ok.exit_code == 0 and "63 provinces" in ok.stdout
    (tmp_path / "terms.yaml").write_text("bodies:\n  galactic: []\n", encoding="utf-8")
    bad = runner.invoke(app, ["check-data", str(tmp_path)])
    assert bad.exit_code == 1
    assert "unknown body 'galactic'" in bad.stderr


def test_cli_console_script_is_installed() -> None:
    kg = Path(sys.executable).with_name("kg")
    result = subprocess.run(
        [str(kg), "extract", str(SAMPLES / "004_e6d35a45ef2bf389.txt"), "--no-evidence"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "KG_MAX_ARTICLE_BYTES": "100000"},
    )
    assert json.loads(result.stdout)["province"] == "Lạng Sơn"


def test_cli_an_argument_not_utf8_is_one_line(tmp_path: Path) -> None:
    """A name typed in a terminal set to another encoding reaches Python as bytes it
    could not decode: refused in one line, not a traceback when it reaches the store."""
    kg = Path(sys.executable).with_name("kg")
    result = subprocess.run(
        [str(kg), "timeline", b"L\xf2 Minh H\xf9ng"],
        capture_output=True,
        env={**os.environ, "KG_DATA_DIR": str(tmp_path)},
    )
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: an argument is not UTF-8 text")


def test_cli_settings_limit_from_environment(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ngày 2/3, hội nghị." * 10, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)], env={"KG_MAX_ARTICLE_BYTES": "50"})
    assert result.exit_code == 1
    assert "too large for one article" in result.stderr


def _kg(*args: str, data: Path) -> Any:
    return runner.invoke(app, [*args, "--data-dir", str(data)])


def test_cli_load_then_timeline_without_diacritics(tmp_path: Path) -> None:
    loaded = _kg("load", str(SAMPLES), data=tmp_path)
    assert loaded.exit_code == 0, loaded.output
    assert "5 new" in loaded.output
    result = _kg("timeline", "Nguyen Huu Dong", "--format", "json", data=tmp_path)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert ("Bí thư Tỉnh ủy", "Sơn La", "2019-11-16", "2022-12-07") in [
        (r["post"], r["province"], r["first_seen"], r["last_seen"]) for r in rows
    ]
    table = _kg("--wide", "timeline", "nguyễn hữu đông", data=tmp_path)
    assert "Bí thư Tỉnh ủy (Sơn La)" in table.stdout
    again = _kg("load", str(SAMPLES), data=tmp_path)
    assert "0 new, 0 replaced, 5 unchanged" in again.output


def test_cli_a_folder_an_older_partykg_wrote_answers_as_before(tmp_path: Path) -> None:
    """A data folder whose fact edges keep a list per field (as partykg wrote them before
    entries were packed) is packed by the first command that opens it: the answers,
    sentences and all, are the same."""
    assert _kg("load", str(SAMPLES), data=tmp_path).exit_code == 0
    commands = [
        ("why", "Nguyen Huu Dong", "-f", "json"),
        ("timeline", "Nguyen Huu Dong", "-f", "json"),
        (
            "query",
            "fact-sources",
            "-p",
            f"person={_DONG}",
            "-p",
            f"target={_DONG_POST}",
            "-f",
            "json",
        ),
    ]
    before = [_kg(*args, data=tmp_path).stdout for args in commands]
    assert "Bí thư Tỉnh ủy" in before[0] and '"sentence": "' in before[0]
    with FalkorStore(tmp_path) as store:
        unpack_store(store)
        ((packed, lists),) = store.run(
            "MATCH ()-[h:HOLDS]->() RETURN count(h.entries), count(h.seen)"
        ).rows
        assert packed == 0 < lists
    assert [_kg(*args, data=tmp_path).stdout for args in commands] == before
    with FalkorStore(tmp_path) as store:
        assert (
            store.run("MATCH ()-[h]->() WHERE h.seen IS NOT NULL RETURN count(h)").rows[0][0] == 0
        )


def test_cli_a_folder_whose_persons_keep_no_dates_answers_changes_as_before(
    tmp_path: Path,
) -> None:
    """A folder an older partykg settled, its persons without the dates `changes` finds
    the newest by, is dated by the first command that opens it."""
    assert _kg("load", str(SAMPLES), data=tmp_path).exit_code == 0
    before = _kg("changes", "--since", "2019", "-n", "0", "-f", "json", data=tmp_path).stdout
    assert len(json.loads(before)) > 5
    with FalkorStore(tmp_path) as store:
        for prop in ("first_held", "last_change"):
            store.run(f"MATCH (p:Person) REMOVE p.{prop}", write=True)
    after = _kg("changes", "--since", "2019", "-n", "0", "-f", "json", data=tmp_path)
    assert after.exit_code == 0 and after.stdout == before


_DONG = "person:nguyễn-hữu-đông"
_DONG_POST = "post:bí-thư-tỉnh-ủy@sơn-la"


def test_cli_timeline_unknown_name_suggests_similar(tmp_path: Path) -> None:
    _kg("load", str(SAMPLES), data=tmp_path)
    result = _kg("timeline", "Minh Hung", data=tmp_path)
    assert result.exit_code == 1
    assert "similar: Lò Minh Hùng" in result.output


@pytest.mark.parametrize(
    "cypher",
    [
        "CREATE (:Person {id: 'x'})",
        "MERGE (p:Person {id: 'x'}) RETURN p",
        "MATCH (n) DETACH DELETE n",
        "MATCH (p:Person) SET p.name = 'x'",
    ],
)
def test_cli_cypher_is_read_only_unless_asked(tmp_path: Path, cypher: str) -> None:
    _kg("load", str(SAMPLES), data=tmp_path)
    refused = _kg("cypher", cypher, data=tmp_path)
    assert refused.exit_code == 1
    assert "--write" in refused.output
    count = _kg("cypher", "MATCH (p:Person) RETURN count(p) AS n", "-f", "csv", data=tmp_path)
    assert count.stdout.splitlines() == ["\ufeffn", "6"]


def test_cli_cypher_write_and_parameters(tmp_path: Path) -> None:
    written = _kg("cypher", "CREATE (:Note {id: $id})", "--write", "-p", "id=n1", data=tmp_path)
    assert written.exit_code == 0, written.output
    found = _kg(
        "cypher",
        "MATCH (n:Note {id: $id}) RETURN n.id AS id",
        "-p",
        "id=n1",
        "-f",
        "json",
        data=tmp_path,
    )
    assert json.loads(found.stdout) == [{"id": "n1"}]
    # A map key the embedded store cannot write as Cypher text: one line, no traceback.
    odd = _kg("cypher", "RETURN $m.k AS k", "-p", 'm={"a`b": 1, "k": 2}', data=tmp_path)
    assert odd.exit_code == 1
    assert odd.stderr.count("\n") == 1 and "cannot take these parameters" in odd.stderr


def test_cli_query_stats_and_listing(tmp_path: Path) -> None:
    _kg("load", str(SAMPLES), data=tmp_path)
    result = _kg(
        "query",
        "post-holders",
        "-p",
        "title=Bí thư Tỉnh ủy",
        "-p",
        "province=Lạng Sơn",
        "-f",
        "json",
        data=tmp_path,
    )
    assert [r["person"] for r in json.loads(result.stdout)] == ["Lâm Thị Phương Thanh"]
    missing = _kg("query", "post-holders", data=tmp_path)
    assert missing.exit_code == 1 and "missing --param title" in missing.output
    stats = _kg("stats", data=tmp_path)
    assert "HOLDS" in stats.stdout and "Article" in stats.stdout
    listing = runner.invoke(app, ["queries"])
    assert "person-timeline" in listing.stdout


def test_cli_load_bad_input_reported_others_loaded(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(
        "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị.", encoding="utf-8"
    )
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    result = _kg("load", str(tmp_path / "in"), data=tmp_path / "data")
    assert result.exit_code == 1
    assert "empty.txt" in result.output
    assert "1 new" in result.output


def test_cli_serve_keeps_the_store_up_for_other_commands(tmp_path: Path) -> None:
    import signal
    import time

    server = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--data-dir", str(tmp_path)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
    )
    try:
        while not (tmp_path / "server.json").exists():
            assert server.poll() is None
            time.sleep(0.01)
        assert _kg("load", str(SAMPLES), data=tmp_path).exit_code == 0
        count = _kg("cypher", "MATCH (a:Article) RETURN count(a) AS n", "-f", "csv", data=tmp_path)
        assert count.stdout.splitlines() == ["\ufeffn", "5"]
        assert server.poll() is None  # the clients' exits left the server up
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    assert not (tmp_path / "server.json").exists()


@pytest.fixture
def neo4j_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test Neo4j server, emptied, as the KG_NEO4J_* settings `kg` reads (skips
    without one, see tests/conftest.py)."""
    neo4j_test_store().close()
    for name, value in (neo4j_test_env() or {}).items():
        monkeypatch.setenv(name, value)


@pytest.mark.neo4j
def test_cli_neo4j_backend_loads_and_answers_like_the_embedded_one(
    tmp_path: Path, neo4j_env: None
) -> None:
    loaded = runner.invoke(app, ["--backend", "neo4j", "load", str(SAMPLES)])
    assert loaded.exit_code == 0, loaded.output
    assert "5 new" in loaded.output
    again = runner.invoke(app, ["--backend", "neo4j", "load", str(SAMPLES)])
    assert "0 new, 0 replaced, 5 unchanged" in again.output
    _kg("load", str(SAMPLES), data=tmp_path)
    for args in (
        ["timeline", "Lo Minh Hung", "-f", "json"],
        [
            "query",
            "post-holders",
            "-p",
            "title=Bí thư Tỉnh ủy",
            "-p",
            "province=Sơn La",
            "-f",
            "csv",
        ],
        ["cypher", "MATCH (p:Person) RETURN p.name AS name ORDER BY name", "-f", "json"],
    ):
        server = runner.invoke(app, ["--backend", "neo4j", *args])
        embedded = _kg(*args, data=tmp_path)
        assert server.exit_code == 0, server.output
        assert server.stdout == embedded.stdout
    refused = runner.invoke(app, ["--backend", "neo4j", "cypher", "MATCH (n) DETACH DELETE n"])
    assert refused.exit_code == 1 and "--write" in refused.output
    by_env = runner.invoke(app, ["stats"], env={"KG_BACKEND": "neo4j"})
    assert "│ Article      │ 5     │" in by_env.stdout


@pytest.mark.neo4j
def test_cli_push_then_pull_round_trips_the_graph(tmp_path: Path, neo4j_env: None) -> None:
    local, back = tmp_path / "local", tmp_path / "back"
    _kg("load", str(SAMPLES), data=local)
    pushed = _kg("push", "--to", "neo4j", data=local)
    assert pushed.exit_code == 0, pushed.output
    assert "from falkordb to neo4j" in pushed.output
    refused = _kg("push", "--to", "neo4j", data=local)
    assert refused.exit_code == 1 and "--replace" in refused.output
    assert _kg("push", "--to", "neo4j", "--replace", data=local).exit_code == 0
    pulled = _kg("pull", "--from", "neo4j", data=back)
    assert pulled.exit_code == 0, pulled.output
    with FalkorStore(local) as a, FalkorStore(back) as b, neo4j_test_store(empty=False) as n:
        assert dump(a) == dump(n) == dump(b)


def test_cli_neo4j_needs_a_password_from_the_environment(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--backend", "neo4j", "stats"], env={"KG_NEO4J_PASSWORD": None})
    assert result.exit_code == 1
    assert "KG_NEO4J_PASSWORD is not set" in result.output


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["stats"], {"KG_BACKEND": "sqlite"}, "KG_BACKEND must be one of falkordb, neo4j"),
        (["--backend", "neo4j", "serve"], {}, "Neo4j is its own server"),
        (["push", "--to", "falkordb"], {}, "source and target are both falkordb"),
    ],
)
def test_cli_backend_choice_errors_are_one_line(
    tmp_path: Path, args: list[str], env: dict[str, str], message: str
) -> None:
    result = runner.invoke(app, [*args, "--data-dir", str(tmp_path)], env=env)
    assert result.exit_code == 2
    assert message in result.output


def test_cli_holders_of_a_post_in_order_any_case(tmp_path: Path) -> None:
    assert _kg("load", str(SAMPLES), data=tmp_path).exit_code == 0
    for title in ("Bí thư Tỉnh ủy", "bí thư tỉnh ủy", "BÍ THƯ TỈNH ỦY"):
        result = _kg("holders", title, "--province", "Sơn La", "-f", "json", data=tmp_path)
        assert result.exit_code == 0, result.output
        rows = json.loads(result.stdout)
        assert [(r["person"], r["first_seen"], r["last_seen"]) for r in rows] == [
            ("Nguyễn Hữu Đông", "2019-11-16", "2022-12-07")
        ]


def test_cli_holders_unknown_post_names_the_posts_there(tmp_path: Path) -> None:
    assert _kg("load", str(SAMPLES), data=tmp_path).exit_code == 0
    result = _kg("holders", "Bí thư Thành ủy", "--province", "Sơn La", data=tmp_path)
    assert result.exit_code == 2
    assert "no post 'Bí thư Thành ủy' in Sơn La; closest: Bí thư Tỉnh ủy" in " ".join(
        result.stderr.split()
    )


TENURE = Path(__file__).parents[1] / "fixtures" / "tenure"


def test_cli_timeline_one_row_a_holding_and_term_lists_holders(tmp_path: Path) -> None:
    assert _kg("load", str(TENURE), data=tmp_path).exit_code == 0
    table = _kg("timeline", "Luc Minh Tuong", data=tmp_path).stdout
    titles = [line.strip() for line in table.splitlines() if line.strip().startswith("Lục Minh")]
    assert titles == ["Lục Minh Tường"]
    assert "ended: điều động" in table and "XVI 2015-2020; XVII 2020-2025" in table
    rows = list(csv.DictReader(io.StringIO(_kg("term", "xvii", "--province", "Tuyên Quang",
                                                 "-f", "csv", data=tmp_path).stdout)))  # fmt: skip
    bi_thu = [r["person"] for r in rows if r["post"] == "Bí thư Tỉnh ủy"]
    assert bi_thu == ["Chu Đình Khuê", "Lục Minh Tường", "Triệu Đức Thụy"]
    missing = _kg("term", "IX", "--province", "Tuyên Quang", data=tmp_path)
    assert missing.exit_code == 1
    assert "no holding in term IX of Tuyên Quang" in missing.output


def test_cli_resolve_lists_namesakes_and_records_decisions(tmp_path: Path) -> None:
    data, thuan = tmp_path / "kg", "person:lương-đức-thuận"
    assert _kg("load", str(TENURE), data=data).exit_code == 0
    review = json.loads(_kg("resolve", "--name", "Luong Duc Thuan", "-f", "json", data=data).stdout)
    assert [(r["id"], r["namesakes"]) for r in review] == [
        (f"{thuan}@hà-giang", [f"{thuan}@tuyên-quang"]),
        (f"{thuan}@tuyên-quang", [f"{thuan}@hà-giang"]),
    ]
    table = _kg("timeline", "Lương Đức Thuận", data=data).stdout
    assert f"Lương Đức Thuận ({thuan}@tuyên-quang)" in table.splitlines()
    merged = _kg("resolve", "merge", f"{thuan}@hà-giang", f"{thuan}@tuyên-quang",
                 "--note", "one man", data=data)  # fmt: skip
    assert merged.exit_code == 0, merged.output
    assert merged.stdout.split() == [thuan]
    assert f"decision 1 (merge) recorded in {data / 'decisions.jsonl'}" in merged.stderr
    log = json.loads(_kg("resolve", "log", "-f", "json", data=data).stdout)
    assert [(d["id"], d["op"], d["note"], d["in_force"]) for d in log] == [
        (1, "merge", "one man", True)
    ]
    # A full reload elsewhere, with the decisions file under version control.
    env = {"KG_DECISIONS": str(data / "decisions.jsonl")}
    again = tmp_path / "again"
    result = runner.invoke(app, ["load", str(TENURE), "--data-dir", str(again)], env=env)
    assert result.exit_code == 0, result.output
    rows = json.loads(
        runner.invoke(
            app, ["timeline", "Luong Duc Thuan", "-f", "json", "--data-dir", str(again)], env=env
        ).stdout
    )
    assert {r["person_id"] for r in rows} == {thuan}
    assert len(rows) == 6
    undone = _kg("resolve", "undo", data=data)
    assert undone.exit_code == 0, undone.output
    assert undone.stdout.split() == [f"{thuan}@hà-giang", f"{thuan}@tuyên-quang"]


def test_cli_resolve_errors_are_one_line(tmp_path: Path) -> None:
    assert _kg("load", str(TENURE), data=tmp_path).exit_code == 0
    unknown = _kg("resolve", "merge", "person:nobody", "person:lục-minh-tường", data=tmp_path)
    assert unknown.exit_code == 1
    assert "error: no person 'person:nobody' in the graph" in unknown.stderr
    lonely = _kg("resolve", "split", "person:lục-minh-tường", data=tmp_path)
    assert lonely.exit_code == 1
    assert "split needs a second person or --article" in lonely.stderr
    (tmp_path / "decisions.jsonl").write_text('{"id": 1, "op": "merge"}\n', encoding="utf-8")
    broken = _kg("load", str(TENURE), data=tmp_path)
    assert broken.exit_code == 2
    assert f"{tmp_path / 'decisions.jsonl'}:1: merge needs a person key" in broken.stderr
    assert "nothing to review" not in _kg("resolve", data=tmp_path).stderr


def test_cli_network_rank_on_the_samples(tmp_path: Path) -> None:
    assert _kg("load", str(SAMPLES), data=tmp_path).exit_code == 0
    result = _kg("network", "rank", "--province", "Sơn La", "--format", "json", data=tmp_path)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows[0]["person"] == "Nguyễn Hữu Đông"
    assert {"degree", "weighted_degree", "betweenness", "pagerank", "posts"} <= set(rows[0])
    assert [r["pagerank"] for r in rows] == sorted((r["pagerank"] for r in rows), reverse=True)
    assert all(r["pagerank"] > 0 for r in rows)
    nothing = _kg("network", "rank", "--province", "Cà Mau", data=tmp_path)
    assert nothing.exit_code == 1
    assert "no ties under these filters" in nothing.stderr


def test_cli_network_groups_ego_and_export_on_the_samples(tmp_path: Path) -> None:
    assert _kg("load", str(SAMPLES), data=tmp_path).exit_code == 0
    groups = _kg("network", "groups", "--province", "Sơn La", "-f", "json", data=tmp_path)
    assert groups.exit_code == 0, groups.output
    found = json.loads(groups.stdout)
    assert found[0]["members"][0] == "Nguyễn Hữu Đông"
    assert any(o.startswith("Tỉnh ủy (Sơn La): ") for o in found[0]["shared_organs"])
    picture = tmp_path / "circle.png"
    ego = _kg(
        "network", "ego", "nguyen huu dong", "--depth", "1", "--png", str(picture),
        "-f", "csv", data=tmp_path,
    )  # fmt: skip
    assert ego.exit_code == 0, ego.output
    assert ego.stdout.startswith("\ufeffperson,")  # the BOM Excel reads as UTF-8
    rows = list(csv.DictReader(io.StringIO(ego.stdout.removeprefix("\ufeff"))))
    assert rows[0]["person"] == "Nguyễn Hữu Đông" and rows[0]["distance"] == "0"
    assert {r["distance"] for r in rows[1:]} == {"1"}
    assert picture.stat().st_size > 20_000 and f"to {picture}" in ego.stderr
    out = tmp_path / "officials.gexf"
    exported = _kg("network", "export", "--format", "gexf", "-o", str(out), data=tmp_path)
    assert exported.exit_code == 0, exported.output
    assert len(nx.read_gexf(out)) >= len(rows)
    unknown = _kg("network", "ego", "Nguyễn Văn Không", data=tmp_path)
    assert unknown.exit_code == 2
    assert "no person named 'Nguyễn Văn Không'" in unknown.stderr
    bad_date = _kg("network", "rank", "--until", "5/3/2024", data=tmp_path)
    assert bad_date.exit_code == 2
    assert "--until must be a date: YYYY, YYYY-MM or YYYY-MM-DD, not '5/3/2024'" in bad_date.stderr
    no_term = _kg("network", "groups", "--term", "IX", data=tmp_path)
    assert no_term.exit_code == 2 and "no term IX in the graph" in no_term.stderr


def test_cli_extract_with_a_bad_data_file_says_which_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "cues.yaml").write_text("stop: [{a: 1}]\n", encoding="utf-8")
    monkeypatch.setenv("KG_GAZETTEER_DIRS", str(tmp_path))
    result = runner.invoke(app, ["extract", str(SAMPLES / "004_e6d35a45ef2bf389.txt")])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "cues.yaml" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_reset_empties_the_graph_when_confirmed(tmp_path: Path) -> None:
    assert _kg("load", str(SAMPLES), data=tmp_path).exit_code == 0
    kept = runner.invoke(app, ["reset", "--data-dir", str(tmp_path)], input="n\n")
    assert kept.exit_code == 1
    count = "MATCH (a:Article) RETURN count(a) AS n"
    assert _kg("cypher", count, "-f", "json", data=tmp_path).stdout.count('"n": 5') == 1
    reset = _kg("reset", "--yes", data=tmp_path)
    assert reset.exit_code == 0 and "deleted" in reset.output
    assert '"n": 0' in _kg("cypher", count, "-f", "json", data=tmp_path).stdout
    again = _kg("load", str(SAMPLES), data=tmp_path)
    assert "5 new" in again.output


def test_cli_help_gives_each_command_s_summary_as_one_line() -> None:
    """The command lists give a command's first paragraph as one text, however its
    docstring wraps: on a terminal wide enough, one row a command."""
    for group in ([], ["resolve"], ["network"], ["export"]):
        result = runner.invoke(app, [*group, "--help"], env={"COLUMNS": "400"})
        assert result.exit_code == 0, result.output
        panel = result.output.split("─ Commands ")[1].split("╰")[0].splitlines()[1:]
        assert panel and all(row[2] != " " for row in panel), result.output
