"""Build the context of every page from the corpus.

The home page is here; article pages are `article_page`, and each family of
index pages has its module (`timeline_pages`, `quote_pages`, `figure_pages`,
`crosslink_pages`, `entity_pages`). Listing pages are built before article
pages: they record where each shared statement, figure group and timeline
date is listed (`Links.where`), so that an article's cards and summary can
link to the full list.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

from ..indexes import Corpus
from ..indexes.places import page_link
from ..indexes.timeline import period_label
from ..model import Article, Kind, QuoteKind
from .article_page import article_page
from .context import (
    Link,
    ListingPage,
    Page,
    Paragraph,
    TableRow,
    TableSection,
    TimelineSection,
)
from .crosslink_pages import crosslink_pages
from .entity_pages import KINDS as ENTITY_KINDS
from .entity_pages import entity_lists, record_pages
from .figure_pages import figure_pages
from .items import Links, article_link
from .paging import Limits, spill, split
from .quote_pages import quote_pages
from .timeline_pages import timeline_pages


def counts(article: Article) -> dict[str, int]:
    """How many annotations of each kind an article has."""
    return {
        "figures": len(article.figures),
        "quotes": sum(1 for q in article.quotes if q.quote_kind is not QuoteKind.SCARE),
        "dates": len(article.dates),
        "people": len({m.canonical for m in article.entities if m.kind is Kind.PERSON}),
        "organizations": len(
            {m.canonical for m in article.entities if m.kind is Kind.ORGANIZATION}
        ),
    }


SECTIONS = [
    ("Timeline", "timeline.md"),
    ("Cross-links", "crosslinks.md"),
    ("Quotes", "quotes.md"),
    ("Figures", "figures.md"),
    ("People", "people.md"),
    ("Organisations", "organizations.md"),
]
ARTICLE_HEADERS = [
    "Date",
    "Article",
    "Outlet",
    "Figures",
    "Quotes",
    "Dates",
    "People",
    "Organisations",
]


def article_rows(articles: list[Article], from_page: str) -> list[TableRow]:
    """Rows of an article table: date, title, outlet and counts."""
    rows = []
    for a in articles:
        c = counts(a)
        rows.append(
            TableRow(
                [
                    (a.meta.date.isoformat(),),
                    (article_link(a, from_page),),
                    (a.meta.outlet or "",),
                    *(
                        (str(c[k]),)
                        for k in (
                            "figures",
                            "quotes",
                            "dates",
                            "people",
                            "organizations",
                        )
                    ),
                ]
            )
        )
    return rows


def _article_table(
    articles: list[Article], path: str, title: str, more: Link | None = None
) -> TableSection:
    return TableSection(
        anchor="articles",
        title=title,
        headers=ARTICLE_HEADERS,
        align=["---"] * 3 + ["---:"] * 5,
        rows=article_rows(articles, path),
        more=more,
    )


def home_pages(corpus: Corpus, limits: Limits) -> Iterator[Page]:
    """The home page: every article, newest first; by month when they are many."""
    path = "index.md"
    totals: dict[str, int] = defaultdict(int)
    for article in corpus.articles:
        for k, v in counts(article).items():
            totals[k] += v
    total = len(corpus.articles)
    browse: list[str | Link] = ["Browse: "]
    for n, (label, href) in enumerate(SECTIONS):
        browse += [" · "] * bool(n) + [Link(label, href)]
    intro: list[Paragraph] = [
        (
            f"{total} {'article' if total == 1 else 'articles'} with every figure, quote, date "
            f"and name marked: {totals['figures']} figures, {totals['quotes']} quotes, "
            f"{totals['dates']} dates. The site marks what each text says and who said "
            "it; it adds no opinion.",
        ),
        tuple(browse),
    ]

    def size(article: Article) -> int:
        return 300 + len(article.meta.title)

    if len(split(corpus.articles, size, limits)) == 1:
        yield ListingPage(
            path=path,
            title="Annotated news",
            description="News articles with their figures, quotes, dates and names marked.",
            searchable=False,
            heading="Annotated news",
            intro=intro,
            sections=[_article_table(corpus.articles, path, "Articles, newest first")],
        )
        return
    months = []
    for month, of_month in itertools.groupby(
        corpus.articles, key=lambda a: a.meta.date.isoformat()[:7]
    ):
        articles = list(of_month)
        base = f"archive/{month}.md"
        yield from spill(
            base,
            f"Articles of {period_label(month)}",
            f"Every article published in {period_label(month)}.",
            articles,
            size,
            limits,
            lambda part, p: [_article_table(part, p, "Articles, newest first")],
            ("Home", path),
        )
        months.append(
            TableRow(
                [
                    (Link(period_label(month), page_link(base, path)),),
                    (str(len(articles)),),
                ]
            )
        )
    newest = corpus.articles[: limits.overview]
    yield ListingPage(
        path=path,
        title="Annotated news",
        description="News articles with their figures, quotes, dates and names marked.",
        searchable=False,
        heading="Annotated news",
        intro=intro,
        sections=[
            _article_table(newest, path, f"The {len(newest)} newest articles"),
            TableSection(
                anchor="archive",
                title="Every article, by month",
                headers=["Month", "Articles"],
                align=["---", "---:"],
                rows=months,
            ),
        ],
    )


def page_makers(
    corpus: Corpus, limits: Limits | None = None
) -> list[Callable[[], list[Page]]]:
    """Calls that build the pages of the site, in site order.

    The build shares them out to worker processes. The quote and figure
    listings are built here, first: they record in `Links.where` where each
    statement and figure group is listed, which later pages link to. Every
    call only reads what they recorded.
    """
    limits = limits or Limits()
    links = Links(corpus)
    home = partial(_list, home_pages, corpus, limits)  # reads nothing recorded
    timeline = list(timeline_pages(corpus, limits))
    record_timeline(timeline, links)
    quotes = list(quote_pages(corpus, links, limits))
    figures = list(figure_pages(corpus, links, limits))
    makers: list[Callable[[], list[Page]]] = [
        home,
        partial(_given, timeline),
        partial(_given, quotes),
        partial(_given, figures),
        partial(_list, crosslink_pages, corpus, links, limits),
        partial(_list, entity_lists, corpus, limits),
    ]
    for kind, index, _, noun in ENTITY_KINDS:
        makers.extend(
            partial(_list, record_pages, corpus, links, record, index, noun, limits)
            for record in corpus.entities.of_kind(kind)
        )
    makers.extend(
        partial(_one, article_page, corpus, links, a) for a in corpus.articles
    )
    return makers


def record_timeline(pages: list[Page], links: Links) -> None:
    """Record on which timeline page each year, month and date is listed."""
    for page in pages:
        if not isinstance(page, ListingPage):
            continue
        for section in page.sections:
            if isinstance(section, TimelineSection):
                links.where.setdefault(section.anchor, page.path)
                for group in section.groups:
                    if group.anchor:
                        links.where.setdefault(group.anchor, page.path)


def _list(make: Callable[..., Iterable[Page]], *args: Any) -> list[Page]:
    return list(make(*args))


def _given(pages: list[Page]) -> list[Page]:
    return pages


def _one(make: Callable[..., Page], *args: Any) -> list[Page]:
    return [make(*args)]


def build_pages(corpus: Corpus, limits: Limits | None = None) -> list[Page]:
    """Return the context of every page of the site."""
    return [page for make in page_makers(corpus, limits) for page in make()]
