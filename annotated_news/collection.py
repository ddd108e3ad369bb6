"""`annotations.jsonld` written from the articles' parts as they arrive.

The collection's head holds the total, known only after the last part. The
parts go straight into the collection's file after a head made for a
guessed total (`CollectionFile(..., guess)`); at the end the head is written
again for the real total, in place when it has the same length (the same
number of digits), else the file is made again with the right head. No part
is held after it is written: the parent of a build holds one part at a
time, not the whole collection (115 MB at 5,000 articles).

Each part's place in the finished file (first and end byte) is returned for
the render manifest: the next build takes an unchanged article's part from
`docs/annotations.jsonld` instead of exporting it again (`add_old`). Parts
that lay one after the other there and still do are copied as one range by
the kernel (`os.copy_file_range`), not read into this process and written
back: after a one-seed edit, the file is a few ranges and a new part.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .export.annotations import COLLECTION_END, SEPARATOR, Site, collection_head

Span = tuple[int, int, int]
"""A part's annotation count and its first and end byte in the file."""

_SEP = SEPARATOR.encode()


class CollectionFile:
    """Streams the parts, in corpus order, into `annotations.jsonld`."""

    def __init__(
        self, folder: Path, name: str, site: Site | None = None, guess: int = 0
    ) -> None:
        """Open the file and write the head for `guess` annotations."""
        self.final = folder / f".{name}.whole"
        head = collection_head(guess, site or Site()).encode()
        self._skip = len(head)
        """Where the parts start: after the head written first."""
        self._out: BinaryIO = self.final.open("wb")
        self._out.write(head)
        self._at = 0
        """Bytes of parts and separators written (or copied) so far."""
        self._spans: list[Span] = []
        self._source: BinaryIO | None = None
        self._run: tuple[int, int] | None = None
        """Bytes of the source (first, end) still to be copied: the last
        parts taken from it, which end at `_at`."""

    def add(self, count: int, text: bytes) -> None:
        """The next article's part: its count and its JSON lines."""
        if not count:
            self._spans.append((0, 0, 0))
            return
        self._copy_run()
        if self._at:
            self._at += self._out.write(_SEP)
        start = self._at
        self._at += self._out.write(text)
        self._spans.append((count, start, self._at))

    def add_old(self, source: Path, span: Span) -> None:
        """The next part, as it is at `span` of the file at `source`.

        Every call names the same source file (the last collection).
        """
        count, first, end = span
        if not count:
            self._spans.append((0, 0, 0))
            return
        if self._source is None:
            self._source = source.open("rb")
        sep = len(_SEP) if self._at else 0
        if self._run is not None and self._run[1] + sep == first:
            # The separator before it is in the old file too: one range.
            self._run = (self._run[0], end)
            self._at += sep
        else:
            self._copy_run()
            if sep:
                self._at += self._out.write(_SEP)
            self._run = (first, end)
        start = self._at
        self._at += end - first
        self._spans.append((count, start, self._at))

    def _copy_run(self) -> None:
        """Copy the pending range of old bytes into place."""
        if self._run is None or self._source is None:
            return
        first, end = self._run
        self._run = None
        self._out.flush()
        _copy(self._source, self._out, first, end - first)

    def finish(self, site: Site) -> tuple[Path, list[Span]]:
        """Finish the file; its path and each part's place in it."""
        self._copy_run()
        if self._source is not None:
            self._source.close()
        self._out.write(COLLECTION_END.encode())
        self._out.flush()
        total = sum(n for n, _, _ in self._spans)
        head = collection_head(total, site).encode()
        if len(head) == self._skip:
            os.pwrite(self._out.fileno(), head, 0)
            self._out.close()
        else:  # another number of digits: make the file again after it
            self._out.close()
            body = self.final.with_name(self.final.name + ".body")
            self.final.replace(body)
            try:
                with body.open("rb") as old, self.final.open("wb") as out:
                    out.write(head)
                    out.flush()
                    size = os.fstat(old.fileno()).st_size
                    _copy(old, out, self._skip, size - self._skip)
            finally:
                body.unlink(missing_ok=True)
        skip = len(head)
        spans = [(n, a + skip, b + skip) if n else (0, 0, 0) for n, a, b in self._spans]
        return self.final, spans

    def close(self) -> None:
        """Drop the file (after a failure, or once moved into the tree)."""
        self._out.close()
        if self._source is not None:
            self._source.close()
        self.final.unlink(missing_ok=True)


def _copy(source: BinaryIO, out: BinaryIO, first: int, size: int) -> None:
    """Append `size` bytes of `source` from `first` to `out` (flushed).

    By the kernel where it can (`copy_file_range`), else read and written.
    """
    src, dst = source.fileno(), out.fileno()
    at = first
    left = size
    try:
        while left > 0:
            done = os.copy_file_range(src, dst, left, at)
            if done == 0:
                break
            at += done
            left -= done
    except OSError:  # not on this file system: read and write it here
        pass
    source.seek(at)
    while left > 0:
        chunk = source.read(min(left, 1 << 20))
        if not chunk:
            raise OSError(f"'{source.name}' ended before its part")
        out.write(chunk)
        left -= len(chunk)
    out.flush()
    out.seek(0, os.SEEK_END)


def read_parts(path: Path, spans: list[Span]) -> Iterator[bytes]:
    """The parts at `spans` of an earlier `annotations.jsonld`, in order."""
    with path.open("rb") as file:
        for count, start, end in spans:
            if not count:
                yield b""
                continue
            file.seek(start)
            yield file.read(end - start)
