"""Annotation cards: what the site knows about each highlight of an article.

A card opens when the reader clicks, taps or presses Enter on a highlight
(`templates/theme/assets/cards.js`). Its content is made here, at build
time, as one typed dataclass per kind, and written into the page as JSON in
a `<template>` element outside the article's text and outside search, so
that it adds no words to the page's text flow. The browser renders each kind
with its own renderer (`anCards.register(kind, render)`).

The registry `CARD_MAKERS` lists, in order, one function per kind; each
returns the cards of one article by key (the `data-card` attribute of its
highlights: an element id, or `name_key` for a person or organisation).
Adding a kind is a dataclass, a maker here, a line in `CARD_MAKERS` and a
renderer in cards.js.
"""

from __future__ import annotations

import calendar
import dataclasses as dc
import datetime as dt
import functools
import posixpath
from collections.abc import Callable, Iterator
from typing import Any, cast

from ..indexes import Corpus
from ..indexes.entity_places import has_page
from ..indexes.places import Place, entity_url, page_url
from ..indexes.quotes import Echo, speaker_name
from ..indexes.timeline import DateKey, date_label
from ..model import Article, DateMention, Kind, Precision, QuoteKind, SourceKind, Span
from ..presented import glued_starts
from .article import (
    KIND_LABELS,
    fragment_words,
    name_key,
    note_views,
    shorten,
    unquoted,
)
from .items import Links, day_words, excerpt, outlet_of, speaker_record, value_text
from .jsonld import script_json
from .story_pages import credit_card

OMIT_EMPTY = "omit_empty"
"""Metadata of a card field written only when it has a value (a field added
later: cards without it keep their bytes)."""
A_Z = {Kind.PERSON: "people", Kind.ORGANIZATION: "organisations"}
MAX_ELSEWHERE = 4
"""Other articles listed in a card before a link to the full list."""


@dc.dataclass(slots=True)
class CardLink:
    """A link in a card: its label and the built URL relative to the page."""

    label: str
    href: str


@dc.dataclass(slots=True)
class Elsewhere:
    """The same annotation in another article: where, and its words there."""

    outlet: str
    words: str
    href: str
    how: str = ""
    """How it stands there, when that differs ("not in quotation marks")."""


@dc.dataclass(slots=True, kw_only=True)
class Card:
    """What every card has: its kind (the browser's renderer) and heading."""

    kind: str
    title: str
    """The card's heading, which names it for screen readers."""


@dc.dataclass(slots=True, kw_only=True)
class FigureCard(Card):
    """A figure: its value as a number and where others report it."""

    written: str
    value: str
    """"5,000", "1,000 to 10,000", "10%"."""
    unit: str
    qualifier: str
    rate: str
    elsewhere: list[Elsewhere]
    more: CardLink | None
    """The figure's row in the figure ledger."""


@dc.dataclass(slots=True, kw_only=True)
class QuoteCard(Card):
    """A quote: who said it, its permalink, other articles carrying it."""

    speaker: str
    speaker_link: CardLink | None
    partial: bool
    """A few quoted words inside a reported sentence."""
    anchor: str
    """The quote's id: the permalink is the page's URL + "#" + anchor."""
    words: str
    """Its opening words, for the text fragment of a copied link."""
    elsewhere: list[Elsewhere]
    more: CardLink | None
    """The statement's entry on the quotes page."""


@dc.dataclass(slots=True, kw_only=True)
class DateCard(Card):
    """A date: what the words resolve to, and its place on the timeline."""

    written: str
    resolved: str
    """"Sunday 1 June 2025", "mid-May 2025", "2022"."""
    precision: str
    """"day", "month" or "year"."""
    relative: str
    """The publication date it was resolved from, when the words needed one."""
    timeline: CardLink | None


@dc.dataclass(slots=True, kw_only=True)
class NameCard(Card):
    """A person or organisation across the site."""

    name: str
    name_kind: str
    """"person" or "organisation"."""
    forms: list[str]
    """Other ways the articles write it ("Miller", "ICE"), most used first."""
    titles: list[str]
    articles: int
    mentions: int
    place: CardLink
    """Its page (or its entry on an A–Z page): `entity_place`."""
    elsewhere: list[Elsewhere]
    joined: str = dc.field(default="", metadata={OMIT_EMPTY: True})
    """Why a name the article writes by surname alone, with no cue, is this
    person (`indexes/surnames.py`); empty when the article's words say so."""


