"""The scanner: reads the figures of one sentence, candidate by candidate.

Where a figure may start is found in one pass over the article
(`numbers.CANDIDATE_RE`); the scanner reads each candidate of a sentence
with the readers of `READERS` (vague amounts, multipliers, numbers), and a
number by trying the rules of `rules.RULES` in order.

Every look-up is bounded: a number is read from a window of the text, the
words around it from a few words either side, and dates and phone numbers
from sorted spans, so that a long article or paragraph stays linear.
"""

from __future__ import annotations

import bisect
import dataclasses as dc
import re
from collections.abc import Iterable

from ...model import Figure, Span
from ..numbers import NUMBER_RE, NumberAt, read_number
from ..units import (
    CURRENCIES,
    MEASURE_UNITS,
    currency_before,
    unit_of,
)
from ..vocabulary.number_words import (
    A_ONE_UNIT_WORDS,
    MULTIPLIER_WORDS,
    VAGUE_SCALE_WORDS,
)
from ..vocabulary.people_nouns import PEOPLE_NOUNS
from ..vocabulary.verbs import IRREGULAR_PAST, OPPOSITE_VERBS
from .context import (
    ELLIPSIS_BEFORE_RE,
    FROM_BEFORE_RE,
    OWN_VERB,
    OWN_VERB_NEXT_RE,
    OWN_VERB_RE,
    OWN_VERBS,
    STOP,
    after_number,
    counted_noun,
    is_measure,
    is_plural,
    qualifier_before,
)
from .exclusions import NEXT_NUMBER_RE, in_idiom
from .ranges import CHANGE_BEFORE_RE
from .reading import Reading
from .rules import RULES

# "half as likely", "half as many": a multiplier below one (0.5 times);
# "half" alone is a fraction, read by `number_at`.
MULTIPLIERS = {**MULTIPLIER_WORDS, "half": 0.5}
# A multiplier is a figure when it compares: "triple the number", "double
# that", "twice as many", a verb ("tripled the budget", "arrests doubled"), a
# "-fold" word ("a threefold rise"). Not "doubled down", not "scored twice", not "scored
# twice as the team won" ("as" then a clause: its subject, not an adjective).
_MODALS = ("to", "will", "would", "could", "can", "may", "might", "should", "must")
# Fixed-width look-behinds, one per word: the modal, maybe "nearly"/"almost".
# What follows a figure and a bare number that says the same measure again
# for another place or time: "8% in Austin, 6 in Dallas".
FRAME_NEXT_RE = re.compile(r"[ ](in|on|for|at|among)[ ][\w’'-]+")
NUMBER_FRAME_RE = re.compile(r"\d[\d.,]*[ ](in|on|for|at|among)[ ][\w’'-]+")
# The unit of a multiplier ("tripled", "twice as many", "three times as").
MULTIPLIER = "times"
_AFTER_MODAL = "(?:{})".format(
    "|".join(
        f"(?<=\\b{m}[ ]{adverb})"
        for m in _MODALS
        for adverb in ("", "nearly[ ]", "almost[ ]", "more[ ]than[ ]")
    )
)
MULTIPLIER_RE = re.compile(
    r"(?:double|triple|quadruple|twice|thrice)\b(?=[ ]the\b)"
    # "double that", "triple those of 2024", "twice what it paid"; not the
    # noun, "a double that scored two runs".
    r"|(?<!\ba[ ])(?<!\bthe[ ])(?:double|triple|quadruple|twice|thrice)\b"
    r"(?=[ ](?:that|those|what)\b)"
    # "more than triple its current budget", "double their pay".
    r"|(?<!\ba[ ])(?<!\bthe[ ])(?:double|triple|quadruple|twice|thrice)\b"
    r"(?=[ ](?:its|their|his|her|our|your|my)\b)"
    r"|(?:twice|thrice|half)[ ]as(?:[ ](?:many|much)\b"
    r"|(?=[ ](?!(?:the|a|an|he|she|it|they|we|you|i|his|her|its|their|our|my|your"
    r"|this|that|these|those|there|if|though|well|soon)\b)(?-i:[a-z])))"
    r"|(?:doubl|tripl|trebl|quadrupl)(?:ed|ing)\b(?![ ](?:down|up|over)\b)"
    # The verb in the present before its object: "triples its budget",
    # "doubles the fine"; not the nouns, "won the doubles", "the women's
    # doubles", "two triples".
    r"|(?<!\bthe[ ])(?<!\bmixed[ ])(?<!['’]s[ ])"
    r"(?:doubles|triples|trebles|quadruples)\b"
    r"(?=[ ](?:the|its|their|his|her|our|your|my)\b)"
    # The verb after a modal or "to": "could nearly triple", "hopes to
    # double"; not "a double standard", not "to double down".
    rf"|{_AFTER_MODAL}(?:double|triple|treble|quadruple)\b(?![ ](?:down|up|over)\b|-)"
    r"|(?:two|three|four|five|six|ten|hundred)fold\b",
    re.IGNORECASE,
)
MULTIPLIER_QUALIFIER_RE = re.compile(
    r"\b(approximately|about|nearly|almost|roughly|more than|at least|over|well over"
    r"|less than)[ ]$",
    re.IGNORECASE,
)
# Words that start a number before the word found as a candidate.
LEAD_RE = re.compile(
    r"\b(?:a|an|half|quarter|minus|negative|half a)[ -]$", re.IGNORECASE
)
# "thousands of", "tens of thousands of": a range of one order of magnitude.
VAGUE_RE = re.compile(
    r"(?:(?P<many>tens|hundreds)[ ]of[ ])?"
    r"(?P<scale>dozens|hundreds|thousands|millions|billions)[ ]of(?=[ ])",
    re.IGNORECASE,
)
VAGUE_SCALES = VAGUE_SCALE_WORDS
# "a foot of snow", "an inch": one unit of measure (`Scanner.one_unit`).
A_ONE_UNIT_RE = re.compile(
    rf"an?[ ](?P<unit>{'|'.join(sorted(A_ONE_UNIT_WORDS, key=len, reverse=True))})\b"
    r"(?!-)",
    re.IGNORECASE,
)
OF_AFTER_RE = re.compile(r"[ ]of[ ]")
A_BEFORE_RE = re.compile(r"\ban?[ ]$", re.IGNORECASE)
OR_TO_BEFORE_RE = re.compile(r"\w[ ](?:or|to)[ ]$")
# Words that compare a level with another: "up from", "compared with".
# A change right after a level, of the same measure: "£2,380 a month, up £190".
# Also a noun of change: "41 seats, a gain of 23", "9,800 members, a net loss
# of 300".
_CHANGE_AFTER_LEVEL = (
    r",[ ](?:(?:up|down)(?:[ ]by)?|an?[ ](?:net[ ])?(?:gain|loss|rise|fall|increase"
    r"|decrease|drop|jump|cut|reduction)[ ]of"
    # and an average of the count: "52,000 flights, an average of 1,730 a day"
    r"|an[ ]average[ ]of)[ ]"
)
CHANGE_AFTER_LEVEL_RE = re.compile(_CHANGE_AFTER_LEVEL + "$")
# The same after a short phrase of place or time: "325 seats in Thursday's
# election, down 19", "4,000 cars in May, up 300".
CHANGE_AFTER_PHRASE_RE = re.compile(
    r"(?:[ ](?:in|at|on|for|during|across|last|this)(?:[ ][\w'’-]+){1,3})?"
    + _CHANGE_AFTER_LEVEL
)
COMPARED_BEFORE_RE = re.compile(
    r"\b(?:from|compared[ ](?:with|to)|versus|vs\.?|against)[ ]$", re.IGNORECASE
)
TOTAL_AFTER_RE = re.compile(r"[ ](?:in[ ]total|in[ ]all|overall|altogether)\b")
# What ends the clause of a figure: a noun it counts is not carried past it.
TO_BEFORE_RE = re.compile(r"\bto[ ]$")
# A change: "rose by 500", "fell by about 1.2 million".
BY_BEFORE_RE = re.compile(
    r"\bby[ ](?:about[ ]|some[ ]|nearly[ ]|almost[ ]|around[ ])?$"
)
# A running total brought to a level counts what was just counted: "delivered
# 67 jets in September, bringing its total to 497", "killed 12 people,
# bringing the death toll to 45", "bought 20 jets, taking its fleet to 362",
# "hired 300 staff, taking its workforce to 5,100".
TOTAL_TO_BEFORE_RE = re.compile(
    r"\b(total|tally|toll|count|number|fleet|workforce|headcount|haul|estate"
    r"|network|portfolio|collection|capacity|staff|payroll|membership)(?:[ ]for[ ]the[ ](?:year|month|week|season)"
    r"|[ ]so[ ]far(?:[ ]this[ ]year)?|[ ]this[ ](?:year|month|week|season))?[ ]to[ ]$",
    re.IGNORECASE,
)
# Totals of people: they take the last count of people (`PEOPLE_NOUNS`).
PEOPLE_TOTALS = frozenset({"workforce", "headcount", "staff", "payroll", "membership"})
CLAUSE_BREAK_RE = re.compile(
    r"[;:()—–]|[ ]-[ ]|\b(?:while|but|whereas|although|though|because|unless)\b",
    re.IGNORECASE,
)
# A figure that is the subject of its own verb, then ", and": the clause
# ends there ("1,300 agents were deployed, and nearly 500 were detained":
# 500 counts nothing said).
# An irregular past form is such a verb too ("1,300 agents took part, and
# nearly 500 were detained"); not the tense words that are no verbs ("1,300
# agents last year, and 500 this year" still counts agents).
OWN_CLAUSE_END_RE = re.compile(
    rf"[ ](?:{'|'.join(OWN_VERBS)})[ ][^,;]*,[ ](?:and|but|so|yet)[ ]"
)
# When the number has a verb of its own too, a regular past is such a verb
# of the figure as well: "Some 4 million people voted, and 300 were turned
# away" (300 counts nothing said; but "300 people died in May, and 200 in
# June" counts people: 200 has no verb). Without the comma "and" joins
# what may be one subject's two verbs ("191 people were killed and 2,000
# injured"), and a comma alone a list, so neither ends the clause.
VERB_CLAUSE_END_RE = re.compile(
    rf"[ ]{OWN_VERB}(?:[ ][^,;]*)?,[ ](?:and|but|so|yet)[ ]"
)

