"""The annotators, in the order they run.

Each annotator reads an `Article` (text, blocks, sentences and what earlier
annotators found) and returns a list of annotations: spans into the text,
which it never changes. `annotate` stores each list on the article.

`annotate` and `ANNOTATORS` live in `run.py` and are imported from there on
first use: importing the annotators compiles their rule tables (0.45 CPU s
of the 1.06 s that importing `build.py` took). A build whose seeds are all
in the cache, and the indexes that read a few names' rules
(`annotators.entities`, the vocabulary), do without them; a build that
annotates a few seeds does it in a process of its own beside the cache's
loading (`build.annotate_seeds`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .run import ANNOTATORS, Annotator, annotate

__all__ = ["ANNOTATORS", "Annotator", "annotate"]


def __getattr__(name: str) -> Any:
    """`annotate`, `ANNOTATORS`, `Annotator`: from `run.py`, imported now."""
    if name in __all__:
        from . import run

        return getattr(run, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
