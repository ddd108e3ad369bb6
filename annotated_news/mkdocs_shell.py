"""Render the parts of Material's page shell that many pages share once.

Material renders the site navigation (`partials/nav.html`) into every page:
about a third of its page template's time here. On a page that is not in
the navigation (articles, names' pages, listing parts: nearly all pages)
no item is active, so the navigation's HTML depends only on where the page
is: the relative URLs its links get. The hooks (`on_env`) give the theme a
loader that wraps Material's own `partials/nav.html` in a call to
`an_shared`, which keeps the rendered HTML per key (`nav_key`: the page's
relative URLs of the site root and of every page of the navigation) and
renders it again only for a new key; a page in the navigation renders its
own. The theme's `config` block (a JSON island of settings and
translations) depends only on the site root's relative URL and is kept the
same way (`templates/theme/main.html`). Both link to theme files
(`'assets/...' | url`), whose relative URL depends only on the page's depth
unless the page itself is in a folder that holds such files: such a page
renders its own (`place_key`). On the Material versions checked
(`MATERIAL_VERSIONS`) more is kept: the table of contents per set of items
(articles share theirs), the footer and the style sheets per place, and the
header per place with the page's title put in (`an_titled`: rendered for a
place's first two pages, whose HTML must differ by the title alone). Each
build (and each worker) starts with an empty store. The built pages are the same byte for byte
(`tests/test_mkdocs_shell.py`); `ANNOTATED_NEWS_SHARED_PARTS=off` renders
every part on every page.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import jinja2

SWITCH = "ANNOTATED_NEWS_SHARED_PARTS"
ORIGINAL = "an-original:"
"""Prefix of a template name that loads the theme's own file."""
WRAPPED = {
    "partials/nav.html": (
        "{% call an_shared(an_nav_key(page, nav, base_url)) %}"
        '{% include "' + ORIGINAL + 'partials/nav.html" %}'
        "{% endcall %}"
    ),
}
"""Templates replaced by a cached call of the theme's own."""
MATERIAL_VERSIONS = ("9.8.1",)
"""Material versions whose header, footer, back-to-top button and table of
contents were checked to depend on the page only as `CHECKED` keys them."""
CHECKED = {
    "partials/toc.html": (
        "{% call an_shared(an_toc_key(page)) %}"
        '{% include "' + ORIGINAL + 'partials/toc.html" %}'
        "{% endcall %}"
    ),
}
"""More of `WRAPPED`, on the Material versions in `MATERIAL_VERSIONS`: the
table of contents by its items. The theme's `header`, `footer` and `styles`
blocks call `an_titled` and `an_shared` with `an_part` keys themselves
(`templates/theme/main.html`): the header by place, with the page's title
put in; the footer and the style sheets by place (the footer's links to the
previous and next page exist only on pages in the navigation, which render
their own)."""
TOPIC = 'data-md-component="header-topic"'
TOPIC_TEXT = '<span class="md-ellipsis">'
"""Where Material's header writes the page's title: the text of the first
`TOPIC_TEXT` element after `TOPIC`."""


class SharedPartsLoader(jinja2.BaseLoader):
    """The theme's loader, with `WRAPPED` templates around their originals."""

    def __init__(self, loader: jinja2.BaseLoader) -> None:
        self.loader = loader
        self.wrapped = WRAPPED

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        if template.startswith(ORIGINAL):
            return self.loader.get_source(environment, template[len(ORIGINAL) :])
        wrapper = self.wrapped.get(template)
        if wrapper is None:
            return self.loader.get_source(environment, template)
        return wrapper, None, lambda: True

    def list_templates(self) -> list[str]:
        return self.loader.list_templates()


def nav_key(page: Any, nav: Any, base_url: str) -> tuple[str, ...] | None:
    """What the navigation's HTML depends on for `page` (None: the page itself)."""
    from mkdocs.utils import get_relative_url

    if page is None or nav is None or page in nav.pages:
        return None
    here = page.url
    return (base_url, *(get_relative_url(p.url, here) for p in nav.pages))


def place_key(
    name: str, page: Any, base_url: str, tops: frozenset[str]
) -> tuple[str, str] | None:
    """The key of a part that depends only on the page's depth (None: its own).

    Such a part links to files of the site: from a page whose first folder
    holds no file but pages (`tops`: the first folders of the other files),
    a link's relative URL is `base_url` joined to the file's path; from a
    page in `assets/` it is not ('../javascripts/...').
    """
    url = getattr(page, "url", None)
    if not isinstance(url, str) or url.split("/", 1)[0] in tops:
        return None
    return (name, base_url)


