PY ?= .venv/bin/python

.PHONY: install test test-fast test-pages cov lint format typecheck check bench

install:
	python3 -m venv .venv
	.venv/bin/pip install -q --upgrade pip
	.venv/bin/pip install -q -e '.[dev]'

test:
	$(PY) -m pytest

test-fast:
	$(PY) -m pytest -m "not slow and not neo4j"

# The graph's and the catalog's tests with pages of two entries: every reader of a fact
# edge's entries meets pages (graph/store/pages.py).
test-pages:
	KG_TEST_PAGE_SIZE=2 $(PY) -m pytest -q -m "not slow" tests/graph tests/queries

cov:
	$(PY) -m pytest --cov --cov-report=term

lint:
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	.venv/bin/lint-imports

format:
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

typecheck:
	$(PY) -m mypy

check: lint typecheck test

bench:
	$(PY) bench/extract.py
	$(PY) bench/load.py
	$(PY) bench/export.py
	$(PY) bench/network.py
	$(PY) bench/scale.py
