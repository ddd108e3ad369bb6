"""The writer replaces a folder atomically and leaves unchanged files alone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotated_news import writer
from annotated_news.build import build
from annotated_news.config import SiteConfig
from annotated_news.errors import RenderError
from annotated_news.writer import Stager, write_tree

from .test_build import make_seeds


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


def test_a_stager_opens_no_folder_when_nothing_differs(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    write_tree({"a.md": "one", "b.md": "two"}, out)
    opened: list[Path] = []

    def open_staging() -> Path:
        opened.append(tmp_path / "staging")
        opened[-1].mkdir()
        return opened[-1]

    stager = Stager(out, open_staging)
    stager.add("a.md", "one")
    stager.keep("b.md")
    report, staged = stager.finish()
    assert staged is None and opened == [] and not report.changed
    assert report.unchanged == ("a.md", "b.md")


def test_a_stager_writes_what_differs_and_links_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    write_tree({"a.md": "one", "b.md": "two", "gone.md": "x"}, out)
    staging = tmp_path / "staging"
    staging.mkdir()
    stager = Stager(out, lambda: staging)
    stager.add("a.md", "ONE")
    stager.keep("b.md")
    made = tmp_path / "made.json"
    made.write_text("{}")
    stager.add_file("sub/c.json", made)
    with pytest.raises(RenderError, match="two files"):
        stager.add("a.md", "again")
    with pytest.raises(RenderError, match="cannot keep"):
        stager.keep("missing.md")
    report, staged = stager.finish()
    assert staged == staging
    assert report.written == ("a.md", "sub/c.json")
    assert report.unchanged == ("b.md",) and report.removed == ("gone.md",)
    assert (staging / "a.md").read_text() == "ONE"
    assert (staging / "b.md").stat().st_ino == (out / "b.md").stat().st_ino
    assert (staging / "sub" / "c.json").read_text() == "{}" and not made.exists()
    assert not (staging / "gone.md").exists()
    assert (out / "a.md").read_text() == "one"  # the tree in place is untouched


def test_a_placer_writes_in_another_process_and_the_stager_records(
    tmp_path: Path,
) -> None:
    out = tmp_path / "docs"
    write_tree({"a.md": "one", "b.md": "two"}, out)
    staging = tmp_path / "staging"
    staging.mkdir()
    stager = Stager(out, lambda: staging)
    placer = stager.placer()
    pid = os.fork()
    if pid == 0:  # a forked render worker: it writes, the parent records
        code = 0
        try:
            found = [placer.put("a.md", b"one"), placer.put("sub/c.md", b"new")]
            code = 0 if found == [True, False] else 3
        finally:
            os._exit(code)
    assert os.waitpid(pid, 0)[1] == 0
    stager.placed("a.md", True)
    stager.placed("sub/c.md", False)
    with pytest.raises(RenderError, match="two files"):
        stager.placed("sub/c.md", False)
    report, staged = stager.finish()
    assert staged == staging
    assert report.written == ("sub/c.md",) and report.removed == ("b.md",)
    assert (staging / "a.md").stat().st_ino == (out / "a.md").stat().st_ino
    assert (staging / "sub" / "c.md").read_text() == "new"


def test_a_cold_build_writes_no_page_through_the_build_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whoever renders a page writes it: only site-wide files come to `add`."""
    added: list[str] = []
    real = Stager.add

    def add(self: Stager, given: str, data: str | bytes) -> None:
        added.append(given)
        real(self, given, data)

    monkeypatch.setattr(Stager, "add", add)
    seeds = make_seeds(tmp_path / "seeds")
    report = build(SiteConfig(seeds_dir=seeds, docs_dir=tmp_path / "docs"), jobs=1)
    assert sorted(added) == ["stories.json", "timeline.json"]
    assert len(report.write.written) > 10


def test_the_tree_in_place_lists_regular_files_only(tmp_path: Path) -> None:
    """Symlinks (to files or folders), FIFOs and folders are not files of it."""
    root = tmp_path / "docs"
    (root / "a" / "b").mkdir(parents=True)
    (root / "index.md").write_text("x", encoding="utf-8")
    (root / "a" / "b" / "page.md").write_text("y", encoding="utf-8")
    (root / "link.md").symlink_to(root / "index.md")
    (root / "folder-link").symlink_to(root / "a")
    os.mkfifo(root / "a" / "pipe.md")
    assert writer._existing_files(root) == {"index.md", "a/b/page.md"}


@pytest.mark.parametrize(
    "name", ["a/b.md", "a//b.md", "./a.md", "a/./b", "a/", "a b/c.md", "x.md"]
)
def test_a_plain_name_is_taken_as_the_path_makes_it(name: str) -> None:
    assert writer._relative_name(name) == writer._safe_relative(name).as_posix()


@pytest.mark.parametrize("name", ["", "/x", "..", "a/../b", "a/.."])
def test_a_name_outside_the_folder_is_refused(name: str) -> None:
    with pytest.raises(RenderError):
        writer._relative_name(name)


def _gone(path: Path) -> bool:
    """Whether `path` is gone once the processes removing trees have ended."""
    for process in writer._removers:
        process.wait(timeout=60)
    return not path.exists()


def test_a_big_old_tree_is_removed_by_a_process_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "docs"
    write_tree({"a.md": "one", "b/c.md": "two"}, docs)
    here: list[Path] = []
    monkeypatch.setattr(writer, "_remove", here.append)
    with writer.staging_folder(docs, lambda: True) as staging:
        (staging / "a.md").write_text("new", encoding="utf-8")
        writer.swap_into_place(staging, docs)
    assert here == []  # not removed by this process
    assert writer._removers
    assert _gone(staging)
    assert (docs / "a.md").read_text(encoding="utf-8") == "new"


def test_a_build_leaves_the_old_docs_of_a_big_site_to_another_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = make_seeds(tmp_path / "seeds")
    config = SiteConfig(
        seeds_dir=seeds, docs_dir=tmp_path / "docs", cache_dir=tmp_path / "cache"
    )
    build(config, jobs=1)
    beside: list[Path] = []
    removed = writer.remove_beside

    def recorded(path: Path) -> object:
        beside.append(path)
        return removed(path)

    monkeypatch.setattr(writer, "REMOVE_BESIDE", 1)
    monkeypatch.setattr(writer, "remove_beside", recorded)
    edited = sorted(seeds.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more line.\n")
    report = build(config, jobs=1)
    assert report.write.written
    assert len(beside) == 1 and beside[0].name.startswith(".staging-docs-")
    assert _gone(beside[0])
    monkeypatch.setattr(writer, "REMOVE_BESIDE", 10**9)
    edited.write_text(edited.read_text(encoding="utf-8") + "\nAnd another.\n")
    build(config, jobs=1)
    assert len(beside) == 1  # a small tree: removed by the build itself
    assert not list(tmp_path.glob(".staging-*"))
