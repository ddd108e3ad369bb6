"""What the date tagger finds: every temporal expression, not only site dates.

The tagger recognises durations ("three years"), recurrences ("daily"),
times and vague references ("now", "recently") because telling them apart
is what keeps them from being read as dates, and because the benchmark scores
all of them. The site shows only calendar dates: `Temporal.date_mention`
turns the ones that have a calendar value into the public `DateMention`.

Values are ISO 8601 strings, extended the TIDES way for what ISO lacks,
since that is the one published vocabulary for these expressions:

| kind | value |
|---|---|
| DATE | `2025-05-30`, `2025-05`, `2025`, `2025-W22` (ISO week), `2025-W22-WE` (weekend), `1989-Q3`, `2012-SU` (season), `199` (1990s), `19` (20th century), `PRESENT_REF`, `PAST_REF`, `FUTURE_REF` |
| TIME | `2025-05-30T14:00`, `2025-05-30TAF` (part of day), `T14:00` (no day given) |
| DURATION | `P3Y`, `P2W`, `PT4H`, `PXM` (some months) |
| SET | the period of the recurrence (`P1D` daily) or its calendar pattern (`XXXX-WXX-4`, each Thursday) |

Parts of a period are a modifier, not a value: "mid-May" is `2025-05` with
`mid`, "the first half of 2024" is `2024` with `first half`, as the site shows
them. Quarters and seasons have values of their own (`2019-Q3`), and the site
shows them as their year with the part as modifier. The evaluation maps
modifiers to TimeML's conventions.
"""

from __future__ import annotations

import dataclasses as dc
import re
from enum import StrEnum

from ...model import DateMention, Precision, Span

CALENDAR_RE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
WEEK_RE = re.compile(r"(\d{4}-W\d\d)(-WE)?")
PART_OF_YEAR_RE = re.compile(r"(\d{4})-(Q[1-4]|SP|SU|FA|WI)")
PARTS_OF_YEAR = {
    "Q1": "first quarter",
    "Q2": "second quarter",
    "Q3": "third quarter",
    "Q4": "fourth quarter",
    "SP": "spring",
    "SU": "summer",
    "FA": "fall",
    "WI": "winter",
}


class TemporalKind(StrEnum):
    """What a temporal expression denotes (TimeML's four types)."""

    DATE = "date"
    """A calendar day or period, or a vague point ("now", "the past")."""
    TIME = "time"
    """A time of day, or a part of a day ("Friday afternoon")."""
    DURATION = "duration"
    """An amount of time ("three years", "weeks")."""
    SET = "set"
    """A recurrence ("daily", "each July")."""


@dc.dataclass(frozen=True, slots=True)
class Temporal:
    """One temporal expression found in a text."""

    span: Span
    kind: TemporalKind
    value: str
    """ISO 8601 with TIDES extensions (see the module docstring)."""
    modifier: str | None = None
    """"early", "mid", "late", "first half", "about", "more than", ... as the site words them."""
    relative: bool = False
    """True when the value needed the publication date (or an earlier date of the text)."""
    shown: bool = True
    """Whether the site may show it as a date. False when its calendar value
    rests on a guess the words do not support: the year of a bare "the fourth
    quarter" (also a part of a game), the quarter of "the latest period"."""
    reaches: str | None = None
    """For an amount of time before or after the narrative's last date ("released
    three days later", "a week earlier"), the calendar date it reaches: the
    site shows that date, while `value` stays the amount, as TimeML writes it
    (P3D)."""
    rule: str = dc.field(default="", compare=False)
    """The rule of `rules.RULES` that found it ("weekday", "relative"), or
    "compose" for an amount and a date read as one: for `make eval`'s
    errors by rule."""

    def date_mention(self) -> DateMention | None:
        """The site's date for this expression, or None when it is not a calendar date.

        A time keeps its day ("Friday afternoon" is that Friday). A quarter or
        a season is its year with the part as modifier, as "the first half of
        2024" is: the year is exact, the modifier says which part ("third
        quarter 2019", "summer 2024"). A week ("last week", "the week of May
        19") is its ISO week at week precision (`2025-W21`), a weekend the
        same with the modifier "weekend": rounded to its month it would state
        a precision the text does not give (a week can straddle two months,
        even years). Decades and centuries are no site dates: a decade is no
        year at all. An amount of time after or before a date just named is
        the date it reaches (`reaches`).
        """
        if self.kind is TemporalKind.DURATION and self.reaches and self.shown:
            reached = dc.replace(
                self,
                kind=TemporalKind.DATE,
                value=self.reaches,
                relative=True,  # reached from another date: shown with its words
                reaches=None,
            )
            return reached.date_mention()
        if self.kind not in (TemporalKind.DATE, TemporalKind.TIME) or not self.shown:
            return None
        part = PART_OF_YEAR_RE.fullmatch(self.value)
        if part and self.kind is TemporalKind.DATE:
            name = PARTS_OF_YEAR[part[2]]
            modifier = f"{self.modifier} {name}" if self.modifier else name
            return DateMention(
                self.span, part[1], Precision.YEAR, modifier, self.relative
            )
        week = WEEK_RE.fullmatch(self.value)
        if week and self.kind is TemporalKind.DATE:
            in_week = "weekend" if week[2] else self.modifier
            return DateMention(
                self.span, week[1], Precision.WEEK, in_week, self.relative
            )
        m = CALENDAR_RE.fullmatch(self.value.split("T", 1)[0])
        if not m:
            return None
        if self.kind is TemporalKind.TIME and not m[3]:
            return None
        precision = (
            Precision.DAY if m[3] else Precision.MONTH if m[2] else Precision.YEAR
        )
        return DateMention(self.span, m[0], precision, self.modifier, self.relative)
