"""Rules for months, seasons and periods counted from a date.

"mid-May", "last month", "next week", "two years ago", "the following day".
"""

from __future__ import annotations

import datetime as dt
import re

from ..vocabulary.months import AMBIGUOUS_MONTHS, FULL_MONTHS
from . import calendar as cal
from .calendar import Tense
from .context import Context, Found
from .lexicon import (
    PARTS_OF_DAY,
    SEASONS,
    SHIFT_WORDS,
    UNITS,
)
from .patterns import (
    MONTH,
    PART_OF_DAY,
    PERIOD_MOD,
    PERIOD_UNIT,
    SEASON,
    SHIFT,
    YEAR,
    _,
)
from .rules_common import (
    MONTH_PREPOSITIONS,
    SEASON_START,
    modifier_of,
    month_number,
)
from .temporal import TemporalKind

DATE, TIME = TemporalKind.DATE, TemporalKind.TIME


def month_year(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "May 2010", "mid-May 2010", "the end of June 2024", "June last year"."""
    month = month_number(m["month"], numbered=True)
    if month is None:
        return None
    if m["year"]:
        return Found(DATE, cal.month(int(m["year"]), month), modifier_of(m["mod"]))
    year = ctx.published.year + SHIFT_WORDS[m["yshift"].lower()]
    return Found(DATE, cal.month(year, month), modifier_of(m["mod"]), True)


def month_alone(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "in April", "last July", "mid-May", "late last July"."""
    month = month_number(m["month"])
    if month is None:
        return None
    mod, shift = m["mod"], m["shift"]
    name = m["month"].lower().rstrip(".")
    if (
        not mod
        and not shift
        and (name in AMBIGUOUS_MONTHS or name not in FULL_MONTHS)
        and ctx.word_before() not in MONTH_PREPOSITIONS
    ):
        return None
    if name not in FULL_MONTHS and not m["month"].endswith("."):
        return None  # "Jan Kavan": an abbreviation alone needs its dot
    if ctx.word_after().lower() == "of" or (
        re.match(r" [A-Z]", ctx.after(2)) and ctx.in_title()
    ):
        return None  # "the March of the Combatant Mothers", "Labour May Day Rally"
    pub = ctx.published
    if shift:
        n = SHIFT_WORDS.get(shift.split()[-1].lower(), 0)
        if n < 0:
            # "last February" said in March is a year back: the month just past
            # would be "last month" or plain "February".
            back = (pub.month - month) % 12 or 12
            year, _ = cal.add_months(pub.year, pub.month, -(back + 12 * (back <= 2)))
        elif n > 0:  # the next such month after this one
            year = pub.year + (month <= pub.month)
        else:
            year = pub.year
    elif ctx.word_before() in DEADLINE_WORDS and ctx.tense() is not Tense.PAST:
        # "price in cuts by December", "expects a deal by April": a deadline
        # not told in the past is still to come.
        year = cal.year_of_month(pub, month, None, Tense.FUTURE)
    else:
        back = (pub.month - month) % 12
        ahead = (month - pub.month) % 12
        if min(back, ahead) <= NEAR_MONTHS:
            year = (
                pub.year - (month > pub.month)
                if back <= ahead
                else (pub.year + (month < pub.month))
            )
        else:
            year = cal.year_of_month(pub, month, None, ctx.tense())
    return Found(DATE, cal.month(year, month), modifier_of(mod), True)


NEAR_MONTHS = 2
DEADLINE_WORDS = frozenset({"by", "until", "till"})


def _season_year(pub: dt.date, code: str, n: int, ahead: bool = False) -> int:
    """The year of "last" (n < 0), "this" (0) or "next" (n > 0) season `code`.

    A season of year Y runs from its start month for three months (winter from
    December Y to February Y+1). "Last summer" is the latest one already over,
    "next summer" the first one not yet begun; "the summer" in a clause that
    looks ahead (`ahead`) the one under way or, if none is, the next.
    """
    start = SEASON_START[code]
    now = pub.year * 12 + pub.month - 1

    def first_month(year: int) -> int:
        return year * 12 + start - 1

    if n < 0:
        year = pub.year
        while first_month(year) + 2 >= now:
            year -= 1
        return year
    if n > 0:
        year = pub.year - 1
        while first_month(year) <= now:
            year += 1
        return year
    if n == 0 and ahead:
        # "stay through the summer", written in June: the season under way,
        # else the next to begin.
        year = pub.year - 1
        while first_month(year) + 2 < now:
            year += 1
        return year
    return pub.year - 1 if code == "WI" and pub.month <= 2 else pub.year


# Words before "the fall" when it is autumn: "in the fall", "by the fall".
SEASON_PREPOSITIONS = frozenset(
    "in by during until till through over since before after for into".split()
)


def season(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "last summer", "this fall", "the summer of 2012", "early spring"."""
    code = SEASONS[m["season"].lower()]
    shift, year_text = m["shift"], m["year"]
    if year_text:
        return Found(DATE, f"{int(year_text):04d}-{code}", modifier_of(m["mod"]))
    if not shift:
        if not m["the"] or ctx.word_after().lower() == "of":
            return None
        if (
            m["season"].lower() == "fall"
            and ctx.word_before() not in SEASON_PREPOSITIONS
        ):
            return None  # "blamed the fall in profits": a decline, not autumn
        ahead = ctx.tense() is Tense.FUTURE
        return Found(
            DATE,
            f"{_season_year(ctx.published, code, 0, ahead):04d}-{code}",
            modifier_of(m["mod"]),
            True,
        )
    n = SHIFT_WORDS.get(shift.split()[-1].lower(), 0)
    if shift.lower().startswith("this past"):
        n = -1
    return Found(
        DATE,
        f"{_season_year(ctx.published, code, n):04d}-{code}",
        modifier_of(m["mod"]),
        True,
    )


ANAPHORIC_SHIFTS = {"following": 1, "next": 1, "previous": -1, "preceding": -1}


def relative_period(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "last month", "this year", "next week", "early next year", "the following day".

    With "the", "following", "next", "previous" and "preceding" count from the
    narrative's last date ("In June 1998 ... the following year"), otherwise
    from publication.
    """
    if ctx.in_title():
        return None  # ABC's "This Week"
    unit = UNITS[m["unit"].lower()]
    shift = " ".join(m["shift"].lower().split())
    word = shift.split()[-1]
    if (
        word == "last"
        and (m["the"] or ctx.word_before() == "the")
        and ctx.word_after().lower() == "of"
    ):
        return None  # "in the last month of his term": the final one, not the latest
    n = -1 if shift == "this past" else SHIFT_WORDS[word]
    anaphoric = bool(m["the"]) and word in ANAPHORIC_SHIFTS
    if unit == "D":
        if not anaphoric or ctx.reference is None or ctx.reference.grain != "D":
            return None
        d = ctx.reference.day + dt.timedelta(days=ANAPHORIC_SHIFTS[word])
        return Found(DATE, d.isoformat(), None, True)
    if unit == "DE" and (m["the"] or word in ("past", "last", "next", "coming")):
        return Found(TemporalKind.DURATION, "P10Y", None, False)
    anchor = ctx.anchor() if anaphoric else ctx.published
    value = cal.shifted_period(anchor, unit, n)
    if value is None:
        return None
    pmod = (m["pmod"] or "").lower()
    modifier = None if pmod in ("", "earlier", "later") else modifier_of(pmod)
    # "over the past week" is the last seven days, not the calendar week
    # before this one: TimeML's value, but no week to show on the timeline.
    shown = not (unit == "W" and word == "past" and not anaphoric)
    return Found(DATE, value, modifier, True, shown)


# The grains of a reference a period of each grain can be the same as: "the
# same week" needs a day or a week before it, not a month or a year.
SAME_GRAINS = {"D": "D", "W": "DW", "M": "DWM", "Y": "DWMY"}
# "the same week in 2024", "the same month last year", "the same period a
# year earlier": the period of the reference, in another year.
OTHER_YEAR_RE = re.compile(
    r"[ ]+(?:(?:in|of)[ ]+(?P<year>\d{4})\b"
    r"|(?P<last>last[ ]+year|a[ ]+year[ ]+(?:earlier|ago|before)"
    r"|the[ ]+(?:previous|prior)[ ]+year)\b)",
    re.IGNORECASE,
)


def same_period(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "that day", "the same year", "later that month": the narrative's last date.

    "the same week in 2024" is the reference's week in that year.
    """
    ref = ctx.reference
    unit = m["unit"].lower()
    if ref is None:
        return None
    grains = {"day": "D", "week": "W", "month": "M", "year": "Y"}
    grain = grains.get(unit)
    if grain is None:  # "that morning", "that night"
        if ref.grain != "D":
            return None
        return Found(TIME, f"{ref.day.isoformat()}T{PARTS_OF_DAY[unit]}", None, True)
    if ref.grain not in SAME_GRAINS[grain]:
        return None
    day = ref.day
    other = OTHER_YEAR_RE.match(ctx.text, m.end())
    if other and grain != "Y":
        year = int(other["year"]) if other["year"] else day.year - 1
        if grain == "W":
            number = min(day.isocalendar()[1], 52)
            day = dt.date.fromisocalendar(year, number, 1)
        else:
            day = day.replace(year=year, day=min(day.day, 28))
    value = cal.shifted_period(day, grain, 0)
    return Found(DATE, value, None, True) if value else None


# The grains of a reference a shift of each unit may count from: "a day
# earlier" needs a day before it, "a week later" a day or a week; "a year
# earlier" keeps the grain of its reference ("in February … from a year
# earlier" is February of the year before).
SHIFT_GRAINS = {"D": "D", "W": "DW", "M": "DM", "Y": "DMY"}
SAME_BEFORE_RE = re.compile(r"\bsame[ ]+\w+[ ]+$", re.IGNORECASE)


def from_reference(ctx: Context, unit: str, n: int) -> Found | None:
    """The narrative's last date moved `n` units: "a day earlier", "two weeks later".

    A shift by years counts only from a date of its own sentence ("exports
    rose in February from a year earlier"): one from an earlier sentence is
    as often the publication's year ("said on Friday. … a year earlier").
    """
    ref = ctx.reference
    if ref is None or ref.grain not in SHIFT_GRAINS.get(unit, ""):
        return None
    if unit == "Y" and (
        ref.at < ctx.sentence.start or SAME_BEFORE_RE.search(ctx.before(30))
    ):
        return None  # "the same month a year earlier": already moved (`same_period`)
    day = cal.offset_day(ref.day, unit, n)
    if unit == "Y":
        value = day.isoformat()[: {"D": 10, "M": 7, "Y": 4}[ref.grain]]
    else:
        value = cal.shifted_period(day, unit, 0) or ""
    return Found(DATE, value, None, True) if value else None


# "The day before, the court had ruled", "the week after.": a period next to
# the narrative's last date. Only before a comma or a sentence's end: "the day
# after he left" counts from an event, not from a date.
BEFORE_AFTER_RE = (
    rf"the{_}(?P<unit>day|weekend|week|month|year){_}(?P<dir>before|after|earlier|later)"
    r"(?=\s*(?:[,.;:!?]|$))"
)


def before_after(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "The day before, …", "the week after.": the narrative's last date ± 1."""
    sign = 1 if m["dir"].lower() in ("after", "later") else -1
    if m["unit"].lower() == "weekend":
        return _weekend_next_to(ctx, sign)
    return from_reference(ctx, UNITS[m["unit"].lower()], sign)


def _weekend_next_to(ctx: Context, sign: int) -> Found | None:
    """The weekend before the narrative's last day ("the weekend before"), or after it.

    A weekend ends its ISO week: the one before a Saturday or a Wednesday is
    in the week before theirs; the one after a Wednesday is in its own week.
    """
    ref = ctx.reference
    if ref is None or ref.grain != "D":
        return None
    if sign < 0:
        day = ref.day - dt.timedelta(days=7)
    else:
        day = ref.day + dt.timedelta(days=7 if ref.day.weekday() >= 5 else 0)
    return Found(DATE, cal.week(day) + "-WE", None, True)


def ago(m: re.Match[str], ctx: Context, n: float | None) -> Found | None:
    """Forms: "two years ago", "six weeks ago", "11 days ago", "several years ago"."""
    unit = UNITS[m["unit"].lower()]
    direction = " ".join(m["dir"].lower().split())
    sign = 1 if direction in ("from now", "hence", "later", "after") else -1
    if n is None:
        return Found(DATE, "PAST_REF" if sign < 0 else "FUTURE_REF", None, True)
    value = cal.offset_point(ctx.published, unit, sign * n)
    if value is None:
        return None
    modifier = "about" if m["approx"] else None
    return Found(DATE, value, modifier, True)


MONTH_YEAR_RE = (
    rf"(?:{PERIOD_MOD}\s*)?{MONTH}(?:\s*,\s*|{_})(?:(?:of{_}|in{_})?{YEAR}(?![\d,.]\d|\d)|"
    rf"(?:of{_})?(?P<yshift>this|last|next){_}year\b)"
)


MONTH_ALONE_RE = rf"(?:{PERIOD_MOD}\s*)?(?:{SHIFT}{_})?{MONTH}(?!\.?\s*\d)"


SEASON_RE = (
    rf"(?:(?P<mod>early|mid-?|late){_})?(?:(?P<the>the){_})?(?:{SHIFT}{_})?{SEASON}"
    rf"(?:{_}(?:of{_})?{YEAR}(?!\d))?\b"
)


# "mid-next month" is written with a hyphen, as "mid-May" is.
RELATIVE_RE = (
    rf"(?:(?P<pmod>early|mid|late|earlier|later)(?:{_}|(?<=mid)-)(?:in{_})?)?"
    rf"(?:(?P<the>the){_})?"
    rf"{SHIFT}{_}(?:fiscal{_}|calendar{_})?{PERIOD_UNIT}\b(?!-)"
)


# "earlier in the week", "later in the month", "late in the year": a part of
# the narrative's period, else of publication's.
IN_THE_PERIOD_RE = (
    rf"(?P<pmod>earlier|later|early|late){_}in{_}the{_}(?P<unit>week|month|year)\b"
)


def in_the_period(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "earlier in the week", "later in the month", "late in the year".

    The period of the narrative's last date when that is a day ("On May 3 …
    Later in the week": that week), else publication's ("a year earlier …
    earlier in the year" is this year).
    """
    grain = {"week": "W", "month": "M", "year": "Y"}[m["unit"].lower()]
    ref = ctx.reference
    day = ref.day if ref is not None and ref.grain == "D" else ctx.published
    value = cal.shifted_period(day, grain, 0)
    pmod = m["pmod"].lower()
    modifier = None if pmod in ("earlier", "later") else modifier_of(pmod)
    return Found(DATE, value, modifier, True) if value else None


# "the week before last": two periods before publication's.
BEFORE_LAST_RE = rf"(?:the{_})?(?P<unit>week|weekend|month|year){_}before{_}last\b"


def before_last(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "the week before last", "the weekend before last", "the year before last"."""
    value = cal.shifted_period(ctx.published, UNITS[m["unit"].lower()], -2)
    return Found(DATE, value, None, True) if value else None


SAME_RE = (
    rf"(?:(?:earlier|later|early|late){_})?(?:that|the{_}same|the{_}very){_}"
    r"(?P<unit>day|week|month|year|morning|afternoon|evening|night)\b"
)


# "the weekend of October 11", "the weekend of the 4th", "of Glastonbury":
# a weekend the words after it name, not the latest one.
WEEKEND_OF_RE = re.compile(r"[ ]+of[ ]+(?:the[ ]+)?(?:\d|[A-Z])")


def weekend(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "the weekend", "over the weekend": the latest one, or the coming one ahead."""
    if WEEKEND_OF_RE.match(ctx.after(12)):
        return None  # "the weekend of October 11": the date after it says which
    pub = ctx.published
    tense = ctx.tense()
    # "Results are due by the weekend": a deadline not in the past is ahead
    deadline = ctx.word_before() in ("by", "until", "till") and tense is not Tense.PAST
    if tense is Tense.FUTURE or deadline:
        return Found(
            DATE,
            cal.week(pub + dt.timedelta(days=7 * (pub.weekday() == 6))) + "-WE",
            None,
            True,
        )
    last = pub if pub.weekday() >= 5 else pub - dt.timedelta(days=7)
    return Found(DATE, cal.week(last) + "-WE", None, True)


def part_of_period(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "the end of the month", "the beginning of next year", "by year-end"."""
    unit = UNITS[(m["unit"] or m["unit2"] or "year").lower()]
    shift = (m["shift"] or "this").lower().split()[-1]
    value = cal.shifted_period(ctx.published, unit, SHIFT_WORDS.get(shift, 0))
    part = m["part"] or "end"
    return Found(DATE, value, modifier_of(part), True) if value else None


def next_part_of_day(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "the next morning", "the previous night": a part of the narrative's next day."""
    ref = ctx.reference
    if ref is None or ref.grain != "D":
        return None
    step = 1 if m["which"].lower() in ("next", "following") else -1
    d = ref.day + dt.timedelta(days=step)
    return Found(TIME, f"{d.isoformat()}T{PARTS_OF_DAY[m['pod'].lower()]}", None, True)


WEEKEND_RE = r"the\s+weekend\b"


PART_OF_PERIOD_RE = (
    rf"(?:the{_})?(?:very{_})?(?P<part>end|beginning|start|middle)(?:{_}of)?{_}"
    rf"(?:the|{SHIFT}){_}(?P<unit>month|year|week|quarter)\b|"
    rf"(?:the{_})?(?P<unit2>year|month)(?:-|{_}|['’]s{_})end\b"
)


NEXT_PART_OF_DAY_RE = (
    rf"the{_}(?P<which>next|following|previous|preceding){_}{PART_OF_DAY}\b"
)
