"""Site-wide indexes, built once every article has been read and annotated.

`build_corpus` is the only entry point: it assigns element ids, joins entities
across articles, and computes the shared quotes, the figure ledger and the
timeline that the index pages render.
"""

from __future__ import annotations

import dataclasses as dc

from ..ids import assign_ids
from ..model import Annotation, Article, Span
from .entities import EntityIndex, build_entity_index
from .figures import FigureGroup, build_figure_ledger
from .places import Place
from .quotes import Echo, Statement, build_statements, find_provenance
from .timeline import Timeline, build_timeline


@dc.dataclass(slots=True)
class Corpus:
    """Everything the pages need, computed from all articles at once."""

    articles: list[Article]
    """Newest first, then by title and slug."""
    ids: dict[str, dict[tuple[str, Span], str]]
    """Per article slug: element id of each annotation and sentence."""
    entities: EntityIndex
    statements: list[Statement]
    echoes: list[Echo]
    """Quoted words of one article that stand as plain text in another."""
    figure_groups: list[FigureGroup]
    timeline: Timeline

    def anchor(self, article: Article, kind: str, span: Span) -> str:
        """Return the element id of an annotation or sentence."""
        return self.ids[article.slug][(kind, span)]

    def place(self, article: Article, item: Annotation) -> Place:
        """Return the place of an annotation, for links and excerpts."""
        return Place.of(article, self.anchor(article, item.kind.value, item.span),
                        item.span, self)

    def sentence_anchor(self, article: Article, offset: int) -> str:
        """Return the id of the sentence that holds an offset."""
        sentence = article.sentence_at(offset)
        if sentence is None:
            raise KeyError(offset)
        return self.anchor(article, "sentence", sentence.span)


def build_corpus(articles: list[Article]) -> Corpus:
    """Compute every index from the fully annotated articles."""
    ordered = sorted(articles, key=lambda a: (-a.meta.date.toordinal(),
                                              a.meta.title, a.slug))
    corpus = Corpus(
        articles=ordered,
        ids={a.slug: assign_ids(a) for a in ordered},
        entities=build_entity_index(ordered),
        statements=[],
        echoes=[],
        figure_groups=[],
        timeline=Timeline([]),
    )
    corpus.statements = build_statements(corpus)
    find_provenance(corpus)
    corpus.figure_groups = build_figure_ledger(corpus)
    corpus.timeline = build_timeline(corpus)
    return corpus
