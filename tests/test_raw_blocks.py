"""Raw HTML blocks kept from Python-Markdown's HTML parser, and put back.

`raw_blocks.take_out` replaces the blocks Python-Markdown would store whole
by placeholders; `put_back` writes them into the converted page. The page
must come out exactly as Python-Markdown makes it from the whole source, and
MkDocs must know the same anchors: on every page of the test site, on text
written to trip the rules up, and in a real `mkdocs build --strict`.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import markdown
import pytest
from mkdocs.utils.meta import get_data

from annotated_news import (
    mkdocs_anchors,
    mkdocs_markdown,
    mkdocs_plain,
    mkdocs_shell,
    raw_blocks,
)

from .conftest import ROOT, relocated_config
from .test_mkdocs_anchors import mkdocs_ids
from .test_mkdocs_parallel import plugin_config, tree

GOLDEN = ROOT / "tests" / "golden" / "docs"
GOLDEN_PAGES = sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.md"))


def convert(source: str) -> str:
    """Python-Markdown with the site's extensions (mkdocs.yml + MkDocs' own)."""
    md = markdown.Markdown(
        extensions=["toc", "tables", "fenced_code", "attr_list"],
        extension_configs={"toc": {"permalink": True}},
    )
    return md.convert(source)


def converted_both_ways(source: str) -> tuple[str, str, raw_blocks.Taken | None]:
    rest, taken = raw_blocks.take_out(source)
    fast = convert(rest) if taken is None else raw_blocks.put_back(convert(rest), taken)
    return convert(source), fast, taken


@pytest.mark.parametrize("page", GOLDEN_PAGES)
def test_every_page_of_the_test_site_converts_to_the_same_html(page: str) -> None:
    source, _ = get_data((GOLDEN / page).read_text(encoding="utf-8"))
    whole, fast, taken = converted_both_ways(source)
    assert fast == whole
    rest = source if taken is None else raw_blocks.take_out(source)[0]
    ids = mkdocs_anchors.anchor_ids(rest)
    if taken is not None:
        ids |= raw_blocks.anchor_ids(taken)
    assert ids == mkdocs_ids(source)


def test_the_article_pages_blocks_are_taken_out() -> None:
    """Not a fast path that never runs: the article text is taken out whole."""
    articles = [p for p in GOLDEN_PAGES if p.startswith("articles/")]
    assert articles
    for page in articles:
        source, _ = get_data((GOLDEN / page).read_text(encoding="utf-8"))
        rest, taken = raw_blocks.take_out(source)
        assert taken is not None, page
        assert '<div class="an-body"' in source
        assert "<" not in rest, page  # every tag of the page was in a block
        assert len(rest) < len(source) // 4


BLOCKS = [
    '<div class="a" id="d-1">\n<p>One &amp; two</p>\n</div>',
    '<ul class="x">\n<li><a href="#d-1">to d&#45;1</a></li>\n</ul>',
    '<p class="an-p"><span id="s-1">Text with &#34;quotes&#34;.</span></p>',
    "<table>\n<tr><td>1</td></tr>\n</table>",
    '<figure><svg viewBox="0 0 1 1"><title>T</title><rect/></svg></figure>',
    '<div hidden data-pagefind-ignore><span data-x="a>b">x</span></div>',
    '<details><summary>S</summary><input type="checkbox" checked>\n</details>',
    '<hr class="x">',
]
"""Blocks written the templates' way (taken out)."""

TRICKY = [
    "## Heading { #h-1 }",
    "Plain text with a [link](#d-1).",
    "Text <span>inline</span> and <em>more</em>.",
    "<span>An inline tag starts this paragraph.</span>",
    "<div>\n\nA div open across a blank line",
    "</div>",
    "Text then\n<div>a block tag at a line start</div>",
    "<!-- a comment\n\nacross a blank line -->",
    "<div>an entity without its semicolon &amp here</div>",
    "<div>a < b and a lone &</div>",
    "<div>\ttab</div>",
    "<div>a line of spaces\n   \nin it</div>",
    "<div>ends early</div> with text after",
    "<div><script>if (a < b) {}</script></div>",
    "<div title='single quotes'>x</div>",
    '<div\nclass="a">name then a line break</div>',
    "```\n<div>in a fence</div>",
    "```",
    "    <div>indented code</div>",
    "<p>unclosed paragraph",
    "<div><p>unclosed inner</div>",
    "- list item\n- <div>x</div>",
    '<DIV CLASS="upper">case</DIV>',
    "<?php echo 1 ?>",
    "---",
]
"""Text that Python-Markdown reads in ways a shortcut could get wrong."""


@pytest.mark.parametrize("i", range(len(TRICKY)))
def test_tricky_text_before_blocks_converts_the_same(i: int) -> None:
    source = "\n\n".join([BLOCKS[0], TRICKY[i], *BLOCKS[1:], TRICKY[i]]) + "\n"
    whole, fast, _ = converted_both_ways(source)
    assert fast == whole


