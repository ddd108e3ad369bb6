"""Shared fixtures: seed folders, built sites, fixture-file cases."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from annotated_news.annotators import annotate
from annotated_news.model import Article
from annotated_news.parse.article import parse_article
from annotated_news.reader import read_seed
from tools.benchmark.serve import relocated_config as tools_relocated_config

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
CASES = Path(__file__).parent / "cases"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/docs from the current code (make golden)",
    )


def build_site_in(
    root: Path, seeds: Path | None = None, config: Path = ROOT / "mkdocs.yml"
) -> int:
    """Run the command line as `make build` does: seeds into root/docs and root/site.

    Returns its exit status. `seeds` defaults to root/seeds.
    """
    from annotated_news.cli import main

    return main(
        [
            "--seeds",
            str(seeds or root / "seeds"),
            "--docs",
            str(root / "docs"),
            "--site",
            str(root / "site"),
            "--config-file",
            str(config),
            "--quiet",
        ]
    )


def relocated_config() -> str:
    """The project's mkdocs.yml, made usable from another folder."""
    return tools_relocated_config(ROOT)


def read_cases(path: Path) -> list[tuple[int, str, str, str]]:
    """Read a `.`-separated case file: title / . / input / . / expected / .

    As in markdown-it-py's fixture files: a title line, then the input and
    the expected output, each closed by a line holding a single dot. Each case
    keeps the 1-based line of its title, so that a failing case names its
    file and line.
    """
    lines = path.read_text(encoding="utf-8").split("\n")
    cases, i = [], 0
    while i < len(lines):
        if not lines[i].strip() or lines[i].startswith("#"):
            i += 1
            continue
        title = lines[i]
        if i + 1 >= len(lines) or lines[i + 1] != ".":
            raise ValueError(f"{path}:{i + 2}: expected '.' after the title")
        parts, j = [], i + 2
        for _ in range(2):
            start = j
            while j < len(lines) and lines[j] != ".":
                j += 1
            if j == len(lines):
                raise ValueError(
                    f"{path}:{start + 1}: a case part is not closed by '.'"
                )
            parts.append("\n".join(lines[start:j]))
            j += 1
        cases.append((i + 1, title, parts[0], parts[1]))
        i = j
    return cases


def case_params(name: str) -> list[object]:
    """pytest parameters for every case of `tests/cases/<name>.txt`.

    The id names the case's file and line ("figures.txt:12: a rate").
    """
    path = CASES / f"{name}.txt"
    return [
        pytest.param(inp, exp, id=f"{path.name}:{line}: {title}")
        for line, title, inp, exp in read_cases(path)
    ]


@pytest.fixture
def make_seed(tmp_path: Path) -> Callable[..., Path]:
    """Write a seed (and optional sidecar) into a temporary seeds folder."""
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)

    def make(name: str, text: str | bytes, sidecar: str | None = None) -> Path:
        path = seeds / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        if sidecar is not None:
            path.with_suffix(".yml").write_text(sidecar, encoding="utf-8")
        return path

    return make


def article_from_text(tmp_path: Path, text: str, name: str = "case.txt") -> Article:
    """Parse and annotate a seed text (with its date header)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return annotate(parse_article(read_seed(path)))


@pytest.fixture
def annotated(tmp_path: Path) -> Callable[[str], Article]:
    """Annotate a seed text given inline."""
    return lambda text: article_from_text(tmp_path, text)


def require_corpus(name: str) -> Path:
    """Return a third-party corpus folder, or skip when it is not on this machine."""
    path = CORPORA / name
    if not path.is_dir():
        pytest.skip(f"corpus {name} not found at {path} (see ../shared/corpora)")
    return path


def browser_required() -> bool:
    """CI sets REQUIRE_BROWSER=1: a missing browser then fails instead of skipping."""
    return os.environ.get("REQUIRE_BROWSER") == "1"
