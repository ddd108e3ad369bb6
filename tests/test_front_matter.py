"""Front matter that MkDocs reads whole, whatever characters the seed holds.

MkDocs reads front matter with libyaml when it is installed. libyaml refused
the surrogate escapes JSON writes for an emoji in the JSON-LD, and raw C1
controls or line separators in the title; MkDocs then read the whole front
matter as Markdown: the page lost its title, its JSON-LD and its search
flag, and the JSON-LD text was shown (a property-test example failed the
build when that text looked like a Markdown link).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from annotated_news.render.env import ascii_json, front_matter_string
from annotated_news.render.escape import escape_text

from .conftest import build_site_in

HOSTILE = [
    "Emoji 👍🏽 and a family 👩\u200d👧 and a flag 🇺🇸",
    "C1 \x85 and \x9d, a line separator \u2028 and DEL \x7f",
    "U+FFFE \ufffe, U+FFFF \uffff, the last code point \U0010ffff",
    r"a literal \ud83d\udc4d and a backslash \ ",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_front_matter_strings_load_back_with_libyaml(text: str) -> None:
    assert ascii_json(text).isascii()
    loaded = yaml.load(f"a: {ascii_json(text)}", yaml.CSafeLoader)
    assert loaded == {"a": text}
    shown = yaml.load(f"a: {front_matter_string(text)}", yaml.CSafeLoader)
    assert shown == {"a": escape_text(text)}


def test_a_page_with_emoji_keeps_its_title_and_json_ld(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        " date 2025-06-04 Mayor 👍🏽 answers [critics](Td( }} )\x85 x\n\n"
        "The mayor said “we are happy 👍 today](x) and \U0001f1fa\U0001f1f8” on Monday.\n",
        encoding="utf-8",
    )
    assert build_site_in(tmp_path) == 0
    [page] = (tmp_path / "site" / "articles").glob("*/index.html")
    html = page.read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    assert title and title[1].startswith("Mayor 👍🏽 answers"), title
    assert "json_ld:" not in html  # the front matter is not in the body
    [script] = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S
    )
    graph = json.loads(script)["@graph"]
    assert graph[0]["headline"].startswith("Mayor 👍🏽 answers [critics]")
    assert "👍 today](x)" in graph[1]["text"]
    assert "data-pagefind-body" in html  # still searchable
