"""The search index under `mkdocs serve`: rebuilt in the background.

Pagefind re-indexes the whole site (15 s at 10,000 articles), and MkDocs
reloads the browser only when its build returns. Under `mkdocs serve` the
index is therefore written beside the served one and swapped in whole when
it is complete: the edited page reloads at once, searches meanwhile use the
last complete index, and `search-status.json` in the site says whether a
newer one is on its way (search.js shows a notice while it is). A build
that starts while an index is being written stops it: its pages are stale.
`mkdocs build` is not affected (the index is written before it returns).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

from .search import BUNDLE, index_command, page_count

STATUS = "search-status.json"
"""The file in the site saying whether a newer index is being written."""
NEXT = ".pagefind-next"
OLD = ".pagefind-old"

Start = Callable[[list[str]], "subprocess.Popen[str]"]
"""Starts a command (a test may start another one)."""


def popen(command: list[str]) -> subprocess.Popen[str]:
    """Start `command` with its output captured."""
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def write_status(site_dir: Path, indexing: bool, version: int) -> None:
    """Say whether an index is being written, and which one is served."""
    temporary = site_dir / (STATUS + ".tmp")
    temporary.write_text(
        json.dumps({"indexing": indexing, "version": version}), encoding="utf-8"
    )
    temporary.replace(site_dir / STATUS)


class BackgroundIndex:
    """One Pagefind run at a time, in a thread; the newest build wins."""

    def __init__(self, log: Callable[[str], None], start: Start = popen) -> None:
        self._log = log
        self._start = start
        self._lock = threading.Lock()
        self._process: subprocess.Popen[str] | None = None
        self._thread: threading.Thread | None = None
        self._version = 0

    def stop(self) -> None:
        """Stop the index being written, if any, and wait for its thread."""
        with self._lock:
            process, thread = self._process, self._thread
            self._process = self._thread = None
        if process is not None and process.poll() is None:
            process.terminate()
        if thread is not None:
            thread.join()

    def start(self, site_dir: Path) -> None:
        """Index `site_dir` in the background (stopping a run in progress)."""
        self.stop()
        with self._lock:
            self._version += 1
            version = self._version
            write_status(site_dir, True, version - 1)
            shutil.rmtree(site_dir / NEXT, ignore_errors=True)
            process = self._start(index_command(site_dir, site_dir / NEXT))
            thread = threading.Thread(
                target=self._finish, args=(site_dir, process, version), daemon=True
            )
            self._process, self._thread = process, thread
        thread.start()

    def wait(self) -> None:
        """Wait for the index being written (tests; the end of `serve`)."""
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join()

    def _finish(
        self, site_dir: Path, process: subprocess.Popen[str], version: int
    ) -> None:
        out, err = process.communicate()
        with self._lock:
            if self._process is not process:  # stopped: a newer build runs
                return
            self._process = None
            if process.returncode != 0:
                why = err.strip() or out.strip()
                self._log(f"search index not updated: Pagefind failed: {why}")
                write_status(site_dir, False, version - 1)
                return
            bundle, old = site_dir / BUNDLE, site_dir / OLD
            shutil.rmtree(old, ignore_errors=True)
            if bundle.exists():
                bundle.replace(old)
            (site_dir / NEXT).replace(bundle)
            shutil.rmtree(old, ignore_errors=True)
            write_status(site_dir, False, version)
            self._log(f"search index updated: {page_count(bundle)} pages")
