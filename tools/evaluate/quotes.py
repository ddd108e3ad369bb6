"""Quotes and speakers on PolNeAR: quote span F1 and speaker accuracy.

Gold: PolNeAR `Content` spans that open with a quotation mark (direct
quotes), with their `Source`.

Unit of scoring, the *segment*: a stretch of quoted text within one
paragraph. PolNeAR makes one `Content` of everything one source says in one
attribution, in fragments that leave the cues out ("“Judge,” Brafman said,
“I have ...”" is one content of two fragments; so can be two paragraphs of
quote). The annotator gives one quote per stretch between quotation marks and
paragraph. To compare like with like, a gold content is cut into segments:
its fragments, joined where only whitespace separates them, then cut at
line breaks. Each annotator quote (SPEECH or PARTIAL) is one predicted
segment. Every gold segment carries the speaker targets of its content.

Matching: a predicted segment matches a gold segment when their *overlap*,
the number of code points they share divided by the length of the longer of
the two, is at least 0.5 (so each covers at least half of the other). Pairs
are taken one to one, highest overlap first.

Left out: SCARE quotes (not attributed speech). A predicted segment lying,
for at least half of its length, inside a gold `Content` that is *not* a
direct quote ("that Clinton’s team avoided ... “keep the details under
wraps”") is not counted either way: the corpus marks those words as
attributed, but as part of reported speech rather than as a quote of their
own. The note gives their number, the precision if they were counted as
false, and how often their speaker is the source of that reported speech.

Speaker accuracy: the share of matched gold segments that have a gold source
whose predicted speaker is right by the rules of `speakers.py`. On *named
sources*: the same share over the gold segments whose source, as written,
holds a name (`speakers.head_names`: "Trump", "Clinton’s campaign manager,
Robby Mook"), not a pronoun ("he") or a description alone ("a senior
official"), whose right answer rests on the scorer's own reading of the
text.
"""

from __future__ import annotations

import dataclasses as dc
import time
from collections.abc import Iterable
from pathlib import Path

from annotated_news.annotators import ANNOTATORS
from annotated_news.annotators.gender import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from annotated_news.model import Article, QuoteKind
from annotated_news.parse.article import parse_article
from annotated_news.reader import RawSeed
from annotated_news.sidecar import Sidecar

from . import polnear
from .scoring import Row, Score
from .speakers import head_names, is_pronoun, speaker_right, targets

THRESHOLD = 0.5
# The scorer reads first names as data (for "she" in the gold); it never
# calls the annotator's own resolution.
FIRST_NAMES = {
    **dict.fromkeys(FEMALE_FIRST_NAMES, "f"),
    **dict.fromkeys(MALE_FIRST_NAMES, "m"),
}
MY_ANNOTATORS = ("entities", "quotes")


@dc.dataclass(frozen=True, slots=True)
class Item:
    """A quote to match: the code points it covers and who said it."""

    chars: frozenset[int]
    speaker: str | None = None
    targets: tuple[str, ...] = ()
    """For gold items: what a right speaker may be (empty: no gold source)."""
    named: bool = False
    """For gold items: the source as written holds a name."""

    @property
    def start(self) -> int:
        return min(self.chars) if self.chars else 0


def overlap(a: frozenset[int], b: frozenset[int]) -> float:
    """Shared code points over the length of the longer span set."""
    longest = max(len(a), len(b))
    return len(a & b) / longest if longest else 0.0


def match(
    gold: list[Item], predicted: list[Item], threshold: float = THRESHOLD
) -> list[tuple[int, int]]:
    """Pair gold and predicted items one to one, highest overlap first."""
    pairs = []
    for g, gi in enumerate(gold):
        for p, pi in enumerate(predicted):
            if min(gi.chars, default=0) < max(pi.chars, default=0) and (
                min(pi.chars, default=0) < max(gi.chars, default=0)
            ):
                score = overlap(gi.chars, pi.chars)
                if score >= threshold:
                    pairs.append((score, g, p))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, g, p in pairs:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            out.append((g, p))
    return sorted(out)


