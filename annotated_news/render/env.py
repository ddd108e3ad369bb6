"""The Jinja2 environment of the page templates (Markdown, not HTML).

No autoescape: the output is Markdown. Seed text goes through the `md`
filter, which makes it literal; `StrictUndefined` turns a missing field into
an error instead of an empty string.
"""

from __future__ import annotations

import json
import posixpath
from pathlib import Path

import jinja2

from ..indexes.places import page_url
from .context import Page
from .escape import escape_attr, escape_text


def front_matter_string(text: str) -> str:
    """A YAML scalar whose value is HTML-safe: themes print it unescaped."""
    return json.dumps(escape_text(text), ensure_ascii=False)


def ascii_json(text: str) -> str:
    """A YAML (and JSON) string of pure ASCII: any text survives front matter."""
    return json.dumps(text, ensure_ascii=True)


def pagefind_filter(text: str) -> str:
    """A `data-pagefind-filter` element's text, escaped twice.

    Pagefind (1.5) decodes the entities of a filter value once more than the
    HTML parser does (Pagefind issue #459), so a title "a &amp; b" would be
    listed as "a & b". tests/test_export_escaping.py checks the result.
    """
    return escape_text(escape_text(text))


def built_url(href: str, from_page: str) -> str:
    """A Markdown link target on a page, as the built page's URL (raw HTML).

    MkDocs rewrites and checks links only in Markdown; raw HTML is cheaper
    for it to convert (no inline pass, no link rewriting), so a link there
    is written as the URL MkDocs gives the page (`page_url`). `href` is
    relative to the source `from_page` ("../people/x.md#e-y", "#f-z").
    """
    path, mark, anchor = href.partition("#")
    if not path:
        return escape_attr(href)
    if not path.endswith(".md") or "://" in path:
        raise ValueError(f"{from_page}: not a link to a page of the site: {href!r}")
    target = posixpath.normpath(posixpath.join(posixpath.dirname(from_page), path))
    return escape_attr(page_url(target, from_page) + mark + anchor)


def make_env(templates_dir: Path) -> jinja2.Environment:
    """Return the environment that renders `templates_dir/*.md.j2`."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = escape_text
    env.filters["attr"] = escape_attr
    env.filters["fm"] = front_matter_string
    env.filters["ascii_json"] = ascii_json
    env.filters["pagefind_filter"] = pagefind_filter
    env.filters["url"] = built_url
    return env


def render_page(env: jinja2.Environment, page: Page) -> str:
    """Render one page context through its template."""
    return env.get_template(page.template).render(page=page)
