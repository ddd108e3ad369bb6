"""The indexes' per-article parts: found beside the annotations, cached, joined.

`index_parts.py` finds what one article gives the name and quote indexes in
the per-article stage; the index stage joins them. Indexes built from the
parts must equal indexes built from the articles alone, in every count and
every order a page shows; the parts a build is given must be the ones it
uses; and the parts come back from the cache as they were found.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import annotated_news.indexes as indexes_package
from annotated_news import index_parts
from annotated_news.build import annotate_seeds
from annotated_news.config import SiteConfig
from annotated_news.indexes import Corpus, build_corpus
from annotated_news.indexes import entities as entities_module
from annotated_news.indexes import quotes as quotes_module
from annotated_news.indexes import surnames as surnames_module

from .corpus_cases import PER, Case, make_article
from .test_edit_reach import seeds_in


def view(corpus: Corpus) -> dict[str, Any]:
    """What the pages read of the name and quote indexes, orders kept."""
    return {
        "records": [
            (
                r.key,
                r.name,
                r.kind,
                r.reason,
                sorted(r.names),
                list(r.forms.items()),
                list(r.titles.items()),
                [a.slug for a in r.articles],
                sorted((s, sorted(n)) for s, n in r.spellings.items()),
                [(a.slug, m) for a, m in r.mentions],
                r.place,
            )
            for r in corpus.entities.records
        ],
        "by_article": {
            slug: [r.key for r in found]
            for slug, found in corpus.entities.by_article.items()
        },
        "first": corpus.entities.first,
        "site": corpus.site_mentions,
        "statements": [
            (
                s.anchor,
                [
                    (a.article.slug, [q.span for q in a.parts], a.speaker)
                    for a in s.appearances
                ],
            )
            for s in corpus.statements
        ],
        "echoes": [
            (e.quote.article.slug, e.quote.span, e.source.article.slug, e.source.anchor)
            for e in corpus.echoes
        ],
    }


SITE_NAMES = {
    "180_pier.txt": " date 2025-03-02 The pier will reopen\n"
    "Marta Velloso said the pier would reopen. Velloso added that it was safe.\n",
    "181_ferry.txt": " date 2025-03-03 The ferry timetable\n"
    "Velloso said the ferry timetable was under review.\n",
    "182_board.txt": " date 2025-03-04 The board met\n"
    "The board backed Velloso on Monday. The board backed Velloso again.\n",
}
"""Three seeds of one person that the site names in the third (`surnames.py`)."""


def seeds_here(tmp: Path) -> Path:
    seeds = seeds_in(tmp)
    for name, text in SITE_NAMES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return seeds


def read(seeds: Path) -> Any:
    return annotate_seeds(SiteConfig(seeds_dir=seeds))


def test_indexes_from_the_parts_equal_indexes_from_the_articles(
    tmp_path: Path,
) -> None:
    seeds = seeds_here(tmp_path)
    given = read(seeds)
    assert set(given.parts) == {a.seed for a in given.articles}
    with_parts = view(build_corpus(given.articles, given.ids, parts=given.parts))
    alone = read(seeds)
    without = view(build_corpus(alone.articles, alone.ids))
    assert with_parts == without
    assert with_parts["statements"] and with_parts["site"]  # the seeds hold both


def test_name_counts_are_the_mentions_counted_one_by_one(tmp_path: Path) -> None:
    """Forms, titles and articles of each name as its mentions give them, in order."""
    given = read(seeds_here(tmp_path))
    corpus = build_corpus(given.articles, given.ids, parts=given.parts)
    for r in corpus.entities.records:
        forms = Counter(a.slice(m.span) for a, m in r.mentions)
        titles = Counter(m.title for _, m in r.mentions if m.title)
        assert list(r.forms.items()) == list(forms.items()), r.name
        assert list(r.titles.items()) == list(titles.items()), r.name
        assert r.articles == list({a.slug: a for a, _ in r.mentions}.values())
    assert any(r.titles for r in corpus.entities.records)
    assert any(len(r.forms) > 1 for r in corpus.entities.records)


def test_the_parts_given_are_the_parts_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only an article the site added mentions to has its name parts found again."""
    found = read(seeds_here(tmp_path))
    calls: list[str] = []

    def counted(name: str, real: Any) -> Any:
        def call(article: Any) -> Any:
            calls.append(f"{name} {article.slug}")
            return real(article)

        return call

    for module in (entities_module, surnames_module, quotes_module):
        for name in ("name_parts", "quoted_words", "index_parts"):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, counted(name, getattr(module, name)))
    for name in ("name_parts", "index_parts"):
        monkeypatch.setattr(
            indexes_package, name, counted(name, getattr(indexes_package, name))
        )
    corpus = build_corpus(found.articles, found.ids, parts=found.parts)
    assert corpus.site_mentions
    assert sorted(calls) == sorted(f"name_parts {s}" for s in corpus.site_mentions)
    calls.clear()
    build_corpus(found.articles, found.ids)
    assert len([c for c in calls if c.startswith("index_parts")]) == len(found.articles)


def test_the_cache_gives_back_the_parts_as_found(tmp_path: Path) -> None:
    config = SiteConfig(seeds_dir=seeds_here(tmp_path), cache_dir=tmp_path / "cache")
    first = annotate_seeds(config)
    again = annotate_seeds(config)
    assert again.cached == len(again.articles) == len(first.articles)
    assert again.parts == first.parts
    for article in again.articles:
        assert again.parts[article.seed] == index_parts.index_parts(article)


def test_name_parts_keep_the_order_of_first_mention(tmp_path: Path) -> None:
    """Forms of two names of one article, first written in turn, stay in turn."""
    article = make_article(
        tmp_path,
        Case(
            "Ann Bell met Bell. Then Annie Bell spoke, and Ann Bell left.",
            names=[("Ann Bell", PER, "Ann Bell"), ("Annie Bell", PER, "Annie Bell")],
        ),
    )
    found = index_parts.name_parts(article)
    assert [(name, form, n) for _, name, form, n in found.forms] == [
        ("Ann Bell", "Ann Bell", 2),
        ("Annie Bell", "Annie Bell", 1),
    ]
