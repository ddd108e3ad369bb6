"""One Python-Markdown object for every page, reset between pages.

`mkdocs_markdown.render` must give each page exactly what MkDocs' own
`Page.render` gives it (HTML, table of contents, anchors, links to anchors):
nothing a page leaves in the object (heading ids, link references, stashed
raw HTML) may reach the next one. It must step aside when it cannot be sure:
another MkDocs version, another plugin's `Page.render`, an extension not
checked. The test site is built byte for byte the same both ways.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from mkdocs.config import load_config
from mkdocs.structure import pages
from mkdocs.structure.files import get_files

from annotated_news import mkdocs_markdown

from .test_raw_blocks import built_both_ways

PAGES = {
    "a.md": (
        "# Intro\n\n## Intro\n\nSee [the ref][r] and [b](b.md#intro).\n\n"
        '[r]: b.md\n\n<div id="raw-a">raw</div>\n\n| x | y |\n|---|---|\n| 1 | 2 |\n'
    ),
    "b.md": (
        "# Intro { #intro .c }\n\nUses [the ref][r] undefined here.\n\n"
        '```\n<p>fenced</p>\n```\n\n## Intro\n\n<p id="raw-b">x</p>\n'
    ),
    "c.md": "Text only, no heading: [a](a.md#intro-1).\n",
    "d.md": "# Intro\n\n## Intro\n\n## Intro\n",
}
"""Pages that leave state in a Markdown object: ids, references, stash."""


@pytest.fixture
def mkdocs_render(monkeypatch: pytest.MonkeyPatch) -> Any:
    """MkDocs' own Page.render, put back after the test."""
    monkeypatch.setattr(pages.Page, "render", pages.Page.render)
    monkeypatch.delenv(mkdocs_markdown.SWITCH, raising=False)
    original = pages.Page.render
    if original is mkdocs_markdown.render:
        original = mkdocs_markdown._original[0]
    monkeypatch.setattr(pages.Page, "render", original)
    return original


def rendered(tmp_path: Path, extensions: str) -> dict[str, tuple[Any, ...]]:
    """Every page rendered as the build does, one after the other."""
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    for name, text in PAGES.items():
        (docs / name).write_text(text, encoding="utf-8")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(
        f"site_name: t\nmarkdown_extensions: [{extensions}]\n", encoding="utf-8"
    )
    config = load_config(
        str(config_file), docs_dir=str(docs), site_dir=str(tmp_path / "site")
    )
    files = get_files(config)
    out = {}
    for file in files.documentation_pages():
        page = pages.Page(None, file, config)
        page.read_source(config)
        page.render(config, files)
        links = {
            target.src_uri: dict(found)
            for target, found in (page.links_to_anchors or {}).items()
        }
        toc = [
            (item.id, item.title, [c.id for c in item.children]) for item in page.toc
        ]
        out[file.src_uri] = (page.content, toc, page.present_anchor_ids, links)
    return out


EXTENSIONS = "attr_list, toc: {permalink: true}"


def test_pages_come_out_as_with_one_object_each(
    tmp_path: Path, mkdocs_render: Any
) -> None:
    own = rendered(tmp_path, EXTENSIONS)
    assert mkdocs_markdown.install("1.6.1") is None
    assert pages.Page.render is mkdocs_markdown.render
    objects = []
    real = mkdocs_markdown._markdown

    def counted(config: Any) -> Any:
        objects.append(real(config))
        return objects[-1]

    mkdocs_markdown._markdown = counted  # type: ignore[assignment]
    try:
        reused = rendered(tmp_path, EXTENSIONS)
    finally:
        mkdocs_markdown._markdown = real  # type: ignore[assignment]
    assert len(objects) == len(PAGES) and len({id(o) for o in objects}) == 1
    assert reused == own
    assert 'id="intro"' in reused["d.md"][0] and 'id="intro_2"' in reused["d.md"][0]
    assert "[the ref][r]" in reused["b.md"][0]  # a.md's reference stays in a.md


def test_an_extension_not_checked_gets_an_object_per_page(
    tmp_path: Path, mkdocs_render: Any, caplog: pytest.LogCaptureFixture
) -> None:
    assert mkdocs_markdown.install("1.6.1") is None
    with caplog.at_level(logging.INFO, "mkdocs.hooks.annotated_news"):
        own = rendered(tmp_path, EXTENSIONS + ", abbr")
    said = [r.getMessage() for r in caplog.records if "'abbr'" in r.getMessage()]
    assert said == [
        "MkDocs makes a Python-Markdown object per page: the extension 'abbr' "
        "was not checked for reuse"
    ]
    pages.Page.render = mkdocs_render  # type: ignore[method-assign]
    assert rendered(tmp_path, EXTENSIONS + ", abbr") == own


def test_it_steps_aside_for_another_version_or_render(mkdocs_render: Any) -> None:
    assert mkdocs_markdown.install("1.7.0") == (
        "MkDocs 1.7.0 is not a version this was checked on"
    )
    assert pages.Page.render is mkdocs_render
    assert mkdocs_markdown.install("1.6.1") is None
    assert mkdocs_markdown.install("1.6.1") is None  # installed twice: still ours
    assert pages.Page.render is mkdocs_markdown.render

    def plugins_render(page: Any, config: Any, files: Any) -> None:
        raise AssertionError

    pages.Page.render = plugins_render  # type: ignore[method-assign]
    assert mkdocs_markdown.install("1.6.1") == (
        "Page.render is not MkDocs' own (another plugin replaced it)"
    )
    assert pages.Page.render is plugins_render


def test_the_switch_turns_it_off(
    mkdocs_render: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert mkdocs_markdown.install("1.6.1") is None
    monkeypatch.setenv(mkdocs_markdown.SWITCH, "off")
    assert mkdocs_markdown.install("1.6.1") == f"{mkdocs_markdown.SWITCH}=off"
    assert pages.Page.render is mkdocs_render


@pytest.mark.site
def test_the_built_test_site_is_the_same_with_one_object_or_many(
    tmp_path: Path,
) -> None:
    line = "MkDocs makes a Python-Markdown object per page"
    built_both_ways(tmp_path, mkdocs_markdown.SWITCH, line)
