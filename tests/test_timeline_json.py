"""`timeline.json` for TimelineJS: dates, headlines, links and escaping per field.

The real library renders the feed in tests/browser/test_timeline_embed.py;
these check the rules on the feed itself.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from annotated_news.build import read_articles
from annotated_news.config import SiteConfig
from annotated_news.export.timeline_json import (
    as_stripped_text,
    as_text,
    date_span,
    says_more,
    timeline_json,
)
from annotated_news.indexes import build_corpus
from annotated_news.indexes.timeline import DateKey
from annotated_news.model import Precision

from .conftest import SEEDS

INTEROP = Path(__file__).parent / "fixtures" / "interop"
SITE_URL = "https://news.example.org/news/"
HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "&lt;img src=x onerror=alert(2)&gt;",
    "Smith & Sons &amp; Co",
    "<script>alert(3)</script>",
]


def feed(tmp_path: Path, *folders: Path) -> dict[str, Any]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for folder in folders:
        for file in folder.iterdir():
            shutil.copy(file, seeds / file.name)
    articles, _ = read_articles(SiteConfig(seeds_dir=seeds, docs_dir=tmp_path / "d"))
    data: dict[str, Any] = json.loads(timeline_json(build_corpus(articles), SITE_URL))
    return data


class StripMarkup(HTMLParser):
    """What TimelineJS's stripMarkup keeps: the text content, entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def strip_markup(value: str) -> str:
    parser = StripMarkup()
    parser.feed(value)
    parser.close()
    return "".join(parser.text)


class Shown(HTMLParser):
    """The text an HTML fragment shows, and the tags it makes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def shown(fragment: str) -> Shown:
    parser = Shown()
    parser.feed(fragment)
    parser.close()
    return parser


@pytest.mark.parametrize("value", HOSTILE)
def test_each_field_shows_its_text_the_way_timelinejs_treats_it(value: str) -> None:
    # headline and text: sanitised, then inserted as HTML.
    assert shown(as_text(value)).tags == []
    assert "".join(shown(as_text(value)).text) == value
    # group and display_date: tags stripped, entities decoded, then HTML.
    inserted = strip_markup(as_stripped_text(value))
    assert shown(inserted).tags == []
    assert "".join(shown(inserted).text) == value


@pytest.mark.parametrize(
    ("expression", "label", "more"),
    [
        ("May 21", "21 May 2025", False),
        ("mid-May", "mid-May 2025", False),
        ("Jan. 5", "5 January 2025", False),
        ("2022", "2022", False),
        ("the week of May 26", "week of 26 May 2025", False),
        ("last week", "week of 26 May 2025", True),
        ("Sunday", "1 June 2025", True),
        ("last month", "May 2025", True),
        (None, "May 2025", False),
    ],
)
def test_the_articles_words_are_shown_only_when_they_say_more(
    expression: str | None, label: str, more: bool
) -> None:
    assert says_more(expression, label) is more


@pytest.mark.parametrize(
    ("key", "start", "end"),
    [
        (DateKey("2025-05", Precision.MONTH, "mid"), (2025, 5, 11), (2025, 5, 20)),
        (DateKey("2024-02", Precision.MONTH, "late"), (2024, 2, 21), (2024, 2, 29)),
        (DateKey("2024", Precision.YEAR, "first half"), (2024, 1), (2024, 6)),
        (DateKey("2025-05", Precision.MONTH), (2025, 5), None),
        (DateKey("2025-05-21", Precision.DAY), (2025, 5, 21), None),
        (DateKey("2022", Precision.YEAR), (2022,), None),
        (DateKey("2025-W22", Precision.WEEK), (2025, 5, 26), (2025, 6, 1)),
        (
            DateKey("2025-W22", Precision.WEEK, "weekend"),
            (2025, 5, 31),
            (2025, 6, 1),
        ),
    ],
)
def test_dates_span_what_they_cover(
    key: DateKey, start: tuple[int, ...], end: tuple[int, ...] | None
) -> None:
    names = ("year", "month", "day")
    got_start, got_end = date_span(key)
    assert got_start == dict(zip(names, start, strict=False))
    assert got_end == (dict(zip(names, end, strict=False)) if end else None)


def test_the_seeds_feed(tmp_path: Path) -> None:
    data = feed(tmp_path, SEEDS)
    events = data["events"]
    outlets = {html.unescape(html.unescape(e["group"])) for e in events}
    assert outlets == {"NBC News", "The Independent"}
    # One sentence, three dates: one event, at the earliest, showing all three.
    murder = [e for e in events if "Falling murder rates" in e["text"]["text"]]
    assert len(murder) == 1
    assert murder[0]["start_date"] == {"year": 2022}
    assert murder[0]["display_date"] == "2022, 2023 and first half of 2024"
    # Headlines say what happened.
    headlines = [html.unescape(e["text"]["headline"]) for e in events]
    assert not set(headlines) & outlets
    assert (
        "White House deputy chief of staff Stephen Miller berated and threatened "
        "to fire senior Immigration and Customs Enforcement officials" in headlines
    )
    assert not any(h.startswith("(") for h in headlines)
    # No repeated displays; approximate dates are not the 1st of the month.
    displays = [e["display_date"] for e in events]
    assert "21 May 2025" in displays and "May 21 — 21 May 2025" not in displays
    assert "Sunday — 1 June 2025" in displays
    for event in events:
        if event["display_date"] == "mid-May 2025":
            assert event["start_date"]["day"] == 11
    # Links are absolute, to the sentence.
    links = [re.search(r'href="([^"]+)"', e["text"]["text"]) for e in events]
    assert all(m and m.group(1).startswith(SITE_URL + "articles/") for m in links)


def test_hostile_sidecars_reach_every_field_escaped(tmp_path: Path) -> None:
    events = feed(tmp_path, INTEROP)["events"]
    groups = {strip_markup(e["group"]) for e in events}
    # What TimelineJS inserts as HTML makes no element and shows the outlet.
    for group in groups:
        assert shown(group).tags == []
    outlets = {"".join(shown(g).text) for g in groups}
    assert (
        "<img src=x onerror=alert(1)> &lt;img src=x onerror=alert(2)&gt; "
        "Smith &amp; Sons & Co" in outlets
    )
    for event in events:
        assert shown(strip_markup(event["display_date"])).tags == []
        assert shown(event["text"]["headline"]).tags == []
        tags = shown(event["text"]["text"]).tags
        assert {t for t, _ in tags} <= {"p", "a"}
        assert all(attrs[0][0] == "href" for t, attrs in tags if t == "a")
    headlines = {"".join(shown(e["text"]["headline"]).text) for e in events}
    assert "Published: Officials repeat the plan & its <b>costs</b>" in headlines
