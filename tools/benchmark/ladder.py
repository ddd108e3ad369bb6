"""Seed folders of growing size, from the union of the third-party corpora.

The union (polnear, tempeval3-silver, reuters) is converted once into a pool
folder, then put in a fixed order — by a hash of each seed's name, so that
every step holds the same mix of long political stories and short wire
items — and each step takes the first N seeds. Steps are nested: the 1,000
seeds of the first step are in every later one. The texts stay in the
temporary folder: never in the repository.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import yaml

from tools.corpus_seeds import write_seeds


def make_pool(pool: Path, corpora: Path) -> list[str]:
    """Convert the union into `pool` (once); return the seed stems in ladder order."""
    if not any(pool.glob("*.txt")):
        write_seeds("union", pool, root=corpora)
    stems = [p.stem for p in pool.glob("*.txt")]
    return sorted(
        stems, key=lambda s: (hashlib.blake2b(s.encode(), digest_size=8).digest(), s)
    )


def make_step(pool: Path, stems: list[str], n: int, out: Path) -> Path:
    """A seed folder with the first `n` seeds of the ladder (hard links)."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
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
