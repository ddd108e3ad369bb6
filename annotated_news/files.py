"""Read an input file only when it is a regular file of bounded size.

Seeds and sidecars are user files in a folder anyone may put things in: a
named pipe, a device or a socket there must be refused without being opened
for reading (reading a FIFO waits forever, `/dev/zero` never ends), and a
huge file must be refused before it is read whole.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import SeedError

FILE_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _kind(mode: int) -> str:
    return next((name for test, name in FILE_KINDS if test(mode)), "not a file")


def _size(n: int) -> str:
    return f"{n:,} bytes"


def _limit(n: int) -> str:
    return f"{n:,} bytes ({n / 1024 / 1024:g} MiB)"


def read_regular(path: Path, limit: int, what: str = "file") -> bytes:
    """Read a regular file of at most `limit` bytes (a symlink to one is fine).

    Anything else (a FIFO, a device, a socket, a folder; a symlink to one) is
    refused from its `stat`, without opening it for reading: reading a FIFO
    waits forever and a device may never end. A file over the limit is
    refused before it is read.

    Raises:
        SeedError: naming the path, line 1 and the cause.
    """
    try:
        info = path.stat()
    except OSError as err:
        raise SeedError(
            path,
            1,
            f"cannot read the {what}: {err.strerror}",
            "check that it exists and is readable",
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise SeedError(
            path,
            1,
            f"the {what} is {_kind(info.st_mode)}, not a regular file",
            f"a {what} must be a plain text file",
        )
    if info.st_size > limit:
        raise SeedError(
            path,
            1,
            f"the {what} is {_size(info.st_size)}, over the limit of {_limit(limit)}",
            "split it or shorten it",
        )
    try:
        # O_NONBLOCK: should the path become a FIFO after the stat, opening it
        # returns at once instead of waiting for a writer.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError as err:
        raise SeedError(
            path,
            1,
            f"cannot read the {what}: {err.strerror}",
            "check that it exists and is readable",
        ) from None
    with os.fdopen(fd, "rb") as file:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise SeedError(
                path, 1, f"the {what} changed while it was read", "build again"
            )
        # Asking for the size it has (not the limit) spares allocating a
        # buffer of the limit for every file; one that grew is read on.
        data = file.read(min(opened.st_size, limit) + 1)
        if len(data) > opened.st_size:
            data += file.read(limit + 1 - len(data))
    if len(data) > limit:
        raise SeedError(
            path,
            1,
            f"the {what} is over the limit of {_limit(limit)}",
            "split it or shorten it",
        )
    return data
