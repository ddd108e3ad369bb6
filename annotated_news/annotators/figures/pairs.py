"""Pair rules: a bare number takes the unit of the figure it is paired with.

"8" in "8 or 9 euros" and "45" in "45 and 50 mg"; a whole part of a total
("280 million of the 1.5 billion shekels", "1,200 of its 5,000 employees",
"two of their last three visits", "200 of the firm's 1,500 staff", but not "a third of the 2,000 users"); a
count whose noun is written once for two sets of modifiers ("2,000
full-time and 500 part-time workers": 2,000 full-time workers); an index
level and the points of its change ("closed at 7,421.5, down 38.2 points");
the first of two levels ("from 155,000 to 110,000 staff"); and a change
takes the rate of the level it brought ("rose $2 to $85 a barrel": $2 a
barrel, `RATE_PAIR_RULES`). Each rule looks
at two neighbouring figures of a sentence, the text between them and the
text just before the first; the first rule that applies gives the first
figure its unit. Before them, `share_scale` gives a number the scale
written only after the next one ("six or seven million"); after them,
`carry_scale` gives a bare number the scale of the amount before it, said
again for another time ("3 million in 2020 and 4 in 2021").
"""

from __future__ import annotations

import dataclasses as dc
import re
from collections.abc import Callable

from ...model import Figure, Span
from ..numbers import read_number
from ..units import CANONICAL_UNITS, CURRENCIES, MEASURE_UNITS
from .context import FROM_BEFORE_RE, OWN_VERB_NEXT_RE, PART_OF, is_measure
from .ranges import CHANGE_BEFORE_RE

# "280 million of the 1.5 billion shekels", "117 million out of 833 million
# handsets": a part of a total takes its unit.
PART_OF_RE = re.compile(PART_OF + "$")
# "2,000 full-time and 500 part-time workers": modifiers of a shared noun.
MODIFIERS_AND_RE = re.compile(r"(?P<m>(?:[ ][a-z][a-z-]*[a-z]){1,2})[ ](?:and|or)[ ]$")
# Words after a bare number that do not modify a noun: "2,000 last year and".
STOP_MODIFIERS = frozenset(
    """
last next this that more less each times so too also then now ago people in on at
to of by for from with up down the a an
""".split()
)

# "closed at 7,421.5, down 38.2 points": an index level, then its change.
LEVEL_CHANGE_RE = re.compile(r",?[ ](?:up|down|off|higher|lower)[ ]")

PairRule = Callable[[Figure, Figure, str, str], Figure | None]
"""A rule sees the two figures, the text between them and the text just
before the first."""


def or_pair(a: Figure, b: Figure, between: str, before: str) -> Figure | None:
    """Alternatives: "8 or 9 euros" gives 8 the unit of 9."""
    return dc.replace(a, unit=b.unit, rate=b.rate) if between == " or " else None


# Spans of time two numbers may give together, told loosely in speech.
LOOSE_PAIR_UNITS = frozenset({"years", "months", "weeks", "days", "hours", "minutes"})


def loose_pair(a: Figure, b: Figure, between: str, before: str) -> Figure | None:
    """Two rough amounts of time after a comma: "worked here 15, 20 years".

    Only a smaller whole number before a larger one of at most 100, the
    second with a unit of time, and the first after a word (not a list's
    number: "5, 10 and 15 years" is `_share_along_list`'s).
    """
    if between != ", " or b.unit not in LOOSE_PAIR_UNITS or b.rate is not None:
        return None
    if not (0 < a.value < b.value <= 100 and a.value == int(a.value)):
        return None
    if not LOOSE_PAIR_BEFORE_RE.search(before):
        return None
    return dc.replace(a, unit=b.unit)


# A word before the first number that is no determiner or preposition ("Of
# those 15, 20 were lost" is a part and a count, not a rough span).
LOOSE_PAIR_BEFORE_RE = re.compile(
    r"(?<![\w])(?!(?:the|those|these|of|in|on|at|by|to|from|than|with|all|some|"
    r"only|just|about)[ ]$)[a-z]+[ ]$"
)


