"""The context of an article page: its text, cards, legend and summary.

The text is `article.render_blocks`; the cards `cards.article_cards`. The
summary after the text gives, without JavaScript, what the cards give: every
figure (once per wording), who is quoted, the dates in date order (once per
date) and the names, each linked to its places.
"""

from __future__ import annotations

from collections import defaultdict

from ..indexes import Corpus
from ..indexes.entities import EntityRecord
from ..indexes.places import entity_link, page_link
from ..indexes.quotes import Echo
from ..indexes.timeline import DateKey
from ..model import Article, BlockKind, Kind, Quote, QuoteKind, Span
from .article import (
    KIND_LABELS,
    figure_note,
    name_key,
    note_views,
    render_blocks,
)
from .cards import CardSource, article_cards, cards_json, resolved_label, url_of
from .context import (
    ArticlePage,
    DateRow,
    EchoItem,
    FigureRow,
    LayerItem,
    Link,
    NameRow,
    QuoteItem,
    SpeakerGroup,
)
from .items import Links, day_words, echo_item, excerpt, quote_item
from .jsonld import article_json_ld
from .markup import Mark
from .story_pages import article_story_link

ECHO_RANK = 2
"""Echo marks nest like figures and dates: inside quotes and sentences."""


def echo_marks(echoes: list[Echo]) -> list[Mark]:
    """Marks around an article's words that other articles quote.

    Each mark carries the echo id, so that the quoting article links here;
    its card (`cards.echo_cards`) links back to each quote.
    """
    by_span: dict[Span, list[Echo]] = defaultdict(list)
    for echo in echoes:
        by_span[echo.source.span].append(echo)
    marks = []
    for span, of_span in sorted(by_span.items()):
        anchor = of_span[0].source.anchor
        marks.append(
            Mark(
                span,
                ECHO_RANK,
                "span",
                (("class", "an-echo"), ("data-card", anchor)),
                (("id", anchor), ("data-an-label", "quoted in another article")),
            )
        )
    return marks


def capitalised(text: str) -> str:
    """Capitalise a list heading ("the draft" -> "The draft"), nothing else."""
    return text[:1].upper() + text[1:]


def speakers_of(
    corpus: Corpus, links: Links, article: Article, path: str
) -> list[SpeakerGroup]:
    """The article's quotes grouped by speaker, most quoted first."""
    by: dict[str, list[QuoteItem]] = defaultdict(list)
    pages: dict[str, str | None] = {}
    quotes: list[Quote] = [
        q for q in article.quotes if q.quote_kind is not QuoteKind.SCARE
    ]
    for quote in quotes:
        item = quote_item(corpus, links, article, quote, path, with_also=False)
        item = QuoteItem(
            item.speaker,
            item.speaker_link,
            item.text,
            item.link,
            item.kind,
            links.also_links(article, "quote", quote.span, path),
        )
        by[item.speaker].append(item)
        pages[item.speaker] = item.speaker_link
    order = sorted(by, key=lambda s: (s == "speaker not given", -len(by[s]), s))
    return [SpeakerGroup(s, capitalised(s), pages[s], by[s]) for s in order]


def figure_rows(
    corpus: Corpus, links: Links, article: Article, path: str
) -> list[FigureRow]:
    """One row per figure and wording, in text order; repeats add a link."""
    rows: dict[tuple[str, str], list[Link]] = {}
    also: dict[tuple[str, str], tuple[Link, ...]] = {}
    for figure in sorted(article.figures, key=lambda f: f.span.start):
        note, written = figure_note(figure), article.slice(figure.span)
        key = (note, " ".join(written.split()))
        place = corpus.place(article, figure)
        rows.setdefault(key, []).append(Link(note, place.link(path)))
        if key not in also:
            also[key] = links.also_links(article, "figure", figure.span, path)
    return [
        FigureRow(
            note,
            "" if written.casefold() == note.casefold() else written,
            tuple(places),
            also[(note, written)],
        )
        for (note, written), places in rows.items()
    ]


