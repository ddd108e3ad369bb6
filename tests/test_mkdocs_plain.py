"""Pages in a small part of Markdown, converted without Python-Markdown.

A page `mkdocs_plain.parse` reads must get exactly what MkDocs' own
`Page.render` gives it: the HTML, the table of contents, the title, the
anchors, the links to anchors and every warning about a link. A page it does
not read goes through Python-Markdown. The test site is built byte for byte
the same with the shortcut on and off.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config
from mkdocs.structure import pages
from mkdocs.structure.files import get_files
from mkdocs.utils.meta import get_data

from annotated_news import mkdocs_markdown, mkdocs_plain, raw_blocks

from . import test_mkdocs_markdown
from .test_raw_blocks import GOLDEN, GOLDEN_PAGES, built_both_ways

READ = [
    "# Alan &#60;G&#62; Garten { #title }\n\nPerson; described as “Trump attorney”."
    "\n\nWritten as&#58; “Alan” &#40;2&#41;, “G” &#40;2&#41;.\n\n[All people](../a.md)"
    "\n\n## Quotes { #quotes }\n\nanraw0123456789abcdef0x\n\n\n## Mentions { #mentions }"
    "\n\n4 mentions in 2 articles.\n\n### [&#39;Thin&#45;skinned&#39; T](../b.md) "
    "{ #article-1 }\n\nanraw0123456789abcdef1x\n\n\n\n",
    "anraw0123456789abcdef0x\n\n---\n\n## Key figures { #summary-figures "
    '.an-summary data-pagefind-ignore="index" }\n\nanraw0123456789abcdef1x\n',
    "\n\nSee [b](../b.md#intro), [here](#here) and [c](c.md#nowhere) too.\n"
    "A second line (with parentheses) and “quotes”.\n\n## Here { #here }\n",
    "## See [b](../b.md) and [a](../a.md) now { #see .x .y z=w q='v' }\n\n"
    "###### Six { #six }\n\n# Not first { #late }\n",
    "[missing](nope.md) and [folder](../sub/) and [up](../../a.md)\n",
    "Ça “x” — ü ∑ 1.5 million, 2016 fell 3%.\n\n# Last { #last }",
    "# A { #a }\n\n# A { #a }\n\n## B {: #b }\n",
]
"""Pages in the part `parse` reads."""
NOT_READ = [
    "*em* and a_b",
    "`code`",
    "trailing  \nspace",
    "- list",
    "1. list",
    "> quote",
    "# no id",
    '## h { #h data-toc-label="x" }',
    "[TOC]",
    "<b>x</b> raw",
    "a | b\n--|--\n1 | 2",
    "Setext\n===",
    "    code",
    "AT&T and &copy without a semicolon",
    "ends in a no-break space\u00a0",
    "## closed { #x } ##",
    "## h { #h }\nno blank line after",
    "## h { #h } { .c }",
    "## h { #h &x }",
    "[ref]: a.md",
    "![img](a.png)",
    "<https://example.org>",
    "x\\_y",
    "```\nfenced\n```",
]
"""Pages with something `parse` leaves to Python-Markdown."""


@pytest.fixture
def mkdocs_own(monkeypatch: pytest.MonkeyPatch) -> Any:
    """MkDocs' own Page.render (test_mkdocs_markdown's fixture)."""
    return test_mkdocs_markdown.mkdocs_render.__wrapped__(monkeypatch)  # type: ignore[attr-defined]


@pytest.fixture
def site(tmp_path: Path) -> tuple[Any, Any]:
    """A configuration as the site's and files to link to."""
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    for name in ("a.md", "b.md", "sub/c.md", "sub/index.md"):
        (docs / name).write_text("# x\n", encoding="utf-8")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(
        "site_name: t\nmarkdown_extensions: [attr_list, tables, "
        "toc: {permalink: true}]\n",
        encoding="utf-8",
    )
    config = load_config(
        str(config_file), docs_dir=str(docs), site_dir=str(tmp_path / "site")
    )
    return config, get_files(config)


def toc_of(items: Any) -> list[Any]:
    return [(i.title, i.id, i.level, toc_of(i.children)) for i in items]


def rendered(render: Any, text: str, config: Any, files: Any) -> tuple[Any, ...]:
    """What `render` gives a page of `text` in sub/c.md, with its log."""
    page = pages.Page(None, files.get_file_from_path("sub/c.md"), config)
    page.markdown = text
    records: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda r: records.append(f"{r.levelname} {r.getMessage()}")  # type: ignore[method-assign]
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(handler)
    try:
        render(page, config, files)
    finally:
        mkdocs_log.removeHandler(handler)
    links = {
        target.src_uri: list(found.items())
        for target, found in (page.links_to_anchors or {}).items()
    }
    return (
        page.content,
        toc_of(page.toc),
        page._title_from_render,
        page.present_anchor_ids,
        links,
        records,
    )


