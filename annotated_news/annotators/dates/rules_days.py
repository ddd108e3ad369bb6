"""Rules for days: "May 21", "22 March 2013", weekdays, "yesterday", holidays.

Each rule is a pattern (its `_RE`) and a function from its match to a
`Found`, or None when the match is not a date after all ("May" the verb).
"""

from __future__ import annotations

import dataclasses as dc
import datetime as dt
import re

from ..entities.runs import is_title_case
from ..vocabulary.number_words import DIGIT_WORDS
from . import calendar as cal
from .calendar import Tense
from .context import Context, Found
from .lexicon import (
    EVENT_DAYS,
    FIXED_HOLIDAYS,
    HOLIDAY_ALIASES,
    MONTHS,
    ORDINAL_WORDS,
    PARTS_OF_DAY,
    SHIFT_WORDS,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
)
from .patterns import (
    DAY,
    HOLIDAY,
    MONTH,
    MONTH_NAME,
    NOT_MORE_NUMBER,
    ORDINAL,
    PART_OF_DAY,
    SHIFT,
    WEEKDAY,
    WEEKDAY_NAME,
    YEAR,
    _,
)
from .rules_common import (
    DEICTIC_DAYS,
    NEAR_DAYS,
    RANGE_JOIN,
    YEAR_SEP,
    day_year,
    month_number,
    valid_day,
)
from .temporal import TemporalKind

DATE, TIME = TemporalKind.DATE, TemporalKind.TIME


# "on May 3 last year", "the Memorial Day weekend last year", "Christmas
# next year": a year written right after a day (itself dated apart) says
# which year's day it is.
YEAR_AFTER_RE = re.compile(
    r"^(?:[ ]weekend)?[ ](last|this|next)[ ]year\b", re.IGNORECASE
)
YEAR_AFTER_SHIFT = {"last": -1, "this": 0, "next": 1}


def year_after(ctx: Context) -> int | None:
    """The year "last year", "this year" or "next year" right after the match names."""
    m = YEAR_AFTER_RE.match(ctx.after(20))
    return ctx.published.year + YEAR_AFTER_SHIFT[m[1].lower()] if m else None


