"""No output folder may be, hold or sit inside the seeds or the templates.

Every case runs the real command line and then checks that every seed is
still there, byte for byte: the serious failure was `--site seeds` exiting 0
after deleting them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from annotated_news.cli import main
from annotated_news.config import PACKAGE, PROJECT_TEMPLATES
from annotated_news.folders import MADE_LIST, folder_problems

from .conftest import ROOT, SEEDS, relocated_config


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


CASES = {
    "site is the seeds": ["--site", "seeds"],
    "site holds the seeds": ["--site", "."],
    "site inside the seeds": ["--site", "seeds/site"],
    "docs is the seeds": ["--docs", "seeds"],
    "docs holds the seeds": ["--docs", "."],
    "docs inside the seeds": ["--docs", "seeds/out"],
    "cache is the seeds": ["--cache", "seeds"],
    "cache holds the seeds": ["--cache", "."],
    "site is the docs": ["--docs", "out", "--site", "out"],
    "site inside the docs": ["--docs", "out", "--site", "out/site"],
    "cache inside the docs": ["--docs", "out", "--cache", "out/cache"],
    "site is the templates": ["--site", str(PROJECT_TEMPLATES)],
    "docs inside the templates": ["--docs", str(PROJECT_TEMPLATES / "docs")],
}


@pytest.mark.parametrize("args", CASES.values(), ids=CASES.keys())
def test_an_output_folder_that_would_lose_files_is_refused(
    project: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = snapshot(project / "seeds")
    templates = snapshot(PROJECT_TEMPLATES)
    status = main([*args, "--quiet", "--jobs", "1"])
    err = capsys.readouterr().err
    assert status == 1
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "pick another" in err or "separate folders" in err
    assert snapshot(project / "seeds") == seeds
    assert snapshot(PROJECT_TEMPLATES) == templates
    assert not (project / "docs").exists()  # refused before anything was written


def test_a_site_folder_holding_the_seeds_elsewhere_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The site folder holds the seeds and nothing else protected (not the
    working folder): refused for the seeds alone, before anything is written."""
    data, work = tmp_path / "data", tmp_path / "work"
    shutil.copytree(SEEDS, data / "seeds")
    (data / "other.txt").write_text("kept")
    work.mkdir()
    monkeypatch.chdir(work)
    before = snapshot(tmp_path)
    status = main(["--seeds", str(data / "seeds"), "--site", str(data), "--quiet"])
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1, err
    assert f"site folder '{data}' holds the seeds folder" in err
    assert snapshot(tmp_path) == before
    assert not any(work.iterdir()) and not (tmp_path / ".cache").exists()


def test_a_symlink_to_the_seeds_is_the_seeds(project: Path) -> None:
    (project / "link").symlink_to(project / "seeds")
    seeds = snapshot(project / "seeds")
    assert main(["--site", "link", "--quiet"]) == 1
    assert snapshot(project / "seeds") == seeds


def test_separate_folders_pass() -> None:
    assert (
        folder_problems(
            {
                "docs folder": Path("/p/docs"),
                "site folder": Path("/p/site"),
                "cache folder": Path("/p/.cache/annotated-news"),
            },
            {
                "seeds folder": Path("/p/seeds"),
                "templates folder": Path("/p/templates"),
            },
        )
        == []
    )


def test_each_problem_names_both_folders() -> None:
    problems = folder_problems(
        {"site folder": Path("/p")}, {"seeds folder": Path("/p/seeds")}
    )
    assert problems == [
        "site folder '/p' holds the seeds folder '/p/seeds': a build "
        "replaces its site folder whole and would delete it; "
        "pick another"
    ]


@pytest.mark.site
@pytest.mark.parametrize("setting", ["site_dir", "docs_dir"])
def test_mkdocs_refuses_a_folder_setting_that_is_the_seeds(
    project: Path, caplog: pytest.LogCaptureFixture, setting: str
) -> None:
    """`mkdocs serve` regenerates docs_dir from the seeds, `mkdocs build`
    replaces site_dir: either set to the seeds folder is refused."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    assert main(["--quiet", "--jobs", "1"]) == 0
    (project / "mkdocs.yml").write_text(relocated_config(), encoding="utf-8")
    seeds = snapshot(project / "seeds")
    folders = {"site_dir": str(project / "site"), "docs_dir": str(project / "docs")}
    folders[setting] = str(project / "seeds")
    config = load_config(str(project / "mkdocs.yml"), **folders)
    with pytest.raises(Abort):
        build(config)
    assert f"{setting} " in caplog.text and "is the seeds folder" in caplog.text
    assert snapshot(project / "seeds") == seeds


@pytest.mark.site
def test_mkdocs_refuses_a_site_dir_that_holds_its_configuration(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """No seeds folder here: the configuration's own folder is what is lost."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n")
    (tmp_path / "conf").mkdir()
    config_file = tmp_path / "conf" / "mkdocs.yml"
    config_file.write_text(relocated_config(), encoding="utf-8")
    config = load_config(
        str(config_file),
        docs_dir=str(tmp_path / "docs"),
        site_dir=str(tmp_path / "conf"),
    )
    with pytest.raises(Abort):
        build(config)
    assert "is the folder of the MkDocs configuration" in caplog.text
    assert config_file.is_file()


