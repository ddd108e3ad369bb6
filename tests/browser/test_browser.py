"""The site as a reader uses it, in headless Chromium.

Search to a quote and land on it, open a permalink, copy a quote's link from
its card, use the page with the keyboard only, follow the timeline and index
pages, filter search results; and accessibility: contrast of every highlight
and of a card in both palettes, and axe-core on the main pages and with a
card open. The cards, layers and layout of article pages: test_article.py.
"""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import quote as percent

import pytest

from .conftest import Visit

pytestmark = pytest.mark.browser

NBC = (
    "articles/2025-06-04-white-house-deputy-chief-of-staff-stephen-miller-berated-and/"
)
INDEPENDENT = (
    "articles/2025-06-04-ice-operation-calls-for-5000-federal-agents-and-21000/"
)
JACKSON = "q-abigail-jackson-keeping-president-trumps-promise"
MCLAUGHLIN = "q-tricia-mclaughlin-under-secretary-noem-we"
DEA_NOTE = "n-drug-enforcement-agency"

LANDED = """() => {
  const el = document.querySelector('.an-targeted');
  if (!el) return null;
  const box = el.getBoundingClientRect();
  const header = document.querySelector('.md-header').getBoundingClientRect();
  return {id: el.id, top: box.top, bottom: box.bottom, header: header.bottom,
          height: innerHeight, outline: getComputedStyle(el).outlineStyle};
}"""


def landed_on(page: Any, anchor: str) -> dict[str, Any]:
    """Wait for the landing mark on `anchor`; check it shows below the header."""
    page.wait_for_function(
        "id => document.querySelector('.an-targeted')?.id === id", arg=anchor
    )
    where = page.evaluate(LANDED)
    assert where["outline"] == "solid"  # a visible mark, not colour alone
    assert where["header"] <= where["top"] < where["height"], where
    return where


def search(page: Any, words: str) -> list[str]:
    """Open search with "/", type `words`, return the result titles."""
    if not page.evaluate("!!document.querySelector('#an-search-modal dialog[open]')"):
        page.keyboard.press("/")
    page.wait_for_function("document.activeElement?.matches('#an-search-modal input')")
    page.fill("#an-search-modal input", "")
    page.keyboard.type(words)
    page.wait_for_function(
        """w => document.querySelector('#an-search-modal .an-search-summary')
               ?.textContent.includes('for “' + w + '”')
             && document.querySelector('#an-search-modal .pf-result-link')""",
        arg=words,
    )
    return page.locator("#an-search-modal .pf-result-link").all_inner_texts()


def excerpts(page: Any) -> list[str]:
    return page.locator("#an-search-modal .pf-result-excerpt").evaluate_all(
        "els => els.map(e => e.innerHTML)"
    )


def test_a_page_load_fetches_no_sitemap(visit: Visit) -> None:
    """Material's instant navigation (off) fetched and parsed sitemap.xml on
    every load: 4.3 MB at 10,000 articles, which a search started then waited
    for (README, "Search"). Links are ordinary page loads."""
    fetched: list[str] = []
    visit.page.on("request", lambda r: fetched.append(r.url))
    page = visit.go(NBC)
    page.wait_for_load_state("networkidle")
    assert fetched and not [u for u in fetched if "sitemap" in u], fetched
    page.click(f'.an-summary a[href*="{INDEPENDENT.split("/")[1]}"]')
    page.wait_for_function("document.documentElement.classList.contains('an-js')")
    assert INDEPENDENT.split("/")[1] in page.url
    page.wait_for_load_state("networkidle")
    assert not [u for u in fetched if "sitemap" in u], fetched


def test_search_finds_a_quote_and_lands_on_it(visit: Visit) -> None:
    page = visit.go("")
    started = time.perf_counter()
    titles = search(page, "promise to deport")
    first_result = time.perf_counter() - started
    assert titles[0].startswith("Abigail Jackson: “Keeping President Trump’s promise")
    assert "<mark>promise</mark>" in excerpts(page)[0]
    page.keyboard.press("ArrowDown")  # keyboard navigation of the results
    href = page.evaluate("document.activeElement.getAttribute('href')")
    assert href.endswith(f"#{JACKSON}")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{href}")
    landed_on(page, JACKSON)
    assert not page.evaluate(
        "!!document.querySelector('#an-search-modal dialog[open]')"
    )
    assert first_result < 5  # typing included; measured numbers: see the README


def test_a_permalink_opened_directly_lands_on_its_quote(visit: Visit) -> None:
    page = visit.go(f"{NBC}#{MCLAUGHLIN}")
    where = landed_on(page, MCLAUGHLIN)
    assert where["top"] - where["header"] < 120  # right below the header
    page.mouse.wheel(0, 3000)  # the reader moves on: the mark goes
    page.wait_for_function("!document.querySelector('.an-targeted')")


