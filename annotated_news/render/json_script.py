"""JSON inside a `<script>` element: the JSON-LD the theme writes into `<head>`.

Apart from `jsonld.py` (which makes an article's JSON-LD from the corpus and
imports the indexes and, through them, the annotators): `mkdocs build` needs
only `head_json_ld`, and importing the annotators took 0.65 s of its serial
start, with one core idle, on every build.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..json_text import encoder


def script_json(data: Any, default: Callable[[Any], Any] | None = None) -> str:
    """JSON that is safe inside a `<script>` element and in Markdown.

    `default`: what the encoder writes for a value JSON has no type for.
    """
    text = encoder(sort_keys=True, default=default)(data)
    # "</script>" and "<!--" cannot occur once "<" is escaped; "&" and ">"
    # for parsers that decode entities in raw text.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _absolute(node: Any, base: str) -> Any:
    """Resolve every `@id` and `url` that is a fragment ("#q-…") against base."""
    if isinstance(node, dict):
        return {
            k: base + v
            if k in ("@id", "url") and isinstance(v, str) and v.startswith("#")
            else _absolute(v, base)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_absolute(v, base) for v in node]
    return node


def head_json_ld(text: str, canonical_url: str | None) -> str:
    """The JSON-LD of a page's front matter, as `<head>` carries it.

    References become absolute from the canonical URL when there is one; the
    result is safe inside a `<script>` element. Empty for pages without it.
    """
    if not text:
        return ""
    data = json.loads(text)
    if canonical_url:
        data = _absolute(data, canonical_url)
    return script_json(data)
