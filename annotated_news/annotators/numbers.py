"""Numbers written in words, digits or both: "twenty-one thousand", "1.2 million".

`NUMBER_RE` finds a run of number tokens; `parse_number` reads the longest
valid number at the start of the run and says how many tokens it used, so
that "one and two" yields "one" and leaves "two" to be read on its own.

The grammar is English cardinal numbers ("one hundred and three", "twenty-one
trillion and three hundred", "4 thousand 3 hundred and 21", "three dozen"),
decimals ("five point five"), fractions ("two thirds", "a hundredth", "one
and a half", "three quarters billion", "twenty twenty fifths" = 20/25) and a
sign ("minus", "negative"). Ordinals on their own ("the third", "second")
are not numbers: they rank, they do not count.
"""

from __future__ import annotations

import dataclasses as dc
import itertools
import re

from .vocabulary.number_words import (
    A_ONE_UNIT_WORDS,
    DIGIT_WORDS,
    DOZEN_WORDS,
    MULTIPLIER_WORDS,
    ORDINAL_WORDS,
    SCALE_WORDS,
    TEEN_WORDS,
    TENS_WORDS,
    VAGUE_SCALE_WORDS,
)

UNITS = DIGIT_WORDS
TEENS = TEEN_WORDS
TENS = TENS_WORDS
SCALES = SCALE_WORDS
DOZENS = DOZEN_WORDS
# Denominators of fractions. "second" is left out: "one second" is a time.
ORDINALS = {
    **{w: v for w, v in ORDINAL_WORDS.items() if v >= 3},
    "quarter": 4,
    "half": 2,
}
# Ordinal units only count as denominators after tens: "twenty-first" = 21st.
COMPOUND_ORDINALS = {"first": 1, "second": 2}
PLURAL_ORDINALS = {w + "s": v for w, v in ORDINALS.items() if w != "half"}
PLURAL_ORDINALS["halves"] = 2
SIGNS = frozenset({"minus", "negative"})

CARDINAL_WORDS = [*UNITS, *TEENS, *TENS, "hundred", *SCALES, *DOZENS]
WORDS = sorted(
    {
        *CARDINAL_WORDS,
        *ORDINALS,
        *PLURAL_ORDINALS,
        *COMPOUND_ORDINALS,
        *SIGNS,
        "and",
        "a",
        "point",
    },
    key=len,
    reverse=True,
)
# A number may start with a digit or with a word that is a number by itself;
# "a" and "half"/"quarter" only before a word that makes them one ("a dozen",
# "half a million"), "minus" only before a number.
VULGAR = {
    "½": 1 / 2,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 1 / 4,
    "¾": 3 / 4,
    "⅕": 1 / 5,
    "⅖": 2 / 5,
    "⅗": 3 / 5,
    "⅘": 4 / 5,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅛": 1 / 8,
    "⅜": 3 / 8,
    "⅝": 5 / 8,
    "⅞": 7 / 8,
}
# Denominators of fractions written with a slash ("1/2", "10 1/2"); others
# ("9/11", "24/7") are names and dates more often than fractions. Powers of
# ten past a thousand ("1/10000") and the inch's 32nds and 64ths can be no
# day or month.
SLASH_DENOMINATORS = frozenset(
    {2, 3, 4, 5, 8, 10, 16, 32, 64, 100, 1000, *(10**k for k in range(4, 10))}
)
# Ordinals of a scale, which multiply the cardinal before them.
ORDINAL_SCALES = frozenset({100, 1000, 1e6, 1e9})
_Trie = dict[str, "_Trie"]


