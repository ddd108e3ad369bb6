"""What an article page is made of, digested without building its context.

An article page shows its article (its cache key stands for its text,
annotations and ids; its slug is added) and what the indexes say about it:
the records of the names it writes (and of its speakers and credited
sources), the statements and figure groups it is part of, the echoes it
gives or takes, its story, and the listing pages where those are listed
(`Links.where`). `ArticleInputs.base` digests all of that but `where`, each
index item once per build (`_Plain` says how other articles in them
count). A name and a story are digested as the page shows them
(`record_view`, `story_view`), not whole: a name written in thousands of
articles would otherwise send an edit of any of them to all of their pages. Which `where` entries a page reads depends on the
page, so they are recorded while its context is built (`Reads`) and their
values are added to its digest then (`with_reads`); the next build checks
the same entries.

Building a context is deterministic: when everything it read has the same
value, it reads the same things again and makes the same context. So an
article page whose input digest did not change keeps its file.
"""

from __future__ import annotations

import enum
import gc
import hashlib
import io
import pickle
import secrets
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..indexes import Corpus
from ..indexes.entities import EntityRecord
from ..indexes.places import Place
from ..indexes.quotes import Echo, Statement
from ..indexes.stories import Story
from ..indexes.timeline import Event
from ..manifest import _fields_of, digest
from ..model import Article, Kind, Span
from .cards import MAX_ELSEWHERE
from .items import MAX_ALSO, Links
from .parts import Keyed, Part

OTHERS = max(MAX_ALSO, MAX_ELSEWHERE) + 1
"""A name's articles whose place an article page may show: enough that,
leaving the page's own article out, the "also in" lists are full."""
FORMS = 7
"""A name's commonest forms a page may show (6, the name itself left out)."""
TITLES = 3
"""A name's commonest titles a name card shows."""

Inputs = tuple[str, tuple[str, ...]]
"""An input digest and the `where` entries it covers, in the order read."""


