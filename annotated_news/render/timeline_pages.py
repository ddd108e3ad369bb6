"""The timeline: `timeline.md`, split by year, then month, when it grows.

While every event fits on one page, `timeline.md` holds them all under a
drawing of every date. Past that, `timeline.md` is an overview (a bar per
period and a table of periods) and the events move to `timeline/<year>.md`,
or `timeline/<year>-<month>.md` for a year that does not fit, each in parts
when needed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
from collections.abc import Iterator
from functools import partial
from typing import Any

from ..indexes import Corpus
from ..indexes.places import page_link
from ..indexes.timeline import DateGroup, Event, period_label
from ..model import Precision
from .context import (
    Link,
    ListingPage,
    Page,
    Paragraph,
    Section,
    TableRow,
    TableSection,
    TimelineEntry,
    TimelineGroup,
    TimelineSection,
)
from .items import article_link, excerpt
from .paging import Limits, pager, part_path, split
from .parts import Part
from .svg import Drawing
from .timeline_drawing import Period, period_drawing, timeline_drawing
from .wording import counted, heading_case

PATH = "timeline.md"
INTRO: Paragraph = (
    "Every dated event in the articles, in date order, and the publication of "
    "each article. Dates keep the precision the text gives them; a relative "
    "expression (“Sunday”, “last month”) is shown with the date it resolves "
    "to against the article’s publication date. Events of different articles "
    "on the same date are listed together.",
)


def entry(event: Event, from_page: str) -> TimelineEntry:
    """One event as listed: the article, the date as written, the sentence."""
    article = event.article
    link = article_link(article, from_page)
    # The outlet in bold, then the whole title (an article without an outlet
    # is named once, by its title).
    if event.place is None:
        return TimelineEntry(
            article.meta.outlet or "",
            link,
            "",
            f"Published: {article.meta.title}",
            link,
            True,
        )
    when = event.resolved if event.resolved != event.label else ""
    return TimelineEntry(
        article.meta.outlet or "",
        link,
        when,
        excerpt(event.place.sentence, 300),
        Link(event.place.exact, event.place.link(from_page, to_sentence=True)),
        False,
    )


def group_view(
    group: DateGroup, from_page: str, continued: bool = False
) -> TimelineGroup:
    """A date and its events, every article's together.

    `continued`: the rest of a date whose events did not fit one page; it
    has no anchor of its own on the page.
    """
    order = {a.slug: n for n, a in enumerate(group.articles)}
    events = sorted(group.events, key=lambda e: order[e.article.slug])
    count = len(group.articles)
    anchor = None if group.key.plain or continued else group.key.anchor
    return TimelineGroup(
        anchor,
        heading_case(group.key.label) + (" (continued)" if continued else ""),
        f"{count} articles" if count > 1 else "",
        [entry(e, from_page) for e in events],
    )


def _views(groups: list[DateGroup], from_page: str) -> list[TimelineGroup]:
    """Views of a page's groups; a repeated date continues the one before."""
    return [
        group_view(g, from_page, continued=n > 0 and groups[n - 1].key == g.key)
        for n, g in enumerate(groups)
    ]


def _entry_size(event: Event) -> int:
    """About the Markdown characters of an entry (escaping included)."""
    article = event.article
    # The sentence's length from its span: slicing it out costs more.
    place = event.place
    span = place.sentence_span if place else None
    text = min(span.end - span.start, 302) if span else len(article.meta.title)
    return (text + len(article.meta.title) + 2 * len(article.slug) + 160) * 6 // 5


def _size(group: DateGroup) -> int:
    return sum(map(_entry_size, group.events)) + 80


def _cut(
    groups: list[DateGroup], limits: Limits, sizes: dict[int, int] | None = None
) -> list[DateGroup]:
    """Cut a date with more events than a page holds into several groups.

    `sizes` is given the size (`_size`) of each group returned, by identity.
    """
    out: list[DateGroup] = []
    for group in groups:
        size = _size(group)
        if size <= limits.page_chars and len(group.events) <= limits.items:
            out.append(group)
            if sizes is not None:
                sizes[id(group)] = size
            continue
        parts = split(group.events, _entry_size, limits)
        cut = [DateGroup(group.key, part) for part in parts]
        out += cut
        if sizes is not None:
            sizes.update((id(g), _size(g)) for g in cut)
    return out


def sections(groups: list[DateGroup], from_page: str, top: int) -> list[Section]:
    """Year and month sections holding the groups, headings from level `top`."""
    out: list[Section] = []
    with_years = len({g.key.year for g in groups}) > 1 or any(
        g.key.precision is Precision.YEAR for g in groups
    )
    for year, of_year in itertools.groupby(groups, key=lambda g: g.key.year):
        of_year_list = list(of_year)
        if with_years:
            out.append(
                TimelineSection(
                    anchor=f"t-{year}",
                    title=year,
                    level=top,
                    groups=_views(
                        [g for g in of_year_list if g.key.month is None], from_page
                    ),
                )
            )
        for month, of_month in itertools.groupby(
            (g for g in of_year_list if g.key.month), key=lambda g: g.key.month
        ):
            assert month is not None
            out.append(
                TimelineSection(
                    anchor=f"t-{month}",
                    title=period_label(month),
                    level=top + 1 if with_years else top,
                    groups=_views(list(of_month), from_page),
                )
            )
    return out


