"""Nesting marks into valid HTML, and escaping seed text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from annotated_news.model import Span
from annotated_news.render.escape import (
    ATTR_TABLE,
    TABLE,
    escape_attr,
    escape_text,
    isolated,
)
from annotated_news.render.markup import Mark, render_block


class Balance(HTMLParser):
    """Check that tags nest properly; collect text and ids."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        self.ids += [v for k, v in attrs if k == "id" and v]

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (self.stack, tag)
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Balance:
    b = Balance()
    b.feed(html)
    b.close()
    assert not b.stack
    return b


def mark(start: int, end: int, rank: int, name: str) -> Mark:
    return Mark(Span(start, end), rank, "span", (("class", name),), (("id", name),))


def test_crossing_marks_are_split_and_only_the_first_part_has_the_id() -> None:
    text = "He said, “One. Two,” she added."
    quote = mark(9, 20, 0, "q")
    first = mark(0, 14, 1, "s1")
    second = mark(15, 31, 1, "s2")
    html = render_block(text, Span(0, len(text)), [quote, first, second])
    parsed = parse(html)
    assert "".join(parsed.text) == text
    assert sorted(parsed.ids) == ["q", "s1", "s2"]
    assert html.count('class="q"') == 1  # the quote stays whole
    assert html.count('class="s1"') == 2  # the sentence is split around it


def test_glued_sentences_get_a_space_and_nothing_else_changes() -> None:
    text = "sources cautioned.Abigail Jackson said"
    html = render_block(text, Span(0, len(text)), [], frozenset({18}))
    assert "".join(parse(html).text) == "sources cautioned. Abigail Jackson said"


@st.composite
def marked_blocks(draw: st.DrawFn) -> tuple[str, Span, list[Mark], bool]:
    """A text, a block of it and marks that cross, nest, tie, are empty or
    start before the block."""
    text = draw(st.text(alphabet="ab <&.", min_size=1, max_size=30))
    low = draw(st.integers(0, len(text)))
    high = draw(st.integers(low, len(text)))
    marks = []
    for n in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        rank = draw(st.integers(0, 2))
        tag = draw(st.sampled_from(["span", "mark"]))
        marks.append(
            Mark(
                Span(start, end),
                rank,
                tag,
                (("class", f"c{n}"),),
                (("id", f"m{n}"),),
                f"<i>{n}</i>",
            )
        )
    return text, Span(low, high), marks, draw(st.booleans())


@settings(max_examples=300, deadline=None)
@given(marked_blocks())
def test_marks_nest_whatever_their_spans(
    found: tuple[str, Span, list[Mark], bool],
) -> None:
    text, block, marks, plain = found
    html = render_block(text, block, marks, plain=plain)
    parsed = parse(html)  # every tag closed in order
    clipped = [
        (m, max(m.span.start, block.start), min(m.span.end, block.end)) for m in marks
    ]
    shown = [m for m, s, e in clipped if s < e or s == e == m.span.start]
    # The block's words, escaped; the controls after marks hold digits only.
    words = "".join(parsed.text)
    assert re.sub(r"\d", "", words) == text[block.start : block.end]
    # Ids only on a mark's first part, and only when it starts in the block.
    assert sorted(parsed.ids) == sorted(
        f"m{marks.index(m)}" for m in shown if m.span.start >= block.start
    )


def test_escape_makes_markup_literal() -> None:
    hostile = (
        '<script>alert(1)</script> *em* [a](javascript:x) {: #id } {{ 7*7 }} --8<-- "f"'
    )
    escaped = escape_text(hostile)
    bare = re.sub(r"&#\d+;", "", escaped)  # what a parser sees besides references
    for ch in '<>*[](){}#-"&':
        assert ch not in bare
    assert "".join(parse(escaped).text) == hostile


# Every character the tables name, some around them, and any other text.
SPECIALS = "".join(chr(c) for c in sorted(TABLE.keys() | ATTR_TABLE.keys()))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(SPECIALS + "ab \n\r\u00e9\u2028")) | st.text())
def test_escapes_write_a_reference_for_each_character_of_their_table(
    text: str,
) -> None:
    # Each character of a table becomes its reference, every other stays.
    for table, escape in ((TABLE, escape_text), (ATTR_TABLE, escape_attr)):
        expected = "".join(table.get(ord(ch), ch) for ch in text)
        assert escape(text) == expected


def test_attribute_escape_keeps_quotes_inside() -> None:
    value = 'a" onmouseover="x` \\ {b}'
    html = f'<span title="{escape_attr(value)}">t</span>'

    class Attr(HTMLParser):
        got: str | None = None

        def handle_starttag(
            self, tag: str, attrs: list[tuple[str, str | None]]
        ) -> None:
            self.got = dict(attrs)["title"]
            assert len(attrs) == 1

    p = Attr()
    p.feed(html)
    assert p.got == value


def test_same_words_allows_only_the_glued_sentence_repair() -> None:
    from .html_tree import same_words

    seed = ["sources", "cautioned.Abigail", "Jackson", "thatU.S.", "military"]
    assert same_words(
        ["sources", "cautioned.", "Abigail", "Jackson", "thatU.S.", "military"], seed
    )
    assert not same_words(
        ["sources", "cautioned.", "Abigail", "Jackson", "thatU.", "S.", "military"],
        seed,
    )
    assert not same_words(["sources", "cautioned.Abigail", "Jackson", "thatU.S."], seed)


def test_page_urls_are_directory_urls() -> None:
    from annotated_news.indexes.places import page_url

    assert (
        page_url("people/stephen-miller.md", "articles/a.md")
        == "../../people/stephen-miller/"
    )
    assert page_url("articles/b.md", "articles/a.md") == "../b/"
    assert page_url("index.md", "articles/a.md") == "../../"
    assert page_url("articles/a.md", "index.md") == "articles/a/"
    assert page_url("articles/a.md", "articles/a.md") == ""
    assert page_url("people/a-z/m.md", "people/a-z/index.md") == "m/"


def test_only_text_with_a_bidi_control_is_isolated() -> None:
    assert isolated("The pier <reopens>") == escape_text("The pier <reopens>")
    for control in "\u202e\u202b\u2067\u200f\u061c":
        text = f"<The {control}pier"
        assert isolated(text) == f"<bdi>{escape_text(text)}</bdi>"
