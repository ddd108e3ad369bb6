"""The timeline: every dated event across articles, in date order.

An event is a date in its sentence, or an article's publication. Events are
grouped by their date at the precision the text gives it: a day ("21 May
2025"), a week ("week of 19 May 2025", for "last week"), a part of a month
("mid-May 2025"), a month ("May 2025"), a part of a year ("the first half of
2024") or a year. Groups hold the events of every article, so that two
articles on the same date are read together.

Groups sort by where they start: a year's own group before its months, a
month's own group before its days, an approximate part of a month before the
days it covers ("early" days 1-10, "mid" 11-20, "late" 21 to the end), and a
week just before the days of that week (its Monday's; a weekend its
Saturday's). So "a meeting in mid-May" from one article sits next to "the
meeting ... on May 21" from another, and "last week" next to "on Tuesday".
"""

from __future__ import annotations

import calendar
import dataclasses as dc
import datetime as dt
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from ..model import Article, DateMention, Precision
from ..slugs import slug
from .places import Place

if TYPE_CHECKING:
    from . import Corpus

MODIFIER_LABELS = {
    "mid": "mid-{}",
    "early": "early {}",
    "late": "late {}",
    "first half": "first half of {}",
    "second half": "second half of {}",
}
# Where an approximate part of a month starts, as a day of the month.
MONTH_PARTS = {"early": 1, "mid": 11, "late": 21}
# The order of the parts of a year (about the month each starts in), and of
# the modifiers of a month or a day that MONTH_PARTS does not place.
PART_ORDER = {
    "early": 1,
    "first half": 1,
    "first quarter": 1,
    "spring": 3,
    "second quarter": 4,
    "mid": 6,
    "summer": 6,
    "second half": 7,
    "third quarter": 7,
    "fall": 9,
    "autumn": 9,
    "fourth quarter": 10,
    "late": 11,
    "winter": 12,
}


# Labels of a week's parts: "weekend of 24 May 2025", "late in the week of …".
WEEK_LABELS = {
    "weekend": "weekend of {}",
    "early": "early in the week of {}",
    "mid": "midweek, week of {}",
    "late": "late in the week of {}",
}


def week_start(value: str, modifier: str | None = None) -> dt.date:
    """The first day of an ISO week `YYYY-Www` (its Saturday for a weekend)."""
    year, _, week = value.partition("-W")
    day = 6 if modifier == "weekend" else 1
    return dt.date.fromisocalendar(int(year), int(week), day)


MONTH_NAMES = tuple(calendar.month_name)
"""Month names by number (`calendar.month_name` formats a date per lookup)."""


def _day(d: dt.date) -> str:
    return f"{d.day} {MONTH_NAMES[d.month]} {d.year}"


@functools.cache
def date_label(value: str, precision: Precision, modifier: str | None = None) -> str:
    """Show a date at its precision: "1 June 2025", "mid-May 2025", "2022".

    A week is named by its first day: "week of 19 May 2025", "weekend of 24
    May 2025".
    """
    if precision is Precision.WEEK:
        first = _day(week_start(value, modifier))
        return WEEK_LABELS.get(modifier or "", "week of {}").format(first)
    parts = [int(p) for p in value.split("-")]
    if precision is Precision.DAY:
        text = f"{parts[2]} {MONTH_NAMES[parts[1]]} {parts[0]}"
    elif precision is Precision.MONTH:
        text = f"{MONTH_NAMES[parts[1]]} {parts[0]}"
    else:
        text = str(parts[0])
    if modifier:
        text = MODIFIER_LABELS.get(modifier, modifier + " {}").format(text)
    return text


def period_label(key: str) -> str:
    """Label a date: "2025-05" -> "May 2025"; "2022" -> "2022"."""
    if len(key) == 4:
        return key
    year, month = key.split("-")
    return f"{MONTH_NAMES[int(month)]} {year}"


V = TypeVar("V")


class cached(Generic[V]):
    """`functools.cached_property` without its lock.

    On Python 3.11 every cached_property holds one lock for all instances
    while it computes. A render worker that a pool's thread forks (to
    replace one, `parallel.map_chunks(recycle=...)`) while this process
    holds that lock would wait for it forever. The value is computed again
    if two threads ask at once: it is the same value.
    """

    def __init__(self, func: Callable[[Any], V]) -> None:
        self.func = func
        self.name = func.__name__

    @overload
    def __get__(self, obj: None, owner: type) -> cached[V]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> V: ...
    def __get__(self, obj: object, owner: type | None = None) -> V | cached[V]:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@dc.dataclass(frozen=True)
