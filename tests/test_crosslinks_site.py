"""End to end: the connections between the two seeds, on the built site.

The seeds are built once (the `site` fixture of test_site.py, through
`mkdocs build --strict` with anchor validation). These tests read the HTML and
check that each connection the two articles share is on the pages and linked
both ways; test_site.py checks that every link of the site resolves. A second
build with tiny page limits checks that split pages (by letter, year, part)
are built and linked the same way; a third, on 150 articles of a real corpus,
checks that no page outgrows the size limit.
"""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from annotated_news.build import read_articles
from annotated_news.config import SiteConfig
from annotated_news.export.annotations import annotation_collection
from annotated_news.export.timeline_json import timeline_json
from annotated_news.indexes import Corpus, build_corpus
from annotated_news.indexes.places import Place
from annotated_news.model import Article
from annotated_news.publish import publish_site
from annotated_news.render.article import KIND_LABELS
from annotated_news.render.cards import MAX_ELSEWHERE
from annotated_news.render.env import make_env, render_page
from annotated_news.render.items import MAX_ALSO, flag_view, outlet_of
from annotated_news.render.pages import build_pages
from annotated_news.render.paging import Limits
from annotated_news.render.wording import counted
from annotated_news.writer import write_tree

from .conftest import ROOT, SEEDS, build_site_in, require_corpus
from .html_tree import Node, parse_html
from .test_site import article_urls, page, site  # noqa: F401  (the site fixture)

pytestmark = pytest.mark.site
MAX_PAGE_BYTES = 500_000


def articles(site: Path) -> dict[str, str]:  # noqa: F811
    """Outlet -> article page URL."""
    urls = article_urls(site)
    return {
        "NBC News": urls["000_356ed7786aea7bd9.txt"],
        "The Independent": urls["003_0f36b1109f0a2ec0.txt"],
    }


def hrefs(node: Node) -> list[str]:
    return [a.attrs["href"] for a in node.find_all("a") if "href" in a.attrs]


def targets(node: Node) -> set[tuple[str, str]]:
    """(last path part, fragment) of every link: enough to tell pages apart."""
    out = set()
    for href in hrefs(node):
        parts = urlsplit(href)
        name = [p for p in parts.path.split("/") if p and p != ".."]
        out.add((name[-1] if name else "", unquote(parts.fragment)))
    return out


def slug_of(url: str) -> str:
    return url.strip("/").split("/")[-1]


def entry(doc: Node, anchor: str) -> list[Node]:
    """A ledger entry: its heading and what follows it, to the next heading."""
    for parent in doc.iter():
        children = [c for c in parent.children if isinstance(c, Node)]
        at = next(
            (i for i, c in enumerate(children) if c.attrs.get("id") == anchor), None
        )
        if at is not None:
            end = next(
                (
                    i
                    for i in range(at + 1, len(children))
                    if children[i].tag in ("h2", "h3")
                ),
                len(children),
            )
            return children[at:end]
    raise AssertionError(f"no entry with #{anchor}")


def test_the_figure_ledger_groups_and_flags_each_shared_quantity(site: Path) -> None:  # noqa: F811
    doc = page(site, "figures")
    rows = {}  # each entry's figures as written (in bold) -> the entry's text
    for n in doc.iter():
        if n.attrs.get("id", "").startswith("fg-"):
            nodes = entry(doc, n.attrs["id"])
            written = " | ".join(
                s.text() for node in nodes for s in node.find_all("strong")
            )
            rows[written] = " ".join(" ".join(c.text() for c in nodes).split()).lower()

    def row(*wordings: str) -> str:
        found = [t for w, t in rows.items() if all(x in w for x in wordings)]
        assert len(found) == 1, (wordings, list(rows))
        return found[0]

    five = row("more than 5,000 personnel", "5,000 federal agents")
    # Both bodies say "more than 5,000"; only The Independent's headline says
    # "5,000": no difference of an article with itself (issue 11).
    assert "qualifier differs" not in five and "unit differs" in five
    troops = row("21,000 National Guard troops", "21,000 National Guard members")
    assert "qualifier differs" in troops and "up to 21,000" in troops
    assert "differs" not in row("10 percent", "10%") and (
        "same value, qualifier and unit" in row("10 percent", "10%")
    )
    daily = row("3,000 migrants a day", "3,000-person daily quota")
    assert "per day" in daily
    agents = row("3,000 ICE agents")
    assert "migrants" not in agents and agents != daily


