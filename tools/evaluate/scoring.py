"""Scores and table rows shared by the evaluation suites."""

from __future__ import annotations

import dataclasses as dc
from collections import Counter
from collections.abc import Mapping, Sequence


@dc.dataclass(slots=True)
class Score:
    """Counts of a span-matching evaluation."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    value_correct: int = 0
    """Matched items whose value (normalised date, number, speaker) is right."""

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        """Share of matched items with the right value."""
        return self.value_correct / self.tp if self.tp else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.value_correct += other.value_correct


@dc.dataclass(frozen=True, slots=True)
class Row:
    """One line of the evaluation table."""

    annotator: str
    dataset: str
    split: str
    items: int
    precision: float | None
    recall: float | None
    f1: float | None
    value_accuracy: float | None
    articles_per_s: float | None
    note: str = ""
    target: str = ""
    """The issue's target for this row, for the reader of the table."""


def error_row(annotator: str, dataset: str, split: str, items: int, note: str) -> Row:
    """A row that counts errors by rule: only items and a note, no scores."""
    return Row(annotator, dataset, split, items, None, None, None, None, None, note)


def by_rule(
    counts: Counter[tuple[str, str]],
    kinds: Sequence[str],
    after: Mapping[str, str] | None = None,
) -> str:
    """Error counts as a note, "wrong unit 12: noun-after 7, bare 5; missed …".

    `counts` holds (kind, rule) pairs; `kinds` are listed in this order, each
    count followed by `after[kind]` when given (" (gold type)").
    """
    parts = []
    for kind in kinds:
        rules = Counter({rule: n for (k, rule), n in counts.items() if k == kind})
        listed = ", ".join(f"{rule} {n}" for rule, n in rules.most_common())
        extra = (after or {}).get(kind, "")
        parts.append(f"{kind} {sum(rules.values())}{extra}: {listed or 'none'}")
    return "; ".join(parts)


def fmt(x: float | None, digits: int = 3) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


COLUMNS = (
    "annotator",
    "dataset",
    "split",
    "items",
    "precision",
    "recall",
    "F1",
    "value acc.",
    "articles/s",
    "target",
    "note",
)


def markdown_table(rows: list[Row]) -> str:
    """The rows as a Markdown table."""
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for r in rows:
        cells = [
            r.annotator,
            r.dataset,
            r.split,
            str(r.items),
            fmt(r.precision),
            fmt(r.recall),
            fmt(r.f1),
            fmt(r.value_accuracy),
            fmt(r.articles_per_s, 0),
            r.target,
            r.note,
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
