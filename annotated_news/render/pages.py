"""Build the context of every page from the corpus.

The home page is here; article pages are `article_page`, and each family of
index pages has its module (`timeline_pages`, `quote_pages`, `figure_pages`,
`crosslink_pages`, `entity_pages`). Where each shared statement, figure group
and timeline date is listed (`Links.where`), which an article's cards and
summary link to, is decided before any page is built, by the site plan
(`plan.py`).
"""

from __future__ import annotations

import dataclasses as dc
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

from ..indexes import Corpus
from ..indexes.entities import EntityRecord
from ..indexes.entity_places import has_page
from ..indexes.places import page_link
from ..indexes.stories import Story
from ..indexes.timeline import date_label, period_label
from ..model import Article, BlockKind, Kind, Precision, QuoteKind
from .article_page import article_page
from .context import (
    ArticleItem,
    ArticleListSection,
    Link,
    ListingPage,
    Page,
    Paragraph,
    Section,
    TableRow,
    TableSection,
)
from .crosslink_pages import crosslink_pages
from .entity_pages import KINDS as ENTITY_KINDS
from .entity_pages import entity_plan, record_pages
from .items import (
    Links,
    article_link,
    day_label,
    excerpt,
)
from .paging import Limits, spill_parts, split
from .parts import Keyed, Part
from .plan import SitePlan, site_plan
from .story_pages import story_pages, story_plan
from .wording import counted


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
    ("Stories", "stories.md"),
    ("Timeline", "timeline.md"),
    ("Cross-links", "crosslinks.md"),
    ("Quotes", "quotes.md"),
    ("Figures", "figures.md"),
    ("People", "people.md"),
    ("Organisations", "organizations.md"),
]
COUNTED = (
    ("figures", "figure"),
    ("quotes", "quote"),
    ("dates", "date"),
    ("people", "person"),
    ("organizations", "organisation"),
)
LEDE = 280
"""Characters of a lede on the front page before it is cut at a word."""


def lede(article: Article) -> str:
    """The standfirst, else the first sentence that is not the title."""
    for block in article.blocks:
        if block.kind is BlockKind.STANDFIRST:
            return excerpt(article.slice(block.span), LEDE)
    title = " ".join(article.meta.title.removesuffix("…").split())
    for sentence in article.sentences:
        if article.blocks[sentence.block].kind is not BlockKind.PARAGRAPH:
            continue
        text = " ".join(article.slice(sentence.span).split())
        if text and text != title:
            return excerpt(text, LEDE)
    return ""


def article_item(
    corpus: Corpus, article: Article, from_page: str, grouped: bool = False
) -> ArticleItem:
    """An article as the front page shows it.

    `grouped`: listed under its story's heading, so it needs no story link.
    """
    c = counts(article)
    story = None if grouped else corpus.story_of(article)
    return ArticleItem(
        link=article_link(article, from_page),
        outlet=article.meta.outlet,
        date=day_label(article),
        date_iso=article.meta.date.isoformat(),
        lede=lede(article),
        counts=[counted(c[key], noun) for key, noun in COUNTED if c[key]],
        story=Link(story.title, page_link(story.page, from_page)) if story else None,
    )


def article_list(
    corpus: Corpus,
    articles: list[Article],
    path: str,
    title: str,
    more: Link | None = None,
) -> ArticleListSection:
    """Articles as items, in the order given (newest first)."""
    return ArticleListSection(
        anchor="articles",
        title=title,
        items=[article_item(corpus, a, path) for a in articles],
        more=more,
    )


def story_note(story: Story, shown: int) -> str:
    """How many articles, which outlets, when: "3 articles · NBC News · 4 June 2025"."""
    first, last = story.start, story.end
    if first == last:
        when = date_label(first.isoformat(), Precision.DAY)
    else:
        when = (
            f"{date_label(first.isoformat(), Precision.DAY)} to "
            f"{date_label(last.isoformat(), Precision.DAY)}"
        )
    count = counted(len(story.articles), "article")
    if shown < len(story.articles):
        count = f"{shown} of its {count}"
    return " · ".join(
        [count, *([", ".join(story.outlets)] if story.outlets else []), when]
    )


def loose_title(run: list[Article]) -> str:
    """The heading of articles in no story listed between stories, by their days.

    "Other articles, 16 June 2025", "Other articles, 12 to 14 June 2025":
    several such runs on one page each say which days they hold (one title
    repeated told a reader nothing, in the page or its table of contents).
    """
    days = sorted({a.meta.date for a in run})
    first, last = (
        date_label(d.isoformat(), Precision.DAY) for d in (days[0], days[-1])
    )
    return (
        f"Other articles, {first}"
        if first == last
        else f"Other articles, {first} to {last}"
    )


