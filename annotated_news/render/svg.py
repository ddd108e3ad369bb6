"""Drawings made at build time: inline SVG, no script, no external service.

- Every text is escaped with `escape_text` (numeric character references are
  valid XML) and every attribute with `escape_attr`.
- Every link is a fragment of the same page (`#t-2025-05-21`): MkDocs neither
  checks nor rewrites links inside raw HTML, and a fragment is right under
  any URL scheme. The page lists each target as Markdown, so the drawing
  never holds the only way to an entry.
- Each drawing has a `<title>` and a `<desc>` and is labelled by them; each
  mark is a focusable link with an accessible name.
- Colours come from the theme's CSS variables (light and dark palettes) and
  a colour-blind-safe palette for articles; shapes, not colour alone, tell
  exact dates from approximate ones.

A drawing keeps its size and scrolls sideways when wider than the page.
The markup is one line, so that Markdown keeps it as one raw HTML block.
"""

from __future__ import annotations

import dataclasses as dc

from .escape import escape_attr, escape_text

PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#999933",
    "#882255",
)
STYLE = (
    ".an-drawing{overflow-x:auto}"
    ".an-svg{color:var(--md-default-fg-color);max-width:none}"
    ".an-svg text{fill:currentColor;font-size:11px;font-family:inherit}"
    ".an-svg .an-axis,.an-svg .an-edge{stroke:var(--md-default-fg-color--lighter);"
    "stroke-width:1;fill:none}"
    ".an-svg .an-hit{fill:transparent;stroke:none}"
    ".an-svg a:hover .an-hit,.an-svg a:focus .an-hit{fill:var(--md-accent-fg-color--transparent);"
    "stroke:var(--md-accent-fg-color);stroke-width:2}"
    ".an-svg .an-bar{fill:var(--md-primary-fg-color)}"
    ".an-svg .an-node{fill:var(--md-default-bg-color);"
    "stroke:var(--md-default-fg-color--light)}"
    + "".join(f".an-svg .an-c{i}{{fill:{c};stroke:{c}}}" for i, c in enumerate(PALETTE))
    + ".an-svg .an-open{fill:var(--md-default-bg-color);stroke-width:2}"
)
MAX_DOTS = 6


@dc.dataclass(frozen=True, slots=True)
class Dot:
    """One article's events in a column of the timeline drawing."""

    series: int
    """Index of the article in the legend (its colour)."""
    exact: bool
    """Filled when the date is a day; hollow when approximate, month or year."""
    publication: bool = False
    """A square: the article was published that day."""


@dc.dataclass(frozen=True, slots=True)
class Column:
    """A date (or a period) of the timeline drawing."""

    label: str
    """Short label under the axis ("21 May", "mid-May", "2022")."""
    year: str
    """Shown under the label when it changes from the column before."""
    href: str
    """Fragment of the entry on the page: "#t-2025-05-21"."""
    name: str
    """Accessible name: "21 May 2025: 2 events in 2 articles"."""
    dots: list[Dot] = dc.field(default_factory=list)
    count: int = 0
    """For a bar chart of periods: the number of events."""


def _frame(kind: str, width: int, height: int, title: str, desc: str, body: str) -> str:
    ident = f"an-{kind}"
    return (
        f'<div class="an-drawing" data-pagefind-ignore="all">'
        f'<svg class="an-svg" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="{ident}-title {ident}-desc">'
        f'<title id="{ident}-title">{escape_text(title)}</title>'
        f'<desc id="{ident}-desc">{escape_text(desc)}</desc>'
        f"<style>{STYLE}</style>{body}</svg></div>"
    )


def _link(href: str, name: str, inner: str) -> str:
    return (
        f'<a href="{escape_attr(href)}" aria-label="{escape_attr(name)}">'
        f"<title>{escape_text(name)}</title>{inner}</a>"
    )


