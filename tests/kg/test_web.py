"""`kg web`: each page's JSON is the catalog's answer, on every backend; every value is
escaped, an article's address linked only as a web address; nothing can write."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.etree import ElementTree

import httpx
import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

import queries
from graph.derive import review
from graph.load import load_paths
from graph.network import analysis as network
from graph.store.base import Store
from kg import render
from kg.cli import app
from kg.web import labels, make_app, marked
from kg.web.chart import chart
from loaders import gazetteer
from tests import samples as sample_articles
from tests.conftest import ROOT
from tests.graph.conftest import BACKENDS, open_store, operators

HUNG = "person:lò-minh-hùng"
POST = "post:phó-bí-thư-thường-trực-tỉnh-ủy@sơn-la"


@pytest.fixture(scope="module", params=BACKENDS)
def samples(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, TestClient]]:
    store = open_store(request.param, tmp_path_factory.mktemp(request.param))
    load_paths(store, [ROOT / "examples" / "articles", sample_articles.EXTRA])
    yield store, TestClient(make_app(store))
    store.close()


def _url(kind: str, id_: str, suffix: str = "") -> str:
    return f"/{kind}/{quote(id_, safe=':@')}{suffix}"


def test_web_person_json_is_the_catalogs_answer(samples: tuple[Store, TestClient]) -> None:
    store, client = samples
    for asked in (
        client.get(_url("person", HUNG, ".json")),
        client.get(_url("person", HUNG), headers={"Accept": "application/json"}),
    ):
        assert asked.status_code == 200
        data = asked.json()
        assert data["timeline"] == json.loads(json.dumps(queries.timeline(store, HUNG).records()))
        assert data["sources"] == {
            POST: _rows_of(
                store, "fact-sources", "_person", HUNG, person=HUNG, target=POST, limit="20"
            )
        }
        # The sources are those kg why gives, newest first.
        why = queries.why(store, HUNG).records()
        held = [(e["article"], e["sentence"]) for e in why if e["fact"] == "holds"]
        assert [(e["article"], e["sentence"]) for e in data["sources"][POST]] == held[::-1]
        assert data["name"] == "Lò Minh Hùng"


def test_web_a_facts_sources_page_by_page(samples: tuple[Store, TestClient]) -> None:
    """Every source of one fact, newest first: a holding, or a meeting chaired."""
    store, client = samples
    meeting = client.get(_url("person", HUNG, ".json")).json()["meetings"][0]["_meeting"]
    for target, kind in ((POST, "post"), (meeting, "meeting")):
        data = client.get(_url("person", HUNG, f"/sources/{quote(target, safe=':@')}.json")).json()
        assert data["kind"] == kind
        assert data["sources"] == _rows_of(
            store, "fact-sources", "_person", HUNG, person=HUNG, target=target
        ) != []  # fmt: skip
        assert data["sources"][0]["of"] == len(data["sources"])
    page = client.get(_url("person", HUNG, f"/sources/{quote(POST, safe=':@')}")).text
    assert page.count("<mark>Lò Minh Hùng</mark>") == 2
    for nothing in ("post:nothing", "document:nothing", "nothing"):
        assert client.get(_url("person", HUNG, f"/sources/{nothing}")).status_code == 404


def test_web_post_json_is_the_holders_in_succession(samples: tuple[Store, TestClient]) -> None:
    store, client = samples
    data = client.get(_url("post", POST, ".json")).json()
    answer = queries.answer(
        store, "post-holders", {"title": "Phó Bí thư Thường trực Tỉnh ủy", "province": "Sơn La"}
    )
    assert data["holders"] == json.loads(json.dumps(answer.records()))
    assert [h["person"] for h in data["holders"]] == ["Nguyễn Đắc Quỳnh", "Lò Minh Hùng"]


def test_web_search_ignores_diacritics_and_finds_persons_and_posts(
    samples: tuple[Store, TestClient],
) -> None:
    _, client = samples
    found = client.get("/search.json", params={"q": "lo minh"}).json()
    assert [p["id"] for p in found["persons"]] == [HUNG]
    assert found["persons"][0]["provinces"] == ["Sơn La"]
    posts = client.get("/search.json", params={"q": "bi thu tinh uy son la"}).json()["posts"]
    assert "post:bí-thư-tỉnh-ủy@sơn-la" in {p["id"] for p in posts}
    assert all(p["province"] == "Sơn La" and "Bí thư Tỉnh ủy" in p["title"] for p in posts)
    page = client.get("/search", params={"q": "lo minh"})
    assert page.status_code == 200 and f'href="{_url("person", HUNG)}"' in page.text


def test_web_province_json_is_its_posts_and_holders(samples: tuple[Store, TestClient]) -> None:
    store, client = samples
    data = client.get(_url("province", "province:sơn-la", ".json")).json()
    answer = queries.answer(store, "province-posts", {"province": "Sơn La"})
    assert data["name"] == "Sơn La"
    assert data["posts"] == json.loads(json.dumps(answer.records())) != []
    page = client.get(_url("post", POST)).text
    assert f'href="{_url("province", "province:sơn-la")}"' in page  # the post's province


def test_web_changes_are_kg_changes_with_a_feed(samples: tuple[Store, TestClient]) -> None:
    store, client = samples
    data = client.get("/changes.json", params={"since": "2022-12"}).json()
    answer = queries.changes(store, "2022-12", ids=True)
    assert data["changes"] == json.loads(json.dumps(answer.records())) != []
    page = client.get("/changes", params={"since": "2022-12"}).text
    first = data["changes"][0]
    assert f'href="{_url("person", first["_person"])}"' in page
    assert all(f'href="{_url("post", c["_post"])}"' in page for c in data["changes"] if c["_post"])
    feed = ElementTree.fromstring(client.get("/changes.atom", params={"since": "2022-12"}).text)
    atom = "{http://www.w3.org/2005/Atom}"
    assert len(feed.findall(f"{atom}entry")) == len(data["changes"])
    # Without a date: 90 days before the newest article.
    assert client.get("/changes.json").json()["since"] == "2025-05-17"
    assert client.get("/changes", params={"since": "2024-13"}).status_code == 400


def test_web_unknown_ids_are_404_and_nothing_writes(samples: tuple[Store, TestClient]) -> None:
    _, client = samples
    assert client.get(_url("person", "person:nobody")).status_code == 404
    assert client.get(_url("post", "post:nothing")).status_code == 404
    assert client.post(_url("person", HUNG)).status_code == 405
    assert client.get("/static/style.css").status_code == 200


def test_web_escapes_what_articles_say_and_links_only_web_addresses(tmp_path: Path) -> None:
    article = {
        "id": "xss",
        "url": "javascript:alert(1)",
        "published": "2024-03-02",
        "text": "Ngày 2/3, đồng chí Lò Văn Thử, Bí thư Tỉnh ủy Sơn La, phát biểu"
        " <script>alert(1)</script> tại hội nghị.",
    }
    path = tmp_path / "xss.jsonl"
    path.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    with open_store("falkordb", tmp_path) as store:
        load_paths(store, [path])
        (person,) = store.run("MATCH (p:Person) RETURN p.id").rows[0]
        page = TestClient(make_app(store)).get(_url("person", person)).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>" not in page
    assert "javascript:" not in page


def test_web_a_port_in_use_is_one_line_exit_2(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["web", "--port", str(port), "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"error: cannot listen on 127.0.0.1:{port}: Address already in use")


def test_web_circle_json_is_kg_network_ego(samples: tuple[Store, TestClient]) -> None:
    """The circle's persons are `kg network ego --depth 1`'s rows; the drawing has each of
    them and only ties between them; a kind filter keeps only ties of that kind."""
    store, client = samples
    data = client.get(_url("person", HUNG, "/circle.json")).json()
    g = network.build(store, detail=False)
    answer = network.circle(network.ego(g, HUNG, 1), HUNG)
    assert data["persons"] == json.loads(json.dumps(answer))
    drawn = {n["id"] for n in data["nodes"]}
    assert drawn == {p["id"] for p in answer} and len(drawn) >= 3
    assert all({t["a"], t["b"]} <= drawn and t["why"] for t in data["ties"])
    only = client.get(_url("person", HUNG, "/circle.json"), params={"kind": "succession"}).json()
    assert [p["id"] for p in only["persons"]] == [HUNG, "person:nguyễn-đắc-quỳnh"]
    assert only["persons"][1]["why"].startswith("one followed the other")
    assert client.get(_url("person", HUNG, "/circle"), params={"depth": "9"}).status_code == 400
    assert client.get(_url("person", "person:nobody", "/circle")).status_code == 404


def test_web_ships_the_drawing_library_at_the_pinned_version() -> None:
    """The file pages load is the version scripts/vendor-web.sh pins, with its licence."""
    script = (ROOT / "scripts" / "vendor-web.sh").read_text(encoding="utf-8")
    version = re.search(r"^VERSION=(\S+)$", script, re.MULTILINE)
    assert version is not None
    vendor = ROOT / "kg" / "web" / "static" / "vendor"
    assert f'"{version.group(1)}"' in (vendor / "cytoscape.min.js").read_text(encoding="utf-8")
    assert "Permission is hereby granted" in (vendor / "cytoscape.LICENSE").read_text(
        encoding="utf-8"
    )


def test_web_console_runs_catalog_queries_as_kg_query_and_never_writes(
    samples: tuple[Store, TestClient],
) -> None:
    store, client = samples
    holders = queries.get("post-holders")
    prefilled = client.get("/cypher", params={"query": "post-holders"}).text
    assert "title=Bí thư Tỉnh ủy" in prefilled and "MATCH" in prefilled  # the example, not run
    asked = {"query": "post-holders", "cypher": holders.cypher,
             "params": "title=bí thư tỉnh ủy\nprovince=son la"}  # fmt: skip
    data = client.get("/cypher.json", params=asked).json()
    answer = queries.run(store, "post-holders", {"title": "Bí thư Tỉnh ủy", "province": "Sơn La"})
    assert data["rows"] == json.loads(json.dumps(answer.records())) != []
    csv = client.get("/cypher.csv", params=asked)
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text == render.csv_text(answer)
    # Any other Cypher as kg cypher runs it, parameters JSON or text.
    some = client.get("/cypher.json", params={
        "cypher": "MATCH (p:Person) RETURN p.name AS name ORDER BY name LIMIT $n", "params": "n=2",
    }).json()  # fmt: skip
    assert [r["name"] for r in some["rows"]] == ["Hoàng Quốc Khánh", "Lâm Thị Phương Thanh"]
    before = store.run("MATCH (n) RETURN count(n)").scalar()
    for write in ("CREATE (:Person {id: 'person:x'})", "MATCH (n) DETACH DELETE n"):
        refused = client.get("/cypher", params={"cypher": write})
        assert refused.status_code == 400
        assert "the console only reads the graph" in refused.text
    assert store.run("MATCH (n) RETURN count(n)").scalar() == before
    bad = client.get("/cypher", params={"cypher": "MATCH (n) RETURN n", "params": "n"})
    assert bad.status_code == 400 and "name=value" in bad.text
    assert client.post("/cypher", data={"cypher": "CREATE (:X)"}).status_code == 405


def _rows_of(store: Store, query: str, column: str, id_: str, **values: str) -> list[dict]:
    """The catalog's rows about one node, ids kept, as JSON gives them."""
    answer = queries.answer(store, query, values).records()
    return json.loads(json.dumps([r for r in answer if r[column] == id_]))


