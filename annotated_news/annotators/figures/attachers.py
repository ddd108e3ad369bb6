"""Attachers: the parts a figure takes from the words around its number.

Each is one small function of a `Reading` that adds a part (a unit, a range's
high end, a qualifier, a rate) and returns True when it did. `rules.py`
lists them, in the order they are tried, between the exclusions.
"""

from __future__ import annotations

import re

from ..lexicon import SPEECH_VERBS
from ..numbers import read_number
from ..units import (
    CANONICAL_UNITS,
    CURRENCIES,
    RATE_ADJECTIVES,
    RATES,
    UNIT_BEFORE_RE,
    UNIT_RE,
    UNITS_BEFORE,
    unit_of,
)
from ..vocabulary.people_nouns import CUSTODY_HOLDERS, PEOPLE_NOUNS
from ..vocabulary.verbs import CUSTODY_PARTICIPLES, IRREGULAR_PAST, NOT_PAST_ED
from . import exclusions as ex
from .context import (
    ADDRESS_NEXT_RE,
    AGE_BOUNDS,
    AGE_GROUP_BEFORE_RE,
    AGE_GROUP_NOUNS,
    AGE_LIST_RE,
    AGE_RE,
    CASUALTY_STATE_NEXT_RE,
    CASUALTY_VERB_BEFORE_RE,
    DEATH_TOLL_BEFORE_RE,
    DETERMINER_RE,
    DISPLACED_BEFORE_RE,
    DISPLACED_NEXT_RE,
    EACH_NEXT_RE,
    EACH_NOT_SUBJECTS,
    EACH_SUBJECT_BEFORE_RE,
    FORECASTERS_NEXT_RE,
    LEVEL_VERBS_S,
    NUMBER_NEXT_RE,
    NUMBER_WORDS,
    OWN_VERB,
    OWN_VERB_NEXT_RE,
    OWNED_SCORE_BEFORE_RE,
    PARENT_OF_BEFORE_RE,
    PART_OF_NUMBER_RE,
    PARTITIVE_PRONOUN_NEXT_RE,
    SPEED_UNITS,
    STOP,
    TIME_UNITS,
    TO_EACH_NEXT_RE,
    VERB_OBJECT_NEXT_RE,
    WIND_BEFORE_RE,
    age_apposition,
    age_in_context,
    age_predicate,
    counted_noun,
    hyphen_rate,
    is_measure,
    is_plural,
    modifies_next,
    noun_before,
    per_base,
    per_unit,
    post_qualifier,
    qualifier_before,
    rate_after,
)
from .exclusions import NEXT_NUMBER_RE, noun_of
from .ranges import other_bound, over_fraction, range_after, ratio, repeated_range
from .reading import Reading

YEARS_OLD = "years old"
# Words that open a clause whose subject a number may be: "…, while 3 hit".
CLAUSE_OPENS_BEFORE_RE = re.compile(
    r"(?:\b(?:while|whereas|but|yet|of[ ]which|of[ ]whom)|;)[ ]$", re.IGNORECASE
)
# A verb in the past: "hit", "struck", "targeted" (not "bed", "hundred").
PAST_VERB_RE = re.compile(
    rf"{'|'.join(sorted(IRREGULAR_PAST))}"
    rf"|(?!(?:{'|'.join(sorted(NOT_PAST_ED))})$)[a-z]{{3,}}ed"
)
# Verbs of choosing in the past, never an adjective before a noun: "13,100
# backed strikes and 1,790 voted against" (13,100 voters backed strikes).
CHOICE_VERBS = frozenset(
    """
backed supported opposed rejected approved voted favoured favored preferred
endorsed chose""".split()
)
# Verbs in the plural present after "the N", the subject of which the number
# is ("The 300 include managers", "the 40 remain in custody").
VERBS_AFTER_THE_NUMBER = frozenset(
    "include represent comprise cover range remain face live work come say".split()
)
DEATHS = "deaths"
PEOPLE = "people"
# "an annual salary of", "a monthly rent of", "daily average of"
RATE_ADJECTIVE_OF_RE = re.compile(
    rf"\b({'|'.join(RATE_ADJECTIVES)})[ ](?:[a-z]+[ ]){{1,2}}of[ ]$", re.IGNORECASE
)
PERIOD_UNITS = frozenset({"days", "weeks", "months", "years"})
POINTS = "points"
# "a quarter of a percentage point", "half a mile", "half an hour"
FRACTION_ARTICLE_RE = re.compile(r"(?:[ ]of)?[ ]an?[ ]|-(?:of-)?an?-")
# "a half-point cut", "a quarter-point rise"
HYPHEN_POINT_RE = re.compile(r"-point\b(?!-)")
# "down 0.3 point", "half a point", "a quarter point": a share of one point
# is written in the singular (not "a point guard", "point of view").
POINT_NEXT_RE = re.compile(
    r"(?:[ ]of)?(?:[ ]an?)?[ ]point\b(?![ -](?:of|guard|blank|man|out)\b)"
)
SINGULAR_PERIOD_AGO_RE = re.compile(r"[ -](?P<p>day|week|month|year)[ ]ago\b")
QUARTERS = "quarters"
PERIODS = frozenset(RATES.values()) - {"hour", "minute", "second"}
OF_RE = re.compile(r"[ ]of\b")
OF_YEAR_RE = re.compile(
    r"[ ]of[ ](?:(?:the|this|last|next)[ ](?:fiscal[ ]|financial[ ])?year"
    r"|(?:fiscal[ ])?(?:1[89]|2[01])\d\d)\b",
    re.IGNORECASE,
)
# Words of time around a count of quarters: "for six quarters", "the past
# two", "the next one or two quarters", "two quarters ahead".
QUARTERS_TIME_BEFORE_RE = re.compile(
    r"\b(?:for|over|in|within|past|last|next|previous|first|final|recent|coming"
    r"|latest|consecutive|successive|straight)[ ](?:(?:one|two|\d+)[ ]or[ ])?$",
    re.IGNORECASE,
)
QUARTERS_TIME_AFTER_RE = re.compile(
    r"[ ](?:ahead|later|earlier|ago|running|in[ ]a[ ]row)\b", re.IGNORECASE
)
TIMES = "times"
# An amount at most three words before "over": "$45bn over", "2,000 jobs
# over", "$1.2 trillion in cuts over".
AMOUNT_BEFORE_RE = re.compile(
    r"(?<![\w.,])[$£€¥]?\d[\w.,%]*(?:[ ][^ ,;:()—–]+){0,3}[ ]$"
)
# Verbs of lasting or waiting: "over" after them is "more than", also after an
# amount ("One patient in 60 waited over 4 hours"; `qualifier`).
LASTING_VERB_BEFORE_RE = re.compile(
    r"\b(?:wait|waits|waited|waiting|queued|queuing|queueing|lasted|lasting|lasts"
    r"|stayed|remained|slept|sat|stood)[ ]$",
    re.IGNORECASE,
)
# Words that "about" follows as a preposition: "wrong about one thing",
# "worry about one more meal" (not "about one metre": approximately).
# Words after which "over" says what something is about, not "more than":
# "jailed over $12m fraud", "sued over 40 deaths", "a row over 300 jobs"
# (not "fined", which may be fined over a sum).
OVER_CAUSE_BEFORE_RE = re.compile(
    r"\b(?:(?:jailed|sued|charged|arrested|sacked|fired|convicted|sentenced|indicted"
    r"|prosecuted|questioned|quizzed|probed)"
    # a sentence between: "jailed for eight years over", "sued in court over"
    r"(?:[ ][a-z\d]+){0,4}"
    r"|resigns|resigned|apologises|apologizes|apologised|apologized|row|rows|dispute"
    r"|disputes|probe|investigation|lawsuit|suit|clash|clashes|protest|protests"
    r"|outrage|anger|fury|concern|concerns|fears|strike|walkout|backlash"
    # verbs of quarrelling: "clashed over 3 issues", "talks stalled over 2 clauses"
    r"|clashed|clashing|argued|arguing|argue|argues|fought|fighting|feuded|feuding"
    r"|rowed|rowing|wrangled|wrangling|quarrelled|quarreled|split|divided|stalled"
    r"|deadlocked)[ ]$",
    re.IGNORECASE,
)
ABOUT_GOVERNORS = frozenset(
    """
wrong right sure unsure worry worried worries worrying care cares cared caring
think thinks thought thinking talk talks talked talking know knew knows
complain complained complains concerned anxious nervous curious excited upset
angry happy joke joked ask asked asks hear heard read write wrote speak spoke
argue argued argues learn learned fret frets fretted fretting forget forgot
remember remembered dream dreamed laugh laughed lied boast boasted warn warned
agree agreed disagree disagreed decide decided obsessed
""".split()
)
WORD_BEFORE_ABOUT_RE = re.compile(r"(\w+)[ ]$")
# "the only one", "its only two": "only" after a determiner is an adjective.
DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|its|his|her|their|our|my|your)[ ]$", re.I)
# "the" right before a number.
THE_BEFORE_RE = re.compile(r"\bthe[ ]$", re.IGNORECASE)
# A number in digits right before a word: "120 over 80".
NUMBER_BEFORE_RE = re.compile(r"\d[ ]$")
FOLD_RE = re.compile(r"[ -]fold\b", re.IGNORECASE)
# A bare number before a plural verb counts things, no measure: "tickets
# cost $45, and 30 were sold" (not $30), "rose 4%, and 12 have closed",
# also past "more" ("raised £40m, then 25 more were hired": not £25m), and
# so does one before a participle in -ing, its subject ("share £42m, with
# 100,000 receiving a windfall": not £100,000; "$5, or 6 including tax"
# keeps dollars).
PLURAL_VERB_NEXT_RE = re.compile(
    r"(?:[ ]more)?[ ](?:(?:were|are|have|had)\b|(?!(?:in|ex)cluding\b)[a-z]{2,}ing\b)"
)
# A bare number taken into custody: "and nearly 500 were detained", "and 40
# were later arrested", "and 12 have been taken into custody".
CUSTODY_NEXT_RE = re.compile(
    r"(?:[ ]more)?[ ](?:were|was|are|have[ ]been|had[ ]been|got)"
    r"(?:[ ](?:later|then|also|[a-z]+ly))?[ ]"
    rf"(?:{'|'.join(sorted(CUSTODY_PARTICIPLES))}|taken[ ]into[ ]custody)\b"
)
# "rose by a factor of three", "a factor of 10 more": a multiplier.
FACTOR_OF_BEFORE_RE = re.compile(r"\ba[ ]factor[ ]of[ ]$", re.IGNORECASE)
# "will open 50 more", "hired 20 more": the noun just said, as after "another".
MORE_NEXT_RE = re.compile(r"[ ]more\b(?![ ]than\b)")
# "a day or two", "another pick or two": the noun is written once, before.
NOUN_OR_BEFORE_RE = re.compile(
    r"\b(?:a|an|another)[ ](?P<n>[a-z]{3,})[ ]or[ ]$", re.IGNORECASE
)


