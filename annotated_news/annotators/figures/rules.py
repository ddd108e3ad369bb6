"""The rule table of figures: exclusions and attachers, in the order they run.

A number found in a sentence is read by trying each rule in turn. An
*exclusion* (`exclusions.py`) rules the number out: it is no figure, and
reading resumes where the rule says. An *attacher* (`attachers.py`) adds a
part to the figure: its unit or counted noun, a range's high end, a
qualifier, a rate. A number that passes every exclusion is a figure with
what the attachers gave it.

The order matters: an attacher may give a unit that later exclusions then
respect ("one mile" is a figure, "one big way" is not), and a rule may reuse
what an earlier one read. `make eval` reports, for each error on the labelled
sets, the rule that decided it (`tools/evaluate/figures.py`).
"""

from __future__ import annotations

import dataclasses as dc
from collections.abc import Callable

from . import attachers as at
from . import exclusions as ex
from .reading import Reading


@dc.dataclass(frozen=True, slots=True)
class Rule:
    """One named step of reading a number."""

    name: str
    excludes: bool
    """True for an exclusion (True rules the number out), False for an
    attacher (True means it attached something)."""
    apply: Callable[[Reading], bool]


def _exclude(name: str, apply: Callable[[Reading], bool]) -> Rule:
    return Rule(name, True, apply)


def _attach(name: str, apply: Callable[[Reading], bool]) -> Rule:
    return Rule(name, False, apply)


RULES: list[Rule] = [
    # The number and what is written right before it.
    _exclude("loose-hyphen-name", ex.loose_hyphen_name),
    _exclude("list-item", ex.list_item),
    _exclude("glued-left", ex.glued_left),
    _exclude("leading-zero", ex.leading_zero),
    _exclude("tie-break", ex.tie_break),
    _exclude("number-chain", ex.number_chain),
    _exclude("for-score", ex.for_score),
    _exclude("in-date-or-phone", ex.in_date_or_phone),
    _exclude("record-id", ex.record_id),
    _exclude("rank-or-day", ex.rank_or_day),
    _exclude("part-half", ex.part_half),
    _exclude("vague-count", ex.vague_count),
    _exclude("idiom", ex.idiom),
    # What is written right after it: a scale, a unit, a currency sign.
    _exclude("glued-after", ex.glued_after),
    _exclude("resolution-name", ex.resolution_name),
    _exclude("clock-hours", ex.clock_hours),
    _exclude("clock-time", ex.clock_time),
    _exclude("bare-clock-hour", ex.bare_clock_hour),
    _attach("unit", at.unit),
    _attach("fraction-of-unit", at.fraction_of_unit),
    _attach("point-singular", at.point_singular),
    _exclude("capitalised-unit-name", ex.capitalised_unit_name),
    _exclude("half-a-word", ex.half_a_word),
    _attach("period-ago", at.period_ago),
    _attach("period-unit-as-rate", at.period_unit_as_rate),
    _attach("fold", at.fold),
    _attach("factor-of", at.factor_of),
    _attach("quarter-periods", at.quarter_periods),
    _exclude("hyphen-name", ex.hyphen_name),
    _exclude("tenor-name", ex.tenor_name),
    # A bare number may still be part of a name or an ordinal.
    _exclude("ordinal", ex.ordinal),
    _exclude("name-or-label-before", ex.name_or_label_before),
    _exclude("one-of", ex.one_of),
    _exclude("capitalised-number-name", ex.capitalised_number_name),
    _exclude("title-after-the", ex.title_after_the),
    # Two numbers read as one figure.
    _attach("ratio", at.ratio_of_two),
    _attach("fraction-over", at.fraction_over),
    _attach("range", at.range_end),
    _exclude("score", ex.score),
    _exclude("range-in-date-or-phone", ex.range_in_date_or_phone),
    # The words around the figure.
    _attach("qualifier", at.qualifier),
    _attach("unit-before", at.unit_before),
    _attach("unit-on-scale", at.unit_on_scale),
    _attach("quake-magnitude", at.quake_magnitude),
    _attach("age-before", at.age_before),
    _exclude("year", ex.year),
    _exclude("hyphen-adjective", ex.hyphen_adjective),
    _exclude("time-epithet", ex.time_epithet),
    _attach("family-of", at.family_of),
    _attach("noun-after", at.noun_after),
    _attach("children-of-parent", at.children_of_parent),
    _attach("qualifier-after", at.qualifier_after),
    _attach("age-bound-after", at.age_bound_after),
    _attach("age-of-group", at.age_of_group),
    _attach("per", at.per),
    _attach("per-share-before", at.per_share_before),
    _attach("rate", at.rate),
    _attach("rate-per-base", at.rate_per_base),
    _attach("each", at.each),
    _attach("level-rate", at.level_rate),
    _attach("rate-adjective-of", at.rate_adjective_of),
    _attach("age-after-be", at.age_after_be),
    _attach("age-in-context", at.age_in_words_around),
    _attach("age-in-years", at.age_in_years),
    _attach("parallel-change", at.parallel_change),
    _attach("gapped-subject", at.gapped_subject),
    _attach("same-subject-level", at.same_subject_level),
    _attach("wind-speed", at.wind_speed),
    _attach("gapped-level", at.gapped_level),
    _attach("noun-before", at.noun_before_number),
    _attach("noun-or-before", at.noun_or_before),
    _exclude("name-after", ex.name_after),
    _exclude("road-number", ex.road_number),
    _exclude("emergency-number", ex.emergency_number),
    _exclude("model-number", ex.model_number),
    _exclude("aircraft-model", ex.aircraft_model),
    _exclude("rank", ex.rank),
    _exclude("world-ranking", ex.world_ranking),
    _attach("left-out-noun", at.left_out_noun),
    _attach("of-them", at.of_them),
    _attach("parallel-subject", at.parallel_subject),
    _attach("same-number", at.same_number),
    _attach("death-toll", at.death_toll),
    _attach("casualties", at.casualties),
    _attach("crowd-of", at.crowd_of),
    _attach("short-of-majority", at.short_of_majority),
    _attach("share-on", at.share_on),
    _exclude("lone-one-or-zero", ex.lone_one_or_zero),
    _attach("other-bound", at.other_bound_of),
]
