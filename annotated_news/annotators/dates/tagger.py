"""Find every temporal expression of a text, resolved against its publication date.

One scan finds trigger words; the rules they wake are searched only in a
window around them, within their sentence. Overlapping matches are settled
left to right, longest first; each is resolved in text order, so that "the
next day" can count from the date the text gave last.
"""

from __future__ import annotations

import bisect
import dataclasses as dc
import datetime as dt
import re
from collections.abc import Sequence

from ...model import Span
from .calendar import offset_day
from .context import Context, Reference
from .lexicon import ORDINAL_WORDS, TENS_WORDS, UNITS_WORDS
from .patterns import MONTH_NAME, STARTERS, TRIGGER_RE, TRIGGER_WORDS, WEEKDAY_NAME
from .rules import BY_TRIGGER, FILTERS, RULES
from .temporal import CALENDAR_RE, Temporal, TemporalKind
from .tense import ClauseTenses

# How many words before its trigger an expression may start, by trigger group:
# "more than the past several | years", "late last | July", "this past | Friday",
# "the day before | yesterday".
WORDS_BACK = {"unit": 7, "year": 6, "season": 4, "month": 3, "weekday": 3, "pod": 3,
              "holiday": 3, "decade": 3, "spoken": 3, "deictic": 3, "ref": 2,
              "code": 1, "clock": 1, "set": 1, "digit": 0}
YEAR_LIKE_RE = re.compile(r"1\d{3}|20\d\d|\d0")  # "80" of "the '80s"
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
            line_start, line_end = text.rfind("\n", 0, t_start) + 1, (
                len(text) if end < 0 else end)
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
    m = CALENDAR_RE.match(temporal.value)
    if temporal.kind not in (TemporalKind.DATE, TemporalKind.TIME) or not m:
        return None
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    grain = "D" if m[3] else "M" if m[2] else "Y"
    return Reference(dt.date(year, month, day), grain)


COMPOSE_GAP_RE = re.compile(r"\s+(?:after|before|from)\s+", re.IGNORECASE)
EXACT_DURATION_RE = re.compile(r"P(\d+)([DWMY])")
DAY_VALUE_RE = re.compile(r"\d{4}-\d\d-\d\d")


def _compose(text: str, amount: Temporal, day: Temporal) -> Temporal | None:
    """"three days after Christmas", "2 weeks before May 13": one shifted day."""
    duration = EXACT_DURATION_RE.fullmatch(amount.value)
    if (amount.kind is not TemporalKind.DURATION or duration is None
            or day.kind is not TemporalKind.DATE or not DAY_VALUE_RE.fullmatch(day.value)
            or not COMPOSE_GAP_RE.fullmatch(text, amount.span.end, day.span.start)):
        return None
    n = int(duration[1]) * (-1 if text[amount.span.end:day.span.start].strip().lower()
                            == "before" else 1)
    value = offset_day(dt.date.fromisoformat(day.value), duration[2], n)
    return Temporal(Span(amount.span.start, day.span.end), TemporalKind.DATE,
                    value.isoformat(), None, True)


SHIFTED_RE = re.compile(r"\b(?:this|last|next|past|coming|previous|following)\b",
                        re.IGNORECASE)
RANGE_GAP_RE = re.compile(r"\s*(?:-|–|to|through|thru|till|until|and)\s*",
                          re.IGNORECASE)


def _range_start(text: str, first: Temporal, last: Temporal) -> Temporal:
    """The start of a range takes the year its end gives ("from May 5 to June 2, 2024").

    A start resolved on its own (relative) that falls after its end, or lacks
    the year the end states, is moved into the year that puts it just before
    the end.
    """
    if (not first.relative or first.kind is not TemporalKind.DATE
            or last.kind is not TemporalKind.DATE
            or not RANGE_GAP_RE.fullmatch(text, first.span.end, last.span.start)
            or SHIFTED_RE.search(text, first.span.start, first.span.end)):
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
NUMBER = (r"(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?|\d{4})"
          r"(?![\d.,/]\d)")
CARDINALS = "|".join(sorted([*UNITS_WORDS, *TENS_WORDS], key=len, reverse=True))
ORDINALS = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
JOIN = r"(?:[ \t]*[-/–][ \t]*|\.(?=\d)|[ \t]+)"
AFTER_RE = re.compile(
    rf"{JOIN}(?:(?:the|of)[ \t]+)?(?P<token>{MONTH_NAME}|{WEEKDAY_NAME}|"
    rf"(?<![\d.,$€£]){NUMBER}|{ORDINALS}|{CARDINALS})\b", re.IGNORECASE)
BEFORE_RE = re.compile(
    rf"\b(?P<token>{MONTH_NAME}|{WEEKDAY_NAME}|"
    rf"(?<![\d.,/$€£-])(?:\d{{1,2}}(?:st|nd|rd|th)?|\d{{4}})(?![\d.,/]\d))"
    rf"(?:[ \t]+(?:the|of))?{JOIN}$", re.IGNORECASE)


def _dangling(text: str, found: list[Temporal]) -> list[Temporal]:
    """Drop calendar dates that continue into date words no rule could read.

    "Sunday 31", "2017 april", "this Friday 5/12", "April of 87": the text
    says more than the rules understood, and a date placed wrongly is worse
    than none, so such a date is not claimed. Neighbours that are themselves
    found ("2009-2010", "Friday 10 a.m.") are fine.
    """
    covered = [t.span for t in found]

    def free(start: int, end: int) -> bool:
        return not any(c.start < end and start < c.end for c in covered)

    kept = []
    for t in found:
        if t.kind in (TemporalKind.DATE, TemporalKind.TIME) and CALENDAR_RE.match(t.value):
            after = AFTER_RE.match(text, t.span.end)
            if after and free(after.start("token"), after.end("token")):
                continue
            before = BEFORE_RE.search(text, max(0, t.span.start - 25), t.span.start)
            if before and free(before.start("token"), before.end("token")):
                continue
        kept.append(t)
    return kept


WEEKDAY_RE = re.compile(rf"(?:{WEEKDAY_NAME})\b", re.IGNORECASE)


def _range_end(text: str, first: Temporal, last: Temporal) -> Temporal:
    """A weekday ending a range comes after its start ("from next Monday to Friday")."""
    if (not last.relative or not DAY_VALUE_RE.fullmatch(last.value)
            or not DAY_VALUE_RE.fullmatch(first.value) or last.value >= first.value
            or not WEEKDAY_RE.fullmatch(text, last.span.start, last.span.end)
            or not RANGE_GAP_RE.fullmatch(text, first.span.end, last.span.start)):
        return last
    d = dt.date.fromisoformat(last.value)
    while d.isoformat() < first.value:
        d += dt.timedelta(weeks=1)
    return dc.replace(last, value=d.isoformat())


def find_temporals(text: str, sentences: Sequence[Span], published: dt.date
                   ) -> list[Temporal]:
    """Every temporal expression in `text`, in text order, never overlapping.

    Args:
        text: the article text.
        sentences: its sentences, in order; no expression crosses one.
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
        found = RULES[order].resolve(matches[key], ctx)
        if found is None or not found.value:
            continue
        temporal = Temporal(Span(start, end), found.kind, found.value, found.modifier,
                            found.relative, found.shown)
        composed = _compose(text, out[-1], temporal) if out else None
        if composed:
            out[-1] = temporal = composed
        else:
            if out:
                out[-1] = _range_start(text, out[-1], temporal)
                temporal = _range_end(text, out[-1], temporal)
            out.append(temporal)
        taken_until = end
        reference = _reference_of(temporal) or reference
    return _dangling(text, out)