def measure_pair(a: Figure, b: Figure, between: str, before: str) -> Figure | None:
    """Two measures joined by "and" share their unit: "45 and 50 mg".

    So do two dimensions of like size: "10 x 12 feet" is 10 feet by 12
    feet ("4 x 100m relay" is four legs of 100 metres). Not across a comma:
    "412, 37% of the total" gives 412 no percent sign.
    """
    dimensions = between in (" x ", " × ") and b.value < 10 * a.value
    if (between == " and " or dimensions) and (
        b.unit in MEASURE_UNITS or b.unit in CURRENCIES
    ):
        return dc.replace(a, unit=b.unit, rate=b.rate)
    return None


# A hyphen left hanging for the unit written once on the next number: "10-
# or 12-ounce", "four- and six-cylinder", "two-, three- or four-bedroom".
SUSPENDED_HYPHEN_RE = re.compile(r"-,?[ ](?:or|and|to)[ ]|-,[ ]")


def suspended_hyphen(a: Figure, b: Figure, between: str, before: str) -> Figure | None:
    """A number with a hanging hyphen takes the unit after the next: "10- or 12-ounce cuts".

    The unit or noun is written once, glued by a hyphen to the last number
    ("a four- or six-cylinder engine": 4 cylinders too).
    """
    if not SUSPENDED_HYPHEN_RE.fullmatch(between):
        return None
    return dc.replace(a, unit=b.unit, rate=b.rate)


# Counted nouns that say the second number counts other things than the first:
# "held 2 and 3 others", "found 40 and 12 more".
NOT_SHARED_COUNTS = frozenset({"others", "other", "more", "fewer", "less"})
# "Of 10 and 20 people", "Of 10, 20 and 30 people": after "of" the first
# number of a list may be the whole the others are parts of.
OF_LIST_BEFORE_RE = re.compile(r"\b(?:of|out)[ ](?:[\d.,]+,[ ])*$", re.IGNORECASE)


def count_pair(a: Figure, b: Figure, between: str, before: str) -> Figure | None:
    """Two whole counts joined by "and" share the second's noun: "12 and 11 players".

    The noun is written once for both ("have 12 and 11 players in the
    squad"). Not a noun that counts other things than the first number
    ("held 2 and 3 others"), nor after "of", where the first number may be a
    total the second is part of.
    """
    if between != " and " or a.value != int(a.value) or b.value != int(b.value):
        return None
    if not b.unit or is_measure(b.unit) or b.unit.split()[0] in NOT_SHARED_COUNTS:
        return None
    if OF_LIST_BEFORE_RE.search(before):
        return None
    return dc.replace(a, unit=b.unit, rate=b.rate)


def part_of_total(a: Figure, b: Figure, between: str, before: str) -> Figure | None:
    """A whole part takes the total's noun: "1,200 of its 5,000 employees"."""
    if a.value >= 1 and a.value == int(a.value) and PART_OF_RE.fullmatch(between):
        return dc.replace(a, unit=b.unit, rate=b.rate)
    return None


def shared_noun(a: Figure, b: Figure, between: str, before: str) -> Figure | None:
    """A noun written once for two sets of modifiers: "2,000 full-time and 500 part-time workers"."""
    if b.unit in CANONICAL_UNITS or " per " in b.unit:
        return None
    m = MODIFIERS_AND_RE.fullmatch(between)
    if (
        not m
        or len(b.unit.split()) <= len(m.group("m").split())
        or any(w in STOP_MODIFIERS for w in m.group("m").split())
    ):
        return None
    mods = m.group("m").strip()
    head = b.unit.split()[-1]
    # "16,389 total subsidiaries and 2,836 tax haven subsidiaries": the
    # words after the first number already end in the noun.
    unit = mods if mods.split()[-1] == head else f"{mods} {head}"
    return dc.replace(
        a,
        unit=unit,
        rate=b.rate,
        span=Span(a.span.start, a.span.end + m.end("m")),
    )


