"""Links in raw HTML: the URL MkDocs gives the linked page (the `url` filter)."""

from __future__ import annotations

import functools
import posixpath

from ..indexes.places import page_url
from .escape import escape_attr


def built_url(href: str, from_page: str) -> str:
    """A Markdown link target on a page, as the built page's URL (raw HTML).

    MkDocs rewrites and checks links only in Markdown; raw HTML is cheaper
    for it to convert (no inline pass, no link rewriting), so a link there
    is written as the URL MkDocs gives the page (`page_url`). `href` is
    relative to the source `from_page` ("../people/x.md#e-y", "#f-z").
    """
    path, mark, anchor = href.partition("#")
    if not path:
        return escape_attr(href)
    if not path.endswith(".md") or "://" in path:
        raise ValueError(f"{from_page}: not a link to a page of the site: {href!r}")
    return escape_attr(_page_url(path, from_page) + mark + anchor)


@functools.lru_cache(maxsize=1 << 16)
def _page_url(path: str, from_page: str) -> str:
    """The URL of a page of the site linked from `from_page`, without anchor.

    Worked out once: a page links many anchors of one page (a listing links
    every article it lists, most more than once).
    """
    target = posixpath.normpath(posixpath.join(posixpath.dirname(from_page), path))
    return page_url(target, from_page)
