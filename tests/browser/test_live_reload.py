"""`make serve` in a reader's browser: an edited seed reloads the open page.

The real `mkdocs serve` (tests/serving.py) with headless Chromium on one of
its article pages, opened at a quote's anchor as a shared link would open
it. Editing the seed must reload that page by itself twice: first onto the
edited article's fast page (with the note that links are being updated),
then onto the page of the whole build, with its links back. The reader
stays on the quote they came for, and nothing fails in the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotated_news.serve_edit import DELAY, NOTE

from ..serving import (
    EDITED_PHRASE,
    NEW_SENTENCE,
    add_sentence,
    article_path,
    built_project,
    serving,
)
from .conftest import checked_visit

pytestmark = [pytest.mark.browser, pytest.mark.site]

CATCH_UP_NOTE = ".an-catching-up"


@pytest.fixture
def served(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Path, str]]:
    # The site waits 15 s before it catches up, so the fast page is seen
    # first whatever the machine's speed.
    monkeypatch.setenv(DELAY, "15")
    project = built_project(tmp_path)
    with serving(project) as base:
        yield project, base


def links_out(page: Any) -> int:
    """Links from the article's text and lists to other pages of the site."""
    return int(
        page.evaluate(
            """() => [...document.querySelectorAll('article a[href]')]
                 .filter(a => a.origin === location.origin
                   && a.pathname !== location.pathname).length"""
        )
    )


def test_an_edit_reloads_the_open_page_and_keeps_the_reader_on_the_quote(
    browser: Any, served: tuple[Path, str]
) -> None:
    project, base = served
    path = article_path(project / "docs", EDITED_PHRASE)
    markdown = (project / "docs" / path.rstrip("/")).with_suffix(".md")
    quote = re.findall(r'id="(q-[^"]+)"', markdown.read_text(encoding="utf-8"))[-1]

    with checked_visit(browser, base) as visit:
        page = visit.go(f"{path}#{quote}")
        before = links_out(page)
        assert before > 0
        assert NEW_SENTENCE not in page.inner_text("article")
        page.evaluate("window.anLoads = 1")  # gone once the page reloads

        add_sentence(project)

        # The live reload brings the edited article, with the note.
        page.wait_for_function(
            "t => document.body && document.body.innerText.includes(t)",
            arg=NEW_SENTENCE,
            timeout=60_000,
        )
        assert page.evaluate("window.anLoads") is None
        assert page.url == f"{base}{path}#{quote}"
        assert NOTE in page.inner_text(CATCH_UP_NOTE)
        assert page.locator(f"#{quote}").is_visible()

        # Then the whole build's page replaces it: no note, links back.
        page.wait_for_selector(CATCH_UP_NOTE, state="detached", timeout=120_000)
        page.wait_for_function("document.documentElement.classList.contains('an-js')")
        assert NEW_SENTENCE in page.inner_text("article")
        assert page.url == f"{base}{path}#{quote}"
        assert links_out(page) >= before
        box = page.locator(f"#{quote}").bounding_box()
        viewport = page.viewport_size
        assert box is not None and viewport is not None
        assert 0 <= box["y"] < viewport["height"], (box, viewport)
