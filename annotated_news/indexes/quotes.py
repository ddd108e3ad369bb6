"""Quotes across articles: shared statements and quote provenance.

- A *statement* is what one speaker said, however many articles quote it. Two
  quotes are the same statement when at least half of the shorter one's word
  4-grams occur in the longer one, so a quote given in full by one outlet and
  split or shortened by another is still one statement. All the parts one
  article quotes make one *appearance*: a statement has one appearance per
  article. Quotes shorter than `LONG_QUOTE` words are joined only between
  related articles (see `related.py`): short phrases recur by chance. Between
  unrelated articles at least `UNRELATED_SHARED` 4-grams must be shared too
  (eight words in a row): half of a nine-word quote may be an idiom ("on the
  other side of the truck" and "… of the boat" are two statements).
- An *echo* is a quoted passage of one article whose words stand as plain,
  unquoted text in a related article: the quote is traced to where its words
  stand. The plain words get an element id (`echo-<words>`) on their page so
  that both places can link to each other.
"""

from __future__ import annotations

import dataclasses as dc
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..ids import IdAllocator, candidates, words_of
from ..index_parts import TOKEN_RE, normal, quoted_words, spoken, words
from ..model import Article, Quote, Span
from .kept import EchoFound, Kept
from .places import Place
from .related import Related

if TYPE_CHECKING:
    from . import Corpus

SHINGLE = 4
MIN_CONTAINMENT = 0.5
UNRELATED_SHARED = 5
LONG_QUOTE = 8
"""Quotes of at least this many words are matched across all articles."""
MAX_POSTING = 50
"""A 4-gram quoted by more quotes than this is boilerplate: not a clue."""
MIN_ECHO_WORDS = 4


def tokens(text: str, base: int = 0) -> list[tuple[str, int, int]]:
    """Return normalised words with their offsets (apostrophes dropped)."""
    return [
        (
            m.group().lower().replace("’", "").replace("'", ""),
            base + m.start(),
            base + m.end(),
        )
        for m in TOKEN_RE.finditer(text)
    ]


@dc.dataclass(slots=True)
class Appearance:
    """One article's quote of a statement: all the parts it quotes."""

    article: Article
    parts: list[Quote]
    places: list[Place]
    speaker: str | None

    @property
    def place(self) -> Place:
        """Where the first part starts."""
        return self.places[0]

    @property
    def words(self) -> list[str]:
        """The quoted words, normalised, over all parts."""
        return [w for q in self.parts for w in words(self.article.slice(q.span))]


@dc.dataclass(slots=True)
class Statement:
    """What one speaker said, and every article that quotes it."""

    appearances: list[Appearance]
    """One per article, in corpus order."""
    anchor: str = ""
    """Id of a statement quoted by several articles on the quotes pages
    (`st-<speaker>-<words>`); empty for the others."""

    @property
    def speaker(self) -> str | None:
        """The speaker, as named by the first appearance that names one."""
        return next((a.speaker for a in self.appearances if a.speaker), None)

    @property
    def articles(self) -> list[Article]:
        """Distinct articles quoting the statement."""
        return [a.article for a in self.appearances]

    def appearance_in(self, article: Article) -> Appearance | None:
        """The appearance in one article, if it quotes the statement."""
        return next((a for a in self.appearances if a.article is article), None)


@dc.dataclass(frozen=True, slots=True)
class Echo:
    """A quote whose words stand as plain text in another article."""

    quote: Place
    """The quote, in the article that quotes the words."""
    source: Place
    """The same words unquoted in the other article; `anchor` is its echo id."""


def speaker_name(corpus: Corpus, quote: Quote) -> str | None:
    """The site-wide name of a quote's speaker (entities joined)."""
    if quote.speaker is None:
        return None
    if quote.speaker_kind is not None:
        record = corpus.entities.named(quote.speaker_kind, quote.speaker)
        if record:
            return record.name
    return quote.speaker


