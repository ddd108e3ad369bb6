"""The tense of the clause around a temporal expression, from its words.

There is no parser here: the nearest tense cue before the expression decides
("pushed back ... Friday" is past, "will meet Friday" is future), because
news puts the verb before its time ("said Friday", "will vote on May 5").
This is what HeidelTime does with part-of-speech tags, reduced to words:
auxiliaries, modals, reporting verbs, irregular past forms and regular "-ed"
forms, one dictionary look-up per word.
"""

from __future__ import annotations

import re

from .calendar import Tense

FUTURE_WORDS = frozenset(
    "will would shall must should can might won't wo gonna upcoming tomorrow next "
    "scheduled planned planning intends intend".split()
)
# "going to", "due to", "expected to": "to" after one of these looks ahead.
TO_FUTURE = frozenset(
    "going due expected expects expect plan plans hope hopes aim aims set intend "
    "intends about is are was were".split()
)
PAST_WORDS = frozenset(
    """
was were had has have hasn't haven't hadn't did didn't been ago yesterday last
said told went came took made gave got began saw found left met ran won lost held
sold bought fell rose paid sent spent struck brought thought became knew grew drew
flew wrote spoke broke chose drove hit put led fled kept felt heard meant built
stood sought caught taught fought shot sat slid sank stole swore threw woke wore
overtook undertook withdrew quit
""".split()
)
# "now" and "today" are times, not tenses ("will work between now and May").
PRESENT_WORDS = frozenset("is are am isn't aren't says does doesn't do don't".split())
# Words in -ed that are not past forms.
NOT_PAST_ED = frozenset(
    "need speed seed feed hundred indeed proceed succeed exceed red bed shed wed "
    "united naked wicked sacred".split()
)
# Auxiliaries that make the participle after them part of their own verb group:
# "will be named" is future, "is expected" present, though both end in -ed.
AUXILIARIES = frozenset(
    "will would shall must should can might may 'll is are am be being been was "
    "were has have had".split()
)

TOKEN_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|['’]ll|[;:—–“”\"()]|''|``|\s-\s")
BREAKS = frozenset(';:—–“”"()') | {"''", "``"}


# One look-up per word for the fixed cues.
CUES = {
    **dict.fromkeys(PAST_WORDS, Tense.PAST),
    **dict.fromkeys(PRESENT_WORDS, Tense.PRESENT),
    **dict.fromkeys(FUTURE_WORDS, Tense.FUTURE),
}


def _cue(word: str, previous: list[str]) -> Tense | None:
    """The tense a word signals, given the (lower-case) words before it."""
    tense = CUES.get(word)
    if tense is Tense.FUTURE:
        return tense
    if tense is None:
        if word == "to":
            return Tense.FUTURE if previous and previous[-1] in TO_FUTURE else None
        if word.endswith(("'ll", "’ll")):
            return Tense.FUTURE
        if len(word) > 4 and word.endswith("ed") and word not in NOT_PAST_ED:
            tense = Tense.PAST
        else:
            return None
    if word not in AUXILIARIES and any(w in AUXILIARIES for w in previous[-3:]):
        return None  # the auxiliary before it already gave the group's tense
    return tense


# How far (characters) before and after an expression its tense cue is looked for:
# a clause rarely runs longer, and a sentence may (TBAQ: no loss beyond 250).
LOOK_BACK = 250
LOOK_AHEAD = 100


class ClauseTenses:
    """Tense cues around expressions of one sentence."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end

    def tense_at(self, start: int, end: int) -> Tense:
        """The tense of the nearest cue before the expression in its clause.

        Only when nothing before it gives a tense does the nearest cue after
        it count ("Friday, the company said").
        """
        found: Tense | None = None
        before_next: Tense | None = None
        previous: list[str] = []
        for m in TOKEN_RE.finditer(
            self.text, max(self.start, start - LOOK_BACK), start
        ):
            token = m.group()
            if token in BREAKS or token.strip() == "-":
                found, previous = None, []  # a cue before a clause break is not ours
                continue
            word = token.lower().replace("’", "'")
            if word == "to" and previous[-1:] == ["next"]:
                found = before_next  # "next to the embassy" is a place, not a tense
            tense = Tense.FUTURE if token == "may" else _cue(word, previous)
            if word == "next":
                before_next = found
            if tense is not None:
                found = tense
            previous.append(word)
        if found is not None:
            return found
        previous = []
        for m in TOKEN_RE.finditer(self.text, end, min(self.end, end + LOOK_AHEAD)):
            token = m.group()
            if token in BREAKS or token.strip() == "-":
                break
            word = token.lower().replace("’", "'")
            tense = Tense.FUTURE if token == "may" else _cue(word, previous)
            if tense is not None:
                return tense
            previous.append(word)
        return Tense.NONE