def test_people_and_organisations_join_names_and_show_variants(site: Path) -> None:  # noqa: F811
    urls = articles(site)
    noem = page(site, "people/kristi-noem")
    text = " ".join(noem.text().split())
    assert "“Noem”" in text and "“Kristi Noem”" in text
    linked = {slug_of(urlsplit(h).path) for h in hrefs(noem) if "articles/" in h}
    assert {slug_of(u) for u in urls.values()} <= linked
    dea = " ".join(
        page(site, "organizations/drug-enforcement-administration").text().split()
    )
    assert "Drug Enforcement Agency" in dea and "official name" in dea
    assert "“Drug Enforcement Agency” is written in The Independent" in dea
    people = page(site, "people")
    rows = [" ".join(tr.text().split()) for tr in people.find_all("tr")[1:]]
    mentions = [int(r.split()[-1]) for r in rows]
    assert mentions == sorted(mentions, reverse=True)
    assert any(r.startswith("Kristi Noem 2 ") for r in rows)


def test_the_shared_statement_has_one_appearance_per_article(site: Path) -> None:  # noqa: F811
    urls = articles(site)
    doc = page(site, "quotes")
    (item,) = [
        li
        for li in doc.find_all("li")
        if any(n.attrs.get("id", "").startswith("st-") for n in li.iter())
    ]
    text = " ".join(item.text().split())
    assert "Abigail Jackson" in text and "quoted by 2 articles" in text
    assert re.search(r"The Independent \(\d+ words in 2 parts\)", text)
    assert re.search(r"NBC News \(\d+ words\)", text)
    pages_linked = {slug_of(urlsplit(h).path) for h in hrefs(item)}
    assert {slug_of(u) for u in urls.values()} <= pages_linked


def test_quoted_words_and_their_plain_source_link_each_other(site: Path) -> None:  # noqa: F811
    urls = articles(site)
    nbc, ind = page(site, urls["NBC News"]), page(site, urls["The Independent"])
    for words in (
        "a source of tension",
        "feel they have been taken off other core national security missions",
    ):
        echo = next(
            n
            for n in nbc.find_all("span", "an-echo")
            if " ".join(n.text().split()) == words
        )
        anchor = echo.attrs["id"]
        assert anchor.startswith("echo-")
        quote = next(q for q in ind.find_all("q") if words in q.text())
        # The Independent's quote links to the NBC words, and back.
        assert (slug_of(urls["NBC News"]), anchor) in targets(ind)
        assert (slug_of(urls["The Independent"]), quote.attrs["id"]) in targets(nbc)
        for index in ("quotes", "crosslinks"):
            linked = targets(page(site, index))
            assert (slug_of(urls["NBC News"]), anchor) in linked, index
            assert (slug_of(urls["The Independent"]), quote.attrs["id"]) in linked, (
                index
            )


def test_article_pages_say_where_else_each_shared_item_is(
    site: Path,  # noqa: F811
    corpus: Corpus,
) -> None:
    # Properties of any seeds (issue 13): each name an article shares is in
    # its list of names with its counts and the other articles; each shared
    # figure's and statement's card links to its place in the other articles.
    urls = article_urls(site)
    shared = {"names": 0, "figures": 0, "statements": 0}
    for article in corpus.articles:
        doc = page(site, urls[article.seed])
        summary = " ".join(doc.text().split())
        for record in corpus.entities.by_article[article.slug]:
            others = [a for a in record.articles if a is not article]
            if not others:
                continue
            shared["names"] += 1
            line = re.search(
                rf"{re.escape(record.name)}: {KIND_LABELS[record.kind]}, named in "
                rf"{len(record.articles)} articles \({len(record.mentions)} "
                r"mentions\)[^:]*?; also in ([^:]*)",
                summary,
            )
            assert line, record.name
            for other in others[:MAX_ALSO]:
                assert outlet_of(other) in line.group(1), record.name
        # "Also in" lives in the cards (data outside the text), not inline.
        assert not doc.find_all(cls="an-also")
        [template] = doc.find_all("template")
        cards = json.loads(template.text())
        linked = {
            (slug_of(e["href"].split("#")[0]), e["href"].split("#")[1])
            for card in cards.values()
            for e in card.get("elsewhere", [])
        }
        wanted: set[tuple[str, str]] = set()
        for group in corpus.figure_groups:
            if article in group.articles:
                shared["figures"] += 1
                wanted |= _first_elsewhere(urls, article, [p for p, _ in group.places])
        for statement in corpus.statements:
            if len(statement.appearances) > 1 and article in statement.articles:
                shared["statements"] += 1
                wanted |= _first_elsewhere(
                    urls, article, [a.place for a in statement.appearances]
                )
        assert wanted <= linked, wanted - linked
    # The seeds are two articles of one story: the checks above ran on all three.
    assert all(shared.values()), shared


