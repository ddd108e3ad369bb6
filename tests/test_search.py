"""Search records from JSON-LD, JSON-LD placement, and the Pagefind service."""

from __future__ import annotations

import json
from pathlib import Path

from annotated_news.render.jsonld import place_json_ld, script_json
from annotated_news.search import index_site, opening, quote_records, quote_title

PAGE = "articles/2025-06-04-ice/"
CANONICAL = "https://news.example.org/" + PAGE


def json_ld(headline: str = "ICE operation", outlet: str | None = "The Independent",
            speaker: str | None = "Abigail Jackson") -> dict:
    news: dict = {"@type": "NewsArticle", "@id": "#article", "headline": headline,
                  "datePublished": "2025-06-04"}
    if outlet:
        news["publisher"] = {"@type": "Organization", "name": outlet}
    quote: dict = {"@type": "Quotation", "url": "#q-abigail-jackson-keeping",
                   "isBasedOn": {"@id": "#article"},
                   "text": "“Keeping President Trump’s promise to deport illegal "
                           "aliens is something the Administration takes seriously.”"}
    if speaker:
        quote["creator"] = {"@type": "Person", "name": speaker}
    return {"@context": "https://schema.org", "@graph": [news, quote]}


def page(data: dict) -> str:
    return ("<html><head><title>x</title></head><body><div data-pagefind-body>"
            "<h1>ICE operation</h1><p>Text.</p>"
            f'<script type="application/ld+json">{script_json(data)}</script>'
            "</div></body></html>")


def test_quote_title_is_speaker_and_opening_words() -> None:
    text = json_ld()["@graph"][1]["text"]
    assert opening(text) == "Keeping President Trump’s promise to deport illegal aliens…"
    assert quote_title("Abigail Jackson", "“tense”") == "Abigail Jackson: “tense”"
    assert opening("“We are, we said,” she said", 3) == "We are, we…"


def test_json_ld_moves_into_head_with_absolute_permalinks() -> None:
    html = place_json_ld(page(json_ld()), CANONICAL)
    head, body = html.split("</head>")
    assert "ld+json" in head and "ld+json" not in body
    data = json.loads(head.split('<script type="application/ld+json">')[1]
                      .split("</script>")[0])
    news, quote = data["@graph"]
    assert news["@id"] == CANONICAL + "#article"
    assert quote["url"] == CANONICAL + "#q-abigail-jackson-keeping"
    assert quote["isBasedOn"] == {"@id": CANONICAL + "#article"}


def test_json_ld_stays_relative_without_site_url_and_pages_without_it_pass() -> None:
    html = place_json_ld(page(json_ld()), None)
    assert '"url": "#q-abigail-jackson-keeping"' in html.split("</head>")[0]
    plain = "<html><head></head><body><p>x</p></body></html>"
    assert place_json_ld(plain, CANONICAL) == plain


def test_hostile_headline_stays_inside_its_script() -> None:
    html = place_json_ld(page(json_ld(headline="</script><script>alert(1)</script>")),
                         CANONICAL)
    assert "<script>alert" not in html
    assert quote_records(PAGE, html)[0].article == "</script><script>alert(1)</script>"


def test_one_record_per_quote_with_its_permalink_and_filters() -> None:
    html = place_json_ld(page(json_ld()), CANONICAL)
    [record] = quote_records(PAGE, html)
    assert record.url == f"/{PAGE}#q-abigail-jackson-keeping"
    assert record.title.startswith("Abigail Jackson: “Keeping President")
    payload = record.payload(1)
    assert payload["filters"] == {"speaker": ["Abigail Jackson"],
                                  "article": ["ICE operation"],
                                  "outlet": ["The Independent"]}
    assert "Abigail Jackson" in payload["content"]


def test_records_without_speaker_or_outlet() -> None:
    [record] = quote_records(PAGE, page(json_ld(outlet=None, speaker=None)))
    assert record.speaker == "Speaker not given"
    assert "outlet" not in record.payload(1)["filters"]
    assert quote_records(PAGE, "<html><body>no data</body></html>") == []


def test_pagefind_indexes_pages_and_records(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    html = place_json_ld(page(json_ld()), None)
    (site / "a" / "index.html").write_text(html, encoding="utf-8")
    (site / "index.html").write_text("<html><body><p>index page</p></body></html>",
                                     encoding="utf-8")
    entries, records = index_site(site, quote_records("a/", html))
    assert (entries, records) == (2, 1)  # the page without data-pagefind-body is out
    assert (site / "pagefind" / "pagefind.js").exists()
    ui = (site / "pagefind" / "pagefind-component-ui.js").read_text(encoding="utf-8")
    assert ui.rstrip().endswith("})();")  # whole, not cut short
