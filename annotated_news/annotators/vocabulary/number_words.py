"""Numbers written in words: cardinals, tens, scales and ordinals.

Every annotator that reads a number written in words (figures, dates,
speaker phrases) takes its words from here.
"""

from __future__ import annotations

DIGIT_WORDS = {
    "zero": 0,
    "nought": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
TEEN_WORDS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SMALL_CARDINALS = {
    **{w: v for w, v in DIGIT_WORDS.items() if v > 0},
    **TEEN_WORDS,
}
"""One to nineteen, in order."""
SCALE_WORDS = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
DOZEN_WORDS = {"dozen": 12, "dozens": 12}
# Plural scale words that say "of that order" without a value: "thousands of".
VAGUE_SCALE_WORDS = {
    "tens": 10.0,
    "dozens": 12.0,
    "hundreds": 100.0,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 1e6,
    "billionth": 1e9,
    "trillionth": 1e12,
}
"""Ordinals written as one word."""
DAY_ORDINALS = {
    **{w: int(v) for w, v in ORDINAL_WORDS.items() if v <= 20},
    **{f"twenty-{w}": 20 + int(v) for w, v in ORDINAL_WORDS.items() if v < 10},
    "thirtieth": 30,
    "thirty-first": 31,
}
"""The ordinals a day of a month is written with ("the twenty-first")."""
# Words that multiply, to their factor: "double the number", "tripled the
# budget", "twice as many", "a threefold rise".
MULTIPLIER_WORDS = {
    "double": 2,
    "doubled": 2,
    "doubling": 2,
    "doubles": 2,
    "twice": 2,
    "twofold": 2,
    "triple": 3,
    "tripled": 3,
    "tripling": 3,
    "triples": 3,
    "treble": 3,
    "trebled": 3,
    "trebling": 3,
    "trebles": 3,
    "thrice": 3,
    "threefold": 3,
    "quadruple": 4,
    "quadrupled": 4,
    "quadrupling": 4,
    "quadruples": 4,
    "fourfold": 4,
    "fivefold": 5,
    "sixfold": 6,
    "tenfold": 10,
    "hundredfold": 100,
}


def words_pattern(words: dict[str, float] | dict[str, int]) -> str:
    """A regex alternation of the words, in the order of their values.

    In value order "nine" is tried before "nineteen": patterns that follow
    the word with a boundary or more text backtrack to the longer one.
    """
    return "|".join(sorted(words, key=lambda w: words[w]))


# Units of measure that "a" or "an" counts as one of, after a qualifier of
# amount or before "of": "up to a foot of snow", "nearly a mile", "within a
# mile of the school", "more than an inch of rain" (figures:
# `Scanner.one_unit`). Not "pound" (money too), "ton" ("a ton of
# questions"), nor periods of time ("an hour", "a day": idioms as often as
# amounts).
A_ONE_UNIT_WORDS = frozenset(
    """
inch foot yard mile metre meter kilometre kilometer centimetre centimeter
millimetre millimeter acre hectare litre liter gallon kilogram kilo tonne ounce
""".split()
)
