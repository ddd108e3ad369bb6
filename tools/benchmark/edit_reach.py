"""How many index entries and page inputs a one-seed edit changes, from a built step.

    python -m tools.benchmark.edit_reach STEP

STEP is a folder the benchmark left (`DIR/step-N` of `python -m
tools.benchmark --work DIR`, its cache full). In one process it builds the
indexes, the site plan and every input digest (`render/inputs.py`) from the
cached articles; then edits the middle seed as the benchmark's edit does
(`ladder.edit_one_seed`, in a folder of its own: the step is left as it
was), builds them again, and prints, for each family, how many entries
changed: the names' views, statements, figure groups and timeline dates
(the index entries pages read), the listing parts', article pages' and
names' pages' digests, and the site plan's places (`Links.where`). What an
incremental build could leave undone (SCALING.md). Not a test: nothing here
runs in `make test`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from annotated_news import build, seeds
from annotated_news.config import SiteConfig
from annotated_news.indexes import build_corpus
from annotated_news.indexes.places import Place
from annotated_news.model import Article
from annotated_news.parse.article import disambiguate_slugs
from annotated_news.render.inputs import ArticleInputs, Reads
from annotated_news.render.items import Links
from annotated_news.render.pages import page_makers, planned, records_with_pages
from annotated_news.seeds import Ids
from tools.benchmark.ladder import EDIT, step_config

Digests = dict[str, dict[str, str | None]]
"""Per family, each entry's digest by its name (page, anchor or place)."""


def digests(
    articles: list[Article], ids: dict[str, Ids], keys: dict[str, str]
) -> Digests:
    """Every index entry's and page input's digest, by family."""
    corpus = build_corpus(articles, ids)
    links = Links(corpus)
    links.where = Reads()
    makers = page_makers(corpus, links=links)
    inputs = ArticleInputs(corpus, keys, links)
    return {
        "names' views": {
            r.page: inputs.record_view(r) for r in corpus.entities.records
        },
        "statements": {
            s.anchor or _first(s.appearances[0].places[0]): inputs.item(s)
            for s in corpus.statements
        },
        "figure groups": {
            g.anchor or _first(g.places[0][0]): inputs.item(g)
            for g in corpus.figure_groups
        },
        "timeline dates": {
            str(g.key): inputs.digest(g) for g in corpus.timeline.groups
        },
        "listing parts": {
            p.path: inputs.part_base(p) for p in planned(makers).values()
        },
        "article pages": {a.slug: inputs.base(a) for a in corpus.articles},
        "names' pages": {
            r.page: inputs.record_base(r) for r, _, _ in records_with_pages(corpus)
        },
        "plan's places": dict(links.where),
    }


def _first(place: Place) -> str:
    """An unanchored entry by its first place."""
    return f"{place.article.slug}#{place.anchor}"


def changed(before: Digests, after: Digests) -> dict[str, tuple[set[str], int]]:
    """Per family: the entries whose digest changed (or came or went), and the total."""
    out: dict[str, tuple[set[str], int]] = {}
    for family, now in after.items():
        was = before[family]
        moved = {k for k in was.keys() | now.keys() if was.get(k) != now.get(k)}
        out[family] = (moved, len(now))
    return out


def reach(config: SiteConfig) -> tuple[str, dict[str, tuple[set[str], int]]]:
    """The middle seed, and what editing it as the benchmark does changes."""
    read = build.annotate_seeds(config)
    before = digests(read.articles, read.ids, read.key_of)
    names = sorted(p.name for p in config.seeds_dir.glob("*.txt"))
    name = names[len(names) // 2]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        text = (config.seeds_dir / name).read_text(encoding="utf-8")
        path.write_text(text.rstrip("\n") + EDIT, encoding="utf-8")
        edited = seeds.annotate_seed(path)
    articles = [edited.article if a.seed == name else a for a in read.articles]
    disambiguate_slugs(articles, config.seeds_dir)
    ids = {**read.ids, name: edited.ids}
    keys = {**read.key_of, name: "edited"}
    return name, changed(before, digests(articles, ids, keys))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("step", type=Path)
    args = parser.parse_args(argv)
    step: Path = args.step
    config = step_config(step)
    name, found = reach(config)
    print(f"{name} edited:", file=sys.stdout)
    for family, (moved, total) in found.items():
        print(f"  {family}: {len(moved)} of {total} changed", file=sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
