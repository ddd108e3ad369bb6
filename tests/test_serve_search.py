"""The search index under `mkdocs serve` is written beside the served one and
swapped in whole (`annotated_news/serve_search.py`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from annotated_news.search import BUNDLE
from annotated_news.serve_search import NEXT, STATUS, BackgroundIndex, popen

PAGE = (
    "<!doctype html><html lang='en'><head><title>T</title></head>"
    "<body><main data-pagefind-body><p>{words}</p></main></body></html>"
)


def status(site: Path) -> dict[str, object]:
    return dict(json.loads((site / STATUS).read_text(encoding="utf-8")))


def a_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "articles" / "a").mkdir(parents=True)  # where search.PAGES looks
    page = site / "articles" / "a" / "index.html"
    page.write_text(PAGE.format(words="Quillfeather harbour"))
    (site / BUNDLE).mkdir()
    (site / BUNDLE / "old-index").write_text("the index served before")
    return site


def stand_in(code: str) -> subprocess.Popen[str]:
    """A process in place of Pagefind."""
    return subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_served_index_stays_until_the_new_one_is_complete(tmp_path: Path) -> None:
    site = a_site(tmp_path)
    lines: list[str] = []
    slow = BackgroundIndex(lines.append, lambda command: stand_in("input()"))
    slow.start(site)  # stands for a Pagefind run that is still writing
    assert status(site) == {"indexing": True, "version": 0}
    assert (site / BUNDLE / "old-index").exists()
    slow.stop()
    assert status(site)["indexing"] is True  # a newer build will start one
    assert (site / BUNDLE / "old-index").exists()
    assert lines == []

    index = BackgroundIndex(lines.append)  # real Pagefind
    index.start(site)
    index.wait()
    assert status(site) == {"indexing": False, "version": 1}
    assert not (site / BUNDLE / "old-index").exists()
    assert (site / BUNDLE / "pagefind-entry.json").exists()
    assert not (site / NEXT).exists()
    assert lines == ["search index updated: 1 pages"]


def test_a_new_build_stops_the_index_of_the_last_one(tmp_path: Path) -> None:
    site = a_site(tmp_path)
    started: list[subprocess.Popen[str]] = []

    def start(command: list[str]) -> subprocess.Popen[str]:
        # The first run never ends by itself; the second is real Pagefind.
        process = stand_in("input()") if not started else popen(command)
        started.append(process)
        return process

    index = BackgroundIndex(lambda line: None, start)
    index.start(site)
    index.start(site)
    index.wait()
    assert started[0].returncode is not None  # stopped, not left running
    assert status(site) == {"indexing": False, "version": 2}
    assert (site / BUNDLE / "pagefind-entry.json").exists()


def test_a_failed_index_keeps_the_served_one_and_says_why(tmp_path: Path) -> None:
    site = a_site(tmp_path)
    lines: list[str] = []
    failing = "import sys; sys.stderr.write('disk full'); sys.exit(3)"
    index = BackgroundIndex(lines.append, lambda command: stand_in(failing))
    index.start(site)
    index.wait()
    assert status(site) == {"indexing": False, "version": 0}
    assert (site / BUNDLE / "old-index").exists()
    assert lines == ["search index not updated: Pagefind failed: disk full"]
