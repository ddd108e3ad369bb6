"""Entries shared by several pages: quotes, figures, names, "also in" links."""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable, Iterator

from ..indexes import Corpus
from ..indexes.entities import EntityRecord
from ..indexes.entity_places import entity_place
from ..indexes.figures import FigureGroup, Flag, is_percent, rate_of
from ..indexes.places import Place, page_link
from ..indexes.quotes import Echo, Statement, speaker_name
from ..indexes.timeline import date_label
from ..model import (
    Article,
    EntityMention,
    Figure,
    Kind,
    Precision,
    Quote,
    QuoteKind,
    Span,
)
from .article import QUOTE_MARKS, figure_note, format_value
from .context import (
    AppearanceItem,
    EchoItem,
    EntityItem,
    FigureItem,
    FlagView,
    LedgerRow,
    LedgerWording,
    Link,
    Paragraph,
    QuoteItem,
    StatementItem,
)
from .notes import inline_notes
from .wording import counted

EXCERPT = 160
MAX_ALSO = 3
"""Other articles named in an "also in" before "N more"."""


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """Shorten text at a word boundary."""
    # Cut before normalising: an excerpt of a 300 KB sentence costs no more
    # than one of a short one.
    text = " ".join(text[: limit * 2].split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit] + " …"


def outlet_of(article: Article) -> str:
    """The outlet's name, or the article's whole title when no outlet is known.

    Titles are whole phrases (parse/title.py): a list shows them whole and
    lets CSS wrap them, never cut with "…" (READER.md).
    """
    return article.meta.outlet or article.meta.title


def who_uses(articles: Iterable[Article]) -> list[str]:
    """The outlets of some articles, each once, with how many articles.

    "NBC News, The Independent", "Reuters (6 articles)": a wire's articles
    all carry one outlet, and "Reuters, Reuters, Reuters" says nothing.
    """
    count: dict[str, int] = {}
    for article in articles:
        outlet = outlet_of(article)
        count[outlet] = count.get(outlet, 0) + 1
    return [o if n == 1 else f"{o} ({n} articles)" for o, n in count.items()]


def article_labels(articles: Iterable[Article]) -> dict[str, str]:
    """How a list names each of its articles, by slug.

    The outlet, or, where the list holds several articles of one outlet,
    "outlet: title", so that each link says which article it leads to.
    """
    unique = list({a.slug: a for a in articles}.values())
    count: dict[str, int] = defaultdict(int)
    for article in unique:
        count[outlet_of(article)] += 1
    labels = {
        a.slug: (
            f"{a.meta.outlet}: {a.meta.title}"
            if a.meta.outlet and count[a.meta.outlet] > 1
            else outlet_of(a)
        )
        for a in unique
    }
    # Two articles of one outlet under one title (a wire story sent again,
    # an update): their date tells them apart, else their order.
    same: dict[str, list[Article]] = defaultdict(list)
    for article in unique:
        same[labels[article.slug]].append(article)
    for label, group in same.items():
        if len(group) < 2:
            continue
        days = [date_label(a.meta.date.isoformat(), Precision.DAY) for a in group]
        ordered = sorted(zip(group, days, strict=True), key=lambda p: p[0].slug)
        for n, (article, day) in enumerate(ordered, 1):
            alone = days.count(day) == 1
            labels[article.slug] = f"{label} ({day}{'' if alone else f', no. {n}'})"
    return labels


def day_label(article: Article) -> str:
    """The publication date written for people: "Wednesday 4 June 2025"."""
    return day_words(article.meta.date)


@functools.lru_cache(maxsize=1 << 14)
def day_words(day: dt.date) -> str:
    """A day written for people: "Wednesday 4 June 2025".

    Worked out once per day: the pages write their articles' days over and
    over (each listing row, card and page head), and `%A` asks the C
    library each time.
    """
    return f"{day:%A} {date_label(day.isoformat(), Precision.DAY)}"


def article_link(article: Article, from_page: str, anchor: str = "") -> Link:
    """A link to an article page, labelled with its title."""
    href = page_link(f"articles/{article.slug}.md", from_page)
    return Link(article.meta.title, (href or "") + (f"#{anchor}" if anchor else ""))


