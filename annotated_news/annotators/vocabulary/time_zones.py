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