@dc.dataclass(slots=True)
class QuoteScore:
    """Span counts plus speaker counts and the predictions left out."""

    span: Score = dc.field(default_factory=Score)
    with_source: int = 0
    """Matched gold quotes that have a gold source (speaker denominator)."""
    speaker_right: int = 0
    named: int = 0
    """Matched gold quotes whose source holds a name."""
    named_right: int = 0
    ignored: int = 0
    """Predictions inside reported speech, not counted (see the docstring)."""
    ignored_with_source: int = 0
    ignored_right: int = 0
    """Of those, the ones whose content has a source, and their right speakers."""

    def add(self, other: QuoteScore) -> None:
        self.span.add(other.span)
        self.with_source += other.with_source
        self.speaker_right += other.speaker_right
        self.named += other.named
        self.named_right += other.named_right
        self.ignored += other.ignored
        self.ignored_with_source += other.ignored_with_source
        self.ignored_right += other.ignored_right

    @property
    def strict_precision(self) -> float:
        """Precision if predictions inside reported speech counted as false."""
        s = self.span
        counted = s.tp + s.fp + self.ignored
        return s.tp / counted if counted else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.with_source if self.with_source else 0.0

    @property
    def named_accuracy(self) -> float:
        """Speaker accuracy on named sources."""
        return self.named_right / self.named if self.named else 0.0


def score_items(
    gold: list[Item], predicted: list[Item], ignored: Iterable[Item] = ()
) -> QuoteScore:
    """Score one article's predicted quotes against its gold quotes.

    Args:
        gold: the direct quotes, with speaker targets.
        predicted: the annotator's quotes.
        ignored: gold contents that are not direct quotes, with speaker
            targets; an unmatched prediction mostly inside one is not counted
            (its speaker is checked apart).
    """
    result = QuoteScore()
    pairs = match(gold, predicted)
    matched_p = {p for _, p in pairs}
    result.span.tp = len(pairs)
    result.span.fn = len(gold) - len(pairs)
    contents = list(ignored)
    for p, item in enumerate(predicted):
        if p in matched_p:
            continue
        inside = next(
            (c for c in contents if len(item.chars & c.chars) * 2 >= len(item.chars)),
            None,
        )
        if inside is None:
            result.span.fp += 1
            continue
        result.ignored += 1
        if inside.targets:
            result.ignored_with_source += 1
            result.ignored_right += speaker_right(item.speaker, inside.targets)
    for g, p in pairs:
        if gold[g].targets:
            result.with_source += 1
            right = speaker_right(predicted[p].speaker, gold[g].targets)
            result.speaker_right += right
            if gold[g].named:
                result.named += 1
                result.named_right += right
    result.span.value_correct = result.speaker_right
    return result


def article_of(doc: polnear.Document) -> Article:
    """The document as the build would parse it (text unchanged)."""
    first = doc.text.split("\n", 1)[0]
    raw = RawSeed(Path(f"{doc.name}.txt"), doc.date, first.strip(), doc.text, Sidecar())
    return parse_article(raw)


def predicted_items(article: Article) -> list[Item]:
    """The annotator's attributed quotes, one segment each."""
    return [
        Item(frozenset(range(q.span.start, q.span.end)), q.speaker)
        for q in article.quotes
        if q.quote_kind is not QuoteKind.SCARE
    ]


def segments(text: str, fragments: Iterable[tuple[int, int]]) -> list[frozenset[int]]:
    """Cut a content into segments (see the module docstring)."""
    runs: list[list[int]] = []
    for start, end in sorted(fragments):
        if runs and not text[runs[-1][1] : start].strip():
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end])
    found = []
    for start, end in runs:
        line_start = start
        for i in range(start, end + 1):
            if i == end or text[i] == "\n":
                piece = [k for k in range(line_start, i) if not text[k].isspace()]
                if piece:
                    found.append(frozenset(range(piece[0], piece[-1] + 1)))
                line_start = i + 1
    return found


