"""Find every temporal expression of a text, resolved against its publication date.

One scan finds trigger words; the rules they wake are tried, anchored, at
the few word starts just before them. Overlapping matches are settled left
to right, longest first; each is resolved in text order, so that "the next
day" can count from the date the text gave last; then neighbouring
expressions are read together (`neighbours`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from ...model import Span
from .context import Context, Found, Reference
from .neighbours import compose, drop_dangling, range_end, range_start
from .patterns import STARTERS, TRIGGER_RE, TRIGGER_WORDS
from .rules import BY_TRIGGER, FILTERS, RULES
from .temporal import CALENDAR_RE, Temporal, TemporalKind
from .tense import ClauseTenses

# How many words before its trigger an expression may start, by trigger group:
# "more than the past several | years", "late last | July", "this past | Friday",
# "the day before | yesterday".
WORDS_BACK = {
    "unit": 7,
    "year": 6,
    "season": 4,
    "month": 3,
    "weekday": 3,
    "pod": 3,
    "holiday": 3,
    "decade": 3,
    "spoken": 3,
    "deictic": 3,
    "ref": 2,
    "code": 1,
    "clock": 1,
    "set": 1,
    "digit": 0,
}
YEAR_LIKE_RE = re.compile(r"1\d{3}|20\d\d|\d0")  # "80" of "the '80s"
LEADING_DIGITS_RE = re.compile(r"\d+")
WEEK_VALUE_RE = re.compile(r"(\d{4})-W(\d\d)")
WORD_RE = re.compile(r"(?<![\w'’])[\w'’]+")
LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

Candidate = tuple[int, int, int]
"""start, end, rule order."""


def _lower(text: str) -> str:
    """The text in lower case, code point for code point (offsets unchanged)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(LOWER)


def _may_start(word: str) -> bool:
    """Whether an expression can begin with this word (see `patterns.STARTERS`)."""
    return word[0].isdigit() or word[0] in "'’" or word.lower() in STARTERS


def _candidates(text: str) -> tuple[list[Candidate], dict[Candidate, re.Match[str]]]:
    """Every rule match that starts a few words before a trigger, leftmost-longest.

    A trigger wakes the rules of its group; each is tried, anchored, at the
    word starts of the `WORDS_BACK` words before the trigger and at the
    trigger itself, within its line (no date runs across a line; a sentence
    splitter may cut "10 p.m. | Wednesday", a line never does).
    """
    found: dict[Candidate, re.Match[str]] = {}
    tried: set[tuple[int, str]] = set()
    line_start, line_end = 0, -1
    for trigger in TRIGGER_RE.finditer(_lower(text)):
        t_start = trigger.start()
        if t_start > line_end:
            end = text.find("\n", t_start)
            line_start, line_end = (
                text.rfind("\n", 0, t_start) + 1,
                (len(text) if end < 0 else end),
            )
        word = trigger.group()
        group = "digit" if word[0].isdigit() else TRIGGER_WORDS[word]
        rules = BY_TRIGGER.get(group)
        if not rules:
            continue
        # Only a year takes words before it ("the first half of 2024"); other
        # numbers start their own expression or are counted by a unit word.
        back = WORDS_BACK["year" if YEAR_LIKE_RE.fullmatch(word) else group]
        starts = [t_start]
        if back:
            lo = max(line_start, t_start - 12 * back)
            words = list(WORD_RE.finditer(text, lo, t_start))[-back:]
            starts = [w.start() for w in words if _may_start(w.group())] + starts
        for start in starts:
            if (start, group) in tried:
                continue
            tried.add((start, group))
            first = FILTERS[group].match(text, start, line_end)
            if first is None:
                continue
            for order, rule in rules[(first.lastindex or 1) - 1 :]:
                match = rule.pattern.match(text, start, line_end)
                if match and match.end() > start:
                    # A rule may read context it does not claim: its "span" group.
                    span = match.span("span") if rule.has_span else (-1, -1)
                    if span[0] < 0:
                        span = match.span()
                    found[(*span, order)] = match
    keys = sorted(found, key=lambda c: (c[0], c[0] - c[1], c[2]))
    return keys, found


