"""MkDocs hooks: the project's only MkDocs-specific code.

- `on_startup` / `on_pre_build`: under `mkdocs serve`, rebuild the Markdown
  from the seeds before each MkDocs build, so editing a seed, sidecar or
  template reloads the browser.
- `on_serve`: watch the seeds and templates instead of the generated docs.
- `on_post_build`: index the built site with Pagefind (offline binary from
  PyPI), which replaces Material's lunr search.
"""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.hooks.annotated_news")
_serving = False


def on_startup(command: str, dirty: bool, **kwargs: Any) -> None:
    """Remember whether MkDocs is serving."""
    global _serving
    _serving = command == "serve"


def on_pre_build(config: Any, **kwargs: Any) -> None:
    """Under `mkdocs serve`, regenerate docs/ from the seeds first."""
    if not _serving:
        return
    from annotated_news.build import build
    from annotated_news.config import SiteConfig, cache_beside
    from annotated_news.errors import SeedErrors, SiteError

    root = Path(config.config_file_path).parent
    docs = Path(config.docs_dir)
    try:
        # Cached annotations: only the seeds that changed are annotated again;
        # unchanged pages keep their files (and mtimes, for `serve --dirty`).
        report = build(SiteConfig(seeds_dir=root / "seeds", docs_dir=docs,
                                  cache_dir=cache_beside(docs)))
        log.info(report.summary())
    except SeedErrors as err:
        for error in err.errors:
            log.error(error.message())
    except SiteError as err:
        log.error(str(err))


def on_serve(server: Any, config: Any, builder: Any, **kwargs: Any) -> Any:
    """Reload when a seed, sidecar or template changes.

    docs/ is not watched: each rebuild regenerates it from what is watched,
    and swaps the whole folder in, which the watcher would report as one more
    change (a second, useless rebuild after every edit).
    """
    root = Path(config.config_file_path).parent
    for folder in ("seeds", "templates"):
        if (root / folder).is_dir():
            server.watch(str(root / folder))
    with contextlib.suppress(KeyError):
        server.unwatch(config.docs_dir)
    return server


def on_post_build(config: Any, **kwargs: Any) -> None:
    """Write the Pagefind search index into the built site."""
    if os.environ.get("ANNOTATED_NEWS_SEARCH_INDEX") == "off":  # `make bench` times it
        return
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", config.site_dir],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        log.warning("Pagefind failed: %s", result.stderr.strip() or result.stdout.strip())
    else:
        log.debug(result.stdout)
