"""A person's circle for `kg web`: an ego graph of the person network (graph/network),
which the application builds once from the whole graph and keeps until the graph
changes (kg/web/kept.py); the rows are `kg network ego`'s."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import networkx as nx

from graph.network import KINDS
from graph.network import analysis as network

LISTED = 150  # persons in the table: the nearest and most tied; it says how many more
DRAWN = 60  # of them drawn, on rings of RING (nearest and strongest inside)
RING = 20
OTHER_TIES = 120  # ties drawn between persons other than the center: the strongest
DEPTHS = (1, 2)


def circle(chosen: nx.Graph, center: str, depth: int) -> dict[str, Any]:
    """The circle of `center` within `depth` ties of the network `chosen` (`of_kinds`):
    its nearest LISTED persons as `kg network ego` lists them (all of a smaller circle)
    and how many it has in all; for drawing, the nearest DRAWN on rings, their ties with
    the center and the strongest others, each with why, and a colour for each province."""
    if center not in chosen:
        return {"persons": [], "total": 0, "nodes": [], "ties": [], "colours": {}}
    listed = network.nearest(chosen, center, depth, LISTED)
    persons = network.circle(listed, center)
    drawn = listed.subgraph(p["id"] for p in persons[:DRAWN])
    colours = network.colour_by_province(drawn)
    nodes = [
        {
            "id": p["id"],
            "name": p["person"],
            "province": network.province(drawn, p["id"]),
            "colour": colours.get(network.province(drawn, p["id"]), network.OTHER),
            "distance": p["distance"],
            "ring": 0 if i == 0 else 1 + (i - 1) // RING,
        }
        for i, p in enumerate(persons[:DRAWN])
    ]
    around = sorted(drawn.edges(data="weight"), key=lambda e: (-e[2], e[0], e[1]))
    ties = [
        {"a": a, "b": b, "weight": weight, "why": network.why(drawn, a, b)}
        for a, b, weight in [e for e in around if center in e[:2]]
        + [e for e in around if center not in e[:2]][:OTHER_TIES]
    ]
    total = len(nx.single_source_shortest_path_length(chosen, center, cutoff=depth))
    return {"persons": persons, "total": total, "nodes": nodes, "ties": ties,
            "colours": colours}  # fmt: skip


def of_kinds(g: nx.Graph, kinds: Sequence[str]) -> nx.Graph:
    """The network with only ties of these kinds, weighed by them alone (a copy of the
    whole network: the application keeps one for each choice of kinds)."""
    if set(kinds) >= set(KINDS):
        return g
    kept = nx.Graph()
    kept.add_nodes_from(g.nodes(data=True))
    for a, b, attrs in g.edges(data=True):
        counts = {k: attrs[k] for k in kinds if attrs.get(k)}
        if counts:
            kept.add_edge(a, b, **counts, weight=float(sum(counts.values())))
    return kept
