"""The document model: plain dataclasses shared by every stage.

Offsets are code points into `Article.text`, which is the seed text after the
date header, exactly as read (never changed by any stage). Annotators return
spans into that string; renderers and exporters slice it.
"""

from __future__ import annotations

import bisect
import dataclasses as dc
import datetime as dt
from enum import StrEnum


@dc.dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range `[start, end)` of code points in `Article.text`."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Return whether `other` lies inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Return whether the two spans share at least one code point."""
        return self.start < other.end and other.start < self.end


class BlockKind(StrEnum):
    """What a line-level block of the article is."""

    HEADLINE = "headline"
    """The headline given on the date line (seeds that have one)."""
    STANDFIRST = "standfirst"
    """The line after the headline that sums up the story."""
    SUBHEADING = "subheading"
    """A short line without closing punctuation inside the body."""
    PARAGRAPH = "paragraph"


@dc.dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, subheading, headline or standfirst."""

    kind: BlockKind
    span: Span
    line: int
    """1-based line of the seed file where the block starts."""


@dc.dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence; sentences never cross blocks."""

    span: Span
    block: int
    """Index into `Article.blocks`."""


class Kind(StrEnum):
    """The kinds of annotation, as exported in `annotations.jsonld`."""

    FIGURE = "figure"
    QUOTE = "quote"
    DATE = "date"
    PERSON = "person"
    ORGANIZATION = "organization"
    CREDIT = "credit"


@dc.dataclass(frozen=True, slots=True)
class Figure:
    """A number together with what it counts and its qualifier."""

    span: Span
    value: float
    unit: str
    """The unit or the counted noun ("percent", "USD", "miles", "National Guard
    troops"): canonical for units and currencies (see `annotators/units.py`),
    as written for counted nouns; empty for a bare number."""
    qualifier: str | None = None
    """"more than", "up to", "about", ... as written, lower-cased."""
    rate: str | None = None
    """"day", "month", ... for rates such as "3,000 migrants a day"."""
    number_span: Span | None = None
    """Where the number itself is written, inside `span`."""
    high: float | None = None
    """The high end of a range ("8 to 16": value 8, high 16); None otherwise."""
    kind: Kind = dc.field(default=Kind.FIGURE, init=False)


class QuoteKind(StrEnum):
    """What a stretch of text between quotation marks is."""

    SPEECH = "speech"
    """Words someone said or wrote, attributed to a speaker or a document."""
    PARTIAL = "partial"
    """A few quoted words inside a reported sentence, still attributed."""
    SCARE = "scare"
    """Scare quotes or a name in quotation marks: not speech."""


