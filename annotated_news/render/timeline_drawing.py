"""The timeline drawing: every dated event on a time-proportional axis.

Each date is drawn over the time it covers: a day as a dot, a week, a part
of a month, a month, a part of a year or a year as a bar from its first day
to its last; an article's publication as a square. Distance on the axis is
time: "2022" to "2023" is a year of axis, "26 May" to "30 May" four days of
it. When the events that are dated to the day (or to a week or a part of a
month) sit in a stretch much shorter than the whole timeline, that stretch is
drawn again below, enlarged (its place on the whole axis is shaded, and
joined to it), so that days a few apart do not fall on one point; each axis
is proportional, and the gaps between events show as gaps.

With up to `SERIES` articles each article has its own row and colour; with
more, one row in one colour, the marks of a date stacked. A timeline with
more than `Limits.svg_columns` dates is drawn as a bar per month (see
`period_bars`).
"""

from __future__ import annotations

import calendar
import dataclasses as dc
import datetime as dt
from collections.abc import Sequence

from ..indexes.timeline import PART_ORDER, DateGroup, DateKey, week_start
from ..indexes.timeline import Event as Dated
from ..model import Precision
from .items import outlet_of
from .svg import (
    PHONE_WIDTH,
    SERIES,
    WIDE_WIDTH,
    Band,
    Drawing,
    LegendItem,
    Line,
    Mark,
    Panel,
    Shape,
    Text,
    pack,
)
from .wording import counted

DAY = dt.timedelta(days=1)
PAD = 14
"""Space at each end of an axis."""
LANE = 18
"""Height of an article's row."""
LABEL_ROWS = 3
DETAIL_RATIO = 4
"""Draw the precise dates again, enlarged, when they span less than a
quarter of the whole timeline."""
PRECISE_DAYS = 31
"""A date covering at most this many days counts as precise (not a month)."""
YEAR_PARTS = {
    "first half": 6,
    "second half": 6,
    "first quarter": 3,
    "second quarter": 3,
    "third quarter": 3,
    "fourth quarter": 3,
    "spring": 3,
    "summer": 3,
    "fall": 3,
    "autumn": 3,
    "winter": 3,
    "early": 4,
    "mid": 4,
    "late": 4,
}
"""How many months a part of a year covers (it starts at PART_ORDER's month)."""
MONTH_PARTS = {"early": (1, 11), "mid": (11, 21), "late": (21, 32)}
"""Days of a month a part of it covers: first day, day after the last."""


def _add_months(day: dt.date, months: int) -> dt.date:
    n = day.year * 12 + day.month - 1 + months
    return dt.date(n // 12, n % 12 + 1, 1)


def extent(key: DateKey) -> tuple[dt.date, dt.date]:
    """The days a date covers: its first, and the day after its last."""
    year, month, day = key.parts
    if key.precision is Precision.DAY:
        start = dt.date(year, month, day)
        return start, start + DAY
    if key.precision is Precision.WEEK:
        start = week_start(key.value, key.modifier)
        return start, start + DAY * (2 if key.modifier == "weekend" else 7)
    if key.precision is Precision.MONTH:
        first = dt.date(year, month, 1)
        after = _add_months(first, 1)
        if key.modifier in MONTH_PARTS:
            lo, hi = MONTH_PARTS[key.modifier]
            return first + DAY * (lo - 1), min(after, first + DAY * (hi - 1))
        return first, after
    if key.modifier in YEAR_PARTS:
        start = dt.date(year, PART_ORDER[key.modifier], 1)
        return start, _add_months(start, YEAR_PARTS[key.modifier])
    return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)


@dc.dataclass(frozen=True, slots=True)
class Event:
    """One article's events of one date: a mark."""

    group: DateGroup
    article: int
    """Index of the article (its row and colour)."""
    start: dt.date
    end: dt.date
    publication: bool
    count: int
    outlet: str

    @property
    def day(self) -> bool:
        return self.end - self.start == DAY

    @property
    def href(self) -> str:
        key = self.group.key
        return "#" + (key.anchor if not key.plain else f"t-{key.month or key.year}")

    @property
    def name(self) -> str:
        return (
            f"{self.group.key.label}: "
            + ("published" if self.publication else counted(self.count, "event"))
            + f" ({self.outlet})"
        )