def by_story(corpus: Corpus, articles: list[Article], path: str) -> list[Section]:
    """Articles newest first, those of one story together under its heading.

    A story sits where its newest article would; articles in no story are
    listed between the stories, in date order.
    """
    sections: list[Section] = []
    loose: list[Article] = []
    done: set[str] = set()

    def flush() -> None:
        if loose:
            n = sum(s.anchor.startswith("articles") for s in sections)
            sections.append(
                ArticleListSection(
                    anchor="articles" + (f"-{n + 1}" if n else ""),
                    title=loose_title(loose) if sections or done else "Articles",
                    items=[article_item(corpus, a, path) for a in loose],
                )
            )
            loose.clear()

    for article in articles:
        story = corpus.story_of(article)
        if story is None:
            loose.append(article)
            continue
        if story.id in done:
            continue
        done.add(story.id)
        flush()
        members = [a for a in articles if corpus.story_of(a) is story]
        sections.append(
            ArticleListSection(
                anchor=f"story-{story.id}",
                title=story.title,
                href=page_link(story.page, path),
                intro=[
                    (
                        story_note(story, len(members)) + " · ",
                        Link("the articles side by side", page_link(story.page, path)),
                    )
                ],
                items=[article_item(corpus, a, path, grouped=True) for a in members],
            )
        )
    flush()
    if not done and len(sections) == 1:
        sections[0] = dc.replace(sections[0], title="Articles, newest first")
    return sections


HOME = "index.md"


def home_pages(corpus: Corpus, limits: Limits) -> Iterator[Page]:
    """The home page: every article, newest first; by month when they are many."""
    for part in home_plan(corpus, limits):
        yield from part()


def _home_size(article: Article) -> int:
    return 700 + len(article.meta.title) + 2 * len(article.slug)


def story_shows(story: Story | None) -> Any:
    """What the home page shows of a story: title, page, `story_note`'s facts."""
    if story is None:
        return None
    return (
        story.id,
        story.title,
        story.page,
        story.start,
        story.end,
        story.outlets,
        len(story.articles),
    )


def _article_shows(corpus: Corpus, article: Article) -> Any:
    """What `article_item` shows: the article (its lede, counts: its key), story."""
    return (Keyed(article), story_shows(corpus.story_of(article)))


def home_plan(corpus: Corpus, limits: Limits) -> Iterator[Part]:
    """The home page and, when the articles are many, the archive by month.

    Each page a part: its input digest is taken of the articles it lists (by
    cache key) and their stories' facts; the home page's also of the counts.
    """
    totals: dict[str, int] = defaultdict(int)
    for article in corpus.articles:
        for k, v in counts(article).items():
            totals[k] += v
    if len(split(corpus.articles, _home_size, limits)) == 1:
        yield Part(
            HOME,
            (
                "whole",
                dict(totals),
                [_article_shows(corpus, a) for a in corpus.articles],
            ),
            partial(_home_page, corpus, dict(totals), corpus.articles, [], limits),
        )
        return
    months: list[tuple[str, int]] = []
    for month, of_month in itertools.groupby(
        corpus.articles, key=lambda a: a.meta.date.isoformat()[:7]
    ):
        articles = list(of_month)
        yield from spill_parts(
            f"archive/{month}.md",
            f"Articles of {period_label(month)}",
            f"Every article published in {period_label(month)}.",
            articles,
            _home_size,
            limits,
            partial(_archive_sections, corpus),
            ("Home", HOME),
            partial(_article_shows, corpus),
        )
        months.append((month, len(articles)))
    newest = corpus.articles[: limits.overview]
    yield Part(
        HOME,
        (
            "overview",
            dict(totals),
            len(corpus.articles),
            [_article_shows(corpus, a) for a in newest],
            months,
        ),
        partial(_home_page, corpus, dict(totals), newest, months, limits),
    )


def _archive_sections(corpus: Corpus, part: list[Article], path: str) -> list[Section]:
    return [article_list(corpus, part, path, "Articles, newest first")]


