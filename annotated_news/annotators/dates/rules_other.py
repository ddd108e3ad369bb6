"""Rules for what is not a calendar date: durations, recurrences, times, "now".

They matter to the site too: a duration ("three years") or a rate ("a
day") claimed here is not read as a date, and the tense of "weeks later"
is not mistaken for a day.
"""

from __future__ import annotations

import datetime as dt
import re

from ..vocabulary.number_words import words_pattern
from ..vocabulary.time_zones import CLOCK_PREPOSITIONS
from . import calendar as cal
from . import rules_common as rcm
from . import rules_relative as rr
from .context import Context, Found
from .lexicon import (
    PARTS_OF_DAY,
    SEASONS,
    SET_ADVERBS,
    TENS_WORDS,
    UNITS,
    UNITS_WORDS,
    WEEKDAYS,
)
from .patterns import (
    COUNT,
    DAY,
    MONTH,
    NOT_MORE_NUMBER,
    NUMBER_WORD,
    PART_OF_DAY,
    SEASON,
    TIME_OF_DAY,
    UNIT,
    WEEKDAY,
    WEEKDAY_NAME,
    _,
)
from .temporal import TemporalKind

DATE, TIME = TemporalKind.DATE, TemporalKind.TIME
DURATION, SET = TemporalKind.DURATION, TemporalKind.SET

VAGUE_RE = re.compile(
    r"several|a\s+few|few|many|some|numerous|dozens\s+of|hundreds\s+of|thousands\s+of",
    re.IGNORECASE,
)


def count_value(text: str) -> float | None:
    """The number a count stands for; None for a vague one ("several")."""
    t = " ".join(text.lower().split())
    if VAGUE_RE.fullmatch(t):
        return None
    if t[0].isdigit():
        whole, _sp, fraction = t.partition(" ")
        value = float(whole)
        if fraction:
            top, bottom = fraction.split("/")
            value += int(top) / int(bottom)
        return value
    if t in ("a", "an", "one"):
        return 1
    if t in ("a couple of", "a couple", "couple of"):
        return 2
    if t in ("a dozen", "dozen"):
        return 12
    if t in ("a hundred", "hundred"):
        return 100
    parts = re.split(r"[- ]", t)
    total = 0
    for p in parts:
        if p in TENS_WORDS:
            total += TENS_WORDS[p]
        elif p in UNITS_WORDS:
            total += UNITS_WORDS[p]
        else:
            return None
    return total


# How a unit code is written in an ISO 8601 duration, and its multiple.
DURATION_UNITS = {
    "S": ("T", "S", 1),
    "MIN": ("T", "M", 1),
    "H": ("T", "H", 1),
    "D": ("", "D", 1),
    "W": ("", "W", 1),
    "FN": ("", "W", 2),
    "M": ("", "M", 1),
    "Q": ("", "Q", 1),
    "Y": ("", "Y", 1),
    "DE": ("", "Y", 10),
    "CE": ("", "Y", 100),
    "ML": ("", "Y", 1000),
    "WE": ("", "WE", 1),
}
# A half unit written in the next smaller unit ("2 1/2 hours" is PT2H30M).
SMALLER = {
    "Y": ("M", 12),
    "H": ("MIN", 60),
    "MIN": ("S", 60),
    "D": ("H", 24),
    "W": ("D", 7),
}


def duration_value(n: float | None, unit: str) -> str:
    """ISO 8601 duration of `n` units; `X` for an unknown amount ("PXY").

    A fraction goes to the next smaller unit: 2 1/2 years is `P2Y6M`.
    """
    t, letter, times = DURATION_UNITS[unit]
    if n is None:
        return f"P{t}X{letter}"
    n *= times
    whole = int(n)
    if whole != n and unit in SMALLER:
        smaller, factor = SMALLER[unit]
        rest = duration_value((n - whole) * factor, smaller)
        if not whole:
            return rest
        t_rest = "T" if "T" in rest and t != "T" else ""
        return f"P{t}{whole}{letter}{t_rest}{rest.lstrip('PT')}"
    amount = f"{whole}" if whole == n else f"{n:g}"
    return f"P{t}{amount}{letter}"


