"""End to end: the two seeds through build_site.py and `mkdocs build --strict`.

Checks the rendered HTML, not the Markdown: every word of each seed is on its
page in order, every annotation has its element, and every link of the site
resolves to a page and an element id.
"""

from __future__ import annotations

import json
import posixpath
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from annotated_news.annotators import annotate
from annotated_news.indexes.timeline import date_label
from annotated_news.parse.article import parse_article
from annotated_news.presented import glued_starts
from annotated_news.reader import list_seeds, read_seed

from .conftest import SEEDS, build_site_in
from .html_tree import CHROME, Node, article_body, parse_html

pytestmark = pytest.mark.site
WORD_RE = re.compile(r"\S+")


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the repository's seeds into a temporary docs/ and site/."""
    root = tmp_path_factory.mktemp("build")
    shutil.copytree(SEEDS, root / "seeds")
    assert build_site_in(root) == 0
    return root


def page(site: Path, url: str) -> Node:
    """A built page by its URL (absolute from site_url, or from the site root)."""
    path = urlsplit(url).path.lstrip("/") if "://" in url else url
    return parse_html((site / "site" / path / "index.html").read_text(encoding="utf-8"))


def export(site: Path) -> dict:
    return json.loads(
        (site / "docs" / "annotations.jsonld").read_text(encoding="utf-8")
    )


def article_urls(site: Path) -> dict[str, str]:
    """Seed file name -> article page URL, from the export."""
    return {i["seed"]: i["target"]["source"] for i in export(site)["first"]["items"]}


def seed_and_page_words(site: Path, seed: Path) -> tuple[list[str], list[str]]:
    """Words of a seed's text (after its date) and of its page's article text."""
    raw = read_seed(seed)
    doc = page(site, article_urls(site)[seed.name])
    shown = WORD_RE.findall(article_body(doc).text())  # headline block included
    return WORD_RE.findall(raw.text), shown


def test_every_word_of_each_seed_is_on_its_page_in_order(site: Path) -> None:
    for seed in list_seeds(SEEDS):
        expected, shown = seed_and_page_words(site, seed)
        # A glued sentence ("cautioned.Abigail") is shown with a space added,
        # one where the parser starts a sentence after the full stop.
        glued = sum(1 for w in expected if re.search(r"[a-z]\.[A-Z]", w))
        assert len(glued_starts(parse_article(read_seed(seed)))) == glued, seed.name
        assert " ".join(shown) == re.sub(
            r"(?<=[a-z])\.(?=[A-Z])", ". ", " ".join(expected)
        ), seed.name


def test_every_annotation_has_its_element_with_its_text(site: Path) -> None:
    items = export(site)["first"]["items"]
    assert {i["kind"] for i in items} == {
        "figure",
        "quote",
        "date",
        "person",
        "organization",
        "credit",
        "note",
    }
    pages: dict[str, Node] = {}
    for item in items:
        source = item["target"]["source"]
        doc = pages.setdefault(source, page(site, source))
        anchor = item["target"]["selector"][1]["value"]
        element = doc.by_id(anchor)
        assert element is not None, item["id"]
        exact = item["target"]["selector"][0]["exact"]
        if item["kind"] in ("person", "organization", "date", "figure", "credit"):
            assert " ".join(element.text(CHROME).split()) == exact, item["id"]
        else:
            assert " ".join(element.text(CHROME).split()) in exact, item["id"]


def test_index_pages_link_to_every_quote_and_figure(site: Path) -> None:
    items = export(site)["first"]["items"]
    quotes_page = page(site, "quotes")
    linked = {
        unquote(urlsplit(a.attrs["href"]).fragment)
        for a in quotes_page.find_all("a")
        if "href" in a.attrs
    }
    for item in items:
        if item["kind"] == "quote":
            assert item["target"]["selector"][1]["value"] in linked
    figures_page = page(site, "figures")
    linked = {
        unquote(urlsplit(a.attrs["href"]).fragment)
        for a in figures_page.find_all("a")
        if "href" in a.attrs
    }
    for item in items:
        if item["kind"] == "figure":
            assert item["target"]["selector"][1]["value"] in linked


def test_timeline_links_each_date_to_its_sentence(site: Path) -> None:
    timeline = page(site, "timeline")
    text = timeline.text()
    for seed in list_seeds(SEEDS):
        article = annotate(parse_article(read_seed(seed)))
        for d in article.dates:
            assert date_label(d.value, d.precision, d.modifier) in text, seed.name
    links = [
        a.attrs["href"]
        for a in timeline.find_all("a")
        if "#s-" in a.attrs.get("href", "")
    ]
    assert len(links) >= 10


def test_every_link_of_the_site_resolves(site: Path) -> None:
    out = site / "site"
    ids: dict[Path, set[str]] = {}
    for html in out.rglob("*.html"):
        ids[html] = {
            n.attrs["id"]
            for n in parse_html(html.read_text()).iter()
            if "id" in n.attrs
        }
    checked = 0
    for html in ids:
        for a in parse_html(html.read_text()).find_all("a"):
            href = a.attrs.get("href", "")
            parts = urlsplit(href)
            if parts.scheme or href.startswith(("mailto:", "//")) or not href:
                continue
            if parts.path.startswith("/"):  # the 404 page links from the root
                target = out / unquote(parts.path).lstrip("/")
            else:
                target = (html.parent / unquote(parts.path)) if parts.path else html
            if target.is_dir() or not target.suffix:
                target = target / "index.html"
            target = Path(posixpath.normpath(target))
            assert target.exists(), f"{html.relative_to(out)}: {href}"
            fragment = unquote(parts.fragment).split(":~:")[0]
            if fragment and target.suffix == ".html":
                assert fragment in ids[target], f"{html.relative_to(out)}: {href}"
            checked += 1
    assert checked > 100


def test_seed_markup_stays_text_in_titles(site: Path) -> None:
    home = (site / "site" / "index.html").read_text()
    assert "<script>alert" not in home
