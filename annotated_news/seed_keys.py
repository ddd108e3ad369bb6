"""Seeds' cache keys kept by their files' stat: an unchanged seed is not read.

A seed's cache key (`seeds.seed_key`) hashes its bytes and its sidecar's:
at 10,000 articles, reading and hashing every seed cost a third of an
edit's cache read. The last build's keys are kept here (one file in the
cache folder) with the stat of each seed and sidecar taken before they were
read. A key is used again only when both stats are unchanged (device, inode,
size, modification and change times) and the files' modification times
were already `RACY_NS` old when the stats were taken: a file written later
gets a later modification time, even on a clock that ticks coarsely (git's
rule for "racily clean" files). Anything else is read and hashed again; an
unreadable or damaged file of keys is an empty one.
"""

from __future__ import annotations

import dataclasses as dc
import errno
import os
import pickle
import stat
import time
from pathlib import Path

from . import seeds
from .seeds import seed_key
from .sidecar import sidecar_path

NAME = "seed-keys.pickle"
RACY_NS = 2_000_000_000
"""How old a file's modification time must be for its stat to stand for it."""

Stat = tuple[int, int, int, int, int]
"""Device, inode, size, modification and change times (ns) of a file."""
Entry = tuple[Stat, Stat | None, int, str]
"""A seed's stat, its sidecar's (None: no sidecar), when both were taken
(ns since the epoch) and the seed's key."""


class _Unsure(Exception):
    """A file whose stat cannot stand for it (not a regular file)."""


def _stat(path: str, missing_ok: bool) -> Stat | None:
    """A regular file's stat (links followed); None when there is no file.

    Raises:
        _Unsure: for anything else (a folder, a FIFO, a broken link, an
            unreadable stat): its key is found the reader's way.
    """
    try:
        found = os.stat(path)  # noqa: PTH116 (str paths: no Path made per seed)
    except OSError as err:
        if missing_ok and err.errno in (errno.ENOENT, errno.ENOTDIR):
            if os.path.lexists(path):  # a broken link: not missing
                raise _Unsure from None
            return None
        raise _Unsure from None
    if not stat.S_ISREG(found.st_mode):
        raise _Unsure
    return stat_of(found)


def stat_of(found: os.stat_result) -> Stat:
    """What a stat says of a file's identity and last change."""
    return (
        found.st_dev,
        found.st_ino,
        found.st_size,
        found.st_mtime_ns,
        found.st_ctime_ns,
    )


def _sidecar_name(name: str, path: Path) -> str:
    """`sidecar_path` as a str, from the seed's: a seed's (`*.txt`) without a `Path`."""
    if name.endswith(".txt") and path.name != ".txt":
        return name[:-4] + ".yml"
    return os.fspath(sidecar_path(path))


@dc.dataclass(slots=True)
class SeedKeys:
    """The last build's seed keys by path, and this build's."""

    file: Path | None
    """Where they are kept (None: nowhere, every key is found again)."""
    last: dict[str, Entry] = dc.field(default_factory=dict)
    now: dict[str, Entry] = dc.field(default_factory=dict)
    hashed: int = 0
    """Seeds read and hashed by this build (the others' keys were kept)."""

    @classmethod
    def load(cls, cache_dir: Path | None) -> SeedKeys:
        """The keys kept in a cache folder (none: an empty set)."""
        if cache_dir is None:
            return cls(None)
        file = cache_dir / NAME
        try:
            code, last = pickle.loads(file.read_bytes())
        except Exception:  # missing or damaged: every key is found again
            return cls(file)
        # `seeds.fingerprint`, looked up at each call: the code's fingerprint
        # as the rest of the build sees it, also when a test replaces it (a
        # name imported here would keep the old one, and keys of the old code,
        # trusted by their file times, would never be stored under the new).
        return cls(file, last if code == seeds.fingerprint() else {})

    def key(self, path: Path) -> str | None:
        """The cache key of a seed (None when it cannot be read)."""
        name = os.fspath(path)
        taken = time.time_ns()
        try:
            seed = _stat(name, missing_ok=False)
            sidecar = _stat(_sidecar_name(name, path), missing_ok=True)
        except _Unsure:
            return seed_key(path)
        assert seed is not None
        found = self.last.get(name)
        if (
            found is not None
            and found[0] == seed
            and found[1] == sidecar
            and seed[3] < found[2] - RACY_NS
            and (sidecar is None or sidecar[3] < found[2] - RACY_NS)
        ):
            self.now[name] = found
            return found[3]
        key = seed_key(path)
        self.hashed += 1
        if key is not None:
            self.now[name] = (seed, sidecar, taken, key)
        return key

    def keep(self, path: Path, entry: Entry) -> None:
        """Keep a key another process found for a seed (`found_key`)."""
        self.now[os.fspath(path)] = entry
        self.hashed += 1

    def save(self) -> None:
        """Keep this build's keys (only when one changed)."""
        if self.file is None or self.now == self.last:
            return
        temp = self.file.with_name(f".{NAME}.{os.getpid()}")
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            temp.write_bytes(
                pickle.dumps(
                    (seeds.fingerprint(), self.now), protocol=pickle.HIGHEST_PROTOCOL
                )
            )
            temp.replace(self.file)
        except OSError:
            pass  # without them the next build reads every seed to key it


def found_key(path: Path) -> tuple[str | None, Entry | None]:
    """A seed's key found afresh, and what `SeedKeys` keeps of it (None: nothing).

    Run by the annotate workers when the cache holds nothing to find
    (`AnnotateJob.find_key`): the key is then found by the process that
    reads the seed anyway, not by the build's before any worker starts.
    """
    keys = SeedKeys(None)
    key = keys.key(path)
    return key, keys.now.get(os.fspath(path))
