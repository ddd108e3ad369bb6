"""The figures benchmark's matcher and scorers on hand-made cases."""

from __future__ import annotations

import json

import pytest

from annotated_news.model import Figure, Span
from tools.evaluate import figures as ev
from tools.evaluate.scoring import Score

from .conftest import require_corpus


def fig(
    value: float, unit: str = "", rate: str | None = None, high: float | None = None
) -> Figure:
    return Figure(Span(0, 1), value, unit, None, rate, None, high)


@pytest.mark.parametrize(
    ("unit", "rate", "gold", "surface", "expected"),
    [
        ("percent", None, "percentage", "%", True),
        ("USD", None, "dollar", "$", True),
        ("USD", None, "australian dollar", "A$", False),
        ("AUD", None, "australian dollar", "Australian dollars", True),
        # CQE names a currency with its country; the site writes its code.
        ("BRL", None, "brazilian real", "R$", True),
        ("ZAR", None, "south african rand", "rand", True),
        ("USD", None, "united states dollar", "$ US", True),
        (
            "USD per barrel",
            None,
            "united states dollar per barrel",
            "$ US per barrel",
            True,
        ),
        (
            "USD per barrel",
            None,
            "australian dollar per barrel",
            "A$ per barrel",
            False,
        ),
        ("MXN", None, "argentine peso", "pesos", False),
        ("INR", None, "rupee", "rupees", True),
        ("pounds per square inch", None, "pound per square inch", "psi", True),
        ("days old", None, "day of age", "day-old", True),
        ("kilocalories", None, "kilocalorie", "kcal", True),
        ("", None, "-", "-", True),
        ("", None, "dollar", "$", False),
        ("people", None, "-", "-", False),
        ("National Guard troops", None, "troop", "troops", True),
        ("ICE agents", None, "migrant", "migrants", False),
        ("migrants", "day", "migrant per day", "migrants a day", True),
        ("migrants", None, "migrant per day", "migrants a day", False),
        ("miles", None, "square mile", "square miles", False),
        ("miles per hour", None, "mile per hour", "mph", True),
        ("kilometres per hour", None, "mile per hour", "mph", False),
        ("barrels", None, "barrel of oil", "barrels of oil", True),
        ("years old", None, "year of age", "year-old", True),
        ("years old", None, "age", "age", True),
        ("years", None, "year of age", "-", False),
        ("snaps", None, "snap man coverage", "snaps of man coverage", True),
        (
            "people",
            None,
            "people responsible creation rich league world football",
            "people",
            True,
        ),
        ("USD per barrel", None, "dollar per barrel", "US$ per barrel", True),
        ("USD", None, "dollar per barrel", "US$ per barrel", False),
        ("parts per billion", None, "parts-per-billion", "ppb", True),
        ("pence", None, "point", "p", True),
        ("pence", None, "point", "points", False),
        ("pence", None, "penny", "pence", True),
        (
            "USD per million British thermal unit",
            None,
            "dollar per mega british thermal unit",
            "US$ per mmBTU",
            True,
        ),
        # CQE's other name of a unit with "per" (CQE_ALSO), and a currency
        # named with its country's adjective (CQE_COUNTRY_ADJECTIVES)
        ("parts per million", None, "part per million", "ppm", True),
        ("parts per million", None, "part per billion", "ppb", False),
        ("SGD", None, "Singaporean dollar", "S$", True),
        ("USD", None, "Singaporean dollar", "S$", False),
    ],
)
def test_units_compatible(
    unit: str, rate: str | None, gold: str, surface: str, expected: bool
) -> None:
    assert ev.units_compatible(unit, rate, gold, surface) is expected


def test_values_equal_uses_a_relative_tolerance() -> None:
    assert ev.values_equal(1_200_000.0, 1_200_001.0)
    assert not ev.values_equal(1_200_000.0, 1_210_000.0)
    assert not ev.values_equal(0.3, 0.33)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("6.0", (6.0, None)),
        ("252.0-287.0", (252.0, 287.0)),
        ("3.0 - 4.0", (3.0, 4.0)),
        ("-5.0", (-5.0, None)),
        (12, (12.0, None)),
    ],
)
def test_parse_gold_value(
    value: str | float, expected: tuple[float, float | None]
) -> None:
    assert ev.parse_gold_value(value) == expected


