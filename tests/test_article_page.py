"""The article page as built by MkDocs from the seeds (issue 11, TEAM.md §1-2).

Its text element holds the article's words and nothing else; its cards are
data outside the text; the summary after the text is right for a reader:
lists of real items, dates in date order once each, each figure once per
wording, speakers capitalised, one spelling of "organisation"; the byline
shows no build internals; the JSON-LD is written into <head> by the theme.
Browser behaviour (cards opening, layers, axe-core) is in tests/browser.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from annotated_news.annotators import annotate
from annotated_news.parse.article import parse_article
from annotated_news.presented import presented
from annotated_news.reader import list_seeds, read_seed

from .conftest import SEEDS
from .html_tree import Node, article_body
from .test_site import article_urls, page, site  # noqa: F401  (the site fixture)

pytestmark = pytest.mark.site


def presented_text(seed: Path) -> str:
    """The page's text by presented.py: blocks joined by one newline, glued
    sentences spaced (TEAM.md §1)."""
    return presented(annotate(parse_article(read_seed(seed)))).text


def pages(site: Path) -> dict[str, Node]:  # noqa: F811
    """Article pages by seed file name."""
    return {seed: page(site, url) for seed, url in article_urls(site).items()}


def section(doc: Node, anchor: str) -> list[Node]:
    """The elements after the heading `anchor`, up to the next h2."""
    [content] = [n for n in doc.iter() if n.by_id("summary-figures") in n.children]
    out: list[Node] = []
    inside = False
    for child in content.children:
        if not isinstance(child, Node):
            continue
        if child.tag == "h2":
            inside = child.attrs.get("id") == anchor
        elif inside:
            out.append(child)
    return out


def items(doc: Node, anchor: str) -> list[str]:
    """The text of each top-level list item of a summary section."""
    return [
        " ".join(li.text().split())
        for ul in section(doc, anchor)
        if ul.tag == "ul"
        for li in ul.children
        if isinstance(li, Node) and li.tag == "li"
    ]


SUMMARY = ("summary-figures", "summary-quotes", "summary-dates", "summary-names")


def test_the_summary_is_left_out_of_search(site: Path) -> None:  # noqa: F811
    """Each summary heading and what follows it carries data-pagefind-ignore."""
    for seed, doc in pages(site).items():
        for anchor in SUMMARY:
            heading = doc.by_id(anchor)
            assert heading is not None, (seed, anchor)
            for node in [heading, *section(doc, anchor)]:
                assert "data-pagefind-ignore" in node.attrs, (seed, anchor, node.tag)
                assert "an-summary" in node.attrs.get("class", "").split()


def test_the_body_text_is_exactly_the_presented_text(site: Path) -> None:  # noqa: F811
    docs = pages(site)
    for seed in list_seeds(SEEDS):
        body = article_body(docs[seed.name])
        assert body.text() == presented_text(seed), seed.name


def test_the_body_holds_no_words_or_controls_of_the_site(site: Path) -> None:  # noqa: F811
    for seed, doc in pages(site).items():
        body = article_body(doc)
        for node in body.iter():
            classes = set(node.attrs.get("class", "").split())
            assert not classes & {"an-label", "an-ui", "an-also", "headerlink"}, seed
            if node.tag in ("a", "button"):
                assert node.text() == "", (seed, node.attrs)  # icon via CSS
                assert node.attrs.get("aria-label"), (seed, node.attrs)
        assert not body.find_all("aside"), seed  # notes are listed after the text
        assert "¶" not in body.text()
    ind = pages(site)["003_0f36b1109f0a2ec0.txt"]
    [h1] = ind.find_all("h1")
    assert h1.attrs["id"] == "title" and h1 in article_body(ind).children


def test_each_quote_has_one_small_control_and_nothing_else(site: Path) -> None:  # noqa: F811
    for seed, doc in pages(site).items():
        body = article_body(doc)
        speech = [
            q.attrs["id"]
            for q in body.find_all("q")
            if "id" in q.attrs and "an-scare" not in q.attrs["class"]
        ]
        controls = [a.attrs["data-card"] for a in body.find_all("a", "an-qc")]
        assert speech and sorted(controls) == sorted(speech), seed  # one each
        others = [
            a.attrs
            for a in body.find_all("a")
            if not {"an-qc", "an-note-ref"} & set(a.attrs["class"].split())
        ]
        assert others == [], seed  # no "also in", permalink or speaker links
        assert not body.find_all("button"), seed  # Copy link is in the card


def test_every_highlight_has_a_card_of_its_kind(site: Path) -> None:  # noqa: F811
    kinds = set()
    for seed, doc in pages(site).items():
        [template] = doc.find_all("template")
        assert template.attrs["id"] == "an-cards"
        cards = json.loads(template.text())
        keys = {
            n.attrs["data-card"]
            for n in article_body(doc).iter()
            if "data-card" in n.attrs
        }
        assert keys and keys <= set(cards), (seed, keys - set(cards))
        kinds |= {c["kind"] for c in cards.values()}
        assert all(c["title"] for c in cards.values())
    assert kinds == {"figure", "quote", "date", "name", "note", "echo", "credit"}


def test_cards_state_the_facts_of_each_kind(site: Path) -> None:  # noqa: F811
    doc = pages(site)["003_0f36b1109f0a2ec0.txt"]
    cards = json.loads(doc.find_all("template")[0].text())
    figure = cards["f-1000-federal-agents"]
    assert (figure["value"], figure["unit"]) == ("1,000 to 10,000", "federal agents")
    assert figure["written"] == "thousands of federal agents"
    more = cards["f-5000-federal-agents-more-than-5000-federal-agents"]
    assert more["qualifier"] == "more than"
    assert [(e["outlet"], e["words"]) for e in more["elsewhere"]] == [
        ("NBC News", "more than 5,000 personnel")
    ]
    rate = cards["f-3000-arrests"]
    assert rate["rate"] == "per day"
    quote = cards["q-abigail-jackson-keeping-president-trumps-promise"]
    assert quote["speaker_link"] == {
        "label": "Abigail Jackson",
        "href": "../../people/abigail-jackson/",
    }
    assert quote["anchor"] == "q-abigail-jackson-keeping-president-trumps-promise"
    assert [e["outlet"] for e in quote["elsewhere"]] == ["NBC News"]
    date = cards["d-2025-05"]
    assert (date["written"], date["resolved"]) == ("last month", "May 2025")
    assert date["relative"] == "Wednesday 4 June 2025"
    assert date["timeline"]["href"] == "../../timeline/#t-2025-05"
    day = cards["d-2025-05-21"]
    assert day["resolved"] == "Wednesday 21 May 2025"
    name = cards["organizations/immigration-and-customs-enforcement"]
    assert name["name_kind"] == "organisation"
    assert "ICE" in name["forms"] and name["articles"] == 2
    assert (
        name["place"]["href"]
        == "../../organizations/immigration-and-customs-enforcement/"
    )
    # A name without a page of its own: its entry on the A–Z page (speed's rule).
    axios = cards["organizations/axios"]
    assert axios["place"] == {
        "label": "Axios in the A–Z of organisations",
        "href": "../../organizations/a-z/a/#name-axios",
    }
    note = cards["n-drug-enforcement-agency"]
    assert (note["box"], note["number"]) == ("n-drug-enforcement-agency-note", 1)
    nbc = pages(site)["000_356ed7786aea7bd9.txt"]
    echo = next(
        c
        for c in json.loads(nbc.find_all("template")[0].text()).values()
        if c["kind"] == "echo"
    )
    assert echo["quoted_in"][0]["outlet"] == "The Independent"
    credit = cards["c-nbc-news-the-outlet"]
    assert (credit["written"], credit["cue"]) == ("the outlet", "according to")
    assert (credit["source"], credit["kind_label"]) == ("NBC News", "Outlet")
    assert credit["source_article"]["href"] == (
        "../2025-06-04-white-house-deputy-chief-of-staff-stephen-miller-berated-and/"
    )
    assert credit["story"]["href"].startswith("../../stories/")


def test_people_and_organisations_are_one_list_item_each(site: Path) -> None:  # noqa: F811
    doc = pages(site)["003_0f36b1109f0a2ec0.txt"]
    names = items(doc, "summary-names")
    assert len(names) == 16, names  # one <li> per person or organisation
    assert names[0].startswith("Donald Trump: person, named in 2 articles")
    assert any(
        n.startswith("Immigration and Customs Enforcement: organisation") for n in names
    )
    assert not any("- " in n for n in names)  # no items run together


def shown_text(node: Node, links: bool = True) -> str:
    """Text a reader sees, outside the article's text and the page's data.

    `links=False` leaves out link texts too: the summary quotes the article's
    words (and names) only as links.
    """
    if (
        node.tag in ("script", "style", "template")
        or "an-body" in node.attrs.get("class", "").split()
        or (node.tag == "a" and not links)
    ):
        return ""
    return "".join(
        c if isinstance(c, str) else shown_text(c, links) for c in node.children
    )


def test_the_page_spells_organisation_one_way(site: Path) -> None:  # noqa: F811
    for seed, doc in pages(site).items():
        text = re.sub(r"“[^”]*”", "", shown_text(doc, links=False))  # quoted words
        assert "organisation" in text, seed
        assert "organization" not in text.lower(), seed


def test_note_headings_quote_the_noted_words_once(site: Path) -> None:  # noqa: F811
    doc = pages(site)["003_0f36b1109f0a2ec0.txt"]
    titles = [" ".join(p.text().split()) for p in doc.find_all("p", "admonition-title")]
    assert titles == [
        "Note 1 on “Drug Enforcement Agency” back to the text",
        "Note 2 on “Keeping President Trump’s promise to deport illegal aliens…” "
        "back to the text",
    ]
    assert not any("““" in t or "””" in t for t in titles)


def test_speaker_headings_start_with_a_capital(site: Path) -> None:  # noqa: F811
    doc = pages(site)["000_356ed7786aea7bd9.txt"]
    speakers = [i.split(":")[0] for i in items(doc, "summary-quotes")]
    assert "The draft" in speakers and "An assistant U.S. attorney" in speakers
    assert all(s[:1].isupper() for s in speakers), speakers


def test_key_figures_list_each_figure_once_per_wording(site: Path) -> None:  # noqa: F811
    doc = pages(site)["003_0f36b1109f0a2ec0.txt"]
    figures = items(doc, "summary-figures")
    labels = [f.split(";")[0].split(" (")[0] for f in figures]
    assert len(labels) == len(set(labels)), figures
    twice = next(f for f in figures if f.startswith("21,000 National Guard troops"))
    assert "(2 places: 1, 2)" in twice
    assert (
        "1,000 to 10,000 federal agents, written “thousands of federal agents”"
        in figures
    )
    # The words are given only when they differ from the figure as read.
    assert not any(re.match(r"(.+), written “\1”", f) for f in figures), figures


def test_dates_are_listed_in_date_order_once_each(site: Path) -> None:  # noqa: F811
    doc = pages(site)["000_356ed7786aea7bd9.txt"]
    times = [
        (t.attrs["datetime"], t.text())
        for ul in section(doc, "summary-dates")
        for t in ul.find_all("time")
    ]
    assert [t[0] for t in times] == sorted(t[0] for t in times)  # ISO: date order
    assert len(times) == len(set(times)), times  # each date once
    assert times[:3] == [
        ("2022", "2022"),
        ("2023", "2023"),
        ("2024", "first half of 2024"),
    ]
    assert ("2025-05", "mid-May 2025") in times and ("2025-05", "May 2025") in times
    dates = items(doc, "summary-dates")
    assert all("on the timeline" in d for d in dates), dates


def test_the_byline_shows_no_build_internals(site: Path) -> None:  # noqa: F811
    for seed, doc in pages(site).items():
        visible = shown_text(doc)
        assert seed not in visible and "derived" not in visible, seed
    md = (site / "docs" / "articles").glob("*.md")
    fronts = [p.read_text(encoding="utf-8").split("---")[1] for p in md]
    assert all("seed: " in f and "title_derived: " in f for f in fronts)


def test_the_byline_links_the_story_of_the_article(site: Path) -> None:  # noqa: F811
    for seed, doc in pages(site).items():
        [meta] = doc.find_all("p", "an-meta")
        [story] = [a for a in meta.find_all("a") if "stories/" in a.attrs["href"]]
        assert story.attrs["href"].startswith("../../stories/"), seed
        target = site / "site" / "articles" / "x" / story.attrs["href"] / "index.html"
        assert target.resolve().exists(), story.attrs["href"]


def test_json_ld_is_in_the_head_once_and_not_in_the_content(site: Path) -> None:  # noqa: F811
    for seed, url in article_urls(site).items():
        path = urlsplit(url).path.lstrip("/")
        html = (site / "site" / path / "index.html").read_text(encoding="utf-8")
        head, body = html.split("</head>", 1)
        assert head.count("application/ld+json") == 1, seed
        assert "application/ld+json" not in body, seed
        data = json.loads(
            head.split('<script type="application/ld+json">')[1].split("</script>")[0]
        )
        assert data["@graph"][0]["@type"] == "NewsArticle"
