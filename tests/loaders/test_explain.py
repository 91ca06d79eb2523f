"""`kg extract --explain`: each sentence with what each step read there and what ended
each title, within 80 columns."""

from __future__ import annotations

import pytest

from loaders import gazetteer
from loaders.explain import WIDTH, explain
from loaders.sources import Article

GAZ = gazetteer.default()
TEXT = (
    "Ngày 3/4/2024, đồng chí Nguyễn Văn An, Bí thư Huyện ủy Ia Grai chủ trì hội nghị "
    "quán triệt Nghị quyết số 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh khóa XVII. "
    "Dự hội nghị có đồng chí Trần Thị Bình, Phó Chủ tịch UBND tỉnh Gia Lai. "
    "Đồng chí Lê Văn Cường, Bí thư Tỉnh ủy gặp mặt đại biểu."
)


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return explain(Article("a1", TEXT, published="2024-04"), GAZ).splitlines()


def _after(lines: list[str], sentence: int) -> str:
    """The notes under one sentence, joined."""
    start = next(i for i, line in enumerate(lines) if line.startswith(f"[{sentence}] "))
    end = next(
        (i for i, line in enumerate(lines[start + 1 :], start + 1) if line.startswith("[")),
        len(lines),
    )
    return " ".join(" ".join(lines[start:end]).split())


@pytest.mark.parametrize(
    ("sentence", "says"),
    [
        (1, 'event date: 2024-04-03 ← "Ngày 3/4/2024"'),
        (1, "person: Nguyễn Văn An (found by honorific:đồng chí)"),
        (1, "→ Bí thư Huyện ủy Ia Grai; ended by the stop word 'chủ trì' (cues.yaml: stop)"),
        (1, "chaired by: Nguyễn Văn An"),
        (1, "document: 12-NQ/TU (Nghị quyết)"),
        (1, "term: provincial_party XVII"),
        (2, "→ Phó Chủ tịch Ủy ban nhân dân tỉnh; ended by punctuation '.'"),
        (2, "attended by: Trần Thị Bình"),
        (2, "province: Gia Lai"),
        (3, "→ Bí thư Tỉnh ủy; ended by the word 'gặp', in no organ's name (titles.yaml:"),
    ],
)
def test_explain_says_what_each_step_read_in_each_sentence(
    lines: list[str], sentence: int, says: str
) -> None:
    assert says in _after(lines, sentence)


def test_explain_gives_the_metadata_and_fits_the_terminal(lines: list[str]) -> None:
    assert lines[0] == "== a1"
    assert "published: 2024-04 (the input's metadata)" in lines[1]
    assert all(len(line) <= WIDTH for line in lines)


def test_explain_an_event_dated_by_the_metadata_says_so() -> None:
    lines = explain(Article("a2", "Tỉnh ủy vừa họp.", published="2024-03-02"), GAZ).splitlines()
    assert lines[1:3] == [
        "    published: 2024-03-02 (the input's metadata)",
        "    event date: 2024-03 (the input's metadata)",
    ]
