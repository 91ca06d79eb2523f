"""Pictures of an official's circle: written, decodable, not blank, at 5 and 50 persons."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import matplotlib.image
import networkx as nx
import numpy as np
import pytest

from graph.network.drawing import colour_by_province, draw, label, labelled, province


def _circle(n: int) -> nx.Graph:
    """A star of n persons around one Bí thư, with ties among neighbours."""
    g = nx.Graph()
    g.add_node("person:a", label="Quàng Văn Khiêm", posts="Bí thư Tỉnh ủy (Sơn La)")
    for i in range(1, n):
        g.add_node(f"person:{i}", label=f"Lò Văn {i}", posts="Ủy viên Ban Thường vụ Tỉnh ủy")
        g.add_edge("person:a", f"person:{i}", weight=float(1 + i % 4))
        if i > 1:
            g.add_edge(f"person:{i - 1}", f"person:{i}", weight=1.0)
    return g


@pytest.mark.parametrize("n", [5, 50])
def test_drawing_png_is_written_and_decodes(tmp_path: Path, n: int) -> None:
    path = tmp_path / "circle.png"
    draw(_circle(n), "person:a", path)
    assert path.stat().st_size > 20_000
    pixels = matplotlib.image.imread(path)
    height, width = pixels.shape[:2]
    assert height >= 880 and width >= 880
    colours = np.unique(pixels.reshape(-1, pixels.shape[2]), axis=0)
    assert len(colours) > 50  # nodes, edges and text, not a blank canvas
    if n == 50:
        assert width > 1_500  # the canvas grows with the circle so labels stay apart


def test_drawing_svg_is_svg(tmp_path: Path) -> None:
    path = tmp_path / "circle.svg"
    draw(_circle(5), "person:a", path, "svg")
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert len(list(root.iter())) > 50


def test_drawing_refuses_other_formats(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="a picture is png or svg, not 'pdf'"):
        draw(_circle(3), "person:a", tmp_path / "circle.pdf", "pdf")


@pytest.mark.parametrize(
    ("posts", "expected"),
    [
        ("Bí thư Tỉnh ủy (Sơn La)", "Quàng Văn Khiêm\nBí thư Tỉnh ủy (Sơn La)"),
        ("", "Quàng Văn Khiêm"),
        (
            "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh (Lai Châu);Ủy viên BCH",
            "Quàng Văn Khiêm\nPhó Bí thư Thường trực Tỉnh\nủy, Chủ tịch HĐND tỉnh (Lai",
        ),
    ],
)
def test_drawing_label_is_name_over_first_post(posts: str, expected: str) -> None:
    g = nx.Graph()
    g.add_node("p", label="Quàng Văn Khiêm", posts=posts)
    assert label(g, "p") == expected


def test_drawing_colours_by_province_and_labels_the_most_tied() -> None:
    g = _circle(60)
    for i in range(1, 60):
        g.nodes[f"person:{i}"]["provinces"] = "Lai Châu" if i % 3 else "Sơn La"
    colours = colour_by_province(g)
    assert list(colours) == ["Lai Châu", "Sơn La"]  # the most persons first
    assert province(g, "person:a") == "Sơn La"  # the province of a post not ended
    shown = labelled(g, "person:a")
    assert len(shown) == 40 and "person:a" in shown
    assert set(labelled(_circle(10), "person:a")) == set(_circle(10).nodes)


def test_drawing_svg_has_the_province_legend(tmp_path: Path) -> None:
    g = _circle(5)
    for p in g.nodes:
        g.nodes[p]["provinces"] = "Sơn La"
    path = tmp_path / "circle.svg"
    draw(g, "person:a", path, "svg")
    text = path.read_text(encoding="utf-8")
    assert "province" in text and "Sơn La" in text
