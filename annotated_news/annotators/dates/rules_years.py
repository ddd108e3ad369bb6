"""Rules for years and their parts.

"2022", "fiscal 1989", "the 1990s", "the third quarter", "Q3 2019", "the first
half of 2024".
"""

from __future__ import annotations

import re

from ..vocabulary.months import FULL_MONTHS
from ..vocabulary.number_words import DIGIT_WORDS, TENS_WORDS, words_pattern
from . import calendar as cal
from .calendar import Tense
from .context import WORD_BEFORE_RE, Context, Found
from .lexicon import (
    MONTHS,
    ORDINAL_WORDS,
    SHIFT_WORDS,
    UNITS,
    UNITS_WORDS,
    WEEKDAYS,
)
from .patterns import (
    ORDINAL,
    PERIOD_MOD,
    SHIFT,
    YEAR,
    _,
)
from .rules_common import (
    CLOCK_ALONE_RE,
    CLOCK_EVENT_BEFORE_RE,
    CLOCK_EVENT_NEXT_RE,
    DAY_POSSESSIVE_BEFORE_RE,
    ZERO_PARTNER_BEFORE_RE,
    ZERO_PARTNER_NEXT_RE,
    modifier_of,
)
from .temporal import TemporalKind

DATE, TIME = TemporalKind.DATE, TemporalKind.TIME


# A four-digit number followed by one of these is a count, not a year.
COUNT_NOUNS = frozenset(
    "people men women children police staff personnel troops feet miles percent "
    "times points units employees workers jobs homes acres tons barrels shares "
    # amounts whose plural has no -s: "opened at 1850 pence", "2000 rpm"
    "pence yen yuan rpm mph kph km kg".split()
)


NOT_PLURAL = frozenset(
    "was is has as his its this thus plus us yes does always perhaps besides unless "
    "whereas towards afterwards across less".split()
)


# Words before a number that make it a name or an amount ("Flight 2013", "No. 1999").
NOT_YEAR_BEFORE = frozenset(
    "no. no number nos. # $ € £ flight route highway room page section rule article "
    "chapter model version windows boeing airbus apollo vision agenda euro cop "
    "interstate code form suite".split()
)


# A comparison of amounts before or after a four-digit number makes it an
# amount, not a year: "more than 2000", "at least 1800", ">= 2000", "exceeding
# 2000", "2000 or more". Not "no later than 2030" nor "before 2000": those
# compare times; nor "until at least 2030", "will be at least 2030"; nor
# after the word "year" ("year greater than 2012", "year 2016 and greater").
AMOUNT_BEFORE_RE = re.compile(
    r"(?:\b(?:more|less|fewer|greater|larger|bigger|smaller)\s+than"
    r"|(?<!until )(?<!till )(?<!by )(?<!be )(?<!in )\bat\s+(?:least|most)"
    r"|\bexceed(?:s|ed|ing)?|[<>≤≥]=?)\s*$",
    re.IGNORECASE,
)
YEAR_WORD_RE = re.compile(r"\byear\b", re.IGNORECASE)
AMOUNT_AFTER_RE = re.compile(
    r"\s*(?:or|and)\s+(?:more|less|fewer|above|over|greater|below|under)\b",
    re.IGNORECASE,
)


# Words before a year used as an adjective ("the 1992 protests").
DETERMINERS = frozenset(
    "the a an its his her their our this that of in since by".split()
)


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


YEAR_JOIN_RE = re.compile(
    r"(?:\b(?:pre|post|mid)|(?<!\d)(?:1\d|20)\d\d)[-–]$", re.IGNORECASE
)


# Capitalised words a year may follow: it is a date there, not part of a name.
BEFORE_YEAR_OK = (
    frozenset(
        "in by since until till through during from to before after for of and or on at "
        "early mid late fiscal calendar fy spring summer fall autumn winter christmas "
        "easter thanksgiving class".split()
    )
    | set(FULL_MONTHS)
    | set(MONTHS)
    | set(WEEKDAYS)
)


def _after_name(ctx: Context) -> bool:
    """Whether a number follows a capitalised word inside its sentence ("Orion 1980")."""
    m = WORD_BEFORE_RE.search(ctx.before(30))
    if m is None or not m[1][:1].isupper() or m[1].lower() in BEFORE_YEAR_OK:
        return False
    if m[1].endswith(("'s", "’s")):
        return False  # "Navigation Mixte's 1989 results"
    # The capitalised word opens the sentence ("Since 2010", "Between 2009"): fine.
    return bool(ctx.text[ctx.sentence.start : ctx.start - len(m[0])].strip(" \"'“‘("))


