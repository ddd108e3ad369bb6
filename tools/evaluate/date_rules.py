"""Which date rule decided each error on TempEval-3 (`make eval`).

Every expression the tagger finds carries the rule of `annotators/dates/rules.py`
that found it (`Temporal.rule`; "compose" for an amount and a date read as
one). Errors are matched as the TE3 rows score them (`dates.match_relaxed`)
and counted in three classes:

- *wrong value*: a matched pair whose values differ, by the rule that found
  the expression;
- *spurious*: an expression with no gold one overlapping it, by its rule;
- *missed*: a gold expression nothing overlaps, by its gold type (no rule
  fired on it).

The issue's classes show by rule name: weeks ("last week", "last
weekend": `relative`; "the week of May 19": `week-of`), clock times ("1600
GMT": `time`; "1600 GMT on Friday", "9 a.m. Tuesday": `time-on-day`),
weekdays (`weekday`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from annotated_news.annotators.dates import article_temporals

from .dates import TimemlDoc, as_article, match_relaxed, te3_docs, timeml_value
from .scoring import Row, by_rule, error_row

WRONG, SPURIOUS, MISSED = "wrong value", "spurious", "missed"


def rule_counts(docs: Iterable[TimemlDoc]) -> Counter[tuple[str, str]]:
    """(error class, rule or gold type) counts over TimeML documents."""
    out: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        found = article_temporals(as_article(doc.name, doc.text, doc.published))
        pairs = match_relaxed([g.span for g in doc.gold], [t.span for t in found])
        for i, k in pairs:
            if timeml_value(found[k], doc.published) != doc.gold[i].value:
                out[WRONG, found[k].rule or "?"] += 1
        matched_gold = {i for i, _ in pairs}
        matched_sys = {k for _, k in pairs}
        for k, t in enumerate(found):
            if k not in matched_sys:
                out[SPURIOUS, t.rule or "?"] += 1
        for i, g in enumerate(doc.gold):
            if i not in matched_gold:
                out[MISSED, g.type.lower() or "?"] += 1
    return out


def describe(counts: Counter[tuple[str, str]]) -> str:
    """Counts as a note: "wrong value 12: weekday 5, relative 3; spurious …"."""
    return by_rule(counts, (WRONG, SPURIOUS, MISSED), {MISSED: " (gold type)"})


def evaluate(corpora: Path) -> list[Row]:
    """One row per split: the TE3 errors, by class and the rule that decided them."""
    out = []
    for split, label in (
        ("test", "te3-platinum errors by rule"),
        ("train", "TBAQ-cleaned errors by rule"),
    ):
        counts = rule_counts(te3_docs(corpora, split))
        out.append(
            error_row(
                "dates",
                label,
                split,
                sum(counts.values()),
                describe(counts) + " (tools/evaluate/date_rules.py: the rule of "
                "annotators/dates/rules.py that found the expression)",
            )
        )
    return out
