"""Which figure rule decided each error on NewsQuant (`make eval`).

Every sentence is read with `explain_figures`, which says for each candidate
number the exclusion that ruled it out, or the attacher that gave the figure
its unit. Errors are sorted into three classes and counted by that rule:

- *wrong unit*: a figure with a gold quantity's value (both ends of a range)
  whose unit is not compatible; counted by the rule that gave the unit
  ("bare" when none did);
- *missed*: a gold quantity with no figure of its value; counted by the
  exclusion that ruled out a number of that value ("not read" when no
  candidate had it);
- *spurious*: a figure with no gold quantity of its value; counted by the
  rule that gave its unit ("bare" when none did).

Each gold quantity and each figure is used once: first the matches with a
compatible unit (as the F1 rows count them), then value-only pairs (wrong
unit), then the rest.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from annotated_news.annotators.figures import Decision, explain_figures
from annotated_news.model import Figure

from .figures import (
    Gold,
    annotate_text,
    figure_matches,
    newsquant_gold,
    newsquant_split,
    values_equal,
)
from .scoring import Row, by_rule, error_row

BARE = "bare"
NOT_READ = "not read"


def _assign(
    gold: Sequence[Gold], figures: Sequence[Figure], check_unit: bool
) -> dict[int, int]:
    """A maximum matching as gold index -> figure index."""
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j, f in enumerate(figures):
            if j in seen or not figure_matches(f, gold[i], check_unit):
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def classify_errors(
    gold: Sequence[Gold], decisions: Sequence[Decision]
) -> Counter[tuple[str, str]]:
    """(error class, rule) counts of one sentence (see the module docstring)."""
    made = [d for d in decisions if d.figure is not None]
    figures = [d.figure for d in made if d.figure is not None]
    out: Counter[tuple[str, str]] = Counter()
    right = _assign(gold, figures, check_unit=True)
    rest_g = [i for i in range(len(gold)) if i not in right]
    rest_f = [j for j in range(len(figures)) if j not in right.values()]
    by_value = _assign(
        [gold[i] for i in rest_g], [figures[j] for j in rest_f], check_unit=False
    )
    for fj in by_value.values():
        out["wrong unit", made[rest_f[fj]].unit_rule or BARE] += 1
    used_f = {rest_f[fj] for fj in by_value.values()}
    ruled_out = [d for d in decisions if d.figure is None and d.value is not None]
    for k, i in enumerate(rest_g):
        if k in by_value:
            continue
        g = gold[i]
        rule = next(
            (
                d.rule
                for d in ruled_out
                if d.value is not None and values_equal(d.value, g.low)
            ),
            NOT_READ,
        )
        out["missed", rule] += 1
    for j in rest_f:
        if j not in used_f:
            out["spurious", made[j].unit_rule or BARE] += 1
    return out


def rule_counts(items: Iterable[dict[str, object]]) -> Counter[tuple[str, str]]:
    """Error counts by class and rule over NewsQuant sentences."""
    total: Counter[tuple[str, str]] = Counter()
    for item in items:
        article = annotate_text(str(item["text"]))
        total.update(classify_errors(newsquant_gold(item), explain_figures(article)))
    return total


def describe(counts: Counter[tuple[str, str]]) -> str:
    """Counts as a table note: "wrong unit 12: noun-after 7, bare 5; missed …"."""
    return by_rule(counts, ("wrong unit", "missed", "spurious"))


def evaluate(corpora: Path) -> list[Row]:
    """One row per split: the NewsQuant errors, by class and deciding rule."""
    data = json.loads(
        (corpora / "newsquant" / "NewsQuant.json").read_text(encoding="utf-8")
    )
    out = []
    for split in ("test", "dev"):
        items = [d for i, d in enumerate(data) if newsquant_split(i) == split]
        counts = rule_counts(items)
        out.append(
            error_row(
                "figures",
                "newsquant errors by rule",
                split,
                sum(counts.values()),
                describe(counts)
                + " (tools/evaluate/figure_rules.py: the rule that gave the unit, "
                "or the exclusion that ruled the number out)",
            )
        )
    return out
