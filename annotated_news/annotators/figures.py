"""Figures: a number with what it counts and its qualifier.

A figure is `[qualifier] number [unit or counted noun] [rate]`:
"more than 5,000 personnel", "up to 21,000 National Guard troops",
"3,000 migrants a day", "10%" and "10 percent" (both value 10, unit percent),
"$1.2 million" (1,200,000 USD), "a dozen" (12), "triple" (3 times).
Years and days inside dates are dates (the date annotator runs first), "No. 1"
is an idiom and phone numbers are not figures.
"""

from __future__ import annotations

import re

from ..model import Article, Figure, Span

SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mn": 1_000_000,
    "m": 1_000_000, "k": 1_000,
}
MULTIPLIERS = {"double": 2, "twice": 2, "triple": 3, "tripled": 3, "quadruple": 4,
               "threefold": 3, "twofold": 2}
CURRENCIES = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"}
QUALIFIERS = (
    "more than", "less than", "fewer than", "up to", "at least", "at most",
    "as many as", "as few as", "close to", "just over", "just under",
    "approximately", "about", "nearly", "almost", "around", "roughly", "some",
    "over", "under", "an estimated", "an average of",
)
RATES = {"a day": "day", "per day": "day", "daily": "day", "a week": "week",
         "per week": "week", "weekly": "week", "a month": "month",
         "per month": "month", "monthly": "month", "a year": "year",
         "per year": "year", "annually": "year", "annual": "year"}
# Words that end a counted noun phrase.
STOP = frozenset("""
a an the of from to in on at for with by who whom whose that which and or but is
are was were be been has have had will would could can may might must should
including since per than as across into over under about after before during
while if when where because so not no this these those it its their his her our
they he she we you i said says say told according also more most each every
""".split())

NUM_WORD = "|".join(sorted([*SMALL, *TENS], key=len, reverse=True))
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
NUMBER = (
    rf"(?P<cur>[$£€¥])?(?P<num>{DIGITS}|(?:{NUM_WORD})(?:[- ](?:{NUM_WORD}))?"
    r"|a dozen|dozens of|a hundred|a thousand|a million)"
    r"(?:[ ]?(?P<scale>hundred|thousand|million|billion|trillion|bn|mn|m|k)\b)?"
    r"(?P<pct>%|[ ]percent\b|[ ]per[ ]cent\b|[ ]percentage points?\b)?"
)
QUALIFIER = "|".join(sorted(QUALIFIERS, key=len, reverse=True))
FIGURE_RE = re.compile(
    rf"(?<![\w.,$£€¥-])(?:(?P<qual>{QUALIFIER})[ ])?{NUMBER}"
    r"(?:-(?P<hyph>[a-z]+))?(?![\w]|[.,]\d)",
    re.IGNORECASE,
)
MULTIPLIER_RE = re.compile(
    rf"(?:(?P<qual>{QUALIFIER})[ ])?\b(?P<mult>{'|'.join(MULTIPLIERS)})\b(?= the\b)",
    re.IGNORECASE,
)
WORD_AFTER_RE = re.compile(r"[ ]+((?:[A-Z]\.){2,}|[A-Za-z][\w’'-]*)")
RATE_RE = re.compile(r"[ ]+(a day|per day|daily|a week|per week|weekly|a month|"
                     r"per month|monthly|a year|per year|annually)\b")
NOUN_BEFORE_RE = re.compile(r"((?:[a-z]+ )?[a-z]+) (?:to|of|at|reached|hit) $")
IDIOM_RE = re.compile(r"\b(?:No|Number|no)\.? ?$")
PHONE_RE = re.compile(r"\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}")


def _parse_words(num: str) -> float | None:
    words = num.lower().replace("-", " ").split()
    if words in (["a", "dozen"], ["dozens", "of"]):
        return 12.0
    if words and words[0] == "a":
        return float(SCALES.get(words[1], 0)) or None
    total = 0
    for word in words:
        total += SMALL.get(word, 0) + TENS.get(word, 0)
    return float(total) if total else None


def parse_number(num: str, scale: str | None) -> float | None:
    """Return the value of a written number ("21,000", "twenty-one", "1.2")."""
    if num[0].isdigit():
        value = float(num.replace(",", ""))
    else:
        parsed = _parse_words(num)
        if parsed is None:
            return None
        value = parsed
    if scale:
        value *= SCALES[scale.lower()]
    return value


