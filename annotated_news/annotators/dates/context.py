"""What a rule may ask about the place it matched: anchor, tense, neighbours."""

from __future__ import annotations

import dataclasses as dc
import datetime as dt
import re

from ...model import Span
from ..entities.runs import is_title_case
from .calendar import Tense
from .temporal import TemporalKind
from .tense import ClauseTenses

WORD_BEFORE_RE = re.compile(r"([\w'’.$#-]+)\W*$")
# Deictic words that prose writes in lower case: capitalised after a
# possessive ("ITV1's This Morning"), they open a programme's name.
PROGRAMME_OPENER_RE = re.compile(r"(?:This|Today|Tonight|Next|Last)\b")
WORD_AFTER_RE = re.compile(r"\W*([\w'’-]+)")
# A deadline put off or granted "until" a day: "postponed until Tuesday
# morning", "has until Friday", "extended its deadline until 9 a.m. Tuesday".
# The day is still to come, whatever the tense of the verb that set it.
DEADLINE_RE = re.compile(
    r"\b(?:postpon\w*|delay\w*|defer\w*|extend\w*|adjourn\w*|suspend\w*|deadlines?"
    r"|given|gave|give|gives|granted|grants?|has|have|had|put[ ]off|pushed[ ]back"
    r"|wait\w*)\b[^.;:!?]{0,60}\b(?:until|till)[ ]$"
    # "The deadline is 2100 BST on Tuesday", "a deadline of Friday": a
    # deadline told in the present is still to come.
    r"|\bdeadline[ ](?:is|falls|of)[ ](?:[^.;:!?]{0,30}[ ])?(?:on[ ])?$"
    # "set a hearing for Thursday", "the vote was scheduled for Monday": a
    # day something is put down for is still to come.
    r"|\b(?:schedul\w*|reschedul\w*|slated|set|planned|booked)\b"
    r"[^.;:!?]{0,40}[ ]for[ ]$",
    re.IGNORECASE,
)
# A schedule told in the present right before its day: "the rule takes effect
# Monday", "the strike begins Tuesday", "the trial opens on Monday", "the
# truce starts at 0001 on Saturday", "voting begins at 7 a.m. Tuesday", "talks
# resume at 1600 GMT on Friday", "the council meets Tuesday", "the festival
# runs from Friday". News
# writes what already happened in the past tense, so the day is still ahead.
SCHEDULE_RE = re.compile(
    r"\b(?:(?:takes?|goes|go)[ ]effect|(?:goes|go)[ ]into[ ]effect"
    # "start", "open", "close", "end" alone are left out: nouns as often ("a
    # rocky start Monday", "a record close on Wednesday", "the Australian Open
    # on Monday").
    r"|(?:comes?)[ ]into[ ]force|begins?|starts|opens|ends|expires?|resumes?"
    r"|reopens?|kicks?[ ]off|runs?[ ]out|closes|convenes?|reconvenes?|meets?"
    r"|runs?[ ]from)"
    # "the senators return to Washington on Monday": where, then the day
    r"(?:[ ](?:to|in|at)[ ][A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*)?)?"
    r"(?:[ ]at(?:[ ][\d:.]+(?:[ ]?[ap]\.?m\.?|[ ][A-Z]{2,4}|[ ]local[ ]time)?)?)?"
    r"(?:[ ]on)?[ ]$",
    re.IGNORECASE,
)

# A day that something was done ahead of: "ahead of Sunday's final", "in the
# run-up to the vote on Tuesday". The clause's tense tells when the preparing
# was, not the day: the nearer such day is meant, on either side. Not "well
# ahead of Friday's final 71.8" (higher than), nor after "had" ("economists
# had forecast ahead of Friday's announcement": both past).
AHEAD_OF_RE = re.compile(
    r"(?<![\d%][ ])(?<!\bwell[ ])(?<!\bfar[ ])(?<!\bjust[ ])(?<!\bway[ ])"
    r"(?<!\bslightly[ ])"
    r"\b(?:ahead[ ]of|in[ ]the[ ](?:run|lead)-?up[ ]to|in[ ]advance[ ]of)[ ]"
    r"(?:the[ ](?:[a-z-]+[ ]){1,3}(?:on[ ])?)?$",
    re.IGNORECASE,
)

HAD_RE = re.compile(r"\bhad[ ](?:\w+[ ]){1,2}$", re.IGNORECASE)


