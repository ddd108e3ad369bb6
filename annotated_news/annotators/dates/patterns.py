"""Regular-expression pieces shared by the date rules, and the trigger scan.

Every pattern is compiled once, at import. Rules are tried only at the few
word starts just before a trigger word (a digit, a month, a weekday, a unit
of time, "now", "daily", ...): one linear scan of the text finds the
triggers, so an article costs that scan plus a few anchored matches per
trigger, never a search of every rule over the text.
"""

from __future__ import annotations

import re

from ..vocabulary.months import month_pattern, weekday_pattern
from ..vocabulary.number_words import words_pattern
from ..vocabulary.time_zones import (
    CLOCK_EVENT_DETERMINERS,
    CLOCK_EVENT_NOUNS,
    CLOCK_PREPOSITIONS,
    CLOCK_RANGE_WORDS,
)
from .lexicon import (
    FIXED_HOLIDAYS,
    HOLIDAY_ALIASES,
    MONTHS,
    ORDINAL_WORDS,
    PERIOD_MODIFIERS,
    SEASONS,
    SET_ADVERBS,
    SHIFT_WORDS,
    TENS_WORDS,
    TIME_ZONES,
    UNITS,
    UNITS_WORDS,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
)

_ = r"\s+"
"""Space between two words (windows never cross a sentence, hence a line)."""

MONTH_NAME = month_pattern(dotted=True)
MONTH = rf"(?P<month>{MONTH_NAME})(?![\w-])"
WEEKDAY_NAME = weekday_pattern()
WEEKDAY = rf"(?P<weekday>{WEEKDAY_NAME})"
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?P<year>1\d{3}|20\d\d)"
# A day number is not followed by more digits, a decimal, a time or a percentage.
NOT_MORE_NUMBER = r"(?![\d,.:]\d|\d|\s*(?:%|percent|per\s+cent|a\.m|p\.m|am\b|pm\b))"

