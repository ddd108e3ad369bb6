"""The annotated text of an article page: marks for every annotation.

The page's body (`.an-body`, TEAM.md §1) holds the article's words and
nothing else. Each annotation becomes an inline element around exactly its
words, with its id, a class for its kind, its data as `data-*` attributes,
`data-card` (the key of its card, see `cards.py`) and `data-an-label` (a
visually hidden label the stylesheet shows as generated content, so that a
highlight is never colour alone and adds no text). Quotes get one control
after their last part and notes a numbered marker: links without text
(their names in `aria-label`, their look in CSS). Note boxes are listed after
the text.
"""

from __future__ import annotations

import bisect
import dataclasses as dc
import itertools
from collections.abc import Sequence
from fractions import Fraction

from ..indexes import Corpus
from ..indexes.entities import EntityRecord
from ..indexes.quotes import speaker_name
from ..indexes.timeline import date_label
from ..model import (
    Article,
    BlockKind,
    Credit,
    DateMention,
    EntityMention,
    Figure,
    Kind,
    Note,
    Quote,
    QuoteKind,
    Span,
)
from ..presented import glued_starts
from .escape import escape_attr
from .markup import Mark, render_block
from .notes import note_html

QUOTE, SENTENCE, INNER = 0, 1, 2
KIND_LABELS = {Kind.PERSON: "person", Kind.ORGANIZATION: "organisation"}
"""How the pages name each kind of entity (one vocabulary: British spelling)."""


@dc.dataclass(slots=True)
class BlockView:
    """A block of the article as the template writes it."""

    kind: BlockKind
    html: str
    line: int
    anchor: str
    """Id for a subheading, from its sentence's id ("h-how-immigration-…")."""


@dc.dataclass(slots=True)
class NoteView:
    """A note box, listed after the article's text."""

    anchor: str
    """Id of the note box: the noted text's id + "-note" (public)."""
    target: str
    """Id of the noted text, which the box links back to."""
    number: int
    noted: str
    """The noted words, shortened, without their own quotation marks."""
    html: str
    """The note itself (HTML paragraphs; links are the built URLs)."""


def format_value(value: float) -> str:
    """21000 -> "21,000"; 1.5 -> "1.5"; a third -> "1/3".

    A fraction that no short decimal writes ("a third", "two-thirds", "one
    in six") reads as the fraction, not as "0.333333".
    """
    if value == int(value):
        return f"{int(value):,}"
    shown = f"{value:,.6g}"
    if len(shown.rpartition(".")[2]) > 3:
        fraction = Fraction(value).limit_denominator(12)
        if abs(float(fraction) - value) < 1e-6:
            whole, part = divmod(fraction, 1)
            return (
                f"{whole:,} " if whole else ""
            ) + f"{part.numerator}/{part.denominator}"
    return shown


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


def name_key(record: EntityRecord) -> str:
    """The card key of a person or organisation: one card per record."""
    return f"{record.folder}/{record.key}"


FRAGMENT_WORDS = 6
QUOTE_MARKS = "“”\"‘’'«»„ "


def fragment_words(
    article: Article,
    span: Span,
    limit: int = FRAGMENT_WORDS,
    glued: Sequence[int] | None = None,
) -> str:
    """The opening words of a quote for a text fragment (`#:~:text=…`).

    Whole words, as the page shows them in one run (up to the end of the
    block): the page adds nothing inside a quote but a space between glued
    sentences. `glued`: `sorted(glued_starts(article))`, computed once by a
    caller that asks for every quote (else each call walks every sentence).
    """
    if glued is None:
        glued = sorted(glued_starts(article))
    inside = glued[
        bisect.bisect_right(glued, span.start) : bisect.bisect_left(glued, span.end)
    ]
    cuts = [span.start, *inside, span.end]
    text = " ".join(article.text[a:b] for a, b in itertools.pairwise(cuts))
    text = text.split("\n")[0]
    words = text.strip(QUOTE_MARKS).split()
    return " ".join(words[:limit]).rstrip(',;:.!?“”"‘’')


def unquoted(text: str) -> str:
    """Text without the quotation marks around it, to be quoted again."""
    return text.strip().strip(QUOTE_MARKS) or text


