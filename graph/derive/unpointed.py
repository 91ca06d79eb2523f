"""Posts and organs nothing points at any more go: no article MENTIONS them (schema
`unmentioned`), so what names them is the edges pointing at them (holdings and their
set-aside entries, documents' issuers, meetings' holders, posts' organs, sub-organs'
parents). A retraction, a regrouping or a correction can take the last of those; a
load or one of them killed half-way can too. Collecting them after every settling,
from the few nodes of those kinds, leaves none behind whatever took their edges."""

from __future__ import annotations

from graph.schema import UNMENTIONED
from graph.store.base import Store

# Nodes deleted a statement (a transaction on Neo4j).
_PAGE = 10_000


def collect(store: Store) -> int:
    """Delete the posts and organs nothing points at, until none is left (an organ's
    parent may be left with nothing once the organ goes); returns how many went."""
    gone = 0
    while True:
        went = sum(
            store.run(
                f"MATCH (n:{kind}) WHERE NOT ()-->(n) WITH n LIMIT {_PAGE}"
                " DETACH DELETE n RETURN count(n)",
                write=True,
            ).rows[0][0]
            for kind in UNMENTIONED
        )
        if not went:
            return gone
        gone += went
