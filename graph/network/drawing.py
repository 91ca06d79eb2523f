"""Pictures of person networks with matplotlib: an official's circle coloured by
province with a legend, the most tied labelled with names and posts, edge width by tie
weight. Drawn on a bare Figure, not pyplot: no
window, no global state, so it runs on servers."""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

import networkx as nx
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from graph.network.analysis import OTHER, colour_by_province, province

FORMATS = ("png", "svg")
_EVEN_UP_TO = 150
_LARGEST = 30.0  # inches a side (3,300 px): a circle of thousands is a blur, not gigabytes
_CENTER, _EDGE = "#c0392b", "#7f8c8d"
# Beyond this many persons only the most tied (and the center) are labelled.
_LABELLED = 40


def label(g: nx.Graph, person: str) -> str:
    """Name over the first current post, wrapped short enough to sit by a node."""
    attrs = g.nodes[person]
    post = str(attrs.get("posts", "")).split(";")[0]
    lines = [str(attrs.get("label", person)), *textwrap.wrap(post, 28)[:2]]
    return "\n".join(line for line in lines if line)


def labelled(g: nx.Graph, center: str) -> list[str]:
    """Who gets a label: everyone in a small circle; in a large one the most tied and
    the center, so names do not pile on one another."""
    if g.number_of_nodes() <= _LABELLED:
        return list(g.nodes)
    top = sorted(g.nodes, key=lambda p: (-g.degree(p, weight="weight"), p))[:_LABELLED]
    return sorted({*top, center})


def _layout(g: nx.Graph) -> dict[str, tuple[float, float]]:
    """Kamada-Kawai spaces a circle of up to 150 evenly (it is quadratic, seconds at 300);
    larger ones get a seeded spring layout. Both are deterministic."""
    if g.number_of_nodes() <= _EVEN_UP_TO and nx.is_connected(g):
        return dict(nx.kamada_kawai_layout(g, weight=None))
    return dict(nx.spring_layout(g, seed=0, weight="weight"))


def draw(g: nx.Graph, center: str, path: Path, fmt: str = "png") -> None:
    """Draw the circle around `center` to `path`: the center in red, nodes sized by
    ties, edges as wide as their weight; a seeded layout gives the same picture for
    the same network."""
    if fmt not in FORMATS:
        raise ValueError(f"a picture is {' or '.join(FORMATS)}, not {fmt!r}")
    n = g.number_of_nodes()
    side = min(_LARGEST, max(8.0, 2.2 * math.sqrt(n)))
    fig = Figure(figsize=(side, side))
    ax = fig.subplots()
    pos = _layout(g)
    heaviest = max((w for _, _, w in g.edges(data="weight", default=1.0)), default=1.0)
    widths = [0.6 + 4.0 * w / heaviest for _, _, w in g.edges(data="weight", default=1.0)]
    nx.draw_networkx_edges(g, pos, ax=ax, width=widths, edge_color=_EDGE, alpha=0.55)
    nodes = list(g.nodes)
    colours = colour_by_province(g)
    dots = nx.draw_networkx_nodes(
        g,
        pos,
        ax=ax,
        nodelist=nodes,
        node_color=[colours.get(province(g, p), OTHER) for p in nodes],
        node_size=[200 + 60 * min(g.degree(p), 30) for p in nodes],
        edgecolors=[_CENTER if p == center else "white" for p in nodes],
        linewidths=[3.0 if p == center else 0.5 for p in nodes],
        alpha=0.9,
    )
    dots.set_zorder(4)  # over the labels' white boxes
    below = {p: (x, y - 0.045) for p, (x, y) in pos.items()}  # the layout spans [-1, 1]
    nx.draw_networkx_labels(
        g, below, ax=ax, labels={p: label(g, p) for p in labelled(g, center)}, font_size=8,
        verticalalignment="top", bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.7},
    )  # fmt: skip
    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=9, color=c, label=name)
        for name, c in colours.items()
    ]
    if handles:
        ax.legend(handles=handles, loc="upper left", fontsize=8, frameon=False, title="province")
    ax.set_title(str(g.nodes[center].get("label", center)), fontsize=12)
    ax.margins(0.12)
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(path, format=fmt, dpi=110)
