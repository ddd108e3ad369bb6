"""Figures: a number with what it counts, its qualifier and its rate.

A figure is `[qualifier] [currency] number [unit or counted noun] [rate]`:
"more than 5,000 personnel", "up to 21,000 National Guard troops",
"3,000 migrants a day", "10%" and "10 percent" (both value 10, unit percent),
"$1.2 million" (1,200,000 USD), "a dozen" (12), "triple" (3 times).
A range ("8 to 16", "8-16", "between 8 and 16") is one figure whose `value`
is the low end and `high` the high end; "thousands of" is 1,000 to 10,000.

Not figures: years and days inside dates (the date annotator runs first, and
a number next to a month name is a day), ordinals ("22nd", "the second"),
numbers inside names ("Section 427", "Game 2", "FTSE 100", "5G", "COVID-19",
"the joy of Six"), model codes ("777-200LR"), ranks and rounds ("the top
three", "the last 16"), "No. 1", times ("11 a.m."), phone numbers, scores ("a
3-1 win", "won 6-2 3-6 6-3") and "one" used as a pronoun or article ("one of
the", "one big way", "no one"): "one" is a figure only with a qualifier ("at
least one"), a unit or currency ("one mile") or next to another number ("one
or two").

Every look-up is bounded: a number is read from a window of the text, the
words around it from a few words either side, and dates and phone numbers
from sorted spans, so that a long article or paragraph stays linear.
"""

from __future__ import annotations

import bisect
import dataclasses as dc
import re
from collections.abc import Iterable

from ..model import Article, Figure, Span
from .figure_context import (
    AGE_RE,
    DETERMINER_RE,
    ELLIPSIS_BEFORE_RE,
    RANK_RE,
    after_number,
    age_apposition,
    age_predicate,
    counted_noun,
    hyphen_rate,
    is_idiom_or_day,
    is_plural,
    label_before,
    modifies_next,
    name_before,
    noun_before,
    per_unit,
    post_qualifier,
    qualifier_before,
    rate_after,
    year_like,
)
from .figure_ranges import (
    other_bound,
    over_fraction,
    range_after,
    ratio,
    repeated_range,
)
from .numbers import ASCII_LOWER, CANDIDATE_RE, NUMBER_RE, NumberAt, read_number
from .units import CANONICAL_UNITS, CURRENCIES, MEASURE_UNITS, currency_before

