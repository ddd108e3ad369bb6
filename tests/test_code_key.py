"""The annotation code's fingerprint is kept by its files' stat (`code_key.py`)."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from annotated_news import code_key, seeds


def package_in(tmp: Path) -> Path:
    """A copy of the package whose files and folders are older than `RACY_NS`."""
    package = tmp / "annotated_news"
    shutil.copytree(
        seeds.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__")
    )
    age(package)
    return package


def age(package: Path) -> None:
    old = time.time() - 60
    for folder, _, files in os.walk(package, topdown=False):
        for name in files:
            os.utime(Path(folder) / name, (old, old))
        os.utime(folder, (old, old))


def counted(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Packages whose code files are found (parsed) from now on."""
    found: list[Path] = []
    code_files = seeds.code_files

    def counting(package: Path = seeds.PACKAGE, root: str = "seeds.py") -> list[Path]:
        found.append(package)
        return code_files(package, root)

    monkeypatch.setattr(seeds, "code_files", counting)
    return found


def test_an_unchanged_package_keeps_its_fingerprint_without_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = package_in(tmp_path)
    fresh = seeds.fingerprint_of(seeds.code_files(package), package)
    parsed = counted(monkeypatch)
    assert code_key.load(tmp_path / "cache", package) == fresh
    assert code_key.load(tmp_path / "cache", package) == fresh
    assert parsed == [package]  # the second build read it from the cache


def test_the_kept_fingerprint_is_the_one_seed_keys_use(tmp_path: Path) -> None:
    assert code_key.load(tmp_path / "cache") == seeds.fingerprint()
    assert seeds.fingerprint() == seeds.fingerprint_of(seeds.code_files())


@pytest.mark.parametrize(
    "change", ["a module edited", "a data file added", "a module removed"]
)
def test_a_changed_package_finds_its_fingerprint_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    package = package_in(tmp_path)
    before = code_key.load(tmp_path / "cache", package)
    annotators = package / "annotators"
    if change == "a module edited":
        path = annotators / "__init__.py"
        path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n")
    elif change == "a data file added":
        (annotators / "extra.txt").write_text("a word list\n", encoding="utf-8")
    else:
        # Not imported by the article stage: the fingerprint stays, but it
        # is found again (its folder changed).
        (package / "serve_edit.py").unlink()
    age(package)
    parsed = counted(monkeypatch)
    after = code_key.load(tmp_path / "cache", package)
    assert parsed == [package]
    assert after == seeds.fingerprint_of(seeds.code_files(package), package)
    assert (after != before) is (change != "a module removed")


def test_a_file_written_just_before_its_stat_is_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Racily clean: a later write in the same clock tick would keep the stat."""
    package = package_in(tmp_path)
    path = package / "annotators" / "__init__.py"
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n")
    code_key.load(tmp_path / "cache", package)
    parsed = counted(monkeypatch)
    code_key.load(tmp_path / "cache", package)
    assert parsed == [package]


@pytest.mark.parametrize("content", [b"", b"not a pickle"])
def test_a_damaged_file_is_found_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    package = package_in(tmp_path)
    cache = tmp_path / "cache"
    fresh = code_key.load(cache, package)
    (cache / code_key.NAME).write_bytes(content)
    parsed = counted(monkeypatch)
    assert code_key.load(cache, package) == fresh
    assert parsed == [package]
