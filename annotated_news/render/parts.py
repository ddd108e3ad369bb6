"""A listing page as the site plan lays it out, before its context is built.

The plan (`render/plan.py`) decides, for the timeline, quote and figure
listings, which page holds which items; each page is a `Part`: its path,
what it shows (`shows`, the index items and plan entries it is built from,
which its input digest is taken of) and the call that builds its context.
"""

from __future__ import annotations

import dataclasses as dc
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..model import Article, Figure, Note, Quote
from ..parse.notes import notes_on
from .context import Page

if TYPE_CHECKING:
    from ..indexes import Corpus
    from ..indexes.places import Place


@dc.dataclass(frozen=True, slots=True)
class Part:
    """One listing page: where it goes, what it shows, how to build it."""

    path: str
    """The page's Markdown path under docs/."""
    shows: Any
    """Everything the page's context is made of (index items, its pager,
    the plan entries it links to): a value that changes when the page would.
    An article in it stands for its seed, slug and meta only, a place for
    its words and sentence (`render/inputs.py`): what a listing shows of an
    article's text must be in it as places (and notes: `as_listed`)."""
    make: Callable[[], Page]
    """Builds the page's context (a partial: a worker can receive it)."""

    def __call__(self) -> list[Page]:
        """The page's context, as a page maker gives it (a list)."""
        return [self.make()]


@dc.dataclass(frozen=True, slots=True)
class Keyed:
    """An article in what a page shows, standing for all it is made of.

    In a part's `shows` an article stands for its seed, slug and meta only;
    wrapped in `Keyed` it stands for its cache key too (its text,
    annotations and ids): for pages that show more of it than places
    (a lede, counts of its annotations, an anchor in it).
    """

    article: Article


def as_listed(
    corpus: Corpus, article: Article, item: Quote | Figure
) -> tuple[Place, list[Note]]:
    """What a listing shows of a quote or figure: its place and its notes."""
    notes = notes_on(article, item.span) if article.notes else []
    return corpus.place(article, item), notes
