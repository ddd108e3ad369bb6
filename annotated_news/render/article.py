"""The annotated text of an article page: marks for every annotation.

Each annotation becomes an inline element with its id, a class for its kind,
its data as `data-*` attributes, and a visually hidden label so that a
highlight is never colour alone. Quotes also get a speaker label, a permalink
and a copy-link button after their last part; shared annotations get an
"also in" link to their other appearances.
"""

from __future__ import annotations

import dataclasses as dc
from collections.abc import Callable

from ..indexes import Corpus
from ..indexes.entity_places import entity_place
from ..indexes.places import Place
from ..indexes.quotes import speaker_name
from ..indexes.timeline import date_label
from ..model import (
    Article,
    BlockKind,
    DateMention,
    EntityMention,
    Figure,
    Note,
    Quote,
    QuoteKind,
    Span,
)
from ..parse.notes import short
from ..presented import glued_starts
from .escape import escape_attr, escape_text
from .markup import Mark, render_block
from .notes import note_markdown

QUOTE, SENTENCE, INNER = 0, 1, 2


@dc.dataclass(frozen=True, slots=True)
class BlockView:
    """A block of the article as the template writes it."""

    kind: BlockKind
    html: str
    line: int
    anchor: str
    """Id for a subheading, from its sentence's id ("h-how-immigration-…")."""
    notes: str = ""
    """Markdown of the note boxes to show after the block."""


def hidden(label: str) -> str:
    """A visually hidden label for screen readers, kept out of search."""
    return f'<span class="an-label" data-pagefind-ignore>{escape_text(label)}</span>'


def format_value(value: float) -> str:
    """21000 -> "21,000"; 1.5 -> "1.5"."""
    return f"{int(value):,}" if value == int(value) else f"{value:,.6g}"


def figure_note(figure: Figure) -> str:
    """A short description of a figure: "more than 5,000 personnel"."""
    parts = [figure.qualifier or "", format_value(figure.value)]
    if figure.high is not None:
        parts[-1] += f" to {format_value(figure.high)}"
    if figure.unit == "percent":
        parts[-1] += "%"
    elif figure.unit:
        parts.append(figure.unit)
    if figure.rate:
        parts.append(f"per {figure.rate}")
    return " ".join(p for p in parts if p)


FRAGMENT_WORDS = 6
QUOTE_MARKS = "“”\"‘’'«»„ "


def fragment_words(article: Article, span: Span, limit: int = FRAGMENT_WORDS) -> str:
    """The opening words of a quote for a text fragment (`#:~:text=…`).

    Whole words, as the page shows them in one run: they stop before the
    first element that adds words of its own inside the quote (a figure's or
    relative date's hidden label, a note marker) and at the end of the block.
    """
    starts = [f.span.start for f in article.figures] + [
        d.span.start for d in article.dates if d.relative
    ]
    ends = [n.span.end for n in article.notes if n.span]
    end = min(
        (p for p in (*starts, *ends) if span.start < p < span.end), default=span.end
    )
    text = article.text[span.start : end].split("\n")[0]
    words = text.strip(QUOTE_MARKS).split()
    if end not in ends and end < span.end and not text[-1:].isspace():
        words = words[:-1]  # cut inside a word ("$" of "$5"): leave it out
    return " ".join(words[:limit]).rstrip(',;:.!?“”"‘’')


def html_link(href: str, label: str) -> str:
    """A link in the raw HTML of the article text."""
    return f'<a href="{escape_attr(href)}">{escape_text(label)}</a>'


def first_per_article(places: list[Place]) -> list[Place]:
    """Keep the first place of each article, in order."""
    seen: dict[str, Place] = {}
    for place in places:
        seen.setdefault(place.article.slug, place)
    return list(seen.values())


