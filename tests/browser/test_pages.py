"""Every kind of page on a phone (390 px) and a desktop (1280 px), light and dark.

No page scrolls sideways; the front page gives each headline the width of
its column; the drawings' labels are readable as rendered.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Visit

pytestmark = pytest.mark.browser

INDEPENDENT = (
    "articles/2025-06-04-ice-operation-calls-for-5000-federal-agents-and-21000/"
)
PAGES = {
    "home": "",
    "article": INDEPENDENT,
    "timeline": "timeline/",
    "figures": "figures/",
    "crosslinks": "crosslinks/",
    "quotes": "quotes/",
    "people": "people/",
    "person": "people/abigail-jackson/",
    "organisation": "organizations/immigration-and-customs-enforcement/",
}
SIZES = {390: 844, 1280: 900}
SIDEWAYS = """() => {
  const root = document.documentElement;
  // Content cut off at the right edge (a table's hidden last column), except
  // inside a box that scrolls with a visible cue.
  // A box cut off by an ancestor that hides its overflow inside the page (a
  // visually hidden table head) shows nothing past that ancestor.
  const clipped = el => {
    for (let a = el.parentElement; a && a !== root; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (/hidden|clip/.test(style.overflowX + style.overflow)
          && a.getBoundingClientRect().right <= root.clientWidth + 1) return true;
    }
    return false;
  };
  // Wider than its column: cut off at the column's edge or the page's.
  const column = document.querySelector('.md-content__inner').getBoundingClientRect();
  const edge = Math.min(root.clientWidth, column.right);
  const wide = [...document.querySelectorAll('.md-content__inner *')].filter(el => {
    const box = el.getBoundingClientRect();
    // (4 px: Material's <summary> reaches .6rem past its box by design.)
    return box.width && box.right > edge + 4
      && !el.closest('.an-table-box--scroll') && !clipped(el);
  }).slice(0, 3).map(el => el.tagName + '.' + el.className);
  return {scroll: root.scrollWidth, client: root.clientWidth, wide};
}"""


@pytest.fixture(params=[(w, s) for w in SIZES for s in ("light", "dark")], ids=str)
def sized(request: Any, browser: Any, base_url: str) -> Any:
    width, scheme = request.param
    visit = Visit(browser, base_url, color_scheme=scheme)
    visit.page.set_viewport_size({"width": width, "height": SIZES[width]})
    yield visit
    visit.close()
    assert visit.errors == []
    assert visit.outside == []


def first_story(visit: Visit) -> str:
    """The URL path of the first story's page (its id comes from the index)."""
    page = visit.go("stories/")
    href = page.evaluate(
        "[...document.querySelectorAll('.md-content a')].map(a => a.href)"
        ".find(h => /\\/stories\\/[^/]+\\/$/.test(h))"
    )
    assert href, "no story page linked from stories/"
    return href.removeprefix(visit.base_url)


def test_no_page_scrolls_sideways(sized: Visit) -> None:
    pages = {**PAGES, "stories": "stories/", "story": first_story(sized)}
    for kind, path in pages.items():
        page = sized.go(path)
        found = page.evaluate(SIDEWAYS)
        assert found["scroll"] <= found["client"], (kind, found)
        assert found["wide"] == [], (kind, found)


def test_front_page_headlines_take_the_width_of_their_column(sized: Visit) -> None:
    page = sized.go("")
    widths = page.evaluate("""() => {
      const column = document.querySelector('.md-content__inner').clientWidth;
      return [...document.querySelectorAll('.an-item__title')].map(
        t => t.getBoundingClientRect().width / column);
    }""")
    assert len(widths) == 2
    # In the table a headline had a sixth of the column: a word or two a line.
    assert all(w > 0.9 for w in widths), widths


TITLE = """() => {
  const topic = document.querySelector('.md-header__title .md-header__topic .md-ellipsis');
  const box = topic.getBoundingClientRect();
  const search = document.querySelector('#an-search').getBoundingClientRect();
  return {text: topic.textContent.trim(), scroll: topic.scrollWidth,
          client: topic.clientWidth, right: box.right, search: search.left,
          visible: box.width > 0};
}"""


def test_the_site_title_fits_in_the_header(sized: Visit) -> None:
    for path in ("", INDEPENDENT):
        page = sized.go(path)
        title = page.evaluate(TITLE)
        assert title["text"] == "Annotated news"
        assert title["visible"]
        # Not cut to "An…" by the search box.
        assert title["scroll"] <= title["client"], title
        assert title["right"] <= title["search"], title


LABELS = """() => [...document.querySelectorAll('svg.an-svg')]
  .filter(svg => svg.getBoundingClientRect().width > 0)
  .map(svg => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const sizes = [...svg.querySelectorAll('text')].map(
      t => parseFloat(getComputedStyle(t).fontSize) * scale);
    return {scale, smallest: Math.min(...sizes), labels: sizes.length,
            marks: svg.querySelectorAll('a').length};
  })"""


def test_drawing_labels_are_at_least_11_px_as_rendered(sized: Visit) -> None:
    page = sized.go("timeline/")
    shown = page.evaluate(LABELS)
    assert len(shown) == 1, shown  # one panel, drawn for this width
    (drawing,) = shown
    assert drawing["labels"] >= 5 and drawing["marks"] >= 10
    # Was 5-7 px: a 732-unit drawing squeezed into a phone's column.
    assert drawing["smallest"] >= 11, drawing
    # The story's drawing (who cites whom), drawn at its own size.
    (cites,) = sized.go(first_story(sized)).evaluate(LABELS)
    assert cites["labels"] >= 3 and cites["marks"] >= 3
    assert cites["smallest"] >= 11, cites


GUTTERS = """() => [...document.querySelectorAll('table.an-table--stack td[data-label]')]
  .filter(td => td.getBoundingClientRect().height > 0
          && getComputedStyle(td, '::before').content !== 'none')
  .map(td => {
    const box = td.getBoundingClientRect();
    const pad = parseFloat(getComputedStyle(td).paddingLeft);
    return {label: td.dataset.label, x: box.left + window.scrollX,
            y: box.top + window.scrollY, width: pad, height: box.height};
  })"""


def test_each_stacked_cell_shows_its_column_name_on_a_phone(visit: Visit) -> None:
    """The matrix's cells on a phone say which article each is.

    The label is CSS generated content, which the DOM cannot measure: the
    cell's left gutter is photographed with and without the label, and the
    two pictures must differ (an empty gutter was the defect).
    """
    visit.page.set_viewport_size({"width": 390, "height": 844})
    page = visit.go(first_story(visit))
    cells = page.evaluate(GUTTERS)
    labels = {c["label"] for c in cells}
    assert {"The Independent", "NBC News"} <= labels, labels
    hide = page.add_style_tag(
        content="table.an-table--stack td::before { visibility: hidden !important; }"
    )
    hidden = [page.screenshot(clip=c, full_page=True) for c in cells[:6]]
    hide.evaluate("s => s.remove()")
    shown = [page.screenshot(clip=c, full_page=True) for c in cells[:6]]
    unlabelled = [
        c["label"]
        for c, without, with_label in zip(cells, hidden, shown, strict=False)
        if without == with_label
    ]
    assert unlabelled == [], "cells with an empty gutter where their label goes"
