"""Join short forms to the full names of the same article.

- A single word that is the surname of a person named in full ("Miller",
  "Mr. Lew") is that person. When two people share it (Bill and Hillary
  Clinton), an honorific's gender ("Mrs. Clinton") decides, else the one
  named in full most recently before it.
- A single unknown word followed by a speech verb ("Brafman said"), or after
  an honorific ("Mr. Morris"), is a person known by that name alone.
- An acronym is the organisation whose initials it spells ("DHS" →
  Department of Homeland Security), or whose name it starts ("NBC" → NBC
  News), or the one it follows in parentheses ("Associated Press (AP)").
"""

from __future__ import annotations

import bisect
import re

from ...model import Kind
from ..gender import first_name_gender
from ..lexicon import NOT_PERSON_WORDS, ORG_WORDS, PLACES, SPEECH_VERBS
from ..vocabulary.honorifics import HONORIFIC_GENDER
from .classify import Name, is_acronym

FOLLOWING_RE = re.compile(r"[ ,]*(?:[a-z]+ly[ ])?([a-z]+)")
PRECEDING_RE = re.compile(r"([a-z]+)[ ]+$")


def initials(words: list[str]) -> str:
    """The initials of the capitalised words ("Department of Homeland Security" → DHS)."""
    return "".join(w[0] for w in words if w[0].isupper() and w != "The")


class Joiner:
    """Full names of one article, for short forms to join."""

    def __init__(self, names: list[Name], text: str) -> None:
        self.text = text
        self.people: dict[str, list[tuple[int, str]]] = {}
        self.orgs_by_initials: dict[str, str] = {}
        self.orgs_by_first: dict[str, str] = {}
        for name in names:
            if name.kind is Kind.PERSON and len(name.words) > 1:
                full = " ".join(name.words)
                surname = name.words[-1].removesuffix("’s").removesuffix("'s")
                if surname in ("Jr.", "Sr.") and len(name.words) > 2:
                    surname = name.words[-2]
                self.people.setdefault(surname, []).append((name.span.start, full))
            elif name.kind is Kind.ORGANIZATION and len(name.words) > 1:
                full = " ".join(name.words)
                letters = initials(name.words)
                if len(letters) >= 2:
                    self.orgs_by_initials.setdefault(letters, full)
                if is_acronym(name.words[0]):
                    self.orgs_by_first.setdefault(name.words[0], full)

    def person(self, surname: str, at: int, honorific: str | None) -> str | None:
        """The full name of the person with this surname (see the module docstring)."""
        known = self.people.get(surname)
        if not known:
            return None
        if len({full for _, full in known}) == 1:
            return known[0][1]
        want = HONORIFIC_GENDER.get((honorific or "").lower().rstrip("."))
        if want:
            matching = [
                (s, f) for s, f in known if first_name_gender(f.split()[0]) == want
            ]
            known = matching or known
        i = bisect.bisect_right([s for s, _ in known], at) - 1
        return known[max(i, 0)][1]

    def organisation(self, acronym: str, at: int) -> str:
        bare = acronym.replace(".", "").removesuffix("s")
        found = self.orgs_by_initials.get(bare) or self.orgs_by_first.get(acronym)
        return found or acronym

    def followed_by_speech(self, end: int) -> bool:
        return followed_by_speech(self.text, end)


def preceded_by_speech(text: str, start: int) -> bool:
    """A speech verb stands right before a name ("said Tad Devine")."""
    match = PRECEDING_RE.search(text, max(0, start - 20), start)
    return match is not None and match.group(1) in SPEECH_VERBS


def followed_by_speech(text: str, end: int) -> bool:
    """Whether a speech verb follows a name ("Brafman said").

    Only the next word is read, after an adverb: "Jackson, a spokeswoman,
    said" is not seen.
    """
    match = FOLLOWING_RE.match(text, end, end + 30)
    return match is not None and match.group(1) in SPEECH_VERBS


def resolve_single(name: Name, joiner: Joiner) -> tuple[Kind, str] | None:
    """Kind and canonical name of a one-word name, or None if it names no one."""
    word = name.words[0]
    if name.kind is Kind.ORGANIZATION:
        if is_acronym(word):
            return Kind.ORGANIZATION, joiner.organisation(word, name.span.start)
        return Kind.ORGANIZATION, word
    full = joiner.person(word, name.span.start, name.honorific)
    if full:
        return Kind.PERSON, full
    if word in PLACES or word in NOT_PERSON_WORDS or word.lower() in ORG_WORDS:
        return None
    if name.kind is Kind.PERSON or joiner.followed_by_speech(name.span.end):
        return Kind.PERSON, word
    return None