def _first_elsewhere(
    urls: dict[str, str], article: Article, places: list[Place]
) -> set[tuple[str, str]]:
    """(page slug, anchor) of the first place in each other article, as cards list them."""
    out: dict[str, tuple[str, str]] = {}
    for place in places:
        other = place.article
        if other is not article and other.slug not in out and len(out) < MAX_ELSEWHERE:
            out[other.slug] = (slug_of(urls[other.seed]), place.anchor)
    return set(out.values())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """The seeds' corpus, as the build makes it, for what the pages must show."""
    docs = tmp_path_factory.mktemp("corpus") / "docs"
    found, _ = read_articles(SiteConfig(seeds_dir=SEEDS, docs_dir=docs))
    return build_corpus(found)


def test_the_timeline_puts_dates_of_all_articles_together(
    site: Path,  # noqa: F811
    corpus: Corpus,
) -> None:
    # Properties of any seeds (issue 13): each date has its heading, in date
    # order (a part of a month or a week just before the days it covers),
    # every article's events together, relative dates with what they
    # resolved to.
    doc = page(site, "timeline")
    headings = {
        h.attrs["id"]: " ".join(h.text().split())
        for h in doc.find_all()
        if h.tag in ("h2", "h3", "h4") and "id" in h.attrs
    }
    order = [n.attrs["id"] for n in doc.iter() if n.attrs.get("id") in headings]
    groups = [g for g in corpus.timeline.groups if not g.key.plain]
    anchors = {g.key.anchor for g in groups}
    assert [i for i in order if i in anchors] == [g.key.anchor for g in groups]
    for group in groups:
        if len(group.articles) > 1:
            assert f"{len(group.articles)} articles" in headings[group.key.anchor]
    text = " ".join(doc.text().split())
    for event in corpus.timeline.events:
        if event.is_publication:
            assert f"{outlet_of(event.article)} published" in text
        else:
            assert event.resolved in text  # "“Sunday” — 1 June 2025"
    svg = doc.find_all("svg", "an-svg")[0]
    assert svg.find_all("title") and svg.find_all("desc")
    marks = [a.attrs["href"] for a in svg.find_all("a")]
    page_ids = {n.attrs["id"] for n in doc.iter() if "id" in n.attrs}
    assert marks and all(m[1:] in page_ids for m in marks)
    data = json.loads((site / "site" / "timeline.json").read_text(encoding="utf-8"))
    shown = " | ".join(e["display_date"] for e in data["events"])
    for event in corpus.timeline.events:
        assert event.label in shown


def test_the_crosslinks_page_summarises_a_pair_of_one_story(
    site: Path,  # noqa: F811
    corpus: Corpus,
) -> None:
    # Properties of any seeds (issue 13): a pair of articles of one story is
    # counted and linked to its story's page, which lines them up
    # (tests/test_stories_site.py), instead of being listed as a pair; each
    # shared quantity shows every wording of what differs.
    doc = page(site, "crosslinks")
    text = " ".join(doc.text().split())
    within: Counter[str] = Counter()
    for pair in corpus.pairs:
        story = corpus.story_of(pair.a)
        if story is not None and story is corpus.story_of(pair.b):
            within[story.id] += 1
    assert within, "the seeds are one story: their pair is within it"
    assert doc.by_id("story-pairs") is not None
    assert (
        f"({sum(within.values()):,} of them within {counted(len(within), 'story')})"
        in text
    )
    urls = {s["id"]: s["url"] for s in stories_json(site)["stories"]}
    for story_id in within:
        assert any(h.endswith(urls[story_id]) for h in hrefs(doc))
    # No pair entry ("A and B share: ...") for two articles of one story.
    entries = [
        {slug_of(urlsplit(h).path) for h in hrefs(p)}
        for p in doc.find_all("p")
        if " share: " in p.text()
    ]
    for pair in corpus.pairs:
        story = corpus.story_of(pair.a)
        if story is not None and story is corpus.story_of(pair.b):
            assert not any({pair.a.slug, pair.b.slug} <= e for e in entries)
    for group in corpus.figure_groups:
        if len(group.articles) < 2:
            continue
        for flag in group.flags():
            view = flag_view(flag)
            for wording, outlets in view.options:
                assert f"“{wording}” in {', '.join(outlets)}" in text, wording
    # Two articles name every shared name: a drawing or a matrix of them would
    # say nothing the lists do not (issue 11), so there is none.
    if len(corpus.articles) == 2:
        assert doc.find_all("svg", "an-svg") == []
        assert doc.by_id("names-by-article") is None