def unit(r: Reading) -> bool:
    """The unit or currency written with the number: "$5", "5 km", "10%", "1,200€"."""
    r.unit = r.currency[0] if r.currency else r.after.unit if r.after else ""
    return bool(r.unit)


def fraction_of_unit(r: Reading) -> bool:
    """A fraction of one unit: "a quarter of a percentage point", "half a mile".

    "three-quarters of a percentage point" is 0.75 percentage points, "half
    an hour" 0.5 hours; with a hyphen, "a half-point cut" and "a
    quarter-point rise" are 0.5 and 0.25 points. Only a fraction written in
    words (a scale word after it is read as a number: "half a million").
    """
    if r.unit or not r.num.parsed.words or not 0 < r.value < 1 or r.currency:
        return False
    text, end = r.text, r.end
    if (hyphen := HYPHEN_POINT_RE.match(text, end)) is not None:
        r.unit, r.end = POINTS, hyphen.end()
        return True
    article = FRACTION_ARTICLE_RE.match(text, end)
    if article is None:
        return False
    found = UNIT_RE.match(text, article.end())
    if found is None or found.group("sep") != "":
        return False
    unit = unit_of(found.group("unit"))
    if unit is None or unit == "percent":
        return False
    r.unit, r.end = unit, found.end()
    return True


def point_singular(r: Reading) -> bool:
    """Points written in the singular after a share of one: "down 0.3 point".

    Also "1.5 point", "half a point" and "a quarter point" (0.5 and 0.25
    points); a whole number takes the plural ("3 points"), and an article
    only after a fraction in words.
    """
    if r.unit or r.currency or r.value == int(r.value) or not 0 < r.value < 100:
        return False
    m = POINT_NEXT_RE.match(r.text, r.end)
    if m is None or (m.group().startswith(" a") and not r.num.parsed.words):
        return False
    r.unit, r.end = POINTS, m.end()
    return True


def period_ago(r: Reading) -> bool:
    """A singular period and "ago" after a number say when, not what is counted.

    Wire copy drops the article: "292,000 week ago", "4.8 mln year ago" are
    292,000 and 4.8 million a week and a year ago, not weeks and years. The
    figure keeps its number without the unit.
    """
    if r.unit not in PERIOD_UNITS or r.value == 1 or r.currency:
        return False
    m = SINGULAR_PERIOD_AGO_RE.search(r.text, max(0, r.end - 12), r.end + 5)
    if not m or m.end("p") != r.end:
        return False
    r.unit, r.end = "", m.start()
    return True


def period_unit_as_rate(r: Reading) -> bool:
    """A unit per day, week, month or year is the unit and a rate: "bpd".

    "500,000 bpd" is 500,000 barrels a day, as "500,000 barrels per day" is
    read, so that a quantity has one unit and rate however it is written
    (speeds and frequencies, per hour or second, stay units: "mph").
    """
    base, per, period = r.unit.rpartition(" per ")
    if not per or period not in PERIODS or r.rate is not None:
        return False
    r.unit, r.rate = base, period
    return True


def fold(r: Reading) -> bool:
    """A multiplier written with "-fold": "a 5-fold jump", "two-fold" (times)."""
    if r.unit or r.text[r.end + 1 : r.end + 5].lower() != "fold":
        return False
    m = FOLD_RE.match(r.text, r.end)
    if m is None:
        return False
    r.unit, r.end = TIMES, m.end()
    return True


def factor_of(r: Reading) -> bool:
    """A multiplier written "by a factor of three": 3 times."""
    if r.unit or r.num.parsed.value <= 1:
        return False
    if not FACTOR_OF_BEFORE_RE.search(r.text, max(0, r.left - 14), r.left):
        return False
    r.unit = TIMES
    return True


def quarter_periods(r: Reading) -> bool:
    """Quarters of a year counted, not a fraction: "grown for six quarters".

    "six quarters" reads as 6/4 and "three quarters of voters" is 0.75; a
    count of quarters is written without "of" (or with "of" and a year, "3
    quarters of 2004", "the first three quarters of the year") after a word
    of time ("for", "the past", "the next")
    or before one ("two quarters ahead", "in a row").
    """
    num = r.num
    if r.unit or not r.text.endswith(" quarters", num.start, num.end):
        return False
    count = num.parsed.value * 4
    if count < 1 or count != int(count):
        return False
    text, end = r.text, num.end
    if OF_RE.match(text, end) and not OF_YEAR_RE.match(text, end):
        return False  # "three quarters of the vote": a share
    before = QUARTERS_TIME_BEFORE_RE.search(text, max(0, r.left - 24), r.left)
    if not (before or QUARTERS_TIME_AFTER_RE.match(text, end)):
        return False
    r.value, r.unit = count, QUARTERS
    return True


def ratio_of_two(r: Reading) -> bool:
    """A ratio: "four in 10" is 40 percent."""
    if r.unit:
        return False
    assert r.after is not None
    found = ratio(r.text, r.after.end, r.value)
    if not found:
        return False
    r.value, r.end, r.unit = found
    r.ratio = True
    return True


