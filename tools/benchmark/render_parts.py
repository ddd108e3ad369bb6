"""CPU seconds of a cold render stage, part by part, in one process.

    python -m tools.benchmark.render_parts STEP

STEP is a folder with `seeds/` and `.cache/` whose cache holds every
article for this code (`python -m tools.benchmark --work DIR` leaves
`DIR/step-N`; or build it once with `build_site.py --seeds STEP/seeds
--docs STEP/docs --cache STEP/.cache`). In one process, with no worker and
no profiler (cProfile multiplies the cost of call-heavy Python several
times), it makes every page as a cold build does and times apart, by kind
of page (listing parts, names' pages, article pages, the other corpus-wide
pages): the input digest, the context, the Jinja text and its digest, then
by template the Jinja text alone; then the export lines and the timeline
events. Nothing is written. Not a test: nothing here runs in `make test`.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from annotated_news import build
from annotated_news.export.annotations import Site, article_lines
from annotated_news.export.timeline_json import event_part, event_text, sentence_events
from annotated_news.indexes import build_corpus
from annotated_news.indexes.timeline import Event
from annotated_news.render.env import render_page
from annotated_news.render.inputs import ArticleInputs, Reads, with_reads
from annotated_news.render.items import Links
from annotated_news.render.pages import (
    first_article_page,
    first_record_page,
    page_makers,
    planned,
    records_with_pages,
)
from tools.benchmark.ladder import step_config

COLUMNS = ("input digest", "context", "text and digest")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("step", type=Path)
    args = parser.parse_args(argv)
    step: Path = args.step
    config = step_config(step)
    clock = time.process_time
    read = build.annotate_seeds(config)
    with build.collector_paused():
        corpus = build_corpus(read.articles, read.ids, None)
    keys = corpus.keys(read.key_of)
    start = clock()
    links = Links(corpus)
    links.where = where = Reads()
    with build.collector_paused():
        makers = page_makers(corpus, links=links)
    plan = clock() - start
    env = build._env(config.templates_dir.resolve(), None)
    build.warm(env)
    inputs = ArticleInputs(corpus, keys, links)
    parts = planned(makers)
    first_record = first_record_page(makers, corpus)
    first_article = first_article_page(makers, corpus)
    records = [record for record, _, _ in records_with_pages(corpus)]
    spent: dict[str, list[float]] = {}
    pages_of: dict[str, int] = {}
    templates: dict[str, float] = {}
    for index, make in enumerate(makers):
        if index >= first_article:
            kind = "article pages"
        elif index >= first_record:
            kind = "names' pages"
        else:
            kind = "listing parts" if index in parts else "other corpus-wide"
        row = spent.setdefault(kind, [0.0] * len(COLUMNS))
        start = clock()
        base = None
        if index in parts:
            base = inputs.part_base(parts[index])
        elif index >= first_article:
            base = inputs.base(corpus.articles[index - first_article])
        elif index >= first_record:
            base = inputs.record_base(records[index - first_record])
        digested = clock()
        where.start()
        pages = make()
        if base is not None:
            with_reads(base, where, where.seen)
        made = clock()
        for page in pages:
            begun = clock()
            build.page_digest(render_page(env, page).encode())
            templates[page.template] = (
                templates.get(page.template, 0.0) + clock() - begun
            )
        row[0] += digested - start
        row[1] += made - digested
        row[2] += clock() - made
        pages_of[kind] = pages_of.get(kind, 0) + len(pages)
    site = Site(config.site_url, config.site_name)
    events: dict[str, list[list[Event]]] = {}
    start = clock()
    for group in sentence_events(corpus):
        events.setdefault(group[0].article.slug, []).append(group)
    for article in corpus.articles:
        article_lines(corpus, article, site)
    exported = clock() - start
    start = clock()
    for groups in events.values():
        for group in groups:
            event_part(group)
            event_text(group, site.url)
    timeline = clock() - start
    total = plan + exported + timeline + sum(sum(row) for row in spent.values())
    print(
        f"{len(corpus.articles)} articles, {sum(pages_of.values())} pages: "
        f"{total:.2f} CPU s (site plan {plan:.2f}, export lines {exported:.2f}, "
        f"timeline events {timeline:.2f})",
        file=sys.stdout,
    )
    for kind, row in sorted(spent.items(), key=lambda kv: -sum(kv[1])):
        cells = ", ".join(
            f"{name} {s:.2f}" for name, s in zip(COLUMNS, row, strict=True)
        )
        print(f"  {kind} ({pages_of[kind]}): {cells}", file=sys.stdout)
    print(
        "  Jinja text by template: "
        + ", ".join(
            f"{t} {s:.2f}" for t, s in sorted(templates.items(), key=lambda kv: -kv[1])
        ),
        file=sys.stdout,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
