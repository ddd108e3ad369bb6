"""Build the context of every page from the corpus."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..indexes import Corpus
from ..indexes.entities import EntityRecord
from ..indexes.figures import FigureGroup
from ..indexes.places import Place, page_link
from ..indexes.quotes import Statement, speaker_name
from ..indexes.timeline import date_label
from ..model import Article, BlockKind, Kind, Precision, Quote, QuoteKind, Span
from .article import figure_note, format_value, render_blocks
from .context import (
    ArticlePage,
    ArticleSummary,
    CrosslinksPage,
    DateItem,
    EchoItem,
    EntityItem,
    EntityListPage,
    EntityPage,
    FigureItem,
    FiguresPage,
    HomePage,
    LedgerRow,
    Link,
    Page,
    QuoteItem,
    QuotesPage,
    SharedStatement,
    TimelineEntry,
    TimelinePage,
    TimelinePeriod,
)
from .jsonld import article_json_ld

EXCERPT = 160


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """Shorten text at a word boundary."""
    # Cut before normalising: an excerpt of a 300 KB sentence costs no more
    # than one of a short one.
    text = " ".join(text[: limit * 2].split())
    if len(text) <= limit:
        return text
    return text[: text.rfind(" ", 0, limit)] + " …"


class Links:
    """Lookups of where else an annotation appears, built once per site."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.statement_of: dict[tuple[str, Span], Statement] = {}
        for statement in corpus.statements:
            for appearance in statement.appearances:
                for part in appearance.parts:
                    self.statement_of[(appearance.article.slug, part.span)] = statement
        self.group_of: dict[tuple[str, Span], FigureGroup] = {}
        for group in corpus.figure_groups:
            for place, figure in group.places:
                self.group_of[(place.article.slug, figure.span)] = group
        self.echoes_of_quote: dict[tuple[str, Span], list[Place]] = defaultdict(list)
        for echo in corpus.echoes:
            key = (echo.quote.article.slug, echo.quote.span)
            self.echoes_of_quote[key].append(echo.source)
        self.quotes_by: dict[str, list[tuple[Article, Quote]]] = defaultdict(list)
        for article in corpus.articles:
            for quote in article.quotes:
                if (quote.quote_kind is not QuoteKind.SCARE and quote.speaker
                        and quote.speaker_kind):
                    record = corpus.entities.named(quote.speaker_kind, quote.speaker)
                    if record:
                        self.quotes_by[record.key].append((article, quote))
        self.first_mention: dict[tuple[str, str], Span] = {}
        for record in corpus.entities.records:
            for article, mention in record.mentions:
                self.first_mention.setdefault((article.slug, record.key), mention.span)

    def also_in(self, article: Article, kind: str, span: Span) -> list[Place]:
        """Places in other articles that the same annotation appears at."""
        key = (article.slug, span)
        if kind == "quote":
            statement = self.statement_of.get(key)
            places = [
                a.place for a in statement.appearances if a.article is not article
            ] if statement else []
            return places + self.echoes_of_quote.get(key, [])
        if kind == "figure":
            group = self.group_of.get(key)
            return [p for p, _ in group.places if p.article is not article][:3] if group else []
        if kind in (Kind.PERSON.value, Kind.ORGANIZATION.value):
            mention = next(m for m in article.entities if m.span == span)
            record = self.corpus.entities.record(mention)
            if self.first_mention.get((article.slug, record.key)) != span:
                return []
            out = []
            for other in record.articles:
                if other is not article:
                    first = self.first_mention[(other.slug, record.key)]
                    m = next(x for x in other.entities if x.span == first)
                    out.append(self.corpus.place(other, m))
            return out[:3]
        return []


def article_link(article: Article, from_page: str, anchor: str = "") -> Link:
    """A link to an article page, labelled with its title."""
    href = page_link(f"articles/{article.slug}.md", from_page)
    return Link(article.meta.title, href + (f"#{anchor}" if anchor else ""))


def outlet_of(article: Article) -> str:
    """The outlet's name, or the article's title when no outlet is known."""
    return article.meta.outlet or article.meta.title