class Links:
    """Where else each annotation appears, looked up once per site.

    `where` maps the anchor of a statement or a figure group to the page that
    lists it; listing pages fill it in as they are built, before the article
    pages link to them.
    """

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.where: dict[str, str] = {}
        self.statement_of: dict[tuple[str, Span], Statement] = {}
        for statement in corpus.statements:
            if len(statement.appearances) > 1:
                for appearance in statement.appearances:
                    for part in appearance.parts:
                        self.statement_of[(appearance.article.slug, part.span)] = (
                            statement
                        )
        self.group_of: dict[tuple[str, Span], FigureGroup] = {}
        for group in corpus.figure_groups:
            for place, figure in group.places:
                self.group_of[(place.article.slug, figure.span)] = group
        self.echo_sources: dict[tuple[str, Span], list[Place]] = defaultdict(list)
        self.echoes_in: dict[str, list[Echo]] = defaultdict(list)
        for echo in corpus.echoes:
            key = (echo.quote.article.slug, echo.quote.span)
            self.echo_sources[key].append(echo.source)
            self.echoes_in[echo.source.article.slug].append(echo)
        self._mentions: dict[str, dict[tuple[str, Span], EntityMention]] = {}
        """The entity mentions of the last article asked about, by kind and span."""
        self._also: dict[str, dict[tuple[str, Span], list[Place]]] = {}
        """`also_in` of the last article asked about, by kind and span: its
        page asks it twice of each name (the summary row and the card)."""
        self.quotes_by: dict[str, list[tuple[Article, Quote]]] = defaultdict(list)
        for article in corpus.articles:
            for quote in article.quotes:
                if (
                    quote.quote_kind is not QuoteKind.SCARE
                    and quote.speaker
                    and quote.speaker_kind
                ):
                    record = corpus.entities.named(quote.speaker_kind, quote.speaker)
                    if record:
                        self.quotes_by[record.page].append((article, quote))

    def also_in(self, article: Article, kind: str, span: Span) -> list[Place]:
        """Places in other articles where the same annotation appears.

        At most `MAX_ALSO` articles, one place each; names only from their
        first mention in the article (the page's list of names links the rest).
        The list is shared by the calls of one article: not to be changed.
        """
        if article.slug not in self._also:
            self._also = {article.slug: {}}
        known = self._also[article.slug]
        found = known.get((kind, span))
        if found is None:
            found = known[(kind, span)] = self._also_in(article, kind, span)
        return found

    def _also_in(self, article: Article, kind: str, span: Span) -> list[Place]:
        seen: set[str] = set()
        out: list[Place] = []
        for place in self._elsewhere(article, kind, span):
            if place.article.slug not in seen:
                seen.add(place.article.slug)
                out.append(place)
                if len(out) == MAX_ALSO:
                    break
        return out

    def _elsewhere(self, article: Article, kind: str, span: Span) -> Iterator[Place]:
        """Places in other articles where the same annotation appears, lazily."""
        key = (article.slug, span)
        if kind == "quote":
            statement = self.statement_of.get(key)
            if statement:
                yield from (
                    a.place for a in statement.appearances if a.article is not article
                )
            yield from self.echo_sources.get(key, [])
        elif kind == "figure":
            group = self.group_of.get(key)
            if group:
                yield from (p for p, _ in group.places if p.article is not article)
        elif kind in (Kind.PERSON.value, Kind.ORGANIZATION.value):
            record = self._first_named(article, kind, span)
            if record:
                entities = self.corpus.entities
                yield from (
                    self.corpus.place(other, entities.first_mention(record, other))
                    for other in record.articles
                    if other is not article
                )

    def _first_named(
        self, article: Article, kind: str, span: Span
    ) -> EntityRecord | None:
        """The record named at `span`, if that is its first mention in the article."""
        if article.slug not in self._mentions:
            self._mentions = {
                article.slug: {(m.kind.value, m.span): m for m in article.entities}
            }
        mention = self._mentions[article.slug].get((kind, span))
        if mention is None:
            return None
        record = self.corpus.entities.record(mention)
        first = self.corpus.entities.first_mention(record, article)
        return record if first.span == span else None

    def others(self, article: Article, kind: str, span: Span) -> int:
        """How many other articles the same annotation appears in."""
        key = (article.slug, span)
        if kind == "quote":
            statement = self.statement_of.get(key)
            echoed = {p.article.slug for p in self.echo_sources.get(key, [])}
            quoted = (
                {a.article.slug for a in statement.appearances} if statement else set()
            )
            return len((quoted | echoed) - {article.slug})
        if kind == "figure":
            group = self.group_of.get(key)
            return len(group.articles) - 1 if group else 0
        record = self._first_named(article, kind, span)
        return len(record.articles) - 1 if record else 0

    def also_links(
        self, article: Article, kind: str, span: Span, from_page: str
    ) -> tuple[Link, ...]:
        """Return "also in" links from a page: up to `MAX_ALSO` articles, then "N more"."""
        places = self.also_in(article, kind, span)
        links = [Link(outlet_of(p.article), p.link(from_page)) for p in places]
        rest = self.others(article, kind, span) - len(places)
        target = self.all_of(article, kind, span, from_page)
        if rest > 0 and target:
            links.append(Link(f"{rest} more", target))
        return tuple(links)

    def all_of(
        self, article: Article, kind: str, span: Span, from_page: str
    ) -> str | None:
        """The link to the listing of every appearance of an annotation."""
        key = (article.slug, span)
        anchor = None
        if kind == "quote" and key in self.statement_of:
            anchor = self.statement_of[key].anchor
        elif kind == "figure" and key in self.group_of:
            anchor = self.group_of[key].anchor
        elif kind in (Kind.PERSON.value, Kind.ORGANIZATION.value):
            record = self._first_named(article, kind, span)
            return entity_place(record).link(from_page) if record else None
        if anchor and anchor in self.where:
            return page_link(self.where[anchor], from_page) + "#" + anchor
        return None


