"""A copy of the project served by the real `mkdocs serve`, as `make serve` runs it.

Shared by tests/test_serve.py (what the server sends) and
tests/browser/test_live_reload.py (what a reader's browser does with it).
The project is copied to a folder of its own (its seeds, and a mkdocs.yml
whose hooks and theme point back at the repository) and built once as
`make serve` does before serving.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tools.benchmark.serve import fetch, free_port, start_serve

from .conftest import ROOT, SEEDS, relocated_config

EDITED = "000_356ed7786aea7bd9.txt"
EDITED_PHRASE = "shifting resources and reorganization"
"""Words of the edited seed's article, to find its page."""
NEW_SENTENCE = "Editors added this sentence about Quillfeather Harbour while serving."


def wait_for(check: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.5)
    pytest.fail(f"gave up after {seconds} s waiting for {what}")


def built_project(folder: Path) -> Path:
    """The repository's seeds copied to `folder` and built as `make serve` does."""
    shutil.copytree(SEEDS, folder / "seeds")
    (folder / "mkdocs.yml").write_text(relocated_config(), encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "build_site.py"),
            "--seeds",
            str(folder / "seeds"),
            "--docs",
            str(folder / "docs"),
            "--quiet",
        ],
        check=True,
        cwd=folder,
    )
    return folder


@contextlib.contextmanager
def serving(project: Path) -> Iterator[str]:
    """`mkdocs serve` of `project` (log in serve.log); yields its root URL."""
    port = free_port()
    log = (project / "serve.log").open("w", encoding="utf-8")
    proc = start_serve(project, port, log)
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: fetch(base) is not None, 120, "mkdocs serve to answer")
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
        log.close()


def add_sentence(project: Path) -> None:
    """Edit a seed: one sentence more at its end."""
    seed = project / "seeds" / EDITED
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.rstrip("\n") + "\n\n" + NEW_SENTENCE + "\n", encoding="utf-8")


def article_path(docs: Path, phrase: str) -> str:
    """The URL path of the article page whose Markdown holds `phrase`."""
    found = [
        p
        for p in (docs / "articles").glob("*.md")
        if phrase in p.read_text(encoding="utf-8")
    ]
    assert len(found) == 1, found
    return f"articles/{found[0].stem}/"
