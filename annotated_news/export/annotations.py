"""`docs/annotations.jsonld`: every annotation as a W3C Web Annotation.

The shape is public (see the README). Annotations found by the annotators
have `motivation: highlighting`; editorial notes from sidecars follow them
with `motivation: commenting`, `kind: note` and the note's Markdown as body
(its text escaped, `note_markdown.py`).
Selectors are computed on the article page body's presented text
(`presented.py`, TEAM.md §1), which is the body's DOM text: a client reading
the published page finds each annotation there (see `selectors.py`). IRIs
are absolute from `site_url` when the build knows it (relative to the
collection otherwise, which JSON-LD resolves against the file's address).
"""

from __future__ import annotations

import dataclasses as dc
import json
from collections.abc import Iterator
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any

from ..indexes.quotes import speaker_name
from ..indexes.timeline import date_label
from ..json_text import encoder
from ..model import (
    Annotation,
    Article,
    BlockKind,
    Credit,
    DateMention,
    EntityMention,
    Figure,
    Quote,
    QuoteKind,
    Span,
)
from ..presented import Presented, presented
from ..render.article import figure_note
from .links import site_link
from .note_markdown import note_markdown
from .selectors import Quoter, Reprints

if TYPE_CHECKING:
    from ..indexes import Corpus

CONTEXT_IRI = "urn:x-annotated-news:"
EXPORT = "annotations.jsonld"
RFC_3236 = "http://tools.ietf.org/rfc/rfc3236"
"""`conformsTo` of a FragmentSelector naming an HTML element by its id."""
LANGUAGE = "en"
"""Language of the bodies the site writes (and of its editorial notes)."""

# Extension terms. They are scoped to the Annotation type (JSON-LD 1.1, hence
# "@version"), so that "value" keeps its Web Annotation meaning (rdf:value)
# inside TextualBody. tests/test_annotations_export.py expands the file with
# pyld against a local copy of the W3C context.
CONTEXT: list[Any] = [
    "http://www.w3.org/ns/anno.jsonld",
    {
        "@version": 1.1,
        "an": CONTEXT_IRI,
        "Annotation": {
            "@id": "oa:Annotation",
            "@context": {
                "kind": "an:kind",
                "seed": "an:seed",
                "permalink": {"@id": "an:permalink", "@type": "@id"},
                "value": "an:value",
                "unit": "an:unit",
                "qualifier": "an:qualifier",
                "rate": "an:rate",
                "high": "an:high",
                "speaker": "an:speaker",
                "quoteKind": "an:quoteKind",
                "date": "an:date",
                "precision": "an:precision",
                "modifier": "an:modifier",
                "expression": "an:expression",
                "entity": "an:entity",
                "foundBy": "an:foundBy",
                "source": "an:source",
                "sourceKind": "an:sourceKind",
                "count": "an:count",
            },
        },
    },
]


@dc.dataclass(frozen=True, slots=True)
class Site:
    """Where the site is published and what it is called, for IRIs and creator."""

    url: str = ""
    """MkDocs' `site_url`; empty: IRIs stay relative to the collection."""
    name: str = "annotated-news"

    def link(self, path: str) -> str:
        """An IRI of the site from a path under its root."""
        return site_link(self.url, path)

    @property
    def collection(self) -> str:
        """The collection's IRI."""
        return self.link(EXPORT)

    @property
    def page(self) -> str:
        """The IRI of the collection's one page."""
        return f"{self.collection}#page-1"

    @property
    def creator(self) -> dict[str, str]:
        """The site's software, which makes every annotation (notes included)."""
        agent = {"type": "Software", "name": self.name}
        return {"id": self.url, **agent} if self.url else agent


def reprints(article: Article, text: Presented) -> Reprints:
    """Presented spans the page shows again outside its body."""
    sentences = [text.span(s.span) for s in article.sentences]
    quotes = [text.span(q.span) for q in article.quotes]
    notes = [text.span(n.span) for n in article.notes if n.span is not None]
    # The headline again as the page's title (in the header too).
    heads = [text.span(b.span) for b in article.blocks if b.kind is BlockKind.HEADLINE]
    return Reprints([sentences, quotes], loose=notes + heads)


def credit_note(credit: Credit) -> str:
    """A credit in words: "anonymous source: two sources who ... (2)"."""
    count = f" ({credit.count})" if credit.count is not None else ""
    return f"{credit.source_kind.value} source: {credit.source}{count}"


