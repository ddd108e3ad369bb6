"""MkDocs hooks: the project's only MkDocs-specific code.

- `on_startup` / `on_pre_build`: under `mkdocs serve`, rebuild the Markdown
  from the seeds before each MkDocs build, so editing a seed, sidecar or
  template reloads the browser.
- `on_config`: refuse `use_directory_urls: false` (links in article text
  are written as directory URLs).
- `on_serve`: watch the seeds and templates as well as the docs.
- `on_post_page`: move each article's JSON-LD into <head> (see
  `render/jsonld.py`).
- `on_post_build`: index the built site with Pagefind (offline binary from
  PyPI), which replaces Material's lunr search (see `search.py`).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.hooks.annotated_news")
_serving = False


def on_startup(command: str, dirty: bool, **kwargs: Any) -> None:
    """Remember whether MkDocs is serving."""
    global _serving
    _serving = command == "serve"


def on_config(config: Any, **kwargs: Any) -> Any:
    """Refuse settings the generated pages depend on."""
    from mkdocs.exceptions import PluginError

    if not config.use_directory_urls:
        # The article text is raw HTML with links written as directory URLs
        # (indexes/places.py page_url); other URLs would break them.
        raise PluginError("annotated pages need 'use_directory_urls: true'")
    return config


def on_pre_build(config: Any, **kwargs: Any) -> None:
    """Under `mkdocs serve`, regenerate docs/ from the seeds first."""
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
    """Move an article's JSON-LD into <head>, with absolute links."""
    from annotated_news.render.jsonld import place_json_ld

    return place_json_ld(output, page.canonical_url)


def on_post_build(config: Any, **kwargs: Any) -> None:
    """Write the Pagefind search index into the built site."""
    from mkdocs.exceptions import PluginError

    from annotated_news.search import SearchIndexError, index_site

    started = time.perf_counter()
    try:
        pages = index_site(Path(config.site_dir))
    except SearchIndexError as err:
        raise PluginError(str(err)) from None
    log.info("Pagefind indexed %d pages in %.2f s", pages, time.perf_counter() - started)