def _quoted(corpus: Corpus, article: Article) -> list[list[str]]:
    """The words of each of an article's spoken quotes (`spoken`'s order)."""
    found = corpus.quoted.get(article.slug)
    if found is None:
        found = quoted_words(article)
    return [said.split() for said in found]


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < SHINGLE:
        return set()
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def build_statements(corpus: Corpus, related: Related) -> list[Statement]:
    """Join the quotes of the same statement across articles."""
    items: list[Appearance] = []
    quoted: list[list[str]] = []
    for article in corpus.articles:
        said = iter(_quoted(corpus, article))
        for parts in spoken(article):
            items.append(
                Appearance(
                    article,
                    parts,
                    [corpus.place(article, q) for q in parts],
                    speaker_name(corpus, parts[0]),
                )
            )
            quoted.append([w for _ in parts for w in next(said)])
    shingles = [_shingles(w) for w in quoted]
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, sh in enumerate(shingles):
        for s in sh:
            postings[s].append(i)
    # Only shingles that more than one quote has can join two: most have one.
    common = {s: p for s, p in postings.items() if 1 < len(p) <= MAX_POSTING}
    union = _Union(len(items))
    for i, sh in enumerate(shingles):
        found = {j for s in sh if s in common for j in common[s] if j > i}
        for j in sorted(found):
            a, b = items[i].article, items[j].article
            if a is b:
                continue
            shorter = min(len(quoted[i]), len(quoted[j]))
            close = related.related(a, b)
            if shorter < LONG_QUOTE and not close:
                continue
            shared = len(sh & shingles[j])
            if shared / min(len(sh), len(shingles[j])) >= MIN_CONTAINMENT and (
                close or shared >= UNRELATED_SHARED
            ):
                union.union(i, j)
    groups: dict[int, list[Appearance]] = defaultdict(list)
    for i, item in enumerate(items):
        groups[union.find(i)].append(item)
    statements = [Statement(_merge_by_article(g)) for _, g in sorted(groups.items())]
    alloc = IdAllocator()
    for statement in statements:
        if len(statement.appearances) < 2:
            continue  # listed only under its speaker: no anchor of its own
        first = statement.appearances[0]
        speaker = words_of(first.speaker or "")[:4]
        own = words_of(first.article.slice(first.parts[0].span))
        prefix = "-".join(["st", *speaker])
        statement.anchor = alloc.take(candidates(prefix, own, list))
    return statements


def _merge_by_article(items: list[Appearance]) -> list[Appearance]:
    """One appearance per article: the parts of all its quotes, in text order."""
    merged: dict[str, Appearance] = {}
    for item in items:
        if item.article.slug not in merged:
            merged[item.article.slug] = Appearance(item.article, [], [], item.speaker)
        into = merged[item.article.slug]
        into.parts.extend(item.parts)
        into.places.extend(item.places)
    for appearance in merged.values():
        order = sorted(
            range(len(appearance.parts)), key=lambda k: appearance.parts[k].span.start
        )
        appearance.parts = [appearance.parts[k] for k in order]
        appearance.places = [appearance.places[k] for k in order]
    return list(merged.values())


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


def find_echoes(
    corpus: Corpus, related: Related, kept: Kept | None = None
) -> list[Echo]:
    """Find quotes whose words stand unquoted in a related article.

    With `kept`, an article whose search was kept (`kept.py`: same article,
    same related articles) is not searched again.
    """
    by_slug = {a.slug: a for a in corpus.articles}
    quoted: dict[str, list[Offered]] = {}
    echoes: list[Echo] = []
    for source in corpus.articles:
        partners = sorted(related.partners.get(source.slug, ()))
        if not partners:
            continue  # no related article: nothing to search
        key = kept.echo_key(source, [by_slug[s] for s in partners]) if kept else None
        found = kept.found_echoes(key) if kept and key else None
        if found is None:
            for s in partners:
                if s not in quoted:
                    quoted[s] = _long_quotes(corpus, by_slug[s])
            found = _search(corpus, source, [(s, quoted[s]) for s in partners])
            if kept and key:
                kept.keep_echoes(key, found)
        echoes.extend(_echoes(corpus, source, by_slug, found))
    return echoes


