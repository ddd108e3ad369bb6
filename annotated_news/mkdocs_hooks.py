"""MkDocs hooks: the project's only MkDocs-specific code.

- `on_startup` / `on_pre_build`: under `mkdocs serve`, rebuild the Markdown
  from the seeds before each MkDocs build, so editing a seed, sidecar or
  template reloads the browser.
- `on_serve`: watch the seeds and templates as well as the docs.
- `on_post_page`: move each article's JSON-LD into <head> (see
  `render/jsonld.py`) and collect its quotes from it.
- `on_post_build`: index the built site and one record per quote with Pagefind
  (offline binary from PyPI), which replaces Material's lunr search.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.hooks.annotated_news")
_serving = False
_quotes: list[Any] = []


def on_startup(command: str, dirty: bool, **kwargs: Any) -> None:
    """Remember whether MkDocs is serving."""
    global _serving
    _serving = command == "serve"


def on_pre_build(config: Any, **kwargs: Any) -> None:
    """Under `mkdocs serve`, regenerate docs/ from the seeds first."""
    _quotes.clear()
    if not _serving:
        return
    from annotated_news.build import build
    from annotated_news.config import SiteConfig
    from annotated_news.errors import SeedErrors, SiteError

    root = Path(config.config_file_path).parent
    try:
        report = build(SiteConfig(seeds_dir=root / "seeds",
                                  docs_dir=Path(config.docs_dir)))
        log.info(report.summary())
    except SeedErrors as err:
        for error in err.errors:
            log.error(error.message())
    except SiteError as err:
        log.error(str(err))


def on_serve(server: Any, config: Any, builder: Any, **kwargs: Any) -> Any:
    """Reload when a seed, sidecar or template changes."""
    root = Path(config.config_file_path).parent
    for folder in ("seeds", "templates"):
        if (root / folder).is_dir():
            server.watch(str(root / folder))
    return server


def on_post_page(output: str, page: Any, config: Any, **kwargs: Any) -> str:
    """Move the JSON-LD into <head>; collect the quotes of searchable pages."""
    from annotated_news.render.jsonld import place_json_ld

    output = place_json_ld(output, page.canonical_url)
    if page.meta.get("pagefind"):
        from annotated_news.search import quote_records

        _quotes.extend(quote_records(page.url, output))
    return output


def on_post_build(config: Any, **kwargs: Any) -> None:
    """Write the Pagefind search index into the built site."""
    from mkdocs.exceptions import PluginError

    from annotated_news.search import SearchIndexError, index_site

    started = time.perf_counter()
    try:
        entries, quotes = index_site(Path(config.site_dir), _quotes)
    except SearchIndexError as err:
        raise PluginError(str(err)) from None
    log.info("Pagefind indexed %d pages and %d quotes in %.2f s",
             entries - quotes, quotes, time.perf_counter() - started)
