# Two commands do everything on a fresh machine with python3, pip and make:
#   make serve   set up, build, serve at http://127.0.0.1:8000 with live reload
#   make test    set up, run every test, then lint
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)

# Material prints a notice about MkDocs 2 at every build; it is not a warning.
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup build serve test lint fix eval bench stress clean
.DEFAULT_GOAL := test

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	rm -f $(VENV)/.installed-*
	touch $@

setup: $(STAMP)

build: setup
	$(BIN)/python build_site.py --site site

serve: setup
	$(BIN)/python build_site.py
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

test: setup
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory lint

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy

fix: setup
	$(BIN)/ruff check --fix .

eval: setup
	$(BIN)/python -m tools.evaluate

bench: setup
	$(BIN)/python -m tools.benchmark

stress: setup
	$(BIN)/python -m tools.stress

clean:
	rm -rf $(VENV) site docs .pytest_cache .mypy_cache .ruff_cache