def stories_json(site: Path) -> dict[str, Any]:  # noqa: F811
    data = json.loads((site / "docs" / "stories.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


# Split pages: the same site with tiny limits.


def build_with_limits(root: Path, seeds: Path, limits: Limits) -> Path:
    config = SiteConfig(seeds_dir=seeds, docs_dir=root / "docs")
    found, _ = read_articles(config)
    corpus = build_corpus(found)
    env = make_env(config.templates_dir)
    files = {p.path: render_page(env, p) for p in build_pages(corpus, limits)}
    files["annotations.jsonld"] = annotation_collection(corpus)
    files["timeline.json"] = timeline_json(corpus)
    write_tree(files, config.docs_dir)
    publish_site(ROOT / "mkdocs.yml", config.docs_dir, root / "site")
    return root


def all_links_resolve(out: Path) -> int:
    ids = {
        html: {
            n.attrs["id"]
            for n in parse_html(html.read_text()).iter()
            if "id" in n.attrs
        }
        for html in out.rglob("*.html")
    }
    checked = 0
    for html in ids:
        for href in hrefs(parse_html(html.read_text())):
            parts = urlsplit(href)
            if parts.scheme or href.startswith(("mailto:", "//", "/")):
                continue
            target = (
                (html.parent / unquote(parts.path)).resolve() if parts.path else html
            )
            if target.is_dir() or not target.suffix:
                target = target / "index.html"
            assert target.exists(), f"{html.relative_to(out)}: {href}"
            if parts.fragment and target.suffix == ".html":
                assert unquote(parts.fragment) in ids[target], f"{html}: {href}"
            checked += 1
    return checked


@pytest.fixture(scope="module")
def small_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("small")
    shutil.copytree(SEEDS, root / "seeds")
    return build_with_limits(
        root,
        root / "seeds",
        Limits(items=3, page_chars=700, overview=2, pairs=5, svg_columns=4),
    )


def test_long_lists_are_split_and_every_link_still_resolves(small_pages: Path) -> None:
    docs = small_pages / "docs"
    made = {p.relative_to(docs).as_posix() for p in docs.rglob("*.md")}
    for expected in (
        "people/a-z/k.md",
        "organizations/a-z/d.md",
        "quotes/a.md",
        "quotes/shared.md",
        "quotes/provenance.md",
        "figures/ledger.md",
        "figures/ledger/2.md",
        "timeline/2022.md",
        "timeline/2025-05.md",
        "timeline/2025-05/2.md",
        "archive/2025-06.md",
    ):
        assert expected in made, expected
    assert any(re.fullmatch(r"people/[a-z-]+/2\.md", p) for p in made)
    assert all_links_resolve(small_pages / "site") > 100
    timeline = page(small_pages, "timeline")
    assert timeline.find_all("svg", "an-svg") and "t-2025-05" in {
        n.attrs.get("id") for n in timeline.iter()
    }


# Scale: a real corpus of 150 articles.


@pytest.fixture(scope="module")
def polnear_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_corpus("polnear")
    from tools.corpus_seeds import write_seeds

    root = tmp_path_factory.mktemp("polnear")
    write_seeds("polnear", root / "seeds", limit=150)
    assert build_site_in(root) == 0
    return root


def test_no_page_outgrows_the_size_limit(polnear_site: Path) -> None:
    pages = list((polnear_site / "site").rglob("*.html"))
    assert len(pages) > 150
    sizes = {
        p.relative_to(polnear_site / "site").as_posix(): p.stat().st_size for p in pages
    }
    too_big = {p: s for p, s in sizes.items() if s > MAX_PAGE_BYTES}
    assert not too_big
    docs = polnear_site / "docs"
    assert (docs / "crosslinks.md").exists() and (docs / "timeline.json").exists()