# Between two counts, what makes the second a load of the first: "4 flights
# carrying 700 people", "two buses with 80 pupils" (`Scanner._head_count`).
CARRIED_COUNT_GAP_RE = re.compile(
    r"[ ](?:carrying|holding|containing|transporting|housing|sheltering|serving"
    r"|employing|with)[ ]"
    r"(?:(?:about|some|nearly|almost|around|more[ ]than|up[ ]to)[ ])?"
)
# The end of the words between a count and a bare number of a new clause:
# "…, while ", "…; ", "…, but the " (`Scanner.count_across_clause`).
# A verb right before a bare number, maybe past a qualifier: "won 121",
# "took about 40" (`Scanner.same_verb_count`).
SAME_VERB_BEFORE_RE = re.compile(
    r"\b(?P<v>[a-z]{2,})[ ](?:(?:about|around|some|nearly|almost|only|just|over"
    r"|more[ ]than|fewer[ ]than|less[ ]than|at[ ]least|at[ ]most|another)[ ])?$"
)
# After a count, a new subject of up to four words and its verb: ", while
# the Conservatives ", " and Chelsea ", "; Reform UK ".
SUBJECT_GAP_RE = re.compile(
    r"(?:[ ][^ ,;]+){0,6}?(?:,?[ ](?:and|while|whereas|but)|,|;)[ ]"
    r"(?:the[ ](?:[a-z][\w-]*[ ]){1,3}|(?:the[ ])?(?:[A-Z][\w’'.&-]*[ ]){1,4}"
    r"|(?:he|she|it|they|we)[ ])"
)
# Verbs of winning a count: "won 72 seats and Reform took 5".
WIN_VERBS = frozenset("won took secured claimed captured gained got grabbed".split())
BE_VERBS = frozenset("is are was were be been being".split())
CLAUSE_OPENER_END_RE = re.compile(
    r"(?:,?[ ](?:while|whereas|but|yet)|;)[ ](?:the[ ])?$", re.IGNORECASE
)
# A period that frames a count rather than being a level: "attended over
# three days", "in 26 weeks" (`Scanner._time_frame`).
FRAME_TIME_UNITS = frozenset({"hours", "days", "weeks", "months", "years"})
TIME_FRAME_BEFORE_RE = re.compile(
    r"\b(?:over|in|for|during|within|across)"
    # "for the first two months", "in the past three years"
    r"(?:[ ]the(?:[ ](?:first|last|past|next|previous|final|latest|coming))?)?[ ]$",
    re.IGNORECASE,
)
# A verb after "and", "but", "while" or a comma, right before a bare number,
# and the verb right before a count ("opened 12 stores … and closed 8").
OPPOSITE_VERB_BEFORE_RE = re.compile(
    r"(?:\b(?:and|but|while)|,)[ ]([a-z]+)[ ](?:(?:about|some|nearly|almost|another"
    r"|over|more[ ]than|only|just)[ ])?$"
)
VERB_BEFORE_COUNT_RE = re.compile(r"\b([a-z]+)[ ](?:(?:a[ ]further|another)[ ])?$")
# A part right before a total: "531 of the " (`Scanner.total_of_part`).
PART_BEFORE_TOTAL_RE = re.compile(r"\d[ ]of[ ](?:the[ ])?$")
# "to Vance's ", "to Rafael Nadal's ": a rival's number set against a count.
# A span of time written as an adjective: "six-month", "10-year".
TIME_ADJECTIVE_RE = re.compile(r"-(?:year|month|week|day|hour|minute|second)$")
# "to Vance's 202", also a plural's possessive: "to the Lib Dems' 24".
RIVAL_BEFORE_RE = re.compile(
    r"\bto[ ](?:the[ ])?(?:[A-Z][\w.-]*[ ]){0,2}[A-Z][\w.-]*(?:['’]s|s['’])[ ]$"
)
# The nouns carried across a clause (`Scanner.count_across_clause`): those
# true of any group of persons.
ACROSS_CLAUSE_NOUNS = frozenset({"people"})
# A word in lower case after a number, not one that says what it counts or
# measures ("of", "per"): the verb of a number that opens its clause.
LOWER_WORD_NEXT_RE = re.compile(r"[ ](?!(?:of|per|percent|in|to|from|and|or)\b)[a-z]")
# A relative clause set off by commas, open before a figure: the figure is
# no part of the clause around it ("Flights, which cost $17,000 an hour,
# rose to 42 a week": flights, not dollars).
RELATIVE_OPEN_RE = re.compile(r",[ ](?:which|who|whose|whom|where)\b[^,;]*$")
# After a comma, words that go on within the relative clause rather than
# close it: "which earned $3.28 billion in 1986, up from 2.51 billion".
CLAUSE_GOES_ON_RE = re.compile(
    r",[ ](?:up|down|from|compared|against|versus|vs|or|and|including|than|a|an|"
    r"each|apiece|plus|minus)\b",
    re.IGNORECASE,
)
# "555-123-4567", "+1 (222) 333-4444"; "0845 8 505 505", "0800 555 111": a
# number with a leading zero followed by more groups is a phone number, but
# not the later groups of a number grouped with spaces ("1 000 000").
PHONE_RE = re.compile(
    r"(?=[+(\d])(?:(?<![\d,.])(?<!\d[ \u00a0\u202f\u2009])"
    r"(?:\+\d{1,3}[ .-]?)?\(?0\d{2,4}\)?(?:[ .-]\d{1,4}){1,3}(?!\d)"
    r"|\+?\(?\d{1,3}\)?[ .-]\d{3,4}[ .-]\d{4}\b)"
)