@dc.dataclass(frozen=True, slots=True)
class Axis:
    """A stretch of time drawn from x = PAD to x = width - PAD."""

    start: dt.date
    end: dt.date
    width: int

    def x(self, day: dt.date) -> float:
        span = max((self.end - self.start).days, 1)
        return PAD + (self.width - 2 * PAD) * (day - self.start).days / span

    @property
    def days(self) -> int:
        return (self.end - self.start).days


def events_of(groups: Sequence[DateGroup]) -> tuple[list[Event], list[str]]:
    """A mark per article and date, and the legend's outlets (by row)."""
    rows: dict[str, int] = {}
    names: list[str] = []
    for group in groups:
        for article in group.articles:
            if article.slug not in rows:
                rows[article.slug] = len(rows)
                names.append(outlet_of(article))
    one_row = len(rows) > SERIES
    out = []
    for group in groups:
        start, end = extent(group.key)
        # Each article's events of the group, articles in `group.articles`'
        # order, in one pass (not one pass over the events per article).
        by_article: dict[str, list[Dated]] = {}
        for found in group.events:
            by_article.setdefault(found.article.slug, []).append(found)
        for events in by_article.values():
            article = events[0].article
            out.append(
                Event(
                    group,
                    0 if one_row else rows[article.slug],
                    start,
                    end,
                    all(e.is_publication for e in events),
                    len(events),
                    outlet_of(article),
                )
            )
    return out, ([] if one_row else names)


def _ticks(axis: Axis) -> list[tuple[dt.date, str, bool]]:
    """Dates to label on an axis: years, months or days, as the span asks."""
    out: list[tuple[dt.date, str, bool]] = []
    if axis.days > 2 * 366:
        out = [
            (dt.date(y, 1, 1), str(y), True)
            for y in range(axis.start.year + (axis.start.month > 1), axis.end.year + 1)
        ]
    else:
        month = _add_months(dt.date(axis.start.year, axis.start.month, 1), 0)
        if month < axis.start:
            month = _add_months(month, 1)
        while month <= axis.end:
            label = calendar.month_abbr[month.month]
            first = month.month == 1 or not out
            out.append((month, f"{label} {month.year}" if first else label, first))
            month = _add_months(month, 1)
    return [t for t in out if axis.start <= t[0] <= axis.end]


MAX_STACK = 4
"""Marks of one date stacked in the one row of a many-article timeline."""


def depth(events: Sequence[Event], lanes: int) -> int:
    """How many marks high a row is: 1, or the highest stack of one row."""
    if lanes > 1:
        return 1
    counts: dict[dt.date, int] = {}
    for event in events:
        counts[event.start] = counts.get(event.start, 0) + 1
    return min(MAX_STACK, max(counts.values(), default=1))


def _lanes(
    events: Sequence[Event], axis: Axis, top: float, lanes: int, which: str
) -> tuple[list[Mark], float]:
    """Marks of the events on an axis whose rows start at `top`; their height."""
    marks = []
    high = depth(events, lanes)
    row_height = LANE + 12 * (high - 1)
    stacked: dict[dt.date, int] = {}
    # Long bars first, so that shorter marks lie on top of them.
    for event in sorted(events, key=lambda e: (-(e.end - e.start).days, e.start)):
        if event.end <= axis.start or event.start >= axis.end:
            continue
        row = event.article
        level = 0
        if lanes == 1:  # one row: the marks of a date stack upwards
            level = stacked.get(event.start, 0)
            stacked[event.start] = level + 1
            if level >= high:
                continue  # listed below the drawing, like every event
        y = top + row_height * (row + 1) - LANE / 2 - 12 * level
        x0 = axis.x(max(event.start, axis.start))
        x1 = axis.x(min(event.end, axis.end))
        if event.publication:
            shape = Shape("square", (x0 + x1) / 2, y, series=row)
        elif event.day:
            shape = Shape("dot", (x0 + x1) / 2, y, series=row)
        else:
            w = max(x1 - x0, 6)
            shape = Shape(
                "bar", (x0 + x1 - w) / 2, y - 4, w, 8, series=row, hollow=True
            )
        left = min(x0, (x0 + x1) / 2 - 6)
        marks.append(
            Mark(
                event.href,
                event.name,
                [shape],
                (left, y - LANE / 2, max(x1 - x0, 12), LANE),
                {
                    "start": event.start.isoformat(),
                    "end": event.end.isoformat(),
                    "axis": which,
                },
            )
        )
    return marks, row_height * lanes


