"""Stories on a real corpus: PolNeAR's 1,008 articles, converted in a temporary folder.

The whole site is built with `build_site.py --site` (the real `mkdocs build
--strict`). Stories must form, none may hold more than 5% of the articles,
every story has its page and its entry in stories.json, and no page of the
site is over 500 KB.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import build_site_in, require_corpus

pytestmark = pytest.mark.site
MAX_SHARE = 0.05
MAX_PAGE_BYTES = 500_000


@pytest.fixture(scope="module")
def polnear(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = require_corpus("polnear").parent
    from tools.corpus_seeds import write_seeds

    out = tmp_path_factory.mktemp("polnear-stories")
    count = write_seeds("polnear", out / "seeds", root=root)
    assert count == 1008
    assert build_site_in(out) == 0  # includes mkdocs build --strict
    return out


def test_polnear_makes_stories_none_too_big(polnear: Path) -> None:
    data = json.loads((polnear / "docs" / "stories.json").read_text(encoding="utf-8"))
    stories = data["stories"]
    assert len(stories) >= 10
    sizes = [len(s["articles"]) for s in stories]
    assert min(sizes) >= 2
    assert max(sizes) <= MAX_SHARE * 1008
    articles = [a for s in stories for a in s["articles"]]
    assert len(articles) == len(set(articles))  # an article is in one story at most
    ends = [s["end"] for s in stories]
    assert ends == sorted(ends, reverse=True)  # newest first
    for story in stories:
        assert (polnear / "site" / story["url"] / "index.html").is_file()
        assert story["start"] <= story["end"]


def test_no_page_of_the_polnear_site_is_over_500_kb(polnear: Path) -> None:
    pages = list((polnear / "site").rglob("*.html"))
    assert len(pages) > 1008
    too_big = {
        str(p.relative_to(polnear / "site")): p.stat().st_size
        for p in pages
        if p.stat().st_size > MAX_PAGE_BYTES
    }
    assert not too_big
