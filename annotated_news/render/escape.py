"""Make seed text literal in generated Markdown.

Seed text is text, never markup: every character that HTML, Markdown, a
Markdown extension (attribute lists, admonitions, snippets, emoji, marks,
math) or a template engine could read as syntax is written as a numeric
character reference. Browsers show the same characters; no parser sees
syntax.
"""

from __future__ import annotations

import re

# ASCII punctuation with a meaning somewhere in the Markdown stack; letters,
# digits, spaces, and , . ; ? stay as they are so the source stays readable.
SPECIAL = "&<>\"'`*_[](){}#+-!|~=^:$%@\\/"
TABLE = {ord(c): f"&#{ord(c)};" for c in SPECIAL}
# Control characters: Python-Markdown uses STX and ETX to mark its stash, so
# a raw one in seed text could forge a placeholder. A tab too: Python-Markdown
# expands tabs to spaces in the whole source (raw HTML included), and the
# article body must show the text verbatim (TEAM.md §1, presented.py).
TABLE.update(
    {c: f"&#{c};" for c in (*range(0x00, 0x0A), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)}
)


def _replacer(table: dict[int, str]) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of the table's characters, and each one's reference by text.

    `str.translate` with a table of multi-character results looks every
    character of the text up in the table (its fast path is for one-to-one
    tables only); a regular expression finds the few special ones in C and
    leaves the rest as it is: 3 to 4 times faster on article sentences, and
    escaping is most of the calls a page makes.
    """
    chars = "".join(chr(c) for c in sorted(table))
    return re.compile(f"[{re.escape(chars)}]"), {chr(c): v for c, v in table.items()}


_TEXT, _TEXT_REFS = _replacer(TABLE)
BIDI_RE = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""Bidi controls: an override or embedding left open runs on to the end of
its paragraph, past the field it was written in."""


def _text_ref(found: re.Match[str]) -> str:
    return _TEXT_REFS[found[0]]


def has_bidi_control(text: str) -> bool:
    """Whether text holds a bidi control character."""
    return BIDI_RE.search(text) is not None


def isolated(text: str) -> str:
    """`escape_text`, in a `<bdi>` when the text holds a bidi control.

    For a field followed by more in its line (a quote and its link): an
    unclosed right-to-left override in it reversed what came after.
    Text without a control is written as `escape_text` writes it.
    """
    escaped = escape_text(text)
    return f"<bdi>{escaped}</bdi>" if has_bidi_control(text) else escaped


def isolated_plain(text: str) -> str:
    """Plain text (a `<title>`) between FSI and PDI when it holds a bidi control."""
    return f"\u2068{text}\u2069" if has_bidi_control(text) else text


def escape_text(text: str) -> str:
    """Return text safe to place in Markdown or HTML element content.

    The same as `text.translate(TABLE)`, faster (tests/test_markup.py).
    """
    return _TEXT.sub(_text_ref, text)


# Inside a raw HTML tag only these matter: quotes and angle brackets for HTML,
# and the characters of Markdown inline rules that run before raw HTML is
# recognised (backslash escapes, code spans) or after a block ends (attr_list).
ATTR_TABLE = {ord(c): f"&#{ord(c)};" for c in "&<>\"'`\\{}"}
ATTR_TABLE.update({c: v for c, v in TABLE.items() if c < 0x20 or c == 0x7F})


_ATTR, _ATTR_REFS = _replacer(ATTR_TABLE)


def _attr_ref(found: re.Match[str]) -> str:
    return _ATTR_REFS[found[0]]


def escape_attr(text: str) -> str:
    """Return text safe inside a double-quoted HTML attribute value.

    The same as `text.translate(ATTR_TABLE)`, faster (tests/test_markup.py).
    """
    return _ATTR.sub(_attr_ref, text)