def index_level(a: Figure, b: Figure, between: str, before: str) -> Figure | None:
    """An index level takes the points of its change: "7,421.5, down 38.2 points"."""
    if b.unit == "points" and LEVEL_CHANGE_RE.fullmatch(between):
        return dc.replace(a, unit=b.unit, rate=b.rate)
    return None


# "took 37, up from 29 seats": a level, then the earlier level it is set against.
LEVEL_FROM_RE = re.compile(r",?[ ](?:up|down)[ ]from[ ]")


def level_from(a: Figure, b: Figure, between: str, before: str) -> Figure | None:
    """A level takes the unit of the earlier level after it: "took 37, up from 29 seats".

    The two numbers are one quantity at two times, its noun written once,
    on the second ("37 seats, up from 29" is `left_out_noun`'s).
    """
    if LEVEL_FROM_RE.fullmatch(between):
        return dc.replace(a, unit=b.unit, rate=b.rate)
    return None


def from_to_level(a: Figure, b: Figure, between: str, before: str) -> Figure | None:
    """Two levels of one quantity: "from 155,000 to 110,000 staff".

    Also "fell from 300 to 120 euros"; a rise, "from 5 to 7%", is a range.
    """
    if between == " to " and FROM_BEFORE_RE.search(before):
        return dc.replace(a, unit=b.unit, rate=b.rate)
    return None


# Units a bare change takes from the level it brought: measures, currencies
# and an index's points.
LEVEL_POINTS = frozenset({"points"})


def change_to_level(a: Figure, b: Figure, between: str, before: str) -> Figure | None:
    """A bare change takes the unit of the level it brought: "rose 5 to 120 cents".

    After a verb of change, "N to M unit" is a change and a level, no range
    (`ranges` reads it so); the change is in the level's measure, currency
    or points ("fell 2.5 to 97.5 yen", "gained 12.4 to 3,400 points"), and
    its rate ("rose 2 to 85 cents a share"). Not a count ("cut 5 to 120
    jobs" may be a range of jobs cut).
    """
    if between != " to " or not CHANGE_BEFORE_RE.search(before):
        return None
    base = b.unit.partition(" per ")[0]
    if (
        base not in MEASURE_UNITS
        and base not in CURRENCIES
        and base not in LEVEL_POINTS
    ):
        return None
    return dc.replace(a, unit=b.unit, rate=b.rate)


def change_rate(a: Figure, b: Figure, between: str, before: str) -> Figure | None:
    """A change takes the rate of the level it brought: "rose $2 to $85 a barrel".

    The change is in the level's currency or unit with no rate of its own
    ("fell $12 to $1,900 an ounce": $12 an ounce, "up £100 to £1,200 a
    month": £100 a month); not "rose $2 to 85 cents a share" (another unit).
    """
    if between != " to " or a.rate is not None or " per " in a.unit:
        return None
    if b.unit != a.unit and not b.unit.startswith(a.unit + " per "):
        return None
    if b.unit == a.unit and b.rate is None:
        return None
    if not CHANGE_BEFORE_RE.search(before):
        return None
    return dc.replace(a, unit=b.unit, rate=b.rate)


PAIR_RULES: list[tuple[str, PairRule]] = [
    ("or-pair", or_pair),
    ("suspended-hyphen", suspended_hyphen),
    ("loose-pair", loose_pair),
    ("measure-pair", measure_pair),
    ("count-pair", count_pair),
    ("part-of-total", part_of_total),
    ("shared-noun", shared_noun),
    ("index-level", index_level),
    ("from-to-level", from_to_level),
    ("change-to-level", change_to_level),
    ("level-from", level_from),
]


# What a player's average is counted per: "25.3 points and 11.2 rebounds per game".
PER_PLAY_RE = re.compile(r"[ ]per[ ](?:game|match|start|innings|appearance|contest)$")


