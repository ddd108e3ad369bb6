"""Command line: `python build_site.py [--seeds DIR] [--docs DIR] [--site DIR]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from . import __version__
from .build import build
from .config import SiteConfig
from .errors import SeedErrors, SiteError


def tqdm_progress(items: Iterable[Path], total: int, label: str) -> Iterator[Path]:
    """Show a progress bar on stderr (only used when stderr is a terminal)."""
    from tqdm import tqdm

    yield from tqdm(items, total=total, desc=label, unit="article", file=sys.stderr,
                    leave=False)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(
        prog="build_site.py",
        description="Turn seed articles into annotated Markdown pages for MkDocs.",
    )
    parser.add_argument("--seeds", type=Path, default=Path("seeds"),
                        help="folder of seed articles (default: seeds)")
    parser.add_argument("--docs", type=Path, default=Path("docs"),
                        help="folder to write the Markdown site to (default: docs)")
    parser.add_argument("--site", type=Path, default=None,
                        help="also run 'mkdocs build --strict' and the search "
                             "indexer into this folder, swapped in atomically")
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"),
                        help="MkDocs configuration for --site (default: mkdocs.yml)")
    parser.add_argument("--quiet", action="store_true", help="print errors only")
    parser.add_argument("--version", action="version", version=__version__)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Build the site; return the process exit status."""
    args = parse_args(argv)
    config = SiteConfig(seeds_dir=args.seeds, docs_dir=args.docs)
    progress = tqdm_progress if sys.stderr.isatty() and not args.quiet else None
    try:
        report = build(config, progress) if progress else build(config)
        for warning in report.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if args.site:
            from .publish import publish_site

            publish_site(args.config_file, args.docs, args.site)
    except SeedErrors as err:
        for error in err.errors:
            print(error.message(), file=sys.stderr)
        print(f"build refused: {len(err.errors)} problem(s); "
              f"'{args.docs}' was left as it was", file=sys.stderr)
        return 1
    except SiteError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"interrupted; '{args.docs}' was left as it was", file=sys.stderr)
        return 130
    if not args.quiet:
        print(report.summary())
    return 0
