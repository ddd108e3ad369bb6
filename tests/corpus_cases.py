"""Small hand-made corpora for the index tests.

Articles are parsed from real seed text, so that blocks and sentences come
from the parser, but their annotations are given here, so that the tests of
joining, grouping and matching do not depend on what the annotators find.
"""

from __future__ import annotations

import dataclasses as dc
import itertools
from pathlib import Path

from annotated_news.indexes import Corpus, build_corpus
from annotated_news.model import (
    Article,
    DateMention,
    EntityMention,
    Figure,
    Kind,
    Precision,
    Quote,
    QuoteKind,
    Span,
)
from annotated_news.parse.article import disambiguate_slugs, parse_article
from annotated_news.reader import read_seed

PER, ORG = Kind.PERSON, Kind.ORGANIZATION
_names = itertools.count()


@dc.dataclass
class Case:
    """One article to build: its text and what to mark in it."""

    text: str
    outlet: str | None = None
    date: str = "2025-06-04"
    figures: list[tuple[str, float, str, str | None, str | None]] = dc.field(
        default_factory=list
    )
    """(words, value, unit, qualifier, rate)."""
    names: list[tuple[str, Kind, str]] = dc.field(default_factory=list)
    """(words, kind, canonical name); each words' every occurrence is marked."""
    quotes: list[tuple[str, str | None, QuoteKind]] = dc.field(default_factory=list)
    """(words including quotation marks, speaker, kind)."""
    dates: list[tuple[str, str, Precision, str | None, bool]] = dc.field(
        default_factory=list
    )
    """(words, ISO value, precision, modifier, relative)."""


def span_of(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span(start, start + len(words))


def all_spans(text: str, words: str) -> list[Span]:
    spans, at = [], 0
    while (start := text.find(words, at)) >= 0:
        end = start + len(words)
        # Whole words only: "Noem" is not marked inside "Kristi Noem" twice.
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            spans.append(Span(start, end))
        at = end
    return spans


def make_article(folder: Path, case: Case) -> Article:
    path = folder / f"case_{next(_names):03d}.txt"
    path.write_text(f" date {case.date} {case.text}", encoding="utf-8")
    if case.outlet:
        path.with_suffix(".yml").write_text(
            f"outlet: {case.outlet}\n", encoding="utf-8"
        )
    article = parse_article(read_seed(path))
    text = article.text
    article.figures = [
        Figure(span_of(text, w), v, u, q, r) for w, v, u, q, r in case.figures
    ]
    taken: list[Span] = []
    mentions = []
    for words, kind, canonical in sorted(case.names, key=lambda n: -len(n[0])):
        for span in all_spans(text, words):
            if not any(span.overlaps(t) for t in taken):
                taken.append(span)
                mentions.append(EntityMention(span, kind, canonical))
    article.entities = sorted(mentions, key=lambda m: m.span.start)
    article.quotes = [
        Quote(span_of(text, w), k, s, PER if s and k is not QuoteKind.SCARE else None)
        for w, s, k in case.quotes
    ]
    article.dates = [
        DateMention(span_of(text, w), v, p, m, r) for w, v, p, m, r in case.dates
    ]
    return article


def corpus_of(folder: Path, *cases: Case) -> tuple[Corpus, list[Article]]:
    articles = [make_article(folder, c) for c in cases]
    disambiguate_slugs(articles)
    return build_corpus(articles), articles
