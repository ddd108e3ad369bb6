"""Every bad seed or sidecar is one clear line, never a traceback or a hang.

Each case runs the real command line and checks the whole of stderr: one
`seeds/<file>:<line>: ...` line per problem, then the refusal line, and the
docs folder left as it was.
"""

from __future__ import annotations

import builtins
import io
import os
import socket
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from annotated_news.cli import main
from annotated_news.reader import MAX_SEED_BYTES
from annotated_news.sidecar import MAX_DEPTH, MAX_SIDECAR_BYTES

GOOD = " date 2025-06-04 A fine headline\nA fine paragraph of text.\n"


def refusal(capsys: pytest.CaptureFixture[str], seeds: Path) -> list[str]:
    """Run the build; return the problem lines after checking the whole stderr."""
    docs = seeds.parent / "docs"
    status = main(["--seeds", str(seeds), "--docs", str(docs), "-j1", "--no-cache"])
    err = capsys.readouterr().err
    assert status == 1, err
    assert "Traceback" not in err
    *problems, last = err.splitlines()
    assert last.startswith("build refused: "), err
    assert not docs.exists()
    return problems


def one_problem(capsys: pytest.CaptureFixture[str], seeds: Path) -> str:
    problems = refusal(capsys, seeds)
    assert len(problems) == 1, problems
    return problems[0]


