"""Cache entries packed by the chunk of seeds that made them: one file a chunk.

On this project's machine a new file costs 0.25 to 0.8 ms of system CPU (the
kernel's search for a free inode, SCALING.md "Session 19"), and one file per
annotated seed made that a tenth of the annotate stage. A pack holds the
entries one worker made from one chunk of seeds (up to 256), so a cold build
of 10,000 articles writes about 40 files instead of 10,000; an edit adds a
small pack of the seeds it annotated, and the end of the build merges small
packs (`prune`).

A pack is `MAGIC`, the header's length (8 bytes, little-endian), the header
(a pickle of ((key, length), ...)), then the entries' bytes in that order. It
is written whole under a temporary name and renamed into place, and never
changed after: a reader sees all of a pack or none of it. A pack whose size
is not the one its header gives, or whose header cannot be read, holds
nothing (its entries are misses); `prune` removes it.
"""

from __future__ import annotations

import dataclasses as dc
import os
import pickle
import re
import secrets
from collections.abc import Sequence
from pathlib import Path

MAGIC = b"annotated-news cache pack 1\n"
SUFFIX = ".pack"
_LEN = 8
"""Bytes of the header's length."""

SMALL = 32
"""A pack with fewer live entries than this is merged with the other small
ones at the end of a build (`prune`): edits add packs of one or two."""

Entry = tuple[str, int, int]
"""An entry of a pack: its key, where its bytes start in the file, how many."""


# A writer's temporary file (`write_pack`): ".<16 hex digits>.pack.<pid>".
TEMPORARY_RE = re.compile(r"\.[0-9a-f]{16}" + re.escape(SUFFIX) + r"\.\d+")


def write_pack(folder: Path, entries: Sequence[tuple[str, bytes]]) -> str | None:
    """Write `entries` (key, bytes) as one new pack in `folder`; its file name.

    None when there is nothing to write. The pack appears whole or not at
    all (a temporary file renamed into place).

    Raises:
        OSError: when the folder or the file cannot be written.
    """
    if not entries:
        return None
    header = pickle.dumps(
        tuple((key, len(data)) for key, data in entries),
        protocol=pickle.HIGHEST_PROTOCOL,
    )
    name = secrets.token_hex(8) + SUFFIX
    folder.mkdir(parents=True, exist_ok=True)
    temp = folder / f".{name}.{os.getpid()}"
    try:
        with temp.open("wb") as file:
            file.write(MAGIC + len(header).to_bytes(_LEN, "little") + header)
            file.writelines(data for _, data in entries)
        temp.replace(folder / name)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return name


def _entries(head: bytes, size: int) -> list[Entry] | None:
    """The entries a pack's first bytes list, checked against its size."""
    start = len(MAGIC) + _LEN
    if len(head) < start or not head.startswith(MAGIC):
        return None
    length = int.from_bytes(head[len(MAGIC) : start], "little")
    if len(head) < start + length:
        return None
    try:
        listed = pickle.loads(head[start : start + length])
    except Exception:  # a damaged header: the pack holds nothing
        return None
    if not isinstance(listed, tuple):
        return None
    found: list[Entry] = []
    offset = start + length
    for item in listed:
        if not (
            isinstance(item, tuple)
            and len(item) == 2
            and isinstance(item[0], str)
            and isinstance(item[1], int)
        ):
            return None
        found.append((item[0], offset, item[1]))
        offset += item[1]
    return found if offset == size else None


def read_header(path: Path) -> list[Entry] | None:
    """The entries of the pack at `path` (without their bytes); None if damaged."""
    try:
        with path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            head = file.read(len(MAGIC) + _LEN)
            if len(head) == len(MAGIC) + _LEN and head.startswith(MAGIC):
                head += file.read(int.from_bytes(head[len(MAGIC) :], "little"))
    except OSError:
        return None
    return _entries(head, size)


def pack_files(folder: Path) -> list[Path]:
    """The packs of a folder, by name (not the temporary files of a writer)."""
    try:
        found = sorted(folder.iterdir())
    except OSError:
        return []
    return [
        path
        for path in found
        if path.name.endswith(SUFFIX) and not path.name.startswith(".")
    ]


@dc.dataclass(slots=True)
class Packs:
    """The entries of a folder's packs by key; each pack read once, whole.

    The first look-up reads every pack of the folder (a build that finds
    anything in the cache finds most of it). `close` lets go of their bytes.
    """

    folder: Path
    _where: dict[str, tuple[int, int, int]] | None = None
    """Key -> (index into `_data`, offset, length)."""
    _data: list[bytes] = dc.field(default_factory=list)

    def _index(self) -> dict[str, tuple[int, int, int]]:
        if self._where is None:
            self._where = {}
            for path in pack_files(self.folder):
                try:
                    data = path.read_bytes()
                except OSError:
                    continue
                entries = _entries(data, len(data))
                if entries is None:
                    continue
                at = len(self._data)
                self._data.append(data)
                for key, offset, length in entries:
                    # A key stored twice (two builds annotated the same seed): either.
                    self._where.setdefault(key, (at, offset, length))
        return self._where

    def get(self, key: str) -> memoryview | None:
        """The bytes of an entry (a view into its pack), or None."""
        found = self._index().get(key)
        if found is None:
            return None
        at, offset, length = found
        return memoryview(self._data[at])[offset : offset + length]

    def close(self) -> None:
        """Let go of the packs' bytes (a later look-up reads them again)."""
        self._where = None
        self._data.clear()


def prune(folder: Path, keys: set[str]) -> int:
    """Keep only the entries of `keys` in `folder`; return how many were removed.

    A pack with none of them (or damaged) is removed. Packs with fewer than
    `SMALL` live entries, or with more dead entries than live ones, are
    merged: their live entries are written as one new pack before they are
    removed (a crash in between leaves an entry twice, which a reader takes
    either copy of). Temporary files of writers are removed: the build that
    prunes holds the cache's lock and its writers have ended.
    """
    try:
        found = list(folder.iterdir())
    except OSError:
        return 0
    for path in found:
        if TEMPORARY_RE.fullmatch(path.name):
            path.unlink(missing_ok=True)  # a writer's, never finished
    removed = 0
    seen: set[str] = set()
    loose: list[tuple[Path, list[Entry], int]] = []
    for path in pack_files(folder):
        entries = read_header(path) or []
        live = [e for e in entries if e[0] in keys and e[0] not in seen]
        seen.update(key for key, _, _ in live)
        if not live:
            path.unlink(missing_ok=True)
            removed += len(entries)
        elif len(live) < SMALL or len(entries) - len(live) > len(live):
            loose.append((path, live, len(entries)))
    if len(loose) < 2 and all(len(live) == total for _, live, total in loose):
        return removed  # nothing to merge, no dead entry to drop
    kept: list[tuple[str, bytes]] = []
    merged: list[Path] = []
    for path, live, total in loose:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        kept.extend((key, data[at : at + n]) for key, at, n in live)
        merged.append(path)
        removed += total - len(live)
    write_pack(folder, kept)
    for path in merged:
        path.unlink(missing_ok=True)
    return removed
