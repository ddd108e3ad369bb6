"""Index results kept between builds (`indexes/kept.py`) are used only when exact.

Each test builds the indexes once with a store, changes the articles the way
an edit does, builds again with the same store and compares the echoes with
those of a build without one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from annotated_news.indexes import build_corpus, figures, kept, quotes
from annotated_news.indexes.kept import Kept
from annotated_news.model import Article, QuoteKind
from annotated_news.parse.article import disambiguate_slugs

from .corpus_cases import PER, Case, make_article
from .test_crosslinks import IND, NBC, NEAR_A, NEAR_B, PART_1, PART_2, quote_cases

# The quoting article, edited: its partial quote is other words.
QUOTING_EDITED = Case(
    f"Abigail Jackson told us: {PART_1} {PART_2} she added. Officials "
    "“have other work to do.” "
    "Operation At Large is underway. Another quote: “We never comment on plans,” "
    "Abigail Jackson said.",
    outlet="The Independent",
    names=[("Abigail Jackson", PER, "Abigail Jackson")],
    quotes=[("“have other work to do.”", "NBC News", QuoteKind.PARTIAL)],
)
# The article where the quoted words stand, edited: they no longer stand there.
SOURCE_EDITED = Case(
    "Abigail Jackson spoke. Officials say they were moved to other core national "
    "security missions, sources said.",
    outlet="NBC News",
    names=[("Abigail Jackson", PER, "Abigail Jackson")],
)


def plain(corpus_echoes: list[quotes.Echo]) -> list[tuple[Any, ...]]:
    return [
        (
            e.quote.article.seed,
            e.quote.anchor,
            e.quote.exact,
            e.source.article.seed,
            e.source.anchor,
            e.source.exact,
            e.source.sentence_anchor,
        )
        for e in corpus_echoes
    ]


def keyed(articles: list[Article], version: dict[str, int]) -> dict[str, str]:
    """Cache keys by seed: a new version of an article has a new key."""
    return {a.seed: f"key-{a.seed}-{version.get(a.seed, 0)}" for a in articles}


def the_same_seed(edited: Article, old: Article) -> Article:
    edited.seed, edited.slug = old.seed, old.slug
    return edited


def searches(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    searched: list[str] = []
    search = quotes._search

    def counting(corpus: Any, source: Article, offered: Any) -> Any:
        searched.append(source.seed)
        return search(corpus, source, offered)

    monkeypatch.setattr(quotes, "_search", counting)
    return searched


def articles_of(tmp: Path, *cases: Case) -> list[Article]:
    articles = [make_article(tmp, c) for c in cases]
    disambiguate_slugs(articles)
    return articles


def test_kept_echoes_are_the_echoes_and_are_not_searched_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = articles_of(tmp_path, *quote_cases())
    store = Kept(keyed(articles, {}))
    fresh = plain(build_corpus(articles).echoes)
    assert len(fresh) == 1
    assert plain(build_corpus(articles, kept=store).echoes) == fresh
    searched = searches(monkeypatch)
    store.used.clear()
    assert plain(build_corpus(articles, kept=store).echoes) == fresh
    assert searched == []  # every search was kept
    assert store.used == set(store.echoes)


def edited_echoes(
    tmp: Path, edit: Callable[[list[Article]], list[Article]]
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The echoes after an edit: with the last build's store, and without."""
    articles = articles_of(tmp, *quote_cases())
    store = Kept(keyed(articles, {}))
    build_corpus(articles, kept=store)
    now = edit(articles)
    changed = {a.seed: 1 for a in now if all(a is not old for old in articles)}
    store.keys = keyed(now, changed)
    with_store = plain(build_corpus(now, kept=store).echoes)
    return with_store, plain(build_corpus(now).echoes)


def quoting_edited(tmp: Path) -> Callable[[list[Article]], list[Article]]:
    def edit(articles: list[Article]) -> list[Article]:
        nbc, ind = articles
        return [nbc, the_same_seed(make_article(tmp, QUOTING_EDITED), ind)]

    return edit


def source_edited(tmp: Path) -> Callable[[list[Article]], list[Article]]:
    def edit(articles: list[Article]) -> list[Article]:
        nbc, ind = articles
        return [the_same_seed(make_article(tmp, SOURCE_EDITED), nbc), ind]

    return edit


def source_removed(tmp: Path) -> Callable[[list[Article]], list[Article]]:
    def edit(articles: list[Article]) -> list[Article]:
        return [articles[1]]

    return edit


def quoting_added(tmp: Path) -> Callable[[list[Article]], list[Article]]:
    def edit(articles: list[Article]) -> list[Article]:
        added = make_article(tmp, quote_cases()[1])
        both = [*articles, added]
        disambiguate_slugs(both)
        return both

    return edit


EDITS = {
    "the quoting article's quote changed": (quoting_edited, 0),
    "the words changed where they stood": (source_edited, 0),
    "the article where they stood removed": (source_removed, 0),
    "a second article quotes the words": (quoting_added, 2),
}


@pytest.mark.parametrize("edit,count", EDITS.values(), ids=EDITS.keys())
def test_an_edit_finds_the_echoes_a_fresh_search_finds(
    tmp_path: Path, edit: Callable[[Path], Any], count: int
) -> None:
    with_store, fresh = edited_echoes(tmp_path, edit(tmp_path))
    assert len(fresh) == count
    assert with_store == fresh