MULTIPLIERS = {
    "double": 2,
    "twice": 2,
    "triple": 3,
    "tripled": 3,
    "quadruple": 4,
    "threefold": 3,
    "twofold": 2,
}
# "triple the number": a multiplier is a figure when it compares to something.
MULTIPLIER_RE = re.compile(rf"(?:{'|'.join(MULTIPLIERS)})\b(?=[ ]the\b)", re.IGNORECASE)
MULTIPLIER_QUALIFIER_RE = re.compile(
    r"\b(approximately|about|nearly|almost|roughly|more than|at least)[ ]$",
    re.IGNORECASE,
)
# Words that start a number before the word found as a candidate.
LEAD_RE = re.compile(
    r"\b(?:a|an|half|quarter|minus|negative|half a)[ -]$", re.IGNORECASE
)
# "thousands of", "tens of thousands of": a range of one order of magnitude.
VAGUE_RE = re.compile(
    r"(?:(?P<many>tens|hundreds)[ ]of[ ])?"
    r"(?P<scale>dozens|hundreds|thousands|millions|billions)[ ]of(?=[ ])",
    re.IGNORECASE,
)
VAGUE_SCALES = {
    "tens": 10.0,
    "dozens": 12.0,
    "hundreds": 100.0,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
}
# Words after a bare number that do not modify a noun: "2,000 last year and".
STOP_MODIFIERS = frozenset(
    {
        "last",
        "next",
        "this",
        "that",
        "more",
        "less",
        "each",
        "times",
        "so",
        "too",
        "also",
        "then",
        "now",
        "ago",
        "people",
        "in",
        "on",
        "at",
        "to",
        "of",
        "by",
        "for",
        "from",
        "with",
        "up",
        "down",
        "the",
        "a",
        "an",
    }
)
PART_BEFORE_HALF_RE = re.compile(
    r"\b(?:first|second|latter|former|other|better|top|bottom|upper|lower|northern"
    r"|southern|eastern|western|opening|closing|final|back|front|opposite|same)[ ]$",
    re.IGNORECASE,
)
SIGN_WORD_RE = re.compile(r"(?:minus|negative)\b", re.IGNORECASE)
# "the last two of his seven years": a part of a total, not a rank.
OF_NUMBER_RE = re.compile(r"[ ]of[ ](?:(?:the|its|their|his|her|our|my|your)[ ])?")
# A lower-case word before a capitalised number word: "the joy of Six".
LOWER_WORD_BEFORE_RE = re.compile(r"\b[a-z]+[ ]$")
TWO_DIGITS_RE = re.compile(r"\d\d(?![\d.,]\d)")
QUOTED_COUNT_RE = re.compile(r"\d\d[ ](?!(?:and|or|to|until|when|in)\b)[a-z]")
VAGUE_BEFORE_RE = re.compile(r"\b(?:several|few|many)[ ]$", re.IGNORECASE)
WORD_BEFORE_RE = re.compile(r"(\S+)[ ]$")
WORD_NEXT_RE = re.compile(r"[ -][A-Za-z]")
CAPITAL_NEXT_RE = re.compile(r"[ ][A-Z]")
OR_TO_BEFORE_RE = re.compile(r"\w[ ](?:or|to)[ ]$")
# "555-123-4567", "+1 (222) 333-4444"; "0845 8 505 505", "0800 555 111": a
# number with a leading zero followed by more groups is a phone number.
PHONE_RE = re.compile(
    r"(?=[+(\d])(?:(?<![\d,.])(?:\+\d{1,3}[ .-]?)?\(?0\d{2,4}\)?(?:[ .-]\d{1,4}){1,3}(?!\d)"
    r"|\+?\(?\d{1,3}\)?[ .-]\d{3,4}[ .-]\d{4}\b)"
)
NEXT_NUMBER_RE = re.compile(r"[ ](?:or|to)[ ](?=[\d$£€]|\w)")


class SpanSet:
    """Spans (start, end) that say in O(log n) whether a stretch overlaps one.

    Figures skip numbers inside dates and phone numbers; scanning every date
    for every number would be quadratic in a long article.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.max_ends: list[int] = []
        """The largest end among the spans up to each index."""
        top = -1
        for _, b in ordered:
            top = max(top, b)
            self.max_ends.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span overlaps `start`..`end`."""
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.max_ends[i] > start


def _bad_left(text: str, start: int) -> bool:
    """Whether the characters before a number make it part of something else."""
    if start == 0:
        return False
    prev = text[start - 1]
    if prev.isalnum() or prev in "_/#@&":
        return True  # "S23", "24/7", "#1"
    if prev in ".,:" and start >= 2 and text[start - 2].isdigit():
        return True  # "1.2.3", "17:22"
    if (
        prev in "'’"
        and (start < 2 or not text[start - 2].isalnum())
        and (TWO_DIGITS_RE.match(text, start))
        and (prev == "’" or not QUOTED_COUNT_RE.match(text, start))
    ):
        return True  # "the class of ’83": a year; not "'12 cars'", a quotation
    # "COVID-19", "2013-14", "F-35": a hyphen glued to a word before it.
    return prev in "-–" and start >= 2 and text[start - 2].isalnum()


def _minus_before(text: str, start: int) -> bool:
    """Whether a minus sign is glued before the digits at `start` ("-5", "$-50.8bn")."""
    if start < 1 or text[start - 1] not in "-−":
        return False
    return start == 1 or text[start - 2] in " ($€£=<>"