_DIGITS = {w: v for w, v in UNITS_WORDS.items() if v < 10}
NUMBER_WORD = (
    rf"(?:{words_pattern(TENS_WORDS)})(?:[- ](?:{words_pattern(_DIGITS)}))?|"
    rf"{words_pattern(UNITS_WORDS)}|a\s+dozen|dozen|a\s+hundred|hundred|a|an"
)
VAGUE_COUNT = (
    r"several|a\s+few|few|many|some|a\s+couple\s+of|a\s+couple|couple\s+of|"
    r"numerous|dozens\s+of|hundreds\s+of|thousands\s+of"
)
DIGITS = r"\d+(?:\.\d+)?(?:\s\d/\d)?"
COUNT = rf"(?P<count>{DIGITS}|{NUMBER_WORD}|{VAGUE_COUNT})"
UNIT = (
    r"(?P<unit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|"
    r"quarters?|years?|decades?|centur(?:y|ies)|millenni(?:um|a))"
)
# Singular calendar units that "last", "this", "next" can shift.
PERIOD_UNIT = r"(?P<unit>year|month|week|weekend|quarter|decade|century|day)"
SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
PART_OF_DAY = r"(?P<pod>morning|afternoon|evening|night|overnight)"
SHIFT = (
    r"(?P<shift>this\s+past|this\s+coming|last|past|previous|preceding|this|"
    r"current|present|next|coming|following|upcoming)"
)
# "early May", "the end of 2023", "the first half of 2024": parts of a period.
PERIOD_MOD = (
    r"(?P<mod>early|mid-?|late|(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle)\s+of|"
    r"(?:the\s+)?(?:first|second|last|latter)\s+half\s+of|"
    r"(?:the\s+)?(?:first|second|third|fourth|last)\s+quarter\s+of)"
)
ORDINAL = (
    r"(?P<ord>(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth)|"
    + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
    + r"|\d{1,2}(?:st|nd|rd|th))"
)
ZONE = "|".join(sorted(TIME_ZONES, key=len, reverse=True))
# Military hours after a word of time: "until 1800 hours", "at 0600 hrs"
# ("worked 1800 hours", "1800 hours of service" are amounts of time).
_CLOCK_AFTER = (
    "(?:" + "|".join(rf"(?<=\b{w}\s\d{{4}})" for w in CLOCK_PREPOSITIONS) + ")"
)
# Four digits that open with a zero, which no year does, after a word of
# time ("at 0600", "by 0915") or as the other end of a range of clock times
# ("from 2000 to 0600", "0600-1800").
_ZERO_CLOCK_AFTER = (
    "(?:" + "|".join(rf"(?<=\b{w}\s0\d{{3}})" for w in CLOCK_PREPOSITIONS) + ")"
)
_ZERO_PARTNER = (
    "(?:"
    + "|".join(rf"(?<=\b0\d[0-5]\d\s{w}\s\d{{4}})" for w in CLOCK_RANGE_WORDS)
    + "|"
    + "|".join(rf"(?<=\b\d{{4}}\s{w}\s0\d{{3}})" for w in CLOCK_RANGE_WORDS)
    + r"|(?<=\b0\d[0-5]\d[-–]\d{4})|(?<=\b\d{4}[-–]0\d{3})|(?<=\b0\d{3})(?="
    + rf"(?:\s+(?:{'|'.join(CLOCK_RANGE_WORDS)})\s+|[-–])\d{{4}}(?![\d,.]\d)))"
)
ZERO_PARTNER_BEFORE = rf"\b0\d[0-5]\d(?:\s+(?:{'|'.join(CLOCK_RANGE_WORDS)})\s+|[-–])$"
ZERO_PARTNER_NEXT = (
    rf"(?:\s+(?:{'|'.join(CLOCK_RANGE_WORDS)})\s+|[-–])0\d[0-5]\d(?![\d,.]\d)"
)
# After a word of time, what follows a clock time that stands alone: a stop,
# a comma, a day ("at 2359 on Tuesday", "until 2200 tonight") or the other
# end of a range. A count goes on to its noun ("at 2250 pence", "at 1730
# points"), a year to what happened in it.
_CLOCK_FOLLOW = (
    r"(?![\d,.]\d)(?=\s*(?:[.,;:!?)]|$)|\s+(?:on|and|to|until|till|tonight|today"
    r"|tomorrow|this|next|local)\b)"
)
# From 2200 on four digits are no year of news: after a word of time they
# are a clock time ("Polls close at 2359", "until 2200"). Not after "by" nor
# "since": "by 2300" may be a year of a climate forecast.
_LATE_CLOCK_AFTER = (
    "(?:"
    + "|".join(
        rf"(?<=\b{w}\s2[23][0-5]\d)"
        for w in CLOCK_PREPOSITIONS
        if w not in ("by", "since")
    )
    + ")"
)
# Any four digits of a clock after a verb of a scheduled moment and "at"
# ("The talks resume at 1730."); "closed at 1730" and "opened at 2000" are
# left out: markets write an index's level so.
SCHEDULE_VERBS = (
    *("begin", "begins", "began", "start", "starts", "started", "resume", "resumes"),
    *("resumed", "reconvene", "reconvenes", "reconvened", "close", "closes", "open"),
    *("opens", "due", "scheduled", "kick off", "kicks off", "kicked off", "landed"),
    *("departed", "arrived", "struck", "happened", "occurred"),
)
# (A lookbehind has one width, so each verb has its own.)
_SCHEDULE_CLOCK_AFTER = (
    "(?:" + "|".join(rf"(?<=\b{v}\sat\s\d{{4}})" for v in SCHEDULE_VERBS) + ")"
)
# Four digits of a clock that stand alone after a word of time, as the
# figures annotator also reads them (`figures.exclusions.clock_time`).
CLOCK_ALONE = rf"(?:{_LATE_CLOCK_AFTER}|{_SCHEDULE_CLOCK_AFTER}){_CLOCK_FOLLOW}"
CLOCK_EVENT = "|".join(CLOCK_EVENT_NOUNS)
# What stands before "the 1600 deadline", "Sunday's 1500 kick-off".
CLOCK_EVENT_BEFORE = rf"(?:\b(?:{'|'.join(CLOCK_EVENT_DETERMINERS)})|\w['’]s)\s$"
# A clock time; four digits with no colon only before a time zone ("1600
# GMT", "1100 hrs EST") or "local time" ("1800 local time"), as military
# hours after a word of time (`_CLOCK_AFTER`), before a noun of a moment
# ("the 1600 deadline"; from 1900 on the number is read as a year first,
# `rules_years.year`), or beside a clock time that opens with a zero, so that
# a zone never leaves a year behind.
TIME_OF_DAY = (
    r"(?:(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*"
    r"(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b)|(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)"
    rf"(?!\d)|(?P<hh4>[01]\d|2[0-3])(?P<mm4>[0-5]\d)(?:(?:\s+(?:hrs|hours)\b)?"
    rf"(?=\s+(?:(?-i:{ZONE})|local\s+time)\b)|{_CLOCK_AFTER}\s+(?:hrs|hours)\b"
    r"(?!\s+(?:of|a|an|per|each)\b)"
    rf"|(?=\s+(?:{CLOCK_EVENT})\b)|(?={ZERO_PARTNER_NEXT})|{_ZERO_PARTNER}(?![\d,.]\d)"
    rf"|{_ZERO_CLOCK_AFTER}(?![\d,.]\d|\s+(?:hrs|hours)\s+(?:of|a|an|per|each)\b)"
    rf"|{CLOCK_ALONE})"
    r"|(?P<named>noon|midnight|midday))"
    rf"(?:\s+(?P<zone>(?-i:{ZONE}))\b|\s+local\s+time\b)?"
)
HOLIDAY = (
    r"(?P<holiday>"
    + "|".join(
        re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]")
        for h in sorted(
            [
                *FIXED_HOLIDAYS,
                *WEEKDAY_HOLIDAYS,
                "easter",
                "easter sunday",
                "easter monday",
                "good friday",
                "election day",
                "inauguration day",
                # "the New Year" is a season, not 1 January: "new year" is an
                # alias only for what another pattern matches
                *(alias for alias in HOLIDAY_ALIASES if alias != "new year"),
            ],
            key=len,
            reverse=True,
        )
    )
    + r")"
)

