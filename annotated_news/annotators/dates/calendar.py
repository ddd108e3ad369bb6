"""Calendar arithmetic for resolving dates against an anchor (pure functions).

Values are returned in the tagger's ISO 8601 forms (see `temporal.py`).
"""

from __future__ import annotations

import datetime as dt
from enum import Enum


class Tense(Enum):
    """The time a clause speaks of, as far as its words tell."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    NONE = "none"
    """No verb or cue to go by."""


def day(d: dt.date) -> str:
    return d.isoformat()


def month(year: int, month_: int) -> str:
    return f"{year:04d}-{month_:02d}"


def week(d: dt.date) -> str:
    """The ISO week of a day: `2025-W22`."""
    year, number, _ = d.isocalendar()
    return f"{year:04d}-W{number:02d}"


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(year: int, month_: int, n: int) -> tuple[int, int]:
    """Shift a month by `n` months."""
    index = year * 12 + month_ - 1 + n
    return index // 12, index % 12 + 1


def add_years(d: dt.date, n: int) -> dt.date:
    """Shift a day by whole years; 29 February becomes 28 February."""
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def weekday_date(anchor: dt.date, weekday: int, tense: Tense) -> dt.date:
    """The day of a weekday named without a date, seen from `anchor`.

    News mostly reports what happened: a weekday in a past clause, or one
    without a tense, is the latest such day on or before the anchor ("Friday"
    in an article of Wednesday 4 June 2025 is 30 May). In a future clause it
    is the next such day on or after the anchor. A present-tense clause
    ("meets Friday", "is holding talks Sunday") takes the nearer of the two.
    """
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if tense is Tense.FUTURE:
        return anchor + dt.timedelta(days=ahead)
    if tense is Tense.PRESENT and ahead < back:
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def year_of_month(anchor: dt.date, month_: int, day_: int | None, tense: Tense) -> int:
    """The year of a month (and day) written without one.

    A past clause means the latest such month (or day) not after the anchor,
    a future clause the next one not before it; the anchor's own month counts
    as both. Without a tense the nearer reading wins, which in news is almost
    always the recent past or the coming weeks.
    """
    if day_ is None:
        if month_ == anchor.month:
            return anchor.year
        before = anchor.year - (month_ > anchor.month)
        after = anchor.year + (month_ < anchor.month)
        back = (anchor.month - month_) % 12
        ahead = (month_ - anchor.month) % 12
    else:
        here = dt.date(anchor.year, month_, min(day_, 28))
        if here == anchor:
            return anchor.year
        before = anchor.year - (here > anchor)
        after = anchor.year + (here < anchor)
        back = (anchor - dt.date(before, month_, min(day_, 28))).days
        ahead = (dt.date(after, month_, min(day_, 28)) - anchor).days
    if tense is Tense.PAST:
        return before
    if tense is Tense.FUTURE:
        return after
    return before if back <= ahead else after


def nth_weekday(year: int, month_: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n = -1: the last one)."""
    if n > 0:
        first = dt.date(year, month_, 1)
        offset = (weekday - first.weekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (n - 1))
    next_year, next_month = add_months(year, month_, 1)
    last = dt.date(next_year, next_month, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month_, day_ = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month_, day_ + 1)


def shifted_period(anchor: dt.date, unit: str, n: int) -> str | None:
    """The calendar period `n` units from the anchor's: "last month", "next week".

    Units are the codes of `lexicon.UNITS`; the result is the period's value
    (`2025-05` for a month, `2025-W22` for a week, `1989-Q3` for a quarter).
    """
    if unit == "D":
        return day(anchor + dt.timedelta(days=n))
    if unit == "W":
        return week(anchor + dt.timedelta(weeks=n))
    if unit == "WE":
        return week(anchor + dt.timedelta(weeks=n)) + "-WE"
    if unit == "M":
        return month(*add_months(anchor.year, anchor.month, n))
    if unit == "Q":
        index = anchor.year * 4 + quarter_of(anchor) - 1 + n
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "Y":
        return f"{anchor.year + n:04d}"
    if unit == "DE":
        return f"{anchor.year // 10 + n:03d}"
    if unit == "CE":
        return f"{anchor.year // 100 + n:02d}"
    return None


def offset_day(d: dt.date, unit: str, n: int) -> dt.date:
    """The day `n` days, weeks, months or years (unit D, W, M, Y) from `d`."""
    if unit == "D":
        return d + dt.timedelta(days=n)
    if unit == "W":
        return d + dt.timedelta(weeks=n)
    if unit == "M":
        year, month_ = add_months(d.year, d.month, n)
        next_year, next_month = add_months(year, month_, 1)
        last = (dt.date(next_year, next_month, 1) - dt.timedelta(days=1)).day
        return dt.date(year, month_, min(d.day, last))
    return add_years(d, n)


def offset_point(anchor: dt.date, unit: str, n: float) -> str | None:
    """The period `n` units before (n < 0) or after the anchor: "three weeks ago".

    The value keeps the grain of the unit: "two years ago" is a year, "six
    weeks ago" a week, "11 days ago" a day.
    """
    whole = int(n)
    if whole != n:
        return None
    if unit == "D":
        return day(anchor + dt.timedelta(days=whole))
    if unit == "W":
        return week(anchor + dt.timedelta(weeks=whole))
    if unit == "FN":  # "a fortnight ago": the week two weeks before
        return week(anchor + dt.timedelta(weeks=2 * whole))
    if unit == "M":
        return month(*add_months(anchor.year, anchor.month, whole))
    if unit == "Y":
        return f"{anchor.year + whole:04d}"
    if unit == "DE":
        return f"{anchor.year + 10 * whole:04d}"
    if unit == "CE":
        return f"{anchor.year + 100 * whole:04d}"
    if unit == "Q":
        return shifted_period(anchor, "Q", whole)
    return None
