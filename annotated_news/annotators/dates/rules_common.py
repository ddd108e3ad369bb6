"""Pieces the calendar rules share: month names as written, modifiers, a day's year."""

from __future__ import annotations

import datetime as dt
import re

from ..vocabulary.months import AMBIGUOUS_MONTHS, FULL_MONTHS
from . import calendar as cal
from .calendar import Tense
from .context import Context
from .lexicon import MONTHS, WEEKDAYS
from .patterns import (
    CLOCK_ALONE,
    CLOCK_EVENT,
    CLOCK_EVENT_BEFORE,
    ZERO_PARTNER_BEFORE,
    ZERO_PARTNER_NEXT,
    _,
)

# A noun of a moment after four digits and a determiner before them: "the
# 1600 deadline", "Sunday's 1500 kick-off" (`patterns.TIME_OF_DAY`).
CLOCK_EVENT_NEXT_RE = re.compile(rf"\s+(?:{CLOCK_EVENT})\b", re.IGNORECASE)
CLOCK_EVENT_BEFORE_RE = re.compile(CLOCK_EVENT_BEFORE, re.IGNORECASE)
# "Polls close at 2359.", "The talks resume at 1730.": checked at the end of
# the four digits (`patterns.CLOCK_ALONE`).
CLOCK_ALONE_RE = re.compile(CLOCK_ALONE, re.IGNORECASE)
# A day's possessive before four digits and a noun of a moment: "Tuesday's
# 1945 kick-off" is a clock time, as no year is a weekday's.
DAY_POSSESSIVE_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS)}|today|tonight|tomorrow|yesterday)['’]s\s$",
    re.IGNORECASE,
)
# The other end of a range of clock times, before it, opens with a zero:
# "from 0800 to 1700 hours".
ZERO_PARTNER_BEFORE_RE = re.compile(ZERO_PARTNER_BEFORE, re.IGNORECASE)
ZERO_PARTNER_NEXT_RE = re.compile(ZERO_PARTNER_NEXT, re.IGNORECASE)

# Words before a month written alone that make it a date ("in May", "the May
# meeting").
MONTH_PREPOSITIONS = frozenset(
    "in since until till by during through from to before after between and or of "
    "early mid late for into throughout around last this next on a an the its his "
    "her their".split()
)
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def month_number(word: str, numbered: bool = False) -> int | None:
    """The month a name stands for, or None when it is not written as a month.

    Capitalised names are months. In lower case, a name is one only when it
    is an unambiguous full name ("june" is a first name, "may" a verb), or,
    `numbered`, when a day or a year written with it says so ("may 21").
    """
    key = word.lower().rstrip(".")
    if key not in MONTHS:
        return None
    if (
        word[0].islower()
        and not numbered
        and (key not in FULL_MONTHS or key in AMBIGUOUS_MONTHS)
    ):
        return None
    return MONTHS[key]


def modifier_of(words: str | None) -> str | None:
    """Normalise a written modifier: "the end of" -> "late", "mid-" -> "mid"."""
    if not words:
        return None
    w = " ".join(words.lower().replace("-", " ").split())
    for key, name in (
        ("first half", "first half"),
        ("second half", "second half"),
        ("last half", "second half"),
        ("latter half", "second half"),
        ("beginning", "early"),
        ("start", "early"),
        ("early", "early"),
        ("middle", "mid"),
        ("mid", "mid"),
        ("end", "late"),
        ("late", "late"),
    ):
        if key in w:
            return name
    return None


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


NEAR_DAYS = 75


def day_year(
    ctx: Context,
    month: int,
    day: int,
    weekday_name: str | None,
    tense: Tense | None = None,
) -> int:
    """The year of a month and day written without one.

    A weekday written with it decides ("Monday, Oct. 26"). Otherwise the
    nearer reading wins when it lies within `NEAR_DAYS` of publication:
    reporters write "was set for Oct. 26" in the past tense about the coming
    week. Farther away, the clause's tense decides.
    """
    pub = ctx.published
    if tense is not None and tense is not Tense.NONE:
        return cal.year_of_month(pub, month, day, tense)
    candidates = [
        y for y in (pub.year - 1, pub.year, pub.year + 1) if valid_day(y, month, day)
    ]
    if weekday_name:
        target = WEEKDAYS[weekday_name.lower()]
        matching = [y for y in candidates if dt.date(y, month, day).weekday() == target]
        if matching:
            return min(matching, key=lambda y: abs((dt.date(y, month, day) - pub).days))
    if candidates:
        nearest = min(
            candidates, key=lambda y: abs((dt.date(y, month, day) - pub).days)
        )
        if abs((dt.date(nearest, month, day) - pub).days) <= NEAR_DAYS:
            return nearest
    # "The law takes effect on Jan. 1": a schedule told in the present
    tense = Tense.FUTURE if ctx.scheduled() else ctx.tense()
    return cal.year_of_month(pub, month, day, tense)


DEICTIC_DAYS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}


# Before the year of a date: "May 21, 2025", "Dec. 31 , 1994", "July 4th of 1995".
YEAR_SEP = rf"(?:\s*,\s*|{_}(?:of{_}|in{_})?)"


RANGE_JOIN = r"\s*(?:-|–|and|or|to|through|thru|till|until)\s*"