def shorten(text: str, limit: int = 60) -> str:
    """One line, cut at a word boundary before `limit` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip(",;:") + "…"


@dc.dataclass(slots=True)
class ArticleMarks:
    """Builds the marks of one article page."""

    corpus: Corpus
    article: Article
    page: str

    def anchor(self, kind: str, span: Span) -> str:
        return self.corpus.anchor(self.article, kind, span)

    def quote(self, quote: Quote) -> Mark:
        anchor = self.anchor("quote", quote.span)
        classes = f"an-quote an-{quote.quote_kind.value}"
        if quote.quote_kind is QuoteKind.SCARE:
            return Mark(
                quote.span,
                QUOTE,
                "q",
                (("class", classes),),
                (("id", anchor), ("data-an-label", "in quotation marks")),
            )
        speaker = speaker_name(self.corpus, quote)
        label = f"quote by {speaker}" if speaker else "quote, speaker not given"
        attrs = [("class", classes), ("data-card", anchor)]
        if speaker:
            attrs.append(("data-speaker", speaker))
        # The one control of a quote: a link to the quote itself (its
        # permalink without JavaScript), which opens the quote's card.
        control = (
            f'<a class="an-qc" href="#{anchor}" data-card="{anchor}" '
            f'aria-label="{escape_attr("About the " + label)}"></a>'
        )
        return Mark(
            quote.span,
            QUOTE,
            "q",
            tuple(attrs),
            (("id", anchor), ("data-an-label", label)),
            after=control,
        )

    def figure(self, figure: Figure) -> Mark:
        anchor = self.anchor("figure", figure.span)
        attrs = [
            ("class", "an-figure"),
            ("data-card", anchor),
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
            (("id", anchor), ("data-an-label", "figure")),
        )

    def date(self, date: DateMention) -> Mark:
        anchor = self.anchor("date", date.span)
        label = "date"
        if date.relative:
            label += ", " + date_label(date.value, date.precision, date.modifier)
        return Mark(
            date.span,
            INNER,
            "time",
            (
                ("datetime", date.value),
                ("class", f"an-date an-{date.precision.value}"),
                ("data-card", anchor),
                ("data-date", date.value),
            ),
            (("id", anchor), ("data-an-label", label)),
        )

    def entity(self, mention: EntityMention) -> Mark:
        record = self.corpus.entities.record(mention)
        return Mark(
            mention.span,
            INNER + 1,
            "span",
            (
                ("class", f"an-entity an-{mention.kind.value}"),
                ("data-card", name_key(record)),
                ("data-entity", record.name),
            ),
            (
                ("id", self.anchor(mention.kind.value, mention.span)),
                ("data-an-label", KIND_LABELS[mention.kind]),
            ),
        )

    def credit(self, credit: Credit) -> Mark:
        """A credited source ("according to the outlet"): its card says who."""
        anchor = self.anchor("credit", credit.span)
        attrs = [
            ("class", f"an-credit an-credit-{credit.source_kind.value}"),
            ("data-card", anchor),
            ("data-source", credit.source),
            ("data-source-kind", credit.source_kind.value),
        ]
        if credit.count is not None:
            attrs.append(("data-count", str(credit.count)))
        return Mark(
            credit.span,
            INNER,
            "span",
            tuple(attrs),
            (("id", anchor), ("data-an-label", "source")),
        )

    def note(self, note: Note, number: int) -> Mark:
        """The noted text, followed by a numbered marker linking to its note."""
        assert note.span is not None
        anchor = self.anchor("note", note.span)
        marker = (
            f'<a class="an-note-ref" href="#{anchor}-note" data-card="{anchor}" '
            f'data-n="{number}" aria-label="Note {number}"></a>'
        )
        return Mark(
            note.span,
            INNER,
            "span",
            (("class", "an-noted"),),
            (("id", anchor),),
            after=marker,
        )

    def note_view(self, note: Note, number: int) -> NoteView:
        """The note itself, for the list of notes after the text."""
        assert note.span is not None
        anchor = self.anchor("note", note.span)
        return NoteView(
            anchor=f"{anchor}-note",
            target=anchor,
            number=number,
            noted=shorten(unquoted(self.article.slice(note.span))),
            html=note_html(note, self.page, self.page),
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
            *(self.credit(c) for c in a.credits),
            *(self.note(n, i) for i, n in enumerate(a.notes, 1)),
        ]


def note_views(corpus: Corpus, article: Article, page: str) -> list[NoteView]:
    """The article's notes, numbered in text order, as listed after the text."""
    builder = ArticleMarks(corpus, article, page)
    return [builder.note_view(n, i) for i, n in enumerate(article.notes, 1)]


def render_blocks(
    corpus: Corpus,
    article: Article,
    page: str,
    extra: list[Mark] | None = None,
) -> list[BlockView]:
    """Render every block of an article with the marks that overlap it."""
    builder = ArticleMarks(corpus, article, page)
    marks = builder.all() + (extra or [])
    marks.sort(key=lambda m: m.span.start)
    glued = glued_starts(article)
    views = []
    active: list[Mark] = []
    next_mark = 0
    for block in article.blocks:  # in text order: one sweep
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
        views.append(BlockView(block.kind, html, block.line, anchor))
    return views
