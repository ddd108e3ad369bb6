"""The generated Markdown, read with markdown-it-py (without MkDocs).

Every link between generated pages points at a `.md` source that exists and
at an element id that the target page defines (in its raw HTML or as an
attribute-list id), so MkDocs can validate it; no link leaves the site except
to http(s) addresses.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from annotated_news.cli import main

from .conftest import SEEDS

ID_RE = re.compile(r'\bid="([^"]+)"|\{\s*:?\s*#([\w-]+)')


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("md") / "docs"
    assert main(["--seeds", str(SEEDS), "--docs", str(out), "--quiet"]) == 0
    return out


def links(tokens: list[Token]) -> list[str]:
    return [
        str(child.attrs["href"])
        for token in tokens
        for child in [token, *(token.children or [])]
        if child.type == "link_open"
    ]


def test_every_markdown_link_resolves(docs: Path) -> None:
    md = MarkdownIt("commonmark").enable("table")
    ids = {
        p.relative_to(docs).as_posix(): {
            a or b for a, b in ID_RE.findall(p.read_text(encoding="utf-8"))
        }
        for p in docs.rglob("*.md")
    }
    checked = 0
    for page, _ in sorted(ids.items()):
        text = (docs / page).read_text(encoding="utf-8").split("\n---\n", 1)[1]
        for href in links(md.parse(text)):
            if href.startswith(("https://", "http://")):
                continue
            path, _, anchor = href.partition("#")
            target = (
                posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
                if path
                else page
            )
            assert target in ids, f"{page}: {href}"
            if anchor:
                assert anchor in ids[target], f"{page}: {href}"
            checked += 1
    assert checked > 100