@dc.dataclass(slots=True, kw_only=True)
class NoteCard(Card):
    """An editorial note: the browser shows the note box listed after the text."""

    number: int
    noted: str
    box: str
    """Id of the note box, whose body the card shows."""


@dc.dataclass(slots=True, kw_only=True)
class EchoCard(Card):
    """Words of this article that another article quotes."""

    written: str
    quoted_in: list[Elsewhere]


@dc.dataclass(slots=True, kw_only=True)
class CreditCard(Card):
    """A credited source: who or what the article credits, and the story."""

    written: str
    cue: str
    """The attribution words ("according to"), or ""."""
    source: str
    kind_label: str
    """"Outlet", "Document", "Unnamed sources", ..."""
    count: int | None
    """Unnamed sources: how many, when the text says."""
    source_page: CardLink | None
    """A credited person's or organisation's place (`entity_place`)."""
    source_article: CardLink | None
    """A credited outlet's article in the same story."""
    story: CardLink | None
    also: list[CardLink]
    """The same source credited by the story's other articles."""


@dc.dataclass(slots=True)
class CardSource:
    """What the card makers read for one article page."""

    corpus: Corpus
    links: Links
    article: Article
    page: str
    """The article's Markdown page, relative to docs/."""
    echoes: list[Echo]
    """Words of this article that other articles quote."""


CardMaker = Callable[[CardSource], Iterator[tuple[str, Card]]]


def _listed(source: CardSource, anchor: str | None) -> CardLink | None:
    """A link to where an index page lists a statement, figure group or date."""
    where = source.links.where.get(anchor or "")
    if not anchor or not where:
        return None
    return CardLink("", page_url(where, source.page) + "#" + anchor)


def _elsewhere(
    source: CardSource, places: list[Place], how: str = ""
) -> list[Elsewhere]:
    """One entry per other article, in order, at most `MAX_ELSEWHERE`."""
    seen: set[str] = {source.article.slug}
    out = []
    for place in places:
        if place.article.slug in seen:
            continue
        seen.add(place.article.slug)
        out.append(
            Elsewhere(
                outlet_of(place.article),
                excerpt(place.exact, 200),
                place.url(source.page),
                how,
            )
        )
        if len(out) == MAX_ELSEWHERE:
            break
    return out


def figure_cards(source: CardSource) -> Iterator[tuple[str, Card]]:
    """Each figure: value, unit, qualifier, rate; other articles' wording."""
    article, corpus = source.article, source.corpus
    for figure in article.figures:
        anchor = corpus.anchor(article, "figure", figure.span)
        group = source.links.group_of.get((article.slug, figure.span))
        others = [p for p, _ in group.places] if group else []
        more = _listed(source, group.anchor if group else None)
        yield (
            anchor,
            FigureCard(
                kind="figure",
                title=f"Figure: {article.slice(figure.span)}",
                written=article.slice(figure.span),
                value=value_text(figure) + ("%" if figure.unit == "percent" else ""),
                unit="" if figure.unit == "percent" else figure.unit,
                qualifier=figure.qualifier or "",
                rate=f"per {figure.rate}" if figure.rate else "",
                elsewhere=_elsewhere(source, others),
                more=dc.replace(more, label="Compare in the figure ledger")
                if more
                else None,
            ),
        )


def quote_cards(source: CardSource) -> Iterator[tuple[str, Card]]:
    """Each quote that is speech: speaker, permalink, other articles."""
    article, corpus, links = source.article, source.corpus, source.links
    glued = sorted(glued_starts(article))  # once, not once per quote
    for quote in article.quotes:
        if quote.quote_kind is QuoteKind.SCARE:
            continue
        anchor = corpus.anchor(article, "quote", quote.span)
        speaker = speaker_name(corpus, quote)
        record = speaker_record(corpus, quote)
        key = (article.slug, quote.span)
        statement = links.statement_of.get(key)
        quoted = [a.place for a in statement.appearances] if statement else []
        unquoted_in = links.echo_sources.get(key, [])
        more = _listed(source, statement.anchor if statement else None)
        yield (
            anchor,
            QuoteCard(
                kind="quote",
                title=f"Quote by {speaker}" if speaker else "Quote, speaker not given",
                speaker=speaker or "not given",
                speaker_link=CardLink(record.name, entity_url(record, source.page))
                if record
                else None,
                partial=quote.quote_kind is QuoteKind.PARTIAL,
                anchor=anchor,
                words=fragment_words(article, quote.span, glued=glued),
                elsewhere=_elsewhere(source, quoted)
                + _elsewhere(source, unquoted_in, "not in quotation marks"),
                more=dc.replace(more, label="Every article quoting it")
                if more
                else None,
            ),
        )


