"""What the story pages receive: a typed context per page and per part.

Text fields are raw text (templates escape them); hrefs of `UrlLink`s are
built-page URLs, for the raw HTML of the matrix, the credits table and the
drawing, which MkDocs does not rewrite; `Link` hrefs are Markdown links.
"""

from __future__ import annotations

import dataclasses as dc
from typing import ClassVar

from .context import Link, Page, Paragraph, TimelineGroup


@dc.dataclass(frozen=True, slots=True)
class UrlLink:
    """A link in raw HTML: label and a built-page URL."""

    label: str
    href: str


@dc.dataclass(frozen=True, slots=True)
class StoryArticle:
    """One article of a story: a column of its matrix."""

    outlet: str
    date: str
    """"4 June 2025"."""
    date_iso: str
    title: str
    link: Link
    url: str
    """The article page's URL from the story page (for raw HTML)."""
    label: str
    """The column's short label: the outlet, with the day when the story has
    several articles of that outlet."""


@dc.dataclass(frozen=True, slots=True)
class MatrixCell:
    """One article's report of a claim."""

    column: str
    """The article's column label (shown on phones, where rows stack)."""
    wordings: tuple[UrlLink, ...]
    """Each of the article's wordings, linked to its place; empty: not reported."""
    differs: str
    """What differs from the other articles ("qualifier: up to (others: none)")."""


@dc.dataclass(frozen=True, slots=True)
class MatrixRow:
    """A claim several articles share, and each article's report of it."""

    anchor: str
    kind: str
    """"Figure", "Statement" or "Event"."""
    label: str
    cells: tuple[MatrixCell, ...]
    reported: int
    """How many of the articles report it."""
    differs: bool


@dc.dataclass(frozen=True, slots=True)
class SaidItem:
    """A statement of one speaker and the outlets that carry it."""

    text: str
    link: Link
    carried_by: tuple[Link, ...]


@dc.dataclass(frozen=True, slots=True)
class SpeakerItem:
    """A speaker of the story and what they said."""

    name: str
    link: Link | None
    """Their page, when the speaker is a named person or organisation."""
    statements: tuple[SaidItem, ...]


@dc.dataclass(frozen=True, slots=True)
class CreditGroup:
    """Sources of one kind that an article credits."""

    kind: str
    """"Outlets", "Documents", ... (the column's name)."""
    sources: tuple[UrlLink, ...]
    """Each distinct source, linked to its first place ("Axios (3)")."""
    note: str = ""
    """Anonymous sources: "17 mentions; numbers given: 2, 3, 3"."""


@dc.dataclass(frozen=True, slots=True)
class CreditRow:
    """What one article credits."""

    article: StoryArticle
    groups: tuple[CreditGroup, ...]
    """One per column, in the table's column order (empty sources: none)."""


@dc.dataclass(frozen=True, slots=True)
class GraphNode:
    """A labelled dot of the citation drawing."""

    x: int
    y: int
    label: str
    href: str
    anchor: str
    """"end" (labels left of the dot) or "start"."""


@dc.dataclass(frozen=True, slots=True)
class GraphEdge:
    """A line from an article to an outlet it credits."""

    x1: int
    y1: int
    x2: int
    y2: int
    width: int
    href: str
    title: str


@dc.dataclass(frozen=True, slots=True)
class CreditGraph:
    """Which of the story's articles credits which outlet (a drawing)."""

    width: int
    height: int
    title: str
    description: str
    left_heading: str
    right_heading: str
    heading_y: int
    left_x: int
    right_x: int
    articles: tuple[GraphNode, ...]
    outlets: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]


@dc.dataclass(frozen=True, slots=True)
class StoryPage(Page):
    """One story: its articles side by side, what they share and credit."""

    template: ClassVar[str] = "story.md.j2"
    heading: str
    facts: list[Paragraph]
    """The header: dates, outlets, number of articles, most-named names."""
    articles: list[StoryArticle]
    matrix: list[MatrixRow]
    matrix_note: str
    """How the matrix is read, and how many claims are left out if any."""
    spellings: list[Paragraph]
    """Names the articles write differently, with each spelling linked."""
    speakers: list[SpeakerItem]
    credit_columns: list[str]
    credits: list[CreditRow]
    graph: CreditGraph | None
    timeline: list[TimelineGroup]
    back: Link


@dc.dataclass(frozen=True, slots=True)
class CreditCard:
    """The facts of a credit's card on an article page (rendered by *article*)."""

    anchor: str
    """The credit's element id on the article page (`c-…`)."""
    as_written: str
    """The credited words as the article writes them ("the outlet")."""
    cue: str
    """The attribution words ("according to", "previously reported"), or ""."""
    source: str
    """Who or what is credited ("Axios" for "the outlet", "FBI data")."""
    source_kind: str
    """"outlet", "document", "data", "person", "organization" or "anonymous"."""
    kind_label: str
    """The kind in words: "Outlet", "Unnamed sources", ..."""
    count: int | None
    """Unnamed sources: how many, when the text says."""
    source_link: Link | None
    """The source's page: a person's or organisation's page, or the article
    of the credited outlet in the same story."""
    story: Link | None
    """The story the article belongs to, if any."""
    also: tuple[Link, ...]
    """The same source credited by the story's other articles, at its place."""
