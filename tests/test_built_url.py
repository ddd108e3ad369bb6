"""Raw HTML links on pages are the URLs MkDocs gives the linked pages.

MkDocs rewrites `.md` links only in Markdown; the `url` filter writes them
for raw HTML (the article summary). MkDocs' own `File.url` and
`get_relative_url` are the oracle here.
"""

from __future__ import annotations

import pytest
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from annotated_news.indexes.places import page_link
from annotated_news.render.urls import built_url

PAGES = [
    "index.md",
    "people.md",
    "articles/2006-11-23-years.md",
    "articles/2016-10-04-trump.md",
    "people/donald-trump.md",
    "people/donald-trump/2.md",
    "people/a-z/w.md",
    "timeline/2006-11.md",
    "timeline/1987-03/2.md",
]


def mkdocs_url(target: str, from_page: str) -> str:
    def url(page: str) -> str:
        return File(page, "/docs", "/site", use_directory_urls=True).url

    return get_relative_url(url(target), url(from_page))


@pytest.mark.parametrize("from_page", PAGES)
@pytest.mark.parametrize("target", PAGES)
def test_a_markdown_link_becomes_the_built_url_mkdocs_would_write(
    from_page: str, target: str
) -> None:
    href = page_link(target, from_page) + "#e-x"
    found = built_url(href, from_page)
    if target == from_page:
        assert found == "#e-x"
    else:
        assert found == mkdocs_url(target, from_page) + "#e-x"


def test_a_link_that_is_no_page_of_the_site_is_refused() -> None:
    assert built_url("#f-1", "articles/a.md") == "#f-1"
    with pytest.raises(ValueError, match="not a link to a page"):
        built_url("https://example.org/x.md", "articles/a.md")
    with pytest.raises(ValueError, match="not a link to a page"):
        built_url("../people/", "articles/a.md")
