"""What each template receives: one dataclass per page type.

Templates only lay out these fields; every link, label and piece of escaped
text is computed here or in `pages.py`, where it can be tested. Strings that
end in `_md` are Markdown-safe (seed text escaped); everything else is raw
text that templates pass through the `md` filter.
"""

from __future__ import annotations

import dataclasses as dc
from typing import ClassVar

from .article import BlockView


@dc.dataclass(frozen=True, slots=True)
class Link:
    """A link from the page being rendered: label and relative target."""

    label: str
    href: str


@dc.dataclass(frozen=True, slots=True)
class Page:
    """Fields every generated page has."""

    template: ClassVar[str] = ""
    path: str
    """Where the page is written, relative to docs/ ("articles/x.md")."""
    title: str
    description: str
    searchable: bool
    """Whether Pagefind indexes the page (articles only: index pages repeat them)."""


@dc.dataclass(frozen=True, slots=True)
class ArticleSummary:
    """An article in a list: title, date, outlet, counts."""

    link: Link
    date: str
    outlet: str | None
    counts: dict[str, int]


@dc.dataclass(frozen=True, slots=True)
class QuoteItem:
    """A quote in a list: speaker, text, link."""

    speaker: str
    speaker_link: str | None
    text: str
    link: Link
    kind: str
    also: tuple[Link, ...] = ()
    notes: tuple[str, ...] = ()
    """Editorial notes on the quote, as one-line Markdown for this page."""


@dc.dataclass(frozen=True, slots=True)
class FigureItem:
    """A figure in a list."""

    note: str
    text: str
    link: Link
    sentence: str
    also: tuple[Link, ...] = ()
    notes: tuple[str, ...] = ()
    """Editorial notes on the figure, as one-line Markdown for this page."""


@dc.dataclass(frozen=True, slots=True)
class DateItem:
    """A date in an article's summary."""

    label: str
    expression: str
    link: Link


@dc.dataclass(frozen=True, slots=True)
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


@dc.dataclass(frozen=True, slots=True)
class ArticlePage(Page):
    """An annotated article."""

    template: ClassVar[str] = "article.md.j2"
    headline_html: str | None
    """The headline block with its marks, when the title is the headline."""
    date: str
    date_iso: str
    outlet: str | None
    author: str | None
    url: str | None
    seed: str
    title_derived: bool
    blocks: list[BlockView]
    figures: list[FigureItem]
    speakers: list[tuple[str, str | None, list[QuoteItem]]]
    """(speaker, link to their page, their quotes)."""
    dates: list[DateItem]
    people: list[EntityItem]
    organizations: list[EntityItem]
    json_ld: str
    """schema.org NewsArticle and Quotation objects as JSON."""


@dc.dataclass(frozen=True, slots=True)
class HomePage(Page):
    """The list of articles, newest first."""

    template: ClassVar[str] = "index.md.j2"
    articles: list[ArticleSummary]
    totals: dict[str, int]
    sections: list[Link]


@dc.dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event of the timeline."""

    label: str
    relative: str | None
    """The article's own words when the date was relative ("Sunday")."""
    sentence: str
    link: Link | None
    article: Link
    outlet: str | None
    publication: bool


@dc.dataclass(frozen=True, slots=True)
class TimelinePeriod:
    """A month or year of the timeline."""

    anchor: str
    label: str
    entries: list[TimelineEntry]


@dc.dataclass(frozen=True, slots=True)
class TimelinePage(Page):
    """Every dated event across articles."""

    template: ClassVar[str] = "timeline.md.j2"
    periods: list[TimelinePeriod]


@dc.dataclass(frozen=True, slots=True)
class SharedStatement:
    """A statement quoted by several articles."""

    anchor: str
    speaker: str
    appearances: list[QuoteItem]


@dc.dataclass(frozen=True, slots=True)
class LedgerRow:
    """A row of the figure ledger: one quantity, each article's wording."""

    anchor: str
    value: str
    wordings: list[FigureItem]
    differences: list[str]


@dc.dataclass(frozen=True, slots=True)
class EchoItem:
    """A quote whose words stand as plain text in another article."""

    quote: QuoteItem
    source: Link
    source_sentence: str


@dc.dataclass(frozen=True, slots=True)
class CrosslinksPage(Page):
    """What the articles share, and where they differ."""

    template: ClassVar[str] = "crosslinks.md.j2"
    people: list[EntityItem]
    organizations: list[EntityItem]
    statements: list[SharedStatement]
    ledger: list[LedgerRow]
    echoes: list[EchoItem]


@dc.dataclass(frozen=True, slots=True)
class QuotesPage(Page):
    """Every quote, by speaker."""

    template: ClassVar[str] = "quotes.md.j2"
    speakers: list[tuple[str, str | None, list[QuoteItem]]]
    scare: list[QuoteItem]


@dc.dataclass(frozen=True, slots=True)
class FiguresPage(Page):
    """Every figure, by article, after the ledger of shared ones."""

    template: ClassVar[str] = "figures.md.j2"
    ledger: list[LedgerRow]
    by_article: list[tuple[Link, list[FigureItem]]]


@dc.dataclass(frozen=True, slots=True)
class EntityListPage(Page):
    """People or organisations, most mentioned first."""

    template: ClassVar[str] = "entities.md.j2"
    kind: str
    entities: list[EntityItem]


@dc.dataclass(frozen=True, slots=True)
class EntityPage(Page):
    """One person or organisation: names, titles, mentions, quotes."""

    template: ClassVar[str] = "entity.md.j2"
    kind: str
    name: str
    forms: list[tuple[str, int]]
    titles: list[str]
    variants: list[str]
    mentions: list[tuple[Link, list[Link]]]
    """Per article: the article and each mention (sentence excerpt, link)."""
    quotes: list[QuoteItem]
