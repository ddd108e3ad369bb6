"""The date scorers (tools/evaluate/dates.py) on hand-made cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from annotated_news.annotators.dates import Temporal, TemporalKind
from annotated_news.model import DateMention, Precision, Span
from tools.evaluate import dates as D

from .conftest import require_corpus

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-06-04" functionInDocument="CREATION_TIME">June 4, 2025</TIMEX3></DCT>
<TEXT>
The chief executive resigned <TIMEX3 tid="t1" type="DATE" value="2025-05-30">Friday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3>.
She joined in <TIMEX3 tid="t3" type="DATE" value="2021">2021</TIMEX3> and the board met <TIMEX3 tid="t4" type="DATE" value="2025-W23">this week</TIMEX3> <EVENT eid="e1">again</EVENT>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def doc(tmp_path: Path) -> D.TimemlDoc:
    path = tmp_path / "case.tml"
    path.write_text(TIMEML, encoding="utf-8")
    return D.read_timeml(path)


def test_timeml_offsets_point_at_the_gold_words(doc: D.TimemlDoc) -> None:
    assert doc.published == dt.date(2025, 6, 4)
    assert [doc.text[g.span.start : g.span.end] for g in doc.gold] == [
        "Friday",
        "three years",
        "2021",
        "this week",
    ]
    assert [g.value for g in doc.gold] == ["2025-05-30", "P3Y", "2021", "2025-W23"]
    assert "again" in doc.text and "<EVENT" not in doc.text


def test_relaxed_matching_is_one_to_one_and_needs_overlap() -> None:
    gold = [Span(0, 5), Span(6, 10), Span(20, 25)]
    system = [Span(3, 8), Span(12, 15), Span(24, 30)]
    # The first system span overlaps two gold spans but pairs with the first only.
    assert D.match_relaxed(gold, system) == [(0, 0), (2, 2)]


def test_te3_scores_spans_and_values(doc: D.TimemlDoc) -> None:
    result = D.score_te3(iter([doc]))
    s = result.score
    # All four are found; the tagger's week is the ISO week of 4 June 2025.
    assert (s.tp, s.fp, s.fn) == (4, 0, 0)
    assert s.value_correct == 4
    assert result.value_f1 == pytest.approx(1.0)


def test_te3_value_f1_is_value_accuracy_times_relaxed_f1(doc: D.TimemlDoc) -> None:
    wrong = D.TimemlDoc(
        doc.name,
        doc.published,
        doc.text,
        [
            *doc.gold[:2],
            D.GoldTimex(doc.gold[2].span, "DATE", "2020"),
            D.GoldTimex(Span(0, 3), "DATE", "PRESENT_REF"),
        ],
    )
    result = D.score_te3(iter([wrong]))
    s = result.score
    assert (s.tp, s.fp, s.fn) == (3, 1, 1)
    assert s.value_correct == 2
    assert result.value_f1 == pytest.approx((2 / 3) * s.f1)
    assert any(e.startswith("missed") and "PRESENT_REF" in e for e in result.errors)
    assert any(e.startswith("value") and "2020" in e for e in result.errors)


def test_timeml_value_maps_halves_and_dayless_times_and_keeps_the_rest() -> None:
    published = dt.date(2013, 3, 22)
    half = Temporal(Span(0, 1), TemporalKind.DATE, "2024", "first half")
    mid = Temporal(Span(0, 1), TemporalKind.DATE, "2025-05", "mid")
    clock = Temporal(Span(0, 1), TemporalKind.TIME, "T20:00")
    assert D.timeml_value(half, published) == "2024-H1"
    assert D.timeml_value(mid, published) == "2025-05"
    assert D.timeml_value(clock, published) == "2013-03-22T20:00"


def _result(timex: str, **value: str) -> dict[str, object]:
    return {"Resolution": {"values": [{"timex": timex, **value}]}}


def test_gold_readings_take_the_granularity_of_the_timex() -> None:
    month = {
        "Resolution": {
            "values": [
                {"timex": "XXXX-05", "start": "2017-05-01", "end": "2017-06-01"},
                {"timex": "XXXX-05", "start": "2018-05-01", "end": "2018-06-01"},
            ]
        }
    }
    assert [r.value for r in D.gold_readings(month) or []] == ["2017-05", "2018-05"]
    assert (
        D.gold_readings(_result("2016-11-07", value="2016-11-07"))[0].value
        == "2016-11-07"
    )  # type: ignore[index]
    weekday = D.gold_readings(_result("XXXX-WXX-5", value="2016-11-04"))
    assert weekday is not None and weekday[0].value == "2016-11-04"
    # "after Feb" starts on 1 March; the period itself is February.
    after = _result("XXXX-02", Mod="after", start="2018-03-01")
    assert D.gold_readings(after)[0].value == "2018-02"  # type: ignore[index]
    mid = _result("XXXX-11", Mod="mid", start="2018-11-10", end="2018-11-21")
    assert D.gold_readings(mid) == [D.GoldReading("2018-11", "mid")]
    assert (
        D.gold_readings(_result("2018-W11", start="2018-03-12", end="2018-03-19"))
        is None
    )


def _date(value: str, modifier: str | None = None) -> DateMention:
    precision = {10: Precision.DAY, 7: Precision.MONTH, 4: Precision.YEAR}[len(value)]
    return DateMention(Span(0, 1), value, precision, modifier)


def test_claims_of_ranges_follow_the_recognizers_conventions() -> None:
    pair = D.claimed_reading([_date("2007"), _date("2008", "late")])
    assert pair == D.GoldReading("2007-01-01..2009-01-01", None)
    half = D.claimed_reading([_date("2019", "second half")])
    assert half == D.GoldReading("2019-07-01..2020-01-01", None)
    gold = D.GoldReading("2019-01-22..2019-04-25", None)
    assert D.matches(D.GoldReading("2019-01-22", None), gold)
    assert not D.matches(D.GoldReading("2018-01-22", None), gold)
    assert not D.matches(
        D.GoldReading("2019-01", "about"), D.GoldReading("2019-01", None)
    )


def test_recognizers_counts_cases_claims_and_right_ones() -> None:
    cases: list[dict[str, object]] = [
        {
            "Input": "I'll go back on Friday",
            "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
            "Results": [
                {
                    "Text": "friday",
                    "Start": 16,
                    "End": 21,
                    "TypeName": "datetimeV2.date",
                    "Resolution": {
                        "values": [
                            {
                                "timex": "XXXX-WXX-5",
                                "type": "date",
                                "value": "2016-11-04",
                            },
                            {
                                "timex": "XXXX-WXX-5",
                                "type": "date",
                                "value": "2016-11-11",
                            },
                        ]
                    },
                }
            ],
        },
        {
            "Input": "It was May 2010",
            "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
            "Results": [
                {
                    "Text": "may 2010",
                    "Start": 7,
                    "End": 14,
                    "TypeName": "datetimeV2.daterange",
                    "Resolution": {
                        "values": [
                            {
                                "timex": "2011-05",
                                "type": "daterange",
                                "start": "2011-05-01",
                                "end": "2011-06-01",
                            }
                        ]
                    },
                }
            ],
        },
        {
            "Input": "Book it for the ninth",
            "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
            "Results": [
                {
                    "Text": "the ninth",
                    "Start": 12,
                    "End": 20,
                    "TypeName": "datetimeV2.date",
                    "Resolution": {"values": [{"timex": "XXXX-XX-09", "type": "date"}]},
                }
            ],
        },
        {
            "Input": "It takes three hours",
            "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
            "Results": [
                {
                    "Text": "three hours",
                    "Start": 9,
                    "End": 19,
                    "TypeName": "datetimeV2.duration",
                    "Resolution": {"values": [{"timex": "PT3H", "type": "duration"}]},
                }
            ],
        },
    ]
    r = D.score_recognizers(cases)
    # The ninth has no calendar timex and the duration is not a date case;
    # Friday is claimed and right (either reading), May 2010 claimed and
    # wrong (the hand-made gold says 2011).
    assert (r.cases, r.claimed, r.right) == (2, 2, 1)
    assert len(r.errors) == 1 and "2011-05" in r.errors[0]


def _spec_result(text: str, at: int, timex: str, **v: str) -> dict[str, object]:
    return {
        "Text": text,
        "Start": at,
        "End": at + len(text) - 1,
        "TypeName": "datetimeV2.daterange" if "start" in v else "datetimeV2.date",
        "Resolution": {"values": [{"timex": timex, **v}]},
    }


def test_a_week_is_claimed_as_monday_to_monday_and_apart_against_a_day() -> None:
    week = DateMention(Span(0, 9), "2016-W45", Precision.WEEK)
    assert D.claimed_reading([week]) == D.GoldReading("2016-11-07..2016-11-14", None)
    weekend = DateMention(Span(0, 9), "2016-W45", Precision.WEEK, "weekend")
    assert D.claimed_reading([weekend]) == D.GoldReading("2016-11-12..2016-11-14", None)
    ref = {"ReferenceDateTime": "2016-11-14T00:00:00"}
    cases: list[dict[str, object]] = [
        {
            "Input": "I was out last week",
            "Context": ref,
            "Results": [
                _spec_result(
                    "last week",
                    10,
                    "(2016-11-07,2016-11-14,P1W)",
                    start="2016-11-07",
                    end="2016-11-14",
                )
            ],
        },
        {
            "Input": "I'll go back two weeks from now",
            "Context": ref,
            "Results": [
                _spec_result("two weeks from now", 13, "2016-11-28", value="2016-11-28")
            ],
        },
    ]
    r = D.score_recognizers(cases)
    # The week against its range is right; against a day it is not scored.
    assert (r.cases, r.claimed, r.right, r.weeks) == (2, 1, 1, 1)


def test_platinum_reads_with_the_gold_count_of_its_source() -> None:
    corpus = require_corpus(D.TE3)
    docs = list(D.te3_docs(corpus.parent, "test"))
    assert len(docs) == 20
    assert sum(len(d.gold) for d in docs) == 138  # as SOURCE.md counts them


def test_parser_specs_read_like_model_specs() -> None:
    case: dict[str, object] = {
        "Input": "I'll be out late this month",
        "Context": {"ReferenceDateTime": "2017-11-08T00:00:00"},
        "Results": [
            {
                "Text": "late this month",
                "Type": "daterange",
                "Start": 12,
                "Length": 15,
                "Value": {
                    "Timex": "2017-11",
                    "Mod": "end",
                    "FutureResolution": {
                        "startDate": "2017-11-16",
                        "endDate": "2017-12-01",
                    },
                    "PastResolution": {
                        "startDate": "2017-11-16",
                        "endDate": "2017-12-01",
                    },
                },
            }
        ],
    }
    result = D.from_parser_spec(case)["Results"][0]  # type: ignore[index]
    assert (result["TypeName"], result["Start"], result["End"]) == (
        "datetimeV2.daterange",
        12,
        26,
    )
    assert D.gold_readings(result) == [D.GoldReading("2017-11", "late")] * 2
    r = D.score_recognizers([D.from_parser_spec(case)])
    assert (r.cases, r.claimed, r.right) == (1, 1, 1)


def test_range_ends_are_written_the_recognizers_way() -> None:
    assert D._endpoint(_date("2007", "mid")) == "2007-07-02"
    assert D._endpoint(_date("2016-03", "mid")) == "2016-03-16"
    assert D._endpoint(_date("2016-12", "late")) == "2017-01-01"
    assert D._endpoint(_date("2016-09-05")) == "2016-09-05"
