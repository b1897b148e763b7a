# Qurultay: `make run` serves the API with the demo forum; `make test` runs every check CI runs.
# Needs only python3 (3.11+), make and git: uv is installed into .tools/ when it is not on PATH.

SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.9

UV := $(shell command -v uv 2>/dev/null)
ifeq ($(UV),)
UV := .tools/bin/uv
UV_DEP := .tools/bin/uv
endif

# Never let uv download an interpreter of its own: use the machine's python3.
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PYTHON)
RUN := $(UV) run --frozen --no-sync

# The TypeScript client's Node project (openapi/typescript): its generator and tsc, pinned by its lock file.
# Node.js 20 and Java 17 (for the Kotlin and Swift generator) are expected on the machine, CI's included.
NODE_PROJECT := openapi/typescript
NODE_DEPS := $(NODE_PROJECT)/node_modules/.package-lock.json

.PHONY: help install run test lint format typecheck pytest openapi clients node-deps migrate migration demo clean bench

help:
	@echo "make run        install, start the embedded PostgreSQL, migrate, load the demo forum, serve on :8000"
	@echo "make test       install, lint, type check, and the whole test suite on a real PostgreSQL"
	@echo "make openapi    regenerate openapi/openapi.json from the app"
	@echo "make clients    regenerate openapi/openapi.json and every client generated from it (openapi/README.md)"
	@echo "make migration m='what changed'   autogenerate a migration from the models"

.tools/bin/uv:
	$(PYTHON) tools/bootstrap_uv.py $(UV_VERSION) $@

.venv/.synced: pyproject.toml uv.lock $(UV_DEP)
	$(UV) sync --frozen
	@touch $@

install: .venv/.synced

run: install
	$(RUN) qurultay serve

lint: install
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) lint-imports

format: install
	$(RUN) ruff check --fix .
	$(RUN) ruff format .

typecheck: install
	$(RUN) mypy

# The suite in parallel workers (pytest-xdist), then the tests marked serial one at a time (tests/conftest.py).
PYTEST_WORKERS ?= 2
pytest: install $(NODE_DEPS)
	$(RUN) pytest -n $(PYTEST_WORKERS) -m "not serial"
	$(RUN) pytest -m serial

test: lint typecheck pytest

openapi: install
	$(RUN) qurultay openapi

$(NODE_DEPS): $(NODE_PROJECT)/package.json $(NODE_PROJECT)/package-lock.json
	@command -v npm >/dev/null || { echo "The TypeScript client needs Node.js 20 with npm (Debian: apt-get install nodejs npm)"; exit 1; }
	npm ci --prefix $(NODE_PROJECT) --no-audit --no-fund
	@touch $@

node-deps: $(NODE_DEPS)

# The spec, the Python, TypeScript, Kotlin and Swift clients from it, and the contract baseline (openapi/CHANGELOG.md);
# the tests fail when any of them drifts from the app.
clients: openapi $(NODE_DEPS)
	@command -v java >/dev/null || { echo "The Kotlin and Swift clients need Java 17 (Debian: apt-get install openjdk-17-jre-headless)"; exit 1; }
	$(RUN) python tools/clients.py
	$(RUN) python tools/contract_baseline.py

migrate: install
	$(RUN) qurultay migrate

migration: install
	$(RUN) qurultay revision -m "$(m)"

demo: install
	$(RUN) qurultay load-demo

# The benchmark harness (bench/README.md): about ten minutes; datasets are cached in bench/.data between runs.
# Pass options through BENCH_ARGS, e.g. `make bench BENCH_ARGS="--scales 1"`.
BENCH_ARGS ?=
bench: install
	@command -v wrk >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get install -y wrk || { apt-get update && apt-get install -y wrk; }; \
	  else echo "make bench needs wrk (Debian/Ubuntu: sudo apt-get install wrk)"; exit 1; fi; }
	$(RUN) python -m bench.run $(BENCH_ARGS)

clean:
	rm -rf .venv .tools .mypy_cache .ruff_cache .pytest_cache
