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
from annotated_news.cache_packs import Packs
from annotated_news.config import SiteConfig
from annotated_news.errors import SeedErrors
from annotated_news.seed_keys import SeedKeys
from annotated_news.seeds import SeedCache, seed_key

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


def seeds_config(tmp_path: Path, name: str) -> SiteConfig:
    folder = tmp_path / "seeds"
    if not folder.exists():
        folder.mkdir()
        for n in range(4):
            text = f" date 2025-05-0{n + 1} Title {n}\nWords of {n}.\n"
            seed(folder, f"{n}.txt", text)
        seed(folder, "bad.txt", "")  # unpublishable: keyed all the same
    return SiteConfig(
        seeds_dir=folder, docs_dir=tmp_path / f"docs-{name}", cache_dir=tmp_path / name
    )


def kept_keys(cache: Path) -> dict[str, tuple[object, ...]]:
    """What a cache's file of keys keeps per seed but when the stats were taken."""
    known = SeedKeys.load(cache)
    return {name: (*entry[:2], entry[3]) for name, entry in known.last.items()}


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_empty_cache_has_the_workers_find_the_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    """With nothing to find in the cache, the build's process finds no key
    before the workers start; the keys, the file of keys and the cache's
    entries are those of a build that found every key first, and the next
    build finds every good seed in the cache."""
    first = seeds_config(tmp_path, "first")
    with pytest.raises(SeedErrors):  # a pack in the cache: keys found first
        monkeypatch.setattr(build_module, "pack_files", lambda folder: [folder])
        build_module.annotate_seeds(first, jobs=jobs)
    monkeypatch.undo()
    found_by: list[Path | None] = []
    key = SeedKeys.key

    def spying(self: SeedKeys, path: Path) -> str | None:
        found_by.append(self.file)
        return key(self, path)

    monkeypatch.setattr(SeedKeys, "key", spying)
    workers = seeds_config(tmp_path, "workers")
    with pytest.raises(SeedErrors) as refused:
        build_module.annotate_seeds(workers, jobs=jobs)
    assert [e.path.name for e in refused.value.errors] == ["bad.txt"]
    if jobs == 1:  # forked workers' calls are not seen here
        assert found_by == [None] * 5  # no call by the build's own SeedKeys
    caches = [tmp_path / "first", tmp_path / "workers"]
    assert kept_keys(caches[1]) == kept_keys(caches[0])
    assert len(kept_keys(caches[1])) == 5
    entries = [Packs(SeedCache(cache).folder) for cache in caches]
    for name, (*_, found) in kept_keys(caches[1]).items():
        if not name.endswith("bad.txt"):
            stored = [packs.get(str(found)) for packs in entries]
            assert stored[0] is not None and stored[1] is not None
            assert bytes(stored[0]) == bytes(stored[1])
    (workers.seeds_dir / "bad.txt").unlink()
    again = build_module.annotate_seeds(workers, jobs=jobs)
    assert again.cached == 4
    assert again.key_of == {
        p.name: seed_key(p) for p in sorted(workers.seeds_dir.glob("*.txt"))
    }
