"""The cheap tests that rule runs out before the names annotator's window patterns.

Each must never rule out a position where its pattern matches: checked at
every offset of every entities case and of sentences written for this test.
"""

from __future__ import annotations

from annotated_news.annotators import entities
from annotated_news.annotators.entities import (
    CREDIT_PART_BEFORE_RE,
    CREDIT_SLASH_BEFORE_RE,
    ORG_NOUN_BEFORE_RE,
    org_noun_before,
)

from .conftest import CASES, read_cases

WRITTEN = [
    "The logistics firm Quellmark said prices rose.",
    "a start-up called Brindle Labs and the think-tanks named\nOrvane",
    "Profits fell. Company Hollis Brothers closed its doors.",
    "x-think-tank Delmora, firm  Two, “Firms Vantor",
    "firm \nCaldera, agency\n Tarrow",
    "(Photo by Ines Varga/Getty Images)\nPhoto credit: Tolland Herald\n",
    "Image source: Norvik Press/Handout via Reuters",
    "John Moore/ Getty Images.\nKevin Dietsch /\nGetty Images file",
]


def _texts() -> list[str]:
    cases = [text for _, _, text, _ in read_cases(CASES / "entities.txt")]
    return cases + WRITTEN


def test_org_noun_before_is_the_pattern_at_every_offset() -> None:
    found = 0
    for text in _texts():
        for at in range(len(text) + 1):
            expected = ORG_NOUN_BEFORE_RE.search(text, max(0, at - 40), at) is not None
            assert org_noun_before(text, at) is expected, (text, at)
            found += expected
    assert found >= 8  # the written sentences match at least once each


def test_a_credit_pattern_never_matches_where_its_cheap_test_fails() -> None:
    parts = slashes = 0
    for text in _texts():
        for at in range(len(text) + 1):
            low = max(0, at - 60)
            if CREDIT_PART_BEFORE_RE.search(text, low, at):
                parts += 1
                assert text.find(": ", low, at) >= 0, (text, at)
            if CREDIT_SLASH_BEFORE_RE.search(text, low, at):
                slashes += 1
                assert text.find("/", max(low, at - 3), at) >= 0, (text, at)
    assert parts and slashes
    assert entities.CREDIT_LABEL.endswith(":[ ]")  # the ": " the first test looks for
