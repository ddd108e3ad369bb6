"""One vocabulary: number words, months, honorifics and titles are written once.

The word lists live in `annotated_news/annotators/vocabulary/`; no other
module may write a list of them of its own (that is how five honorific lists
came to disagree).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotated_news.annotators.gender import title_gender
from annotated_news.annotators.vocabulary.honorifics import (
    HONORIFIC_GENDER,
    HONORIFICS,
)
from annotated_news.annotators.vocabulary.months import MONTHS, month_pattern
from annotated_news.annotators.vocabulary.number_words import (
    DAY_ORDINALS,
    words_pattern,
)
from annotated_news.annotators.vocabulary.titles import TITLE_WORDS

ROOT = Path(__file__).resolve().parent.parent
VOCABULARY = ROOT / "annotated_news" / "annotators" / "vocabulary"
# Three or more words of one kind in a row, as a list or an alternation.
LISTS = {
    "month names": r"\b(?:january|jan)\b\W{1,6}\b(?:february|feb)\b\W{1,6}\b(?:march|mar)\b",
    "weekday names": r"\bmonday\W{1,6}tuesday\W{1,6}wednesday\b",
    "number words": r"\bone\W{1,6}two\W{1,6}three\W{1,6}four\b",
    "honorifics": r"\bmr\b\W{1,6}\b(?:mrs|ms)\b\W{1,6}\b(?:ms|mrs|dr)\b",
    # `vocabulary/verbs.py`: past forms written as a word list ("won lost
    # met"), as the dates and the site's surnames each once wrote them
    "past forms": r"\b(?:won|went|came) (?:lost|came|took) (?:met|took|gave)\b",
}


def sources() -> list[Path]:
    paths = [*(ROOT / "annotated_news").rglob("*.py"), *(ROOT / "tools").rglob("*.py")]
    return [p for p in paths if VOCABULARY not in p.parents]


@pytest.mark.parametrize("kind", LISTS)
def test_no_module_writes_its_own_list(kind: str) -> None:
    pattern = re.compile(LISTS[kind], re.IGNORECASE)
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sources()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line) and not line.lstrip().startswith("#")
    ]
    assert found == [], f"{kind} written outside vocabulary/: {found}"


def test_the_honorific_table_gives_gender_and_abbreviations() -> None:
    assert HONORIFICS[:3] == ("Mr", "Mrs", "Ms")
    assert HONORIFIC_GENDER["mrs"] == "f" and HONORIFIC_GENDER["mister"] == "m"
    assert "sen" in TITLE_WORDS and "st" not in TITLE_WORDS  # "St. Louis"
    assert title_gender("Ms.") == "f" and title_gender("spokesman") == "m"
    assert title_gender("Sen.") is None


def test_patterns_are_built_from_the_tables() -> None:
    months = re.compile(rf"(?:{month_pattern(dotted=True)})$")
    assert all(months.match(m.title()) for m in MONTHS)
    assert months.match("Sept.") and not months.match("may")
    assert DAY_ORDINALS["twenty-first"] == 21 and DAY_ORDINALS["thirty-first"] == 31
    assert words_pattern({"nineteen": 19, "nine": 9}) == "nine|nineteen"


def test_verb_tables_are_shared_not_copied() -> None:
    """The dates' tense cues, credits and the site's surname step read one table."""
    from annotated_news.annotators import credits
    from annotated_news.annotators.dates import tense
    from annotated_news.annotators.vocabulary import verbs
    from annotated_news.indexes import surnames

    assert tense.NOT_PAST_ED is verbs.NOT_PAST_ED
    assert verbs.IRREGULAR_PAST <= tense.PAST_WORDS
    assert verbs.IRREGULAR_PAST <= surnames.PAST_VERBS
    assert verbs.HAVE_FORMS <= surnames.AUXILIARIES & tense.AUXILIARIES
    assert credits.AUXILIARIES == verbs.BE_FORMS | verbs.HAVE_FORMS
    # the dates leave "could" out of a verb group's auxiliaries, the
    # surname step reads it as a verb after a subject
    assert "could" in surnames.AUXILIARIES and "could" not in tense.AUXILIARIES
