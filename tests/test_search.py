"""JSON-LD written into <head> by the theme, and the Pagefind index of the site."""

from __future__ import annotations

import fnmatch
import gzip
import json
from pathlib import Path

from annotated_news.render.jsonld import head_json_ld, script_json
from annotated_news.search import PAGES, index_site

PAGE = "articles/2025-06-04-ice/"
CANONICAL = "https://news.example.org/" + PAGE


def json_ld(
    headline: str = "ICE operation",
    outlet: str | None = "The Independent",
    speaker: str | None = "Abigail Jackson",
) -> dict:
    news: dict = {
        "@type": "NewsArticle",
        "@id": "#article",
        "headline": headline,
        "datePublished": "2025-06-04",
    }
    if outlet:
        news["publisher"] = {"@type": "Organization", "name": outlet}
    quote: dict = {
        "@type": "Quotation",
        "url": "#q-abigail-jackson-keeping",
        "isBasedOn": {"@id": "#article"},
        "text": "“Keeping President Trump’s promise to deport illegal "
        "aliens is something the Administration takes seriously.”",
    }
    if speaker:
        quote["creator"] = {"@type": "Person", "name": speaker}
    return {"@context": "https://schema.org", "@graph": [news, quote]}


def page(data: dict) -> str:
    """A page as the theme writes it: the JSON-LD in <head>, never in the body."""
    return (
        '<html><head><title>x</title><script type="application/ld+json">'
        f"{head_json_ld(script_json(data), None)}</script></head><body>"
        "<div data-pagefind-body><h1>ICE operation</h1><p>Text.</p></div></body></html>"
    )


def test_json_ld_gets_absolute_permalinks_from_the_canonical_url() -> None:
    data = json.loads(head_json_ld(script_json(json_ld()), CANONICAL))
    news, quote = data["@graph"]
    assert news["@id"] == CANONICAL + "#article"
    assert quote["url"] == CANONICAL + "#q-abigail-jackson-keeping"
    assert quote["isBasedOn"] == {"@id": CANONICAL + "#article"}


def test_json_ld_stays_relative_without_site_url_and_pages_without_it_pass() -> None:
    text = head_json_ld(script_json(json_ld()), None)
    assert json.loads(text)["@graph"][1]["url"] == "#q-abigail-jackson-keeping"
    assert head_json_ld("", CANONICAL) == ""


def test_hostile_headline_stays_inside_its_script() -> None:
    hostile = json_ld(headline="</script><script>alert(1)</script><!--")
    text = head_json_ld(script_json(hostile), CANONICAL)
    assert "<" not in text and ">" not in text
    assert json.loads(text)["@graph"][0]["headline"].startswith("</script>")


def test_pagefind_indexes_article_pages_with_their_quote_meta(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "articles" / "a").mkdir(parents=True)
    html = page(json_ld()).replace(
        "<h1>",
        '<div hidden data-pagefind-ignore><span data-pagefind-filter="speaker">'
        'Abigail Jackson</span><span data-pagefind-meta="q-abigail-jackson-keeping">'
        "Abigail Jackson</span></div><h1>",
    )
    (site / "articles" / "a" / "index.html").write_text(html, encoding="utf-8")
    (site / "index.html").write_text(
        "<html><body><p>index page</p></body></html>", encoding="utf-8"
    )
    (site / "people" / "b").mkdir(parents=True)  # not read: only articles are
    (site / "people" / "b" / "index.html").write_text(page({}), encoding="utf-8")
    assert index_site(site) == 1  # the page without data-pagefind-body is out
    ui = (site / "pagefind" / "pagefind-component-ui.js").read_text(encoding="utf-8")
    assert ui.rstrip().endswith("})();")  # whole, not cut short
    [fragment] = (site / "pagefind" / "fragment").glob("*.pf_fragment")
    data = json.loads(gzip.decompress(fragment.read_bytes())[len(b"pagefind_dcd") :])
    assert data["filters"] == {"speaker": ["Abigail Jackson"]}
    assert data["meta"]["q-abigail-jackson-keeping"] == "Abigail Jackson"
    assert "Abigail Jackson" not in data["content"]  # hidden: not the article's text


def test_every_searchable_page_is_one_pagefind_reads() -> None:
    """Pages with `pagefind: true` are built where `search.PAGES` looks."""
    docs = Path(__file__).parent / "golden" / "docs"
    searchable = [
        p.relative_to(docs).with_suffix("") / "index.html"
        for p in docs.rglob("*.md")
        if "\npagefind: true\n" in p.read_text(encoding="utf-8")
    ]
    assert searchable
    assert all(fnmatch.fnmatchcase(p.as_posix(), PAGES) for p in searchable)


def test_a_site_without_articles_still_gets_an_index(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        "<html><body><p>No articles yet.</p></body></html>", encoding="utf-8"
    )
    assert index_site(site) == 1