def test_a_permalink_made_before_the_speaker_changed_still_lands(
    visit: Visit,
) -> None:
    # A later build may name a quote's speaker anew (or name one where there
    # was none): the id's speaker part changes, its words do not.
    words = MCLAUGHLIN.removeprefix("q-tricia-mclaughlin-")
    for old in (f"q-a-dhs-spokesperson-{words}", f"q-{words}"):
        page = visit.go(f"{NBC}#{old}")
        landed_on(page, MCLAUGHLIN)
    # Words no quote on the page ends with land nowhere.
    page = visit.go(f"{NBC}#q-tricia-mclaughlin-no-such-words-here")
    page.wait_for_function("document.documentElement.classList.contains('an-js')")
    page.wait_for_timeout(300)
    assert page.evaluate("document.querySelector('.an-targeted')") is None


def test_copy_link_copies_id_and_text_fragment(browser: Any, base_url: str) -> None:
    visit = Visit(
        browser,
        base_url,
        color_scheme="light",
        permissions=["clipboard-read", "clipboard-write"],
    )
    try:
        page = visit.go(NBC)
        # The quote's one control opens its card, which holds Copy link.
        page.click(f'a.an-qc[data-card="{MCLAUGHLIN}"]')
        button = page.locator(f'#an-card button.an-copy[data-anchor="{MCLAUGHLIN}"]')
        button.click()
        page.wait_for_function(
            "document.getElementById('an-live')?.textContent === 'Link copied'"
        )
        assert button.inner_text() == "Link copied"
        assert page.get_attribute("#an-live", "aria-live") == "polite"
        copied = page.evaluate("navigator.clipboard.readText()")
        words = percent("Under Secretary Noem, we are delivering", safe="")
        assert words == "Under%20Secretary%20Noem%2C%20we%20are%20delivering"
        assert copied == f"{base_url}{NBC}#{MCLAUGHLIN}:~:text={words}"
        # Without the id, the text fragment alone still finds the quote.
        page.goto(copied.replace(f"#{MCLAUGHLIN}", "#"))
        page.wait_for_function(f"""() => {{
          const box = document.getElementById('{MCLAUGHLIN}').getBoundingClientRect();
          return scrollY > 0 && box.top >= 0 && box.bottom <= innerHeight; }}""")
        assert visit.errors == [] and visit.outside == []
    finally:
        visit.close()


def tab_to(page: Any, selector: str, limit: int = 300) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement?.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_keyboard_only_note_and_permalink(visit: Visit) -> None:
    page = visit.go(INDEPENDENT)
    tab_to(page, "a.an-note-ref")
    marker = page.evaluate(
        "[document.activeElement.textContent, document.activeElement.ariaLabel]"
    )
    assert marker == ["", "Note 1"]  # no text in the article's words
    page.keyboard.press("Enter")  # opens the note's card
    page.wait_for_selector("#an-card:not([hidden])")
    assert "Drug Enforcement Administration" in page.inner_text("#an-card")
    tab_to(page, "#an-card a[href$='-note']")  # "In the list of notes"
    page.keyboard.press("Enter")
    landed_on(page, f"{DEA_NOTE}-note")
    assert page.evaluate("document.activeElement.id") == f"{DEA_NOTE}-note"
    note = page.locator(f"#{DEA_NOTE}-note")
    assert "Drug Enforcement Administration" in note.inner_text()
    tab_to(page, "a.an-note-back")  # the next stop is inside the note
    page.keyboard.press("Enter")
    landed_on(page, DEA_NOTE)
    tab_to(page, "a.an-qc")  # a quote's control, then its card's permalink
    name = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert name.startswith("About the quote by ")
    anchor = page.evaluate("document.activeElement.dataset.card")
    page.keyboard.press("Enter")
    page.wait_for_selector("#an-card:not([hidden])")
    tab_to(page, "#an-card a.an-card-permalink")
    page.keyboard.press("Enter")
    landed_on(page, anchor)


def test_timeline_and_index_pages_link_to_their_places(visit: Visit) -> None:
    page = visit.go("timeline/")
    link = page.locator("article a[href*='#s-']").first
    target = link.get_attribute("href").split("#")[1]
    link.click()
    landed_on(page, target)
    for index, prefix in (("quotes/", "#q-"), ("figures/", "#f-")):
        page = visit.go(index)
        link = page.locator(f"article a[href*='{prefix}']").first
        target = link.get_attribute("href").split("#")[1]
        link.click()
        landed_on(page, target)
    page = visit.go("people/")
    page.locator("article a[href*='stephen-miller']").first.click()
    page.wait_for_function(
        "document.querySelector('article h1')?.textContent.startsWith('Stephen Miller')"
    )
    assert page.url.endswith("/people/stephen-miller/")


