"""Dates, normalised against the publication date.

`find_temporals` finds every temporal expression (dates, times, durations,
recurrences, "now"), HeidelTime-style: hand-written rules over trigger words,
resolved against the publication date with the tense of the clause
("Friday" in a past clause is the latest Friday, in a future one the next).
`annotate_dates` keeps the ones the site shows: calendar dates at the
precision the text gives (day, month, year) with their modifier ("mid-May").

Modules: `patterns` (regex pieces, trigger words), `rules` (the rule table),
`rules_days`, `rules_years`, `rules_relative` and `rules_other` (what each
rule resolves to, with `rules_common`), `calendar` (date arithmetic), `tense`
(the clause's tense), `tagger` (triggers and overlaps), `neighbours` (ranges,
"three days after Christmas"), `temporal` (what is found, and what the site
shows).

No date library is used: `dateparser` 1.2.1 (`search_dates`, relative base and
past preference set), run on every fourth TBAQ training document, found
spans with F1 0.661 and right values for 37% of them, at about 21 ms of CPU
per 500 words; these rules reach F1 0.93 and value accuracy 0.84 on all of
TBAQ at under 1 ms (`make eval`).
"""

from __future__ import annotations

from ...model import Article, DateMention
from .tagger import find_temporals
from .temporal import Temporal, TemporalKind

__all__ = [
    "Temporal",
    "TemporalKind",
    "annotate_dates",
    "article_temporals",
    "find_temporals",
]


def article_temporals(article: Article) -> list[Temporal]:
    """Every temporal expression of an article, including non-calendar ones."""
    return find_temporals(
        article.text, [s.span for s in article.sentences], article.meta.date
    )


def annotate_dates(article: Article) -> list[DateMention]:
    """Return every calendar date mention, normalised against the publication date."""
    mentions = (t.date_mention() for t in article_temporals(article))
    return [d for d in mentions if d is not None]
