"""How many stories real corpora make, and how big; writes benchmarks/stories.md.

    python -m tools.benchmark.stories [--sizes 1000,2500] [--no-write]

PolNeAR (all 1,008 articles) and the first N seeds of the build ladder (see
ladder.py: the union of PolNeAR, TempEval-3 silver and Reuters, in a fixed
order) are converted in a temporary folder, annotated (cached between runs
in that folder only), and indexed. For each: the number of stories, how
many articles they hold, the largest story's share of the articles (the
issue's bound is 5%), stories by size, claims and credits per story, the
seconds `build_stories` takes, and the largest story page's Markdown. Part
of `make bench`; nothing here runs in `make test`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from annotated_news.build import annotate_seeds
from annotated_news.config import SiteConfig
from annotated_news.indexes import build_corpus
from annotated_news.indexes.stories import build_stories
from annotated_news.parallel import available_cores
from annotated_news.render.env import make_env, render_page
from annotated_news.render.story_pages import story_page
from tools.corpus_seeds import write_seeds

from . import ladder

ROOT = Path(__file__).resolve().parent.parent.parent
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
BINS = ((2, 2), (3, 3), (4, 5), (6, 10), (11, 25), (26, 10**9))


def size_label(k: int) -> str:
    """The size class of a story of `k` articles: "2", "4–5", "26+"."""
    lo, hi = next((lo, hi) for lo, hi in BINS if lo <= k <= hi)
    if lo == hi:
        return str(lo)
    return f"{lo}+" if hi >= 10**9 else f"{lo}–{hi}"


def measure(name: str, seeds: Path, cache: Path) -> list[str]:
    """One row of the table: the stories of one seed folder."""
    config = SiteConfig(
        seeds_dir=seeds, docs_dir=seeds.parent / "docs", cache_dir=cache
    )
    found = annotate_seeds(config, jobs=available_cores())
    corpus = build_corpus(found.articles, found.ids)
    started = time.perf_counter()
    stories = build_stories(corpus)
    seconds = time.perf_counter() - started
    sizes = [len(s.articles) for s in stories]
    n = len(corpus.articles)
    largest = max(sizes, default=0)
    by_size = Counter(size_label(k) for k in sizes)
    shown = [size_label(lo) for lo, _ in BINS]
    env = make_env(config.templates_dir)
    page_bytes = max(
        (len(render_page(env, story_page(corpus, s)).encode()) for s in corpus.stories),
        default=0,
    )
    claims = [len(s.claims) for s in stories]
    credits = [len(s.credits) for s in stories]
    return [
        name,
        f"{n:,}",
        f"{len(stories):,}",
        f"{sum(sizes):,} ({100 * sum(sizes) / max(n, 1):.0f}%)",
        f"{largest} ({100 * largest / max(n, 1):.1f}%)",
        ", ".join(f"{k}: {by_size[k]}" for k in shown if by_size[k]) or "–",
        f"{statistics.median(claims):g}" if claims else "–",
        f"{statistics.median(credits):g}" if credits else "–",
        f"{seconds:.2f}",
        f"{page_bytes / 1024:.0f} KB",
    ]


HEADERS = [
    "Corpus",
    "Articles",
    "Stories",
    "In a story",
    "Largest story",
    "Stories by size (articles: stories)",
    "Median claims",
    "Median credits",
    "build_stories (s)",
    "Largest story page (Markdown)",
]


def table(rows: list[list[str]]) -> str:
    """The rows as a Markdown table."""
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, print the table and write benchmarks/stories.md."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="1000,2500", help="ladder steps")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="stories-bench-") as tmp:
        work = Path(tmp)
        polnear = work / "polnear" / "seeds"
        write_seeds("polnear", polnear, root=args.corpora)
        rows.append(measure("PolNeAR", polnear, work / "cache"))
        print(table(rows), end="", flush=True)
        stems = ladder.make_pool(work / "pool", args.corpora)
        for size in (int(s) for s in args.sizes.split(",") if s):
            seeds = ladder.make_step(
                work / "pool", stems, size, work / f"step{size}" / "seeds"
            )
            rows.append(measure(f"union, first {size:,}", seeds, work / "cache"))
            print(table(rows[-1:]).split("\n", 2)[2], end="", flush=True)
    text = (
        "# Stories on real corpora\n\n"
        f"Measured {dt.date.today().isoformat()} with `python -m tools.benchmark.stories"
        f" --sizes {args.sizes}` (part of `make bench`). Stories are grouped by the "
        'rule in the README ("Stories"); the issue bounds the largest story at 5% '
        "of the articles.\n\n" + table(rows)
    )
    if not args.no_write:
        (ROOT / "benchmarks" / "stories.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
