"""A note's Markdown in annotations.jsonld renders as the page's note does.

The page reads a note with markdown-it-py, HTML off (parse/notes.py); a
consumer renders the exported Markdown with its own CommonMark renderer,
raw HTML on. Both must make the same elements around the same words.
"""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from annotated_news.export.note_markdown import note_markdown
from annotated_news.parse.notes import parser

from .escaping import parse_fragment

BODIES = [
    "Note <img src=x onerror=alert(1)> &lt;img src=x onerror=alert(2)&gt; "
    "AT&T &amp; M&S [a link](https://example.com/?a=1&b=2&amp;c=3#x)",
    "# head\n\n- item\n\n1. one\n2) two\n\n> quote\n\n---\n\n===\n\n+ plus",
    "a  \n# not a heading  \n- not a list  \n: x\n|a|b|  \n|-|-|",
    "*em* **strong** _u_ __uu__ ***both*** a*b*c snake_case_word",
    "**a*b*c** *a**b**c* *&lt;*x _&amp;_ *~*",
    "`code <b>` `` a`b `` ` `` ` `x` y ``` ```` ` ",
    "wow![x](https://a.b/(c)) [t](/articles/x/#q-1) <https://a.b/c?d=<e>>",
    "&copy; &#169; &amp;copy; \\* \\_ \\\\ ~~strike~~ ~x~ \\",
    "[foo]: /bar\n\n[x]\n\n<!-- c --> <?php ?> <![CDATA[x]]> <div>",
    "    indented\n\tindented tab\n```\nfence\n```\n~~~",
    "***\n\n* * *\n\n<script>alert(3)</script>",
    "a <https://example.com/a_b*c*> [*em* `c`](#q-1)",
    "x\\\ny  \n  z\n[a\\]b](https://e.com/\\(x)",
]
CONSUMERS = {
    "commonmark": MarkdownIt("commonmark", {"html": True}),
    "gfm-like": MarkdownIt("gfm-like", {"html": True}).disable("linkify"),
}


def shown(html: str) -> tuple[list[tuple[str, list[tuple[str, str | None]]]], str]:
    """Elements (br as the same tag either way) and text, spaces folded."""
    tags, text = parse_fragment(html)
    return tags, re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("consumer", sorted(CONSUMERS))
@pytest.mark.parametrize("body", BODIES)
def test_a_consumer_shows_the_note_as_the_page_does(body: str, consumer: str) -> None:
    exported = note_markdown(body)
    assert shown(CONSUMERS[consumer].render(exported)) == shown(parser().render(body))


def test_markup_never_reaches_the_export_raw() -> None:
    exported = note_markdown(BODIES[0])
    assert "<img" not in exported and "&lt;img" in exported
    assert "AT&T" in exported  # an ampersand that starts no entity stays readable
