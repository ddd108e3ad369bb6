"""`timeline.json` in the real TimelineJS (npm `@knight-lab/timelinejs` 3.9).

TimelineJS (pinned in package-lock.json) is copied from node_modules into
`embed/` of the built site, with a page there that embeds the site's
`timeline.json` as the README says: from another path than the site root,
with nothing fetched from a CDN. Every event renders, every link resolves to
an element of a built page, and the interop fixture's hostile outlets
(markup, entity-escaped markup, ampersands in a sidecar) and dates run
nothing and show as text in every field: group, date, headline and text.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import urllib.request
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.parse import urldefrag

import pytest
import yaml

from annotated_news.export.timeline_json import as_stripped_text, as_text

from .conftest import INTEROP, NODE_MODULES, Visit, unavailable

pytestmark = pytest.mark.browser
TIMELINEJS = NODE_MODULES / "@knight-lab" / "timelinejs" / "dist"
HOSTILE = [
    "<img src=x onerror=alert(1)> Outlet",
    "&lt;img src=x onerror=alert(2)&gt; Outlet",
    "Smith & Sons &amp; Co",
    "<script>alert(3)</script> &amp;lt;b&amp;gt;",
]

# The embed code of the README, with TimelineJS served from the same folder.
EMBED = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Embedded timeline</title>
<link rel="stylesheet" href="timelinejs/css/timeline.css">
<script src="timelinejs/js/timeline.js"></script>
</head>
<body>
<div id="timeline-embed" style="width: 100%; height: 640px"></div>
<script>
  // ?feed=… loads another feed (the test's hand-made one); else the site's.
  const feed = new URLSearchParams(location.search).get('feed') || '../timeline.json';
  window.timeline = new TL.Timeline('timeline-embed', feed, {
    script_path: new URL('timelinejs/js/', location.href).href,
    font: null,
  });
  window.timeline.on('loaded', () => { window.timelineLoaded = true; });
</script>
</body>
</html>
"""

RENDERED = """() => {
  const text = sel => [...document.querySelectorAll(sel)].map(e => e.textContent);
  return {
    markers: document.querySelectorAll('.tl-timemarker').length,
    slides: document.querySelectorAll('.tl-slide').length,
    groups: text('.tl-timegroup-message'),
    dates: text('.tl-slide:not(.tl-slide-titleslide) .tl-headline-date'),
    headlines: text('.tl-slide:not(.tl-slide-titleslide) .tl-headline'),
    texts: text('.tl-slide .tl-text-content'),
    links: [...document.querySelectorAll('.tl-slide .tl-text-content a')]
      .map(a => a.href),
    foreign: document.querySelectorAll(
      '#timeline-embed img, #timeline-embed script, #timeline-embed iframe, '
      + '#timeline-embed [onerror], #timeline-embed [onload]').length,
  };
}"""


def embed(site: Path) -> None:
    """Put TimelineJS and the embedding page into the built site's embed/."""
    if not (TIMELINEJS / "js" / "timeline.js").exists():
        unavailable(
            f"TimelineJS is not installed at {TIMELINEJS} (npm ci --prefix "
            "tests/browser; make test does it)"
        )
    folder = site / "embed"
    if not folder.exists():
        for part in ("js", "css"):  # the library, not its own demo pages
            shutil.copytree(TIMELINEJS / part, folder / "timelinejs" / part)
        (folder / "index.html").write_text(EMBED, encoding="utf-8")


def fetch(url: str) -> str:
    with urllib.request.urlopen(url) as response:
        text: str = response.read().decode("utf-8")
    return text


def render(
    browser: Any, base_url: str, site: Path, feed: str = ""
) -> tuple[dict[str, Any], dict]:
    """Open the embedding page; return what TimelineJS drew and the feed."""
    embed(site)
    data = json.loads(fetch(base_url + (f"embed/{feed}" if feed else "timeline.json")))
    visit = Visit(browser, base_url, color_scheme="light")
    dialogs: list[str] = []
    try:
        page = visit.page
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(base_url + "embed/" + (f"?feed={feed}" if feed else ""))
        page.wait_for_function("window.timelineLoaded === true")
        page.wait_for_timeout(300)  # let late handlers (img onerror) run
        drawn = page.evaluate(RENDERED)
    finally:
        visit.close()
    assert visit.errors == []
    assert visit.outside == []  # nothing from a CDN
    assert dialogs == []  # no markup of the feed ran
    return drawn, data


