"""The search index: Pagefind over the built article pages.

Pagefind (PyPI `pagefind` with its bundled binary, nothing downloaded) indexes
the built site; only pages with `data-pagefind-body` (the articles) are read,
so index pages that repeat the articles stay out. Each article page carries,
in a hidden element that is not indexed as text, its `article`, `outlet` and
`speaker` filters and two meta values per quote: `q-<id>` its speaker and
`q-<id>.text` its words (Pagefind's anchor text of the quote leaves out
nested elements with an id, such as a figure, and decodes entities twice:
its issue #459).

Quotes are results of their own in the browser, not in the index: Pagefind
records where every element with an id starts (its "anchors"), and the search
page (`templates/theme/assets/search.js`) shows each quote of a matching
article whose words were matched as a result "Speaker: “opening words…”"
linking to its permalink. One search record per quote was tried first: at
about 10,000 articles (74,000 quotes) the first search then fetched 2.0 MB,
against 1 MB allowed, and filtering a common word took 22 s.

Pagefind holds the whole index it writes in memory, so above `SHARD` article
pages the site gets one index per part of its articles, written one after
another, and the search page merges them (Pagefind's `mergeIndex`).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType

from .errors import SiteError

EXCLUDE = (".headerlink", ".an-meta")
"""Page chrome kept out of the index besides `data-pagefind-ignore` elements."""
ARTICLES = "articles"
PAGES = f"{ARTICLES}/**/*.html"
"""The built pages Pagefind reads: only article pages are searchable (their
front matter says `pagefind: true`, which the theme turns into
`data-pagefind-body`). Reading every page to find that 45% of them (the index
and name pages) have no searchable part cost Pagefind 31% of its peak memory
and 40% of its time at 2,000 articles."""
BUNDLE = "pagefind"
"""The index's folder in the site."""
SHARD = 20_000
"""Article pages per index at most."""
SHARD_BYTES = 400_000_000
"""Bytes of article pages per index at most. Pagefind's memory follows what
the pages hold: one index of 100,000 article pages (the 10,000-article
benchmark site's pages, each linked ten times: 3.1 GB of HTML) peaked at
11.3 GB; in parts of 20,000 pages (531 to 935 MB of HTML), at 1.6 to 4.5 GB;
the whole 10,000-article site (355 MB) at 1.2 GB."""
SHARDS = "shards.json"
"""In the main bundle: the folders, relative to it, of the other parts'
indexes, which the search page merges into it (an empty list: one index)."""


class SearchIndexError(SiteError):
    """Pagefind could not index the site."""


def pagefind_command(site_dir: Path, output: Path, glob: str | None) -> list[str]:
    """Pagefind's command line indexing the pages of `site_dir` into `output`."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--quiet"]
    if glob:
        command += ["--glob", glob]
    for selector in EXCLUDE:
        command += ["--exclude-selectors", selector]
    return [*command, "--output-path", str(output)]


def index_command(
    site_dir: Path,
    output: Path | None = None,
    shard: int = SHARD,
    budget: int = SHARD_BYTES,
) -> list[str]:
    """The command that writes the index of `site_dir` into `output`.

    Without `output`, the bundle is `site_dir/pagefind/`. It is this module
    run as a program, so that a caller (the background index under `mkdocs
    serve`, the benchmark) runs and stops every part as one process.
    """
    out = output if output is not None else site_dir / BUNDLE
    return [
        sys.executable,
        "-m",
        "annotated_news.search",
        str(site_dir),
        str(out),
        "--shard",
        str(shard),
        "--shard-bytes",
        str(budget),
    ]


def article_pages(site_dir: Path) -> list[Path]:
    """The built article pages, in the order of their folders' names."""
    return sorted((site_dir / ARTICLES).glob("*/index.html"))


def parts(sizes: Sequence[int], shard: int, budget: int = SHARD_BYTES) -> list[range]:
    """Runs of pages (by position) of at most `shard` pages and `budget` bytes.

    A page larger than `budget` is a run of its own.
    """
    runs: list[range] = []
    start = total = 0
    for n, size in enumerate(sizes):
        if n > start and (n - start >= shard or total + size > budget):
            runs.append(range(start, n))
            start, total = n, 0
        total += size
    return [*runs, range(start, len(sizes))]