APPROX_WORDS = {
    "about": "about",
    "around": "about",
    "roughly": "about",
    "some": "about",
    "approximately": "about",
    "nearly": "less than",
    "almost": "less than",
    "more than": "more than",
    "over": "more than",
    "less than": "less than",
    "under": "less than",
    "at least": "at least",
    "up to": "up to",
    "within": "up to",
}
MILITARY_HOUR_RE = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
CLOCK_BEFORE_WORDS = frozenset(CLOCK_PREPOSITIONS)
ANCHOR_WORDS = frozenset({"ago", "from now", "hence", "earlier", "later"})
BEFORE_ONE_DAY = frozenset(
    {"for", "in", "within", "over", "than", "only", "just", "about", "after", "of"}
)


def _anniversary(period: str, day: dt.date) -> Found:
    """Forms: "a year ago this week", "ten years ago today": that day's period.

    The day an amount of time before publication, at the grain of the period
    the text names after it (one date, not "a year ago" and "this week").
    """
    grain = period.split()[-1].lower()
    if grain == "week":
        return Found(DATE, cal.week(day), None, True)
    if grain == "month":
        return Found(DATE, cal.month(day.year, day.month), None, True)
    return Found(DATE, cal.day(day), None, True)


def duration(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "three years", "the past two months", "a four-week", "almost seven years"."""
    unit_word = m["unit"].lower()
    unit = UNITS[unit_word]
    count_text = m["count"]
    n = count_value(count_text)
    if unit == "S" and count_text.lower() in ("a", "an"):
        return None  # "a second betrayal": another, not a second of time
    if (
        unit == "H"
        and MILITARY_HOUR_RE.fullmatch(count_text)
        and (
            ctx.word_before() in CLOCK_BEFORE_WORDS
            or count_text.startswith("0")
            or rcm.ZERO_PARTNER_BEFORE_RE.search(ctx.before(12))
        )
    ):
        # "until 1800 hours", "from 0800 to 1700 hours": a clock time
        # (`patterns.TIME_OF_DAY`)
        return None
    if unit == "Q" and (
        "-" in m.group(0)
        or (count_text.lower() in ("a", "an") and ctx.word_after().lower() == "of")
    ):
        return None  # "three-quarters of its food", "a quarter of the market"
    hyphen = (
        m.group(0)[m.end("count") - m.start() : m.start("unit") - m.start()].strip()
        == "-"
    )
    # A count written in words before a singular unit and a noun is a
    # duration that modifies it: "a six year process", "a two day rally".
    modifier = (
        not count_text[:1].isdigit()
        and unit_word != "second"
        and ctx.word_after()[:1].islower()
    )
    if (
        n is not None
        and n != 1
        and not unit_word.endswith("s")
        and not hyphen
        and not modifier
    ):
        return None  # "the 1988 second quarter": a count needs a plural unit
    if n is not None and m["half"]:
        n += 0.5
    if (
        unit == "D"
        and count_text.lower() in ("one", "a")
        and not m["which"]
        and not hyphen  # "the one-day trip" is an amount of time
        and (not m["dir"] and ctx.word_before() not in BEFORE_ONE_DAY)
    ):
        return None  # "One day, he ...", "a day" in a rate: not an amount of time
    if m["dir"]:
        direction = " ".join(m["dir"].lower().split())
        # "from a year earlier" compares with the period its sentence names;
        # "a day earlier", "three days later" stay amounts of time, as TimeML
        # writes them (P1D, P3D).
        if direction == "earlier" and unit == "Y" and n == 1:
            shifted = rr.from_reference(ctx, unit, -1)
            if shifted is not None:
                return shifted
        if m["anniv"] and direction == "ago" and n is not None and n == int(n):
            return _anniversary(
                m["anniv"], cal.offset_day(ctx.published, unit, -int(n))
            )
        if direction in ("ago", "from now", "hence") or (
            direction == "earlier" and unit == "Y" and n == 1
        ):
            return rr.ago(m, ctx, n)
    approx = " ".join((m["approx"] or "").lower().split())
    reaches = None
    if (
        m["dir"]
        and n is not None
        and n == int(n)
        and unit in REACHED_UNITS
        and not approx  # "nearly two weeks later": no day to show
        and ctx.word_after().lower() != "than"  # "a day later than the others"
    ):
        # "arrested on May 28 and released three days later": the amount
        # stays the value (TimeML's P3D); the site shows the day it reaches.
        sign = 1 if m["dir"].lower() == "later" else -1
        shifted = rr.from_reference(ctx, unit, sign * int(n))
        reaches = shifted.value if shifted else None
    elif (
        not m["dir"]
        and not m["which"]
        and n is not None
        and n == int(n)
        and (unit in REACHED_UNITS or unit == "FN")
        and not approx
        and ctx.word_before().lower() == "in"
        and not SINCE_BEFORE_IN_RE.search(ctx.before(30))
        and not DAY_NAMED_AFTER_RE.match(ctx.after(16))
        and (
            TIME_AFTER_RE.match(ctx.after(8))
            or (
                ctx.tense() is cal.Tense.FUTURE
                and not HYPOTHETICAL_RE.search(ctx.before(60))
            )
        )
    ):
        # "in two weeks' time", "will return in ten days": the amount stays
        # the value (TimeML's P2W); the site shows the week or day it
        # reaches from publication. Not "lost ten pounds in two weeks".
        reaches = cal.offset_point(ctx.published, unit, int(n))
    return Found(
        DURATION,
        duration_value(n, unit),
        APPROX_WORDS.get(approx),
        reaches=reaches,
    )


# Units an amount "later"/"earlier" moves a date by, to a date the site shows
# (not hours: "two hours later" is no other day than the one just named).
REACHED_UNITS = frozenset({"D", "W", "M"})
# "two weeks’ time": the apostrophe of the plural's possessive, then "time".
TIME_AFTER_RE = re.compile(r"['’]?[ ]time\b")
# "for the fourth time in five months", "the highest level in two weeks",
# "the first rise in a year": the amount before now, no day ahead.
SINCE_BEFORE_IN_RE = re.compile(
    r"(?:\btimes?|\w+est|\blevel|\bhigh|\blow|\bfirst|\bonly)[ ]+in[ ]+$", re.I
)
# "in three days, on Friday": the day named after it says when.
DAY_NAMED_AFTER_RE = re.compile(rf",?{_}(?:on{_})?(?:{WEEKDAY_NAME})\b", re.I)
# "he would know in six months", "it could take effect in a week": a
# supposition, no date to show (not the month: "In May, he said he will").
HYPOTHETICAL_RE = re.compile(r"\b(?:[Ww]ould|[Cc]ould|[Mm]ight|may)\b")
RECENT_REFS = {"years": "PAST_REF", "days": "PAST_REF"}
BARE_BEFORE = frozenset(
    "for in within over after takes take took taking lasted lasts spent spend "
    "than".split()
)


def bare_units(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "for years", "now takes weeks", "in recent weeks", "coming months"."""
    plural = m["bare"].lower()
    unit = UNITS[plural]
    adjective = (m["adj"] or "").lower()
    if adjective == "recent":
        if plural in RECENT_REFS:
            return Found(DATE, RECENT_REFS[plural])
        return Found(DURATION, duration_value(None, unit))
    if adjective == "coming":
        return Found(DATE, "FUTURE_REF")
    if adjective or ctx.word_before() in BARE_BEFORE:
        return Found(DURATION, duration_value(None, unit))
    if ctx.word_after().lower() in ("later", "earlier", "ago", "before", "after"):
        return Found(DURATION, duration_value(None, unit))
    return None


def set_adverb(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "daily", "weekly", "annually": a recurrence of one unit."""
    code = SET_ADVERBS[m["adv"].lower()]
    n, unit = (int(code[0]), code[1:]) if code[0].isdigit() else (1, code)
    return Found(SET, duration_value(n, unit))


def set_every(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "every day", "each July", "every Thursday", "every morning", "each year"."""
    n = count_value(m["n"]) if m["n"] else 1
    if m["other"]:
        n = (n or 1) * 2
    if m["unit"]:
        return Found(SET, duration_value(n, UNITS[m["unit"].lower()]))
    if m["weekday"]:
        return Found(SET, f"XXXX-WXX-{WEEKDAYS[m['weekday'].lower()] + 1}")
    if m["month"]:
        month = rcm.month_number(m["month"])
        return Found(SET, f"XXXX-{month:02d}") if month else None
    if m["season"]:
        return Found(SET, f"XXXX-{SEASONS[m['season'].lower()]}")
    if m["pod"]:
        return Found(SET, f"XXXX-XX-XXT{PARTS_OF_DAY[m['pod'].lower()]}")
    return None


_ONE_TO_TEN = words_pattern({w: v for w, v in UNITS_WORDS.items() if v <= 10})
QUANTITY_BEFORE_RE = re.compile(
    rf"(?:\d|\b(?:{_ONE_TO_TEN}|dozen|hundred|"
    r"thousand|million|billion|times|once|twice))\b[^.;]{0,30}$",
    re.IGNORECASE,
)


def set_rate(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "$33 million a year", "3,000 migrants a day": the rate of a quantity."""
    if ctx.word_after().lower() in (
        "ago",
        "earlier",
        "later",
        "before",
        "after",
        "or",
        "from",
        "of",
    ) or ctx.after(12).startswith(" and a half"):
        return (
            None  # "a year ago", "a year or two", "a quarter of its fuel": not a rate
        )
    if not QUANTITY_BEFORE_RE.search(ctx.before(40)):
        return None
    return Found(SET, duration_value(1, UNITS[m["unit"].lower()]))


# Words that point at the present, past or future without a date. Left out
# although TimeML may tag them: "previously", "soon", "future" and "recent" as
# adjectives, "once" - in news they are far more often plain adverbs (on
# TBAQ, tagged less than half the times they occur).
REFS = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "current": "PRESENT_REF",
    "recently": "PAST_REF",
    "formerly": "PAST_REF",
    "the past": "PAST_REF",
    "at the time": "PAST_REF",
    "at that time": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
}
# Words after "current"/"recent"/"future" that make them a time of their own.
REF_NOUNS_NOT = frozenset({"and", "or", "account", "accounts", "events", "affairs"})


def reference(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "now", "currently", "recently", "the past", "the future", "soon"."""
    words = " ".join(m["ref"].lower().split()).replace("in past", "the past")
    after = ctx.word_after().lower()
    if words == "soon" and after == "as":
        return None  # "as soon as"
    if words == "current" and (not after or after in REF_NOUNS_NOT):
        return None
    if words not in REFS:
        return None
    return Found(DATE, REFS[words])


def _clock(m: re.Match[str]) -> str | None:
    """Forms: "HH:MM" of a time of day match, or None if it is not a time."""
    if m["named"]:
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[
            m["named"].lower()
        ]
    if m["hh"]:
        return f"{int(m['hh']):02d}:{m['mm']}"
    if m["hh4"]:
        return f"{m['hh4']}:{m['mm4']}"  # "1600 GMT"
    hour = int(m["hour"])
    if not 1 <= hour <= 12:
        return None
    pm = m["ampm"].lower().startswith("p")
    hour = hour % 12 + (12 if pm else 0)
    return f"{hour:02d}:{m['minute'] or '00'}"


def time_on_day(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "10 p.m. Wednesday", "noon Thursday", "15:00 GMT Saturday", "3 p.m. today"."""
    clock = _clock(m)
    if clock is None:
        return None
    if m["month"]:
        month = rcm.month_number(m["month"], numbered=True)
        if month is None:
            return None
        day = int(m["day"])
        year = rcm.day_year(ctx, month, day, None)
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
    elif m["weekday"]:
        day = WEEKDAYS[m["weekday"].lower()]
        d = cal.weekday_date(ctx.published, day, ctx.day_tense())
    else:
        d = ctx.published + dt.timedelta(days=rcm.DEICTIC_DAYS[m["word"].lower()])
    return Found(TIME, f"{d.isoformat()}T{clock}", None, True)


CLOCK_BEFORE = frozenset({"at", "by", "until", "after", "before", "from", "around"})


def bare_time(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "10:35 a.m.", "8 PM", "noon": a time of a day the text does not name here.

    The value is the time alone (`T10:35`): which day it is, the text does not
    say, so it is no site date. The evaluation puts it on the publication day,
    as TimeML annotators mostly do.
    """
    clock = _clock(m)
    if clock is None or ctx.word_before() == "high" or (m["named"] and ctx.in_title()):
        return None  # "High Noon"
    # "3:07" alone may be a score or a ratio; "at 3:07" is a clock time.
    if m["hh"] and not m["zone"] and ctx.word_before() not in CLOCK_BEFORE:
        return None
    # "1500 start the race" counts runners; "the 1500 start" is a time.
    if (
        m["hh4"]
        and not m["zone"]
        and rcm.CLOCK_EVENT_NEXT_RE.match(ctx.after(20))
        and not rcm.CLOCK_EVENT_BEFORE_RE.search(ctx.before(12))
    ):
        return None
    return Found(TIME, f"T{clock}", None, True)


AGO_DIR = r"(?P<dir>ago|from{_}now|hence|earlier|later)"
# "over the past three days" is during them, no "more than": "over" before
# "the" is left out of the expression.
APPROX = (
    r"(?P<approx>about|around|nearly|almost|roughly|approximately|some|more\s+than|"
    r"less\s+than|over(?!\s+the\b)|under|at\s+least|up\s+to|within|only|just|"
    r"a\s+mere)"
)
DURATION_RE = (
    rf"(?:{APPROX}{_})?(?:the{_}(?:(?P<which>past|last|next|first|coming|previous|"
    rf"following|final|remaining|latest|other){_})?)?{COUNT}(?:{_}|-)"
    rf"(?:(?:more|additional|full|straight|consecutive){_})?{UNIT}"
    rf"(?P<half>{_}and{_}a{_}half)?(?!-old|{_}old\b|-)"
    rf"(?:(?:{_}or{_}so)?{_}{AGO_DIR.format(_=_)}"
    rf"(?:(?<=ago),?{_}(?P<anniv>this{_}week|this{_}month|today|tonight))?)?\b"
)
BARE_UNITS_RE = (
    rf"(?:(?P<adj>recent|coming|ensuing|following){_})?"
    r"(?P<bare>years|months|weeks|days|decades|hours|minutes|centuries)\b"
    rf"(?!{_}old\b|-old)"
)
SET_ADVERB_RE = (
    r"(?P<adv>daily|weekly|biweekly|monthly|annually|yearly|hourly|nightly|"
    r"semiannually)\b"
)
SET_EVERY_RE = (
    rf"(?:every|each){_}(?:(?P<other>other){_})?(?:(?P<n>\d+|two|three|four|five|"
    rf"six|seven|eight|nine|ten|few){_})?(?:{UNIT}|{WEEKDAY}|{MONTH}|{SEASON}|"
    rf"{PART_OF_DAY})\b"
)
SET_RATE_RE = r"(?:a|an|per)\s+(?P<unit>day|week|month|year|hour|quarter)\b"
REF_RE = (
    rf"(?P<ref>right{_}now|nowadays|now|currently|these{_}days|recently|previously|"
    rf"formerly|(?:the|in){_}past|at{_}(?:the|that){_}time|the{_}(?:near{_})?future|"
    rf"the{_}present|current)\b"
)
# "on" in lower case: "by 9 a.m. On Tuesday, the lot was empty" is two
# sentences, the time in the first and the day in the second.
TIME_ON_DAY_RE = (
    rf"{TIME_OF_DAY},?{_}(?:(?-i:on){_})?(?:{WEEKDAY}|(?P<word>today|tomorrow|yesterday)|"
    rf"{MONTH}\s*{DAY}{NOT_MORE_NUMBER})\b"
)
BARE_TIME_RE = TIME_OF_DAY
# "12" of "12 to 18 months": a count that takes the unit of the one after it.
COUNT_RANGE_RE = (
    rf"(?P<count>\d+|{NUMBER_WORD})(?={_}(?:to|or|and|-|–){_}(?:\d+|{NUMBER_WORD})"
    rf"{_}{UNIT}\b)"
)


def count_range(m: re.Match[str], ctx: Context) -> Found | None:
    """The first count of a range of durations ("between 12 and 18 months")."""
    n = count_value(m["count"])
    if n is None or m["count"].lower() in ("a", "an"):
        return None
    if MILITARY_HOUR_RE.fullmatch(m["count"]) and m["count"].startswith("0"):
        return None  # "from 0800 to 1700 hours": clock times, no year opens with 0
    return Found(DURATION, duration_value(n, UNITS[m["unit"].lower()]))