def _axis_block(
    events: Sequence[Event],
    axis: Axis,
    top: float,
    lanes: int,
    which: str,
    labels: list[tuple[dt.date, str, bool]],
) -> tuple[float, list[Line], list[Mark], list[Text]]:
    """Rows of marks, the axis line under them and its labels.

    Returns the y where the block ends.
    """
    marks, height = _lanes(events, axis, top, lanes, which)
    base = top + height + 4
    lines = [Line(PAD, base, axis.width - PAD, base)]
    texts = []
    placed = pack(
        [(axis.x(d), text) for d, text, _ in labels],
        LABEL_ROWS,
        PAD / 2,
        axis.width - PAD / 2,
    )
    strong = {text for _, text, bold in labels if bold}
    rows = 0
    for row, x, text in placed:
        rows = max(rows, row + 1)
        texts.append(Text(x, base + 14 + 14 * row, text, strong=text in strong))
    lines += [Line(axis.x(d), base, axis.x(d), base + 4, "tick") for d, _, _ in labels]
    return base + 8 + 14 * max(rows, 1), lines, marks, texts


def _day_labels(events: Sequence[Event], axis: Axis) -> list[tuple[dt.date, str, bool]]:
    """Labels of a detail axis: the first of each month, then each date drawn."""
    out: dict[dt.date, tuple[str, bool]] = {}
    for event in sorted(events, key=lambda e: e.start):
        if axis.start <= event.start < axis.end and (event.end - event.start).days <= 7:
            out.setdefault(
                event.start,
                (f"{event.start.day} {calendar.month_abbr[event.start.month]}", False),
            )
    months = [
        (d, f"{calendar.month_abbr[d.month]} {d.year}", True)
        for d, _, _ in _ticks(axis)
        if d not in out
    ]
    return months + sorted((d, t, b) for d, (t, b) in out.items())