def speaker_record(corpus: Corpus, quote: Quote) -> EntityRecord | None:
    """The entity record of a quote's speaker, when it is a named entity."""
    if quote.speaker and quote.speaker_kind:
        return corpus.entities.named(quote.speaker_kind, quote.speaker)
    return None


def quote_item(
    corpus: Corpus,
    links: Links,
    article: Article,
    quote: Quote,
    from_page: str,
    with_also: bool = True,
) -> QuoteItem:
    """A quote as listed on index pages."""
    place = corpus.place(article, quote)
    record = speaker_record(corpus, quote)
    also = (
        tuple(
            Link(outlet_of(p.article), p.link(from_page))
            for p in links.also_in(article, "quote", quote.span)
        )
        if with_also
        else ()
    )
    text = excerpt(place.exact, 400)
    if text[:1] not in QUOTE_MARKS:
        # a post copied without quotation marks (`RawQuote.bare`): listed
        # among quotes, it is marked as one
        text = f"“{text}”"
    return QuoteItem(
        speaker=speaker_name(corpus, quote) or "speaker not given",
        speaker_link=entity_place(record).link(from_page) if record else None,
        text=text,
        link=Link(outlet_of(article), place.link(from_page)),
        kind=quote.quote_kind.value,
        also=also,
        notes=inline_notes(article, quote.span, from_page),
    )


CONTEXT = 48
"""Characters of its sentence shown on each side of a listed figure."""


def around(place: Place, limit: int = CONTEXT) -> tuple[str, str]:
    """The words of its sentence before and after a place, cut at words.

    Each side keeps the space that joins it to the place, and says "…" where
    the sentence goes on.
    """
    article, span = place.article, place.span
    sentence = article.sentence_at(span.start)
    start = min(sentence.span.start, span.start) if sentence else span.start
    end = max(sentence.span.end, span.end) if sentence else span.end
    before = article.text[max(start, span.start - 2 * limit) : span.start]
    after = article.text[span.end : min(end, span.end + 2 * limit)]
    lead = " " if before[-1:].isspace() else ""
    trail = " " if after[:1].isspace() else ""
    before, after = " ".join(before.split()), " ".join(after.split())
    if len(before) > limit:
        cut = before.find(" ", len(before) - limit)
        before = "… " + before[cut + 1 :] if cut >= 0 else before
    elif before and span.start - start > 2 * limit:
        before = "… " + before
    if len(after) > limit:
        cut = after.rfind(" ", 0, limit)
        after = after[:cut] + " …" if cut > 0 else after
    elif after and end - span.end > 2 * limit:
        after += " …"
    return (before + lead if before else ""), (trail + after if after else "")