def shared_per_game(a: Figure, b: Figure, between: str, before: str) -> Figure | None:
    """Counts listed before "per game" are each per game.

    "averaging 25.3 points and 11.2 rebounds per game": 25.3 points per
    game too. Only counts (no measure or currency) joined by "and" or a
    comma, the second's unit ending in a player's "per game" or "per match".
    """
    if between not in (" and ", ", ", ", and ") or a.rate is not None:
        return None
    if not a.unit or " per " in a.unit or a.unit in CURRENCIES:
        return None
    if a.unit in MEASURE_UNITS and a.unit != "points":
        return None
    per = PER_PLAY_RE.search(b.unit)
    if per is None:
        return None
    return dc.replace(a, unit=a.unit + per.group())


RANGE_PAIR_RULES: list[tuple[str, PairRule]] = [("part-of-total", part_of_total)]
# Rules for a figure with a unit: it may take the rate of the one after it.
RATE_PAIR_RULES: list[tuple[str, PairRule]] = [("change-rate", change_rate)]


def share_units(
    figures: list[Figure], text: str, fired: dict[int, str] | None = None
) -> list[Figure]:
    """Give each bare number the unit of the figure after it, by `PAIR_RULES`.

    `fired`, when given, receives the index of each figure changed and the
    name of the rule that changed it.
    """
    out = list(figures)
    paired: set[int] = set()
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not b.unit:
            continue
        between = text[a.span.end : b.span.start]
        # Back to a change's verb: "plummeted $12 to".
        before = text[max(0, a.span.start - 16) : a.span.start]
        if a.unit:
            rules = RATE_PAIR_RULES
        else:
            # A range takes only a total's noun: "between 10 and 12 of the
            # 80 resorts".
            rules = PAIR_RULES if a.high is None else RANGE_PAIR_RULES
        for name, rule in rules:
            shared = rule(a, b, between, before)
            if shared is not None:
                out[i] = shared
                if not a.unit:
                    paired.add(i)
                if fired is not None:
                    fired[i] = name
                break
    _share_along_list(out, text, paired, fired)
    return out


def _share_along_list(
    out: list[Figure], text: str, paired: set[int], fired: dict[int, str] | None
) -> None:
    """The items of a list take the unit its last two share: "20, 25 and 30 degrees".

    Only along a list whose last number took the unit from the one after it
    ("25" of "25 and 30 degrees", "200,000" of "100,000, 200,000 or 250,000
    refugees"): a number written with its own unit ends no list ("412, 37%
    of the total" gives 412 nothing). A counted noun not after "of", where
    the list's first number may be the whole ("Of 10, 20 and 30 people").
    """
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.unit or a.high is not None or i + 1 not in paired:
            continue
        if text[a.span.end : b.span.start] not in (", ", "-, "):  # "two-, three-"
            continue
        counted = not is_measure(b.unit) and not OF_LIST_BEFORE_RE.search(
            text, max(0, a.span.start - 40), a.span.start
        )
        if b.unit in MEASURE_UNITS or b.unit in CURRENCIES or counted:
            out[i] = dc.replace(a, unit=b.unit, rate=b.rate)
            paired.add(i)
            if fired is not None:
                fired[i] = "list-pair"


# Scales a number shares with the one after it: "six or seven million".
SCALE_STEPS = frozenset({100.0, 1e3, 1e5, 1e6, 1e7, 1e9, 1e12})
SHARED_SCALE_BETWEEN = frozenset({" or ", " and "})


def _written_scale(f: Figure, text: str) -> float:
    """The scale written with a single number ("million" of "three million", "bn" of "3bn"), else 1."""
    written = f.number_span or f.span
    if f.high is not None:
        return 1.0
    start, end = written.start, written.end
    while start < end and not (text[start].isdigit() or text[start].islower()):
        start += 1  # past a currency sign: "$3 billion", "US$3bn"
    num = read_number(text, start)
    if num is None or num.parsed.value == 0:
        return 1.0
    bare = num.parsed.value / num.parsed.scale
    scale = f.value / bare if bare else 1.0
    return scale if any(abs(scale - s) < 1e-6 * s for s in SCALE_STEPS) else 1.0


