"""schema.org JSON-LD for an article page: NewsArticle and its Quotations."""

from __future__ import annotations

import json
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
            kind = "Person" if quote.speaker_kind in (Kind.PERSON, None) else "Organization"
            item["creator"] = {"@type": kind, "name": speaker}
        graph.append(item)
    return script_json({"@context": "https://schema.org", "@graph": graph})
