"""The date tagger's full output, calendar or not (tests/cases/temporals.txt)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from annotated_news.annotators.dates import article_temporals
from annotated_news.model import Article

from .conftest import case_params


def show_temporals(a: Article) -> str:
    return "\n".join(
        " | ".join(
            [a.slice(t.span), t.kind.value, t.value]
            + ([t.modifier] if t.modifier else [])
        )
        for t in article_temporals(a)
    )


@pytest.mark.parametrize(("text", "expected"), case_params("temporals"))
def test_temporals(
    annotated: Callable[[str], Article], text: str, expected: str
) -> None:
    assert show_temporals(annotated(text)) == expected


def test_site_dates_are_the_calendar_temporals(
    annotated: Callable[[str], Article],
) -> None:
    a = annotated(
        " date 2025-06-04 Weeks later, last week, on May 21 and in 2022, "
        "arrests rose daily."
    )
    # "Weeks later" is a duration and "daily" a recurrence; a week is a date.
    assert [a.slice(d.span) for d in a.dates] == ["last week", "May 21", "2022"]
    assert {t.kind.value for t in article_temporals(a)} == {"duration", "date", "set"}


def test_each_group_filter_numbers_its_rules_in_order() -> None:
    # The tagger reads `lastindex` of a filter match as the first rule that can
    # apply: every rule must be exactly one numbered group, in BY_TRIGGER order.
    from annotated_news.annotators.dates.rules import BY_TRIGGER, FILTERS

    for group, rules in BY_TRIGGER.items():
        assert FILTERS[group].groups == len(rules), group


def test_skipping_unlikely_word_starts_loses_no_expression(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Rules are only tried at word starts listed in patterns.STARTERS; trying
    # every start must find exactly the same expressions on real news.
    from annotated_news.annotators.dates import tagger
    from tools.evaluate.dates import as_article, te3_docs

    from .conftest import require_corpus

    corpus = require_corpus("tempeval3-timeml")
    articles = [
        as_article(d.name, d.text, d.published)
        for d in te3_docs(corpus.parent, "train")
    ]
    filtered = [article_temporals(a) for a in articles]
    monkeypatch.setattr(tagger, "_may_start", lambda word: True)
    assert [article_temporals(a) for a in articles] == filtered
