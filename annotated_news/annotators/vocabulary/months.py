"""Month and weekday names, as written in English news (lower-case keys).

Every annotator that reads a month or a weekday (dates, figures, entities,
quotes) takes the names from here.
"""

from __future__ import annotations

FULL_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTHS = {**FULL_MONTHS, **MONTH_ABBREVIATIONS}
"""Every name of a month, full or abbreviated, to its number."""
# Month names that are also everyday words ("may", "march") or first names
# ("April", "June"): alone, they need a preposition or a modifier to be dates.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "august", "april", "june"})
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
CAPITALISED_DAY_NAMES = frozenset(
    {m.title() for m in MONTHS} | {d.title() for d in WEEKDAYS}
)
"""Month and weekday names as written in a sentence ("May", "Sept", "Friday")."""


def month_pattern(dotted: bool = False) -> str:
    """A regex alternation of the month names, capitalised, full names first.

    `dotted` allows a dot after an abbreviation ("Sept.").
    """
    dot = r"\.?" if dotted else ""
    full = [m.title() for m in FULL_MONTHS]
    short = [
        a.title() + dot for a in sorted(MONTH_ABBREVIATIONS, key=len, reverse=True)
    ]
    return "|".join(full + short)


def weekday_pattern() -> str:
    """A regex alternation of the weekday names, capitalised."""
    return "|".join(d.title() for d in WEEKDAYS)
