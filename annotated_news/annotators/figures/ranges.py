"""Ranges: "8 to 16", "between 40 and 50", "more than 10 and less than 40".

A range is one figure whose value is its low end and `high` its high end.
Also here: ratios ("four in 10" is 40 percent), because "in" joins two
numbers into one figure the same way.
"""

from __future__ import annotations

import dataclasses as dc
import re

from ..numbers import NumberAt, read_number
from ..units import CURRENCIES, CURRENCY_PREFIXES, SIGN_AT_RE
from .context import (
    After,
    after_number,
    counted_noun,
    is_plural,
    per_unit,
    year_like,
)

# Between the two numbers of a range; "and" only after "between".
RANGE_SEP_RE = re.compile(r"-to-|[ ]?[-–—~][ ]?(?:to[ ])?|[ ](?:to|and|through)[ ]")
# "between 8 and 16", "between the ages of 6 and 11"
BETWEEN_RE = re.compile(r"\bbetween(?:[ ]the[ ]ages?[ ]of)?[ ]$", re.IGNORECASE)
# "four in 10", "one in three"
RATIO_RE = re.compile(r"(?:[ ]in[ ](?:every[ ])?|-in-)(?=\d|[a-z])", re.IGNORECASE)
# "One patient in 60", "four voters in 10": the counted noun between the two
# numbers (singular after "one"); what follows the second number is a verb
# or the end of the phrase, no noun of its own ("3 people in 10 cities").
RATIO_NOUN_RE = re.compile(r"[ ](?P<noun>[a-z]{3,})[ ]in[ ](?:every[ ])?(?=\d|[a-z])")
RATIO_NOUN_END_RE = re.compile(
    r"[ ]?[,.;:!?)]|$|[ ](?:is|has|was|lives|says|dies|gets|needs|uses|takes|sees"
    r"|reports|suffers|admits|returns|falls|goes|comes|develops"
    # the singular verb of "one landlord in eight": "plans to sell", a modal,
    # a past ("one landlord in eight plans", "one in five would", "reported")
    r"|plans|wants|intends|expects|owns|pays|spends|earns|works|faces|thinks"
    r"|believes|lacks|struggles|would|will|could|can|may|might|did|does|had"
    r"|[a-z]{3,}ed)\b"
)
# "one over three": a fraction written out.
OVER_RE = re.compile(r"[ ]over[ ](?=\d|[a-z])", re.IGNORECASE)
POWER_OF_TEN_RE = re.compile(r"10+|1,000(?:,000)*")
PAR_RE = re.compile(r"[ ](?:par|under|over)\b", re.IGNORECASE)
# "more than 10 and less than 40": a range given by its two bounds.
LOWER_BOUNDS = frozenset(
    {
        "more than",
        "over",
        "above",
        "at least",
        "greater than",
        "greater than or equal to",
        "no less than",
        "no fewer than",
        "higher than",
        "larger than",
        "bigger than",
        ">",
        ">=",
        "≥",
    }
)
UPPER_BOUNDS = frozenset(
    {
        "less than",
        "fewer than",
        "under",
        "below",
        "at most",
        "up to",
        "less than or equal to",
        "no more than",
        "lower than",
        "smaller than",
        "<",
        "<=",
        "≤",
    }
)
BOUND_RE = re.compile(
    rf"(?:,?[ ](?:and|but)|,)[ ](?P<q>{'|'.join(sorted(LOWER_BOUNDS | UPPER_BOUNDS, key=len, reverse=True))})"
    r"(?:[ ]|(?<=[<>=≥≤])[ ]*)",  # a sign may be glued: "and <30"
    re.IGNORECASE,
)
# "from 240 to 273" is written as a range (as NewsQuant and quantulum read
# it), "increased by $43.6 billion to $419.2 billion" and "rose $3.21 to
# $201.50" as a change and a level.
CHANGE_BEFORE_RE = re.compile(
    r"\b(?:by|rose|risen|rising|fell|fallen|falling|gained|gaining|lost|losing|added"
    r"|adding|shed|shedding|climbed|jumped|dropped|slipped|slid|declined|increased"
    r"|decreased|grew|advanced|eased|plunged|plummeted|soared|surged|tumbled|sank"
    r"|rallied|slumped|up|down"
    # "up 6%, or 16.75 pence to 293.5p", "gained 2.1 percent, or $1.20 to
    # $58.40": the change again as an amount, then the level
    r"|(?:%|percent|per[ ]cent),?[ ]or)"
    # "slipping just 7/32 to 99-28/32"; but "by about one to four mln
    # barrels" is an estimate's range
    r"(?:[ ](?:just|only))?[ ]$",
    re.IGNORECASE,
)
# The same verbs and a qualifier of the change: "rose by about 1,000 to
# 12,500" is a change and a level when no scale is written ("by about one
# to four mln barrels" stays an estimate's range).
CHANGE_QUALIFIED_BEFORE_RE = re.compile(
    CHANGE_BEFORE_RE.pattern.removesuffix("(?:[ ](?:just|only))?[ ]$")
    + r"[ ](?:about|around|some|nearly|almost|roughly|approximately)[ ]$",
    re.IGNORECASE,
)
# The same verbs before "a"/"an" and up to four words that describe the
# change: "rose a higher than expected 17,000 to 4.483 million", "fell an
# unexpected 12,000 to 345,000" are a change and a level too.
CHANGE_DESCRIBED_BEFORE_RE = re.compile(
    CHANGE_BEFORE_RE.pattern.removesuffix("(?:[ ](?:just|only))?[ ]$")
    + r"[ ]an?(?:[ ][a-z]+(?:-[a-z]+)*){1,4}[ ]$",
    re.IGNORECASE,
)
# A verb that changes an amount, then its object: "lifted interest rates
# 0.25% to 5.5%", "raised its forecast 2% to 9%": a change and a level too.
CHANGE_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:lifted|raised|cut|lowered|trimmed|reduced|boosted|increased|hiked"
    r"|slashed)(?:[ ][a-z]+){1,3}[ ]$",
    re.IGNORECASE,
)
# A hyphenated pair followed by one of these is a score or a vote, not a range.
SCORE_RE = re.compile(
    r"[ ](?:win|wins|loss|losses|defeat|victory|lead|draw|tie|vote|votes|decision|"
    r"record|margin|majority|scoreline|triumph|thrashing|rout)\b",
    re.IGNORECASE,
)


