"""A place in an article that a link can land on."""

from __future__ import annotations

import dataclasses as dc
import functools
from typing import TYPE_CHECKING

from ..model import Article, Span

if TYPE_CHECKING:
    from . import Corpus
    from .entities import EntityRecord


@dc.dataclass(slots=True)
class Place:
    """An annotation or sentence: its article, element id and text.

    The texts are read from the article when asked for, not kept: the build
    keeps a place for every annotation any page links to. Not frozen (a
    frozen dataclass's `__init__` took 0.64 µs a place against 0.17, and
    rendering 2,000 articles makes about 40,000), but never changed once
    made: `Corpus.place` shares each among all pages.
    """

    article: Article
    anchor: str
    span: Span
    sentence_anchor: str
    sentence_span: Span

    @classmethod
    def of(cls, article: Article, anchor: str, span: Span, corpus: Corpus) -> Place:
        """Build the place of a span whose element id is `anchor`."""
        found = article.sentence_at(span.start)
        sentence = found.span if found else span
        return cls(
            article=article,
            anchor=anchor,
            span=span,
            sentence_anchor=corpus.anchor(article, "sentence", sentence)
            if sentence is not span
            else anchor,
            sentence_span=sentence,
        )

    @property
    def exact(self) -> str:
        """The annotated words."""
        return self.article.slice(self.span)

    @property
    def sentence(self) -> str:
        """The sentence that holds them (the words alone outside a sentence)."""
        return self.article.slice(self.sentence_span)

    @property
    def page(self) -> str:
        """The Markdown source of the article page, relative to docs/."""
        return f"articles/{self.article.slug}.md"

    def link(self, from_page: str, to_sentence: bool = False) -> str:
        """Return the link from a page (path relative to docs/) to this place."""
        anchor = self.sentence_anchor if to_sentence else self.anchor
        return page_link(self.page, from_page) + "#" + anchor

    def url(self, from_page: str) -> str:
        """The built page's URL of this place, relative to another page's URL.

        For raw HTML, which MkDocs neither rewrites nor checks (see `page_url`).
        """
        return page_url(self.page, from_page) + "#" + self.anchor


@functools.lru_cache(maxsize=1 << 16)
def page_link(target: str, from_page: str) -> str:
    """Return a relative link between two Markdown sources under docs/.

    A link to the page itself is empty, so that `page_link(...) + "#id"` is a
    same-page anchor. Both paths are POSIX paths relative to docs/, without
    "." or ".." parts, so plain string work does (`posixpath.relpath` would
    ask the file system for the working directory at every call).
    """
    if target == from_page:
        return ""
    here = from_page.split("/")[:-1]
    there = target.split("/")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def _url_parts(page: str) -> list[str]:
    """The folders of a page's URL: "articles/x.md" -> ["articles", "x"]."""
    parts = page.removesuffix(".md").split("/")
    return parts[:-1] if parts[-1] == "index" else parts


@functools.lru_cache(maxsize=1 << 16)
def page_url(target: str, from_page: str) -> str:
    """Return the relative URL between the built pages of two Markdown sources.

    Article text is raw HTML (so that MkDocs' Markdown pass stays linear in a
    paragraph's length), and MkDocs does not rewrite links in raw HTML: they
    are written as the URLs MkDocs gives the pages, with `use_directory_urls`
    (`articles/x.md` is served as `articles/x/`; the hooks refuse a
    configuration without it). A link to the page itself is empty.
    """
    if target == from_page:
        return ""
    here, there = _url_parts(from_page), _url_parts(target)
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    path = "/".join([".."] * (len(here) - common) + there[common:])
    return path + "/" if path else "./"


def entity_link(record: EntityRecord, from_page: str) -> str:
    """A Markdown link target to a name's place (checked by MkDocs).

    The place is `entity_places.entity_place`: the name's page, or its entry
    on an A–Z page (imported here, not at the top: that module uses this one).
    """
    from .entity_places import entity_place

    return entity_place(record).link(from_page)


def entity_url(record: EntityRecord, from_page: str) -> str:
    """The built URL of a name's place, for raw HTML and card data."""
    from .entity_places import entity_place

    return entity_place(record).url(from_page)


def part_path(base: str, n: int) -> str:
    """The path of part `n` (1-based) of the list page `base` ("x.md")."""
    return base if n == 1 else f"{base.removesuffix('.md')}/{n}.md"
