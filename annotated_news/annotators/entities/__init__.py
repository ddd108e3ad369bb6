"""People and organisations named in an article, with short forms joined.

Three passes, each in its own module:

1. `runs.py` finds runs of capitalised words within sentences (not in a
   headline or subheading in Title Case, where every word is capitalised:
   there, only the names the article's text names are found, and a given
   name with the word after it).
2. `classify.py` splits titles off ("White House deputy chief of staff
   Stephen Miller" → Stephen Miller, title kept) and decides person,
   organisation, or neither (places, laws, operations).
3. `join.py` joins short forms to full names: "Miller" → Stephen Miller,
   "ICE" → Immigration and Customs Enforcement, "NBC" → NBC News; and
   `aliases.py` two names the text says are one person's ("Pope Leo XIV,
   born Robert Francis Prevost").

The canonical names are per article; `indexes/entities.py` joins them across
articles.
"""

from __future__ import annotations

import dataclasses as dc
import re

from ...model import Article, BlockKind, EntityMention, Kind, Span
from ..gender import is_given_name
from ..lexicon import NOT_NAMES, NOT_PERSON_WORDS, ORG_WORDS, PLACES
from ..vocabulary import org_nouns
from ..vocabulary.titles import POSITION_NOUNS, TITLE_NOUNS
from .aliases import aliases
from .classify import Name, classify
from .join import (
    Joiner,
    followed_by_speech,
    preceded_by_speech,
    resolve_single,
    short_name,
)
from .runs import Run, find_runs, is_title_case

__all__ = ["annotate_entities", "explain_entities"]

# Words a title does not reach back over.
TITLE_STOP = frozenset(
    """
the a an and or but said says told to in on at by with from about for that which
who as of’s his her their its our when while after before like than is was
""".split()
) - {"of"}
MAX_TITLE_WORDS = 8
# Where the clause of a title starts, at the latest.
TITLE_BREAKS = ',;:.“”"()—\n'
PAREN_ACRONYM_RE = re.compile(r"[ ]\(([A-Z]{2,6})\)")
# A capitalised word of a Title Case line, without a possessive ending.
TITLE_WORD_RE = re.compile(r"([A-Z][\w.-]*?)([’']s)?(?![\w’'.-])")
# "Ana Ruiz, 34, said", "Ana Ruiz, who …": an apposition only a person takes.
# An organisation noun right before a name ("oil giant Yukos", "a company
# called Akamai") or right after it ("the Kommersant newspaper").
ORG_NOUN_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(org_nouns.BEFORE))})(?:[ ](?:called|named))?[ ]$"
)
ORG_NOUN_AFTER_RE = re.compile(rf"[ ](?:{'|'.join(sorted(org_nouns.AFTER))})\b")
PERSON_APPOSITION_RE = re.compile(r",[ ](?:\d{1,3},|who[ ])")


def _lower_title(text: str, name_start: int) -> str | None:
    """The title phrase written just before a name, if there is one.

    It ends with a title noun ("spokeswoman", "chief of staff") and reaches
    back over lower-case words and capitalised names ("White House"), not
    over articles, prepositions or verbs.
    """
    window = text[max(0, name_start - 80) : name_start]
    cut = max(window.rfind(ch) for ch in TITLE_BREAKS)
    words = window[cut + 1 :].split()
    if not words:
        return None
    last = words[-1].lower()
    position = last in POSITION_NOUNS and len(words) > 1 and words[-2][:1].isupper()
    if last not in TITLE_NOUNS and not position:
        return None
    k = len(words) - 1
    while k > 0 and len(words) - k < MAX_TITLE_WORDS:
        word = words[k - 1]
        if word.lower() in TITLE_STOP and not (word == "of" and words[k].islower()):
            break
        k -= 1
    return " ".join(words[k:])


