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

from typing import TYPE_CHECKING, Any

from ..indexes.quotes import speaker_name
from ..model import Article, Kind, QuoteKind
from .json_script import head_json_ld as head_json_ld
from .json_script import script_json as script_json

if TYPE_CHECKING:
    from ..indexes import Corpus


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
