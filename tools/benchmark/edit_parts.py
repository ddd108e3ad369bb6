"""CPU seconds of what a one-seed edit redoes whole, from a built step.

    python -m tools.benchmark.edit_parts STEP [--runs 2]

STEP is a folder the benchmark left (`--work DIR` of `python -m
tools.benchmark`: `DIR/step-N`, with `seeds/`, `docs/` and `.cache/`, built
by this code so that the cache holds every article). In one process, with no
worker, it times the corpus-wide work that an edit's `build_site.py` does
whatever the edit: loading every cached article (`annotate_seeds`), each
index (`build_corpus`'s steps), the site plan (`page_makers`) and the input
digests of the listing parts (by family: the first part of their path), the
article pages (with the names' views they read, `record_view`) and the
names' pages (`render/inputs.py`). Each run after the first finds the kept
index results (echo searches, figure comparisons) in memory, as an edit
finds them in the cache. Not a test: nothing here runs in `make test`.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from annotated_news import build, indexes, manifest
from annotated_news.indexes import kept as index_kept
from annotated_news.render.inputs import ArticleInputs, Reads
from annotated_news.render.items import Links
from annotated_news.render.pages import page_makers, planned, records_with_pages
from tools.benchmark.ladder import step_config

STEPS = (
    "build_entity_index",
    "relate_articles",
    "build_statements",
    "find_echoes",
    "build_figure_ledger",
    "build_timeline",
    "build_pairs",
    "build_stories",
)
"""`build_corpus`'s steps, timed each (looked up in `indexes` at each call)."""


def timed(spent: dict[str, float], name: str, func: Callable[..., Any]) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - start

    return wrapper


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("step", type=Path)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    step: Path = args.step
    config = step_config(step)
    clock = time.process_time
    spent: dict[str, float] = {}
    for name in STEPS:
        setattr(indexes, name, timed(spent, name, getattr(indexes, name)))
    code = manifest.code_digest(config.templates_dir.resolve())
    kept = index_kept.load(config.cache_dir, {}, code)
    for run in range(args.runs):
        spent.clear()
        start = clock()
        read = build.annotate_seeds(config)
        loaded = clock() - start
        kept.keys = read.key_of
        start = clock()
        with build.collector_paused():
            corpus = indexes.build_corpus(read.articles, read.ids, kept)
        indexed = clock() - start
        links = Links(corpus)
        links.where = Reads()
        start = clock()
        with build.collector_paused():
            makers = page_makers(corpus, links=links)
        plan = clock() - start
        inputs = ArticleInputs(corpus, read.key_of, links)
        families: dict[str, float] = {}
        counts: dict[str, int] = {}
        for part in planned(makers).values():
            start = clock()
            inputs.part_base(part)
            family = part.path.partition("/")[0]
            families[family] = families.get(family, 0.0) + clock() - start
            counts[family] = counts.get(family, 0) + 1
        parts = sum(families.values())
        start = clock()
        for record in corpus.entities.records:
            inputs.record_view(record)
        views = clock() - start
        start = clock()
        for article in corpus.articles:
            inputs.base(article)
        pages = clock() - start + views
        start = clock()
        for record, _, _ in records_with_pages(corpus):
            inputs.record_base(record)
        names = clock() - start
        steps = ", ".join(
            f"{k.removeprefix('build_')} {v:.2f}" for k, v in spent.items()
        )
        print(
            f"run {run + 1}, {len(corpus.articles)} articles (CPU s): load "
            f"{loaded:.2f}; indexes {indexed:.2f} ({steps}); plan {plan:.2f}; "
            f"input digests: listing parts {parts:.2f}, article pages {pages:.2f}, "
            f"names' pages {names:.2f}",
            file=sys.stdout,
        )
        ranked = sorted(families, key=lambda f: -families[f])
        print(
            f"  article pages: the names' views {views:.2f} (all "
            f"{len(corpus.entities.records)} names); listing parts by family: "
            + ", ".join(f"{f} {families[f]:.2f} ({counts[f]})" for f in ranked),
            file=sys.stdout,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
