"""The writer replaces a folder atomically and leaves unchanged files alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotated_news.errors import RenderError
from annotated_news.writer import write_tree


def test_writes_then_only_rewrites_what_changed(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    first = write_tree({"a.md": "one", "sub/b.md": "two"}, out)
    assert first.written == ("a.md", "sub/b.md")
    inode = (out / "a.md").stat().st_ino
    second = write_tree({"a.md": "one", "sub/b.md": "TWO", "c.md": "new"}, out)
    assert second.written == ("c.md", "sub/b.md")
    assert second.unchanged == ("a.md",)
    assert (out / "a.md").stat().st_ino == inode  # hard-linked, not rewritten
    third = write_tree({"a.md": "one"}, out)
    assert third.removed == ("c.md", "sub/b.md")
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == ["a.md"]


def test_nothing_changes_when_nothing_differs(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    write_tree({"a.md": "one"}, out)
    before = out.stat().st_ino
    report = write_tree({"a.md": "one"}, out)
    assert not report.changed
    assert out.stat().st_ino == before


def test_an_interrupt_before_the_swap_leaves_the_folder_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "docs"
    write_tree({"a.md": "one"}, out)
    real = Path.write_bytes

    def interrupted(self: Path, data: bytes) -> int:
        if self.name == "b.md":
            raise KeyboardInterrupt
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_tree({"a.md": "changed", "b.md": "x"}, out)
    assert (out / "a.md").read_text() == "one"
    assert not (out / "b.md").exists()
    assert not list(tmp_path.glob(".staging-*"))


def test_refuses_paths_outside_the_folder(tmp_path: Path) -> None:
    with pytest.raises(RenderError):
        write_tree({"../escape.md": "x"}, tmp_path / "docs")
    assert not (tmp_path / "escape.md").exists()
