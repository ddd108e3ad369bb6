"""An edit's seeds annotated in a process of their own, beside the cache's loading.

`build.annotate_seeds` starts a forked process for the few seeds an edit
must annotate (`parallel.started`) and unpickles the cached others
meanwhile; the annotators' rules are imported by that process only
(`annotators/__init__.py`). The site must be the one a cold build makes,
bad seeds reported as before.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotated_news import parallel, seeds
from annotated_news.build import build
from annotated_news.config import SiteConfig
from annotated_news.errors import SeedErrors

from .conftest import ROOT
from .test_build import make_seeds, tree

RULES = (
    "annotated_news.annotators.run",
    "annotated_news.annotators.dates",
    "annotated_news.annotators.figures",
    "annotated_news.annotators.quotes",
    "annotated_news.annotators.credits",
)
"""The annotators a build that annotates nothing does without."""
MUST_FORK = "ANNOTATED_NEWS_TEST_MUST_FORK"
"""Set: the edit test fails unless its seed was annotated in a forked process."""


def test_the_build_imports_no_annotator_rules_until_a_seed_is_annotated() -> None:
    check = (
        "import sys, annotated_news.build, annotated_news.cli\n"
        f"print([m for m in {RULES!r} if m in sys.modules])\n"
        "from annotated_news.annotators import ANNOTATORS, annotate\n"
        f"print([m for m in {RULES!r} if m not in sys.modules], len(ANNOTATORS))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", check],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert out == ["[]", "[] 5"]


def _config(tmp: Path, seeds_dir: Path, name: str, cache: bool = True) -> SiteConfig:
    return SiteConfig(
        seeds_dir=seeds_dir,
        docs_dir=tmp / name,
        cache_dir=tmp / "cache" if cache else None,
    )


def test_an_edited_seed_is_annotated_in_another_process_and_the_site_is_a_cold_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_dir = make_seeds(tmp_path / "seeds")
    build(_config(tmp_path, seed_dir, "docs"), jobs=2)
    where = tmp_path / "annotated-by"
    annotate_seed = seeds.annotate_seed

    def spied(path: Path) -> seeds.Annotated:
        with where.open("a", encoding="utf-8") as out:
            out.write(f"{path.name} {os.getpid()}\n")
        return annotate_seed(path)

    monkeypatch.setattr(seeds, "annotate_seed", spied)
    seed = seed_dir / "104_variant.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace(" the ", " that ", 1),
        encoding="utf-8",
    )
    # Without fork (another thread runs: a test plugin's), it runs here.
    fork = parallel.can_fork()
    assert fork or not os.environ.get(MUST_FORK)
    report = build(_config(tmp_path, seed_dir, "docs"), jobs=2)
    assert where.read_text(encoding="utf-8").split()[0] == "104_variant.txt"
    assert (int(where.read_text(encoding="utf-8").split()[1]) != os.getpid()) is fork
    assert report.cached == report.articles - 1
    cold = build(_config(tmp_path, seed_dir, "cold", cache=False), jobs=1)
    assert cold.articles == report.articles
    assert tree(tmp_path / "docs") == tree(tmp_path / "cold")
    # The entry the other process stored is found by the next build.
    where.unlink()
    again = build(_config(tmp_path, seed_dir, "docs"), jobs=2)
    assert again.cached == again.articles
    assert not where.exists()


def test_the_edit_in_a_pytest_of_its_own_where_fork_is_safe() -> None:
    # The whole suite runs browser tests first, whose threads rule fork out.
    test = "tests/test_annotate_beside.py::" + (
        "test_an_edited_seed_is_annotated_in_another_process_and_the_site_is_a_cold_one"
    )
    found = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, MUST_FORK: "1"},
    )
    assert found.returncode == 0, found.stdout + found.stderr


def test_a_bad_seed_added_beside_the_cache_is_reported_as_before(
    tmp_path: Path,
) -> None:
    seed_dir = make_seeds(tmp_path / "seeds")
    build(_config(tmp_path, seed_dir, "docs"), jobs=2)
    before = tree(tmp_path / "docs")
    (seed_dir / "050_bad.txt").write_text(" date 2025-13-45 Impossible\nText.\n")
    with pytest.raises(SeedErrors) as caught:
        build(_config(tmp_path, seed_dir, "docs"), jobs=2)
    assert [e.message() for e in caught.value.errors] == [
        f"{seed_dir / '050_bad.txt'}:1: impossible date '2025-13-45' "
        "(write a real publication date as YYYY-MM-DD)"
    ]
    assert tree(tmp_path / "docs") == before


STARTED = """
import os
from annotated_news import parallel

def pid(shared, chunk):
    return [os.getpid(), *chunk]

def fails_in_a_child(shared, chunk):
    if os.getpid() != shared:
        raise RuntimeError("fails in the child only")
    return [n * 2 for n in chunk]

assert parallel.can_fork()
done = parallel.started(pid, None, [1, 2])()
assert done[1:] == [1, 2] and done[0] != os.getpid(), done
assert parallel.started(fails_in_a_child, os.getpid(), [1, 2])() == [2, 4]
print("ok")
"""


def test_started_runs_in_a_child_and_runs_here_when_the_child_fails() -> None:
    # In a process of its own: a test plugin's thread here rules fork out.
    out = subprocess.run(
        [sys.executable, "-c", STARTED],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout == "ok\n"
