"""The data files: loaded, validated, extended from a folder of one's own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from loaders import gazetteer
from loaders.pipeline import STEPS, Step, check_order, extract
from loaders.sources import Article
from tests.conftest import ROOT


def test_gazetteer_provinces_before_and_after_the_merger(gaz: gazetteer.Gazetteer) -> None:
    assert sum(p.before_2025 for p in gaz.provinces) == 63
    assert sum(p.after_2025 for p in gaz.provinces) == 34
    merged = {p.name: p.merged_into for p in gaz.provinces if p.merged_into}
    assert merged["Hà Giang"] == "Tuyên Quang"
    assert merged["Bà Rịa - Vũng Tàu"] == "Hồ Chí Minh"
    assert {p.name for p in gaz.provinces if p.name == "Sơn La" and p.after_2025} == {"Sơn La"}


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("TP.HCM", "Hồ Chí Minh"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("Đăk Lăk", "Đắk Lắk"),
        ("Sơn La", "Sơn La"),
    ],
)
def test_gazetteer_province_aliases(gaz: gazetteer.Gazetteer, written: str, canonical: str) -> None:
    from loaders.text import normalize

    assert gaz.canonical_province(normalize(written)) == canonical


def test_gazetteer_extra_folder_extends_titles(tmp_path: Path) -> None:
    (tmp_path / "titles.yaml").write_text("heads: [Trưởng Công an]\n", encoding="utf-8")
    (tmp_path / "abbreviations.yaml").write_text(
        "abbreviations:\n  - {abbr: CAX, expansion: Công an xã}\n", encoding="utf-8"
    )
    extended = gazetteer.load(tmp_path)
    # A head added takes the prefixes too: its deputy needs no line of its own.
    assert {"Trưởng Công an", "Phó Trưởng Công an"} <= set(extended.title_heads)
    record = extract(
        Article(
            "a",
            "Đồng chí Lê Văn Tư, Trưởng Công an xã và ông Hà Văn Ba, Quyền Trưởng Công an xã phát biểu.",
        ),
        extended,
    )
    assert {p["name"]: p["positions"] for p in record["persons"]} == {
        "Lê Văn Tư": ["Trưởng Công an xã"],
        "Hà Văn Ba": ["Quyền Trưởng Công an xã"],
    }


@pytest.mark.parametrize(
    ("file", "content", "message"),
    [
        ("terms.yaml", "bodies:\n  galactic: ['khóa {ord}']\n", "unknown body 'galactic'"),
        ("terms.yaml", "bodies:\n  other: ['Hội nghị {ord}']\n", "contains none of the keywords"),
        # A keyword only in an optional part would let sentences without it be skipped.
        (
            "terms.yaml",
            "bodies:\n  other: ['Hội nghị(?: khóa)? {ord}']\n",
            "outside its optional parts",
        ),
        ("cues.yaml", "stop: [1, 2]\n", "'stop' must be a list of non-empty strings"),
        ("organs.yaml", "organs:\n  - {name: Bộ A, B, level: central}\n", "unknown keys"),
        # An organ's heads are titles' heads: a misspelt one would match no bare title.
        (
            "organs.yaml",
            "organs:\n  - {name: Sở X, level: province, heads: [Giam doc]}\n",
            "heads \\['Giam doc'\\] that titles.yaml does not list",
        ),
        (
            "abbreviations.yaml",
            "abbreviations:\n  - {abbr: VH, expansion: Văn hóa, Thể thao}\n",
            "quote an expansion with a comma",
        ),
        ("boilerplate.yaml", "drop_line: ['(unclosed']\n", "bad pattern"),
        (
            "document_kinds.yaml",
            "kinds:\n  - {name: Lệnh, bare: maybe}\n",
            "bare must be title or number",
        ),
        (
            "provinces.yaml",
            "provinces:\n  - {name: X, kind: state}\n",
            "kind must be province or city",
        ),
        ("titles.yaml", ": : :\n", "cannot read"),
        # A misspelt key, or a file of no known name, was passed over as if fine.
        ("titles.yaml", "titels: [Bí thư Chi bộ]\n", "unknown key 'titels'"),
        ("title.yaml", "heads: [Bí thư Chi bộ]\n", "not a data file"),
    ],
)
def test_gazetteer_bad_entry_fails_at_load_naming_the_file(
    tmp_path: Path, file: str, content: str, message: str
) -> None:
    (tmp_path / file).write_text(content, encoding="utf-8")
    with pytest.raises(gazetteer.GazetteerError, match=message) as caught:
        gazetteer.load(tmp_path)
    # The extra file is named first: the error is most likely in it.
    assert str(caught.value).startswith(str(tmp_path / file))


def test_gazetteer_steps_read_only_facts_made_before_them() -> None:
    with pytest.raises(ValueError, match="needs \\['date'\\]"):
        check_order((Step("x", lambda doc, date: None, ("doc", "date")),))


def test_gazetteer_readme_lists_the_steps_in_their_order() -> None:
    """README's account of the extraction steps is the pipeline's, in its order."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Extraction steps", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r"`(find_\w+)`", section) == [s.run.__name__ for s in STEPS]
