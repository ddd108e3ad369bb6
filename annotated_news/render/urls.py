"""Links in raw HTML: the URL MkDocs gives the linked page (the `url` filter)."""

from __future__ import annotations

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
    target = posixpath.normpath(posixpath.join(posixpath.dirname(from_page), path))
    return escape_attr(page_url(target, from_page) + mark + anchor)
