"""Element ids of annotations, derived from their own content.

The scheme (documented in the README, public: links use it):

- quote: `q-<speaker>-<first words>`, e.g. `q-abigail-jackson-keeping-president-trumps-promise`
- figure: `f-<value>-<unit words>`, e.g. `f-21000-national-guard-troops`
- date: `d-<ISO value>`, e.g. `d-2025-05-21`
- person / organisation mention: `e-<canonical name>`, e.g. `e-stephen-miller`
- credit: `c-<source words>`, e.g. `c-axios`, `c-two-sources-who-spoke`
- sentence: `s-<first words>`
- note: `n-<exact words>` on the noted text; its note box is `<id>-note`

Within a page, annotations are visited in text order and each takes the first
of its candidate ids that is free: the base id, then the base extended with
more of its own words, then with words of its sentence; only identical
twins fall back to `-2`, `-3`. So an id changes only when an annotation with
the same content is added before it on the same page; never when paragraphs,
other articles or seed names change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import chain

from .model import Article, EntityMention, Span
from .slugs import slug

MAX_ID = 72
WORD_RE = re.compile(r"[\w’']+")


def words_of(text: str) -> list[str]:
    """Return the slugged words of a text ("Trump’s 3,000" -> trumps, 3, 000)."""
    joined = slug(text.replace("’", "").replace("'", ""))
    return joined.split("-") if joined else []


def _join(prefix: str, words: list[str]) -> str:
    out = prefix
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > MAX_ID:
            break
        out = candidate
    return out


def candidates(
    prefix: str, own: list[str], context: Callable[[], list[str]], start: int = 4
) -> Iterator[str]:
    """Yield ids of growing specificity: own words first, then context words.

    `context` is called only when the annotation's own words are taken.
    """
    seen = set()
    for n in range(min(start, len(own)), len(own) + 1):
        cid = _join(prefix, own[:n])
        if cid in seen:
            break  # the id reached MAX_ID: more words change nothing
        seen.add(cid)
        yield cid
    more = context()
    for n in range(1, len(more) + 1):
        cid = _join(prefix, [*own, *more[:n]])
        if cid in seen and n > 1:
            break
        seen.add(cid)
        yield cid


class IdAllocator:
    """Hands out ids unique within one page, first come first served."""

    def __init__(self, reserved: Iterable[str] = ()) -> None:
        self.taken: set[str] = set(reserved)
        self.next_suffix: dict[str, int] = {}
        """Where to resume counting twins of an id, so that k twins cost O(k)."""

    def take(self, options: Iterable[str]) -> str:
        """Return the first free option, or the last one with `-2`, `-3`..."""
        last = ""
        for option in options:
            last = option
            if option not in self.taken:
                self.taken.add(option)
                return option
        n = self.next_suffix.get(last, 2)
        while f"{last}-{n}" in self.taken:
            n += 1
        self.next_suffix[last] = n + 1
        self.taken.add(f"{last}-{n}")
        return f"{last}-{n}"


def value_words(value: float) -> list[str]:
    """Return the words of a number for ids: 21000 -> ["21000"], 1.5 -> ["1-5"]."""
    text = str(int(value)) if value == int(value) else f"{value:.6g}"
    return [slug(text) or "0"]


def _sentence_words(article: Article, span: Span) -> list[str]:
    """Words of the sentence around a span: those after it, then those before.

    Words that follow an annotation tell it apart from a twin sooner than the
    sentence's opening words, which two mentions in one sentence share.
    """
    sentence = article.sentence_at(span.start)
    if sentence is None:
        return []
    # An id holds at most MAX_ID characters: a window of the sentence is
    # enough, and keeps a 300 KB sentence from costing 300 KB per annotation.
    after = words_of(article.text[span.end : min(sentence.span.end, span.end + MAX_ID)])
    before = words_of(
        article.text[max(sentence.span.start, span.start - MAX_ID) : span.start]
    )
    return after + before


def _drop_determiner(words: list[str]) -> list[str]:
    return words[1:] if words and words[0] in ("a", "an", "the") else words


def _note_id(alloc: IdAllocator, options: list[str]) -> str:
    """Take a note id whose `-note` companion (the note box) is free as well."""

    def ids(option: str) -> set[str]:
        return {option, f"{option}-note"}

    chosen = next((o for o in options if not alloc.taken & ids(o)), None)
    n = 2
    while chosen is None:
        if not alloc.taken & ids(f"{options[-1]}-{n}"):
            chosen = f"{options[-1]}-{n}"
        n += 1
    alloc.taken.update(ids(chosen))
    return chosen


def assign_ids(article: Article) -> dict[tuple[str, Span], str]:
    """Return the element id of every annotation and sentence of an article.

    Keys are `(kind, span)`: kind is an annotation kind's value, "sentence"
    or "note". Notes come last, so adding or removing a note never changes
    another id.
    """
    ids: dict[tuple[str, Span], str] = {}
    alloc = IdAllocator()

    def context(span: Span) -> Callable[[], list[str]]:
        return partial(_sentence_words, article, span)

    for quote in article.quotes:
        speaker = _drop_determiner(words_of(quote.speaker or ""))[:4]
        prefix = _join("q", speaker)
        own = words_of(article.slice(quote.span))
        ids[("quote", quote.span)] = alloc.take(
            candidates(prefix, own, context(quote.span))
        )
    for figure in article.figures:
        prefix = _join("f", value_words(figure.value) + words_of(figure.unit)[:3])
        own = words_of(article.slice(figure.span))
        ids[("figure", figure.span)] = alloc.take(
            chain(
                [prefix], candidates(prefix, own, context(figure.span), start=len(own))
            )
        )
    for date in article.dates:
        prefix = "d-" + date.value
        own = words_of(article.slice(date.span))
        ids[("date", date.span)] = alloc.take(
            chain([prefix], candidates(prefix, own, context(date.span), start=len(own)))
        )
    for mention in article.entities:
        prefix = _join("e", words_of(mention.canonical))
        ids[(mention.kind.value, mention.span)] = alloc.take(
            chain([prefix], candidates(prefix, [], context(mention.span)))
        )
    for credit in article.credits:
        prefix = _join("c", _drop_determiner(words_of(credit.source))[:4])
        own = words_of(article.slice(credit.span))
        ids[("credit", credit.span)] = alloc.take(
            chain([prefix], candidates(prefix, own, context(credit.span)))
        )
    for sentence in article.sentences:
        own = words_of(article.slice(sentence.span))
        ids[("sentence", sentence.span)] = alloc.take(
            candidates("s", own, list, start=5)
        )
    for note in article.notes:
        if note.span is None:
            continue
        ids[("note", note.span)] = _note_id(
            alloc,
            list(
                candidates("n", words_of(article.slice(note.span)), context(note.span))
            ),
        )
    return ids


def more_ids(
    article: Article,
    ids: dict[tuple[str, Span], str],
    mentions: Iterable[EntityMention],
) -> dict[tuple[str, Span], str]:
    """The ids with those of mentions added after the article's own were given.

    Mentions the site adds (`indexes/surnames.py`) take ids left free by
    the article's own annotations, in text order, the way `assign_ids`
    gives them: no id the article had changes, whatever the site knows.
    """
    out = dict(ids)
    alloc = IdAllocator(ids.values())
    for mention in mentions:
        prefix = _join("e", words_of(mention.canonical))
        out[(mention.kind.value, mention.span)] = alloc.take(
            chain(
                [prefix],
                candidates(prefix, [], partial(_sentence_words, article, mention.span)),
            )
        )
    return out
