"""Publication dates at the ends of the calendar (years 1 and 9999).

A relative expression whose date falls outside years 1 to 9999 ("tomorrow"
on 9999-12-31, "last year" in year 1) is left unresolved: the build goes on
and the words stay plain text, never an OverflowError.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from annotated_news.annotators.dates import article_temporals
from annotated_news.cli import main
from annotated_news.model import Article

RELATIVE = (
    "The council met yesterday and will meet again tomorrow, next week, next "
    "month and next year. Last year it met on Friday and last week on Monday, "
    "two years ago in May and in the coming decade. It was three days after "
    "Christmas and the day before yesterday, and it will be in 2 weeks, 5 years "
    "from now, next Friday, this weekend, last month, the day after tomorrow, "
    "in the next century and the next day."
)
ENDS = ["0001-01-01", "0001-01-02", "0001-12-31", "9999-01-01", "9999-12-30",
        "9999-12-31"]  # fmt: skip
YEAR_RE = re.compile(r"^(\d+)")


def dated(annotated: Callable[[str], Article], date: str) -> Article:
    return annotated(f" date {date} Council meets\n{RELATIVE}\n")


@pytest.mark.parametrize("date", ENDS)
def test_every_value_is_a_year_of_the_calendar(
    annotated: Callable[[str], Article], date: str
) -> None:
    article = dated(annotated, date)
    assert article.dates  # the dates that do fit are still found
    for temporal in article_temporals(article):
        year = YEAR_RE.match(temporal.value)
        if year and len(year.group(1)) == 4:
            assert 1 <= int(year.group(1)) <= 9999, temporal


def test_tomorrow_on_the_last_day_is_left_unresolved(
    annotated: Callable[[str], Article],
) -> None:
    article = annotated(" date 9999-12-31 Council meets\nIt met yesterday and "
                        "meets again tomorrow.\n")  # fmt: skip
    words = {article.slice(d.span): d.value for d in article.dates}
    assert words == {"yesterday": "9999-12-30"}


def test_last_year_in_year_one_is_left_unresolved(
    annotated: Callable[[str], Article],
) -> None:
    article = annotated(" date 0001-06-01 Council meets\nIt met last year and "
                        "meets again next year.\n")  # fmt: skip
    words = {article.slice(d.span): d.value for d in article.dates}
    assert words == {"next year": "0002"}


def test_the_site_builds_at_both_ends(
    make_seed: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for date in ENDS:
        make_seed(f"{date}.txt", f" date {date} Council meets\n{RELATIVE}\n")
    docs = tmp_path / "docs"
    status = main(["--seeds", str(tmp_path / "seeds"), "--docs", str(docs), "-j1"])
    out = capsys.readouterr()
    assert status == 0, out.err
    assert "Traceback" not in out.err
    assert len(list((docs / "articles").glob("*.md"))) == len(ENDS)


ALONE = {
    "the last day": " date 9999-12-31 Council meets\nThe council met.\n",
    "the first day": " date 0001-01-01 Council meets\nThe council met.\n",
    "the last week": " date 9999-12-31 Council meets\nIt met this week.\n",
    "the last month": " date 9999-12-15 Council meets\nIt met this month.\n",
    "the last year": " date 9999-06-01 Council meets\nIt met this year.\n",
}


@pytest.mark.parametrize("text", ALONE.values(), ids=ALONE.keys())
def test_one_article_at_an_end_of_the_calendar_builds(
    make_seed: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
) -> None:
    """Alone, a date whose last day is 9999-12-31 is the timeline's end: its
    drawing (each date drawn to the day after its last) cannot be made and is
    left out; the timeline's list and exports still give every date."""
    make_seed("a.txt", text)
    docs = tmp_path / "docs"
    status = main(["--seeds", str(tmp_path / "seeds"), "--docs", str(docs), "-j1"])
    err = capsys.readouterr().err
    assert status == 0 and "Traceback" not in err, err
    assert (docs / "timeline.md").read_text(encoding="utf-8").count("Council") >= 1
