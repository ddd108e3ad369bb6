"""schema.org JSON-LD for an article page: NewsArticle and its Quotations.

The Markdown page carries the JSON-LD in its front matter (`json_ld`), with
page-relative references (`#article`, `#q-…`). The theme writes it into
`<head>` from Material's `extrahead` block (`templates/theme/main.html`)
through `head_json_ld`, which makes the references absolute from the page's
canonical URL (`site_url` + page URL) when `site_url` is set. It is never in
the content: Material's instant navigation re-runs every `<script>` of the
content as JavaScript, type or not.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..indexes.quotes import speaker_name
from ..model import Article, Kind, QuoteKind

if TYPE_CHECKING:
    from ..indexes import Corpus


def script_json(data: Any, default: Callable[[Any], Any] | None = None) -> str:
    """JSON that is safe inside a `<script>` element and in Markdown.

    `default`: what the encoder writes for a value JSON has no type for.
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=default)
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


def article_json_ld(corpus: Corpus, article: Article) -> str:
    """Return the page's JSON-LD: the article and one Quotation per quote."""
    meta = article.meta
    news: dict[str, Any] = {
        "@type": "NewsArticle",
        "@id": "#article",
        "headline": meta.title,
        "datePublished": meta.date.isoformat(),
    }
    if meta.outlet:
        news["publisher"] = {"@type": "Organization", "name": meta.outlet}
    if meta.author:
        news["author"] = {"@type": "Person", "name": meta.author}
    if meta.url:
        news["isBasedOn"] = meta.url
    graph = [news]
    for quote in article.quotes:
        if quote.quote_kind is QuoteKind.SCARE:
            continue
        anchor = corpus.anchor(article, "quote", quote.span)
        item: dict[str, Any] = {
            "@type": "Quotation",
            "text": " ".join(article.slice(quote.span).split()),
            "url": f"#{anchor}",
            "isBasedOn": {"@id": "#article"},
        }
        speaker = speaker_name(corpus, quote)
        if speaker:
            kind = (
                "Person"
                if quote.speaker_kind in (Kind.PERSON, None)
                else "Organization"
            )
            item["creator"] = {"@type": kind, "name": speaker}
        graph.append(item)
    return script_json({"@context": "https://schema.org", "@graph": graph})
