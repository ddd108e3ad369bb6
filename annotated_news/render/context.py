"""What each template receives: one dataclass per page type.

Article pages have their own context; every index page is a `ListingPage`:
an introduction, an optional drawing and typed sections (a table, quotes,
statements, the ledger, timeline dates, pairs of articles, ...), each laid out
by a macro of `_sections.md.j2`. Templates only lay out these fields; every
link, label and piece of escaped text is computed in `render/`, where it can
be tested. Strings that end in `_md` are Markdown-safe (seed text escaped);
everything else is raw text that templates pass through the `md` filter.

The contexts are not frozen: a frozen dataclass's `__init__` sets each field
through `object.__setattr__`, five to six times slower than a plain one
(3.2 against 0.5 µs for six fields), and a build makes millions of them (at
2,000 articles, dataclass `__init__`s were 9% of the render stage's CPU).
They are made, rendered and let go; nothing changes them once made. The
same holds for the cards (`cards.py`), marks (`markup.py`), block and note
views (`article.py`), story contexts (`story_context.py`) and the export's
annotation items.
"""

from __future__ import annotations

import dataclasses as dc
from typing import ClassVar

from .article import BlockView, NoteView
from .svg import Drawing


@dc.dataclass(slots=True)
class Link:
    """A link from the page being rendered: label and relative target."""

    label: str
    href: str


@dc.dataclass(slots=True)
class Page:
    """Fields every generated page has."""

    template: ClassVar[str] = ""
    path: str
    """Where the page is written, relative to docs/ ("articles/x.md")."""
    title: str
    description: str
    searchable: bool
    """Whether Pagefind indexes the page (articles only: index pages repeat them)."""


@dc.dataclass(slots=True)
class ArticleItem:
    """An article on the front page or an archive page: what invites reading it."""

    link: Link
    """The headline, linking to the article."""
    outlet: str | None
    date: str
    """Written for people: "Wednesday 4 June 2025"."""
    date_iso: str
    lede: str
    """The standfirst, or the first sentence of the text."""
    counts: list[str]
    """"13 figures", "5 quotes", ... (kinds the article has none of left out)."""
    story: Link | None = None
    """The story it belongs to, when not listed under the story's heading."""


@dc.dataclass(slots=True)
class QuoteItem:
    """A quote in a list: speaker, text, link."""

    speaker: str
    speaker_link: str | None
    text: str
    link: Link
    kind: str
    also: tuple[Link, ...] = ()
    notes: tuple[str, ...] = ()
    """Editorial notes on the quote, as one line of HTML for this page."""


@dc.dataclass(slots=True)
class FigureItem:
    """A figure in a list."""

    note: str
    text: str
    link: Link
    sentence: str
    also: tuple[Link, ...] = ()
    notes: tuple[str, ...] = ()
    """Editorial notes on the figure, as one line of HTML for this page."""
    before: str = ""
    """Words of its sentence just before the figure ("… calls for ")."""
    after: str = ""
    """Words of its sentence just after it (" and 21,000 …")."""


@dc.dataclass(slots=True)
class DateItem:
    """A date in an article's summary."""

    label: str
    expression: str
    link: Link


@dc.dataclass(slots=True)
class EntityItem:
    """An entity in a list: name, page, counts."""

    name: str
    link: Link
    kind: str
    mentions: int
    articles: int
    variants: tuple[str, ...] = ()
    also: tuple[Link, ...] = ()
    """On an article page: the entity's first mention in each other article."""


@dc.dataclass(slots=True)
class FigureRow:
    """A figure in an article's summary: every place it is written the same way."""

    note: str
    """The figure as read: "more than 5,000 federal agents"."""
    written: str
    """The words, when they differ from `note` ("thousands of federal agents")."""
    links: tuple[Link, ...]
    """Each place in the article, in text order."""
    also: tuple[Link, ...] = ()


@dc.dataclass(slots=True)
class SpeakerGroup:
    """A speaker in an article's summary, with their quotes."""

    speaker: str
    """As the quotes give it ("the draft"): the search filter's value."""
    heading: str
    """The speaker as a list heading: capitalised ("The draft")."""
    href: str | None
    quotes: list[QuoteItem]


@dc.dataclass(slots=True)
class NameRow:
    """A person or organisation in an article's summary."""

    name: str
    href: str
    kind: str
    """"person" or "organisation"."""
    articles: int
    mentions: int
    forms: tuple[str, ...]
    """Other ways the site's articles write the name."""
    also: tuple[Link, ...] = ()


