"""Pages written in a small part of Markdown, converted without Python-Markdown.

Once the hooks have taken out a page's raw HTML blocks (`raw_blocks.py`),
what MkDocs still converts is mostly a few headings with an id, one-line
paragraphs of text and placeholders, and links to other pages: Python-Markdown
still runs every block, inline, tree and post processor over it (30% of a
serial `mkdocs build` of this site, its inline patterns alone 18%).

`parse` reads a page's Markdown when every block of it is one of:

- a paragraph of text: no character that any of Python-Markdown's inline
  patterns or block processors react to (`TEXT`: no backslash, backtick, `*`,
  `_`, `[`, `]`, `!`, `<`, `>`, `{`, `}`, `|`, `~`, `#`, control character
  or trailing space; `&` only as a whole character reference, which
  Python-Markdown passes through as written), and no line that could open a
  list, heading, rule or quote; links `[text](url)` to a plain URL may sit
  in it;
- a heading `## text { #id ... }` of that text and links, whose attribute list
  gives it its id (attributes read by `attr_list`'s own code);
- a rule `---`.

Anything else (a page holding raw HTML, a table, a list, emphasis, a
heading without an id, a `data-toc-label`) returns None, and the page goes
through Python-Markdown as before. `render` writes what Python-Markdown would
(headings with `toc`'s permalink, attributes in its order and escaping,
blocks joined by line breaks), gives each link to MkDocs' own
`_RelativePathTreeprocessor.path_to_url` in the order MkDocs would (the URL
rewriting, the link validation and its warnings, the links to anchors are
MkDocs' own), and makes the table of contents, title and anchors the way
`toc`, `_ExtractTitleTreeprocessor` and `_ExtractAnchorsTreeprocessor` do.

`reason` says why a Markdown object is not the one this was checked against
(another Python-Markdown version, another processor or extension, other
`toc` options); the pages then all go through Python-Markdown. The built
site is the same byte for byte (`tests/test_mkdocs_plain.py`);
`ANNOTATED_NEWS_PLAIN_PAGES=off` sends every page through Python-Markdown.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

SWITCH = "ANNOTATED_NEWS_PLAIN_PAGES"
MARKDOWN_VERSIONS = ("3.11.3",)
"""Python-Markdown versions whose output `render` was checked against."""
PROCESSORS = {
    "preprocessors": frozenset({"normalize_whitespace", "html_block"}),
    "blockprocessors": frozenset(
        "empty indent code hashheader setextheader hr olist ulist quote "
        "reference paragraph table".split()
    ),
    "inlinePatterns": frozenset(
        "backtick escape reference link image_link image_reference "
        "short_reference short_image_ref autolink automail linebreak html "
        "entity em_strong".split()
    ),
    "treeprocessors": frozenset({"inline", "prettify", "unescape", "attr_list", "toc"}),
    "postprocessors": frozenset({"raw_html", "amp_substitute"}),
}
"""What a Markdown object of `attr_list`, `tables` and `toc` holds (MkDocs'
per-page processors aside)."""
OWN_PROCESSORS = frozenset(
    {"mkdocs_raw_html", "mkdocs_extract_anchors", "relpath", "mkdocs_extract_title"}
)
"""MkDocs' per-page processors (`Page.render`), which `render` stands in for."""
OPTIONAL = frozenset({"fenced_code_block"})
"""Processors that may be there: `fenced_code`'s (MkDocs adds it) reacts
only to lines of backticks or tildes, which `TEXT` leaves out."""
TOC = {
    "marker": "[TOC]",
    "base_level": 0,
    "use_anchors": False,
    "use_permalinks": True,
    "permalink_class": "headerlink",
    "permalink_title": "Permanent link",
    "permalink_leading": False,
    "toc_top": 1,
    "toc_bottom": 6,
}
"""The `toc` options `render` writes headings for (`permalink: true`)."""

_ENTITY = r"&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z0-9]+);"
"""Python-Markdown's `ENTITY_RE`: a reference it stores and writes back as is."""
TEXT = re.compile(r"(?:[^\\`*_\[\]!<>&{}|~#\x00-\x1f\x7f]|" + _ENTITY + r")+")
"""Text no inline pattern changes (Python-Markdown writes it as it is)."""
LINK = re.compile(r"\[(" + TEXT.pattern + r")\]\(([-A-Za-z0-9._/#]+)\)")
"""A link `[text](url)` whose URL Python-Markdown takes as written."""
INLINE = re.compile(r"(?:" + TEXT.pattern + r"|" + LINK.pattern + r")+")
LINE_START = re.compile(r"[ \-+=>#]|[0-9]+\.")
"""A paragraph line starting so could be a list, heading, rule, quote or code."""
HEADING = re.compile(r"(#{1,6})([^\n]*)")
RULE = "---"
TAGS = re.compile(r"<[^>]*>")


@dataclass
class Heading:
    level: int
    text: str
    attributes: list[tuple[str, str]]
    """Sorted by name, as Python-Markdown writes them."""
    id: str


Block = str | Heading
"""A paragraph's text, `RULE`, or a heading."""


def _paragraph(block: str) -> bool:
    if block != block.strip():
        return False
    for line in block.split("\n"):
        if not line or line[-1] == " " or LINE_START.match(line):
            return False
        if INLINE.fullmatch(line) is None:
            return False
    return True


