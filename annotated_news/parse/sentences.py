"""Split blocks into sentences with sentencex, plus one repair for inline lists.

sentencex (Wikimedia's rule-based segmenter, compiled) keeps abbreviations
such as "U.S.", "D.C." and "No. 1" together, splits sentences glued without a
space ("cautioned.Abigail") and is lossless: its pieces concatenate to the
input, so offsets are cumulative lengths. It does not know numbered lists
written on one line ("1. The first item 2. The second item"), which
`_repair_list_items` handles, nor that a clock time goes on after "a.m."
("9 a.m. ET", "10 a.m. Wednesday"), which `_repair_clock_times` handles, nor
that "May." is no abbreviation ("in late May. Stephen Miller said"), which
`_repair_may_stops` handles.
"""

from __future__ import annotations

import re

import sentencex

from ..annotators.vocabulary.months import CAPITALISED_DAY_NAMES
from ..annotators.vocabulary.time_zones import TIME_ZONES
from ..model import Block, BlockKind, Sentence, Span

MAX_WINDOW = 10_000
"""Characters sentencex segments at once. Its time grows with the square of a
paragraph's quotation marks (a 200 KB paragraph of short quotes took 20 s);
a longer paragraph is cut at whitespace into windows, each a sentence
boundary. No sentence of a news article is that long."""
# "9 a.m." or "5 p.m." ending a piece, and what continues a clock time after
# it: a zone, a weekday or a month ("9 a.m. ET", "10 a.m. Wednesday"), which
# sentencex takes for a new sentence.
CLOCK_END_RE = re.compile(r"\b[ap]\.m\.[ \t]*$")
CLOCK_END_CHARS = 16
"""How far before a cut "a.m." is looked for (it and a few spaces)."""
CLOCK_GOES_ON_RE = re.compile(
    r"(?:{})\b".format(
        "|".join(sorted(TIME_ZONES | CAPITALISED_DAY_NAMES, key=len, reverse=True))
    )
)
# "May" ending a sentence before a capitalised word that is no common
# sentence opener ("in late May. Stephen Miller told …", "Theresa May. Labour
# MPs …"): sentencex reads it as the abbreviation of a month, as it reads
# "Dec." before a name, and joins the two sentences. "May" is the month's
# whole name, never an abbreviation, so its full stop ends a sentence.
MAY_STOP_RE = re.compile(r"\bMay\.[ \t]+(?=[\"'“‘(]?[A-Z])")
# A list marker: "1.", "a.", "⁃9." standing alone as a word.
MARKER_RE = re.compile(r"(?:(?<=\s)|^)[⁃•-]?(\d{1,2}|[a-z])\.(?=\s|$)")


def _marker_rank(token: str) -> int:
    return int(token) if token.isdigit() else ord(token) - ord("a") + 1


def _repair_list_items(text: str, cuts: list[int]) -> list[int]:
    """Move sentence cuts so that each item of an inline list is one sentence.

    Applies only when `text` starts with a list marker and the markers that
    follow continue its sequence (1, 2, 3 or a, b, c).
    """
    first = MARKER_RE.match(text)
    if not first:
        return cuts
    markers = [first.start()]
    expected = _marker_rank(first.group(1)) + 1
    for match in MARKER_RE.finditer(text, first.end()):
        if _marker_rank(match.group(1)) == expected:
            markers.append(match.start())
            expected += 1
    if len(markers) < 2:
        return cuts
    return sorted(set(markers[1:]) | {len(text)})


def _repair_clock_times(text: str, cuts: list[int]) -> list[int]:
    """Drop the cuts after "a.m."/"p.m." that a zone, weekday or month follows."""
    return [
        cut
        for cut in cuts
        if not (
            CLOCK_GOES_ON_RE.match(text, cut)
            # Only the few characters before the cut: a search from the
            # paragraph's start made splitting quadratic in its length.
            and CLOCK_END_RE.search(text, max(0, cut - CLOCK_END_CHARS), cut)
        )
    ]


def _repair_may_stops(text: str, cuts: list[int]) -> list[int]:
    """Add a cut after each full stop of "May" that a capitalised word follows."""
    if "May." not in text:
        return cuts
    extra = {match.end() for match in MAY_STOP_RE.finditer(text)}
    return sorted(set(cuts) | extra) if extra else cuts


def _windows(text: str) -> list[tuple[int, int]]:
    """`text` in pieces of at most MAX_WINDOW characters, cut at whitespace."""
    windows, start = [], 0
    while len(text) - start > MAX_WINDOW:
        end = start + MAX_WINDOW
        space = max(text.rfind(" ", start + 1, end), text.rfind("\n", start + 1, end))
        end = space + 1 if space > start else end
        windows.append((start, end))
        start = end
    windows.append((start, len(text)))
    return windows


# A space other than the ASCII one right before a full stop ("E\u00a0.F"):
# sentencex slices its bytes in the middle of it and panics.
WIDE_SPACE_BEFORE_STOP_RE = re.compile(r"[^\S \t\n\r\f\v](?=\.)")


def _pieces(window: str) -> list[str]:
    """The sentences sentencex finds in a window, its text never lost.

    sentencex 0.x panics on a capital, a no-break or thin space and a full
    stop ("E\u00a0.F": it cuts a byte string inside the space). Such a space
    is read as a plain one (the same length in characters, so the offsets
    hold); any other panic leaves the window one sentence rather than
    stopping the build.
    """
    plain = WIDE_SPACE_BEFORE_STOP_RE.sub(" ", window)
    try:
        lengths = [len(piece) for piece in sentencex.segment("en", plain)]
    except BaseException as error:  # pyo3's PanicException is no Exception
        if type(error).__name__ != "PanicException":
            raise
        return [window]
    pieces, pos = [], 0
    for length in lengths:
        pieces.append(window[pos : pos + length])
        pos += length
    return pieces


def _cuts(text: str) -> list[int]:
    """Where sentencex ends each sentence of a paragraph (offsets after each)."""
    cuts = []
    for start, end in _windows(text):
        pos = start
        for piece in _pieces(text[start:end]):
            pos += len(piece)
            cuts.append(pos)
    return cuts


def split_sentences(text: str, blocks: list[Block]) -> list[Sentence]:
    """Return the sentences of every block, trimmed of surrounding whitespace."""
    sentences: list[Sentence] = []
    for index, block in enumerate(blocks):
        start = block.span.start
        if block.kind is not BlockKind.PARAGRAPH:
            sentences.append(Sentence(block.span, index))
            continue
        piece_text = text[start : block.span.end]
        cuts = _cuts(piece_text)
        cuts = _repair_list_items(piece_text, cuts)
        cuts = _repair_clock_times(piece_text, cuts)
        cuts = _repair_may_stops(piece_text, cuts)
        prev = 0
        for cut in cuts:
            chunk = piece_text[prev:cut]
            lead = len(chunk) - len(chunk.lstrip())
            body = chunk.strip()
            if body:
                s = start + prev + lead
                sentences.append(Sentence(Span(s, s + len(body)), index))
            prev = cut
    return sentences


def segment(text: str) -> list[str]:
    """Split a plain string into sentences (for benchmarks and tests)."""
    block = Block(BlockKind.PARAGRAPH, Span(0, len(text)), 1)
    return [text[s.span.start : s.span.end] for s in split_sentences(text, [block])]
