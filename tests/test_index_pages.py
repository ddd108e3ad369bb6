"""The index pages as built HTML: front page, lists, entity and quote pages.

Each test pins a defect a reader met (issue 11) on the two seeds, through the
real `mkdocs build --strict`.
"""

from __future__ import annotations

import re
import shutil
from html import unescape
from pathlib import Path

import pytest

from .conftest import SEEDS, build_site_in
from .html_tree import Node, parse_html

pytestmark = pytest.mark.site
HEADERLINK = frozenset({"headerlink"})

INDEX_PAGES = [
    "",
    "timeline/",
    "crosslinks/",
    "quotes/",
    "figures/",
    "people/",
    "organizations/",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("index-pages")
    shutil.copytree(SEEDS, root / "seeds")
    assert build_site_in(root) == 0
    return root


def page(built: Path, url: str) -> Node:
    return parse_html((built / "site" / url / "index.html").read_text("utf-8"))


def content(doc: Node) -> Node:
    return doc.find_all("article", "md-content__inner")[0]


def squash(text: str) -> str:
    return " ".join(text.split())


def entity_pages(built: Path) -> list[str]:
    return [
        f"{folder}/{p.name}/"
        for folder in ("people", "organizations")
        for p in sorted((built / "site" / folder).iterdir())
        if p.is_dir() and (p / "index.html").is_file()
    ]


def test_front_page_lists_each_article_as_an_item(built: Path) -> None:
    main = content(page(built, ""))
    assert main.find_all("table") == []  # was a table wider than its column
    items = main.find_all("li", "an-item")
    assert len(items) == 2
    # The two seeds are one story: its heading links to the story's page and
    # both articles are listed under it.
    (story,) = [
        h for h in main.find_all("h2") if h.attrs.get("id", "").startswith("story-")
    ]
    assert story.find_all("a")[0].attrs["href"].startswith("stories/")
    assert "2 articles · The Independent, NBC News · 4 June 2025" in squash(main.text())
    for item in items:
        title = item.find_all("p", "an-item__title")[0]
        assert title.find_all("a")[0].attrs["href"].startswith("articles/")
        meta = item.find_all("p", "an-item__meta")[0]
        assert meta.find_all("span", "an-item__outlet")[0].text() in (
            "The Independent",
            "NBC News",
        )
        assert meta.find_all("time")[0].attrs["datetime"] == "2025-06-04"
        assert squash(meta.text()).endswith("Wednesday 4 June 2025")
        lede = squash(item.find_all("p", "an-item__lede")[0].text())
        assert len(lede.split()) >= 8
        counts = item.find_all("p", "an-item__counts")[0].text()
        assert re.search(r"\d+ figures · \d+ quotes", counts), counts
    # The Independent has a standfirst: it is the lede.
    independent = next(i for i in items if "The Independent" in i.text())
    assert squash(independent.find_all("p", "an-item__lede")[0].text()).startswith(
        "‘Operation at Large’ calls for thousands of federal agents"
    )


def test_mentions_on_entity_pages_are_list_items(built: Path) -> None:
    doc = content(page(built, "people/abigail-jackson/"))
    lists = [ul for ul in doc.find_all("ul") if ul.find_all("li")]
    mentions = [
        li
        for ul in lists
        for li in ul.find_all("li")
        if "e-abigail-jackson" in "".join(a.attrs["href"] for a in li.find_all("a"))
    ]
    assert len(mentions) == 5  # 1 in The Independent, 4 in NBC News
    for p in doc.find_all("p"):
        # Before: "… (NBC News) - Abigail Jackson, a White House … - Jackson …"
        assert " - " not in p.text(), p.text()


def test_every_mention_list_of_every_entity_page_is_items(built: Path) -> None:
    for url in entity_pages(built):
        doc = content(page(built, url))
        links_to_mentions = [
            a for a in doc.find_all("a") if re.search(r"#e-", a.attrs.get("href", ""))
        ]
        assert links_to_mentions, url
        in_items = {id(a) for li in doc.find_all("li") for a in li.find_all("a")}
        assert all(id(a) in in_items for a in links_to_mentions), url


ORGANIZATION = re.compile(r"\borgani[sz]ations?\b", re.I)


def generated_texts(doc: Node) -> list[str]:
    """Text the site writes itself: titles, headings, navigation, and link
    labels that are not seed words (links to articles and to name pages
    carry the words of the articles)."""
    texts = [n.text() for n in doc.find_all("title")]
    texts += [n.text() for tag in ("h1", "h2", "h3") for n in doc.find_all(tag)]
    texts += [n.text() for n in doc.find_all("nav")]
    texts += [
        a.text()
        for a in content(doc).find_all("a")
        if not re.search(r"articles/|people/.|organizations/.", a.attrs.get("href", ""))
    ]
    return texts


def test_organisation_is_spelt_one_way_in_what_the_site_writes(built: Path) -> None:
    for url in [*INDEX_PAGES, *entity_pages(built)]:
        for text in generated_texts(page(built, url)):
            for word in ORGANIZATION.findall(text):
                assert word.lower().startswith("organis"), (url, text)


def test_speaker_headings_on_the_quotes_page_start_with_a_capital(
    built: Path,
) -> None:
    headings = [
        squash(h.text(HEADERLINK))
        for h in content(page(built, "quotes/")).find_all("h2")
    ]
    assert "The draft" in headings  # was "the draft"
    assert "An assistant U.S. attorney" in headings
    for heading in headings:
        assert heading[:1].isupper(), heading


def test_every_table_of_the_index_pages_is_the_shared_pattern(built: Path) -> None:
    seen = 0
    for url in [*INDEX_PAGES, *entity_pages(built)]:
        for table in content(page(built, url)).find_all("table"):
            seen += 1
            classes = table.attrs.get("class", "").split()
            assert "an-table" in classes, url
            headers = [squash(th.text()) for th in table.find_all("th")]
            for row in table.find_all("tr")[1:]:
                labels = [td.attrs.get("data-label") for td in row.find_all("td")]
                assert labels == headers, url
    assert seen >= 3


def test_figure_ledger_says_which_mention_differs_and_in_what(built: Path) -> None:
    doc = content(page(built, "figures/"))
    assert doc.find_all("table") == []  # were squeezed three-column tables
    entry = doc.by_id("fg-5000-federal-agents")
    assert entry is not None and entry.tag == "h3"
    assert squash(entry.text(HEADERLINK)) == "5,000 · 2 articles"
    blocks = doc.find_all("div", "an-differs")
    said = [squash(b.text()) for b in blocks]
    # Both bodies say "more than 5,000"; only The Independent's headline says
    # "5,000": no qualifier flag of an article against itself (issue 11).
    assert (
        "Unit differs: “federal agents” in The Independent; “personnel” in NBC News"
    ) in said
    assert not any("“no qualifier” in The Independent;" in b for b in said)
    # Each mention carries where it stands: NBC News wrote "more than 5,000
    # personnel".
    tagged = {
        squash(li.text()): [squash(t.text()) for t in li.find_all("span", "an-tag")]
        for li in doc.find_all("li")
        if li.find_all("span", "an-tag")
    }
    nbc = next(k for k in tagged if "more than 5,000 personnel" in k)
    assert nbc.startswith("NBC News:")
    assert tagged[nbc] == ["unit: personnel"]
    # Quantities the articles report alike say so, without tags.
    same = doc.by_id("fg-3000-ice-agents")
    assert same is not None
    assert any("Same value, qualifier and unit" in p.text() for p in doc.find_all("p"))


def test_every_figure_is_listed_in_its_sentence(built: Path) -> None:
    doc = content(page(built, "figures/"))
    contexts = [squash(c.text()) for c in doc.find_all("span", "an-context")]
    assert (
        "ICE operation calls for 5,000 federal agents and 21,000 National Guard "
        "troops to make deportation arrests"
    ) in contexts
    for span in doc.find_all("span", "an-context"):
        assert len(span.find_all("strong")) == 1  # the figure, in bold
        assert len(squash(span.text())) < 200


def _titles(built: Path) -> list[str]:
    folder = built / "site" / "articles"
    titles = []
    for article in sorted(folder.iterdir()):
        h1 = page(built, f"articles/{article.name}/").by_id("title")
        assert h1 is not None, article
        titles.append(squash(h1.text()))
    return titles


def test_titles_are_listed_whole_never_cut_with_an_ellipsis(built: Path) -> None:
    """No page shows the start of an article's title followed by "…".

    Titles are whole phrases (parse/title.py); lists (timeline, cross-links,
    quotes, figures, stories, people) let CSS wrap them. The whole HTML is
    read, attributes and card data included (a drawing's labels, a link's
    aria-label).
    """
    titles = _titles(built)
    assert titles and all("…" not in t for t in titles), titles
    # The long one: the timeline cut it to "… Stephen Miller berated and …".
    assert max(map(len, titles)) > 100
    cuts = []
    for html in sorted((built / "site").rglob("*.html")):
        raw = html.read_text("utf-8").replace("\\u2026", "…")
        # A figure in a window of its sentence says "…" where the sentence
        # goes on; when the sentence is the headline, that is not a title.
        raw = re.sub(r'<span class="an-context">.*?</span>', " ", raw)
        text = squash(unescape(re.sub(r"<[^>]+>", " ", raw)))
        text += " " + squash(unescape(raw))
        for m in re.finditer("…", text):
            before = text[max(0, m.start() - 200) : m.start()].rstrip()
            for title in titles:
                for k in range(20, len(title)):
                    head = title[:k].rstrip(" ,;:")
                    if before.endswith(head):
                        cuts.append((html.relative_to(built / "site"), head + " …"))
                        break
    assert cuts == []
    timeline = squash(content(page(built, "timeline/")).text(HEADERLINK))
    assert all(t in timeline for t in titles)


@pytest.mark.parametrize("url", ["timeline/", "stories/"])
def test_timeline_headings_start_with_a_capital(built: Path, url: str) -> None:
    """ "first half of 2024" as a heading read as a broken sentence."""
    if url == "stories/":
        (story,) = sorted((built / "site" / "stories").glob("*/index.html"))
        url = f"stories/{story.parent.name}/"
    doc = content(page(built, url))
    headings = [
        squash(h.text(HEADERLINK))
        for tag in ("h2", "h3", "h4")
        for h in doc.find_all(tag)
        if h.attrs.get("id", "").startswith("t-")
    ]
    assert len(headings) >= 5, headings
    assert any(h.lower().startswith(("first half", "mid-")) for h in headings)
    assert all(h[:1].isupper() or h[:1].isdigit() for h in headings), headings
