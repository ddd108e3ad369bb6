"""The date tagger's full output, calendar or not (tests/cases/temporals.txt)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from annotated_news.annotators.dates import article_temporals
from annotated_news.model import Article

from .conftest import case_params


def show_temporals(a: Article) -> str:
    return "\n".join(
        " | ".join([a.slice(t.span), t.kind.value, t.value]
                   + ([t.modifier] if t.modifier else []))
        for t in article_temporals(a)
    )


@pytest.mark.parametrize(("text", "expected"), case_params("temporals"))
def test_temporals(annotated: Callable[[str], Article], text: str, expected: str) -> None:
    assert show_temporals(annotated(text)) == expected


def test_site_dates_are_the_calendar_temporals(annotated: Callable[[str], Article]) -> None:
    a = annotated(" date 2025-06-04 Weeks later, last week, on May 21 and in 2022, "
                  "arrests rose daily.")
    assert [a.slice(d.span) for d in a.dates] == ["May 21", "2022"]
    assert {t.kind.value for t in article_temporals(a)} == {"duration", "date", "set"}