# A hyphenated pair after a verb of a match, or next to another pair, is a
# score: "defeated them 0-1", "won 6-2 3-6 6-3".
SCORE_VERB_RE = re.compile(
    r"\b(?:beat|beats|beaten|defeated|defeats|won|wins|lost|loses|drew|draws|trailed|trails"
    r"|trailing|led|leads|leading|scored|finished|ended|edged|thrashed|routed)"
    r"(?:[ ][a-z]+)?[ ]$",
    re.IGNORECASE,
)
# A tally after a vote, the larger side first, is a score written with "to"
# as "51-49" is with a dash: "voted 2,341 to 612", "passed 220 to 212", "by
# a vote of 68 to 30".
VOTE_BEFORE_RE = re.compile(
    r"\b(?:vot(?:ed|es|ing)|passed|approved|backed|rejected|adopted|carried"
    r"|vote[ ]of)(?:[ ][a-z]+){0,2}[ ]$",
    re.IGNORECASE,
)
# What follows a tally: no noun of its own ("voted 2,341 to 612 in favour";
# "passed 20 to 10 players" counts players).
VOTE_AFTER_RE = re.compile(
    r"[,.;:)]|$|[ ](?:in|against|with|on|to|and|for|after|votes?)\b", re.IGNORECASE
)
# A tennis game's score: both ends are points of a game ("15-40", "30-30",
# "40-0"), with no unit, not an age band ("aged 15-30") and not before the
# noun it counts ("the 15-30 age group"); what may follow is a clause.
TENNIS_POINTS = frozenset({0.0, 15.0, 30.0, 40.0})
NOT_TENNIS_BEFORE_RE = re.compile(
    r"\b(?:aged?|ages|between|from|of|by|to)[ ]$", re.IGNORECASE
)
TENNIS_NEXT_RE = re.compile(
    r"(?![ ][a-z])|[ ](?:in|on|at|and|with|down|up|to|as|after|before|when|but|"
    r"from|for|the|a|an|his|her|their)\b"
)
# Before a pair: another score, maybe with its tie-break ("6-7 (4-7) 7-6"),
# or a score and the bracket of the pair's own tie-break ("6-7 (4-7)").
SCORE_BEFORE_RE = re.compile(r"\d[-–]\d+(?:[ ]\(\d+[-–]\d+\))?[ ]$|\d[-–]\d+[ ]\($")
# "serving at 5-6 down", "came from 0-40 down", "Spain 2-0 up": a score
# that one side is behind or ahead by.
SCORE_DOWN_UP_RE = re.compile(r"[ ](?:down|up)\b(?![ ](?:to|from|by)\b)")
# "at 3-5 in the fourth set", "trailed 2-4 in the first game": a score
# within a part of play that only sport has.
SCORE_IN_PLAY_RE = re.compile(
    r"[ ]in[ ]the[ ](?:[a-z]+[ ])?(?:set|game|frame|inning|innings|tie-?break)\b",
    re.IGNORECASE,
)
# A team's record of wins and losses: "went 49-68", "a record of 49-68" (not
# "went 5-10 higher": a change; "fell to 30-35" may be a range of levels).
RECORD_BEFORE_RE = re.compile(
    r"\b(?:went|go|goes|going|gone|(?:record|mark)[ ]of)[ ]$",
    re.IGNORECASE,
)
RECORD_NOT_NEXT_RE = re.compile(
    r"[ ](?:higher|lower|up|down|more|less|fewer|times|percent|per[ ]cent|points)\b"
)
# "are 49-68 on the road", "45-30 at home", "12-3 in conference play".
RECORD_AFTER_RE = re.compile(
    r"[ ](?:on[ ]the[ ]road|at[ ]home|away[ ]from[ ]home|in[ ]conference"
    r"|in[ ](?:league|division)[ ]play|against[ ](?:winning|losing)[ ]teams)\b",
    re.IGNORECASE,
)
SCORE_AFTER_RE = re.compile(r"(?:[ ]\(\d+[-–]\d+\))?[ ]\d+[-–]\d")
# Set scores of tennis listed with commas: "won 6-4, 3-6, 7-6 (7-5)". A pair
# of games of one set (each at most 7, one of them 6 or 7) next to another.
# Only after a verb of winning or losing earlier in the sentence ("Tables
# seat 2-4, 5-6 or 8-10" are ranges).
SET_BEFORE_RE = re.compile(r"\b[0-7][-–][0-7](?:[ ]\(\d+[-–]\d+\))?,[ ]$")
MATCH_VERB_RE = re.compile(
    r"\b(?:beat|beats|beaten|defeated|defeats|won|wins|lost|loses|edged|routed)\b",
    re.IGNORECASE,
)
SET_AFTER_RE = re.compile(r"(?:[ ]\(\d+[-–]\d+\))?,[ ][0-7][-–][0-7]\b")


