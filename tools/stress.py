"""Pathological seeds: build time must grow linearly with their size.

    python -m tools.stress [--sizes 0.75,1.5,3] [--paragraph-kb 75,150,300]
                           [--quote-kb 250,500,1000] [--only WORDS]

Builds, in temporary folders, one long article (paragraphs of the repository's
own seeds repeated, up to N MB), one paragraph of N KB with no
punctuation at all, and pathological quotation-mark patterns of N KB (tens of
thousands of short quotes, alternating marks, marks that never close), and
times `build_site.py` and MkDocs' Markdown conversion of the page
(Python-Markdown configured from mkdocs.yml). Prints seconds per MB at each
size: linear growth keeps that figure flat.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seed_paragraphs() -> list[str]:
    """Paragraphs of the repository's seeds, without their date lines."""
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8").split(" ", 2)[2]
        out += [p.strip() for p in text.split("\n") if p.strip()]
    return out


def long_article(size: int, rng: random.Random) -> str:
    paragraphs, out, total = seed_paragraphs(), [], 0
    while total < size:
        p = rng.choice(paragraphs)
        out.append(p)
        total += len(p) + 1
    return "\n".join(out)


def flat_paragraph(size: int, rng: random.Random) -> str:
    words = [re.sub(r"[^\w]", "", w) for p in seed_paragraphs() for w in p.split()]
    words = [w for w in words if w]
    out, total = [], 0
    while total < size:
        w = rng.choice(words)
        out.append(w)
        total += len(w) + 1
    return " ".join(out)


NAMES = ("Ana Ruiz", "Ben Hale", "the mayor", "a spokesperson")
QUOTE_SHAPES: dict[str, Callable[[int], str]] = {
    "short quotes in one paragraph": lambda i: f"“Yes {i},” {NAMES[i % 4]} said. ",
    "short quotes, a paragraph each": lambda i: f"“Yes {i},” {NAMES[i % 4]} said.\n",
    "alternating bare marks": lambda i: "“ ” ",
    "alternating mark families": lambda i: ("“a” ", '"b" ', "‘c’ ", "«d» ", "''e'' ")[
        i % 5
    ],
    "curly marks that never close": lambda i: f"“w{i} ",
    "straight marks that never close": lambda i: f'"w{i} ',
}


def repeated(piece: Callable[[int], str]) -> Callable[[int, random.Random], str]:
    """A text of `size` characters made of `piece(0)`, `piece(1)`, ..."""

    def make(size: int, rng: random.Random) -> str:
        del rng
        out, total, i = [], 0, 0
        while total < size:
            out.append(piece(i))
            total += len(out[-1])
            i += 1
        return "".join(out).strip()

    return make


def child_cpu() -> float:
    """CPU seconds used so far by finished child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(text: str, folder: Path) -> tuple[float, float, float]:
    """Seconds for build_site.py (wall, CPU) and for converting the article page.

    CPU seconds are the steadier figure on a shared machine.
    """
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    (seeds / "stress.txt").write_text(f" date 2025-06-04 {text}\n", encoding="utf-8")
    started, cpu = time.perf_counter(), child_cpu()
    subprocess.run(
        [
            sys.executable,
            "build_site.py",
            "--seeds",
            str(seeds),
            "--docs",
            str(folder / "docs"),
            "--quiet",
        ],
        cwd=ROOT,
        check=True,
    )
    build, build_cpu = time.perf_counter() - started, child_cpu() - cpu
    import markdown
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"), docs_dir=str(folder / "docs"))
    md = markdown.Markdown(
        extensions=config["markdown_extensions"],
        extension_configs=config["mdx_configs"],
    )
    page = next((folder / "docs" / "articles").glob("*.md"))
    source = page.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    started = time.perf_counter()
    md.convert(source)
    return build, build_cpu, time.perf_counter() - started


def run(
    label: str, make: Callable[[int, random.Random], str], sizes: list[int]
) -> None:
    print(
        f"\n{label}\n| size | build_site.py s | s/MB | CPU s | CPU s/MB "
        "| Markdown s | s/MB |\n|---|---|---|---|---|---|---|"
    )
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="stress-") as tmp:
            build, cpu, convert = measure(make(size, random.Random(size)), Path(tmp))
        mb = size / 1e6
        print(
            f"| {size / 1e3:,.0f} KB | {build:.1f} | {build / mb:.1f} | {cpu:.1f} "
            f"| {cpu / mb:.1f} | {convert:.1f} | {convert / mb:.1f} |",
            flush=True,
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.stress")
    parser.add_argument("--sizes", default="0.75,1.5,3", help="article sizes in MB")
    parser.add_argument("--paragraph-kb", default="75,150,300")
    parser.add_argument(
        "--quote-kb", default="250,500,1000", help="sizes of the quotation-mark shapes"
    )
    parser.add_argument("--only", default="", help="run the shapes whose name has this")
    args = parser.parse_args(argv)
    kb = [int(float(s) * 1e3) for s in args.quote_kb.split(",")]
    shapes: list[tuple[str, Callable[[int, random.Random], str], list[int]]] = [
        (
            "One long article",
            long_article,
            [int(float(s) * 1e6) for s in args.sizes.split(",")],
        ),
        (
            "One paragraph without punctuation",
            flat_paragraph,
            [int(float(s) * 1e3) for s in args.paragraph_kb.split(",")],
        ),
    ]
    shapes += [(name, repeated(piece), kb) for name, piece in QUOTE_SHAPES.items()]
    for label, make, sizes in shapes:
        if args.only.lower() in label.lower():
            run(label, make, sizes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
