"""Quote groups, cues and entity titles on the two seeds (what the fixture
format of tests/cases does not show)."""

from __future__ import annotations

import pytest

from annotated_news.annotators import annotate
from annotated_news.model import Article, Kind, QuoteKind
from annotated_news.parse.article import parse_article
from annotated_news.reader import read_seed

from .conftest import SEEDS


@pytest.fixture(scope="module")
def nbc() -> Article:
    return annotate(parse_article(read_seed(SEEDS / "000_356ed7786aea7bd9.txt")))


@pytest.fixture(scope="module")
def independent() -> Article:
    return annotate(parse_article(read_seed(SEEDS / "003_0f36b1109f0a2ec0.txt")))


def quote_at(article: Article, opening: str) -> int:
    return next(
        i
        for i, q in enumerate(article.quotes)
        if article.slice(q.span).startswith(opening)
    )


def test_a_quote_split_by_its_attribution_is_one_group(nbc: Article) -> None:
    first = quote_at(nbc, "“Enforcing our immigration laws")
    second = quote_at(nbc, "“We’re holding all criminals")
    nested = quote_at(nbc, "‘Making America Safe Again.’")
    assert nbc.quotes[first].group == first
    assert nbc.quotes[second].group == first
    assert nbc.quotes[nested].group is None
    assert nbc.slice(nbc.quotes[first].cue) == "Jackson continued"  # type: ignore[arg-type]


def test_an_unnamed_source_keeps_its_group_and_has_no_entity_kind(nbc: Article) -> None:
    first = quote_at(nbc, "“Immigration status is now")
    second = quote_at(nbc, "“Is this person a documented")
    assert nbc.quotes[second].group == first
    assert nbc.quotes[first].speaker == "an assistant U.S. attorney"
    assert nbc.quotes[first].speaker_kind is None


def test_a_named_speaker_is_a_person_entity(independent: Article) -> None:
    added = independent.quotes[quote_at(independent, "“We are committed")]
    assert (added.speaker, added.speaker_kind) == ("Abigail Jackson", Kind.PERSON)
    assert independent.slice(added.cue) == "she added"  # type: ignore[arg-type]


def test_scare_quotes_have_no_speaker_and_no_cue(independent: Article) -> None:
    scare = [q for q in independent.quotes if q.quote_kind is QuoteKind.SCARE]
    assert {independent.slice(q.span) for q in scare} >= {"“tense”", "“harsh”"}
    assert all(q.speaker is None and q.cue is None for q in scare)


@pytest.mark.parametrize(
    ("seed", "name", "title"),
    [
        ("nbc", "Stephen Miller", "White House deputy chief of staff"),
        ("nbc", "Karoline Leavitt", "White House Press Secretary"),
        ("nbc", "Tricia McLaughlin", "Assistant Homeland Security Secretary"),
        ("independent", "Kristi Noem", "Homeland Security Secretary"),
        ("independent", "Abigail Jackson", "White House spokesperson"),
    ],
)
def test_titles_are_kept_apart_from_names(
    request: pytest.FixtureRequest, seed: str, name: str, title: str
) -> None:
    article: Article = request.getfixturevalue(seed)
    titles = {m.title for m in article.entities if m.canonical == name}
    assert title in titles
    assert all(
        m.canonical == article.slice(m.span)
        or m.canonical.endswith(article.slice(m.span))
        for m in article.entities
        if m.canonical == name
    )
