"""What neighbouring expressions tell about each other.

"three days | after | Christmas" is one date; the start of "from May 5 | to |
June 2, 2024" takes the year of its end; "Sunday 31" says more than the rules
read, so "Sunday" is not claimed. The tagger applies the first two to each
pair of consecutive expressions as it resolves them, the last to the result.
"""

from __future__ import annotations

import bisect
import dataclasses as dc
import datetime as dt
import re

from ...model import Span
from ..vocabulary.months import AMBIGUOUS_MONTHS
from .calendar import offset_day
from .lexicon import ORDINAL_WORDS, TENS_WORDS, UNITS_WORDS
from .patterns import MONTH_NAME, NUMBER_WORD, WEEKDAY_NAME
from .temporal import CALENDAR_RE, Temporal, TemporalKind

COMPOSE_GAP_RE = re.compile(r"\s+(?:after|before|from)\s+", re.IGNORECASE)
AGO_GAP_RE = re.compile(r",?\s+(?:and\s+)?", re.IGNORECASE)
# A preposition right before an amount: "for two years", "in 3 months".
GOVERNED_RE = re.compile(
    r"\b(?:for|in|over|during|within|after|before|about|than|of)\s+$", re.IGNORECASE
)
# A bare amount ("two years", "1 month"), not "the last 3 months".
BARE_AMOUNT_RE = re.compile(rf"(?:\d+|{NUMBER_WORD})\s+\w+", re.IGNORECASE)
EXACT_DURATION_RE = re.compile(r"P(\d+)([DWMY])")
DAY_VALUE_RE = re.compile(r"\d{4}-\d\d-\d\d")


def compose(text: str, amount: Temporal, day: Temporal) -> Temporal | None:
    """One date from an amount of time and the date after it.

    "three days after Christmas", "2 weeks before May 13": the day, shifted.
    "two years and four months ago": the amount adds to the time ago, at the
    grain of the date ("1 month 21 days ago" is a day).
    """
    duration = EXACT_DURATION_RE.fullmatch(amount.value)
    if (
        amount.kind is not TemporalKind.DURATION
        or duration is None
        or day.kind is not TemporalKind.DATE
    ):
        return None
    n, unit = int(duration[1]), duration[2]
    if DAY_VALUE_RE.fullmatch(day.value) and COMPOSE_GAP_RE.fullmatch(
        text, amount.span.end, day.span.start
    ):
        before = text[amount.span.end : day.span.start].strip().lower() == "before"
        value = offset_day(dt.date.fromisoformat(day.value), unit, -n if before else n)
        return Temporal(
            Span(amount.span.start, day.span.end),
            TemporalKind.DATE,
            value.isoformat(),
            None,
            True,
            rule="compose",
        )
    if (
        day.relative
        and text[day.span.start : day.span.end].lower().endswith(" ago")
        and AGO_GAP_RE.fullmatch(text, amount.span.end, day.span.start)
        and BARE_AMOUNT_RE.fullmatch(text, amount.span.start, amount.span.end)
        # across a comma only an amount that no preposition governs: "left
        # 1 month, 21 days ago" is one time ago, "worked for two years, six
        # months ago he left" two
        and not (
            "," in text[amount.span.end : day.span.start]
            and GOVERNED_RE.search(
                text, max(0, amount.span.start - 12), amount.span.start
            )
        )
    ):
        shifted = _shift_back(day.value, unit, n)
        if shifted:
            return Temporal(
                Span(amount.span.start, day.span.end),
                TemporalKind.DATE,
                shifted,
                day.modifier,
                True,
                rule="compose",
            )
    return None


def _shift_back(value: str, unit: str, n: int) -> str | None:
    """A day, month or year value `n` units earlier, if the unit fits its grain."""
    if DAY_VALUE_RE.fullmatch(value):
        return offset_day(dt.date.fromisoformat(value), unit, -n).isoformat()
    if len(value) == 7 and unit in ("M", "Y"):
        months = n if unit == "M" else 12 * n
        d = offset_day(dt.date.fromisoformat(value + "-01"), "M", -months)
        return d.isoformat()[:7]
    if len(value) == 4 and unit == "Y" and value.isdigit():
        return f"{int(value) - n:04d}"
    return None


SHIFTED_RE = re.compile(
    r"\b(?:this|last|next|past|coming|previous|following)\b", re.IGNORECASE
)
RANGE_GAP_RE = re.compile(
    r"\s*(?:-|–|to|through|thru|till|until|and)\s*", re.IGNORECASE
)


def range_start(text: str, first: Temporal, last: Temporal) -> Temporal:
    """The start of a range takes the year its end gives ("from May 5 to June 2, 2024").

    A start resolved on its own (relative) that falls after its end, or lacks
    the year the end states, is moved into the year that puts it just before
    the end.
    """
    if (
        not first.relative
        or first.kind is not TemporalKind.DATE
        or last.kind is not TemporalKind.DATE
        or not RANGE_GAP_RE.fullmatch(text, first.span.end, last.span.start)
        or SHIFTED_RE.search(text, first.span.start, first.span.end)
    ):
        return first
    a, b = CALENDAR_RE.fullmatch(first.value), CALENDAR_RE.fullmatch(last.value)
    if a is None or b is None or not a[2]:
        return first
    if last.relative and (first.value <= last.value or a[3]):
        return first  # two months guessed apart: only an inverted pair is fixed
    starts_later = (a[2], a[3] or "00") > (b[2] or "99", b[3] or "99")
    value = f"{int(b[1]) - starts_later:04d}" + first.value[4:]
    return dc.replace(first, value=value)


