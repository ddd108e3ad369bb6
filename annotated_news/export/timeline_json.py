"""`docs/timeline.json`: the timeline in the TimelineJS 3 JSON format.

So that others can embed the timeline (TimelineJS needs a self-hosted JSON
file; see PLATFORM.md §4.12)::

    {"title": {"text": {"headline": ..., "text": ...}},
     "events": [{"start_date": {"year": 2025, "month": 5, "day": 21},
                 "display_date": "21 May 2025",
                 "text": {"headline": ..., "text": ...},
                 "group": "<outlet>",
                 "unique_id": "<article slug>--<element id>"}]}

One event per entry of `timeline.md`, in the same order; the headline is
the outlet (or "Published: <title>"). `start_date` has the
parts the text gives (a month-precision date has no `day`); `display_date`
is the date as the site shows it, with the article's own words first when
they are relative ("Sunday — 1 June 2025"). `text.text` holds the sentence
and a link to it, `articles/<slug>/#<sentence id>` from the site root, the
form of the ids in `annotations.jsonld`. Strings are HTML-escaped: TimelineJS
renders them as HTML.
"""

from __future__ import annotations

import html
import json
from typing import Any

from ..indexes import Corpus
from ..indexes.timeline import Event


def permalink(slug: str, anchor: str = "") -> str:
    """A page (and element) from the site root, as in `annotations.jsonld`."""
    return f"articles/{slug}/" + (f"#{anchor}" if anchor else "")


def event_json(event: Event) -> dict[str, Any]:
    """One TimelineJS event."""
    article = event.article
    year, month, day = event.key.parts
    start: dict[str, int] = {"year": year}
    if month:
        start["month"] = month
    if day:
        start["day"] = day
    outlet = article.meta.outlet or article.meta.title
    if event.place is None:
        link = permalink(article.slug)
        headline = f"Published: {article.meta.title}"
        body = f"{outlet}"
        unique = f"{article.slug}--published"
        label = "the article"
    else:
        link = permalink(article.slug, event.place.sentence_anchor)
        headline = outlet
        body = " ".join(event.place.sentence.split())
        unique = f"{article.slug}--{event.place.anchor}"
        label = "the sentence"
    display = (
        f"{event.expression} — {event.label}"
        if event.resolved != event.label
        else event.label
    )
    return {
        "start_date": start,
        "display_date": display,
        "text": {
            "headline": html.escape(headline),
            "text": f"<p>{html.escape(body)}</p><p>{html.escape(outlet)} · "
            f'<a href="{html.escape(link)}">{label}</a></p>',
        },
        "group": outlet,
        "unique_id": unique,
    }


def timeline_json(corpus: Corpus, site_url: str = "") -> str:
    """The whole timeline as TimelineJS 3 JSON."""
    data = {
        "title": {
            "text": {
                "headline": "Timeline",
                "text": "<p>Every dated event in the articles, and the publication of "
                "each article.</p>",
            }
        },
        "events": [event_json(e) for e in corpus.timeline.events],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