def _confirmed(names: list[Name], text: str) -> list[Name]:
    """Keep a person known only by capitalised words when the article confirms it.

    "Bay Buchanan" is kept when "Buchanan" stands alone elsewhere, when a
    speech verb follows or precedes it ("Bay Buchanan said", "said Tad
    Devine"), a title comes before it or an age or "who" after it ("Bay
    Buchanan, 34,"); "Wasserman Schultz" when it ends the
    name of a person named in full ("Debbie Wasserman Schultz"), whose name
    it then takes. "Good Jobs Nation" or "San Bernardino" is not kept.
    """
    singles = {name.words[0] for name in names if len(name.words) == 1}
    full = {
        " ".join(name.words)
        for name in names
        if name.kind is Kind.PERSON and name.confident and len(name.words) > 2
    }
    kept = []
    for name in names:
        if name.confident:
            kept.append(name)
            continue
        short = " ".join(name.words)
        longer = next((f for f in full if f.endswith(" " + short)), None)
        if longer:
            kept.append(
                dc.replace(
                    name,
                    words=longer.split(),
                    confident=True,
                    rule="end of a full name",
                )
            )
        elif (
            name.words[-1] in singles
            or followed_by_speech(text, name.span.end)
            or preceded_by_speech(text, name.span.start)
            or _lower_title(text, name.span.start)
            or PERSON_APPOSITION_RE.match(text, name.span.end)
        ):
            kept.append(dc.replace(name, rule=f"{name.rule}, confirmed"))
    return kept


def _with_org_nouns(runs: list[Run], text: str) -> list[Name]:
    """Classify the runs; a name an organisation noun marks is an organisation.

    Marked once ("net monitoring firm Netcraft", "a company called Akamai",
    "the Kommersant newspaper"), the same words are an organisation in every
    run of the article ("Netcraft said"). Not a person found by a title or a
    known given name ("company chairman John Smith").
    """
    marked = {
        " ".join(run.words)
        for run in runs
        if ORG_NOUN_BEFORE_RE.search(text, max(0, run.span.start - 40), run.span.start)
        or ORG_NOUN_AFTER_RE.match(text, run.span.end)
    }
    names: list[Name] = []
    for run in runs:
        found = classify(run)
        if " ".join(run.words) in marked and not any(
            n.kind is Kind.PERSON and n.rule in ("title", "given name") for n in found
        ):
            found = [
                Name(
                    run.span,
                    run.words,
                    Kind.ORGANIZATION,
                    sentence_start=run.sentence_start,
                    rule="organisation noun",
                )
            ]
        names.extend(found)
    return names


def _variants(names: list[Name]) -> list[Name]:
    """Give a shorter spelling the name of the one longer name it abbreviates.

    A person named by first and last name only takes the full name with
    middle names, when the article writes exactly one ("Robert Prevost" ->
    Robert Francis Prevost); an organisation named by the last words of a
    longer name takes it, when exactly one longer name ends so ("Catholic
    Church" -> Roman Catholic Church, "Immigration Council" -> American
    Immigration Council).
    """
    people: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    orgs: dict[str, set[tuple[str, ...]]] = {}
    """Organisation names by their last word."""
    for name in names:
        if name.kind is Kind.PERSON and len(name.words) > 2:
            key = (name.words[0], name.words[-1])
            people.setdefault(key, set()).add(tuple(name.words))
        elif name.kind is Kind.ORGANIZATION and len(name.words) > 1:
            orgs.setdefault(name.words[-1], set()).add(tuple(name.words))
    if not people and all(len(same) < 2 for same in orgs.values()):
        return names
    out = []
    for name in names:
        words = tuple(name.words)
        longer: set[tuple[str, ...]] = set()
        if name.kind is Kind.PERSON and len(words) == 2:
            longer = people.get((words[0], words[1]), set())
        elif name.kind is Kind.ORGANIZATION and len(words) > 1:
            n = len(words)
            same_end = orgs.get(words[-1], set())
            longer = {
                o
                for o in same_end
                if len(o) > n and o[-n:] == words and o[:-n] != ("The",)
            }  # "The Washington Post" adds nothing to "Washington Post"
        if len(longer) == 1:
            name = dc.replace(name, words=list(next(iter(longer))), rule="variant")
        out.append(name)
    return out


def _paren_acronyms(names: list[Name], text: str, joiner: Joiner) -> None:
    """Match "Associated Press (AP)": the acronym in parentheses names the organisation."""
    for name in names:
        if name.kind is Kind.ORGANIZATION and len(name.words) > 1:
            match = PAREN_ACRONYM_RE.match(text, name.span.end)
            if match:
                joiner.orgs_by_initials.setdefault(match.group(1), " ".join(name.words))