class Reads(dict[str, str]):
    """`Links.where` that records which anchors are looked up."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.seen: dict[str, None] = {}

    def get(self, key: str, default: Any = None) -> Any:
        self.seen[key] = None
        return super().get(key, default)

    def __getitem__(self, key: str) -> str:
        self.seen[key] = None
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self.seen[key] = None
        return super().__contains__(key)

    def start(self) -> None:
        """Forget what was read: a new page starts."""
        self.seen = {}


_PLAIN = frozenset({str, int, float, bool, type(None), bytes})
"""Types a digest takes as they are."""


class _Plain:
    """Turns index items into plain values (tuples, strings, numbers) to digest.

    An article in them is its seed, slug and meta (or its cache key:
    `full`), a place its words and sentence (`place_fields`), a timeline
    event its date, article, place and words as one string (`event`), a dataclass its
    class name and fields, an enum member its class name and value, a set its
    members sorted. Pickling plain values calls no Python code per object:
    pickling the items themselves (a reducer per object, each class saved
    as a global) was most of what the input digests cost.
    """

    def __init__(
        self, keys: dict[str, str], full: bool, tokens: dict[int, str]
    ) -> None:
        self.keys = keys
        self.full = full
        self.tokens = tokens
        """An article's seed, slug and meta as one string, by identity."""
        self.by_type: dict[type, Callable[[Any], Any]] = {}
        self.unkeyed = secrets.token_hex(16)
        """Stands for an article without a cache key: no other build has it."""

    def __call__(self, value: Any) -> Any:
        found = self.by_type.get(type(value))
        if found is None:
            kind = type(value)
            if kind in _PLAIN:
                return value
            found = self.by_type[kind] = self._for(kind)
        return found(value)

    def _for(self, kind: type) -> Callable[[Any], Any]:
        """How to make a value of this type plain."""
        plain = self
        fields = _fields_of(kind)
        if issubclass(kind, Place):
            return self.place
        if issubclass(kind, Article):
            return self.article
        if issubclass(kind, Keyed):
            return self.keyed
        if issubclass(kind, Event):
            return self.event
        if issubclass(kind, enum.Enum):
            # A lookup, not a call: enum members are a sixth of the values.
            name = kind.__qualname__
            return {m: (name, m._value_) for m in kind.__members__.values()}.__getitem__
        if kind is Span:  # as a dataclass below, without a call per field
            return lambda v: ("Span", v.start, v.end)
        if fields is not None:
            name = kind.__qualname__
            return lambda v: (
                name,
                *[x if type(x) in _PLAIN else plain(x) for x in fields(v)],
            )
        if issubclass(kind, (list, tuple)):
            return lambda v: (
                "<list>",
                *[x if type(x) in _PLAIN else plain(x) for x in v],
            )
        if issubclass(kind, dict):
            return lambda v: (
                "<dict>",
                *[
                    (plain(k), x if type(x) in _PLAIN else plain(x))
                    for k, x in v.items()
                ],
            )
        if issubclass(kind, (set, frozenset)):
            # Set order follows string hashing, which differs per process.
            return lambda v: ("<set>", *sorted(map(plain, v), key=repr))
        return lambda v: v  # pickled as it is (a date, a path)

    def place(self, place: Place) -> str:
        """A place as one string: a listing part holds thousands of places."""
        fields = "\0".join(map(str, place_fields(place)))
        return f"{self.article(place.article)}\0{fields}"

    def keyed(self, keyed: Keyed) -> str:
        """An article with its cache key (no key: a value never seen again)."""
        article = keyed.article
        key = self.keys.get(article.seed) or self.unkeyed
        return f"{article.seed}\0{article.slug}\0{key}"

    def event(self, event: Event) -> str:
        """A timeline event as one string: its date, article, place and words.

        What the generic way (a dataclass's fields, each made plain) gives,
        in one call: walked field by field, the timeline's 44,000 events at
        10,000 articles were most of what its pages' digests cost.
        `EVENT_FIELDS` lists what it covers.
        """
        key, place = event.key, event.place
        where = "" if place is None else self.place(place)
        return (
            f"{key.value}\0{key.precision.value}\0{key.modifier!r}\0"
            f"{self.article(event.article)}\0{place is None}\0{where}\0"
            f"{event.expression!r}"
        )

    def article(self, article: Article) -> str:
        """An article as digested: seed, slug, and its key (`full`) or meta."""
        if self.full:
            return f"{article.seed}\0{article.slug}\0{self.keys.get(article.seed, '')}"
        found = self.tokens.get(id(article))
        if found is None:
            meta = digest(article.meta)
            found = self.tokens[id(article)] = f"{article.seed}\0{article.slug}\0{meta}"
        return found


EVENT_FIELDS: dict[str, tuple[str, ...]] = {
    "Event": ("key", "article", "place", "expression"),
    "DateKey": ("value", "precision", "modifier"),
}
"""The fields `_Plain.event` digests, of an event and of its date."""


def place_fields(place: Place) -> tuple[Any, ...]:
    """A place as digested: where it is and its words and sentence.

    A place reads its words from its article's text, which an article in an
    index item does not stand for (only its seed, slug and meta).
    """
    return (
        place.anchor,
        place.span.start,
        place.span.end,
        place.sentence_anchor,
        place.sentence_span.start,
        place.sentence_span.end,
        place.exact,
        place.sentence,
    )