def test_any_mix_of_blocks_and_tricky_text_converts_the_same() -> None:
    pieces = BLOCKS + TRICKY
    checked = 0
    for a, b, c in itertools.product(range(len(pieces)), repeat=3):
        if (a * 7 + b * 3 + c) % 5:  # a fifth of the triples: enough, and fast
            continue
        for sep in ("\n\n", "\n\n\n"):
            source = "\n" + sep.join([pieces[a], pieces[b], pieces[c]]) + "\n"
            whole, fast, _ = converted_both_ways(source)
            assert fast == whole, source
            checked += 1
    assert checked > 2000


@pytest.mark.parametrize(
    "source",
    [
        "<div>\n\nopen across a blank line\n\n</div>\n\n<p>x</p>",
        "<!--\n\n-->\n\n<p>x</p>",
        "```\n\n<p>x</p>\n\n```",
        "Text\n<div>\n\n<p>x</p>\n\n</div>",
        f"<p>{raw_blocks.TOKEN}0x</p>\n\n<p>x</p>",
    ],
    ids=["open-div", "comment", "fence", "line-start", "token"],
)
def test_blocks_after_text_that_may_open_raw_html_stay_in_place(source: str) -> None:
    rest, _ = raw_blocks.take_out(source)
    assert "<p>x</p>" in rest
    whole, fast, _ = converted_both_ways(source)
    assert fast == whole


def test_consecutive_blocks_share_one_placeholder_and_come_back_apart() -> None:
    source = "# T\n\n<p>a</p>\n\n<p>b</p>\n\n\n<ul><li>c</li></ul>\n\nText\n\n<p>d</p>"
    rest, taken = raw_blocks.take_out(source)
    assert taken is not None
    assert taken.blocks == ["<p>a</p>\n\n<p>b</p>\n\n<ul><li>c</li></ul>", "<p>d</p>"]
    assert rest == f"# T\n\n{taken.placeholder(0)}\n\nText\n\n{taken.placeholder(1)}"
    assert raw_blocks.put_back(convert(rest), taken) == convert(source)


def test_a_lost_placeholder_is_an_error_not_a_missing_block() -> None:
    rest, taken = raw_blocks.take_out("<p>a</p>\n\nText\n\n<p>b</p>")
    assert taken is not None
    html = convert(rest).replace(taken.placeholder(1), "gone")
    with pytest.raises(ValueError, match="1 of 2 raw HTML blocks lost"):
        raw_blocks.put_back(html, taken)


def test_another_plugin_with_page_markdown_or_content_turns_it_off() -> None:
    from annotated_news import mkdocs_parallel

    def handler() -> None: ...

    def other() -> None: ...

    own = ("hooks.py", handler)
    ours = plugin_config({"page_markdown": [own], "page_content": [own]})
    events = ("page_markdown", "page_content")
    assert mkdocs_parallel.others_with(ours, events) is None
    for event in events:
        theirs = plugin_config({event: [own, ("macros", other)]})
        assert mkdocs_parallel.others_with(theirs, events) == (
            f"plugin 'macros' has on_{event}"
        )


def build_test_site(root: Path, site: str, switches: dict[str, str]) -> str:
    """`mkdocs build --strict` of the test site's docs, serially; its log."""
    env = {
        **os.environ,
        "ANNOTATED_NEWS_SEARCH_INDEX": "off",
        "ANNOTATED_NEWS_MKDOCS_JOBS": "1",
        "NO_MKDOCS_2_WARNING": "1",
    }
    for name in (
        raw_blocks.SWITCH,
        mkdocs_shell.SWITCH,
        mkdocs_markdown.SWITCH,
        mkdocs_plain.SWITCH,
    ):
        env.pop(name, None)
    env.update(switches)
    config = root / "mkdocs.yml"
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)]
    done = subprocess.run(
        [*command, "-d", str(root / site)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr


def built_both_ways(root: Path, switch: str, line: str) -> dict[str, bytes]:
    """The test site built as usual and with `switch` off: the same files.

    The log line that says the switch is off is in the second build only.
    """
    shutil.copytree(GOLDEN, root / "docs")
    (root / "mkdocs.yml").write_text(relocated_config(), encoding="utf-8")
    usual = build_test_site(root, "usual", {})
    off = build_test_site(root, "off", {switch: "off"})
    assert f"{line}: {switch}=off" not in usual
    assert f"{line}: {switch}=off" in off
    built = tree(root / "usual")
    assert sum(name.endswith(".html") for name in built) > len(GOLDEN_PAGES)
    assert built == tree(root / "off")
    return built


@pytest.mark.site
def test_the_built_test_site_is_the_same_byte_for_byte(tmp_path: Path) -> None:
    """With the blocks taken out or not; --strict passes both ways (the links
    into the article text need the ids of the blocks taken out)."""
    line = "Python-Markdown reads every raw HTML block itself"
    built_both_ways(tmp_path, raw_blocks.SWITCH, line)