def resolved_label(date: DateMention) -> str:
    """A date for people: "Sunday 1 June 2025" for a day, else as `date_label`."""
    return _resolved_label(date.value, date.precision, date.modifier)


@functools.lru_cache(maxsize=1 << 14)
def _resolved_label(value: str, precision: Precision, modifier: str | None) -> str:
    """`resolved_label`, worked out once per date.

    `calendar.day_name` formats a day through the C library at each look-up.
    """
    label = date_label(value, precision, modifier)
    if precision is Precision.DAY and not modifier:
        day = dt.date.fromisoformat(value)
        label = f"{calendar.day_name[day.weekday()]} {label}"
    return label


def timeline_anchor(date: DateMention) -> str:
    """The id of a date's place on the timeline (its group, month or year)."""
    key = DateKey(date.value, date.precision, date.modifier)
    return key.anchor if not key.plain else f"t-{key.month or key.year}"


def date_cards(source: CardSource) -> Iterator[tuple[str, Card]]:
    """Each date: the words, the date they resolve to, the timeline."""
    article, corpus = source.article, source.corpus
    day = article.meta.date
    published = day_words(day)
    for date in article.dates:
        anchor = corpus.anchor(article, "date", date.span)
        listed = _listed(source, timeline_anchor(date))
        yield (
            anchor,
            DateCard(
                kind="date",
                title=f"Date: {article.slice(date.span)}",
                written=article.slice(date.span),
                resolved=resolved_label(date),
                precision=date.precision.value,
                relative=published if date.relative else "",
                timeline=dc.replace(listed, label="On the timeline")
                if listed
                else None,
            ),
        )


def name_cards(source: CardSource) -> Iterator[tuple[str, Card]]:
    """Each person and organisation the article names (one card per record)."""
    article, corpus, links = source.article, source.corpus, source.links
    entities = corpus.entities
    by_site = {entities.record(m).key for m in article.entities if m.site} - {
        entities.record(m).key for m in article.entities if not m.site
    }
    for record in entities.by_article.get(article.slug, ()):
        first = entities.first_mention(record, article)
        places = links.also_in(article, first.kind.value, first.span)
        forms = [f for f, _ in record.forms.most_common() if f != record.name]
        yield (
            name_key(record),
            NameCard(
                kind="name",
                title=record.name,
                name=record.name,
                name_kind=KIND_LABELS[record.kind],
                forms=forms[:6],
                titles=[t for t, _ in record.titles.most_common(3)],
                articles=len(record.articles),
                mentions=len(record.mentions),
                place=CardLink(
                    f"Everything about {record.name}"
                    if has_page(record)
                    else f"{record.name} in the A–Z of {A_Z[record.kind]}",
                    entity_url(record, source.page),
                ),
                elsewhere=_elsewhere(source, places),
                joined=SITE_JOINED if record.key in by_site else "",
            ),
        )


SITE_JOINED = (
    "By surname alone: the site knows one person of that surname "
    "(from the other articles)"
)


def note_cards(source: CardSource) -> Iterator[tuple[str, Card]]:
    """Each editorial note (its body is the note box listed after the text)."""
    for view in note_views(source.corpus, source.article, source.page):
        yield (
            view.target,
            NoteCard(
                kind="note",
                title=f"Note {view.number}",
                number=view.number,
                noted=view.noted,
                box=view.anchor,
            ),
        )


def echo_cards(source: CardSource) -> Iterator[tuple[str, Card]]:
    """Words of this article another article quotes, and who it quotes."""
    by_span: dict[Span, list[Echo]] = {}
    for echo in source.echoes:
        by_span.setdefault(echo.source.span, []).append(echo)
    corpus = source.corpus
    for _, echoes in sorted(by_span.items()):
        anchor = echoes[0].source.anchor  # the id of its mark (`echo_marks`)
        quoted_in = []
        for echo in echoes:
            place = echo.quote
            quote = next(q for q in place.article.quotes if q.span == place.span)
            speaker = speaker_name(corpus, quote)
            quoted_in.append(
                Elsewhere(
                    outlet_of(place.article),
                    excerpt(place.exact, 200),
                    place.url(source.page),
                    f"quoted as {speaker}’s words" if speaker else "",
                )
            )
        yield (
            anchor,
            EchoCard(
                kind="echo",
                title="Words quoted in another article",
                written=shorten(unquoted(echoes[0].source.exact), 120),
                quoted_in=quoted_in,
            ),
        )


