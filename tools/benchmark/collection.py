"""Time writing `annotations.jsonld` after a one-seed edit, from a built step.

    python -m tools.benchmark.collection STEP [--runs 3]

STEP is a folder the benchmark left (`--work DIR` of `python -m
tools.benchmark`: `DIR/step-N`, with `docs/` and `.cache/`). Its render
manifest gives each article's part in `docs/annotations.jsonld`; the file is
written again into a temporary folder beside `docs/` as an edit makes it:
every part taken from the last file but the middle one, which is new. Prints
CPU and wall seconds of each run and checks that the file has the parts in
place. Not a test: nothing here runs in `make test`.
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from annotated_news.collection import CollectionFile
from annotated_news.export.annotations import Site
from annotated_news.manifest import NAME


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("step", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    step: Path = args.step
    found = pickle.loads((step / ".cache" / NAME).read_bytes())
    spans = sorted((s for s in found.exports.values() if s[0]), key=lambda s: s[1])
    source = step / "docs" / "annotations.jsonld"
    middle = len(spans) // 2
    new = b'{"edited": true}'
    site = Site()
    for run in range(args.runs):
        folder = Path(tempfile.mkdtemp(prefix=".collection-", dir=step))
        try:
            cpu, wall = time.process_time(), time.perf_counter()
            collection = CollectionFile(
                folder, "annotations.jsonld", site, sum(s[0] for s in spans)
            )
            for n, span in enumerate(spans):
                if n == middle:
                    collection.add(span[0], new)
                else:
                    collection.add_old(source, span)
            made, placed = collection.finish(site)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            data = made.read_bytes()
            old = source.read_bytes()
            for n, ((_, a, b), (_, c, d)) in enumerate(zip(spans, placed, strict=True)):
                if data[c:d] != (new if n == middle else old[a:b]):
                    print(f"part {n} is not in place", file=sys.stderr)
                    return 1
            print(
                f"run {run + 1}: {len(spans)} parts, {len(data):,} bytes: "
                f"{cpu:.3f} CPU s, {wall:.3f} s"
            )
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
