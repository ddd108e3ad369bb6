"""People and organisations named in an article, with short forms joined.

Rules, in order:

1. A *name run* is a sequence of capitalised words, possibly joined by "of",
   "and", "for" ("Department of Homeland Security", "Immigration and Customs
   Enforcement"), found within one sentence.
2. A title inside the run ("Homeland Security Secretary Kristi Noem") splits
   it: the words after the last title word are the person's name, the words
   before are their title. A lower-case title phrase just before a name
   ("White House deputy chief of staff Stephen Miller") is kept as the title.
3. A run with an organisation word ("Department", "Enforcement") or an
   acronym is an organisation; places, laws and operations are skipped; two or
   three plain capitalised words are a person.
4. Short forms are joined in a second pass: a surname alone ("Miller") refers
   to the person with that surname, an acronym ("ICE") to the organisation
   whose initials it spells, or whose name it starts ("NBC" → "NBC News").
"""

from __future__ import annotations

import dataclasses as dc
import re

from ..model import Article, BlockKind, EntityMention, Kind, Span
from .lexicon import (
    NAME_JOINERS,
    NOT_NAMES,
    ORG_WORDS,
    PLACES,
    SPEECH_VERBS,
    THING_WORDS,
    TITLE_WORDS,
)

# A capitalised word: "U.S.", "McLaughlin", "O’Brien", "Jean-Pierre", "ICE".
CAP = r"(?:[A-Z]\.){2,}|[A-Z][a-zA-Z]*(?:[’'][A-Z][a-z]+)?(?:-[A-Z][a-zA-Z]*)*"
RUN_RE = re.compile(
    rf"(?<![\w’'-])(?:{CAP})(?:(?:[ ](?:of|and|for|the|de|du|van|von|al)[ ]|[ ])"
    rf"(?:{CAP}))*(?![\w-])"
)
WORD_RE = re.compile(rf"{CAP}|[a-z]+")
ACRONYM_RE = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,})$")
# Lower-case title words right before a name: "deputy chief of staff".
LOWER_TITLE_RE = re.compile(
    r"((?:(?:[A-Z][\w.]*|[a-z]+)\s+){0,8}?(?:[a-z]+\s+)*?"
    r"(?:spokeswoman|spokesman|spokesperson|secretary|adviser|advisor|director|"
    r"chief of staff|official|attorney|judge|president|senator|governor|mayor|"
    r"commissioner|chairman|agent|officer|minister|ambassador|leader))\s+$"
)
SINGLE_ORGS = frozenset({"Congress", "Senate", "Pentagon", "Parliament", "Kremlin",
                         "Interpol", "NATO", "Hamas", "Hezbollah", "Axios"})


@dc.dataclass(slots=True)
class _Candidate:
    span: Span
    words: list[str]
    sentence_start: bool
    kind: Kind | None = None
    title: str | None = None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _is_acronym(word: str) -> bool:
    return bool(ACRONYM_RE.match(word))


def _split_run(text: str, start: int, run: str) -> list[tuple[int, str]]:
    """Split a run at "and" unless it joins the halves of one organisation."""
    parts = []
    pos = 0
    for match in re.finditer(r" and ", run):
        left, right = run[pos : match.start()], run[match.end() :]
        right_words = right.split()
        left_words = [w for w in left.split() if w not in NOT_NAMES]
        joined = (
            len(left_words) == 1
            and bool(right_words)
            and right_words[-1].lower() in ORG_WORDS
            and left.strip() not in NOT_NAMES
        )
        if not joined:
            parts.append((start + pos, left))
            pos = match.end()
    parts.append((start + pos, run[pos:]))
    return parts


def _candidates(article: Article) -> list[_Candidate]:
    """Find name runs in every sentence, with titles split off."""
    text = article.text
    found: list[_Candidate] = []
    for sentence in article.sentences:
        block_kind = article.blocks[sentence.block].kind
        s_text = text[sentence.span.start : sentence.span.end]
        for match in RUN_RE.finditer(s_text):
            for offset, part in _split_run(text, match.start(), match.group()):
                cand = _make_candidate(article, sentence.span.start, offset, part,
                                       s_text, block_kind)
                if cand:
                    found.append(cand)
    return found


