"""Check the links MkDocs does not see: those written as raw HTML.

MkDocs checks a Markdown link (its target page exists, and with
`validation.anchors` its anchor is on that page); a link written as raw
HTML (`<a href="../x/#q-1">`, cheaper for Python-Markdown to convert) it
passes through unread. The hooks call `check_page` on each page's converted
HTML: a link that is no file of the site is a warning (`--strict` fails
the build), and its anchor joins the page's `links_to_anchors`, which
MkDocs' own anchor check reads after every page is converted. So every
relative link of a page is checked, whichever way it was written.
"""

from __future__ import annotations

import html
import logging
import posixpath
import re
from typing import Any

log = logging.getLogger("mkdocs.hooks.annotated_news")

HREF = re.compile(r'\shref="([^"]*)"')
"""Every link target of a page's HTML (raw HTML and converted Markdown)."""
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")

_by_url: list[tuple[Any, dict[str, Any]]] = []
"""The last build's `Files` object and its map of built URL -> `File`.

The object itself is kept, not its `id()`: one process builds many times
(`mkdocs serve`, the tests), and a freed `Files` object's id is soon given
to the next build's, which would then be checked against the old URLs."""


def files_by_url(files: Any) -> dict[str, Any]:
    """Map each file's built URL ("articles/x/", "./", "assets/a.css") to it."""
    if _by_url and _by_url[0][0] is files:
        return _by_url[0][1]
    found = {f.url: f for f in files}
    _by_url[:] = [(files, found)]
    return found


def target_url(page_url: str, path: str) -> str:
    """The site URL a relative `path` on the page at `page_url` points to."""
    base = page_url if page_url.endswith("/") else posixpath.dirname(page_url) + "/"
    joined = posixpath.normpath(posixpath.join(base, path))
    if joined == ".":
        return "./"
    return joined + "/" if path.endswith("/") else joined


def check_page(content: str, page: Any, files: Any) -> None:
    """Warn about raw links to no file; record their anchors for MkDocs' check."""
    anchors = page.links_to_anchors
    by_url = files_by_url(files)
    here = page.file.url
    resolved: dict[str, Any] = {}
    for href in set(HREF.findall(content)):
        link = html.unescape(href) if "&" in href else href
        if SCHEME.match(link) or link.startswith(("/", "?")):
            continue  # another site, or absolute (MkDocs warns of those in Markdown)
        path, _, anchor = link.partition("#")
        if not path:
            target = page.file
        else:
            if path not in resolved:
                resolved[path] = by_url.get(target_url(here, path))
            target = resolved[path]
            if target is None:
                log.warning(
                    "Doc file '%s' contains a link '%s' (raw HTML), but no file "
                    "of the site has that URL.",
                    page.file.src_uri,
                    link,
                )
                continue
        if anchor and anchors is not None and target.is_documentation_page():
            anchors.setdefault(target, {}).setdefault(anchor, link)