def drawing(groups: list[DateGroup], limits: Limits) -> Drawing | None:
    """The dates on a time axis, or a bar per month when they are many."""
    groups = [
        DateGroup(key, [e for g in same for e in g.events])
        for key, same in itertools.groupby(groups, key=lambda g: g.key)
    ]
    if any(group.key.parts[0] >= dt.MAXYEAR for group in groups):
        # Each date is drawn up to the day after its last, which for a date
        # of year 9999 may be no date at all: left out (the list below gives
        # every date).
        return None
    if len(groups) > limits.svg_columns:
        return period_bars(
            [(k, f"#t-{k}", g) for k, g in _periods(groups, by_month=True)], limits
        )
    return timeline_drawing(groups)


def _periods(
    groups: list[DateGroup], by_month: bool
) -> list[tuple[str, list[DateGroup]]]:
    out: list[tuple[str, list[DateGroup]]] = []
    for group in groups:
        key = (group.key.month or group.key.year) if by_month else group.key.year
        if not out or out[-1][0] != key:
            out.append((key, []))
        out[-1][1].append(group)
    return out


def period_bars(
    periods: list[tuple[str, str, list[DateGroup]]], limits: Limits
) -> Drawing:
    """A bar per period (key, link, groups) with its number of events.

    Sparse periods before and after the busy ones (a history year cited once)
    share one bar each ("before 2015", "after 2016"), set apart; past
    `limits.svg_columns` periods, a bar per year, linking to the year's first
    period.
    """
    counts = [sum(len(g.events) for g in groups) for _, _, groups in periods]
    dense = [n for n, c in enumerate(counts) if c * 100 >= sum(counts)]
    bars: list[Period] = []
    first, last = (dense[0], dense[-1]) if dense else (0, len(periods) - 1)
    if first > 0:
        bars.append(
            Period(
                f"before {periods[first][0][:4]}",
                periods[0][0][:4],
                periods[0][1],
                sum(counts[:first]),
                apart=True,
            )
        )
    middle = periods[first : last + 1]
    if len(middle) > limits.svg_columns:
        merged: dict[str, tuple[str, str, list[DateGroup]]] = {}
        for key, href, groups in middle:
            merged.setdefault(key[:4], (key[:4], href, []))[2].extend(groups)
        middle = list(merged.values())
    for key, href, groups in middle:
        label = calendar.month_abbr[int(key[5:7])] if len(key) > 4 else key
        bars.append(Period(label, key[:4], href, sum(len(g.events) for g in groups)))
    if last < len(periods) - 1:
        bars.append(
            Period(
                f"after {periods[last][0][:4]}",
                periods[last + 1][0][:4],
                periods[last + 1][1],
                sum(counts[last + 1 :]),
                apart=True,
            )
        )
    return period_drawing(
        bars,
        "Number of dated events per period",
        f"{counted(len(bars), 'bar')}, one per period in date order; each links to "
        "its period in the table below.",
    )


def busiest(
    periods: list[tuple[str, str, list[DateGroup]]], pages: dict[str, str], n: int = 5
) -> Paragraph:
    """Links to the periods with the most events."""
    ranked = sorted(periods, key=lambda p: -sum(len(g.events) for g in p[2]))[:n]
    out: list[str | Link] = ["Most events: "]
    for k, (key, _, groups) in enumerate(ranked):
        if k:
            out.append(", ")
        out += [
            Link(period_label(key), page_link(pages[key], PATH)),
            f" ({sum(len(g.events) for g in groups)})",
        ]
    return tuple(out)


def timeline_pages(corpus: Corpus, limits: Limits) -> Iterator[Page]:
    """`timeline.md`, and the year or month pages when it does not fit."""
    for part in timeline_plan(corpus, limits, {}):
        yield part.make()


