"""Split article text into blocks: headline, standfirst, subheadings, paragraphs.

Every non-empty line is a block: paragraphs are separated by blank lines or by
single newlines. A short line without closing punctuation is a heading-like
line: the headline when it is the first line, the standfirst when it follows
the headline, a subheading anywhere else; not a line that opens with a dash,
which signs what is above it.
"""

from __future__ import annotations

import re

from ..model import Block, BlockKind, Span

LINE_RE = re.compile(r"[^\n]+")
# Sentence-final punctuation, possibly followed by closing quotes or brackets.
CLOSED_RE = re.compile(r"[.!?:;…][\"'”’)\]]*$")
WORD_RE = re.compile(r"\S+")

MAX_HEADLINE_WORDS = 30
MAX_STANDFIRST_WORDS = 60
MAX_SUBHEADING_WORDS = 14


# A line that opens with a dash signs what is above it ("— Gavin Newsom
# (@CAgovernor) June 7, 2025", "— Jane Doe, NBC News"): never a heading.
SIGNATURE_RE = re.compile(r"[―—–]")


def _is_open(line: str, max_words: int) -> bool:
    """Return whether a line reads as a heading: short, no closing punctuation."""
    return (
        not CLOSED_RE.search(line)
        and not SIGNATURE_RE.match(line)
        and len(WORD_RE.findall(line)) <= max_words
        and any(c.isalpha() for c in line)
    )


def split_blocks(text: str, first_line: int, may_have_headline: bool) -> list[Block]:
    """Return the blocks of `text` with spans trimmed of surrounding whitespace.

    Args:
        text: the article text after the date header.
        first_line: seed line number of `text`'s first line.
        may_have_headline: whether the first line may be a headline (it is
            the rest of the date line).
    """
    blocks: list[Block] = []
    line, counted_to = first_line, 0
    text_end = len(text.rstrip())  # a line is the last when only space follows it
    for match in LINE_RE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        span = Span(match.start() + lead, match.start() + lead + len(stripped))
        line += text.count("\n", counted_to, match.start())  # incremental: O(n) total
        counted_to = match.start()
        is_last = match.end() >= text_end
        kind = BlockKind.PARAGRAPH
        if not blocks and may_have_headline and match.start() == 0 and not is_last:
            if _is_open(stripped, MAX_HEADLINE_WORDS):
                kind = BlockKind.HEADLINE
        elif (
            len(blocks) == 1
            and blocks[0].kind is BlockKind.HEADLINE
            and not is_last
            and _is_open(stripped, MAX_STANDFIRST_WORDS)
        ):
            kind = BlockKind.STANDFIRST
        elif blocks and not is_last and _is_open(stripped, MAX_SUBHEADING_WORDS):
            kind = BlockKind.SUBHEADING
        blocks.append(Block(kind, span, line))
    return blocks
