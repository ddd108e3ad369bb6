"""Words of temporal expressions (lower-case), kept apart from the rules.

Month and weekday names and number words come from `annotators.vocabulary`; everything
else a date rule needs to read a number, a unit or a named day is here, so
that the rules read as rules and this vocabulary can grow on its own.
"""

from __future__ import annotations

import datetime as dt

from ..vocabulary.months import MONTHS, WEEKDAYS
from ..vocabulary.number_words import DAY_ORDINALS, SMALL_CARDINALS, TENS_WORDS
from ..vocabulary.time_zones import TIME_ZONES as TIME_ZONES

__all__ = ["MONTHS", "TENS_WORDS", "WEEKDAYS"]

# Cardinal number words up to the tens a date or duration needs, and the
# ordinals of the days of a month.
UNITS_WORDS = SMALL_CARDINALS
ORDINAL_WORDS = DAY_ORDINALS

# Units of durations and relative dates, singular and plural, to one code.
UNITS = {
    "second": "S",
    "seconds": "S",
    "minute": "MIN",
    "minutes": "MIN",
    "hour": "H",
    "hours": "H",
    "day": "D",
    "days": "D",
    "week": "W",
    "weeks": "W",
    "weekend": "WE",
    "weekends": "WE",
    "fortnight": "FN",
    "fortnights": "FN",
    "month": "M",
    "months": "M",
    "quarter": "Q",
    "quarters": "Q",
    "year": "Y",
    "years": "Y",
    "decade": "DE",
    "decades": "DE",
    "century": "CE",
    "centuries": "CE",
    "millennium": "ML",
    "millennia": "ML",
}

SEASONS = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

# Parts of the day, as TIDES codes: they keep a time's date and say which part.
PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "midday": "MI",
    "mid-day": "MI",
    "daytime": "DT",
}

# "daily", "weekly": a recurrence of one unit.
SET_ADVERBS = {
    "hourly": "H",
    "daily": "D",
    "nightly": "D",
    "weekly": "W",
    "biweekly": "2W",
    "monthly": "M",
    "quarterly": "Q",
    "annually": "Y",
    "yearly": "Y",
    "semiannually": "6M",
    "biannually": "6M",
}

# Words that place a period before, at or after the publication date.
SHIFT_WORDS = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "preceding": -1,
    "prior": -1,
    "this": 0,
    "current": 0,
    "present": 0,
    "next": 1,
    "coming": 1,
    "following": 1,
    "upcoming": 1,
}

# Words that approximate or bound a period ("early May", "the end of 2023").
PERIOD_MODIFIERS = {
    "early": "early",
    "earlier": "early",
    "beginning": "early",
    "start": "early",
    "mid": "mid",
    "middle": "mid",
    "late": "late",
    "later": "late",
    "end": "late",
    "close": "late",
}

# Holidays on a fixed day of the year.
FIXED_HOLIDAYS = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "independence day": (7, 4),
    "the fourth of july": (7, 4),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "veterans day": (11, 11),
    "boxing day": (12, 26),
    "st. patrick's day": (3, 17),
    "earth day": (4, 22),
    "may day": (5, 1),
    "bastille day": (7, 14),
    "juneteenth": (6, 19),
    "cinco de mayo": (5, 5),
    "remembrance day": (11, 11),
    "armistice day": (11, 11),
    "bonfire night": (11, 5),
    "guy fawkes night": (11, 5),
    "hogmanay": (12, 31),
    "st. andrew's day": (11, 30),
    "st. david's day": (3, 1),
    "st. george's day": (4, 23),
    "anzac day": (4, 25),
    "australia day": (1, 26),
    "canada day": (7, 1),
    "waitangi day": (2, 6),
}

# Other spellings of the holidays above, each matched as written.
HOLIDAY_ALIASES = {
    "saint patrick's day": "st. patrick's day",
    "saint patrick": "st. patrick's day",
    "st patrick's day": "st. patrick's day",
    "new year": "new year's day",
    "st andrew's day": "st. andrew's day",
    "saint andrew's day": "st. andrew's day",
    "st david's day": "st. david's day",
    "saint david's day": "st. david's day",
    "st george's day": "st. george's day",
    "saint george's day": "st. george's day",
}

# Days that name an event of one year, written without it: "the Jan. 6
# attack" is 6 January 2021 whenever the article was written, "9/11" 11
# September 2001. Keyed by month and day; the words that must follow the
# day for it to be the event are in `rules_days.EVENT_DAY_RE`.
EVENT_DAYS = {
    (1, 6): dt.date(2021, 1, 6),
    (9, 11): dt.date(2001, 9, 11),
}

# Holidays on the n-th weekday of a month: (month, weekday, n; -1 is the last).
WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "memorial day": (5, 0, -1),
    "labor day": (9, 0, 1),
    "labour day": (9, 0, 1),
    "martin luther king day": (1, 0, 3),
    "martin luther king jr. day": (1, 0, 3),
    "mlk day": (1, 0, 3),
    "indigenous peoples' day": (10, 0, 2),
    "presidents day": (2, 0, 3),
    "presidents' day": (2, 0, 3),
    "columbus day": (10, 0, 2),
    "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3),
    "black friday": (11, 3, 4),  # the day after Thanksgiving: shifted in the rule
    # The US primaries' biggest day: the first Tuesday of March, in a
    # presidential election year since 2012 only (the rule gives others none).
    "super tuesday": (3, 1, 1),
}