# Trigger words, by the group of rules they wake. Every rule's match contains
# one of its groups' words (or digits, group "digit").
TRIGGER_GROUPS = {
    "month": MONTHS.keys(),
    "weekday": WEEKDAYS.keys(),
    "deictic": "today tonight tomorrow yesterday".split(),
    "pod": "morning afternoon evening night overnight".split(),
    "clock": "noon midnight midday".split(),
    "unit": [*UNITS, "half", "period"],
    "code": ["q1", "q2", "q3", "q4", "h1", "h2"],
    "season": SEASONS.keys(),
    "ref": "now nowadays currently current recently past future formerly present "
    "time".split(),
    "set": [*SET_ADVERBS, "every", "each", "per"],
    "holiday": "christmas thanksgiving easter halloween valentine veterans memorial "
    "labor labour election boxing patrick earth mother father presidents "
    "columbus martin bastille independence saint inauguration juneteenth cinco "
    "remembrance armistice bonfire guy hogmanay anzac waitangi indigenous mlk".split(),
    "spoken": "nineteen thousand".split(),
    "decade": "twenties thirties forties fifties sixties seventies eighties "
    "nineties".split(),
}
TRIGGER_WORDS = {w: group for group, words in TRIGGER_GROUPS.items() for w in words}


def _trie(words: list[str]) -> str:
    """An alternation of words as a trie, which `re` tries a letter at a time."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        branches = [
            re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    return build(tree)


# Run on the lower-cased text: a case-sensitive trie is several times faster
# than a case-insensitive alternation, and this scan touches every character.
# A number may run into letters ("1990s", "21st"); a word may not ("mayor").
TRIGGER_RE = re.compile(
    rf"(?<![a-z0-9])(?:\d+(?!\d)|(?:{_trie(sorted(TRIGGER_WORDS))})(?![a-z]))"
)

# Words an expression can begin with (besides digits and "'80s"): the first
# word of every rule's pattern is one of these. A word start elsewhere is not
# tried at all, which spares most of the anchored matches near a trigger.
STARTERS = frozenset(
    [*TRIGGER_WORDS, *ORDINAL_WORDS, *SHIFT_WORDS, *PERIOD_MODIFIERS]
    + [w.split()[0] for w in [*FIXED_HOLIDAYS, *WEEKDAY_HOLIDAYS]]
    + [*UNITS_WORDS, *TENS_WORDS]
    + """
    the a an this that these those last next past previous preceding prior current
    present coming following upcoming ensuing same very early mid late earlier later
    end beginning start middle half first second third fourth final latest recent
    most just only a mere about around nearly almost roughly approximately some
    more less over under at up within several few many couple dozen dozens hundred
    hundreds thousands numerous fiscal calendar fy year-ago year-earlier comparable
    every each per other right in of q1 q2 q3 q4 h1 h2 w easter good black saint st
    new independence may earth nineteen twenty weekend
    """.split()
)
