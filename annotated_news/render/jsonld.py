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
            item["creator"] = creator(corpus, speaker, quote.speaker_kind)
        graph.append(item)
    return script_json({"@context": "https://schema.org", "@graph": graph})


# A speaker the text names only by what it is ("the statement", "officials",
# "the crowd") gets no type: schema.org's creator is a Person or an
# Organization, and calling a document or a crowd a Person would say more
# than the article does. A name the quote rules read without a kind is typed
# when the site's names know it as one kind (never guessed from its shape).
CREATOR_TYPES = {Kind.PERSON: "Person", Kind.ORGANIZATION: "Organization"}


def creator(corpus: Corpus, name: str, kind: Kind | None) -> dict[str, str]:
    """A quote's `creator`: typed only when the speaker is a known person or body."""
    if kind is None:
        known = [k for k in CREATOR_TYPES if corpus.entities.named(k, name)]
        kind = known[0] if len(known) == 1 else None
    schema_type = CREATOR_TYPES.get(kind) if kind is not None else None
    return {"@type": schema_type, "name": name} if schema_type else {"name": name}