def checked_md(config: Any) -> markdown.Markdown:
    md = markdown.Markdown(
        extensions=config["markdown_extensions"],
        extension_configs=config["mdx_configs"] or {},
    )
    assert mkdocs_plain.reason(md) is None
    return md


@pytest.mark.parametrize("text", READ + NOT_READ)
def test_a_page_comes_out_as_mkdocs_makes_it(
    text: str, site: tuple[Any, Any], mkdocs_own: Any
) -> None:
    config, files = site
    assert mkdocs_markdown.install("1.6.1") is None
    read = mkdocs_plain.parse(text, checked_md(config))
    assert (read is not None) == (text in READ)
    ours = rendered(mkdocs_markdown.render, text, config, files)
    assert ours == rendered(mkdocs_own, text, config, files)
    if text in READ:
        assert ours[0].count("<") >= 2 * len(read or [])


def test_links_are_rewritten_and_checked_by_mkdocs(
    site: tuple[Any, Any], mkdocs_own: Any
) -> None:
    config, files = site
    assert mkdocs_markdown.install("1.6.1") is None
    html, toc, title, anchors, links, log = rendered(
        mkdocs_markdown.render, READ[2] + "\n" + READ[4], config, files
    )
    assert '<a href="../../b/#intro">b</a>' in html
    assert links == {
        "b.md": [("intro", "../b.md#intro")],
        "sub/c.md": [("here", "#here"), ("nowhere", "c.md#nowhere")],
    }
    assert toc == [("Here", "here", 2, [])] and title is None
    assert anchors == {"here"}
    assert any("'nope.md'" in line for line in log)


PIECES = [*READ, *NOT_READ, "anraw0123456789abcdef2x", "x", "## y { #y }", "---"]


_MIX: list[tuple[Any, Any]] = []


@settings(max_examples=150, deadline=None)
@given(
    parts=st.lists(
        st.tuples(st.sampled_from(PIECES), st.sampled_from(["\n", "\n\n", "\n\n\n"])),
        min_size=1,
        max_size=6,
    )
)
def test_any_mix_of_pages_comes_out_as_mkdocs_makes_it(
    parts: list[tuple[str, str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    if not _MIX:
        _MIX.append(site.__wrapped__(tmp_path_factory.mktemp("mix")))  # type: ignore[attr-defined]
    config, files = _MIX[0]
    text = "".join(piece + sep for piece, sep in parts)
    own = pages.Page.render
    if own is mkdocs_markdown.render:
        own = mkdocs_markdown._original[0]
    try:
        assert mkdocs_markdown.install("1.6.1") is None
        ours = rendered(mkdocs_markdown.render, text, config, files)
    finally:
        pages.Page.render = own  # type: ignore[method-assign]
    assert ours == rendered(own, text, config, files)


def test_it_steps_aside_for_another_extension_version_or_toc(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def md(*extensions: str, **toc: Any) -> markdown.Markdown:
        return markdown.Markdown(
            extensions=["attr_list", "tables", "toc", *extensions],
            extension_configs={"toc": {"permalink": True, **toc}},
        )

    monkeypatch.delenv(mkdocs_plain.SWITCH, raising=False)
    assert mkdocs_plain.reason(md("fenced_code")) is None
    assert mkdocs_plain.reason(md("abbr")) == (
        "its blockprocessors differ from those checked: abbr"
    )
    assert mkdocs_plain.reason(md(toc_depth=3)) == "toc's toc_bottom is 3"
    assert mkdocs_plain.reason(md(permalink_title="link")) == (
        "toc's permalink_title is 'link'"
    )
    monkeypatch.setattr(markdown, "__version__", "3.12.0")
    assert mkdocs_plain.reason(md()) == (
        "Python-Markdown 3.12.0 is not a version this was checked on"
    )
    monkeypatch.setenv(mkdocs_plain.SWITCH, "off")
    assert mkdocs_plain.reason(md()) == f"{mkdocs_plain.SWITCH}=off"


def test_the_test_sites_pages_are_read_without_python_markdown() -> None:
    """Else the byte-for-byte comparison below would compare nothing."""
    md = markdown.Markdown(
        extensions=["toc", "tables", "fenced_code", "attr_list"],
        extension_configs={"toc": {"permalink": True}},
    )
    read = []
    for page in GOLDEN_PAGES:
        source, _ = get_data((GOLDEN / page).read_text(encoding="utf-8"))
        rest, _ = raw_blocks.take_out(source)
        if mkdocs_plain.parse(rest, md) is not None:
            read.append(page)
    articles = [p for p in GOLDEN_PAGES if p.startswith("articles/")]
    assert articles and set(articles) <= set(read)
    assert len(read) >= 0.9 * len(GOLDEN_PAGES)


@pytest.mark.site
def test_the_built_test_site_is_the_same_byte_for_byte(tmp_path: Path) -> None:
    built_both_ways(
        tmp_path, mkdocs_plain.SWITCH, "Python-Markdown converts every page"
    )
