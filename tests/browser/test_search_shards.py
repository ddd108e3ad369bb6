"""A site indexed in parts searches as one (issue 14: 100,000 articles).

Above `search.SHARD` article pages, each part of the articles gets its own
Pagefind index and the search page merges them. Here the seeds' site is
indexed again one article per part, so that each article is in another
index, and searched in Chromium beside the site with one index.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotated_news.search import BUNDLE, SHARDS, index_site
from tools.benchmark.search import serve

from .conftest import checked_visit
from .test_browser import search
from .test_search_results import results

pytestmark = pytest.mark.browser

QUERIES = ["Operation At Large", "Jackson", "promise to deport", "ICE agents"]


@pytest.fixture(scope="module")
def sharded_url(site_root: Path, base_url: str, tmp_path_factory: Any) -> Iterator[str]:
    """The seeds' site (built for `base_url`), indexed one article per part."""
    site = tmp_path_factory.mktemp("sharded") / "site"
    shutil.copytree(site_root / "site", site)
    shutil.rmtree(site / BUNDLE)
    assert index_site(site, shard=1) == 2
    listed = json.loads((site / BUNDLE / SHARDS).read_text(encoding="utf-8"))
    assert listed == {"shards": ["shard-2/"]}
    with serve(site) as url:
        yield url


def found(browser: Any, url: str, words: str) -> list[tuple[str, bool]]:
    with checked_visit(browser, url) as visit:
        page = visit.go("")
        search(page, words)
        page.wait_for_function(
            "!document.querySelector('#an-search-modal .an-search-summary')"
            ".textContent.startsWith('Searching')"
        )
        return [(r["href"], r["quote"]) for r in results(page)]


@pytest.mark.parametrize("words", QUERIES)
def test_parts_merged_find_what_one_index_finds(
    browser: Any, base_url: str, sharded_url: str, words: str
) -> None:
    one = found(browser, base_url, words)
    merged = found(browser, sharded_url, words)
    assert one
    assert sorted(merged) == sorted(one)
    # The phrase still comes first: the results holding it lead in both.
    assert merged[0][0].split("#")[0] in {h.split("#")[0] for h, _ in one[:2]}


def test_a_filter_lists_the_values_of_every_part(
    browser: Any, sharded_url: str
) -> None:
    with checked_visit(browser, sharded_url) as visit:
        page = visit.go("")
        search(page, "illegal aliens")
        page.click("#an-search-modal .an-search-filters summary")
        outlets = "#an-search-modal select[data-filter=outlet] option[value]"
        page.wait_for_function(
            f"document.querySelectorAll(\"{outlets}:not([value=''])\").length >= 2"
        )
        values = page.locator(f"{outlets}:not([value=''])").evaluate_all(
            "els => els.map(e => e.value)"
        )
    assert sorted(values) == ["NBC News", "The Independent"]
