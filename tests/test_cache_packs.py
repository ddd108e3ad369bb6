"""The annotation cache's packs: whole or absent, damage is a miss, pruning."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotated_news import cache_packs
from annotated_news.cache_packs import Packs, prune, read_header, write_pack


def entries(prefix: str, n: int) -> list[tuple[str, bytes]]:
    """`n` entries with distinct keys and bytes of different lengths."""
    return [(f"{prefix}{i:03d}", f"{prefix}-{i}-".encode() * (i + 1)) for i in range(n)]


def keys_in(folder: Path) -> list[str]:
    return sorted(
        key
        for pack in cache_packs.pack_files(folder)
        for key, _, _ in read_header(pack) or ()
    )


def test_every_entry_reads_back_exactly(tmp_path: Path) -> None:
    first, second = entries("a", 5), entries("b", 3)
    write_pack(tmp_path, first)
    write_pack(tmp_path, second)
    packs = Packs(tmp_path)
    for key, data in first + second:
        found = packs.get(key)
        assert found is not None and bytes(found) == data
    assert packs.get("missing") is None
    packs.close()
    assert bytes(packs.get("b002") or b"") == second[2][1]  # read again after close


def test_nothing_to_write_makes_no_file(tmp_path: Path) -> None:
    assert write_pack(tmp_path, []) is None
    assert not any(tmp_path.iterdir())


def test_a_pack_appears_only_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written under a temporary name, complete before it is renamed into place."""
    written = entries("a", 4)
    renamed: list[tuple[int, bool]] = []
    replace = Path.replace

    def checked(self: Path, target: Path) -> Path:
        renamed.append((self.stat().st_size, Path(target).exists()))
        return replace(self, target)

    monkeypatch.setattr(Path, "replace", checked)
    name = write_pack(tmp_path, written)
    assert name is not None
    size = (tmp_path / name).stat().st_size
    assert renamed == [(size, False)]
    assert read_header(tmp_path / name) is not None


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    bad: list[tuple[str, bytes]] = [("a", b"fine"), ("b", "not bytes")]  # type: ignore[list-item]
    with pytest.raises(TypeError):
        write_pack(tmp_path, bad)
    assert list(tmp_path.iterdir()) == []


def test_a_torn_or_damaged_pack_holds_nothing(tmp_path: Path) -> None:
    whole = write_pack(tmp_path, entries("a", 3))
    torn = write_pack(tmp_path, entries("b", 3))
    assert whole and torn
    data = (tmp_path / torn).read_bytes()
    (tmp_path / torn).write_bytes(data[:-1])
    # A writer killed before its rename leaves a temporary file: never read.
    (tmp_path / f".{os.urandom(8).hex()}.pack.999999").write_bytes(data[:20])
    (tmp_path / "junk.pack").write_bytes(b"not a pack at all")
    assert read_header(tmp_path / torn) is None
    assert read_header(tmp_path / "junk.pack") is None
    packs = Packs(tmp_path)
    assert all(packs.get(key) is None for key, _ in entries("b", 3))
    assert bytes(packs.get("a001") or b"") == entries("a", 3)[1][1]
    # Pruning removes the torn pack, the junk and the temporary file.
    assert prune(tmp_path, {"a000", "a001", "a002"}) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [whole]


def test_pruning_drops_dead_packs_and_merges_small_ones(tmp_path: Path) -> None:
    big = entries("big", cache_packs.SMALL + 8)
    big_name = write_pack(tmp_path, big)
    gone = write_pack(tmp_path, entries("old", 4))
    small = [write_pack(tmp_path, entries(f"e{n}-", 1)) for n in range(3)]
    assert big_name and gone and all(small)
    live = {key for key, _ in big} | {f"e{n}-000" for n in range(3)}
    # The big pack is kept as it is; the one with no live entry goes; the
    # three small ones become one pack.
    assert prune(tmp_path, live) == 4
    names = [p.name for p in cache_packs.pack_files(tmp_path)]
    assert big_name in names and gone not in names
    assert not {n for n in small if n} & set(names)
    assert len(names) == 2
    assert keys_in(tmp_path) == sorted(live)
    packs = Packs(tmp_path)
    assert bytes(packs.get("e1-000") or b"") == entries("e1-", 1)[0][1]
    # Nothing left to merge: a second pruning changes no file.
    before = sorted(names)
    assert prune(tmp_path, live) == 0
    assert sorted(p.name for p in cache_packs.pack_files(tmp_path)) == before


def test_a_mostly_dead_pack_is_rewritten_with_its_live_entries(tmp_path: Path) -> None:
    big = entries("k", cache_packs.SMALL * 3)
    name = write_pack(tmp_path, big)
    live = {key for key, _ in big[: cache_packs.SMALL + 1]}  # fewer than half
    assert prune(tmp_path, live) == len(big) - len(live)
    names = [p.name for p in cache_packs.pack_files(tmp_path)]
    assert names and name not in names
    assert keys_in(tmp_path) == sorted(live)
    packs = Packs(tmp_path)
    for key, data in big[: cache_packs.SMALL + 1]:
        assert bytes(packs.get(key) or b"") == data


def test_a_key_in_two_packs_is_kept_once(tmp_path: Path) -> None:
    twice = entries("d", 2)
    write_pack(tmp_path, twice)
    write_pack(tmp_path, twice)
    assert prune(tmp_path, {"d000", "d001"}) == 2
    assert keys_in(tmp_path) == ["d000", "d001"]


def test_pruning_and_keep_only_remove_nothing_the_cache_did_not_make(
    tmp_path: Path,
) -> None:
    """A cache folder pointed at a folder of the user's loses none of it."""
    from annotated_news.seeds import SeedCache

    cache = SeedCache(tmp_path)
    cache.store_all(entries("a", 2))
    mine = cache.folder
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "draft.txt").write_text("keep me")
    (tmp_path / ".gitignore").write_text("*")
    (mine / ".user-file").write_text("keep me too")
    old_code = tmp_path / "0123456789abcdef"  # another code's entries: removed
    old_code.mkdir()
    (old_code / "x.pack").write_bytes(b"old")
    cache.keep_only({"a000"})
    assert (tmp_path / "notes" / "draft.txt").read_text() == "keep me"
    assert (tmp_path / ".gitignore").exists()
    assert (mine / ".user-file").read_text() == "keep me too"
    assert not old_code.exists()
    assert keys_in(mine) == ["a000"]


def test_compiled_templates_of_other_code_go_and_nothing_else(tmp_path: Path) -> None:
    """The cache's `templates/` folder may be a folder of the user's (a cache
    folder pointed at `~/projects`): only other code's compiled templates go.
    The whole `templates/` folder was removed, with the user's files in it."""
    from annotated_news.build import compiled_folder

    templates = tmp_path / "templates"
    (templates / "mine").mkdir(parents=True)
    (templates / "letter.odt").write_text("keep me")
    (templates / "mine" / "page.html").write_text("keep me too")
    old = templates / ("0" * 32)  # another code's compiled templates: removed
    old.mkdir()
    (old / "tmpl_x.py").write_text("")
    folder = compiled_folder(tmp_path, "a" * 32)
    assert folder == templates / ("a" * 32) and folder.is_dir()
    assert (templates / "letter.odt").read_text() == "keep me"
    assert (templates / "mine" / "page.html").read_text() == "keep me too"
    assert not old.exists()
