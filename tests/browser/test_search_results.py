"""What search finds, in what order, and what it says it found (issue 11).

"Operation At Large" listed three quotes matched on "largely", "operations"
and "at" before the articles holding the phrase; "Jackson" listed none of
Abigail Jackson's quotes; the dialog said "2 results" while showing 5.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from .conftest import Visit
from .test_browser import search

pytestmark = pytest.mark.browser

RESULTS = """() => [...document.querySelectorAll('#an-search-modal .pf-result')].map(
  li => ({title: li.querySelector('.pf-result-link').textContent,
          href: li.querySelector('.pf-result-link').getAttribute('href'),
          quote: li.classList.contains('an-result-quote'),
          text: li.querySelector('.pf-result-excerpt')?.textContent || ''}))"""


def results(page: Any) -> list[dict[str, Any]]:
    return page.evaluate(RESULTS)


def squash(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def test_the_phrase_ranks_above_the_words_apart(visit: Visit) -> None:
    page = visit.go("")
    search(page, "Operation At Large")
    found = results(page)
    assert found
    # Both articles hold the phrase: they come first, and a quote listed
    # before them holds the phrase itself.
    articles = [n for n, r in enumerate(found) if not r["quote"]]
    assert len(articles) == 2
    for r in found[: articles[-1]]:
        if r["quote"]:
            assert "operation at large" in squash(r["text"]), r
    for r in found:
        assert r["quote"] is False or "operation at large" in squash(r["text"]), r


def test_a_speakers_name_lists_their_quotes(visit: Visit) -> None:
    page = visit.go("")
    search(page, "Jackson")
    quotes = [r for r in results(page) if r["quote"]]
    assert len(quotes) == 6  # 2 in The Independent, 4 in NBC News
    assert all(r["title"].startswith("Abigail Jackson: “") for r in quotes)
    assert all("#q-abigail-jackson-" in r["href"] for r in quotes)


@pytest.mark.parametrize(
    "words", ["Operation At Large", "Jackson", "promise to deport", "ICE agents"]
)
def test_the_count_shown_is_the_results_shown(visit: Visit, words: str) -> None:
    page = visit.go("")
    search(page, words)
    page.wait_for_function(
        "!document.querySelector('#an-search-modal .an-search-summary')"
        ".textContent.startsWith('Searching')"
    )
    said = page.inner_text("#an-search-modal .an-search-summary")
    found = results(page)
    count = re.match(r"(\d+) results? for", said)
    assert count and int(count[1]) == len(found), (said, len(found))
    quotes = sum(r["quote"] for r in found)
    if quotes:
        assert f"{quotes} quote" in said, said
    assert f"{len(found) - quotes} article" in said, said


def test_escape_closes_search_and_gives_focus_back(visit: Visit) -> None:
    page = visit.go("")
    page.click("#an-search .an-search-trigger")
    page.wait_for_function("document.activeElement?.matches('#an-search-modal input')")
    page.keyboard.press("Escape")
    page.wait_for_function("!document.querySelector('#an-search-modal dialog[open]')")
    assert page.evaluate("document.activeElement?.matches('.an-search-trigger')")


def test_article_results_carry_whole_titles(visit: Visit) -> None:
    """A result names its article by the title the article page shows."""
    page = visit.go("")
    search(page, "Miller")
    found = [r for r in results(page) if not r["quote"]]
    assert found
    for r in found:
        article = visit.context.new_page()
        article.goto(visit.base_url.rstrip("/") + "/" + r["href"].lstrip("/"))
        whole = " ".join(article.inner_text("h1#title").split())
        article.close()
        assert "…" not in r["title"] and " ".join(r["title"].split()) == whole, r