def _counted_noun(text: str, end: int) -> tuple[str, int]:
    """Read the counted noun phrase after a number.

    Up to six words, "and"/"or" allowed between them ("current and former law
    enforcement sources"); the phrase ends at its last lower-case plural when
    it has one, so that trailing modifiers ("sources familiar") stay out.
    """
    words: list[tuple[str, int]] = []
    pos = end
    while len(words) < 6:
        m = WORD_AFTER_RE.match(text, pos)
        if not m:
            break
        word = m.group(1)
        if word.lower() in ("and", "or") and words:
            following = WORD_AFTER_RE.match(text, m.end())
            if not following or following.group(1).lower() in STOP:
                break
        elif word.lower() in STOP:
            break
        words.append((word, m.end()))
        pos = m.end()
    while words and words[-1][0].lower() in ("and", "or"):
        words.pop()
    plurals = [i for i, (w, _) in enumerate(words)
               if w.islower() and w.endswith("s") and not w.endswith("ss")]
    if plurals:
        words = words[: plurals[-1] + 1]
    elif len(words) > 3 and all(w.islower() for w, _ in words):
        words = words[:3]
    if not words:
        return "", end
    return " ".join(w for w, _ in words), words[-1][1]


def annotate_figures(article: Article) -> list[Figure]:
    """Return every figure, skipping numbers that are part of dates."""
    text = article.text
    dates = [d.span for d in article.dates]
    found: list[Figure] = []
    for sentence in article.sentences:
        base = sentence.span.start
        s_text = text[base : sentence.span.end]
        phones = [m.span() for m in PHONE_RE.finditer(s_text)]
        last_unit = ""
        for m in FIGURE_RE.finditer(s_text):
            num_start = m.start("cur") if m.group("cur") else m.start("num")
            number_span = Span(base + num_start, base + (m.end("pct") if m.group("pct")
                               else m.end("scale") if m.group("scale")
                               else m.end("num")))
            if any(number_span.overlaps(d) for d in dates):
                continue
            if any(a <= num_start < b for a, b in phones):
                continue
            if IDIOM_RE.search(s_text[: m.start()]):
                continue
            num = m.group("num")
            if num.lower() == "one" and not m.group("qual"):
                continue  # "one big way", "no one": too often not a count
            value = parse_number(num, m.group("scale"))
            if value is None:
                continue
            end = m.end()
            unit = ""
            if m.group("pct"):
                unit = "percent"
            elif m.group("cur"):
                unit = CURRENCIES[m.group("cur")]
            elif m.group("hyph"):
                unit = m.group("hyph")
            else:
                unit, end = _counted_noun(s_text, m.end())
            rate = None
            if not unit:
                before = NOUN_BEFORE_RE.search(s_text[: m.start()])
                if before:
                    first, _, rest = before.group(1).partition(" ")
                    if rest and first in RATES:
                        unit, rate = rest, RATES[first]
                    else:
                        unit = before.group(1)
                else:
                    # "including 1,800 from HSI": the head noun of the list
                    unit = last_unit.split()[-1] if last_unit else ""
            rate_m = RATE_RE.match(s_text, end)
            if rate_m and rate is None:
                rate = RATES[rate_m.group(1).lower()]
                end = rate_m.end()
                noun = WORD_AFTER_RE.match(s_text, end) if m.group("hyph") else None
                if noun and noun.group(1).lower() not in STOP:
                    end = noun.end()  # "3,000-person daily quota"
            last_unit = unit or last_unit
            qual = m.group("qual").lower() if m.group("qual") else None
            found.append(Figure(
                Span(base + m.start(), base + end), value, unit, qual, rate, number_span,
            ))
        for m in MULTIPLIER_RE.finditer(s_text):
            qual = m.group("qual").lower() if m.group("qual") else None
            span = Span(base + m.start(), base + m.end())
            number_span = Span(base + m.start("mult"), base + m.end("mult"))
            value = float(MULTIPLIERS[m.group("mult").lower()])
            found.append(Figure(span, value, "times", qual, None, number_span))
    return sorted(found, key=lambda f: f.span)
