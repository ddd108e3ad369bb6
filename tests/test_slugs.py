"""Slugs: the fast path for plain ASCII gives python-slugify's slugs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from slugify import slugify

from annotated_news import slugs

ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=60)
# Characters where the pipeline has special steps: digits and commas, quotes,
# hyphens, `&` (entities), upper case.
TRICKY = st.text(alphabet="09,,'''--&;#xAZaz .", max_size=30)
# The same with quotation marks (“ ” « » ‘ ’ take the fast path; ‚ „ é not).
QUOTED = st.text(alphabet="09,,''--&;xAZaz .“”«»‘’‚„é\u0301", max_size=30)


def library(text: str) -> str:
    return str(slugify(text, max_length=0, word_boundary=True, save_order=True))


@settings(max_examples=3000, deadline=None)
@given(st.one_of(ASCII, TRICKY, QUOTED))
def test_plain_ascii_slugs_are_python_slugify_s(text: str) -> None:
    assert slugs.slug(text) == library(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trump's 3,000 troops",
        "1,000,000 -- 2,5",
        "1',000 and 1,'000",
        "AT&amp;T &#233;t&#xE9; &copy;",
        "  --Hello,  World!--  ",
        "",
        "'",
        "“Quoted” — café 1,5 ‘x’",
        "3,’000 don’t «4»,„5‚6”",
    ],
)
def test_examples_from_both_paths(text: str) -> None:
    assert slugs.slug(text) == library(text)


def test_plain_text_does_not_call_python_slugify(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(slugs, "slugify", lambda text, **_: calls.append(text) or "")
    assert slugs.slug("Stephen Miller, 1,200") == "stephen-miller-1200"
    # Every quote's id slugs its words and its sentence's: curly marks alone
    # sent them all through python-slugify's transliteration.
    assert slugs.slug("“Yes,” she said. ‘It’s’ «oui»") == "yes-she-said-its-oui"
    assert calls == []
    slugs.slug("café")
    slugs.slug("AT&amp;T")
    slugs.slug("Stephen Miller", max_length=5)
    assert calls == ["café", "AT&amp;T", "Stephen Miller"]
