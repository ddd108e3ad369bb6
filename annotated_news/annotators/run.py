"""The annotators in the order they run (`annotators/__init__.py` says why here)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from ..model import Article
from .credits import annotate_credits
from .dates import annotate_dates
from .entities import annotate_entities
from .figures import annotate_figures
from .quotes import annotate_quotes
from .spaces import plain_spaces

Annotator = Callable[[Article], Sequence[Any]]


def _reading_plain_spaces(annotator: Annotator) -> Annotator:
    """The annotator, reading odd spaces as plain ones (`spaces.py`)."""

    @functools.wraps(annotator)
    def annotate(article: Article) -> Sequence[Any]:
        return annotator(plain_spaces(article))

    return annotate


# Entities first: quotes resolve speakers to them. Dates before figures: a
# year or a day number inside a date is not a figure. Credits last: they
# read names and leave out what quoted speech says.
_IN_ORDER: list[tuple[str, Annotator]] = [
    ("entities", annotate_entities),
    ("dates", annotate_dates),
    ("figures", annotate_figures),
    ("quotes", annotate_quotes),
    ("credits", annotate_credits),
]
ANNOTATORS: list[tuple[str, Annotator]] = [
    (name, _reading_plain_spaces(annotator)) for name, annotator in _IN_ORDER
]


def annotate(article: Article) -> Article:
    """Run every annotator in order, storing each result on the article."""
    for name, annotator in ANNOTATORS:
        setattr(article, name, list(annotator(article)))
    return article