def share_scale(
    figures: list[Figure], text: str, fired: dict[int, str] | None = None
) -> list[Figure]:
    """A bare number takes the scale written after the next one: "six or seven million".

    "two or three billion dollars", "$2 or $3 billion", "20 and 30 thousand
    units": the first number is the smaller alternative of the same scale
    (6 million, not 6). Only a number without a scale or unit of its own
    (or the next one's currency), written smaller than the next before its
    scale ("500 or 1 million" keeps 500).
    """
    out = list(figures)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.high is not None or a.unit not in ("", b.unit):
            continue
        if text[a.span.end : b.span.start] not in SHARED_SCALE_BETWEEN:
            continue
        scale = _written_scale(b, text)
        if scale == 1.0 or _written_scale(a, text) != 1.0:
            continue
        mantissa = b.value / scale
        if not 0 < a.value <= mantissa:
            continue
        out[i] = dc.replace(a, value=a.value * scale)
        if fired is not None:
            fired[i] = "shared-scale"
    return out


# What joins a scaled amount to a bare number of the same measure said again
# with its scale left out: "3 million in 2020 and 4 in 2021", "rose to 2.5
# million from 2.1", "$3.9 billion, up from 2.4", "7 million on Sunday, 5 on
# Monday". Nothing else may stand between them but a phrase of time or
# place ("in 2020", "on Sunday").
CARRY_SCALE_BEFORE_RE = re.compile(
    r"(?:,|\b(?:and|from|to|against|versus|vs\.|compared[ ](?:with|to)))[ ]$"
)
# A stop or a clause break between the two: no carry ("$3 million; 4 of").
CARRY_SCALE_BREAK_RE = re.compile(r"[;:()—–]|[ ]-[ ]")
# The bare number's own verb after it: it counts what its clause says, no
# scaled amount ("has 3 million members and 4 were expelled": 4 members).
CARRY_SCALE_STOP_AFTER_RE = re.compile(rf"{OWN_VERB_NEXT_RE.pattern}|[ ]of\b")
# The most characters between the two numbers.
CARRY_SCALE_GAP = 40


def carry_scale(
    figures: list[Figure], text: str, fired: dict[int, str] | None = None
) -> list[Figure]:
    """A bare number takes the scale written on the amount before it: "3 million in 2020 and 4 in 2021".

    The second number is the same measure said again for another time or
    place, its scale left out, as `share_scale` reads a scale written only
    after the second ("six or seven million"): 4 million, not 4; "$2.5
    billion in 2022 and 3.1 in 2023" is $3.1 billion, not $3.1. Only a
    number written without a scale, unit or noun of its own, with the unit
    of the amount before it or none, of like size to that amount before its
    scale (within a factor of ten: "1.2 million to 900" stays 900), under
    1,000, and not the subject of a verb of its own ("has 3 million members
    and 4 were expelled" counts members) nor a part ("4 of them"). A scale
    carried on goes on along the list ("3 million in 2020, 4 in 2021 and 5
    in 2022").
    """
    out = list(figures)
    carried: dict[int, float] = {}
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.high is not None or b.high is not None or b.unit not in ("", a.unit):
            continue
        number = b.number_span or b.span
        if b.span.end != number.end or not (
            text[number.start].isdigit() or text[number.start].isalpha()
        ):
            continue  # its own noun, unit or sign: "4 stores", "$4"
        between = text[a.span.end : b.span.start]
        if (
            len(between) > CARRY_SCALE_GAP
            or CARRY_SCALE_BREAK_RE.search(between)
            or not CARRY_SCALE_BEFORE_RE.search(between)
            or CARRY_SCALE_STOP_AFTER_RE.match(text, b.span.end)
        ):
            continue
        scale = carried.get(i - 1) or _written_scale(a, text)
        if scale < 1e3 or _written_scale(b, text) != 1.0:
            continue
        mantissa = a.value / scale
        if not (0 < b.value < 1000 and mantissa / 10 <= b.value <= mantissa * 10):
            continue
        out[i] = dc.replace(
            b, value=b.value * scale, unit=a.unit, rate=b.rate or a.rate
        )
        carried[i] = scale
        if fired is not None:
            fired[i] = "carried-scale"
    return out


