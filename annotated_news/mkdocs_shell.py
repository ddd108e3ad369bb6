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
renders its own (`place_key`). Each build (and each worker) starts
with an empty store. The built pages are the same byte for byte
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
    )
}
"""Templates replaced by a cached call of the theme's own."""


class SharedPartsLoader(jinja2.BaseLoader):
    """The theme's loader, with `WRAPPED` templates around their originals."""

    def __init__(self, loader: jinja2.BaseLoader) -> None:
        self.loader = loader

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        if template.startswith(ORIGINAL):
            return self.loader.get_source(environment, template[len(ORIGINAL) :])
        wrapper = WRAPPED.get(template)
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


def install(env: jinja2.Environment, files: Any = ()) -> str | None:
    """Give `env` the wrapping loader and a fresh store (one per build).

    Returns why not, if not.
    """
    if os.environ.get(SWITCH) == "off":
        return f"{SWITCH}=off"
    if not isinstance(env.loader, SharedPartsLoader) and env.loader is not None:
        env.loader = SharedPartsLoader(env.loader)
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

    env.globals["an_shared"] = shared
    env.globals["an_nav_key"] = nav_place
    env.globals["an_place"] = place
    return None