def _word_before(text: str, pos: int) -> str:
    """The word that ends just before a space at `pos` ("COVID" in "COVID -19")."""
    m = WORD_BEFORE_RE.search(text, max(0, pos - 20), pos)
    return m.group(1) if m else ""


def _skip_word(text: str, pos: int) -> int:
    """Move past the rest of a word that a number turned out to be part of."""
    while pos < len(text) and not text[pos].isspace():
        pos += 1
    return pos


def _is_money(unit: str) -> bool:
    return unit in CURRENCIES


def _head(unit: str) -> str:
    """What a later bare number of the sentence counts: the head of a noun."""
    if unit in CANONICAL_UNITS or " per " in unit:
        return unit
    return unit.split()[-1]


class _Scanner:
    """Finds the figures of one sentence."""

    def __init__(self, text: str, base: int, dates: SpanSet) -> None:
        self.text = text
        self.base = base
        self.dates = dates
        """Dates of the whole article, in article offsets."""
        self.phones: SpanSet | None = None
        self.found: list[Figure] = []
        self.last_noun = ""
        """The head noun of the sentence's last count, for "and 500 from the IRS"."""
        self.last_measure = ""
        """The unit or currency of the sentence's last measure."""

    def is_excluded(self, start: int, end: int) -> bool:
        """Whether a stretch overlaps a date or a phone number."""
        if self.phones is None:
            self.phones = SpanSet(m.span() for m in PHONE_RE.finditer(self.text))
        return self.dates.overlaps(
            self.base + start, self.base + end
        ) or self.phones.overlaps(start, end)

    def run(self, candidates: list[tuple[int, str]]) -> list[Figure]:
        """Read every figure, starting from the sentence's candidates.

        Each candidate is (offset in the article, lower-cased word or digits).
        """
        pos = 0
        for offset, word in candidates:
            at = offset - self.base
            if at < pos:
                continue
            if word in VAGUE_SCALES:
                pos = self.vague(at)
            elif word in MULTIPLIERS:
                pos = self.multiplier(at)
            else:
                num = self.number_at(at)
                pos = self.figure_at(num) if num else at + 1
        return self.found

    def number_at(self, at: int) -> NumberAt | None:
        """Read the number a candidate belongs to.

        It may start a word before ("a dozen", "half a million", ".500").
        """
        text = self.text
        if at >= 1 and text[at - 1] == "." and (at == 1 or not text[at - 2].isdigit()):
            return read_number(text, at - 1)
        back = LEAD_RE.search(text, max(0, at - 16), at)
        if back:
            num = read_number(text, back.start())
            if num and num.end > at:
                return num
        return read_number(text, at)

    def figure_at(self, num: NumberAt) -> int:
        """Make a figure of `num` if it is one; return where to read on."""
        text = self.text
        parsed = num.parsed
        negative = _minus_before(text, num.start) and not parsed.words
        sign_start = num.start - 1 if negative else num.start
        cur = currency_before(text, sign_start)
        left = cur[1] if cur else sign_start
        if negative and not cur and _word_before(text, left)[:1].isupper():
            return num.end  # "COVID -19": a name written with a loose hyphen
        if _bad_left(text, left) or self.is_excluded(num.start, num.end):
            return num.end
        if num.end - num.start > 15 and text[num.start : num.end].isdigit():
            return num.end  # a tweet or record id, not a quantity
        if is_idiom_or_day(text, num.start):
            return num.end
        if text.startswith(("half", "Half"), num.start) and PART_BEFORE_HALF_RE.search(
            text, max(0, num.start - 12), num.start
        ):
            return num.end  # "the second half of the game": a part, not a share
        if text[num.start].isalpha() and VAGUE_BEFORE_RE.search(
            text, max(0, num.start - 12), num.start
        ):
            return num.end  # "several hundred thousand": no value is written
        after = after_number(text, num.end, parsed.value, cur is not None, parsed.scale)
        if after is None:
            return _skip_word(text, num.end)
        if negative:
            after = dc.replace(after, value=-after.value)
        value, end = after.value, after.end
        unit = cur[0] if cur else after.unit
        if not unit:
            if (
                parsed.ordinal_end
                and WORD_NEXT_RE.match(text, end)
                and not text.startswith(" of", end)
            ):
                return end  # "a third term": an ordinal
            if name_before(text, num.start) or label_before(text, num.start):
                return end  # "Section 427", "FTSE 100", "iPhone 11", "category 4"
            if parsed.words and parsed.value == 1 and text.startswith(" of ", end):
                return end  # "one of the best": a pronoun
            if (
                text[num.start].isupper()
                and " " not in text[num.start : num.end]
                and (
                    CAPITAL_NEXT_RE.match(text, end)
                    or LOWER_WORD_BEFORE_RE.search(
                        text, max(0, num.start - 20), num.start
                    )
                )
            ):
                return end  # "the Six Nations", "a Five spokesman": a name
        in_ratio = None if unit else ratio(text, after.end, value)
        if in_ratio:
            value, end, unit = in_ratio  # "four in 10": 40 percent
        elif not unit and (over := over_fraction(text, after.end, value)):
            value, end = over  # "one over three"
            in_ratio = (value, end, unit)
        rng = None if in_ratio else range_after(text, num, after, left, unit)
        high = None
        if rng and rng.score:
            return rng.end
        if rng:
            value, high, end, unit = rng.low, rng.high, rng.end, rng.unit or unit
        if self.is_excluded(num.start, end):
            return end
        qual_m = qualifier_before(text, left)
        qual = qual_m.group("q").lower() if qual_m else None
        fig_start = qual_m.start("q") if qual_m else left
        rate = None
        if not unit and (
            AGE_RE.search(text, max(0, left - 8), left)
            or age_apposition(text, left, end)
        ):
            unit = "years old"  # "aged 35", "over the age of 21", "Jane Doe, 25,"
        if not unit:
            determiner = bool(DETERMINER_RE.search(text, max(0, left - 6), left))
            grouped = "," in text[num.start : num.end] or after.scale > 1
            noun, fig_end, noun_end = counted_noun(
                text, end, value, determiner, grouped
            )
            if (
                year_like(text, num.start, num.end)
                and qual is None
                and high is None
                and not in_ratio
                and not (noun and is_plural(noun.split()[-1]) and noun.islower())
            ):
                return end  # a year the date annotator did not claim
            if noun:
                unit, end = noun, fig_end
                if text[noun_end - len(noun) - 1] == "-" and (
                    hyph := hyphen_rate(text, end)
                ):
                    rate, end = hyph  # "3,000-person daily quota"
        post = post_qualifier(text, end)
        if post and not qual:
            qual, end = post.group().strip(" -").lower(), post.end()
            if not unit:
                noun, end, _ = counted_noun(text, end, value)
                unit = noun
        if unit and (per := per_unit(text, end, unit)):
            unit, end = per
            if high is None and (rep := repeated_range(text, end, value, unit)):
                high, end = rep  # "$350 per kg to $680 per kg"
        if rate is None and (rate_m := rate_after(text, end)):
            rate, end = rate_m
        if not unit and high is None and age_predicate(text, fig_start, end, value):
            unit = "years old"  # "Maria, who was 10", "he will be 35 by then"
        if not unit:
            before = noun_before(text, fig_start)
            if before:
                unit, before_rate = before
                rate = rate or before_rate
            elif not qual and CAPITAL_NEXT_RE.match(text, end):
                return end  # "iPhone 11 Pro", "787 Dreamliner": part of a name
            elif (
                RANK_RE.search(text, max(0, left - 10), left)
                and not NEXT_NUMBER_RE.match(text, end)
                and not (
                    (of := OF_NUMBER_RE.match(text, end))
                    and read_number(text, of.end())
                )
            ):
                return end  # "the bottom three", "the last 16": places in a ranking
            elif not (
                (nxt := NEXT_NUMBER_RE.match(text, end))
                and read_number(text, nxt.end())
            ) and not modifies_next(text, end):
                # Not "eight or nine euros" (the next number's unit), not "zero
                # tolerance" (the number qualifies the word after it).
                unit = self.left_out_unit(fig_start)
                if (unit not in CANONICAL_UNITS and value != int(value)) or (
                    parsed.words and 0 < value < 1
                ):
                    unit = ""  # "and a third", "with half of all": a share
        if (
            parsed.words
            and abs(parsed.value) in (0, 1)
            and high is None
            and not in_ratio
            and not SIGN_WORD_RE.match(text, num.start)
            and not self.one_counts(num, unit, qual)
        ):
            return end  # "one big way", "zero tolerance"
        if (
            qual
            and high is None
            and (bound := other_bound(text, end, value, qual, unit))
        ):
            value, high, end, unit = (
                bound.low,
                bound.high,
                bound.end,
                unit or bound.unit,
            )
            qual = None  # "more than 10 and less than 40": the range says it
        if unit in CANONICAL_UNITS:
            self.last_measure = unit
        elif unit:
            self.last_noun = _head(unit)
        self.found.append(
            Figure(
                Span(self.base + fig_start, self.base + end),
                value,
                unit,
                qual,
                rate,
                Span(self.base + left, self.base + (rng.end if rng else after.end)),
                high,
            )
        )
        return end

    def left_out_unit(self, start: int) -> str:
        """The unit of a bare number whose noun was left out as just said.

        "3,000 ICE agents, including 1,800 from HSI" counts agents; "rose to 3.9
        million headsets, up from 2.4 million" headsets; "from 14-18 mpg to 24"
        miles per gallon. A percentage is not carried over to a level ("up 5%
        to 84").
        """
        before = ELLIPSIS_BEFORE_RE.search(self.text, max(0, start - 16), start)
        if not before:
            return ""
        word = before.group(1).lower() if before.group(1) else ","
        if word in ("to", "by") or (word == "from" and not self.last_noun):
            measure = self.last_measure
            return "" if word == "to" and measure == "percent" else measure
        if word == ",":
            return self.last_noun  # a list of counts, not of measures
        return self.last_noun or self.last_measure

    def one_counts(self, num: NumberAt, unit: str, qual: str | None) -> bool:
        """Whether a written "one" (or "zero") counts, not being a pronoun or idiom.

        It counts with a qualifier ("at least one"), a unit or a currency ("one
        mile", "one yen"), or next to another number ("one or two").
        """
        if qual or _is_money(unit) or (num.parsed.value == 0 and unit):
            return True  # "at least one", "one yen", "zero deaths"
        if unit in MEASURE_UNITS and unit != "days":  # "one day" is an idiom
            return True
        text = self.text
        before = text[max(0, num.start - 12) : num.start]
        if OR_TO_BEFORE_RE.search(before) and NUMBER_RE.search(before):
            return True
        nxt = NEXT_NUMBER_RE.match(text, num.end)
        return bool(nxt and read_number(text, nxt.end()))

    def vague(self, at: int) -> int:
        """Read "thousands of federal agents" as 1,000 to 10,000 federal agents."""
        m = VAGUE_RE.match(self.text, at)
        if not m:
            return at + 1
        start, end = m.start(), m.end()
        if self.is_excluded(start, end):
            return end
        low = VAGUE_SCALES[m.group("scale").lower()]
        if m.group("many"):
            low *= VAGUE_SCALES[m.group("many").lower()]
        after = after_number(self.text, end, low, currency=False, scale=low)
        if after and after.unit:
            unit, stop = after.unit, after.end
        else:
            unit, stop, _ = counted_noun(self.text, end, low)
        if not unit:
            return end
        self.found.append(
            Figure(
                Span(self.base + start, self.base + stop),
                low,
                unit,
                None,
                None,
                Span(self.base + start, self.base + end),
                low * 10,
            )
        )
        return stop

    def multiplier(self, at: int) -> int:
        """Read "approximately triple the number" as 3 times."""
        m = MULTIPLIER_RE.match(self.text, at)
        if not m:
            return at + 1
        qual_m = MULTIPLIER_QUALIFIER_RE.search(self.text, max(0, at - 16), at)
        start = qual_m.start() if qual_m else at
        self.found.append(
            Figure(
                Span(self.base + start, self.base + m.end()),
                float(MULTIPLIERS[m.group().lower()]),
                "times",
                qual_m.group(1).lower() if qual_m else None,
                None,
                Span(self.base + at, self.base + m.end()),
            )
        )
        return m.end()


