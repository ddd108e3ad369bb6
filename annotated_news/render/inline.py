"""The inline pieces of the listing pages, written by Python for the templates.

`templates/pages/_inline.md.j2` names these functions as its `a`, `a_list`,
`html_inline`, `inline`, `link`, `links` and `anchor`. They were Jinja macros
that wrote the same text; a listing page calls them for every link it
shows (41,000 calls for 2,000 articles), and a Jinja macro call costs
several times the few string operations it wraps (a new context and
argument handling per call). The output is the same character for character
(tests/test_golden.py, tests/test_inline_pieces.py).

Text goes through `escape_text` (the templates' `md` filter); links in raw
HTML are the URL MkDocs gives the page (`built_url`, the `url` filter).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .escape import escape_text
from .urls import built_url


def link(item: Any) -> str:
    """A Markdown link to `item.href` labelled `item.label`."""
    return f"[{escape_text(item.label)}]({item.href})"


def a(item: Any, here: str) -> str:
    """A raw HTML link from the page at `here` to `item.href`."""
    return f'<a href="{built_url(item.href, here)}">{escape_text(item.label)}</a>'


def _tag(piece: Any) -> str:
    return (
        f'<span class="an-tag an-tag--{piece.kind}">{escape_text(piece.label)}</span>'
    )


def inline(paragraph: Iterable[Any]) -> str:
    """Text, links (Markdown) and tags of a paragraph."""
    return "".join(
        escape_text(piece)
        if isinstance(piece, str)
        else link(piece)
        if hasattr(piece, "href")
        else _tag(piece)
        for piece in paragraph
    )


def html_inline(paragraph: Iterable[Any], here: str) -> str:
    """Text, links (raw HTML, from the page at `here`) and tags of a paragraph."""
    return "".join(
        escape_text(piece)
        if isinstance(piece, str)
        else a(piece, here)
        if hasattr(piece, "href")
        else _tag(piece)
        for piece in paragraph
    )


def links(items: Iterable[Any], sep: str = ", ") -> str:
    """Markdown links, `sep` between them."""
    return sep.join(link(item) for item in items)


def a_list(items: Iterable[Any], here: str, sep: str = ", ") -> str:
    """Raw HTML links from the page at `here`, `sep` between them."""
    return sep.join(a(item, here) for item in items)


def anchor(found: str | None) -> str:
    """An empty element holding an id, or nothing without one."""
    return f'<span id="{found}"></span>' if found else ""


TEMPLATE_GLOBALS = {
    "an_link": link,
    "an_a": a,
    "an_inline": inline,
    "an_html_inline": html_inline,
    "an_links": links,
    "an_a_list": a_list,
    "an_anchor": anchor,
}
"""The names `_inline.md.j2` gives these functions under."""