# "3,000 and 4,500 people respectively": a list whose last number's noun
# the word "respectively" gives to each.
RESPECTIVELY_NEXT_RE = re.compile(r",?[ ]respectively\b")
RESPECTIVELY_JOINERS = frozenset({" and ", ", ", ", and ", " or ", ", or "})


def share_respectively(
    figures: list[Figure], text: str, fired: dict[int, str] | None = None
) -> list[Figure]:
    """Each number of a list before "respectively" takes the last one's unit.

    "The two firms employ 3,000 and 4,500 people respectively": 3,000
    people too. A count is shared here though not along a plain list ("10,
    20 and 30 people", `_share_along_list`): "respectively" says the noun
    is each number's, also over a noun carried from before the list ("three
    plants make 200, 350 and 400 cars a day, respectively": not 350
    plants). Only numbers written without a noun or unit of their own,
    joined by "and", "or" or commas.
    """
    out = list(figures)
    for i in range(len(out) - 1, 0, -1):
        b = out[i]
        if not b.unit or not RESPECTIVELY_NEXT_RE.match(text, b.span.end):
            continue
        j = i - 1
        while j >= 0:
            a = out[j]
            if a.high is not None or a.span.end != (a.number_span or a.span).end:
                break  # a range, or a number written with its own noun or unit
            if text[a.span.end : out[j + 1].span.start] not in RESPECTIVELY_JOINERS:
                break
            out[j] = dc.replace(a, unit=b.unit, rate=b.rate)
            if fired is not None:
                fired[j] = "respectively"
            j -= 1
    return out


# A sentence that opens with "Of those," (or "Of them", "Of these
# surveyed"): its first bare number is a part of what the sentence before
# counted. "The survey reached 3,000 households in 12 towns. Of those, 244
# had no heating": 244 households.
OF_THOSE_OPEN_RE = re.compile(
    r"[\s\"“‘']*Of[ ](?:those|these|them|whom)(?:[ ][a-z]+ed)?,?[ ]"
    r"(?:(?:about|around|nearly|almost|some|just|only|roughly|more[ ]than"
    r"|fewer[ ]than|at[ ]least)[ ])?$"
)


def of_those(
    figures: list[Figure],
    previous: list[Figure],
    text: str,
    base: int,
    fired: dict[int, str] | None = None,
) -> list[Figure]:
    """Give the bare number after "Of those," the noun of its total.

    The total is the count of the sentence before (`previous`) that can hold
    the part: a count (no measure, currency or percentage) of at least the
    part's value; when two such counts name different things ("3,000
    households in 40 towns. Of those, 12"), none is given.
    """
    if not figures or not previous:
        return figures
    first = figures[0]
    if first.unit or first.high is not None or first.value < 1:
        return figures
    if not OF_THOSE_OPEN_RE.fullmatch(text, base, first.span.start):
        return figures
    heads = {
        _count_head(f.unit)
        for f in previous
        if f.unit
        and f.unit not in CANONICAL_UNITS
        and " per " not in f.unit
        and f.rate is None
        and f.value >= first.value
    }
    heads.discard("")
    if len(heads) != 1:
        return figures
    if fired is not None:
        fired[0] = "of-those"
    return [dc.replace(first, unit=heads.pop()), *figures[1:]]


def _count_head(unit: str) -> str:
    """The last word of a counted noun: "new affordable homes" -> "homes"."""
    if unit.removesuffix(" each") in CANONICAL_UNITS:
        return ""
    return unit.split()[-1]


