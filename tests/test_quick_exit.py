"""The command line ends its process without freeing what the build made.

`quick_exit.run` ends the process with `os._exit` once stdout and stderr are
flushed; `keep` holds objects only while `run` is ending the process. Each
case runs in a child process: `run` ends the process it runs in.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from annotated_news import quick_exit

from .conftest import ROOT
from .test_executors import cli


def child(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )


def test_run_ends_with_the_status_and_flushed_output_and_no_atexit() -> None:
    done = child(
        """
        import atexit, sys
        from annotated_news.quick_exit import run
        atexit.register(lambda: print("atexit ran"))

        def main():
            # Block-buffered (a pipe): only a flush before the exit shows it.
            sys.stdout.write("summary line")
            sys.stderr.write("log line")
            return 3

        run(main)
        print("after run")
        """
    )
    assert done.returncode == 3
    assert done.stdout == "summary line"
    assert done.stderr == "log line"


def test_run_keeps_what_the_build_gives_it_and_only_then() -> None:
    done = child(
        """
        import gc, weakref
        from annotated_news import quick_exit

        class Held:
            pass

        outside = Held()
        quick_exit.keep(outside)
        gone = weakref.ref(outside)
        del outside
        gc.collect()

        def main():
            inside = Held()
            quick_exit.keep(inside)
            kept = weakref.ref(inside)
            del inside
            gc.collect()
            print(gone() is None, kept() is not None)
            return 0

        quick_exit.run(main)
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]


def test_keep_outside_run_holds_nothing() -> None:
    assert quick_exit._kept is None
    quick_exit.keep(object())
    assert quick_exit._kept is None


def test_the_command_line_builds_reports_and_refuses_as_before(
    tmp_path: Path,
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    docs = tmp_path / "docs"
    built = cli("--seeds", seeds, "--docs", docs, "--cache", tmp_path / "cache")
    assert built.returncode == 0, built.stderr
    assert built.stdout.startswith("built 2 articles")
    assert (docs / "index.md").is_file()
    assert (tmp_path / "cache" / "render-manifest.pickle").is_file()

    (seeds / "empty.txt").write_text("", encoding="utf-8")
    refused = cli("--seeds", seeds, "--docs", docs, "--no-cache")
    assert refused.returncode == 1
    assert "build refused: 1 problem(s)" in refused.stderr

    usage = cli("--no-such-option")
    assert usage.returncode == 2
    assert "usage:" in usage.stderr
    helped = cli("--help")
    assert helped.returncode == 0
    assert "usage:" in helped.stdout


def test_the_command_line_keeps_the_builds_objects_to_its_end(tmp_path: Path) -> None:
    # The articles, the indexes and the render stage's plan and digests are
    # handed to `keep`: freed one by one at the build's return they cost the
    # edit of a big site tenths of a second. Only without --site: MkDocs,
    # run next in the same process, has the render stage's memory.
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    done = child(
        """
        import sys
        from annotated_news import cli, quick_exit

        def main():
            status = cli.main(sys.argv[1:])
            print(*sorted({type(o).__name__ for o in quick_exit._kept or ()}))
            return status

        quick_exit.run(main)
        """,
        "--quiet",
        "--seeds",
        str(seeds),
        "--docs",
        str(tmp_path / "docs"),
        "--cache",
        str(tmp_path / "cache"),
        "--jobs",
        "1",
    )
    assert done.returncode == 0, done.stderr
    kept = done.stdout.split()
    for name in ("ArticleSet", "Corpus", "Rendered", "RenderShared", "Links"):
        assert name in kept
