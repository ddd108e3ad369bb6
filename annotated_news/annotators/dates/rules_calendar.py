"""Rules for calendar dates: days, months, years, weeks, quarters, seasons.

Each rule is a pattern and a function from its match to a `Found` (or None
when the match is not a date after all: "May" the verb, "1999 miles").
"""

from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .calendar import Tense
from .context import WORD_BEFORE_RE, Context, Found
from .lexicon import (
    FIXED_HOLIDAYS,
    MONTHS,
    ORDINAL_WORDS,
    SEASONS,
    SHIFT_WORDS,
    UNITS,
    UNITS_WORDS,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
)
from .patterns import (
    DAY,
    HOLIDAY,
    MONTH,
    NOT_MORE_NUMBER,
    ORDINAL,
    PART_OF_DAY,
    PERIOD_MOD,
    PERIOD_UNIT,
    SEASON,
    SHIFT,
    WEEKDAY,
    WEEKDAY_NAME,
    YEAR,
    _,
)
from .temporal import TemporalKind

DATE, TIME = TemporalKind.DATE, TemporalKind.TIME

FULL_MONTHS = frozenset(
    "january february march april may june july august september october november "
    "december".split())
# Month names that are also everyday words ("may", "march") or first names
# ("April", "June"): alone, they need a preposition or a modifier to be dates.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "august", "april", "june"})
MONTH_PREPOSITIONS = frozenset(
    "in since until till by during through from to before after between and or of "
    "early mid late for into throughout around last this next on a an the its his "
    "her their".split())

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "overnight": "NI"}
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
    if word[0].islower() and not numbered and (
        key not in FULL_MONTHS or key in AMBIGUOUS_MONTHS
    ):
        return None
    return MONTHS[key]


def modifier_of(words: str | None) -> str | None:
    """Normalise a written modifier: "the end of" -> "late", "mid-" -> "mid"."""
    if not words:
        return None
    w = " ".join(words.lower().replace("-", " ").split())
    for key, name in (("first half", "first half"), ("second half", "second half"),
                      ("last half", "second half"), ("latter half", "second half"),
                      ("beginning", "early"), ("start", "early"), ("early", "early"),
                      ("middle", "mid"), ("mid", "mid"), ("end", "late"),
                      ("late", "late")):
        if key in w:
            return name
    return None


def _valid_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_day(m: re.Match[str], ctx: Context) -> Found | None:
    """"May 21", "Aug. 9, 1998", "Monday, Oct. 19", "22 March 2013"."""
    month = month_number(m["month"], numbered=True)
    if ctx.before(3).rstrip().endswith(("$", "€", "£")):
        return None  # "$12 December 27": the number is an amount
    if month is None:
        return None
    day = int(m["day"])
    if m["year"]:
        d = _valid_day(int(m["year"]), month, day)
        return Found(DATE, d.isoformat()) if d else None
    shift = m.groupdict().get("dshift")
    tense = ({"last": Tense.PAST, "next": Tense.FUTURE}.get(shift.lower(), Tense.NONE)
             if shift else None)
    year = day_year(ctx, month, day, m["weekday"], tense)
    d = _valid_day(year, month, day)
    return Found(DATE, d.isoformat(), None, True) if d else None


NEAR_DAYS = 75
"""A day this close to publication is that one, whatever the clause's tense."""


def day_year(ctx: Context, month: int, day: int, weekday_name: str | None,
             tense: Tense | None = None) -> int:
    """The year of a month and day written without one.

    A weekday written with it decides ("Monday, Oct. 26"). Otherwise the
    nearer reading wins when it lies within `NEAR_DAYS` of publication:
    reporters write "was set for Oct. 26" in the past tense about the coming
    week. Farther away, the clause's tense decides.
    """
    pub = ctx.published
    if tense is not None and tense is not Tense.NONE:
        return cal.year_of_month(pub, month, day, tense)
    candidates = [y for y in (pub.year - 1, pub.year, pub.year + 1)
                  if _valid_day(y, month, day)]
    if weekday_name:
        target = WEEKDAYS[weekday_name.lower()]
        matching = [y for y in candidates if dt.date(y, month, day).weekday() == target]
        if matching:
            return min(matching, key=lambda y: abs((dt.date(y, month, day) - pub).days))
    if candidates:
        nearest = min(candidates, key=lambda y: abs((dt.date(y, month, day) - pub).days))
        if abs((dt.date(nearest, month, day) - pub).days) <= NEAR_DAYS:
            return nearest
    return cal.year_of_month(pub, month, day, ctx.tense())


def ordinal_of_month(m: re.Match[str], ctx: Context) -> Found | None:
    """"the second of August", "the 9th of May 2020"."""
    ordinal = "-".join(m["ord"].lower().split())
    day = ORDINAL_WORDS.get(ordinal) or int(re.sub(r"\D", "", ordinal) or 0)
    month = month_number(m["month"], numbered=True)
    if not day or month is None:
        return None
    shift = m.groupdict().get("dshift")
    tense = ({"last": Tense.PAST, "next": Tense.FUTURE}.get(shift.lower(), Tense.NONE)
             if shift else None)
    year = int(m["year"]) if m["year"] else day_year(ctx, month, day, None, tense)
    d = _valid_day(year, month, day)
    return Found(DATE, d.isoformat(), None, not m["year"]) if d else None