@dc.dataclass(slots=True)
class Range:
    """The high end of a range, or the sign that the pair is a score."""

    high: float | None
    low: float
    end: int
    unit: str
    score: bool = False


def ratio(text: str, end: int, value: float) -> tuple[float, int, str] | None:
    """Read "four in 10", "one in three" as a percentage: (value, end, unit).

    Also with the counted noun between the two numbers: "One patient in 60".
    """
    m = RATIO_RE.match(text, end)
    noun = None if m else RATIO_NOUN_RE.match(text, end)
    if noun and (is_plural(noun.group("noun")) == (value == 1)):
        noun = None  # the noun agrees with the first: "one patient", "four voters"
    found = m or noun
    if found is None:
        return None
    second = read_number(text, found.end())
    if second is None or not 0 < value < second.parsed.value <= 1000:
        return None
    if (
        noun
        and not RATIO_NOUN_END_RE.match(text, second.end)
        and counted_noun(text, second.end, second.parsed.value)[0]
    ):
        return None  # "13 wins in 15 league games": the second counts its own
    after = after_number(text, second.end, second.parsed.value, False)
    if after is None or (after.unit and after.unit not in CURRENCIES):
        return None  # "5 in 10 minutes"; but "1 in 4 pounds spent" is a share
    return 100 * value / second.parsed.value, second.end, "percent"


def over_fraction(text: str, end: int, value: float) -> tuple[float, int] | None:
    """Read "one over three", "2000 over 3" as a fraction: (value, end).

    Not "five over par" (a score) nor "10 over 2019" (a year), nor two
    numbers in digits whose second is no digit alone or power of ten: "120
    over 80" is a blood pressure's reading, not 1.5 ("500 over 3", "1 over
    1000" are fractions).
    """
    m = OVER_RE.match(text, end)
    if not m:
        return None
    second = read_number(text, m.end())
    if (
        second is None
        or second.parsed.value <= 0
        or year_like(text, second.start, second.end)
    ):
        return None
    den = second.parsed.value
    if (
        text[end - 1 : end].isdigit()
        and not second.parsed.words
        and not (den < 10 or POWER_OF_TEN_RE.fullmatch(text[second.start : second.end]))
    ):
        return None
    after = after_number(text, second.end, second.parsed.value, False)
    if after is None or after.unit or PAR_RE.match(text, second.end):
        return None
    return value / second.parsed.value, second.end