Offered = tuple[Quote, list[str], str, str]
"""A quote that may echo: the quote, its words, the words joined as `_search`
looks for them (" a b c ") and its longest word; made once per quote, not
once per article it is offered to."""


def _long_quotes(corpus: Corpus, article: Article) -> list[Offered]:
    """An article's spoken quotes long enough to echo, with their words."""
    said = _quoted(corpus, article)
    return [
        (q, w, f" {' '.join(w)} ", max(w, key=len))
        for q, w in zip(
            (q for parts in spoken(article) for q in parts), said, strict=True
        )
        if len(w) >= MIN_ECHO_WORDS
    ]


def _search(
    corpus: Corpus, source: Article, offered: list[tuple[str, list[Offered]]]
) -> tuple[EchoFound, ...]:
    """The echoes in one article of the quotes its related articles offer.

    `offered`: each related article's slug with its quotes (`_long_quotes`).
    """
    # Nearly every quote offered is not in this article (10,000 articles:
    # 191,419 quotes offered to 5,425 articles, 8 echoes). Each word of a
    # quote found in the text's words is a part of the text as its words
    # are read (`normal`): a quote with a word that is not is ruled out by
    # a search in that string, its longest word first, before the text is
    # cut into words (then needed in 706 of the 5,425 articles). Then the
    # text's words joined by spaces rule out the rest before tokenising.
    text = normal(source.text)
    maybe = [
        (s, q, w, phrase)
        for s, quotes in offered
        for q, w, phrase, longest in quotes
        if longest in text and all(word in text for word in w)
    ]
    if not maybe:
        return ()  # most articles: no quote offered, or none of its words here
    joined = f" {' '.join(TOKEN_RE.findall(text))} "
    wanted = [(s, q, w) for s, q, w, phrase in maybe if phrase in joined]
    if not wanted:
        return ()
    stream = _unquoted_tokens(source)
    firsts = {w[0] for _, _, w in wanted}
    starts: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i in range(len(stream) - MIN_ECHO_WORDS + 1):
        if stream[i][0] in firsts:
            starts[tuple(t for t, _, _ in stream[i : i + MIN_ECHO_WORDS])].append(i)
    found = sorted(
        (Span(stream[i][1], stream[i + len(w) - 1][2]), k)
        for k, (_, _, w) in enumerate(wanted)
        for i in starts.get(tuple(w[:MIN_ECHO_WORDS]), ())
        if [t for t, _, _ in stream[i : i + len(w)]] == w
    )
    # Ids are taken in text order so that they do not depend on which
    # articles happen to be related.
    anchors = _EchoAnchors(corpus, source)
    out: list[EchoFound] = []
    for span, k in found:
        slug, quote, _ = wanted[k]
        anchor = anchors.take(span)
        out.append(
            (slug, quote.span.start, quote.span.end, span.start, span.end, anchor)
        )
    return tuple(out)


def _echoes(
    corpus: Corpus,
    source: Article,
    by_slug: dict[str, Article],
    found: tuple[EchoFound, ...],
) -> Iterator[Echo]:
    """The echoes a search found, as places in this build's articles."""
    for slug, start, end, echo_start, echo_end, anchor in found:
        article = by_slug[slug]
        quote = next(q for q in article.quotes if q.span == Span(start, end))
        span = Span(echo_start, echo_end)
        yield Echo(corpus.place(article, quote), Place.of(source, anchor, span, corpus))


class _EchoAnchors:
    """Echo ids of one source page: free of the page's other ids, one per span."""

    def __init__(self, corpus: Corpus, article: Article) -> None:
        self.article = article
        self.alloc = IdAllocator(corpus.ids[article.slug].values())
        self.by_span: dict[Span, str] = {}

    def take(self, span: Span) -> str:
        if span not in self.by_span:
            own = words_of(self.article.slice(span))
            self.by_span[span] = self.alloc.take(candidates("echo", own, list))
        return self.by_span[span]