def fraction_over(r: Reading) -> bool:
    """A fraction written out: "one over three" is a third."""
    if r.unit or r.ratio:
        return False
    assert r.after is not None
    found = over_fraction(r.text, r.after.end, r.value)
    if not found:
        return False
    r.value, r.end = found
    r.ratio = True
    return True


def range_end(r: Reading) -> bool:
    """The high end of a range: "8 to 16", "8-16", "between 8 and 16".

    A score found here ("a 3-1 win") is ruled out by the next rule.
    """
    if r.ratio:
        return False
    assert r.after is not None
    rng = range_after(r.text, r.num, r.after, r.left, r.unit)
    if rng is None:
        return False
    r.range = rng
    if rng.score:
        r.end = rng.end
        return False
    r.value, r.high, r.end = rng.low, rng.high, rng.end
    if rng.unit:
        # The unit written after the high end: "between 200,000 and 300,000
        # bpd" is barrels a day, as "200,000 bpd" is (`period_unit_as_rate`).
        r.unit = rng.unit
        period_unit_as_rate(r)
    return True


def qualifier(r: Reading) -> bool:
    """A qualifier written before the figure: "more than", "up to", "nearly".

    Not "over" before a period that an amount in its clause is spread over
    ("$45bn over four years", "cut 2,000 jobs over three years"): there it
    says "during", not "more than" ("for over 20 years" keeps it).
    """
    m = qualifier_before(r.text, r.left)
    if (
        m
        and m.group("q").lower() == "over"
        and r.unit in TIME_UNITS
        and AMOUNT_BEFORE_RE.search(r.text, max(0, m.start() - 60), m.start())
        and not LASTING_VERB_BEFORE_RE.search(r.text, max(0, m.start() - 12), m.start())
    ):
        m = None
    if (
        m
        and m.group("q").lower() == "over"
        and NUMBER_BEFORE_RE.search(r.text, max(0, m.start() - 4), m.start())
    ):
        m = None  # "120 over 80": a reading of two numbers, not "more than 80"
    if (
        m
        and m.group("q").lower() == "over"
        and r.unit not in TIME_UNITS  # "jailed for over 20 years" is more than
        and OVER_CAUSE_BEFORE_RE.search(r.text, max(0, m.start() - 48), m.start())
    ):
        m = None  # "jailed over $12m fraud", "a row over 300 jobs": about, not more
    if (
        m
        and m.group("q").lower() in ("only", "just")
        and DETERMINER_BEFORE_RE.search(r.text, max(0, m.start() - 6), m.start())
    ):
        m = None  # "the only one that stands", "its only two": an adjective
    if (
        m
        and m.group("q").lower() == "about"
        and r.text[r.num.start : r.num.end].lower() == "one"
        and (
            governor := WORD_BEFORE_ABOUT_RE.search(
                r.text, max(0, m.start() - 16), m.start()
            )
        )
        and governor.group(1).lower() in ABOUT_GOVERNORS
    ):
        m = None  # "wrong about one thing", "worry about one more meal"

    if m and m.group("q").lower() == "up to" and _up_to_direction(r, m.start()):
        m = None  # "growth was revised up to 1.1%": a rise, no cap

    if not m:
        r.start = r.left
        return False
    r.qualifier = m.group("q").lower()
    r.start = m.start("q")
    return True


# Verbs of moving whose "up to" says where a level rose, no cap: "growth was
# revised up to 1.1%", "the rate went up to 5.5%", "prices have gone up to".
RISE_VERB_BEFORE_RE = re.compile(
    r"\b(?:went|gone|go|goes|going|revised|revise|revises|revising|inched|inching"
    r"|edged|edging|crept|creeping|ticked|ticking|nudged|ratcheted|shot|spiked"
    r"|bounced|rounded)[ ]$",
    re.IGNORECASE,
)
# "be" before "up to": "Turnover was up to 1.29 billion from 1.2 billion".
BE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|been|be)[ ]$", re.IGNORECASE)
# The level the rise started from: "up to 5.5% from 5.4%", "from last year's 421.9 mln".
FROM_LEVEL_NEXT_RE = re.compile(
    r",?[ ]from[ ](?:(?:the|a|last(?:'s)?|year's|last[ ]year's)[ ]){0,2}[$£€]?(?=[\d])",
    re.IGNORECASE,
)


def _up_to_direction(r: Reading, at: int) -> bool:
    """Whether "up to" at `at` says where a level rose, not a cap.

    After a verb of moving ("revised up to 1.1%"), or after "be" when the
    level it rose from follows, of like size ("Turnover was up to 1.29
    billion from 1.2 billion"; not "There were up to 100 people from 12
    countries").
    """
    if RISE_VERB_BEFORE_RE.search(r.text, max(0, at - 12), at):
        return True
    if not BE_BEFORE_RE.search(r.text, max(0, at - 6), at):
        return False
    nxt = FROM_LEVEL_NEXT_RE.match(r.text, r.end)
    if nxt is None or r.value <= 0:
        return False
    other = read_number(r.text, nxt.end())
    return other is not None and 1 / 3 <= other.parsed.value / r.value <= 3


# "Earnings per share were $0.76", "diluted EPS of 41 cents": an amount per
# share named before it.
PER_SHARE_BEFORE_RE = re.compile(
    r"\b(?:(?:earnings|profits?|income|losses|loss|dividends?|revenue|sales)[ ]per"
    r"[ ]share|EPS)(?:[ ](?:of|was|were|is|are|rose[ ]to|fell[ ]to|came[ ]in[ ]at"
    r"|totalled|totaled|reached|stood[ ]at)){0,1}[ ]$",
    re.IGNORECASE,
)


def per_share_before(r: Reading) -> bool:
    """An amount of money per share named before it: "Earnings per share were $0.76".

    The money is per share, as "$0.76 a share" is ("USD per share"); not one
    with a rate or a "per" of its own.
    """
    if not r.unit or " per " in r.unit or r.rate is not None:
        return False
    if r.unit not in CURRENCIES and r.unit not in ("cents", "pence"):
        return False
    if not PER_SHARE_BEFORE_RE.search(r.text, max(0, r.start - 40), r.start):
        return False
    r.unit = f"{r.unit} per share"
    return True


def unit_before(r: Reading) -> bool:
    """A unit written before the number: "a magnitude 7.8 earthquake"."""
    if r.unit or r.qualifier or r.range is not None:
        return False
    m = UNIT_BEFORE_RE.search(r.text, max(0, r.left - 12), r.left)
    if m is None:
        return False
    r.unit = UNITS_BEFORE[m.group("unit").lower()]
    r.start = m.start("unit")
    return True


# "between 50 and 70 on the GPa scale", "300 on the Kelvin scale"
ON_THE_RE = re.compile(r"[ ]on[ ]the[ ]")
SCALE_WORD_RE = re.compile(r"[ ]scale\b")


def unit_on_scale(r: Reading) -> bool:
    """A unit named as the scale a number is read on: "50 and 70 on the GPa scale".

    The unit is the one the scale's name spells ("on the Celsius scale" is
    degrees Celsius); a scale that is no unit ("8 on the Mohs scale", "a 7
    on a scale of 1 to 10") gives none.
    """
    if r.unit or r.currency:
        return False
    text = r.text
    on = ON_THE_RE.match(text, r.end)
    if on is None:
        return False
    found = UNIT_RE.match(text, on.end())
    if found is None or found.group("sep") != "":
        return False
    scale = SCALE_WORD_RE.match(text, found.end())
    unit = unit_of(found.group("unit"))
    if scale is None or unit is None:
        return False
    r.unit, r.end = unit, scale.end()
    return True