def url_of(href: str, page: str) -> str:
    """The built URL of a Markdown link made on `page` ("../people/x.md#a")."""
    path, _, anchor = href.partition("#")
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    return (page_url(target, page) if path else "") + (f"#{anchor}" if anchor else "")


def credit_cards(source: CardSource) -> Iterator[tuple[str, Card]]:
    """Each credited source: its kind, its page or article, the story's others.

    The facts are the stories' (`story_pages.credit_card`); a person's or
    organisation's place is `entity_place`, like every name's.
    """
    article, corpus = source.article, source.corpus
    for credit in article.credits:
        facts = credit_card(corpus, article, credit, source.page)
        kinds = {
            SourceKind.PERSON: Kind.PERSON,
            SourceKind.ORGANIZATION: Kind.ORGANIZATION,
        }
        record = (
            corpus.entities.named(kinds[credit.source_kind], credit.source)
            if credit.source_kind in kinds
            else None
        )
        own = facts.source_link if credit.source_kind is SourceKind.OUTLET else None
        yield (
            facts.anchor,
            CreditCard(
                kind="credit",
                title=f"Source: {facts.as_written}",
                written=facts.as_written,
                cue=facts.cue,
                source=facts.source,
                kind_label=facts.kind_label,
                count=facts.count,
                source_page=CardLink(record.name, entity_url(record, source.page))
                if record
                else None,
                source_article=CardLink(own.label, url_of(own.href, source.page))
                if own
                else None,
                story=CardLink(facts.story.label, url_of(facts.story.href, source.page))
                if facts.story
                else None,
                also=[
                    CardLink(a.label, url_of(a.href, source.page)) for a in facts.also
                ],
            ),
        )


CARD_MAKERS: list[tuple[str, CardMaker]] = [
    ("figure", figure_cards),
    ("quote", quote_cards),
    ("date", date_cards),
    ("name", name_cards),
    ("note", note_cards),
    ("echo", echo_cards),
    ("credit", credit_cards),
]
"""One maker per kind of card, in order; a kind is one line here."""


def article_cards(source: CardSource) -> dict[str, Card]:
    """Every card of an article page, by key."""
    return {key: card for _, make in CARD_MAKERS for key, card in make(source)}


def cards_json(cards: dict[str, Card]) -> str:
    """The cards as JSON that is safe inside any HTML element and in Markdown.

    `<`, `>` and `&` are written as JSON escapes, so seed text never becomes
    markup, and the JSON has no character Markdown reads inside a raw HTML
    block. Each card is written as `dataclasses.asdict` would give it (a
    dataclass as the dict of its fields, a tuple as a list), without the
    copy: the encoder asks `_fields` for each dataclass it meets.
    """
    return script_json(cards, default=_fields)


def _fields(value: Any) -> dict[str, Any]:
    """A dataclass's fields by name, for the JSON encoder (`cards_json`)."""
    kind: type = type(value)
    make = _dict_maker(kind)
    if make is None:
        raise TypeError(f"not JSON: {type(value).__name__}")
    return make(value)


@functools.cache
def _dict_maker(kind: type) -> Callable[[Any], dict[str, Any]] | None:
    """A function giving a dataclass's fields as a dict (None: no dataclass).

    In field order; fields marked `OMIT_EMPTY` are left out when empty.
    Written out per class, as `seeds._maker` is: a dict display of the
    fields, no loop and no `getattr` per field (the cards of every article
    page go through it).
    """
    if not dc.is_dataclass(kind):
        return None
    fields = dc.fields(kind)
    shown = ", ".join(f"{f.name!r}: obj.{f.name}" for f in fields)
    body = f"def _dict_of(obj):\n    found = {{{shown}}}\n"
    for f in fields:
        if f.metadata.get(OMIT_EMPTY):
            body += f"    if not found[{f.name!r}]:\n        del found[{f.name!r}]\n"
    space: dict[str, Any] = {}
    exec(body + "    return found\n", space)  # made above, from field names only
    return cast("Callable[[Any], dict[str, Any]]", space["_dict_of"])
