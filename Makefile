# Entry points for people and CI: `make run` builds the dataset, `make test` checks everything.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# dg warns (twice) when the active virtual environment is not the project's: it is.
DG := VIRTUAL_ENV=$(CURDIR)/$(VENV) $(BIN)/dg
BENCH_STAMP := $(VENV)/.bench-stamp
UI_PORT ?= 3000
DATASETTE_PORT ?= 8001

# Runs are recorded in a project-local, git-ignored Dagster instance (shown by `make ui`).
export DAGSTER_HOME := $(CURDIR)/.dagster_home

.PHONY: run launch test test-celery ui datasette docs release bench bench-100000 bench-doubling ablation format-invariance clean

run: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/ice-offices build
	$(BIN)/python -m pipeline.docs.readme
	$(BIN)/python -m pipeline.docs.corrections
	$(BIN)/python -m pipeline.docs.citation

# Sections generated from the models and outputs/ (docs/data.md's data dictionary and Mermaid org
# chart, the README's example citation), and CITATION.cff from outputs/datapackage.json.
docs: $(STAMP)
	$(BIN)/python -m pipeline.docs.readme
	$(BIN)/python -m pipeline.docs.corrections
	$(BIN)/python -m pipeline.docs.citation

# Tag this commit vX.Y.Z once its changelog entry, version and outputs/ agree (docs/releases.md).
release: $(STAMP)
	$(BIN)/python -m pipeline.release.tag

launch: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(DG) launch --job build_dataset --partition-range "$$($(BIN)/python -m pipeline.defs.register)"

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest -n auto --dist worksteal -m "not machinery"
	$(BIN)/pytest -m machinery

# The distributed run alone (also part of `make test`): a Redis broker on loopback and two
# Celery workers build the dataset; needs Debian's redis-server (.ci/run installs it).
test-celery: $(STAMP)
	$(BIN)/pytest -q tests/test_celery_run.py

ui: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	grep -q '^nux:' $(DAGSTER_HOME)/dagster.yaml || printf 'nux:\n  enabled: false\n' >> $(DAGSTER_HOME)/dagster.yaml
	$(DG) dev --host 127.0.0.1 --port $(UI_PORT)

# Browse and search the published tables (SQLite + metadata.json) in Datasette.
datasette: $(STAMP)
	$(BIN)/datasette outputs/ice_offices.sqlite --metadata outputs/metadata.json --host 127.0.0.1 --port $(DATASETTE_PORT)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

# Benchmarks (several minutes): figures and machine into benchmarks/RESULTS.md.
bench: $(BENCH_STAMP)
	$(BIN)/python benchmarks/acronym_baseline.py > /dev/null
	$(BIN)/python -m benchmarks.run

# The same, plus builds from 2,000 toward 100,000 documents: as many as fit 30 minutes, the
# rest extrapolated and marked so (their points are kept by later `make bench` runs).
bench-100000: $(BENCH_STAMP)
	$(BIN)/python -m benchmarks.run --large

# Pathological pages (issue 15) doubled from 64 KiB to 4 MiB: time, memory, published bytes
# per doubling into benchmarks/DOUBLING.md (each size capped; up to about half an hour).
bench-doubling: $(STAMP)
	$(BIN)/python -m benchmarks.doubling

# Switch each extraction rule off in turn on the development corpus (never the sealed set):
# pages changed and F1 change per rule, one-page and no-effect rules flagged, into
# benchmarks/ABLATION.md (about a minute on 2 cores).
ablation: $(STAMP)
	$(BIN)/python -m benchmarks.ablation

# Read every development page again in other formats (bullets, apostrophes, blank lines,
# indentation): what the change of format costs, into benchmarks/FORMAT_INVARIANCE.md (2 to 5
# minutes, one process).
format-invariance: $(STAMP)
	$(BIN)/python -m benchmarks.format_invariance

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the project's declared dependencies change.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

$(BENCH_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	touch $@

$(DAGSTER_HOME)/dagster.yaml:
	mkdir -p $(DAGSTER_HOME)
	printf '# Created by ice-offices: local run history only.\ntelemetry:\n  enabled: false\nnux:\n  enabled: false\n' > $@