# A token that could continue a date: a month, a weekday, a day or year number
# ("21", "2024", "5/12", "twenty"), an ordinal word after it ("Tuesday the
# eleventh"), joined by a space, a dash or a slash only. Numbers inside larger
# ones ("$1.6145") do not count, nor, before a date, a fraction ("7/8") or a
# number word ("up from seven a year ago").
NUMBER = (
    r"(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?|\d{4})"
    r"(?![\d.,/]\d)"
)
CARDINAL_WORDS = frozenset(w.lower() for w in (*UNITS_WORDS, *TENS_WORDS))
CARDINALS = "|".join(sorted([*UNITS_WORDS, *TENS_WORDS], key=len, reverse=True))
ORDINALS = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
JOIN = r"(?:[ \t]*[-/–][ \t]*|\.(?=\d)|[ \t]+)"
AFTER_RE = re.compile(
    rf"{JOIN}(?:(?:the|of)[ \t]+)?(?P<token>{MONTH_NAME}|{WEEKDAY_NAME}|"
    rf"(?<![\d.,$€£]){NUMBER}|{ORDINALS}|{CARDINALS})\b",
    re.IGNORECASE,
)
BEFORE_RE = re.compile(
    rf"\b(?P<token>{MONTH_NAME}|{WEEKDAY_NAME}|"
    rf"(?<![\d.,/$€£-])(?:\d{{1,2}}(?:st|nd|rd|th)?|\d{{4}})(?![\d.,/]\d))"
    rf"(?:[ \t]+(?:the|of))?{JOIN}$",
    re.IGNORECASE,
)
# A date that opens with a part of its period continues no date word before
# it: "5 early Saturday" is no day 5 ("the 21st this month" is).
PART_START_RE = re.compile(r"(?:early|earlier|late|later|mid)\b", re.IGNORECASE)
# A number right after a capitalised word that is no month or weekday is
# part of a name: "Interstate 5 Saturday", "Gate 5 Sunday".
NAMED_NUMBER_RE = re.compile(r"\b[A-Z][a-z]+[ ]\d{1,2}$")
DATE_WORD_RE = re.compile(rf"(?:{MONTH_NAME}|{WEEKDAY_NAME})\b", re.IGNORECASE)


def drop_dangling(text: str, found: list[Temporal]) -> list[Temporal]:
    """Drop calendar dates that continue into date words no rule could read.

    "Sunday 31", "2017 april", "this Friday 5/12", "April of 87": the text
    says more than the rules understood, and a date placed wrongly is worse
    than none, so such a date is not claimed. Neighbours that are themselves
    found ("2009-2010", "Friday 10 a.m.") are fine.
    """
    starts = [t.span.start for t in found]
    ends = [t.span.end for t in found]  # found is in text order, never overlapping

    def free(start: int, end: int) -> bool:
        i = bisect.bisect_right(ends, start)  # the first expression ending after start
        return i == len(found) or starts[i] >= end

    def continues(t: Temporal, m: re.Match[str] | None) -> bool:
        return (
            m is not None
            and not (t.rule == "weekday" and _common_word(m["token"]))
            and not _count_of(m)
            and free(m.start("token"), m.end("token"))
        )

    kept = []
    for t in found:
        calendar = t.kind in (TemporalKind.DATE, TemporalKind.TIME) and bool(
            CALENDAR_RE.match(t.value)
        )
        if calendar and (
            continues(t, AFTER_RE.match(text, t.span.end))
            or continues(t, _continued_from(text, t.span.start))
        ):
            continue
        kept.append(t)
    return kept


def _count_of(m: re.Match[str]) -> bool:
    """Whether a date is followed by "of" and a count written in words.

    "convicted last month of two counts", "Friday of three days": what the
    verb is of, not more of the date (a year after "of" is: "April of 87").
    """
    low = m.group().lower()
    return " of " in f" {low[: m.start('token') - m.start()]}" and (
        m["token"].lower() in CARDINAL_WORDS
    )


def _common_word(token: str) -> bool:
    """Whether a month name is written as the common word it also is.

    "Sunday's march", "will march Sunday", "Friday may decide": a month
    name that is also a verb or noun continues no weekday in lower case
    (a year still continues into one: "2016 june").
    """
    return token[0].islower() and token.lower() in AMBIGUOUS_MONTHS


def _continued_from(text: str, start: int) -> re.Match[str] | None:
    """The date word right before an expression that it may continue, if any."""
    if PART_START_RE.match(text, start):
        return None
    before = BEFORE_RE.search(text, max(0, start - 25), start)
    if before is None or not before["token"][0].isdigit():
        return before
    name = NAMED_NUMBER_RE.search(text, max(0, start - 30), before.end("token"))
    if name and not DATE_WORD_RE.match(name.group()):
        return None
    return before


WEEKDAY_RE = re.compile(rf"(?:{WEEKDAY_NAME})\b", re.IGNORECASE)


def range_end(text: str, first: Temporal, last: Temporal) -> Temporal:
    """A weekday ending a range comes after its start ("from next Monday to Friday")."""
    if (
        not last.relative
        or not DAY_VALUE_RE.fullmatch(last.value)
        or not DAY_VALUE_RE.fullmatch(first.value)
        or last.value >= first.value
        or not WEEKDAY_RE.fullmatch(text, last.span.start, last.span.end)
        or not RANGE_GAP_RE.fullmatch(text, first.span.end, last.span.start)
    ):
        return last
    d = dt.date.fromisoformat(last.value)
    while d.isoformat() < first.value:
        d += dt.timedelta(weeks=1)
    return dc.replace(last, value=d.isoformat())