def trie_pattern(words: list[str]) -> str:
    """A regex alternation of `words` shared by prefix ("t(?:en|wo|hree)").

    The regex engine tries every branch of an alternation at every position;
    sharing prefixes makes scanning a whole article for number words several
    times faster than a flat list of words.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        branches = [
            re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


# Spaces that group thousands: "40 000", with a no-break, narrow or thin space.
GROUP_SPACES = " \u00a0\u202f\u2009"
DIGITS = (
    rf"\d*[{''.join(VULGAR)}]"
    r"|\d{1,2}/(?:10{4,9}|\d{1,4})(?:(?:th|rd|nd)s?(?![\w]))?(?![/\d])"  # "1/2", "1/100th", "2/3rds"
    r"|\d+(?:\.\d+)?(?:[eE][-+]?\d+|[ ]?[x×*][ ]?10(?:\^[-+−]?|[-+−])\d+)(?![\w])"
    # "10^3", "2.5^-1"; signs in a row multiply, "1.1^--23" is 1.1^23
    r"|\d+(?:\.\d+)?\^[-+−]{0,3}\d+(?:\.\d+)?(?![\w^])"
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?!\d|,\d)(?:\.\d+)?"  # Indian: "1,00,000"
    r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![\d.])"  # European: "1.234.567,8"
    r"|\d{1,3}\.\d{3},\d{1,2}(?![\d,.])"  # European: "1.234,56"
    # European decimal comma before a scale word: "1,5 million" (a group of
    # thousands has three digits, so one or two after the comma are decimals)
    r"|\d{1,3},\d{1,2}(?=[ ]?(?:million|billion|trillion|thousand|mln|bn|mn)\b)"
    # and before a percent or euros ("5,5%", "0,75 percent", "3,50 euros"),
    # and after a lone zero, which starts no group of thousands ("0,5")
    r"|\d{1,3},\d{1,2}(?=[ ]?(?:%|percent\b|per[ ]cent\b|euros?\b))"
    r"|(?<![\d.,])0,\d{1,2}(?![\d,])"
    # "1 234 567,89": groups of spaces with a decimal comma
    rf"|\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}})+,\d{{1,2}}(?![\d,])"
    # "40 000"; not "38 737 MAX jets", "20 787 Dreamliners": a count and a model
    # (the capital checked in any case-insensitive pattern this is part of:
    # "30 000 and 5 000" was "30" and "000")
    rf"|\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}}(?!\d|,\d|-\d|(?-i:[ ][A-Z])))+(?:\.\d+)?"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
)
_FIRST = "|".join(sorted([*UNITS, *TEENS, *TENS, "hundred"], key=len, reverse=True))
_SCALE_AFTER_A = (
    r"(?:hundred|thousand|million|billion|trillion|dozen|half|quarter|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth|"
    r"thousandth|twentieth|twenty-first)"
)
_START = (
    rf"(?:{DIGITS})"
    rf"|\b(?:{_FIRST})\b"
    rf"|\b(?:a|half|quarter)(?=[ ](?:a[ ])?{_SCALE_AFTER_A}\b)"
    r"|\bhalf(?=[ ]of[ ]|[ ]an?[ ]|-an?-)"
    # "quarter of a million": a quarter of a scale without its "a"
    r"|\bquarter(?=[ ]of[ ](?:a[ ]|one[ ])?(?:thousand|million|billion|trillion)\b)"
    # "plus or minus 3 points" is a margin, not a negative number
    rf"|(?<!plus[ ]or[ ])\b(?:minus|negative)(?=[ -](?:\d|(?:{_FIRST})\b))"
)
_TOKEN = rf"(?:{DIGITS})|\b{trie_pattern(WORDS)}\b"
# Between the words of a number: a space or a hyphen, with stray spaces
# ("fifty   two", "twenty - one").
_SEP = r"(?:[ ]*-[ ]*|[ ]+)"
NUMBER_RE = re.compile(rf"(?:{_START})(?:{_SEP}(?:{_TOKEN}))*", re.IGNORECASE)
TOKEN_RE = re.compile(_TOKEN, re.IGNORECASE)
DIGIT_RE = re.compile(DIGITS)
NO_GROUP_SPACES = str.maketrans("", "", GROUP_SPACES)
DECIMAL_COMMA_RE = re.compile(r"\d{1,3},\d{1,2}")
SPACE_GROUP_RE = re.compile(rf"\d{{1,3}}[{GROUP_SPACES}]\d{{3}}")
# An "s" glued to digits and ending the word: "757s", "1990s".
PLURAL_S_RE = re.compile(r"s(?![\w])")
FRACTION_OF_SCALE_RE = re.compile(
    r"[ ]of[ ](?:a[ ]|one[ ])?(thousand|million|billion|trillion)\b", re.IGNORECASE
)


# Where a figure may start, found in one pass over the lower-cased text: a run
# of digits, or a word that is (or ends) a number, a vague amount or a
# multiplier. "a", "minus" and "half" are found by looking back from these.
ASCII_LOWER = str.maketrans({c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
CANDIDATE_WORDS = sorted(
    {
        *UNITS,
        *TEENS,
        *TENS,
        "hundred",
        *SCALES,
        "dozen",
        *ORDINALS,
        *VAGUE_SCALE_WORDS,
        *MULTIPLIER_WORDS,
        # "a foot", "an inch": one unit, read back from the unit word
        *A_ONE_UNIT_WORDS,
    }
)
# The lookahead on first characters lets the engine skip most positions fast.
_CANDIDATE_FIRST = "".join(sorted({w[0] for w in CANDIDATE_WORDS}))
CANDIDATE_RE = re.compile(
    rf"(?=[\d{''.join(VULGAR)}{_CANDIDATE_FIRST}])"
    rf"(?:[\d{''.join(VULGAR)}][\d,.]*|\b{trie_pattern(CANDIDATE_WORDS)}\b)"
)


@dc.dataclass(frozen=True, slots=True)
class Parsed:
    """A number read from the start of a token run."""

    value: float
    tokens: int
    """How many tokens of the run the number uses."""
    words: bool
    """Whether any of them is a word (not digits)."""
    ordinal_end: bool = False
    """Whether it ends in a singular ordinal ("a third"): a fraction only when
    nothing but "of" follows, else a rank ("a third term")."""
    scale: float = 1.0
    """The scale word it ends with (1,000,000 for "1.2 million"), else 1."""


# The most tokens one number is read from: "one hundred and twenty-three
# million four hundred and fifty-six thousand seven hundred and eighty-nine"
# has 20.
MAX_TOKENS = 32


def tokens_of(text: str) -> list[tuple[str, int, int]]:
    """Return the tokens of a number run: (lower-case text, start, end)."""
    return [
        (m.group().lower(), m.start(), m.end())
        for m in itertools.islice(TOKEN_RE.finditer(text), MAX_TOKENS)
    ]


def _digits(token: str) -> float | None:
    """The value of a token written with digits, or None for a word."""
    if not (token[0].isdigit() or token[0] == "." or token[-1] in VULGAR):
        return None
    if token[-1] in VULGAR:
        return float(token[:-1] or 0) + VULGAR[token[-1]]
    if "/" in token:
        top, _, bottom = token.rstrip("thrnds").partition("/")
        if int(bottom) not in SLASH_DENOMINATORS or int(top) >= int(bottom):
            return None
        return int(top) / int(bottom)
    if "10" in token and ("x" in token or "×" in token or "*" in token):
        mantissa, _, exponent = token.replace("×", "x").replace("*", "x").partition("x")
        exponent = exponent.strip().removeprefix("10").lstrip("^").replace("−", "-")
        return float(mantissa) * 10.0 ** int(exponent)
    if "^" in token:  # "10^3", "2.5^-1"
        base, _, power = token.partition("^")
        exponent = power.replace("−", "-").lstrip("-+")
        if (power.count("-") + power.count("−")) % 2:
            exponent = "-" + exponent  # "--23" is 23, "+-2" is -2
        try:
            result = float(base) ** float(exponent)
        except (OverflowError, ZeroDivisionError):
            return None
        return result if isinstance(result, float) else None
    if token.count(".") > 1 or (
        "," in token and "." in token and token.index(".") < token.index(",")
    ):
        return float(token.replace(".", "").replace(",", "."))  # "1.234.567,8"
    if DECIMAL_COMMA_RE.fullmatch(token):
        return float(token.replace(",", "."))  # "1,5 million"
    if "," in token and SPACE_GROUP_RE.match(token):
        return float(token.translate(NO_GROUP_SPACES).replace(",", "."))  # "1 234,5"
    return float(token.replace(",", "").translate(NO_GROUP_SPACES))


def _whole_below_thousand(value: float) -> bool:
    """Whether a number read from digits is whole and under a thousand."""
    return value == int(value) and value < 1000


def _is_fraction(token: str) -> bool:
    return "/" in token or token[-1] in VULGAR


def _cardinal(toks: list[str], i: int) -> tuple[float, int] | None:
    """Read a cardinal number at `toks[i]`; return (value, index after it)."""
    total = 0.0
    group: float | None = None
    last = ""  # kind of the previous token
    last_scale = float("inf")
    j = i
    after_scale = i
    n = len(toks)
    hundreds = False  # the group under the current scale has its hundred
    before_and: tuple[float, int] | None = None  # the number up to an "and"
    while j < n:
        t = toks[j]
        d = _digits(t)
        nxt = toks[j + 1] if j + 1 < n else ""
        if d is not None:
            if (
                last not in ("", "scale", "and", "hundred")
                or (last and d >= 1000)
                or (last == "hundred" and d >= 100)
            ):
                break  # but "one hundred 5" is 105, as "one thousand 5" is 1,005
            if last and (_is_fraction(t) or d != int(d)):
                break  # "3 hundred and 2.12 hundred" is two numbers
            group, last = (group or 0) + d, "digits"
        elif t in UNITS:
            if last not in ("", "tens", "hundred", "scale", "and"):
                break
            if last == "tens" and t == "zero":
                break
            group, last = (group or 0) + UNITS[t], "unit"
        elif t in TEENS or t in TENS:
            if last not in ("", "hundred", "scale", "and"):
                break
            group = (group or 0) + TEENS.get(t, 0) + TENS.get(t, 0)
            last = "teen" if t in TEENS else "tens"
        elif t == "hundred":
            if hundreds and before_and is not None:
                # "3 hundred and 2 hundred", "two hundred and three hundred":
                # a group holds one hundred, so "and" joined two numbers.
                return before_and
            # A bare "hundred" is 100 before a scale word ("hundred thousand
            # dollars"), not alone ("several hundred").
            if (
                last not in ("", "unit", "teen", "tens", "digits", "a")
                or (group is not None and group >= 100 and last != "digits")
                or (last == "" and nxt not in SCALES)
            ):
                break  # but "322 hundred" is 32,200
            # "nineteen hundred" is a year, but "ninety - five hundred" (9,500)
            # and "twenty hundred" are numbers: multiply what came before.
            group, last = (group if group is not None else 1) * 100, "hundred"
            hundreds = True
        elif t in SCALES:
            scale = SCALES[t]
            if last == "scale" and scale > last_scale and total < scale:
                # "ten thousand million" (British for ten billion), "1.5 lakh
                # crore" (Indian for 1.5 trillion): a larger scale right after
                # a smaller one multiplies it.
                total *= scale
                last_scale *= scale
                after_scale = j + 1
                j += 1
                continue
            if scale >= last_scale and last not in ("scale", "and"):
                # "5 lakh and 5 crore rupees", "2 million 3 billion": a larger
                # scale starts another number; this one ends at its scale.
                return total, after_scale
            if last in ("", "scale", "and") or scale >= last_scale:
                break
            total += (group if group is not None else 1) * scale
            group, last, last_scale = None, "scale", scale
            hundreds = False
            after_scale = j + 1
        elif t in DOZENS:
            if last not in ("unit", "teen", "tens", "digits", "a"):
                break
            group, last = (group or 1) * 12, "dozen"
        elif t == "and":
            if last not in ("hundred", "scale"):
                break
            nd = _digits(nxt) if nxt else None
            if (
                nd is not None
                and last == "scale"
                and _digits(toks[i]) is not None
                and not (
                    j + 2 < n
                    and (
                        toks[j + 2] == "hundred"
                        or (toks[j + 2] in SCALES and SCALES[toks[j + 2]] < last_scale)
                    )
                    and _whole_below_thousand(nd)
                )
            ):
                # "$2 million and 300 jobs": digits on both sides are two; but
                # a smaller scale after them goes on ("1 million and 5
                # thousand", "3 thousand and 5 hundred")
                break
            if not (
                nxt in UNITS
                or nxt in TEENS
                or nxt in TENS
                or (nd is not None and nd == int(nd))
            ):
                break
            before_and, last = (total + (group or 0), j), "and"
        elif t == "a" and last == "" and nxt in ("hundred", "dozen", *SCALES):
            group, last = 1, "a"
        else:
            break
        j += 1
    if last in ("", "and", "a"):
        return None
    return total + (group or 0), j


def _denominator(toks: list[str], i: int, value: float) -> tuple[float, int] | None:
    """Read a fraction's denominator at `toks[i]` ("fifths", "hundred fifth")."""
    t = toks[i] if i < len(toks) else ""
    if t in PLURAL_ORDINALS:
        return PLURAL_ORDINALS[t], i + 1
    if t in ORDINALS:
        return ORDINALS[t], i + 1
    # "twenty-first", "one hundred fifth": a cardinal then an ordinal.
    card = _cardinal(toks, i)
    if card is None:
        return None
    base, j = card
    t = toks[j] if j < len(toks) else ""
    ordinal = (
        PLURAL_ORDINALS.get(t)
        or ORDINALS.get(t)
        or (COMPOUND_ORDINALS.get(t) if base >= 20 and base % 10 == 0 else None)
    )
    if ordinal is None or value <= 0:
        return None
    if ordinal in ORDINAL_SCALES and base < ordinal:
        return base * ordinal, j + 1  # "ten-thousandths": 10 x 1,000
    return base + ordinal, j + 1  # "hundred fifth": 100 + 5


