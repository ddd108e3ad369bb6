"""schema.org JSON-LD for an article page: NewsArticle and its Quotations.

The Markdown page carries the JSON-LD with page-relative references
(`#article`, `#q-…`). After MkDocs renders the page, `place_json_ld` moves it
into `<head>` (Material's instant navigation re-runs every `<script>` of the
content as JavaScript, type or not) and makes the references absolute from
the page's canonical URL (`site_url` + page URL) when `site_url` is set.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from ..indexes.quotes import speaker_name
from ..model import Article, Kind, QuoteKind

if TYPE_CHECKING:
    from ..indexes import Corpus


def script_json(data: Any) -> str:
    """JSON that is safe inside a `<script>` element and in Markdown."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    # "</script>" and "<!--" cannot occur once "<" is escaped; "&" and ">"
    # for parsers that decode entities in raw text.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


JSON_LD_RE = re.compile(r'<script type="application/ld\+json">(.*?)</script>\s*', re.S)


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


def place_json_ld(html: str, canonical_url: str | None) -> str:
    """Move a page's JSON-LD from the content into `<head>`, with absolute links."""
    match = JSON_LD_RE.search(html)
    head_end = html.find("</head>")
    if not match or head_end < 0 or match.start() < head_end:
        return html
    data = json.loads(match.group(1))
    if canonical_url:
        data = _absolute(data, canonical_url)
    script = f'<script type="application/ld+json">{script_json(data)}</script>\n'
    body = html[: match.start()] + html[match.end() :]
    return body[:head_end] + script + body[head_end:]


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
