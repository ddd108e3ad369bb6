"""`annotations.jsonld` written from the articles' parts as they arrive.

The collection's head holds the total, known only after the last part, so
the parts go to a body file first (in the staging folder) and the collection
is then the head, the body and the end, copied into place. No part is held
after it is written: the parent of a build holds one part at a time, not
the whole collection (215 MB at 10,000 articles).

Each part's place in the finished file (first and end byte) is returned for
the render manifest: the next build reads an unchanged article's part back
from `docs/annotations.jsonld` instead of exporting it again.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .export.annotations import COLLECTION_END, SEPARATOR, Site, collection_head

Span = tuple[int, int, int]
"""A part's annotation count and its first and end byte in the file."""


class CollectionFile:
    """Streams the parts, in corpus order, into `annotations.jsonld`."""

    def __init__(self, folder: Path, name: str) -> None:
        self.path = folder / f".{name}.body"
        self.final = folder / f".{name}.whole"
        self._body: BinaryIO = self.path.open("wb")
        self._at = 0
        self._spans: list[Span] = []

    def add(self, count: int, text: bytes) -> None:
        """The next article's part: its count and its JSON lines."""
        if not count:
            self._spans.append((0, 0, 0))
            return
        if self._at:
            self._at += self._body.write(SEPARATOR.encode())
        start = self._at
        self._at += self._body.write(text)
        self._spans.append((count, start, self._at))

    def finish(self, site: Site) -> tuple[Path, list[Span]]:
        """Write the whole file; its path and each part's place in it."""
        self._body.close()
        total = sum(n for n, _, _ in self._spans)
        head = collection_head(total, site).encode()
        with self.final.open("wb") as out, self.path.open("rb") as body:
            out.write(head)
            shutil.copyfileobj(body, out, 1 << 20)
            out.write(COLLECTION_END.encode())
        self.path.unlink()
        skip = len(head)
        spans = [(n, a + skip, b + skip) if n else (0, 0, 0) for n, a, b in self._spans]
        return self.final, spans

    def close(self) -> None:
        """Drop the files (after a failure, or once moved into the tree)."""
        self._body.close()
        self.path.unlink(missing_ok=True)
        self.final.unlink(missing_ok=True)


def read_parts(path: Path, spans: list[Span]) -> Iterator[bytes]:
    """The parts at `spans` of an earlier `annotations.jsonld`, in order."""
    with path.open("rb") as file:
        for count, start, end in spans:
            if not count:
                yield b""
                continue
            file.seek(start)
            yield file.read(end - start)