@dc.dataclass(slots=True)
class DateRow:
    """A date in an article's summary: every expression that resolves to it."""

    label: str
    """"Wednesday 21 May 2025", "mid-May 2025"."""
    iso: str
    expressions: tuple[Link, ...]
    """The article's words for it, each linked to its place."""
    timeline: str | None
    """Link to the date on the timeline."""


@dc.dataclass(slots=True)
class LayerItem:
    """A kind of mark in the legend, which its switch turns on or off."""

    layer: str
    """"figures", "quotes", "dates", "names" or "sources" (the switch's key)."""
    label: str
    count: int


@dc.dataclass(slots=True)
class ArticlePage(Page):
    """An annotated article."""

    template: ClassVar[str] = "article.md.j2"
    headline_in_body: bool
    """Whether the first block is the headline and the page's title (its h1)."""
    date: str
    """"Wednesday 4 June 2025"."""
    date_iso: str
    outlet: str | None
    author: str | None
    url: str | None
    seed: str
    """For editors, in the page's data (front matter), never in the byline."""
    title_derived: bool
    blocks: list[BlockView]
    notes: list[NoteView]
    cards_json: str
    """Every card of the page by key (`render/cards.py`), as safe JSON."""
    legend: list[LayerItem]
    figures: list[FigureRow]
    speakers: list[SpeakerGroup]
    dates: list[DateRow]
    names: list[NameRow]
    json_ld: str
    """schema.org NewsArticle and Quotation objects as JSON."""
    quoted_elsewhere: tuple[EchoItem, ...] = ()
    """Words of this article that another article quotes (quote provenance)."""
    story: Link | None = None
    """The story the article belongs to (a built URL: the byline is raw HTML)."""


@dc.dataclass(slots=True)
class Tag:
    """A few words set apart from the text around them (`_inline.md.j2`)."""

    label: str
    kind: str = "tag"
    """"tag": a small outlined label ("unit: personnel"); "differs": a
    bold callout ("Unit differs") that says a row holds a difference."""


Inline = str | Link | Tag
"""A piece of a paragraph: text (escaped by the template), a link or a tag."""
Paragraph = tuple[Inline, ...]


@dc.dataclass(slots=True)
class Pager:
    """Links between the parts of a list split over several pages."""

    label: str
    current: int
    """1-based number of this part."""
    parts: list[Link]
    """The parts shown, labelled with their numbers; a gap is a Link "…"
    without href."""


@dc.dataclass(slots=True)
class AppearanceItem:
    """One article's quote of a statement: the article and each part."""

    article: Link
    parts: list[Link]
    """Each part: its words, linked to its place."""
    note: str
    """"42 words" or "42 words in 2 parts"."""


@dc.dataclass(slots=True)
class StatementItem:
    """A statement quoted by several articles."""

    anchor: str
    speaker: Paragraph
    appearances: list[AppearanceItem]
    differences: list[str]
    """Factual notes: speakers named, words quoted."""
    quoted_by: int
    """Articles that quote it (an overview shows the first few)."""
    more: Paragraph | None = None
    """"And N more: all M quotes", linked to the full entry (an overview's)."""


@dc.dataclass(slots=True)
class EchoItem:
    """Words quoted in one article that stand unquoted in another."""

    quote: QuoteItem
    source: Link
    """The unquoted words in the other article (their echo id)."""
    source_sentence: str


@dc.dataclass(slots=True)
class FlagView:
    """One aspect in which the articles of a ledger entry differ."""

    aspect: str
    """"value", "qualifier" or "unit"."""
    options: list[tuple[str, list[str]]]
    """Each wording of the aspect ("more than", "no qualifier") and the
    outlets that use it."""


@dc.dataclass(slots=True)
class LedgerWording:
    """One article's mention of a ledger quantity."""

    figure: FigureItem
    differs: list[str]
    """Where this mention stands in each aspect that differs: "qualifier:
    more than", "unit: personnel"."""


@dc.dataclass(slots=True)
class LedgerRow:
    """An entry of the figure ledger: one quantity, each article's wording."""

    anchor: str
    value: str
    note: str
    """"2 articles"."""
    wordings: list[LedgerWording]
    flags: list[FlagView]
    """The aspects the articles differ in; empty when they agree."""
    more: Paragraph | None = None
    """"And N more: all M mentions", linked to the full entry (an overview's)."""


@dc.dataclass(slots=True)
class MentionLine:
    """A sentence that names an entity: its excerpt and a link per mention."""

    text: str
    links: list[Link]


@dc.dataclass(slots=True)
class MentionGroup:
    """The mentions of an entity in one article."""

    anchor: str
    article: Link
    outlet: str | None
    note: str
    """The article's date and how many mentions: "Wednesday 4 June 2025 · 4 mentions"."""
    lines: list[MentionLine]


