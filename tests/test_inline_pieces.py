"""The listing pages' inline pieces, written by Python, as the macros wrote them.

`templates/pages/_inline.md.j2` gives the templates the functions of
`annotated_news/render/inline.py` in place of Jinja macros (a macro call cost
several times the string operations it wrapped). `MACROS` is the macros'
source as it was: each function must write what its macro wrote, on seed
text with every character the escapes handle.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotated_news.render import inline
from annotated_news.render.context import Link, Tag
from annotated_news.render.env import make_env

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "pages"
MACROS = """\
{% macro link(l) %}[{{ l.label | md }}]({{ l.href }}){% endmacro %}
{% macro inline(p) %}{% for piece in p %}{% if piece is string %}{{ piece | md }}\
{% elif piece.href is defined %}{{ link(piece) }}{% else %}<span class="an-tag \
an-tag--{{ piece.kind }}">{{ piece.label | md }}</span>{% endif %}{% endfor %}\
{% endmacro %}
{% macro links(ls, sep=", ") %}{% for l in ls %}{{ link(l) }}{% if not loop.last %}\
{{ sep }}{% endif %}{% endfor %}{% endmacro %}
{% macro anchor(id) %}{% if id %}<span id="{{ id }}"></span>{% endif %}{% endmacro %}
{% macro a(l, here) %}<a href="{{ l.href | url(here) }}">{{ l.label | md }}</a>\
{% endmacro %}
{% macro html_inline(p, here) %}{% for piece in p %}{% if piece is string %}\
{{ piece | md }}{% elif piece.href is defined %}{{ a(piece, here) }}{% else %}\
<span class="an-tag an-tag--{{ piece.kind }}">{{ piece.label | md }}</span>{% endif %}\
{% endfor %}{% endmacro %}
{% macro a_list(ls, here, sep=", ") %}{% for l in ls %}{{ a(l, here) }}\
{% if not loop.last %}{{ sep }}{% endif %}{% endfor %}{% endmacro %}
"""
"""The macros of `_inline.md.j2` before they became Python (with its options)."""

HERE = "people/a-z/w.md"
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",))
    | st.sampled_from("&<>\"'`*_[]#|\\{}\t")
)
HREFS = st.sampled_from(
    [
        "../people/donald-trump.md",
        "../../articles/2016-10-04-trump.md#q-trump-we-will",
        "#e-donald-trump",
        "../organizations/a-z/u.md#e-un",
    ]
)
LINKS = st.builds(Link, label=TEXT, href=HREFS)
TAGS = st.builds(Tag, label=TEXT, kind=st.sampled_from(["tag", "differs"]))
PIECES = st.lists(st.one_of(TEXT, LINKS, TAGS), max_size=6).map(tuple)


def macros() -> Any:
    env = make_env(TEMPLATES)
    return env.from_string(MACROS).module


OLD = macros()


@settings(max_examples=200, deadline=None)
@given(PIECES)
def test_a_paragraph_is_written_as_the_macros_wrote_it(
    paragraph: tuple[Any, ...],
) -> None:
    assert inline.inline(paragraph) == str(OLD.inline(paragraph))
    assert inline.html_inline(paragraph, HERE) == str(OLD.html_inline(paragraph, HERE))


@settings(max_examples=100, deadline=None)
@given(st.lists(LINKS, max_size=4), st.sampled_from([", ", " · "]))
def test_links_are_written_as_the_macros_wrote_them(
    links: list[Link], sep: str
) -> None:
    assert inline.links(links) == str(OLD.links(links))
    assert inline.links(links, sep) == str(OLD.links(links, sep))
    assert inline.a_list(links, HERE) == str(OLD.a_list(links, HERE))
    assert inline.a_list(links, HERE, sep) == str(OLD.a_list(links, HERE, sep))
    for one in links:
        assert inline.link(one) == str(OLD.link(one))
        assert inline.a(one, HERE) == str(OLD.a(one, HERE))


@pytest.mark.parametrize("found", ["e-donald-trump", "", None])
def test_an_anchor_is_written_as_the_macro_wrote_it(found: str | None) -> None:
    assert inline.anchor(found) == str(OLD.anchor(found))


def test_the_templates_call_the_functions_not_macros() -> None:
    """What `_inline.md.j2` exports is the Python functions themselves."""
    module = make_env(TEMPLATES).get_template("_inline.md.j2").module
    for name in ("link", "inline", "links", "anchor", "a", "html_inline", "a_list"):
        found = getattr(module, name)
        assert not isinstance(found, jinja2.runtime.Macro), name
        assert found is getattr(inline, name), name
