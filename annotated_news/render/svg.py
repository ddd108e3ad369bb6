"""Drawings made at build time: laid out here, written by a Jinja template.

This module says where every mark, line and label goes, as typed contexts in
SVG user units; `templates/pages/_drawing.md.j2` writes them as inline SVG
(no script, no external service). Any drawing (the timeline's, stories'
citation graph) is a `Drawing` of `Panel`s made with these helpers.

- Each drawing is laid out twice, for a phone (`PHONE_WIDTH`) and for a
  wider column (`WIDE_WIDTH`); CSS shows the one that fits. A panel is never
  drawn wider than its width, nor narrower than `MIN_SCALE` of it (it then
  scrolls inside its box), so its labels (`LABEL_PX`) stay at least 11 px
  as rendered.
- Every mark is a link (to a fragment of the same page, which lists its
  target in words) with an accessible name and a tooltip; text outside
  links is not read twice (`aria-hidden`).
- Colours come from the theme (CSS classes, light and dark palettes) and a
  colour-blind-safe palette for series; shapes, not colour alone, carry
  meaning, and the legend is HTML text under the drawing.
- Text is escaped by the template (`md` filter: numeric character references
  are valid XML).
"""

from __future__ import annotations

import dataclasses as dc
from collections.abc import Sequence

PHONE_WIDTH = 340
"""A 390 px phone's content column is 358 px wide."""
WIDE_WIDTH = 680
"""Material's content column from 45em up is about 690 px or wider."""
MIN_SCALE = 0.92
LABEL_PX = 12
"""Label size in user units: 12 x MIN_SCALE >= 11 px as rendered."""
CHAR_PX = 6.6
"""About the width of a character of a 12 px label (for packing labels)."""
SERIES = 8
"""Colours of the palette (`.an-c0` to `.an-c7` in pages.css)."""


@dc.dataclass(frozen=True, slots=True)
class Shape:
    """A mark's shape: a dot, a square or a bar, in one series' colour."""

    kind: str
    """"dot", "square" or "bar"."""
    x: float
    """Centre (dot, square) or left edge (bar)."""
    y: float
    """Centre (dot, square) or top edge (bar)."""
    w: float = 0
    h: float = 0
    series: int = 0
    hollow: bool = False
    """An approximate date: outlined, not filled."""


@dc.dataclass(frozen=True, slots=True)
class Mark:
    """A link holding shapes: what a reader points at, taps or tabs to."""

    href: str
    name: str
    """Accessible name and tooltip: "21 May 2025: 1 event (The Independent)"."""
    shapes: list[Shape]
    box: tuple[float, float, float, float]
    """The area that takes the pointer: x, y, width, height."""
    data: dict[str, str] = dc.field(default_factory=dict)
    """`data-*` attributes (a timeline mark's dates, its axis)."""


@dc.dataclass(frozen=True, slots=True)
class Text:
    """A label."""

    x: float
    y: float
    text: str
    anchor: str = "middle"
    strong: bool = False


@dc.dataclass(frozen=True, slots=True)
class Line:
    """An axis, a tick, a connector."""

    x1: float
    y1: float
    x2: float
    y2: float
    kind: str = "axis"
    """"axis", "tick", "zoom" or "edge" (a CSS class `an-<kind>`)."""


@dc.dataclass(frozen=True, slots=True)
class Band:
    """A shaded rectangle (the part of an axis shown in detail below)."""

    x: float
    y: float
    w: float
    h: float


@dc.dataclass(frozen=True, slots=True)
class Panel:
    """The drawing at one width."""

    fit: str
    """"phone" or "wide": which screens show it (pages.css)."""
    width: int
    height: int
    bands: list[Band] = dc.field(default_factory=list)
    lines: list[Line] = dc.field(default_factory=list)
    marks: list[Mark] = dc.field(default_factory=list)
    texts: list[Text] = dc.field(default_factory=list)

    @property
    def min_width(self) -> int:
        """Narrower than this the panel scrolls, so labels stay >= 11 px."""
        return int(self.width * MIN_SCALE)


@dc.dataclass(frozen=True, slots=True)
class LegendItem:
    """A line of the legend: a swatch (series colour or shape) and its words."""

    label: str
    series: int | None = None
    """A colour of the palette, or None for a shape key."""
    shape: str = "dot"
    """"dot", "square", "bar", "hollow"."""


@dc.dataclass(frozen=True, slots=True)
class Drawing:
    """A drawing: its panels, what it shows in words, its legend."""

    ident: str
    """Unique on the page: ids of its title and description."""
    title: str
    desc: str
    panels: list[Panel]
    legend: list[LegendItem] = dc.field(default_factory=list)


def text_width(text: str) -> float:
    """About how wide a label is drawn."""
    return len(text) * CHAR_PX


def pack(
    labels: Sequence[tuple[float, str]], rows: int, left: float, right: float
) -> list[tuple[int, float, str]]:
    """Place centred labels on up to `rows` rows without overlap.

    In the order given (the first are kept first), each (x, text) goes on the
    first row where it clears every label already there by a gap, kept
    inside [left, right]; a label that fits on no row is left out (its mark
    still names it). Returns (row, x, text), left to right.
    """
    taken: list[list[tuple[float, float]]] = [[] for _ in range(rows)]
    out = []
    for x, text in labels:
        half = text_width(text) / 2
        x = min(max(x, left + half), right - half)
        for row in range(rows):
            if all(x + half + 6 <= a or x - half - 6 >= b for a, b in taken[row]):
                taken[row].append((x - half, x + half))
                out.append((row, x, text))
                break
    return sorted(out, key=lambda r: (r[1], r[0]))