# A quake's magnitude written without the word: "a 6.4 quake", "a 5.8
# aftershock", and after "a" in a sentence about quakes ("the strongest of
# them a 5.8"): a decimal of one place between 2 and 10.
QUAKE_NOUNS = r"earthquakes?|quakes?|tremors?|aftershocks?|temblors?"
QUAKE_NEXT_RE = re.compile(rf"[ -](?:{QUAKE_NOUNS}|shocks?)\b")
QUAKE_WORD_RE = re.compile(rf"\b(?:{QUAKE_NOUNS}|seismic)\b", re.IGNORECASE)
A_BEFORE_RE = re.compile(r"\ban?[ ]$")
# After a bare magnitude: the end of its phrase, not a noun it counts.
MAGNITUDE_END_RE = re.compile(
    r"[ ]?[,.;:)]|$|[ ](?:about|around|some|just|shortly|at|on|in|within|after"
    r"|before|that|which|and|was|hit|struck|followed)\b"
)
ONE_DECIMAL_RE = re.compile(r"\d\.\d")


def quake_magnitude(r: Reading) -> bool:
    """A magnitude without its word: "a 6.4 quake" is magnitude 6.4, not 6.4 quakes."""
    if r.unit or r.currency or r.range is not None or not 2 <= r.value < 10:
        return False
    if not ONE_DECIMAL_RE.fullmatch(r.text, r.num.start, r.num.end):
        return False
    if QUAKE_NEXT_RE.match(r.text, r.end):
        r.unit = "magnitude"
        return True
    if (
        A_BEFORE_RE.search(r.text, max(0, r.left - 3), r.left)
        and QUAKE_WORD_RE.search(r.text)
        and MAGNITUDE_END_RE.match(r.text, r.end)
    ):
        r.unit = "magnitude"  # "the strongest of them a 5.8"
        return True
    return False


def age_before(r: Reading) -> bool:
    """An age: "aged 35", "over the age of 21", "Jane Doe, 25,", "ages 5, 7 and 9"."""
    if r.unit:
        return False
    text, left = r.text, r.left
    # "aged 35", "aged between 18 and 24"
    if (
        AGE_RE.search(text, max(0, left - 24), left)
        or age_apposition(text, left, r.end)
        or AGE_LIST_RE.search(text, max(0, left - 40), left)
    ):
        r.unit = YEARS_OLD
        return True
    return False


# A verb of a clause of its own after a bare plural: "lost two games and
# fans booed", "and fans were angry"; not a participle before a preposition,
# which still describes the pair ("20 men and women accused of fraud").
CLAUSE_VERB_NEXT_RE = re.compile(
    # "fans of its leader booed": the subject's own "of" phrase first
    r"(?:[ ]of[ ](?:the|its|his|her|their|our|a|an)(?:[ ][a-z]+){1,2}?)?"
    rf"[ ]{OWN_VERB}"
    r"(?![ ](?:of|in|by|at|for|from|on|with|after|during|under|over|to|into"
    r"|near|since|across|without|outside|inside)\b)"
)
# The verb a counted object follows: "lost two games", "sold 300 cars".
OBJECT_VERB_BEFORE_RE = re.compile(r"\b([a-z]+)[ ]$")
# Verbs after which a number opens a clause of its own, as its subject
# ("said 20 men and women were held"), besides those of speech.
CLAUSE_VERBS_BEFORE = SPEECH_VERBS | frozenset(
    "found showed thought knew believed feared expected learned heard felt meant "
    "realised realized saw estimated calculated".split()
)


def own_clause_after_and(r: Reading, noun: str, noun_end: int) -> int | None:
    """Where a counted noun ends before an "and" that opens a clause of its own.

    "The team lost two games and fans booed": the number is the object of a
    verb, and a bare plural after "and" has a verb of its own, so the plural
    is the next clause's subject, not a second thing counted ("two games").
    Not after a verb of speech or thought, whose object is a clause the
    number is the subject of ("said 20 men and women were held"), nor
    before a participle and a preposition ("20 men and women accused of").
    Returns the end of the first noun, or None.
    """
    _, sep, rest = noun.rpartition(" and ")
    if not sep or " " in rest or not rest.islower() or not is_plural(rest):
        return None
    if not CLAUSE_VERB_NEXT_RE.match(r.text, noun_end):
        return None
    verb = OBJECT_VERB_BEFORE_RE.search(r.text, max(0, r.start - 24), r.start)
    if not verb or verb.group(1) in CLAUSE_VERBS_BEFORE:
        return None
    if not PAST_VERB_RE.fullmatch(verb.group(1)):
        return None
    return noun_end - len(sep) - len(rest)


# "a family of four", "a household of five": the people in it.
FAMILY_OF_BEFORE_RE = re.compile(r"\b(?:family|household)[ ]of[ ]$", re.IGNORECASE)
# What a family's number may count as written: "a family of five children".
FAMILY_MEMBERS_NEXT_RE = re.compile(
    r"[ ](?:children|kids|sons|daughters|people|members|adults|siblings"
    r"|brothers|sisters|generations)\b"
)


def family_of(r: Reading) -> bool:
    """A family's or household's number counts people: "a family of four faces".

    The word after it is the family's verb ("a typical family of four pays
    £1,800", "faces"), no noun counted; "a family of five children" keeps
    its noun (`noun_after`).
    """
    if r.unit or r.currency or r.value != int(r.value) or not 1 < r.value <= 20:
        return False
    if not FAMILY_OF_BEFORE_RE.search(r.text, max(0, r.left - 16), r.left):
        return False
    if FAMILY_MEMBERS_NEXT_RE.match(r.text, r.end):
        return False
    r.unit = PEOPLE
    return True


def noun_after(r: Reading) -> bool:
    """The noun the number counts: "5,000 personnel", "3,000-person daily quota".

    A share written in words counts nothing: "a one third discount" is a
    third, not a third of a discount counted.
    """
    if r.unit or (r.num.parsed.words and 0 < r.value < 1):
        return False
    noun, fig_end, noun_end = noun_of(r)
    if not noun:
        return False
    if noun in LEVEL_VERBS_S and NUMBER_NEXT_RE.match(r.text, noun_end):
        return False  # "children under five reaches 12": a verb, no "reaches"
    if (
        PAST_VERB_RE.fullmatch(noun.split()[0])
        and not OWN_VERB_NEXT_RE.match(r.text, noun_end)
        and CLAUSE_OPENS_BEFORE_RE.search(r.text, max(0, r.left - 12), r.left)
    ):
        # "fired 40 missiles, while 3 hit energy sites": the number opens its
        # clause and the past form is its verb, no "hit energy sites" counted
        # (`left_out_noun` may give it the missiles); "while 3 wounded
        # soldiers were flown out" has its verb after the noun
        return False
    if noun.split()[0] in CHOICE_VERBS:
        return False  # "13,100 backed strikes": a verb and its object
    if noun.split()[0] in VERBS_AFTER_THE_NUMBER and THE_BEFORE_RE.search(
        r.text, max(0, r.left - 4), r.left
    ):
        return False  # "The 300 include managers": the number's verb
    if (
        " " not in noun
        and r.text[noun_end - len(noun) - 1] == " "  # not "Versace's six-storey home"
        and OWNED_SCORE_BEFORE_RE.search(r.text, max(0, r.left - 30), r.left)
        and VERB_OBJECT_NEXT_RE.match(r.text, noun_end)
    ):
        return False  # "Patel's 112 helps hosts": a verb and its object
    if FORECASTERS_NEXT_RE.match(r.text, r.end) and DETERMINER_RE.search(
        r.text, max(0, r.left - 6), r.left
    ):
        return False  # "below the 160,000 economists had expected"
    if (cut := own_clause_after_and(r, noun, noun_end)) is not None:
        noun, fig_end, noun_end = noun.rpartition(" and ")[0], cut, cut
    r.unit, r.end = noun, fig_end
    if r.text[noun_end - len(noun) - 1] == "-" and (hyph := hyphen_rate(r.text, r.end)):
        r.rate, r.end = hyph
    return True


def children_of_parent(r: Reading) -> bool:
    """A parent's children: "a father of three" is 3 children.

    The phrase describes a person by the children they have, as "Jane Doe,
    41," does by her age, and a reader reads the number as that count (a
    bare 3 counts nothing); "a grandmother of 12" counts grandchildren, and
    "a father of three boys" keeps its own noun (`noun_after` runs first).
    """
    if r.unit or r.value != int(r.value) or r.value < 1:
        return False
    if PART_OF_NUMBER_RE.match(r.text, r.end):
        return False  # "the father of 3 of the 12 suspects": a part of a total
    m = PARENT_OF_BEFORE_RE.search(r.text, max(0, r.left - 24), r.left)
    if not m:
        return False
    r.unit = "grandchildren" if m.group("g") else "children"
    return True


