"""The rule table: pattern, resolver and trigger words of each rule.

Rules are compiled once, case-insensitively; resolvers check case where it
matters ("May" the month, "may" the verb). When two matches overlap, the
longer wins, and at equal length the rule listed first.
"""

from __future__ import annotations

import dataclasses as dc
import re
from collections.abc import Callable

from . import rules_days as rd
from . import rules_other as ro
from . import rules_relative as rr
from . import rules_years as ry
from .context import Context, Found

Resolver = Callable[[re.Match[str], Context], Found | None]


@dc.dataclass(frozen=True, slots=True)
class Rule:
    """A compiled pattern, how to resolve its matches, and what wakes it."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    triggers: frozenset[str]
    """Groups of `patterns.TRIGGER_RE` near which the rule is tried."""

    @property
    def has_span(self) -> bool:
        """Whether the rule claims only its "span" group of what it matched."""
        return "span" in self.pattern.groupindex


def _rule(name: str, pattern: str, resolve: Resolver, triggers: str) -> Rule:
    # Every rule starts at a word boundary, unless it says itself what precedes.
    bounded = pattern if pattern.startswith("(?<") else rf"\b{pattern}"
    return Rule(
        name, re.compile(bounded, re.IGNORECASE), resolve, frozenset(triggers.split())
    )


RULES: list[Rule] = [
    _rule("event-day", rd.EVENT_DAY_RE, rd.event_day, "month digit"),
    _rule("month-day", rd.MONTH_DAY_RE, rd.month_day, "month"),
    _rule("day-month", rd.DAY_MONTH_RE, rd.month_day, "month"),
    _rule("nth-week-of-month", rd.NTH_WEEK_OF_MONTH_RE, rd.nth_week_of_month, "unit"),
    _rule("ordinal-of-month", rd.ORDINAL_MONTH_RE, rd.ordinal_of_month, "month"),
    _rule("month-ordinal", rd.MONTH_ORDINAL_RE, rd.ordinal_of_month, "month"),
    _rule("ordinal-day-of", rd.ORDINAL_DAY_OF_RE, rd.ordinal_day_of, "unit"),
    _rule("numeric-date", rd.NUMERIC_DATE_RE, rd.numeric_date, "digit"),
    _rule("month-year", rr.MONTH_YEAR_RE, rr.month_year, "month"),
    _rule("time-on-day", ro.TIME_ON_DAY_RE, ro.time_on_day, "digit clock"),
    _rule("weekday-of-week", rd.WEEKDAY_OF_WEEK_RE, rd.weekday_of_week, "weekday"),
    _rule("nth-weekday", rd.NTH_WEEKDAY_RE, rd.nth_weekday_of, "weekday"),
    _rule("week-of", rd.WEEK_OF_RE, rd.week_of, "unit"),
    _rule("weekday", rd.WEEKDAY_RE, rd.weekday, "weekday"),
    _rule("deictic", rd.DEICTIC_RE, rd.deictic, "deictic"),
    _rule("part-of-today", rd.PART_OF_TODAY_RE, rd.part_of_today, "pod"),
    _rule("holiday", rd.HOLIDAY_RE, rd.holiday, "holiday weekday month unit"),
    _rule("quarter", ry.QUARTER_RE, ry.quarter, "unit"),
    _rule("period-code", ry.PERIOD_CODE_RE, ry.period_code, "code digit"),
    _rule("latest-quarter", ry.LATEST_QUARTER_RE, ry.latest_quarter, "unit"),
    _rule("half-of-year", ry.HALF_RE, ry.half_of_year, "unit"),
    _rule("part-of-year", ry.PART_OF_YEAR_RE, ry.part_of_year, "unit"),
    _rule("season", rr.SEASON_RE, rr.season, "season"),
    _rule("century", ry.CENTURY_RE, ry.century, "unit"),
    _rule("decade", ry.DECADE_RE, ry.decade, "digit decade"),
    _rule("year", ry.YEAR_RE, ry.year, "digit"),
    _rule("year-tail", ry.YEAR_TAIL_RE, ry.year_tail, "digit"),
    _rule("second-day", rd.SECOND_DAY_RE, rd.second_day, "month"),
    _rule("first-day", rd.FIRST_DAY_RE, rd.first_day, "digit"),
    _rule("day-alone", rd.DAY_ALONE_RE, rd.day_alone, "digit"),
    _rule("year-month", ry.YEAR_MONTH_RE, ry.year_month, "digit"),
    _rule("spoken-year", ry.SPOKEN_YEAR_RE, ry.spoken_year, "spoken"),
    _rule("weekend", rr.WEEKEND_RE, rr.weekend, "unit"),
    _rule("part-of-period", rr.PART_OF_PERIOD_RE, rr.part_of_period, "unit"),
    _rule("next-part-of-day", rr.NEXT_PART_OF_DAY_RE, rr.next_part_of_day, "pod"),
    _rule("month", rr.MONTH_ALONE_RE, rr.month_alone, "month"),
    _rule("relative", rr.RELATIVE_RE, rr.relative_period, "unit"),
    _rule("before-last", rr.BEFORE_LAST_RE, rr.before_last, "unit"),
    _rule("in-the-period", rr.IN_THE_PERIOD_RE, rr.in_the_period, "unit"),
    _rule("same-period", rr.SAME_RE, rr.same_period, "unit pod"),
    _rule("before-after", rr.BEFORE_AFTER_RE, rr.before_after, "unit"),
    _rule("set-every", ro.SET_EVERY_RE, ro.set_every, "set"),
    _rule("set-rate", ro.SET_RATE_RE, ro.set_rate, "set unit"),
    _rule("duration", ro.DURATION_RE, ro.duration, "unit"),
    _rule("count-range", ro.COUNT_RANGE_RE, ro.count_range, "unit"),
    _rule("bare-units", ro.BARE_UNITS_RE, ro.bare_units, "unit"),
    _rule("set-adverb", ro.SET_ADVERB_RE, ro.set_adverb, "set"),
    _rule("reference", ro.REF_RE, ro.reference, "ref"),
    _rule("time", ro.BARE_TIME_RE, ro.bare_time, "digit clock"),
]

BY_TRIGGER: dict[str, list[tuple[int, Rule]]] = {}
for _order, _r in enumerate(RULES):
    for _trigger in _r.triggers:
        BY_TRIGGER.setdefault(_trigger, []).append((_order, _r))

NAMED_GROUP_RE = re.compile(r"\(\?P<\w+>")


def _filter(rules: list[tuple[int, Rule]]) -> re.Pattern[str]:
    """One pattern that matches where any of the rules does (inner names dropped).

    Most word starts near a trigger begin no date: one failed match of this
    pattern rules all of the group's rules out there at once. Each rule is a
    numbered group, so a match also tells the first rule that can apply:
    alternatives are tried in order, the ones before it cannot.
    """
    return re.compile(
        "|".join(f"({NAMED_GROUP_RE.sub('(?:', r.pattern.pattern)})" for _, r in rules),
        re.IGNORECASE,
    )


FILTERS = {group: _filter(rules) for group, rules in BY_TRIGGER.items()}
