"""The presented text of an article page, and where article offsets land in it.

An article page shows its words in one container (`.an-body`, TEAM.md §1)
whose DOM text is exactly the *presented text*: the article's blocks in
order, joined by one newline, each block verbatim, plus one space where the
page separates two sentences the seed glued together ("cautioned.Abigail").
The exports compute their W3C selectors on this text, so that a client
reading the published page finds every annotation; the page is tested to
produce it. This module depends only on the model: render and export both
use it.
"""

from __future__ import annotations

import bisect
import dataclasses as dc
import re

from .model import Article, Span

GLUED_RE = re.compile(r"[a-z]{2}[.!?][A-Z]")
SEPARATOR = "\n"
"""What the page puts between two blocks."""


def glued_starts(article: Article) -> frozenset[int]:
    """Offsets where the page adds a space between two glued sentences.

    Only a scraping artefact qualifies: a word of lower-case letters, its
    full stop, then a capital with no space ("cautioned.Abigail"). Text like
    "thatU.S." or '."I' is left exactly as written.
    """
    text = article.text
    out = set()
    for prev, cur in zip(article.sentences, article.sentences[1:], strict=False):
        p = cur.span.start
        if (
            prev.block == cur.block
            and prev.span.end == p
            and p >= 3
            and GLUED_RE.match(text, p - 3)
        ):
            out.add(p)
    return frozenset(out)


@dc.dataclass(frozen=True, slots=True)
class Presented:
    """An article's presented text with the map from article offsets.

    A glued sentence start `p` gets its space before it: a span starting at
    `p` starts after the space, a span ending at `p` ends before it. Offsets
    between blocks (the seed's blank lines) map to the next block's start
    when they start a span and to the previous block's end when they end one.
    """

    text: str
    starts: tuple[int, ...]
    """Article offset where each block starts."""
    ends: tuple[int, ...]
    """Article offset where each block ends."""
    bases: tuple[int, ...]
    """Presented offset where each block starts."""
    glued: tuple[int, ...]
    """Sorted article offsets where a space is added before the character."""

    def _at(self, offset: int, *, starting: bool) -> int:
        k = bisect.bisect_right(self.starts, offset) - 1
        if k < 0:
            return self.bases[0] if self.bases else 0
        if offset > self.ends[k]:  # between blocks, or after the last
            if starting:
                return self.bases[k + 1] if k + 1 < len(self.bases) else len(self.text)
            offset = self.ends[k]
        before = bisect.bisect_left(self.glued, self.starts[k])
        upto = (bisect.bisect_right if starting else bisect.bisect_left)(
            self.glued, offset
        )
        return self.bases[k] + offset - self.starts[k] + upto - before

    def start(self, offset: int) -> int:
        """Where a span that starts at article `offset` starts when presented."""
        return self._at(offset, starting=True)

    def end(self, offset: int) -> int:
        """Where a span that ends at article `offset` ends when presented."""
        return self._at(offset, starting=False)

    def span(self, span: Span) -> Span:
        """The presented span of an article span."""
        start = self.start(span.start)
        return Span(start, max(start, self.end(span.end)))

    def slice(self, span: Span) -> str:
        """The presented words of an article span."""
        at = self.span(span)
        return self.text[at.start : at.end]


def presented(article: Article) -> Presented:
    """Return the presented text of an article page body and its offset map."""
    text = article.text
    glued = sorted(glued_starts(article))
    pieces: list[str] = []
    bases: list[int] = []
    at, g = 0, 0
    for i, block in enumerate(article.blocks):
        if i:
            pieces.append(SEPARATOR)
            at += len(SEPARATOR)
        bases.append(at)
        pos = block.span.start
        while g < len(glued) and glued[g] < block.span.end:
            if glued[g] > pos:  # glued starts lie strictly inside a block
                pieces.extend((text[pos : glued[g]], " "))
                at += glued[g] - pos + 1
                pos = glued[g]
            g += 1
        pieces.append(text[pos : block.span.end])
        at += block.span.end - pos
    return Presented(
        text="".join(pieces),
        starts=tuple(b.span.start for b in article.blocks),
        ends=tuple(b.span.end for b in article.blocks),
        bases=tuple(bases),
        glued=tuple(glued),
    )