@dc.dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote and who it is attributed to."""

    span: Span
    """The quoted words including their quotation marks."""
    quote_kind: QuoteKind
    speaker: str | None
    """Canonical name, or the description of an unnamed source or document."""
    speaker_kind: Kind | None = None
    """PERSON or ORGANIZATION when the speaker is a known entity, else None."""
    cue: Span | None = None
    """Where the attribution ("Jackson continued") is written."""
    group: int | None = None
    """Quotes split by their attribution share a group number (first part's index)."""
    kind: Kind = dc.field(default=Kind.QUOTE, init=False)


class Precision(StrEnum):
    """How precise a date is."""

    DAY = "day"
    WEEK = "week"
    """An ISO week ("last week", "next weekend"): the value is `YYYY-Www`."""
    MONTH = "month"
    YEAR = "year"


@dc.dataclass(frozen=True, slots=True)
class DateMention:
    """A date, normalised against the publication date."""

    span: Span
    value: str
    """ISO form at its precision: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or, for a
    week, the ISO week `YYYY-Www` (`2025-W21`, Monday 19 May 2025 to Sunday 25 May)."""
    precision: Precision
    modifier: str | None = None
    """"mid", "early", "late", "first half", ... for approximate dates;
    "weekend" for the Saturday and Sunday of a week."""
    relative: bool = False
    """True when the text needed the publication date to resolve it."""
    kind: Kind = dc.field(default=Kind.DATE, init=False)


@dc.dataclass(frozen=True, slots=True)
class EntityMention:
    """A person or organisation named in the text."""

    span: Span
    kind: Kind
    """PERSON or ORGANIZATION."""
    canonical: str
    """The full name this mention refers to ("Stephen Miller" for "Miller")."""
    title: str | None = None
    """A title written before the name ("White House deputy chief of staff")."""
    site: bool = False
    """Found by the site, not by the article's own words: a lone surname of
    the one person the site knows by it (`indexes/surnames.py`)."""


class SourceKind(StrEnum):
    """What an article credits for its information."""

    OUTLET = "outlet"
    """Another news organisation ("according to Axios")."""
    DOCUMENT = "document"
    """A plan, memo, email, report, draft... ("memos obtained by NBC News")."""
    DATA = "data"
    """Data or statistics ("FBI data")."""
    PERSON = "person"
    """A person named in the text."""
    ORGANIZATION = "organization"
    """An organisation that is not a news outlet ("according to the FBI")."""
    ANONYMOUS = "anonymous"
    """Unnamed sources ("two sources who spoke to attendees")."""


@dc.dataclass(frozen=True, slots=True)
class Credit:
    """A source an article attributes its information to."""

    span: Span
    """The source as written ("Axios", "the outlet", "two sources who ...")."""
    source: str
    """Outlets, people and organisations: the name ("the outlet" resolved to
    the outlet named before); other kinds: the words as written."""
    source_kind: SourceKind
    count: int | None = None
    """Anonymous sources: how many, when the text says ("two sources": 2)."""
    cue: Span | None = None
    """The attribution words ("according to", "previously reported")."""
    rule: str = ""
    """The rule of `annotators/credits.py` that found it."""
    kind: Kind = dc.field(default=Kind.CREDIT, init=False)


Annotation = Figure | Quote | DateMention | EntityMention | Credit


@dc.dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What a seed says about itself, possibly overridden by its sidecar."""

    title: str
    date: dt.date
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    title_derived: bool = False
    """True when the seed has no headline and the title comes from its lead."""
    slug_line: int = 0
    """Line of the sidecar that pins the slug; 0 when it comes from the title."""


@dc.dataclass(frozen=True, slots=True)
class Note:
    """An editorial note from a sidecar, anchored by a text quote selector."""

    exact: str
    body: str
    """The note in Markdown (no raw HTML)."""
    prefix: str | None = None
    suffix: str | None = None
    line: int = 0
    """Line of the sidecar where the note starts, for messages."""
    span: Span | None = None
    """Where its text is in `Article.text`, once placed (`notes.anchor_notes`)."""


@dc.dataclass(slots=True)
class Article:
    """One seed article, parsed, then annotated in place by the pipeline."""

    seed: str
    """The seed's file name ("000_356ed7786aea7bd9.txt")."""
    slug: str
    meta: ArticleMeta
    text: str
    """The seed after its date header, exactly as read."""
    text_line: int
    """1-based line of the seed file where `text` starts."""
    blocks: list[Block]
    sentences: list[Sentence] = dc.field(default_factory=list)
    figures: list[Figure] = dc.field(default_factory=list)
    quotes: list[Quote] = dc.field(default_factory=list)
    dates: list[DateMention] = dc.field(default_factory=list)
    entities: list[EntityMention] = dc.field(default_factory=list)
    credits: list[Credit] = dc.field(default_factory=list)
    notes: list[Note] = dc.field(default_factory=list)
    capitalised: tuple[str, ...] | None = None
    """The capitalised words it writes outside its own names, as the
    per-article stage read them for the site's lone surnames
    (`annotators/entities/capitalised.py`); None when it has not."""

    def slice(self, span: Span) -> str:
        """Return the text of a span."""
        return self.text[span.start : span.end]

    @property
    def body_blocks(self) -> list[Block]:
        """Blocks that are the article's body (not headline or standfirst)."""
        return [
            b
            for b in self.blocks
            if b.kind in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
        ]

    def sentence_at(self, offset: int) -> Sentence | None:
        """Return the sentence that holds an offset (binary search)."""
        i = bisect.bisect_right(self.sentences, offset, key=lambda s: s.span.start) - 1
        if i >= 0 and offset < self.sentences[i].span.end:
            return self.sentences[i]
        return None

    def line_of(self, offset: int) -> int:
        """Return the 1-based seed line of a text offset."""
        return self.text_line + self.text.count("\n", 0, offset)

    def annotations(self) -> list[Annotation]:
        """Every annotation of the article, in text order."""
        items: list[Annotation] = [
            *self.quotes,
            *self.figures,
            *self.dates,
            *self.entities,
            *self.credits,
        ]
        return sorted(items, key=lambda a: (a.span.start, -a.span.end))