def month_year(m: re.Match[str], ctx: Context) -> Found | None:
    """"May 2010", "mid-May 2010", "the end of June 2024", "June last year"."""
    month = month_number(m["month"], numbered=True)
    if month is None:
        return None
    if m["year"]:
        return Found(DATE, cal.month(int(m["year"]), month), modifier_of(m["mod"]))
    year = ctx.published.year + SHIFT_WORDS[m["yshift"].lower()]
    return Found(DATE, cal.month(year, month), modifier_of(m["mod"]), True)


def month_alone(m: re.Match[str], ctx: Context) -> Found | None:
    """"in April", "last July", "mid-May", "late last July"."""
    month = month_number(m["month"])
    if month is None:
        return None
    mod, shift = m["mod"], m["shift"]
    name = m["month"].lower().rstrip(".")
    if not mod and not shift and (
        name in AMBIGUOUS_MONTHS or name not in FULL_MONTHS
    ) and ctx.word_before() not in MONTH_PREPOSITIONS:
        return None
    if name not in FULL_MONTHS and not m["month"].endswith("."):
        return None  # "Jan Kavan": an abbreviation alone needs its dot
    if ctx.word_after().lower() == "of" or (
        re.match(r" [A-Z]", ctx.after(2)) and ctx.in_title()):
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
    else:
        back = (pub.month - month) % 12
        ahead = (month - pub.month) % 12
        if min(back, ahead) <= NEAR_MONTHS:
            year = pub.year - (month > pub.month) if back <= ahead else (
                pub.year + (month < pub.month))
        else:
            year = cal.year_of_month(pub, month, None, ctx.tense())
    return Found(DATE, cal.month(year, month), modifier_of(mod), True)


NEAR_MONTHS = 2
"""A month this close to publication's is the nearer one, whatever the tense."""


# A four-digit number followed by one of these is a count, not a year.
COUNT_NOUNS = frozenset(
    "people men women children police staff personnel troops feet miles percent "
    "times points units employees workers jobs homes acres tons barrels shares".split())
NOT_PLURAL = frozenset(
    "was is has as his its this thus plus us yes does always perhaps besides unless "
    "whereas towards afterwards across less".split())
# Words before a number that make it a name or an amount ("Flight 2013", "No. 1999").
NOT_YEAR_BEFORE = frozenset(
    "no. no number nos. # $ € £ flight route highway room page section rule article "
    "chapter model version windows boeing airbus apollo vision agenda euro cop "
    "interstate code form suite".split())


# Words before a year used as an adjective ("the 1992 protests").
DETERMINERS = frozenset("the a an its his her their our this that of in since by".split())


def is_count(word_before: str, word_after: str) -> bool:
    """Whether the words around a number show it counts things ("1999 miles").

    Edited news writes counts of a thousand and more with a separator
    ("2,000"), so a bare four-digit number is a year unless a plural noun
    follows it without a determiner before it ("the 1992 protests" is a year).
    """
    w = word_after
    if not w or not w[0].islower():
        return False
    if w in COUNT_NOUNS:
        return True
    plural = w.endswith("s") and not w.endswith("ss") and w not in NOT_PLURAL
    return plural and word_before not in DETERMINERS


YEAR_JOIN_RE = re.compile(r"(?:\b(?:pre|post|mid)|(?<!\d)(?:1\d|20)\d\d)[-–]$",
                          re.IGNORECASE)


# Capitalised words a year may follow: it is a date there, not part of a name.
BEFORE_YEAR_OK = frozenset(
    "in by since until till through during from to before after for of and or on at "
    "early mid late fiscal calendar fy spring summer fall autumn winter christmas "
    "easter thanksgiving class".split()) | FULL_MONTHS | set(MONTHS) | set(WEEKDAYS)


def _after_name(ctx: Context) -> bool:
    """Whether a number follows a capitalised word inside its sentence ("Orion 1980")."""
    m = WORD_BEFORE_RE.search(ctx.before(30))
    if m is None or not m[1][:1].isupper() or m[1].lower() in BEFORE_YEAR_OK:
        return False
    if m[1].endswith(("'s", "’s")):
        return False  # "Navigation Mixte's 1989 results"
    # The capitalised word opens the sentence ("Since 2010", "Between 2009"): fine.
    return bool(ctx.text[ctx.sentence.start : ctx.start - len(m[0])].strip(" \"'“‘("))


