"""Site-wide indexes, built once every article has been read and annotated.

`build_corpus` is the only entry point: it assigns element ids, joins entities
across articles, relates articles that share rare names, and computes the
shared quotes and their provenance, the figure ledger, the timeline, what
each pair of articles shares and the stories, which the index pages render. Each step uses
inverted indexes or the bounded set of related pairs, never every pair of
articles. What one article gives the name and quote indexes is found in the
per-article stage (`index_parts.py`); here it is joined.
"""

from __future__ import annotations

import dataclasses as dc
from collections.abc import Mapping

from ..ids import assign_ids, more_ids
from ..index_parts import IndexParts, index_parts, name_parts
from ..model import Annotation, Article, EntityMention, Span
from .entities import EntityIndex, build_entity_index
from .figures import FigureGroup, build_figure_ledger
from .kept import Kept
from .pairs import ArticlePair, build_pairs
from .places import Place
from .quotes import Echo, Statement, build_statements, find_echoes
from .related import Related, relate_articles
from .stories import Story, build_stories
from .surnames import add_site_mentions, drop_site_mentions, site_keys
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
    related: Related = dc.field(default_factory=Related)
    """Articles that share rare names: the candidate pairs of every comparison."""
    pairs: list[ArticlePair] = dc.field(default_factory=list)
    """Notable pairs of articles, most shared first."""
    places: dict[tuple[str, str, Span], Place] = dc.field(default_factory=dict)
    """Places already built, by article slug, kind and span."""
    stories: list[Story] = dc.field(default_factory=list)
    """Articles that report the same events, newest story first."""
    _story_of: dict[str, Story] = dc.field(default_factory=dict)
    site_mentions: dict[str, list[EntityMention]] = dc.field(default_factory=dict)
    """Per article slug: the mentions the site added to it (`surnames.py`)."""
    quoted: dict[str, tuple[str, ...]] = dc.field(default_factory=dict)
    """Per article slug: the words of its spoken quotes (`IndexParts.quoted`)."""

    def keys(self, keys: dict[str, str]) -> dict[str, str]:
        """Cache keys by seed, with the site's mentions of each article added."""
        return site_keys(keys, self.articles, self.site_mentions)

    def story_of(self, article: Article) -> Story | None:
        """The story an article belongs to, if any (at most one)."""
        return self._story_of.get(article.slug)

    def anchor(self, article: Article, kind: str, span: Span) -> str:
        """Return the element id of an annotation or sentence."""
        return self.ids[article.slug][(kind, span)]

    def place(self, article: Article, item: Annotation) -> Place:
        """Return the place of an annotation, for links and excerpts."""
        key = (article.slug, item.kind.value, item.span)
        if key not in self.places:
            self.places[key] = Place.of(
                article,
                self.anchor(article, item.kind.value, item.span),
                item.span,
                self,
            )
        return self.places[key]

    def sentence_anchor(self, article: Article, offset: int) -> str:
        """Return the id of the sentence that holds an offset."""
        sentence = article.sentence_at(offset)
        if sentence is None:
            raise KeyError(offset)
        return self.anchor(article, "sentence", sentence.span)


def build_corpus(
    articles: list[Article],
    ids: Mapping[str, dict[tuple[str, Span], str]] | None = None,
    kept: Kept | None = None,
    parts: Mapping[str, IndexParts] | None = None,
) -> Corpus:
    """Compute every index from the fully annotated articles.

    `ids` may give the element ids of articles by seed name, as computed by
    `assign_ids` in the per-article stage; the others are assigned here.
    `kept` holds results of the last build to use again where they were
    made from the same articles (`kept.py`); it keeps this build's.
    `parts` may give the articles' parts of the indexes by seed name, as
    found by `index_parts` in the per-article stage; the others are found
    here.
    """
    ordered = sorted(
        articles, key=lambda a: (-a.meta.date.toordinal(), a.meta.title, a.slug)
    )
    known = ids or {}
    for article in ordered:
        drop_site_mentions(article)  # ids are given to the article's own first
    own_ids = {a.slug: known.get(a.seed) or assign_ids(a) for a in ordered}
    given = parts or {}
    found = {a.slug: given.get(a.seed) or index_parts(a) for a in ordered}
    names = {slug: p.names for slug, p in found.items()}
    added = add_site_mentions(ordered, names)
    for article in ordered:
        if article.slug in added:
            own_ids[article.slug] = more_ids(
                article, own_ids[article.slug], added[article.slug]
            )
            names[article.slug] = name_parts(article)  # its site mentions too
    corpus = Corpus(
        articles=ordered,
        ids=own_ids,
        entities=build_entity_index(ordered, names),
        statements=[],
        echoes=[],
        figure_groups=[],
        timeline=Timeline([]),
        site_mentions=added,
        quoted={slug: p.quoted for slug, p in found.items()},
    )
    if kept is not None:
        # Kept results read the site's mentions too (figure pairs read names).
        kept.keys = corpus.keys(kept.keys)
    corpus.related = relate_articles(ordered, corpus.entities)
    corpus.statements = build_statements(corpus, corpus.related)
    corpus.echoes = find_echoes(corpus, corpus.related, kept)
    corpus.figure_groups = build_figure_ledger(corpus, corpus.related, kept)
    corpus.timeline = build_timeline(corpus)
    corpus.pairs = build_pairs(corpus, corpus.related)
    corpus.stories = build_stories(corpus)
    corpus._story_of = {a.slug: s for s in corpus.stories for a in s.articles}
    return corpus