def _fields(
    corpus: Corpus, article: Article, item: Annotation
) -> tuple[dict[str, Any], str]:
    """Kind-specific fields and the human-readable note of an annotation."""
    if isinstance(item, Figure):
        fields: dict[str, Any] = {"value": item.value, "unit": item.unit}
        if item.qualifier:
            fields["qualifier"] = item.qualifier
        if item.rate:
            fields["rate"] = item.rate
        if item.high is not None:
            fields["high"] = item.high  # a range: "value" is its low end
        return fields, f"Figure: {figure_note(item)}"
    if isinstance(item, Quote):
        speaker = speaker_name(corpus, item)
        fields = {"quoteKind": item.quote_kind.value}
        if speaker:
            fields["speaker"] = speaker
        if item.quote_kind is QuoteKind.SCARE:
            return fields, "Words in quotation marks (not attributed speech)"
        return fields, f"Quote by {speaker}" if speaker else "Quote, speaker not given"
    if isinstance(item, DateMention):
        label = date_label(item.value, item.precision, item.modifier)
        fields = {"date": item.value, "precision": item.precision.value}
        if item.modifier:
            fields["modifier"] = item.modifier
        if item.relative:
            fields["expression"] = article.slice(item.span)
            label += f" (from “{article.slice(item.span)}”)"
        return fields, f"Date: {label}"
    if isinstance(item, Credit):
        fields = {"source": item.source, "sourceKind": item.source_kind.value}
        if item.count is not None:
            fields["count"] = item.count
        return fields, f"Credit: {credit_note(item)}"
    assert isinstance(item, EntityMention)
    name = corpus.entities.record(item).name
    if item.site:
        # A lone surname the article gives no cue for: the site knows one
        # person by it (`indexes/surnames.py`).
        return (
            {"entity": name, "foundBy": "site"},
            f"{item.kind.value.capitalize()}: {name} (by surname alone: the one "
            "person of that surname the site knows)",
        )
    return {"entity": name}, f"{item.kind.value.capitalize()}: {name}"


def cross_article_facts(corpus: Corpus, article: Article) -> tuple[Any, ...]:
    """What an article's annotations here take from other articles.

    Everything else comes from the article alone. The build keeps each
    article's part of the collection under these facts and the article's
    cache key (`build.export_digest`): a change in `_fields` that reads more
    of the corpus must be added here.
    """
    return (
        tuple(corpus.entities.record(m).name for m in article.entities),
        tuple(speaker_name(corpus, q) for q in article.quotes),
    )


@dc.dataclass(slots=True)
class _Item:
    """One annotation of an article, before it is written as JSON."""

    kind: str
    span: Span
    anchor: str
    motivation: str
    body: dict[str, str]
    fields: dict[str, Any]


def _items(corpus: Corpus, article: Article) -> Iterator[_Item]:
    """The annotations of one article, in text order, then its notes."""
    for item in article.annotations():
        kind = item.kind.value
        fields, note = _fields(corpus, article, item)
        body = {
            "type": "TextualBody",
            "purpose": "describing",
            "value": note,
            "format": "text/plain",
            "language": LANGUAGE,
        }
        anchor = corpus.anchor(article, kind, item.span)
        yield _Item(kind, item.span, anchor, "highlighting", body, fields)
    for remark in article.notes:  # editorial notes from the sidecar
        assert remark.span is not None
        body = {
            "type": "TextualBody",
            "purpose": "commenting",
            "value": note_markdown(remark.body),
            "format": "text/markdown",
            "language": LANGUAGE,
        }
        anchor = corpus.anchor(article, "note", remark.span)
        yield _Item("note", remark.span, anchor, "commenting", body, {})


def annotation_items(
    corpus: Corpus, article: Article, site: Site = Site()
) -> list[dict[str, Any]]:
    """The Web Annotations of one article, in text order (as JSON values)."""
    text = presented(article)
    quoter = Quoter(text, reprints(article, text))
    source = site.link(f"articles/{article.slug}/")
    created = f"{article.meta.date.isoformat()}T00:00:00Z"
    return [
        {
            "id": f"{site.collection}#{article.slug}/{item.anchor}",
            "type": "Annotation",
            "motivation": item.motivation,
            "kind": item.kind,
            "seed": article.seed,
            "created": created,
            "creator": site.creator,
            "target": {
                "type": "SpecificResource",
                "source": source,
                "selector": [
                    quoter.selector(item.span),
                    {
                        "type": "FragmentSelector",
                        "conformsTo": RFC_3236,
                        "value": item.anchor,
                    },
                ],
            },
            "permalink": f"{source}#{item.anchor}",
            "body": [item.body],
            **item.fields,
        }
        for item in _items(corpus, article)
    ]


