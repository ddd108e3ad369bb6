"""MkDocs hooks: the project's only MkDocs-specific code.

- `on_startup` / `on_pre_build`: under `mkdocs serve`, rebuild the Markdown
  from the seeds before each MkDocs build, so editing a seed, sidecar or
  template reloads the browser.
- `on_config`: refuse `use_directory_urls: false` (links in article text
  are written as directory URLs); find the anchors of raw HTML with a
  regular expression instead of a second HTML parse (`mkdocs_anchors.py`);
  convert every page with one Python-Markdown object (`mkdocs_markdown.py`),
  and a page in a small part of Markdown without it (`mkdocs_plain.py`).
- `on_serve`: watch the seeds and templates instead of the generated docs;
  an edited article is shown before the rest of the site catches up
  (`serve_edit.py`).
- `on_nav`: build the pages in worker processes (`mkdocs_parallel.py`).
- `on_page_markdown` / `on_page_content`: keep the page's big raw HTML blocks
  away from Python-Markdown's HTML parser and put them back converted
  (`raw_blocks.py`); check the page's raw HTML links, which MkDocs does not
  see (`raw_links.py`).
- `on_env`: the theme's filter that writes an article's JSON-LD into <head>
  (`render/json_script.py`, used by `templates/theme/main.html`); render the
  navigation once for the pages that share it (`mkdocs_shell.py`).
- `on_post_build`: index the built site with Pagefind (offline binary from
  PyPI), which replaces Material's lunr search (see `search.py`); under
  `mkdocs serve` in the background, so an edit shows at once
  (`serve_search.py`). When the pages are built in workers, the index
  starts as soon as the article pages are written and runs beside the rest
  of the build; `on_post_build` waits for it (`search_beside.py`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from annotated_news import (
    mkdocs_anchors,
    mkdocs_markdown,
    mkdocs_parallel,
    mkdocs_shell,
    raw_blocks,
    raw_links,
)
from annotated_news.folders import (
    first_names,
    folder_problems,
    not_made_by_a_build,
)
from annotated_news.search_beside import IndexBeside, is_article
from annotated_news.serve_edit import (
    BuildChild,
    EditBuilder,
    LastBuild,
    log_lines,
    release_pages,
    serve_reason,
)
from annotated_news.serve_search import STATUS, BackgroundIndex
from annotated_news.writer import users_files

log = logging.getLogger("mkdocs.hooks.annotated_news")
_serving = False
_dirty = False
_background = BackgroundIndex(log.info)
_beside = IndexBeside()
_take_out_blocks = False
"""Whether on_page_markdown takes raw HTML blocks out (see on_config)."""
_child = BuildChild()
_building: dict[str, Any] = {}
"""Under `mkdocs serve`: the configuration, files, navigation and theme of
the build under way, kept in `_last` when it is complete (`serve_edit.py`)."""
_last: LastBuild | None = None
_edits: EditBuilder | None = None


def on_startup(command: str, dirty: bool, **kwargs: Any) -> None:
    """Remember whether MkDocs is serving, and whether builds are dirty."""
    global _serving, _dirty
    _serving = command == "serve"
    _dirty = dirty


def on_config(config: Any, **kwargs: Any) -> Any:
    """Refuse settings the generated pages depend on."""
    from mkdocs.exceptions import PluginError

    if not config.use_directory_urls:
        # The article text is raw HTML with links written as directory URLs
        # (indexes/places.py page_url); other URLs would break them.
        raise PluginError("annotated pages need 'use_directory_urls: true'")
    root = Path(config.config_file_path).parent
    problems = folder_problems(
        {"site_dir": Path(config.site_dir), "docs_dir": Path(config.docs_dir)},
        {"seeds folder": root / "seeds", "templates folder": root / "templates"},
        {"folder of the MkDocs configuration": root},
    )
    # `mkdocs build` empties site_dir but for its dot entries; `mkdocs serve`
    # builds into a folder of its own.
    foreign = [] if _serving else not_made_by_a_build(Path(config.site_dir))
    if not foreign and not _serving:  # files added inside a built site
        foreign = users_files(Path(config.site_dir))
    if foreign:
        problems.append(
            f"site_dir '{config.site_dir}' holds files a build did not make "
            f"({first_names(foreign)}): mkdocs build empties it and would delete them; "
            "give an empty or new folder, or build with 'build_site.py --site', "
            "which keeps them"
        )
    if problems:
        raise PluginError("; ".join(problems))
    import mkdocs

    global _take_out_blocks
    reason = mkdocs_anchors.install(getattr(mkdocs, "__version__", "?"))
    if reason:  # info, not a warning: strict mode would fail the build
        log.info("MkDocs scans raw HTML for anchors itself: %s", reason)
    again = mkdocs_markdown.install(getattr(mkdocs, "__version__", "?"))
    if again:
        log.info("MkDocs makes a Python-Markdown object per page: %s", again)
    # The blocks' ids come from the same scan; other plugins' page events
    # would see the placeholders.
    reason = reason or mkdocs_parallel.others_with(
        config, ("page_markdown", "page_content")
    )
    if os.environ.get(raw_blocks.SWITCH) == "off":
        reason = f"{raw_blocks.SWITCH}=off"
    _take_out_blocks = reason is None
    if reason:
        log.info("Python-Markdown reads every raw HTML block itself: %s", reason)
    if _serving:  # pages then tell search.js where to ask about the index
        config.extra["an_search_status"] = STATUS
    return config


def on_pre_build(config: Any, **kwargs: Any) -> None:
    """Under `mkdocs serve`, regenerate docs/ from the seeds first.

    The build runs as a child process: the server's threads make forking
    worker processes unsafe here, and a fresh process renders on every core.
    Seeds are annotated again only when they changed (the cache), and
    unchanged pages keep their files and mtimes (for `serve --dirty`).
    """
    if not _serving:
        return
    if not _dirty:  # MkDocs is about to empty the site folder
        _background.stop()
    root = Path(config.config_file_path).parent
    status, out, err = _child.run(  # a newer edit may stop it (serve_edit.py)
        [
            sys.executable,
            "-m",
            "annotated_news",
            "--seeds",
            str(root / "seeds"),
            "--docs",
            str(config.docs_dir),
            "--config-file",  # its site_url makes the exports' links absolute
            str(config.config_file_path),
            "--wait",  # a `make build` of the same docs may be running
            "600",
        ]
    )
    log_lines(log.info, log.error, status, out, err)


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
    import mkdocs

    global _edits
    reason = serve_reason(server, getattr(mkdocs, "__version__", "?"))
    if reason:
        log.info("an edit shows after the whole build: %s", reason)
    else:
        _edits = EditBuilder(
            server,
            server.builder,
            root,
            _child,
            lambda: _last,
            log.info,
            Path(config.config_file_path),
        )
        server.builder = _edits
    return server


def on_nav(nav: Any, config: Any, files: Any, **kwargs: Any) -> Any:
    """Build the pages on every core (see mkdocs_parallel.py)."""
    if not (_serving or _dirty):  # workers fork below: import on_env's module once
        import annotated_news.render.json_script  # noqa: F401
    _beside.stop()
    mkdocs_parallel.start(
        nav,
        config,
        files,
        serial=_serving or _dirty,
        first=is_article,
        then=None if _skip_index() else lambda: _beside.start(Path(config.site_dir)),
    )
    if _serving:
        _building.update(config=config, files=files, nav=nav)
    return nav


def on_build_error(error: Exception, **kwargs: Any) -> None:
    """Give MkDocs its own page functions back; end an index under way."""
    mkdocs_parallel.finish()
    _beside.stop()
    _building.clear()


def on_page_markdown(
    markdown: str, page: Any, config: Any, files: Any, **kwargs: Any
) -> str:
    """Take out the raw HTML blocks Python-Markdown would store whole."""
    page.an_raw_blocks = None
    if not _take_out_blocks:
        return markdown
    markdown, page.an_raw_blocks = raw_blocks.take_out(markdown)
    return markdown


def on_page_content(
    html: str, page: Any, config: Any, files: Any, **kwargs: Any
) -> str:
    """Put the raw blocks back; check the links MkDocs did not (raw HTML)."""
    taken = getattr(page, "an_raw_blocks", None)
    if taken is not None:
        html = raw_blocks.put_back(html, taken)
        if page.present_anchor_ids is not None:
            page.present_anchor_ids |= raw_blocks.anchor_ids(taken)
        page.an_raw_blocks = None
    raw_links.check_page(html, page, files)
    return html


def on_env(env: Any, config: Any, files: Any, **kwargs: Any) -> Any:
    """Give the theme its JSON-LD filter and the page shell's shared parts.

    The filter writes an article's JSON-LD into <head>; the shared parts are
    rendered once for the pages that share them (`mkdocs_shell.py`).
    """
    from annotated_news.render.escape import isolated_plain
    from annotated_news.render.json_script import head_json_ld

    env.filters["an_json_ld"] = head_json_ld
    env.globals["an_isolated"] = isolated_plain  # the <title> (main.html)
    reason = mkdocs_shell.install(env, files)
    if reason:
        log.info("Material renders its navigation on every page: %s", reason)
    else:
        reason = mkdocs_shell.checked_reason()
    if reason:
        log.info(
            "Material renders its header, footer and table of contents on every "
            "page: %s",
            reason,
        )
    if _serving:
        _building["env"] = env
        if _edits is not None:  # pages are written from here on
            _edits.writing()
    return env


def on_shutdown(**kwargs: Any) -> None:
    """Stop an index or a build being made when `mkdocs serve` ends."""
    if _edits is not None:
        _edits.stop()
    _background.stop()


def _keep_last_build() -> None:
    """Keep what an edited article's page is built with (`serve_edit.py`)."""
    global _last
    built = _building
    if len(built) == 4:
        release_pages(built["files"], built["nav"])
        _last = LastBuild(built["config"], built["files"], built["nav"], built["env"])
    built.clear()


