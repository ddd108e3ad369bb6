"""Under `mkdocs serve` the search index is rebuilt in the background after
an edit (annotated_news/serve_search.py); the dialog says so while it is,
and loads the newer index once it is in place. A built site never asks."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Visit
from .test_browser import search

pytestmark = pytest.mark.browser

ADD_META = """url => { const m = document.createElement('meta');
  m.name = 'an-search-status'; m.content = url; document.head.appendChild(m); }"""
NOTICE = "#an-search-modal .an-search-notice"


def test_the_dialog_says_while_the_index_catches_up(visit: Visit) -> None:
    page = visit.go("")
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    search(page, "Jackson")
    # A built site has no status to ask about: nothing is fetched, nothing shown.
    assert not [url for url in requests if "search-status" in url]
    assert page.locator(NOTICE).is_hidden()

    status: dict[str, Any] = {"indexing": True, "version": 1}
    visit.context.route(
        "**/search-status.json", lambda route: route.fulfill(json=dict(status))
    )
    page.evaluate(ADD_META, visit.base_url + "search-status.json")
    # Asked each time search opens: the trigger, with the dialog kept open
    # (closing and pressing "/" at once races the dialog's focus return).
    page.locator(".an-search-trigger").dispatch_event("click")
    page.wait_for_selector(NOTICE, state="visible")
    search(page, "Abigail Jackson")
    assert "catching up" in page.locator(NOTICE).inner_text()

    # The results of the older index are marked: those of the newer have no mark.
    page.evaluate(
        "document.querySelectorAll('#an-search-modal .pf-result-link')"
        ".forEach(a => { a.dataset.older = '1'; })"
    )
    status.update(indexing=False, version=2)
    page.wait_for_selector(NOTICE, state="hidden", timeout=10_000)
    # The newer index is loaded and the search run again on it.
    page.wait_for_function(
        "() => performance.getEntriesByType('resource').some("
        "e => e.name.includes('pagefind/pagefind.js?v=2'))"
    )
    # Results of the search run again on the newer index. One wait, not a
    # wait and then a count: the list may be cleared between the two while
    # the search runs again (seen once under load).
    page.wait_for_function(
        "document.querySelector('#an-search-modal .pf-result-link:not([data-older])')"
    )