def page_count(bundle: Path) -> int:
    """The number of pages in a Pagefind bundle folder and the parts it merges."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text())
    count = sum(int(lang["page_count"]) for lang in entry["languages"].values())
    merged = bundle / SHARDS
    if merged.exists():
        shards = json.loads(merged.read_text(encoding="utf-8"))["shards"]
        count += sum(page_count(bundle / part) for part in shards)
    return count


def run_pagefind(command: list[str]) -> None:
    """Run one Pagefind command.

    Raises:
        SearchIndexError: when Pagefind fails.
    """
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SearchIndexError(
            f"Pagefind failed: {result.stderr.strip() or result.stdout.strip()}"
        )


@contextlib.contextmanager
def linked(pages: Sequence[Path], site_dir: Path, near: Path) -> Iterator[Path]:
    """A folder beside `near` holding `pages` at their paths in `site_dir`.

    Pagefind takes one glob, and no glob names 20,000 folders: a part of the
    articles is given to it as a site of its own, whose pages are hard links
    to the built ones (copies where the file system has none), so that the
    URLs it records are the site's.
    """
    with tempfile.TemporaryDirectory(prefix=part_prefix(), dir=near) as farm:
        for page in pages:
            target = Path(farm) / page.relative_to(site_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(page, target)
            except OSError:
                shutil.copyfile(page, target)
        yield Path(farm)


def part_prefix() -> str:
    """The name of this process's part folders, up to tempfile's suffix."""
    return f".pagefind-part-{os.getpid()}-"


def remove_parts(near: Path) -> None:
    """Remove the part folders this process left beside `near`'s index.

    `linked` removes its folder on the way out, but a SIGTERM handled between
    the folder's creation and the start of that cleanup (inside tempfile)
    would leave it: the command's own `finally` sweeps them by name.
    """
    for farm in near.parent.glob(part_prefix() + "*"):
        shutil.rmtree(farm, ignore_errors=True)


def write_index(
    site_dir: Path, output: Path, shard: int = SHARD, budget: int = SHARD_BYTES
) -> int:
    """Index the article pages of `site_dir` into `output`, in `parts`.

    Part 1 is `output` itself; part n is `output/shard-<n>/`, listed in
    `output/shards.json`. Returns the number of pages indexed.

    Raises:
        SearchIndexError: when Pagefind fails.
    """
    pages = article_pages(site_dir)
    cuts = [
        pages[r.start : r.stop]
        for r in parts([p.stat().st_size for p in pages], shard, budget)
    ]
    for old in output.glob("shard-*"):  # an earlier index's parts
        shutil.rmtree(old)
    if len(cuts) == 1:
        # With no article page, Pagefind would find no file and fail: it then
        # reads every page (a site built from no seeds).
        run_pagefind(pagefind_command(site_dir, output, PAGES if pages else None))
    else:
        for n, part in enumerate(cuts, start=1):
            folder = output if n == 1 else output / f"shard-{n}"
            with linked(part, site_dir, output.parent) as farm:
                run_pagefind(pagefind_command(farm, folder, PAGES))
    (output / SHARDS).write_text(
        json.dumps({"shards": [f"shard-{n}/" for n in range(2, len(cuts) + 1)]}),
        encoding="utf-8",
    )
    return page_count(output)


def index_site(site_dir: Path, shard: int = SHARD, budget: int = SHARD_BYTES) -> int:
    """Write `site_dir/pagefind/`; return the number of pages indexed.

    Raises:
        SearchIndexError: when Pagefind fails.
    """
    return write_index(site_dir, site_dir / BUNDLE, shard, budget)


def _stop(signum: int, frame: FrameType | None) -> None:
    # A newer build stops a background index with SIGTERM: end the Pagefind
    # run with this process (subprocess.run kills it) and remove the links.
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m annotated_news.search SITE OUTPUT [--shard N]`."""
    parser = argparse.ArgumentParser(description="Write the site's search index.")
    parser.add_argument("site", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--shard", type=int, default=SHARD, help="pages per index")
    parser.add_argument(
        "--shard-bytes", type=int, default=SHARD_BYTES, help="bytes of pages per index"
    )
    args = parser.parse_args(argv)
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        pages = write_index(args.site, args.output, args.shard, args.shard_bytes)
    except SearchIndexError as err:
        sys.stderr.write(f"{err}\n")
        return 1
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second one: finish this
        remove_parts(args.output)
        signal.signal(signal.SIGTERM, previous)
    sys.stdout.write(f"{pages} pages indexed\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