def _skip_index() -> bool:
    # Set by `make bench` when it times the index as a stage of its own.
    return os.environ.get("ANNOTATED_NEWS_SEARCH_INDEX") == "off"


def _finish_beside() -> None:
    """Wait for the index started when the article pages were written."""
    from mkdocs.exceptions import PluginError

    from annotated_news.search import SearchIndexError

    started = time.perf_counter()
    try:
        pages, seconds = _beside.finish()
    except SearchIndexError as err:
        raise PluginError(str(err)) from None
    log.info(
        "Pagefind indexed %d pages in %.2f s, beside the other pages "
        "(waited %.2f s for it after them)",
        pages,
        seconds,
        time.perf_counter() - started,
    )


def on_post_build(config: Any, **kwargs: Any) -> None:
    """Write the Pagefind search index into the built site."""
    mkdocs_parallel.finish()
    if _serving:
        _keep_last_build()
    if _skip_index():
        return
    if _beside.running:
        _finish_beside()
        return
    if _serving:
        _background.start(Path(config.site_dir))
        log.info("Pagefind is indexing %s in the background", config.site_dir)
        return
    from mkdocs.exceptions import PluginError

    from annotated_news.search import SearchIndexError, index_site

    started = time.perf_counter()
    try:
        pages = index_site(Path(config.site_dir))
    except SearchIndexError as err:
        raise PluginError(str(err)) from None
    log.info(
        "Pagefind indexed %d pages in %.2f s", pages, time.perf_counter() - started
    )
