"""A number before a target word counts what the target is for.

"a 3,000-a-day target" names no counted noun: the target is for something
the sentence writes after it ("a 3,000 a day target for arrests") or the
article writes with the same number and rate ("3,000 arrests a day"). The
target word itself is never what is counted: "a 500 target" is not 500
targets, "a 3,000 cap on arrests" not 3,000 caps. This runs over a whole
article's figures, after every sentence has been read.
"""

from __future__ import annotations

import dataclasses as dc
import re

from ...model import Figure, Span
from ..units import CANONICAL_UNITS

# Nouns a number sets as a limit. "goal" is left out as a unit to drop: "a
# two goal lead" counts goals.
TARGET_WORDS = ("target", "quota", "cap", "ceiling", "goal")
DROPPED_UNITS = frozenset(TARGET_WORDS) - {"goal"}
# After the figure: the target word (or a period adjective and it), then
# maybe what it is for ("for arrests", "on refugee admissions").
TARGET_AFTER_RE = re.compile(
    r"[ -](?:(?:daily|weekly|monthly|annual|yearly)[ ])?"
    rf"(?:{'|'.join(TARGET_WORDS)})s?\b"
    r"(?:[ ](?:for|on|of)[ ](?:new[ ]|the[ ])?(?P<noun>[a-z]+s)\b)?"
)
# "a 500 target": the counted-noun reading took the target word itself.
OWN_TARGET_RE = re.compile(
    r"(?:[ ](?:for|on|of)[ ](?:new[ ]|the[ ])?(?P<noun>[a-z]+s)\b)?"
)


def _donor_nouns(figures: list[Figure], fig: Figure) -> set[str]:
    """The counted nouns of the article's other figures of this number and rate."""
    return {
        f.unit
        for f in figures
        if f is not fig
        and f.value == fig.value
        and f.high == fig.high
        and f.rate == fig.rate
        and f.unit
        and f.unit not in CANONICAL_UNITS
        and f.unit not in TARGET_WORDS
        and " per " not in f.unit
    }


def target_nouns(figures: list[Figure], text: str) -> list[Figure]:
    """Give a number before a target word the noun the target is for."""
    out = figures
    for k, fig in enumerate(figures):
        end = span_end = fig.span.end
        if fig.unit in DROPPED_UNITS and text[end - len(fig.unit) : end] == fig.unit:
            after = OWN_TARGET_RE.match(text, end)
            span_end = end - len(fig.unit) - 1
        elif not fig.unit and text[end : end + 1] in (" ", "-"):
            after = TARGET_AFTER_RE.match(text, end)
        else:
            continue
        if after is None:
            continue
        noun = after.group("noun")
        if not noun:
            donors = _donor_nouns(figures, fig)
            noun = donors.pop() if len(donors) == 1 else ""
        if noun == fig.unit:
            continue
        if out is figures:
            out = list(figures)
        out[k] = dc.replace(fig, unit=noun, span=Span(fig.span.start, span_end))
    return out