# Before a noun of a moment, four digits under this are a clock time ("the
# 1600 deadline"); from it on they are years ("a 2007 deadline", "the 2030
# deadline"), so that no year is lost, though "Tuesday's 1945 kick-off" is
# then read as a year.
FIRST_MODERN_YEAR = 1900


def _clock_time(value: int, end: int, ctx: Context) -> bool:
    """Whether four digits that look like a year are a clock time by their neighbours.

    "the 1600 deadline", "a 1800 kick-off", "Tuesday's 1945 kick-off" (but
    "a 2007 deadline" and "the 1600 census" are years); "from 2000 to 0600",
    "0600-2000": the other end opens with a zero, which no year does; "The
    talks resume at 1730." (`patterns.CLOCK_ALONE`).
    """
    if value % 100 > 59:
        return False
    after = ctx.after(20)
    before = ctx.before(14)
    if ZERO_PARTNER_NEXT_RE.match(after) or ZERO_PARTNER_BEFORE_RE.search(before):
        return True
    if CLOCK_ALONE_RE.match(ctx.text, end):
        return True
    return bool(
        CLOCK_EVENT_NEXT_RE.match(after)
        and (
            (value < FIRST_MODERN_YEAR and CLOCK_EVENT_BEFORE_RE.search(before))
            or DAY_POSSESSIVE_BEFORE_RE.search(before)
        )
    )


