"""The repeated rows of the listing pages, written by Python for the templates.

The templates lay out each page (`listing.md.j2`, `_sections.md.j2`,
`_table.md.j2`, `_drawing.md.j2`); the rows a section repeats for every
entry (a table's row, a listed figure, a quote, a timeline entry, a
drawing's mark) are these functions, which the templates call under the
names their macros had. A Jinja macro call costs several times the string
operations it wraps (a new context, argument binding, a loop object per
`for`), and a listing page makes hundreds of these rows. The output is the
same character for character as the macros' (tests/test_listing_rows.py
compares them with the macros' source; tests/test_golden.py).

Text goes through `escape_text` (the `md` filter), attributes through
`escape_attr` (`attr`), links in raw HTML through `built_url` (`url`);
numbers of a drawing as Jinja's `round(1)` filter wrote them.
"""

from __future__ import annotations

from collections.abc import Iterable

from .context import (
    FigureItem,
    LedgerWording,
    QuoteItem,
    TableRow,
    TableSection,
    TimelineEntry,
)
from .escape import escape_attr, escape_text, isolated
from .inline import a, a_list, anchor, html_inline
from .svg import Mark, Shape
from .urls import built_url


def notes(found: Iterable[str]) -> str:
    """Inline notes after a listed item (their text is markup already)."""
    return "".join(
        f'<br><span class="an-note an-note-inline"><strong>Note:</strong> {n}</span>'
        for n in found
    )


def figure_in_context(item: FigureItem) -> str:
    """A figure's words with the words around it, the figure in bold."""
    return (
        f'<span class="an-context">{escape_text(item.before)}'
        f"<strong>{escape_text(item.text)}</strong>{escape_text(item.after)}</span>"
    )


def quote(item: QuoteItem, here: str) -> str:
    """A quote, its link, the other articles it is in and its notes."""
    also = f" · also in {a_list(item.also, here)}" if item.also else ""
    return f"{isolated(item.text)} {a(item.link, here)}{also}{notes(item.notes)}"


def figure_row(item: FigureItem, here: str) -> str:
    """A figure of a figures section: its note as the link, its context."""
    return (
        f'<li><a href="{built_url(item.link.href, here)}">'
        f"{escape_text(item.note)}</a>: {figure_in_context(item)}"
        f"{notes(item.notes)}</li>"
    )


def wording_row(wording: LedgerWording, here: str) -> str:
    """One article's wording of a figure of the ledger, and how it differs."""
    figure = wording.figure
    tags = "".join(
        f' <span class="an-tag">{escape_text(d)}</span>' for d in wording.differs
    )
    return f"<li>{a(figure.link, here)}: {figure_in_context(figure)}{tags}</li>"


def timeline_entry(entry: TimelineEntry, here: str) -> str:
    """A timeline entry: an article's publication, or a sentence it dates."""
    outlet = escape_text(entry.outlet) if entry.outlet else ""
    if entry.publication:
        who = f"<strong>{outlet}</strong> published" if outlet else "Published"
        return f"<li>{who} {a(entry.link, here)}</li>"
    # The source on a line of its own, small: the whole title and the
    # sentence are both links, and side by side they read as one.
    source = f"<strong>{outlet}</strong>, " if outlet else ""
    when = f"{escape_text(entry.when)}: " if entry.when else ""
    return (
        f'<li><span class="an-entry__source">{source}{a(entry.article, here)}'
        f"</span> {when}"
        f'<a href="{built_url(entry.link.href, here)}">'
        f"{escape_text(entry.sentence)}</a></li>"
    )


def table_row(table: TableSection, row: TableRow, here: str) -> str:
    """A row of `_table.md.j2`'s table, its cells labelled by their headers."""
    scroll = table.layout == "scroll"
    headers, align = table.headers, table.align
    cells = ['<tr role="row">\n']
    for n, cell in enumerate(row.cells):
        role = "rowheader" if scroll and n == 0 else "cell"
        number = ' class="an-num"' if align[n] == "---:" else ""
        first = anchor(row.anchor) if n == 0 else ""
        cells.append(
            f'<td role="{role}" data-label="{escape_attr(headers[n])}"{number}>'
            f"{first}{html_inline(cell, here)}</td>\n"
        )
    cells.append("</tr>")
    return "".join(cells)


def shape(found: Shape) -> str:
    """A drawing's shape: a dot, a square or a bar."""
    c = f"an-c{found.series}{' an-hollow' if found.hollow else ''}"
    if found.kind == "dot":
        return (
            f'<circle class="{c}" cx="{round(found.x, 1)}" '
            f'cy="{round(found.y, 1)}" r="5"/>'
        )
    if found.kind == "square":
        return (
            f'<rect class="{c}" x="{round(found.x - 5, 1)}" '
            f'y="{round(found.y - 5, 1)}" width="10" height="10"/>'
        )
    return (
        f'<rect class="{c} an-bar" x="{round(found.x, 1)}" y="{round(found.y, 1)}" '
        f'width="{round(found.w, 1)}" height="{round(found.h, 1)}" rx="2"/>'
    )


def mark(found: Mark) -> str:
    """A drawing's mark: a link holding its shapes and a box for the pointer."""
    data = "".join(f' data-{k}="{escape_attr(v)}"' for k, v in found.data.items())
    x, y, w, h = found.box
    return (
        f'<a href="{escape_attr(found.href)}" aria-label="{escape_attr(found.name)}"'
        f"{data}><title>{escape_text(found.name)}</title>"
        f'<rect class="an-hit" x="{round(x, 1)}" y="{round(y, 1)}" '
        f'width="{round(w, 1)}" height="{round(h, 1)}" rx="3"/>'
        f"{''.join(shape(s) for s in found.shapes)}</a>"
    )


TEMPLATE_GLOBALS = {
    "an_notes": notes,
    "an_figure_in_context": figure_in_context,
    "an_quote": quote,
    "an_figure_row": figure_row,
    "an_wording_row": wording_row,
    "an_timeline_entry": timeline_entry,
    "an_table_row": table_row,
    "an_shape": shape,
    "an_mark": mark,
}
"""The names the templates give these functions under."""