class ArticleInputs:
    """Input digests of article pages and name pages, for one build's corpus."""

    def __init__(self, corpus: Corpus, keys: dict[str, str], links: Links) -> None:
        self.corpus = corpus
        self.keys = keys
        self.links = links
        self._items: dict[int, str] = {}
        tokens: dict[int, str] = {}
        self._plain = {full: _Plain(keys, full, tokens) for full in (False, True)}
        self.statements: dict[str, list[Statement]] = {}
        for statement in corpus.statements:
            for slug in {a.article.slug for a in statement.appearances}:
                self.statements.setdefault(slug, []).append(statement)
        self.echoes: dict[str, list[Echo]] = {}
        for echo in corpus.echoes:
            for slug in {echo.quote.article.slug, echo.source.article.slug}:
                self.echoes.setdefault(slug, []).append(echo)
        self.groups: dict[str, list[Any]] = {}
        for group in corpus.figure_groups:
            for slug in {p.article.slug for p, _ in group.places}:
                self.groups.setdefault(slug, []).append(group)

    def item(self, value: Any, full: bool = False) -> str:
        """The digest of one index item (statements, stories, ...), once.

        Keyed by identity: only for objects the corpus holds for the whole
        build.
        """
        if value is None:
            return ""
        found = self._items.get(id(value))
        if found is None:
            found = self._items[id(value)] = self.digest(value, full)
        return found

    def digest(self, value: Any, full: bool = False) -> str:
        """A digest of a value that holds articles (see `_Plain`)."""
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        # No memo: with it, the bytes would depend on which values share one
        # object, and that differs between an article just annotated and one
        # from the cache.
        pickler.fast = True
        # The plain values are tuples that live until pickled and hold no
        # cycles: the cycle collector would scan them for nothing.
        was = gc.isenabled()
        gc.disable()
        try:
            pickler.dump(self._plain[full](value))
        finally:
            if was:
                gc.enable()
        return hashlib.blake2b(buffer.getbuffer(), digest_size=16).hexdigest()

    def part_base(self, part: Part) -> str | None:
        """The digest of what a listing page shows (`Part.shows`).

        Articles in it by seed, slug and meta, places by their words
        (`place_fields`): an edit that changes none of the items a part
        lists leaves its digest as it was.
        """
        return self.digest((part.path, part.shows))

    def record_view(self, record: EntityRecord | None) -> str:
        """What an article page shows of a name, digested once.

        Its key, name, kind and place; its commonest forms and titles; how
        many articles and mentions; the first mention in its first articles
        (the "also in" links and card entries). `render/article_page.py`
        (`name_rows`), `render/cards.py` (`name_cards`, `credit_cards`) and
        `render/items.py` (`Links.also_in`) read nothing else of it.
        """
        if record is None:
            return ""
        found = self._items.get(id(record))
        if found is None:
            found = self._items[id(record)] = self._view(record)
        return found

    def _view(self, record: EntityRecord) -> str:
        """`record_view`'s digest, of one string made field by field.

        Each of its first articles' first mention is written as
        `_Plain.place` writes its place, without building the `Place`
        (`Place.of`'s steps: its element id, its sentence's span and id):
        all names are digested at every build, and building their places
        and pickling the views' tuples was most of what that cost.
        """
        corpus = self.corpus
        first = corpus.entities.first
        plain = self._plain[False]
        person = record.kind is Kind.PERSON
        texts = [
            record.key,
            record.name,
            record.kind.value,
            repr(plain(record.place)),
            *[f for f, _ in record.forms.most_common(FORMS)],
            "\1",
            *[t for t, _ in record.titles.most_common(TITLES)],
            "\1",
            str(len(record.articles)),
            str(len(record.mentions)),
        ]
        for other in record.articles[:OTHERS]:
            mention = first[(record.key, person, other.slug)]
            texts.append(self._place_text(other, mention.kind.value, mention.span))
        return _digest_texts(texts)

    def _place_text(self, article: Article, kind: str, span: Span) -> str:
        """`_Plain.place` of the place `Corpus.place` would build (`Place.of`)."""
        ids = self.corpus.ids[article.slug]
        anchor = ids[(kind, span)]
        found = article.sentence_at(span.start)
        sentence = found.span if found else span
        sentence_anchor = (
            ids[("sentence", sentence)] if sentence is not span else anchor
        )
        text = article.text
        fields = "\0".join(
            (
                anchor,
                str(span.start),
                str(span.end),
                sentence_anchor,
                str(sentence.start),
                str(sentence.end),
                text[span.start : span.end],
                text[sentence.start : sentence.end],
            )
        )
        return f"{self._plain[False].article(article)}\0{fields}"

    def story_view(self, story: Story | None) -> str:
        """What an article page shows of its story.

        Its title and page, its articles and their credits
        (`story_pages.credit_card`).
        """
        if story is None:
            return ""
        found = self._items.get(id(story))
        if found is None:
            found = self._items[id(story)] = self.digest(
                (story.id, story.title, story.page, story.articles, story.credits)
            )
        return found

    def records(self, article: Article) -> Iterator[EntityRecord | None]:
        """Every record the page may show: names, speakers, credited sources."""
        entities = self.corpus.entities
        yield from entities.by_article.get(article.slug, ())
        for mention in article.entities:
            yield entities.by_local.get((mention.kind, mention.canonical))
        for quote in article.quotes:
            if quote.speaker and quote.speaker_kind:
                yield entities.named(quote.speaker_kind, quote.speaker)
        for credit in article.credits:
            for kind in (Kind.PERSON, Kind.ORGANIZATION):
                yield entities.named(kind, credit.source)

    def base(self, article: Article) -> str | None:
        """The digest of everything the page shows but `where` (None: no key)."""
        if article.seed not in self.keys:
            return None
        return digest(sorted(self.parts(article).items()))

    def parts(self, article: Article) -> dict[str, Any]:
        """What `base` digests, by name (tests leave one out)."""
        slug = article.slug
        return {
            "article": (article.seed, slug, self.keys[article.seed]),
            "records": _unique(self.record_view(r) for r in self.records(article)),
            "statements": [self.item(s) for s in self.statements.get(slug, ())],
            "echoes": [self.item(e, full=True) for e in self.echoes.get(slug, ())],
            "groups": [self.item(g) for g in self.groups.get(slug, ())],
            "story": self.story_view(self.corpus.story_of(article)),
        }

    def record_whole(self, record: EntityRecord) -> tuple[Any, ...]:
        """A name whole, as its pages show it, without walking its mentions.

        Its mentions, forms, titles and spellings (`RECORD_GIVEN`) follow
        from the rest: the mentions are those of its articles (each given by
        its cache key, which stands for its annotations) whose kind and
        per-article name are the record's; forms and titles are counted over
        them, spellings told apart by the record's name and kind
        (`entities.is_spelling`). Walked whole, they were most of what the
        names' pages' digests cost.
        """
        keys = self.keys
        return (
            record.key,
            record.name,
            record.kind.value,
            sorted(record.names),
            record.reason.value,
            self._plain[True](record.place),
            [(a.seed, a.slug, keys[a.seed]) for a in record.articles],
        )

    def record_base(self, record: EntityRecord) -> str | None:
        """The digest of what a name's pages show but `where` (None: no keys).

        The record whole, each of its articles by cache key (its mentions'
        sentences are shown); the quotes its speaker is credited with
        (`Links.quotes_by`), with the statements and echoes of each (their
        "also in" links).
        """
        if any(a.seed not in self.keys for a in record.articles):
            return None
        quotes = self.links.quotes_by.get(record.page, [])
        if any(a.seed not in self.keys for a, _ in quotes):
            return None
        links = self.links
        return digest(
            (
                self.record_whole(record),
                self.digest(quotes, full=True),
                [
                    self.item(links.statement_of.get((a.slug, q.span)))
                    for a, q in quotes
                ],
                self.digest(
                    [links.echo_sources.get((a.slug, q.span)) for a, q in quotes],
                    full=True,
                ),
            )
        )


RECORD_GIVEN = frozenset({"mentions", "forms", "titles", "spellings"})
"""Fields of a name that `record_whole` leaves to its articles' cache keys."""


def with_reads(base: str, where: dict[str, str], anchors: Iterable[str]) -> Inputs:
    """The input digest of a page: its base and the `where` entries it read."""
    read = tuple(anchors)
    values = [dict.get(where, a) for a in read]
    return digest((base, read, values)), read


def _digest_texts(texts: list[str]) -> str:
    """A digest of strings, each with its length (no two lists share one)."""
    joined = "".join(f"{len(t)}\0{t}" for t in texts)
    return hashlib.blake2b(joined.encode(), digest_size=16).hexdigest()


def _unique(digests: Iterable[str]) -> list[str]:
    """Digests in first-seen order, each once."""
    return list(dict.fromkeys(digests))