def quote_item(corpus: Corpus, links: Links, article: Article, quote: Quote,
               from_page: str) -> QuoteItem:
    """A quote as listed on index pages."""
    place = corpus.place(article, quote)
    speaker = speaker_name(corpus, quote)
    record = (corpus.entities.named(quote.speaker_kind, quote.speaker)
              if quote.speaker and quote.speaker_kind else None)
    also = tuple(
        Link(outlet_of(p.article), p.link(from_page))
        for p in links.also_in(article, "quote", quote.span)
    )
    return QuoteItem(
        speaker=speaker or "speaker not given",
        speaker_link=page_link(record.page, from_page) if record else None,
        text=excerpt(place.exact, 400),
        link=Link(outlet_of(article), place.link(from_page)),
        kind=quote.quote_kind.value,
        also=also,
    )


def figure_item(corpus: Corpus, place: Place, note: str, from_page: str,
                also: tuple[Link, ...] = ()) -> FigureItem:
    """A figure as listed on index pages."""
    return FigureItem(
        note=note,
        text=place.exact,
        link=Link(outlet_of(place.article), place.link(from_page)),
        sentence=excerpt(place.sentence),
        also=also,
    )


def entity_item(record: EntityRecord, from_page: str,
                also: tuple[Link, ...] = ()) -> EntityItem:
    """An entity as listed on index pages."""
    return EntityItem(
        also=also,
        name=record.name,
        link=Link(record.name, page_link(record.page, from_page)),
        kind=record.kind.value,
        mentions=len(record.mentions),
        articles=len(record.articles),
        variants=tuple(record.variants),
    )


def counts(article: Article) -> dict[str, int]:
    """How many annotations of each kind an article has."""
    return {
        "figures": len(article.figures),
        "quotes": sum(1 for q in article.quotes if q.quote_kind is not QuoteKind.SCARE),
        "dates": len(article.dates),
        "people": len({m.canonical for m in article.entities if m.kind is Kind.PERSON}),
        "organizations": len({m.canonical for m in article.entities
                              if m.kind is Kind.ORGANIZATION}),
    }


def speakers_of(corpus: Corpus, links: Links, items: list[tuple[Article, Quote]],
                from_page: str) -> list[tuple[str, str | None, list[QuoteItem]]]:
    """Quotes grouped by speaker, speakers with most quotes first."""
    by: dict[str, list[QuoteItem]] = defaultdict(list)
    pages: dict[str, str | None] = {}
    for article, quote in items:
        item = quote_item(corpus, links, article, quote, from_page)
        by[item.speaker].append(item)
        pages[item.speaker] = item.speaker_link
    order = sorted(by, key=lambda s: (s == "speaker not given", -len(by[s]), s))
    return [(s, pages[s], by[s]) for s in order]


def article_page(corpus: Corpus, links: Links, article: Article) -> ArticlePage:
    """The context of one article page."""
    path = f"articles/{article.slug}.md"
    blocks = render_blocks(corpus, article, path, links.also_in)
    headline_html = None
    if not article.meta.title_derived and blocks and blocks[0].kind is BlockKind.HEADLINE:
        headline = next(b for b in article.blocks if b.kind is BlockKind.HEADLINE)
        if article.slice(headline.span) == article.meta.title:
            headline_html = blocks[0].html
            blocks = blocks[1:]
    figures = [
        figure_item(corpus, corpus.place(article, f), figure_note(f), path,
                    tuple(Link(outlet_of(p.article), p.link(path))
                          for p in links.also_in(article, "figure", f.span)))
        for f in article.figures
    ]
    spoken = [(article, q) for q in article.quotes if q.quote_kind is not QuoteKind.SCARE]
    dates = [
        DateItem(date_label(d.value, d.precision, d.modifier), article.slice(d.span),
                 Link(article.slice(d.span), corpus.place(article, d).link(path)))
        for d in article.dates
    ]
    firsts: dict[str, tuple[EntityRecord, Span]] = {}
    for mention in article.entities:
        record = corpus.entities.record(mention)
        firsts.setdefault(record.key, (record, mention.span))
    entities = [
        entity_item(record, path, tuple(
            Link(outlet_of(p.article), p.link(path))
            for p in links.also_in(article, record.kind.value, span)))
        for record, span in firsts.values()
    ]
    lead = next((b for b in article.blocks if b.kind is BlockKind.STANDFIRST), None) or next(
        b for b in article.blocks if b.kind is BlockKind.PARAGRAPH)
    return ArticlePage(
        path=path,
        title=article.meta.title,
        description=excerpt(article.slice(lead.span), 200),
        searchable=True,
        headline_html=headline_html,
        date=date_label(article.meta.date.isoformat(), Precision.DAY),
        date_iso=article.meta.date.isoformat(),
        outlet=article.meta.outlet,
        author=article.meta.author,
        url=article.meta.url,
        seed=article.seed,
        title_derived=article.meta.title_derived,
        blocks=blocks,
        figures=figures,
        speakers=speakers_of(corpus, links, spoken, path),
        dates=dates,
        people=[e for e in entities if e.kind == Kind.PERSON.value],
        organizations=[e for e in entities if e.kind == Kind.ORGANIZATION.value],
        json_ld=article_json_ld(corpus, article),
    )


