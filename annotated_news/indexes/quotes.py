"""Quotes across articles: shared statements and quote provenance.

- A *statement* is what one speaker said, however many articles quote it. Two
  quotes are the same statement when most of the shorter one's word 4-grams
  occur in the longer one, so a quote given in full by one outlet and split
  or shortened by another is still one statement with several appearances.
- An *echo* is a quoted passage of one article whose words stand as plain,
  unquoted text in another: the quote is traced to where its words come from.
"""

from __future__ import annotations

import dataclasses as dc
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from ..model import Article, Quote, QuoteKind, Span
from .places import Place

if TYPE_CHECKING:
    from . import Corpus

TOKEN_RE = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
SHINGLE = 4
MIN_CONTAINMENT = 0.5
MIN_ECHO_WORDS = 3


def tokens(text: str, base: int = 0) -> list[tuple[str, int, int]]:
    """Return normalised words with their offsets (apostrophes dropped)."""
    found = list(TOKEN_RE.finditer(text))
    words = [m.group().lower() for m in found]
    if "’" in text or "'" in text:  # most texts have none: skip two calls a word
        words = [w.replace("’", "").replace("'", "") for w in words]
    return [(w, base + m.start(), base + m.end())
            for w, m in zip(words, found, strict=True)]


@dc.dataclass(slots=True)
class Appearance:
    """One article's quote (all parts, when its attribution splits it)."""

    article: Article
    parts: list[Quote]
    places: list[Place]
    speaker: str | None

    @property
    def place(self) -> Place:
        """Where the quote starts."""
        return self.places[0]

    @property
    def words(self) -> list[str]:
        """The quoted words, normalised, over all parts."""
        return [w for q in self.parts for w, _, _ in tokens(self.article.slice(q.span))]


@dc.dataclass(slots=True)
class Statement:
    """What one speaker said, and every article that quotes it."""

    appearances: list[Appearance]

    @property
    def speaker(self) -> str | None:
        """The speaker, as named by the first appearance that names one."""
        return next((a.speaker for a in self.appearances if a.speaker), None)

    @property
    def articles(self) -> list[Article]:
        """Distinct articles quoting the statement."""
        seen: dict[str, Article] = {}
        for appearance in self.appearances:
            seen.setdefault(appearance.article.slug, appearance.article)
        return list(seen.values())

    @property
    def anchor(self) -> str:
        """Id of the statement on the quotes page."""
        return "st-" + self.appearances[0].place.anchor.removeprefix("q-")


@dc.dataclass(frozen=True, slots=True)
class Echo:
    """A quote whose words stand as plain text in another article."""

    quote: Place
    source: Place


def speaker_name(corpus: Corpus, quote: Quote) -> str | None:
    """The site-wide name of a quote's speaker (entities joined)."""
    if quote.speaker is None:
        return None
    if quote.speaker_kind is not None:
        record = corpus.entities.named(quote.speaker_kind, quote.speaker)
        if record:
            return record.name
    return quote.speaker


def appearances(corpus: Corpus, article: Article) -> list[Appearance]:
    """Group an article's quotes into appearances (split quotes joined)."""
    groups: dict[int, list[Quote]] = {}
    for index, quote in enumerate(article.quotes):
        if quote.quote_kind is QuoteKind.SCARE:
            continue
        key = quote.group if quote.group is not None else index
        groups.setdefault(key, []).append(quote)
    return [
        Appearance(article, parts, [corpus.place(article, q) for q in parts],
                   speaker_name(corpus, parts[0]))
        for parts in groups.values()
    ]


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < SHINGLE:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _unquoted_tokens(article: Article) -> list[tuple[str, int, int]]:
    """The article's words that are not inside a quote."""
    spans = sorted(q.span for q in article.quotes)
    out, k = [], 0
    for token in tokens(article.text):
        while k < len(spans) and spans[k].end <= token[1]:
            k += 1
        if k < len(spans) and spans[k].start <= token[1]:
            continue
        out.append(token)
    return out


def build_statements(corpus: Corpus) -> list[Statement]:
    """Join appearances of the same statement across articles."""
    items = [a for article in corpus.articles for a in appearances(corpus, article)]
    shingles = [_shingles(a.words) for a in items]
    by_shingle: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, sh in enumerate(shingles):
        for s in sh:
            by_shingle[s].append(i)
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, sh in enumerate(shingles):
        candidates = {j for s in sh for j in by_shingle[s] if j > i}
        for j in candidates:
            if items[i].article is items[j].article:
                continue
            shared = len(sh & shingles[j])
            smaller = min(len(sh), len(shingles[j]))
            if smaller and shared / smaller >= MIN_CONTAINMENT:
                parent[find(j)] = find(i)
    groups: dict[int, list[Appearance]] = defaultdict(list)
    for i, item in enumerate(items):
        groups[find(i)].append(item)
    return [Statement(g) for _, g in sorted(groups.items())]


def find_provenance(corpus: Corpus) -> list[Echo]:
    """Find quotes whose words stand unquoted in another article."""
    quoted: list[tuple[Article, Quote, list[str]]] = []
    for article in corpus.articles:
        for quote in article.quotes:
            words = [w for w, _, _ in tokens(article.slice(quote.span))]
            if len(words) >= MIN_ECHO_WORDS:
                quoted.append((article, quote, words))
    starts = {tuple(words[:MIN_ECHO_WORDS]) for _, _, words in quoted}
    positions: dict[tuple[str, ...], list[tuple[Article, int]]] = defaultdict(list)
    streams: dict[str, list[tuple[str, int, int]]] = {}
    for article in corpus.articles:
        stream = _unquoted_tokens(article)
        streams[article.slug] = stream
        words = [w for w, _, _ in stream]
        # Every run of MIN_ECHO_WORDS words, as tuples made by zip, not one by one.
        runs = zip(*(words[k:] for k in range(MIN_ECHO_WORDS)), strict=False)
        for i, key in enumerate(runs):
            if key in starts:
                positions[key].append((article, i))
    echoes = []
    for article, quote, words in quoted:
        for other, i in positions.get(tuple(words[:MIN_ECHO_WORDS]), []):
            if other is article:
                continue
            stream = streams[other.slug]
            window = [w for w, _, _ in stream[i : i + len(words)]]
            if window == words:
                span = Span(stream[i][1], stream[i + len(words) - 1][2])
                source = Place.of(other, corpus.sentence_anchor(other, span.start),
                                  span, corpus)
                echoes.append(Echo(corpus.place(article, quote), source))
    corpus.echoes = echoes
    return echoes
