"""`docs/timeline.json`: the timeline in the TimelineJS 3 JSON format.

So that others can embed the timeline (TimelineJS needs a self-hosted JSON
file; see PLATFORM.md §4.12)::

    {"title": {"text": {"headline": ..., "text": ...}},
     "events": [{"start_date": {"year": 2025, "month": 5, "day": 11},
                 "end_date": {"year": 2025, "month": 5, "day": 20},
                 "display_date": "mid-May 2025",
                 "text": {"headline": ..., "text": ...},
                 "group": "<outlet>",
                 "unique_id": "<article slug>--<element id>"}]}

One event per dated sentence (a sentence that gives three dates is one
event, placed at the first date it gives, showing all three in its order) and one per article's
publication. The headline says what happened: the sentence's main clause
(`parse/title.py`), or the article's title for its publication; the outlet
is the `group`. `start_date` has the parts the text gives; a week (Monday
to Sunday, a weekend Saturday and Sunday) or a part of a month or a year
("mid-May", "the first half of 2024") spans its days or months with an
`end_date` instead of sitting on its first day. `display_date` is
the date as the site shows it, with the article's own words first when
they say more than the date ("Sunday — 1 June 2025", not "May 21 — 21 May
2025"). `text.text` holds the sentence and a link to it, absolute from
`site_url` (relative to the site root without one).

Escaping follows how TimelineJS 3.9 treats each field: `headline` and
`text` go through DOMPurify and are inserted as HTML, so they are HTML with
the site's text escaped once; `group` and `display_date` have their tags
stripped and their entities decoded before they are inserted as HTML, so
their text is escaped twice (what survives the decoding is still escaped).
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import json
import re
from collections.abc import Iterable
from typing import Any

from ..indexes import Corpus
from ..indexes.timeline import DateKey, Event, week_start
from ..json_text import encoder
from ..model import Precision
from ..parse.title import derive_title
from .links import site_link

# Days of a month that its approximate parts cover ("late": to its end).
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
# Months of a year that its parts cover.
YEAR_PARTS = {
    "early": (1, 4),
    "mid": (5, 8),
    "late": (9, 12),
    "first half": (1, 6),
    "second half": (7, 12),
    "first quarter": (1, 3),
    "second quarter": (4, 6),
    "third quarter": (7, 9),
    "fourth quarter": (10, 12),
    "spring": (3, 5),
    "summer": (6, 8),
    "fall": (9, 11),
    "autumn": (9, 11),
}
WORD_RE = re.compile(r"\w+")
# Words that do not make an expression say more than its date ("the summer").
FILLER = {"the", "a", "an", "of", "in", "on", "at", "by"}
BRACKETS = "()[]"


def permalink(slug: str, anchor: str = "") -> str:
    """A page (and element) from the site root, as in `annotations.jsonld`."""
    return f"articles/{slug}/" + (f"#{anchor}" if anchor else "")


def as_text(value: str) -> str:
    """Text for `headline` and `text` (sanitised, then inserted as HTML)."""
    return html.escape(value)


def as_stripped_text(value: str) -> str:
    """Text for `group` and `display_date` (tags stripped, entities decoded)."""
    return html.escape(html.escape(value))


def day_of(date: dt.date) -> dict[str, int]:
    """A day as TimelineJS reads it."""
    return {"year": date.year, "month": date.month, "day": date.day}


def date_span(key: DateKey) -> tuple[dict[str, int], dict[str, int] | None]:
    """TimelineJS start and end of a date at its precision.

    A week, or a part of a month or a year, spans what it covers; other
    dates have the parts the text gives and no end.
    """
    year, month, day = key.parts
    modifier = key.modifier or ""
    if key.precision is Precision.MONTH and modifier in MONTH_PARTS:
        first, last = MONTH_PARTS[modifier]
        last = min(last, calendar.monthrange(year, month)[1])
        return (
            {"year": year, "month": month, "day": first},
            {"year": year, "month": month, "day": last},
        )
    if key.precision is Precision.WEEK:  # Monday to Sunday; a weekend Sat-Sun
        first_day = week_start(key.value, key.modifier)
        last_day = first_day + dt.timedelta(days=1 if modifier == "weekend" else 6)
        return day_of(first_day), day_of(last_day)
    if key.precision is Precision.YEAR and modifier in YEAR_PARTS:
        first, last = YEAR_PARTS[modifier]
        return {"year": year, "month": first}, {"year": year, "month": last}
    start = {"year": year}
    if month:
        start["month"] = month
    if day:
        start["day"] = day
    return start, None


def says_more(expression: str | None, label: str) -> bool:
    """Whether the article's words add to the date's label ("Sunday": yes).

    "May 21" or "mid-May" only repeat "21 May 2025" or "mid-May 2025".
    """
    if not expression:
        return False
    shown = WORD_RE.findall(label.casefold())
    return not all(
        any(s.startswith(w) for s in shown)
        for w in WORD_RE.findall(expression.casefold())
        if w not in FILLER
    )


def event_display(event: Event) -> str:
    """The date as shown, with the article's words when they say more."""
    if says_more(event.expression, event.label):
        return f"{event.expression} — {event.label}"
    return event.label


