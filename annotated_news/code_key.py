"""The annotation code's fingerprint kept by its files' stat.

Every seed's cache key starts with a fingerprint of the code the per-article
stage runs (`seeds.fingerprint`): the modules `seeds.py` imports, in turn,
and the data files beside them. Finding those modules parses each one
(`seeds.code_files`): 0.14-0.17 CPU s at every build, whatever the corpus
size, a twentieth of a one-seed edit at 2,000 articles. So the fingerprint
is kept in the cache folder with the stat of every file it read and of
every folder of the package (a module or data file added or removed changes
its folder), taken by `seed_keys`' rules: the same device, inode, size,
modification and change times, and a modification time already `RACY_NS`
old when the stats were taken (git's rule for "racily clean" files). Any
other change, or other Python or libraries (`seeds.runtime`), and the
fingerprint is found again and kept anew.
"""

from __future__ import annotations

import os
import pickle
import stat
import time
from pathlib import Path

from . import seeds
from .seed_keys import RACY_NS, Stat, stat_of

NAME = "code-key.pickle"
FORMAT = "1"

Kept = tuple[str, tuple[tuple[str, Stat], ...], int, str]
"""The format and runtime, each file's and folder's stat, when they were
taken (ns since the epoch) and the fingerprint."""


def _folders(package: Path) -> list[str]:
    """The package's folders, but bytecode caches (written at imports)."""
    found = []
    for folder, subfolders, _ in os.walk(package):
        subfolders[:] = sorted(f for f in subfolders if f != "__pycache__")
        found.append(folder)
    return found


def _any_stat(path: str) -> Stat | None:
    """A regular file's or a folder's stat (None: neither, or no stat)."""
    try:
        found = os.stat(path)  # noqa: PTH116 (str paths, as `seed_keys`)
    except OSError:
        return None
    if not (stat.S_ISREG(found.st_mode) or stat.S_ISDIR(found.st_mode)):
        return None
    return stat_of(found)


def _unchanged(kept: Kept, head: str) -> bool:
    form, stats, taken, _ = kept
    if form != head:
        return False
    for path, was in stats:
        now = _any_stat(path)
        if now is None or now != was or now[3] >= taken - RACY_NS:
            return False
    return True


def load(cache_dir: Path, package: Path = seeds.PACKAGE) -> str:
    """The fingerprint: the one kept in the cache folder, or found and kept.

    `seeds.fingerprint` gives it from then on (in forked workers too).
    """
    file = cache_dir / NAME
    head = f"{FORMAT}\0{os.fspath(package)}\0{seeds.runtime()}"
    try:
        kept: Kept = pickle.loads(file.read_bytes())
        if _unchanged(kept, head):
            if package == seeds.PACKAGE:
                seeds.keep_fingerprint(kept[3])
            return kept[3]
    except Exception:  # missing or damaged: found again
        pass
    # Taken before any file is read: one changed while it is read has a
    # later modification time, so the next build does not trust its stat.
    taken = time.time_ns()
    files = seeds.code_files(package)
    found = seeds.fingerprint_of(files, package)
    if package == seeds.PACKAGE:
        seeds.keep_fingerprint(found)
    stats = []
    for path in [*map(os.fspath, files), *_folders(package)]:
        now = _any_stat(path)
        if now is None:
            return found  # unsure: not kept
        stats.append((path, now))
    temp = file.with_name(f".{NAME}.{os.getpid()}")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temp.write_bytes(
            pickle.dumps(
                (head, tuple(stats), taken, found), protocol=pickle.HIGHEST_PROTOCOL
            )
        )
        temp.replace(file)
    except OSError:
        pass  # found again by the next build
    return found