class DateKey:
    """A date at the precision the text gives it.

    Not slotted: its derived properties are cached (a timeline of 10,000
    articles asks for them millions of times).
    """

    value: str
    """ISO form at its precision: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Www`."""
    precision: Precision
    modifier: str | None = None

    @cached
    def parts(self) -> tuple[int, int, int]:
        """Year, month (0 when not given), day (0 when not given).

        A week gives its first day (`week_start`), where it is placed.
        """
        if self.precision is Precision.WEEK:
            first = week_start(self.value, self.modifier)
            return first.year, first.month, first.day
        numbers = [int(p) for p in self.value.split("-")]
        year, month, day = [*numbers, 0, 0][:3]
        return year, month, day

    @cached
    def sort(self) -> tuple[int, int, int, int, int]:
        """Year, month, day where the group starts, its rank there, part order."""
        year, month, day = self.parts
        part = PART_ORDER.get(self.modifier or "", 13 if self.modifier else 0)
        if self.precision is Precision.YEAR:
            return (year, 0, 0, 0, part)
        if self.precision is Precision.MONTH:
            start = MONTH_PARTS.get(self.modifier or "", 0)
            return (year, month, start, 0, part)
        if self.precision is Precision.WEEK:
            return (year, month, day, 0, 0)  # just before its first day
        return (year, month, day, 1, part)  # "about 26 December" after the day

    @property
    def year(self) -> str:
        """The year, as the key of its period (a week's: its first day's)."""
        if self.precision is Precision.WEEK:
            return f"{self.parts[0]:04d}"
        return self.value[:4]

    @property
    def month(self) -> str | None:
        """The month as "YYYY-MM", or None for a year-precision date.

        A week is in the month of its first day.
        """
        if self.precision is Precision.WEEK:
            year, month, _ = self.parts
            return f"{year:04d}-{month:02d}"
        return None if self.precision is Precision.YEAR else self.value[:7]

    @property
    def plain(self) -> bool:
        """A whole month or year: its group is the month's or year's own."""
        return self.precision in (Precision.MONTH, Precision.YEAR) and not self.modifier

    @cached
    def label(self) -> str:
        """The date as shown: "1 June 2025", "mid-May 2025", "2022"."""
        return date_label(self.value, self.precision, self.modifier)

    @cached
    def anchor(self) -> str:
        """Id of the group: `t-2025-05-21`, `t-2025-05-mid`, `t-2025-05`."""
        base = f"t-{self.value}"
        return f"{base}-{slug(self.modifier)}" if self.modifier else base


@dc.dataclass(frozen=True, slots=True)
class Event:
    """A dated sentence of an article, or an article's publication."""

    key: DateKey
    article: Article
    place: Place | None
    """The date in its sentence; None for a publication event."""
    expression: str | None = None
    """The article's words when the date is relative ("Sunday", "last month")."""

    @property
    def is_publication(self) -> bool:
        """Whether the event is an article's publication."""
        return self.place is None

    @property
    def label(self) -> str:
        """The date as shown."""
        return self.key.label

    @property
    def resolved(self) -> str:
        """The date with the article's words when they needed resolving.

        "“Sunday” — 1 June 2025"; just "mid-May 2025" for "mid-May", whose
        words the date already shows.
        """
        words = self.expression
        if not words or self.label.casefold().startswith(words.casefold()):
            return self.label
        return f"“{words}” — {self.label}"


@dc.dataclass(frozen=True, slots=True)
class DateGroup:
    """Every event on one date, from every article."""

    key: DateKey
    events: list[Event]

    @property
    def articles(self) -> list[Article]:
        """Distinct articles with an event in the group."""
        seen: dict[str, Article] = {}
        for event in self.events:
            seen.setdefault(event.article.slug, event.article)
        return list(seen.values())


@dc.dataclass(slots=True)
class Timeline:
    """Events grouped by date, in date order."""

    groups: list[DateGroup]

    @property
    def events(self) -> list[Event]:
        """Every event, in date order."""
        return [e for g in self.groups for e in g.events]


def event_of(corpus: Corpus, article: Article, date: DateMention) -> Event:
    """Build the timeline event of one date mention."""
    return Event(
        key=DateKey(date.value, date.precision, date.modifier),
        article=article,
        place=corpus.place(article, date),
        expression=article.slice(date.span) if date.relative else None,
    )


def build_timeline(corpus: Corpus) -> Timeline:
    """Collect every dated event and every publication, grouped by date."""
    by_key: dict[DateKey, list[Event]] = {}
    seen: set[tuple[str, DateKey, str]] = set()
    for article in corpus.articles:  # corpus order: newest article first
        day = DateKey(article.meta.date.isoformat(), Precision.DAY)
        by_key.setdefault(day, []).append(Event(day, article, None))
        for date in sorted(article.dates, key=lambda d: d.span.start):
            event = event_of(corpus, article, date)
            sentence = event.place.sentence_anchor if event.place else ""
            once = (article.slug, event.key, sentence)
            if once not in seen:  # a sentence that gives a date twice is one event
                seen.add(once)
                by_key.setdefault(event.key, []).append(event)
    groups = [
        DateGroup(key, events)
        for key, events in sorted(
            by_key.items(),
            key=lambda kv: (kv[0].sort, kv[0].value, kv[0].modifier or ""),
        )
    ]
    return Timeline(groups)
