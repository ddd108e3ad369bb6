"""`docs/stories.json`: every story, its shared claims and its credits.

The shape is public (other tools read it; see the README):

    {"stories": [{"id", "title", "url": "stories/<id>/", "start", "end",
      "articles": ["articles/<slug>/", ...],
      "claims": [{"kind": "figure" | "statement" | "event", "label",
                  "cells": [{"article", "anchor", "text", "differs"}]}],
      "credits": [{"article", "anchor", "source", "sourceKind", "count",
                   "text"}]}]}

Stories come newest first (by their last article), as on `stories.md`;
claims and cells in the order of the story page; `count` is null unless the
text gives the number of unnamed sources. Every claim is listed, also those
a very large story's page leaves out.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..indexes.stories import Claim, Story

if TYPE_CHECKING:
    from ..indexes import Corpus


def article_url(slug: str) -> str:
    """An article page's URL relative to the site root."""
    return f"articles/{slug}/"


def claim_json(claim: Claim) -> dict[str, Any]:
    """One claim and each article's report of it."""
    return {
        "kind": claim.kind,
        "label": claim.label,
        "cells": [
            {
                "article": article_url(cell.article.slug),
                "anchor": cell.place.anchor,
                "text": cell.text,
                "differs": cell.differs,
            }
            for cell in claim.cells
        ],
    }


def story_json(story: Story) -> dict[str, Any]:
    """One story as in `stories.json`."""
    return {
        "id": story.id,
        "title": story.title,
        "url": f"stories/{story.id}/",
        "start": story.start.isoformat(),
        "end": story.end.isoformat(),
        "articles": [article_url(a.slug) for a in story.articles],
        "claims": [claim_json(c) for c in story.claims],
        "credits": [
            {
                "article": article_url(c.article.slug),
                "anchor": c.place.anchor,
                "source": c.credit.source,
                "sourceKind": c.credit.source_kind.value,
                "count": c.credit.count,
                "text": c.place.exact,
            }
            for c in story.credits
        ],
    }


def stories_json(corpus: Corpus) -> str:
    """Return `stories.json` for the whole site."""
    data = {"stories": [story_json(s) for s in corpus.stories]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
