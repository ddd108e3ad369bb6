"""A lone surname the site knows is a person in articles that give no cue.

Cases of several seeds each (`tests/cases/site_names.txt`), the ids the
site's mentions take, the export and cards that show them, and edits that
add or remove the full name another article's mentions come from: an
incremental build gives the bytes of a cold one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotated_news.build import CHECK_INPUTS
from annotated_news.ids import assign_ids
from annotated_news.indexes import build_corpus
from annotated_news.model import Article, Kind

from .conftest import article_from_text, case_params
from .test_build import tree
from .test_incremental import cold, run


def site_of(tmp_path: Path, text: str) -> list[Article]:
    """Each seed of a case, annotated, with a slug of its own."""
    articles = []
    for n, seed in enumerate(text.split("\n---\n"), 1):
        article = article_from_text(tmp_path, seed.strip("\n") + "\n", f"{n}.txt")
        article.slug = f"seed-{n}"
        articles.append(article)
    return articles


def show_site_mentions(articles: list[Article]) -> str:
    corpus = build_corpus(articles)
    lines = []
    for n, article in enumerate(articles, 1):
        for mention in corpus.site_mentions.get(article.slug, ()):
            record = corpus.entities.record(mention)
            lines.append(f"seed {n} | {article.slice(mention.span)} | {record.name}")
    return "\n".join(lines)


@pytest.mark.parametrize(("text", "expected"), case_params("site_names"))
def test_site_names(tmp_path: Path, text: str, expected: str) -> None:
    assert show_site_mentions(site_of(tmp_path, text)) == expected


THREE = """\
 date 2025-03-02 Jane Quillon said the pier would reopen. Quillon added that it was safe.
---
 date 2025-03-03 Quillon said the ferry timetable was under review.
---
 date 2025-03-04 The board backed Quillon on Monday. The board backed Quillon again.
"""


def test_site_mentions_take_ids_after_the_articles_own(tmp_path: Path) -> None:
    articles = site_of(tmp_path, THREE)
    own = assign_ids(articles[2])
    corpus = build_corpus(articles)
    third = articles[2]
    added = corpus.site_mentions[third.slug]
    assert len(added) == 2
    assert all(m.site and m.kind is Kind.PERSON for m in added)
    ids = corpus.ids[third.slug]
    for key, value in own.items():
        assert ids[key] == value  # no id the article had changes
    new = [ids[("person", m.span)] for m in added]
    assert new[0] == "e-quillon" and len(set(new)) == 2
    assert not set(new) & set(own.values())


def test_a_corpus_built_again_adds_the_mentions_once(tmp_path: Path) -> None:
    articles = site_of(tmp_path, THREE)
    build_corpus(articles)
    again = build_corpus(articles)
    assert len(again.site_mentions["seed-3"]) == 2
    assert sum(m.site for m in articles[2].entities) == 2


def test_keys_change_only_for_articles_with_site_mentions(tmp_path: Path) -> None:
    articles = site_of(tmp_path, THREE)
    corpus = build_corpus(articles)
    keys = {a.seed: f"key-{a.seed}" for a in articles}
    found = corpus.keys(keys)
    assert found[articles[0].seed] == keys[articles[0].seed]
    assert found[articles[2].seed].startswith(keys[articles[2].seed] + "+site-")


FULL = "Jane Quillon said the pier would reopen"
SEEDS = {
    "1_commissioner.txt": f" date 2025-03-02 Pier commissioner speaks\n\n{FULL}. "
    "Quillon added that it was safe.\n",
    "2_ferry.txt": " date 2025-03-03 Ferry timetable\n\n"
    "Quillon said the ferry timetable was under review.\n",
    "3_board.txt": " date 2025-03-04 Board vote\n\n"
    "The board backed Quillon on Monday after a long debate.\n",
}


def write_seeds(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name, text in SEEDS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_the_export_and_the_card_say_the_site_found_the_mention(
    tmp_path: Path,
) -> None:
    _, docs = run(tmp_path, write_seeds(tmp_path / "seeds"), "docs", cache=False)
    items = json.loads((docs / "annotations.jsonld").read_text())["first"]["items"]
    found = [i for i in items if i.get("foundBy") == "site"]
    assert [(i["seed"], i["entity"]) for i in found] == [
        ("3_board.txt", "Jane Quillon")
    ]
    assert all("foundBy" not in i for i in items if i is not found[0])
    page = (docs / "articles" / "2025-03-04-board-vote.md").read_text()
    assert "By surname alone" in page
    assert 'data-entity="Jane Quillon"' in page
    other = (docs / "articles" / "2025-03-03-ferry-timetable.md").read_text()
    assert "By surname alone" not in other


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # The full name goes: the third article's mention goes with it.
        (FULL, "The commissioner said the pier would reopen"),
        # Another Quillon comes: a tie, no one is joined.
        (FULL, f"{FULL}, and Marcus Quillon agreed"),
    ],
)
def test_an_edit_of_a_full_name_gives_the_pages_of_a_cold_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str
) -> None:
    monkeypatch.setenv(CHECK_INPUTS, "1")
    seeds = write_seeds(tmp_path / "seeds")
    run(tmp_path, seeds, "docs")
    board = "articles/2025-03-04-board-vote.md"
    before = tree(tmp_path / "docs")
    assert "Jane Quillon" in before[board].decode()
    path = seeds / "1_commissioner.txt"
    path.write_text(path.read_text().replace(old, new), encoding="utf-8")
    report, docs = run(tmp_path, seeds, "docs")
    after = tree(docs)
    assert after == cold(tmp_path, seeds, "cold-after")
    assert board in report.rendered
    assert "Jane Quillon" not in after[board].decode()
    # And back: the mention returns, as in a cold build.
    path.write_text(path.read_text().replace(new, old), encoding="utf-8")
    report, docs = run(tmp_path, seeds, "docs")
    assert tree(docs) == before
    assert board in report.rendered
