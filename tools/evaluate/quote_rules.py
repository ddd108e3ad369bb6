"""Which quote rule decided each speaker error on PolNeAR (`make eval`).

Every quote is read with `explain_quotes`, which says where its cue was found
("after", "before", "according-to", "sentence-end", ...) and how the cue's
phrase became a speaker ("entity", "surname", "pronoun", "description", ...),
or that the quote took its speaker otherwise ("carries on", "next
paragraph"). Quotes are matched to the gold quotes as the PolNeAR rows match
them (`quotes.match`); then, by that rule:

- *wrong speaker*: a matched quote with a gold source whose speaker is not
  right (`speakers.speaker_right`), and in brackets how many of those have a
  named source (the "speakers of named sources" row);
- *spurious*: a quote that matches no gold quote and lies outside reported
  speech (the quotes the F1 rows count as false).

The issue's classes show by rule: speech verbs and quoted-as-saying cues as
"after"/"before", crowds as "… > description", a programme named after
"told" as a scare quote (not counted here: it is no speech).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from annotated_news.annotators import ANNOTATORS
from annotated_news.annotators.quotes import explain_quotes
from annotated_news.model import QuoteKind

from . import polnear
from .quotes import FIRST_NAMES, Item, article_of, gold_items, match
from .scoring import Row, error_row
from .speakers import speaker_right

WRONG, NAMED, SPURIOUS = "wrong speaker", "named", "spurious"


def rule_counts(corpora: Path, split: str) -> Counter[tuple[str, str]]:
    """(error class, rule) counts over one PolNeAR split."""
    out: Counter[tuple[str, str]] = Counter()
    for doc in polnear.documents(corpora, split):
        article = article_of(doc)
        for name, annotator in ANNOTATORS:
            if name == "quotes":
                break
            setattr(article, name, list(annotator(article)))
        explained = [
            (q, rule)
            for q, rule in explain_quotes(article)
            if q.quote_kind is not QuoteKind.SCARE
        ]
        predicted = [
            Item(frozenset(range(q.span.start, q.span.end)), q.speaker)
            for q, _ in explained
        ]
        gold, other = gold_items(doc, FIRST_NAMES)
        pairs = match(gold, predicted)
        for g, p in pairs:
            if gold[g].targets and not speaker_right(
                predicted[p].speaker, gold[g].targets
            ):
                out[WRONG, explained[p][1]] += 1
                if gold[g].named:
                    out[NAMED, explained[p][1]] += 1
        matched = {p for _, p in pairs}
        for p, item in enumerate(predicted):
            inside = any(
                len(item.chars & c.chars) * 2 >= len(item.chars) for c in other
            )
            if p not in matched and not inside:
                out[SPURIOUS, explained[p][1]] += 1
    return out


def describe(counts: Counter[tuple[str, str]]) -> str:
    """Counts as a note: "wrong speaker 20 (named 9): after > pronoun 6 (2), …"."""
    wrong = Counter({r: n for (k, r), n in counts.items() if k == WRONG})
    named = Counter({r: n for (k, r), n in counts.items() if k == NAMED})
    spurious = Counter({r: n for (k, r), n in counts.items() if k == SPURIOUS})
    listed = ", ".join(f"{r} {n} ({named[r]})" for r, n in wrong.most_common())
    extra = ", ".join(f"{r} {n}" for r, n in spurious.most_common())
    return (
        f"wrong speaker {sum(wrong.values())} (of them with a named source "
        f"{sum(named.values())}): {listed or 'none'}; spurious "
        f"{sum(spurious.values())}: {extra or 'none'}"
    )


def evaluate(corpora: Path) -> list[Row]:
    """One row per split: speaker errors and spurious quotes, by rule."""
    out = []
    for split in ("test", "dev"):
        counts = rule_counts(corpora, split)
        out.append(
            error_row(
                "quotes",
                "polnear errors by rule",
                split if split == "test" else f"{split} (tuning)",
                sum(n for (k, _), n in counts.items() if k != NAMED),
                describe(counts)
                + " (tools/evaluate/quote_rules.py: where the cue was found > how "
                "its phrase became the speaker)",
            )
        )
    return out
