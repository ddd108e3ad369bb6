"""Which names have a page, and where every link to a name goes (issue 14)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotated_news.build import build, read_articles
from annotated_news.config import SiteConfig
from annotated_news.indexes import build_corpus
from annotated_news.indexes import entity_places as ep
from annotated_news.indexes.entities import EntityRecord
from annotated_news.model import Kind

from .test_build import make_seeds

LINK_RE = re.compile(r"\]\(([^)\s]+)\)|href=\"([^\"]+)\"")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[EntityRecord]]:
    root = tmp_path_factory.mktemp("names")
    config = SiteConfig(seeds_dir=make_seeds(root / "seeds"), docs_dir=root / "docs")
    build(config, jobs=1)
    found, _ = read_articles(config)
    return root / "docs", build_corpus(found).entities.records


def test_the_rule_two_articles_or_three_mentions(
    site: tuple[Path, list[EntityRecord]],
) -> None:
    _, records = site
    for record in records:
        expected = len(record.articles) >= 2 or len(record.mentions) >= 3
        assert ep.has_page(record) is expected
    assert any(ep.has_page(r) for r in records)
    assert any(not ep.has_page(r) for r in records)


def test_a_name_with_a_page_keeps_its_url_the_others_have_an_entry(
    site: tuple[Path, list[EntityRecord]],
) -> None:
    docs, records = site
    made = {p.relative_to(docs).as_posix() for p in docs.rglob("*.md")}
    for record in records:
        place = ep.entity_place(record)
        folder = "people" if record.kind is Kind.PERSON else "organizations"
        assert record.page == f"{folder}/{record.key}.md"  # the URL it always had
        if ep.has_page(record):
            assert place == ep.EntityPlace(record.page)
            assert record.page in made
        else:
            assert record.page not in made
            assert place.anchor == f"name-{record.key}"
            assert re.fullmatch(rf"{folder}/a-z/[a-z]+(/\d+)?\.md", place.page)
            entry = (docs / place.page).read_text(encoding="utf-8")
            assert f'<span id="{place.anchor}"></span>' in entry


def test_every_link_to_a_name_goes_to_its_place(
    site: tuple[Path, list[EntityRecord]],
) -> None:
    """No link in docs/ points at a page that is not there, or a name's old page."""
    docs, records = site
    gone = {r.page.removesuffix(".md") for r in records if not ep.has_page(r)}
    checked = 0
    for page in docs.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        for found in LINK_RE.finditer(text):
            href = found.group(1) or found.group(2)
            if "://" in href or href.startswith("#"):
                continue
            path = href.partition("#")[0]
            if not path:
                continue
            if path.endswith(".md"):  # a Markdown link: from the source's folder
                target = (page.parent / path).resolve()
                assert target.exists(), f"{page}: {href}"
            else:  # a built URL in raw HTML: from the page's URL
                url = page.parent if page.stem == "index" else page.with_suffix("")
                target = (url / path).resolve()
            relative = target.relative_to(docs.resolve()).as_posix()
            stem = relative.removesuffix(".md")
            assert stem not in gone, f"{page}: {href}"
            checked += 1
    assert checked > 100


def test_long_letters_are_continued_in_parts(
    monkeypatch: pytest.MonkeyPatch,
    site: tuple[Path, list[EntityRecord]],
) -> None:
    _, records = site
    monkeypatch.setattr(ep, "AZ_ITEMS", 1)
    layout = ep.plan_places(records)
    people = layout[Kind.PERSON]
    assert all(len(part) == 1 for _, parts in people for part in parts)
    longest = max(people, key=lambda lp: len(lp[1]))
    letter, parts = longest
    assert len(parts) > 1
    second = parts[1][0]
    if not ep.has_page(second):
        assert ep.entity_place(second).page == f"people/a-z/{letter}/2.md"