def _decimal_digits(toks: list[str], i: int) -> tuple[float, int] | None:
    """Read the words after "point": "five five" (.55) or "seventy-one" (.71)."""
    j = i
    digits = ""
    while j < len(toks) and toks[j] in UNITS:
        digits += str(UNITS[toks[j]])
        j += 1
    if digits:
        return float("0." + digits), j
    card = _cardinal(toks, i)
    if card is None:
        return None
    value, j = card
    if value != int(value) or value >= 100:
        return None
    return value / 10 ** len(str(int(value))), j


def _fraction_of_scale(toks: list[str], i: int, sign: float) -> Parsed | None:
    """Read "half a million", "quarter million", "three quarters billion"."""
    head = toks[i]
    k = i + (2 if head == "three" else 1)
    if k < len(toks) and toks[k] == "a":
        k += 1
    frac = {"half": 0.5, "quarter": 0.25}.get(head, 0.75)
    if k < len(toks) and toks[k] in SCALES:
        return Parsed(sign * frac * SCALES[toks[k]], k + 1, True)
    if k < len(toks) and toks[k] == "dozen" and toks[k - 1] == "a":
        return Parsed(sign * frac * 12, k + 1, True)  # "half a dozen"
    return None


def _and_fraction(toks: list[str], j: int, value: float) -> tuple[float, int]:
    """Add "and a half", "and three fifths" after a whole number.

    After a scale word the fraction is one of that scale: "a million and a
    half" is 1,500,000, "a dozen and a half" 18.
    """
    unit = SCALES.get(toks[j - 1], float(DOZENS.get(toks[j - 1], 1)))
    rest = toks[j + 1 :]
    if rest[:2] in (["a", "half"], ["a", "quarter"], ["a", "third"]):
        return value + unit / ORDINALS[rest[1]], j + 3
    if rest and _is_fraction(rest[0]) and (frac := _digits(rest[0])) is not None:
        # "2 and 1/2 miles", "100 and 2/3": a whole number and a written fraction
        return value + unit * frac, j + 2
    part = _cardinal(rest, 0) if rest else None
    if part is not None and part[0] == int(part[0]):
        den = _denominator(rest, part[1], part[0])
        if den is not None:
            return value + unit * part[0] / den[0], j + 1 + den[1]
    return value, j