def _make_candidate(
    article: Article, base: int, offset: int, part: str, s_text: str,
    block_kind: BlockKind,
) -> _Candidate | None:
    words = part.split()
    # Strip trailing joiners ("of") and leading sentence words ("The", "At").
    while words and words[-1] in NAME_JOINERS:
        words.pop()
    lead = 0
    before = s_text[:offset].rstrip()
    at_start = not before or before[-1] in "“\"‘'(—–:" or block_kind is BlockKind.HEADLINE
    while words and (words[0] in NOT_NAMES or words[0] in NAME_JOINERS):
        is_the = words[0] == "The" and not at_start and len(words) > 1
        if is_the:
            break
        lead += len(words[0]) + 1
        words.pop(0)
        at_start = True
    if not words:
        return None
    start = base + offset + lead
    name = " ".join(words)
    end = start + len(name)
    if article.text[start:end] != name:  # runs never span newlines; be safe
        return None
    cand = _Candidate(Span(start, end), words, at_start)
    _classify(cand, article.text, s_text, base)
    return cand


def _classify(cand: _Candidate, text: str, s_text: str, base: int) -> None:
    words = cand.words
    lower = [w.lower().rstrip(".") for w in words]
    # A title inside the run: the name is what follows the last title word.
    title_at = max((i for i, w in enumerate(lower[:-1]) if w in TITLE_WORDS), default=-1)
    if title_at >= 0:
        name_words = words[title_at + 1 :]
        if not any(w.lower() in ORG_WORDS for w in name_words) and len(name_words) <= 3:
            title_words = words[: title_at + 1]
            while title_words and (title_words[0] in NOT_NAMES
                                   or title_words[0].endswith("ing")):
                title_words.pop(0)
            prefix = " ".join(title_words)
            name = " ".join(name_words)
            start = cand.span.end - len(name)
            cand.span = Span(start, cand.span.end)
            cand.words = name_words
            cand.kind = Kind.PERSON
            cand.title = prefix or None
            return
    name = " ".join(words)
    if name in PLACES or (words[0] in PLACES and len(words) == 1):
        return
    if any(w in THING_WORDS for w in lower):
        return
    if any(w in ORG_WORDS for w in lower):
        if len(words) > 1 or name in SINGLE_ORGS:
            cand.kind = Kind.ORGANIZATION
        return
    if len(words) == 1:
        if (_is_acronym(name) and name not in PLACES) or name in SINGLE_ORGS:
            cand.kind = Kind.ORGANIZATION
        return  # other single words are resolved in the second pass
    if words[0] == "The":
        cand.kind = Kind.ORGANIZATION  # "The Independent", "The New York Times"
        return
    if 2 <= len(words) <= 3 and all(not _is_acronym(w) for w in words):
        cand.kind = Kind.PERSON
        cand.title = _lower_title(text, cand.span.start)


def _lower_title(text: str, name_start: int) -> str | None:
    """Return a title phrase written just before a name, if there is one."""
    window = text[max(0, name_start - 80) : name_start]
    window = window.split("\n")[-1]
    match = LOWER_TITLE_RE.search(window)
    if not match:
        return None
    phrase = match.group(1).strip()
    # Start the phrase at its first capitalised word or title word.
    words = phrase.split()
    while words and not (words[0][0].isupper() or words[0].lower() in TITLE_WORDS):
        words.pop(0)
    return " ".join(words) or None


def _followed_by_speech(text: str, end: int) -> bool:
    following = text[end : end + 20].split()
    return bool(following) and following[0].strip(",.") in SPEECH_VERBS


def annotate_entities(article: Article) -> list[EntityMention]:
    """Return every person and organisation mention, canonicalised."""
    cands = _candidates(article)
    people: dict[str, str] = {}      # surname -> full name
    orgs: list[str] = []
    for cand in cands:
        name = " ".join(cand.words)
        if cand.kind is Kind.PERSON and len(cand.words) > 1:
            people.setdefault(cand.words[-1], name)
        elif cand.kind is Kind.ORGANIZATION and len(cand.words) > 1:
            orgs.append(name)
    by_initials = {_initials(o): o for o in orgs if len(_initials(o)) >= 2}
    by_first = {o.split()[0]: o for o in orgs if _is_acronym(o.split()[0])}
    mentions: list[EntityMention] = []
    seen: set[Span] = set()
    for cand in cands:
        name = " ".join(cand.words)
        kind, canonical = cand.kind, name
        if kind is Kind.PERSON and len(cand.words) == 1:
            canonical = people.get(name, name)
        elif kind is Kind.ORGANIZATION and _is_acronym(name):
            canonical = by_initials.get(name.replace(".", ""), by_first.get(name, name))
        elif kind is None and len(cand.words) == 1:
            if name in people:
                kind, canonical = Kind.PERSON, people[name]
            elif not cand.sentence_start and _followed_by_speech(
                article.text, cand.span.end
            ):
                kind = Kind.PERSON
        if kind is None or cand.span in seen:
            continue
        seen.add(cand.span)
        mentions.append(EntityMention(cand.span, kind, canonical, cand.title))
    return mentions
