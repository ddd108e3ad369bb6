"""One build at a time per output folder: a lock file with the holder's PID.

Each output folder `x` gets a lock file `.x.lock` beside it (where its
staging folders live too). The lock is an `flock` on that file, which the
kernel releases when its holder dies however it dies, so a lock left by a
killed build is never in the way: the next build takes it and says so. The
file holds the holder's PID, for the message a second build prints while it
waits or when it refuses.

The lock file is removed when the build ends. A build that opened the file
just before it was removed would lock a file no longer in the folder; so a
lock counts only when the locked file is still the one at the path, and the
build tries again otherwise.

Worker processes are forked while the lock is held; each closes its copy of
the lock file at once (`os.register_at_fork`), so that a worker outliving a
killed build cannot keep the lock.
"""

from __future__ import annotations

import contextlib
import dataclasses as dc
import fcntl
import os
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from .errors import SiteError

POLL_SECONDS = 0.2
_held: set[int] = set()
"""Descriptors of the lock files this process holds."""


class LockedError(SiteError):
    """Another build holds the lock of an output folder."""


def _close_in_child() -> None:
    for fd in list(_held):
        with contextlib.suppress(OSError):
            os.close(fd)
    _held.clear()


os.register_at_fork(after_in_child=_close_in_child)


def lock_path(folder: Path) -> Path:
    """The lock file of an output folder: `.name.lock` beside it."""
    return folder.parent / f".{folder.name}.lock"


def _holder(fd: int) -> int | None:
    """The PID written in an open lock file, if any."""
    try:
        data = os.pread(fd, 64, 0)
    except OSError:
        return None
    text = data.decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


def is_running(pid: int) -> bool:
    """Whether a process with this PID exists (it may be another program)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dc.dataclass(slots=True)
class Lock:
    """A held lock on one output folder."""

    folder: Path
    path: Path
    fd: int
    stale_pid: int | None = None
    """PID of a build that died holding this lock (its file was left)."""

    def release(self) -> None:
        """Remove the lock file, then unlock it (see the module docstring)."""
        with contextlib.suppress(OSError):
            self.path.unlink()
        _held.discard(self.fd)
        os.close(self.fd)


def _try_lock(path: Path) -> tuple[int | None, int | None]:
    """Lock `path` once: (descriptor, None) when held, else (None, holder PID)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = _holder(fd)
        os.close(fd)
        return None, holder
    try:
        here, held = path.lstat(), os.fstat(fd)
        same = (here.st_dev, here.st_ino) == (held.st_dev, held.st_ino)
    except FileNotFoundError:
        same = False
    if not same:  # removed by the build that held it: lock the new file
        os.close(fd)
        return None, None
    return fd, None


def acquire(
    folder: Path,
    label: str,
    wait: float = 0,
    on_wait: Callable[[str], None] | None = None,
) -> Lock:
    """Lock an output folder, waiting up to `wait` seconds for another build.

    Args:
        folder: the output folder ("docs").
        label: what it is called in messages ("docs folder").
        wait: seconds to wait for a build that holds the lock; 0: refuse at once.
        on_wait: told once, in one line, that this build waits and for whom.

    Raises:
        LockedError: when another build still holds it after `wait` seconds.
        OSError: when the lock file cannot be created (a read-only folder).
    """
    path = lock_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_symlink():  # `_try_lock` would not follow it (O_NOFOLLOW): say so
        raise LockedError(
            f"lock file '{path}' of the {label} '{folder}' is a symbolic link, "
            "which no build makes: remove it"
        )
    deadline = time.monotonic() + wait
    told = False
    while True:
        fd, holder = _try_lock(path)
        if fd is not None:
            break
        who = f"process {holder}" if holder else "another build"
        if time.monotonic() >= deadline:
            raise LockedError(
                f"{label} '{folder}' is being built by {who} (lock file "
                f"'{path}'); wait for it to finish, or give --wait SECONDS"
            )
        if on_wait and not told:
            on_wait(f"waiting for {who}, which is building '{folder}'")
            told = True
        time.sleep(POLL_SECONDS)
    previous = _holder(fd)
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    _held.add(fd)
    stale = previous if previous and previous != os.getpid() else None
    return Lock(folder, path, fd, stale)


@contextlib.contextmanager
def locked(
    folders: Sequence[tuple[str, Path]],
    wait: float = 0,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[list[Lock]]:
    """Hold the locks of several output folders, taken in one fixed order.

    The order (by absolute path) is the same in every build, so two builds
    that want the same folders never each hold one and wait for the other.
    """
    ordered = sorted(folders, key=lambda item: str(item[1].absolute()))
    held: list[Lock] = []
    try:
        for label, folder in ordered:
            held.append(acquire(folder, label, wait, on_wait))
        yield held
    finally:
        for lock in reversed(held):
            lock.release()
