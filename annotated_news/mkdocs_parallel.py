"""Build MkDocs pages on every core (used by the hooks in `mkdocs build`).

MkDocs reads, converts and renders pages one after the other. At `on_nav`,
after the files and the navigation are known, the pages in the navigation
are read here (so their titles and metadata are what every page's
navigation shows), then the pages are shared out to forked worker
processes; each runs MkDocs' own per-page steps for its share
(`_populate_page`, then `_build_page`, which writes the HTML, with every
plugin event) and sends back what the rest of the build needs: the anchors
each page has and links to, its metadata and title, and its log records.
MkDocs' loops then skip those pages; its anchor validation, strict-mode
count, static templates (sitemap, 404) and `on_post_build` run as usual.

The output is the same as MkDocs' serial build, which tests check byte for
byte. That holds only while every page event is per page, so the workers
run only when (`serial_reason`):

- MkDocs is a version whose private per-page steps were checked here
  (`MKDOCS_VERSIONS`) and they have the parameters used here;
- no plugin but the project's hooks has an event after `on_files` (page
  events would run in the workers and each would see only its share:
  Material's `search` plugin indexed 0 of 954 pages that way; `on_env` and
  `on_post_build` would miss what the pages hold);
- the project's hooks have no event but those listed in `OWN_EVENTS`.

Otherwise, and under `mkdocs serve` or --dirty, MkDocs builds serially, and
one log line says why.
"""

from __future__ import annotations

import inspect
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .parallel import available_cores, can_fork, map_chunks

MKDOCS_VERSIONS = ("1.6.1",)
"""MkDocs versions whose `_populate_page` and `_build_page` this was checked on."""
SIGNATURES = {
    "_populate_page": ("page", "config", "files", "dirty"),
    "_build_page": ("page", "config", "doc_files", "nav", "env", "dirty", "excluded"),
}
"""MkDocs' per-page steps in `mkdocs.commands.build`, run by the workers."""
BEFORE_PAGES = frozenset(
    {"startup", "shutdown", "serve", "config", "pre_build", "files", "build_error"}
)
"""Events of other plugins that cannot see or change pages: allowed."""
PAGE_EVENTS = (
    "pre_page",
    "page_read_source",
    "page_markdown",
    "page_content",
    "page_context",
    "post_page",
)
"""MkDocs' page events: named first when they are the reason."""
OWN_EVENTS = BEFORE_PAGES | {
    "nav",
    "env",
    "page_markdown",
    "page_content",
    "post_page",
    "post_build",
}
"""Events of the project's hooks checked to be safe: `on_page_markdown` (it
keeps what it takes out on the page), `on_page_content` (it adds to the page's
own anchors and `links_to_anchors`, sent back) and `on_post_page` are per page;
`on_env` only adds a template filter (the workers call it on their own env)."""
HOOKS_FILE = Path(__file__).resolve().with_name("mkdocs_hooks.py")
MIN_PAGES = 200
"""Below this, forking costs more than it saves."""
JOBS_VARIABLE = "ANNOTATED_NEWS_MKDOCS_JOBS"
"""Worker processes for MkDocs pages; 1 builds serially (default: one per core)."""

log = logging.getLogger("mkdocs.hooks.annotated_news")

_done: dict[str, dict[str, Any]] = {}
"""What the workers sent back, by page source path."""
_originals: dict[str, Any] = {}
_worker: dict[str, Any] = {}
"""A worker's environment, made for its first share and kept for the others."""


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


def _parameters(func: Any) -> tuple[str, ...] | None:
    try:
        return tuple(inspect.signature(func).parameters)
    except (TypeError, ValueError):
        return None


def mkdocs_reason(mkbuild: Any, version: str) -> str | None:
    """Why this MkDocs cannot build pages in workers (None: it can)."""
    if version not in MKDOCS_VERSIONS:
        return (
            f"MkDocs {version} is not a version this was checked on "
            f"({', '.join(MKDOCS_VERSIONS)})"
        )
    for name, expected in SIGNATURES.items():
        found = _parameters(getattr(mkbuild, name, None))
        if found != expected:
            shown = "missing" if found is None else f"({', '.join(found)})"
            return f"MkDocs {version}'s {name} is {shown}, not ({', '.join(expected)})"
    return None