def _scale_and(toks: list[str], i: int, j: int) -> int | None:
    """Where "and" follows a scale word in `toks[i:j]` ("two million and three")."""
    for k in range(j - 1, i, -1):
        if toks[k] == "and" and toks[k - 1] in SCALES:
            return k
    return None


def parse_tokens(toks: list[str]) -> Parsed | None:
    """Read the longest number at the start of a token run."""
    if not toks:
        return None
    i = 0
    sign = 1.0
    if toks[0] in SIGNS:
        sign, i = -1.0, 1
    if i >= len(toks):
        return None
    head = toks[i]
    if head in ("half", "quarter") or toks[i : i + 2] == ["three", "quarters"]:
        scaled = _fraction_of_scale(toks, i, sign)
        if scaled is None and head == "half" and i == 0:
            return Parsed(0.5, 1, True, ordinal_end=True)  # "half of the voters"
        if scaled is None and head == "quarter" and i == 0 and len(toks) == 1:
            # "quarter of a million": `read_number` reads the scale after "of"
            return Parsed(0.25, 1, True, ordinal_end=True)
        if scaled is not None or head != "three":
            return scaled
    if head == "a":
        den = _denominator(toks, i + 1, 1)
        if den is not None:
            return Parsed(
                sign / den[0],
                den[1],
                True,
                ordinal_end=toks[den[1] - 1] not in PLURAL_ORDINALS,
            )
    card = _cardinal(toks, i)
    if card is None:
        return None
    value, j = card
    ordinal_end = False
    # "10 1/2 miles"
    if (
        j < len(toks)
        and _is_fraction(toks[j])
        and value == int(value)
        and "/" not in toks[j - 1]
        and (frac := _digits(toks[j])) is not None
        and frac < 1
    ):
        value, j = value + frac, j + 1
        if j < len(toks) and toks[j] in SCALES:  # "3 1/4 million"
            scale = SCALES[toks[j]]
            return Parsed(sign * value * scale, j + 1, False, scale=scale)
        if j < len(toks) and toks[j] in ("hundred", "dozen"):
            # "2 1/2 hundred" is 250, "1 1/2 dozen" 18, as "2.5 hundred" is 250
            factor = 100 if toks[j] == "hundred" else DOZENS["dozen"]
            return Parsed(sign * value * factor, j + 1, False)
        return Parsed(sign * value, j, False)
    if (
        j < len(toks) - 1
        and toks[j] == "point"
        and toks[j - 1].isdigit()
        and toks[j + 1].isdigit()
    ):
        # "5 point 2": digits said aloud, as in a transcript
        value, j = float(f"{toks[j - 1]}.{toks[j + 1]}"), j + 2
        if j < len(toks) and toks[j] in SCALES:
            value, j = value * SCALES[toks[j]], j + 1
    elif j < len(toks) and toks[j] == "point" and _digits(toks[j - 1]) is None:
        dec = _decimal_digits(toks, j + 1)
        if dec is not None:
            value, j = value + dec[0], dec[1]
            if j < len(toks) and toks[j] in SCALES:  # "twenty point five million"
                value, j = value * SCALES[toks[j]], j + 1
    elif j < len(toks) and value == int(value):
        den = _denominator(toks, j, value)
        if den is not None and (k := _scale_and(toks, i, j)) is not None:
            # "two million and three fifths": the fraction is of a million.
            big = _cardinal(toks[:k], i)
            value = (big[0] if big else 0) + _and_fraction(toks, k, 0)[0]
            j = den[1]
        elif den is not None:
            value, j = value / den[0], den[1]
            ordinal_end = toks[j - 1] not in PLURAL_ORDINALS
            # "three quarters billion"
            if j < len(toks) and toks[j] in SCALES:
                value, j, ordinal_end = value * SCALES[toks[j]], j + 1, False
    if j < len(toks) and toks[j] == "and" and value == int(value):
        value, j = _and_fraction(toks, j, value)
        # "one and a half million", "one and a half dozen"
        if j < len(toks) and toks[j] in SCALES and value != int(value):
            value, j = value * SCALES[toks[j]], j + 1
        elif j < len(toks) and toks[j] == "dozen" and value != int(value):
            value, j = value * DOZENS["dozen"], j + 1
    words = any(_digits(t) is None for t in toks[:j])
    return Parsed(sign * value, j, words, ordinal_end, SCALES.get(toks[j - 1], 1.0))


