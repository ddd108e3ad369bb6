"""The figures: the ledger of shared quantities, then every figure by article.

While everything fits, `figures.md` holds it all. Past that, it shows the
quantities reported by the most articles (each with its first mentions and
a link to its entry on the ledger) and a table of months; the ledger
continues on `figures/ledger.md` and the figures of each month's articles on
`figures/<year>-<month>.md`, each in parts when needed.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from ..indexes import Corpus
from ..indexes.figures import FigureGroup
from ..indexes.places import page_link
from ..indexes.timeline import period_label
from ..model import Article
from .context import (
    FigureSection,
    LedgerSection,
    Link,
    ListingPage,
    Page,
    Paragraph,
    Section,
    TableRow,
    TableSection,
)
from .items import Links, article_link, day_label, figure_item, ledger_row, outlet_of
from .paging import Limits, spill_parts
from .parts import Keyed, Part, as_listed
from .wording import counted

PATH = "figures.md"
INTRO: Paragraph = (
    "The ledger lists each quantity that several articles report, with every "
    "article’s wording, and states where the articles differ in value, "
    "qualifier or unit. Then every figure, article by article, in its sentence.",
)
LEDGER_INTRO: Paragraph = (
    "Mentions of the same value counting the same thing: counts in sentences "
    "that name a common person or organisation, percentages and sums in "
    "articles that all name someone in common. “Differs” states what is not the same "
    "between the mentions, and each mention is tagged with its own; the site "
    "makes no judgement.",
)


def _group_size(group: FigureGroup) -> int:
    """About the Markdown characters of a ledger row, from the index.

    Cheap (no row built): the plan sizes every group.
    """
    return (
        300
        + sum(
            (p.span.end - p.span.start)
            + min(p.sentence_span.end - p.sentence_span.start, 160)
            + len(outlet_of(p.article))
            + 2 * len(p.article.slug)
            + 300
            for p, _ in group.places
        )
        * 6
        // 5
    )


def _article_size(article: Article) -> int:
    return 300 + 500 * len(article.figures)


def ledger_section(
    groups: list[FigureGroup],
    path: str,
    more: Link | None = None,
    shown: tuple[int, Callable[[str], str]] | None = None,
) -> LedgerSection:
    """The ledger table.

    `shown`: on an overview, the mentions each entry shows and where its full
    entry is (a link from `path` to the ledger's anchor); None shows all.
    """
    return LedgerSection(
        anchor="ledger",
        title="Reported by several articles",
        intro=[LEDGER_INTRO],
        rows=[
            ledger_row(g, path)
            if shown is None
            else ledger_row(g, path, shown[0], shown[1](g.anchor))
            for g in groups
        ],
        more=more,
    )


def article_sections(
    articles: list[Article], corpus: Corpus, path: str
) -> list[Section]:
    """A table of every figure of each article."""
    return [
        FigureSection(
            anchor=f"article-{n}",
            title=a.meta.title,
            href=article_link(a, path).href,
            intro=[
                (
                    " · ".join(
                        [
                            *([a.meta.outlet] if a.meta.outlet else []),
                            day_label(a),
                            counted(len(a.figures), "figure"),
                        ]
                    ),
                )
            ],
            items=[figure_item(corpus.place(a, f), f, path) for f in a.figures],
        )
        for n, a in enumerate(articles, start=1)
    ]


def figure_pages(corpus: Corpus, links: Links, limits: Limits) -> Iterator[Page]:
    """`figures.md` and, when it does not fit, its continuation pages."""
    for part in figure_plan(corpus, links, limits):
        yield part.make()


def figure_plan(corpus: Corpus, links: Links, limits: Limits) -> Iterator[Part]:
    """The figure listing's pages as planned, without building them.

    Records in `links.where` the page of each figure group. Past one page,
    `figures.md` shows the quantities most articles share, each with its
    first `Limits.mentions` mentions and a link to its entry on the ledger.
    """
    groups = corpus.figure_groups
    with_figures = [a for a in corpus.articles if a.figures]
    total = sum(map(_group_size, groups)) + sum(map(_article_size, with_figures))
    count = len(groups) + sum(len(a.figures) for a in with_figures)
    if total <= limits.page_chars and count <= limits.items:
        for group in groups:
            links.where[group.anchor] = PATH
        yield Part(
            PATH,
            (
                "whole",
                [_group_shows(corpus, g) for g in groups],
                [Keyed(a) for a in with_figures],
            ),
            partial(_whole_page, corpus, groups, with_figures),
        )
        return
    back = ("All figures", PATH)
    yield from spill_parts(
        "figures/ledger.md",
        "Figures reported by several articles",
        "The figure ledger.",
        groups,
        _group_size,
        limits,
        _ledger_sections,
        back,
        partial(_group_shows, corpus),
        lambda g, path: links.where.__setitem__(g.anchor, path),
    )
    months: list[tuple[str, int, int]] = []
    for month, of_month in itertools.groupby(
        with_figures, key=lambda a: a.meta.date.isoformat()[:7]
    ):
        articles = list(of_month)
        yield from spill_parts(
            f"figures/{month}.md",
            f"Figures: articles of {period_label(month)}",
            f"Every figure of the articles published in {period_label(month)}.",
            articles,
            _article_size,
            limits,
            partial(_article_sections, corpus),
            back,
            # An article's table shows only what is its own (its text, ids,
            # sidecar): the article by cache key stands for it, no place built.
            Keyed,
        )
        months.append((month, len(articles), sum(len(a.figures) for a in articles)))
    top = sorted(groups, key=lambda g: (-len(g.articles), g.anchor))[: limits.overview]
    # Each entry shows its first mentions and links to itself on the ledger.
    homes = [links.where[g.anchor] for g in top]
    yield Part(
        PATH,
        (
            "overview",
            [_group_shows(corpus, g) for g in top],
            len(groups),
            months,
            homes,
            limits.mentions,
        ),
        partial(_overview_page, top, len(groups), months, homes, limits.mentions),
    )


def _group_shows(corpus: Corpus, group: FigureGroup) -> Any:
    """What a ledger row shows: the group, each place's notes."""
    return (group, [as_listed(corpus, p.article, f)[1] for p, f in group.places])


def _ledger_sections(part: list[FigureGroup], path: str) -> list[Section]:
    return [ledger_section(part, path)]


def _article_sections(corpus: Corpus, part: list[Article], path: str) -> list[Section]:
    return article_sections(part, corpus, path)


def _whole_page(
    corpus: Corpus, groups: list[FigureGroup], with_figures: list[Article]
) -> Page:
    return _main_page(
        [ledger_section(groups, PATH), *article_sections(with_figures, corpus, PATH)]
    )


def _main_page(sections: list[Section]) -> Page:
    """`figures.md`."""
    return ListingPage(
        path=PATH,
        title="Figures",
        description="Every figure in the articles.",
        searchable=False,
        heading="Figures",
        intro=[INTRO],
        sections=sections,
    )


def _overview_page(
    top: list[FigureGroup],
    groups: int,
    months: list[tuple[str, int, int]],
    homes: list[str],
    mentions: int,
) -> Page:
    full = dict(zip((g.anchor for g in top), homes, strict=True))
    rows = [
        TableRow(
            [
                (Link(period_label(month), page_link(f"figures/{month}.md", PATH)),),
                (str(articles),),
                (str(figures),),
            ]
        )
        for month, articles, figures in months
    ]
    return _main_page(
        [
            ledger_section(
                top,
                PATH,
                more=Link(
                    f"All {groups} shared quantities",
                    page_link("figures/ledger.md", PATH),
                ),
                shown=(
                    mentions,
                    lambda anchor: page_link(full[anchor], PATH) + "#" + anchor,
                ),
            ),
            TableSection(
                anchor="by-month",
                title="Every figure, by month of publication",
                headers=["Month", "Articles", "Figures"],
                align=["---", "---:", "---:"],
                layout="fit",
                rows=rows,
            ),
        ],
    )
