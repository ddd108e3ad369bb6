"""What a rule may ask about the place it matched: anchor, tense, neighbours."""

from __future__ import annotations

import dataclasses as dc
import datetime as dt
import re

from ...model import Span
from .calendar import Tense
from .temporal import TemporalKind
from .tense import ClauseTenses

WORD_BEFORE_RE = re.compile(r"([\w'’.$#-]+)\W*$")
WORD_AFTER_RE = re.compile(r"\W*([\w'’-]+)")


@dc.dataclass(frozen=True, slots=True)
class Found:
    """What a rule resolved a match to (the tagger adds the span)."""

    kind: TemporalKind
    value: str
    modifier: str | None = None
    relative: bool = False


@dc.dataclass(slots=True)
class Reference:
    """The last calendar date of the text, for "the next day", "that year"."""

    day: dt.date
    grain: str
    """"D", "M" or "Y": how much of `day` the text gave."""


@dc.dataclass(slots=True)
class Context:
    """The surroundings of one match, handed to its rule."""

    text: str
    published: dt.date
    sentence: Span
    tenses: ClauseTenses
    start: int
    end: int
    reference: Reference | None

    def tense(self) -> Tense:
        """The tense of the clause the match is in."""
        return self.tenses.tense_at(self.start, self.end)

    def before(self, width: int = 40) -> str:
        """Up to `width` characters of the sentence before the match."""
        return self.text[max(self.sentence.start, self.start - width) : self.start]

    def after(self, width: int = 40) -> str:
        """Up to `width` characters of the sentence after the match."""
        return self.text[self.end : min(self.sentence.end, self.end + width)]

    def word_before(self) -> str:
        """The word before the match, lower-case ("" at the sentence start)."""
        m = WORD_BEFORE_RE.search(self.before(30))
        return m[1].lower() if m else ""

    def word_after(self) -> str:
        """The word after the match, as written ("" at the sentence end)."""
        m = WORD_AFTER_RE.match(self.after(30))
        return m[1] if m else ""

    def anchor(self) -> dt.date:
        """The day relative expressions of the narrative count from."""
        return self.reference.day if self.reference else self.published