MEETING = "meeting:2020-12-23@lạng-sơn:hội-nghị-ban-thường-vụ-tỉnh-ủy-kỳ-chuyên-đề"
DOCUMENT = "document:101-nq-tu@lạng-sơn"


def test_web_meeting_and_document_json_are_the_catalogs_answers(
    samples: tuple[Store, TestClient],
) -> None:
    """A meeting: who chaired and attended, what it took up, the articles reporting it;
    a document: the meetings that took it up, what it cites and what cites it."""
    store, client = samples
    meeting = client.get(_url("meeting", MEETING, ".json")).json()
    name, day = "Hội nghị Ban Thường vụ Tỉnh ủy kỳ chuyên đề", "2020-12-23"
    assert (meeting["name"], meeting["date"], meeting["organ"]) == (
        name,
        day,
        "Ban Thường vụ Tỉnh ủy",
    )
    assert meeting["attendance"] == _rows_of(
        store, "meeting-attendance", "_meeting", MEETING, meeting=name, date=day
    ) != []  # fmt: skip
    assert meeting["documents"] == _rows_of(
        store, "meeting-documents", "_meeting", MEETING, meeting=name, date=day
    )
    assert [d["_document"] for d in meeting["documents"]] == [DOCUMENT]
    assert len(meeting["articles"]) == 1
    page = client.get(_url("meeting", MEETING)).text
    assert f'href="{_url("document", DOCUMENT)}"' in page
    assert f'href="{_url("organ", meeting["organ_id"])}"' in page

    document = client.get(_url("document", DOCUMENT, ".json")).json()
    assert (document["number"], document["kind"]) == ("101-NQ/TU", "Nghị quyết")
    assert document["meetings"] == _rows_of(
        store, "document-meetings", "_document", DOCUMENT, number="101-NQ/TU"
    ) != []  # fmt: skip
    assert f'href="{_url("meeting", MEETING)}"' in client.get(_url("document", DOCUMENT)).text
    # 58-KH/TU cites 21-KL/TW: each page links the other.
    (plan,) = store.run("MATCH (d:Document {number: '58-KH/TU'}) RETURN d.id").rows[0]
    (cited,) = store.run("MATCH (d:Document {number: '21-KL/TW'}) RETURN d.id").rows[0]
    cites = client.get(_url("document", plan, ".json")).json()["cites"]
    assert cites == _rows_of(store, "document-cites", "_document", plan, number="58-KH/TU")
    assert [c["_cited"] for c in cites] == [cited]
    cited_by = client.get(_url("document", cited, ".json")).json()["cited_by"]
    assert [c["_document"] for c in cited_by] == [plan]
    assert f'href="{_url("document", plan)}"' in client.get(_url("document", cited)).text