def _home_page(
    corpus: Corpus,
    totals: dict[str, int],
    articles: list[Article],
    months: list[tuple[str, int]],
    limits: Limits,
) -> Page:
    """The home page: `articles` by story, and the months' archive if any."""
    path = HOME
    total = len(corpus.articles)
    browse: list[str | Link] = ["Browse: "]
    for n, (label, href) in enumerate(SECTIONS):
        browse += [" · "] * bool(n) + [Link(label, href)]
    # `totals` has no key at all when the seeds folder is empty.
    intro: list[Paragraph] = [
        (
            f"{counted(total, 'article')} with every figure, quote, date "
            f"and name marked: {counted(totals.get('figures', 0), 'figure')}, "
            f"{counted(totals.get('quotes', 0), 'quote')}, "
            f"{counted(totals.get('dates', 0), 'date')}. "
            "The site marks what each text says and who said it; it adds no opinion.",
        ),
        tuple(browse),
    ]
    if not months:
        return ListingPage(
            path=path,
            title="Annotated news",
            description="News articles with their figures, quotes, dates and names marked.",
            searchable=False,
            heading="Annotated news",
            intro=intro,
            sections=by_story(corpus, articles, path),
        )
    rows = [
        TableRow(
            [
                (Link(period_label(month), page_link(f"archive/{month}.md", path)),),
                (str(count),),
            ]
        )
        for month, count in months
    ]
    intro.append(
        (
            f"The {len(articles)} newest articles, by story; ",
            Link("every article, by month", "#archive"),
            ".",
        )
    )
    return ListingPage(
        path=path,
        title="Annotated news",
        description="News articles with their figures, quotes, dates and names marked.",
        searchable=False,
        heading="Annotated news",
        intro=intro,
        sections=[
            *by_story(corpus, articles, path),
            TableSection(
                anchor="archive",
                title="Every article, by month",
                headers=["Month", "Articles"],
                align=["---", "---:"],
                layout="fit",
                rows=rows,
            ),
        ],
    )


def page_makers(
    corpus: Corpus,
    limits: Limits | None = None,
    links: Links | None = None,
    plan: SitePlan | None = None,
) -> list[Callable[[], list[Page]]]:
    """Calls that build the pages of the site, in site order.

    The build shares them out to worker processes. The site plan
    (`plan.site_plan`, made here unless given) has laid out the timeline,
    quote and figure listings and recorded in `links.where` where each
    statement, figure group and date is listed; every page reads that. Each
    listing page is one call (a `Part`). The corpus-wide pages come first
    (`corpus_wide`); the article pages come last, one call each, in the
    order of `corpus.articles` (`first_article_page`); before them the pages
    of each name that has pages, one call each, in the order of
    `records_with_pages`.
    """
    limits = limits or Limits()
    links = links or Links(corpus)
    plan = plan or site_plan(corpus, limits, links)
    makers: list[Callable[[], list[Page]]] = [
        *home_plan(corpus, limits),
        *plan.listings,
        partial(_list, crosslink_pages, corpus, links, limits),
        *entity_plan(corpus, limits),
        partial(_list, story_pages, corpus, limits),
    ]
    makers.extend(story_plan(corpus))
    makers.extend(
        partial(_list, record_pages, corpus, links, record, index, noun, limits)
        for record, index, noun in records_with_pages(corpus)
    )
    makers.extend(
        partial(_one, article_page, corpus, links, a) for a in corpus.articles
    )
    return makers


def planned(makers: list[Callable[[], list[Page]]]) -> dict[int, Part]:
    """The makers that are parts (have an input digest), by index.

    The home page and archive, the timeline, quote and figure listings, the
    name lists and their A-Z pages, the story pages.
    """
    return {i: make for i, make in enumerate(makers) if isinstance(make, Part)}


def corpus_wide(makers: list[Callable[[], list[Page]]], corpus: Corpus) -> int:
    """How many of `page_makers` read every article or index entry.

    The home page, the listing parts, the cross-links, the A-Z lists and the
    stories index. The build runs them in its own process while its forked
    workers render the other pages (`parallel.map_chunks_beside`): in a
    worker, each would copy every memory page of the corpus it reads
    (reference counts are written to).
    """
    return first_record_page(makers, corpus) - len(corpus.stories)


def records_with_pages(corpus: Corpus) -> list[tuple[EntityRecord, str, str]]:
    """Each name that has pages of its own, with its list page and noun."""
    return [
        (record, index, noun)
        for kind, index, _, noun in ENTITY_KINDS
        for record in corpus.entities.of_kind(kind)
        if has_page(record)
    ]


def first_record_page(makers: list[Callable[[], list[Page]]], corpus: Corpus) -> int:
    """The index in `page_makers` of the first name's pages."""
    return first_article_page(makers, corpus) - len(records_with_pages(corpus))


def first_article_page(makers: list[Callable[[], list[Page]]], corpus: Corpus) -> int:
    """The index in `page_makers` of the first article's page."""
    return len(makers) - len(corpus.articles)


def _list(make: Callable[..., Iterable[Page]], *args: Any) -> list[Page]:
    return list(make(*args))


def _one(make: Callable[..., Page], *args: Any) -> list[Page]:
    return [make(*args)]


def build_pages(corpus: Corpus, limits: Limits | None = None) -> list[Page]:
    """Return the context of every page of the site."""
    return [page for make in page_makers(corpus, limits) for page in make()]
