"""The rule table: pattern, resolver and trigger words of each rule.

Rules are compiled once, case-insensitively; resolvers check case where it
matters ("May" the month, "may" the verb). When two matches overlap, the
longer wins, and at equal length the rule listed first.
"""

from __future__ import annotations

import dataclasses as dc
import re
from collections.abc import Callable

from . import rules_calendar as rc
from . import rules_other as ro
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
    return Rule(name, re.compile(bounded, re.IGNORECASE), resolve,
                frozenset(triggers.split()))


RULES: list[Rule] = [
    _rule("month-day", rc.MONTH_DAY_RE, rc.month_day, "month"),
    _rule("day-month", rc.DAY_MONTH_RE, rc.month_day, "month"),
    _rule("ordinal-of-month", rc.ORDINAL_MONTH_RE, rc.ordinal_of_month, "month"),
    _rule("month-ordinal", rc.MONTH_ORDINAL_RE, rc.ordinal_of_month, "month"),
    _rule("ordinal-day-of", rc.ORDINAL_DAY_OF_RE, rc.ordinal_day_of, "unit"),
    _rule("numeric-date", rc.NUMERIC_DATE_RE, rc.numeric_date, "digit"),
    _rule("month-year", rc.MONTH_YEAR_RE, rc.month_year, "month"),
    _rule("time-on-day", ro.TIME_ON_DAY_RE, ro.time_on_day, "digit clock"),
    _rule("weekday-of-week", rc.WEEKDAY_OF_WEEK_RE, rc.weekday_of_week, "weekday"),
    _rule("nth-weekday", rc.NTH_WEEKDAY_RE, rc.nth_weekday_of, "weekday"),
    _rule("week-of", rc.WEEK_OF_RE, rc.week_of, "unit"),
    _rule("weekday", rc.WEEKDAY_RE, rc.weekday, "weekday"),
    _rule("deictic", rc.DEICTIC_RE, rc.deictic, "deictic"),
    _rule("part-of-today", rc.PART_OF_TODAY_RE, rc.part_of_today, "pod"),
    _rule("holiday", rc.HOLIDAY_RE, rc.holiday, "holiday weekday month unit"),
    _rule("quarter", rc.QUARTER_RE, rc.quarter, "unit"),
    _rule("period-code", rc.PERIOD_CODE_RE, rc.period_code, "code digit"),
    _rule("latest-quarter", rc.LATEST_QUARTER_RE, rc.latest_quarter, "unit"),
    _rule("half-of-year", rc.HALF_RE, rc.half_of_year, "unit"),
    _rule("part-of-year", rc.PART_OF_YEAR_RE, rc.part_of_year, "unit"),
    _rule("season", rc.SEASON_RE, rc.season, "season"),
    _rule("century", rc.CENTURY_RE, rc.century, "unit"),
    _rule("decade", rc.DECADE_RE, rc.decade, "digit decade"),
    _rule("year", rc.YEAR_RE, rc.year, "digit"),
    _rule("year-tail", rc.YEAR_TAIL_RE, rc.year_tail, "digit"),
    _rule("second-day", rc.SECOND_DAY_RE, rc.second_day, "month"),
    _rule("first-day", rc.FIRST_DAY_RE, rc.first_day, "digit"),
    _rule("year-month", rc.YEAR_MONTH_RE, rc.year_month, "digit"),
    _rule("spoken-year", rc.SPOKEN_YEAR_RE, rc.spoken_year, "spoken"),
    _rule("weekend", rc.WEEKEND_RE, rc.weekend, "unit"),
    _rule("part-of-period", rc.PART_OF_PERIOD_RE, rc.part_of_period, "unit"),
    _rule("next-part-of-day", rc.NEXT_PART_OF_DAY_RE, rc.next_part_of_day, "pod"),
    _rule("month", rc.MONTH_ALONE_RE, rc.month_alone, "month"),
    _rule("relative", rc.RELATIVE_RE, rc.relative_period, "unit"),
    _rule("same-period", rc.SAME_RE, rc.same_period, "unit pod"),
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
    return re.compile("|".join(f"({NAMED_GROUP_RE.sub('(?:', r.pattern.pattern)})"
                               for _, r in rules), re.IGNORECASE)


FILTERS = {group: _filter(rules) for group, rules in BY_TRIGGER.items()}
