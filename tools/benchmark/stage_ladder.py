"""The MkDocs and Pagefind stages alone, on docs folders of growing size.

    python -m tools.benchmark.stage_ladder DOCS [DOCS ...] [--work DIR] [--root DIR]

Each DOCS is a `docs/` folder that `build_site.py` wrote (e.g. from the
benchmark's ladder step folders). For each, in its own process: `mkdocs build
--strict` with the project's hooks (`tools.benchmark.stage`, workers as
configured; `ANNOTATED_NEWS_MKDOCS_JOBS=1` for serial) into a fresh site
folder, then the build's own Pagefind command (`search.index_command`) on
that site. Prints wall and CPU seconds, peak PSS of the process tree, and the
peak per article and per added article, as a Markdown table. `--root` runs
the stages with another checkout's code (its `mkdocs.yml` and modules), to
compare two commits on the same folders.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from annotated_news.folders import BUILT_MARK
from tools.folder import ToolFolderError, claim

from . import measure

ROOT = Path(__file__).resolve().parents[2]
INDEX_COMMAND = (
    "import json, sys; from pathlib import Path; "
    "from annotated_news.search import index_command; "
    "print(json.dumps(index_command(Path(sys.argv[1]))))"
)


def articles(docs: Path) -> int:
    return sum(1 for _ in (docs / "articles").glob("*.md"))


def stages(docs: Path, site: Path, root: Path) -> tuple[measure.Run, measure.Run]:
    """Run the MkDocs stage, then Pagefind, with the code in `root`."""
    shutil.rmtree(site, ignore_errors=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(root)}
    mkdocs = measure.run(
        [
            sys.executable,
            "-m",
            "tools.benchmark.stage",
            str(root / "mkdocs.yml"),
            str(docs),
            str(site),
        ],
        cwd=root,
        env=env,
    )
    command = measure.run(
        [sys.executable, "-c", INDEX_COMMAND, str(site)], cwd=root, env=env
    )
    pagefind = measure.run(json.loads(command.stdout), cwd=root, env=env)
    return mkdocs, pagefind


def table(rows: list[tuple[int, measure.Run, measure.Run]]) -> str:
    lines = [
        "| articles | mkdocs s (CPU s) | mkdocs peak MB | KB per article "
        "| KB per added article | Pagefind s (CPU s) | Pagefind peak MB "
        "| KB per article | KB per added article |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    before: tuple[int, float, float] | None = None
    for n, mk, pf in rows:
        added = ["", ""]
        if before is not None and n > before[0]:
            step = n - before[0]
            added = [
                f"{(mk.peak_mb - before[1]) * 1024 / step:,.0f}",
                f"{(pf.peak_mb - before[2]) * 1024 / step:,.0f}",
            ]
        lines.append(
            f"| {n:,} | {mk.wall:.1f} ({mk.cpu:.1f}) | {mk.peak_mb:,.0f} "
            f"| {mk.peak_mb * 1024 / max(n, 1):,.0f} | {added[0]} "
            f"| {pf.wall:.1f} ({pf.cpu:.1f}) | {pf.peak_mb:,.0f} "
            f"| {pf.peak_mb * 1024 / max(n, 1):,.0f} | {added[1]} |"
        )
        before = (n, mk.peak_mb, pf.peak_mb)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.benchmark.stage_ladder")
    parser.add_argument("docs", type=Path, nargs="+")
    parser.add_argument("--work", type=Path, default=Path("/tmp/stage-ladder"))
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    try:  # it replaces a site folder per size there
        work = claim(
            args.work,
            "replaces its site folders",
            made=lambda name: (
                name.startswith("site-") and (args.work / name / BUILT_MARK).is_file()
            ),
        )
    except ToolFolderError as err:
        parser.error(str(err))
    rows = []
    for docs in sorted(args.docs, key=articles):
        n = articles(docs)
        work.record([f"site-{n}"])
        mk, pf = stages(docs.resolve(), args.work / f"site-{n}", args.root.resolve())
        print(
            f"{n} articles: mkdocs {mk.wall:.1f} s ({mk.cpu:.1f} CPU s), "
            f"peak {mk.peak_mb:,.0f} MB; Pagefind {pf.wall:.1f} s "
            f"({pf.cpu:.1f} CPU s), peak {pf.peak_mb:,.0f} MB",
            file=sys.stderr,
        )
        rows.append((n, mk, pf))
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
