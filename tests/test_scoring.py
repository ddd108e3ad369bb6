"""The evaluation scorer on hand-made counts."""

from __future__ import annotations

import pytest

from tools.evaluate.scoring import Row, Score, markdown_table


def test_precision_recall_f1() -> None:
    s = Score(tp=8, fp=2, fn=8, value_correct=6)
    assert s.precision == pytest.approx(0.8)
    assert s.recall == pytest.approx(0.5)
    assert s.f1 == pytest.approx(2 * 0.8 * 0.5 / 1.3)
    assert s.value_accuracy == pytest.approx(0.75)


def test_empty_score_is_zero_not_an_error() -> None:
    assert Score().f1 == 0.0 and Score().value_accuracy == 0.0


def test_scores_add_up() -> None:
    total = Score(1, 2, 3, 1)
    total.add(Score(4, 5, 6, 2))
    assert (total.tp, total.fp, total.fn, total.value_correct) == (5, 7, 9, 3)


def test_table_has_one_line_per_row() -> None:
    table = markdown_table(
        [Row("dates", "te3", "test", 10, 0.5, None, 0.25, 1.0, 12.0)]
    )
    assert table.splitlines()[2].startswith(
        "| dates | te3 | test | 10 | 0.500 | — | 0.250"
    )