def qualifier_after(r: Reading) -> bool:
    """A qualifier written after the number: "5,000 or more", "500-plus", "30-odd"."""
    post = post_qualifier(r.text, r.end)
    if not post:
        return False
    # "About 20-plus people": the qualifier written first is kept.
    r.qualifier = r.qualifier or post.group().strip(" -").lower()
    r.end = post.end()
    if not r.unit:
        noun, r.end, _ = counted_noun(r.text, r.end, r.value)
        r.unit = noun
    return True


def per(r: Reading) -> bool:
    """A unit per unit: "per barrel", "an ounce", "/kg"; "$350 per kg to $680 per kg"."""
    if not r.unit or not (found := per_unit(r.text, r.end, r.unit)):
        return False
    r.unit, r.end = found
    if r.high is None and (rep := repeated_range(r.text, r.end, r.value, r.unit)):
        r.high, r.end = rep
    return True


def rate(r: Reading) -> bool:
    """A time rate after the figure: "a day", "per month", "annually".

    Past what a unit of measure or a currency measures too: "40,000 barrels
    of oil a day" (not a percentage's whole: "10% of arrests monthly").
    """
    through_of = r.unit in CANONICAL_UNITS and r.unit != "percent"
    if r.rate is not None or not (found := rate_after(r.text, r.end, through_of)):
        return False
    r.rate, r.end = found
    return True


def rate_per_base(r: Reading) -> bool:
    """A rate per a round number: "12 deaths per 100,000 people".

    One figure, 12 deaths at the rate "100,000 people"; the base is no
    figure of its own (`context.per_base`).
    """
    if (
        r.rate is not None
        or " per " in r.unit
        or not (found := per_base(r.text, r.end))
    ):
        return False
    r.rate, r.end = found
    return True


def each(r: Reading) -> bool:
    """An amount of each of several things: "$40 apiece", "paid $2,000 each".

    Also one given to each: "£5,000 to each of the 6 workers".

    Only money and measures ("5 kg each"), whose unit then says it is each
    one's: `USD each` (not a sum of $40), as "£15 a head" is `GBP per head`.
    Not a percentage, a count or a unit that already has "per".
    """
    if r.unit not in CANONICAL_UNITS or r.unit == "percent" or r.rate is not None:
        return False
    if m := EACH_NEXT_RE.match(r.text, r.end):
        r.unit, r.end = f"{r.unit} each", m.end()
        return True
    if TO_EACH_NEXT_RE.match(r.text, r.end):
        r.unit = f"{r.unit} each"  # "£5,000 to each of the 6 workers"
        return True
    subject = EACH_SUBJECT_BEFORE_RE.search(r.text, max(0, r.start - 64), r.start)
    if subject and subject.group("n") not in EACH_NOT_SUBJECTS:
        r.unit = f"{r.unit} each"  # "Each of the 12 schools will get £250,000"
        return True
    return False


def rate_adjective_of(r: Reading) -> bool:
    """A rate said by an adjective before "of": "an annual salary of £30,000".

    "a monthly rent of $2,000", "annual output of 3m tonnes": an amount of
    money or a measure is per year, month, day. Not a percentage ("annual
    growth of 3%" is a rate of change, not 3% a year), nor a count ("the
    annual meeting of 300 shareholders").
    """
    if r.unit not in CANONICAL_UNITS or r.unit == "percent" or r.rate is not None:
        return False
    if " per " in r.unit:
        return False
    m = RATE_ADJECTIVE_OF_RE.search(r.text, max(0, r.start - 40), r.start)
    if not m:
        return False
    r.rate = RATE_ADJECTIVES[m.group(1).lower()]
    return True


def level_rate(r: Reading) -> bool:
    """The second of two levels takes the first's measure (`Scanner.level_pair`).

    "from $75 per barrel to $45.88" is $45.88 per barrel, "from $50,000 a
    year to $60,000" a year; and a level compared with another of its unit
    takes that one's rate or thing it is priced per ("$50,000 a year,
    compared with $40,000", "$3,118 an ounce, up from $3,064", "£2,380 a
    month, up £190": `Scanner.compared_measure`).
    """
    if not r.unit or " per " in r.unit or r.rate is not None or r.high is not None:
        return False
    first = r.scanner.level_pair(r.left, r.unit)
    if first is None:
        if not (compared := r.scanner.compared_measure(r.left, r.end, r.unit)):
            return False
        r.unit, r.rate = compared
        return True
    if " per " not in first.unit and first.rate is None:
        return False
    r.unit, r.rate = first.unit, first.rate
    return True


def age_after_be(r: Reading) -> bool:
    """An age after "be": "Maria, who was 10", "he will be 35 by then"."""
    if r.unit or r.high is not None:
        return False
    if age_predicate(r.text, r.start, r.end, r.value):
        r.unit = YEARS_OLD
        return True
    return False


def age_in_words_around(r: Reading) -> bool:
    """An age by the words around it: "the voting age is 18", "At 12, he was"."""
    if r.unit or r.qualifier or r.ratio:
        return False
    if age_in_context(r.text, r.left, r.end, r.value):
        r.unit = YEARS_OLD
        return True
    return False


# An age given in years after the word "age": "their average age was 61.6
# years", "a mean age of 58 years", "the median age rose from 39 to 41 years"
# (not "the pension age rose by two years": a change of the age).
AGE_YEARS_BEFORE_RE = re.compile(
    r"\bages?[ ](?:(?:was|is|were|are|of|at|rose|fell|increased|climbed|dropped"
    r"|reached|hit|from|between|stood|stands|now|around|about|just|over|under)[ ]){1,3}$",
    re.IGNORECASE,
)


def age_in_years(r: Reading) -> bool:
    """A number of years that is an age by the word "age" before it: "average age was 61.6 years"."""
    if r.unit != "years" or r.rate is not None:
        return False
    if not AGE_YEARS_BEFORE_RE.search(r.text, max(0, r.start - 40), r.start):
        return False
    r.unit = YEARS_OLD
    return True


# A clause with its verb left out, its subject then "to" and a level: ", and
# five-year deals to 5.4" after "the two-year rate fell to 5.8%".
GAPPED_LEVEL_BEFORE_RE = re.compile(
    r"(?:,[ ]and|,[ ]while|,|;|[ ]and|[ ]while)[ ](?:the[ ])?(?:[\w-]+[ ]){0,3}?"
    r"[a-z][\w-]*[ ]to[ ]$"
)
# Verbs that say a clause has its own verb: "and credits have risen to".
GAP_VERBS = frozenset(
    "have has had is are was were will would be been rose risen fell fallen grew grown"
    " went gone".split()
)
# A span of time made an adjective: "five-year", "two-month".
HYPHEN_TIME_RE = re.compile(r"-(?:year|month|week|day|hour|minute)\b")
# "to" right before a figure: the level a verb of change reached.
TO_BEFORE_RE = re.compile(r"\bto[ ]$")


def gapped_level(r: Reading) -> bool:
    """A level in a clause that leaves out its verb takes the measure of the level before.

    "The average two-year fixed rate fell to 5.8%, and five-year deals to
    5.4": 5.4 percent, not 5.4 deals. Only when the figure right before in
    the sentence is a measure or currency reached after "to", and the
    number follows a subject of up to four words and "to" after "and", a
    comma or "while".
    """
    if r.unit or r.currency or r.ratio or not r.scanner.found:
        return False
    gap = GAPPED_LEVEL_BEFORE_RE.search(r.text, max(0, r.start - 48), r.start)
    if not gap or any(
        w.endswith(("ing", "ed")) or w in GAP_VERBS for w in gap.group().split()
    ):
        return False  # "while ownership growing to five million": a verb
    base = r.scanner.base
    # past a span of time made an adjective in the subject ("five-year deals")
    last = next(
        (
            f
            for f in reversed(r.scanner.found)
            if not HYPHEN_TIME_RE.search(r.text, f.span.start - base, f.span.end - base)
        ),
        None,
    )
    if last is None or not (is_measure(last.unit) or last.unit in CURRENCIES):
        return False
    if last.unit == "percent" and r.value > 100:
        return False  # no share above 100 is written without its sign
    start = last.span.start - base
    if not TO_BEFORE_RE.search(r.text, max(0, start - 4), start):
        return False
    r.unit, r.rate = last.unit, last.rate
    return True


