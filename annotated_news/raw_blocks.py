"""Keep the pages' big raw HTML blocks away from Python-Markdown's HTML parser.

Python-Markdown finds the raw HTML of a page by running the whole source
through `html.parser` (its `HtmlBlockPreprocessor`): a third of a serial
`mkdocs build` of this site, whose pages are mostly raw HTML written by the
templates. The hooks take those blocks out before MkDocs converts the page
(`on_page_markdown`: each becomes a one-word paragraph, a placeholder) and put
them back into the converted HTML (`on_page_content`), where Python-Markdown
would have put them: the built page is byte for byte the same
(`tests/test_raw_blocks.py` builds the test site both ways). The Markdown
files in docs/ are not changed.

A block is taken out only when the result is sure to be the same. It is a
chunk of the source between blank lines that Python-Markdown would store
whole as one raw block, which is decided here without an HTML parser:

- it starts at the line's start with a block-level tag, and everything
  before it on the page is either such a block or text whose tags leave the
  HTML parser outside any raw block (no block-level start tag, comment,
  declaration or unfinished tag);
- every `<` in it starts a whole tag written the way the templates write
  them (`name="value"` attributes, no `<` in values), every `&` starts a
  whole character reference, and it has no tab, no line of spaces, no
  script or style;
- its tags close the first one exactly at its end (the stack of open tags
  kept the way Python-Markdown keeps it).

Python-Markdown then stores the block plus one line break and writes it in
place of its own placeholder paragraph (and strips the line break if the
block ends the page); the hooks do the same with theirs.
The ids of a block taken out are added to the page's anchors (MkDocs finds
them in the source it converts, which no longer has the block).
"""

from __future__ import annotations

import functools
import re
import secrets
from dataclasses import dataclass, field
from html.parser import HTMLParser

BLOCK_LEVEL = frozenset(
    "address article aside blockquote body canvas center colgroup dd details "
    "div dl dt fieldset figcaption figure footer form group h1 h2 h3 h4 h5 h6 "
    "header hgroup hr html iframe legend li main map math menu nav noscript "
    "object ol option output p pre progress script section style summary "
    "table tbody td textarea tfoot th thead tr ul video".split()
)
"""Python-Markdown 3's block-level elements (`markdown.util.BLOCK_LEVEL_ELEMENTS`)."""
RAW_TEXT = frozenset(
    HTMLParser.CDATA_CONTENT_ELEMENTS
    + getattr(HTMLParser, "RCDATA_CONTENT_ELEMENTS", ())  # newer Pythons
)
"""Elements whose content Python's HTML parser reads as text, not tags."""
EMPTY = frozenset({"hr"})
SWITCH = "ANNOTATED_NEWS_RAW_BLOCKS"
"""Set to "off", Python-Markdown reads every block itself (to compare)."""
TOKEN = "anraw" + secrets.token_hex(8)
"""The placeholders' prefix: one per process, unknown to the pages."""
"""Python-Markdown's HTML parser never waits for these to close."""

TAG = re.compile(
    r'<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"<]*")?)*)'
    r"\s*(/?)>"
)
"""A whole tag as the templates write it: group 1 '/' for an end tag, 2 the name,
4 '/' for a self-closing tag."""
REFERENCE = re.compile(r"&(?:[a-zA-Z][-.a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);")
SPACES_LINE = re.compile(r"\n[ ]*\n|\n[ ]+$")
BLANK_LINES = re.compile(r"(\n\n+)")
START = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)[ >]")


@dataclass
class Taken:
    """The blocks taken out of one page's Markdown, by placeholder."""

    token: str
    blocks: list[str] = field(default_factory=list)

    def placeholder(self, index: int) -> str:
        return f"{self.token}{index}x"


def _whole_block(chunk: str) -> bool:
    """Whether Python-Markdown stores `chunk` whole as one raw HTML block."""
    start = START.match(chunk)
    if start is None or start.group(1).lower() not in BLOCK_LEVEL - EMPTY:
        return False
    if "\t" in chunk or "\x02" in chunk or "\x03" in chunk or SPACES_LINE.search(chunk):
        return False
    tags = TAG.findall(chunk)
    if len(tags) != chunk.count("<") or not chunk.endswith(">"):
        return False
    if "&" in chunk and len(REFERENCE.findall(chunk)) != chunk.count("&"):
        return False
    stack: list[str] = []
    last = len(tags) - 1
    for i, (end, name, _attrs, closed) in enumerate(tags):
        tag = name.lower()
        if tag in RAW_TEXT:
            return False
        if not end:
            if not closed and tag not in EMPTY:
                stack.append(tag)
            continue
        if tag in stack:
            while stack.pop() != tag:
                pass
        if not stack:
            return i == last
    return False


def _neutral(chunk: str) -> bool:
    """Whether text leaves Python-Markdown's HTML parser outside raw HTML."""
    if "<" not in chunk:
        return True
    if "<!" in chunk or "<?" in chunk:
        return False
    for match in re.finditer(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)?", chunk):
        if match.group(2) is None:
            if match.group(1):
                return False  # "</" then no name: the parser's own handling
            continue  # "<" then no letter: text
        tag = TAG.match(chunk, match.start())
        if tag is None:
            return False
        if not tag.group(1) and tag.group(2).lower() in BLOCK_LEVEL:
            return False
    return True


def take_out(markdown: str) -> tuple[str, Taken | None]:
    """The page's Markdown with its sure raw blocks as placeholders."""
    if "```" in markdown or "~~~" in markdown:
        return markdown, None  # a fenced code block could hold any of it
    if TOKEN in markdown:
        return markdown, None
    taken = Taken(TOKEN)
    body = markdown.strip("\n")
    start = markdown.index(body) if body else 0
    # Chunks at even places, the blank lines between them at odd places.
    parts = BLANK_LINES.split(body)
    joined = False  # the chunk before was taken: one placeholder for both
    for i in range(0, len(parts), 2):
        chunk = parts[i]
        if _whole_block(chunk):
            if joined:  # Python-Markdown writes one line break between the two
                taken.blocks[-1] += "\n\n" + chunk
                parts[i - 1] = parts[i] = ""
            else:
                parts[i] = taken.placeholder(len(taken.blocks))
                taken.blocks.append(chunk)
            joined = True
        elif not _neutral(chunk):
            break
        else:
            joined = False
    if not taken.blocks:
        return markdown, None
    end = start + len(body)
    return markdown[:start] + "".join(parts) + markdown[end:], taken


@functools.cache
def _placeholders(token: str) -> re.Pattern[str]:
    return re.compile(f"<p>{token}([0-9]+)x</p>")


def put_back(html: str, taken: Taken) -> str:
    """The converted page with the blocks where Python-Markdown puts them."""
    pattern = _placeholders(taken.token)
    found = 0

    def block(match: re.Match[str]) -> str:
        nonlocal found
        found += 1
        return taken.blocks[int(match.group(1))] + "\n"

    restored = pattern.sub(block, html)
    if pattern.search(html, len(html) - len(taken.token) - 40) and html.endswith(
        "x</p>"
    ):
        restored = restored[:-1]  # Python-Markdown strips the page's last line break
    if found != len(taken.blocks):
        raise ValueError(
            f"{len(taken.blocks) - found} of {len(taken.blocks)} raw HTML "
            "blocks lost their place in the converted page"
        )
    return restored


def anchor_ids(taken: Taken) -> set[str]:
    """The ids (and `<a name>`s) of the blocks taken out, as MkDocs finds them."""
    from annotated_news.mkdocs_anchors import anchor_ids as found_in

    return found_in("\n".join(taken.blocks))
