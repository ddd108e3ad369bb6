"""Broken seeds are refused clearly, all at once, and the site stays as it was."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from annotated_news.cli import main

from .conftest import ROOT, relocated_config

GOOD = " date 2025-06-04 A fine headline\nA fine paragraph of text.\n"


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and inode: equal snapshots mean nothing was touched."""
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_ino)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_every_problem_is_reported_at_once_and_docs_stay(
    make_seed: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = make_seed("good.txt", GOOD).parent
    docs = tmp_path / "docs"
    assert main(["--seeds", str(seeds), "--docs", str(docs), "--quiet"]) == 0
    before = snapshot(docs)
    make_seed("empty.txt", "")
    make_seed("bad-date.txt", " date 2025-13-45 Text.")
    make_seed("binary.txt", b"\x00\x01\x02binary")
    make_seed("sidecar.txt", GOOD, sidecar="outlet: X\nunknown: y\n")
    (seeds / "gone.txt").symlink_to(seeds / "missing-target.txt")
    status = main(["--seeds", str(seeds), "--docs", str(docs)])
    err = capsys.readouterr().err.splitlines()
    assert status == 1
    assert err == [
        f"{seeds}/bad-date.txt:1: impossible date '2025-13-45' (write a real "
        "publication date as YYYY-MM-DD)",
        f"{seeds}/binary.txt:1: NUL byte: this is not a text file (save the article "
        "as UTF-8 text)",
        f"{seeds}/empty.txt:1: empty file (start with ' date YYYY-MM-DD' and the "
        "article text)",
        f"{seeds}/gone.txt:1: cannot read the file: No such file or directory "
        "(check that it exists and is readable)",
        f"{seeds}/sidecar.yml:2: unknown field 'unknown' in the sidecar (allowed "
        "fields: title, outlet, url, author, slug, notes)",
        f"build refused: 5 problem(s); '{docs}' was left as it was",
    ]
    assert snapshot(docs) == before


def test_a_build_killed_mid_write_leaves_docs_as_they_were(
    make_seed: Callable[..., Path], tmp_path: Path
) -> None:
    seeds = make_seed("good.txt", GOOD).parent
    docs = tmp_path / "docs"
    assert main(["--seeds", str(seeds), "--docs", str(docs), "--quiet"]) == 0
    before = snapshot(docs)
    make_seed("second.txt", GOOD.replace("fine", "second"))
    # The child dies (no cleanup, like kill -9) after writing two files.
    script = textwrap.dedent(f"""
        import os, pathlib
        real = pathlib.Path.write_bytes
        count = 0
        def dying(self, data):
            global count
            count += 1
            if count > 2:
                os._exit(9)
            return real(self, data)
        pathlib.Path.write_bytes = dying
        from annotated_news.cli import main
        # One process: with workers, which files this process writes first
        # (cache or docs) would depend on the machine's load.
        main(["--seeds", {str(seeds)!r}, "--docs", {str(docs)!r}, "--jobs", "1"])
    """)
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 9
    assert snapshot(docs) == before
    assert list(tmp_path.glob(".staging-docs-*"))  # the dead build's leftovers
    assert main(["--seeds", str(seeds), "--docs", str(docs), "--quiet"]) == 0
    assert not list(tmp_path.glob(".staging-docs-*"))  # cleaned by the next build
    assert len(snapshot(docs)) > len(before)


def test_a_failing_site_build_leaves_site_as_it_was(
    make_seed: Callable[..., Path], tmp_path: Path
) -> None:
    seeds = make_seed("good.txt", GOOD).parent
    docs, site = tmp_path / "docs", tmp_path / "site"
    args = [
        "--seeds",
        str(seeds),
        "--docs",
        str(docs),
        "--site",
        str(site),
        "--config-file",
        str(ROOT / "mkdocs.yml"),
        "--quiet",
    ]
    assert main(args) == 0
    before = snapshot(site)
    # A config whose strict build fails: a nav entry to a missing page.
    broken = tmp_path / "mkdocs.yml"
    broken.write_text(
        relocated_config().replace(
            "  - Home: index.md", "  - Home: index.md\n  - Missing: missing.md"
        )
    )
    assert main([*args[:-3], "--config-file", str(broken), "--quiet"]) == 1
    assert snapshot(site) == before


@pytest.mark.site
def test_a_seeds_folder_emptied_keeps_the_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every seed deleted (the folder kept, or a mount not mounted): the site
    may be the last copy of the articles, so the build refuses to replace it
    with a site of none, in one line naming the folders."""
    from .conftest import build_site_in

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(" date 2025-06-04 Title\nMaria Lopez spoke.\n")
    assert build_site_in(tmp_path) == 0
    capsys.readouterr()
    page = next((tmp_path / "docs" / "articles").glob("*.md"))
    (seeds / "a.txt").unlink()
    assert build_site_in(tmp_path) == 1
    err = capsys.readouterr().err
    assert err == (
        f"error: seeds folder '{seeds}' holds no seed (*.txt): the build would "
        f"remove every article of '{tmp_path / 'docs'}' and "
        f"'{tmp_path / 'site'}'; put the seeds back, or remove those folders "
        "to publish a site of no articles\n"
    )
    assert page.is_file()


@pytest.mark.site
def test_no_seeds_and_no_site_builds_a_site_of_no_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It had stopped with a KeyError on the home page's counts."""
    from .conftest import build_site_in

    (tmp_path / "seeds").mkdir()
    status = build_site_in(tmp_path)
    err = capsys.readouterr().err
    assert status == 0 and "Traceback" not in err, err
    assert (tmp_path / "site" / "index.html").is_file()
    assert "0 articles" in (tmp_path / "docs" / "index.md").read_text()


def test_no_seed_but_files_not_read_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The seeds renamed 'A.TXT': the refusal says what was not read (the
    warnings that would say it come only with a build)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(" date 2025-06-04 Title\nMaria Lopez spoke.\n")
    docs = str(tmp_path / "docs")
    assert main(["--seeds", str(seeds), "--docs", docs, "-j1", "--quiet"]) == 0
    (seeds / "a.txt").rename(seeds / "A.TXT")
    assert main(["--seeds", str(seeds), "--docs", docs, "-j1", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: "), err
    assert f"{seeds}/A.TXT: not read: a seed's name ends in '.txt'" in err, err
