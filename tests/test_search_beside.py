"""The search index run beside the build (`search_beside.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotated_news.search import SearchIndexError
from annotated_news.search_beside import IndexBeside, is_article

from .test_search import page


def articles(site: Path, count: int) -> None:
    for n in range(count):
        (site / "articles" / f"a{n}").mkdir(parents=True)
        (site / "articles" / f"a{n}" / "index.html").write_text(page({}))


def test_the_index_beside_reports_the_pages_it_indexed(tmp_path: Path) -> None:
    site = tmp_path / "site"
    articles(site, 3)
    beside = IndexBeside()
    beside.start(site)
    assert beside.running
    pages, seconds = beside.finish()
    assert (pages, beside.running) == (3, False)
    assert seconds > 0
    assert (site / "pagefind" / "pagefind-entry.json").is_file()


def test_a_failed_index_says_why(tmp_path: Path) -> None:
    site = tmp_path / "site"
    articles(site, 1)
    (site / "pagefind").write_text("a file where the bundle goes")
    beside = IndexBeside()
    beside.start(site)
    with pytest.raises(SearchIndexError, match="Pagefind failed"):
        beside.finish()
    with pytest.raises(SearchIndexError, match="no search index"):
        beside.finish()


def test_a_failed_build_stops_the_index(tmp_path: Path) -> None:
    site = tmp_path / "site"
    articles(site, 40)
    beside = IndexBeside()
    beside.start(site)
    process = beside._process
    assert process is not None
    beside.stop()
    assert process.returncode is not None and not beside.running


def test_article_pages_are_the_ones_the_index_reads() -> None:
    assert is_article("articles/2025-06-04-ice.md")
    assert not is_article("people/abigail-jackson.md")
    assert not is_article("index.md")
