"""W3C TextQuoteSelectors on an article's presented text, unambiguous on its page.

`exact` is the annotation's words as the page body presents them
(`presented.py`). `prefix` and `suffix` are the text right before and after
them, at least `AFFIX` characters each (where the text has them; as
Hypothesis does), then grown until:

1. `prefix + exact + suffix` occurs once in the presented text, and
2. it reaches past every *reprinted* span that holds the annotation: a
   sentence, a quote, a note's text, the headline. The page shows those
   again outside its body (the summary lists quotes and sentences, a note
   box names its text, the header repeats the title, a derived title
   reuses the lead), so a context inside one of them could match there
   too; past its nearer end (to the first non-space character) it cannot.

Positions are code points; the strings are what a client compares.
"""

from __future__ import annotations

from ..model import Span
from ..presented import Presented

AFFIX = 32


def _cross(words: str, lo: int, hi: int, outer: Span) -> tuple[int, int]:
    """Widen a context `[lo, hi)` that lies inside `outer` to cross its nearer end.

    It crosses to the first non-space character beyond; it stays as it is
    when there is nothing but space beyond either end.
    """
    if not (outer.start <= lo and hi <= outer.end):
        return lo, hi
    j = outer.end
    while j < len(words) and words[j].isspace():
        j += 1
    i = outer.start - 1
    while i >= 0 and words[i].isspace():
        i -= 1
    if j < len(words) and (i < 0 or j + 1 - hi <= lo - i):
        return lo, j + 1
    if i >= 0:
        return i, hi
    return lo, hi


def _unique(text: str, start: int, end: int) -> bool:
    context = text[start:end]
    return text.find(context) == start and text.find(context, start + 1) < 0


def text_quote(text: Presented, span: Span, reprinted: list[Span]) -> dict[str, str]:
    """A TextQuoteSelector for the presented span of an article span.

    Args:
        text: the article's presented text.
        span: the annotation, in article offsets.
        reprinted: presented spans the page shows again elsewhere, shortest
            first.
    """
    at = text.span(span)
    words = text.text
    lo = max(0, at.start - AFFIX)
    hi = min(len(words), at.end + AFFIX)
    for outer in reprinted:
        lo, hi = _cross(words, lo, hi, outer)
    step = AFFIX
    while not _unique(words, lo, hi) and (lo > 0 or hi < len(words)):
        lo, hi = max(0, lo - step), min(len(words), hi + step)
        step *= 2
    return {
        "type": "TextQuoteSelector",
        "exact": words[at.start : at.end],
        "prefix": words[lo : at.start],
        "suffix": words[at.end : hi],
    }
