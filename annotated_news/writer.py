"""The one writer: puts a complete set of files in place atomically.

A build never edits the output folder in place. It writes the new tree next
to it, then swaps the two folders in one `renameat2(RENAME_EXCHANGE)` call
(Linux), or two renames elsewhere. A failure or an interrupt before the swap
leaves the folder exactly as it was. Files whose bytes did not change are
hard-linked from the old tree, so they keep their inode and modification time
and tools that watch the folder see only what really changed.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import dataclasses as dc
import os
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path, PurePosixPath

from .errors import RenderError

RENAME_EXCHANGE = 2
AT_FDCWD = -100
STAGING_PREFIX = ".staging-"


@dc.dataclass(frozen=True, slots=True)
class WriteReport:
    """What a write changed."""

    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]

    @property
    def changed(self) -> bool:
        """Whether anything in the folder changed."""
        return bool(self.written or self.removed)


def _safe_relative(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise RenderError(f"refusing to write outside the output folder: {name!r}")
    return path


def _existing_files(root: Path) -> set[str]:
    if not root.is_dir():
        return set()
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically; return False where the OS cannot."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(
        AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE
    )
    if result != 0:
        err = ctypes.get_errno()
        if err in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: no exchange here
            return False
        raise OSError(err, os.strerror(err), str(a))
    return True


def remove_stale_staging(target: Path) -> None:
    """Remove staging folders left by a build that was killed."""
    for stale in target.parent.glob(f"{STAGING_PREFIX}{target.name}-*"):
        shutil.rmtree(stale, ignore_errors=True)


@contextlib.contextmanager
def staging_folder(target: Path) -> Iterator[Path]:
    """Yield an empty folder beside `target`; removed unless swapped in."""
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(target)
    staging = target.parent / f"{STAGING_PREFIX}{target.name}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def swap_into_place(staging: Path, target: Path) -> None:
    """Make `staging` the new `target`; the old tree ends up in `staging`."""
    if target.exists() and _exchange(staging, target):
        return
    if target.exists():
        old = staging.with_name(staging.name + "-old")
        target.rename(old)
        staging.rename(target)
        old.rename(staging)
    else:
        staging.rename(target)
        staging.mkdir()


def write_tree(files: Mapping[str, str | bytes], target: Path) -> WriteReport:
    """Replace the content of `target` with exactly `files`, atomically.

    Args:
        files: relative POSIX path -> content (text is written as UTF-8).
        target: the output folder ("docs").

    Returns:
        Which files were written, left as they were, or removed.
    """
    encoded = {
        _safe_relative(name).as_posix(): data.encode("utf-8")
        if isinstance(data, str)
        else data
        for name, data in files.items()
    }
    before = _existing_files(target)
    written, unchanged = [], []
    for name, data in sorted(encoded.items()):
        old = target / name
        if (
            name in before
            and old.stat().st_size == len(data)
            and old.read_bytes() == data
        ):
            unchanged.append(name)
        else:
            written.append(name)
    removed = sorted(before - encoded.keys())
    report = WriteReport(tuple(written), tuple(unchanged), tuple(removed))
    if not report.changed and target.is_dir():
        return report
    with staging_folder(target) as staging:
        for name in unchanged:
            dest = staging / name
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(target / name, dest)
            except OSError:
                shutil.copy2(target / name, dest)
        for name in written:
            dest = staging / name
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(encoded[name])
        swap_into_place(staging, target)
    return report
