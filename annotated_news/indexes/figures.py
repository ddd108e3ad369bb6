"""The figure ledger: the same quantity reported by several articles.

Two figures are the same quantity when they have the same value, the same rate
("a day") and compatible units: percentages with percentages, and counted
nouns that share a content word ("National Guard troops" / "National Guard
members") or both count people ("personnel" / "federal agents"). "3,000 ICE
agents" and "3,000 migrants a day" differ in rate and stay apart.

Each group records where the articles' wordings differ (qualifier, unit) so
that the ledger can flag it.
"""

from __future__ import annotations

import dataclasses as dc
from collections import defaultdict
from typing import TYPE_CHECKING

from ..model import Article, Figure
from .places import Place

if TYPE_CHECKING:
    from . import Corpus

# Head nouns that count people: figures counting any of them can be compared.
PEOPLE = frozenset("""
agents employees staff personnel officers officials troops members people persons
workers soldiers person migrants immigrants arrests detainees deportations prosecutors
sources residents citizens voters students children adults patients victims
""".split())
MIN_PEOPLE_TOTAL = 100
GENERIC = frozenset({"federal", "additional", "current", "former", "new", "other",
                     "more", "daily", "senior", "and", "or", "of", "the"})


def unit_words(unit: str) -> set[str]:
    """Content words of a unit, lower-case, without generic modifiers."""
    return {w.lower().strip("’'") for w in unit.split()} - GENERIC


def compatible(a: Figure, b: Figure) -> bool:
    """Return whether two figures can be the same quantity."""
    if a.value != b.value or a.rate != b.rate:
        return False
    wa, wb = unit_words(a.unit), unit_words(b.unit)
    if "percent" in wa or "percent" in wb:
        return "percent" in wa and "percent" in wb
    if not wa or not wb:
        return False
    if wa & wb:
        return True
    # Different nouns for people ("personnel" / "agents") only for counts large
    # enough to be a reported total: "three sources" and "three officials" are
    # different people.
    return a.value >= MIN_PEOPLE_TOTAL and bool(wa & PEOPLE) and bool(wb & PEOPLE)


@dc.dataclass(slots=True)
class FigureGroup:
    """Mentions of one quantity across articles."""

    value: float
    rate: str | None
    places: list[tuple[Place, Figure]]

    @property
    def articles(self) -> list[Article]:
        """Distinct articles in the group."""
        seen: dict[str, Article] = {}
        for place, _ in self.places:
            seen.setdefault(place.article.slug, place.article)
        return list(seen.values())

    @property
    def differences(self) -> list[str]:
        """What differs between the articles' wordings: qualifier, unit."""
        out = []
        if len({f.qualifier for _, f in self.places}) > 1:
            out.append("qualifier")
        if len({f.unit.lower() for _, f in self.places}) > 1:
            out.append("unit")
        return out

    @property
    def anchor(self) -> str:
        """Id of the group's row on the figures page."""
        return "fg-" + self.places[0][0].anchor.removeprefix("f-")


def _clusters(items: list[tuple[Place, Figure]]) -> list[list[tuple[Place, Figure]]]:
    """Put each figure into the first cluster holding a compatible figure.

    Figures of one value and rate can be many ("1 percent"), so clusters are
    looked up by what makes two figures of one value compatible (`compatible`)
    instead of trying each: both percentages; or a shared unit word, neither
    a percentage; or, for large counts, both counting people. Each key maps to
    the first cluster holding a figure with it.
    """
    clusters: list[list[tuple[Place, Figure]]] = []
    first: dict[str, int] = {}  # "%" percent, "w:<word>" a unit word, "people"
    for item in items:
        figure = item[1]
        words = unit_words(figure.unit)
        if "percent" in words:
            keys = ["%"]
        else:
            keys = [f"w:{w}" for w in words]
            if words & PEOPLE:
                keys.append("people")
        lookup = keys if figure.value >= MIN_PEOPLE_TOTAL else [
            k for k in keys if k != "people"]
        found = [first[k] for k in lookup if k in first]
        index = min(found) if found else len(clusters)
        if index == len(clusters):
            clusters.append([])
        clusters[index].append(item)
        for key in keys:
            first[key] = min(first.get(key, index), index)
    return clusters


def build_figure_ledger(corpus: Corpus) -> list[FigureGroup]:
    """Group figures of the same quantity; keep groups seen in 2+ articles."""
    by_value: dict[tuple[float, str | None], list[tuple[Place, Figure]]] = defaultdict(list)
    for article in corpus.articles:
        for figure in article.figures:
            by_value[(figure.value, figure.rate)].append(
                (corpus.place(article, figure), figure)
            )
    groups: list[FigureGroup] = []
    for (value, rate), items in sorted(by_value.items(),
                                       key=lambda kv: (kv[0][0], kv[0][1] or "")):
        for cluster in _clusters(items):
            group = FigureGroup(value, rate, cluster)
            if len(group.articles) > 1:
                groups.append(group)
    return groups
