"""Element ids come from content and survive edits elsewhere."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from annotated_news.build import build, read_articles
from annotated_news.config import SiteConfig
from annotated_news.ids import assign_ids
from annotated_news.indexes import build_corpus
from annotated_news.model import Article

from .conftest import SEEDS, article_from_text

JACKSON = (
    "White House spokesperson Abigail Jackson said, “Keeping President Trump’s "
    "promise to deport illegal aliens is something the Administration takes "
    "seriously.”"
)


def quote_ids(article: Article) -> list[str]:
    ids = assign_ids(article)
    return [ids[("quote", q.span)] for q in article.quotes]


def test_quote_id_is_speaker_and_opening_words(
    annotated: Callable[[str], Article],
) -> None:
    a = annotated(" date 2025-06-04 " + JACKSON)
    assert quote_ids(a) == ["q-abigail-jackson-keeping-president-trumps-promise"]


def test_quote_id_survives_paragraphs_added_around_it(tmp_path: Path) -> None:
    before = article_from_text(tmp_path, " date 2025-06-04 " + JACKSON, "a.txt")
    after = article_from_text(
        tmp_path,
        (
            " date 2025-06-04 A new first paragraph with 5,000 agents.\n\n"
            + JACKSON
            + "\n\nA closing paragraph, said to be “new,” on Sunday."
        ),
        "b.txt",
    )
    assert quote_ids(before)[0] in quote_ids(after)


def test_twin_quotes_get_distinct_ids_and_the_first_keeps_the_short_one(
    annotated: Callable[[str], Article],
) -> None:
    a = annotated(
        " date 2025-06-04 "
        + JACKSON
        + "\n\n"
        + JACKSON.replace("seriously", "very seriously")
    )
    ids = quote_ids(a)
    assert ids[0] == "q-abigail-jackson-keeping-president-trumps-promise"
    assert ids[1] != ids[0] and ids[1].startswith(ids[0])


def test_ids_are_unique_on_a_real_page(tmp_path: Path) -> None:
    text = (SEEDS / "000_356ed7786aea7bd9.txt").read_text(encoding="utf-8")
    ids = list(assign_ids(article_from_text(tmp_path, text)).values())
    assert len(ids) == len(set(ids))
    assert all(i.replace("-", "").isalnum() and i.islower() for i in ids)


# Stability across edits, corpora, seed names and rebuilds -----------------

NBC = SEEDS / "000_356ed7786aea7bd9.txt"
INDEPENDENT = SEEDS / "003_0f36b1109f0a2ec0.txt"


def ids_by_quote_text(article: Article) -> dict[str, tuple[str | None, str]]:
    """Quote text -> (speaker, id); the quotes of the real seeds all differ."""
    ids = assign_ids(article)
    return {
        article.slice(q.span): (q.speaker, ids[("quote", q.span)])
        for q in article.quotes
    }


def paragraphs(path: Path) -> tuple[str, list[str]]:
    header, _, rest = path.read_text(encoding="utf-8").partition("\n")
    return header, rest.split("\n")


def test_quote_ids_survive_removing_any_paragraph(tmp_path: Path) -> None:
    header, lines = paragraphs(NBC)
    full = ids_by_quote_text(
        article_from_text(tmp_path, NBC.read_text(encoding="utf-8"))
    )
    assert len(full) >= 10
    checked = reattributed = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        text = "\n".join([header, *lines[:i], *lines[i + 1 :]])
        shorter = ids_by_quote_text(article_from_text(tmp_path, text, f"r{i}.txt"))
        for quote, (speaker, anchor) in shorter.items():
            if speaker != full[quote][0]:
                # The removed paragraph named the speaker ("the draft said"):
                # the quote is attributed anew, and its id follows its speaker.
                reattributed += 1
                continue
            assert full[quote][1] == anchor, (i, quote)
            checked += 1
    assert checked > 300 and reattributed <= 2


def test_quote_ids_survive_adding_a_paragraph_anywhere(tmp_path: Path) -> None:
    header, lines = paragraphs(NBC)
    full = ids_by_quote_text(
        article_from_text(tmp_path, NBC.read_text(encoding="utf-8"))
    )
    new = (
        "A new paragraph says 5,000 agents met on Sunday, and a spokesperson "
        "said, “This is a new quote that was not there before.”"
    )
    for i in range(0, len(lines) + 1, 3):
        text = "\n".join([header, *lines[:i], new, *lines[i:]])
        longer = ids_by_quote_text(article_from_text(tmp_path, text, f"a{i}.txt"))
        for quote, anchor in full.items():
            assert longer[quote] == anchor, (i, quote)


def corpus_quote_ids(seeds: Path) -> dict[str, dict[str, str]]:
    """Article slug -> quote text -> id, through the build's own reading."""
    articles, _ = read_articles(
        SiteConfig(seeds_dir=seeds, docs_dir=seeds.parent / "d")
    )
    corpus = build_corpus(articles)
    return {
        a.slug: {a.slice(q.span): corpus.anchor(a, "quote", q.span) for q in a.quotes}
        for a in corpus.articles
    }


def test_quote_ids_survive_other_articles_renamed_and_reordered_seeds(
    tmp_path: Path,
) -> None:
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(NBC, one / NBC.name)
    shutil.copy(NBC.with_suffix(".yml"), one / NBC.with_suffix(".yml").name)
    alone = corpus_quote_ids(one)
    both = tmp_path / "both"  # another article added, both seeds renamed so
    both.mkdir()  # that they are listed in the other order
    for source, name in ((NBC, "zz-nbc"), (INDEPENDENT, "aa-independent")):
        shutil.copy(source, both / f"{name}.txt")
        shutil.copy(source.with_suffix(".yml"), both / f"{name}.yml")
    together = corpus_quote_ids(both)
    [slug] = alone
    assert together[slug] == alone[slug]
    assert together == corpus_quote_ids(SEEDS)  # same as under their real names


def test_a_rebuild_gives_the_same_ids_and_files(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    build(SiteConfig(seeds_dir=SEEDS, docs_dir=first))
    build(SiteConfig(seeds_dir=SEEDS, docs_dir=second))
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(
        p.relative_to(second) for p in second.rglob("*") if p.is_file()
    )
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
