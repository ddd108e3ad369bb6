"""Two builds of the same folders: one waits for or refuses the other.

The lock is `.docs.lock` beside `docs/` (`locks.py`). These tests hold it from
other processes, so they check what a second build really meets: the lock of
a live build, a lock file a killed build left, a worker process that outlived
its build, and another build's staging folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from annotated_news.cli import main
from annotated_news.locks import acquire, lock_path
from annotated_news.writer import write_tree

from .conftest import ROOT

GOOD = " date 2025-06-04 A fine headline\nA fine paragraph of text.\n"
HOLD = """
import sys, time
from pathlib import Path
from annotated_news.locks import acquire
lock = acquire(Path(sys.argv[1]), "docs folder")
print("held", flush=True)
time.sleep(float(sys.argv[2]))
lock.release()
"""


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_ino)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[Callable[[Path, float], subprocess.Popen[str]]]:
    """Start a process that holds a folder's lock for some seconds."""
    started: list[subprocess.Popen[str]] = []

    def start(folder: Path, seconds: float) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(folder), str(seconds)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert proc.stdout is not None
        assert proc.stdout.readline() == "held\n"
        started.append(proc)
        return proc

    yield start
    for proc in started:
        proc.kill()
        proc.wait()
        if proc.stdout:
            proc.stdout.close()


def cli(seeds: Path, docs: Path, *extra: str) -> list[str]:
    return ["--seeds", str(seeds), "--docs", str(docs), "-j1", "--no-cache", *extra]