def test_web_term_organ_and_province_pages(samples: tuple[Store, TestClient]) -> None:
    """A term's roster; an organ's posts and holders, the organs around it, the
    documents of its meetings; a province's terms, organs and its 2025 merger."""
    store, client = samples
    term = "term:provincial_party:XV@sơn-la"
    data = client.get(_url("term", term, ".json")).json()
    assert data["holders"] == _rows_of(
        store, "term-holders", "_term", term, ordinal="XV", province="Sơn La", body="provincial_party"
    ) != []  # fmt: skip
    organ = "organ:tỉnh-ủy@sơn-la"
    data = client.get(_url("organ", organ, ".json")).json()
    assert data["posts"] == _rows_of(
        store, "organ-posts", "_organ", organ, organ="Tỉnh ủy", province="Sơn La"
    ) != []  # fmt: skip
    assert [o["id"] for o in data["within"]] == ["organ:đảng-bộ-tỉnh@sơn-la"]
    assert client.get(_url("organ", "organ:ban-thường-vụ-tỉnh-ủy@lạng-sơn", ".json")).json()[
        "documents"
    ] == _rows_of(
        store, "organ-documents", "_organ", "organ:ban-thường-vụ-tỉnh-ủy@lạng-sơn",
        organ="Ban Thường vụ Tỉnh ủy", province="Lạng Sơn",
    ) != []  # fmt: skip
    son_la = client.get(_url("province", "province:sơn-la", ".json")).json()
    assert term in {t["id"] for t in son_la["terms"]} and organ in {
        o["id"] for o in son_la["organs"]
    }
    page = client.get(_url("province", "province:sơn-la")).text
    assert f'href="{_url("term", term)}"' in page and f'href="{_url("organ", organ)}"' in page
    thai_nguyen = client.get(_url("province", "province:thái-nguyên", ".json")).json()
    assert (thai_nguyen["merged_from"], thai_nguyen["merged_into"]) == (["Bắc Kạn"], None)
    assert "Bắc Kạn" in client.get(_url("province", "province:thái-nguyên")).text
    for kind in ("meeting", "document", "term", "organ"):
        assert client.get(_url(kind, f"{kind}:nothing")).status_code == 404


