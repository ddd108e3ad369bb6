"""The credit annotator on hand-written cases (tests/cases/credits.txt)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from annotated_news.annotators import annotate
from annotated_news.model import Article, SourceKind
from annotated_news.parse.article import parse_article
from annotated_news.reader import read_seed

from .conftest import SEEDS, case_params


def show_credits(a: Article) -> str:
    return "\n".join(
        " | ".join(
            [
                c.source_kind.value,
                a.slice(c.span),
                c.source,
                "-" if c.count is None else str(c.count),
            ]
        )
        for c in a.credits
    )


@pytest.mark.parametrize(("text", "expected"), case_params("credits"))
def test_credits(annotated: Callable[[str], Article], text: str, expected: str) -> None:
    assert show_credits(annotated(text)) == expected


def test_an_article_does_not_credit_its_own_outlet(
    make_seed: Callable[..., Path],
) -> None:
    path = make_seed(
        "own.txt",
        " date 2025-03-10 The mayor told The Boston Globe that the count was "
        "over. The count was late, The Boston Globe reported. "
        "It was later confirmed, according to Reuters.",
        "outlet: The Boston Globe\n",
    )
    article = annotate(parse_article(read_seed(path)))
    assert [(c.source, c.source_kind) for c in article.credits] == [
        ("Reuters", SourceKind.OUTLET)
    ]


def seed_credits(name: str) -> dict[SourceKind, set[str]]:
    article = annotate(parse_article(read_seed(SEEDS / name)))
    out: dict[SourceKind, set[str]] = {}
    for credit in article.credits:
        out.setdefault(credit.source_kind, set()).add(credit.source)
    return out


def test_the_seeds_credit_outlets_documents_data_and_anonymous_sources() -> None:
    independent = seed_credits("003_0f36b1109f0a2ec0.txt")
    assert independent[SourceKind.OUTLET] == {"Axios", "NBC News"}
    nbc = seed_credits("000_356ed7786aea7bd9.txt")
    assert SourceKind.OUTLET not in nbc  # its own reporting is no credit
    assert "FBI data" in nbc[SourceKind.DATA]
    assert {
        "an operation plan described to NBC News",
        "memos obtained by NBC News",
        "an undated draft implementation guide reviewed by NBC News",
    } <= nbc[SourceKind.DOCUMENT]
    assert {
        "two sources who spoke to attendees",
        "three additional law enforcement and military officials",
    } <= nbc[SourceKind.ANONYMOUS]


def test_a_credit_card_gives_the_resolved_source_and_its_story() -> None:
    from annotated_news.build import read_articles
    from annotated_news.config import SiteConfig
    from annotated_news.indexes import build_corpus
    from annotated_news.render.story_pages import credit_card

    articles, _ = read_articles(SiteConfig(seeds_dir=SEEDS))
    corpus = build_corpus(articles)
    independent = next(a for a in corpus.articles if a.meta.outlet == "The Independent")
    nbc = next(a for a in corpus.articles if a.meta.outlet == "NBC News")
    outlet = next(
        c for c in independent.credits if independent.slice(c.span) == "the outlet"
    )
    path = f"articles/{independent.slug}.md"
    card = credit_card(corpus, independent, outlet, path)
    assert (card.as_written, card.source, card.kind_label) == (
        "the outlet",
        "NBC News",
        "Outlet",
    )
    assert card.cue == "according to"
    assert card.source_link is not None and card.source_link.label == nbc.meta.title
    assert card.story is not None and card.story.href.startswith("../stories/")
    assert card.anchor.startswith("c-")
    anonymous = next(c for c in nbc.credits if c.count == 2)
    card = credit_card(corpus, nbc, anonymous, f"articles/{nbc.slug}.md")
    assert (card.kind_label, card.count) == ("Unnamed sources", 2)


def _credit_texts(tmp_path: Path) -> list[Article]:
    """Every credits case and every seed of the repository, annotated."""
    from .conftest import CASES, article_from_text, read_cases

    cases = [
        article_from_text(tmp_path, text, f"case{line}.txt")
        for line, _, text, _ in read_cases(CASES / "credits.txt")
    ]
    seeds = [
        annotate(parse_article(read_seed(path))) for path in sorted(SEEDS.glob("*.txt"))
    ]
    return cases + seeds


def test_every_cue_match_holds_one_of_its_rules_words(tmp_path: Path) -> None:
    # The words let a sentence without them skip the rule's scan: a match
    # without one of them would be a credit lost.
    from annotated_news.annotators.credits import RULES

    matched = set()
    for article in _credit_texts(tmp_path):
        for sentence in article.sentences:
            for rule in RULES:
                for m in rule.cue.finditer(article.slice(sentence.span)):
                    matched.add(rule.name)
                    assert any(word in m.group() for word in rule.words), (
                        rule.name,
                        m.group(),
                    )
    assert matched == {rule.name for rule in RULES}  # every rule was tried


def test_skipping_sentences_without_a_rules_words_loses_no_credit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses as dc

    from annotated_news.annotators import credits

    articles = _credit_texts(tmp_path)
    filtered = [credits.annotate_credits(a) for a in articles]
    every = [dc.replace(rule, words=()) for rule in credits.RULES]
    monkeypatch.setattr(credits, "RULES", every)
    assert [credits.annotate_credits(a) for a in articles] == filtered
    assert sum(map(len, filtered)) > 20