def test_a_second_build_is_refused_naming_the_holder(
    make_seed: Callable[..., Path],
    tmp_path: Path,
    holder: Callable[[Path, float], subprocess.Popen[str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    seeds = make_seed("a.txt", GOOD).parent
    docs = tmp_path / "docs"
    assert main([*cli(seeds, docs), "--quiet"]) == 0
    before = snapshot(docs)
    make_seed("b.txt", GOOD.replace("fine", "second"))
    proc = holder(docs, 60)
    assert main([*cli(seeds, docs), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"error: docs folder '{docs}' is being built by process {proc.pid} (lock "
        f"file '{tmp_path / '.docs.lock'}'); wait for it to finish, or give "
        "--wait SECONDS\n"
    )
    assert snapshot(docs) == before


def test_a_second_build_waits_when_asked(
    make_seed: Callable[..., Path],
    tmp_path: Path,
    holder: Callable[[Path, float], subprocess.Popen[str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    seeds = make_seed("a.txt", GOOD).parent
    docs = tmp_path / "docs"
    proc = holder(docs, 1.5)
    started = time.monotonic()
    assert main([*cli(seeds, docs), "--wait", "60"]) == 0
    assert time.monotonic() - started >= 1  # it did wait for the holder
    assert proc.wait(timeout=30) == 0
    err = capsys.readouterr().err
    assert f"waiting for process {proc.pid}, which is building '{docs}'" in err
    assert (docs / "index.md").is_file()
    assert not lock_path(docs).exists()  # released and removed


def test_a_lock_left_by_a_killed_build_is_taken_over(
    make_seed: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = make_seed("a.txt", GOOD).parent
    docs = tmp_path / "docs"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    pid = int(dead.stdout)
    lock_path(docs).write_text(f"{pid}\n")
    assert main(cli(seeds, docs)) == 0
    err = capsys.readouterr().err
    assert f"lock: process {pid} ended without releasing" in err
    assert not lock_path(docs).exists()


def test_a_worker_that_outlives_its_build_does_not_keep_the_lock(
    tmp_path: Path,
) -> None:
    """A build killed while a forked worker still runs: the lock is free."""
    docs = tmp_path / "docs"
    # The worker says when fork() has returned in it (its at-fork hook has
    # run): under load the build could otherwise die before the worker ran.
    script = textwrap.dedent(f"""
        import os, time
        from pathlib import Path
        from annotated_news.locks import acquire
        acquire(Path({str(docs)!r}), "docs folder")
        ready, say = os.pipe()
        if os.fork() == 0:       # a worker: lives on
            os.write(say, b"x")
            time.sleep(30)
            os._exit(0)
        os.read(ready, 1)
        print("forked", flush=True)
        os._exit(9)              # the build dies without releasing
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline() == "forked\n"
    assert proc.wait(timeout=30) == 9
    proc.stdout.close()
    # The worker sleeps 30 s: a lock it kept would still be held after the
    # 5 s allowed here for the kernel to finish tearing the build down under
    # load (the test failed once at load 15 without it).
    lock = acquire(docs, "docs folder", wait=5)  # the worker holds no lock
    assert lock.stale_pid == proc.pid
    lock.release()


def test_another_builds_staging_folder_is_never_removed(
    make_seed: Callable[..., Path],
    tmp_path: Path,
    holder: Callable[[Path, float], subprocess.Popen[str]],
) -> None:
    seeds = make_seed("a.txt", GOOD).parent
    docs = tmp_path / "docs"
    live = holder(tmp_path / "other", 60)  # any running process
    theirs = tmp_path / f".staging-docs-{live.pid}-0a1b2c3d"
    theirs.mkdir()
    (theirs / "page.md").write_text("being written")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    left = tmp_path / f".staging-docs-{int(dead.stdout)}-0a1b2c3d"
    left.mkdir()
    assert main([*cli(seeds, docs), "--quiet"]) == 0
    assert (theirs / "page.md").read_text() == "being written"
    assert not left.exists()  # a dead build's leftovers are cleaned


def test_a_seeds_folder_named_like_a_staging_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = tmp_path / ".staging-docs-99999999"  # no such process: "stale"
    seeds.mkdir()
    (seeds / "a.txt").write_text(GOOD)
    assert main([*cli(seeds, tmp_path / "docs"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "is named like a staging folder of the docs folder" in err
    assert (seeds / "a.txt").read_text() == GOOD


def test_two_real_builds_at_once_both_finish(
    make_seed: Callable[..., Path], tmp_path: Path
) -> None:
    for n in range(6):
        make_seed(f"s{n}.txt", GOOD.replace("fine", f"fine {n}"))
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    args = [sys.executable, "-m", "annotated_news", *cli(seeds, docs), "--wait", "300"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    logs = [tmp_path / f"build{n}.log" for n in range(2)]
    procs = []
    for log in logs:
        with log.open("w") as err:
            procs.append(subprocess.Popen(args, cwd=ROOT, stderr=err, env=env))
    statuses = [p.wait(timeout=300) for p in procs]
    assert statuses == [0, 0], [log.read_text() for log in logs]
    assert len(list((docs / "articles").glob("*.md"))) == 6
    assert not list(tmp_path.glob(".staging-*"))
    assert not lock_path(docs).exists()


def test_a_reader_never_finds_a_page_missing_or_partial(tmp_path: Path) -> None:
    """A reader opens `site/...` pages, as a web server does, while the
    folder is swapped 150 times: every page it opens is there and whole.

    Each generation's pages hold 200 copies of one word pair; a page from a
    half-written or half-swapped tree would be missing or mixed.
    """
    site = tmp_path / "site"

    def generation(n: int) -> dict[str, str]:
        body = f"generation {n} " * 200
        return {"index.html": body, "a/index.html": body, "b/index.html": body}

    write_tree(generation(0), site)
    problems: list[str] = []
    done = threading.Event()

    def read() -> None:
        reads = 0
        while not done.is_set() or reads < 300:
            for page in ("index.html", "a/index.html", "b/index.html"):
                try:
                    words = (site / page).read_text().split()
                except OSError as err:
                    problems.append(f"{page}: {type(err).__name__}: {err}")
                    continue
                if len(words) != 400 or len(set(words)) != 2:
                    problems.append(f"{page}: a partial or mixed page")
            reads += 1

    reader = threading.Thread(target=read)
    reader.start()
    for n in range(1, 151):
        write_tree(generation(n), site)
    done.set()
    reader.join()
    assert problems == []


def test_a_lock_file_that_is_a_link_is_refused_untouched(
    make_seed: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A symlink planted at the lock file's name is never written through
    (`O_NOFOLLOW`): one line says what it is, and its target keeps its bytes."""
    seeds = make_seed("a.txt", GOOD).parent
    docs = tmp_path / "docs"
    target = tmp_path / "precious.txt"
    target.write_text("the user's file")
    lock_path(docs).symlink_to(target)
    assert main(cli(seeds, docs)) == 1
    err = capsys.readouterr().err
    assert err == (
        f"error: lock file '{lock_path(docs)}' of the docs folder '{docs}' is a "
        "symbolic link, which no build makes: remove it\n"
    )
    assert target.read_text() == "the user's file"
    assert lock_path(docs).is_symlink()
