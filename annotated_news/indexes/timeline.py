"""The timeline: every dated event across articles, in date order.

Events are grouped into periods by the precision of their dates: a year
period holds the year-precision events, and a month period holds the
month-precision events ("mid-May 2025") followed by the days of that month,
so that "a meeting in mid-May" from one article and "the meeting ... on May
21" from another are read side by side. Each article's publication is an
event too.
"""

from __future__ import annotations

import calendar
import dataclasses as dc
from typing import TYPE_CHECKING

from ..model import Article, DateMention, Precision
from .places import Place

if TYPE_CHECKING:
    from . import Corpus

MODIFIER_LABELS = {"mid": "mid-{}", "early": "early {}", "late": "late {}",
                   "first half": "first half of {}", "second half": "second half of {}"}


@dc.dataclass(frozen=True, slots=True)
class Event:
    """A dated sentence of an article, or an article's publication."""

    value: str
    precision: Precision
    label: str
    """The date as shown: "1 June 2025", "mid-May 2025", "2022"."""
    article: Article
    place: Place | None
    """The date in its sentence; None for a publication event."""
    expression: str | None = None
    """The words of the article when they are relative ("Sunday")."""

    @property
    def sort_key(self) -> tuple[int, int, int, int, str, str]:
        """Year, month, precision rank, day, article, anchor."""
        parts = [int(p) for p in self.value.split("-")]
        year, month, day = [*parts, 0, 0][:3]
        rank = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}[self.precision]
        anchor = self.place.anchor if self.place else ""
        return (year, month if rank else 0, rank, day, self.article.slug, anchor)

    @property
    def is_publication(self) -> bool:
        """Whether the event is an article's publication."""
        return self.place is None


@dc.dataclass(frozen=True, slots=True)
class Period:
    """A year or a month of the timeline with its events."""

    key: str
    """"2025-05" or "2022": also the section's anchor."""
    label: str
    events: list[Event]


@dc.dataclass(slots=True)
class Timeline:
    """Events in date order, grouped into periods."""

    events: list[Event]

    @property
    def periods(self) -> list[Period]:
        """Consecutive events of the same month (or year) as periods."""
        periods: list[Period] = []
        for event in self.events:
            key = event.value[:4] if event.precision is Precision.YEAR else event.value[:7]
            if not periods or periods[-1].key != key:
                periods.append(Period(key, period_label(key), []))
            periods[-1].events.append(event)
        return periods


def period_label(key: str) -> str:
    """"2025-05" -> "May 2025"; "2022" -> "2022"."""
    if len(key) == 4:
        return key
    year, month = key.split("-")
    return f"{calendar.month_name[int(month)]} {year}"


def date_label(value: str, precision: Precision, modifier: str | None = None) -> str:
    """Show a date at its precision: "1 June 2025", "mid-May 2025", "2022"."""
    parts = [int(p) for p in value.split("-")]
    if precision is Precision.DAY:
        text = f"{parts[2]} {calendar.month_name[parts[1]]} {parts[0]}"
    elif precision is Precision.MONTH:
        text = f"{calendar.month_name[parts[1]]} {parts[0]}"
    else:
        text = str(parts[0])
    if modifier:
        text = MODIFIER_LABELS.get(modifier, modifier + " {}").format(text)
    return text


def event_of(corpus: Corpus, article: Article, date: DateMention) -> Event:
    """Build the timeline event of one date mention."""
    expression = article.slice(date.span)
    return Event(
        value=date.value,
        precision=date.precision,
        label=date_label(date.value, date.precision, date.modifier),
        article=article,
        place=corpus.place(article, date),
        expression=expression if date.relative else None,
    )


def build_timeline(corpus: Corpus) -> Timeline:
    """Collect every dated event and every publication, in date order."""
    events = []
    for article in corpus.articles:
        day = article.meta.date.isoformat()
        events.append(Event(day, Precision.DAY, date_label(day, Precision.DAY),
                            article, None))
        events.extend(event_of(corpus, article, d) for d in article.dates)
    events.sort(key=lambda e: e.sort_key)
    return Timeline(events)