# Sidecar bytes -> (line of the message, words it must contain).
YAML_CASES: dict[str, tuple[bytes, int, str]] = {
    "raw control character": (b"outlet: X\ntitle: a\x1b[31mb\n", 2, "U+001B"),
    "raw NUL": (b"outlet: X\n\ntitle: a\x00b\n", 3, "U+0000"),
    "invalid escape": (b'outlet: X\ntitle: "a \\q b"\n', 2, "not valid YAML"),
    "lone surrogate escape": (b'outlet: X\ntitle: "a \\ud800 b"\n', 2, "U+D800"),
    "escaped control character": (b'title: "a\\x1b[2Jb"\n', 1, "U+001B"),
    "escaped NUL": (b'outlet: X\nauthor: "\\0"\n', 2, "U+0000"),
    "C1 control": (b'title: "a\\x85b"\n', 1, "U+0085"),
    "bytes that are not UTF-8": (b"outlet: X\n\ntitle: \xff\xfe\n", 3, "not UTF-8"),
    "deep flow nesting": (b"notes: " + b"[" * 10_000 + b"]" * 10_000, 1, "nested"),
    "deep block nesting": (
        b"".join(b"  " * i + b"k:\n" for i in range(2 * MAX_DEPTH)),
        MAX_DEPTH + 1,
        "nested",
    ),
    "unclosed quote": (b'outlet: X\ntitle: "never closed\n', 3, "not valid YAML"),
    "tab indentation": (b"notes:\n\t- exact: x\n", 2, "not valid YAML"),
    "alias bomb": (
        b"a: &a [x, x, x, x, x, x, x, x, x]\n"
        b"b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n",
        1,
        "unknown field 'a'",
    ),
    "python tag": (b"title: !!python/object:os.system echo\n", 1, "'title'"),
    "key that is a list": (b"? [a, b]\n: c\n", 1, "unknown field"),
    "slug over the limit": (
        b"outlet: X\nslug: " + b"a" * 101 + b"\n",
        2,
        "101 characters",
    ),
    "slug far over the limit": (b"slug: " + b"a-" * 5000 + b"b\n", 1, "limit of 100"),
    "slug that is not one": (b"slug: " + b"Not A Slug " * 500 + b"\n", 1, "not a slug"),
    "huge document": (
        b"notes:\n" + b"  - exact: x\n    note: y\n" * (MAX_SIDECAR_BYTES // 24),
        1,
        "over the limit of 1,048,576 bytes (1 MiB)",
    ),
}


@pytest.mark.parametrize("case", YAML_CASES.values(), ids=YAML_CASES.keys())
def test_a_sidecar_yaml_rejects_is_one_line(
    make_seed: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    case: tuple[bytes, int, str],
) -> None:
    data, line, words = case
    seed = make_seed("a.txt", GOOD)
    seed.with_suffix(".yml").write_bytes(data)
    problem = one_problem(capsys, seed.parent)
    assert problem.startswith(f"{seed.parent}/a.yml:{line}: "), problem
    assert words in problem, problem
    assert len(problem) < 300  # a line, not a dump of the document


@pytest.fixture
def never_opened(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail any attempt to open something that is not a regular file or folder.

    Opening a FIFO for reading would wait forever: this turns that hang into
    a test failure, and records what was opened.
    """
    opened: list[str] = []
    real_open, real_builtin = os.open, builtins.open

    def check(path: Any) -> None:
        if isinstance(path, int):
            return
        try:
            mode = Path(os.fsdecode(path)).stat().st_mode
        except OSError:
            return
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            opened.append(os.fsdecode(path))
            raise AssertionError(f"opened {path!r}, which is not a regular file")

    def os_open(path: Any, *args: Any, **kwargs: Any) -> int:
        check(path)
        return real_open(path, *args, **kwargs)

    def builtin_open(path: Any, *args: Any, **kwargs: Any) -> Any:
        check(path)
        return real_builtin(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(builtins, "open", builtin_open)
    monkeypatch.setattr(io, "open", builtin_open)  # what pathlib calls
    yield opened
    assert opened == []


def make_fifo(path: Path) -> None:
    os.mkfifo(path)


def make_socket(path: Path) -> None:
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    sock.close()  # the socket file stays


def link_to_device(path: Path) -> None:
    path.symlink_to("/dev/zero")


def link_to_fifo(path: Path) -> None:
    target = path.with_name(path.name + ".target")
    os.mkfifo(target)
    path.symlink_to(target)


def make_folder(path: Path) -> None:
    path.mkdir()


def link_to_folder(path: Path) -> None:
    path.symlink_to("..")


NOT_FILES = {
    # A seed replaced by a folder, or a link to one, was no seed: its article
    # left the site without a word (under `make serve` too).
    "folder": (make_folder, "a folder"),
    "symlink to a folder": (link_to_folder, "a folder"),
    "FIFO": (make_fifo, "a named pipe (FIFO)"),
    "socket": (make_socket, "a socket"),
    "symlink to a device": (link_to_device, "a character device"),
    "symlink to a FIFO": (link_to_fifo, "a named pipe (FIFO)"),
}


@pytest.mark.parametrize("case", NOT_FILES.values(), ids=NOT_FILES.keys())
def test_a_seed_that_is_not_a_regular_file_is_refused_unopened(
    make_seed: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    never_opened: list[str],
    case: tuple[Callable[[Path], None], str],
) -> None:
    make, kind = case
    seeds = make_seed("good.txt", GOOD).parent
    make(seeds / "odd.txt")
    problem = one_problem(capsys, seeds)
    assert problem == (
        f"{seeds}/odd.txt:1: the file is {kind}, not a regular file "
        "(a file must be a plain text file)"
    )


@pytest.mark.parametrize("case", NOT_FILES.values(), ids=NOT_FILES.keys())
def test_a_sidecar_that_is_not_a_regular_file_is_refused_unopened(
    make_seed: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    never_opened: list[str],
    case: tuple[Callable[[Path], None], str],
) -> None:
    make, kind = case
    seed = make_seed("a.txt", GOOD)
    make(seed.with_suffix(".yml"))
    problem = one_problem(capsys, seed.parent)
    assert problem == (
        f"{seed.parent}/a.yml:1: the sidecar is {kind}, not a regular file "
        "(a sidecar must be a plain text file)"
    )


def test_a_broken_link_as_sidecar_is_refused(
    make_seed: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    seed = make_seed("a.txt", GOOD)
    seed.with_suffix(".yml").symlink_to("nowhere.yml")
    problem = one_problem(capsys, seed.parent)
    assert problem.startswith(f"{seed.parent}/a.yml:1: cannot read the sidecar: ")


def test_a_seed_over_the_limit_is_refused_before_it_is_read(
    make_seed: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seeds = make_seed("good.txt", GOOD).parent
    big = seeds / "big.txt"
    with big.open("wb") as file:  # sparse: no 8 MiB written to the disk
        file.write(GOOD.encode())
        file.truncate(MAX_SEED_BYTES + 1)
    real_open = os.open
    opened: list[str] = []

    def os_open(path: Any, *args: Any, **kwargs: Any) -> int:
        opened.append(os.fsdecode(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", os_open)
    problem = one_problem(capsys, seeds)
    assert problem == (
        f"{seeds}/big.txt:1: the file is 8,388,609 bytes, over the limit of "
        "8,388,608 bytes (8 MiB) (split it or shorten it)"
    )
    assert str(big) not in opened
    assert str(seeds / "good.txt") in opened


def test_a_seed_at_the_limit_is_read(make_seed: Callable[..., Path]) -> None:
    from annotated_news.files import read_regular

    seed = make_seed("a.txt", GOOD)
    with seed.open("ab") as file:
        file.truncate(MAX_SEED_BYTES)
    assert len(read_regular(seed, MAX_SEED_BYTES)) == MAX_SEED_BYTES


def test_files_that_look_like_seeds_but_are_not_read_are_named(
    make_seed: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A seed that is not read is an article missing from the site: each file
    that looks meant as a seed or sidecar but is not read gets a warning."""
    seed = make_seed("a.txt", GOOD)
    seeds = seed.parent
    (seeds / "Loud.TXT").write_text(GOOD, encoding="utf-8")
    (seeds / "sub").mkdir()
    (seeds / "sub" / "inner.txt").write_text(GOOD, encoding="utf-8")
    (seeds / ".git").mkdir()  # a folder of a tool: no seeds meant there
    (seeds / ".git" / "x.txt").write_text("not a seed", encoding="utf-8")
    (seeds / "gone.yml").write_text("outlet: X\n", encoding="utf-8")
    (seeds / "a.yaml").write_text("outlet: X\n", encoding="utf-8")
    docs = seeds.parent / "docs"
    status = main(["--seeds", str(seeds), "--docs", str(docs), "-j1", "--no-cache"])
    out = capsys.readouterr()
    assert status == 0, out.err
    warnings = [line for line in out.err.splitlines() if line.startswith("warning")]
    assert warnings == [
        f"warning: {seeds}/Loud.TXT: not read: a seed's name ends in '.txt' in "
        "lower case (rename it)",
        f"warning: {seeds}/a.yaml: not read: a sidecar is named like its seed, "
        "ending in '.yml' (rename it)",
        f"warning: {seeds}/gone.yml: not read: a sidecar of no seed ('gone.txt' "
        "is not there)",
        f"warning: {seeds}/sub: not read: seeds in a folder inside the seeds "
        "folder (move them up)",
    ]
    assert "1 articles" in out.out and "4 warnings" in out.out


# What git leaves in a seed's place -> (line of the message, words it holds).
GIT_LEFTOVERS: dict[str, tuple[str, int, str]] = {
    "an LFS pointer": (
        "version https://git-lfs.github.com/spec/v1\n"
        "oid sha256:" + "3a" * 32 + "\nsize 2048\n",
        1,
        "a Git LFS pointer, not the article (fetch the articles with 'git lfs pull')",
    ),
    "a merge conflict": (
        " date 2025-06-04 The ferry timetable changes\n"
        "The first ferry leaves at seven.\n"
        "<<<<<<< HEAD\n"
        "The last ferry leaves at ten.\n"
        "=======\n"
        "The last ferry leaves at eleven.\n"
        ">>>>>>> evening-edit\n",
        3,
        "an unresolved git merge conflict",
    ),
}


@pytest.mark.parametrize("case", GIT_LEFTOVERS.values(), ids=GIT_LEFTOVERS.keys())
def test_what_git_leaves_in_a_seeds_place_is_named(
    make_seed: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    case: tuple[str, int, str],
) -> None:
    """An LFS pointer was refused as 'missing date header' (no word of why);
    a merge conflict's lines were published as the article's words."""
    text, line, words = case
    seed = make_seed("a.txt", text)
    problem = one_problem(capsys, seed.parent)
    assert problem.startswith(f"{seed.parent}/a.txt:{line}: "), problem
    assert words in problem, problem


def test_conflict_like_lines_of_an_article_are_text(
    make_seed: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Only both marks refuse: a line of '=======' or one '>>>>>>>' is text."""
    seeds = make_seed(
        "a.txt", GOOD + "=======\nThe scores:\n>>>>>>> fast forward\n"
    ).parent
    docs = seeds.parent / "docs"
    assert main(["--seeds", str(seeds), "--docs", str(docs), "-j1"]) == 0
    (page,) = (docs / "articles").glob("*.md")
    assert "&#62;" * 7 + " fast forward" in page.read_text()


def test_every_problem_of_a_sidecar_and_its_seed_is_reported_at_once(
    make_seed: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A sidecar with four mistakes took four builds to mend: only its first
    problem was reported, and none of it when the seed's header was bad."""
    seed = make_seed("a.txt", " date 2025-13-40 The ferry timetable\nText.\n")
    seed.with_suffix(".yml").write_text(
        'title: "\\u200b\\u200b"\noutlet: ""\nurl: ftp://example.org/a\n'
        'author: "\\u2060"\n',
        encoding="utf-8",
    )
    assert refusal(capsys, seed.parent) == [
        f"{seed.parent}/a.txt:1: impossible date '2025-13-40' "
        "(write a real publication date as YYYY-MM-DD)",
        f"{seed.parent}/a.yml:1: 'title' has no visible character (only U+200B) "
        "(write one that shows, or remove 'title')",
        f"{seed.parent}/a.yml:2: 'outlet' is empty (give a value or remove 'outlet')",
        f"{seed.parent}/a.yml:3: 'url' is not an http(s) address "
        "(give the article's web address starting with https://)",
        f"{seed.parent}/a.yml:4: 'author' has no visible character (only U+2060) "
        "(write one that shows, or remove 'author')",
    ]


INVISIBLE = {
    "zero-width spaces": "\u200b\u200b",
    "a word joiner and a soft hyphen": "\u2060\u00ad",
    "bidi controls": "\u202e\u2066\u2069",
    "Hangul fillers": "\u3164\u115f",
    "a blank Braille pattern": "\u2800",
}


@pytest.mark.parametrize("chars", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_text_that_shows_nothing_is_refused(
    make_seed: Callable[..., Path], capsys: pytest.CaptureFixture[str], chars: str
) -> None:
    """A title of zero-width characters built a page whose heading and every
    link to it showed nothing (no reader could reach it); a header followed
    only by them built an article of no visible word."""
    seed = make_seed("a.txt", f" date 2025-06-04 {chars}\n")
    title = make_seed("b.txt", GOOD)
    title.with_suffix(".yml").write_text(f'title: "{chars} "\n', encoding="utf-8")
    problems = refusal(capsys, seed.parent)
    assert [p.split(": ", 1)[0] for p in problems] == [
        f"{seed.parent}/a.txt:1",
        f"{seed.parent}/b.yml:1",
    ]
    assert "no visible article text after the date header (only U+" in problems[0]
    assert "'title' has no visible character" in problems[1]


def test_a_title_with_an_invisible_character_among_others_is_published(
    make_seed: Callable[..., Path],
) -> None:
    seed = make_seed("a.txt", GOOD)
    seed.with_suffix(".yml").write_text('title: "Ferry\\u200btimes"\n')
    docs = seed.parent.parent / "docs"
    assert main(["--seeds", str(seed.parent), "--docs", str(docs), "-j1"]) == 0
