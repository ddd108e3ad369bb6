"""No output folder may be, hold or sit inside the seeds or the templates.

Every case runs the real command line and then checks that every seed is
still there, byte for byte: the serious failure was `--site seeds` exiting 0
after deleting them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotated_news.cli import main
from annotated_news.config import PACKAGE, PROJECT_TEMPLATES
from annotated_news.folders import folder_problems

from .conftest import SEEDS, relocated_config


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
