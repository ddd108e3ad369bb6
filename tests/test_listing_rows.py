"""The listing pages' repeated rows, written by Python, as the macros wrote them.

`_sections.md.j2`, `_table.md.j2` and `_drawing.md.j2` call the functions of
`annotated_news/render/rows.py` for the rows they repeat (a macro call cost
several times the string operations it wrapped). `MACROS` is the macros'
source as it was (a row's template text as a macro of its own where it was
the body of a loop): each function must write what it wrote, on seed text
with every character the escapes handle.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from hypothesis import given, settings
from hypothesis import strategies as st

from annotated_news.render import rows
from annotated_news.render.context import (
    FigureItem,
    LedgerWording,
    Link,
    QuoteItem,
    TableRow,
    TableSection,
    TimelineEntry,
)
from annotated_news.render.env import make_env
from annotated_news.render.svg import Mark, Shape

from .test_inline_pieces import LINKS, PIECES, TEXT

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "pages"
MACROS = """\
{% import "_inline.md.j2" as i %}
{% set a, a_list = i.a, i.a_list %}
{% macro notes(ns) %}{% for n in ns %}<br><span class="an-note an-note-inline">\
<strong>Note:</strong> {{ n }}</span>{% endfor %}{% endmacro %}
{% macro figure_in_context(f) %}<span class="an-context">{{ f.before | md }}\
<strong>{{ f.text | md }}</strong>{{ f.after | md }}</span>{% endmacro %}
{% macro quote(q, here) %}{{ q.text | md }} {{ a(q.link, here) }}{% if q.also %} \
· also in {{ a_list(q.also, here) }}{% endif %}{{ notes(q.notes) }}{% endmacro %}
{% macro figure_row(f, here) %}<li><a href="{{ f.link.href | url(here) }}">\
{{ f.note | md }}</a>: {{ figure_in_context(f) }}{{ notes(f.notes) }}</li>\
{% endmacro %}
{% macro wording_row(w, here) %}<li>{{ a(w.figure.link, here) }}: \
{{ figure_in_context(w.figure) }}{% for d in w.differs %} <span class="an-tag">\
{{ d | md }}</span>{% endfor %}</li>{% endmacro %}
{% macro timeline_entry(e, here) %}{% if e.publication %}<li>{% if e.outlet %}\
<strong>{{ e.outlet | md }}</strong> published{% else %}Published{% endif %} \
{{ a(e.link, here) }}</li>{% else %}<li><span class="an-entry__source">\
{% if e.outlet %}<strong>{{ e.outlet | md }}</strong>, {% endif %}\
{{ a(e.article, here) }}</span> {% if e.when %}{{ e.when | md }}: {% endif %}\
<a href="{{ e.link.href | url(here) }}">{{ e.sentence | md }}</a></li>{% endif %}\
{% endmacro %}
{% macro table_row(t, row, here) %}<tr role="row">
{% for cell in row.cells %}
<td role="{{ 'rowheader' if loop.first and t.layout == 'scroll' else 'cell' }}" \
data-label="{{ t.headers[loop.index0] | attr }}"\
{% if t.align[loop.index0] == "---:" %} class="an-num"{% endif %}>\
{% if loop.first %}{{ i.anchor(row.anchor) }}{% endif %}\
{{ i.html_inline(cell, here) }}</td>
{% endfor %}
</tr>{% endmacro %}
{%- macro shape(s) -%}
{%- set c = "an-c" ~ s.series ~ (" an-hollow" if s.hollow else "") -%}
{%- if s.kind == "dot" -%}<circle class="{{ c }}" cx="{{ s.x | round(1) }}" \
cy="{{ s.y | round(1) }}" r="5"/>
{%- elif s.kind == "square" -%}<rect class="{{ c }}" x="{{ (s.x - 5) | round(1) }}" \
y="{{ (s.y - 5) | round(1) }}" width="10" height="10"/>
{%- else -%}<rect class="{{ c }} an-bar" x="{{ s.x | round(1) }}" \
y="{{ s.y | round(1) }}" width="{{ s.w | round(1) }}" height="{{ s.h | round(1) }}" \
rx="2"/>
{%- endif -%}
{%- endmacro -%}
{%- macro mark(m) -%}
<a href="{{ m.href | attr }}" aria-label="{{ m.name | attr }}"\
{% for k, v in m.data.items() %} data-{{ k }}="{{ v | attr }}"{% endfor %}>\
<title>{{ m.name | md }}</title><rect class="an-hit" x="{{ m.box[0] | round(1) }}" \
y="{{ m.box[1] | round(1) }}" width="{{ m.box[2] | round(1) }}" \
height="{{ m.box[3] | round(1) }}" rx="3"/>{% for s in m.shapes %}{{ shape(s) }}\
{% endfor %}</a>
{%- endmacro -%}
"""
"""The macros (and loop bodies) before they became Python (with its options)."""

HERE = "timeline/2016/03.md"
NOTES = st.lists(TEXT, max_size=2).map(tuple)
FIGURES = st.builds(FigureItem, TEXT, TEXT, LINKS, TEXT, st.just(()), NOTES, TEXT, TEXT)
NUMBERS = st.one_of(
    st.integers(-500, 2000),
    st.floats(-500, 2000, allow_nan=False, allow_infinity=False),
)
SHAPES = st.builds(
    Shape,
    kind=st.sampled_from(["dot", "square", "bar"]),
    x=NUMBERS,
    y=NUMBERS,
    w=NUMBERS,
    h=NUMBERS,
    series=st.integers(0, 7),
    hollow=st.booleans(),
)


def macros() -> Any:
    env = make_env(TEMPLATES)
    return env.from_string(MACROS).module


OLD = macros()


@settings(max_examples=150, deadline=None)
@given(FIGURES, st.lists(TEXT, max_size=2))
def test_a_listed_figure_is_written_as_the_macros_wrote_it(
    figure: FigureItem, differs: list[str]
) -> None:
    assert rows.notes(figure.notes) == str(OLD.notes(figure.notes))
    assert rows.figure_in_context(figure) == str(OLD.figure_in_context(figure))
    assert rows.figure_row(figure, HERE) == str(OLD.figure_row(figure, HERE))
    wording = LedgerWording(figure=figure, differs=differs)
    assert rows.wording_row(wording, HERE) == str(OLD.wording_row(wording, HERE))


@settings(max_examples=150, deadline=None)
@given(TEXT, LINKS, st.lists(LINKS, max_size=3).map(tuple), NOTES)
def test_a_quote_is_written_as_the_macro_wrote_it(
    text: str, link: Link, also: tuple[Link, ...], notes: tuple[str, ...]
) -> None:
    quote = QuoteItem(
        speaker="",
        speaker_link=None,
        text=text,
        link=link,
        kind="q",
        also=also,
        notes=notes,
    )
    assert rows.quote(quote, HERE) == str(OLD.quote(quote, HERE))


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(st.just(""), TEXT),
    LINKS,
    TEXT,
    st.one_of(st.just(""), TEXT),
    TEXT,
    LINKS,
    st.booleans(),
)
def test_a_timeline_entry_is_written_as_the_macro_wrote_it(
    outlet: str,
    article: Link,
    when: str,
    sentence: str,
    text: str,
    link: Link,
    publication: bool,
) -> None:
    entry = TimelineEntry(
        outlet=outlet,
        article=article,
        when=when,
        sentence=sentence + text,
        link=link,
        publication=publication,
    )
    assert rows.timeline_entry(entry, HERE) == str(OLD.timeline_entry(entry, HERE))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(TEXT, st.sampled_from(["---", "---:"])), min_size=1, max_size=4),
    st.sampled_from(["stack", "fit", "scroll"]),
    st.lists(st.one_of(st.none(), st.just(""), st.just("e-x")), max_size=3),
    st.data(),
)
def test_a_table_row_is_written_as_the_macro_wrote_it(
    columns: list[tuple[str, str]],
    layout: str,
    anchors: list[str | None],
    data: st.DataObject,
) -> None:
    table_rows = [
        TableRow(
            cells=data.draw(
                st.lists(PIECES, min_size=len(columns), max_size=len(columns))
            ),
            anchor=found,
        )
        for found in anchors
    ]
    table = TableSection(
        anchor="t",
        title="T",
        headers=[h for h, _ in columns],
        align=[al for _, al in columns],
        rows=table_rows,
        layout=layout,
    )
    for row in table_rows:
        assert rows.table_row(table, row, HERE) == str(OLD.table_row(table, row, HERE))


@settings(max_examples=150, deadline=None)
@given(
    TEXT,
    TEXT,
    st.lists(SHAPES, max_size=3),
    st.tuples(NUMBERS, NUMBERS, NUMBERS, NUMBERS),
    st.dictionaries(st.sampled_from(["start", "end", "axis"]), TEXT, max_size=2),
)
def test_a_mark_is_written_as_the_macros_wrote_it(
    href: str,
    name: str,
    shapes: list[Shape],
    box: tuple[float, float, float, float],
    data: dict[str, str],
) -> None:
    for one in shapes:
        assert rows.shape(one) == str(OLD.shape(one))
    mark = Mark(href=href, name=name, shapes=shapes, box=box, data=data)
    assert rows.mark(mark) == str(OLD.mark(mark))


def test_the_templates_call_the_functions_not_macros() -> None:
    """The templates' row names are the Python functions themselves."""
    env = make_env(TEMPLATES)
    found = {
        "_sections.md.j2": (
            "notes",
            "figure_in_context",
            "quote",
            "figure_row",
            "wording_row",
            "timeline_entry",
        ),
        "_table.md.j2": ("row",),
        "_drawing.md.j2": ("mark",),
    }
    named = {"row": rows.table_row}
    for template, names in found.items():
        module = env.get_template(template).module
        for name in names:
            function = getattr(module, name)
            assert not isinstance(function, jinja2.runtime.Macro), name
            assert function is named.get(name, getattr(rows, name, None)), name