def test_a_range_matches_only_a_range_with_both_ends() -> None:
    gold = ev.Gold(1.0, 1.5, "celsius", "degrees Celsius")
    assert ev.figure_matches(fig(1.0, "degrees Celsius", high=1.5), gold)
    assert not ev.figure_matches(fig(1.0, "degrees Celsius"), gold)
    assert not ev.figure_matches(fig(1.0, "degrees Celsius", high=2.0), gold)
    assert not ev.figure_matches(
        fig(1.0, "degrees Celsius", high=1.5), ev.Gold(1.0, None, "celsius")
    )


def test_a_bare_fraction_is_cqes_share_of_something() -> None:
    gold = ev.Gold(1 / 3, None, "% Britian population", "% Britian population")
    assert ev.figure_matches(fig(1 / 3), gold)
    assert not ev.figure_matches(fig(1 / 3, "people"), gold)
    assert not ev.figure_matches(fig(1 / 3), ev.Gold(1 / 3, None, "percentage", "%"))


def test_max_matching_beats_greedy() -> None:
    # Gold 0 may take figure 0 or 1, gold 1 only figure 0: a greedy pass that
    # gives figure 0 to gold 0 finds one pair, the best matching two.
    assert ev.max_matching([[0, 1], [0]], 2) == 2
    assert ev.max_matching([[0], [0]], 1) == 1
    assert ev.max_matching([[], []], 3) == 0


def test_each_gold_quantity_and_figure_count_once() -> None:
    gold = [ev.Gold(5.0, None, "percentage"), ev.Gold(5.0, None, "percentage")]
    score = ev.match_sentence(gold, [fig(5.0, "percent")])
    assert (score.tp, score.fp, score.fn) == (1, 0, 1)
    score = ev.match_sentence(gold[:1], [fig(5.0, "percent"), fig(5.0, "percent")])
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)


def test_value_only_matching_ignores_units() -> None:
    gold = [ev.Gold(40.0, None, "yard")]
    assert ev.match_sentence(gold, [fig(40.0, "")]).tp == 0
    assert ev.match_sentence(gold, [fig(40.0, "")], check_unit=False).tp == 1


def test_implicit_one_is_told_apart_without_spans() -> None:
    assert ev.implicit_one(ev.Gold(1.0, None, "solution"), "You have one solution.")
    assert not ev.implicit_one(ev.Gold(1.0, None, "solution"), "It has 1 solution.")
    assert not ev.implicit_one(ev.Gold(1.0, None, "percentage"), "One percent rose.")
    assert not ev.implicit_one(ev.Gold(2.0, None, "solution"), "one or two solutions")


@pytest.mark.parametrize(
    ("resolution", "expected"),
    [
        ({"value": "[10,15)"}, (10.0, 15.0)),
        ({"value": "(30,)"}, (30.0, None)),
        ({"value": "(,500]"}, (500.0, None)),
        ({"value": "[5000,5000]"}, (5000.0, None)),
        ({"value": "20%"}, (20.0, None)),
        ({"value": "1200000", "unit": "Dollar"}, (1_200_000.0, None)),
    ],
)
def test_recognizers_resolutions(
    resolution: dict[str, str], expected: tuple[float, float | None]
) -> None:
    gold = ev.recognizers_gold({"Text": "x", "Resolution": resolution})
    assert gold is not None and (gold.low, gold.high) == expected


def test_recognizers_results_without_a_value_are_skipped() -> None:
    assert (
        ev.recognizers_gold({"Text": "dollar", "Resolution": {"value": None}}) is None
    )
    assert ev.recognizers_gold({"Text": "x", "Resolution": {"value": "null"}}) is None


def test_value_accuracy_is_over_claimed_and_strict_over_all() -> None:
    text = "It cost $5 and twenty-one people came, said Section 427."
    suite = ev.SpanSuite()
    gold = [
        (8, 10, ev.Gold(5.0, None, text="$5")),
        (15, 25, ev.Gold(21.0, None, text="twenty-one")),
        (52, 55, ev.Gold(427.0, None, text="427")),
    ]
    ev.score_spans(text, gold, suite)
    assert (suite.digits.items, suite.digits.found, suite.digits.right) == (2, 1, 1)
    assert (suite.words.items, suite.words.right) == (1, 1)
    assert suite.digits.accuracy == pytest.approx(1.0)
    assert suite.digits.strict == pytest.approx(0.5)
    assert suite.digits.coverage == pytest.approx(0.5)
    assert suite.matched == suite.predicted == 2


