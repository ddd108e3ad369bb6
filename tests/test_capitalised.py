"""The site's lone surnames read each article's words in the per-article stage.

`annotators/entities/capitalised.py` reads them once, the cache keeps them
with the article, and `indexes/surnames.py` finds the same mentions from
them as from the text: every case of `tests/cases/site_names.txt` gives the
same mentions either way.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from annotated_news import seeds
from annotated_news.annotators.entities.capitalised import (
    capitalised_of,
    capitalised_words,
)
from annotated_news.model import Article

from .conftest import case_params
from .test_site_surnames import show_site_mentions, site_of


def staged_site_of(tmp_path: Path, text: str) -> list[Article]:
    """Each seed of a case as a build reads it: through the stage and a pickle."""
    tmp_path.mkdir()
    articles = []
    for n, seed in enumerate(text.split("\n---\n"), 1):
        path = tmp_path / f"{n}.txt"
        path.write_text(seed.strip("\n") + "\n", encoding="utf-8")
        annotated = pickle.loads(pickle.dumps(seeds.annotate_seed(path)))
        article: Article = annotated.article
        article.slug = f"seed-{n}"
        articles.append(article)
    return articles


@pytest.mark.parametrize(("text", "expected"), case_params("site_names"))
def test_the_stage_s_words_give_the_mentions_the_text_gives(
    tmp_path: Path, text: str, expected: str
) -> None:
    staged = staged_site_of(tmp_path / "staged", text)
    assert all(a.capitalised is not None for a in staged)
    assert show_site_mentions(staged) == expected
    # The same seeds annotated without the stage: the words are read anew.
    plain = site_of(tmp_path, text)
    assert all(a.capitalised is None for a in plain)
    assert show_site_mentions(plain) == expected


WORDS = (
    " date 2025-05-02 Harbour news\n\n"
    "Ottoline Brackwater said the Pellmore Trust would pay. Pellmore’s board "
    "agreed, and Brackwater’s deputy Tamsin Vell spoke. Later, rain fell.\n"
)


def test_the_stage_keeps_the_capitalised_words_outside_the_article_s_names(
    tmp_path: Path,
) -> None:
    path = tmp_path / "words.txt"
    path.write_text(WORDS, encoding="utf-8")
    article = seeds.annotate_seed(path).article
    names = {w for m in article.entities for w in article.slice(m.span).split()}
    assert {"Ottoline", "Brackwater", "Tamsin", "Vell"} <= names
    words = article.capitalised
    assert words is not None
    assert words == capitalised_words(article)
    # Bare words ("Pellmore’s" -> "Pellmore" when no name holds it), and no
    # word of a name the article writes itself.
    assert "Later" in words and "Harbour" in words
    assert not set(words) & {"Ottoline", "Brackwater", "Tamsin", "Vell"}
    assert list(words) == sorted(set(words))
    assert not any(w.endswith(("’s", "'s")) for w in words)


def test_words_not_read_by_the_stage_are_read_anew_each_time(
    tmp_path: Path,
) -> None:
    path = tmp_path / "words.txt"
    path.write_text(WORDS, encoding="utf-8")
    article = seeds.annotate_seed(path).article
    article.capitalised = None
    before = capitalised_of(article)
    assert article.capitalised is None  # not kept: the names may change
    article.entities = []
    assert "Brackwater" in capitalised_of(article)
    assert "Brackwater" not in before
