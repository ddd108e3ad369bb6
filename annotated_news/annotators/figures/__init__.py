"""Figures: a number with what it counts, its qualifier and its rate.

A figure is `[qualifier] [currency] number [unit or counted noun] [rate]`:
"more than 5,000 personnel", "up to 21,000 National Guard troops",
"3,000 migrants a day", "10%" and "10 percent" (both value 10, unit percent),
"$1.2 million" (1,200,000 USD), "a dozen" (12), "triple" (3 times).
A range ("8 to 16", "8-16", "between 8 and 16") is one figure whose `value`
is the low end and `high` the high end; "thousands of" is 1,000 to 10,000.

Not figures: years and days inside dates (the date annotator runs first, and
a number next to a month name is a day), ordinals ("22nd", "the second"),
numbers inside names ("Section 427", "Game 2", "FTSE 100", "5G", "COVID-19",
"the joy of Six"), model codes ("777-200LR"), ranks and rounds ("the top
three", "the last 16"), "No. 1", times ("11 a.m."), phone numbers, scores ("a
3-1 win", "won 6-2 3-6 6-3") and "one" used as a pronoun or article ("one of
the", "one big way", "no one"): "one" is a figure only with a qualifier ("at
least one"), a unit or currency ("one mile") or next to another number ("one
or two").

Modules: `scanner` (reads a sentence's candidates), `rules` (the ordered
table of exclusions and attachers), `exclusions` and `attachers` (one small
function per rule), `reading` (what a rule sees), `pairs` (a bare number
takes its neighbour's unit), `context` (the words around a number: units,
nouns, qualifiers, rates) and `ranges` (ranges, ratios, bounds).
"""

from __future__ import annotations

import dataclasses as dc
import itertools

from ...model import Article, Figure
from ..numbers import ASCII_LOWER, CANDIDATE_RE
from .context import AVIATION_RE, SPEED_UNITS, is_measure
from .pairs import (
    carry_scale,
    of_those,
    points_of_share,
    same_pounds,
    share_per_game,
    share_respectively,
    share_scale,
    share_units,
)
from .scanner import Decision, Scanner, SpanSet
from .targets import target_nouns

__all__ = ["Decision", "SpanSet", "annotate_figures", "explain_figures"]


def _figures(article: Article, trace: list[Decision] | None) -> list[Figure]:
    text = article.text
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lower-cases to two code points
        lowered = text.translate(ASCII_LOWER)
    candidates = [(m.start(), m.group()) for m in CANDIDATE_RE.finditer(lowered)]
    found: list[Figure] = []
    dates = SpanSet((d.span.start, d.span.end) for d in article.dates)
    i, n = 0, len(candidates)
    previous: list[Figure] = []
    # The counted nouns of the last three sentences' numbers (`same_number`).
    recent: list[list[tuple[float, str]]] = []
    # Whether each sentence gave a share after "on" (`attachers.share_on`).
    shares_on: list[bool] = []
    # The unit of the last wind speed given (`attachers.wind_speed`).
    wind_speed: str | None = None
    aviation = bool(AVIATION_RE.search(text))
    for sentence in article.sentences:
        base, stop = sentence.span.start, sentence.span.end
        while i < n and candidates[i][0] < base:
            i += 1
        j = i
        while j < n and candidates[j][0] < stop:
            j += 1
        if i == j:
            previous = []
            recent.append([])
            shares_on.append(False)
            continue
        mark = len(trace) if trace is not None else 0
        counted: dict[float, set[str]] = {}
        for value, head in itertools.chain.from_iterable(recent[-3:]):
            counted.setdefault(value, set()).add(head)
        scanner = Scanner(text[base:stop], base, dates, trace, counted)
        scanner.shares_on = any(shares_on[-3:])
        scanner.wind_speed = wind_speed
        scanner.aviation = aviation
        figures = scanner.run(candidates[i:j])
        ordered = sorted(figures, key=lambda f: f.span)
        fired: dict[int, str] | None = {} if trace is not None else None
        shared = share_units(share_scale(ordered, text, fired), text, fired)
        shared = share_respectively(carry_scale(shared, text, fired), text, fired)
        shared = of_those(shared, previous, text, base, fired)
        shared = same_pounds(shared, text, fired)
        shared = share_per_game(shared, text, fired)
        shared = points_of_share(shared, text, fired)
        previous = shared
        wind_speed = next(
            (f.unit for f in reversed(shared) if f.unit in SPEED_UNITS), wind_speed
        )
        recent.append(
            [
                (f.value, f.unit.split()[-1])
                for f in shared
                if f.high is None
                and f.unit
                and f.rate is None
                and not is_measure(f.unit)
            ]
        )
        shares_on.append(
            any(
                f.unit == "percent" and text.endswith("on ", 0, f.span.start)
                for f in shared
            )
        )
        if trace is not None and fired:
            _note_pairs(trace, mark, ordered, shared, fired)
        found.extend(shared)
        i = j
    return target_nouns(sorted(found, key=lambda f: f.span), text)


def _note_pairs(
    trace: list[Decision],
    mark: int,
    before: list[Figure],
    after: list[Figure],
    fired: dict[int, str],
) -> None:
    """Record the pair rules that changed a sentence's figures in its decisions."""
    changed = {id(before[i]): (after[i], name) for i, name in fired.items()}
    for k in range(mark, len(trace)):
        d = trace[k]
        if d.figure is not None and id(d.figure) in changed:
            figure, name = changed[id(d.figure)]
            trace[k] = dc.replace(
                d, figure=figure, attached=(*d.attached, name), unit_rule=name
            )


def annotate_figures(article: Article) -> list[Figure]:
    """Return every figure, skipping numbers that are part of dates."""
    return _figures(article, None)


def explain_figures(article: Article) -> list[Decision]:
    """What the rules decided about every candidate number of an article.

    The figures are those `annotate_figures` returns; this also says which
    exclusion ruled each other number out and which attachers made each
    figure, for `make eval`'s error report.
    """
    trace: list[Decision] = []
    _figures(article, trace)
    return trace
