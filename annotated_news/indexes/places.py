"""A place in an article that a link can land on."""

from __future__ import annotations

import dataclasses as dc
import functools
from typing import TYPE_CHECKING

from ..model import Article, Span

if TYPE_CHECKING:
    from . import Corpus


@dc.dataclass(frozen=True, slots=True)
class Place:
    """An annotation or sentence: its article, element id and text."""

    article: Article
    anchor: str
    span: Span
    exact: str
    sentence_anchor: str
    sentence: str

    @classmethod
    def of(cls, article: Article, anchor: str, span: Span, corpus: Corpus) -> Place:
        """Build the place of a span whose element id is `anchor`."""
        found = article.sentence_at(span.start)
        sentence = found.span if found else span
        return cls(
            article=article,
            anchor=anchor,
            span=span,
            exact=article.slice(span),
            sentence_anchor=corpus.anchor(article, "sentence", sentence)
            if sentence is not span else anchor,
            sentence=article.slice(sentence),
        )

    @property
    def page(self) -> str:
        """The Markdown source of the article page, relative to docs/."""
        return f"articles/{self.article.slug}.md"

    def link(self, from_page: str, to_sentence: bool = False) -> str:
        """Return the link from a page (path relative to docs/) to this place."""
        anchor = self.sentence_anchor if to_sentence else self.anchor
        return page_link(self.page, from_page) + "#" + anchor


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
