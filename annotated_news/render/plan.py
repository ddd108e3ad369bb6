"""The site plan: where every listed item goes, decided once before rendering.

After the indexes and before any page is built, the plan lays out the
timeline, quote and figure listings: which page (part) holds which dates,
statements, traced quotes, figure groups and quotes, and so on which page
each anchor another page links to is on (`SitePlan.where`, read through
`Links.where`). Laying out takes each item's size from the index (no page
context is built); each part's context is built only when it is rendered.
"""

from __future__ import annotations

import dataclasses as dc

from ..indexes import Corpus
from .figure_pages import figure_plan
from .items import Links
from .paging import Limits
from .parts import Part
from .quote_pages import quote_plan
from .timeline_pages import timeline_plan


@dc.dataclass(slots=True)
class SitePlan:
    """Where the listings put every item, and their pages as parts."""

    where: dict[str, str]
    """Anchor of a statement, figure group, timeline year, month or date (or
    `quote_pages.ECHOES`) -> the listing page that has it."""
    listings: list[Part]
    """The timeline's, quotes' and figures' pages, in site order."""


def site_plan(corpus: Corpus, limits: Limits, links: Links) -> SitePlan:
    """Lay out the listings; fill `links.where` (the plan's `where`)."""
    where = links.where
    listings = [
        *timeline_plan(corpus, limits, where),
        *quote_plan(corpus, links, limits),
        *figure_plan(corpus, links, limits),
    ]
    return SitePlan(where, listings)