# A level reached ("to 1,204.5") or a change said again in another measure
# (", or 0.4%"), which a parallel change looks past for the change itself.
# An index's points, a measure of its change as a unit is ("the Dow fell
# 120 points while the S&P fell 12.5").
CHANGE_POINTS = frozenset({"points", "basis points"})
LEVEL_OR_AGAIN_BEFORE_RE = re.compile(r"(?:\bto|,[ ]or|[(])[ ]?$")


@dc.dataclass(frozen=True, slots=True)
class Decision:
    """What the rules decided about one candidate (for `make eval`)."""

    number: Span
    """Where the number (or vague amount, or multiplier) is written."""
    figure: Figure | None
    """The figure made of it, or None when a rule ruled it out."""
    rule: str
    """The exclusion that ruled it out, or the reader that made the figure
    ("number", "vague-amount", "multiplier")."""
    attached: tuple[str, ...] = ()
    """The attachers that gave the figure a part, in order."""
    value: float | None = None
    """The number's value as read (also for a number ruled out)."""
    unit_rule: str | None = None
    """The attacher (or pair rule) that gave the figure its unit, if any."""


class SpanSet:
    """Spans (start, end) that say in O(log n) whether a stretch overlaps one.

    Figures skip numbers inside dates and phone numbers; scanning every date
    for every number would be quadratic in a long article.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.max_ends: list[int] = []
        """The largest end among the spans up to each index."""
        top = -1
        for _, b in ordered:
            top = max(top, b)
            self.max_ends.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span overlaps `start`..`end`."""
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.max_ends[i] > start


def low_of(m: re.Match[str]) -> float:
    """The low end of a vague amount matched by `VAGUE_RE` ("tens of thousands")."""
    low = VAGUE_SCALES[m.group("scale").lower()]
    if m.group("many"):
        low *= VAGUE_SCALES[m.group("many").lower()]
    return low


def _minus_before(text: str, start: int) -> bool:
    """Whether a minus sign is glued before the digits at `start` ("-5", "$-50.8bn").

    An en dash glued to the digits after a space is a minus too ("fell to
    –5C"; between two numbers, "5–10", it joins a range).
    """
    if start < 1 or text[start - 1] not in "-−–":
        return False
    return start == 1 or text[start - 2] in " ($€£=<>"


# Words of a verb group and its time: "had been arrested", "were later
# freed", "were detained last week".
VERB_GROUP_WORD_RE = re.compile(
    rf"(?:{'|'.join(OWN_VERBS)}|not|also|later|since|already|then|[a-z]+(?:ed|en|ly)"
    r"|last|this|next|week|weekend|month|year|yesterday|today|overnight)"
)


def _verbs_only(gap: str) -> bool:
    """Whether a gap holds only a verb group, no noun: "had been arrested".

    "63 people had been arrested, of whom 41" counts people: "whom" is the
    subject the verb is told of. An empty gap is one too ("120 beds, of
    which 90").
    """
    return all(VERB_GROUP_WORD_RE.fullmatch(w) for w in gap.split())


def _like_size(a: float, b: float) -> bool:
    """Whether two values are within a factor of 1,000 of each other."""
    if a == 0 or b == 0:
        return True
    return 1 / 1000 <= abs(a / b) <= 1000


# A plural after a possessive written between a count and ", from": what the
# levels after "from" count ("offices to triple their daily arrests, from");
# not after "the" ("sent 25 officers to the cities, from 12": officers).
GAP_PLURAL_RE = re.compile(
    r"\b(?:their|its|his|her|our)[ ](?:[a-z]+[ ]){0,2}?([a-z]+s)\b"
)