def year(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "2022", "fiscal 1989", "mid-2010", "the first half of 2024", "the end of 2023"."""
    value = int(m["year"])
    before = ctx.word_before()
    mod = m["mod"]
    if not (m["fy"] or mod) and value < 2400 and _clock_time(value, m.end("year"), ctx):
        return None
    if before in NOT_YEAR_BEFORE or ctx.before(1) in ("$", "#", "/", "."):
        return None
    # "post-1959" and "2009-2010" are years; "A-1998", "737-2000" are names.
    if ctx.before(1) in ("-", "–") and not YEAR_JOIN_RE.search(ctx.before(6)):
        return None
    if not (m["fy"] or mod) and is_count(before, ctx.word_after()):
        return None
    if (
        not (m["fy"] or mod)
        and (
            AMOUNT_BEFORE_RE.search(ctx.before(30))
            or AMOUNT_AFTER_RE.match(ctx.after(20))
        )
        and not YEAR_WORD_RE.search(ctx.before(40))  # "year greater than 2012"
    ):
        return None
    if not (m["fy"] or mod) and ctx.in_title() is False and _after_name(ctx):
        return None  # "Orion 1980", "Windows 2000", "Euro 2016": part of a name
    if not (m["fy"] or mod) and not 1600 <= value <= 2099:
        return None
    if mod and "quarter" in mod.lower():
        word = mod.lower().replace("the", "").split()[0]
        n = 4 if word == "last" else ORDINAL_WORDS[word]  # "the last quarter of 2004"
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
    """Forms: "the 1990s", "the mid-1980s", "the '80s", "the nineties"."""
    if m["decade"]:
        value = m["decade"][:3]
    elif m["dd"]:
        value = ("19" if int(m["dd"]) >= 30 else "20") + m["dd"][0]
    else:
        if not m["the"]:
            return None
        word = m["word"].lower()
        value = "19" + str(
            [
                "twenties",
                "thirties",
                "forties",
                "fifties",
                "sixties",
                "seventies",
                "eighties",
                "nineties",
            ].index(word)
            + 2
        )
    return Found(DATE, value, modifier_of(m["mod"] or m["mod2"]))


def century(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "the 20th century", "the early nineteenth century"."""
    ordinal = m["ord"].lower()
    n = ORDINAL_WORDS.get(ordinal) or int(re.sub(r"\D", "", ordinal) or 0)
    if not 1 <= n <= 21:
        return None
    return Found(DATE, f"{n - 1:02d}", modifier_of(m["mod"]))


def _quarter_number(word: str) -> int | None:
    w = word.lower()
    if w in ("final", "last"):
        return 4
    n = ORDINAL_WORDS.get(w) or int(re.sub(r"\D", "", w) or 0)
    return n if 1 <= n <= 4 else None


def quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "the third quarter", "third-quarter", "the fourth quarter of 1989", "Q3 2019"."""
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
        return Found(DATE, f"{pub.year - 1:04d}-Q{n}", None, True, shown=False)
    # The quarter just ended is this year's whatever the tense: it is the one
    # being reported. Otherwise a future clause looks ahead, others back. The
    # year is a guess, and "the fourth quarter" may be a game's: not shown.
    if tense is Tense.FUTURE and n < current - 1:
        year = pub.year + 1
    elif tense is not Tense.FUTURE and n > current:
        year = pub.year - 1
    else:
        year = pub.year
    return Found(DATE, f"{year:04d}-Q{n}", None, True, shown=False)


def period_code(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "Q3 2019", "2017-Q1", "H2 2019": a quarter, or a half as its year's part."""
    n, code = int(m["n"]), m["code"].upper()
    if code == "H" and n > 2:
        return None
    explicit = m["year1"] or m["year2"]
    if not explicit and not m.group(0)[0].isupper():
        return None  # "q3" alone in lower case is more likely a code than a quarter
    pub = ctx.published
    if explicit:
        year = int(explicit)
    elif m["cyshift"]:
        year = pub.year + SHIFT_WORDS[m["cyshift"].lower()]
    else:
        # As "the fourth quarter" alone: a past clause looks back ("sales rose
        # in Q4", written in March, is last year's), a future one ahead.
        current = cal.quarter_of(pub) if code == "Q" else (pub.month + 5) // 6
        tense = ctx.tense()
        if tense is Tense.FUTURE and n < current - (code == "Q"):
            year = pub.year + 1
        elif tense is not Tense.FUTURE and n > current:
            year = pub.year - 1
        else:
            year = pub.year
    if code == "Q":
        return Found(DATE, f"{year:04d}-Q{n}", None, not explicit)
    return Found(
        DATE, f"{year:04d}", "first half" if n == 1 else "second half", not explicit
    )


def latest_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "the latest quarter", "the quarter", "the year-ago period": company results.

    In company news the quarter (or period) is the one just reported, the
    last one ended before publication, unless the clause looks ahead ("expects
    to break even for the quarter"). "Year-ago" and "year-earlier" move it a
    year back.
    """
    back = 0 if m["which"] is None and ctx.tense() is Tense.FUTURE else -1
    if m["ago"] or m["adj"]:
        back -= 4
    # Which quarter is meant is a reading of company news, not of the words.
    return Found(
        DATE,
        cal.shifted_period(ctx.published, "Q", back) or "",
        None,
        True,
        shown=False,
    )


def half_of_year(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "the first half of the year", "the second half of this year"."""
    year = int(m["year"]) if m["year"] else ctx.published.year
    return Found(DATE, f"{year:04d}", modifier_of(m["half"] + " half"), not m["year"])


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


_ONE_TO_TWELVE = words_pattern({w: v for w, v in UNITS_WORDS.items() if v <= 12})
SPOKEN_UNITS = {w: v for w, v in DIGIT_WORDS.items() if w != "nought"}
SPOKEN_TENS = TENS_WORDS


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


def year_month(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "2015-12", "2015-3": a month, when it cannot be a range of years (2015-16)."""
    year, month = int(m["y"]), m["m"]
    if len(month) == 2 and int(month) > year % 100:
        return None  # "2009-10" is two years
    return Found(DATE, cal.month(year, int(month)))


_ONE_TO_NINE = words_pattern({w: v for w, v in DIGIT_WORDS.items() if v > 0})
NUMBER_1_99 = (
    rf"(?:{words_pattern(TENS_WORDS)})(?:[- ](?:{_ONE_TO_NINE}))?|"
    rf"(?:oh[- ])?(?:{_ONE_TO_NINE})|ten|eleven|twelve"
)


SPOKEN_YEAR_RE = (
    rf"(?:the{_}year{_})?nineteen[- ](?:hundred(?:{_}and)?[- ])?(?P<rest>{NUMBER_1_99})\b|"
    rf"the{_}year{_}(?P<thousand>two{_}thousand)(?:(?:{_}and)?[- ](?P<rest2>{NUMBER_1_99}))?\b"
)


YEAR_MONTH_RE = r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<m>0?[1-9]|1[0-2])(?![\d-])"


def part_of_year(m: re.Match[str], ctx: Context) -> Found | None:
    """Forms: "the first nine months of 2021", "the third month of 2021": inside a year.

    An ordinal month is that month; the first or last few units are an
    amount of time (TimeML's reading), not a site date.
    """
    if m["ordmonth"]:
        n = ORDINAL_WORDS.get(m["ordmonth"].lower()) or int(
            re.sub(r"\D", "", m["ordmonth"]) or 0
        )
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
    return Found(
        TemporalKind.DURATION, f"P{amount if amount else 'X'}{UNITS[unit_word]}"
    )


# "the first nine months" is claimed alone: "of 1997" stays a date of its own,
# as TimeML marks it and as the site shows it.
PART_OF_YEAR_RE = (
    rf"the{_}(?:(?P<span>(?:first|last|final){_}(?:(?P<count>\d+|{_ONE_TO_TWELVE}|"
    rf"few){_})?(?P<unit>days|weeks|months|"
    rf"quarters|day|week|month|quarter))|(?P<ordmonth>{ORDINAL}){_}month){_}of{_}"
    rf"(?:the{_}year|{YEAR}(?!\d)|{SHIFT}{_}year)\b"
)
