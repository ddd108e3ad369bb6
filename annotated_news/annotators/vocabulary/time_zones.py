"""Time zones written after a clock time ("1600 GMT", "9 a.m. ET").

As written: case-sensitive, since "ET" is a zone and "et" is not. The dates
annotator reads them so that a zone never leaves a year behind; sentence
splitting, so that "9 a.m. ET" does not end a sentence at "a.m.".
"""

from __future__ import annotations

TIME_ZONES = frozenset(
    """
GMT UTC BST CET CEST EET EEST WET MSK IST JST KST HKT SGT AEST AEDT AWST NZST NZDT
SAST EAT WAT ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST AKDT HST
""".split()
)

CLOCK_PREPOSITIONS = ("at", "by", "until", "till", "before", "after", "from", "since")
"""Words before military hours that make them a clock time ("until 1800
hours", "at 0600 hrs"); "worked 1800 hours" is an amount of time. The dates
annotator reads the time, the figures annotator leaves the number alone."""

CLOCK_EVENT_NOUNS = (
    "deadline",
    "start",
    "kick-off",
    "kickoff",
    "tip-off",
    "tipoff",
    "curfew",
    "watershed",
    "briefing",
    "bulletin",
    "departure",
    "flight",
    "train",
    "shift",
)
"""Nouns of a moment that four digits before them tell the hour of ("the 1600
deadline", "a 0900 start", "the 2100 watershed"). From 1900 on, four digits
before them stay a year ("a 2007 deadline", "the 2030 deadline"); a census,
an election or a race is no moment ("the 1600 census", "the 1500 final")."""

CLOCK_EVENT_DETERMINERS = (
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "this",
)
"""Words before "the 1600 deadline" (or a possessive, "Sunday's 1500 kick-off"):
without one, "1500 start the race" counts runners."""

CLOCK_RANGE_WORDS = ("to", "until", "till", "and")
"""Words between two clock times of a range ("from 2000 to 0600"): with one
end in four digits that open with a zero, which no year does, both are
clock times."""
