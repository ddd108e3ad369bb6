"""One Python-Markdown object for the pages MkDocs converts, reset between pages.

MkDocs 1.6 makes a new `markdown.Markdown` for every page (`Page.render`):
every extension is loaded and every registry of processors and patterns is
built again, about a quarter of a millisecond per page before any text is
converted (6% of a serial build of this site). Python-Markdown supports
converting many texts with one object: `Markdown.reset()` clears what a
conversion leaves (the HTML stash, link references, and each extension's
state through its own `reset`, e.g. toc's `toc_tokens`), and a processor
registered under a name already used replaces the old one.

`install` puts `render` in place of MkDocs' `Page.render`: the same steps,
with one `Markdown` per configuration and thread (`make serve` converts an
edited page in a thread of its own), reset before each page, and MkDocs'
per-page processors (raw HTML anchors, link rewriting, title) made and
registered for each page as MkDocs does. It does so only on the MkDocs
versions checked here, when `Page.render` is MkDocs' own (no other plugin
replaced it) and, per configuration, when every Markdown extension is one of
`EXTENSIONS`, whose state `reset` was checked to clear; otherwise MkDocs'
own `render` runs and one log line says why. The built site is the same byte
for byte (`tests/test_mkdocs_markdown.py`); `ANNOTATED_NEWS_MARKDOWN_REUSE=off`
makes a new object for every page.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from typing import Any

from annotated_news import mkdocs_plain

MKDOCS_VERSIONS = ("1.6.1",)
"""MkDocs versions whose `Page.render` `render` was checked against."""
EXTENSIONS = frozenset(
    {"toc", "tables", "fenced_code", "attr_list"}
    | {
        f"markdown.extensions.{n}"
        for n in ("toc", "tables", "fenced_code", "attr_list")
    }
)
"""Extensions (as `markdown_extensions` names them) that `reset` leaves clean:
toc's only state is `toc_tokens` (reset); tables, fenced_code and attr_list
keep none between texts."""
SWITCH = "ANNOTATED_NEWS_MARKDOWN_REUSE"
PER_PAGE = (
    "_RawHTMLPreprocessor",
    "_ExtractAnchorsTreeprocessor",
    "_RelativePathTreeprocessor",
    "_ExtractTitleTreeprocessor",
)
"""What `render` uses of `mkdocs.structure.pages`."""

log = logging.getLogger("mkdocs.hooks.annotated_news")

_original: list[Callable[..., None]] = []
"""MkDocs' own `Page.render`, once `install` has replaced it."""
_kept = threading.local()
"""Per thread: the configuration, and its Markdown object or why none."""
_said: list[Any] = []
"""The configuration whose reason not to reuse was logged."""
_said_plain: list[Any] = []
"""The configuration whose reason not to read plain pages was logged."""


def _markdown(config: Any) -> Any:
    """This thread's Markdown object for `config` (None: not reusable)."""
    if getattr(_kept, "config", None) is config:
        return _kept.markdown
    import markdown

    names = config["markdown_extensions"]
    other = next((n for n in names if n not in EXTENSIONS), None)
    md = None
    _kept.plain = False
    if other is None:
        md = markdown.Markdown(
            extensions=names, extension_configs=config["mdx_configs"] or {}
        )
        why = mkdocs_plain.reason(md)
        _kept.plain = why is None
        if why and not (_said_plain and _said_plain[0] is config):
            _said_plain[:] = [config]
            log.info("Python-Markdown converts every page: %s", why)
    elif not (_said and _said[0] is config):
        _said[:] = [config]
        log.info(
            "MkDocs makes a Python-Markdown object per page: the extension %r "
            "was not checked for reuse",
            other,
        )
    _kept.config, _kept.markdown = config, md
    return md


def render(page: Any, config: Any, files: Any) -> None:
    """MkDocs 1.6.1's `Page.render`, with this thread's reused Markdown object."""
    from mkdocs.structure import pages
    from mkdocs.structure.toc import get_toc

    md = _markdown(config)
    if md is None:
        _original[0](page, config, files)
        return
    if page.markdown is None:
        raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
    blocks = mkdocs_plain.parse(page.markdown, md) if _kept.plain else None
    if blocks is not None:
        _render_plain(page, config, files, blocks)
        return
    md.reset()
    raw_html_ext = pages._RawHTMLPreprocessor()
    raw_html_ext._register(md)
    extract_anchors_ext = pages._ExtractAnchorsTreeprocessor(page.file, files, config)
    extract_anchors_ext._register(md)
    relative_path_ext = pages._RelativePathTreeprocessor(page.file, files, config)
    relative_path_ext._register(md)
    extract_title_ext = pages._ExtractTitleTreeprocessor()
    extract_title_ext._register(md)

    page.content = md.convert(page.markdown)
    page.toc = get_toc(getattr(md, "toc_tokens", []))
    page._title_from_render = extract_title_ext.title
    page.present_anchor_ids = (
        extract_anchors_ext.present_anchor_ids | raw_html_ext.present_anchor_ids
    )
    if pages.log.getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = relative_path_ext.links_to_anchors


def _render_plain(
    page: Any, config: Any, files: Any, blocks: list[mkdocs_plain.Block]
) -> None:
    """`render` for a page in the part of Markdown `mkdocs_plain` reads."""
    from mkdocs.structure import pages
    from mkdocs.structure.toc import get_toc

    relative_path_ext = pages._RelativePathTreeprocessor(page.file, files, config)
    done = mkdocs_plain.render(blocks, relative_path_ext.path_to_url)
    page.content = done.html
    page.toc = get_toc(done.toc)  # type: ignore[arg-type]
    page._title_from_render = done.title
    page.present_anchor_ids = done.anchors
    if pages.log.getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = relative_path_ext.links_to_anchors


def install(version: str) -> str | None:
    """Use `render` for MkDocs' `Page.render`; why not, if not (then MkDocs' own)."""
    from mkdocs.structure import pages

    current = pages.Page.render
    if current is not render:
        own = getattr(current, "__module__", None) == pages.__name__
        if not own or getattr(current, "__qualname__", None) != "Page.render":
            return "Page.render is not MkDocs' own (another plugin replaced it)"
        _original[:] = [current]
    reason = None
    if os.environ.get(SWITCH) == "off":
        reason = f"{SWITCH}=off"
    elif version not in MKDOCS_VERSIONS:
        reason = f"MkDocs {version} is not a version this was checked on"
    for name in PER_PAGE:
        if reason is None and not hasattr(pages, name):
            reason = f"MkDocs {version} has no {name}"
    pages.Page.render = _original[0] if reason else render  # type: ignore[method-assign,assignment]
    return reason