def month_day(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "May 21", "Aug. 9, 1998", "Monday, Oct. 19", "22 March 2013"."""
    month = month_number(m["month"], numbered=True)
    if ctx.before(3).rstrip().endswith(("$", "€", "£")):
        return None  # "$12 December 27": the number is an amount
    if month is None:
        return None
    day = int(m["day"])
    if m["year"]:
        d = valid_day(int(m["year"]), month, day)
        return Found(DATE, d.isoformat()) if d else None
    shift = m.groupdict().get("dshift")
    tense = (
        {"last": Tense.PAST, "next": Tense.FUTURE}.get(shift.lower(), Tense.NONE)
        if shift
        else None
    )
    year = year_after(ctx) or day_year(ctx, month, day, m["weekday"], tense)
    d = valid_day(year, month, day)
    return Found(DATE, d.isoformat(), None, True) if d else None


def ordinal_of_month(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "the second of August", "the 9th of May 2020"."""
    ordinal = "-".join(m["ord"].lower().split())
    day = ORDINAL_WORDS.get(ordinal) or int(re.sub(r"\D", "", ordinal) or 0)
    month = month_number(m["month"], numbered=True)
    if not day or month is None:
        return None
    shift = m.groupdict().get("dshift")
    tense = (
        {"last": Tense.PAST, "next": Tense.FUTURE}.get(shift.lower(), Tense.NONE)
        if shift
        else None
    )
    year = (
        int(m["year"])
        if m["year"]
        else year_after(ctx) or day_year(ctx, month, day, None, tense)
    )
    d = valid_day(year, month, day)
    return Found(DATE, d.isoformat(), None, not m["year"]) if d else None


def numeric_date(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "2013-03-22", "3/22/2013", "3/22/13" (US order, as in US news)."""
    y = int(m["y"] or m["y2"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    d = valid_day(y, int(m["m"] or m["m2"]), int(m["d"] or m["d2"]))
    return Found(DATE, d.isoformat()) if d else None


# Super Tuesday has been the first Tuesday of March since 2012 (earlier ones
# fell in February or on the second Tuesday).
SUPER_TUESDAY_SINCE = 2012
YEAR_BEFORE_RE = re.compile(r"\b(1[89]\d\d|20\d\d)[ ]$")


def holiday(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "Thanksgiving", "Christmas 2010", "Easter", "Election Day"."""
    name = " ".join(m["holiday"].lower().replace("’", "'").split())
    if not m["holiday"][0].isupper() and not (m["shift"] or m["year"]):
        return None
    name = HOLIDAY_ALIASES.get(name, name)

    def on(year: int) -> dt.date | None:
        if name in FIXED_HOLIDAYS:
            return dt.date(year, *FIXED_HOLIDAYS[name])
        if name in ("easter", "easter sunday"):
            return cal.easter(year)
        if name == "good friday":
            return cal.easter(year) - dt.timedelta(days=2)
        if name == "easter monday":
            return cal.easter(year) + dt.timedelta(days=1)
        if name == "election day":  # US: the Tuesday after the first Monday of November
            return cal.nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
        if name == "inauguration day":
            # US: 20 January after a presidential election, since 1937
            return dt.date(year, 1, 20) if year % 4 == 1 and year >= 1937 else None
        if name == "super tuesday" and (year % 4 or year < SUPER_TUESDAY_SINCE):
            return None
        if name in WEEKDAY_HOLIDAYS:
            d = cal.nth_weekday(year, *WEEKDAY_HOLIDAYS[name])
            return d + dt.timedelta(days=1) if name == "black friday" else d
        return None

    if m["year"]:
        d = on(int(m["year"]))
        return Found(DATE, d.isoformat()) if d else None
    if year_before := YEAR_BEFORE_RE.search(ctx.before(8)):
        # "the 1988 Super Tuesday", "the 2019 Christmas": the year before it.
        d = on(int(year_before[1]))
        return Found(DATE, d.isoformat()) if d else None
    pub = ctx.published
    if written := year_after(ctx):
        d = on(written)
        return Found(DATE, d.isoformat()) if d else None
    if name == "inauguration day":
        # one every four years: the last one ("since Inauguration Day" in
        # 2026 is 2025's), the next one after "next" or in a future clause
        ahead = (
            m["shift"] and SHIFT_WORDS.get(m["shift"].split()[-1].lower(), 0) > 0
        ) or ctx.tense() is Tense.FUTURE
        latest = dt.date(pub.year - (pub.year - 1) % 4, 1, 20)
        if ahead:
            d = latest if latest >= pub else latest.replace(year=latest.year + 4)
        else:
            d = latest if latest <= pub else latest.replace(year=latest.year - 4)
        return Found(DATE, d.isoformat(), None, True)
    this_year = on(pub.year)
    if this_year is None:
        return None
    n = SHIFT_WORDS.get(m["shift"].split()[-1].lower(), 0) if m["shift"] else 0
    last, coming = (
        this_year if this_year <= pub else on(pub.year - 1),
        this_year if this_year >= pub else on(pub.year + 1),
    )
    if n < 0 or (n > 0 and coming is None):
        d = last
    elif n > 0:
        d = coming
    elif m["shift"]:
        d = this_year
    elif last and coming and min((pub - last).days, (coming - pub).days) <= NEAR_DAYS:
        d = last if (pub - last).days <= (coming - pub).days else coming
    else:
        # A holiday of some years only ("Super Tuesday") is this year's when
        # the year before or after has none.
        ahead = ctx.scheduled() or ctx.tense() is Tense.FUTURE
        d = (coming if ahead else last) or this_year
    return Found(DATE, d.isoformat(), None, True) if d else None


# A weekday inside a name is no day of the article's week. "The Sunday
# Times", "told the Sunday Telegraph": "the" before it and a capitalised word
# after it. "Saturday Night Live", "Sunday Morning Futures": a part of the day
# written with a capital, then another capitalised word, outside a headline in
# Title Case. "the Mail on Sunday", "the Independent on Sunday": the papers
# (not "in Scotland on Sunday", a day). "Bloody Sunday", "Black Monday": a
# day that names an event, not a day of this week ("Black Friday", and "Super
# Tuesday" in a presidential election year, are holidays:
# `lexicon.WEEKDAY_HOLIDAYS`, whose rule starts first).
NAME_AFTER_THE_RE = re.compile(r"(?:^|\W)[Tt]he[ ]$")
CAPITALISED_NEXT_RE = re.compile(
    r"[ ](?!(?i:" + "|".join(map(re.escape, MONTHS)) + r")\b)[A-Z][a-z]"
)
# An opening quotation mark right before the weekday (not the closing one of
# 'called him a "very decent man" Tuesday').
OPENING_MARK_RE = re.compile(r"(?:^|[\s(])(?:[“‘\"]|'')$")
SUNDAY_PAPER_RE = re.compile(r"\b[Tt]he[ ](?:Mail|Independent)[ ]on[ ]$")
EVENT_DAY_WORDS = frozenset({"Bloody", "Black", "Cyber", "Giving", "Super"})
"""Capitalised words before a weekday that make it the name of an event."""


def _weekday_in_name(m: re.Match[str], ctx: Context) -> bool:
    """Whether a bare weekday ("Sunday", "Sunday Morning") is part of a name."""
    if m["weeks"] or m["pmod"] or m["shift"] or m.group().endswith(("'s", "’s")):
        return False
    before = ctx.before(30)
    words = before.split()
    if before.endswith(" ") and words and words[-1] in EVENT_DAY_WORDS:
        return True
    if SUNDAY_PAPER_RE.search(before):
        return True
    if not m["weekday"][:1].isupper():
        return False
    if OPENING_MARK_RE.search(before):
        return True  # a title in quotation marks ("Sunday Morning Futures")
    capital_next = bool(CAPITALISED_NEXT_RE.match(ctx.text, ctx.end))
    if capital_next and NAME_AFTER_THE_RE.search(before):
        return True
    pod = m["pod"] or ""
    return (
        capital_next
        and pod[:1].isupper()
        and not is_title_case(ctx.text[ctx.sentence.start : ctx.sentence.end])
    )


ANY_WEEKDAY_RE = re.compile(
    r"(?:\b[Oo]n[ ]+a|(?<![Tt]hat[ ])(?<![Tt]his[ ])(?<![Tt]he[ ])\b[Oo]ne)[ ]+$"
)


def weekday(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "Friday", "last Friday", "Friday night", "Friday's", "a week ago Sunday"."""
    if _weekday_in_name(m, ctx):
        return None
    if not (m["shift"] or m["weeks"]) and ANY_WEEKDAY_RE.search(ctx.before(16)):
        # "at 2 a.m. on a Thursday", "one Friday in June": any one; but "in
        # a Friday interview", "at a Sunday rally" is the latest
        return None
    target = WEEKDAYS[m["weekday"].lower()]
    pub = ctx.published
    shift = (m["shift"] or "").lower()
    if m["weeks"]:
        # "a week ago Sunday", said on a Wednesday, is the Sunday before last
        # Sunday; "a week from Friday" the Friday after the coming one.
        weeks = dt.timedelta(weeks=DIGIT_WORDS.get(m["weeks"].lower(), 1))
        if m["wdir"].lower() == "ago":
            d = pub - dt.timedelta(days=(pub.weekday() - target - 1) % 7 + 1) - weeks
        else:
            d = pub + dt.timedelta(days=(target - pub.weekday() - 1) % 7 + 1) + weeks
    elif shift:
        n = -1 if shift == "this past" else SHIFT_WORDS.get(shift.split()[-1], 0)
        if shift.split()[-1] in ("previous", "preceding"):
            # "On June 1 … the previous Thursday": the Thursday before the
            # day just named, as "the following Tuesday" is after it.
            base = ctx.anchor()
            d = base - dt.timedelta(days=(base.weekday() - target - 1) % 7 + 1)
        elif n < 0:
            d = pub - dt.timedelta(days=(pub.weekday() - target - 1) % 7 + 1)
        elif shift.split()[-1] == "following":
            # "On June 1 … by the following Tuesday": the Tuesday after the
            # day just named, not after publication.
            base = ctx.anchor()
            d = base + dt.timedelta(days=(target - base.weekday() - 1) % 7 + 1)
        elif n > 0 and shift.split()[-1] == "next":
            monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=1)
            d = monday + dt.timedelta(days=target)
        elif n > 0:
            d = pub + dt.timedelta(days=(target - pub.weekday() - 1) % 7 + 1)
        else:
            # "this Monday" is the Monday of this week, unless the tense says
            # the other side of publication: "the trial starts this Monday",
            # written on a Saturday, is two days ahead.
            d = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=target)
            tense = ctx.day_tense()
            if tense is Tense.PAST and d > pub:
                d -= dt.timedelta(weeks=1)
            elif tense is not Tense.PAST and d < pub:
                d += dt.timedelta(weeks=1)
    else:
        # "Wednesday's ruling": a possessive weekday names what already
        # happened, unless something was done ahead of it ("ahead of
        # Sunday's final").
        possessive = ctx.text[m.end() - 2 : m.end()] in ("'s", "’s")
        tense = Tense.PAST if possessive and not ctx.ahead_of() else ctx.day_tense()
        d = cal.weekday_date(pub, target, tense)
    if m["pod"]:
        return Found(
            TIME, f"{d.isoformat()}T{PARTS_OF_DAY[m['pod'].lower()]}", None, True
        )
    return Found(DATE, d.isoformat(), m["pmod"].lower() if m["pmod"] else None, True)


def deictic(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "today", "yesterday", "tomorrow morning", "the day before yesterday"."""
    word = m["word"].lower()
    if ctx.in_title():
        return None  # "USA Today"
    shift = {"before": -1, "after": 1}.get((m["dayshift"] or "").lower(), 0)
    d = ctx.published + dt.timedelta(days=DEICTIC_DAYS[word] + shift)
    pod = "NI" if word == "tonight" else PARTS_OF_DAY.get((m["pod"] or "").lower())
    if pod:
        return Found(TIME, f"{d.isoformat()}T{pod}", None, True)
    return Found(DATE, d.isoformat(), None, True)


def part_of_today(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "this morning", "last night", "this evening"."""
    if ctx.in_title():
        return None  # ITV's "This Morning"
    pub = ctx.published
    pod = PARTS_OF_DAY[m["pod"].lower()]
    d = pub - dt.timedelta(days=1) if m["which"].lower() == "last" else pub
    if m["which"].lower() == "last" and pod != "NI":
        return None
    return Found(TIME, f"{d.isoformat()}T{pod}", None, True)


MONTH_DAY_RE = (
    rf"(?:(?P<dshift>last|this|next){_})?(?:{WEEKDAY},?{_})?(?:the{_})?"
    rf"{MONTH}\s*{DAY}{NOT_MORE_NUMBER}\b"
    rf"(?:{YEAR_SEP}{YEAR}(?![\d,.]\d|\d))?"
)


# Not "12 December 27": when a day follows the month, it is "December 27".
DAY_MONTH_RE = (
    rf"(?:{WEEKDAY},?{_})?(?:the{_})?{DAY}(?:{_}of)?{_}{MONTH}"
    rf"(?!\s+\d{{1,2}}\b)(?:{YEAR_SEP}{YEAR}(?![\d,.]\d|\d))?"
)


ORDINAL_MONTH_RE = (
    rf"(?:(?P<dshift>last|this|next){_})?(?:the{_})?{ORDINAL}{_}of{_}{MONTH}"
    rf"(?:{YEAR_SEP}{YEAR}(?!\d))?"
)


# "January first", "February twenty second": ordinal words after the month.
MONTH_ORDINAL_RE = (
    rf"{MONTH}{_}(?:the{_})?(?P<ord>(?:twenty|thirty)[- ](?:first|second|third|fourth|"
    rf"fifth|sixth|seventh|eighth|ninth)|"
    + "|".join(
        sorted((w for w in ORDINAL_WORDS if "-" not in w), key=len, reverse=True)
    )
    + rf")\b(?:{YEAR_SEP}{YEAR}(?!\d))?"
)


NUMERIC_DATE_RE = (
    r"(?<![\d/.])(?:(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?![\d-])|(?P<m2>0?[1-9]|1[0-2])/(?P<d2>0?[1-9]|[12]\d|3[01])/(?P<y2>(?:19|20)?\d\d)"
    r"(?![\d/]))"
)


HOLIDAY_RE = rf"(?:{SHIFT}{_})?{HOLIDAY}(?:{_}{YEAR}(?!\d))?\b"


# "the Jan. 6 attack", "the January 6th committee", "the Sept. 11 attacks",
# "9/11": a day that names its event, followed by what happened or what
# came of it (not "on Jan. 6, the court ruled", which is that day this year).
EVENT_DAY_RE = (
    rf"(?:the{_})?(?:(?P<emonth>jan(?:uary|\.)?|sept?(?:ember|\.)?){_}(?P<eday>6|11)(?:th)?"
    rf"|(?P<nine_eleven>9/11))"
    rf"(?=(?:{_}|-)(?:capitol{_})?(?:attacks?|riots?|insurrection|rioters?|committee"
    rf"|panel|hearings?|defendants|prosecutions|pardons|investigation|probe|commission"
    rf"|terror|anniversary|memorial|victims|families|hijackers|era)\b"
    rf"|(?<=9/11)(?!\d|/))"
)


def event_day(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "the Jan. 6 attack", "the Sept. 11 attacks", "9/11": the event's day."""
    if m["nine_eleven"]:
        key = (9, 11)
    else:
        key = (1 if m["emonth"].lower().startswith("jan") else 9, int(m["eday"]))
    day = EVENT_DAYS.get(key)
    if day is None or day > ctx.published:
        return None
    if m["nine_eleven"] and TITLE_BEFORE_RE.search(ctx.before(20)):
        return None  # "Fahrenheit 9/11" (but "the House Jan. 6 committee")
    return Found(DATE, day.isoformat())


# A capitalised word right before "9/11" makes it part of a title
# ("Fahrenheit 9/11"); not a sentence's "The", "Post-", "Since", "After".
TITLE_BEFORE_RE = re.compile(
    r"\b(?!(?:The|Post|Since|After|Before|During|On|Until|Of)\b)[A-Z][a-z]+[ ]$"
)


WEEKDAY_RE = (
    # "a week ago Sunday", "two weeks from Friday": weeks past the nearest one
    rf"(?:(?P<weeks>a|one|two|three){_}weeks?{_}(?P<wdir>ago|from){_})?"
    rf"(?:(?P<pmod>early|late){_})?(?:{SHIFT}{_})?{WEEKDAY}(?:['’]s)?"
    rf"(?:{_}{PART_OF_DAY})?\b"
)


DEICTIC_RE = (
    rf"(?:(?:early|late|earlier|later){_}|the{_}day{_}(?P<dayshift>before|after){_})?"
    rf"(?P<word>today|tonight|tomorrow|yesterday)(?:['’]s)?(?:{_}{PART_OF_DAY})?\b"
)


PART_OF_TODAY_RE = rf"(?P<which>this|last){_}{PART_OF_DAY}\b"


def second_day(m: re.Match[str], ctx: Context) -> Found | None:
    """The "25" of "April 24 and 25", "April 9th through 17th": the same month.

    The match starts at the month; its `span` group is the second day alone.
    """
    month = month_number(m["month"], numbered=True)
    if month is None:
        return None
    day = int(m["day2"])
    year = int(m["year"]) if m["year"] else day_year(ctx, month, day, None)
    d = valid_day(year, month, day)
    return Found(DATE, d.isoformat(), None, not m["year"]) if d else None


def first_day(m: re.Match[str], ctx: Context) -> Found | None:
    """The "9" of "9 to 12 of June", "between 3 and 12 Sept": the month after."""
    month = month_number(m["month"], numbered=True)
    if month is None or ctx.before(3).rstrip().endswith(("$", "€", "£")):
        return None
    day = int(m["day"])
    year = day_year(ctx, month, day, None)
    d = valid_day(year, month, day)
    return Found(DATE, d.isoformat(), None, True) if d else None


# "on the 17th", "by the 3rd.": a day of the month just named, else of
# publication's month or the month next to it, as the tense says. Only after a
# preposition and "the", and before a stop, a comma, a conjunction or a
# word that opens a clause: "the 17th floor", "the 17th century", "the 3rd
# district" are no days.
DAY_ALONE_RE = (
    r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
    r"(?=[ ]*(?:[,.;:!?)—–]|$|(?:and|or|to|through|until|when|at|he|she|they"
    r"|it|we|I|the|a|an)\b))"
)
DAY_ALONE_BEFORE_RE = re.compile(
    r"\b(?:on|by|until|till|since|from|before|after|through|to|for)[ ]the[ ]$",
    re.IGNORECASE,
)


MONTH_WRITTEN_RE = re.compile(rf"\b(?:{MONTH_NAME})\b", re.IGNORECASE)


def day_alone(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "on the 17th", "by the 3rd": the month just named, else publication's."""
    if not DAY_ALONE_BEFORE_RE.search(ctx.before(12)):
        return None
    day = int(m["day"])
    ref = ctx.reference
    if (
        ref is not None
        and ref.grain in ("D", "M")
        # the month was written there ("On July 3 …, and on the 17th"), not
        # reached from a weekday or another day alone
        and MONTH_WRITTEN_RE.search(ctx.text, ref.at, ref.at + 24)
    ):
        year, month = ref.day.year, ref.day.month
    else:
        pub = ctx.published
        # "has until the 27th", "set for the 30th": ahead. The tense is read
        # as if the day stood where "the" does, as the deadline patterns ask.
        at_the = dc.replace(ctx, start=ctx.start - len("the "))
        tense = at_the.day_tense()
        shift = 0
        if tense is Tense.PAST and day > pub.day:
            shift = -1  # "was arrested on the 17th", written on the 4th
        elif tense is Tense.FUTURE and day < pub.day:
            shift = 1  # "will be sentenced on the 3rd", written on the 20th
        year, month = cal.add_months(pub.year, pub.month, shift)
    d = valid_day(year, month, day)
    return Found(DATE, d.isoformat(), None, True) if d else None


SECOND_DAY_RE = (
    rf"{MONTH}\s*{DAY}{RANGE_JOIN}(?:the{_})?(?P<span>(?P<day2>3[01]|[12]\d|0?[1-9])"
    rf"(?:st|nd|rd|th)?\b(?![\d,.:]\d|\s*%|\s*percent)(?:{YEAR_SEP}{YEAR}(?!\d))?)"
)


FIRST_DAY_RE = (
    rf"(?<![\d,.$])(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    rf"(?={RANGE_JOIN}(?:the{_})?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    rf"(?:{_}of)?{_}{MONTH})"
)


WEEK_SHIFTS = {
    "next": 1,
    "following": 1,
    "coming": 1,
    "last": -1,
    "previous": -1,
    "past": -1,
    "this": 0,
}


def weekday_of_week(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "Tuesday of next week", "next week on Tuesday", "Monday of last week"."""
    shift = (m["wshift"] or m["wshift2"]).lower()
    name = m["weekday"] or m["weekday2"]
    monday = ctx.published - dt.timedelta(days=ctx.published.weekday())
    d = monday + dt.timedelta(weeks=WEEK_SHIFTS[shift], days=WEEKDAYS[name.lower()])
    return Found(DATE, d.isoformat(), None, True)


def week_of(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "the week of March 9", "the week beginning February 4": that day's week."""
    month = month_number(m["month"], numbered=True)
    if month is None:
        return None
    day = int(m["day"])
    year = int(m["year"]) if m["year"] else day_year(ctx, month, day, None)
    d = valid_day(year, month, day)
    return Found(DATE, cal.week(d), None, not m["year"]) if d else None


WEEKDAY_OF_WEEK_RE = (
    rf"{WEEKDAY},?{_}(?:(?:of|on|in){_})?(?:the{_})?"
    rf"(?P<wshift>next|last|this|following|previous|coming|past){_}week\b|"
    rf"(?P<wshift2>next|last|this|following|previous|coming|past){_}week"
    rf"(?:{_}on|,|\s*-)?{_}(?P<weekday2>{WEEKDAY_NAME})\b"
)


NTH_WEEK_OF_MONTH_RE = (
    rf"(?:the{_})?(?P<nth>first|second|third|fourth|last|final){_}week{_}(?:of|in){_}"
    rf"{MONTH}\b(?:{YEAR_SEP}{YEAR}(?!\d))?"
)
NTH_WEEK = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def nth_week_of_month(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "the first week of July", "the last week of May 2024".

    The ISO week that holds the middle day of those seven (the 4th for the
    first week, the 11th for the second, the fourth day from the end for the
    last): the week most of those days fall in.
    """
    month = month_number(m["month"])
    if month is None:
        return None
    year = int(m["year"]) if m["year"] else day_year(ctx, month, 1, None)
    n = NTH_WEEK[m["nth"].lower()]
    if n > 0:
        d = dt.date(year, month, 7 * (n - 1) + 4)
    else:
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        d = following - dt.timedelta(days=4)
    return Found(DATE, cal.week(d), None, not m["year"])


WEEK_OF_RE = (
    rf"(?:the{_})?(?:week{_}(?:of|beginning|starting|commencing)(?:{_}on)?|w/c){_}"
    rf"(?:the{_})?{MONTH}\s*{DAY}\b(?:{YEAR_SEP}{YEAR}(?!\d))?"
)


def ordinal_day_of(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "the 15th day of next month", "the twenty third day of September"."""
    ordinal = "-".join(m["ord"].lower().split())
    day = ORDINAL_WORDS.get(ordinal) or int(re.sub(r"\D", "", ordinal) or 0)
    if m["month"]:
        month = month_number(m["month"], numbered=True)
        if month is None:
            return None
        year = day_year(ctx, month, day, None)
    else:
        shift = SHIFT_WORDS[m["shift"].lower().split()[-1]]
        year, month = cal.add_months(ctx.published.year, ctx.published.month, shift)
    d = valid_day(year, month, day)
    return Found(DATE, d.isoformat(), None, True) if d else None


ORDINAL_DAY_OF_RE = (
    rf"(?:the{_})?(?P<ord>(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|"
    rf"sixth|seventh|eighth|ninth)|{'|'.join(sorted(ORDINAL_WORDS, key=len, reverse=True))}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)){_}day{_}of{_}(?:{MONTH}|{SHIFT}{_}month)\b"
)


NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}


def nth_weekday_of(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "the first Tuesday in November", "second Sunday": that weekday of the month."""
    pub = ctx.published
    if m["nth"].lower() == "last" and not (m["month"] or m["shift"]):
        return None  # "last Friday" is the latest Friday, not the month's last
    if m["month"]:
        month = month_number(m["month"], numbered=True)
        if month is None:
            return None
        year = cal.year_of_month(pub, month, None, ctx.tense())
    else:
        shift = SHIFT_WORDS.get((m["shift"] or "this").lower().split()[-1], 0)
        year, month = cal.add_months(pub.year, pub.month, shift)
    d = cal.nth_weekday(
        year, month, WEEKDAYS[m["weekday"].lower()], NTH[m["nth"].lower()]
    )
    if d.month != month:
        return None  # no fifth Sunday that month
    return Found(DATE, d.isoformat(), None, True)


NTH_WEEKDAY_RE = (
    rf"(?:the{_})?(?P<nth>first|second|third|fourth|fifth|last){_}{WEEKDAY}\b"
    rf"(?:{_}(?:of|in){_}(?:{MONTH}|{SHIFT}{_}month\b))?"
)
