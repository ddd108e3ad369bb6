"""The site plan says where the listing pages, once built, hold each anchor.

`render/plan.py` lays out the timeline, quote and figure listings without
building them; other pages link to `Links.where[anchor]`. Built from the
plan, the first listing page that has an element with that anchor must be
the planned one, for every planned anchor, also when the listings come in
many parts (small page limits).
"""

from __future__ import annotations

import dataclasses as dc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotated_news.build import read_articles
from annotated_news.config import SiteConfig
from annotated_news.indexes import build_corpus
from annotated_news.render.items import Links
from annotated_news.render.paging import Limits
from annotated_news.render.plan import site_plan
from annotated_news.render.quote_pages import ECHOES

from .test_edit_reach import seeds_in


def anchors(value: Any) -> Iterator[str]:
    """Every `anchor` field in a page context, in order."""
    if dc.is_dataclass(value) and not isinstance(value, type):
        for field in dc.fields(value):
            found = getattr(value, field.name)
            if field.name == "anchor" and isinstance(found, str):
                yield found
            else:
                yield from anchors(found)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from anchors(item)


@pytest.mark.parametrize(
    "limits",
    [Limits(), Limits(items=3, overview=4), Limits(items=2, page_chars=2_000)],
    ids=["one page each", "parts", "small parts"],
)
def test_the_plan_says_where_each_anchor_is_listed(
    tmp_path: Path, limits: Limits
) -> None:
    seeds = seeds_in(tmp_path)
    corpus = build_corpus(read_articles(SiteConfig(seeds_dir=seeds))[0])
    links = Links(corpus)
    plan = site_plan(corpus, limits, links)
    assert plan.where is links.where
    first: dict[str, str] = {}
    for part in plan.listings:
        page = part.make()
        assert page.path == part.path
        for anchor in anchors(page):
            first.setdefault(anchor, part.path)
    planned = {a: p for a, p in plan.where.items() if a != ECHOES}
    kinds = {a.split("-")[0] for a in planned}
    assert {"t", "st", "fg"} <= kinds  # dates, statements, figure groups
    assert {a: first.get(a) for a in planned} == planned
    if limits.items < Limits().items:
        assert len(set(planned.values())) > 3  # the listings in parts