# A weight in pounds written as its own amount of something: "20 pounds of beef".
POUNDS_OF_NEXT_RE = re.compile(r"[ ]of\b")
# A word of weight before "pounds": "the crate weighed 90 pounds".
WEIGHT_BEFORE_RE = re.compile(
    r"\b(?:weigh\w*|heav\w+|light\w+|lost|gained|lift\w*|carr\w+|load\w*)\b"
    r"[^.;]{0,30}$",
    re.IGNORECASE,
)


def same_pounds(
    figures: list[Figure], text: str, fired: dict[int, str] | None = None
) -> list[Figure]:
    """Amounts in "pounds" read as weight are money in a sentence paying in pounds.

    "A shop costs 128 pounds, up from 104 pounds two years ago": the verb of
    paying makes the first GBP (`MONEY_VERB_BEFORE_RE`), and the second is
    the same money said again, not a weight. Not a weight of something
    ("paid 5 pounds for 2 pounds of apples") nor after a word of weight
    ("the crate weighed 90 pounds"), and not in a sentence whose money is
    written otherwise ("£5 for 2 pounds").
    """
    if not any(
        f.unit.startswith("GBP")
        and text[f.span.start : f.span.end].lower().find("pound") >= 0
        for f in figures
    ):
        return figures
    out = list(figures)
    for i, f in enumerate(out):
        if f.unit != "pounds" or POUNDS_OF_NEXT_RE.match(text, f.span.end):
            continue
        if WEIGHT_BEFORE_RE.search(text, max(0, f.span.start - 40), f.span.start):
            continue  # "paid ten pounds, and the crate weighed 90 pounds"
        out[i] = dc.replace(f, unit="GBP")
        if fired is not None:
            fired[i] = "same-pounds"
    return out


def share_per_game(
    figures: list[Figure], text: str, fired: dict[int, str] | None = None
) -> list[Figure]:
    """Give each count of a list the "per game" of its last ("8 assists, 6 rebounds and 21.4 points per game").

    Read from the end, so that the rate goes back along the list
    (`shared_per_game`).
    """
    out = list(figures)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        shared = shared_per_game(a, b, text[a.span.end : b.span.start], "")
        if shared is not None:
            out[i] = shared
            if fired is not None:
                fired[i] = "shared-per-game"
    return out


# A change in points, then the share it brought or left: "rose 0.2 points
# to 3.4%", "fell two points from 45%".
POINTS_TO_SHARE_RE = re.compile(r"[ ](?:to|from)[ ]")
# A share, then its change in points: "18 percent, down two points".
SHARE_THEN_POINTS_RE = re.compile(r",?[ ](?:up|down)[ ]")
PERCENTAGE_POINTS = "percentage points"


def points_of_share(
    figures: list[Figure], text: str, fired: dict[int, str] | None = None
) -> list[Figure]:
    """Points of a share's change are percentage points: "rose 0.2 points to 3.4%".

    "Inflation rose 0.2 points to 3.4%", "Labour's share rose 1.6 points to
    33.7%", "Kasich was at 18 percent, down two points": the change of a
    percentage in points, no index's. Only right before the share after
    "to" or "from", or right after a share that is a level (not a change:
    "fell 1.2%, down 300 points" would be an index's).
    """
    out = list(figures)
    for i, f in enumerate(out):
        if f.unit != "points" or f.rate is not None:
            continue
        after = out[i + 1] if i + 1 < len(out) else None
        before = out[i - 1] if i else None
        if (
            after is not None
            and after.unit == "percent"
            and after.high is None
            and POINTS_TO_SHARE_RE.fullmatch(text, f.span.end, after.span.start)
        ) or (
            before is not None
            and before.unit == "percent"
            and SHARE_THEN_POINTS_RE.fullmatch(text, before.span.end, f.span.start)
            and not CHANGE_BEFORE_RE.search(
                text, max(0, before.span.start - 16), before.span.start
            )
        ):
            out[i] = dc.replace(f, unit=PERCENTAGE_POINTS)
            if fired is not None:
                fired[i] = "points-of-share"
    return out
