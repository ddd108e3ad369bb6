"""A timeline event is digested as one string (`render/inputs._Plain.event`).

It must say everything the generic way says (every field of the event and
of its date): an event that differs in any of them digests differently,
and a field added to either class fails here until the string covers it.
"""

from __future__ import annotations

import dataclasses as dc
from pathlib import Path

import pytest

from annotated_news.indexes import build_corpus
from annotated_news.indexes.timeline import DateKey, Event
from annotated_news.model import Precision
from annotated_news.render.inputs import EVENT_FIELDS, _Plain

from .conftest import article_from_text

TEXT = (
    " date 2025-06-10 Ferry timetable\n\n"
    "The ferry ran on 3 June 2025. On Sunday the pier closed, the harbour said.\n"
)


def test_the_string_covers_every_field_of_an_event_and_its_date() -> None:
    assert tuple(f.name for f in dc.fields(Event)) == EVENT_FIELDS["Event"]
    assert tuple(f.name for f in dc.fields(DateKey)) == EVENT_FIELDS["DateKey"]


def test_events_that_differ_in_any_field_digest_differently(tmp_path: Path) -> None:
    article = article_from_text(tmp_path, TEXT, "1.txt")
    other = article_from_text(tmp_path, TEXT.replace("Ferry", "Pier"), "2.txt")
    corpus = build_corpus([article, other])
    events = [e for e in corpus.timeline.events if e.article is article]
    dated = [e for e in events if e.place is not None]
    assert len(dated) >= 2 and any(e.place is None for e in events)
    plain = _Plain({}, False, {})
    event = dated[0]
    key = event.key
    variants = [
        *events,
        dc.replace(event, key=DateKey("1999-01-01", key.precision, key.modifier)),
        dc.replace(event, key=DateKey(key.value, Precision.YEAR, key.modifier)),
        dc.replace(event, key=DateKey(key.value, key.precision, "early")),
        dc.replace(event, article=other),
        dc.replace(event, place=dated[1].place),
        dc.replace(event, place=None),
        dc.replace(event, expression="Sunday"),
        dc.replace(event, expression="None"),
    ]
    strings = [plain(v) for v in variants]
    assert all(isinstance(s, str) for s in strings)
    assert len(set(strings)) == len(strings)
    # The same event made again gives the same string.
    assert plain(dc.replace(event)) == plain(event)


@pytest.mark.parametrize("full", [False, True])
def test_an_event_s_article_is_digested_as_the_digest_asks(
    tmp_path: Path, full: bool
) -> None:
    """By cache key (`full`), else by seed, slug and meta, as any article."""
    article = article_from_text(tmp_path, TEXT, "1.txt")
    corpus = build_corpus([article])
    event = corpus.timeline.events[0]
    one = _Plain({article.seed: "key-1"}, full, {})(event)
    two = _Plain({article.seed: "key-2"}, full, {})(event)
    assert (one != two) is full
