"""Make seed text literal in generated Markdown.

Seed text is text, never markup: every character that HTML, Markdown, a
Markdown extension (attribute lists, admonitions, snippets, emoji, marks,
math) or a template engine could read as syntax is written as a numeric
character reference. Browsers show the same characters; no parser sees
syntax.
"""

from __future__ import annotations

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


def escape_text(text: str) -> str:
    """Return text safe to place in Markdown or HTML element content."""
    return text.translate(TABLE)


# Inside a raw HTML tag only these matter: quotes and angle brackets for HTML,
# and the characters of Markdown inline rules that run before raw HTML is
# recognised (backslash escapes, code spans) or after a block ends (attr_list).
ATTR_TABLE = {ord(c): f"&#{ord(c)};" for c in "&<>\"'`\\{}"}
ATTR_TABLE.update({c: v for c, v in TABLE.items() if c < 0x20 or c == 0x7F})


def escape_attr(text: str) -> str:
    """Return text safe inside a double-quoted HTML attribute value."""
    return text.translate(ATTR_TABLE)
