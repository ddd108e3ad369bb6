"""`docs/annotations.jsonld`: every annotation as a W3C Web Annotation.

The shape is public (see the README). Annotations found by the annotators
have `motivation: highlighting`; editorial notes from sidecars follow them
with `motivation: commenting`, `kind: note` and the note's Markdown as body.
`exact`, `prefix` and `suffix` come from
the article text as published: whitespace collapsed, and a space where the
page separates two sentences the seed glued together, so a reader can find a
span again on the page without its id.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from typing import TYPE_CHECKING, Any

from ..indexes.quotes import speaker_name
from ..indexes.timeline import date_label
from ..model import (
    Annotation,
    Article,
    Credit,
    DateMention,
    EntityMention,
    Figure,
    Quote,
    QuoteKind,
    Span,
)
from ..presented import glued_starts
from ..render.article import figure_note

if TYPE_CHECKING:
    from ..indexes import Corpus

CONTEXT_IRI = "urn:x-annotated-news:"
AFFIX = 32
SPACE_RE = re.compile(r"\s+")

# Extension terms. They are scoped to the Annotation type, so that "value"
# keeps its Web Annotation meaning (rdf:value) inside TextualBody.
CONTEXT: list[Any] = [
    "http://www.w3.org/ns/anno.jsonld",
    {
        "an": CONTEXT_IRI,
        "Annotation": {
            "@id": "oa:Annotation",
            "@context": {
                "kind": "an:kind",
                "seed": "an:seed",
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
                "source": "an:source",
                "sourceKind": "an:sourceKind",
                "count": "an:count",
            },
        },
    },
]


class PublishedText:
    """An article's text as the page shows it, with an offset map.

    Whitespace runs collapse to one space (none at the start, or after a
    space added where the page separates two glued sentences).
    """

    def __init__(self, article: Article) -> None:
        text = article.text
        self.glued = sorted(p for p in glued_starts(article) if p < len(text))
        bounds = [0, *self.glued, len(text)]
        pieces: list[str] = []
        removed: list[tuple[int, int]] = []  # [start, end) of dropped characters
        for k, (start, end) in enumerate(itertools.pairwise(bounds)):
            segment = text[start:end]
            runs = [m.span() for m in SPACE_RE.finditer(segment)]
            if runs and runs[0][0] == 0:  # leading: dropped whole
                removed.append((start, start + runs[0][1]))
                runs = runs[1:]
            removed.extend((start + a + 1, start + b) for a, b in runs if b - a > 1)
            pieces.append((" " if k else "") + SPACE_RE.sub(" ", segment.lstrip()))
        self.text = "".join(pieces)
        self.removed_starts = [a for a, _ in removed]
        self.removed_ends = [b for _, b in removed]
        self.removed_before = [0, *itertools.accumulate(b - a for a, b in removed)]

    def offset(self, i: int) -> int:
        """Where character `i` of the article text is in the published text."""
        j = bisect.bisect_left(self.removed_starts, i) - 1
        dropped = (
            (
                self.removed_before[j]
                + min(self.removed_ends[j], i)
                - self.removed_starts[j]
            )
            if j >= 0
            else 0
        )
        return i + bisect.bisect_right(self.glued, i) - dropped

    def selector(self, span: Span) -> dict[str, str]:
        """A TextQuoteSelector for a span: exact, prefix and suffix."""
        start, end = self.offset(span.start), self.offset(span.end)
        exact = self.text[start:end].strip()
        return {
            "type": "TextQuoteSelector",
            "exact": exact,
            "prefix": self.text[max(0, start - AFFIX) : start],
            "suffix": self.text[end : end + AFFIX],
        }


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
    return {"entity": name}, f"{item.kind.value.capitalize()}: {name}"


def annotation_items(corpus: Corpus, article: Article) -> list[dict[str, Any]]:
    """The Web Annotations of one article, in text order."""
    published = PublishedText(article)
    source = f"articles/{article.slug}/"
    items = []
    for item in article.annotations():
        anchor = corpus.anchor(article, item.kind.value, item.span)
        fields, note = _fields(corpus, article, item)
        items.append(
            {
                "id": f"{source}#{anchor}",
                "type": "Annotation",
                "motivation": "highlighting",
                "kind": item.kind.value,
                "seed": article.seed,
                "target": {
                    "source": source,
                    "selector": [
                        published.selector(item.span),
                        {"type": "FragmentSelector", "value": anchor},
                    ],
                },
                "body": [
                    {"type": "TextualBody", "purpose": "describing", "value": note}
                ],
                **fields,
            }
        )
    for remark in article.notes:  # editorial notes from the sidecar
        assert remark.span is not None
        anchor = corpus.anchor(article, "note", remark.span)
        items.append(
            {
                "id": f"{source}#{anchor}",
                "type": "Annotation",
                "motivation": "commenting",
                "kind": "note",
                "seed": article.seed,
                "target": {
                    "source": source,
                    "selector": [
                        published.selector(remark.span),
                        {"type": "FragmentSelector", "value": anchor},
                    ],
                },
                "body": [
                    {
                        "type": "TextualBody",
                        "purpose": "commenting",
                        "value": remark.body,
                        "format": "text/markdown",
                    }
                ],
            }
        )
    return items


def article_lines(corpus: Corpus, article: Article) -> tuple[int, str]:
    """One article's part of the collection: its count and its JSON lines."""
    items = annotation_items(corpus, article)
    return len(items), ",\n".join(json.dumps(i, ensure_ascii=False) for i in items)


def assemble_collection(parts: list[tuple[int, str]]) -> str:
    """Join the articles' parts (from `article_lines`, in corpus order)."""
    head = json.dumps(
        {
            "@context": CONTEXT,
            "type": "AnnotationCollection",
            "label": "Annotations of every article",
            "total": sum(n for n, _ in parts),
        },
        ensure_ascii=False,
    )
    # One annotation per line: the file diffs well and writes fast.
    body = ",\n".join(text for n, text in parts if n)
    return (
        f'{head[:-1]}, "first": {{"type": "AnnotationPage", "items": [\n{body}\n]}}}}\n'
    )


def annotation_collection(corpus: Corpus) -> str:
    """Return `annotations.jsonld` for the whole site."""
    return assemble_collection([article_lines(corpus, a) for a in corpus.articles])
