"""A story covered by a dozen outlets, seen on a wide screen.

A story's matrix has one column per article. With twelve outlets it is
wider than the text column: it must scroll inside its box (with the written
cue) rather than run under the table of contents or off the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import Visit, served_site
from .test_browser import AXE_RUN
from .test_pages import SIDEWAYS, first_story

OUTLETS = [
    "Harbor Post",
    "Valley Courier",
    "Evening Ledger",
    "Morning Star Wire",
    "Bay Herald",
    "Coastal Times",
    "Metro Daily",
    "River Gazette",
    "North Sentinel",
    "Capital Dispatch",
    "Lakeside Tribune",
    "City Journal",
]
TEXT = """ date 2025-06-04 Port authority orders {n} new cranes
Port director Dana Whitfield said on Tuesday that the Harbor Authority would
buy 14 cranes for $210 million, a plan she called “the biggest upgrade in forty years.”

The Harbor Authority board approved the plan by a vote of 7 to 2, the {outlet} reported.
"""


@pytest.fixture(scope="module")
def wide_story_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    seeds = tmp_path_factory.mktemp("wide-story-seeds")
    for n, outlet in enumerate(OUTLETS):
        name = f"{n:03d}_wide"
        text = TEXT.format(n=n + 2, outlet=outlet).replace("\n", " ", 2)
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
        (seeds / f"{name}.yml").write_text(f"outlet: {outlet}\n", encoding="utf-8")
    with served_site(tmp_path_factory.mktemp("wide-story-site"), seeds) as url:
        yield url


# Content inside a box that scrolls sideways is not cut off: the box shows it.
IN_SCROLLING_BOX = SIDEWAYS.replace(
    "/hidden|clip/.test(style.overflowX + style.overflow)",
    "/hidden|clip|auto|scroll/.test(style.overflowX + style.overflow)",
)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_dozen_outlets_matrix_scrolls_in_its_box(
    browser: Any, wide_story_url: str, axe_source: str, scheme: str
) -> None:
    visit = Visit(browser, wide_story_url, color_scheme=scheme)
    try:
        visit.page.set_viewport_size({"width": 1280, "height": 900})
        page = visit.go(first_story(visit))
        columns = page.evaluate(
            "Math.max(...[...document.querySelectorAll('.an-table--stack thead tr')]"
            ".map(r => r.children.length))"
        )
        assert columns > len(OUTLETS), columns  # the claim, then each article
        found = page.evaluate(IN_SCROLLING_BOX)
        assert found["scroll"] <= found["client"], found
        assert found["wide"] == [], found
        # The box says it scrolls, and the claim column stays in view.
        state = page.evaluate("""() => {
          const box = [...document.querySelectorAll('.an-table-box--stack')]
            .find(b => b.scrollWidth > b.clientWidth + 1);
          if (!box) return null;
          const cue = box.previousElementSibling;
          box.scrollLeft = box.scrollWidth;
          const first = box.querySelector('tbody td').getBoundingClientRect();
          return {cue: !!cue && cue.classList.contains('an-scroll-cue') && !cue.hidden,
                  firstLeft: first.left, boxLeft: box.getBoundingClientRect().left,
                  borders: getComputedStyle(box.querySelector('table')).borderCollapse};
        }""")
        assert state is not None, "no matrix wider than its box"
        assert state["cue"], state
        assert abs(state["firstLeft"] - state["boxLeft"]) < 2, state
        # A collapsed border straddles two cells and the sticky cell's
        # background hid its half: the claim column's lines stood a pixel off.
        assert state["borders"] == "separate", state
        # A box that scrolls is reachable by keyboard (its links) and named.
        page.add_script_tag(content=axe_source)
        violations = page.evaluate(AXE_RUN)
        assert [v for v in violations if v["impact"] in ("serious", "critical")] == []
    finally:
        visit.close()
    assert visit.errors == []
