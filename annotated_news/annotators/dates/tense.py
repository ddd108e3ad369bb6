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

from ..vocabulary.verbs import (
    BE_FORMS,
    HAVE_FORMS,
    IRREGULAR_PAST,
    MODALS,
    NEGATED_PAST,
    NOT_PAST_ED,
)
from .calendar import Tense

FUTURE_WORDS = frozenset(
    "will would shall must should can might won't wo gonna upcoming tomorrow next "
    "scheduled planned planning intends intend "
    # a forecast in the present looks ahead: "expects growth in Q3"
    "expects forecasts predicts anticipates".split()
)
# Participles of a plan, and the past auxiliaries that put them in the past.
PLANNED_WORDS = frozenset({"scheduled", "planned"})
PAST_AUXILIARIES = frozenset({"had", "was", "were", "been"})
# "going to", "due to", "expected to": "to" after one of these looks ahead.
TO_FUTURE = frozenset(
    "going due expected expects expect plan plans hope hopes aim aims set intend "
    "intends about is are was were".split()
)
# Verbs of a hope or a plan with an object before "to": "expected talks to".
EXPECT_WORDS = frozenset(
    "expect expects expected want wants wanted hope hopes hoped".split()
)
PAST_WORDS = (
    frozenset({"was", "were", "been", "did", "ago", "yesterday", "last"})
    | HAVE_FORMS
    | NEGATED_PAST
    | IRREGULAR_PAST
)
# "now" and "today" are times, not tenses ("will work between now and May").
PRESENT_WORDS = frozenset("is are am isn't aren't says does doesn't do don't".split())
# Auxiliaries that make the participle after them part of their own verb group:
# "will be named" is future, "is expected" present, though both end in -ed.
# Not "could" nor "cannot", as before the table was shared: a cue after them
# keeps its own tense.
AUXILIARIES = BE_FORMS | HAVE_FORMS | (MODALS - {"could", "cannot"}) | {"'ll"}

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
    if word in PLANNED_WORDS and any(w in PAST_AUXILIARIES for w in previous[-3:]):
        # "We had 40 people scheduled on Monday and eleven showed up": a plan
        # told in the past is no future ("set for", "scheduled for" still
        # are: `context.DEADLINE_RE`).
        return Tense.PAST
    if tense is Tense.FUTURE:
        return tense
    if tense is None:
        if word == "to" and previous[-1:] and previous[-1] in PLANNED_WORDS:
            # "was scheduled to speak Saturday", "had planned to launch it on
            # 20 March": a plan told in the past for a day on either side of
            # the telling; the nearer reading (`calendar.weekday_date`). "is
            # scheduled to meet", "he planned to visit" keep the plan's future.
            past = any(w in PAST_AUXILIARIES for w in previous[-4:-1])
            return Tense.PRESENT if past else None
        if word == "to":
            if previous and previous[-1] in TO_FUTURE:
                return Tense.FUTURE
            # "expected talks to continue", "wants the deal to close": a
            # hope or a plan for what an object will do looks ahead
            return Tense.FUTURE if EXPECT_WORDS & set(previous[-3:-1]) else None
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