def article_lines(
    corpus: Corpus, article: Article, site: Site = Site()
) -> tuple[int, str]:
    """One article's part of the collection: its count and its JSON lines.

    Each line is `encoder()` of its item of `annotation_items`, byte for
    byte (tests/test_annotation_lines.py), written from strings: the parts
    every annotation of the article shares are encoded once, and no dict
    is built per annotation only to be encoded (the JSON encoder's walk of
    those dicts was half of this function's time).
    """
    text = presented(article)
    quoter = Quoter(text, reprints(article, text))
    source = site.link(f"articles/{article.slug}/")
    created = f"{article.meta.date.isoformat()}T00:00:00Z"
    string = encode_basestring
    before_id = '{"id": ' + string(f"{site.collection}#{article.slug}/")[:-1]
    shared = (
        f', "seed": {string(article.seed)}, "created": {string(created)}'
        f', "creator": {encoder()(site.creator)}, "target": {{"type": '
        f'"SpecificResource", "source": {string(source)}, "selector": ['
    )
    before_anchor = string(f"{source}#")[:-1]
    lines = []
    for item in _items(corpus, article):
        anchor = string(item.anchor)[1:]  # the closing quote kept
        words = quoter.selector(item.span)
        body = item.body
        lines.append(
            f'{before_id}{anchor}, "type": "Annotation", "motivation": '
            f'"{item.motivation}", "kind": {string(item.kind)}{shared}'
            f'{{"type": "TextQuoteSelector", "exact": {string(words["exact"])}, '
            f'"prefix": {string(words["prefix"])}, '
            f'"suffix": {string(words["suffix"])}}}, '
            f'{{"type": "FragmentSelector", "conformsTo": "{RFC_3236}", '
            f'"value": "{anchor}}}]}}, "permalink": {before_anchor}{anchor}, '
            f'"body": [{{"type": "TextualBody", "purpose": "{body["purpose"]}", '
            f'"value": {string(body["value"])}, "format": "{body["format"]}", '
            f'"language": "{LANGUAGE}"}}]'
            + "".join(
                f", {string(key)}: {_json_value(value)}"
                for key, value in item.fields.items()
            )
            + "}"
        )
    return len(lines), ",\n".join(lines)


def _json_value(value: Any) -> str:
    """A field's value as `encoder()` writes it."""
    if type(value) is str:
        return str(encode_basestring(value))
    if type(value) is int:
        return str(value)
    return encoder()(value)


COLLECTION_END = "\n]}}\n"
"""What follows the last annotation line of the collection."""
SEPARATOR = ",\n"
"""Between two articles' parts (one annotation per line)."""


def collection_head(total: int, site: Site = Site()) -> str:
    """The collection up to its first annotation line (`total` annotations).

    The file is this head, the non-empty parts joined by `SEPARATOR`, then
    `COLLECTION_END`: a writer can stream the parts once it knows the total.
    """
    head = json.dumps(
        {
            "@context": CONTEXT,
            "id": site.collection,
            "type": "AnnotationCollection",
            "label": "Annotations of every article",
            "total": total,
            "last": site.page,
        },
        ensure_ascii=False,
    )
    page = json.dumps(
        {
            "id": site.page,
            "type": "AnnotationPage",
            "partOf": site.collection,
            "startIndex": 0,
        },
        ensure_ascii=False,
    )
    return f'{head[:-1]}, "first": {page[:-1]}, "items": [\n'


def assemble_collection(parts: list[tuple[int, str]], site: Site = Site()) -> str:
    """Join the articles' parts (from `article_lines`, in corpus order).

    One page holds every annotation: the collection's `first` and `last`.
    """
    # One annotation per line: the file diffs well and writes fast.
    body = SEPARATOR.join(text for n, text in parts if n)
    head = collection_head(sum(n for n, _ in parts), site)
    return f"{head}{body}{COLLECTION_END}"


def annotation_collection(corpus: Corpus, site: Site = Site()) -> str:
    """Return `annotations.jsonld` for the whole site."""
    return assemble_collection(
        [article_lines(corpus, a, site) for a in corpus.articles], site
    )
