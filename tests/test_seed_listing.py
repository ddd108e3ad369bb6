"""The seeds folder listed and the cache read without a `Path` or a stat per seed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotated_news import seed_keys
from annotated_news.reader import list_seeds
from annotated_news.sidecar import sidecar_path


def listed_as_before(folder: Path) -> list[Path]:
    """`list_seeds` as it was: `Path.suffix` per entry (a folder named like a
    seed is one too: the reader refuses it, its article is not dropped)."""
    return sorted(
        (p for p in folder.iterdir() if p.suffix == ".txt"), key=lambda p: p.name
    )


def test_the_seeds_are_those_path_suffix_and_is_dir_gave(tmp_path: Path) -> None:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name in ("b.txt", "a.txt", "..txt", ".txt", "c.txt.", "d.text", "e.TXT"):
        (folder / name).write_text("x", encoding="utf-8")
    (folder / "folder.txt").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (folder / "to-a-folder.txt").symlink_to(tmp_path / "elsewhere")
    (folder / "broken.txt").symlink_to(tmp_path / "missing")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    found = list_seeds(folder)
    assert found == listed_as_before(folder)
    assert [p.name for p in found] == [
        "..txt",
        "a.txt",
        "b.txt",
        "broken.txt",
        "folder.txt",
        "loop.txt",
        "to-a-folder.txt",
    ]


def test_listing_makes_no_stat_per_seed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(20):
        (tmp_path / f"{n:02}.txt").write_text("x", encoding="utf-8")
    stats: list[object] = []
    real = os.stat

    def counting(*args: object, **kwargs: object) -> os.stat_result:
        stats.append(args[0])
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", counting)
    assert len(list_seeds(tmp_path)) == 20
    assert stats == []


@pytest.mark.parametrize(
    "name", ["a.txt", "a.b.txt", "..txt", ".txt", "a", "a.yml", "a.txt.bak"]
)
def test_a_seeds_sidecar_name_is_its_sidecar_path(tmp_path: Path, name: str) -> None:
    seed = tmp_path / name
    found = seed_keys._sidecar_name(os.fspath(seed), seed)
    assert found == os.fspath(sidecar_path(seed))
