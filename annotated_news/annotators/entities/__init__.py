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

import re

from ...model import Article, EntityMention, Kind
from ..lexicon import TITLE_WORDS
from .classify import Name, classify
from .join import Joiner, resolve_single
from .runs import find_runs

__all__ = ["annotate_entities"]

# A lower-case title just before a name: "deputy chief of staff", possibly
# after an organisation ("White House deputy chief of staff").
LOWER_TITLE_RE = re.compile(
    r"((?:(?:[A-Z][\w.’'-]*|[a-z]+)[ ]){0,8}?(?:[a-z-]+[ ])*?"
    r"(?:spokeswoman|spokesman|spokesperson|secretary|adviser|advisor|director|"
    r"chief of staff|official|attorney|judge|president|senator|governor|mayor|"
    r"commissioner|chairman|chairwoman|agent|officer|minister|ambassador|leader|"
    r"manager|strategist|aide|nominee|candidate|candidates|analyst|consultant|"
    r"pollster|founder|executive|professor|economist|lawyer|representative|"
    r"congressman|congresswoman|speaker|correspondent|reporter|host|anchor)"
    r")[ ]$"
)
PAREN_ACRONYM_RE = re.compile(r"[ ]\(([A-Z]{2,6})\)")


def _lower_title(text: str, name_start: int) -> str | None:
    """The title phrase written just before a name, if there is one."""
    window = text[max(0, name_start - 80) : name_start]
    window = window.rsplit("\n", 1)[-1]
    window = re.split(r"[,;:.“”\"()—]", window)[-1]
    match = LOWER_TITLE_RE.search(window)
    if not match:
        return None
    words = match.group(1).split()
    # Start at the first capitalised word or title word: "the White House
    # deputy chief of staff" → "White House deputy chief of staff".
    while words and not (words[0][0].isupper() or words[0].lower() in TITLE_WORDS):
        words.pop(0)
    return " ".join(words) or None


def _paren_acronyms(names: list[Name], text: str, joiner: Joiner) -> None:
    """"Associated Press (AP)": the acronym in parentheses names the organisation."""
    for name in names:
        if name.kind is Kind.ORGANIZATION and len(name.words) > 1:
            match = PAREN_ACRONYM_RE.match(text, name.span.end)
            if match:
                joiner.orgs_by_initials.setdefault(match.group(1), " ".join(name.words))


def annotate_entities(article: Article) -> list[EntityMention]:
    """Return every person and organisation mention, canonicalised."""
    text = article.text
    names = [name for run in find_runs(article) for name in classify(run)]
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
