"""Slugs: pinned ones are kept or refused; derived ones never collide.

Runs the real command line, so that a collision that survives shows up where
it broke the build before (a KeyError while indexing, or one page written
over another).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest

from annotated_news.cli import main
from annotated_news.parse.article import base_slug
from annotated_news.slugs import short_hash


def build(seeds: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    docs = seeds.parent / "docs"
    status = main(["--seeds", str(seeds), "--docs", str(docs), "-j1", "--no-cache"])
    return status, capsys.readouterr().err.splitlines()


def pages(seeds: Path) -> list[str]:
    return sorted(p.stem for p in (seeds.parent / "docs" / "articles").glob("*.md"))


def test_two_sidecars_pinning_one_slug_are_refused_naming_both(
    make_seed: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    make_seed("a.txt", " date 2025-06-04 First\nOne body.\n", "outlet: X\nslug: same\n")
    make_seed("b.txt", " date 2025-06-05 Second\nTwo body.\n", "slug: same\n")
    seeds = make_seed("c.txt", " date 2025-06-06 Third\nThree.\n").parent
    status, err = build(seeds, capsys)
    assert status == 1
    assert err == [
        f"{seeds}/a.yml:2: slug 'same' is also pinned by {seeds}/b.yml "
        "(give each article its own slug)",
        f"{seeds}/b.yml:1: slug 'same' is also pinned by {seeds}/a.yml "
        "(give each article its own slug)",
        f"build refused: 2 problem(s); '{seeds.parent / 'docs'}' was left as it was",
    ]


@pytest.mark.parametrize("twins", [1, 2], ids=["one title", "two titles"])
def test_a_title_equal_to_a_suffixed_slug_builds(
    make_seed: Callable[..., Path], capsys: pytest.CaptureFixture[str], twins: int
) -> None:
    one, two = "One body.\n", "Another body.\n"
    make_seed("a.txt", f" date 2025-06-04 Same title\n{one}")
    seeds = make_seed("b.txt", f" date 2025-06-04 Same title\n{two}").parent
    # The slug "a.txt" gets for colliding with "b.txt" ...
    taken = f"2025-06-04-same-title-{short_hash('Same title' + chr(10) + one)}"
    # ... is the slug of this title (before: KeyError while indexing).
    title = taken.removeprefix("2025-06-04-").replace("-", " ").capitalize()
    assert base_slug("2025-06-04", title, "") == taken
    for n in range(twins):
        make_seed(f"c{n}.txt", f" date 2025-06-04 {title}\nBody number {n}.\n")
    status, err = build(seeds, capsys)
    assert status == 0, err
    built = pages(seeds)
    assert len(built) == 2 + twins and len(set(built)) == 2 + twins
    # Articles outside the clash keep the slug earlier builds gave them.
    assert f"2025-06-04-same-title-{short_hash('Same title' + chr(10) + two)}" in built


def test_a_derived_slug_gives_way_to_a_pinned_one(
    make_seed: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    make_seed("a.txt", " date 2025-06-04 Plain\nBody.\n", "slug: 2025-06-04-plain\n")
    seeds = make_seed("b.txt", " date 2025-06-04 Plain\nOther body.\n").parent
    status, err = build(seeds, capsys)
    assert status == 0, err
    built = pages(seeds)
    assert "2025-06-04-plain" in built and len(built) == 2


@pytest.mark.parametrize("order", list(itertools.permutations("abc")))
def test_slugs_do_not_depend_on_the_order_of_seeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], order: tuple[str, ...]
) -> None:
    from annotated_news.parse.article import disambiguate_slugs, parse_article
    from annotated_news.reader import read_seed

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    texts = {"a": "One.", "b": "Two.", "c": "One."}
    for name, body in texts.items():
        (seeds / f"{name}.txt").write_text(f" date 2025-06-04 T\n{body}\n")
    articles = [parse_article(read_seed(seeds / f"{n}.txt")) for n in order]
    disambiguate_slugs(articles)
    by_seed = {a.seed: a.slug for a in articles}
    assert len(set(by_seed.values())) == 3
    reference = [parse_article(read_seed(seeds / f"{n}.txt")) for n in "abc"]
    disambiguate_slugs(reference)
    assert by_seed == {a.seed: a.slug for a in reference}
