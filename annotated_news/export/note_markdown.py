"""A note's body for `annotations.jsonld`: Markdown any renderer shows as the page does.

A note is read with markdown-it-py, HTML off (`parse/notes.py`): raw HTML
shows as written, entities are characters. A consumer's CommonMark renderer
usually allows raw HTML, so the note as written would make elements there
(`<img src=x onerror=…>`). The export writes the note again from its tokens:
its text escaped (`&`, `<`, `>` as entities, which every Markdown renderer
decodes and none reads as syntax; the inline syntax characters with a
backslash, as CommonMark and Python-Markdown both allow), its emphasis, code
and links as Markdown. Rendered, it makes only paragraphs, `em`, `strong`,
`code`, `a` and `br`, around the same words as the page.
"""

from __future__ import annotations

import re

from markdown_it.token import Token

from ..parse.notes import inline_tokens

# Inside a line: entities for what HTML reads, backslashes for inline syntax.
INLINE = {
    ord("<"): "&lt;",
    ord(">"): "&gt;",
    ord("~"): "&#126;",  # GFM strikethrough
    **{ord(c): "\\" + c for c in "\\`*_[]"},
}
# An ampersand only where it would start an entity ("AT&T" stays readable).
ENTITY_RE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Where a line starts, also what opens a block (heading, list, quote, rule,
# setext underline, table): only paragraphs may come out.
LINE_START_RE = re.compile(r"^(?:[#+\-=|:]|\d{1,9}[.)])")
# A link destination: backslash escapes work there in CommonMark.
DESTINATION = {ord(c): "\\" + c for c in "\\()<>"}


def _text(content: str, line_start: bool) -> str:
    out = ENTITY_RE.sub("&amp;", content).translate(INLINE)
    if line_start:
        start = LINE_START_RE.match(out)
        if start:
            cut = start.end() - 1  # escape the structural character itself
            out = out[:cut] + "\\" + out[cut:]
    return out


def _code(content: str) -> str:
    """A code span that holds `content` exactly (CommonMark's rules)."""
    runs = {len(r) for r in re.findall(r"`+", content)}
    fence = "`" * next(n for n in range(1, len(runs) + 2) if n not in runs)
    pad = content.startswith("`") or content.endswith("`")
    pad |= content.startswith(" ") and content.endswith(" ") and content.strip() != ""
    return f"{fence} {content} {fence}" if pad else f"{fence}{content}{fence}"


def _paragraph(tokens: list[Token]) -> str:
    out: list[str] = []
    hrefs: list[str] = []
    line_start = True
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "text":
            text = _text(token.content, line_start)
            following = tokens[index + 1].type if index + 1 < len(tokens) else ""
            if text.endswith("!") and following == "link_open":
                text = text[:-1] + "\\!"  # "![" would be an image
            out.append(text)
        elif kind in ("softbreak", "hardbreak"):
            out.append("\n" if kind == "softbreak" else "\\\n")
            line_start = True
            continue
        elif kind == "code_inline":
            out.append(_code(token.content))
        elif kind in ("em_open", "em_close", "strong_open", "strong_close"):
            # The delimiter as written ("*" or "_"): it matched there, and the
            # escapes keep its neighbours' kind (punctuation stays punctuation).
            out.append(token.markup)
        elif kind == "link_open":
            hrefs.append(str(token.attrs.get("href", "")))
            out.append("[")
        elif kind == "link_close":
            href = ENTITY_RE.sub(r"\\&", hrefs.pop().translate(DESTINATION))
            out.append(f"]({href})")
        if out and out[-1]:
            line_start = False
    return "".join(out)


def note_markdown(body: str) -> str:
    """The note `body` as Markdown that shows its words, never raw HTML."""
    return "\n\n".join(_paragraph(tokens) for tokens in inline_tokens(body))
