"""The search index written while MkDocs still builds the other pages.

Pagefind reads only the article pages (`search.PAGES`) and keeps about one
core busy; run after `mkdocs build`, it left the second core idle for its
whole run (14.2 and 14.6 s of a 105-114 s build at 10,000 articles). When
MkDocs builds its pages in workers (`mkdocs_parallel.py`), the article pages
are built first; as soon as they are all written, `IndexBeside.start` runs
the index command (`search.index_command`, the same program and bundle as
after the build) in a process of its own, and `on_post_build` waits for it.
An article page is written once and never touched again by the build, so
the index reads what it would have read after the build; the bundle folder
`pagefind/` is nothing MkDocs writes.
"""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

from .search import SearchIndexError, index_command

FIRST = "articles/"
"""Source paths (in docs/) of the pages the index reads."""


def is_article(src_uri: str) -> bool:
    """Whether MkDocs makes this page one the index reads."""
    return src_uri.startswith(FIRST)


class IndexBeside:
    """One index process beside a build (at most one at a time)."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[str] | None = None
        self._started = 0.0

    @property
    def running(self) -> bool:
        return self._process is not None

    def start(self, site_dir: Path) -> None:
        """Start indexing the article pages of `site_dir` into its bundle."""
        self.stop()
        self._started = time.perf_counter()
        self._process = subprocess.Popen(
            index_command(site_dir),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def finish(self) -> tuple[int, float]:
        """Wait for the index: the pages indexed, and seconds since its start.

        Raises:
            SearchIndexError: when it failed (Pagefind's message), or none runs.
        """
        process, self._process = self._process, None
        if process is None:
            raise SearchIndexError("no search index is being written")
        out, err = process.communicate()
        seconds = time.perf_counter() - self._started
        found = re.search(r"([0-9]+) pages indexed", out)
        if process.returncode != 0 or found is None:
            raise SearchIndexError(
                err.strip() or out.strip() or f"exit status {process.returncode}"
            )
        return int(found.group(1)), seconds

    def stop(self) -> None:
        """End an index still running (the build failed); its own cleanup runs."""
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()  # search.main removes its part folders on SIGTERM
        try:
            process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
