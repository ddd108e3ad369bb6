"""Hostile seeds (tests/fixtures/hostile/) are published literally and whole.

HTML, Markdown, Markdown-extension and template syntax in a seed or sidecar
must appear on the page as written and never become an element, attribute,
link, included file or evaluated expression. Checked on the HTML that the
real `mkdocs build --strict` produces.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from annotated_news.model import BlockKind
from annotated_news.parse.article import parse_article
from annotated_news.reader import list_seeds, read_seed

from .conftest import build_site_in
from .html_tree import (
    CHROME,
    Node,
    article_body,
    forged_elements,
    page_words,
    parse_html,
    same_words,
)

pytestmark = pytest.mark.site
FIXTURES = Path(__file__).parent / "fixtures" / "hostile"
WORD_RE = re.compile(r"\S+")


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(FIXTURES, root / "seeds")
    assert build_site_in(root) == 0
    return root


def article_pages(site: Path) -> dict[str, Node]:
    """Seed name -> parsed article page."""
    items = json.loads((site / "docs" / "annotations.jsonld").read_text())
    sources = {i["seed"]: i["target"]["source"] for i in items["first"]["items"]}
    pages = {}
    for seed in list_seeds(site / "seeds"):
        slug = parse_article(read_seed(seed)).slug
        url = sources.get(seed.name, f"articles/{slug}/")
        path = urlsplit(url).path.lstrip("/") if "://" in url else url
        pages[seed.name] = parse_html((site / "site" / path / "index.html").read_text())
    return pages


def executable_scripts_with(page: Node, word: str) -> list[Node]:
    """Scripts a browser would run (JSON-LD is data) whose text has `word`."""
    return [
        s
        for s in page.find_all("script")
        if s.attrs.get("type") != "application/ld+json" and word in s.text()
    ]


def text_of(page: Node) -> Node:
    return article_body(page)


@pytest.mark.parametrize("seed", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_every_word_reaches_the_page(hostile_site: Path, seed: str) -> None:
    page = article_pages(hostile_site)[seed]
    raw = read_seed(hostile_site / "seeds" / seed)
    article = parse_article(raw)
    headline = next(
        (article.slice(b.span) for b in article.blocks if b.kind is BlockKind.HEADLINE),
        None,
    )
    assert same_words(page_words(page, raw.text, headline), WORD_RE.findall(raw.text))


@pytest.mark.parametrize("seed", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_no_seed_syntax_becomes_an_element(hostile_site: Path, seed: str) -> None:
    page = article_pages(hostile_site)[seed]
    assert forged_elements(text_of(page)) == [], seed
    for node in page.iter():
        for name, value in node.attrs.items():
            assert not name.startswith("on"), (seed, node.tag, name)
            assert not value.lower().lstrip().startswith("javascript:"), (seed, name)


def test_template_syntax_is_not_evaluated(hostile_site: Path) -> None:
    text = text_of(article_pages(hostile_site)["template.txt"]).text(CHROME)
    assert "{{ 7*7 }}" in text and "49" not in text
    assert '{% include "article.md.j2" %}' in text


def test_snippets_include_no_file(hostile_site: Path) -> None:
    text = text_of(article_pages(hostile_site)["extensions.txt"]).text(CHROME)
    assert '--8<-- "mkdocs.yml"' in text
    assert "site_name" not in text


def test_hostile_title_and_outlet_stay_text(hostile_site: Path) -> None:
    page = article_pages(hostile_site)["hostile-title.txt"]
    title = page.find_all("title")[0].text()
    assert title.startswith('<script>alert("title")</script> *Title* {{ 7*7 }}')
    assert not executable_scripts_with(page, "alert")
    assert not page.find_all("img")
    meta = page.find_all("p", "an-meta")[0]
    assert "<img src=x onerror=alert(1)> ==Outlet== {: #id }" in meta.text()
    ld = [
        json.loads(s.text())
        for s in page.find_all("script")
        if s.attrs.get("type") == "application/ld+json"
    ]
    assert ld[0]["@graph"][0]["headline"].startswith('<script>alert("title")')
    home = parse_html((hostile_site / "site" / "index.html").read_text())
    assert not executable_scripts_with(home, "alert")


def test_unbalanced_quote_ends_with_its_paragraph(hostile_site: Path) -> None:
    page = article_pages(hostile_site)["unbalanced.txt"]
    quotes = page.find_all("q")
    texts = [" ".join(q.text(CHROME).split()) for q in quotes]
    assert "“This quote never closes and its paragraph ends here." in texts
    assert not any("5,000 agents" in t for t in texts)
    assert "“Nested ‘single quotes’ work,”" in texts


def test_exports_stay_valid_json(hostile_site: Path) -> None:
    data = json.loads((hostile_site / "docs" / "annotations.jsonld").read_text())
    assert data["total"] == len(data["first"]["items"])
