"""Where a name is linked to: its own page, or its entry on an A–Z page.

The rule (issue 14): a person or organisation named in at least
`MIN_ARTICLES` articles, or at least `MIN_MENTIONS` times, has a page of its
own, at the URL it always had (`people/<key>.md`, `organizations/<key>.md`).
Every other name is an entry on the A–Z page of its first letter
(`people/a-z/<letter>.md`, continued in parts of `AZ_ITEMS` entries:
`people/a-z/<letter>/2.md`, ...), with the anchor `name-<key>`.

`entity_place` is the one function that says where a name is linked to:
name cards, lists and every other link to a name use it. The A–Z layout is
decided here, from the index alone, so that every page agrees with the A–Z
pages that `render/entity_pages.py` writes from the same layout.
"""

from __future__ import annotations

import dataclasses as dc
import itertools
from typing import TYPE_CHECKING

from ..model import Kind
from ..slugs import slug
from .places import page_link, page_url, part_path

if TYPE_CHECKING:
    from .entities import EntityRecord

MIN_ARTICLES = 2
"""Named in this many articles: a page of its own."""
MIN_MENTIONS = 3
"""Or named this many times (in one article): a page of its own."""
AZ_ITEMS = 200
"""Entries of one A–Z page; more go on its next part."""


def has_page(record: EntityRecord) -> bool:
    """Whether a name has a page of its own (the rule above)."""
    return len(record.articles) >= MIN_ARTICLES or len(record.mentions) >= MIN_MENTIONS


def letter_of(name: str) -> str:
    """The A–Z page of a name: its first letter, or "other"."""
    first = (slug(name) or "-")[0]
    return first if first.isalpha() else "other"


def az_base(kind: Kind, letter: str) -> str:
    """Part 1 of the A–Z page of a letter."""
    folder = "people" if kind is Kind.PERSON else "organizations"
    return f"{folder}/a-z/{letter}.md"


@dc.dataclass(frozen=True, slots=True)
class EntityPlace:
    """A page, and the anchor of the name's entry there ("" for its own page)."""

    page: str
    """The Markdown source, relative to docs/."""
    anchor: str = ""

    def link(self, from_page: str) -> str:
        """A link from a page's Markdown source (MkDocs checks it)."""
        href = page_link(self.page, from_page)
        return href + f"#{self.anchor}" if self.anchor else href

    def url(self, from_page: str) -> str:
        """The built page's URL, for raw HTML (see `places.page_url`)."""
        href = page_url(self.page, from_page)
        return href + f"#{self.anchor}" if self.anchor else href


AzLayout = dict[Kind, list[tuple[str, list[list["EntityRecord"]]]]]
"""Per kind: each letter and its parts, names in A–Z order."""


def plan_places(records: list[EntityRecord]) -> AzLayout:
    """Decide every name's place (`record.place`); return the A–Z layout.

    Every name of a kind is on the A–Z pages of the kind (those with a page
    of their own link there); `needs_az` says whether the pages must exist.
    """
    layout: AzLayout = {}
    for kind in (Kind.PERSON, Kind.ORGANIZATION):
        by_letter = sorted(
            (r for r in records if r.kind is kind),
            key=lambda r: (letter_of(r.name), r.name.casefold()),
        )
        letters = layout.setdefault(kind, [])
        for letter, group in itertools.groupby(
            by_letter, key=lambda r: letter_of(r.name)
        ):
            names = list(group)
            parts = [names[i : i + AZ_ITEMS] for i in range(0, len(names), AZ_ITEMS)]
            letters.append((letter, parts))
            for n, part in enumerate(parts, start=1):
                page = part_path(az_base(kind, letter), n)
                for record in part:
                    record.place = (
                        EntityPlace(record.page)
                        if has_page(record)
                        else EntityPlace(page, f"name-{record.key}")
                    )
    return layout


def needs_az(layout: AzLayout, kind: Kind) -> bool:
    """Whether some name of a kind has its entry on the A–Z pages."""
    return any(
        not has_page(r) for _, parts in layout.get(kind, ()) for p in parts for r in p
    )


def entity_place(record: EntityRecord) -> EntityPlace:
    """Where a name is linked to: its page, or its entry on an A–Z page.

    The one function for it: name cards, lists and links all call it.
    """
    return record.place or EntityPlace(record.page)
