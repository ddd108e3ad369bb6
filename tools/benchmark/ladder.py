"""Seed folders of growing size, from the union of the third-party corpora.

The union (polnear, tempeval3-silver, reuters) is converted once into a pool
folder, then put in a fixed order — by a hash of each seed's name, so that
every step holds the same mix of long political stories and short wire
items — and each step takes the first N seeds. Steps are nested: the 1,000
seeds of the first step are in every later one. The texts stay in the
temporary folder: never in the repository.

Past the union's 12,600 seeds (the 100,000 step) the ladder goes round again
with derived seeds (`derived_seed`): round k is every seed with its date
moved 28·k years on and its paragraphs rotated by k, so titles and slugs
differ. Their sentences are the originals': the same quote stands in up to
eight articles, so the quote, echo and cross-link indexes do more work than
on 100,000 distinct articles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
from pathlib import Path

import yaml

from annotated_news.config import SiteConfig
from tools.corpus_seeds import write_seeds


def make_pool(pool: Path, corpora: Path) -> list[str]:
    """Convert the union into `pool` (once); return the seed stems in ladder order."""
    if not any(pool.glob("*.txt")):
        write_seeds("union", pool, root=corpora)
    stems = [p.stem for p in pool.glob("*.txt")]
    return sorted(
        stems, key=lambda s: (hashlib.blake2b(s.encode(), digest_size=8).digest(), s)
    )


HEADER_RE = re.compile(r"^( ?date[ \t]+)(\d{4})-(\d{2})-(\d{2})(.*)$")
SLUG_LINE_RE = re.compile(r"^slug:.*\n?", re.M)
YEARS = 28
"""A shift that keeps weekdays and leap years (within 1901-2099)."""


def derived_seed(text: str, k: int) -> str:
    """Round `k` of a seed: its date moved 28·k years on, paragraphs rotated."""
    first, _, rest = text.partition("\n")
    found = HEADER_RE.match(first)
    if not found:
        return text
    lead, year, month, day, after = found.groups()
    try:
        moved = dt.date(int(year) + YEARS * k, int(month), int(day))
    except ValueError:  # 29 February in a year that is not a leap year
        moved = dt.date(int(year) + YEARS * k, int(month), 28)
    paragraphs = [after.strip(), *(p for p in rest.split("\n") if p.strip())]
    turn = k % len(paragraphs)
    paragraphs = paragraphs[turn:] + paragraphs[:turn]
    return f"{lead}{moved.isoformat()} " + "\n".join(paragraphs) + "\n"


def step_config(step: Path) -> SiteConfig:
    """The build folders of a step the benchmark left (`DIR/step-N`)."""
    return SiteConfig(
        seeds_dir=step / "seeds", docs_dir=step / "docs", cache_dir=step / ".cache"
    )


def make_step(pool: Path, stems: list[str], n: int, out: Path) -> Path:
    """A seed folder with the first `n` seeds of the ladder (hard links).

    Past the pool, derived seeds (`derived_seed`) are written.
    """
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for j in range(len(stems), n):
        k, stem = divmod(j, len(stems))[0], stems[j % len(stems)]
        text = (pool / f"{stem}.txt").read_text(encoding="utf-8")
        (out / f"{stem}-r{k}.txt").write_text(derived_seed(text, k), encoding="utf-8")
        sidecar = pool / f"{stem}.yml"
        if sidecar.exists():  # a pinned slug would clash with the original's
            meta = SLUG_LINE_RE.sub("", sidecar.read_text(encoding="utf-8"))
            (out / f"{stem}-r{k}.yml").write_text(meta, encoding="utf-8")
    for stem in stems[:n]:
        for suffix in (".txt", ".yml"):
            source = pool / f"{stem}{suffix}"
            if source.exists():
                try:
                    os.link(source, out / source.name)
                except OSError:
                    shutil.copy2(source, out / source.name)
    return out


def make_floor_docs(seeds: Path, out: Path) -> Path:
    """The same texts as plain Markdown pages, for the bare MkDocs build.

    One page per seed under articles/ (kept out of the navigation by the
    project's `not_in_nav`) with its title and its paragraphs, no
    annotations; and a home page.
    """
    if out.exists():
        shutil.rmtree(out)
    (out / "articles").mkdir(parents=True)
    (out / "index.md").write_text(
        "# Articles\n\nPlain texts, no annotations.\n", encoding="utf-8"
    )
    for seed in sorted(seeds.glob("*.txt")):
        first, _, rest = seed.read_text(encoding="utf-8").partition("\n")
        first_text = first.strip().split(None, 2)[2] if len(first.split()) > 2 else ""
        sidecar = seed.with_suffix(".yml")
        meta = (
            yaml.safe_load(sidecar.read_text(encoding="utf-8"))
            if sidecar.exists()
            else None
        )
        title = (meta or {}).get("title") or first_text[:80] or seed.stem
        paragraphs = [
            p.strip() for p in f"{first_text}\n{rest}".split("\n") if p.strip()
        ]
        (out / "articles" / f"{seed.stem}.md").write_text(
            f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8"
        )
    return out


EDIT = (
    "\n\nAn editor added this paragraph on 3 March 2021: the agency said 42 "
    "inspectors would review the figures.\n"
)


def edit_one_seed(seeds: Path) -> Path:
    """Append a paragraph (a date, a figure, a name) to the middle seed."""
    names = sorted(seeds.glob("*.txt"))
    seed = names[len(names) // 2]
    text = seed.read_text(encoding="utf-8")
    seed.unlink()  # the pool shares this file: write a new one
    seed.write_text(text.rstrip("\n") + EDIT, encoding="utf-8")
    return seed