@dc.dataclass(slots=True)
class TimelineEntry:
    """One event of the timeline."""

    outlet: str
    """The article's outlet, or "" when none is known."""
    article: Link
    """The article, by its whole title."""
    when: str
    """The date as the text gives it: "“Sunday” — 1 June 2025", or ""."""
    sentence: str
    link: Link
    """To the sentence (or to the article, for a publication)."""
    publication: bool


@dc.dataclass(slots=True)
class TimelineGroup:
    """The events of one date, from every article."""

    anchor: str | None
    """None for a whole month or year: its period heading is the anchor."""
    label: str
    note: str
    """"2 articles" when several articles have events on this date."""
    entries: list[TimelineEntry]


@dc.dataclass(slots=True)
class PairItem:
    """Two articles and what they share."""

    anchor: str
    title: str
    """"<title of one> and <title of the other>", shortened."""
    a: Link
    b: Link
    counts: list[str]
    """"4 people", "1 figure", ... in a fixed order."""
    shared: list[Paragraph]
    differences: list[Paragraph]


@dc.dataclass(slots=True)
class TableRow:
    """A row of a simple table: one paragraph per cell."""

    cells: list[Paragraph]
    anchor: str | None = None


@dc.dataclass(slots=True, kw_only=True)
class Section:
    """A headed part of a listing page."""

    kind: ClassVar[str] = "text"
    anchor: str
    title: str
    href: str = ""
    """When set, the heading links there (an article's section links to it)."""
    level: int = 2
    intro: list[Paragraph] = dc.field(default_factory=list)
    more: Link | None = None
    """Where the rest of a shortened list is."""


@dc.dataclass(slots=True, kw_only=True)
class TableSection(Section):
    """A table; the first cell of each row may carry the row's anchor."""

    kind: ClassVar[str] = "table"
    headers: list[str]
    align: list[str]
    """"---" or "---:" (a number: right-aligned, tabular figures) per column."""
    rows: list[TableRow]
    layout: str = "stack"
    """How the table fits a phone (`templates/pages/_table.md.j2`): "stack"
    (each row a block of labelled cells), "fit" (a narrow table: a name and
    a few numbers, a table at every width) or "scroll" (sideways, inside its
    box, with a cue; for matrices whose columns must stay side by side)."""


@dc.dataclass(slots=True, kw_only=True)
class ArticleListSection(Section):
    """Articles as items: headline, outlet, date, lede, counts."""

    kind: ClassVar[str] = "articles"
    items: list[ArticleItem]


@dc.dataclass(slots=True, kw_only=True)
class QuoteSection(Section):
    """Quotes, each with its place and other appearances."""

    kind: ClassVar[str] = "quotes"
    items: list[QuoteItem]


@dc.dataclass(slots=True, kw_only=True)
class StatementSection(Section):
    """Statements quoted by several articles."""

    kind: ClassVar[str] = "statements"
    items: list[StatementItem]


@dc.dataclass(slots=True, kw_only=True)
class EchoSection(Section):
    """Quoted words that stand unquoted in another article."""

    kind: ClassVar[str] = "echoes"
    items: list[EchoItem]


@dc.dataclass(slots=True, kw_only=True)
class LedgerSection(Section):
    """The figure ledger."""

    kind: ClassVar[str] = "ledger"
    rows: list[LedgerRow]


@dc.dataclass(slots=True, kw_only=True)
class FigureSection(Section):
    """Every figure of some articles."""

    kind: ClassVar[str] = "figures"
    items: list[FigureItem]


@dc.dataclass(slots=True, kw_only=True)
class MentionSection(Section):
    """Mentions of an entity, by article."""

    kind: ClassVar[str] = "mentions"
    groups: list[MentionGroup]


@dc.dataclass(slots=True, kw_only=True)
class TimelineSection(Section):
    """A year or a month of the timeline."""

    kind: ClassVar[str] = "timeline"
    groups: list[TimelineGroup]


@dc.dataclass(slots=True, kw_only=True)
class PairSection(Section):
    """Pairs of articles and what they share."""

    kind: ClassVar[str] = "pairs"
    items: list[PairItem]


@dc.dataclass(slots=True)
class ListingPage(Page):
    """An index page: an introduction, an optional drawing, headed sections."""

    template: ClassVar[str] = "listing.md.j2"
    heading: str
    intro: list[Paragraph]
    sections: list[Section]
    drawing: Drawing | None = None
    """A drawing laid out by `svg.py`, written by `_drawing.md.j2`."""
    pager: Pager | None = None