def test_web_person_page_has_meetings_colleagues_and_identity(
    samples: tuple[Store, TestClient],
) -> None:
    store, client = samples
    data = client.get(_url("person", HUNG, ".json")).json()
    assert data["meetings"] == _rows_of(
        store, "person-meetings", "_person", HUNG, person=HUNG, limit="30"
    )
    assert [m["role"] for m in data["meetings"]] == ["chaired", "chaired"]
    assert data["meetings_total"] == 2
    assert data["colleagues"] == _rows_of(store, "colleagues", "_person", HUNG, person=HUNG)
    assert data["identity"] == [] and data["namesakes"] == []
    page = client.get(_url("person", HUNG)).text
    assert f'href="{_url("meeting", data["meetings"][0]["_meeting"])}"' in page
    attended = client.get(_url("person", "person:nguyễn-thái-hưng", ".json")).json()
    assert [m["role"] for m in attended["meetings"]] == ["attended"]


def test_web_search_finds_provinces_organs_and_documents(samples: tuple[Store, TestClient]) -> None:
    _, client = samples
    found = client.get("/search.json", params={"q": "son la"}).json()
    assert [v["id"] for v in found["provinces"]] == ["province:sơn-la"]
    assert "organ:tỉnh-ủy@sơn-la" in {o["id"] for o in found["organs"]}
    docs = client.get("/search.json", params={"q": "21-kl"}).json()["documents"]
    assert [d["name"] for d in docs] == ["21-KL/TW"]