def gapped_subject(r: Reading) -> bool:
    """A number after "and the Name" takes the unit of the figure before: "and the Republicans 53".

    The clause leaves out its verb and the noun ("The Democrats won 47 seats
    and the Republicans 53": 53 seats; "took 35% and the Tories 27": 27
    percent), as `exclusions.gapped_subject` reads it; a bare figure before
    gives nothing.
    """
    if r.unit or r.currency or r.ratio or not ex.gapped_subject(r):
        return False
    last = r.scanner.found[-1]
    if not last.unit or last.unit == TIMES:
        return False
    r.unit = (
        last.unit
        if is_measure(last.unit) or last.unit in CURRENCIES
        else last.unit.split()[-1]
    )
    r.rate = last.rate
    return True


# The same subject's next level, its verb after "and" with no subject of its
# own: "hit 34C on Tuesday, and could reach 36", "rose to 5% and may top 6".
SAME_SUBJECT_LEVEL_BEFORE_RE = re.compile(
    r"(?:,[ ]and|[ ]and|,[ ]but|[ ]but)[ ]"
    r"(?:(?:could|may|might|will|would|should|is[ ]expected[ ]to|are[ ]expected[ ]to"
    r"|is[ ]set[ ]to|are[ ]set[ ]to|is[ ]forecast[ ]to|are[ ]forecast[ ]to|then)[ ])?"
    r"(?:reach|reached|hit|top|topped|exceed|exceeded|peak[ ]at|peaked[ ]at"
    r"|rise[ ]to|rose[ ]to|climb[ ]to|climbed[ ]to|fall[ ]to|fell[ ]to|drop[ ]to"
    r"|dropped[ ]to)[ ]$"
)


def same_subject_level(r: Reading) -> bool:
    """A level after "and" and a verb with no subject of its own takes the measure before.

    "Temperatures hit 34C in London on Tuesday, and could reach 36 on
    Thursday": the same temperatures, 36 degrees Celsius. Only a measure or
    currency of the figure right before in the sentence (a count's noun is
    `left_out_noun`'s), and no share above 100.
    """
    if r.unit or r.currency or r.ratio or not r.scanner.found:
        return False
    if not SAME_SUBJECT_LEVEL_BEFORE_RE.search(r.text, max(0, r.start - 60), r.start):
        return False
    last = r.scanner.found[-1]
    if not (is_measure(last.unit) or last.unit in CURRENCIES) or last.unit == TIMES:
        return False
    if last.unit == "percent" and r.value > 100:
        return False
    r.unit, r.rate = last.unit, last.rate
    return True


def wind_speed(r: Reading) -> bool:
    """A wind's speed takes the unit of the last one given: "gusts of 90".

    A weather report writes the unit once ("winds of up to 70mph, with gusts
    of 90"; "gusts of 80" a paragraph on): the last wind speed of the
    sentence, else of the article so far (`Scanner.wind_speed`). None
    given, the number stays bare (no "gusts": `MEASURED_PLURALS`).
    """
    if r.unit or r.currency or r.ratio:
        return False
    if not WIND_BEFORE_RE.search(r.text, max(0, r.start - 24), r.start):
        return False
    unit = next(
        (f.unit for f in reversed(r.scanner.found) if f.unit in SPEED_UNITS),
        r.scanner.wind_speed,
    )
    if unit is None:
        return False
    r.unit = unit
    return True


def noun_before_number(r: Reading) -> bool:
    """The noun a bare number refers back to: "daily arrests to 3,000".

    Not a street number ("works at 30 Rockefeller Plaza"): a name follows;
    nor a part of a total, which takes the total's noun ("cut budgets at 12
    of 23 agencies": agencies), nor a share in words, which counts no
    things ("applications fell by a fifth" is a fifth, not 0.2 applications).
    """
    if r.unit or ADDRESS_NEXT_RE.match(r.text, r.end):
        return False
    if r.num.parsed.words and 0 < r.value < 1:
        return False
    if (part := PART_OF_NUMBER_RE.match(r.text, r.end)) and (
        r.text.startswith(("$", "£", "€"), part.end())
        or read_number(r.text, part.end())
    ):
        return False  # "budgets at 12 of 23 agencies": the total's noun (`pairs`)
    if not (before := noun_before(r.text, r.start)):
        return False
    r.unit, before_rate = before
    r.rate = r.rate or before_rate
    if r.rate is None and (change := r.scanner.level_of_rated_change(r.start)):
        # "Arrests rose by 200 a day to 1,100": the level is a day's too
        r.rate = change[1] if change[0] == r.unit else None
    return True


def noun_or_before(r: Reading) -> bool:
    """A small count after "a NOUN or": "a day or two" is 1 to 2 days.

    Not when the number qualifies a word after it ("a one or two point game").
    """
    if r.unit or not r.num.parsed.words or not 2 <= r.value <= 10 or r.high:
        return False
    m = NOUN_OR_BEFORE_RE.search(r.text, max(0, r.start - 30), r.start)
    if not m or m.group("n").lower() in STOP or modifies_next(r.text, r.end):
        return False
    noun = m.group("n")
    if noun.lower() in NUMBER_WORDS:
        return False
    r.unit = unit_of(noun) or noun
    r.value, r.high = 1.0, r.value
    r.start = m.start()
    return True


# "56 per boat", "three a car": one of the things a number is per.
PER_NOUN_NEXT_RE = re.compile(r"[ ](?:per|a|an)[ ]([a-z]{3,})\b")