SECTIONS = [
    ("Timeline", "timeline.md"), ("Cross-links", "crosslinks.md"),
    ("Quotes", "quotes.md"), ("Figures", "figures.md"), ("People", "people.md"),
    ("Organisations", "organizations.md"),
]


def home_page(corpus: Corpus) -> HomePage:
    """The home page: every article, newest first."""
    summaries = [
        ArticleSummary(article_link(a, "index.md"), a.meta.date.isoformat(),
                       a.meta.outlet, counts(a))
        for a in corpus.articles
    ]
    totals: dict[str, int] = defaultdict(int)
    for summary in summaries:
        for k, v in summary.counts.items():
            totals[k] += v
    totals["articles"] = len(summaries)
    return HomePage(
        path="index.md", title="Annotated news",
        description="News articles with their figures, quotes, dates and names marked.",
        searchable=False, articles=summaries, totals=dict(totals),
        sections=[Link(label, href) for label, href in SECTIONS],
    )


def timeline_page(corpus: Corpus) -> TimelinePage:
    """Every dated event in date order."""
    path = "timeline.md"
    periods = []
    for period in corpus.timeline.periods:
        entries = []
        for event in period.events:
            if event.place is None:
                entries.append(TimelineEntry(
                    label=event.label, relative=None,
                    sentence=f"Published: {event.article.meta.title}",
                    link=None, article=article_link(event.article, path),
                    outlet=event.article.meta.outlet, publication=True))
            else:
                entries.append(TimelineEntry(
                    label=event.label, relative=event.expression,
                    sentence=excerpt(event.place.sentence, 300),
                    link=Link(event.place.exact, event.place.link(path, to_sentence=True)),
                    article=article_link(event.article, path),
                    outlet=event.article.meta.outlet, publication=False))
        periods.append(TimelinePeriod("t-" + period.key, period.label, entries))
    return TimelinePage(path=path, title="Timeline",
                        description="Every dated event across the articles.",
                        searchable=False, periods=periods)


def ledger_rows(corpus: Corpus, links: Links, from_page: str) -> list[LedgerRow]:
    """The figure ledger: quantities reported by several articles."""
    rows = []
    for group in corpus.figure_groups:
        wordings = [figure_item(corpus, place, figure_note(figure), from_page)
                    for place, figure in group.places]
        value = format_value(group.value) + (f" per {group.rate}" if group.rate else "")
        rows.append(LedgerRow(group.anchor, value, wordings, group.differences))
    return rows


