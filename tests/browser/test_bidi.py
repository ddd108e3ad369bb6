"""A bidi control in seed text reorders only the field it is written in.

An unclosed right-to-left override (U+202E) in an outlet, an author or a
title ran on to the end of its line: "Daily ‮ Post · Wednesday 4 June ·
by …" showed the date and the byline reversed, and in the timeline's list
the article's title after the outlet. Each such field is isolated
(`unicode-bidi: isolate`): what follows it keeps its place.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import Visit, checked_visit, served_site

pytestmark = pytest.mark.browser
RLO = "\u202e"

# Whether each element's boxes lie left of every box of the element after it.
IN_ORDER = """([before, after]) => {
  const a = document.querySelector(before), b = document.querySelector(after);
  const right = Math.max(...[...a.getClientRects()].map(r => r.right));
  const left = Math.min(...[...b.getClientRects()].map(r => r.left));
  return right <= left + 0.5;
}"""


@pytest.fixture(scope="module")
def bidi_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    seeds = tmp_path_factory.mktemp("bidi-seeds")
    (seeds / "a.txt").write_text(
        f" date 2025-06-04 Breaking {RLO}news from the harbour\n"
        "The harbour master said the pier reopens on Monday.\n"
        f"The harbour master said: \u201cThe ferry {RLO}runs again.\u201d\n",
        encoding="utf-8",
    )
    (seeds / "a.yml").write_text(
        f'outlet: "Daily {RLO}Post"\nauthor: "Jo {RLO}Smith"\n', encoding="utf-8"
    )
    with served_site(tmp_path_factory.mktemp("bidi"), seeds) as url:
        yield url


@pytest.fixture
def bidi_visit(browser: Any, bidi_url: str) -> Iterator[Visit]:
    with checked_visit(browser, bidi_url) as visit:
        yield visit


def test_an_outlets_override_does_not_reverse_the_date(bidi_visit: Visit) -> None:
    page = bidi_visit.go("articles/2025-06-04-breaking-news-from-the-harbour/")
    assert page.evaluate(IN_ORDER, [".an-meta strong", ".an-meta time"])


def test_an_outlets_override_does_not_reverse_the_title_after_it(
    bidi_visit: Visit,
) -> None:
    page = bidi_visit.go("timeline/")
    pair = [".an-entry__source strong", ".an-entry__source a"]
    assert page.evaluate(IN_ORDER, pair)


def test_a_quotes_override_does_not_reverse_its_link(bidi_visit: Visit) -> None:
    """In the list of quotes, the quote's words and then its article's link:
    an override left open in the quote put the link before it."""
    page = bidi_visit.go("quotes/")
    assert page.evaluate(IN_ORDER, ["li bdi", "li bdi + a"])


def test_a_titles_override_does_not_reverse_the_site_name(bidi_visit: Visit) -> None:
    """The browser's tab showed ' - Annotated news' reversed after the title."""
    page = bidi_visit.go("articles/2025-06-04-breaking-news-from-the-harbour/")
    title = page.evaluate("document.title")
    assert title.startswith("\u2068Breaking") and "\u2069 - " in title, title