def check_links(drawn: dict[str, Any], base_url: str) -> None:
    """Every link is absolute, on the site, and names an element of its page."""
    assert drawn["links"]
    pages: dict[str, str] = {}
    for link in drawn["links"]:
        assert link.startswith(base_url) and "/embed/" not in link, link
        page, anchor = urldefrag(link)
        if page not in pages:
            try:
                pages[page] = fetch(page)
            except HTTPError as err:  # pragma: no cover - the failure message
                pytest.fail(f"{link}: {err}")
        if anchor:
            assert f'id="{anchor}"' in pages[page], link


def test_timelinejs_renders_every_event_of_the_seeds_from_another_path(
    browser: Any, base_url: str, site_root: Path
) -> None:
    drawn, data = render(browser, base_url, site_root / "site")
    events = data["events"]
    assert drawn["markers"] == len(events) > 10
    assert drawn["slides"] == len(events) + 1  # and the title slide
    check_links(drawn, base_url)
    # Headlines say what happened, not who published it.
    outlets = {html.unescape(html.unescape(e["group"])) for e in events}
    assert not outlets & set(drawn["headlines"])
    assert "mid-May 2025" in drawn["dates"]
    for date in drawn["dates"]:  # "Sunday — 1 June 2025", not "May 21 — 21 May 2025"
        words, _, label = date.partition(" — ")
        if label:
            assert not set(re.findall(r"\w+", words)) <= set(re.findall(r"\w+", label))


def test_hostile_outlets_and_dates_show_as_text_and_run_nothing(
    browser: Any, interop_url: str, interop_root: Path
) -> None:
    drawn, data = render(browser, interop_url, interop_root / "site")
    assert drawn["markers"] == len(data["events"])
    assert drawn["foreign"] == 0
    check_links(drawn, interop_url)
    outlets = {
        yaml.safe_load(p.read_text(encoding="utf-8"))["outlet"]
        for p in INTEROP.glob("*.yml")
    }
    assert any("&lt;" in o and "<" in o and "&amp;" in o for o in outlets)
    # The outlet exactly as written: as a group label and in each event's text.
    assert set(drawn["groups"]) == outlets
    for outlet in outlets:
        assert any(outlet in t for t in drawn["texts"])
    # Every date and headline shows the text the feed means, markup included.
    assert sorted(drawn["dates"]) == sorted(
        html.unescape(html.unescape(e["display_date"])) for e in data["events"]
    )
    assert sorted(drawn["headlines"]) == sorted(
        html.unescape(e["text"]["headline"]) for e in data["events"]
    )
    assert any("<b>costs</b>" in h for h in drawn["headlines"])
    assert any("&lt;script&gt;" in h for h in drawn["headlines"])


def test_every_field_escaped_as_the_export_does_shows_hostile_text(
    browser: Any, interop_url: str, interop_root: Path
) -> None:
    # Dates in the feed come from the date annotator and hold no markup: a
    # hand-made feed puts hostile text in every field, escaped by the
    # export's own functions for that field.
    site = interop_root / "site"
    data = json.loads((site / "timeline.json").read_text(encoding="utf-8"))
    model = data["events"][0]
    events = []
    for n, text in enumerate(HOSTILE):
        event = json.loads(json.dumps(model))
        event["display_date"] = as_stripped_text(text)
        event["group"] = as_stripped_text(text)
        event["text"] = {"headline": as_text(text), "text": f"<p>{as_text(text)}</p>"}
        event["unique_id"] = f"hostile-{n}"
        events.append(event)
    embed(site)
    feed = {"title": data["title"], "events": events}
    (site / "embed" / "hostile.json").write_text(json.dumps(feed), encoding="utf-8")
    drawn, _ = render(browser, interop_url, site, "hostile.json")
    assert drawn["foreign"] == 0
    assert sorted(drawn["dates"]) == sorted(HOSTILE)
    assert sorted(drawn["groups"]) == sorted(HOSTILE)
    assert sorted(drawn["headlines"]) == sorted(HOSTILE)
    assert sorted(t.strip() for t in drawn["texts"][1:]) == sorted(HOSTILE)
