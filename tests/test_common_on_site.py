"""Which known surnames the site writes as a common word, found in one text.

`surnames._common_on_site` searches the articles' texts joined by line
breaks, once per word, where it used to ask `writes_word` of each article
in turn. Here both ways must agree: on texts made to put the word at a
text's very start and end, beside hyphens, apostrophes and letters, split
over two texts, and in as many articles as the threshold asks or one fewer.
"""

from __future__ import annotations

import dataclasses as dc
from typing import cast

from hypothesis import given, settings
from hypothesis import strategies as st

from annotated_news.annotators.entities.join import writes_word
from annotated_news.indexes.entities import KnownSurname
from annotated_news.indexes.surnames import COMMON_SHARE, _common_on_site
from annotated_news.model import Article


@dc.dataclass
class _Text:
    """What `_common_on_site` reads of an article."""

    text: str


def by_each_article(
    words: set[str], known: dict[str, KnownSurname], texts: list[str]
) -> set[str]:
    """The rule as said: enough articles that write the word in lower case."""
    return {
        word
        for word in words
        if sum(writes_word(t, word.lower()) for t in texts)
        >= max(1, known[word].articles // COMMON_SHARE)
    }


def common(
    words: set[str], known: dict[str, KnownSurname], texts: list[str]
) -> set[str]:
    return _common_on_site(words, known, cast(list[Article], [_Text(t) for t in texts]))


def test_a_word_at_the_ends_of_texts_counts_once_per_article() -> None:
    known = {"Early": KnownSurname("Rosalind Early", 8)}  # two articles needed
    texts = ["early", "The ferry came early", "Mr Early said so."]
    assert common({"Early"}, known, texts) == {"Early"}
    assert common({"Early"}, known, texts[1:]) == set()  # one article only


def test_a_word_inside_another_or_split_over_two_texts_is_not_written() -> None:
    known = {"Early": KnownSurname("Rosalind Early", 4)}  # one article is enough
    for texts in (
        ["nearly there", "earlyish", "pre-early", "it's o'early"],
        ["the dock is ear", "ly open"],
        ["Early", "EARLY"],
    ):
        assert common({"Early"}, known, texts) == set(), texts
    assert common({"Early"}, known, ["she left early-morning"]) == {"Early"}


def test_repeats_in_one_article_count_as_one() -> None:
    known = {"Early": KnownSurname("Rosalind Early", 12)}  # three articles
    texts = ["early, early and early again", "so early", "nothing here"]
    assert common({"Early"}, known, texts) == set()
    assert common({"Early"}, known, [*texts, "too early"]) == {"Early"}


PIECES = ["early", "Early", "-", "’", "'", "n", " ", "\n", ".", "ly", "ear"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(PIECES), max_size=8).map("".join),
        min_size=1,
        max_size=6,
    ),
    st.integers(min_value=1, max_value=24),
)
def test_joined_texts_agree_with_each_article_asked(
    texts: list[str], articles: int
) -> None:
    words = {"Early", "Ly", "Ear"}
    known = {w: KnownSurname(f"Pat {w}", articles) for w in words}
    assert common(words, known, texts) == by_each_article(words, known, texts)


def test_no_words_and_one_text() -> None:
    known = {"Ear": KnownSurname("Pat Ear", 1)}
    assert common(set(), known, ["ear"]) == set()
    assert common({"Ear"}, known, ["ear"]) == {"Ear"}
    # every split of one text into two agrees with the rule
    text = "an ear-ring, one ear"
    for cut in range(len(text) + 1):
        parts = [text[:cut], text[cut:]]
        assert common({"Ear"}, known, parts) == by_each_article({"Ear"}, known, parts)