def year(m: re.Match[str], ctx: Context) -> Found | None:
    """"2022", "fiscal 1989", "mid-2010", "the first half of 2024", "the end of 2023"."""
    value = int(m["year"])
    before = ctx.word_before()
    mod = m["mod"]
    if before in NOT_YEAR_BEFORE or ctx.before(1) in ("$", "#", "/", "."):
        return None
    # "post-1959" and "2009-2010" are years; "A-1998", "737-2000" are names.
    if ctx.before(1) in ("-", "–") and not YEAR_JOIN_RE.search(ctx.before(6)):
        return None
    if not (m["fy"] or mod) and is_count(before, ctx.word_after()):
        return None
    if not (m["fy"] or mod) and ctx.in_title() is False and _after_name(ctx):
        return None  # "Orion 1980", "Windows 2000", "Euro 2016": part of a name
    if not (m["fy"] or mod) and not 1600 <= value <= 2099:
        return None
    if mod and "quarter" in mod.lower():
        n = ORDINAL_WORDS[mod.lower().replace("the", "").split()[0]]
        return Found(DATE, f"{value:04d}-Q{n}")
    return Found(DATE, f"{value:04d}", modifier_of(mod))


def year_tail(m: re.Match[str], ctx: Context) -> Found | None:
    """The "58" of "1957-58": a year in the century of the year before it."""
    first = ctx.text[m.start() - 5 : m.start() - 1]
    if not first.isdigit():
        return None
    century, short = int(first) // 100, int(m["yy"])
    if short <= int(first) % 100:
        return None
    return Found(DATE, f"{century * 100 + short:04d}")


def decade(m: re.Match[str], ctx: Context) -> Found | None:
    """"the 1990s", "the mid-1980s", "the '80s", "the nineties"."""
    if m["decade"]:
        value = m["decade"][:3]
    elif m["dd"]:
        value = ("19" if int(m["dd"]) >= 30 else "20") + m["dd"][0]
    else:
        if not m["the"]:
            return None
        word = m["word"].lower()
        value = "19" + str(["twenties", "thirties", "forties", "fifties", "sixties",
                            "seventies", "eighties", "nineties"].index(word) + 2)
    return Found(DATE, value, modifier_of(m["mod"] or m["mod2"]))


def century(m: re.Match[str], ctx: Context) -> Found | None:
    """"the 20th century", "the early nineteenth century"."""
    ordinal = m["ord"].lower()
    n = ORDINAL_WORDS.get(ordinal) or int(re.sub(r"\D", "", ordinal) or 0)
    if not 1 <= n <= 21:
        return None
    return Found(DATE, f"{n - 1:02d}", modifier_of(m["mod"]))