def _is_own_hook(name: str, config: Any) -> bool:
    module = (config.get("hooks") or {}).get(name)
    source = getattr(module, "__file__", None)
    return source is not None and Path(source).resolve() == HOOKS_FILE


def plugins_reason(config: Any) -> str | None:
    """Why the plugins' events need the serial build (None: they do not)."""
    plugins = config.plugins
    origins = getattr(plugins, "_event_origins", None)
    if not isinstance(origins, dict):
        return "cannot tell which plugin registered each event"
    events = sorted(plugins.events.items(), key=lambda e: e[0] not in PAGE_EVENTS)
    for event, methods in events:
        for method in methods:
            name = origins.get(method, "<unknown>")
            if _is_own_hook(name, config):
                if event not in OWN_EVENTS:
                    return (
                        f"the project's hooks have on_{event}, not checked for workers"
                    )
            elif event not in BEFORE_PAGES:
                return f"plugin '{name}' has on_{event}, which needs every page in one process"
    return None


def others_with(config: Any, events: Sequence[str]) -> str | None:
    """The first plugin other than the project's hooks with one of `events`."""
    plugins = config.plugins
    origins = getattr(plugins, "_event_origins", None)
    if not isinstance(origins, dict):
        return "cannot tell which plugin registered each event"
    for event in events:
        for method in plugins.events.get(event, ()):
            name = origins.get(method, "<unknown>")
            if not _is_own_hook(name, config):
                return f"plugin '{name}' has on_{event}"
    return None


def _build_share(
    shared: tuple[Any, Any, Any], paths: Sequence[str]
) -> list[dict[str, Any]]:
    """Populate and build some pages (in a worker that inherited the build)."""
    from mkdocs.commands import build as mkbuild
    from mkdocs.structure.files import InclusionLevel
    from mkdocs.structure.pages import Page

    config, files, nav = shared
    if _worker.get("config") is not config:  # once per worker: templates compile once
        capture = _Capture()
        mkdocs_log = logging.getLogger("mkdocs")
        mkdocs_log.handlers = [capture]  # the parent prints them, once
        mkdocs_log.propagate = False
        _worker.update(
            config=config,
            capture=capture,
            env=config.plugins.on_env(
                config.theme.get_env(), config=config, files=files
            ),
            doc_files=files.documentation_pages(inclusion=InclusionLevel.is_included),
        )
    capture, env, doc_files = _worker["capture"], _worker["env"], _worker["doc_files"]
    out = []
    for path in paths:
        file = files.get_file_from_path(path)
        if file.page is None and file.inclusion.is_not_in_nav():
            Page(None, file, config)
        page = file.page
        if page.markdown is None:  # pages in the navigation were read before the fork
            mkbuild._populate_page(page, config, files)
        mkbuild._build_page(
            page, config, doc_files, nav, env, excluded=file.inclusion.is_excluded()
        )
        links = page.links_to_anchors
        out.append(
            {
                "path": path,
                "meta": page.meta,
                "title_from_render": page._title_from_render,
                "anchors": page.present_anchor_ids,
                "links": None
                if links is None
                else {target.src_uri: dict(found) for target, found in links.items()},
                "records": capture.records,
            }
        )
        capture.records = []
        _release(page)
    return out


def _release(page: Any) -> None:
    """Drop what a built page holds: a worker would keep every page to its end.

    Its title stays (`markdown` and `content` empty, not None, as
    `_populate_or_take` leaves them): the navigation of later pages reads it.
    """
    page.markdown = page.content = ""
    page.toc = []
    page.present_anchor_ids = page.links_to_anchors = None


def _unchecked(
    links: dict[str, dict[str, str]] | None, anchors: dict[str, Any]
) -> dict[str, dict[str, str]] | None:
    """The links to anchors still to check: those not among the anchors seen.

    Every page's links to anchors (target, anchor, the link as written) would
    otherwise wait here for MkDocs' check at the end (5 KB per article as
    pickled, 70% of what the workers send back). A link to an anchor its page is known to
    have is dropped; MkDocs checks the rest (a target not built yet, or an
    anchor missing) as it checks every link, and warns about the same ones.
    """
    if not links:
        return links
    kept = {}
    for target, found in links.items():
        known = anchors.get(target)
        rest = (
            found
            if known is None
            else {a: u for a, u in found.items() if a not in known}
        )
        if rest:
            kept[target] = rest
    return kept


