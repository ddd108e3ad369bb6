"""The figures: the ledger of shared quantities, then every figure by article.

While everything fits, `figures.md` holds it all. Past that, it shows the
quantities reported by the most articles and a table of months; the ledger
continues on `figures/ledger.md` and the figures of each month's articles on
`figures/<year>-<month>.md`, each in parts when needed.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

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
from .items import Links, article_link, day_label, figure_item, ledger_row
from .paging import Limits, measure, spill
from .wording import counted

PATH = "figures.md"
INTRO: Paragraph = (
    "The ledger lists each quantity that several articles report, with every "
    "article’s wording, and states where the articles differ in value, "
    "qualifier or unit. Then every figure, article by article, in its sentence.",
)
LEDGER_INTRO: Paragraph = (
    "Mentions of the same value counting the same thing, in sentences that name "
    "a common person or organisation. “Differs” states what is not the same "
    "between the mentions, and each mention is tagged with its own; the site "
    "makes no judgement.",
)


def _group_size(group: FigureGroup) -> int:
    return measure(ledger_row(group, PATH))


def _article_size(article: Article) -> int:
    return 300 + 500 * len(article.figures)


def ledger_section(
    groups: list[FigureGroup], path: str, more: Link | None = None
) -> LedgerSection:
    """The ledger table."""
    return LedgerSection(
        anchor="ledger",
        title="Reported by several articles",
        intro=[LEDGER_INTRO],
        rows=[ledger_row(g, path) for g in groups],
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
    groups = corpus.figure_groups
    with_figures = [a for a in corpus.articles if a.figures]
    total = sum(map(_group_size, groups)) + sum(map(_article_size, with_figures))
    count = len(groups) + sum(len(a.figures) for a in with_figures)
    if total <= limits.page_chars and count <= limits.items:
        for group in groups:
            links.where[group.anchor] = PATH
        yield ListingPage(
            path=PATH,
            title="Figures",
            description="Every figure in the articles.",
            searchable=False,
            heading="Figures",
            intro=[INTRO],
            sections=[
                ledger_section(groups, PATH),
                *article_sections(with_figures, corpus, PATH),
            ],
        )
        return
    back = ("All figures", PATH)
    yield from spill(
        "figures/ledger.md",
        "Figures reported by several articles",
        "The figure ledger.",
        groups,
        _group_size,
        limits,
        lambda part, path: [ledger_section(part, path)],
        back,
        lambda g, path: links.where.__setitem__(g.anchor, path),
    )
    rows = []
    for month, of_month in itertools.groupby(
        with_figures, key=lambda a: a.meta.date.isoformat()[:7]
    ):
        articles = list(of_month)
        base = f"figures/{month}.md"
        yield from spill(
            base,
            f"Figures: articles of {period_label(month)}",
            f"Every figure of the articles published in {period_label(month)}.",
            articles,
            _article_size,
            limits,
            lambda part, path: article_sections(part, corpus, path),
            back,
        )
        rows.append(
            TableRow(
                [
                    (Link(period_label(month), page_link(base, PATH)),),
                    (str(len(articles)),),
                    (str(sum(len(a.figures) for a in articles)),),
                ]
            )
        )
    top = sorted(groups, key=lambda g: (-len(g.articles), g.anchor))[: limits.overview]
    yield ListingPage(
        path=PATH,
        title="Figures",
        description="Every figure in the articles.",
        searchable=False,
        heading="Figures",
        intro=[INTRO],
        sections=[
            ledger_section(
                top,
                PATH,
                more=Link(
                    f"All {len(groups)} shared quantities",
                    page_link("figures/ledger.md", PATH),
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
