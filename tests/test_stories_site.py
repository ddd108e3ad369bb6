"""End to end: the two seeds make one story, on the built site and in stories.json."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .test_site import page, site  # noqa: F401  (the site fixture)

pytestmark = pytest.mark.site
NBC, IND = "NBC News", "The Independent"


def stories(site: Path) -> list[dict]:  # noqa: F811
    return json.loads((site / "docs" / "stories.json").read_text(encoding="utf-8"))[
        "stories"
    ]


def test_the_seeds_are_one_story_with_both_articles(site: Path) -> None:  # noqa: F811
    (story,) = stories(site)
    assert len(story["articles"]) == 2
    assert story["url"] == f"stories/{story['id']}/"
    assert story["start"] == story["end"] == "2025-06-04"
    assert (site / "site" / story["url"] / "index.html").is_file()
    listed = page(site, "stories")
    assert any(
        a.attrs.get("href", "").endswith(f"{story['id']}/")
        for a in listed.find_all("a")
    )


def _claims(story: dict) -> dict[str, dict]:
    return {c["label"]: c for c in story["claims"]}


def test_the_matrix_holds_the_shared_quantities_with_each_wording(
    site: Path,  # noqa: F811
) -> None:
    (story,) = stories(site)
    claims = _claims(story)
    articles = story["articles"]
    five = next(c for label, c in claims.items() if label.startswith("5,000"))
    troops = next(c for label, c in claims.items() if label.startswith("21,000"))
    daily = next(
        c for label, c in claims.items() if label.startswith("3,000") and "day" in label
    )
    for claim in (five, troops, daily):
        assert claim["kind"] == "figure"
        assert [c["article"] for c in claim["cells"]] == articles  # both report it
    texts = {c["text"] for c in five["cells"]}
    assert texts == {"more than 5,000 federal agents", "more than 5,000 personnel"}
    wordings = [c["text"] for c in troops["cells"]]
    assert "up to 21,000 National Guard troops" in wordings
    assert "21,000 National Guard troops" in wordings
    assert sorted(c["differs"] for c in troops["cells"]) == [
        "qualifier: none (others: up to)",
        "qualifier: up to (others: none)",
    ]
    assert {c["text"] for c in daily["cells"]} == {"3,000", "3,000 migrants a day"}
    statement = next(c for c in story["claims"] if c["kind"] == "statement")
    assert statement["label"].startswith("Abigail Jackson: “Keeping President Trump")
    assert any(
        c["kind"] == "event" and c["label"] == "mid-May 2025" for c in story["claims"]
    )


def _ids(site: Path, url: str) -> set[str]:  # noqa: F811
    return {n.attrs["id"] for n in page(site, url).iter() if "id" in n.attrs}


def test_every_cell_and_credit_lands_on_its_place(site: Path) -> None:  # noqa: F811
    (story,) = stories(site)
    ids = {a: _ids(site, a) for a in story["articles"]}
    for claim in story["claims"]:
        for cell in claim["cells"]:
            assert cell["anchor"] in ids[cell["article"]], cell
    for credit in story["credits"]:
        assert credit["anchor"] in ids[credit["article"]], credit
    doc = page(site, story["url"])
    matrix = doc.find_all("div", "an-story-matrix")[0].find_all("table")[0]
    rows = matrix.find_all("tr")
    assert len(rows) == len(story["claims"]) + 1  # the header row
    for a in matrix.find_all("a"):
        href = urlsplit(a.attrs["href"])
        if href.fragment:
            target = href.path.replace("../", "")
            assert href.fragment in ids[target], a.attrs["href"]


def _credited(story: dict, article: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in story["credits"]:
        if c["article"] == article:
            out.setdefault(c["sourceKind"], set()).add(c["source"])
    return out


def test_who_each_seed_credits(site: Path) -> None:  # noqa: F811
    (story,) = stories(site)
    by_outlet: dict[str, dict[str, set[str]]] = {}
    for article in story["articles"]:
        credited = _credited(story, article)
        outlet = IND if "ice-operation" in article else NBC
        by_outlet[outlet] = credited
    assert by_outlet[IND]["outlet"] == {"Axios", "NBC News"}
    nbc = by_outlet[NBC]
    assert "outlet" not in nbc
    assert {"anonymous", "document", "data"} <= set(nbc)
    assert nbc["data"] == {"FBI data"}
    counts = [
        c["count"]
        for c in story["credits"]
        if c["sourceKind"] == "anonymous" and c["count"] is not None
    ]
    assert 2 in counts and 3 in counts
    doc = page(site, story["url"])
    table = doc.find_all("div", "an-story-credits")[0].find_all("table")[0]
    assert "numbers given" in table.text()
    svg = doc.find_all("svg", "an-credit-graph")[0]
    labels = {t.text() for t in svg.find_all("text")}
    assert {"The Independent", "Axios", "NBC News"} <= labels
    assert all("href" in a.attrs for a in svg.find_all("a"))


def test_story_page_sections(site: Path) -> None:  # noqa: F811
    (story,) = stories(site)
    doc = page(site, story["url"])
    ids = {n.attrs["id"] for n in doc.iter() if "id" in n.attrs}
    assert {"matrix", "said", "credits", "timeline", "articles"} <= ids
    text = " ".join(doc.text().split())
    assert "4 June 2025 · 2 articles from The Independent, NBC News." in text
    said = doc.by_id("said")
    assert said is not None
    assert "Abigail Jackson" in text
    assert (
        "Drug Enforcement Administration is written “Drug Enforcement Agency” in The "
        "Independent; “Drug Enforcement Administration” in NBC News." in text
    )


def test_the_matrix_marks_which_article_differs_and_in_what(
    site: Path,  # noqa: F811
) -> None:
    """As on the figures ledger: a callout on the row, a short tag per cell."""
    (story,) = stories(site)
    doc = page(site, story["url"])
    matrix = doc.find_all("div", "an-story-matrix")[0]
    rows = {}
    for tr in matrix.find_all("tr")[1:]:
        cells = tr.find_all("td")
        rows[" ".join(cells[0].text().split())] = cells
    five = next(cells for name, cells in rows.items() if "5,000" in name)
    callouts = [t.text() for t in five[0].find_all("span", "an-tag--differs")]
    assert callouts == ["Unit differs"]
    tags = {
        td.attrs["data-label"]: [t.text() for t in td.find_all("span", "an-tag")]
        for td in five[1:]
    }
    assert tags == {IND: ["unit: federal agents"], NBC: ["unit: personnel"]}
    # A row whose articles agree has neither.
    same = next(cells for name, cells in rows.items() if "3,000 ICE" in name)
    assert all(td.find_all("span", "an-tag") == [] for td in same)
    # stories.json keeps the sentence (a public interface).
    claim = next(c for c in story["claims"] if c["label"].startswith("5,000"))
    assert {c["differs"] for c in claim["cells"]} == {
        "unit: federal agents (others: personnel)",
        "unit: personnel (others: federal agents)",
    }
    assert "≠" not in matrix.text()


def test_who_said_what_names_each_speaker_with_a_capital(
    site: Path,  # noqa: F811
) -> None:
    """ "the draft" as a heading read as a broken sentence (issue 11)."""
    (story,) = stories(site)
    doc = page(site, story["url"])
    names = [
        " ".join(li.find_all("strong")[0].text().split())
        for li in doc.find_all("li")
        if li.find_all("strong") and li.find_all("ul")
    ]
    assert len(names) >= 5, names
    assert "The draft" in names  # a speaker described, not named
    assert all(n[:1].isupper() for n in names), names


def test_the_story_page_is_converted_without_python_markdown(
    site: Path,  # noqa: F811
) -> None:
    """Its lists and tables are raw blocks the hooks take out whole; the rest
    is in the part of Markdown `mkdocs_plain` converts (issue 14)."""
    import markdown
    from mkdocs.utils.meta import get_data

    from annotated_news import mkdocs_plain, raw_blocks

    (story,) = stories(site)
    md = markdown.Markdown(
        extensions=["toc", "tables", "attr_list"],
        extension_configs={"toc": {"permalink": True}},
    )
    assert mkdocs_plain.reason(md) is None
    source = (site / "docs" / "stories" / f"{story['id']}.md").read_text("utf-8")
    rest, taken = raw_blocks.take_out(get_data(source)[0])
    assert taken is not None and len(taken.blocks) >= 4
    assert mkdocs_plain.parse(rest, md) is not None, rest
