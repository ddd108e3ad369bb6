"""Element ids come from content and survive edits elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from annotated_news.ids import assign_ids
from annotated_news.model import Article

from .conftest import SEEDS, article_from_text

JACKSON = ("White House spokesperson Abigail Jackson said, “Keeping President Trump’s "
           "promise to deport illegal aliens is something the Administration takes "
           "seriously.”")


def quote_ids(article: Article) -> list[str]:
    ids = assign_ids(article)
    return [ids[("quote", q.span)] for q in article.quotes]


def test_quote_id_is_speaker_and_opening_words(annotated: Callable[[str], Article]) -> None:
    a = annotated(" date 2025-06-04 " + JACKSON)
    assert quote_ids(a) == ["q-abigail-jackson-keeping-president-trumps-promise"]


def test_quote_id_survives_paragraphs_added_around_it(tmp_path: Path) -> None:
    before = article_from_text(tmp_path, " date 2025-06-04 " + JACKSON, "a.txt")
    after = article_from_text(tmp_path, (
        " date 2025-06-04 A new first paragraph with 5,000 agents.\n\n"
        + JACKSON + "\n\nA closing paragraph, said to be “new,” on Sunday."), "b.txt")
    assert quote_ids(before)[0] in quote_ids(after)


def test_twin_quotes_get_distinct_ids_and_the_first_keeps_the_short_one(
    annotated: Callable[[str], Article],
) -> None:
    a = annotated(" date 2025-06-04 " + JACKSON + "\n\n" + JACKSON.replace(
        "seriously", "very seriously"))
    ids = quote_ids(a)
    assert ids[0] == "q-abigail-jackson-keeping-president-trumps-promise"
    assert ids[1] != ids[0] and ids[1].startswith(ids[0])


def test_ids_are_unique_on_a_real_page(tmp_path: Path) -> None:
    text = (SEEDS / "000_356ed7786aea7bd9.txt").read_text(encoding="utf-8")
    ids = list(assign_ids(article_from_text(tmp_path, text)).values())
    assert len(ids) == len(set(ids))
    assert all(i.replace("-", "").isalnum() and i.islower() for i in ids)
