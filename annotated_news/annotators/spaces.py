"""Spaces as the annotators read them.

Web text writes other spaces between words: a no-break space (U+00A0 in
"he told InsideSources", "5,000 agents"), a thin or a narrow one. Every rule
table reads a plain space, so each annotator reads a view of the article in
which those are plain spaces. One character stands for one, so every span it
returns is a span of the article as written, which keeps its own spaces.
"""

from __future__ import annotations

import dataclasses as dc

from ..model import Article

ODD_SPACES = ("\xa0", "\u2007", "\u2009", "\u202f")


def plain_spaces(article: Article) -> Article:
    """The article, or a copy whose text has plain spaces for the odd ones."""
    text = article.text
    if not any(space in text for space in ODD_SPACES):
        return article  # the common case: a scan, no copy
    for space in ODD_SPACES:
        text = text.replace(space, " ")
    return dc.replace(article, text=text)
