"""MkDocs' scan for the anchors of a page's raw HTML, as regular expressions.

For `validation.anchors`, MkDocs 1.6 finds the ids a page has in raw HTML by
feeding the page's whole Markdown source through an HTML parser
(`_RawHTMLPreprocessor` in `mkdocs.structure.pages`), a second parse of
every tag after Python-Markdown's own: 2.3 of 14 CPU s of a serial build of
1,000 articles, whose pages are mostly raw HTML. The pages are written by
this project's templates: every attribute is `name="value"` with the value
escaped (`escape_attr`: no `"` or `>` inside), text is escaped (no `"` or
`<`), and there are no comments, scripts or styles. In that HTML an `id`
attribute (or `name` on `<a>`) is found by a regular expression, and
`tests/test_mkdocs_anchors.py` checks that it finds exactly what MkDocs'
parser finds on every page of the test site and on hostile text.

`install` swaps the scan in only on the MkDocs versions checked here and when
MkDocs' class is the one expected; otherwise MkDocs' own scan runs and
`install` says why (one log line from the hooks).
"""

from __future__ import annotations

import html
import re
from typing import Any

MKDOCS_VERSIONS = ("1.6.1",)
"""MkDocs versions whose `_RawHTMLPreprocessor` this was checked on."""
ID = re.compile(r'\sid="([^"]*)"')
A_NAME = re.compile(r'<a\s[^>]*?\sname="([^"]*)"')


def anchor_ids(source: str) -> set[str]:
    """The ids (and `<a name>`s) of the HTML in a page's Markdown source."""
    found = set(ID.findall(source))
    if "name=" in source:
        found.update(A_NAME.findall(source))
    if any("&" in f for f in found):
        found = {html.unescape(f) for f in found}
    return found


def _run(self: Any, lines: list[str]) -> list[str]:
    self.present_anchor_ids = anchor_ids("\n".join(lines))
    return lines


def install(version: str) -> str | None:
    """Use `anchor_ids` for MkDocs' raw HTML scan; the reason if not."""
    from mkdocs.structure import pages

    scan = getattr(pages, "_RawHTMLPreprocessor", None)
    if version not in MKDOCS_VERSIONS:
        return f"MkDocs {version} is not a version this was checked on"
    if scan is None or not callable(getattr(scan, "run", None)):
        return f"MkDocs {version} has no _RawHTMLPreprocessor.run"
    scan.run = _run
    return None
