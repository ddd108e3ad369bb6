"""Seeds' cache keys kept by stat (`annotated_news/seed_keys.py`).

A kept key must always be the key `seed_key` gives the file as it is now:
each test changes a seed or its sidecar in a way a stat could miss and
checks the key against a fresh `seed_key`.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from annotated_news import build as build_module
from annotated_news import seed_keys, seeds
from annotated_news.config import SiteConfig
from annotated_news.seed_keys import SeedKeys
from annotated_news.seeds import seed_key

OLD = time.time_ns() - 3_600 * 10**9
"""A modification time an hour ago: older than `RACY_NS`."""
A = " date 2025-05-01 Title A\nOne.\n"
B = " date 2025-05-01 Title B\nOne.\n"


def seed(folder: Path, name: str, text: str, mtime: int = OLD) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(mtime, mtime))
    return path


def keys_again(cache: Path, path: Path) -> tuple[str | None, int]:
    """The key a new build gives `path`, and how many seeds it hashed."""
    known = SeedKeys.load(cache)
    key = known.key(path)
    known.save()
    return key, known.hashed


def test_an_unchanged_seed_is_keyed_without_reading_it(tmp_path: Path) -> None:
    path = seed(tmp_path, "a.txt", A)
    first = keys_again(tmp_path / "cache", path)
    assert first == (seed_key(path), 1)
    assert keys_again(tmp_path / "cache", path) == (seed_key(path), 0)


def test_an_edit_of_the_same_size_and_time_gets_a_new_key(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    path = seed(tmp_path, "a.txt", A)
    before, _ = keys_again(cache, path)
    # Same size, modification time set back: only the change time differs.
    seed(tmp_path, "a.txt", B)
    after, hashed = keys_again(cache, path)
    assert hashed == 1
    assert after == seed_key(path) != before


def test_a_sidecar_added_or_changed_gets_a_new_key(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    path = seed(tmp_path, "a.txt", A)
    keys = [keys_again(cache, path)[0]]
    seed(tmp_path, "a.yml", "notes: []\n")
    keys.append(keys_again(cache, path)[0])
    seed(tmp_path, "a.yml", "notes: {}\n")
    keys.append(keys_again(cache, path)[0])
    assert keys[-1] == seed_key(path)
    assert len(set(keys)) == 3


def test_a_seed_written_just_before_its_stat_is_read_again(tmp_path: Path) -> None:
    """Its stat could stay the same through a later edit: it is never kept."""
    cache = tmp_path / "cache"
    path = seed(tmp_path, "a.txt", A, time.time_ns())
    assert keys_again(cache, path)[1] == 1
    assert keys_again(cache, path)[1] == 1


def test_keys_of_other_code_are_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    path = seed(tmp_path, "a.txt", A)
    keys_again(cache, path)
    monkeypatch.setattr(seeds, "fingerprint", lambda: "other code")
    assert keys_again(cache, path)[1] == 1


def test_a_build_keys_unchanged_seeds_by_stat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for n in range(3):
        seed(folder, f"{n}.txt", f" date 2025-05-0{n + 1} Title {n}\nWords of {n}.\n")
    config = SiteConfig(
        seeds_dir=folder, docs_dir=tmp_path / "docs", cache_dir=tmp_path / "cache"
    )
    build_module.build(config, jobs=1)
    hashed: list[Path] = []

    def counting(path: Path) -> str | None:
        hashed.append(path)
        return seed_key(path)

    monkeypatch.setattr(seed_keys, "seed_key", counting)
    seed(folder, "1.txt", " date 2025-05-02 Title 1\nWords of 9.\n")
    read = build_module.annotate_seeds(config)
    assert [p.name for p in hashed] == ["1.txt"]
    assert read.key_of == {p.name: seed_key(p) for p in sorted(folder.glob("*.txt"))}