def annotate_entities(article: Article) -> list[EntityMention]:
    """Return every person and organisation mention, canonicalised."""
    return [m for m, _ in explain_entities(article)]


def explain_entities(article: Article) -> list[tuple[EntityMention, str]]:
    """Every mention with the rule that decided it, for `make eval`.

    How the run was read (`classify.Name.rule`: "title", "given name",
    "organisation words", ...), how a one-word name was resolved ("surname
    of a full name", "speech verb", "used as a person", "acronym"), or a
    later join ("variant", "alias", "headline").
    """
    text = article.text
    names = _with_org_nouns(find_runs(article), text)
    names = _variants(_confirmed(names, text))
    joiner = Joiner(names, text)
    _paren_acronyms(names, text, joiner)
    mentions: list[tuple[EntityMention, str]] = []
    for name in names:
        rule = name.rule
        if len(name.words) == 1:
            resolved = resolve_single(name, joiner)
            if resolved is None:
                continue
            kind, canonical, rule = resolved
            title = name.title if kind is Kind.PERSON else None
        else:
            kind = name.kind or Kind.PERSON
            canonical = " ".join(name.words)
            title = name.title
            if kind is Kind.PERSON and title is None:
                title = _lower_title(text, name.span.start)
        mentions.append((EntityMention(name.span, kind, canonical, title), rule))
    found = [m for m, _ in mentions]
    mentions.extend((m, "headline") for m in _title_case_names(article, found))
    if also := aliases(names, text):
        mentions = [
            (dc.replace(m, canonical=also[m.canonical]), "alias")
            if m.canonical in also
            else (m, rule)
            for m, rule in mentions
        ]
    mentions.sort(key=lambda mr: mr[0].span.start)
    return mentions


def _title_case_names(
    article: Article, found: list[EntityMention]
) -> list[EntityMention]:
    """Names in headlines and subheadings in Title Case.

    Capitals say nothing there, so a name is found only when the article's
    text names it (its full name, a person's surname, an organisation's
    acronym), or when a known given name starts it ("Ana Ruiz Resigns").
    """
    text = article.text
    blocks = [
        b
        for b in article.blocks
        if b.kind is not BlockKind.PARAGRAPH
        and is_title_case(text[b.span.start : b.span.end])
    ]
    if not blocks:
        return []
    known: dict[str, tuple[Kind, str]] = {}
    surnames: dict[str, set[str]] = {}
    for m in found:
        known.setdefault(text[m.span.start : m.span.end], (m.kind, m.canonical))
        known.setdefault(m.canonical, (m.kind, m.canonical))
        if m.kind is Kind.PERSON and " " in m.canonical:
            surnames.setdefault(short_name(m.canonical.split()), set()).add(m.canonical)
    for surname, fulls in surnames.items():
        if len(fulls) == 1:
            known.setdefault(surname, (Kind.PERSON, next(iter(fulls))))
    out: list[EntityMention] = []
    for block in blocks:
        words = [
            (m.start(), m.end() - len(m.group(2) or ""), m.group(1))
            for m in TITLE_WORD_RE.finditer(text, block.span.start, block.span.end)
        ]
        i = 0
        while i < len(words):
            for n in range(min(5, len(words) - i), 0, -1):
                run = words[i : i + n]
                if any(run[k + 1][0] != run[k][1] + 1 for k in range(n - 1)):
                    continue  # not one run of words
                name = " ".join(w for _, _, w in run)
                hit = known.get(name)
                if hit is None and n == 2 and _given_name_pair(run):
                    hit = (Kind.PERSON, name)
                if hit is not None:
                    kind, canonical = hit
                    out.append(
                        EntityMention(Span(run[0][0], run[-1][1]), kind, canonical)
                    )
                    i += n
                    break
            else:
                i += 1
    return out


def _given_name_pair(run: list[tuple[int, int, str]]) -> bool:
    """A known given name and a word that may be a surname ("Ana Ruiz")."""
    first, last = run[0][2], run[1][2]
    return (
        is_given_name(first)
        and first not in NOT_NAMES
        and last not in NOT_PERSON_WORDS
        and last not in NOT_NAMES
        and last.lower() not in ORG_WORDS
        and last not in PLACES
    )
