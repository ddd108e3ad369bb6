"""The article page in headless Chromium (issue 11): cards, layers, layout.

Each kind of highlight opens its card by click and by keyboard, the card
states its facts, and Esc, a second press or a click outside closes it with
the focus back on the highlight; the layer switches are remembered across a
page change and a new visit; the page never scrolls sideways at 390 and
1280 px in either palette, a card open; the summary lists are list items;
landing on a quote leaves the line above it clear of "Back to top"; print
and no-JavaScript readers get the text and its facts.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Visit
from .test_browser import INDEPENDENT, NBC, landed_on, tab_to

pytestmark = pytest.mark.browser

CARD = "#an-card:not([hidden])"
FIRST_RECT = """s => { const el = document.querySelector(s);
  el.scrollIntoView({block: 'center'});
  const r = el.getClientRects()[0];
  return [r.left + Math.min(8, r.width / 2), r.top + r.height / 2]; }"""
CARD_STATE = """() => { const c = document.getElementById('an-card');
  const a = document.activeElement;
  return {open: !!c && !c.hidden, title: c && c.querySelector('.an-card-title').textContent,
    text: c && c.innerText, role: c && c.getAttribute('role'),
    labelled: c && document.getElementById(c.getAttribute('aria-labelledby'))?.textContent,
    focusInCard: !!c && c.contains(a), focusId: a && (a.id || a.dataset.card || a.tagName),
    expanded: [...document.querySelectorAll('.an-body [aria-expanded="true"]')]
      .map(e => e.id || e.dataset.card)}; }"""

# (page, the highlight to press, its opener's id or data-card, facts the card states)
KINDS = [
    (
        "figure",
        INDEPENDENT,
        "#f-5000-federal-agents-more-than-5000-federal-agents",
        "f-5000-federal-agents-more-than-5000-federal-agents",
        [
            "Figure: more than 5,000 federal agents",
            "Value\n5,000",
            "Unit\nfederal agents",
            "Qualifier\nmore than",
            "NBC News: “more than 5,000 personnel”",
        ],
    ),
    (
        "quote",
        INDEPENDENT,
        'a.an-qc[data-card="q-abigail-jackson-keeping-president-trumps-promise"]',
        "q-abigail-jackson-keeping-president-trumps-promise",
        [
            "Quote by Abigail Jackson",
            "Speaker\nAbigail Jackson",
            "Permalink",
            "Copy link",
        ],
    ),
    (
        "date",
        INDEPENDENT,
        "#d-2025-05",
        "d-2025-05",
        [
            "Date: last month",
            "“last month” → May 2025",
            "the publication date, Wednesday 4 June 2025",
            "On the timeline",
        ],
    ),
    (
        "name",
        INDEPENDENT,
        "#e-immigration-and-customs-enforcement-has",
        "e-immigration-and-customs-enforcement-has",
        [
            "Immigration and Customs Enforcement",
            "Kind\norganisation",
            "Named in\n2 articles",
            "ICE",
            "Everything about Immigration and Customs Enforcement",
        ],
    ),
    (
        "note",
        INDEPENDENT,
        'a.an-note-ref[data-card="n-drug-enforcement-agency"]',
        "n-drug-enforcement-agency",
        [
            "Note 1",
            "On “Drug Enforcement Agency”",
            "The agency’s name is the Drug Enforcement Administration (DEA)",
            "In the list of notes",
        ],
    ),
    (
        "echo",
        NBC,
        "#echo-a-source-of-tension",
        "echo-a-source-of-tension",
        ["Words quoted in another article", "The Independent: “a source of tension”"],
    ),
    (
        "credit",
        INDEPENDENT,
        "#c-nbc-news-the-outlet",
        "c-nbc-news-the-outlet",
        [
            "Source: the outlet",
            "Credited\nNBC News",
            "Kind\nOutlet",
            "“according to the outlet”",
            "Part of the story",
        ],
    ),
]


def press(page: Any, selector: str) -> None:
    """Click a highlight where its first line is (it may wrap)."""
    x, y = page.evaluate(FIRST_RECT, selector)
    page.mouse.click(x, y)


def state(page: Any) -> dict[str, Any]:
    return page.evaluate(CARD_STATE)


@pytest.mark.parametrize(("kind", "path", "selector", "opener", "facts"), KINDS)
def test_each_kind_of_card_opens_by_click_states_its_facts_and_closes(
    visit: Visit, kind: str, path: str, selector: str, opener: str, facts: list[str]
) -> None:
    page = visit.go(path)
    press(page, selector)
    page.wait_for_selector(CARD)
    open_ = state(page)
    assert open_["role"] == "dialog" and open_["labelled"] == facts[0]
    assert open_["focusInCard"]  # a screen reader hears the dialog's name
    assert open_["expanded"] == [opener]
    for fact in facts:
        assert fact in open_["text"], (fact, open_["text"])
    page.keyboard.press("Escape")
    closed = state(page)
    assert not closed["open"] and closed["expanded"] == []
    assert closed["focusId"] == opener  # focus back on the highlight
    press(page, selector)  # a second press closes
    page.wait_for_selector(CARD)
    press(page, selector)
    assert not state(page)["open"]
    press(page, selector)  # and so does a click outside
    page.wait_for_selector(CARD)
    page.click(".an-meta")
    after = state(page)
    assert not after["open"] and after["focusId"] == opener


@pytest.mark.parametrize(("kind", "path", "selector", "opener", "facts"), KINDS)
def test_each_kind_of_card_opens_by_keyboard(
    visit: Visit, kind: str, path: str, selector: str, opener: str, facts: list[str]
) -> None:
    page = visit.go(path)
    target = f'[data-an-opener][id="{opener}"], [data-an-opener][data-card="{opener}"]'
    tab_to(page, target)
    page.keyboard.press("Enter")
    page.wait_for_selector(CARD)
    assert state(page)["title"] == facts[0]
    page.keyboard.press("Escape")
    assert state(page)["focusId"] == opener
    page.keyboard.press(" ")  # Space opens it too
    page.wait_for_selector(CARD)
    page.keyboard.press("Escape")
    assert not state(page)["open"] and state(page)["focusId"] == opener


def test_a_name_inside_a_figure_opens_from_the_figure_card(visit: Visit) -> None:
    page = visit.go(INDEPENDENT)
    figure = "f-21000-national-guard-troops-21000-national-guard-troops"
    # The figure is the button; the name inside it is not a second one
    # (nested-interactive), but a click on the name opens the name's card.
    roles = page.evaluate(
        """id => { const f = document.getElementById(id);
          return [f.getAttribute('role'), f.querySelector('.an-entity').getAttribute('role'),
                  f.querySelector('.an-entity').hasAttribute('tabindex')]; }""",
        figure,
    )
    assert roles == ["button", None, False]
    press(page, f"#{figure} .an-entity")
    page.wait_for_selector(CARD)
    assert state(page)["title"] == "National Guard"
    page.keyboard.press("Escape")
    assert state(page)["focusId"] == figure
    page.focus(f"#{figure}")
    page.keyboard.press("Enter")
    page.wait_for_selector(CARD)
    page.click("#an-card .an-card-switch")  # "Also marked here: National Guard"
    assert state(page)["title"] == "National Guard"
    page.keyboard.press("Escape")
    assert state(page)["focusId"] == figure


OFF_NAMES = """() => ({
  html: document.documentElement.classList.contains('an-off-names'),
  checked: document.querySelector('input.an-layer[data-an-layer="names"]').checked,
  border: getComputedStyle(document.querySelector('.an-body span.an-entity'))
    .borderBottomStyle,
  stops: document.querySelectorAll('.an-body span.an-entity[tabindex]').length,
  figures: getComputedStyle(document.querySelector('.an-body mark.an-figure'))
    .backgroundColor})"""


def test_layer_switches_are_remembered_across_pages_and_visits(
    browser: Any, base_url: str
) -> None:
    visit = Visit(browser, base_url, color_scheme="light")
    try:
        page = visit.go(INDEPENDENT)
        before = page.evaluate(OFF_NAMES)
        assert before["border"] == "dotted" and before["stops"] > 10
        page.uncheck('input.an-layer[data-an-layer="names"]')
        page.uncheck('input.an-layer[data-an-layer="figures"]')
        off = page.evaluate(OFF_NAMES)
        assert off["html"] and not off["checked"]
        assert off["border"] == "none" and off["stops"] == 0  # clean, no tab stops
        assert off["figures"] == "rgba(0, 0, 0, 0)"
        page.click(f'.an-summary a[href*="{NBC.split("/")[1]}"]')  # a page load
        page.wait_for_url(f"**/{NBC}**")
        page.wait_for_function("document.documentElement.classList.contains('an-js')")
        page.wait_for_selector("#e-stephen-miller")
        moved = page.evaluate(OFF_NAMES)
        assert moved["html"] and not moved["checked"] and moved["stops"] == 0
        page = visit.go(NBC)  # a new visit (a real load)
        again = page.evaluate(OFF_NAMES)
        assert again["html"] and not again["checked"] and again["border"] == "none"
        page.check('input.an-layer[data-an-layer="names"]')
        page.check('input.an-layer[data-an-layer="figures"]')
        on = page.evaluate(OFF_NAMES)
        assert not on["html"] and on["border"] == "dotted" and on["stops"] > 10
        assert visit.errors == [] and visit.outside == []
    finally:
        visit.close()


WIDE = """() => ({scroll: document.documentElement.scrollWidth,
  client: document.documentElement.clientWidth,
  card: (() => { const c = document.getElementById('an-card');
    if (!c || c.hidden) return null; const r = c.getBoundingClientRect();
    return [r.left, r.right]; })()})"""


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_article_pages_never_scroll_sideways(
    browser: Any, base_url: str, width: int, scheme: str
) -> None:
    visit = Visit(browser, base_url, color_scheme=scheme)
    try:
        visit.page.set_viewport_size({"width": width, "height": 844})
        for path, selector in (
            (INDEPENDENT, "#f-1000-federal-agents"),
            (
                NBC,
                'a.an-qc[data-card="q-abigail-jackson-keeping-president-trumps-promise"]',
            ),
        ):
            page = visit.go(path)
            shut = page.evaluate(WIDE)
            assert shut["scroll"] <= shut["client"], (path, shut)
            press(page, selector)
            page.wait_for_selector(CARD)
            opened = page.evaluate(WIDE)
            assert opened["scroll"] <= opened["client"], (path, opened)
            left, right = opened["card"]
            assert left >= 0 and right <= opened["client"], (path, opened)
        assert visit.errors == [] and visit.outside == []
    finally:
        visit.close()


def test_names_do_not_look_like_links(visit: Visit) -> None:
    page = visit.go(INDEPENDENT)
    name, link, text = page.evaluate(
        """() => [document.querySelector('.an-body p span.an-entity'),
                  document.querySelector('.an-summary li a'),
                  document.querySelector('.an-body p')].map(e => {
          const s = getComputedStyle(e);
          return {color: s.color, line: s.textDecorationLine, border: s.borderBottomStyle};
        })"""
    )
    assert name["color"] == text["color"] != link["color"]  # the text's colour
    assert name["line"] == "none" and name["border"] == "dotted"
    assert link["line"] == "underline"


TARGET = """s => { const el = document.querySelector(s);
  el.scrollIntoView({block: 'center'}); const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  return [[-11, 0], [11, 0], [0, -11], [0, 11]].every(([dx, dy]) =>
    el.contains(document.elementFromPoint(x + dx, y + dy))); }"""


@pytest.mark.parametrize("width", [390, 1280])
def test_small_controls_take_a_24_px_tap(
    browser: Any, base_url: str, width: int
) -> None:
    visit = Visit(browser, base_url, color_scheme="light")
    try:
        visit.page.set_viewport_size({"width": width, "height": 844})
        page = visit.go(INDEPENDENT)
        for selector in ("a.an-qc", "a.an-note-ref", "label.an-key"):
            if page.locator(selector).count():
                assert page.evaluate(TARGET, selector), (width, selector)
    finally:
        visit.close()


def test_summary_lists_are_list_items(visit: Visit) -> None:
    page = visit.go(INDEPENDENT)
    names = page.evaluate(
        """() => [...document.querySelectorAll('#summary-names + ul > li')]
             .map(li => li.querySelector('a').textContent)"""
    )
    assert len(names) == 16 and names[0] == "Donald Trump", names
    for anchor in ("summary-figures", "summary-quotes", "summary-dates"):
        count = page.evaluate(
            "a => document.querySelectorAll(`#${a} + ul > li`).length", anchor
        )
        assert count >= 3, anchor


def test_landing_on_a_quote_keeps_the_line_above_clear_of_back_to_top(
    visit: Visit,
) -> None:
    page = visit.go(NBC)
    anchor = "q-tricia-mclaughlin-under-secretary-noem-we"
    page.mouse.wheel(0, 8000)
    page.wait_for_function("scrollY > 2000")
    page.click(f'.an-summary a[href$="#{anchor}"]')  # lands by scrolling up
    landed_on(page, anchor)
    where = page.evaluate(
        """id => { const t = document.getElementById(id);
          const line = parseFloat(getComputedStyle(t.closest('p')).lineHeight);
          const top = document.querySelector('.md-top').getBoundingClientRect();
          return {target: t.getBoundingClientRect().top, button: top.bottom, line}; }""",
        anchor,
    )
    # Wherever Material shows the button, a whole line above the quote is free.
    assert where["target"] >= where["button"] + where["line"] - 1, where


def test_print_and_no_javascript_show_clean_text_and_the_facts(
    browser: Any, base_url: str
) -> None:
    visit = Visit(browser, base_url, java_script_enabled=False)
    try:
        page = visit.page
        page.goto(f"{base_url}{INDEPENDENT}")
        # No fake buttons without JavaScript: highlights are plain text.
        assert page.locator(".an-body [tabindex], .an-body [role=button]").count() == 0
        assert not page.locator("input.an-layer").first.is_visible()
        assert page.locator(".an-legend").is_visible()  # the legend explains the marks
        assert page.locator("#summary-figures").is_visible()
        assert page.locator("#n-drug-enforcement-agency-note").is_visible()
        page.emulate_media(media="print")
        assert not page.locator(".an-legend").is_visible()
        assert not page.locator("a.an-qc").first.is_visible()
        background = page.evaluate(
            "getComputedStyle(document.querySelector('mark.an-figure')).backgroundColor"
        )
        assert background == "rgba(0, 0, 0, 0)"
        assert page.locator("#n-drug-enforcement-agency-note").is_visible()
        assert visit.outside == []
    finally:
        visit.close()