def left_out_noun(r: Reading) -> bool:
    """The noun of a bare number left out as just said (`Scanner.left_out_unit`).

    Not "eight or nine euros" (the next number's unit), not "zero tolerance"
    (the number qualifies the word after it), not "40 of Britain's 650 MPs"
    nor "two of the bottom three clubs" (a part of a total takes the total's
    noun). A measure, currency or percentage is not given to a number
    before a plural verb ("$45, and 30 were sold": things, not dollars), nor
    a count of those who hold others to a number taken into custody ("1,300
    agents took part and nearly 500 were detained": not agents).
    """
    if r.unit:
        return False
    text, end = r.text, r.end
    if (nxt := NEXT_NUMBER_RE.match(text, end)) and read_number(text, nxt.end()):
        return False
    if (part := PART_OF_NUMBER_RE.match(text, end)) and (
        text.startswith(("$", "£", "€"), part.end()) or read_number(text, part.end())
    ):
        return False  # "40 of Britain's 650 MPs": the total's noun (`pairs`)
    # "killed 40 people, while 300 were rescued": people counted in the clause
    # before, for a number that opens its own (its verb may look like a word
    # it qualifies: "while 300 remain missing"); "opened 12 stores and closed
    # 8": the count an opposite verb took; "214 points to Vance's 202": the
    # count a rival's number is set against
    across = (
        r.scanner.count_across_clause(r.left, end)
        or r.scanner.opposite_verb_count(r.left)
        or r.scanner.same_verb_count(r.left)
        or r.scanner.rival_count(r.left)
        or r.scanner.total_of_part(r.left)
    )
    if modifies_next(text, end) and not across:
        return False
    more = bool(MORE_NEXT_RE.match(text, end))
    # "well below the 95 needed", "the 3.6 forecast by economists": after
    # "the", a participle describes the number, no verb of its own
    own_verb = bool(OWN_VERB_NEXT_RE.match(text, end)) and not THE_BEFORE_RE.search(
        text, max(0, r.start - 4), r.start
    )
    unit = r.scanner.left_out_unit(r.start, r.value, more, own_verb) or across
    per_base = r.rate is not None and r.rate[:1].isdigit()
    if (
        not is_measure(unit)
        and r.value != int(r.value)
        and not per_base
        and " per " not in unit  # "1.41 children per woman, … from 1.44"
    ) or (r.num.parsed.words and 0 < r.value < 1):
        # "and a third", "with half of all": a share; but a rate per a round
        # number counts in decimals ("from 6.8 per 100,000": homicides)
        unit = ""
    if is_measure(unit) and (
        PLURAL_VERB_NEXT_RE.match(text, end)
        or (own_verb and not r.scanner.last_has_verb())
    ):
        # "raised £2m, and 40 joined": 40 joined, no pounds; but "45% backed
        # it and 30 opposed it" are two shares, each the subject of a verb
        unit = ""
    if is_measure(unit) and PARTITIVE_PRONOUN_NEXT_RE.match(text, end):
        unit = ""  # "with three of them at $25": three things, not $3
    if unit.rpartition(" ")[2] in CUSTODY_HOLDERS and CUSTODY_NEXT_RE.match(text, end):
        # "1,300 agents took part and nearly 500 were detained": agents hold
        # others; those detained are not the agents (500, no noun)
        unit = ""
    if (
        unit
        and not is_measure(unit)
        and (per_own := PER_NOUN_NEXT_RE.match(text, end))
        and per_own.group(1).lower() + "s" == unit.split()[-1].lower()
    ):
        # "made the journey in 19 boats, an average of 56 per boat": the
        # number is per one of the things carried, so it counts something
        # else, the count before those ("Some 1,072 people"), if any
        others = [
            f.unit
            for f in r.scanner.found
            if f.unit
            and not is_measure(f.unit)
            and " per " not in f.unit
            and f.unit.split()[-1] != unit.split()[-1]
        ]
        unit = f"{others[-1].split()[-1]} per {per_own.group(1)}" if others else ""
        if unit:
            r.end = per_own.end()
    r.unit = unit
    if (
        unit
        and r.rate is None
        and (compared := r.scanner.compared_measure(r.start, r.end, unit))
        and compared[0] == unit
    ):
        r.rate = compared[1]
    return bool(unit)


# Nouns for people, plural and singular ("residents", "one resident in four").
PEOPLE_WORDS = (PEOPLE_NOUNS - {"many", "some", "most", "all", "few", "both"}) | {
    w[:-1] for w in PEOPLE_NOUNS if w.endswith("s") and len(w) > 4
}
# An age's upper bound after it: "Children 5 and under travel free".
AND_UNDER_NEXT_RE = re.compile(
    r"[ ]((?:and|or)[ ](?:under|below))\b(?![ ]+(?:[\d$£€]|[a-z]+[ ]\d))", re.IGNORECASE
)
# People, then a be-form before a bound of age: "one person in five is now
# 65 or over", "a fifth of the population is 65 and over" (not "Scores were
# 50 or over").
PEOPLE_BE_BEFORE_RE = re.compile(
    r"\b(?:population|person|people|them|who|they|"
    + "|".join(sorted(PEOPLE_WORDS))
    + r")\b(?:[ ][\w-]+){0,3}[ ](?:is|are|was|were)(?:[ ]now)?[ ]$",
    re.IGNORECASE,
)


def age_bound_after(r: Reading) -> bool:
    """A bare age with its bound written after it: "65 or older", "is now 65 or over".

    "or older", "and younger" say an age wherever they stand; "or over" and
    "and over" only after people and "be" ("one person in five is now 65 or
    over"; "Scores were 50 or over" is no age) or right after a noun for
    people, as "and under" ("Children 5 and under", `AND_UNDER_NEXT_RE`).
    """
    if (
        r.unit
        or r.high is not None
        or not (0 < r.value <= 120 and r.value == int(r.value))
    ):
        return False
    under = AND_UNDER_NEXT_RE.match(r.text, r.end) if r.qualifier is None else None
    if under:
        # "and under" is read here only, after people: elsewhere it may open
        # a range's bound ("above 1000 and below 1500")
        group = AGE_GROUP_BEFORE_RE.search(r.text, max(0, r.left - 24), r.left)
        if not (group and group.group(1).lower() in AGE_GROUP_NOUNS):
            return False
        r.qualifier, r.end, r.unit = under.group(1).lower(), under.end(), YEARS_OLD
        return True
    if r.qualifier is None:
        return False
    bound = r.qualifier.lower()
    if bound in ("or older", "and older", "or younger", "and younger"):
        r.unit = YEARS_OLD
        return True
    if bound not in ("or over", "and over"):
        return False
    group = AGE_GROUP_BEFORE_RE.search(r.text, max(0, r.left - 24), r.left)
    if PEOPLE_BE_BEFORE_RE.search(r.text, max(0, r.left - 60), r.left) or (
        group and group.group(1).lower() in AGE_GROUP_NOUNS
    ):
        # "is now 65 or over", "Children 5 and under travel free"
        r.unit = YEARS_OLD
        return True
    return False


# The verb of a number's own clause that a parallel clause repeats: "22
# million households are on capped tariffs, and 6.5 million are in fuel
# poverty".
PARALLEL_VERB_NEXT_RE = re.compile(r"[ ](are|were|is|was|have|had|will|would)\b")
PARALLEL_OPEN_BEFORE_RE = re.compile(r"(?:,[ ]and|[ ]and|,[ ]while|;)[ ]$")


def parallel_subject(r: Reading) -> bool:
    """A bare number opening a clause parallel to a count's takes its noun.

    "Around 22 million households are on capped tariffs, and 6.5 million
    are in fuel poverty": both numbers are subjects of the same verb, the
    second's noun left out. Only after "and", ", while" or a semicolon,
    only the same form of "be", "have" or a modal right after both, and
    not a number taken into custody ("1,300 agents were deployed and 500
    were detained": others).
    """
    if r.unit or r.high is not None or r.currency or not r.scanner.found:
        return False
    verb = PARALLEL_VERB_NEXT_RE.match(r.text, r.end)
    if not verb or CUSTODY_NEXT_RE.match(r.text, r.end):
        return False
    if not PARALLEL_OPEN_BEFORE_RE.search(r.text, max(0, r.start - 8), r.start):
        return False
    last = r.scanner.found[-1]
    if not last.unit or is_measure(last.unit) or " per " in last.unit:
        return False
    own = PARALLEL_VERB_NEXT_RE.match(r.text, last.span.end - r.scanner.base)
    if not own or own.group(1) != verb.group(1):
        return False
    r.unit = last.unit.split()[-1]
    return True


def age_of_group(r: Reading) -> bool:
    """An age bound of a group of people: "voters under 30", "those 65 and older".

    A whole number up to 120 with no noun of its own, bounded by "under",
    "over", "and older", "or younger" and the like, right after a noun for
    people (`AGE_GROUP_NOUNS`, "aged" may come between). Not "firms with
    under 50 staff" (a noun of its own).
    """
    if r.unit or r.high is not None or r.qualifier not in AGE_BOUNDS:
        return False
    if not (0 < r.value <= 120 and r.value == int(r.value)):
        return False
    before = AGE_GROUP_BEFORE_RE.search(r.text, max(0, r.start - 24), r.start)
    bound_first = r.start < r.left  # "under 30": the bound is before the number
    if not bound_first:
        before = AGE_GROUP_BEFORE_RE.search(r.text, max(0, r.left - 24), r.left)
    if not before or before.group(1).lower() not in AGE_GROUP_NOUNS:
        return False
    r.unit = YEARS_OLD
    return True


def death_toll(r: Reading) -> bool:
    """A death toll's level counts deaths: "the death toll climbed to 214".

    Only for a number no earlier rule gave a noun ("killed 12 people,
    bringing the death toll to 45" counts people, `left_out_noun`).
    """
    if r.unit or r.high is not None:
        return False
    if not DEATH_TOLL_BEFORE_RE.search(r.text, max(0, r.start - 48), r.start):
        return False
    r.unit = DEATHS
    return True