def listed(parts: list[str]) -> str:
    """Join distinct parts as a list: "2022, 2023 and first half of 2024"."""
    parts = list(dict.fromkeys(parts))
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def sentence_headline(sentence: str, fallback: str) -> str:
    """What happened: the sentence's main clause, without wrapping brackets."""
    text = " ".join(sentence.split())
    if text[:1] in BRACKETS and text.rstrip(".")[-1:] in BRACKETS:
        text = text[1:].rstrip(".")[:-1]
    return derive_title(text) or fallback


def sentence_events(corpus: Corpus) -> list[list[Event]]:
    """The timeline's events, one list per dated sentence or publication.

    Each list in the order the sentence gives its dates, the lists in the
    order their first date starts (`sorted` is stable: equal starts keep the
    timeline's order).
    """
    lists: dict[tuple[str, str], list[Event]] = {}
    for event in corpus.timeline.events:
        sentence = event.place.sentence_anchor if event.place else ""
        lists.setdefault((event.article.slug, sentence), []).append(event)
    merged = [sorted(events, key=in_text) for events in lists.values()]
    return sorted(merged, key=lambda events: starts(events[0]))


def in_text(event: Event) -> int:
    """Where an event's date is written in its article."""
    return event.place.span.start if event.place else 0


def starts(event: Event) -> tuple[int, int, int]:
    """Where an event starts on the time axis (a year at its January)."""
    start = date_span(event.key)[0]
    return start["year"], start.get("month", 1), start.get("day", 1)


def event_json(events: list[Event], site_url: str = "") -> dict[str, Any]:
    """One TimelineJS event: a dated sentence (with all its dates) or a publication."""
    first = events[0]
    article = first.article
    outlet = article.meta.outlet or article.meta.title
    start, end = date_span(first.key)
    if first.place is None:
        link = site_link(site_url, permalink(article.slug))
        headline = f"Published: {article.meta.title}"
        body = outlet
        unique = f"{article.slug}--published"
        label = "the article"
    else:
        link = site_link(site_url, permalink(article.slug, first.place.sentence_anchor))
        body = " ".join(first.place.sentence.split())
        headline = sentence_headline(body, first.resolved)
        unique = f"{article.slug}--{first.place.anchor}"
        label = "the sentence"
    data: dict[str, Any] = {"start_date": start}
    if end:
        data["end_date"] = end
    data |= {
        "display_date": as_stripped_text(listed([event_display(e) for e in events])),
        "text": {
            "headline": as_text(headline),
            "text": f"<p>{as_text(body)}</p><p>{as_text(outlet)} · "
            f'<a href="{html.escape(link)}">{label}</a></p>',
        },
        "group": as_stripped_text(outlet),
        "unique_id": unique,
    }
    return data


TITLE = {
    "text": {
        "headline": "Timeline",
        "text": "<p>Every dated sentence in the articles, and the "
        "publication of each article.</p>",
    }
}
_EVENT = encoder(separators=(",", ":"))
HEAD = (
    json.dumps({"title": TITLE}, ensure_ascii=False, separators=(",", ":"))[:-1]
    + ',"events":['
).encode()
END = b"]}\n"

Spans = list[tuple[int, int]]
"""Each event's first and end byte in the file."""


def event_text(events: list[Event], site_url: str = "") -> bytes:
    """One event as it stands in the file (what `json.dumps` of the whole gives)."""
    return _EVENT(event_json(events, site_url)).encode()


def event_part(events: list[Event]) -> str:
    """Which event of its article a list of events is: its sentence's anchor.

    With the article (its cache key, slug) and the site URL it names the
    event's bytes: they are made from nothing else (`event_json`).
    """
    place = events[0].place
    return place.sentence_anchor if place else ""


def timeline_file(texts: Iterable[bytes]) -> tuple[bytes, Spans]:
    """The file from its events' texts, in order, and where each one is."""
    out = bytearray(HEAD)
    spans: Spans = []
    for n, text in enumerate(texts):
        if n:
            out += b","
        start = len(out)
        out += text
        spans.append((start, len(out)))
    out += END
    return bytes(out), spans


def timeline_json(corpus: Corpus, site_url: str = "") -> str:
    """The whole timeline as TimelineJS 3 JSON."""
    made, _ = timeline_file(event_text(e, site_url) for e in sentence_events(corpus))
    return made.decode()