@pytest.mark.parametrize(
    ("text", "gold", "rule"),
    [
        ("Let's try one last time", "one", "one"),
        ("There is zero chance.", "zero", "one"),
        ("At least one came.", "one", None),
        ("It took one or two days.", "one", None),
        ("It took two or one days.", "one", None),
        ("It is one mile away.", "one", None),
        ("He has one.", "one", "one"),
        ("My phone number is +1-222-2222/2222", "222", "digit groups"),
        ("Call 555-123-4567 now.", "4567", "digit groups"),
        ("Any time to meet on 5/17/2018?", "17", "digit groups"),
        ("It is 10-20 miles, 5-6 feet.", "20", None),
        ("We meet at 2 pm today.", "2", "time"),
        ("He said: 2 pm is 2 picometer", "2 pm", "time"),
        ("This grid has a size of 2.123 am.", "2.123 am", None),
        ("It rose in 1998 and fell after.", "1998", "date"),
        ("It weighs 1998 kg.", "1998", None),
        ("On May 26 it came.", "26", "date"),
        ("It came on 26 May.", "26", "date"),
        ("The id is 1234567890123456.", "1234567890123456", "record id"),
        ("The id is -123456789101231.", "-123456789101231", None),
    ],
)
def test_gold_outside_the_site_definition(
    text: str, gold: str, rule: str | None
) -> None:
    start = text.index(gold)
    assert ev.outside_definition(text, start, start + len(gold)) == rule


def test_gold_outside_the_definition_is_counted_not_scored() -> None:
    suite = ev.SpanSuite()
    text = "Let's try one last time with 5 apples."
    ev.score_spans(
        text,
        [
            (10, 13, ev.Gold(1.0, None, text="one")),
            (29, 30, ev.Gold(5.0, None, text="5")),
        ],
        suite,
    )
    assert (suite.words.items, suite.words.excluded["one"]) == (0, 1)
    assert (suite.digits.items, suite.digits.right) == (1, 1)


def test_a_wrong_value_on_a_found_quantity_is_wrong() -> None:
    suite = ev.SpanSuite()
    ev.score_spans(
        "About 30 people came.", [(6, 8, ev.Gold(31.0, None, text="30"))], suite
    )
    assert (suite.digits.found, suite.digits.right) == (1, 0)


def test_newsquant_split_keeps_the_head_and_every_fourth_for_dev() -> None:
    splits = [ev.newsquant_split(i) for i in range(590)]
    assert splits[:200] == ["dev"] * 200
    assert splits[200:204] == ["dev", "test", "test", "test"]
    assert splits.count("dev") == 298 and splits.count("test") == 292


def test_scores_add_across_sentences() -> None:
    total = Score()
    total.add(ev.match_sentence([ev.Gold(3.0, None, "-")], [fig(3.0)]))
    total.add(ev.match_sentence([ev.Gold(4.0, None, "-")], [fig(5.0)]))
    assert (total.tp, total.fp, total.fn) == (1, 1, 1)


def test_every_newsquant_value_parses() -> None:
    data = json.loads(
        (require_corpus("newsquant") / "NewsQuant.json").read_text(encoding="utf-8")
    )
    gold = [g for item in data for g in ev.newsquant_gold(item)]
    assert len(data) == 590 and len(gold) == 904
    assert sum(g.high is not None for g in gold) > 40  # ranges are read as ranges


def test_a_single_gold_value_is_right_as_an_end_of_a_range_figure() -> None:
    assert ev.value_right(fig(5.0, high=6.0), ev.Gold(6.0, None))
    assert ev.value_right(fig(5.0, high=6.0), ev.Gold(5.0, None))
    assert not ev.value_right(fig(5.0, high=6.0), ev.Gold(5.5, None))
    assert not ev.value_right(fig(5.0), ev.Gold(5.0, 6.0))


def test_the_error_report_names_the_rule_that_decided() -> None:
    from annotated_news.annotators.figures import explain_figures
    from tools.evaluate.figure_rules import classify_errors

    text = "Section 427 was read by 5 people and cost $20."
    decisions = explain_figures(ev.annotate_text(text))
    gold = [
        ev.Gold(427, None, "-"),  # ruled out as part of a name
        ev.Gold(5, None, "dollar"),  # found, with another unit
        ev.Gold(99, None, "-"),  # written nowhere
    ]
    counts = classify_errors(gold, decisions)
    assert counts == {
        ("missed", "name-or-label-before"): 1,
        ("wrong unit", "noun-after"): 1,
        ("missed", "not read"): 1,
        ("spurious", "unit"): 1,  # $20: no gold quantity of that value
    }