@pytest.mark.parametrize("words", ["21,000", "10%", "3,000-person", "Jackson", "said"])
def test_figures_and_names_are_found_as_written(visit: Visit, words: str) -> None:
    page = visit.go("")
    assert search(page, words)
    assert any(f"<mark>{words}" in e for e in excerpts(page)), excerpts(page)
    hrefs = page.locator("#an-search-modal .pf-result-link").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    assert all(h.startswith("/articles/") for h in hrefs), hrefs  # no index page


TITLES = (
    "[...document.querySelectorAll('#an-search-modal .pf-result-link')]"
    ".map(a => a.textContent)"
)


def test_speaker_filter_keeps_that_speakers_quotes(visit: Visit) -> None:
    page = visit.go("")
    search(page, "illegal aliens")
    page.wait_for_function(f"{TITLES}.some(t => t.startsWith('Tricia McLaughlin:'))")
    page.click("#an-search-modal .an-search-filters summary")
    page.wait_for_selector(
        "#an-search-modal select[data-filter=speaker] option[value='Abigail Jackson']",
        state="attached",
    )
    page.select_option(
        "#an-search-modal select[data-filter=speaker]", "Abigail Jackson"
    )
    page.wait_for_function(f"""() => {{ const t = {TITLES};
      return t.length && t.every(x => x.startsWith('Abigail Jackson:')); }}""")
    sources = page.locator("#an-search-modal .an-result-source").all_inner_texts()
    assert sources and all(s.startswith("Quote in ") for s in sources)


def test_notes_show_without_javascript_and_in_print(
    browser: Any, base_url: str
) -> None:
    visit = Visit(browser, base_url, java_script_enabled=False)
    try:
        page = visit.page
        page.goto(f"{base_url}{INDEPENDENT}#{DEA_NOTE}-note")
        note = page.locator(f"#{DEA_NOTE}-note")
        assert note.is_visible()
        assert (
            page.evaluate(
                f"getComputedStyle(document.getElementById("
                f"'{DEA_NOTE}-note')).outlineStyle"
            )
            == "solid"
        )  # :target
        page.emulate_media(media="print")
        assert note.is_visible()
        assert page.locator("a.an-qc").count() > 0
        assert not page.locator("a.an-qc").first.is_visible()
        assert visit.outside == []
    finally:
        visit.close()