def gold_items(
    doc: polnear.Document, first_names: dict[str, str]
) -> tuple[list[Item], list[Item]]:
    """Direct quote segments with speaker targets, and the other contents."""
    sources = [
        (a.source.start, doc.surface(a.source))
        for a in doc.attributions
        if a.source is not None
    ]
    gold: list[Item] = []
    other: list[Item] = []
    for attribution in doc.attributions:
        wanted: tuple[str, ...] = ()
        named = False
        if attribution.source is not None:
            surface = doc.surface(attribution.source)
            named = not is_pronoun(surface) and bool(head_names(surface))
            wanted = tuple(
                targets(
                    doc.surface(attribution.source),
                    attribution.source.start,
                    sources,
                    doc.text,
                    first_names,
                )
            )
        if not doc.is_direct(attribution.content):
            other.append(Item(frozenset(attribution.content.chars()), None, wanted))
            continue
        gold.extend(
            Item(segment, None, wanted, named)
            for segment in segments(doc.text, attribution.content.fragments)
        )
    return gold, other


def annotate_timed(article: Article, clock: dict[str, float]) -> None:
    """Run every annotator as the build does, timing each.

    CPU time of this process, not wall time: the machines are shared, and
    waiting for a core says nothing about the annotator.
    """
    for name, annotator in ANNOTATORS:
        started = time.process_time()
        setattr(article, name, list(annotator(article)))
        clock[name] = clock.get(name, 0.0) + time.process_time() - started


def score_split(corpora: Path, split: str) -> tuple[QuoteScore, int, float]:
    """Score one split; return the score, the article count and articles/s."""
    total = QuoteScore()
    clock: dict[str, float] = {}
    count = 0
    for doc in polnear.documents(corpora, split):
        article = article_of(doc)
        annotate_timed(article, clock)
        gold, other = gold_items(doc, FIRST_NAMES)
        total.add(score_items(gold, predicted_items(article), other))
        count += 1
    seconds = sum(clock.get(name, 0.0) for name in MY_ANNOTATORS)
    return total, count, count / seconds if seconds else 0.0


def rows(corpora: Path, split: str) -> list[Row]:
    score, count, speed = score_split(corpora, split)
    label = split if split == "test" else f"{split} (tuning)"
    named = Row(
        "quotes",
        "polnear: speakers of named sources",
        label,
        score.named,
        None,
        None,
        None,
        score.named_accuracy,
        None,
        note=f"speaker right for {score.named_right} of {score.named} matched "
        "quotes whose gold source, as written, holds a name (not a pronoun or a "
        "description alone)",
        target="speaker ≥ 0.92" if split == "test" else "",
    )
    return [row(score, count, speed, label), named]


def row(score: QuoteScore, count: int, speed: float, label: str) -> Row:
    s = score.span
    split = label
    return Row(
        "quotes",
        "polnear",
        label,
        s.tp + s.fn,
        s.precision,
        s.recall,
        s.f1,
        score.speaker_accuracy,
        speed,
        note=(
            f"{count} articles; items = gold quote segments (quoted stretches "
            "within a paragraph); overlap = shared code points / longer span, "
            f"≥ {THRESHOLD}; value acc. = speaker accuracy on "
            f"{score.with_source} matched quotes with a gold source; "
            f"{score.ignored} predicted quotes inside reported speech not counted "
            f"(counted as false, precision {score.strict_precision:.3f}; their "
            f"speaker is right for {score.ignored_right} of "
            f"{score.ignored_with_source}); "
            "articles/s = entities + quotes annotators, CPU time of one core"
        ),
        target="F1 ≥ 0.95, speaker ≥ 0.85" if split == "test" else "",
    )


def evaluate(corpora: Path) -> list[Row]:
    """The test row, then the dev row (labelled as tuning data)."""
    return [*rows(corpora, "test"), *rows(corpora, "dev")]
