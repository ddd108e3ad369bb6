"""The rule each annotator says decided an annotation (`make eval`'s errors by rule).

The evaluation counts every error by the rule that made it; these tests
check that the annotators name the rules the issue's error classes need.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from annotated_news.annotators import ANNOTATORS
from annotated_news.annotators.dates import article_temporals
from annotated_news.annotators.entities import explain_entities
from annotated_news.annotators.figures import explain_figures
from annotated_news.annotators.quotes import explain_quotes
from annotated_news.model import Article, Span
from tools.evaluate.date_rules import rule_counts
from tools.evaluate.dates import GoldTimex, TimemlDoc, as_article


def before(article: Article, annotator: str) -> Article:
    """Run the annotators that come before `annotator`."""
    for name, annotate in ANNOTATORS:
        if name == annotator:
            break
        setattr(article, name, list(annotate(article)))
    return article


def test_each_date_says_the_rule_that_found_it() -> None:
    text = (
        "Arrests rose last week. The ceasefire began at 1600 GMT on Friday; "
        "talks resume at 2100 GMT. The court met Friday."
    )
    found = article_temporals(as_article("x", text, dt.date(2025, 6, 4)))
    assert [(text[t.span.start : t.span.end], t.rule) for t in found] == [
        ("last week", "relative"),
        ("1600 GMT on Friday", "time-on-day"),
        ("2100 GMT", "time"),
        ("Friday", "weekday"),
    ]


def test_date_errors_are_counted_by_rule() -> None:
    text = "The court met Friday and ruled last week."
    gold = [
        GoldTimex(Span(14, 20), "DATE", "2025-05-23"),  # wrong: the tagger says 05-30
        GoldTimex(Span(31, 40), "DATE", "2025-W22"),  # right
    ]
    doc = TimemlDoc("x.tml", dt.date(2025, 6, 4), text, gold)
    assert rule_counts([doc]) == {("wrong value", "weekday"): 1}


def test_each_quote_says_where_its_speaker_came_from(
    annotated: Callable[[str], Article],
) -> None:
    article = annotated(
        " date 2025-06-04 White House spokeswoman Abigail Jackson spoke. “We will "
        "win,” Jackson said. Crowds chanted “Lock her up, now” and “we want it "
        "now” outside."
    )
    rules = [(q.speaker, rule) for q, rule in explain_quotes(before(article, "quotes"))]
    assert rules == [
        ("Abigail Jackson", "after > entity"),
        ("crowds", "before > description"),
        ("crowds", "carries on"),
    ]


def test_each_name_says_the_rule_that_decided_it(
    annotated: Callable[[str], Article],
) -> None:
    article = annotated(
        " date 2025-06-04 Pope Gregory XVII, born Tomas Andrej Halvorsen, met "
        "Senator Grace Okafor. Hartwell’s term ends; Okafor left."
    )
    got = [
        (article.slice(m.span), rule)
        for m, rule in explain_entities(before(article, "entities"))
    ]
    assert got == [
        ("Gregory XVII", "title"),
        ("Tomas Andrej Halvorsen", "alias"),
        ("Grace Okafor", "title"),
        ("Hartwell", "used as a person"),
        ("Okafor", "surname of a full name"),
    ]


def test_each_figure_says_the_rule_that_gave_its_unit(
    annotated: Callable[[str], Article],
) -> None:
    article = before(
        annotated(
            " date 2025-06-04 Arrests rose 75% in May, while nearly 500 were freed."
        ),
        "figures",
    )
    made = {
        article.slice(d.number): (d.unit_rule, d.figure.unit)
        for d in explain_figures(article)
        if d.figure is not None
    }
    assert made == {"75": ("unit", "percent"), "500": (None, "")}
