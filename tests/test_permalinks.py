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


def test_words_run_through_figures_and_notes_which_add_no_text(
    tmp_path: Path,
) -> None:
    # The page's text is the article's: a figure's label is generated
    # content and a note's marker has no text, so a fragment may cross them.
    assert (
        words_of_quote(
            tmp_path, ("Jackson said, “We will hire 5,000 more agents this year.”")
        )
        == "We will hire 5,000 more agents"
    )
    assert (
        words_of_quote(
            tmp_path,
            (
                "Jackson said, “Keeping President Trump’s promise is something we take "
                "seriously.”"
            ),
            notes=("President",),
        )
        == "Keeping President Trump’s promise is something"
    )