def _object_plural(gap: str) -> str:
    """The last plural after a possessive in `gap` that counts things, or ""."""
    found = [
        m.group(1)
        for m in GAP_PLURAL_RE.finditer(gap)
        if is_plural(m.group(1)) and not is_measure(m.group(1))
    ]
    return found[-1] if found and gap.rstrip().endswith(",") else ""


def _head(unit: str) -> str:
    """What a later bare number of the sentence counts: the head of a noun.

    Two plurals joined by "and" or "or" are one head: "480,000 homes and
    businesses …, down from a peak of 730,000" counts homes and businesses
    ("current and former sources" has one, sources).
    """
    if is_measure(unit) or " per " in unit:
        return unit
    words = unit.split()
    for i in range(len(words) - 2, 0, -1):
        if words[i] in ("and", "or") and is_plural(words[i - 1]):
            return " ".join(words[i - 1 :])
    return words[-1]


def _verb_like(word: str) -> bool:
    """Whether a word before a count may be its verb: "won", "has", "employs"."""
    if word in WIN_VERBS or word in IRREGULAR_PAST or word in ("has", "have", "had"):
        return True
    return word.endswith(("s", "ed")) and word not in STOP


class Scanner:
    """Finds the figures of one sentence."""

    def __init__(
        self,
        text: str,
        base: int,
        dates: SpanSet,
        trace: list[Decision] | None = None,
        counted: dict[float, set[str]] | None = None,
    ) -> None:
        self.text = text
        self.base = base
        self.dates = dates
        """Dates of the whole article, in article offsets."""
        self.counted = counted if counted is not None else {}
        """The heads of the counted nouns the article gave each number so far
        (`attachers.same_number`)."""
        self.trace = trace
        """When a list, every candidate's `Decision` is added to it."""
        self.phones: SpanSet | None = None
        self.found: list[Figure] = []
        self.shares_on = False
        """A sentence of the last three gave a share after "on" ("Reform is on
        31 per cent"): poll shares are written so (`attachers.share_on`)."""
        self.aviation = False
        """The article names Boeing or aircraft (`exclusions.aircraft_model`)."""
        self.wind_speed: str | None = None
        """The unit of the last wind speed the article gave before this
        sentence ("winds of 70mph"; `attachers.wind_speed`)."""

    def is_excluded(self, start: int, end: int) -> bool:
        """Whether a stretch overlaps a date or a phone number."""
        if self.phones is None:
            self.phones = SpanSet(m.span() for m in PHONE_RE.finditer(self.text))
        return self.dates.overlaps(
            self.base + start, self.base + end
        ) or self.phones.overlaps(start, end)

    def run(self, candidates: list[tuple[int, str]]) -> list[Figure]:
        """Read every figure, starting from the sentence's candidates.

        Each candidate is (offset in the article, lower-cased word or digits).
        """
        pos = 0
        for offset, word in candidates:
            at = offset - self.base
            if at < pos:
                continue
            if word in VAGUE_SCALES:
                pos = self.vague(at)
            elif word in MULTIPLIER_WORDS or (
                word in MULTIPLIERS and MULTIPLIER_RE.match(self.text, at)
            ):
                pos = self.multiplier(at)
            elif word in A_ONE_UNIT_WORDS:
                pos = self.one_unit(at)
            else:
                num = self.number_at(at)
                pos = self.figure_at(num) if num else at + 1
        return self.found

    def number_at(self, at: int) -> NumberAt | None:
        """Read the number a candidate belongs to.

        It may start a word before ("a dozen", "half a million", ".500").
        """
        text = self.text
        if at >= 1 and text[at - 1] == "." and (at == 1 or not text[at - 2].isdigit()):
            return read_number(text, at - 1)
        back = LEAD_RE.search(text, max(0, at - 16), at)
        if back:
            num = read_number(text, back.start())
            if num and num.end > at:
                return num
        return read_number(text, at)

    def figure_at(self, num: NumberAt) -> int:
        """Make a figure of `num` if the rules allow; return where to read on."""
        text = self.text
        # "-2 million" is minus two million; "-five" is no way to write a sign.
        negative = _minus_before(text, num.start) and not text[num.start].isalpha()
        sign_start = num.start - 1 if negative else num.start
        cur = currency_before(text, sign_start)
        if cur and not negative and _minus_before(text, cur[1]):
            # "-$400", "-£3bn": the sign written before the currency
            negative, cur = True, (cur[0], cur[1] - 1)
        left = cur[1] if cur else sign_start
        r = Reading(self, text, num, negative, cur, left, num.end)
        trace = self.trace
        attached: list[str] = []
        unit_rule = None
        for rule in RULES:
            if rule.excludes:
                if rule.apply(r):
                    if trace is not None:
                        span = self._span(num.start, num.end)
                        value = num.parsed.value
                        trace.append(Decision(span, None, rule.name, (), value))
                    return r.end
            elif trace is None:
                rule.apply(r)
            else:
                unit = r.unit
                if rule.apply(r):
                    attached.append(rule.name)
                if r.unit != unit:
                    unit_rule = rule.name if r.unit else None
        figure = r.figure(self.base)
        self.found.append(figure)
        if trace is not None:
            span = self._span(num.start, num.end)
            decision = Decision(
                span, figure, "number", tuple(attached), figure.value, unit_rule
            )
            trace.append(decision)
        return r.end

    def _span(self, start: int, end: int) -> Span:
        return Span(self.base + start, self.base + end)

    def left_out_unit(
        self, start: int, value: float, more: bool = False, own_verb: bool = False
    ) -> str:
        """The unit of a bare number whose noun was left out as just said.

        "3,000 ICE agents, including 1,800 from HSI" counts agents; "rose to 3.9
        million headsets, up from 2.4 million" headsets; "from 14-18 mpg to 24"
        miles per gallon; "68,400 people who waited a year and 95,800 who
        waited longer" people. Only a figure of the number's own clause gives
        its unit: "rose 75%, while nearly 500 were freed" and "75% of them;
        about 300 stayed" carry nothing to 500 or 300. A measure comes only
        from the figure right before, and not along a list ("45, 50") nor as
        a percentage to a level ("up 5% to 84"); a count not to a change or a
        level ("arrests rose by 500 to 3,000"), nor past a percentage written
        after it ("2,000 adults found 45% backed it and 30 opposed it": 30
        percent, not 30 adults). A share is carried to no number above
        100: "Of the 300 migrants, 40% were children and 120 were women" is
        120 of them, not 120 percent (a share over 100 is written with its
        sign). "of which" and "of whom" take the noun of a figure right before
        them only ("120 beds, of which 90 were occupied"), or past its verb
        ("63 people had been arrested, of whom 41"). `more`: the number
        is written before "more", as "another" is written before it ("has 300
        stores and will open 50 more"). `own_verb`: the number has a verb of
        its own after it, so that a figure with its own verb ends its clause
        at "and" or a comma too (`VERB_CLAUSE_END_RE`).
        """
        before = ELLIPSIS_BEFORE_RE.search(self.text, max(0, start - 48), start)
        if not before and not more:
            return self._change_after_count(start)
        # A multiplier gives no number its "times": "more than tripled, from
        # 4,100 to 13,600" are levels of what tripled, not 4,100 times.
        clause = [
            f
            for f in self._clause_figures(start, own_verb)
            if f.unit != MULTIPLIER
            and not self._time_frame(f)
            and not self._time_adjective(f)
        ]
        if not clause:
            return ""
        counts = [f for f in clause if f.unit and not is_measure(f.unit)]
        nearest = clause[-1]
        measure = nearest.unit if is_measure(nearest.unit) else ""
        if measure == "percent" and value > 100 >= abs(nearest.value):
            measure = ""
        if before is None:
            word = "more"
        else:
            word = before.group(1).lower() if before.group(1) else ","
            if word.startswith("from "):
                word = "from"  # "down from an earlier estimate of 1,200"
            elif word.startswith("and "):
                word = "and"  # "killed 1,045 people and injured 2,500"
            elif word.startswith(", "):
                word = ","  # "6.1 million viewers, peaking at 7.4 million"
            elif word == "out of":
                # "about 310,000 votes out of 5.2 million cast": the total
                # counts what its part right before counts
                gap = self.text[nearest.span.end - self.base : before.start()]
                if gap.strip() or not nearest.unit or measure:
                    return ""
                return _head(nearest.unit)
            elif word.startswith("the "):
                # "and the remaining 600", "the other 12": the rest of what
                # was counted; no measure ("the remaining 3" is no £3m)
                return _head(counts[-1].unit) if counts else ""
        if (
            word == "from"
            and counts
            and before is not None
            and (
                plural := _object_plural(
                    self.text[counts[-1].span.end - self.base : before.start()]
                )
            )
        ):
            # "told its 25 field offices to triple their daily arrests, from
            # roughly 1,100 a day": "from" compares levels of the plural just
            # said, not of the count before it
            return plural
        if (
            word in ("from", ",", "and")
            and measure
            and not _like_size(nearest.value, value)
        ):
            # "Some 44,700 waited more than 12 hours …, up from 39,100", "2.9
            # million patients had waited more than 18 weeks, and 251,000 more
            # than a year": a level compared with the hours or weeks would
            # be of their size
            measure = ""
            if (
                word == "from"
                and counts
                and counts[-1] is clause[-2 if len(clause) >= 2 else -1]
                and _like_size(counts[-1].value, value)
            ):
                # "61,800 patients waited more than 12 hours, up from
                # 54,000": the level before the hours is the count compared
                return _head(counts[-1].unit)
        if word in (",", "and") and measure and self._same_frame(nearest, start, value):
            # "Rents rose 8% in Austin, 6 in Dallas and 11 in Houston": the
            # same measure again for another place or time, its verb left out
            return measure
        if (
            before is not None
            and word.startswith("of ")
            and not _verbs_only(
                self.text[nearest.span.end - self.base : before.start()].strip(" ,")
            )
        ):
            # "of which" counts the noun right before it: "120 beds, of which
            # 90" counts beds, "8,000 interviews with businesses, of which
            # 2,700" businesses, no noun of a figure.
            return ""
        if (
            word == "to"
            and counts
            and (
                total := TOTAL_TO_BEFORE_RE.search(self.text, max(0, start - 40), start)
            )
        ):
            if total.group(1).lower() in PEOPLE_TOTALS:
                # "close 12 offices, taking its headcount to 56,000": a
                # total of people counts the last count of people, no offices
                people = [f for f in counts if _head(f.unit).lower() in PEOPLE_NOUNS]
                return _head(people[-1].unit) if people else ""
            return _head(counts[-1].unit)
        if word == "to" and counts and self._from_before(counts[-1]):
            # "from 81,000 units in 2003 to 106,000 in 2007": two levels
            return _head(counts[-1].unit)
        if word == "to" and measure and self._from_before(nearest):
            # "from 5% in May to 4.2 in June": two levels, a percentage too
            return measure
        if (
            word == "to"
            and nearest.unit == "percent"
            and len(clause) >= 2
            and clause[-2].unit not in ("", "percent")
            and clause[-2].rate is None
            and self.text[
                clause[-2].span.end - self.base : nearest.span.start - self.base
            ]
            == ", or "
        ):
            # "The Dow fell 200 points, or 0.8%, to 25,000", "rose 200
            # units, or 8%, to 2,700": the level of what the change counted,
            # given then again as a share
            change = clause[-2].unit
            return change if is_measure(change) else _head(change)
        if word in ("to", "by") or (word == "from" and not counts):
            return "" if word == "to" and measure == "percent" else measure
        if (
            word == "from"
            and nearest.unit == "percent"
            and value > 100 >= abs(nearest.value)
            and len(clause) >= 2
            and clause[-2] is counts[-1]
        ):
            # "held 61,000 people, up 57% from 39,000": the change's
            # percentage stands between two levels of one count
            return _head(counts[-1].unit)
        if word == "from" and counts[-1] is not nearest:
            # "rose to 367,000 from 295,000": "from" pairs with the level
            # right before it, which counts nothing here (not the "22
            # airports" further back).
            return measure
        if (
            counts
            and value <= 100
            and any(f.unit == "percent" for f in clause[clause.index(counts[-1]) + 1 :])
        ):
            # "2,000 adults found 45% agreed, 30 disagreed and 25 were unsure":
            # no adults past the percentage, even past a bare number after it
            # (a number above 100 is no share: "Of the 300 migrants, 40% were
            # children and 120 were women" counts migrants)
            return "" if word == "," or measure != "percent" else measure
        if counts and measure == "percent":
            # A count's noun is not carried past a percentage written after
            # it: "2,000 adults found 45% backed it and 30 opposed it" (not
            # adults); a duration is no such share ("68,400 people who
            # waited one to two years and 95,800 who" counts people).
            return "" if word == "," else measure
        if counts and word == "more" and {"and", "or"} & set(counts[-1].unit.split()):
            return ""  # "225 orders and options on 193 more": more of which?
        if counts:
            return _head(self._head_count(counts).unit if more else counts[-1].unit)
        return "" if word == "," else measure

    def _head_count(self, counts: list[Figure]) -> Figure:
        """The count "N more" goes back to: the last, or the one that carried it.

        "4 flights carrying 700 people, and 2 more were delayed": the people
        are what the flights carried, so "2 more" are flights; "48 shelters
        housing 7,400 people, and 15 more" shelters (`CARRIED_COUNT_GAP_RE`:
        a participle of carrying or holding between the two counts). Only
        for "more": "2,400 services a day with 310 trains, 40 of them" are
        trains.
        """
        last = counts[-1]
        if len(counts) >= 2:
            gap = self.text[
                counts[-2].span.end - self.base : last.span.start - self.base
            ]
            if CARRIED_COUNT_GAP_RE.fullmatch(gap):
                return counts[-2]
        return last

    def count_across_clause(self, start: int, end: int) -> str:
        """People counted in the clause before, for a bare number opening its own.

        "pulled 80 people from the rubble, but the 300 still missing",
        "killed 12 people, while 40 are in hospital" (people): a
        number right after "while", "whereas", "but", "yet" or a semicolon
        and before its verb, or after "the" (the number stands for things
        already counted), with no noun of its own, counts what the count before it
        in the sentence counts. Not a measure, currency or percentage ("rose
        75%, while nearly 500 were freed" carries nothing), and without
        "the" not when that count is the subject of a verb of its own ("1,300
        agents were deployed, while 500 were detained": others, maybe).
        Only "people" is carried (`ACROSS_CLAUSE_NOUNS`), which any group of
        persons is: a noun that says more is often not the later number's
        ("pulled 37 survivors from the rubble, while the 200 still missing"
        are no survivors; "sent 1,900 crews, but the 90,000 in rural
        counties" no crews), so "fired 40 missiles, while 3 hit energy
        sites" leaves 3 bare, as the issue asks of a noun across a clause.
        """
        counts = [f for f in self.found if f.unit and f.unit != MULTIPLIER]
        if not counts or is_measure(counts[-1].unit) or " per " in counts[-1].unit:
            return ""
        last = counts[-1]
        if any(f.span.start > last.span.start for f in self.found):
            return ""  # a measure or bare number comes between
        gap = self.text[last.span.end - self.base : start]
        opener = CLAUSE_OPENER_END_RE.search(gap)
        if opener is None:
            return ""
        the = opener.group().lower().endswith("the ")
        if not the and not LOWER_WORD_NEXT_RE.match(self.text, end):
            return ""  # "while 3 hit", "; 6 remain": the number's own verb
        if not the and OWN_VERB_RE.search(gap, 0, opener.start()):
            return ""
        head = _head(last.unit)
        return head if head in ACROSS_CLAUSE_NOUNS else ""

    def opposite_verb_count(self, start: int) -> str:
        """The noun of a count an opposite verb took: "opened 12 stores and closed 8".

        The number follows "and", "but", "while" or a comma and a verb; the
        nearest count before it follows a verb that does the opposite to the
        same kind of thing (`OPPOSITE_VERBS`: opened and closed, hired and
        fired, won and lost, bought and sold, …), so 8 counts stores. Not
        for other verbs: "deployed 300 officers and arrested 45" are no
        officers.
        """
        m = OPPOSITE_VERB_BEFORE_RE.search(self.text, max(0, start - 24), start)
        counts = [f for f in self.found if f.unit and f.unit != MULTIPLIER]
        if not m or not counts or is_measure(counts[-1].unit):
            return ""
        first = counts[-1].span.start - self.base
        verb = VERB_BEFORE_COUNT_RE.search(self.text, max(0, first - 32), first)
        if (
            not verb
            or (verb.group(1).lower(), m.group(1).lower()) not in OPPOSITE_VERBS
        ):
            return ""
        return _head(counts[-1].unit)

    def same_verb_count(self, start: int) -> str:
        """The noun of a count the same verb took for another subject.

        "Labour won 412 seats, while the Conservatives won 121", "Arsenal
        scored 3 goals and Chelsea scored 2": the verb said again for a new
        subject (up to four words after "and", "while", "whereas", "but" or
        a comma) counts the same things; so do two verbs of winning ("won
        72 seats and Reform took 5": `WIN_VERBS`). Only the nearest figure
        of the sentence, a count; not after "be" ("is 12 … is 3").
        """
        m = SAME_VERB_BEFORE_RE.search(self.text, max(0, start - 60), start)
        if not m or not self.found:
            return ""
        gap_start = self.found[-1].span.end - self.base
        if gap_start > m.start() or not SUBJECT_GAP_RE.fullmatch(
            self.text, gap_start, m.start("v")
        ):
            return ""
        verb = m.group("v").lower()
        if not _verb_like(verb):
            return ""  # "of 11.8 mln and BRAE Corp of 15.6 mln": no verb
        for count in reversed(self.found):
            if not count.unit or count.unit == MULTIPLIER or is_measure(count.unit):
                continue
            first = count.span.start - self.base
            before = VERB_BEFORE_COUNT_RE.search(self.text, max(0, first - 32), first)
            earlier = before.group(1).lower() if before else ""
            if (earlier == verb and verb not in BE_VERBS) or (
                earlier in WIN_VERBS and verb in WIN_VERBS
            ):
                return _head(count.unit)
        return ""

    def total_of_part(self, start: int) -> str:
        """The noun of a total written after its part with no noun: "531 of the 7,100".

        "412 of the 7,100 patients on the drug …, against 531 of the 7,100 on
        a placebo": the second total repeats the first's frame, so it counts
        what the last count of the sentence counts (patients); its part
        then takes the total's noun (`pairs`).
        """
        if not PART_BEFORE_TOTAL_RE.search(self.text, max(0, start - 24), start):
            return ""
        counts = [f for f in self.found if f.unit and f.unit != MULTIPLIER]
        if not counts or is_measure(counts[-1].unit):
            return ""
        return _head(counts[-1].unit)

    def rival_count(self, start: int) -> str:
        """The noun of a count a rival's number is set against: "214 points to Vance's 202".

        The number follows "to" and a possessive name, and the figure right
        before it in its clause is a count: 202 points ("won 6 sets to
        Nadal's 4": sets).
        """
        if not RIVAL_BEFORE_RE.search(self.text, max(0, start - 40), start):
            return ""
        clause = self._clause_figures(start)
        if not clause or not clause[-1].unit or is_measure(clause[-1].unit):
            return ""
        return _head(clause[-1].unit)

    def _time_frame(self, figure: Figure) -> bool:
        """Whether a figure is the time a clause's count was made in, no level.

        "About 103,000 fans attended over three days, down from 115,000": the
        days frame the count (after "over", "in", "for", "during", "within"
        or "across"), and 115,000 counts fans.
        """
        if figure.unit not in FRAME_TIME_UNITS or figure.high is not None:
            return False
        start = figure.span.start - self.base
        return bool(TIME_FRAME_BEFORE_RE.search(self.text, max(0, start - 24), start))

    def _time_adjective(self, figure: Figure) -> bool:
        """Whether a figure is a span of time made an adjective by a hyphen.

        "above the six-month average of 61,000": the months say which
        average, and 61,000 is no number of months.
        """
        written = self.text[figure.span.start - self.base : figure.span.end - self.base]
        return figure.unit in FRAME_TIME_UNITS and bool(
            TIME_ADJECTIVE_RE.search(written)
        )

    def _same_frame(self, nearest: Figure, start: int, value: float) -> bool:
        """Whether a bare number repeats the frame of the figure before it.

        "8% in Austin, 6 in Dallas": both followed by the same preposition
        ("in", "on", "for", "at", "among") and a word, and of like size
        (within a factor of ten).
        """
        if nearest.high is not None or nearest.rate is not None:
            return False
        if not nearest.value / 10 <= value <= nearest.value * 10:
            return False
        first = FRAME_NEXT_RE.match(self.text, nearest.span.end - self.base)
        again = NUMBER_FRAME_RE.match(self.text, start)
        return bool(
            first and again and first.group(1).lower() == again.group(1).lower()
        )

    def _change_after_count(self, start: int) -> str:
        """The count of a level a change is written right after: "650 seats, up 48".

        Only right after the figure, a comma and "up" or "down" between: 48
        seats won; a short phrase of place or time may come first ("won 152
        of the 325 seats in Thursday's election, down 19": seats). A measure's change keeps its own sign ("$81 a barrel, up
        $3": `compared_measure`).
        """
        if not self.found or not CHANGE_AFTER_LEVEL_RE.search(
            self.text, max(0, start - 32), start
        ):
            return ""
        last = self.found[-1]
        between = self.text[last.span.end - self.base : start]
        if not CHANGE_AFTER_PHRASE_RE.fullmatch(between) or not last.unit:
            return ""
        return "" if is_measure(last.unit) else _head(last.unit)

    def last_has_verb(self) -> bool:
        """Whether the last figure found is the subject of a verb right after it."""
        if not self.found:
            return False
        end = self.found[-1].span.end - self.base
        return OWN_VERB_NEXT_RE.match(self.text, end) is not None

    def level_of_rated_change(self, start: int) -> tuple[str, str] | None:
        """The level a change with a rate brought, in the change's rate.

        "fell by 1.2 million barrels a day in April, to 8.9 million" is 8.9
        million barrels a day: the figure right before is a change ("by"
        before it) with a rate, and "to" comes right before the number.
        """
        if not self.found or not TO_BEFORE_RE.search(
            self.text, max(0, start - 4), start
        ):
            return None
        change = self.found[-1]
        c_start = (change.number_span or change.span).start - self.base
        if change.rate is None or not BY_BEFORE_RE.search(
            self.text, max(0, c_start - 12), c_start
        ):
            return None
        return change.unit, change.rate

    def compared_measure(
        self, start: int, end: int, unit: str
    ) -> tuple[str, str | None] | None:
        """The unit and rate of the level an amount is compared with, in its unit.

        "2 mln barrels a day, up from 1.8 mln" is 1.8 mln barrels a day, and
        so after "compared with", "versus" and "against": the same measure
        at another time or place; a price per thing too, "$3,118 an ounce,
        up from $3,064" is $3,064 an ounce (`USD per ounce`). A change
        written right after a level, after a comma and "up" or "down", is of
        the same measure: "£2,380 a month, up £190" is £190 a month. Not
        after "and" or a comma alone ("300 jobs a year and another 200" need
        not be a year's), nor before "in total" or "overall" ("$3 billion a
        year versus $5 billion in total").
        """
        text = self.text
        level_of_change = self.level_of_rated_change(start)
        if level_of_change is not None:
            return level_of_change
        if not COMPARED_BEFORE_RE.search(
            text, max(0, start - 16), start
        ) and not CHANGE_AFTER_LEVEL_RE.search(text, max(0, start - 32), start):
            return None
        if TOTAL_AFTER_RE.match(text, end):
            return None
        for figure in reversed(self._clause_figures(start)):
            if figure.high is not None or not figure.unit:
                continue
            if _head(figure.unit) == unit or figure.unit.partition(" per ")[0] == unit:
                # only the nearest level of the unit: "$81 a barrel … paid
                # $5, up from $4" is $4, as $5 is
                if figure.rate is None and " per " not in figure.unit:
                    return None
                return figure.unit, figure.rate
        return None

    def level_pair(self, start: int, unit: str) -> Figure | None:
        """The "from" level of a "to" level in one clause, in the same unit.

        "from $75 per barrel to $45.88", "from $50,000 a year to $60,000":
        the second level is of the same measure as the first, so it is also
        per barrel, a year. Only with "to" right before the number and
        "from" right before the other figure, with the same base unit.
        """
        if not TO_BEFORE_RE.search(self.text, max(0, start - 4), start):
            return None
        for figure in self._clause_figures(start):
            base = figure.unit.partition(" per ")[0]
            if base == unit and figure.high is None and self._from_before(figure):
                return figure
        return None

    def parallel_change_unit(self, start: int, value: float) -> str:
        """The measure of a change written just before, for a bare change after it.

        "the DAX rose by 2 percent but the Nasdaq fell by 1", "the FTSE rose
        2% while the Dow fell 1": two changes side by side in one sentence,
        of like size (within a factor of ten), also across "but" and "while",
        where `left_out_unit` stops. A count gives its noun's head ("the
        Greens gained 140 seats, while Labour lost 163": seats). Not "Arrests
        rose 75%, while nearly 500 were freed" (no verb of change before
        500), nor "sales fell 3% while unemployment rose by 200,000" (not of
        like size).
        """
        text = self.text
        if not self.found or not CHANGE_BEFORE_RE.search(
            text, max(0, start - 12), start
        ):
            return ""
        for prev in reversed(self.found[-3:]):
            p_start = (prev.number_span or prev.span).start - self.base
            if LEVEL_OR_AGAIN_BEFORE_RE.search(text, max(0, p_start - 6), p_start):
                # "rose 5.2 points, or 0.4%, to 1,204.5, while the Nasdaq
                # rose 3.1": past the level and the change said again
                continue
            if (
                not prev.unit
                or " per " in prev.unit
                or prev.unit.endswith(" each")
                or prev.high is not None
                or prev.rate is not None
                or not prev.value / 10 <= value <= prev.value * 10
            ):
                return ""
            if not CHANGE_BEFORE_RE.search(text, max(0, p_start - 12), p_start):
                return ""
            if is_measure(prev.unit) or prev.unit in CHANGE_POINTS:
                return prev.unit
            return _head(prev.unit)  # "gained 140 seats, while Labour lost 163"
        return ""

    def _from_before(self, figure: Figure) -> bool:
        """Whether "from" is written right before a figure."""
        start = figure.span.start - self.base
        return FROM_BEFORE_RE.search(self.text, max(0, start - 6), start) is not None

    def _clause_figures(self, start: int, own_verb: bool = False) -> list[Figure]:
        """The figures before `start` in its clause, nearest last.

        `own_verb`: the number at `start` has a verb of its own.
        """
        found = []
        for figure in reversed(self.found):
            gap = self.text[figure.span.end - self.base : start]
            if (
                CLAUSE_BREAK_RE.search(gap)
                or OWN_CLAUSE_END_RE.match(gap)
                or (own_verb and VERB_CLAUSE_END_RE.match(gap))
            ):
                break
            comma = gap.find(",")
            if (
                comma >= 0
                and not CLAUSE_GOES_ON_RE.match(gap, comma)
                and RELATIVE_OPEN_RE.search(
                    self.text,
                    max(0, figure.span.start - self.base - 80),
                    figure.span.start - self.base,
                )
            ):
                continue  # inside a relative clause that closed before `start`
            found.append(figure)
        return found[::-1]

    def one_counts(self, num: NumberAt, unit: str, qual: str | None) -> bool:
        """Whether a written "one" (or "zero") counts, not being a pronoun or idiom.

        It counts with a qualifier ("at least one"), a unit or a currency ("one
        mile", "one yen"), or next to another number ("one or two").
        """
        if qual or unit in CURRENCIES or (num.parsed.value == 0 and unit):
            return True  # "at least one", "one yen", "zero deaths"
        if unit in MEASURE_UNITS and unit != "days":  # "one day" is an idiom
            return True
        text = self.text
        before = text[max(0, num.start - 12) : num.start]
        if OR_TO_BEFORE_RE.search(before) and NUMBER_RE.search(before):
            return True
        nxt = NEXT_NUMBER_RE.match(text, num.end)
        return bool(nxt and read_number(text, nxt.end()))

    def vague(self, at: int) -> int:
        """Read "thousands of federal agents" as 1,000 to 10,000 federal agents."""
        m = VAGUE_RE.match(self.text, at)
        if not m:
            return at + 1
        start, end = m.start(), m.end()
        if self.is_excluded(start, end):
            self._decide(start, end, None, "in-date-or-phone", low_of(m))
            return end
        low = low_of(m)
        after = after_number(self.text, end, low, currency=False, scale=low)
        if after and after.unit:
            unit, stop = after.unit, after.end
        else:
            unit, stop, _ = counted_noun(self.text, end, low)
        if not unit:
            self._decide(start, end, None, "vague-without-noun", low)
            return end
        figure = Figure(
            Span(self.base + start, self.base + stop),
            low,
            unit,
            None,
            None,
            Span(self.base + start, self.base + end),
            low * 10,
        )
        self.found.append(figure)
        self._decide(start, end, figure, "vague-amount", low, "vague-amount")
        return stop

    def multiplier(self, at: int) -> int:
        """Read "approximately triple the number" as 3 times."""
        m = MULTIPLIER_RE.match(self.text, at)
        if not m:
            return at + 1
        qual_m = MULTIPLIER_QUALIFIER_RE.search(self.text, max(0, at - 16), at)
        start = qual_m.start() if qual_m else at
        figure = Figure(
            Span(self.base + start, self.base + m.end()),
            float(MULTIPLIERS[m.group().split()[0].lower()]),
            MULTIPLIER,
            qual_m.group(1).lower() if qual_m else None,
            None,
            Span(self.base + at, self.base + m.end()),
        )
        self.found.append(figure)
        self._decide(at, m.end(), figure, "multiplier", figure.value, "multiplier")
        return m.end()

    def one_unit(self, at: int) -> int:
        """Read "up to a foot of snow" as up to 1 foot.

        "a" or "an" before a unit of measure (`A_ONE_UNIT_WORDS`) is one of
        it after a qualifier of amount ("nearly a mile", "more than an inch")
        or before "of" ("a foot of snow", "within a mile of the school");
        else it is left alone ("missed by a mile", "a foot in the door"), and
        so is a size hyphenated before its noun ("a mile-long queue").
        """
        text = self.text
        article = A_BEFORE_RE.search(text, max(0, at - 3), at)
        if not article:
            return at + 1
        at = article.start()
        m = A_ONE_UNIT_RE.match(text, at)
        if not m:
            return at + 1
        unit = unit_of(m.group("unit"))
        qual = qualifier_before(text, at)
        if unit is None or not (qual or OF_AFTER_RE.match(text, m.end())):
            self._decide(at, m.end(), None, "a-without-amount", 1.0)
            return m.end()
        if self.is_excluded(at, m.end()):
            self._decide(at, m.end(), None, "in-date-or-phone", 1.0)
            return m.end()
        if in_idiom(text, at, m.end()):  # "to within an inch of his life"
            self._decide(at, m.end(), None, "idiom", 1.0)
            return m.end()
        start = qual.start("q") if qual else at
        figure = Figure(
            Span(self.base + start, self.base + m.end()),
            1.0,
            unit,
            qual.group("q").lower() if qual else None,
            None,
            Span(self.base + at, self.base + at + len(m.group().split()[0])),
        )
        self.found.append(figure)
        self._decide(at, m.end(), figure, "one-unit", 1.0, "one-unit")
        return m.end()

    def _decide(
        self,
        start: int,
        end: int,
        figure: Figure | None,
        rule: str,
        value: float,
        unit_rule: str | None = None,
    ) -> None:
        if self.trace is not None:
            span = self._span(start, end)
            self.trace.append(Decision(span, figure, rule, (), value, unit_rule))
