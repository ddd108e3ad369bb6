"""Which articles are related: the candidate pairs every comparison starts from.

Comparing every article with every other is quadratic: 10,000 articles make
50 million pairs. Instead, pairs come from an inverted index of names: two
articles are *related* when they name a common person or organisation that
few articles name (at most `RARE_DF`). Each article keeps its `MAX_PARTNERS`
most related articles, scored by how rare the shared names are, so the number
of pairs grows with the number of articles, not its square. The figure ledger,
quote provenance and short shared quotes compare related pairs only.
"""

from __future__ import annotations

import dataclasses as dc
import math
from collections import defaultdict

from ..model import Article
from .entities import EntityIndex

RARE_DF = 25
"""A name in more articles than this does not relate two articles by itself."""
MAX_PARTNERS = 12
"""Most related articles kept per article."""


def rarity(df: int) -> float:
    """Weight of a name shared by two articles: rarer names weigh more."""
    return 1 / math.log2(1 + df)


@dc.dataclass(slots=True)
class Related:
    """Related articles, both ways."""

    partners: dict[str, set[str]] = dc.field(default_factory=dict)
    """Article slug -> slugs of its related articles."""

    def add(self, a: str, b: str) -> None:
        """Relate two articles (a no-op for an article and itself)."""
        if a != b:
            self.partners.setdefault(a, set()).add(b)
            self.partners.setdefault(b, set()).add(a)

    def related(self, a: Article, b: Article) -> bool:
        """Whether two articles are related."""
        return b.slug in self.partners.get(a.slug, ())

    def pairs(self) -> list[tuple[str, str]]:
        """Every related pair once, as sorted slugs, in sorted order."""
        return sorted(
            {
                (a, b) if a < b else (b, a)
                for a, others in self.partners.items()
                for b in others
            }
        )


def relate_articles(articles: list[Article], entities: EntityIndex) -> Related:
    """Relate each article to the articles that share its rarest names."""
    related = Related()
    for article in articles:
        scores: dict[str, float] = defaultdict(float)
        for record in entities.by_article.get(article.slug, ()):
            df = len(record.articles)
            if 2 <= df <= RARE_DF:
                for other in record.articles:
                    if other is not article:
                        scores[other.slug] += rarity(df)
        best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_PARTNERS]
        for other_slug, _ in best:
            related.add(article.slug, other_slug)
    return related
