"""Command line: `python build_site.py [--seeds DIR] [--docs DIR] [--site DIR]`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from . import __version__
from .build import build, no_log, no_progress
from .config import DEFAULT_SITE_NAME, SiteConfig, cache_beside, mkdocs_site
from .errors import ConfigError, SeedErrors, SiteError, shown
from .executors import LOCAL, check_executor, open_executor

T = TypeVar("T")


def tqdm_progress(items: Iterable[T], total: int, label: str) -> Iterator[T]:
    """Show a progress bar on stderr (only used when stderr is a terminal)."""
    from tqdm import tqdm

    # No monitor thread: worker processes are forked, and forking a process
    # that runs threads can deadlock.
    tqdm.monitor_interval = 0
    yield from tqdm(
        items,
        total=total,
        desc=label,
        unit="item",
        file=sys.stderr,
        leave=False,
        mininterval=0.25,
    )


def log_line(line: str) -> None:
    """Print a stage's plain log line on stderr."""
    print(shown(line), file=sys.stderr, flush=True)


def say(line: str) -> None:
    """Print one message line on stderr; a file name in it cannot add a line."""
    print(shown(line), file=sys.stderr)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(
        prog="build_site.py",
        description="Turn seed articles into annotated Markdown pages for MkDocs.",
    )
    parser.add_argument(
        "--seeds",
        type=Path,
        default=Path("seeds"),
        help="folder of seed articles (default: seeds)",
    )
    parser.add_argument(
        "--docs",
        type=Path,
        default=Path("docs"),
        help="folder to write the Markdown site to (default: docs)",
    )
    parser.add_argument(
        "--site",
        type=Path,
        default=None,
        help="also run 'mkdocs build --strict' and the search "
        "indexer into this folder, swapped in atomically",
    )
    parser.add_argument(
        "--config-file",
        type=Path,
        default=Path("mkdocs.yml"),
        help="MkDocs configuration for --site, and whose site_url makes the "
        "exports' links absolute (default: mkdocs.yml)",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=0,
        help="worker processes (default: one per CPU core; 1: none)",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="folder of cached annotations (default: .cache/"
        "annotated-news beside the docs folder)",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="annotate every seed and keep no cache"
    )
    parser.add_argument(
        "--wait",
        type=float,
        default=0,
        metavar="SECONDS",
        help="wait up to SECONDS for another build of the same folders "
        "(default: 0, refuse at once)",
    )
    parser.add_argument(
        "--executor",
        default=LOCAL,
        help="where the per-article work runs: 'local' (worker processes here, "
        "the default) or 'dask://HOST:PORT' (a Dask scheduler; needs the 'dask' "
        "extra and the seeds and templates at the same paths on its workers)",
    )
    parser.add_argument("--quiet", action="store_true", help="print errors only")
    parser.add_argument("--version", action="version", version=__version__)
    args = parser.parse_args(argv)
    if args.jobs < 0:
        parser.error("--jobs must be 0 (one per core) or more")
    if not 0 <= args.wait < float("inf"):
        parser.error("--wait must be 0 or more seconds")
    try:
        check_executor(args.executor)
    except ConfigError as err:
        parser.error(str(err))
    return args


LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def site_url_warning(site_url: str) -> str | None:
    """Say when a site is built for publishing with a local `site_url`.

    Only when `SITE_URL` is not set at all: setting it, even to a local
    address, is a choice.
    """
    if os.environ.get("SITE_URL") is not None:
        return None
    if site_url and urlsplit(site_url).hostname not in LOOPBACK:
        return None
    return (
        f"SITE_URL is not set: the pages' JSON-LD, annotations.jsonld, "
        f"timeline.json and the sitemap link to {site_url or 'relative addresses'}; "
        "set SITE_URL to the address the site is published at"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Build the site; return the process exit status."""
    args = parse_args(argv)
    cache = None if args.no_cache else (args.cache or cache_beside(args.docs))
    site_url, site_name = mkdocs_site(args.config_file)
    config = SiteConfig(
        seeds_dir=args.seeds,
        docs_dir=args.docs,
        cache_dir=cache,
        site_dir=args.site,
        site_url=site_url,
        site_name=site_name or DEFAULT_SITE_NAME,
        config_file=args.config_file,
        wait=args.wait,
    )
    left = (
        f"'{args.docs}' and '{args.site}' were left as they were"
        if args.site
        else f"'{args.docs}' was left as it was"
    )
    terminal = sys.stderr.isatty() and not args.quiet
    try:
        executor = open_executor(args.executor)
        try:
            report = build(
                config,
                tqdm_progress if terminal else no_progress,
                args.jobs,
                no_log if args.quiet else log_line,
                executor,
            )
        finally:  # before MkDocs: its workers fork, which a client's thread forbids
            if executor is not None:
                executor.shutdown()
        for warning in report.warnings:
            say(f"warning: {warning}")
        publishing = site_url_warning(site_url) if args.site else None
        if publishing:
            say(f"warning: {publishing}")
    except SeedErrors as err:
        for error in err.errors:
            say(error.message())
        say(f"build refused: {len(err.errors)} problem(s); {left}")
        return 1
    except SiteError as err:
        say(f"error: {err}")
        return 1
    except KeyboardInterrupt:
        say(f"interrupted; {left}")
        return 130
    except OSError as err:  # what no stage turned into a message: still one line
        say(f"error: '{err.filename or '?'}': {err.strerror or err}; {left}")
        return 1
    if not args.quiet:
        print(report.summary())
    return 0