def crosslinks_page(corpus: Corpus, links: Links) -> CrosslinksPage:
    """What the articles share."""
    path = "crosslinks.md"
    shared = [r for r in corpus.entities.records if len(r.articles) > 1]
    statements = []
    for statement in corpus.statements:
        if len(statement.articles) < 2:
            continue
        items = [quote_item(corpus, links, a.article, a.parts[0], path)
                 for a in statement.appearances]
        statements.append(SharedStatement(statement.anchor,
                                          statement.speaker or "speaker not given", items))
    echoes = [
        EchoItem(
            quote_item(corpus, links, e.quote.article,
                       next(q for q in e.quote.article.quotes if q.span == e.quote.span),
                       path),
            Link(outlet_of(e.source.article), e.source.link(path, to_sentence=True)),
            excerpt(e.source.sentence, 300),
        )
        for e in corpus.echoes
    ]
    return CrosslinksPage(
        path=path, title="Cross-links",
        description="People, organisations, figures and quotes shared by articles.",
        searchable=False,
        people=[entity_item(r, path) for r in shared if r.kind is Kind.PERSON],
        organizations=[entity_item(r, path) for r in shared
                       if r.kind is Kind.ORGANIZATION],
        statements=statements, ledger=ledger_rows(corpus, links, path), echoes=echoes,
    )


def quotes_page(corpus: Corpus, links: Links) -> QuotesPage:
    """Every quote, by speaker."""
    path = "quotes.md"
    spoken = [(a, q) for a in corpus.articles for q in a.quotes
              if q.quote_kind is not QuoteKind.SCARE]
    scare = [quote_item(corpus, links, a, q, path) for a in corpus.articles
             for q in a.quotes if q.quote_kind is QuoteKind.SCARE]
    return QuotesPage(path=path, title="Quotes",
                      description="Every quote in the articles, by speaker.",
                      searchable=False, speakers=speakers_of(corpus, links, spoken, path),
                      scare=scare)


def figures_page(corpus: Corpus, links: Links) -> FiguresPage:
    """Every figure, after the ledger."""
    path = "figures.md"
    by_article = [
        (article_link(a, path),
         [figure_item(corpus, corpus.place(a, f), figure_note(f), path)
          for f in a.figures])
        for a in corpus.articles if a.figures
    ]
    return FiguresPage(path=path, title="Figures",
                       description="Every figure in the articles.",
                       searchable=False, ledger=ledger_rows(corpus, links, path),
                       by_article=by_article)


def entity_pages(corpus: Corpus, links: Links) -> Iterator[Page]:
    """The people and organisation lists and one page per entity."""
    for kind, path, title in ((Kind.PERSON, "people.md", "People"),
                              (Kind.ORGANIZATION, "organizations.md", "Organisations")):
        records = corpus.entities.of_kind(kind)
        yield EntityListPage(path=path, title=title,
                             description=f"{title} named in the articles.",
                             searchable=False, kind=kind.value,
                             entities=[entity_item(r, path) for r in records])
        for record in records:
            yield entity_page(corpus, links, record)


def entity_page(corpus: Corpus, links: Links, record: EntityRecord) -> EntityPage:
    """One person or organisation."""
    path = record.page
    by_article: dict[str, list[Link]] = defaultdict(list)
    articles: dict[str, Article] = {}
    for article, mention in record.mentions:
        place = corpus.place(article, mention)
        articles[article.slug] = article
        by_article[article.slug].append(Link(excerpt(place.sentence), place.link(path)))
    quotes = [quote_item(corpus, links, a, q, path)
              for a, q in links.quotes_by.get(record.key, [])]
    return EntityPage(
        path=path, title=record.name,
        description=f"{record.name}: every mention and quote in the articles.",
        searchable=False, kind=record.kind.value, name=record.name,
        forms=sorted(record.forms.items(), key=lambda kv: (-kv[1], kv[0])),
        titles=sorted(record.titles, key=lambda t: (-record.titles[t], t)),
        variants=record.variants,
        mentions=[(article_link(articles[s], path), links_) for s, links_ in by_article.items()],
        quotes=quotes,
    )


def build_pages(corpus: Corpus) -> list[Page]:
    """Return the context of every page of the site."""
    links = Links(corpus)
    pages: list[Page] = [home_page(corpus), timeline_page(corpus),
                         crosslinks_page(corpus, links), quotes_page(corpus, links),
                         figures_page(corpus, links)]
    pages.extend(article_page(corpus, links, a) for a in corpus.articles)
    pages.extend(entity_pages(corpus, links))
    return pages