def _populate_or_take(page: Any, config: Any, files: Any, dirty: bool = False) -> None:
    done = _done.get(page.file.src_uri)
    if done is None:
        _originals["_populate_page"](page, config, files, dirty)
        return
    page.markdown = ""  # read by a worker; not needed here again
    page.meta = done["meta"]
    page._title_from_render = done["title_from_render"]
    page.content = ""
    page.present_anchor_ids = done["anchors"]
    if done["links"] is not None:
        page.links_to_anchors = {
            files.get_file_from_path(target): found
            for target, found in done["links"].items()
        }


def _build_unless_done(page: Any, *args: Any, **kwargs: Any) -> None:
    if page.file.src_uri not in _done:
        _originals["_build_page"](page, *args, **kwargs)


def _read_nav_pages(nav: Any, config: Any, files: Any, populate: Any) -> None:
    """Read the pages of the navigation here, as the serial build has by then.

    Every page shows the navigation: the workers inherit these pages with
    their titles and metadata (Material shows `icon`, `subtitle`, `status`).
    Their log records go out here, once.
    """
    for page in nav.pages:
        populate(page, config, files)


def start(
    nav: Any,
    config: Any,
    files: Any,
    serial: bool,
    first: Callable[[str], bool] | None = None,
    then: Callable[[], None] | None = None,
) -> bool:
    """At `on_nav`: build the pages in workers and make MkDocs skip them.

    The pages whose source path `first` accepts are built before the others,
    and `then` is called as soon as all of them are written (the search index
    starts on the article pages while the workers build the rest). Returns
    whether the workers built the pages (if not, `then` was not called).
    """
    import mkdocs
    from mkdocs.commands import build as mkbuild
    from mkdocs.structure.files import InclusionLevel

    finish()
    jobs = int(os.environ.get(JOBS_VARIABLE, "0") or 0) or available_cores()
    pages = files.documentation_pages(inclusion=InclusionLevel.is_included)
    min_pages = int(os.environ.get("ANNOTATED_NEWS_MKDOCS_MIN_PAGES", MIN_PAGES))
    if serial or jobs < 2 or not can_fork() or len(pages) < min_pages:
        return False
    reason = mkdocs_reason(mkbuild, getattr(mkdocs, "__version__", "?"))
    reason = reason or plugins_reason(config)
    if reason:
        # Info, not a warning: strict mode would fail the build on a warning.
        log.info("building pages serially: %s", reason)
        return False
    _read_nav_pages(nav, config, files, mkbuild._populate_page)
    paths = _order(pages, first)
    early = sum(1 for path in paths if first is not None and first(path))
    results: dict[str, dict[str, Any]] = {}
    anchors: dict[str, Any] = {}
    for chunk in map_chunks(
        _build_share, (config, files, nav), paths, jobs, chunk_size=8, inherit_only=True
    ):
        for done in chunk:
            results[done["path"]] = done
            anchors[done["path"]] = done["anchors"]
            done["links"] = _unchecked(done["links"], anchors)
        # Results come in order: the first `early` pages are all written.
        if then is not None and early and len(results) >= early:
            then()
            then = None
    for done in results.values():
        done["links"] = _unchecked(done["links"], anchors)
        for name, level, message in done["records"]:
            logging.getLogger(name).log(level, message)
    _done.update(results)
    _originals["_populate_page"] = mkbuild._populate_page
    _originals["_build_page"] = mkbuild._build_page
    mkbuild._populate_page = _populate_or_take
    mkbuild._build_page = _build_unless_done
    log.info("built %d pages on %d workers", len(results), jobs)
    return True


def _order(pages: Sequence[Any], first: Callable[[str], bool] | None) -> list[str]:
    """The pages' source paths: those `first` accepts, then the others.

    Biggest first within each group, for chunks of 8: one huge index page
    must not come last while the other worker waits.
    """
    paths = [
        f.src_uri
        for f in sorted(pages, key=lambda f: -Path(f.abs_src_path).stat().st_size)
    ]
    if first is None:
        return paths
    return [p for p in paths if first(p)] + [p for p in paths if not first(p)]


def finish() -> None:
    """After the build (or a failed one): MkDocs' own functions again."""
    from mkdocs.commands import build as mkbuild

    if "_populate_page" in _originals:
        mkbuild._populate_page = _originals.pop("_populate_page")
    if "_build_page" in _originals:
        mkbuild._build_page = _originals.pop("_build_page")
    _done.clear()
