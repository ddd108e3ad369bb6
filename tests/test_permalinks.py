"""The words a copied quote link carries as a text fragment."""

from __future__ import annotations

from pathlib import Path

from annotated_news.model import Note, Span
from annotated_news.render.article import fragment_words

from .conftest import article_from_text


def words_of_quote(tmp_path: Path, text: str, notes: tuple[str, ...] = ()) -> str:
    article = article_from_text(tmp_path, " date 2025-06-04 " + text)
    for exact in notes:
        start = article.text.index(exact)
        article.notes.append(
            Note(exact=exact, body="x", span=Span(start, start + len(exact)))
        )
    [quote] = [q for q in article.quotes if q.speaker]
    return fragment_words(article, quote.span)


def test_opening_words_whole_words_without_quotation_marks(tmp_path: Path) -> None:
    assert (
        words_of_quote(
            tmp_path,
            (
                "White House spokesperson Abigail Jackson said, “Keeping President "
                "Trump’s promise to deport illegal aliens is something we take "
                "seriously.”"
            ),
        )
        == "Keeping President Trump’s promise to deport"
    )


def test_words_stop_before_a_figure_whose_label_the_page_inserts(
    tmp_path: Path,
) -> None:
    assert (
        words_of_quote(
            tmp_path, ("Jackson said, “We will hire 5,000 more agents this year.”")
        )
        == "We will hire"
    )


def test_words_stop_after_a_noted_word_and_its_marker(tmp_path: Path) -> None:
    assert (
        words_of_quote(
            tmp_path,
            (
                "Jackson said, “Keeping President Trump’s promise is something we take "
                "seriously.”"
            ),
            notes=("President",),
        )
        == "Keeping President"
    )
