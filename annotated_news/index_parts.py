"""What one article gives the site-wide indexes, found beside its annotations.

The indexes (`indexes/`) join all the articles, once every article is read,
in the build's own process. Part of their work reads one article only: the
forms and titles its mentions write for each name (`indexes/entities.py`),
and the words of its quotes (`indexes/quotes.py`). That part is found here,
in the per-article stage (`seeds.annotate_seed`: on every core in a first
build), and kept with the article's cache entry, so that an edit finds it
again only for the edited seed; the index stage joins what it finds.

The per-article stage runs this module, so it is part of the annotation
cache's key (`seeds.code_files`): editing it annotates every seed again, as
editing an annotator does, and editing an index or render module keeps the
cached entries and their parts. It imports no module of `indexes/` (that
would make every index module part of the key).

An index given no parts for an article (an article made elsewhere, one the
site added mentions to) finds them with the same functions here, so a
build with the parts and one without give the same indexes.
"""

from __future__ import annotations

import dataclasses as dc
import re

from .model import Article, Kind, Quote, QuoteKind

TOKEN_RE = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
"""A word, as the quote indexes read them (apostrophes inside kept)."""
BRACKETED_RE = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z.]{1,7})\)")
"""An acronym in brackets after a name: "Drug Enforcement Administration (DEA)"."""

NameCount = tuple[Kind, str, str, int]
"""A name (kind, canonical name), one text its mentions write for it (a form
or a title) and how many of its mentions write it."""


@dc.dataclass(frozen=True, slots=True)
class NameParts:
    """What one article's mentions say of each name it writes.

    In the order of their first mention, so that adding them up article by
    article gives the same counts in the same order as adding up the
    mentions one by one (the name pages list forms and titles by count,
    ties in that order).
    """

    forms: tuple[NameCount, ...]
    """Each name and form its mentions write ("Miller" for "Stephen Miller")."""
    titles: tuple[NameCount, ...]
    """Each name and title its mentions are given ("" for a title found empty)."""
    bracketed: tuple[tuple[str, str], ...]
    """Organisations' names written followed by an acronym in brackets, with
    that acronym: whether it is theirs is the index's to judge."""


@dc.dataclass(frozen=True, slots=True)
class IndexParts:
    """One article's parts of the site-wide indexes (see the module docstring)."""

    names: NameParts
    quoted: tuple[str, ...]
    """The words of each spoken quote (`spoken`, its groups one after the
    other), normalised (`words`) and joined by spaces."""


def index_parts(article: Article) -> IndexParts:
    """Find an article's parts of the indexes, from its annotations."""
    return IndexParts(name_parts(article), quoted_words(article))


def name_parts(article: Article) -> NameParts:
    """What the article's mentions (all of them, site mentions too) write."""
    forms: dict[tuple[Kind, str, str], int] = {}
    titles: dict[tuple[Kind, str, str], int] = {}
    bracketed: dict[tuple[str, str], None] = {}
    text = article.text
    for mention in article.entities:
        name = mention.canonical
        key = (mention.kind, name, text[mention.span.start : mention.span.end])
        forms[key] = forms.get(key, 0) + 1
        if mention.title is not None:
            key = (mention.kind, name, mention.title)
            titles[key] = titles.get(key, 0) + 1
        if mention.kind is Kind.ORGANIZATION:
            found = BRACKETED_RE.match(text, mention.span.end)
            if found:
                bracketed[(name, found["acronym"])] = None
    return NameParts(
        tuple((*key, n) for key, n in forms.items()),
        tuple((*key, n) for key, n in titles.items()),
        tuple(bracketed),
    )


def normal(text: str) -> str:
    """A text as its words are read: lower case, apostrophes dropped."""
    return text.lower().replace("’", "").replace("'", "")


def words(text: str) -> list[str]:
    """The normalised words of a text."""
    return TOKEN_RE.findall(normal(text))


def spoken(article: Article) -> list[list[Quote]]:
    """An article's quotes that are speech, parts split by an attribution joined."""
    groups: dict[int, list[Quote]] = {}
    for index, quote in enumerate(article.quotes):
        if quote.quote_kind is QuoteKind.SCARE:
            continue
        key = quote.group if quote.group is not None else index
        groups.setdefault(key, []).append(quote)
    return list(groups.values())


def quoted_words(article: Article) -> tuple[str, ...]:
    """The words of each spoken quote, joined by spaces (`IndexParts.quoted`)."""
    return tuple(
        " ".join(words(article.slice(quote.span)))
        for parts in spoken(article)
        for quote in parts
    )
