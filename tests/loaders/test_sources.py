"""Reading inputs: every kind of file, and a clear error for each bad one."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from loaders.sources import Article, InputError, count_inputs, read_inputs, read_jsonl, read_page


def _read(*paths: Path, limit: int = 5_000_000) -> list[Article | InputError]:
    return list(read_inputs(paths, limit))


def test_sources_text_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ngày 7/12, hội nghị.", encoding="utf-8")
    (article,) = _read(tmp_path / "a.txt")
    assert article == Article(
        source="a.txt", text="Ngày 7/12, hội nghị.", origin=str((tmp_path / "a.txt").resolve())
    )


def test_sources_folder_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    assert [a.source for a in _read(tmp_path)] == ["b.txt", "sub/a.txt"]
    assert [a.source for a in _read(tmp_path / "sub")] == ["a.txt"]


@pytest.mark.parametrize(
    ("record", "source"),
    [
        ({"id": "vn-1", "url": "https://x.vn/a", "text": "A"}, "vn-1"),
        ({"url": "https://x.vn/a", "text": "A"}, "https://x.vn/a"),
        ({"text": "A"}, "text:559aead08264d579"),
    ],
)
def test_sources_jsonl_identity_is_id_then_url_then_text(
    tmp_path: Path, record: dict[str, str], source: str
) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps(record), encoding="utf-8")
    (article,) = _read(tmp_path / "a.jsonl")
    assert isinstance(article, Article)
    assert (article.source, article.origin) == (source, None)


def test_sources_html_keeps_article_text_and_drops_furniture(tmp_path: Path) -> None:
    page = """<html><head><script>var x = 1;</script><style>p{}</style></head><body>
    <nav>Trang chủ | Thời sự</nav>
    <article><h1>Hội nghị Ban Thường vụ Tỉnh ủy</h1>
    <p>Ngày 7/12, đồng chí Trần Văn An chủ trì hội nghị.</p></article>
    <footer>Bản quyền</footer></body></html>"""
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    (article,) = _read(tmp_path / "a.html")
    assert "Trần Văn An chủ trì" in article.text
    assert "Hội nghị Ban Thường vụ Tỉnh ủy" in article.text
    for furniture in ("var x", "Trang chủ", "Bản quyền"):
        assert furniture not in article.text


def test_sources_jsonl_with_text_html_and_metadata(tmp_path: Path) -> None:
    lines = [
        {
            "id": "a1",
            "text": "Ngày 1/2, họp.",
            "published": "2024-02-01",
            "url": "https://x",
            "title": " Tỉnh ủy\nhọp ",
        },
        {"id": "a2", "html": "<body><p>Sáng 3/4, họp.</p></body>"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n")
    first, second = _read(path)
    assert first == Article("a1", "Ngày 1/2, họp.", "2024-02-01", "https://x", title="Tỉnh ủy họp")
    assert isinstance(second, Article) and second.text.strip() == "Sáng 3/4, họp."


def test_sources_jsonl_bad_lines_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        b'{"id": "ok", "text": "Ngay 1/2"}\n{not json}\n{"id": "x"}\n[1, 2]\n'
        b'{"id": "bad", "text": "\xff"}\n'
    )
    items = _read(path)
    assert isinstance(items[0], Article)
    errors = [str(e) for e in items[1:]]
    assert errors[0].startswith(f"{path}:2: invalid JSON")
    assert errors[1] == f"{path}:3: no 'text' or 'html' field"
    assert errors[2] == f"{path}:4: expected a JSON object per line"
    assert errors[3] == f"{path}:5: not valid UTF-8 (byte 0xff at offset 23)"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
        (
            "latin1.txt",
            "Hội nghị".encode("cp1258", errors="replace") + b"\xe0\xff",
            "not valid UTF-8",
        ),
        ("nobody.html", b"<html><head><title>x</title></head></html>", "HTML has no body text"),
        (
            "empty-body.html",
            b"<html><body><script>x()</script></body></html>",
            "HTML has no body text",
        ),
    ],
)
def test_sources_bad_file_gives_one_clear_error(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (error,) = _read(path)
    assert isinstance(error, InputError)
    assert error.where == str(path)
    assert error.reason.startswith(reason)


def test_sources_large_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.truncate(50 * 1024 * 1024)  # a sparse 50 MB file
    (error,) = _read(path)
    assert isinstance(error, InputError)
    assert "too large for one article (52.4 MB > 5.0 MB)" in error.reason


def test_sources_missing_path_is_an_error_and_others_still_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ngày 7/12.", encoding="utf-8")
    items = _read(tmp_path / "nope.txt", tmp_path / "a.txt")
    assert isinstance(items[0], InputError) and items[0].reason == "no such file or folder"
    assert isinstance(items[1], Article)


def test_sources_jsonl_stream_reads_line_by_line() -> None:
    stream = io.BytesIO(b'{"id": "s", "text": "A"}\n')
    assert list(read_jsonl(stream, "<stdin>", 100)) == [Article("s", "A")]


def test_sources_read_page_separates_blocks() -> None:
    text = read_page("<body><p>Một.</p><p>Hai.</p></body>").text
    assert [line for line in text.split("\n") if line.strip()] == ["Một.", "Hai."]


def _one(items: list[Article | InputError]) -> InputError:
    (item,) = items
    assert isinstance(item, InputError)
    return item


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_sources_utf16_text_with_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    bom = b"\xfe\xff" if encoding == "utf-16-be" else b""
    path.write_bytes(bom + "Ngày 7/12, Bí thư Tỉnh ủy.".encode(encoding))
    (article,) = _read(path)
    assert isinstance(article, Article) and article.text == "Ngày 7/12, Bí thư Tỉnh ủy."


def test_sources_unsupported_file_named_directly_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("Ngày 7/12.", encoding="utf-8")
    error = _one(_read(path))
    assert error.where == str(path) and error.reason.startswith("not an article file")


def test_sources_folder_without_article_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    assert _one(_read(tmp_path)).reason.startswith("no article files in this folder")


def test_sources_symlink_loop_is_reported_once_and_files_read_once(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "sub" / "back").symlink_to(tmp_path)
    items = _read(tmp_path)
    assert [i.source for i in items if isinstance(i, Article)] == ["sub/a.txt"]
    (loop,) = [i for i in items if isinstance(i, InputError)]
    assert "symlink loop" in loop.reason


def test_sources_broken_symlink_is_named(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    assert _one(_read(tmp_path / "gone.txt")).reason == "a broken symlink"


def test_sources_json_file_holds_one_article_or_a_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text('{"id": "x1", "text": "A"}', encoding="utf-8")
    (tmp_path / "many.json").write_text(
        '[{"id": "x2", "text": "B"}, {"id": "x3", "text": "C"}]', encoding="utf-8"
    )
    sources = [a.source for a in _read(tmp_path / "one.json", tmp_path / "many.json")]
    assert sources == ["x1", "x2", "x3"]


def test_sources_long_jsonl_line_is_refused_without_holding_it(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"id": "big", "text": "' + b"x" * 3_000 + b'"}\n{"id": "ok", "text": "A"}\n')
    error, article = _read(path, limit=1_000)
    assert isinstance(error, InputError) and error.where == f"{path}:1"
    assert "too large" in error.reason
    assert isinstance(article, Article) and article.source == "ok"


def test_sources_json_error_reads_once(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "x", "text": "unterminated}\n', encoding="utf-8")
    error = _one(_read(path))
    assert "at at" not in error.reason and error.reason.startswith("invalid JSON: ")


PAGES = Path(__file__).parents[1] / "fixtures" / "pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


# p06's lead is a bare <div> beside <p> paragraphs and the page has no description:
# trafilatura skips it, and its class ("detail-sapo") brings it back.
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sources_saved_news_page_gives_date_url_and_headline(name: str) -> None:
    """Pages built like saved provincial news pages (menus, related news, comments)."""
    (article,) = _read(PAGES / name)
    assert isinstance(article, Article)
    want = EXPECTED[name]
    assert (article.published, article.url) == (want["date"], want["url"])
    if name != "p07.html":  # an old portal whose <title> is the portal's name
        assert _norm(article.title) == _norm(want["title"])
    # The lead (date, who, what) survives even where the extractor skips its block.
    assert _norm(want["body_lines"][0])[:20] in _norm(article.text)


def test_sources_saved_news_pages_keep_the_body_and_drop_furniture() -> None:
    found, leaked = [], []
    for name, want in EXPECTED.items():
        (article,) = _read(PAGES / name)
        assert isinstance(article, Article)
        text = _norm(article.text)
        found += [_norm(line) in text for line in want["body_lines"]]
        leaked += [_norm(bit) in text for bit in want["furniture"]]
    assert sum(found) / len(found) >= 0.9
    assert sum(leaked) / len(leaked) <= 0.05


def test_sources_jsonl_html_only_takes_url_headline_and_date_from_the_page(
    tmp_path: Path,
) -> None:
    html = (PAGES / "p02.html").read_text(encoding="utf-8")
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"html": html}) + "\n", encoding="utf-8")
    (article,) = _read(path)
    assert isinstance(article, Article)
    want = EXPECTED["p02.html"]
    assert (article.source, article.url, article.published) == (want["url"],) * 2 + (want["date"],)
    assert _norm(article.title) == _norm(want["title"])


def test_sources_count_inputs_for_a_progress_bar(tmp_path: Path) -> None:
    """JSONL lines that are not blank, one for any other article file; stdin unknown."""
    (tmp_path / "a.jsonl").write_text('{"id": 1}\n\n{"id": 2}\n{"id": 3}\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ngày 1/3/2024, đồng chí …", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    assert count_inputs([tmp_path]) == 4
    assert count_inputs([tmp_path / "a.jsonl", tmp_path / "b.txt"]) == 4
    assert count_inputs([tmp_path, "-"]) is None
