# Two commands do everything on a fresh machine with python3, pip and make:
#   make serve   set up, build, serve at http://127.0.0.1:8000 with live reload
#   make test    set up, run every test, then lint
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
# npm packages of the browser tests (axe-core, TimelineJS, Apache Annotator; pinned by the lock).
NODE_DIR   := tests/browser
NODE_STAMP := $(NODE_DIR)/node_modules/.package-lock.json

# Material prints a notice about MkDocs 2 at every build; it is not a warning.
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup node-deps build serve test lint fix golden eval bench stress screenshots clean
.DEFAULT_GOAL := test

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	rm -f $(VENV)/.installed-*
	touch $@

setup: $(STAMP)

# Only when npm is present: without it the axe-core test skips (CI fails it).
# A failed install (offline) is reported and retried at the next run.
node-deps:
	@if command -v npm >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory $(NODE_STAMP); \
	else \
	  echo "npm not found: the axe-core accessibility test will skip"; \
	fi

$(NODE_STAMP): $(NODE_DIR)/package-lock.json
	-npm ci --prefix $(NODE_DIR) --no-audit --no-fund --loglevel=error

build: setup
	$(BIN)/python build_site.py --site site

serve: setup
	$(BIN)/python build_site.py
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload --dirty --no-strict

test: setup node-deps
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory lint

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

fix: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Regenerate tests/golden/docs after a deliberate change to the pages; read
# the diff (git diff tests/golden) and commit it saying why the output changed.
golden: setup
	$(BIN)/python -m pytest -q tests/test_golden.py --update-golden

# The labelled corpora; by default ../shared/corpora next to the checkout.
CORPORA ?= $(abspath ../shared/corpora)
eval: setup
	$(BIN)/python -m tools.evaluate --corpora $(CORPORA)

bench: setup
	$(BIN)/python -m tools.benchmark
	$(BIN)/python -m tools.benchmark.stories

stress: setup
	$(BIN)/python -m tools.stress

# PNGs of every kind of page at 390 and 1280 px, light and dark, outside the
# repository (SHOTS=/tmp/annotated-news-screenshots by default).
SHOTS ?= /tmp/annotated-news-screenshots
screenshots: setup
	$(BIN)/python -m tools.screenshots --out $(SHOTS)

# docs/ and site/ only when a build made them (the rule of
# annotated_news/folders.py): a folder of the user's is left, and said so.
# A folder holding the build's list (.annotated-news-made) loses only the
# files on it. Otherwise entries starting with '.' (a gh-pages .git, a
# .nojekyll, Finder's .DS_Store) are the user's at any depth: they stay,
# with the folders that hold them.
clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(NODE_DIR)/node_modules
	@for d in docs site; do \
	  if [ -d "$$d" ] && [ ! -L "$$d" ] && [ ! -f "$$d/annotations.jsonld" ] && \
	     ls -A "$$d" | grep -qv '^\.'; then \
	    echo "make clean: '$$d' holds files a build did not make; left as it is"; \
	  elif [ -f "$$d/.annotated-news-made" ] && [ ! -L "$$d" ]; then \
	    echo "make clean: removing the files a build wrote in '$$d' (yours stay)"; \
	    while IFS= read -r f; do rm -f "$$d/$$f"; done < "$$d/.annotated-news-made"; \
	    rm -f "$$d/.annotated-news-made"; \
	    find "$$d" -mindepth 1 -name '.*' -prune -o -type d -print | sort -r | \
	      while IFS= read -r f; do rmdir "$$f" 2>/dev/null || true; done; \
	    rmdir "$$d" 2>/dev/null || true; \
	  elif [ -d "$$d" ] && [ ! -L "$$d" ] && ls -A "$$d" | grep -q '^\.'; then \
	    echo "make clean: removing what a build made in '$$d' (entries starting with '.' stay)"; \
	    find "$$d" -mindepth 1 -name '.*' -prune -o ! -type d -exec rm -f {} +; \
	    find "$$d" -mindepth 1 -name '.*' -prune -o -type d -print | sort -r | \
	      while IFS= read -r f; do rmdir "$$f" 2>/dev/null || true; done; \
	  else \
	    echo "rm -rf $$d"; rm -rf "$$d"; \
	  fi; \
	done
