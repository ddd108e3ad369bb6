"""JSON-LD written into <head> by the theme, and the Pagefind index of the site."""

from __future__ import annotations

import fnmatch
import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from annotated_news.render.jsonld import head_json_ld, script_json
from annotated_news.search import BUNDLE, PAGES, SHARDS, index_site, parts
from annotated_news.search_beside import is_article

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
    sources = [
        p.relative_to(docs)
        for p in docs.rglob("*.md")
        if "\npagefind: true\n" in p.read_text(encoding="utf-8")
    ]
    searchable = [p.with_suffix("") / "index.html" for p in sources]
    assert searchable
    assert all(fnmatch.fnmatchcase(p.as_posix(), PAGES) for p in searchable)
    # ... and the pages built before the index starts beside the others
    assert all(is_article(p.as_posix()) for p in sources)


def test_a_site_without_articles_still_gets_an_index(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        "<html><body><p>No articles yet.</p></body></html>", encoding="utf-8"
    )
    assert index_site(site) == 1


def fragments(bundle: Path) -> list[dict]:
    return [
        json.loads(gzip.decompress(f.read_bytes())[len(b"pagefind_dcd") :])
        for f in (bundle / "fragment").glob("*.pf_fragment")
    ]


def test_parts_hold_at_most_the_shard_and_the_budget() -> None:
    assert parts([1] * 45, 20, 1000) == [range(0, 20), range(20, 40), range(40, 45)]
    assert parts([4, 4, 4, 9, 1, 1], 20, 10) == [
        range(0, 2),
        range(2, 3),
        range(3, 5),  # 9 + 1 fits, 9 + 1 + 1 does not
        range(5, 6),
    ]
    assert parts([50, 2], 20, 10) == [range(0, 1), range(1, 2)]  # larger: alone
    assert parts([1] * 45, 45, 1000) == [range(0, 45)]
    assert parts([], 20, 10) == [range(0, 0)]


def test_a_site_above_the_shard_gets_one_index_per_part(tmp_path: Path) -> None:
    """Each part is indexed on its own, under the site's URLs, and listed."""
    site = tmp_path / "site"
    words = ["Quillfeather", "Marrowdale", "Thistlewick"]
    for n, word in enumerate(words):
        (site / "articles" / f"a{n}").mkdir(parents=True)
        (site / "articles" / f"a{n}" / "index.html").write_text(
            page({}).replace("<p>Text.</p>", f"<p>{word} harbour.</p>"),
            encoding="utf-8",
        )
    (site / BUNDLE / "shard-9").mkdir(parents=True)  # an earlier index's part
    assert index_site(site, shard=2) == 3
    bundle = site / BUNDLE
    listed = json.loads((bundle / SHARDS).read_text(encoding="utf-8"))["shards"]
    assert listed == ["shard-2/"]
    assert not (bundle / "shard-9").exists()
    first, second = fragments(bundle), fragments(bundle / "shard-2")
    assert sorted(f["url"] for f in first) == ["/articles/a0/", "/articles/a1/"]
    assert [f["url"] for f in second] == ["/articles/a2/"]
    assert "Thistlewick" in second[0]["content"]
    assert not list(site.glob(".pagefind-part-*"))  # the linked parts are gone
    assert index_site(site, budget=1) == 3  # each page is over the budget
    assert json.loads((bundle / SHARDS).read_text(encoding="utf-8")) == {
        "shards": ["shard-2/", "shard-3/"]
    }
    assert index_site(site) == 3  # back to one index: no part is listed
    assert json.loads((bundle / SHARDS).read_text(encoding="utf-8")) == {"shards": []}
    assert not (bundle / "shard-2").exists()


def test_stopping_the_index_command_ends_pagefind_and_its_links(tmp_path: Path) -> None:
    """A newer build stops a background index with SIGTERM (serve_search)."""
    import subprocess
    import time

    from annotated_news.search import index_command

    site = tmp_path / "site"
    for n in range(6):
        (site / "articles" / f"a{n}").mkdir(parents=True)
        (site / "articles" / f"a{n}" / "index.html").write_text(page({}))
    process = subprocess.Popen(
        index_command(site, tmp_path / "out", shard=1),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while not list(tmp_path.glob(".pagefind-part-*")):
        assert process.poll() is None, "ended before a part was linked"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    process.terminate()
    assert process.wait(timeout=30) != 0
    assert not list(tmp_path.glob(".pagefind-part-*"))
    assert not list(tmp_path.glob("out/shard-6"))  # the last part never written


def test_a_stop_right_after_a_part_folder_is_made_leaves_no_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stop can come inside tempfile, before `linked` can clean up.

    The flaky form of the test above: SIGTERM sent the moment the folder
    appears is handled between tempfile's mkdir and its cleanup being set
    up. Here the signal's SystemExit is raised at that very point.
    """
    import tempfile

    from annotated_news import search

    site = tmp_path / "site"
    for n in range(2):
        (site / "articles" / f"a{n}").mkdir(parents=True)
        (site / "articles" / f"a{n}" / "index.html").write_text(page({}))
    real_mkdtemp = tempfile.mkdtemp

    def stopped_after_mkdir(*args: Any, **kwargs: Any) -> str:
        real_mkdtemp(*args, **kwargs)
        raise SystemExit(128 + 15)

    monkeypatch.setattr(tempfile, "mkdtemp", stopped_after_mkdir)
    with pytest.raises(SystemExit):
        search.main([str(site), str(tmp_path / "out"), "--shard", "1"])
    assert not list(tmp_path.glob(".pagefind-part-*"))