def panel(events: Sequence[Event], lanes: int, width: int, fit: str) -> Panel:
    """The timeline at one width: the whole axis, and the enlarged stretch."""
    whole = Axis(min(e.start for e in events), max(e.end for e in events), width)
    precise = [e for e in events if (e.end - e.start).days <= PRECISE_DAYS]
    detail: Axis | None = None
    if precise:
        lo, hi = min(e.start for e in precise), max(e.end for e in precise)
        margin = DAY * max(1, (hi - lo).days // 12)
        # Within the whole axis, never past it: near 0001-01-01 the margin
        # before `lo` would be no date at all.
        lo = lo - min(margin, lo - whole.start)
        hi = hi + min(margin, whole.end - hi)
        if (hi - lo).days * DETAIL_RATIO < whole.days:
            detail = Axis(lo, hi, width)
    top = 8.0
    labels = _ticks(whole) if detail else _day_labels(events, whole) or _ticks(whole)
    end, lines, marks, texts = _axis_block(events, whole, top, lanes, "whole", labels)
    rows_height = (LANE + 12 * (depth(events, lanes) - 1)) * lanes
    bands: list[Band] = []
    if detail:
        x0, x1 = whole.x(detail.start), whole.x(detail.end)
        bands.append(Band(x0 - 2, top, x1 - x0 + 4, rows_height + 4))
        below = end + 30
        lines += [
            Line(x0 - 2, top + rows_height + 4, PAD, below - 4, "zoom"),
            Line(x1 + 2, top + rows_height + 4, width - PAD, below - 4, "zoom"),
        ]
        texts.append(
            Text(
                width / 2,
                end + 16,
                f"Enlarged: {_span_label(detail)}",
                strong=False,
            )
        )
        end, more_lines, more_marks, more_texts = _axis_block(
            events, detail, below, lanes, "detail", _day_labels(events, detail)
        )
        lines += more_lines
        marks += more_marks
        texts += more_texts
    return Panel(fit, width, int(end + 6), bands, lines, marks, texts)


def _span_label(axis: Axis) -> str:
    last = axis.end - DAY
    first = f"{axis.start.day} {calendar.month_name[axis.start.month]}"
    if axis.start.year != last.year:
        first += f" {axis.start.year}"
    return f"{first} to {last.day} {calendar.month_name[last.month]} {last.year}"


def timeline_drawing(groups: Sequence[DateGroup]) -> Drawing | None:
    """The drawing of a timeline's dates (None without dates)."""
    events, outlets = events_of(groups)
    if not events:
        return None
    lanes = max(1, len(outlets))
    first, last = groups[0].key.label, groups[-1].key.label
    desc = (
        f"{counted(sum(len(g.events) for g in groups), 'event')} on "
        f"{counted(len(groups), 'date')}, from {first} to {last}, on an axis "
        "where distance is time; each mark links to its date's entries below."
    )
    legend = [LegendItem(name, series=n) for n, name in enumerate(outlets)]
    legend += [
        LegendItem("a day", shape="dot"),
        LegendItem(
            "a week, part of a month, a month or a year: the time it covers",
            shape="bar",
        ),
        LegendItem("published that day", shape="square"),
    ]
    return Drawing(
        "an-timeline",
        "Timeline of the dated events",
        desc,
        [
            panel(events, lanes, PHONE_WIDTH, "phone"),
            panel(events, lanes, WIDE_WIDTH, "wide"),
        ],
        legend,
    )


@dc.dataclass(frozen=True, slots=True)
class Period:
    """A bar of the many-dates timeline: a month or a year and its events."""

    label: str
    """"May", "2016", "before 2015"."""
    year: str
    href: str
    count: int
    apart: bool = False
    """Sparse years before or after the busy ones, gathered: set apart."""


BAR_AREA = 96
"""Height of the tallest bar."""


def period_panel(periods: Sequence[Period], width: int, fit: str) -> Panel:
    """Bars at one width, one slot each, set-apart ones after a gap."""
    gaps = sum(p.apart for p in periods)
    slot = (width - 2 * PAD - 16 * gaps) / max(len(periods), 1)
    most = max((p.count for p in periods), default=1) or 1
    top, base = 20.0, 20.0 + BAR_AREA
    marks, texts, lines = [], [], [Line(PAD, base, width - PAD, base)]
    labels: list[tuple[float, str]] = []
    years: list[tuple[float, str]] = []
    x = float(PAD)
    last_year = ""
    for n, period in enumerate(periods):
        if period.apart and n > 0:
            x += 16
        centre = x + slot / 2
        h = max(2.0, BAR_AREA * period.count / most)
        w = max(2.0, min(slot * 0.7, 28.0))
        name = (
            f"{period.label} {period.year}"
            if period.label != period.year and not period.apart
            else period.label
        ) + f": {counted(period.count, 'event')}"
        marks.append(
            Mark(
                period.href,
                name,
                [Shape("bar", centre - w / 2, base - h, w, h)],
                (x, top - 14, slot, BAR_AREA + 14),
                {
                    "period": period.label
                    if period.apart
                    else period.year
                    + ("" if period.label == period.year else "-" + period.label)
                },
            )
        )
        if slot >= len(str(period.count)) * 7 + 2:
            texts.append(Text(centre, base - h - 4, str(period.count)))
        labels.append((centre, period.label))
        if (
            period.year != last_year
            and not period.apart
            and period.label != period.year
        ):
            years.append((centre, period.year))
        last_year = period.year
        x += slot
    placed = pack(years + labels, LABEL_ROWS - 1, PAD / 2, width - PAD / 2)
    strong = {t for _, t in years}
    rows = 1
    for row, cx, text in placed:
        rows = max(rows, row + 1)
        texts.append(Text(cx, base + 14 + 14 * row, text, strong=text in strong))
    return Panel(fit, width, int(base + 10 + 14 * rows), [], lines, marks, texts)


def period_drawing(periods: Sequence[Period], title: str, desc: str) -> Drawing:
    """A bar per period with its number of events."""
    return Drawing(
        "an-periods",
        title,
        desc,
        [
            period_panel(periods, PHONE_WIDTH, "phone"),
            period_panel(periods, WIDE_WIDTH, "wide"),
        ],
    )