# "11 short of a majority", "six seats shy of an overall majority".
SHORT_OF_MAJORITY_NEXT_RE = re.compile(
    r"[ ](?:short|shy)[ ]of[ ](?:a|an|the)[ ](?:[a-z]+[ ])?majority\b", re.IGNORECASE
)
# What a majority is counted in.
MAJORITY_NOUNS = frozenset({"seats", "votes", "delegates", "MPs", "electors"})


def short_of_majority(r: Reading) -> bool:
    """A number short of a majority counts the seats or votes just counted.

    "The party won 320 seats, 11 short of a majority": 11 seats. The noun
    is the last of `MAJORITY_NOUNS` counted in the sentence, else the one
    the last three sentences counted (none when they counted both seats
    and votes).
    """
    if r.unit or r.currency or r.high is not None:
        return False
    if not SHORT_OF_MAJORITY_NEXT_RE.match(r.text, r.end):
        return False
    here = [
        f.unit.split()[-1]
        for f in r.scanner.found
        if f.unit and f.unit.split()[-1] in MAJORITY_NOUNS
    ]
    if here:
        r.unit = here[-1]
        return True
    before = {
        head for heads in r.scanner.counted.values() for head in heads
    } & MAJORITY_NOUNS
    if len(before) != 1:
        return False
    r.unit = before.pop()
    return True


# "the Conservatives on 27", "Labour third on 22": a level after "on"...
SHARE_ON_BEFORE_RE = re.compile(r"\b[A-Za-z]+[ ]on[ ]$")
# ...at the end of its phrase: "on 27, with", "on 11 and the Greens on 6".
SHARE_ON_END_RE = re.compile(
    r"[ ]?[,.;:)]|$|[ ](?:and|with|while|but|among|against|ahead|behind|each)\b"
)


def share_on(r: Reading) -> bool:
    """A bare level after "on" is a share where shares are written so.

    A poll writes "Reform is on 31 per cent, four points ahead of the
    Conservatives on 27, with Labour third on 22": 27 and 22 percent. Only
    a whole number up to 100 at the end of its phrase, in a sentence that
    gave a percentage after "on" before it or after one of the last three
    sentences did (`Scanner.shares_on`).
    """
    if r.unit or r.currency or r.high is not None or r.ratio:
        return False
    if not (0 <= r.value <= 100) or not SHARE_ON_END_RE.match(r.text, r.end):
        return False
    if not SHARE_ON_BEFORE_RE.search(r.text, max(0, r.start - 24), r.start):
        return False
    base = r.scanner.base
    if not (
        r.scanner.shares_on
        or any(
            f.unit == "percent" and r.text.endswith("on ", 0, f.span.start - base)
            for f in r.scanner.found
        )
    ):
        return False
    r.unit = "percent"
    return True


# A gathering of people: "a crowd of 53,412", "an audience of 2,000".
CROWD_OF_BEFORE_RE = re.compile(
    r"\b(?:crowd|audience|attendance|gathering|congregation)[ ]of[ ]$", re.IGNORECASE
)


def crowd_of(r: Reading) -> bool:
    """A crowd's or an audience's number counts people: "a crowd of 53,412"."""
    if r.unit or r.currency or r.value != int(r.value):
        return False
    if not CROWD_OF_BEFORE_RE.search(r.text, max(0, r.start - 24), r.start):
        return False
    r.unit = PEOPLE
    return True


# "Of the 6,500, about 2,000": the number said again after "the".
THE_BEFORE_RE = re.compile(r"\b[Tt]he[ ]$")
PLAIN_DIGITS_RE = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[ ]?(?:thousand|million|billion|m|bn|k))?"
)
# A number named as a level, not the things: "passed the 2,000 mark".
NUMBER_AS_NAME_NEXT_RE = re.compile(
    r"[ -](?:mark|figure|level|threshold|barrier|milestone|limit|target|cap|point"
    r"|line|ceiling|quota|club)\b"
)


def same_number(r: Reading) -> bool:
    """A number said again after "the" counts what it counted before.

    "Officials moved 6,500 officers. Of the 6,500, about 2,000 …": the
    article gave 6,500 one counted noun in the last three sentences
    (`Scanner.counted`), and "the" points back to it. Not when it gave that
    number two nouns, nor a number in words or below 10 ("the two", "the
    four" are often people named, not a count said before).
    """
    if r.unit or r.currency or r.high is not None or r.value < 10:
        return False  # "the two", "the four": often people named, no count
    written = r.text[r.num.start : r.num.end]
    if not PLAIN_DIGITS_RE.fullmatch(written) or not THE_BEFORE_RE.search(
        r.text, max(0, r.left - 4), r.left
    ):
        return False  # not "the 7E7", a model read as 7 × 10^7
    heads = r.scanner.counted.get(r.value, set())
    if len(heads) != 1 or NUMBER_AS_NAME_NEXT_RE.match(r.text, r.end):
        return False
    r.unit = next(iter(heads))
    return True


def of_them(r: Reading) -> bool:
    """A number before "of them" or "of those" counts the sentence's count before it.

    "214 people were detained in a week, and 11 of them were citizens": the
    pronoun points back past the count's own verb (11 people). The count is
    the last one of the sentence that can hold the part (no measure, no
    smaller count).
    """
    if r.unit or r.high is not None or r.value != int(r.value):
        return False
    if not THEM_NEXT_RE.match(r.text, r.end) or THE_BEFORE_RE.search(
        r.text, max(0, r.left - 4), r.left
    ):
        return False  # "between the two of them": two people named
    counts = [
        f
        for f in r.scanner.found
        if f.unit and not is_measure(f.unit) and f.unit != TIMES and f.rate is None
    ]
    if not counts or counts[-1].value < r.value or " per " in counts[-1].unit:
        return False
    r.unit = counts[-1].unit.split()[-1]
    return True


# "11 of them", "40 of those": a part of what was just counted.
THEM_NEXT_RE = re.compile(r"[ ]of[ ](?:them|those|these)\b")


def casualties(r: Reading) -> bool:
    """A bare number a verb of killing or injuring takes counts people.

    "Storm kills 23", "killing 140 people and injuring more than 900", "a
    quake that killed 1,300": 23, 900 and 1,300 `people`; so do those made
    to leave, "forcing 60,000 to flee", "ordered 5,000 to evacuate", and
    a number whose predicate is such a state, "about 300 remain missing",
    "40 were killed" (`CASUALTY_STATE_NEXT_RE`). Not a part of a total
    ("killed 3 of the 12 hostages": the total's noun, `pairs`).
    """
    if r.unit or r.high is not None or r.value != int(r.value):
        return False
    if PART_OF_NUMBER_RE.match(r.text, r.end):
        return False
    window = max(0, r.start - 40)
    if (
        not CASUALTY_VERB_BEFORE_RE.search(r.text, window, r.start)
        and not (
            DISPLACED_BEFORE_RE.search(r.text, window, r.start)
            and DISPLACED_NEXT_RE.match(r.text, r.end)
        )
        and not CASUALTY_STATE_NEXT_RE.match(r.text, r.end)
    ):
        return False
    r.unit = PEOPLE
    return True


def parallel_change(r: Reading) -> bool:
    """A bare change takes the measure of the change before it (`Scanner.parallel_change_unit`).

    "the DAX rose 2 percent but the Nasdaq fell 1": 1 percent.
    """
    if r.unit or r.value <= 0 or modifies_next(r.text, r.end):
        return False
    r.unit = r.scanner.parallel_change_unit(r.start, r.value)
    return bool(r.unit)


def other_bound_of(r: Reading) -> bool:
    """A range given by its two bounds: "more than 10 and less than 40"."""
    if not r.qualifier or r.high is not None:
        return False
    bound = other_bound(r.text, r.end, r.value, r.qualifier, r.unit)
    if not bound:
        return False
    r.value, r.high, r.end = bound.low, bound.high, bound.end
    r.unit = r.unit or bound.unit
    r.qualifier = None  # the range says it
    return True