@pytest.mark.parametrize(
    ("sentence", "words", "shown"),
    [
        ("Đồng chí Lò Văn A, Bí thư Tỉnh ủy", ("Lò Văn A", "Bí thư Tỉnh ủy"),
         "Đồng chí <mark>Lò Văn A</mark>, <mark>Bí thư Tỉnh ủy</mark>"),
        ("bí thư tỉnh ủy Lò Văn A", ("Bí thư Tỉnh ủy",), "<mark>bí thư tỉnh ủy</mark> Lò Văn A"),
        ("Phó Bí thư Tỉnh ủy", ("Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy"), "<mark>Phó Bí thư Tỉnh ủy</mark>"),
        ("<script>x</script> Lò A", ("Lò A",), "&lt;script&gt;x&lt;/script&gt; <mark>Lò A</mark>"),
        ("Lò <b>A</b>", ("<b>A</b>",), "Lò <mark>&lt;b&gt;A&lt;/b&gt;</mark>"),
        (None, ("Lò A",), ""),
    ],
)  # fmt: skip
def test_web_marks_the_words_read_and_escapes_the_rest(
    sentence: str | None, words: tuple[str, ...], shown: str
) -> None:
    assert str(marked(sentence, *words)) == shown


def test_web_chart_draws_seen_reported_and_inferred_apart() -> None:
    """A holding seen 2019–2022 whose end a successor implies in 2023: a solid bar over
    what was seen, a dashed end after it, a dot a sighting; grouped by its first term."""
    record = {"start": None, "first_seen": "2019-11-16", "last_seen": "2022-06-01",
              "end": "2023-01-10", "ended_by": "successor", "begin": "2019-11-16",
              "terms": ["Đảng bộ tỉnh A khóa XV (2020-2025)"]}  # fmt: skip
    shown = {"post": "Bí thư Tỉnh ủy (A)", "post_id": "post:x", "from": "≤ 2019-11-16",
             "to": "~ 2023-01-10", "status": "ended: a successor began"}  # fmt: skip
    drawn = chart([(record, shown)], {"post:x": ["2019-11-16", "2022-06-01"]})
    (group,) = drawn["groups"]
    (bar,) = group["bars"]
    assert group["term"] == "Đảng bộ tỉnh A khóa XV (2020-2025)"
    assert [y["year"] for y in drawn["years"]] == [2019, 2020, 2021, 2022, 2023, ""]
    assert bar["x0"] < bar["x1"] == bar["inferred"][0] < bar["inferred"][1]
    assert bar["dots"] == [bar["x0"], bar["x1"]]
    reported = chart([({**record, "ended_by": "end:nghỉ hưu"}, shown)], {})
    (solid,) = reported["groups"][0]["bars"]
    assert "inferred" not in solid and solid["x1"] == bar["inferred"][1]  # a reported end is solid
    assert chart([], {})["groups"] == []


def test_web_every_page_has_a_plain_title_and_one_heading(
    samples: tuple[Store, TestClient],
) -> None:
    """Each kind of page: its <title> is text (a block closed in the wrong place once put a
    page's tables inside it), and its <main> has one <h1>."""
    _, client = samples
    for path in ("/", "/search?q=son", "/changes", "/cypher", _url("person", HUNG),
                 _url("person", HUNG, "/circle"), _url("post", POST),
                 _url("province", "province:sơn-la"), _url("meeting", MEETING),
                 _url("document", DOCUMENT), _url("term", "term:provincial_party:XV@sơn-la"),
                 _url("organ", "organ:tỉnh-ủy@sơn-la")):  # fmt: skip
        html = client.get(path).text
        assert re.search(r"<title>[^<]+</title>", html), path
        main = html[html.index("<main>") : html.index("</main>")]
        assert main.count("<h1") == 1, path