def test_a_store_keyed_without_the_related_articles_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check above fails when the key leaves out the related articles."""
    key = Kept.echo_key

    def own_key_only(self: Kept, article: Article, partners: list[Article]) -> Any:
        return key(self, article, [])

    monkeypatch.setattr(Kept, "echo_key", own_key_only)
    # The kept echo names a quote the edited article no longer has.
    with pytest.raises(RuntimeError, match="StopIteration"):
        edited_echoes(tmp_path, quoting_edited(tmp_path))


def test_the_store_is_saved_with_what_the_build_used_and_its_code(
    tmp_path: Path,
) -> None:
    articles = articles_of(tmp_path, *quote_cases())
    cache = tmp_path / "cache"
    store = kept.load(cache, keyed(articles, {}), "code 1")
    assert store.echoes == {}  # nothing kept yet
    build_corpus(articles, kept=store)
    store.echoes["not used"] = ()
    kept.save(cache, store)
    loaded = kept.load(cache, store.keys, "code 1")
    assert loaded.echoes == {k: v for k, v in store.echoes.items() if k != "not used"}
    assert loaded.pairs == store.pairs
    assert any(loaded.echoes.values())
    # Other code: nothing kept is used, and nothing would be found.
    other = kept.load(cache, store.keys, "code 2")
    assert other.echoes == {}
    assert other.pairs == {}
    source, partner = sorted(articles, key=lambda a: a.seed)
    assert other.echo_key(source, [partner]) != loaded.echo_key(source, [partner])
    # A damaged store is an empty one.
    (cache / kept.NAME).write_bytes(b"not a pickle")
    assert kept.load(cache, store.keys, "code 1").echoes == {}


def test_an_article_without_a_cache_key_is_searched_every_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = articles_of(tmp_path, *quote_cases())
    keys = keyed(articles, {})
    del keys[articles[1].seed]  # the quoting article: read without a cache
    store = Kept(keys)
    build_corpus(articles, kept=store)
    assert store.echoes == {}
    searched = searches(monkeypatch)
    assert len(build_corpus(articles, kept=store).echoes) == 1
    assert sorted(searched) == sorted(a.seed for a in articles)


# The figure ledger: comparisons of two related articles' figures


def groups(corpus_groups: list[figures.FigureGroup]) -> list[list[tuple[str, str]]]:
    return [[(p.article.seed, p.exact) for p, _ in g.places] for g in corpus_groups]


def comparisons(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    compared: list[tuple[str, str]] = []
    compare = figures._Comparer.__call__

    def counting(self: Any, a: str, b: str) -> Any:
        compared.append((a, b))
        return compare(self, a, b)

    monkeypatch.setattr(figures._Comparer, "__call__", counting)
    return compared


def test_kept_comparisons_make_the_same_ledger_and_are_not_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = articles_of(tmp_path, NBC, IND)
    store = Kept(keyed(articles, {}))
    fresh = groups(build_corpus(articles).figure_groups)
    assert len(fresh) == 5
    assert groups(build_corpus(articles, kept=store).figure_groups) == fresh
    assert len(store.pairs) == 1
    compared = comparisons(monkeypatch)
    assert groups(build_corpus(articles, kept=store).figure_groups) == fresh
    assert compared == []


def rare_no_more(
    tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[Any], list[Any]]:
    """The ledger after a name the two articles share stops being rare.

    As when other articles come to name it: here by lowering the bar, which
    the two articles and their cache keys know nothing of.
    """
    articles = articles_of(tmp, NEAR_A, NEAR_B)
    store = Kept(keyed(articles, {}))
    before = groups(build_corpus(articles, kept=store).figure_groups)
    monkeypatch.setattr(figures, "RARE_DF", 1)
    after = groups(build_corpus(articles, kept=store).figure_groups)
    fresh = groups(build_corpus(articles).figure_groups)
    assert before != fresh  # "20,000 National Guard troops" is near, not equal
    return after, fresh


def test_a_name_that_stops_being_rare_is_compared_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_store, fresh = rare_no_more(tmp_path, monkeypatch)
    assert with_store == fresh


def test_a_comparison_kept_without_the_names_it_read_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check above fails when the key leaves out what was read of the names."""
    key = Kept.pair_key

    def articles_only(self: Kept, a: Article, b: Article, *names: str) -> Any:
        return key(self, a, b, "", "")

    monkeypatch.setattr(Kept, "pair_key", articles_only)
    with_store, fresh = rare_no_more(tmp_path, monkeypatch)
    assert with_store != fresh


def test_an_edited_figure_is_compared_again(tmp_path: Path) -> None:
    articles = articles_of(tmp_path, NBC, IND)
    store = Kept(keyed(articles, {}))
    build_corpus(articles, kept=store)
    nbc, ind = articles
    figures_now = [
        ("12 percent", 12.0, u, q, r) if w == "10 percent" else (w, v, u, q, r)
        for w, v, u, q, r in IND.figures
    ]
    case = dataclasses.replace(
        IND, text=IND.text.replace("10 percent", "12 percent"), figures=figures_now
    )
    edited = the_same_seed(make_article(tmp_path, case), ind)
    now = [nbc, edited]
    store.keys = keyed(now, {edited.seed: 1})
    with_store = groups(build_corpus(now, kept=store).figure_groups)
    fresh = groups(build_corpus(now).figure_groups)
    assert with_store == fresh
    assert not any(exact == "10 percent" for g in fresh for _, exact in g)