def figure_item(
    place: Place,
    figure: Figure,
    from_page: str,
    also: tuple[Link, ...] = (),
    label: str = "",
) -> FigureItem:
    """A figure as listed on index pages; its link says `label` or the outlet."""
    before, after = around(place)
    return FigureItem(
        note=figure_note(figure),
        text=place.exact,
        link=Link(label or outlet_of(place.article), place.link(from_page)),
        sentence=excerpt(place.sentence),
        also=also,
        notes=inline_notes(place.article, place.span, from_page),
        before=before,
        after=after,
    )


def entity_item(
    record: EntityRecord, from_page: str, also: tuple[Link, ...] = ()
) -> EntityItem:
    """An entity as listed on index pages."""
    return EntityItem(
        also=also,
        name=record.name,
        link=Link(record.name, entity_place(record).link(from_page)),
        kind=record.kind.value,
        mentions=len(record.mentions),
        articles=len(record.articles),
        variants=tuple(record.variants),
    )


def flag_text(flag: Flag) -> str:
    """A flag as a neutral statement: "qualifier differs: “more than 5,000” in …"."""
    parts = []
    for figure, articles in flag.options:
        if flag.kind == "value":
            what = value_text(figure)
        elif flag.kind == "qualifier":
            what = (
                f"{figure.qualifier} {value_text(figure)}"
                if figure.qualifier
                else f"{value_text(figure)} (no qualifier)"
            )
        elif flag.kind == "rate":
            rate = rate_of(figure)
            what = (
                f"{value_text(figure)} a {rate}"
                if rate
                else f"{value_text(figure)} (no rate)"
            )
        else:
            what = figure.unit or "no unit"
        parts.append(f"“{what}” in {', '.join(who_uses(articles))}")
    return f"{flag.kind} differs: " + "; ".join(parts)


def aspect_text(kind: str, figure: Figure) -> str:
    """A figure's value, qualifier, unit or rate as the ledger names it."""
    if kind == "value":
        return value_text(figure)
    if kind == "qualifier":
        return figure.qualifier or "no qualifier"
    if kind == "rate":
        rate = rate_of(figure)
        return f"a {rate}" if rate else "no rate"
    return figure.unit or "no unit"


def flag_view(flag: Flag, at_most: int | None = None) -> FlagView:
    """A flag as the ledger shows it: each wording and who uses it.

    `at_most`: outlets named per wording, the last with "and N more" (an
    overview's entry, whose full list is elsewhere); None names all.
    """
    return FlagView(
        flag.kind,
        [
            (
                aspect_text(flag.kind, figure),
                first_of(who_uses(articles), at_most),
            )
            for figure, articles in flag.options
        ],
    )


def first_of(words: list[str], at_most: int | None) -> list[str]:
    """The first `at_most` words, the last followed by "and N more"."""
    if at_most is None or len(words) <= at_most or at_most < 1:
        return words
    return [
        *words[: at_most - 1],
        f"{words[at_most - 1]} and {len(words) - at_most} more",
    ]


def more_mentions(shown: int, total: int, noun: str, full: str) -> Paragraph | None:
    """A link to an entry's full list: "And N more: all M <noun>"; None if all shown."""
    if shown >= total:
        return None
    label = f"all {total} {noun}"
    return (f"And {total - shown} more: ", Link(label, full) if full else label)


def value_text(figure: Figure) -> str:
    """A figure's value as shown: "5,000", "8 to 16"."""
    high = f" to {format_value(figure.high)}" if figure.high is not None else ""
    return format_value(figure.value) + high