@dc.dataclass(frozen=True, slots=True)
class Found:
    """What a rule resolved a match to (the tagger adds the span)."""

    kind: TemporalKind
    value: str
    modifier: str | None = None
    relative: bool = False
    shown: bool = True
    """False when the calendar value rests on a guess (see `Temporal.shown`)."""
    reaches: str | None = None
    """The date an amount of time reaches from the narrative's last date (see
    `Temporal.reaches`)."""


@dc.dataclass(slots=True)
class Reference:
    """The last calendar date of the text, for "the next day", "that year"."""

    day: dt.date
    grain: str
    """"D", "W", "M" or "Y": how much of `day` the text gave (a week: its Monday)."""
    at: int = -1
    """Where the expression that gave it starts in the text."""


@dc.dataclass(slots=True)
class Context:
    """The surroundings of one match, handed to its rule."""

    text: str
    published: dt.date
    sentence: Span
    tenses: ClauseTenses
    start: int
    end: int
    reference: Reference | None

    def tense(self) -> Tense:
        """The tense of the clause the match is in."""
        return self.tenses.tense_at(self.start, self.end)

    def day_tense(self) -> Tense:
        """The tense of a day named without a date ("Friday").

        A deadline ("has until Friday") or a schedule in the present ("takes
        effect Monday") is ahead.
        """
        if self.scheduled():
            return Tense.FUTURE
        if self.ahead_of():
            return Tense.PRESENT  # the nearer day (`calendar.weekday_date`)
        return self.tense()

    def scheduled(self) -> bool:
        """Whether the match is a day a deadline or a schedule told in the present names.

        "has until Friday", "takes effect on Jan. 1", "which begins on 11
        June": still to come, whatever the tense.
        """
        return bool(
            DEADLINE_RE.search(self.before(90)) or SCHEDULE_RE.search(self.before(40))
        )

    def ahead_of(self) -> bool:
        """Whether the match is a day something was done ahead of (`AHEAD_OF_RE`)."""
        before = self.before(60)
        low = before.lower()
        if "ahead" not in low and "up to" not in low and "advance" not in low:
            return False  # most days: no need to try the pattern at every place
        m = AHEAD_OF_RE.search(before)
        return bool(m and not HAD_RE.search(before, 0, m.start()))

    def before(self, width: int = 40) -> str:
        """Up to `width` characters of the sentence before the match."""
        return self.text[max(self.sentence.start, self.start - width) : self.start]

    def after(self, width: int = 40) -> str:
        """Up to `width` characters of the sentence after the match."""
        return self.text[self.end : min(self.sentence.end, self.end + width)]

    def word_before(self) -> str:
        """The word before the match, lower-case ("" at the sentence start)."""
        m = WORD_BEFORE_RE.search(self.before(30))
        return m[1].lower() if m else ""

    def word_after(self) -> str:
        """The word after the match, as written ("" at the sentence end)."""
        m = WORD_AFTER_RE.match(self.after(30))
        return m[1] if m else ""

    def at_sentence_start(self) -> bool:
        """Whether only quotation marks or brackets precede the match in its sentence."""
        return not self.text[self.sentence.start : self.start].strip(" \t\"'“‘`(")

    def in_title(self) -> bool:
        """Whether the match is capitalised inside a name ("USA Today", ABC's "This Week").

        A capitalised word that does not open its sentence, after another
        capitalised word or a quotation mark, is part of a title or a name.
        """
        if self.at_sentence_start() or not self.text[self.start].isupper():
            return False
        before = self.before(30).rstrip()
        if before.endswith(("“", '"', "``", "‘")):
            return True
        m = WORD_BEFORE_RE.search(before)
        if (
            m
            and m[1].endswith(("'s", "’s"))
            and PROGRAMME_OPENER_RE.match(self.text, self.start)
            and not is_title_case(self.text[self.sentence.start : self.sentence.end])
        ):
            return True  # "ITV1's This Morning", "Radio 4's Today": a programme
        if not m or not m[1][:1].isupper() or m[1].endswith(("'s", "’s")):
            return False
        # "In January": a capitalised word that opens the sentence says nothing.
        opening = self.text[self.sentence.start : self.start - len(m[0])]
        if not opening.strip(" \t\"'“‘`("):
            return False
        # Nor does one in a headline in Title Case ("ICE Arrests Surge This
        # Week"), unless an acronym names it there too ("USA Today").
        if is_title_case(self.text[self.sentence.start : self.sentence.end]):
            return len(m[1]) > 1 and m[1].isupper()
        return True

    def anchor(self) -> dt.date:
        """The day relative expressions of the narrative count from."""
        return self.reference.day if self.reference else self.published