@dc.dataclass(slots=True)
class ArticleMarks:
    """Builds the marks of one article page."""

    corpus: Corpus
    article: Article
    page: str
    also_in: Callable[[Article, str, Span], list[Place]]

    def anchor(self, kind: str, span: Span) -> str:
        return self.corpus.anchor(self.article, kind, span)

    def also(self, kind: str, span: Span) -> str:
        places = first_per_article(self.also_in(self.article, kind, span))
        if not places:
            return ""
        links = ", ".join(
            html_link(p.url(self.page), p.article.meta.outlet or p.article.meta.title)
            for p in places
        )
        return f'<span class="an-also" data-pagefind-ignore> also in {links}</span>'

    def quote(self, quote: Quote) -> Mark:
        anchor = self.anchor("quote", quote.span)
        speaker = speaker_name(self.corpus, quote)
        classes = f"an-quote an-{quote.quote_kind.value}"
        if quote.quote_kind is QuoteKind.SCARE:
            label = "in quotation marks"
            after = ""
        else:
            label = f"quote by {speaker}" if speaker else "quote, speaker not given"
            after = self.quote_chrome(quote, anchor, speaker)
        attrs = [("class", classes)]
        if speaker and quote.quote_kind is not QuoteKind.SCARE:
            attrs.append(("data-speaker", speaker))
        return Mark(
            quote.span,
            QUOTE,
            "q",
            tuple(attrs),
            (("id", anchor),),
            lead=hidden(label + ": "),
            after=after,
        )

    def quote_chrome(self, quote: Quote, anchor: str, speaker: str | None) -> str:
        record = (
            self.corpus.entities.named(quote.speaker_kind, quote.speaker)
            if quote.speaker and quote.speaker_kind
            else None
        )
        if record:
            who = html_link(entity_place(record).url(self.page), record.name)
        elif speaker:
            who = escape_text(speaker)
        else:
            who = "speaker not given"
        words = fragment_words(self.article, quote.span)
        name = (
            f"Permalink to the quote “{words}…”" if words else "Permalink to this quote"
        )
        return (
            f'<span class="an-ui an-speaker" data-pagefind-ignore>'
            f'<span class="an-by">— {who}</span> '
            f'<a class="an-permalink" href="#{anchor}" title="Permalink to this quote" '
            f'aria-label="{escape_attr(name)}">¶</a> '
            f'<button type="button" class="an-copy" data-anchor="{anchor}" '
            f'data-words="{escape_attr(words)}">Copy link</button>'
            f"{self.also('quote', quote.span)}</span>"
        )

    def figure(self, figure: Figure) -> Mark:
        attrs = [
            ("class", "an-figure"),
            ("data-value", f"{figure.value:g}"),
            ("data-unit", figure.unit),
        ]
        if figure.qualifier:
            attrs.append(("data-qualifier", figure.qualifier))
        if figure.rate:
            attrs.append(("data-rate", figure.rate))
        if figure.high is not None:
            attrs.append(("data-high", f"{figure.high:g}"))
        return Mark(
            figure.span,
            INNER,
            "mark",
            tuple(attrs),
            (("id", self.anchor("figure", figure.span)),),
            lead=hidden(f"figure, {figure_note(figure)}: "),
            after=self.also("figure", figure.span),
        )

    def date(self, date: DateMention) -> Mark:
        label = date_label(date.value, date.precision, date.modifier)
        attrs = (
            ("class", f"an-date an-{date.precision.value}"),
            ("data-date", date.value),
        )
        return Mark(
            date.span,
            INNER,
            "time",
            (("datetime", date.value), *attrs),
            (("id", self.anchor("date", date.span)),),
            lead=hidden(f"date, {label}: ") if date.relative else "",
        )

    def entity(self, mention: EntityMention) -> Mark:
        record = self.corpus.entities.record(mention)
        # No inline "also in" for names: a name sits inside figures and quotes,
        # and the page's list of names links each shared one instead.
        return Mark(
            mention.span,
            INNER + 1,
            "span",
            (
                ("class", f"an-entity an-{mention.kind.value}"),
                ("data-entity", record.name),
            ),
            (("id", self.anchor(mention.kind.value, mention.span)),),
        )

    def note(self, note: Note, number: int) -> Mark:
        """The noted text, followed by a numbered marker linking to its note."""
        assert note.span is not None
        anchor = self.anchor("note", note.span)
        marker = (
            f'<a class="an-note an-note-ref" href="#{anchor}-note" '
            f"data-pagefind-ignore>note {number}</a>"
        )
        return Mark(
            note.span,
            INNER,
            "span",
            (("class", "an-noted"),),
            (("id", anchor),),
            after=marker,
        )

    def note_box(self, note: Note, number: int) -> str:
        """The note itself, shown after the block that holds its text."""
        assert note.span is not None
        anchor = self.anchor("note", note.span)
        exact = escape_text(short(self.article.slice(note.span), 60))
        return (
            f'<aside class="admonition note an-note" id="{anchor}-note" role="note" '
            f'aria-label="Note {number}" markdown="1">\n'
            f'<p class="admonition-title" data-pagefind-ignore>Note {number} on '
            f'“{exact}” <a class="an-note-back" href="#{anchor}">back to the text</a>'
            f"</p>\n\n{note_markdown(note, self.page, self.page)}\n\n</aside>"
        )

    def sentence(self, span: Span) -> Mark:
        return Mark(
            span,
            SENTENCE,
            "span",
            (("class", "an-s"),),
            (("id", self.anchor("sentence", span)),),
        )

    def all(self) -> list[Mark]:
        a = self.article
        return [
            *(self.quote(q) for q in a.quotes),
            *(self.sentence(s.span) for s in a.sentences),
            *(self.figure(f) for f in a.figures),
            *(self.date(d) for d in a.dates),
            *(self.entity(e) for e in a.entities),
            *(self.note(n, i) for i, n in enumerate(a.notes, 1)),
        ]


