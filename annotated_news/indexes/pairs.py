"""What each pair of articles shares, and where the two differ.

Pairs are the related pairs (see `related.py`) and the pairs of articles that
quote a common statement. For each, the shared people, organisations,
statements, figure groups and echoes, and the differences: figure groups
whose wordings differ between the two (value, qualifier, unit), names the two
spell differently, and statements the two attribute or cut differently.

A pair is *notable* when it shares a statement, an echo or a figure, or at
least `MIN_NAMES` names that few articles name; only notable pairs are
listed, the highest `score` first.
"""

from __future__ import annotations

import dataclasses as dc
from collections import defaultdict
from typing import TYPE_CHECKING

from ..model import Article, Kind
from ..slugs import short_hash
from .entities import EntityRecord
from .figures import FigureGroup, Flag
from .quotes import Echo, Statement
from .related import RARE_DF, Related, rarity

if TYPE_CHECKING:
    from . import Corpus

MIN_NAMES = 2
MAX_STATEMENT_ARTICLES = 10
"""A statement quoted by more articles than this adds no pairs of its own."""


@dc.dataclass(slots=True)
class QuoteDifference:
    """How two articles quote one statement differently."""

    statement: Statement
    speakers: tuple[str | None, str | None]
    """Who each article names as the speaker."""
    words: tuple[int, int]
    """How many words each article quotes."""
    parts: tuple[int, int]
    """In how many parts each article quotes it."""


@dc.dataclass(slots=True)
class ArticlePair:
    """Two articles and what they share."""

    a: Article
    b: Article
    people: list[EntityRecord] = dc.field(default_factory=list)
    organizations: list[EntityRecord] = dc.field(default_factory=list)
    statements: list[Statement] = dc.field(default_factory=list)
    figures: list[FigureGroup] = dc.field(default_factory=list)
    echoes: list[Echo] = dc.field(default_factory=list)
    figure_flags: list[tuple[FigureGroup, list[Flag]]] = dc.field(default_factory=list)
    spellings: list[EntityRecord] = dc.field(default_factory=list)
    """Names the two articles write differently."""
    quote_differences: list[QuoteDifference] = dc.field(default_factory=list)

    @property
    def anchor(self) -> str:
        """Id of the pair's section on the cross-link pages."""
        return f"pair-{short_hash(self.a.slug + ' ' + self.b.slug, 8)}"

    @property
    def rare_names(self) -> int:
        """Shared names that few articles name."""
        return sum(
            1 for r in self.people + self.organizations if len(r.articles) <= RARE_DF
        )

    @property
    def differences(self) -> int:
        """How many differences the pair has."""
        return (
            len(self.figure_flags) + len(self.spellings) + len(self.quote_differences)
        )

    @property
    def notable(self) -> bool:
        """Whether the pair shares enough to be listed."""
        return bool(
            self.statements
            or self.echoes
            or self.figures
            or self.rare_names >= MIN_NAMES
        )

    @property
    def score(self) -> float:
        """Ranking: shared statements, echoes and figures, then rare names."""
        names = sum(rarity(len(r.articles)) for r in self.people + self.organizations)
        return (
            5 * len(self.statements)
            + 4 * len(self.echoes)
            + 3 * len(self.figures)
            + names
        )


def _quote_difference(
    statement: Statement, a: Article, b: Article
) -> QuoteDifference | None:
    qa, qb = statement.appearance_in(a), statement.appearance_in(b)
    if qa is None or qb is None:
        return None
    diff = QuoteDifference(
        statement,
        (qa.speaker, qb.speaker),
        (len(qa.words), len(qb.words)),
        (len(qa.parts), len(qb.parts)),
    )
    same = (
        diff.speakers[0] == diff.speakers[1]
        and diff.words[0] == diff.words[1]
        and diff.parts[0] == diff.parts[1]
    )
    return None if same else diff


def build_pairs(corpus: Corpus, related: Related) -> list[ArticlePair]:
    """Every notable pair of articles, highest score first."""
    by_slug = {a.slug: a for a in corpus.articles}
    statements_of: dict[str, set[int]] = defaultdict(set)
    keys = set(related.pairs())
    for n, statement in enumerate(corpus.statements):
        slugs = sorted(a.slug for a in statement.articles)
        for s in slugs:
            statements_of[s].add(n)
        if 1 < len(slugs) <= MAX_STATEMENT_ARTICLES:
            keys.update((x, y) for i, x in enumerate(slugs) for y in slugs[i + 1 :])
    groups_of: dict[str, set[int]] = defaultdict(set)
    for n, group in enumerate(corpus.figure_groups):
        for article in group.articles:
            groups_of[article.slug].add(n)
    echoes_of: dict[tuple[str, str], list[Echo]] = defaultdict(list)
    for echo in corpus.echoes:
        x, y = sorted((echo.quote.article.slug, echo.source.article.slug))
        echoes_of[(x, y)].append(echo)
    # A pair that shares no statement, figure group or echo is notable only
    # with `MIN_NAMES` rare names in common: most related pairs are not, and
    # are told so from these small sets before anything else is built.
    rare_of = {
        slug: {id(r) for r in records if len(r.articles) <= RARE_DF}
        for slug, records in corpus.entities.by_article.items()
    }
    nothing: set[int] = set()
    pairs = []
    for x, y in sorted(keys):
        if (
            not (statements_of[x] & statements_of[y])
            and not (groups_of[x] & groups_of[y])
            and (x, y) not in echoes_of
            and len(rare_of.get(x, nothing) & rare_of.get(y, nothing)) < MIN_NAMES
        ):
            continue
        a, b = by_slug[x], by_slug[y]
        pair = ArticlePair(a, b)
        theirs = {id(r) for r in corpus.entities.by_article.get(y, ())}
        for record in corpus.entities.by_article.get(x, ()):
            if id(record) in theirs:
                (
                    pair.people if record.kind is Kind.PERSON else pair.organizations
                ).append(record)
                sa, sb = record.spellings.get(x, set()), record.spellings.get(y, set())
                if sa and sb and sa.isdisjoint(sb):
                    pair.spellings.append(record)
        for n in sorted(statements_of[x] & statements_of[y]):
            statement = corpus.statements[n]
            pair.statements.append(statement)
            difference = _quote_difference(statement, a, b)
            if difference:
                pair.quote_differences.append(difference)
        for n in sorted(groups_of[x] & groups_of[y]):
            group = corpus.figure_groups[n]
            pair.figures.append(group)
            flags = group.flags(among=(a, b))
            if flags:
                pair.figure_flags.append((group, flags))
        pair.echoes = echoes_of.get((x, y), [])
        for records in (pair.people, pair.organizations):
            records.sort(key=lambda r: (len(r.articles), r.name))
        if pair.notable:
            pairs.append(pair)
    pairs.sort(key=lambda p: (-p.score, p.a.slug, p.b.slug))
    return pairs