CONTRAST = """selectors => {
  const parse = c => {
    const p = c.match(/[\\d.]+/g).map(Number);
    return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
  };
  const over = (top, under) => ({r: top.r * top.a + under.r * (1 - top.a),
    g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a),
    a: 1});
  const lum = c => [c.r, c.g, c.b].map(v => v / 255)
    .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4))
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const out = {};
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    if (!el) { out[selector] = null; continue; }
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg.a > 0) layers.push(bg);
      if (bg.a >= 1) break;
    }
    let bg = {r: 255, g: 255, b: 255, a: 1};
    for (const layer of layers.reverse()) bg = over(layer, bg);
    const fg = over(parse(getComputedStyle(el).color), bg);
    const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    out[selector] = Math.round((hi + 0.05) / (lo + 0.05) * 100) / 100;
  }
  return out;
}"""
HIGHLIGHTS = [
    "q.an-speech",
    "q.an-partial",
    "mark.an-figure",
    "time.an-date",
    "span.an-entity",
    "span.an-noted",
    "a.an-note-ref",
    "q a.an-note-ref",
    ".an-note p:last-child",
    ".an-note .admonition-title",
    ".an-meta",
    ".an-legend-title",
    ".an-key-figures .an-sample",
    ".an-key-quotes .an-sample",
    ".an-key-names .an-sample",
    ".an-legend .an-count",
]
CARD_PARTS = [
    "#an-card .an-card-title",
    "#an-card dt",
    "#an-card dd a",
    "#an-card button.an-copy",
    "#an-card a.an-card-permalink",
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_highlighted_text_has_contrast_in_both_palettes(
    browser: Any, base_url: str, scheme: str
) -> None:
    visit = Visit(browser, base_url, color_scheme=scheme)
    try:
        page = visit.go(f"{INDEPENDENT}#{DEA_NOTE}-note")
        expected = "slate" if scheme == "dark" else "default"
        assert page.get_attribute("body", "data-md-color-scheme") == expected
        ratios = page.evaluate(CONTRAST, HIGHLIGHTS)
        page.click(f'a.an-qc[data-card="{JACKSON}"]')  # a card, in both palettes
        page.wait_for_selector("#an-card:not([hidden])")
        ratios.update(page.evaluate(CONTRAST, CARD_PARTS))
        page.keyboard.press("Escape")
        search(page, "promise to deport")
        page.wait_for_selector("#an-search-modal .an-result-source")
        ratios.update(
            page.evaluate(
                CONTRAST,
                [
                    "#an-search-modal .pf-result-link",
                    "#an-search-modal .pf-result-excerpt mark",
                    "#an-search-modal .an-result-source",
                ],
            )
        )
        print(f"contrast ({scheme}):", ratios)
        low = {s: r for s, r in ratios.items() if r is None or r < 4.5}
        assert not low, low
    finally:
        visit.close()


AXE_RUN = """async () => {
  // Axe reads colours as drawn: first let the transitions the last action
  // started end (Material fades the header's title when the page scrolls;
  // mid-fade its text fails the contrast rule), over a few frames, as a
  // transition may start a frame after the scroll.
  for (let i = 0; i < 3; i++) {
    await new Promise(done => requestAnimationFrame(() => done(null)));
    await Promise.all(document.getAnimations()
      .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
      .map(a => a.finished.catch(() => null)));
  }
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation(
    browser: Any, base_url: str, axe_source: str, scheme: str
) -> None:
    visit = Visit(browser, base_url, color_scheme=scheme)
    try:
        found = {}
        for path in ("", INDEPENDENT, "timeline/", "quotes/"):
            page = visit.go(path)
            page.add_script_tag(content=axe_source)
            violations = page.evaluate(AXE_RUN)
            print(
                f"axe ({scheme}) /{path}:",
                [(v["id"], v["impact"]) for v in violations] or "none",
            )
            found[path] = [
                v for v in violations if v["impact"] in ("serious", "critical")
            ]
        page = visit.go(INDEPENDENT)  # with cards open: a figure holding a name
        for opener in (
            "#f-21000-national-guard-troops-21000-national-guard-troops",
            f'a.an-qc[data-card="{JACKSON}"]',
        ):
            page.focus(opener)
            page.keyboard.press("Enter")
            page.wait_for_selector("#an-card:not([hidden])")
            page.add_script_tag(content=axe_source)
            violations = page.evaluate(AXE_RUN)
            print(
                f"axe ({scheme}) card from {opener}:",
                [(v["id"], v["impact"]) for v in violations] or "none",
            )
            found[opener] = [
                v for v in violations if v["impact"] in ("serious", "critical")
            ]
            page.keyboard.press("Escape")
        search(page, "promise to deport")  # the search dialog: results, a filter
        page.wait_for_selector("#an-search-modal .an-result-source")
        page.click("#an-search-modal .an-search-filters summary")
        page.wait_for_selector(
            "#an-search-modal select[data-filter=speaker] option[value]:not([value=''])",
            state="attached",
        )
        violations = page.evaluate(AXE_RUN)
        print(
            f"axe ({scheme}) search dialog:",
            [(v["id"], v["impact"]) for v in violations] or "none",
        )
        found["search"] = [
            v for v in violations if v["impact"] in ("serious", "critical")
        ]
        assert not any(found.values()), found
    finally:
        visit.close()


def test_json_ld_in_head_has_a_quotation_per_quote(visit: Visit) -> None:
    page = visit.go(NBC)
    data = page.evaluate("""() => [...document.querySelectorAll(
        'script[type="application/ld+json"]')].map(s => [s.closest('head') !== null,
        JSON.parse(s.textContent)])""")
    [(in_head, ld)] = data
    assert in_head  # instant navigation would run it as JavaScript in the content
    news, *quotations = ld["@graph"]
    url = visit.base_url + NBC
    assert news["@type"] == "NewsArticle" and news["@id"] == url + "#article"
    assert news["publisher"] == {"@type": "Organization", "name": "NBC News"}
    assert news["datePublished"] == "2025-06-04"
    quotes = page.evaluate(
        "[...document.querySelectorAll('q.an-speech, q.an-partial')]"
        ".filter(q => q.id).map(q => q.id)"
    )
    assert [q["url"] for q in quotations] == [url + "#" + q for q in quotes]
    assert all(q["isBasedOn"] == {"@id": url + "#article"} for q in quotations)
    jackson = next(q for q in quotations if q["url"].endswith(JACKSON))
    assert jackson["creator"] == {"@type": "Person", "name": "Abigail Jackson"}
    assert jackson["text"].startswith("“Keeping President Trump’s promise")