def test_every_figure_rule_has_its_own_name() -> None:
    from annotated_news.annotators.figures.rules import RULES

    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert {r.name for r in RULES if r.excludes} >= {"year", "score", "glued-after"}


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("-5", "sign"),
        ("1.1^23", "power"),
        ("2.5 × 10^6", "power"),
        ("3/4", "fraction"),
        ("1.2b", "scale letter"),
        ("10G", "scale letter G or T"),
        ("1.5 T", "scale letter G or T"),
        ("322 hundred", "scale word"),
        ("1,234,567", "grouped"),
        ("0.5", "decimal"),
        ("5 to 10", "range"),
        ("42", "plain"),
    ],
)
def test_notation_classes(written: str, kind: str) -> None:
    assert ev.notation(written) == kind


def test_digit_errors_are_counted_by_notation() -> None:
    suite = ev.SpanSuite()
    text = "It rose 2.5k and then 7 more."
    gold = [
        (8, 12, ev.Gold(2500.0, None, text="2.5k")),  # right: not an error
        (22, 23, ev.Gold(8.0, None, text="7")),  # read with another value
        (0, 2, ev.Gold(9.0, None, text="9")),  # a stretch no figure overlaps
    ]
    ev.score_spans(text, gold, suite)
    assert suite.errors == {("wrong", "plain"): 1, ("missed", "plain"): 1}


def test_value_errors_are_counted_by_the_convention_that_explains_them() -> None:
    from tools.evaluate.figure_rules import convention_errors

    text = (
        "Prices fell from $75 to $45 and one of the firms doubled its staff "
        "while dozens of vehicles and 7 boats were lost."
    )
    figures = ev.annotate_text(text).figures
    gold = [
        ev.Gold(75.0, 45.0, "dollar"),  # a range here: the site gives two figures
        ev.Gold(1.0, None, "firm"),  # a bare "one"
        ev.Gold(12.0, None, "vehicle"),  # "dozens" as 12: the site gives a range
        ev.Gold(9.0, None, "boat"),  # no figure of that value
    ]
    counts = convention_errors(gold, figures, text)
    assert counts == {
        "gold range, site two figures (from … to)": 3,
        "gold bare one": 1,
        "gold one number, site a range": 2,
        "missed, other": 1,
        "multiplier, no gold": 1,  # "doubled"
        "spurious, other": 1,  # "7 boats": no gold of value 7
    }


def test_conventions_read_the_gold_way_turn_their_errors_into_matches() -> None:
    from collections import Counter

    from tools.evaluate.figure_rules import gold_way

    conventions = Counter(
        {
            "gold range, site two figures (from … to)": 3,  # 1 fn + 2 fp -> 1 tp
            "gold bare one": 2,  # 2 fn -> 2 tp
            "gold one number, site a range": 2,  # 1 fn + 1 fp -> 1 tp
            "multiplier, no gold": 1,  # 1 fp dropped
            "value off by a power of ten": 2,  # no convention: stays
            "missed, other": 1,
        }
    )
    got = gold_way(tp=10, fp=6, fn=6, conventions=conventions)
    assert (got.tp, got.fp, got.fn) == (14, 2, 2)


def test_each_convention_class_is_read_the_gold_way_alone() -> None:
    from collections import Counter

    from tools.evaluate.figure_rules import gold_way, one_class_each

    conventions = Counter(
        {
            "gold range, site two figures (from … to)": 3,
            "gold range, site two figures (or)": 3,
            "gold bare one": 2,
            "multiplier, no gold": 1,
            "missed, other": 1,
        }
    )
    classes = dict(one_class_each(conventions))
    assert classes["two levels"] == {
        "gold range, site two figures (from … to)": 3,
        "gold range, site two figures (or)": 3,
    }
    assert classes["bare one"] == {"gold bare one": 2}
    assert classes["site range"] == {}
    alone = gold_way(tp=10, fp=6, fn=6, conventions=classes["two levels"])
    assert (alone.tp, alone.fp, alone.fn) == (12, 2, 4)


def test_a_value_off_by_a_power_of_ten_is_its_own_class() -> None:
    from tools.evaluate.figure_rules import convention_errors

    text = "The fine was $3 billion and 40 ships were held."
    figures = ev.annotate_text(text).figures
    gold = [
        ev.Gold(3e6, None, "dollar"),  # the gold's scale slip: a million
        ev.Gold(4.0, None, "ship"),  # a tenth of the figure's value
    ]
    assert convention_errors(gold, figures, text) == {"value off by a power of ten": 4}
    gold = [ev.Gold(3e9, None, "dollar"), ev.Gold(41.0, None, "ship")]
    assert convention_errors(gold, figures, text) == {
        "missed, other": 1,
        "spurious, other": 1,
    }


