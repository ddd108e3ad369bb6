"""Figures internals: overlap lookups and the bounds that keep scanning linear."""

from __future__ import annotations

import time
from collections.abc import Callable

from annotated_news.annotators.figures import SpanSet
from annotated_news.annotators.numbers import MAX_NUMBER_CHARS, read_number
from annotated_news.model import Article
from annotated_news.render.article import format_value


def test_span_set_finds_any_overlap() -> None:
    spans = SpanSet([(10, 20), (0, 50), (60, 61)])
    assert spans.overlaps(30, 40)  # inside the long span only
    assert spans.overlaps(60, 61)
    assert not spans.overlaps(50, 60)
    assert not spans.overlaps(61, 70)
    assert not SpanSet([]).overlaps(0, 10)


def test_a_long_run_of_number_words_is_read_a_window_at_a_time() -> None:
    text = "seventy " * 100
    num = read_number(text, 0)
    assert num is not None and num.parsed.value == 70
    # A window cut inside "seventy" is not read as "seven".
    text = "one " * (MAX_NUMBER_CHARS // 4 - 1) + "seventy"
    num = read_number(text, len(text) - len("seventy"))
    assert num is not None and num.parsed.value == 70


def test_figures_stay_linear_on_a_paragraph_of_numbers_and_dates(
    annotated: Callable[[str], Article],
) -> None:
    # Each number once read the whole rest of its run and every date of its
    # sentence: quadratic, about a minute here; linear, about a second.
    body = (
        "one two three four five six seven " * 700
        + "on May 5 2019 they sold 5 cars " * 700
    )
    started = time.process_time()
    article = annotated(" date 2025-06-04 " + body)
    assert time.process_time() - started < 20
    assert len(article.figures) > 4000


def test_a_scaled_amount_is_whole_and_a_fraction_is_kept(
    annotated: Callable[[str], Article],
) -> None:
    # 4.1 x 1e9 in binary floats is 4,099,999,999.9999995; the exports and
    # the ledger show the value, so it is made whole. 1/3 stays as read.
    article = annotated(" date 2025-06-04 Profit was 4.1bn rupees, 4.1tn yen and 1/3.")
    values = [f.value for f in article.figures]
    assert values == [4_100_000_000.0, 4_100_000_000_000.0, 1 / 3]


def test_a_value_reads_as_people_write_it() -> None:
    """Labels and the ledger show "1/3", not "0.333333"; short decimals stay."""
    assert [format_value(v) for v in (21000, 1.5, 0.25, 1 / 3, 2 / 3, 4 / 3)] == [
        "21,000",
        "1.5",
        "0.25",
        "1/3",
        "2/3",
        "1 1/3",
    ]
    assert format_value(3.14159) == "3.14159"
