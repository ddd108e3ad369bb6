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
