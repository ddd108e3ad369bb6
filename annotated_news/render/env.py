"""The Jinja2 environment of the page templates (Markdown, not HTML).

No autoescape: the output is Markdown. Seed text goes through the `md`
filter, which makes it literal; `StrictUndefined` turns a missing field into
an error instead of an empty string.
"""

from __future__ import annotations

import re
from pathlib import Path

import jinja2

from ..json_text import encoder
from .context import Page
from .escape import escape_attr, escape_text, isolated
from .inline import TEMPLATE_GLOBALS
from .rows import TEMPLATE_GLOBALS as ROW_GLOBALS
from .urls import built_url

_NOT_ASCII = re.compile(r"[^\x00-\x7e]")
"""What a YAML escape must stand for (DEL is not printable in YAML either)."""
_NOT_YAML = re.compile("[\x7f-\x9f\u2028\u2029\ufffe\uffff]")
"""Characters a YAML scalar cannot hold as they are (see `front_matter_string`)."""


def _yaml_escape(char: re.Match[str]) -> str:
    code = ord(char[0])
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def front_matter_string(text: str) -> str:
    """A YAML scalar whose value is HTML-safe: themes print it unescaped.

    Characters YAML does not allow as they are (DEL, C1 controls, U+FFFE and
    U+FFFF) or reads as line breaks (U+0085, U+2028, U+2029) are escaped.
    """
    raw = encoder()(escape_text(text))
    return _NOT_YAML.sub(_yaml_escape, raw)


def ascii_json(text: str) -> str:
    """A double-quoted YAML string of pure ASCII: any text survives front matter.

    JSON (`ensure_ascii`) writes a character above U+FFFF, an emoji, as two
    surrogate escapes, which libyaml (the loader MkDocs uses when it is
    installed) refuses: the page's whole front matter was then read as
    Markdown text. Such a character gets YAML's eight-digit escape instead.
    """
    return _NOT_ASCII.sub(_yaml_escape, encoder()(text))


def pagefind_filter(text: str) -> str:
    """A `data-pagefind-filter` element's text, escaped twice.

    Pagefind (1.5) decodes the entities of a filter value once more than the
    HTML parser does (Pagefind issue #459), so a title "a &amp; b" would be
    listed as "a & b". tests/test_export_escaping.py checks the result.
    """
    return escape_text(escape_text(text))


def make_env(templates_dir: Path, compiled: Path | None = None) -> jinja2.Environment:
    """Return the environment that renders `templates_dir/*.md.j2`.

    `compiled`: a folder that keeps the compiled templates between builds
    (Jinja's bytecode cache; compiling them is a fifth of an edit's render
    stage at 1,000 articles). Jinja checks each template's source; the
    folder must be for this code (options and filters are not checked).
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        bytecode_cache=jinja2.FileSystemBytecodeCache(str(compiled))
        if compiled
        else None,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # A plain dict, not Jinja's LRU cache: that cache takes a lock on
        # every `get_template`, and a render worker is forked (to replace a
        # retired one) from the pool's thread while this process renders.
        # Forked while the lock is held, the worker would wait for it forever.
        # The templates are few; all of them are kept.
        cache_size=-1,
    )
    env.filters["md"] = escape_text
    env.filters["md_isolated"] = isolated
    env.filters["attr"] = escape_attr
    env.filters["fm"] = front_matter_string
    env.filters["ascii_json"] = ascii_json
    env.filters["pagefind_filter"] = pagefind_filter
    env.filters["url"] = built_url
    env.globals.update(TEMPLATE_GLOBALS)
    env.globals.update(ROW_GLOBALS)
    return env


def render_page(env: jinja2.Environment, page: Page) -> str:
    """Render one page context through its template."""
    return env.get_template(page.template).render(page=page)