# "280 million of the 1.5 billion shekels": a part of a total takes its unit.
PART_OF_RE = re.compile(
    r"[ ]of[ ](?:(?:the|its|their|his|her|our|my|your|a|an|those|these)[ ])?$"
)
# "2,000 full-time and 500 part-time workers": modifiers of a shared noun.
MODIFIERS_AND_RE = re.compile(r"(?P<m>(?:[ ][a-z][a-z-]*[a-z]){1,2})[ ](?:and|or)[ ]$")


def _share_units(figures: list[Figure], text: str) -> list[Figure]:
    """Give a bare number the unit of the figure it is paired with.

    "8" in "8 or 9 euros" and "45" in "45 and 50 mg"; a whole part of a total
    ("280 million of the 1.5 billion shekels", "1,200 of its 5,000
    employees", but not "a third of the 2,000 users"); a count whose noun is written once for two sets of
    modifiers ("2,000 full-time and 500 part-time workers": 2,000 full-time
    workers).
    """
    out = list(figures)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.unit or not b.unit or a.high is not None:
            continue
        between = text[a.span.end : b.span.start]
        part_of = (
            a.value >= 1 and a.value == int(a.value) and PART_OF_RE.fullmatch(between)
        )
        if (
            between == " or "
            or (
                between in (" and ", ", ")
                and (b.unit in MEASURE_UNITS or _is_money(b.unit))
            )
            or part_of
        ):
            out[i] = dc.replace(a, unit=b.unit, rate=b.rate)
        elif (
            b.unit not in CANONICAL_UNITS
            and " per " not in b.unit
            and (m := MODIFIERS_AND_RE.fullmatch(between))
            and len(b.unit.split()) > len(m.group("m").split())
            and not any(w in STOP_MODIFIERS for w in m.group("m").split())
        ):
            mods = m.group("m").strip()
            head = b.unit.split()[-1]
            out[i] = dc.replace(
                a,
                unit=f"{mods} {head}",
                rate=b.rate,
                span=Span(a.span.start, a.span.end + m.end("m")),
            )
    return out


def annotate_figures(article: Article) -> list[Figure]:
    """Return every figure, skipping numbers that are part of dates."""
    text = article.text
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lower-cases to two code points
        lowered = text.translate(ASCII_LOWER)
    candidates = [(m.start(), m.group()) for m in CANDIDATE_RE.finditer(lowered)]
    found: list[Figure] = []
    dates = SpanSet((d.span.start, d.span.end) for d in article.dates)
    i, n = 0, len(candidates)
    for sentence in article.sentences:
        base, stop = sentence.span.start, sentence.span.end
        while i < n and candidates[i][0] < base:
            i += 1
        j = i
        while j < n and candidates[j][0] < stop:
            j += 1
        if i == j:
            continue
        figures = _Scanner(text[base:stop], base, dates).run(candidates[i:j])
        found.extend(_share_units(sorted(figures, key=lambda f: f.span), text))
        i = j
    return sorted(found, key=lambda f: f.span)