@pytest.mark.parametrize(
    ("text", "joiner"),
    [
        ("It took 3 or 4 years.", "or"),
        ("It took 3 and 4 years.", "and"),
        ("Sales rose from 3 in May to 4 in June.", "from … to"),
        ("Sales rose, 3 in May to 4 in June.", "to"),
        ("Sales were 3, then 4.", "other"),
    ],
)
def test_a_range_read_as_two_figures_names_its_joiner(text: str, joiner: str) -> None:
    from annotated_news.model import Figure, Span
    from tools.evaluate.figure_rules import range_joiner

    spans = [Span(text.index("3"), text.index("3") + 1)]
    spans.append(Span(text.index("4"), text.index("4") + 1))
    figures = [
        Figure(span=s, value=float(text[s.start]), unit="") for s in reversed(spans)
    ]
    assert range_joiner(text, figures, [0, 1]) == joiner


@pytest.mark.parametrize(
    ("unit", "gold", "kind"),
    [
        ("", False, "none"),
        ("percent", False, "percent"),
        ("USD per barrel", False, "currency per …"),
        ("kilometres", False, "measure"),
        ("field offices", False, "counted noun"),
        ("-", True, "none"),
        ("percentage", True, "percent"),
        ("united states dollar per barrel", True, "currency per …"),
        ("kilometre", True, "measure"),
        ("mile per gallon", True, "measure per …"),
        ("field office", True, "counted noun"),
    ],
)
def test_unit_kinds_of_the_site_and_of_the_gold(
    unit: str, gold: bool, kind: str
) -> None:
    from tools.evaluate.figure_rules import unit_kind

    assert unit_kind(unit, gold) == kind


def test_wrong_units_are_counted_by_kind() -> None:
    from tools.evaluate.figure_rules import unit_kind_counts

    item = {
        "text": "Arrests reached 3,000 in May, and 25 field offices cost $5.",
        "quantities": [
            {"value": 3000, "normalized_unit": "arrest", "unit": "arrests"},
            {"value": 25, "normalized_unit": "field office", "unit": "field offices"},
            {"value": 5, "normalized_unit": "euro", "unit": "€"},
        ],
    }
    counts = unit_kind_counts([item])
    assert counts == {"currency -> currency": 1}


def test_an_amount_in_parts_read_as_one_figure_is_its_own_class() -> None:
    from tools.evaluate.figure_rules import convention_errors, gold_way, written_parts

    text = "She won in 3 hours 12 minutes 8 seconds and 40 boats followed."
    figures = ev.annotate_text(text).figures
    assert [written_parts(text, f) for f in figures] == [[3.0, 12.0, 8.0], []]
    gold = [
        ev.Gold(3.0, None, "hour"),
        ev.Gold(12.0, None, "minute"),
        ev.Gold(8.0, None, "second"),
        ev.Gold(40.0, None, "boat"),
    ]
    counts = convention_errors(gold, figures, text)
    assert counts == {
        "gold parts of one amount, site one figure: gold parts": 3,
        "gold parts of one amount, site one figure: site figures": 1,
    }
    # read the gold's way: three parts matched, the one figure dropped
    got = gold_way(tp=1, fp=1, fn=3, conventions=counts)
    assert (got.tp, got.fp, got.fn) == (4, 0, 0)
    # a part the gold does not have leaves the class out
    counts = convention_errors(gold[:2] + gold[3:], figures, text)
    assert counts == {"missed, other": 2, "spurious, other": 1}


def test_a_site_range_is_scored_as_its_ends_where_the_gold_lists_both() -> None:
    text = "Rain reached between 8 and 10 inches in the valley."
    figures = ev.annotate_text(text).figures
    assert [(f.value, f.high) for f in figures] == [(8.0, 10.0)]
    ends = [ev.Gold(8.0, None, "inch"), ev.Gold(10.0, None, "inch")]
    got = ev.match_sentence(ends, figures)
    assert (got.tp, got.fp, got.fn) == (2, 0, 0)
    assert ev.split_range_ends(ends, figures)[1] == 1
    # the gold's own range of those ends: one match, nothing split
    whole = [ev.Gold(8.0, 10.0, "inch")]
    got = ev.match_sentence(whole, figures)
    assert (got.tp, got.fp, got.fn) == (1, 0, 0)
    assert ev.split_range_ends(whole, figures)[1] == 0
    # one end only in the gold: the range is a range, and both are errors
    got = ev.match_sentence(ends[:1], figures)
    assert (got.tp, got.fp, got.fn) == (0, 1, 1)