def repeated_range(
    text: str, end: int, low: float, unit: str
) -> tuple[float, int] | None:
    """Read the high end of a range that repeats its unit: "$350 per kg to $680 per kg".

    Returns (high, where it ends) when the second figure has the same unit.
    """
    sep = RANGE_SEP_RE.match(text, end)
    if not sep or sep.group().strip() == "and":
        return None
    pos, currency = sep.end(), ""
    if m := SIGN_AT_RE.match(text, pos):
        currency, pos = CURRENCY_PREFIXES[m.group().rstrip(" ")], m.end()
    second = read_number(text, pos)
    if second is None:
        return None
    after = after_number(
        text, second.end, second.parsed.value, bool(currency), second.parsed.scale
    )
    if after is None:
        return None
    per = per_unit(text, after.end, currency or after.unit)
    if per is None or per[0] != unit or after.value <= low:
        return None
    return after.value, per[1]


def other_bound(
    text: str, end: int, value: float, qual: str, unit: str
) -> Range | None:
    """Read the other bound of "more than 10 and less than 40"."""
    m = BOUND_RE.match(text, end)
    if not m:
        return None
    second_qual = m.group("q").lower()
    if (
        (qual in LOWER_BOUNDS) == (second_qual in LOWER_BOUNDS)
        or not (qual in LOWER_BOUNDS or qual in UPPER_BOUNDS)
        or not (second_qual in LOWER_BOUNDS or second_qual in UPPER_BOUNDS)
    ):
        return None
    second = read_number(text, m.end())
    if second is None:
        return None
    after = after_number(
        text, second.end, second.parsed.value, False, second.parsed.scale
    )
    if after is None or (unit and after.unit and unit != after.unit):
        return None
    low, high = (value, after.value) if qual in LOWER_BOUNDS else (after.value, value)
    if low >= high:
        return None  # "more than 40 and less than 10": two figures
    return Range(high, low, after.end, after.unit)


# The two ends of "$50-100,000": plain digits, then digits grouped in thousands
# that end in zeros.
PLAIN_LOW_RE = re.compile(r"\d{1,3}")
ROUND_THOUSANDS_RE = re.compile(r"\d{1,3}(?P<zeros>(?:,000)+)")


