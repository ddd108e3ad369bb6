"""One MkDocs build, run as its own process by the benchmark.

    python -m tools.benchmark.stage CONFIG DOCS SITE [--floor] [--dirty] [--search]

`--floor` builds plain Markdown with the project's configuration minus its
hooks and with only the home page in the navigation. `--dirty` rebuilds only
pages whose Markdown is newer than their HTML (MkDocs' own option, which
MkDocs refuses in strict mode: it warns that navigation may be stale).
`--search` leaves the hook's search index on (it may run beside the pages,
`annotated_news/search_beside.py`); without it the benchmark times the
index as a stage of its own.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

SKIP_SEARCH_INDEX = "ANNOTATED_NEWS_SEARCH_INDEX"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.benchmark.stage")
    parser.add_argument("config", type=Path)
    parser.add_argument("docs", type=Path)
    parser.add_argument("site", type=Path)
    parser.add_argument("--floor", action="store_true")
    parser.add_argument("--dirty", action="store_true")
    parser.add_argument("--search", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    if not args.search:  # the benchmark times the index as a stage of its own
        os.environ[SKIP_SEARCH_INDEX] = "off"
    if args.dirty:  # a dirty build renders few pages: no workers
        os.environ["ANNOTATED_NEWS_MKDOCS_JOBS"] = "1"
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    logging.getLogger("mkdocs").addHandler(handler)
    if args.search:  # the hook's line on the index, which the benchmark reads
        said = logging.StreamHandler(sys.stderr)
        said.addFilter(lambda record: record.getMessage().startswith("Pagefind"))
        hooks = logging.getLogger("mkdocs.hooks.annotated_news")
        hooks.addHandler(said)
        hooks.setLevel(logging.INFO)
    overrides: dict[str, Any] = {}
    if args.floor:
        overrides = {"hooks": [], "nav": [{"Home": "index.md"}]}
    config = load_config(
        str(args.config),
        docs_dir=str(args.docs.resolve()),
        site_dir=str(args.site.resolve()),
        strict=not args.dirty,
        **overrides,
    )
    try:
        build(config, dirty=args.dirty)
    except MkDocsException as err:
        print(f"mkdocs build failed: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