def group_value(group: FigureGroup) -> str:
    """The value(s) of a figure group, with the unit every mention gives.

    "21,000", "20,000 or 21,000 National Guard troops", "10%", "18 USD per
    barrel", "3,000 per day": where the mentions name what they count in
    different words, the ledger's "unit differs" says so and the heading
    names none of them.
    """
    figure = group.places[0][1]
    percent = is_percent(figure)
    shown = sorted(
        {(f.value, f.high or 0.0): value_text(f) for _, f in group.places}.items()
    )
    values = " or ".join(text + ("%" if percent else "") for _, text in shown)
    units = {" ".join(f.unit.split()).casefold() for _, f in group.places}
    unit = "" if percent or len(units) != 1 else " ".join(figure.unit.split())
    rate = group.rate
    per = f" per {rate}" if rate and rate.casefold() not in unit.casefold() else ""
    return values + (f" {unit}" if unit else "") + per


def ledger_row(
    group: FigureGroup, from_page: str, at_most: int | None = None, full: str = ""
) -> LedgerRow:
    """An entry of the figure ledger: each mention, and where they differ.

    `at_most`: mentions shown (an overview's entry), then a link to `full`,
    the entry on the ledger itself; None shows every mention.
    """
    flags = group.flags()
    places = group.places if at_most is None else group.places[:at_most]
    labels = article_labels(group.articles)
    wordings = [
        LedgerWording(
            figure_item(place, figure, from_page, label=labels[place.article.slug]),
            [f"{f.kind}: {aspect_text(f.kind, figure)}" for f in flags],
        )
        for place, figure in places
    ]
    return LedgerRow(
        group.anchor,
        group_value(group),
        counted(len(group.articles), "article"),
        wordings,
        [flag_view(f, at_most) for f in flags],
        more_mentions(len(places), len(group.places), "mentions", full),
    )


def statement_item(
    corpus: Corpus,
    statement: Statement,
    from_page: str,
    at_most: int | None = None,
    full: str = "",
) -> StatementItem:
    """A statement and each article's quote of it.

    `at_most`: articles' quotes shown (an overview's entry), then a link to
    `full`, the statement on the list of shared statements; None shows all.
    """
    speaker: Paragraph = ("speaker not given",)
    first = statement.appearances[0].parts[0]
    record = speaker_record(corpus, first)
    if record:
        speaker = (Link(record.name, entity_place(record).link(from_page)),)
    elif statement.speaker:
        speaker = (statement.speaker,)
    appearances = []
    shown = statement.appearances[:at_most] if at_most else statement.appearances
    labels = article_labels(a.article for a in statement.appearances)
    for appearance in shown:
        words = len(appearance.words)
        parts = len(appearance.parts)
        note = f"{words} words" + (f" in {parts} parts" if parts > 1 else "")
        appearances.append(
            AppearanceItem(
                Link(labels[appearance.article.slug], appearance.place.link(from_page)),
                [
                    Link(excerpt(p.exact, 300), p.link(from_page))
                    for p in appearance.places
                ],
                note,
            )
        )
    differences = []
    speakers = {a.speaker for a in statement.appearances}
    if len(speakers) > 1:
        differences.append(
            "speaker named: "
            + "; ".join(
                first_of(
                    [
                        f"“{a.speaker or 'not given'}” in {outlet_of(a.article)}"
                        for a in statement.appearances
                    ],
                    at_most,
                )
            )
        )
    return StatementItem(
        statement.anchor,
        speaker,
        appearances,
        differences,
        len(statement.appearances),
        more_mentions(len(shown), len(statement.appearances), "quotes", full),
    )


def echo_item(corpus: Corpus, links: Links, echo: Echo, from_page: str) -> EchoItem:
    """Quoted words and where they stand unquoted."""
    quote = next(q for q in echo.quote.article.quotes if q.span == echo.quote.span)
    return EchoItem(
        quote_item(
            corpus, links, echo.quote.article, quote, from_page, with_also=False
        ),
        Link(outlet_of(echo.source.article), echo.source.link(from_page)),
        excerpt(echo.source.sentence, 300),
    )