@pytest.mark.site
def test_mkdocs_build_refuses_a_site_dir_of_the_users(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """`mkdocs build` empties site_dir (all but its dot entries): a folder
    holding files no build made is refused before that; a `.git` alone is
    kept by MkDocs and passes."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n")
    (tmp_path / "mkdocs.yml").write_text(relocated_config(), encoding="utf-8")
    mine = _users_folder(tmp_path / "mine")
    config = load_config(
        str(tmp_path / "mkdocs.yml"),
        docs_dir=str(tmp_path / "docs"),
        site_dir=str(tmp_path / "mine"),
    )
    with pytest.raises(Abort):
        build(config)
    assert "files a build did not make ('letter.odt', 'sub')" in caplog.text
    assert snapshot(tmp_path / "mine") == mine


CLI_PLACES = {
    "site is the working folder": (["--site", "."], "working folder"),
    "docs holds the working folder": (["--docs", ".."], "working folder"),
    "site holds the configuration": (["--site", "conf"], "MkDocs configuration"),
    "cache is the code": (["--cache", str(PACKAGE)], "project's code"),
}


@pytest.mark.parametrize("case", CLI_PLACES.values(), ids=CLI_PLACES.keys())
def test_places_that_may_hold_outputs_are_never_replaced(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    case: tuple[list[str], str],
) -> None:
    args, what = case
    work = tmp_path / "work"
    (work / "seeds").mkdir(parents=True)
    (work / "seeds" / "a.txt").write_text(" date 2025-06-04 Title\nText.\n")
    (work / "conf").mkdir()
    (work / "conf" / "mkdocs.yml").write_text(relocated_config())
    monkeypatch.chdir(work)
    before = snapshot(tmp_path)
    status = main(
        ["--seeds", "seeds", "--config-file", "conf/mkdocs.yml", *args, "--quiet"]
    )
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1, err
    assert what in err, err
    assert snapshot(tmp_path) == before


def _users_folder(folder: Path) -> dict[str, bytes]:
    """A folder of the user's: files and a subfolder no build made."""
    (folder / "sub").mkdir(parents=True)
    (folder / "letter.odt").write_bytes(b"the user's letter")
    (folder / "sub" / "photo.jpg").write_bytes(b"\xff\xd8 the user's photo")
    return snapshot(folder)


USERS_FOLDER = {
    "docs": ["--docs", "mine"],
    "docs through ..": ["--docs", "seeds/../mine"],
    "docs, absolute": ["--docs", "{root}/mine"],
    "docs through a link": ["--docs", "link"],
    "site": ["--site", "mine"],
}


@pytest.mark.parametrize("args", USERS_FOLDER.values(), ids=USERS_FOLDER.keys())
def test_a_folder_of_the_users_is_never_replaced(
    project: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """An output folder that holds files no build made is refused, untouched.

    A build replaces its output folder whole: `--docs ~/Documents` deleted
    every file in it and exited 0.
    """
    mine = _users_folder(project / "mine")
    (project / "link").symlink_to(project / "mine")
    args = [arg.format(root=project) for arg in args]
    status = main([*args, "--quiet", "--jobs", "1", "--no-cache"])
    err = capsys.readouterr().err
    assert status == 1, err
    assert err.count("\n") == 1 and err.startswith("error: "), err
    assert "files a build did not make" in err and "'letter.odt'" in err, err
    assert snapshot(project / "mine") == mine


def test_a_folder_a_build_made_is_replaced(project: Path) -> None:
    """A build's own folder (it holds `annotations.jsonld`) is rebuilt, and
    an empty folder is used."""
    (project / "empty").mkdir()
    assert main(["--docs", "empty", "--quiet", "--jobs", "1", "--no-cache"]) == 0
    page = next((project / "empty" / "articles").glob("*.md"))
    page.write_text("changed by hand")
    assert main(["--docs", "empty", "--quiet", "--jobs", "1", "--no-cache"]) == 0
    assert page.read_text().startswith("---")  # the build's file: made again


@pytest.mark.site
def test_files_a_user_adds_inside_a_built_folder_are_kept(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file added inside a built docs/ or site/ (a CNAME for GitHub Pages,
    a picture) was deleted by the next build. Each build lists what it wrote
    (`.annotated-news-made`); any other file stays, linked into the new
    tree, and one in docs/ is published too. A file where the build then
    writes is refused, naming it, and nothing changes."""
    (project / "mkdocs.yml").write_text(relocated_config(), encoding="utf-8")
    args = ["--site", "site", "--quiet", "--jobs", "1"]
    assert main(args) == 0
    (project / "site" / "CNAME").write_text("news.example.org\n")
    (project / "docs" / "images").mkdir()
    (project / "docs" / "images" / "map.png").write_bytes(b"\x89PNG map")
    kept = _with_all_inodes(project / "site", "CNAME")
    seed = project / "seeds" / sorted(p.name for p in SEEDS.glob("*.txt"))[0]
    seed.write_text(seed.read_text() + "\nAn editor added 12 words here.\n")
    assert main(args) == 0, capsys.readouterr().err
    assert _with_all_inodes(project / "site", "CNAME") == kept
    assert (project / "docs" / "images" / "map.png").read_bytes() == b"\x89PNG map"
    assert (project / "site" / "images" / "map.png").read_bytes() == b"\x89PNG map"
    page = next((project / "docs" / "articles").glob("*.md")).name
    mine = project / "docs" / "articles" / page
    (project / "docs" / ".annotated-news-made").write_text(
        (project / "docs" / ".annotated-news-made")
        .read_text()
        .replace(f"articles/{page}\n", "")
    )
    before = snapshot(project / "docs")
    capsys.readouterr()
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "holds files no build made where this" in err
    assert f"'articles/{page}'" in err and "move them" in err, err
    assert snapshot(project / "docs") == before and mine.is_file()


def _with_all_inodes(folder: Path, *names: str) -> dict[str, tuple[bytes, int]]:
    return {n: ((folder / n).read_bytes(), (folder / n).stat().st_ino) for n in names}


def _dot_entries(folder: Path) -> dict[str, tuple[bytes, int]]:
    """The user's entries starting with '.' in a built folder (bytes, inode)."""
    (folder / ".git" / "refs").mkdir(parents=True)
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    (folder / ".git" / "refs" / "main").write_text("0123abcd\n")
    (folder / ".nojekyll").write_text("")
    (folder / "articles" / ".DS_Store").write_bytes(b"Bud1\x00 Finder's")
    return _with_inodes(folder)


def _with_inodes(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_ino)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and any(part.startswith(".") for part in p.parts[-3:])
        and p.name != MADE_LIST  # the build's own list
    }


@pytest.mark.site
def test_entries_starting_with_a_dot_are_kept_by_every_build(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A `.DS_Store` (a Mac user opened docs/ in Finder) or the `.git` of a
    gh-pages checkout in site/ made every later build refuse ('holds files a
    build did not make'), for ever; one inside a subfolder was deleted. A
    build writes no such name: each is the user's, linked into every new
    tree as it is, whether the pages changed or not."""
    (project / "mkdocs.yml").write_text(relocated_config(), encoding="utf-8")
    args = ["--site", "site", "--quiet", "--jobs", "1"]
    assert main(args) == 0
    docs = _dot_entries(project / "docs")
    site = _dot_entries(project / "site")
    assert main(args) == 0, capsys.readouterr().err
    seed = project / "seeds" / sorted(p.name for p in SEEDS.glob("*.txt"))[0]
    seed.write_text(seed.read_text() + "\nAn editor added 12 words here.\n")
    assert main(args) == 0, capsys.readouterr().err
    assert "An editor added" in (project / "docs" / "annotations.jsonld").read_text()
    assert _with_inodes(project / "docs") == docs
    assert _with_inodes(project / "site") == site


def test_a_folder_holding_only_dot_entries_is_used(project: Path) -> None:
    """A fresh gh-pages checkout (only `.git`) or a new folder Finder has
    opened (only `.DS_Store`) is empty to a build; the entries stay."""
    (project / "out" / ".git").mkdir(parents=True)
    (project / "out" / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    assert main(["--docs", "out", "--quiet", "--jobs", "1", "--no-cache"]) == 0
    assert (project / "out" / "annotations.jsonld").is_file()
    assert (project / "out" / ".git" / "HEAD").read_text().startswith("ref:")


def _make_clean(project: Path) -> subprocess.CompletedProcess[str]:
    """`make clean` in a project folder, without a virtual environment."""
    return subprocess.run(
        ["make", "--no-print-directory", "clean", "VENV=no-venv"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def test_make_clean_removes_only_what_a_build_made(tmp_path: Path) -> None:
    """`make clean` removed `docs/` and `site/` whatever they held: a site
    folder that is a gh-pages checkout (`.git`) or a folder of the user's.
    Now a folder of the user's stays whole, and in a built folder the
    entries starting with '.' stay."""
    if not shutil.which("make"):
        pytest.skip("make not found")
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    built = tmp_path / "docs"
    (built / "articles" / "a-page").mkdir(parents=True)
    (built / "articles" / "a-page" / "index.md").write_text("# A page")
    (built / "annotations.jsonld").write_text("{}")
    kept = _dot_entries(built)
    mine = _users_folder(tmp_path / "site")
    result = _make_clean(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "'site' holds files a build did not make" in result.stdout
    assert snapshot(tmp_path / "site") == mine
    assert _with_inodes(built) == kept
    assert sorted(p.relative_to(built).as_posix() for p in built.rglob("*")) == [
        ".git",
        ".git/HEAD",
        ".git/refs",
        ".git/refs/main",
        ".nojekyll",
        "articles",
        "articles/.DS_Store",
    ]


def test_a_cache_others_can_write_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The cache holds pickles and compiled templates, which run code when
    read: a cache folder (or one above it) that another user can write was
    used, so anyone on the machine could run code as the user who builds."""
    shared = project / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    status = main(["--cache", "shared/cache", "--quiet", "--jobs", "1"])
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1, err
    assert "cache folder 'shared/cache' is not yours alone" in err
    assert "'" + str(shared) + "' can be written by every user" in err
    assert not (project / "docs").exists() and not (shared / "cache").exists()
    sticky = project / "tmp"
    sticky.mkdir()
    sticky.chmod(0o1777)  # as /tmp: others cannot rename what is in it
    assert main(["--cache", "tmp/cache", "--quiet", "--jobs", "1"]) == 0
    (sticky / "cache").chmod(0o777)
    assert main(["--cache", "tmp/cache", "--quiet", "--jobs", "1"]) == 1
    assert "can be written by every user" in capsys.readouterr().err


def test_folders_far_above_the_cache_are_not_checked(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A workspace inside a folder every user can write (a CI volume) still
    builds with its cache: whoever can write that far up can replace the
    code as well, so only the cache and the folder holding it are checked."""
    wide = project / "wide"
    (wide / "inner").mkdir(parents=True)
    wide.chmod(0o777)
    assert main(["--cache", "wide/inner/cache", "--quiet", "--jobs", "1"]) == 0
    assert (wide / "inner" / "cache").is_dir()
    (wide / "inner").chmod(0o777)
    assert main(["--cache", "wide/inner/cache", "--quiet", "--jobs", "1"]) == 1
    assert "can be written by every user" in capsys.readouterr().err


def test_a_cache_of_another_user_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = project / "theirs"
    cache.mkdir()
    try:
        os.chown(cache, 4242, 4242)
    except PermissionError:
        pytest.skip("giving a folder to another user needs root")
    assert main(["--cache", "theirs", "--quiet", "--jobs", "1"]) == 1
    assert "belongs to another user (uid 4242)" in capsys.readouterr().err


def test_make_clean_keeps_the_files_a_build_did_not_write(tmp_path: Path) -> None:
    """With the build's list, `make clean` removes what is on it, and the
    user's files and folders stay (a CNAME, a picture)."""
    if not shutil.which("make"):
        pytest.skip("make not found")
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    site = tmp_path / "site"
    (site / "articles" / "a-page").mkdir(parents=True)
    (site / "articles" / "a-page" / "index.html").write_text("<p>A page</p>")
    (site / "annotations.jsonld").write_text("{}")
    (site / MADE_LIST).write_text("annotations.jsonld\narticles/a-page/index.html\n")
    (site / "CNAME").write_text("news.example.org\n")
    (site / "articles" / "map.png").write_bytes(b"\x89PNG")
    result = _make_clean(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "removing the files a build wrote in 'site'" in result.stdout
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*")) == [
        "CNAME",
        "articles",
        "articles/map.png",
    ]


@pytest.mark.site
def test_mkdocs_build_refuses_a_built_site_holding_the_users_files(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """`mkdocs build` itself empties site_dir: a file the user added inside a
    built site (not on its list) is refused, not deleted."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n")
    (tmp_path / "mkdocs.yml").write_text(relocated_config(), encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "annotations.jsonld").write_text("{}")
    (site / MADE_LIST).write_text("annotations.jsonld\n")
    (site / "CNAME").write_text("news.example.org\n")
    config = load_config(
        str(tmp_path / "mkdocs.yml"),
        docs_dir=str(tmp_path / "docs"),
        site_dir=str(site),
    )
    with pytest.raises(Abort):
        build(config)
    assert "files a build did not make ('CNAME')" in caplog.text
    assert (site / "CNAME").read_text() == "news.example.org\n"
