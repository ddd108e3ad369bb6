"""Split long lists over several pages so that no page grows with the corpus.

A list page holds at most `Limits.items` entries and about
`Limits.page_chars` characters of Markdown. Part 1 of `x.md` is `x.md`
itself; part n is `x/<n>.md` (with directory URLs, `x/` and `x/<n>/` do not
collide). A part links to the first and last parts and to its neighbours,
with a gap ("…") between (Django's elided page range): a list of k parts
costs k short pagers, not k pagers of k links.
"""

from __future__ import annotations

import dataclasses as dc
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any, TypeVar

from ..indexes.places import page_link
from ..indexes.places import part_path as part_path  # where it was; one formula
from .context import Link, ListingPage, Pager, Section
from .parts import Part

T = TypeVar("T")


@dc.dataclass(frozen=True, slots=True)
class Limits:
    """How much one generated page may hold."""

    items: int = 200
    """Entries of a list on one page."""
    page_chars: int = 120_000
    """Markdown characters of the entries of one page (the HTML is about 1.5x)."""
    overview: int = 30
    """Entries an overview page shows before linking to the full list."""
    pairs: int = 400
    """Article pairs listed in all, highest score first."""
    svg_columns: int = 40
    """Columns of a timeline drawing."""
    mentions: int = 5
    """Mentions an overview's entry shows (a quantity's, a statement's) before
    linking to the entry in its full list: an entry grows with the corpus."""


def split(
    items: Sequence[T], size: Callable[[T], int], limits: Limits
) -> list[list[T]]:
    """Cut a list into pages by number of entries and by characters."""
    pages: list[list[T]] = [[]]
    chars = 0
    for item in items:
        n = size(item)
        if pages[-1] and (
            len(pages[-1]) >= limits.items or chars + n > limits.page_chars
        ):
            pages.append([])
            chars = 0
        pages[-1].append(item)
        chars += n
    return pages


def measure(view: object) -> int:
    """About how many characters a page context value renders to.

    Text counts a fifth more: escaping punctuation (`&#58;`) lengthens it.
    """
    if isinstance(view, str):
        return len(view) * 6 // 5
    if isinstance(view, list | tuple):
        return sum(measure(v) for v in view) + 4 * len(view)
    names = _field_names(type(view))
    if names:
        return sum(measure(getattr(view, name)) for name in names) + 8
    return 8


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...]:
    """A dataclass's field names (none for other types), once per class.

    `dc.fields` makes a list of them at every call, and `measure` walks
    every item of a list that `split` cuts into pages.
    """
    found = _FIELD_NAMES.get(kind)
    if found is None:
        names = tuple(f.name for f in dc.fields(kind)) if dc.is_dataclass(kind) else ()
        found = _FIELD_NAMES[kind] = names
    return found


PAGER_ENDS = 2
"""Parts a pager always shows at each end of the list."""
PAGER_SIDE = 3
"""Parts a pager shows on each side of the current one."""
GAP = "…"
"""A pager's label for the parts it leaves out (a Link without href)."""


def shown_parts(n: int, count: int) -> list[int | None]:
    """The part numbers a pager of part `n` shows; None where it leaves a gap.

    Every part is shown when there are at most 2 * (PAGER_ENDS + PAGER_SIDE)
    of them; otherwise the ends and the neighbours of `n`, so that a pager
    holds a bounded number of links however long the list grows.
    """
    if count <= 2 * (PAGER_ENDS + PAGER_SIDE):
        return list(range(1, count + 1))
    keep = set(range(1, PAGER_ENDS + 1))
    keep |= set(range(count - PAGER_ENDS + 1, count + 1))
    keep |= set(range(max(1, n - PAGER_SIDE), min(count, n + PAGER_SIDE) + 1))
    shown: list[int | None] = []
    for k in sorted(keep):
        if shown and shown[-1] is not None and k > shown[-1] + 1:
            shown.append(None)
        shown.append(k)
    return shown


def pager(base: str, n: int, count: int, label: str = "Page") -> Pager | None:
    """Links from part `n` of `count` to others; None for a single page."""
    if count <= 1:
        return None
    here = part_path(base, n)
    links = [
        Link(GAP, "")
        if k is None
        else Link(str(k), page_link(part_path(base, k), here) or "#title")
        for k in shown_parts(n, count)
    ]
    return Pager(label=label, current=n, parts=links)


def spill(*args: Any, **kwargs: Any) -> Iterator[ListingPage]:
    """The pages of `spill_parts(*args, **kwargs)`, built."""
    for part in spill_parts(*args, **kwargs):
        page = part.make()
        assert isinstance(page, ListingPage)
        yield page


def spill_parts(
    base: str,
    title: str,
    description: str,
    items: Sequence[T],
    size: Callable[[T], int],
    limits: Limits,
    sections: Callable[[list[T], str], list[Section]],
    back: tuple[str, str],
    shows: Callable[[T], Any] | None = None,
    where: Callable[[T, str], None] | None = None,
) -> Iterator[Part]:
    """The pages of a full list: `base` and its parts, each with one section.

    `sections(items, path)` builds a page's sections (a partial, so that the
    part can travel to a worker); `back` is the label and page of the
    overview the list belongs to; `shows(item)` is what the page shows of an
    item, for its input digest; `where(item, path)` is told the page of each
    item. Nothing is built until a part is called.
    """
    parts = split(items, size, limits)
    for n, part in enumerate(parts, start=1):
        path = part_path(base, n)
        if where:
            for item in part:
                where(item, path)
        yield Part(
            path,
            (
                "list",
                base,
                title,
                description,
                n,
                len(parts),
                back,
                [shows(item) for item in part] if shows else None,
            ),
            partial(
                _spill_page,
                base,
                title,
                description,
                n,
                len(parts),
                part,
                sections,
                back,
            ),
        )


def _spill_page(
    base: str,
    title: str,
    description: str,
    n: int,
    count: int,
    part: list[T],
    sections: Callable[[list[T], str], list[Section]],
    back: tuple[str, str],
) -> ListingPage:
    path = part_path(base, n)
    return ListingPage(
        path=path,
        title=title + (f" ({n})" if n > 1 else ""),
        description=description,
        searchable=False,
        heading=title,
        intro=[(Link(back[0], page_link(back[1], path)),)],
        sections=sections(part, path),
        pager=pager(base, n, count),
    )
