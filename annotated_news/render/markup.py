"""Inline HTML for a block of text with its annotations nested inside.

Annotations may cross each other (a quote that runs over two sentences, a
sentence that starts inside a quote). `render_block` turns a set of marks
into valid nested HTML by splitting the inner one at the outer one's
boundaries; only the first part of a split mark carries its id. The text
between tags is escaped, never changed; the only addition is a space between
two sentences that the source glued together ("cautioned.Abigail"). What
follows a mark (`after`) must add no text: the block's text is the article's.
"""

from __future__ import annotations

import dataclasses as dc

from ..model import Span
from .escape import escape_attr, escape_text


@dc.dataclass(slots=True)
class Mark:
    """An element to wrap around a span of the text."""

    span: Span
    rank: int
    """Nesting order: lower ranks are outer (0 quote, 1 sentence, 2 others)."""
    tag: str
    attrs: tuple[tuple[str, str], ...]
    """Attributes of every part (class, data-*)."""
    first_attrs: tuple[tuple[str, str], ...] = ()
    """Attributes of the first part only (id, label)."""
    after: str = ""
    """Markup placed after the last part: a control without text (a quote's
    card link, a note's marker)."""

    def open(self, first: bool) -> str:
        """Return the opening tag of a part."""
        attrs = (*self.first_attrs, *self.attrs) if first else self.attrs
        rendered = "".join([f' {k}="{escape_attr(v)}"' for k, v in attrs])
        return f"<{self.tag}{rendered}>"

    def close(self) -> str:
        """Return the closing tag."""
        return f"</{self.tag}>"


def _inside(inner: Mark, outer: Mark) -> bool:
    """Whether `inner` must nest inside `outer` when both are open."""
    if inner.rank != outer.rank:
        return inner.rank > outer.rank
    return (inner.span.end, -inner.span.start) < (outer.span.end, -outer.span.start)


def render_block(
    text: str,
    block: Span,
    marks: list[Mark],
    sentence_starts: frozenset[int] = frozenset(),
    plain: bool = False,
) -> str:
    """Return the inline HTML of `text[block]` with `marks` nested in it.

    Marks are clipped to the block; a mark whose span starts before the block
    continues there without its id. `sentence_starts` are offsets where a
    sentence starts right after another without whitespace: a space is added.
    `plain` leaves out the controls that follow marks (for headings, whose
    text is their accessible name and must stay short).
    """
    by_start: dict[int, list[tuple[int, int, Mark, bool]]] = {}
    ends = set()
    low, high = block.start, block.end
    for mark in marks:
        span = mark.span
        start = span.start if span.start > low else low
        end = span.end if span.end < high else high
        if start < end or (start == end == span.start):
            if start in by_start:
                by_start[start].append((start, end, mark, span.start >= low))
            else:
                by_start[start] = [(start, end, mark, span.start >= low)]
            ends.add(end)
    glued = {p for p in sentence_starts if low < p < high}
    points = sorted({low, high, *by_start, *ends, *glued})
    out: list[str] = []
    stack: list[tuple[int, int, Mark]] = []  # (start, end, mark)
    pos = low
    for point in points:
        if point != pos:
            out.append(escape_text(text[pos:point]))
            pos = point
        # Close every mark that ends here, and reopen the ones above it.
        if point in ends:
            lowest = next((i for i, (_, e, _) in enumerate(stack) if e == point), None)
            if lowest is not None:
                above = stack[lowest:]
                for _, e, mark in reversed(above):
                    out.append(mark.close())
                    if e == point and e == mark.span.end and not plain:
                        out.append(mark.after)
                stack = stack[:lowest]
                for item in above:
                    if item[1] != point:
                        stack.append(item)
                        out.append(item[2].open(first=False))
        if point in glued and not text[point - 1].isspace():
            out.append(" ")
        # Open marks that start here, outer ones first.
        if point not in by_start:
            continue
        starting = by_start[point]
        if len(starting) > 1:
            starting.sort(key=lambda c: (c[2].rank, -c[1], c[2].tag))
        for start, end, mark, first in starting:
            cut = next(
                (i for i, (_, _, m) in enumerate(stack) if _inside(m, mark)), None
            )
            reopen = stack[cut:] if cut is not None else []
            for _, _, inner in reversed(reopen):
                out.append(inner.close())
            if cut is not None:
                stack = stack[:cut]
            stack.append((start, end, mark))
            out.append(mark.open(first))
            if start == end:  # an empty mark (anchor) closes at once
                stack.pop()
                out.append(mark.close() + ("" if plain else mark.after))
            for item in reopen:
                stack.append(item)
                out.append(item[2].open(first=False))
    out.append(escape_text(text[pos : block.end]))
    for _, _, mark in reversed(stack):
        out.append(mark.close())
    return "".join(out)