def numeric_date(m: re.Match[str], ctx: Context) -> Found | None:
    """"2013-03-22", "3/22/2013", "3/22/13" (US order, as in US news)."""
    y = int(m["y"] or m["y2"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    d = _valid_day(y, int(m["m"] or m["m2"]), int(m["d"] or m["d2"]))
    return Found(DATE, d.isoformat()) if d else None


def _quarter_number(word: str) -> int | None:
    w = word.lower()
    if w in ("final", "last"):
        return 4
    n = ORDINAL_WORDS.get(w) or int(re.sub(r"\D", "", w) or 0)
    return n if 1 <= n <= 4 else None


def quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """"the third quarter", "third-quarter", "the fourth quarter of 1989", "Q3 2019"."""
    n = _quarter_number(m["ord"])
    if n is None:
        return None
    explicit = m["year"] or m["qyear"]
    if explicit:
        return Found(DATE, f"{int(explicit):04d}-Q{n}")
    pub = ctx.published
    year_shift = m["qyshift"] or m["qyshift2"]
    if year_shift:
        year = pub.year + SHIFT_WORDS[year_shift.lower()]
        return Found(DATE, f"{year:04d}-Q{n}", None, True)
    current = cal.quarter_of(pub)
    tense = ctx.tense()
    if m["qshift"] and m["qshift"].lower() in ("year-ago", "year-earlier"):
        return Found(DATE, f"{pub.year - 1:04d}-Q{n}", None, True)
    # The quarter just ended is this year's whatever the tense: it is the one
    # being reported. Otherwise a future clause looks ahead, others back.
    if tense is Tense.FUTURE and n < current - 1:
        year = pub.year + 1
    elif tense is not Tense.FUTURE and n > current:
        year = pub.year - 1
    else:
        year = pub.year
    return Found(DATE, f"{year:04d}-Q{n}", None, True)


def period_code(m: re.Match[str], ctx: Context) -> Found | None:
    """"Q3 2019", "2017-Q1", "H2 2019": a quarter, or a half as its year's part."""
    n, code = int(m["n"]), m["code"].upper()
    if code == "H" and n > 2:
        return None
    explicit = m["year1"] or m["year2"]
    if not explicit and not m.group(0)[0].isupper():
        return None  # "q3" alone in lower case is more likely a code than a quarter
    year = int(explicit) if explicit else ctx.published.year + SHIFT_WORDS.get(
        (m["cyshift"] or "this").lower(), 0)
    if code == "Q":
        return Found(DATE, f"{year:04d}-Q{n}", None, not explicit)
    return Found(DATE, f"{year:04d}", "first half" if n == 1 else "second half",
                 not explicit)


def latest_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """"the latest quarter", "the quarter", "the year-ago period": company results.

    In company news the quarter (or period) is the one just reported, the
    last one ended before publication, unless the clause looks ahead ("expects
    to break even for the quarter"). "Year-ago" and "year-earlier" move it a
    year back.
    """
    back = 0 if m["which"] is None and ctx.tense() is Tense.FUTURE else -1
    if m["ago"] or m["adj"]:
        back -= 4
    return Found(DATE, cal.shifted_period(ctx.published, "Q", back) or "", None, True)


def half_of_year(m: re.Match[str], ctx: Context) -> Found | None:
    """"the first half of the year", "the second half of this year"."""
    year = int(m["year"]) if m["year"] else ctx.published.year
    return Found(DATE, f"{year:04d}", modifier_of(m["half"] + " half"), not m["year"])


def _season_year(pub: dt.date, code: str, n: int) -> int:
    """The year of "last" (n < 0), "this" (0) or "next" (n > 0) season `code`.

    A season of year Y runs from its start month for three months (winter from
    December Y to February Y+1). "Last summer" is the latest one already over,
    "next summer" the first one not yet begun.
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
    return pub.year - 1 if code == "WI" and pub.month <= 2 else pub.year


def season(m: re.Match[str], ctx: Context) -> Found | None:
    """"last summer", "this fall", "the summer of 2012", "early spring"."""
    code = SEASONS[m["season"].lower()]
    shift, year_text = m["shift"], m["year"]
    if year_text:
        return Found(DATE, f"{int(year_text):04d}-{code}", modifier_of(m["mod"]))
    if not shift:
        if not m["the"] or ctx.word_after().lower() == "of":
            return None
        tense = ctx.tense()
        n = 1 if tense is Tense.FUTURE else 0
        return Found(DATE, f"{_season_year(ctx.published, code, n):04d}-{code}",
                     modifier_of(m["mod"]), True)
    n = SHIFT_WORDS.get(shift.split()[-1].lower(), 0)
    if shift.lower().startswith("this past"):
        n = -1
    return Found(DATE, f"{_season_year(ctx.published, code, n):04d}-{code}",
                 modifier_of(m["mod"]), True)


HOLIDAY_ALIASES = {"saint patrick's day": "st. patrick's day",
                   "saint patrick": "st. patrick's day", "st patrick's day":
                   "st. patrick's day", "new year": "new year's day"}


def holiday(m: re.Match[str], ctx: Context) -> Found | None:
    """"Thanksgiving", "Christmas 2010", "Easter", "Election Day"."""
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
        if name in WEEKDAY_HOLIDAYS:
            d = cal.nth_weekday(year, *WEEKDAY_HOLIDAYS[name])
            return d + dt.timedelta(days=1) if name == "black friday" else d
        return None

    if m["year"]:
        d = on(int(m["year"]))
        return Found(DATE, d.isoformat()) if d else None
    pub = ctx.published
    this_year = on(pub.year)
    if this_year is None:
        return None
    n = SHIFT_WORDS.get(m["shift"].split()[-1].lower(), 0) if m["shift"] else 0
    last, coming = (this_year if this_year <= pub else on(pub.year - 1),
                    this_year if this_year >= pub else on(pub.year + 1))
    if n < 0 or (n > 0 and coming is None):
        d = last
    elif n > 0:
        d = coming
    elif m["shift"]:
        d = this_year
    elif last and coming and min((pub - last).days, (coming - pub).days) <= NEAR_DAYS:
        d = last if (pub - last).days <= (coming - pub).days else coming
    else:
        d = coming if ctx.tense() is Tense.FUTURE else last
    return Found(DATE, d.isoformat(), None, True) if d else None


def weekday(m: re.Match[str], ctx: Context) -> Found | None:
    """"Friday", "last Friday", "Friday night", "Friday's"."""
    target = WEEKDAYS[m["weekday"].lower()]
    pub = ctx.published
    shift = (m["shift"] or "").lower()
    if shift:
        n = -1 if shift == "this past" else SHIFT_WORDS.get(shift.split()[-1], 0)
        if n < 0:
            d = pub - dt.timedelta(days=(pub.weekday() - target - 1) % 7 + 1)
        elif n > 0 and shift.split()[-1] == "next":
            monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=1)
            d = monday + dt.timedelta(days=target)
        elif n > 0:
            d = pub + dt.timedelta(days=(target - pub.weekday() - 1) % 7 + 1)
        else:
            d = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=target)
    else:
        # "Wednesday's ruling": a possessive weekday names what already happened.
        possessive = ctx.text[m.end() - 2 : m.end()] in ("'s", "’s")
        tense = Tense.PAST if possessive else ctx.tense()
        d = cal.weekday_date(pub, target, tense)
    if m["pod"]:
        return Found(TIME, f"{d.isoformat()}T{PARTS_OF_DAY[m['pod'].lower()]}", None,
                     True)
    return Found(DATE, d.isoformat(), m["pmod"].lower() if m["pmod"] else None, True)


DEICTIC_DAYS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}


def deictic(m: re.Match[str], ctx: Context) -> Found | None:
    """"today", "yesterday", "tomorrow morning", "the day before yesterday"."""
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
    """"this morning", "last night", "this evening"."""
    pub = ctx.published
    pod = PARTS_OF_DAY[m["pod"].lower()]
    d = pub - dt.timedelta(days=1) if m["which"].lower() == "last" else pub
    if m["which"].lower() == "last" and pod != "NI":
        return None
    return Found(TIME, f"{d.isoformat()}T{pod}", None, True)


ANAPHORIC_SHIFTS = {"following": 1, "next": 1, "previous": -1, "preceding": -1}


def relative_period(m: re.Match[str], ctx: Context) -> Found | None:
    """"last month", "this year", "next week", "early next year", "the following day".

    With "the", "following", "next", "previous" and "preceding" count from the
    narrative's last date ("In June 1998 ... the following year"), otherwise
    from publication.
    """
    if ctx.in_title():
        return None  # ABC's "This Week"
    unit = UNITS[m["unit"].lower()]
    shift = " ".join(m["shift"].lower().split())
    word = shift.split()[-1]
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
    return Found(DATE, value, modifier, True)


def same_period(m: re.Match[str], ctx: Context) -> Found | None:
    """"that day", "the same year", "later that month": the narrative's last date."""
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
    if grain == "D" and ref.grain != "D":
        return None
    if grain == "M" and ref.grain == "Y":
        return None
    value = cal.shifted_period(ref.day, grain, 0)
    return Found(DATE, value, None, True) if value else None


def ago(m: re.Match[str], ctx: Context, n: float | None) -> Found | None:
    """"two years ago", "six weeks ago", "11 days ago", "several years ago"."""
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


# Before the year of a date: "May 21, 2025", "Dec. 31 , 1994", "July 4th of 1995".
YEAR_SEP = rf"(?:\s*,\s*|{_}(?:of{_}|in{_})?)"
MONTH_DAY_RE = rf"(?:(?P<dshift>last|this|next){_})?(?:{WEEKDAY},?{_})?(?:the{_})?" \
    rf"{MONTH}\s*{DAY}{NOT_MORE_NUMBER}\b" \
    rf"(?:{YEAR_SEP}{YEAR}(?![\d,.]\d|\d))?"
# Not "12 December 27": when a day follows the month, it is "December 27".
DAY_MONTH_RE = rf"(?:{WEEKDAY},?{_})?(?:the{_})?{DAY}(?:{_}of)?{_}{MONTH}" \
    rf"(?!\s+\d{{1,2}}\b)(?:{YEAR_SEP}{YEAR}(?![\d,.]\d|\d))?"
ORDINAL_MONTH_RE = (
    rf"(?:(?P<dshift>last|this|next){_})?(?:the{_})?{ORDINAL}{_}of{_}{MONTH}"
    rf"(?:{YEAR_SEP}{YEAR}(?!\d))?"
)
# "January first", "February twenty second": ordinal words after the month.
MONTH_ORDINAL_RE = (
    rf"{MONTH}{_}(?:the{_})?(?P<ord>(?:twenty|thirty)[- ](?:first|second|third|fourth|"
    rf"fifth|sixth|seventh|eighth|ninth)|"
    + "|".join(sorted((w for w in ORDINAL_WORDS if "-" not in w), key=len, reverse=True))
    + rf")\b(?:{YEAR_SEP}{YEAR}(?!\d))?"
)
MONTH_YEAR_RE = (
    rf"(?:{PERIOD_MOD}\s*)?{MONTH}(?:\s*,\s*|{_})(?:(?:of{_}|in{_})?{YEAR}(?![\d,.]\d|\d)|"
    rf"(?:of{_})?(?P<yshift>this|last|next){_}year\b)"
)
MONTH_ALONE_RE = rf"(?:{PERIOD_MOD}\s*)?(?:{SHIFT}{_})?{MONTH}(?!\.?\s*\d)"
YEAR_RE = (
    rf"(?:{PERIOD_MOD}\s*)?(?:(?P<fy>fiscal(?:{_}year)?|calendar(?:{_}year)?|FY|"
    rf"the{_}year|year)\s*)?(?<![\d.,])"
    rf"{YEAR}(?![\d]|[,.]\d|['’]?s\b|\s*(?:%|percent|per\s+cent))"
)
YEAR_TAIL_RE = r"(?<=\d{4}[-–/])(?P<yy>\d\d)(?![\d%]|[-/]\d)"
DECADE_RE = (
    rf"(?:(?P<mod>early|mid-?|late)\s*)?(?:(?P<the>the){_})?(?:(?P<mod2>early|mid-?|late)\s*)?"
    r"(?:(?P<decade>1[5-9]\d0|20[0-9]0)['’]?s|['’](?P<dd>\d0)['’]?s|"
    r"(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"
)
CENTURY_RE = rf"(?:the{_})?(?:(?P<mod>early|mid-?|late){_})?{ORDINAL}[- ]century"
NUMERIC_DATE_RE = (
    r"(?<![\d/.])(?:(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?![\d-])|(?P<m2>0?[1-9]|1[0-2])/(?P<d2>0?[1-9]|[12]\d|3[01])/(?P<y2>(?:19|20)?\d\d)"
    r"(?![\d/]))"
)
QUARTER_RE = (
    rf"(?:the{_})?(?:(?P<qshift>this|last|next|current|past|previous|coming|same|"
    rf"year-ago|year-earlier){_})?(?:(?P<qyear>1\d{{3}}|20\d\d){_})?"
    rf"(?:(?P<qyshift>this|last|next){_}year['’]s{_})?"
    rf"(?:fiscal[- ]?|calendar{_})?"
    rf"(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[- ]quarter\b"
    rf"(?:{_}of{_}(?:fiscal{_}|calendar{_})?{YEAR}(?!\d)|"
    rf"{_}(?:of{_})?(?P<qyshift2>this|last|next){_}year\b)?"
)
# "Q3 2019", "2017-Q1", "Q1 of 2017", "2019 H2": quarters and halves as codes.
PERIOD_CODE_RE = (
    rf"(?:(?P<year1>1\d{{3}}|20\d\d)[- ]?)?(?P<code>[QH])(?P<n>[1-4])\b"
    rf"(?:{_}(?:of{_})?(?P<year2>1\d{{3}}|20\d\d)(?!\d)|"
    rf"{_}(?P<cyshift>this|last|next){_}year\b)?"
)
LATEST_QUARTER_RE = (
    rf"the{_}(?:(?P<which>latest|most{_}recent|just-ended|just{_}ended|recent){_})?"
    rf"(?:(?P<ago>year-ago|year-earlier|comparable{_}year-ago|year{_}earlier){_})?"
    r"(?:quarter|period)\b(?!\s+(?:ended|ending|to|of)\b)|"
    rf"(?P<adj>year-ago|year-earlier)(?!{_}(?:quarter|period))"
)
HALF_RE = (
    rf"(?:the{_})?(?P<half>first|second|latter|last)[- ]half{_}of{_}"
    rf"(?:(?:the|this){_}(?:fiscal{_}|calendar{_})?year\b|(?:fiscal{_})?{YEAR}(?!\d))"
)
SEASON_RE = (
    rf"(?:(?P<mod>early|mid-?|late){_})?(?:(?P<the>the){_})?(?:{SHIFT}{_})?{SEASON}"
    rf"(?:{_}(?:of{_})?{YEAR}(?!\d))?\b"
)
HOLIDAY_RE = rf"(?:{SHIFT}{_})?{HOLIDAY}(?:{_}{YEAR}(?!\d))?\b"
WEEKDAY_RE = (
    rf"(?:(?P<pmod>early|late){_})?(?:{SHIFT}{_})?{WEEKDAY}(?:['’]s)?"
    rf"(?:{_}{PART_OF_DAY})?\b"
)
DEICTIC_RE = (
    rf"(?:(?:early|late|earlier|later){_}|the{_}day{_}(?P<dayshift>before|after){_})?"
    rf"(?P<word>today|tonight|tomorrow|yesterday)(?:['’]s)?(?:{_}{PART_OF_DAY})?\b"
)
PART_OF_TODAY_RE = rf"(?P<which>this|last){_}{PART_OF_DAY}\b"
RELATIVE_RE = (
    rf"(?:(?P<pmod>early|mid-?|late|earlier|later){_}(?:in{_})?)?(?:(?P<the>the){_})?"
    rf"{SHIFT}{_}(?:fiscal{_}|calendar{_})?{PERIOD_UNIT}\b(?!-)"
)
SAME_RE = (
    rf"(?:(?:earlier|later|early|late){_})?(?:that|the{_}same|the{_}very){_}"
    r"(?P<unit>day|week|month|year|morning|afternoon|evening|night)\b"
)


SPOKEN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine".split())}
SPOKEN_TENS = {w: 10 * i for i, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}


def spoken_year(m: re.Match[str], ctx: Context) -> Found | None:
    """Years said in words, as in broadcast transcripts: "nineteen ninety-six"."""
    if m["thousand"]:
        rest = m["rest2"]
        value = 2000 + (_spoken_number(rest) if rest else 0)
    else:
        value = 1900 + _spoken_number(m["rest"])
    return Found(DATE, f"{value:04d}")


def _spoken_number(words: str) -> int:
    total = 0
    for w in re.split(r"[- ]+", words.lower()):
        total += SPOKEN_TENS.get(w, 0) + SPOKEN_UNITS.get(w, 0)
        if w in ("ten", "eleven", "twelve"):
            total += {"ten": 10, "eleven": 11, "twelve": 12}[w]
    return total


def weekend(m: re.Match[str], ctx: Context) -> Found | None:
    """"the weekend", "over the weekend": the latest one, or the coming one ahead."""
    pub = ctx.published
    if ctx.tense() is Tense.FUTURE:
        return Found(DATE, cal.week(pub + dt.timedelta(days=7 * (pub.weekday() == 6)))
                     + "-WE", None, True)
    last = pub if pub.weekday() >= 5 else pub - dt.timedelta(days=7)
    return Found(DATE, cal.week(last) + "-WE", None, True)


def part_of_period(m: re.Match[str], ctx: Context) -> Found | None:
    """"the end of the month", "the beginning of next year", "by year-end"."""
    unit = UNITS[(m["unit"] or m["unit2"] or "year").lower()]
    shift = (m["shift"] or "this").lower().split()[-1]
    value = cal.shifted_period(ctx.published, unit, SHIFT_WORDS.get(shift, 0))
    part = m["part"] or "end"
    return Found(DATE, value, modifier_of(part), True) if value else None


def next_part_of_day(m: re.Match[str], ctx: Context) -> Found | None:
    """"the next morning", "the previous night": a part of the narrative's next day."""
    ref = ctx.reference
    if ref is None or ref.grain != "D":
        return None
    step = 1 if m["which"].lower() in ("next", "following") else -1
    d = ref.day + dt.timedelta(days=step)
    return Found(TIME, f"{d.isoformat()}T{PARTS_OF_DAY[m['pod'].lower()]}", None, True)


RANGE_JOIN = r"\s*(?:-|–|and|or|to|through|thru|till|until)\s*"


def second_day(m: re.Match[str], ctx: Context) -> Found | None:
    """The "25" of "April 24 and 25", "April 9th through 17th": the same month.

    The match starts at the month; its `span` group is the second day alone.
    """
    month = month_number(m["month"], numbered=True)
    if month is None:
        return None
    day = int(m["day2"])
    year = int(m["year"]) if m["year"] else day_year(ctx, month, day, None)
    d = _valid_day(year, month, day)
    return Found(DATE, d.isoformat(), None, not m["year"]) if d else None


def first_day(m: re.Match[str], ctx: Context) -> Found | None:
    """The "9" of "9 to 12 of June", "between 3 and 12 Sept": the month after."""
    month = month_number(m["month"], numbered=True)
    if month is None or ctx.before(3).rstrip().endswith(("$", "€", "£")):
        return None
    day = int(m["day"])
    year = day_year(ctx, month, day, None)
    d = _valid_day(year, month, day)
    return Found(DATE, d.isoformat(), None, True) if d else None


def year_month(m: re.Match[str], ctx: Context) -> Found | None:
    """"2015-12", "2015-3": a month, when it cannot be a range of years (2015-16)."""
    year, month = int(m["y"]), m["m"]
    if len(month) == 2 and int(month) > year % 100:
        return None  # "2009-10" is two years
    return Found(DATE, cal.month(year, int(month)))


NUMBER_1_99 = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"(?:oh[- ])?(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve"
)
SPOKEN_YEAR_RE = (
    rf"(?:the{_}year{_})?nineteen[- ](?:hundred(?:{_}and)?[- ])?(?P<rest>{NUMBER_1_99})\b|"
    rf"the{_}year{_}(?P<thousand>two{_}thousand)(?:(?:{_}and)?[- ](?P<rest2>{NUMBER_1_99}))?\b"
)
WEEKEND_RE = r"the\s+weekend\b"
PART_OF_PERIOD_RE = (
    rf"(?:the{_})?(?:very{_})?(?P<part>end|beginning|start|middle)(?:{_}of)?{_}"
    rf"(?:the|{SHIFT}){_}(?P<unit>month|year|week|quarter)\b|"
    rf"(?:the{_})?(?P<unit2>year|month)(?:-|{_}|['’]s{_})end\b"
)
NEXT_PART_OF_DAY_RE = (
    rf"the{_}(?P<which>next|following|previous|preceding){_}{PART_OF_DAY}\b"
)
SECOND_DAY_RE = (
    rf"{MONTH}\s*{DAY}{RANGE_JOIN}(?:the{_})?(?P<span>(?P<day2>3[01]|[12]\d|0?[1-9])"
    rf"(?:st|nd|rd|th)?\b(?![\d,.:]\d|\s*%|\s*percent)(?:{YEAR_SEP}{YEAR}(?!\d))?)"
)
FIRST_DAY_RE = (
    rf"(?<![\d,.$])(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    rf"(?={RANGE_JOIN}(?:the{_})?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    rf"(?:{_}of)?{_}{MONTH})"
)
YEAR_MONTH_RE = r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<m>0?[1-9]|1[0-2])(?![\d-])"


WEEK_SHIFTS = {"next": 1, "following": 1, "coming": 1, "last": -1, "previous": -1,
               "past": -1, "this": 0}


def weekday_of_week(m: re.Match[str], ctx: Context) -> Found | None:
    """"Tuesday of next week", "next week on Tuesday", "Monday of last week"."""
    shift = (m["wshift"] or m["wshift2"]).lower()
    name = m["weekday"] or m["weekday2"]
    monday = ctx.published - dt.timedelta(days=ctx.published.weekday())
    d = monday + dt.timedelta(weeks=WEEK_SHIFTS[shift], days=WEEKDAYS[name.lower()])
    return Found(DATE, d.isoformat(), None, True)


def week_of(m: re.Match[str], ctx: Context) -> Found | None:
    """"the week of March 9", "the week beginning February 4": that day's week."""
    month = month_number(m["month"], numbered=True)
    if month is None:
        return None
    day = int(m["day"])
    year = int(m["year"]) if m["year"] else day_year(ctx, month, day, None)
    d = _valid_day(year, month, day)
    return Found(DATE, cal.week(d), None, not m["year"]) if d else None


WEEKDAY_OF_WEEK_RE = (
    rf"{WEEKDAY},?{_}(?:(?:of|on|in){_})?(?:the{_})?"
    rf"(?P<wshift>next|last|this|following|previous|coming|past){_}week\b|"
    rf"(?P<wshift2>next|last|this|following|previous|coming|past){_}week"
    rf"(?:{_}on|,|\s*-)?{_}(?P<weekday2>{WEEKDAY_NAME})\b"
)
WEEK_OF_RE = (
    rf"(?:the{_})?(?:week{_}(?:of|beginning|starting|commencing)(?:{_}on)?|w/c){_}"
    rf"(?:the{_})?{MONTH}\s*{DAY}\b(?:{YEAR_SEP}{YEAR}(?!\d))?"
)


def ordinal_day_of(m: re.Match[str], ctx: Context) -> Found | None:
    """"the 15th day of next month", "the twenty third day of September"."""
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
    d = _valid_day(year, month, day)
    return Found(DATE, d.isoformat(), None, True) if d else None


ORDINAL_DAY_OF_RE = (
    rf"(?:the{_})?(?P<ord>(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|"
    rf"sixth|seventh|eighth|ninth)|{'|'.join(sorted(ORDINAL_WORDS, key=len, reverse=True))}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)){_}day{_}of{_}(?:{MONTH}|{SHIFT}{_}month)\b"
)


def part_of_year(m: re.Match[str], ctx: Context) -> Found | None:
    """"the first nine months of 2021", "the third month of 2021": inside a year.

    An ordinal month is that month; the first or last few units are an
    amount of time (TimeML's reading), not a site date.
    """
    if m["ordmonth"]:
        n = ORDINAL_WORDS.get(m["ordmonth"].lower()) or int(
            re.sub(r"\D", "", m["ordmonth"]) or 0)
        if not 1 <= n <= 12:
            return None
        if m["year"]:
            year = int(m["year"])
        else:
            shift = SHIFT_WORDS.get((m["shift"] or "this").lower().split()[-1], 0)
            year = ctx.published.year + shift
        return Found(DATE, cal.month(year, n), None, not m["year"])
    unit_word = m["unit"].lower()
    count = m["count"]
    if count is None:  # "the last month of 2021" is one; "the first weeks", some
        amount: int | None = None if unit_word.endswith("s") else 1
    else:
        amount = int(count) if count.isdigit() else UNITS_WORDS.get(count.lower())
    return Found(TemporalKind.DURATION,
                 f"P{amount if amount else 'X'}{UNITS[unit_word]}")


# "the first nine months" is claimed alone: "of 1997" stays a date of its own,
# as TimeML marks it and as the site shows it.
PART_OF_YEAR_RE = (
    rf"the{_}(?:(?P<span>(?:first|last|final){_}(?:(?P<count>\d+|one|two|three|four|five|"
    rf"six|seven|eight|nine|ten|eleven|twelve|few){_})?(?P<unit>days|weeks|months|"
    rf"quarters|day|week|month|quarter))|(?P<ordmonth>{ORDINAL}){_}month){_}of{_}"
    rf"(?:the{_}year|{YEAR}(?!\d)|{SHIFT}{_}year)\b"
)


NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}


def nth_weekday_of(m: re.Match[str], ctx: Context) -> Found | None:
    """"the first Tuesday in November", "second Sunday": that weekday of the month."""
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
    d = cal.nth_weekday(year, month, WEEKDAYS[m["weekday"].lower()], NTH[m["nth"].lower()])
    if d.month != month:
        return None  # no fifth Sunday that month
    return Found(DATE, d.isoformat(), None, True)


NTH_WEEKDAY_RE = (
    rf"(?:the{_})?(?P<nth>first|second|third|fourth|fifth|last){_}{WEEKDAY}\b"
    rf"(?:{_}(?:of|in){_}(?:{MONTH}|{SHIFT}{_}month\b))?"
)
