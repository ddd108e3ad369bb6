"""What the story pages receive: a typed context per page and per part.

Text fields are raw text (templates escape them); the drawing's hrefs are
built-page URLs (MkDocs does not rewrite raw SVG); `Link` hrefs are Markdown
links (MkDocs checks them). The matrix and
the credits table are the site's one table (`TableSection`, TEAM.md §3).
"""

from __future__ import annotations

import dataclasses as dc
from typing import ClassVar

from .context import Link, Page, Paragraph, TableSection, TimelineGroup


@dc.dataclass(slots=True)
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
    link_short: Link
    """The article, labelled with `label`."""


@dc.dataclass(slots=True)
class SaidItem:
    """A statement of one speaker and the outlets that carry it."""

    text: str
    link: Link
    carried_by: tuple[Link, ...]


@dc.dataclass(slots=True)
class SpeakerItem:
    """A speaker of the story and what they said."""

    name: str
    link: Link | None
    """Their page, when the speaker is a named person or organisation."""
    statements: tuple[SaidItem, ...]


@dc.dataclass(slots=True)
class GraphNode:
    """A labelled dot of the citation drawing."""

    x: int
    y: int
    label: str
    href: str
    anchor: str
    """"end" (labels left of the dot) or "start"."""
    lines: tuple[str, ...] = ()
    """The label broken between words into lines that fit beside the dot."""
    first_y: int = 0
    """The first line's baseline."""


@dc.dataclass(slots=True)
class GraphEdge:
    """A line from an article to an outlet it credits."""

    x1: int
    y1: int
    x2: int
    y2: int
    width: int
    href: str
    title: str


@dc.dataclass(slots=True)
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
    line_gap: int
    """Pixels from one line of a node's label to the next."""


@dc.dataclass(slots=True)
class StoryPage(Page):
    """One story: its articles side by side, what they share and credit."""

    template: ClassVar[str] = "story.md.j2"
    heading: str
    facts: list[Paragraph]
    """The header: dates, outlets, number of articles, most-named names."""
    articles: list[StoryArticle]
    matrix: TableSection
    """One row per shared claim, one column per article (the site's table)."""
    matrix_note: str
    """How the matrix is read, and how many claims are left out if any."""
    spellings: list[Paragraph]
    """Names the articles write differently, with each spelling linked."""
    speakers: list[SpeakerItem]
    credits: TableSection
    graph: CreditGraph | None
    timeline: list[TimelineGroup]
    back: Link


@dc.dataclass(slots=True)
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