def test_web_every_label_a_template_uses_is_in_both_languages() -> None:
    used = {
        key
        for page in (ROOT / "kg" / "web" / "templates").glob("*.html")
        for key in re.findall(r"\bt\('([a-z_.]+)'\)", page.read_text(encoding="utf-8"))
    }
    words = labels.load()
    assert used and used <= set(words), sorted(used - set(words))
    assert all(len(texts) == 2 for texts in words.values())


def test_web_labels_file_is_checked_at_start(tmp_path: Path) -> None:
    bad = tmp_path / "labels.yaml"
    bad.write_text("search: [Tìm kiếm]\n", encoding="utf-8")
    with pytest.raises(labels.LabelsError, match="search: expected"):
        labels.load(bad)


def test_web_english_toggle_is_kept_by_a_cookie(samples: tuple[Store, TestClient]) -> None:
    """?lang=en turns the labels English and is kept; the data and the JSON are as they
    were; ?lang=vi turns it back."""
    store, _ = samples
    client = TestClient(make_app(store))
    vi = client.get(_url("post", POST)).text
    assert '<html lang="vi">' in vi and "Người giữ chức, theo thứ tự" in vi
    en = client.get(_url("post", POST), params={"lang": "en"})
    assert en.cookies.get("lang") == "en"
    assert '<html lang="en">' in en.text and "Holders, in succession" in en.text
    again = client.get(_url("province", "province:sơn-la")).text  # the cookie keeps it
    assert "Posts and holders, latest first" in again and "Lò Minh Hùng" in again
    assert 'href="/province/province:s%C6%A1n-la?lang=vi"' in again  # the way back
    assert (
        client.get(_url("post", POST, ".json")).json()
        == samples[1].get(_url("post", POST, ".json")).json()
    )
    assert (
        "Người giữ chức, theo thứ tự" in client.get(_url("post", POST), params={"lang": "vi"}).text
    )


def test_web_api_page_lists_every_page_with_a_working_example(
    samples: tuple[Store, TestClient],
) -> None:
    _, client = samples
    endpoints = client.get("/api.json").json()["endpoints"]
    kinds = {"person", "post", "province", "meeting", "document", "term", "organ"}
    assert {f"/{k}/<id>" for k in kinds} <= {e["path"] for e in endpoints}
    for e in endpoints:
        assert e["about"], e["path"]
        example = client.get(e["example"])
        assert example.status_code == 200, e["example"]
        if e["json"]:
            assert example.headers["content-type"] == "application/json", e["example"]