def render_blocks(
    corpus: Corpus,
    article: Article,
    page: str,
    also_in: Callable[[Article, str, Span], list[Place]],
    extra: list[Mark] | None = None,
) -> list[BlockView]:
    """Render every block of an article with the marks that overlap it.

    Note boxes follow the block that holds the end of their text; those of
    the headline (which the page shows as its title) follow the next block.
    """
    builder = ArticleMarks(corpus, article, page, also_in)
    marks = builder.all() + (extra or [])
    marks.sort(key=lambda m: m.span.start)
    glued = glued_starts(article)
    boxes: dict[int, list[str]] = {}
    for number, note in enumerate(article.notes, 1):
        assert note.span is not None
        last = next(
            i
            for i, b in enumerate(article.blocks)
            if b.span.start <= note.span.end - 1 < b.span.end
        )
        boxes.setdefault(last, []).append(builder.note_box(note, number))
    views = []
    active: list[Mark] = []
    next_mark = 0
    carried: list[str] = []
    for index, block in enumerate(article.blocks):  # in text order: one sweep
        while next_mark < len(marks) and marks[next_mark].span.start < block.span.end:
            active.append(marks[next_mark])
            next_mark += 1
        active = [m for m in active if m.span.end > block.span.start]
        heading = block.kind in (BlockKind.HEADLINE, BlockKind.SUBHEADING)
        html = render_block(article.text, block.span, active, glued, plain=heading)
        sentence = article.sentence_at(block.span.start)
        anchor = (
            "h-" + corpus.anchor(article, "sentence", sentence.span)[2:]
            if sentence
            else ""
        )
        notes = carried + boxes.get(index, [])
        carried = notes if block.kind is BlockKind.HEADLINE else []
        views.append(
            BlockView(
                block.kind,
                html,
                block.line,
                anchor,
                notes="\n\n".join(notes) if not carried else "",
            )
        )
    return views
