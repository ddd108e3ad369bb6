"""People and organisations named in an article, with short forms joined.

Three passes, each in its own module:

1. `runs.py` finds runs of capitalised words within sentences.
2. `classify.py` splits titles off ("White House deputy chief of staff
   Stephen Miller" → Stephen Miller, title kept) and decides person,
   organisation, or neither (places, laws, operations).
3. `join.py` joins short forms to full names: "Miller" → Stephen Miller,
   "ICE" → Immigration and Customs Enforcement, "NBC" → NBC News.

The canonical names are per article; `indexes/entities.py` joins them across
articles.
"""

from __future__ import annotations

import dataclasses as dc
import re

from ...model import Article, EntityMention, Kind
from ..vocabulary.titles import TITLE_NOUNS
from .classify import Name, classify
from .join import Joiner, followed_by_speech, preceded_by_speech, resolve_single
from .runs import find_runs

__all__ = ["annotate_entities"]

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


def _lower_title(text: str, name_start: int) -> str | None:
    """The title phrase written just before a name, if there is one.

    It ends with a title noun ("spokeswoman", "chief of staff") and reaches
    back over lower-case words and capitalised names ("White House"), not
    over articles, prepositions or verbs.
    """
    window = text[max(0, name_start - 80) : name_start]
    cut = max(window.rfind(ch) for ch in TITLE_BREAKS)
    words = window[cut + 1 :].split()
    if not words or words[-1].lower() not in TITLE_NOUNS:
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
    Devine") or a title comes before it; "Wasserman Schultz" when it ends the
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
            kept.append(dc.replace(name, words=longer.split(), confident=True))
        elif (
            name.words[-1] in singles
            or followed_by_speech(text, name.span.end)
            or preceded_by_speech(text, name.span.start)
            or _lower_title(text, name.span.start)
        ):
            kept.append(name)
    return kept


def _paren_acronyms(names: list[Name], text: str, joiner: Joiner) -> None:
    """Match "Associated Press (AP)": the acronym in parentheses names the organisation."""
    for name in names:
        if name.kind is Kind.ORGANIZATION and len(name.words) > 1:
            match = PAREN_ACRONYM_RE.match(text, name.span.end)
            if match:
                joiner.orgs_by_initials.setdefault(match.group(1), " ".join(name.words))


def annotate_entities(article: Article) -> list[EntityMention]:
    """Return every person and organisation mention, canonicalised."""
    text = article.text
    names = [name for run in find_runs(article) for name in classify(run)]
    names = _confirmed(names, text)
    joiner = Joiner(names, text)
    _paren_acronyms(names, text, joiner)
    mentions: list[EntityMention] = []
    for name in names:
        if len(name.words) == 1:
            resolved = resolve_single(name, joiner)
            if resolved is None:
                continue
            kind, canonical = resolved
            title = name.title if kind is Kind.PERSON else None
        else:
            kind = name.kind or Kind.PERSON
            canonical = " ".join(name.words)
            title = name.title
            if kind is Kind.PERSON and title is None:
                title = _lower_title(text, name.span.start)
        mentions.append(EntityMention(name.span, kind, canonical, title))
    mentions.sort(key=lambda m: m.span.start)
    return mentions