def _reference_of(temporal: Temporal) -> Reference | None:
    """The date a later "the next day" counts from, if this expression gives one."""
    value = temporal.reaches or temporal.value
    m = CALENDAR_RE.match(value)
    if not m or not (
        temporal.kind in (TemporalKind.DATE, TemporalKind.TIME) or temporal.reaches
    ):
        return None
    week = WEEK_VALUE_RE.match(value)
    if week:  # "this week": its Monday, not the first of January
        try:
            monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        except ValueError:
            return None
        return Reference(monday, "W", temporal.span.start)
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    grain = "D" if m[3] else "M" if m[2] else "Y"
    try:
        return Reference(dt.date(year, month, day), grain, temporal.span.start)
    except ValueError:  # year 0 or past 9999: nothing to count from
        return None


def _resolve(order: int, match: re.Match[str], ctx: Context) -> Found | None:
    """Resolve a match; None when its date falls outside years 1 to 9999.

    "tomorrow" in a text published on 9999-12-31 has no date `datetime` can
    hold: the expression is left unresolved instead of stopping the build.
    """
    try:
        found = RULES[order].resolve(match, ctx)
    except (OverflowError, ValueError):
        return None
    if found is not None and not _in_calendar(found.value):
        return None  # "last year" of year 1 is year "0000"
    return found


def _in_calendar(value: str) -> bool:
    """Whether a value's year, decade or century holds a year from 1 to 9999."""
    week = WEEK_VALUE_RE.match(value)
    if week:  # every day of the week, Monday to Sunday, must be in the calendar
        try:
            for day in (1, 7):
                dt.date.fromisocalendar(int(week[1]), int(week[2]), day)
        except ValueError:
            return False
    digits = LEADING_DIGITS_RE.match(value)
    if not digits:
        return True  # a duration, "PRESENT_REF": no year
    run = digits.group()
    if len(run) > 4:
        return False
    last: int = (int(run) + 1) * 10 ** (4 - len(run)) - 1
    return last >= 1


def _compose(text: str, amount: Temporal, day: Temporal) -> Temporal | None:
    """`compose`, or None when the shifted day falls outside years 1 to 9999."""
    try:
        return compose(text, amount, day)
    except (OverflowError, ValueError):
        return None


def find_temporals(
    text: str, sentences: Sequence[Span], published: dt.date
) -> list[Temporal]:
    """Every temporal expression in `text`, in text order, never overlapping.

    Args:
        text: the article text.
        sentences: its sentences, in order: the clause of each expression,
            whose tense resolves "Friday", lies in its sentence.
        published: the publication date relative expressions count from.
    """
    keys, matches = _candidates(text)
    starts = [s.start for s in sentences]
    out: list[Temporal] = []
    taken_until = -1
    reference: Reference | None = None
    tenses: dict[int, ClauseTenses] = {}
    for key in keys:
        start, end, order = key
        if start < taken_until:
            continue
        index = max(0, bisect.bisect_right(starts, start) - 1)
        sentence = sentences[index] if sentences else Span(0, len(text))
        if index not in tenses:
            tenses[index] = ClauseTenses(text, sentence.start, sentence.end)
        ctx = Context(text, published, sentence, tenses[index], start, end, reference)
        found = _resolve(order, matches[key], ctx)
        if found is None or not found.value:
            continue
        temporal = Temporal(
            Span(start, end),
            found.kind,
            found.value,
            found.modifier,
            found.relative,
            found.shown,
            found.reaches,
            RULES[order].name,
        )
        composed = _compose(text, out[-1], temporal) if out else None
        while composed:  # "2 years | 1 month | 21 days ago" composes twice
            out.pop()
            temporal = composed
            composed = _compose(text, out[-1], temporal) if out else None
        if out and temporal.span.start >= out[-1].span.end:
            out[-1] = range_start(text, out[-1], temporal)
            temporal = range_end(text, out[-1], temporal)
        out.append(temporal)
        taken_until = end
        reference = _reference_of(temporal) or reference
    return drop_dangling(text, out)