def timeline_plan(
    corpus: Corpus, limits: Limits, where: dict[str, str]
) -> Iterator[Part]:
    """The timeline's pages as planned, without building them.

    Records in `where` the page of each year, month and date heading (the
    first page that has it).
    """
    # Each group's size once: the whole timeline, each year and each period
    # are split by it (the groups live as long as the parts).
    known: dict[int, int] = {}
    groups = _cut(corpus.timeline.groups, limits, known)

    def size_of(group: DateGroup) -> int:
        return known[id(group)]

    if not groups:
        yield Part(PATH, ("empty",), _empty_page)
        return
    if len(split(groups, size_of, limits)) == 1:
        _record(where, groups, PATH)
        yield Part(
            PATH, ("whole", groups, limits), partial(_whole_page, groups, limits)
        )
        return
    periods: list[tuple[str, str, list[DateGroup]]] = []
    for year, of_year in itertools.groupby(groups, key=lambda g: g.key.year):
        year_groups = list(of_year)
        if len(split(year_groups, size_of, limits)) == 1:
            pages = [(year, year_groups)]
        else:
            pages = _periods(year_groups, by_month=True)
        for key, page_groups in pages:
            base = f"timeline/{key}.md"
            parts = split(page_groups, size_of, limits)
            for n, part in enumerate(parts, start=1):
                path = part_path(base, n)
                _record(where, part, path)
                yield Part(
                    path,
                    ("period", base, key, n, len(parts), part, limits),
                    partial(_period_page, base, key, n, len(parts), part, limits),
                )
            periods.append((key, base, page_groups))
    summary = [
        (
            key,
            base,
            [len(g.events) for g in page_groups],
            len({a.slug for g in page_groups for a in g.articles}),
        )
        for key, base, page_groups in periods
    ]
    totals = (len(corpus.timeline.events), len(corpus.timeline.groups))
    yield Part(
        PATH,
        ("overview", summary, totals, limits),
        partial(_overview_page, periods, totals, limits),
    )


def _record(where: dict[str, str], groups: list[DateGroup], path: str) -> None:
    """Record the page of the anchors `sections(groups, path, ...)` gives."""
    for anchor in _anchors(groups):
        where.setdefault(anchor, path)


def _anchors(groups: list[DateGroup]) -> Iterator[str]:
    """The anchors of the sections and groups of a page, as `sections` makes."""

    def of_groups(listed: list[DateGroup]) -> Iterator[str]:
        for n, g in enumerate(listed):
            continued = n > 0 and listed[n - 1].key == g.key
            if not (g.key.plain or continued):
                yield g.key.anchor

    with_years = len({g.key.year for g in groups}) > 1 or any(
        g.key.precision is Precision.YEAR for g in groups
    )
    for year, of_year in itertools.groupby(groups, key=lambda g: g.key.year):
        of_year_list = list(of_year)
        if with_years:
            yield f"t-{year}"
            yield from of_groups([g for g in of_year_list if g.key.month is None])
        for month, of_month in itertools.groupby(
            (g for g in of_year_list if g.key.month), key=lambda g: g.key.month
        ):
            yield f"t-{month}"
            yield from of_groups(list(of_month))


def _main_page(
    description: str = "Every dated event across the articles.", **fields: Any
) -> Page:
    """`timeline.md`, with the fields given."""
    return ListingPage(
        path=PATH,
        title="Timeline",
        description=description,
        searchable=False,
        heading="Timeline",
        **fields,
    )


def _empty_page() -> Page:
    return _main_page("No dated events.", intro=[INTRO], sections=[])


def _whole_page(groups: list[DateGroup], limits: Limits) -> Page:
    return _main_page(
        intro=[INTRO],
        drawing=drawing(groups, limits),
        sections=sections(groups, PATH, 2),
    )


def _overview_page(
    periods: list[tuple[str, str, list[DateGroup]]],
    totals: tuple[int, int],
    limits: Limits,
) -> Page:
    rows: list[TableRow] = []
    bars: list[tuple[str, str, list[DateGroup]]] = []
    pages_of: dict[str, str] = {}
    for key, base, page_groups in periods:
        events = sum(len(g.events) for g in page_groups)
        articles = len({a.slug for g in page_groups for a in g.articles})
        rows.append(
            TableRow(
                [
                    (Link(period_label(key), page_link(base, PATH)),),
                    (str(events),),
                    (str(articles),),
                ],
                anchor=f"t-{key}",
            )
        )
        bars.append((key, f"#t-{key}", page_groups))
        pages_of[key] = base
    overview = TableSection(
        anchor="periods",
        title="Periods",
        headers=["Period", "Events", "Articles"],
        align=["---", "---:", "---:"],
        layout="fit",
        rows=rows,
    )
    return _main_page(
        intro=[
            INTRO,
            (
                f"{counted(totals[0], 'event')} on "
                f"{counted(totals[1], 'date')}, one page per period.",
            ),
            busiest(bars, pages_of),
        ],
        drawing=period_bars(bars, limits),
        sections=[overview],
    )


def _period_page(
    base: str,
    key: str,
    n: int,
    count: int,
    part: list[DateGroup],
    limits: Limits,
) -> Page:
    label = period_label(key)
    path = part_path(base, n)
    back: Paragraph = (Link("Whole timeline", page_link(PATH, path)),)
    return ListingPage(
        path=path,
        title=f"Timeline: {label}" + (f" ({n})" if n > 1 else ""),
        description=f"Dated events of {label}.",
        searchable=False,
        heading=f"Timeline: {label}",
        intro=[INTRO, back],
        drawing=drawing(part, limits),
        sections=sections(part, path, 2),
        pager=pager(base, n, count),
    )