def test_web_every_page_finds_its_nodes_by_label(
    samples: tuple[Store, TestClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No query a page runs reads every node of the graph: each starts from a node of
    a kind (its label), found by an index. A fact's page matched its post or meeting
    without a label, which reads every node: 200,000 of them at 100,000 articles."""
    store, client = samples
    asked: list[tuple[str, dict[str, Any]]] = []
    run = store.run

    def recording(cypher: str, params: dict[str, Any] | None = None, **kw: Any) -> Any:
        asked.append((cypher, dict(params or {})))
        return run(cypher, params, **kw)

    monkeypatch.setattr(store, "run", recording)
    examples = [e["example"] for e in client.get("/api.json").json()["endpoints"]]
    meeting = client.get(_url("person", HUNG, ".json")).json()["meetings"][0]["_meeting"]
    for target in (POST, meeting):
        examples.append(_url("person", HUNG, f"/sources/{quote(target, safe=':@')}"))
    for example in examples:
        assert client.get(example).status_code == 200, example
    monkeypatch.undo()
    assert len(asked) > len(examples)
    for cypher, params in asked:
        plan = operators(store, cypher, params)
        assert "All Node Scan" not in plan and "AllNodesScan" not in plan, cypher


def test_web_rebuilds_what_it_keeps_once_the_graph_changes(tmp_path: Path) -> None:
    """Search's names and the circle's network are kept between requests, and built
    again after a load: a new organ is found and a new colleague is in the circle."""
    first = {"id": "a1", "published": "2024-03-02", "text": "Ngày 2/3, đồng chí Lò Văn Một,"
             " Bí thư Tỉnh ủy Sơn La, chủ trì hội nghị Ban Thường vụ Tỉnh ủy."}  # fmt: skip
    second = {"id": "a2", "published": "2024-04-02", "text": "Ngày 2/4, đồng chí Lò Văn Một,"
              " Bí thư Tỉnh ủy Sơn La, và đồng chí Cà Văn Hai, Chủ tịch Hội đồng nhân dân"
              " tỉnh Sơn La, đồng chủ trì hội nghị Hội đồng nhân dân tỉnh."}  # fmt: skip
    with open_store("falkordb", tmp_path) as store:
        for n, article in enumerate((first, second)):
            path = tmp_path / f"{n}.jsonl"
            path.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
        load_paths(store, [tmp_path / "0.jsonl"])
        client = TestClient(make_app(store))
        (one,) = store.run("MATCH (p:Person) RETURN p.id").rows[0]
        assert client.get("/search.json", params={"q": "hoi dong nhan dan"}).json()["organs"] == []
        assert [
            p["id"] for p in client.get(_url("person", one, "/circle.json")).json()["persons"]
        ] in ([], [one])
        load_paths(store, [tmp_path / "1.jsonl"])
        organs = client.get("/search.json", params={"q": "hoi dong nhan dan"}).json()["organs"]
        assert [o["province"] for o in organs] == ["Sơn La"]
        circle = client.get(_url("person", one, "/circle.json")).json()["persons"]
        assert "Cà Văn Hai" in {p["person"] for p in circle}


def test_web_command_prepares_then_serves(tmp_path: Path) -> None:
    """`kg web` as a person runs it: it builds what pages keep, says where it serves,
    answers, and stops on Ctrl-C (SIGINT) without a traceback."""
    data = tmp_path / "data"
    env = {**os.environ, "KG_DATA_DIR": str(data), "KG_SERVER_IDLE": "0"}  # no kept server
    kg = [sys.executable, "-m", "kg.cli"]
    subprocess.run([*kg, "load", str(ROOT / "examples" / "articles")], env=env, check=True,
                   capture_output=True)  # fmt: skip
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([*kg, "web", "--port", str(port)], env=env, stderr=subprocess.PIPE,
                              text=True)  # fmt: skip
    try:
        said = [server.stderr.readline() for _ in range(2)]  # type: ignore[union-attr]
        assert said[0].startswith("preparing") and said[1].startswith(
            f"serving the graph at http://127.0.0.1:{port}/"
        )
        page = httpx.get(f"http://127.0.0.1:{port}{_url('person', HUNG)}", timeout=10)
        assert page.status_code == 200 and "Lò Minh Hùng" in page.text
    finally:
        server.send_signal(signal.SIGINT)
        rest = server.communicate(timeout=30)[1]
    assert "Traceback" not in rest
    for line in rest.splitlines():
        assert len(line) <= 80, line


def test_web_person_page_shows_the_decisions_that_apply(tmp_path: Path) -> None:
    """A holding an analyst set aside, and one they placed in another province (taken off
    the post the articles gave), are listed on the person's page with their decisions."""
    lan, toan = "person:đàm-thị-phương-lan", "person:hứa-văn-toàn"
    rejected = "post:phó-chủ-tịch-thường-trực-ủy-ban-nhân-dân-tỉnh@hà-giang"
    moved = "post:giám-đốc-sở-tài-nguyên-và-môi-trường@tuyên-quang"
    gaz = gazetteer.default()
    with open_store("falkordb", tmp_path) as store:
        load_paths(store, [sample_articles.TENURE])
        review.reject(store, gaz, tmp_path / "decisions.jsonl", lan, rejected, note="đọc nhầm")
        review.place(store, gaz, tmp_path / "decisions.jsonl", toan, moved, "Hà Giang")
        client = TestClient(make_app(store))
        assert client.get(_url("person", lan, ".json")).json()["corrections"] == [
            {"post_id": rejected, "post": "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh",
             "province": "Hà Giang", "correction": "taken_off", "decision": "decision 1"}
        ]  # fmt: skip
        placed = client.get(_url("person", toan, ".json")).json()["corrections"]
        assert [(c["province"], c["correction"], c["decision"]) for c in placed] == [
            ("Hà Giang", "placed", "decision 2"), ("Tuyên Quang", "taken_off", "decision 2")
        ]  # fmt: skip
        assert "decision 2: chuyển sang" in client.get(_url("person", toan)).text
