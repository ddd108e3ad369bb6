"""The search index: Pagefind over the built article pages.

Pagefind (PyPI `pagefind` with its bundled binary, nothing downloaded) indexes
the built site; only pages with `data-pagefind-body` (the articles) are read,
so index pages that repeat the articles stay out. Each article page carries,
in a hidden element that is not indexed as text, its `article`, `outlet` and
`speaker` filters and two meta values per quote: `q-<id>` its speaker and
`q-<id>.text` its words (Pagefind's anchor text of the quote leaves out
nested elements with an id, such as a figure, and decodes entities twice:
its issue #459).

Quotes are results of their own in the browser, not in the index: Pagefind
records where every element with an id starts (its "anchors"), and the search
page (`templates/theme/assets/search.js`) shows each quote of a matching
article whose words were matched as a result "Speaker: “opening words…”"
linking to its permalink. One search record per quote was tried first: at
about 10,000 articles (74,000 quotes) the first search then fetched 2.0 MB,
against 1 MB allowed, and filtering a common word took 22 s.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .errors import SiteError

EXCLUDE = (".headerlink", ".an-meta")
"""Page chrome kept out of the index besides `data-pagefind-ignore` elements."""
ARTICLES = "articles"
PAGES = f"{ARTICLES}/**/*.html"
"""The built pages Pagefind reads: only article pages are searchable (their
front matter says `pagefind: true`, which the theme turns into
`data-pagefind-body`). Reading every page to find that 45% of them (the index
and name pages) have no searchable part cost Pagefind 31% of its peak memory
and 40% of its time at 2,000 articles."""


class SearchIndexError(SiteError):
    """Pagefind could not index the site."""


def index_command(site_dir: Path, output: Path | None = None) -> list[str]:
    """Pagefind's command line indexing `site_dir` into `output`.

    Without `output`, the bundle is `site_dir/pagefind/`.
    """
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--quiet"]
    if any((site_dir / ARTICLES).glob("*/index.html")):
        # With no article page, Pagefind would find no file and fail: it then
        # reads every page, as it did before (a site built from no seeds).
        command += ["--glob", PAGES]
    for selector in EXCLUDE:
        command += ["--exclude-selectors", selector]
    if output is not None:
        command += ["--output-path", str(output)]
    return command


def page_count(bundle: Path) -> int:
    """The number of pages in a Pagefind bundle folder."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text())
    return sum(int(lang["page_count"]) for lang in entry["languages"].values())


def index_site(site_dir: Path) -> int:
    """Write `site_dir/pagefind/` with Pagefind's command line.

    Returns:
        The number of pages indexed.

    Raises:
        SearchIndexError: when Pagefind fails.
    """
    result = subprocess.run(
        index_command(site_dir), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SearchIndexError(
            f"Pagefind failed: {result.stderr.strip() or result.stdout.strip()}"
        )
    return page_count(site_dir / "pagefind")
