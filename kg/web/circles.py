"""A person's circle for `kg web`: an ego graph of the person network (graph/network),
which the application builds once from the whole graph and keeps until the graph
changes (kg/web/kept.py); the rows are `kg network ego`'s."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import networkx as nx

from graph.network import KINDS
from graph.network import analysis as network

LARGEST = 150  # persons drawn: the nearest and most tied; the table says how many more
DEPTHS = (1, 2)


def circle(g: nx.Graph, center: str, depth: int, kinds: Sequence[str]) -> dict[str, Any]:
    """The circle of `center` within `depth` ties of the chosen kinds: its nearest
    LARGEST persons as `kg network ego` lists them (all of a smaller circle), how many
    it has in all, and for drawing their ties with why and a colour for each province."""
    chosen = _of_kinds(g, kinds)
    if center not in chosen:
        return {"persons": [], "total": 0, "nodes": [], "ties": [], "colours": {}}
    drawn = network.nearest(chosen, center, depth, LARGEST)
    persons = network.circle(drawn, center)
    colours = network.colour_by_province(drawn)
    distance = {p["id"]: p["distance"] for p in persons}
    nodes = [
        {
            "id": p,
            "name": str(drawn.nodes[p].get("label", p)),
            "province": network.province(drawn, p),
            "colour": colours.get(network.province(drawn, p), network.OTHER),
            "distance": distance[p],
        }
        for p in sorted(drawn.nodes, key=lambda p: (distance[p], p))
    ]
    ties = [
        {
            "a": a,
            "b": b,
            "weight": weight,
            "why": network.why(drawn, a, b),
        }
        for a, b, weight in sorted(drawn.edges(data="weight"))
    ]
    total = len(nx.single_source_shortest_path_length(chosen, center, cutoff=depth))
    return {"persons": persons, "total": total, "nodes": nodes, "ties": ties,
            "colours": colours}  # fmt: skip


def _of_kinds(g: nx.Graph, kinds: Sequence[str]) -> nx.Graph:
    """The network with only ties of these kinds, weighed by them alone."""
    if set(kinds) >= set(KINDS):
        return g
    kept = nx.Graph()
    kept.add_nodes_from(g.nodes(data=True))
    for a, b, attrs in g.edges(data=True):
        counts = {k: attrs[k] for k in kinds if attrs.get(k)}
        if counts:
            kept.add_edge(a, b, **counts, weight=float(sum(counts.values())))
    return kept