def _heading(block: str, attr_list: Any) -> Heading | None:
    from xml.etree.ElementTree import Element

    found = HEADING.fullmatch(block)
    if found is None or block.count("{") != 1 or block.count("}") != 1:
        return None
    text = found.group(2).strip()
    attrs = attr_list.HEADER_RE.search(text)
    if attrs is None or text.endswith("#"):
        return None
    text = text[: attrs.start()].rstrip("#").rstrip()
    if not text or INLINE.fullmatch(text) is None or text[-1] == " ":
        return None
    level = len(found.group(1))
    element = Element(f"h{level}")
    if attr_list.assign_attrs(element, attrs.group(1), strict=True):
        return None
    items = sorted(element.items())
    for name, value in items:
        if value is None or name == value or any(c in value for c in '&<>"'):
            return None
    ident = element.get("id")
    if not ident or "data-toc-label" in element.attrib:
        return None
    return Heading(level, text, items, ident)


def parse(markdown: str, md: Any) -> list[Block] | None:
    """The page's blocks, if all are in the part read here (else None).

    `md` is a Markdown object `reason` accepted (its `attr_list`).
    """
    if "\t" in markdown or "\r" in markdown or "\x02" in markdown:
        return None
    if "\x03" in markdown:
        return None
    source = re.sub(r"(?<=\n) +\n", "\n", markdown + "\n\n")
    attr_list = md.treeprocessors["attr_list"]
    blocks: list[Block] = []
    for chunk in source.split("\n\n"):
        block = chunk.lstrip("\n")
        if not block:
            continue
        if block == RULE:
            blocks.append(RULE)
        elif block[0] == "#":
            heading = _heading(block, attr_list)
            if heading is None:
                return None
            blocks.append(heading)
        elif _paragraph(block):
            blocks.append(block)
        else:
            return None
    return blocks or None


@dataclass
class Rendered:
    """What MkDocs' `Page.render` gives a page."""

    html: str
    toc: list[dict[str, Any]]
    """`toc`'s tokens, nested."""
    title: str | None
    anchors: set[str]


def _inline(text: str, url: Callable[[str], str]) -> tuple[str, str]:
    """The text's HTML with the links' URLs as written, and as `url` makes them."""
    if "[" not in text:
        return text, text
    written, final, at = [], [], 0
    for link in LINK.finditer(text):
        before = text[at : link.start()]
        label, href = link.group(1), link.group(2)
        written.append(f'{before}<a href="{href}">{label}</a>')
        final.append(f'{before}<a href="{_attribute(url(href))}">{label}</a>')
        at = link.end()
    return "".join(written) + text[at:], "".join(final) + text[at:]


_AMP = re.compile(r"&(?!(?:\#[0-9]+|\#x[0-9a-f]+|[0-9a-z]+);)", re.I)


def _attribute(value: str) -> str:
    """An attribute's value escaped as Python-Markdown's serializer does."""
    if "&" in value:
        value = _AMP.sub("&amp;", value)
    return value.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _plain(html: str) -> str:
    return " ".join(TAGS.sub("", html).split())


def render(blocks: list[Block], url: Callable[[str], str]) -> Rendered:
    """The page's HTML, table of contents, title and anchors.

    `url` is MkDocs' `path_to_url` for the page: it is called for every link,
    the headings' permalinks included, in the order of the page.
    """
    from markdown.extensions.toc import nest_toc_tokens

    out: list[str] = []
    tokens: list[dict[str, Any]] = []
    anchors: set[str] = set()
    title = None
    for n, block in enumerate(blocks):
        if isinstance(block, Heading):
            written, html = _inline(block.text, url)
            ident = block.id
            attributes = "".join(f' {k}="{v}"' for k, v in block.attributes)
            link = _attribute(url("#" + ident))
            out.append(
                f"<h{block.level}{attributes}>{html}"
                f'<a class="headerlink" href="{link}" title="Permanent link">'
                f"&para;</a></h{block.level}>"
            )
            name = _plain(written)
            tokens.append(
                {
                    "level": block.level,
                    "id": ident,
                    "name": name,
                    "html": written,
                    "data-toc-label": "",
                }
            )
            anchors.add(ident)
            if n == 0 and block.level == 1:
                title = name
        elif block == RULE:
            out.append("<hr />")
        else:
            out.append(f"<p>{_inline(block, url)[1]}</p>")
    return Rendered("\n".join(out), nest_toc_tokens(tokens), title, anchors)


def reason(md: Any) -> str | None:
    """Why pages converted by `md` cannot be read here (None: they can)."""
    import markdown

    if os.environ.get(SWITCH) == "off":
        return f"{SWITCH}=off"
    version = getattr(markdown, "__version__", "?")
    if version not in MARKDOWN_VERSIONS:
        return f"Python-Markdown {version} is not a version this was checked on"
    for registry, expected in PROCESSORS.items():
        owner = md.parser if registry == "blockprocessors" else md
        found = {item.name for item in getattr(owner, registry)._priority}
        other = sorted((found - OWN_PROCESSORS - OPTIONAL) ^ expected)
        if other:
            return f"its {registry} differ from those checked: {', '.join(other)}"
    toc = md.treeprocessors["toc"]
    for option, value in TOC.items():
        if getattr(toc, option, None) != value:
            return f"toc's {option} is {getattr(toc, option, None)!r}"
    if md.output_format != "xhtml":
        return f"the output format is {md.output_format}"
    return None