def toc_key(page: Any) -> tuple[Any, ...] | None:
    """What Material's table of contents depends on for `page` (None: its own).

    `partials/toc.html` shows the page's `toc` items (id, title, level,
    children) and site-wide settings; an item another plugin dressed
    (`typeset`) or of another class renders its own.
    """
    from mkdocs.structure.toc import AnchorLink

    def item(link: Any) -> tuple[Any, ...] | None:
        if type(link) is not AnchorLink or getattr(link, "typeset", None) is not None:
            return None
        children = [item(child) for child in link.children]
        if any(child is None for child in children):
            return None
        return (link.id, link.title, link.level, tuple(children))

    toc = getattr(page, "toc", None)
    if toc is None:
        return None
    items = [item(link) for link in toc]
    if any(found is None for found in items):
        return None
    return ("toc", *items)


def header_title(page: Any) -> Any:
    """The title Material's header shows for `page` (`page.meta.title` first)."""
    meta = getattr(page, "meta", None)
    title = meta.get("title") if isinstance(meta, dict) else None
    return title if title else getattr(page, "title", None)


def title_split(html: str, title: str) -> tuple[str, str] | None:
    """The header's HTML before and after the title (None: not found whole)."""
    if not title or title != title.strip():
        return None
    topic = html.find(TOPIC)
    text = html.find(TOPIC_TEXT, topic) if topic >= 0 else -1
    if text < 0:
        return None
    at = text + len(TOPIC_TEXT)
    at += len(html[at:]) - len(html[at:].lstrip())
    end = at + len(title)
    if html[at:end] != title or not html[end : end + 1].isspace():
        return None
    return html[:at], html[end:]


def checked_reason() -> str | None:
    """Why the parts in `CHECKED` are rendered on every page (None: they are not)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        version = installed("mkdocs-material")
    except PackageNotFoundError:
        version = "?"
    if version not in MATERIAL_VERSIONS:
        return f"Material {version} is not a version this was checked on"
    return None


def install(env: jinja2.Environment, files: Any = ()) -> str | None:
    """Give `env` the wrapping loader and a fresh store (one per build).

    Returns why not, if not.
    """
    if os.environ.get(SWITCH) == "off":
        return f"{SWITCH}=off"
    if not isinstance(env.loader, SharedPartsLoader) and env.loader is not None:
        env.loader = SharedPartsLoader(env.loader)
    checked = checked_reason() is None
    if isinstance(env.loader, SharedPartsLoader):
        env.loader.wrapped = {**WRAPPED, **CHECKED} if checked else WRAPPED
    kept: dict[tuple[str, ...], str] = {}

    def shared(key: tuple[str, ...] | None, caller: Callable[[], str]) -> str:
        if key is None:
            return caller()
        html = kept.get(key)
        if html is None:
            html = kept[key] = caller()
        return html

    tops = frozenset(
        f.url.split("/", 1)[0] for f in files if not f.is_documentation_page()
    )

    def place(name: str, page: Any, base_url: str) -> tuple[str, str] | None:
        return place_key(name, page, base_url, tops)

    def nav_place(page: Any, nav: Any, base_url: str) -> tuple[str, ...] | None:
        if place(".", page, base_url) is None:
            return None
        return nav_key(page, nav, base_url)

    split: dict[tuple[str, ...], tuple[str, str, bool] | None] = {}

    def titled(
        key: tuple[str, ...] | None, title: Any, caller: Callable[[], str]
    ) -> str:
        """The header of a page.

        Rendered for the first two pages of a key, whose HTML must differ by
        the title alone; for the others, the title is put in.
        """
        shown = str(title)
        if key is None or (key in split and split[key] is None):
            return caller()
        kept = split.get(key)
        if kept is not None and kept[2]:
            return kept[0] + shown + kept[1]
        html = caller()
        parts = title_split(html, shown)
        if kept is None:
            split[key] = None if parts is None else (*parts, False)
        else:  # the second page checks the first page's split
            same = parts is not None and parts == kept[:2]
            split[key] = (*kept[:2], True) if same else None
        return html

    last: list[Any] = [None, None, None]
    """The last page, base URL and key `part` worked out (a page asks 3 times)."""

    def part(name: str, page: Any, nav: Any, base_url: str) -> tuple[str, ...] | None:
        if not checked:
            return None
        if last[0] is not page or last[1] != base_url:
            last[:] = [page, base_url, nav_place(page, nav, base_url)]
        key = last[2]
        return None if key is None else (name, *key)

    env.globals["an_shared"] = shared
    env.globals["an_nav_key"] = nav_place
    env.globals["an_place"] = place
    env.globals["an_part"] = part
    env.globals["an_toc_key"] = toc_key
    env.globals["an_titled"] = titled
    env.globals["an_header_title"] = header_title
    return None
