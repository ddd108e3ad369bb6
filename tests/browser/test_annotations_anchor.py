"""`annotations.jsonld` anchored by a real client: Apache Annotator in Chromium.

Apache Annotator (`@apache-annotator/dom` 0.2, the reference implementation
of the W3C selectors, pinned in package-lock.json) is bundled from
node_modules with esbuild (also pinned) and added to each published article
page. Every annotation's TextQuoteSelector must match exactly once in the
page's body text, inside the element its FragmentSelector names, and select
that element's words: for the seeds and for a hostile fixture
(tests/fixtures/interop/) whose text repeats itself, reprints its quotes and
holds markup-like text.
"""

from __future__ import annotations

import json
import subprocess
import urllib.request
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest

from annotated_news.build import read_articles
from annotated_news.config import SiteConfig
from annotated_news.presented import presented

from .conftest import INTEROP, NODE_MODULES, Visit, checked_visit, unavailable

pytestmark = pytest.mark.browser

ANCHOR = """async (items) => {
  const {createTextQuoteSelectorMatcher} = window.AnnotatorDom;
  const out = [];
  for (const item of items) {
    const [quote, fragment] = item.selectors;
    const ranges = [];
    for await (const range of createTextQuoteSelectorMatcher(quote)(document.body)) {
      ranges.push(range);
      if (ranges.length > 3) break;
    }
    const el = document.getElementById(fragment.value);
    const inside = ranges.filter(
      r => el && (el === r.commonAncestorContainer || el.contains(r.commonAncestorContainer)));
    out.push({
      id: item.id,
      matches: ranges.length,
      inside: inside.length,
      element: el ? el.textContent : null,
      words: ranges.length ? ranges[0].toString() : null,
    });
  }
  return out;
}"""


@pytest.fixture(scope="session")
def annotator_source(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Apache Annotator's DOM package as one script defining `AnnotatorDom`."""
    esbuild = NODE_MODULES / ".bin" / "esbuild"
    package = NODE_MODULES / "@apache-annotator" / "dom" / "package.json"
    if not (esbuild.exists() and package.exists()):
        unavailable(
            "Apache Annotator or esbuild is not installed in tests/browser/"
            "node_modules (npm ci --prefix tests/browser; make test does it)"
        )
    entry = NODE_MODULES.parent / ".annotator-entry.mjs"
    out = tmp_path_factory.mktemp("annotator") / "annotator.js"
    entry.write_text("export * from '@apache-annotator/dom';\n", encoding="utf-8")
    try:
        subprocess.run(
            [
                str(esbuild),
                str(entry),
                "--bundle",
                "--format=iife",
                "--global-name=AnnotatorDom",
                f"--outfile={out}",
                "--log-level=error",
            ],
            check=True,
            cwd=NODE_MODULES.parent,
        )
    finally:
        entry.unlink()
    return out.read_text(encoding="utf-8")


def by_page(base_url: str) -> dict[str, list[dict[str, Any]]]:
    """The site's annotations grouped by the page they target."""
    with urllib.request.urlopen(base_url + "annotations.jsonld") as response:
        collection = json.load(response)
    pages: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in collection["first"]["items"]:
        target = item["target"]
        pages[urljoin(base_url, target["source"])].append(
            {"id": item["id"], "selectors": target["selector"]}
        )
    return pages


def anchor_all(browser: Any, base_url: str, source: str) -> dict[str, Any]:
    """Anchor every annotation of a site; count how each one fared."""
    results = []
    with checked_visit(browser, base_url) as visit:
        for url, items in by_page(base_url).items():
            page = visit.go(url.removeprefix(base_url))
            page.add_script_tag(content=source)
            results += page.evaluate(ANCHOR, items)
    counts = {"annotations": len(results), "anchored": 0, "not found": 0}
    counts |= {"ambiguous": 0, "outside": 0, "other words": 0}
    failures = []
    for r in results:
        if r["matches"] == 0:
            problem = "not found"
        elif r["matches"] > 1:
            problem = "ambiguous"
        elif r["inside"] != 1:
            problem = "outside"
        elif r["element"] != r["words"]:
            problem = "other words"
        else:
            counts["anchored"] += 1
            continue
        counts[problem] += 1
        failures.append(f"{problem}: {r['id']} {r['words']!r} in {r['element']!r}")
    counts["failures"] = failures
    return counts


def check(counts: dict[str, Any]) -> None:
    failures = counts.pop("failures")
    summary = ", ".join(f"{k} {v}" for k, v in counts.items())
    assert counts["annotations"] > 0
    assert counts["anchored"] == counts["annotations"], (
        summary + "\n" + "\n".join(failures[:20])
    )


def test_every_annotation_of_the_seeds_anchors_once_in_its_element(
    browser: Any, base_url: str, annotator_source: str
) -> None:
    check(anchor_all(browser, base_url, annotator_source))


def test_every_annotation_of_the_hostile_fixture_anchors_once_in_its_element(
    browser: Any, interop_url: str, annotator_source: str
) -> None:
    check(anchor_all(browser, interop_url, annotator_source))


def body_texts(browser: Any, base_url: str, root: Path) -> list[tuple[str, str, str]]:
    """(page, presented text, `.an-body` DOM text) of every article."""
    articles, _ = read_articles(
        SiteConfig(seeds_dir=root / "seeds", docs_dir=root / "docs")
    )
    visit = Visit(browser, base_url, color_scheme="light")
    out = []
    try:
        for article in articles:
            path = f"articles/{article.slug}/"
            page = visit.go(path)
            shown = page.evaluate("document.querySelector('.an-body')?.textContent")
            out.append((path, presented(article).text, shown))
    finally:
        visit.close()
    return out


@pytest.mark.parametrize("site", ["seeds", "interop"])
def test_the_page_body_is_the_presented_text(
    browser: Any, request: pytest.FixtureRequest, site: str
) -> None:
    # TEAM.md §1: the body's DOM text is exactly presented(article).text,
    # the text the selectors are computed on.
    url = request.getfixturevalue("base_url" if site == "seeds" else "interop_url")
    root = request.getfixturevalue("site_root" if site == "seeds" else "interop_root")
    pages = body_texts(browser, url, root)
    assert len(pages) >= 2
    for path, text, shown in pages:
        assert shown == text, path


def test_the_fixture_is_what_the_test_needs() -> None:
    # Markup-like and entity-escaped text, glued sentences, repeated
    # sentences and quotes, sidecar notes (one on a repeated sentence).
    texts = [s.read_text(encoding="utf-8") for s in sorted(INTEROP.glob("*.txt"))]
    assert len(texts) >= 2
    joined = "".join(texts)
    assert "&lt;script&gt;" in joined and "<b>" in joined
    assert "cautioned.Abigail" in joined
    lines = texts[0].splitlines()
    assert any(lines.count(line) > 1 for line in lines if line)
    assert "notes:" in (INTEROP / "a-repeats.yml").read_text(encoding="utf-8")
