"""Links written as raw HTML are checked as MkDocs checks Markdown links.

MkDocs passes raw HTML through unread; the hooks (`raw_links.py`) warn about
a raw link to no file of the site and hand its anchor to MkDocs' own anchor
check, so `mkdocs build --strict` fails on either, serially and on workers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from annotated_news.raw_links import files_by_url, target_url

from .test_mkdocs_parallel import run_mkdocs as build
from .test_mkdocs_parallel import small_site


def with_raw_links(root: Path, *links: str) -> Path:
    config = small_site(root, plugins=[])
    page = root / "docs" / "articles" / "a1.md"
    anchors = "".join(f'<a href="{link}">x</a> ' for link in links)
    page.write_text(
        page.read_text(encoding="utf-8") + f"\n<p>{anchors}</p>\n", encoding="utf-8"
    )
    other = root / "docs" / "articles" / "a2.md"  # an anchor only raw HTML has
    other.write_text(
        other.read_text(encoding="utf-8") + '\n<p><span id="raw-2"></span>x</p>\n',
        encoding="utf-8",
    )
    return config


GOOD = (
    "../../about/#who",
    "../a2/",
    "../a2/#raw-2",
    "../../",
    "#part-1",
    "https://example.org/x",
)


@pytest.mark.site
@pytest.mark.parametrize("jobs", ["1", "2"], ids=["serial", "workers"])
def test_raw_html_links_to_pages_and_anchors_that_exist_pass(
    tmp_path: Path, jobs: str
) -> None:
    done = build(with_raw_links(tmp_path, *GOOD), tmp_path / "site", jobs)
    assert done.returncode == 0, done.stderr


@pytest.mark.site
@pytest.mark.parametrize("jobs", ["1", "2"], ids=["serial", "workers"])
@pytest.mark.parametrize(
    ("link", "message"),
    [
        ("../a99/", "contains a link '../a99/' (raw HTML), but no file"),
        ("../../about/#nobody", "does not contain an anchor '#nobody'"),
        ("../a2/#raw-3", "does not contain an anchor '#raw-3'"),
        ("#nowhere", "there is no such anchor on this page"),
    ],
)
def test_a_raw_html_link_to_a_missing_page_or_anchor_fails_the_strict_build(
    tmp_path: Path, jobs: str, link: str, message: str
) -> None:
    done = build(with_raw_links(tmp_path, *GOOD, link), tmp_path / "site", jobs)
    assert done.returncode != 0
    assert message in done.stderr
    assert "articles/a1.md" in done.stderr


@pytest.mark.parametrize(
    ("page", "path", "url"),
    [
        ("articles/a/", "../b/", "articles/b/"),
        ("articles/a/", "../../", "./"),
        ("./", "people/", "people/"),
        ("./", "timeline.json", "timeline.json"),
        ("timeline/2005-11/2/", "../../../assets/x.css", "assets/x.css"),
    ],
)
def test_a_relative_link_resolves_to_the_site_url_it_points_to(
    page: str, path: str, url: str
) -> None:
    assert target_url(page, path) == url


class _Files:
    """A build's files, as much of MkDocs' `Files` as the check reads."""

    def __init__(self, urls: list[str]) -> None:
        self.urls = urls

    def __iter__(self) -> Iterator[SimpleNamespace]:
        return iter(SimpleNamespace(url=url) for url in self.urls)


def test_each_build_is_checked_against_its_own_files() -> None:
    """One process builds many times (`mkdocs serve`, the property test).

    The last build's `Files` object is freed before the next one is made,
    and CPython gives the new object the same address, so the same `id()`:
    the URL map was once kept by `id()` and the next build's links were
    checked against the old build's URLs ("no file of the site has that URL"
    for a page that exists).
    """
    first = files_by_url(_Files(["articles/old/"]))
    assert set(first) == {"articles/old/"}
    ids = set()
    for n in range(5):  # freed at once: the next object reuses its memory
        files = _Files([f"articles/new-{n}/"])
        ids.add(id(files))
        assert set(files_by_url(files)) == {f"articles/new-{n}/"}
        del files
    assert len(ids) < 5  # the case that failed: an id seen again