def parse_run(run: str) -> tuple[Parsed, int] | None:
    """Read the number at the start of a run matched by `NUMBER_RE`.

    Returns the number and its length in characters. Most runs are one
    token of digits, which skip tokenising.
    """
    if " " not in run and "-" not in run and (value := _digits(run)) is not None:
        return Parsed(value, 1, False), len(run)
    toks = tokens_of(run)
    parsed = parse_tokens([t for t, _, _ in toks])
    if parsed is None:
        return None
    return parsed, toks[parsed.tokens - 1][2]


@dc.dataclass(frozen=True, slots=True)
class NumberAt:
    """A number found in a text: where it is written and what it says."""

    start: int
    end: int
    parsed: Parsed


# The longest stretch a number is read from: longer runs of number words
# ("one two three ...") are lists, and reading each of their words to the end
# of the run would make a long run quadratic.
MAX_NUMBER_CHARS = 160


def read_number(text: str, pos: int) -> NumberAt | None:
    """Read the number that starts exactly at `pos`, if one does."""
    stop = pos + MAX_NUMBER_CHARS
    m = NUMBER_RE.match(text, pos, stop)
    if not m:
        return None
    run = m.group()
    if (
        SPACE_GROUP_RE.match(run)
        and (first := DIGIT_RE.match(text, pos, stop))
        and (alone := TOKEN_RE.match(run))
        and alone.end() > first.end() - pos
    ):
        # Read alone, "38 737" is one number in groups; in the text the
        # group is ruled out by what follows ("38 737 MAX jets"): keep "38".
        run = run[: first.end() - pos]
    elif SPACE_GROUP_RE.fullmatch(run) and PLURAL_S_RE.match(text, pos + len(run)):
        # "12 757s": a count of models in the plural, no "12,757" in groups
        # glued to an "s"; keep "12"
        run = run[:-4]
    if m.end() == stop < len(text):
        # The window may have cut the last token ("seventy" read as "seven").
        cut = max(run.rfind(" "), run.rfind("-"))
        if cut <= 0:
            return None
        run = run[:cut].rstrip(" -")
    read = parse_run(run)
    if read is None:
        return None
    parsed, length = read
    end = pos + length
    if (
        (parsed.words or "/" in run or run[-1:] in VULGAR)
        and 0 < parsed.value < 1
        and (of := FRACTION_OF_SCALE_RE.match(text, end))
    ):
        # "a quarter of a million", "3/4 of a million": a fraction of a scale word.
        scale = SCALES[of.group(1).lower()]
        parsed = dc.replace(
            parsed, value=parsed.value * scale, ordinal_end=False, scale=scale
        )
        end = of.end()
    return NumberAt(pos, end, parsed)


def parse_number(text: str) -> Parsed | None:
    """Read the number at the start of `text` ("twenty-one thousand troops")."""
    return parse_tokens([t for t, _, _ in tokens_of(text)])
