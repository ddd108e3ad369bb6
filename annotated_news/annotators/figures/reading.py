"""The reading of one number: what the rules have found around it so far.

Every rule (`rules.py`) looks at a `Reading` and either rules the number out
(an exclusion) or adds a part to it (an attacher): a unit, a range's high
end, a qualifier, a rate. Positions are offsets into the sentence's text.
"""

from __future__ import annotations

import dataclasses as dc
from typing import TYPE_CHECKING

from ...model import Figure, Span
from ..numbers import NumberAt
from .context import After
from .ranges import Range

if TYPE_CHECKING:
    from .scanner import Scanner


@dc.dataclass(slots=True)
class Reading:
    """A number being read as a figure, and what has been attached to it."""

    scanner: Scanner
    text: str
    """The sentence's text."""
    num: NumberAt
    negative: bool
    """A minus sign is glued before the digits ("-5")."""
    currency: tuple[str, int] | None
    """(ISO code, where it starts) of a currency written before the number."""
    left: int
    """Where the number starts, with its sign and currency."""
    end: int
    """Where the figure ends so far; where reading resumes if it is ruled out."""
    after: After | None = None
    value: float = 0.0
    unit: str = ""
    high: float | None = None
    ratio: bool = False
    """The value is a ratio or fraction of two numbers ("four in 10")."""
    range: Range | None = None
    qualifier: str | None = None
    start: int = 0
    """Where the figure starts: its qualifier, else `left`."""
    rate: str | None = None
    noun: tuple[str, int, int] | None = None
    """The counted noun after the number, once read (`counted_noun`)."""

    @property
    def number_end(self) -> int:
        """Where the number itself ends (the high end of a range included)."""
        if self.range is not None:
            return self.range.end
        assert self.after is not None
        return self.after.end

    def figure(self, base: int) -> Figure:
        """The figure read, with spans in article offsets (`base` + sentence offsets)."""
        return Figure(
            Span(base + self.start, base + self.end),
            _rounded(self.value),
            self.unit,
            self.qualifier,
            self.rate,
            Span(base + self.left, base + self.number_end),
            None if self.high is None else _rounded(self.high),
        )


def _rounded(value: float) -> float:
    """A scaled amount that is all but whole, made whole.

    "4.1bn" is 4,100,000,000, not the 4,099,999,999.9999995 that multiplying
    binary floats gives. Fractions ("1/3") are kept as read.
    """
    whole = round(value)
    if abs(value) >= 1 and abs(value - whole) <= 1e-9 * abs(value):
        return float(whole)
    return value