def timeline_svg(
    columns: list[Column], title: str, desc: str, legend: list[str] | None = None
) -> str:
    """A timeline: one column per date, a mark per article, or a bar per period.

    Columns are evenly spaced in date order (an ordinal axis): days that
    bunch together stay readable next to years far apart. With `legend`
    (article names, by series), columns show dots; without, bars of `count`.
    """
    legend = legend or []
    tallest = max((min(len(c.dots), MAX_DOTS + 1) for c in columns), default=1)
    step, left, top = 60, 12, 14
    axis = top + (16 * tallest + 12 if legend else 100)
    width = left * 2 + step * max(len(columns), 1)
    if legend:  # room for the legend's longest line
        width = max(width, left * 2 + 7 * max(60, *(len(n) + 4 for n in legend)))
    height = axis + 40 + 16 * len(legend) + (16 if legend else 0)
    most = max((c.count for c in columns), default=0) or 1
    out = [
        f'<line class="an-axis" x1="{left}" y1="{axis}" x2="{width - left}" '
        f'y2="{axis}"/>'
    ]
    last_year = ""
    for n, column in enumerate(columns):
        x = left + step * n + step // 2
        inner = [
            f'<rect class="an-hit" x="{x - step // 2 + 2}" y="{top - 10}" '
            f'width="{step - 4}" height="{axis - top + 36}" rx="4"/>'
        ]
        # Text stays outside the link (which its aria-label names): text inside
        # a link must be part of its name (axe: label-content-name-mismatch).
        labels: list[str] = []
        if legend:
            for k, dot in enumerate(column.dots[:MAX_DOTS]):
                inner.append(_dot(x, axis - 12 - 16 * k, dot))
            if len(column.dots) > MAX_DOTS:
                y = axis - 12 - 16 * MAX_DOTS
                labels.append(
                    f'<text x="{x}" y="{y + 4}" text-anchor="middle">'
                    f"+{len(column.dots) - MAX_DOTS}</text>"
                )
        else:
            h = max(2, round((axis - top - 4) * column.count / most))
            inner.append(
                f'<rect class="an-bar" x="{x - 12}" y="{axis - h}" '
                f'width="24" height="{h}"/>'
            )
            labels.append(
                f'<text x="{x}" y="{axis - h - 4}" text-anchor="middle">'
                f"{column.count}</text>"
            )
        inner.append(
            f'<line class="an-axis" x1="{x}" y1="{axis}" x2="{x}" y2="{axis + 4}"/>'
        )
        labels.append(
            f'<text x="{x}" y="{axis + 16}" text-anchor="middle">'
            f"{escape_text(column.label)}</text>"
        )
        if column.year != last_year and column.year != column.label:
            labels.append(
                f'<text x="{x}" y="{axis + 30}" text-anchor="middle" '
                f'font-weight="bold">{escape_text(column.year)}</text>'
            )
        last_year = column.year
        out.append(_link(column.href, column.name, "".join(inner)))
        out.append('<g pointer-events="none">' + "".join(labels) + "</g>")
    y = axis + 52
    for k, name in enumerate(legend):
        out.append(
            f'<circle class="an-c{k % len(PALETTE)}" cx="{left + 6}" '
            f'cy="{y + 16 * k - 4}" r="5"/>'
            f'<text x="{left + 18}" y="{y + 16 * k}">{escape_text(name)}</text>'
        )
    if legend:
        y += 16 * len(legend)
        out.append(
            f'<text x="{left}" y="{y}">● a day · ○ a month, a year or a part of one '
            "· ■ published that day</text>"
        )
    return _frame("timeline", width, height, title, desc, "".join(out))


def _dot(x: int, y: int, dot: Dot) -> str:
    colour = f"an-c{dot.series % len(PALETTE)}"
    if dot.publication:
        return (
            f'<rect class="{colour}" x="{x - 5}" y="{y - 5}" width="10" height="10"/>'
        )
    if dot.exact:
        return f'<circle class="{colour}" cx="{x}" cy="{y}" r="5"/>'
    return f'<circle class="{colour} an-open" cx="{x}" cy="{y}" r="5"/>'


@dc.dataclass(frozen=True, slots=True)
class Node:
    """An article or a name in the drawing of shared names."""

    label: str
    href: str
    name: str
    """Accessible name of its link."""


def shared_names_svg(
    articles: list[Node],
    names: list[Node],
    edges: list[tuple[int, int]],
    title: str,
    desc: str,
) -> str:
    """Articles on the left, the names they share on the right, joined by lines.

    `edges` are (article index, name index) pairs: the article names the name.
    """
    row, left, right_x, label_w = 22, 8, 470, 250
    rows = max(len(articles), len(names), 1)
    height = 16 + row * rows
    width = right_x + 12 + label_w
    left_x = left + label_w

    def y_of(i: int, count: int) -> int:
        # Centre the shorter column against the longer one.
        return 16 + row * i + (row * (rows - count)) // 2

    out = []
    for i, j in edges:
        out.append(
            f'<line class="an-edge" x1="{left_x}" y1="{y_of(i, len(articles))}" '
            f'x2="{right_x}" y2="{y_of(j, len(names))}"/>'
        )
    for i, node in enumerate(articles):
        y = y_of(i, len(articles))
        inner = (
            f'<rect class="an-hit" x="{left}" y="{y - row // 2}" width="{label_w + 6}"'
            f' height="{row}" rx="3"/>'
            f'<circle class="an-c{i % len(PALETTE)}" cx="{left_x}" cy="{y}" r="5"/>'
            f'<text x="{left_x - 10}" y="{y + 4}" text-anchor="end">'
            f"{escape_text(_shorten(node.label))}</text>"
        )
        out.append(_link(node.href, node.name, inner))
    for j, node in enumerate(names):
        y = y_of(j, len(names))
        inner = (
            f'<rect class="an-hit" x="{right_x - 6}" y="{y - row // 2}" '
            f'width="{label_w + 12}" height="{row}" rx="3"/>'
            f'<circle class="an-node" cx="{right_x}" cy="{y}" r="4"/>'
            f'<text x="{right_x + 10}" y="{y + 4}">'
            f"{escape_text(_shorten(node.label))}</text>"
        )
        out.append(_link(node.href, node.name, inner))
    return _frame("shared", width, height, title, desc, "".join(out))


def _shorten(text: str, limit: int = 38) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
