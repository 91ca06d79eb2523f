"""The queries' tests read the stores the graph's tests use: `store` is an empty store of
each backend."""

from tests.graph.conftest import store  # noqa: F401