def shared_thousands(low_written: str, high_written: str, low: float) -> float:
    """The low end of "$50-100,000" in the high end's thousands: 50,000.

    Written with a dash, a low end of plain digits takes the thousands (or
    millions) that the high end writes as groups of zeros, when that makes
    the two ends of like size, within a factor of ten: "$50-100,000" is
    $50,000 to $100,000, "£250-300,000" £250,000 to £300,000, "$1-2,000,000"
    $1 million to $2 million; "5-100,000" stays 5 to 100,000.
    """
    if not PLAIN_LOW_RE.fullmatch(low_written):
        return low
    m = ROUND_THOUSANDS_RE.fullmatch(high_written)
    if not m:
        return low
    high = float(high_written.replace(",", ""))
    for groups in range(len(m.group("zeros")) // 4, 0, -1):
        scaled = low * 1000.0**groups
        if high / 10 <= scaled < high:
            return scaled
    return low


def range_after(
    text: str, num: NumberAt, after: After, left: int, unit: str
) -> Range | None:
    """Read the high end of a range ("8 to 16", "$350-$680")."""
    sep_m = RANGE_SEP_RE.match(text, after.end)
    if not sep_m:
        return None
    sep = sep_m.group().strip()
    dash = sep[:1] in "-–—"
    before = text[max(0, left - 30) : left]
    if sep == "and" and not BETWEEN_RE.search(before):
        return None
    # "increased by $43.6 billion to $419.2 billion" and "rose 1.2 per cent
    # to 21,500" are a change and a new level, but "dropped by 1 to 1.5
    # degrees" and "cut by $3.8m to $4.9m" are ranges: a change writes both
    # ends whole, and a level is far above.
    by_change = sep == "to" and (
        CHANGE_BEFORE_RE.search(before)
        or CHANGE_DESCRIBED_BEFORE_RE.search(text, max(0, left - 60), left)
        or CHANGE_OBJECT_BEFORE_RE.search(text, max(0, left - 50), left)
    )
    qualified_change = sep == "to" and CHANGE_QUALIFIED_BEFORE_RE.search(before)
    pos = sep_m.end()
    second_cur = None
    m = SIGN_AT_RE.match(text, pos)  # "$350 to $680"
    if m:
        second_cur = CURRENCY_PREFIXES[m.group().rstrip(" ")]
        pos = m.end()
    # "-5 to -2": a minus glued to the high end after a word ("to", "and").
    minus = (
        not dash
        and text[pos : pos + 1] in ("-", "−")
        and text[pos + 1 : pos + 2].isdigit()
    )
    if minus:
        pos += 1
    second = read_number(text, pos)
    # "8-16" and "twenty-one" are hyphenated alike: a dash joins a range only
    # when both ends start the same way, digits or words.
    if second is None or (dash and text[num.start].isdigit() != text[pos].isdigit()):
        return None
    s_after = after_number(
        text,
        second.end,
        second.parsed.value,
        second_cur is not None or (unit in CURRENCIES),
        second.parsed.scale,
    )
    if s_after is None:
        # "777-200LR": a model code, no figure at all
        return Range(None, after.value, second.end, "", score=True) if dash else None
    second_unit = second_cur or s_after.unit
    if unit and second_unit and unit != second_unit:
        return None  # "up 9.4 per cent to $84": two figures
    if after.unit == "percent" and not second_unit:
        # "sales rise 8% to 4.7 million": a change and a level; a range of
        # percentages writes the sign on its high end ("8% to 10%", "8 to 10%").
        return None
    low, high = after.value, -s_after.value if minus else s_after.value
    if by_change and high > 4 * low:
        return None  # "by $43.6 billion to $419.2 billion": a change and a level
    if qualified_change and after.scale == s_after.scale == 1 and high > 4 * low:
        return None  # "rose by about 1,000 to 12,500"
    # "1 to 1.5 million": the scale of the high end applies to the low end.
    if (
        s_after.scale > 1
        and after.scale == 1
        and num.parsed.value < s_after.value / s_after.scale
    ):
        low = after.value * s_after.scale
    if dash and second_cur is None and after.scale == s_after.scale == 1:
        low = shared_thousands(text[num.start : num.end], text[pos : second.end], low)
    if high <= low:
        tally = (
            sep == "to"
            and VOTE_BEFORE_RE.search(before)
            and VOTE_AFTER_RE.match(text, s_after.end)
        )
        if (
            (dash or tally)
            and not (unit or second_unit)
            and after.scale == s_after.scale == 1
        ):
            return Range(None, low, s_after.end, "", score=True)
        return None  # "4 million – 300 were returned": two figures, no score
    if dash and (
        SCORE_RE.match(text, s_after.end)
        or (
            not unit
            and not second_unit
            and (
                SCORE_VERB_RE.search(before)
                or SCORE_BEFORE_RE.search(before)
                or SCORE_AFTER_RE.match(text, s_after.end)
                or SCORE_DOWN_UP_RE.match(text, s_after.end)
                or SCORE_IN_PLAY_RE.match(text, s_after.end)
                or (
                    RECORD_BEFORE_RE.search(before)
                    and not RECORD_NOT_NEXT_RE.match(text, s_after.end)
                )
                or RECORD_AFTER_RE.match(text, s_after.end)
                or (
                    max(low, s_after.value) in (6.0, 7.0)
                    and (
                        SET_BEFORE_RE.search(before)
                        or SET_AFTER_RE.match(text, s_after.end)
                    )
                    and MATCH_VERB_RE.search(text, max(0, num.start - 60), num.start)
                )
            )
        )
    ):
        # "a 3-1 win", "defeated them 0-1", "won 6-2 3-6 6-3"
        return Range(None, low, s_after.end, "", score=True)
    if (
        dash
        and not unit
        and not second_unit
        and {low, s_after.value} <= TENNIS_POINTS
        and not NOT_TENNIS_BEFORE_RE.search(before)
        and TENNIS_NEXT_RE.match(text, s_after.end)
    ):
        return Range(None, low, s_after.end, "", score=True)  # "at 15-40"
    if (
        not unit
        and not second_unit
        and year_like(text, num.start, num.end)
        and year_like(text, second.start, second.end)
    ):
        return Range(None, low, s_after.end, "", score=True)  # "1600 and 1900"
    return Range(high, low, s_after.end, second_unit or unit)
