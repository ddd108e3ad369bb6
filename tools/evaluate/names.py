"""Names (people and organisations): what can be measured honestly.

No corpus here labels people and organisations, so two measures stand in:

1. PolNeAR source names (`test`, and `dev` labelled as tuning). Every gold
   `Source` that holds a name (a head name by the rules of `speakers.py`,
   not a pronoun, a description or a group such as "Republicans") is an item: "Sen. Ted Cruz (R-Texas)",
   "Clinton’s campaign manager, Robby Mook", "the FBI". The expected name is
   the head name completed from the text ("Cruz" → Ted Cruz). *Recall*: the
   share of items where the entities annotator finds a mention inside the
   source span whose canonical name is that name (same person by surname and
   first name, the same words, or an acronym and the name it spells). *Precision*: the share
   of the annotator's mentions inside those source spans that name the
   source's head name; a mention of something else inside the span ("the
   Clinton campaign" → Hillary Clinton) counts against it. This measures
   finding and canonicalising names where the text names a speaker; it does
   not measure the person/organisation label, which PolNeAR does not have.
2. The two seeds against the names the issue lists for them, as sets of
   canonical names per article (hand-written in
   `tests/cases/seed_names.txt`): set precision and recall, value acc. =
   share of listed names found with the listed kind.
"""

from __future__ import annotations

import dataclasses as dc
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from annotated_news.annotators import ANNOTATORS
from annotated_news.annotators.entities import explain_entities
from annotated_news.annotators.lexicon import NOT_NAMES, NOT_PERSON_WORDS
from annotated_news.annotators.spaces import plain_spaces
from annotated_news.annotators.vocabulary.people_nouns import PEOPLE_NOUNS
from annotated_news.indexes.surnames import add_site_mentions
from annotated_news.model import Article, EntityMention, Kind, Span
from annotated_news.parse.article import parse_article
from annotated_news.reader import read_seed

from . import polnear
from .quotes import article_of
from .scoring import Row, Score, by_rule, error_row
from .speakers import (
    GROUP_NOUNS,
    complete_name,
    head_names,
    is_pronoun,
    name_tokens,
    same_person,
)

ROOT = Path(__file__).resolve().parent.parent.parent
SEED_NAMES = ROOT / "tests" / "cases" / "seed_names.txt"


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _names_one(canonical: str, expected: str) -> bool:
    """A canonical name is the expected person or organisation.

    The same person (surname and first name), the same words, or an acronym
    and the name it spells ("EPA" / "Environmental Protection Agency").
    """
    if same_person(canonical, expected) or name_tokens(canonical) == name_tokens(
        expected
    ):
        return True
    short, long = sorted(
        (canonical.replace(".", ""), expected.replace(".", "")), key=len
    )
    return short.isupper() and " " in long and short == _initials(long)


def is_name_item(head: str) -> bool:
    """Whether a head name names one person or organisation.

    Not a group or a capitalised pronoun: "Republicans", "Supporters",
    "Authorities" (a word of `vocabulary/people_nouns.py`), "His".
    """
    words = head.split()
    if all(
        w in NOT_NAMES or w in NOT_PERSON_WORDS or w.rstrip("s") in NOT_PERSON_WORDS
        for w in words
    ):
        return False
    return not (
        len(words) == 1
        and (
            (words[0].endswith("s") and words[0][:-1].lower() in GROUP_NOUNS)
            or words[0].lower() in PEOPLE_NOUNS
        )
    )


@dc.dataclass(frozen=True, slots=True)
class SourceItem:
    """One gold source that holds a name, and the mentions inside it."""

    inside: list[EntityMention]
    right: list[EntityMention]
    """The mentions inside that name the source's head name."""


def source_items(doc: polnear.Document, article: Article) -> Iterator[SourceItem]:
    """Each distinct gold source of an article that holds a name."""
    seen: set[tuple[int, int]] = set()
    for attribution in doc.attributions:
        source = attribution.source
        if source is None or (source.start, source.end) in seen:
            continue
        seen.add((source.start, source.end))
        surface = doc.surface(source)
        heads = [h for h in head_names(surface) if is_name_item(h)]
        if is_pronoun(surface) or not heads:
            continue
        expected = complete_name(heads[0], doc.text, source.start)
        inside = [
            m
            for m in article.entities
            if source.start <= m.span.start and m.span.end <= source.end
        ]
        right = [
            m
            for m in inside
            if _names_one(m.canonical, expected)
            or any(_names_one(m.canonical, h) for h in heads)
        ]
        yield SourceItem(inside, right)


def score_sources(doc: polnear.Document, article: Article) -> Score:
    """Recall and precision of names inside one article's gold sources."""
    score = Score()
    for item in source_items(doc, article):
        if item.right:
            score.tp += 1
        else:
            score.fn += 1
        score.fp += len(item.inside) - len(item.right)
    return score


def source_errors(
    doc: polnear.Document, article: Article, rules: dict[Span, str]
) -> Counter[tuple[str, str]]:
    """Errors inside gold sources by the rule that decided the mention.

    *missed*: a source none of whose mentions names it, counted by the rule
    of a mention inside it that names something else, or "nothing found";
    *wrong*: a mention inside a source that is not its name, by its rule.
    """
    out: Counter[tuple[str, str]] = Counter()
    for item in source_items(doc, article):
        wrong = [m for m in item.inside if m not in item.right]
        if not item.right:
            out["missed", rules[wrong[0].span] if wrong else "nothing found"] += 1
        for mention in wrong:
            out["wrong", rules[mention.span]] += 1
    return out


