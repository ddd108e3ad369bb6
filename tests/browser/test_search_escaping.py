"""The search dialog shows the probe seeds' text as written (tests/escaping.py).

Pagefind decodes an anchor's text twice and escapes only "<" and ">" of an
excerpt (not "&"): search.js takes a quote's words from a meta value and
re-escapes an article excerpt's words from the content. Searching a word of
the probes, every result row (title, source, excerpt) must show each probe
as the seed wrote it, and nothing may become an element.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..escaping import Field, missing, problems
from .conftest import Visit, checked_visit, served_site
from .test_browser import search

pytestmark = pytest.mark.browser
PROBES = Path(__file__).parent.parent / "fixtures" / "probes"

ROWS = """() => [...document.querySelectorAll('#an-search-modal .pf-result')].map(
  li => ({quote: li.classList.contains('an-result-quote'),
          parts: [...li.querySelectorAll('p')].map(p => p.textContent)}))"""


@pytest.fixture(scope="module")
def probe_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("probe-search"), PROBES) as url:
        yield url


@pytest.fixture
def probe_visit(browser: Any, probe_url: str) -> Iterator[Visit]:
    with checked_visit(browser, probe_url) as visit:
        yield visit


def test_result_rows_show_the_probes_as_written(probe_visit: Visit) -> None:
    page = probe_visit.go("")
    search(page, "million")
    rows: list[dict[str, Any]] = page.evaluate(ROWS)
    assert {r["quote"] for r in rows} == {True, False}  # both kinds of row
    fields = [
        Field("search quote row" if r["quote"] else "search article row", part)
        for r in rows
        for part in r["parts"]
    ]
    assert problems(fields) == []
    # "alert(103)" itself is split by Pagefind's content ("alert( 103)": a
    # figure element inside it); its ampersands and entities are checked.
    required = {
        "search quote row": {"alert(103)", "#104"},
        "search article row": {"#104", "#106"},
    }
    assert missing(fields, required) == []
    assert page.evaluate(
        "document.querySelectorAll('#an-search-modal .pf-result *')"
        ".length === document.querySelectorAll('#an-search-modal .pf-result "
        ":is(p, a, mark)').length"
    )
