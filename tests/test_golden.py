"""The generated docs/ of tests/golden/seeds/, compared byte for byte.

The seeds are written for this test: an article with a headline, figures,
quotes and a sidecar with notes (one links to another article), a seed
without a headline, one with a pinned slug, a hostile-text seed with CRLF
line ends and markup in its sidecar, and a Windows-1252 seed. Any change to
a page shows up here as a diff. When the change is meant, regenerate the
expected files with `make golden` (`pytest tests/test_golden.py
--update-golden`), read the diff and commit it with the reason.
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from annotated_news.cli import main

GOLDEN = Path(__file__).parent / "golden"
SEEDS = GOLDEN / "seeds"
EXPECTED = GOLDEN / "docs"
MAX_DIFF_LINES = 60


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def explain(expected: dict[str, bytes], actual: dict[str, bytes]) -> str:
    """What differs: missing and extra files, then the start of each diff."""
    lines = [f"missing: {name}" for name in sorted(expected.keys() - actual.keys())]
    lines += [f"extra: {name}" for name in sorted(actual.keys() - expected.keys())]
    for name in sorted(expected.keys() & actual.keys()):
        if expected[name] != actual[name]:
            lines += difflib.unified_diff(
                expected[name].decode("utf-8", "replace").splitlines(),
                actual[name].decode("utf-8", "replace").splitlines(),
                f"golden/docs/{name}",
                f"built/{name}",
                lineterm="",
            )
    shown = lines[:MAX_DIFF_LINES]
    if len(lines) > MAX_DIFF_LINES:
        shown.append(f"... {len(lines) - MAX_DIFF_LINES} more lines")
    shown.append("if the change is meant: make golden, read the diff, commit it")
    return "\n".join(shown)


def test_docs_match_the_golden_files(
    tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "docs"
    # The exports' links are absolute from mkdocs.yml's site_url: its default.
    monkeypatch.delenv("SITE_URL", raising=False)
    args = ["--seeds", str(SEEDS), "--docs", str(docs), "--no-cache", "--quiet"]
    args += ["--config-file", str(Path(__file__).parent.parent / "mkdocs.yml")]
    assert main([*args, "--jobs", "1"]) == 0
    built = tree(docs)
    assert len(built) > 15  # every kind of page is there, not an empty folder
    if request.config.getoption("--update-golden"):
        shutil.rmtree(EXPECTED, ignore_errors=True)
        shutil.copytree(docs, EXPECTED)
        return
    expected = tree(EXPECTED)
    assert built == expected, explain(expected, built)


def test_the_golden_seeds_cover_what_they_claim() -> None:
    """The fixture set keeps the kinds of seeds the docstring lists."""
    texts = {p.name: p.read_bytes() for p in SEEDS.glob("*.txt")}
    sidecars = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.yml")}
    assert sum("notes:" in s for s in sidecars.values()) >= 2
    assert any("slug:" in s for s in sidecars.values())
    assert any(b"\r\n" in t and b"<script>" in t for t in texts.values())
    assert any(b"\x93" in t for t in texts.values())  # Windows-1252 quotes
    # A seed whose first line is a paragraph (it ends with a full stop).
    assert any(t.split(b"\n", 1)[0].rstrip().endswith(b".") for t in texts.values())