# The entities annotator as the build runs it (odd spaces read as plain).
ENTITIES = dict(ANNOTATORS)["entities"]


SITE_RULE = "surname known on the site"
"""The rule of a mention the site adds (`indexes/surnames.py`)."""


def as_a_site(
    docs: list[polnear.Document], explain: bool = False
) -> tuple[list[Article], float, list[dict[Span, str]]]:
    """The split's articles as one site: each annotated, then the site's names.

    Returns the articles, the entities annotator's CPU seconds and, with
    `explain`, each article's rule by mention span.
    """
    articles: list[Article] = []
    rules: list[dict[Span, str]] = []
    seconds = 0.0
    for doc in docs:
        article = article_of(doc)
        article.slug = doc.name  # titles may repeat; names do not
        started = time.process_time()
        if explain:
            explained = explain_entities(plain_spaces(article))
            article.entities = [m for m, _ in explained]
            rules.append({m.span: r for m, r in explained})
        else:
            article.entities = list(ENTITIES(article))
        seconds += time.process_time() - started
        articles.append(article)
    added = add_site_mentions(articles)
    if explain:
        for article, found in zip(articles, rules, strict=True):
            found.update((m.span, SITE_RULE) for m in added.get(article.slug, ()))
    return articles, seconds, rules


def errors_row(corpora: Path, split: str) -> Row:
    """The PolNeAR source-name errors of a split, by rule (`explain_entities`)."""
    counts: Counter[tuple[str, str]] = Counter()
    docs = list(polnear.documents(corpora, split))
    articles, _, rules = as_a_site(docs, explain=True)
    for doc, article, found in zip(docs, articles, rules, strict=True):
        counts.update(source_errors(doc, article, found))
    return error_row(
        "names",
        "polnear source names: errors by rule",
        split if split == "test" else f"{split} (tuning)",
        sum(counts.values()),
        by_rule(counts, ("missed", "wrong"))
        + " (tools/evaluate/names.py: missed = a source whose name no mention "
        "gives, by the rule of the mention that named something else there; "
        "wrong = a mention inside a source that is not its name, by the rule "
        "that decided it: annotators/entities explain_entities)",
    )


def source_row(corpora: Path, split: str) -> Row:
    total = Score()
    docs = list(polnear.documents(corpora, split))
    articles, seconds, _ = as_a_site(docs)
    for doc, article in zip(docs, articles, strict=True):
        total.add(score_sources(doc, article))
    count = len(docs)
    label = split if split == "test" else f"{split} (tuning)"
    return Row(
        "names",
        "polnear source names",
        label,
        total.tp + total.fn,
        # Precision here counts mentions, recall counts sources (see above).
        total.tp / (total.tp + total.fp) if total.tp + total.fp else 0.0,
        total.recall,
        None,
        None,
        count / seconds if seconds else None,
        note=(
            f"{count} articles, read as one site (the entities annotator, then "
            "the lone surnames the site knows: indexes/surnames.py); recall = "
            "gold sources whose name is found with the right canonical name; "
            "precision = mentions inside those sources that are that name; no "
            "kind labels exist; articles/s = entities annotator"
        ),
    )


def read_seed_names(path: Path) -> dict[str, set[tuple[str, str]]]:
    """`seed | kind | canonical` lines (comments with #) by seed file name."""
    found: dict[str, set[tuple[str, str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        seed, kind, canonical = (part.strip() for part in line.split("|"))
        found.setdefault(seed, set()).add((kind, canonical))
    return found


def seed_row(seeds_dir: Path, labels: Path) -> Row:
    expected = read_seed_names(labels)
    score = Score()
    for seed, wanted in sorted(expected.items()):
        article = parse_article(read_seed(seeds_dir / seed))
        article.entities = list(ENTITIES(article))
        got = {
            (m.kind.value, m.canonical)
            for m in article.entities
            if m.kind in (Kind.PERSON, Kind.ORGANIZATION)
        }
        got_names = {name for _, name in got}
        wanted_names = {name for _, name in wanted}
        score.tp += len(got_names & wanted_names)
        score.fp += len(got_names - wanted_names)
        score.fn += len(wanted_names - got_names)
        score.value_correct += len(got & wanted)
    return Row(
        "names",
        "seeds (hand-listed names)",
        "all",
        score.tp + score.fn,
        score.precision,
        score.recall,
        score.f1,
        score.value_accuracy,
        None,
        note=(
            "canonical names per article against tests/cases/seed_names.txt "
            "(the issue's list); a regression check on two articles, not a "
            "measure of generalisation"
        ),
    )


def evaluate(corpora: Path) -> list[Row]:
    """PolNeAR source names (test, then dev), then the seeds."""
    return [
        source_row(corpora, "test"),
        source_row(corpora, "dev"),
        errors_row(corpora, "test"),
        errors_row(corpora, "dev"),
        seed_row(ROOT / "seeds", SEED_NAMES),
    ]