def date_rows(
    corpus: Corpus, links: Links, article: Article, path: str
) -> list[DateRow]:
    """One row per date in date order, with each of the article's words for it."""
    groups: dict[DateKey, list[Link]] = {}
    labels: dict[DateKey, str] = {}
    seen: set[tuple[DateKey, str]] = set()
    for date in sorted(article.dates, key=lambda d: d.span.start):
        key = DateKey(date.value, date.precision, date.modifier)
        words = " ".join(article.slice(date.span).split())
        labels.setdefault(key, resolved_label(date))
        expressions = groups.setdefault(key, [])
        if (key, words.casefold()) in seen:
            continue  # the same words for the same date: listed once
        seen.add((key, words.casefold()))
        expressions.append(Link(words, corpus.place(article, date).link(path)))
    rows = []
    for key in sorted(groups, key=lambda k: (k.sort, k.value, k.modifier or "")):
        anchor = key.anchor if not key.plain else f"t-{key.month or key.year}"
        where = links.where.get(anchor)
        rows.append(
            DateRow(
                labels[key],
                key.value,
                tuple(groups[key]),
                page_link(where, path) + "#" + anchor if where else None,
            )
        )
    return rows


def name_rows(
    corpus: Corpus, links: Links, article: Article, path: str
) -> list[NameRow]:
    """The people, then the organisations, in the order the article names them."""
    records: list[EntityRecord] = list(corpus.entities.by_article.get(article.slug, ()))
    records.sort(key=lambda r: r.kind is not Kind.PERSON)
    rows = []
    for record in records:
        first = corpus.entities.first_mention(record, article)
        rows.append(
            NameRow(
                name=record.name,
                href=entity_link(record, path),
                kind=KIND_LABELS[record.kind],
                articles=len(record.articles),
                mentions=len(record.mentions),
                forms=tuple(
                    f for f, _ in record.forms.most_common(6) if f != record.name
                ),
                also=links.also_links(article, record.kind.value, first.span, path),
            )
        )
    return rows


def legend(article: Article, corpus: Corpus) -> list[LayerItem]:
    """The kinds of mark on the page, each with its switch and how many."""
    return [
        LayerItem("figures", "figures", len(article.figures)),
        LayerItem(
            "quotes",
            "quotes",
            sum(1 for q in article.quotes if q.quote_kind is not QuoteKind.SCARE),
        ),
        LayerItem("dates", "dates", len(article.dates)),
        LayerItem(
            "names",
            "names",
            len({name_key(corpus.entities.record(m)) for m in article.entities}),
        ),
        LayerItem("sources", "sources", len(article.credits)),
    ]


def article_page(corpus: Corpus, links: Links, article: Article) -> ArticlePage:
    """The context of one article page."""
    path = f"articles/{article.slug}.md"
    echoes = links.echoes_in.get(article.slug, [])
    blocks = render_blocks(corpus, article, path, extra=echo_marks(echoes))
    headline_in_body = bool(
        not article.meta.title_derived
        and article.blocks
        and article.blocks[0].kind is BlockKind.HEADLINE
        and article.slice(article.blocks[0].span) == article.meta.title
    )
    lead = next(
        (b for b in article.blocks if b.kind is BlockKind.STANDFIRST), None
    ) or next(b for b in article.blocks if b.kind is BlockKind.PARAGRAPH)
    quoted: tuple[EchoItem, ...] = tuple(
        echo_item(corpus, links, e, path) for e in echoes
    )
    published = article.meta.date
    cards = article_cards(CardSource(corpus, links, article, path, echoes))
    story = article_story_link(corpus, article, path)
    return ArticlePage(
        path=path,
        title=article.meta.title,
        description=excerpt(article.slice(lead.span), 200),
        searchable=True,
        headline_in_body=headline_in_body,
        date=day_words(published),
        date_iso=published.isoformat(),
        outlet=article.meta.outlet,
        author=article.meta.author,
        url=article.meta.url,
        seed=article.seed,
        title_derived=article.meta.title_derived,
        blocks=blocks,
        notes=note_views(corpus, article, path),
        cards_json=cards_json(cards),
        legend=legend(article, corpus),
        figures=figure_rows(corpus, links, article, path),
        speakers=speakers_of(corpus, links, article, path),
        dates=date_rows(corpus, links, article, path),
        names=name_rows(corpus, links, article, path),
        json_ld=article_json_ld(corpus, article),
        quoted_elsewhere=quoted,
        story=Link(story.label, url_of(story.href, path)) if story else None,
    )
