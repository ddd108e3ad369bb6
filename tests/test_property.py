"""Property: any article text round-trips through the build and MkDocs.

Hypothesis writes articles from an alphabet rich in markup characters,
quotation marks, digits, right-to-left script, emoji and zero-width and
combining characters; each example is built with `build_site.py` and the real
`mkdocs build --strict`, and the page must show exactly the seed's words and
no element the seed could have forged.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotated_news.model import BlockKind
from annotated_news.parse.article import parse_article
from annotated_news.reader import list_seeds, read_seed

from .conftest import build_site_in
from .html_tree import article_body, forged_elements, page_words, parse_html, same_words

WORD_RE = re.compile(r"\S+")
ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "     ...,,;:!?"
    "<>&\"'`*_[](){}#+-!|~=^:$%@\\/"
    "“”‘’—–…"
    "مرحباשלום"
    "👍🏽👩\u200d👧🇺🇸é\u0301\u200b\u200c\u200d\u200f\u202e\u00a0"
)
word = st.text(alphabet=ALPHABET, min_size=1, max_size=12)
line = st.lists(word, min_size=1, max_size=25).map(" ".join)
article = (
    st.lists(line, min_size=1, max_size=6)
    .map("\n".join)
    .filter(lambda t: any(c.isalpha() for c in t))
)


def build(texts: list[str]) -> Path:
    root = Path(tempfile.mkdtemp(prefix="property-"))
    seeds = root / "seeds"
    seeds.mkdir()
    for i, text in enumerate(texts):
        (seeds / f"p{i}.txt").write_text(f" date 2025-06-04 {text}\n", encoding="utf-8")
    assert build_site_in(root) == 0
    return root


def seed_of(markdown: Path) -> str:
    """The seed file of an article page, from its front matter (for editors)."""
    front = markdown.read_text(encoding="utf-8").split("\n---\n", 1)[0]
    [line] = [x for x in front.split("\n") if x.startswith("seed: ")]
    return parse_html(json.loads(line.removeprefix("seed: "))).text()


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(article, min_size=1, max_size=4))
def test_any_text_round_trips(texts: list[str]) -> None:
    root = build(texts)
    try:
        for seed in list_seeds(root / "seeds"):
            raw = read_seed(seed)
            parsed = parse_article(raw)
            url = root / "site" / "articles" / parsed.slug / "index.html"
            if not url.exists():  # slug changed by disambiguation: find by seed
                url = next(
                    root / "site" / "articles" / p.stem / "index.html"
                    for p in (root / "docs" / "articles").glob("*.md")
                    if seed_of(p) == seed.name
                )
            page = parse_html(url.read_text(encoding="utf-8"))
            headline = next(
                (
                    parsed.slice(b.span)
                    for b in parsed.blocks
                    if b.kind is BlockKind.HEADLINE
                ),
                None,
            )
            assert same_words(
                page_words(page, raw.text, headline), WORD_RE.findall(raw.text)
            ), seed.read_text()
            text = article_body(page)
            assert forged_elements(text) == [], seed.read_text()
    finally:
        shutil.rmtree(root, ignore_errors=True)
