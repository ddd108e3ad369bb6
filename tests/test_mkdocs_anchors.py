"""The anchors of raw HTML, found as MkDocs' own HTML parser finds them.

`mkdocs_anchors.anchor_ids` replaces MkDocs' second HTML parse of each page
(`_RawHTMLPreprocessor`); `validation.anchors` checks links against what it
finds, so it must find exactly the ids MkDocs would: on every page of the
test site (the probe seeds' hostile text included) and on HTML written the
way the templates write it.
"""

from __future__ import annotations

import pytest
from mkdocs.structure import pages
from mkdocs.utils.meta import get_data

from annotated_news import mkdocs_anchors

from .conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "docs"


def mkdocs_ids(source: str) -> set[str]:
    parser = pages._HTMLHandler()
    parser.feed(source)
    parser.close()
    found: set[str] = parser.present_anchor_ids
    return found


@pytest.mark.parametrize(
    "page",
    sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.md")),
)
def test_every_page_of_the_test_site_has_the_anchors_mkdocs_finds(page: str) -> None:
    source, _ = get_data((GOLDEN / page).read_text(encoding="utf-8"))
    assert mkdocs_anchors.anchor_ids(source) == mkdocs_ids(source)


def test_ids_are_found_in_any_tag_with_entities_and_not_elsewhere() -> None:
    source = (
        '# Title { #title }\n\n<p class="x" id="p-1">a</p>\n'
        '<span data-id="no" id="s&#45;2"></span> <a href="#x" name="n-3">b</a>\n'
        '<svg><a href="#y"><rect id="r-4"/></a></svg>\n'
        "Text that says id&#61;&#34;not-5&#34; stays text.\n"
    )
    assert mkdocs_anchors.anchor_ids(source) == {"p-1", "s-2", "n-3", "r-4"}
    assert mkdocs_anchors.anchor_ids(source) == mkdocs_ids(source)


def test_the_scan_is_swapped_in_only_on_checked_versions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        pages._RawHTMLPreprocessor, "run", pages._RawHTMLPreprocessor.run
    )
    original = pages._RawHTMLPreprocessor.run
    assert "not a version this was checked on" in str(mkdocs_anchors.install("1.7.0"))
    assert pages._RawHTMLPreprocessor.run is original
    assert mkdocs_anchors.install("1.6.1") is None
    scan = pages._RawHTMLPreprocessor()
    assert scan.run(['<p id="a-1">x</p>', "", "## B"]) == [
        '<p id="a-1">x</p>',
        "",
        "## B",
    ]
    assert scan.present_anchor_ids == {"a-1"}
