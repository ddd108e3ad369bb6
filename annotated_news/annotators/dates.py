"""Dates, normalised against the publication date.

Each rule is a compiled pattern and a resolver. Relative expressions
("Sunday", "last month") are resolved with the tense of their sentence: news
reports the past, so a weekday in a past-tense or present-tense sentence is the
most recent one on or before publication, and one in a future-tense sentence
("will meet Friday") is the next one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..model import Article, DateMention, Precision, Span
from .lexicon import MONTHS, WEEKDAYS

MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|"
    r"Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MOD = r"(?P<mod>mid-|early |late |the middle of |the end of |the beginning of )"
HALF = r"(?P<half>the (?:first|second) half of )"

FUTURE_RE = re.compile(r"\b(?:will|would|shall|next|upcoming|is to|are to|going to)\b")

Resolver = Callable[[re.Match[str], dt.date, bool], tuple[str, Precision, str | None]]


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _year_for(month: int, day: int, published: dt.date, future: bool) -> int:
    """Pick the year of a month (and day) written without one."""
    year = published.year
    candidate = dt.date(year, month, min(day, 28))
    if not future and candidate > published + dt.timedelta(days=31):
        return year - 1
    if future and candidate < published - dt.timedelta(days=31):
        return year + 1
    return year


def _month_day(m: re.Match[str], pub: dt.date, future: bool
               ) -> tuple[str, Precision, str | None]:
    month, day = _month_number(m["month"]), int(m["day"])
    year = int(m["year"]) if m.groupdict().get("year") else _year_for(month, day, pub, future)
    return dt.date(year, month, day).isoformat(), Precision.DAY, None


def _month_year(m: re.Match[str], pub: dt.date, future: bool
                ) -> tuple[str, Precision, str | None]:
    month = _month_number(m["month"])
    groups = m.groupdict()
    year = int(groups["year"]) if groups.get("year") else _year_for(month, 1, pub, future)
    mod = (groups.get("mod") or "").strip(" -") or None
    mod = {"the middle of": "mid", "the end of": "late",
           "the beginning of": "early"}.get(mod or "", mod)
    return f"{year:04d}-{month:02d}", Precision.MONTH, mod


def _year(m: re.Match[str], pub: dt.date, future: bool
          ) -> tuple[str, Precision, str | None]:
    half = m["half"]
    mod = " ".join(half.split()[1:3]) if half else None
    return m["year"], Precision.YEAR, mod


def _weekday(m: re.Match[str], pub: dt.date, future: bool
             ) -> tuple[str, Precision, str | None]:
    target = WEEKDAYS[m["weekday"].lower()]
    if future:
        delta = (target - pub.weekday()) % 7
        return (pub + dt.timedelta(days=delta)).isoformat(), Precision.DAY, None
    delta = (pub.weekday() - target) % 7
    return (pub - dt.timedelta(days=delta)).isoformat(), Precision.DAY, None


def _relative(m: re.Match[str], pub: dt.date, future: bool
              ) -> tuple[str, Precision, str | None]:
    which, unit = m["which"].lower(), m["unit"].lower()
    step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        return str(pub.year + step), Precision.YEAR, None
    month_index = pub.year * 12 + pub.month - 1 + step
    return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", Precision.MONTH, None


def _deictic(m: re.Match[str], pub: dt.date, future: bool
             ) -> tuple[str, Precision, str | None]:
    delta = {"today": 0, "yesterday": -1, "tomorrow": 1}[m["word"].lower()]
    return (pub + dt.timedelta(days=delta)).isoformat(), Precision.DAY, None


# Longest forms first: the first rule that claims a span wins.
RULES: list[tuple[re.Pattern[str], Resolver, bool]] = [
    (re.compile(rf"\b{MONTH} {DAY}(?:, {YEAR})?\b(?!,? ?\d)"), _month_day, False),
    (re.compile(rf"\b{DAY} {MONTH}(?: {YEAR})?\b"), _month_day, False),
    (re.compile(rf"\b{MOD}?{MONTH},? {YEAR}\b"), _month_year, False),
    (re.compile(rf"(?:\b{MOD}|(?<=\bin )){MONTH}\b(?! \d)"),
     _month_year, True),
    (re.compile(rf"\b{HALF}?{YEAR}\b(?![\d,.]\d|%| percent)"), _year, False),
    (re.compile(rf"\b{WEEKDAY}\b"), _weekday, True),
    (re.compile(r"\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast) (?P<unit>month|year)\b"),
     _relative, True),
    (re.compile(r"\b(?P<word>[Tt]oday|[Yy]esterday|[Tt]omorrow)\b"), _deictic, True),
]


def _is_future(sentence: str, at: int) -> bool:
    """Whether the clause leading up to an expression speaks of the future."""
    clause = sentence[max(0, at - 60) : at].rsplit(",", 1)[-1]
    return bool(FUTURE_RE.search(clause))


def annotate_dates(article: Article) -> list[DateMention]:
    """Return every date mention, normalised against the publication date."""
    pub = article.meta.date
    text = article.text
    taken: list[Span] = []
    found: list[DateMention] = []
    for sentence in article.sentences:
        s_text = text[sentence.span.start : sentence.span.end]
        for pattern, resolve, relative in RULES:
            for m in pattern.finditer(s_text):
                future = _is_future(s_text, m.start())
                span = Span(sentence.span.start + m.start(), sentence.span.start + m.end())
                if any(span.overlaps(t) for t in taken):
                    continue
                try:
                    value, precision, mod = resolve(m, pub, future)
                except (ValueError, KeyError):
                    continue  # "February 30" is not a date
                taken.append(span)
                found.append(DateMention(span, value, precision, mod, relative))
    return sorted(found, key=lambda d: d.span)
