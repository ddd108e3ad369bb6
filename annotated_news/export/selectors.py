"""W3C TextQuoteSelectors on an article's presented text, unambiguous on its page.

`exact` is the annotation's words as the page body presents them
(`presented.py`). `prefix` and `suffix` are the text right before and after
them, at least `AFFIX` characters each (where the text has them; as
Hypothesis does), then grown until:

1. the context reaches past every *reprinted* span that holds the
   annotation: its sentence, a quote, a note's text, the headline. The page
   shows those again outside its body (the summary lists quotes and
   sentences, a note box names its text, the header repeats the title, a
   derived title reuses the lead), so a context inside one of them could
   match there too; past its nearer end (to the first non-space character)
   it cannot;
2. `prefix + exact + suffix` occurs once in the presented text (growing
   both sides, up to `MAX_AFFIX` characters each).

Step 2 scans the text once or twice per step; an article gets a scanning
budget proportional to its length (at least `MIN_BUDGET` characters), so
that text built to repeat itself (thousands of identical quotes) stays
linear. Past the budget, or past `MAX_AFFIX`, a context keeps step 1 only
and may match more than once: the FragmentSelector still names its element.
The budget is counted in characters, so the output is the same on every
machine. Positions are code points; the strings are what a client compares.
"""

from __future__ import annotations

import bisect
import dataclasses as dc
from collections.abc import Iterator

from ..model import Span
from ..presented import Presented

AFFIX = 32
MAX_AFFIX = 1024
MIN_BUDGET = 50_000_000
BUDGET_PER_CHAR = 2_000


@dc.dataclass(slots=True)
class Reprints:
    """Presented spans the page shows again outside its body."""

    runs: list[list[Span]]
    """Lists of spans that do not overlap within a list, each sorted."""
    starts: list[list[int]] = dc.field(init=False)
    loose: list[Span] = dc.field(default_factory=list)
    """Spans that may overlap each other (a sidecar's notes): few."""

    def __post_init__(self) -> None:
        self.runs = [sorted(run) for run in self.runs]
        self.starts = [[s.start for s in run] for run in self.runs]

    def holding(self, lo: int, hi: int) -> Iterator[Span]:
        """The spans that contain `[lo, hi)`."""
        for run, starts in zip(self.runs, self.starts, strict=True):
            i = bisect.bisect_right(starts, lo) - 1
            if i >= 0 and hi <= run[i].end:
                yield run[i]
        yield from (s for s in self.loose if s.start <= lo and hi <= s.end)


def _cross(words: str, lo: int, hi: int, outer: Span) -> tuple[int, int]:
    """Widen a context `[lo, hi)` that lies inside `outer` to cross its nearer end.

    It crosses to the first non-space character beyond, by at most
    `MAX_AFFIX` characters; it stays as it is when there is nothing but
    space beyond either end, or both ends are further.
    """
    j = outer.end
    while j < len(words) and words[j].isspace() and j - hi <= MAX_AFFIX:
        j += 1
    i = outer.start - 1
    while i >= 0 and words[i].isspace() and lo - i <= MAX_AFFIX:
        i -= 1
    after = j + 1 - hi if j < len(words) and not words[j].isspace() else None
    before = lo - i if i >= 0 and not words[i].isspace() else None
    options = [(n, k) for k, n in enumerate((after, before)) if n is not None]
    options = [(n, k) for n, k in options if n <= MAX_AFFIX]
    if not options:
        return lo, hi
    _, side = min(options)
    return (lo, j + 1) if side == 0 else (i, hi)


@dc.dataclass(slots=True)
class Quoter:
    """Makes the TextQuoteSelectors of one article."""

    text: Presented
    reprints: Reprints
    budget: int = dc.field(init=False)

    def __post_init__(self) -> None:
        self.budget = max(MIN_BUDGET, BUDGET_PER_CHAR * len(self.text.text))

    def _unique(self, lo: int, hi: int) -> bool | None:
        """Whether `text[lo:hi]` occurs once; None when the budget is spent."""
        words = self.text.text
        if self.budget < 2 * len(words):
            return None
        context = words[lo:hi]
        first = words.find(context)
        self.budget -= first + len(context)
        if first != lo:
            return False
        self.budget -= len(words) - lo
        return words.find(context, lo + 1) < 0

    def selector(self, span: Span) -> dict[str, str]:
        """A TextQuoteSelector for the presented span of an article span."""
        at = self.text.span(span)
        words = self.text.text
        lo = max(0, at.start - AFFIX)
        hi = min(len(words), at.end + AFFIX)
        moved = True
        while moved:  # crossing one span may leave the context in a larger one
            moved = False
            for outer in list(self.reprints.holding(lo, hi)):
                wider = _cross(words, lo, hi, outer)
                moved = moved or wider != (lo, hi)
                lo, hi = wider
        step = AFFIX
        first_lo = min(lo, max(0, at.start - MAX_AFFIX))
        last_hi = max(hi, at.end + MAX_AFFIX)
        while (lo > first_lo or hi < min(len(words), last_hi)) and (
            self._unique(lo, hi) is False
        ):
            lo = max(first_lo, lo - step)
            hi = min(len(words), last_hi, hi + step)
            step *= 2
        return {
            "type": "TextQuoteSelector",
            "exact": words[at.start : at.end],
            "prefix": words[lo : at.start],
            "suffix": words[at.end : hi],
        }
