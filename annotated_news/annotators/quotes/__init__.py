"""Direct quotes, their kind and who said them.

1. `marks.find_quote_spans` pairs the quotation marks (see `marks.py`).
2. Each quote looks for its attribution (`cues.py`): after it, before it in
   its sentence, at the end of its sentence, "according to", or a paragraph
   ending "… said:" just before.
3. A quote without a cue of its own continues the quote before it when the
   text says so: the second half of a quote split by its attribution (“…,”
   Jackson continued. “…”), a paragraph that reopens a quote left open, or a
   paragraph of quote right after a paragraph quoting someone. Split parts
   share a `group`.
4. `resolve.py` turns the cue's phrase into a speaker.
5. The kind: words between quotation marks that read as a name or a title
   ("Operation At Large", "Meet the Press") unless a cue of their own
   introduces them as said ("Trump: ‘I Am the Worst …’"), and short ones
   (three words or fewer) that no cue introduces and that split no quote,
   are SCARE quotes and get no speaker; a quote that is its sentence, or
   opens it, is SPEECH; one inside a sentence is PARTIAL.
"""

from __future__ import annotations

import bisect
import dataclasses as dc
import re

from ...model import Article, Block, BlockKind, Kind, Quote, QuoteKind, Span
from ..entities.runs import is_title_case
from ..lexicon import (
    NAMING_VERBS,
    PLACES,
    QUOTE_ONLY_VERBS,
    SPEECH_PARTICIPLES,
    SPEECH_PHRASES,
    SPEECH_VERBS,
    WORK_NOUNS,
)
from ..nicknames import is_nickname
from ..spaces import plain_spaces
from ..vocabulary import org_nouns
from ..vocabulary.months import MONTHS, WEEKDAYS, weekday_pattern
from ..vocabulary.people_nouns import KIN_NOUNS, PEOPLE_NOUNS
from ..vocabulary.source_nouns import SOURCE_NOUNS, WORDED_DOCUMENTS
from ..vocabulary.titles import TITLE_NOUNS, TITLE_WORDS
from ..vocabulary.verbs import HEADLINE_CRITICISM_VERBS
from .cues import (
    ARTICLE_END_RE,
    BEFORE_VERB_RE,
    LISTENER_VERBS,
    PASSIVE_RE,
    VERB,
    Cue,
    according_to,
    colon_subject,
    cue_after,
    cue_at_sentence_end,
    cue_before,
    dash_name,
    fronted_participle,
    how_said,
    name_colon,
    passive_by,
    speech_verb_before,
    verb_first,
)
from .marks import OPENING_KINDS, QA_LINE_RE, RawQuote, find_quote_spans
from .resolve import (
    AUTHORED_DOCUMENTS,
    ONE_OF_THEM_RE,
    THE_SUBJECT_RE,
    Resolver,
    Speaker,
)

__all__ = ["annotate_quotes", "explain_quotes", "find_quote_spans"]

MAX_SCARE_WORDS = 3
# Phrases that report, like a verb, what is said in a clause after them
# ("Noem shot back that the report was “out of date”").
REPORTING_PHRASES = frozenset(
    {
        "shot back",
        "fired back",
        "hit back",
        "hits back",
        "snapped back",
        "wrote back",
        "pointed out",
        "points out",
    }
)
REPORTING_VERBS = (SPEECH_VERBS | SPEECH_PARTICIPLES | REPORTING_PHRASES) - {
    "chanted",
    "shouted",
    "yelled",
    "sang",
    "cheered",
    "sings",
    "chanting",
    "singing",
    "shouting",
    "yelling",
    "screaming",
}
"""Verbs that report what someone said, in a clause after them."""
WORD_RE = re.compile(r"[\w’'-]+")
# Small words that Title Case leaves in lower case.
TITLE_JOINERS = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "as",
        "but",
        "nor",
    }
)
# Punctuation that, at the end of a quote, hands over to an attribution.
HANDOVER = (",", "?", "!", "—", "–", "-", "…", ":")
# What may stand between the parts of a quote split by its attribution.
GAP_PUNCTUATION = " .,;:—–―\n"
# A time or place after a cue verb, then the end of the sentence.
ADJUNCT_END_RE = re.compile(
    r"[ ]+(?:in|on|at|during|last|this|earlier|later|yesterday|today|tonight|"
    rf"recently|{weekday_pattern()})\b"
    r"[^.!?“”\"\n]{0,60}[.!?]"
)
# A speech verb and a comma or colon right before a quote.
INTRODUCED_RE = re.compile(rf"\b(?:{VERB})[,:][ ]*$")
VERB_RIGHT_BEFORE_RE = re.compile(rf"\b(?:{VERB})[,:]?[ ]*$")
# A sentence ending inside the text between two quotes.
SENTENCE_END_RE = re.compile(r"[.!?][”’\"']*\s+\S")
CUE_WINDOW = 1_000
"""How far before a quote (in characters) a cue's subject is looked for.

A cue sits within a few dozen words of its quote; the bound keeps the work
per quote constant when a paragraph holds thousands of quotes in one
"sentence" (marks with no full stop between them), so annotation stays
linear in the text."""
MAX_VERB = 12
"""Characters of the longest speech verb of `VERB` (`INTRODUCED_RE`)."""
ONLY_SPACES_DOTS_RE = re.compile(r"[ .]*")
# What may stand before a quote that still opens its sentence: a list item's
# marker ("- ", "• ") or a label in capitals and its dash ("WHAT THEY'RE
# SAYING —"), as briefings and newsletters write.
LEAD_IN_RE = re.compile(r"[ ]*[-•*][ ]*|[A-Z][A-Z0-9 ’'&,.-]*[ ]?[—–―-]{1,2}[ ]*")
# A subject that names someone: a pronoun, or capitalised words after any
# title ("He", "Miller", "border czar Tom Homan"); not "The answers".
NAMED_SUBJECT_RE = re.compile(
    r"(?:[Hh]e|[Ss]he|[Tt]hey|(?!(?:The|A|An)\b)(?:[\w’'-]+[ ]){0,6}"
    r"[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,3})"
)
VERBS = SPEECH_VERBS | QUOTE_ONLY_VERBS | SPEECH_PHRASES
# A cue that goes on to open another quote: "… writes back, “…".
NEXT_QUOTE_RE = re.compile(r"[ ]*[,:][ ]*[“\"]")
# A subordinate clause opening after a comma: its own subject and verb.
CLAUSE_BETWEEN_RE = re.compile(
    r",[ ](?:even[ ]|just[ ])?(?:as|while|after|because|although|though|whereas)[ ]"
)
RELATIVE_WORD_RE = re.compile(r"\b(?:who|whom|which|that)\b")
# ", said Bart Naylor, an advocate.": the speaker after the verb.
INVERTED_RE = re.compile(rf",[ ](?={VERB}[ ][A-Z])")
# What opens a new clause right after a quote: "“…,” and Jones said".
CONJUNCTION_RE = re.compile(r"[,]?[ \t]*(?:and|but)[ ]")


@dc.dataclass(slots=True)
class _Done:
    """A quote already attributed, as the next one sees it."""

    raw: RawQuote
    quote: Quote
    index: int
    cue: Cue | None


def _text_end(text: str, start: int, end: int, spaces: str = "") -> int:
    """Where the text before `end` ends once trailing whitespace is dropped.

    Only `spaces` count as whitespace when given (else every `isspace`). The
    run it walks back over lies between two quotes, so over all quotes the
    walks add up to the length of the text.
    """
    k = end
    while k > start and (text[k - 1] in spaces if spaces else text[k - 1].isspace()):
        k -= 1
    return k


class _Cues:
    """Per-article memory of the cue searches that many quotes share.

    Every quote of a sentence would otherwise search the same sentence
    again: the speech verbs of a block are found once, and "according to"
    once per sentence.
    """

    def __init__(self, article: Article, raws: list[RawQuote]) -> None:
        self.article = article
        self.sentences = _Sentences(article)
        self.quote_starts = [r.span.start for r in raws]
        """Where the article's quotes start, in order."""
        self.verbs: dict[int, list[re.Match[str]]] = {}
        self.verb_ends: dict[int, list[int]] = {}
        self.according: dict[tuple[int, int], Cue | None] = {}

    def block_verbs(self, block: int) -> list[re.Match[str]]:
        """Speech verbs of a block, as `cue_before` looks for them, in order."""
        if block not in self.verbs:
            span = self.article.blocks[block].span
            found = list(
                BEFORE_VERB_RE.finditer(self.article.text, span.start, span.end)
            )
            self.verbs[block] = found
            self.verb_ends[block] = [m.end() for m in found]
        return self.verbs[block]

    def according_to(self, sentence: Span) -> Cue | None:
        key = (sentence.start, sentence.end)
        if key not in self.according:
            self.according[key] = according_to(
                self.article.text, sentence.start, sentence.end
            )
        return self.according[key]


class _TitleCase:
    """Whether a block is in Title Case, worked out once per block, on demand."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[int, bool] = {}

    def at(self, index: int, span: Span) -> bool:
        if index not in self.known:
            self.known[index] = is_title_case(self.text[span.start : span.end])
        return self.known[index]


class _Sentences:
    """Sentence bounds by offset (bisect over sentence starts)."""

    def __init__(self, article: Article) -> None:
        self.spans = [s.span for s in article.sentences]
        self.starts = [s.start for s in self.spans]

    def at(self, offset: int, block: Span) -> Span:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.spans[i].start <= offset < self.spans[i].end:
            return self.spans[i]
        return block

    def before(self, span: Span) -> Span | None:
        """The sentence before the one that starts where `span` starts."""
        i = bisect.bisect_left(self.starts, span.start)
        return self.spans[i - 1] if i > 0 else None


# What stands before the title of a work or programme in quotation marks:
# "broadcast of “Fox News Sunday,”", "on CBS's “Face the Nation,”", "In his
# 2002 book, ''Make Your Kid a Millionaire,''", "the anthem ''A Change Is
# Gonna Come''". A title there is a name even when a cue follows it; not
# after a bare "of" ("chants of “Marco! Marco!”" are words said).
NAMED_WORK_RE = re.compile(
    r"(?:\b(?:on|in|titled|called|named|dubbed|book|memoir|show|programme|program"
    r"|series|film|movie|song|anthem|album|novel|podcast|column"
    r"|(?:broadcast|episode|edition|issue|season|host|author)s?[ ]of)"
    r"|[’']s|(?<=s)[’'])[ ,]*$"  # "on CBS's", "on Fox News' “Sunday Morning Futures,”"
)


# A work's noun right before its one-word title: "the Disney film “Frozen”",
# "the novel “Beloved”" (two or more words are read as a name anyway): the
# lexicon's works and what is broadcast or printed as one.
BROADCAST_WORKS = frozenset(
    {
        "memoir",
        "show",
        "programme",
        "program",
        "anthem",
        "podcast",
        "column",
        "documentary",
    }
)
WORK_NOUN_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(WORK_NOUNS | BROADCAST_WORKS))})[ ,]*$"
)


def _one_word_title(content: str, text: str, start: int) -> bool:
    """A single capitalised word in quotation marks right after a work's noun."""
    words = WORD_RE.findall(content)
    return (
        len(words) == 1
        and words[0][:1].isupper()
        and bool(WORK_NOUN_BEFORE_RE.search(text, max(0, start - 20), start))
    )


def _is_name_like(content: str) -> bool:
    """Whether words are in Title Case, as names and titles of works are.

    Two or more words besides small joiners, all capitalised: "Meet the
    Press", "Fox and Friends".
    """
    if content.lstrip()[:1] in SPANISH_OPENING_MARKS:
        return False  # a Spanish exclamation or question ("¡Fuera ICE!")
    capitalised = 0
    for match in WORD_RE.finditer(content):
        word = match.group()
        if word.lower() in TITLE_JOINERS:
            continue
        if not word[0].isupper():
            return False  # most quotes stop here, at their second or third word
        capitalised += 1
    return capitalised >= 2


def _introduces(cue: Cue | None, raw: RawQuote, text: str, shared: bool) -> bool:
    """Whether a cue of the quote's own introduces it as words spoken.

    A cue after the quote does, and one before it ending in a comma or colon
    ("Trump: ‘I Am the Worst Thing …’"); a verb right before a title is its
    object ("told “Fox and Friends”", "on ABC's ''This Week.''").
    """
    if cue is None or shared or not cue.tight:
        return False
    if cue.span.start >= raw.span.end:
        return True
    return text[cue.span.start : raw.span.start].rstrip()[-1:] in (",", ":")


def _listener(cue: Cue | None, raw: RawQuote, text: str) -> bool:
    """Whether the quote is who was told: "told “Morning Show” that …".

    Words in quotation marks right after "told" are its object, a programme
    or a publication, not words said.
    """
    return (
        cue is not None
        and cue.verb in LISTENER_VERBS
        and cue.span.end <= raw.span.start
        and not text[cue.span.end : raw.span.start].strip()
    )


def _content(text: str, raw: RawQuote) -> str:
    if raw.bare:
        return text[raw.span.start : raw.span.end]
    opener = 2 if text.startswith("''", raw.span.start) else 1
    closer = opener if raw.closed else 0
    return text[raw.span.start + opener : raw.span.end - closer]


def _find_cue(
    article: Article, raw: RawQuote, sentence: Span, limit: int, cues: _Cues
) -> Cue | None:
    """The attribution of one quote, named by where it was found (`Cue.rule`)."""
    cue = _locate_cue(article, raw, sentence, limit, cues)
    return dc.replace(cue[0], rule=cue[1]) if cue else None


# A heading that opens with a name and a colon ("Bass: curfew 'is
# working'"), as live pages and briefings head their entries.
HEADING_NAME_RE = re.compile(r"(?P<np>[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,3}):[ ]")


def _heading_speaker(article: Article, block: Span, quote_start: int) -> Cue | None:
    """The name that opens a heading, for a quote later in that heading.

    Only a person or organisation the article names there: "Analysis:" or
    "Live:" is a label, and names no one.
    """
    m = HEADING_NAME_RE.match(article.text, block.start, quote_start)
    if m is None:
        return None
    np = Span(m.start("np"), m.end("np"))
    if not any(
        e.span.start <= np.start and np.end <= e.span.end for e in article.entities
    ):
        return None
    return Cue(m.group("np"), np, Span(np.start, m.end()), ":", True)


# A heading's quote, a colon and who said it, by a title and what about:
# "‘I don't regret it’: outgoing mayor on housing, crime and the job".
HEADING_OWNER_RE = re.compile(
    r"[ ]*:[ ]+(?:(?:outgoing|departing|embattled|veteran|new)[ ])?"
    r"(?P<np>(?:[A-Za-z][\w’'-]*[ ]){0,3}?(?P<head>[a-z][\w-]*))"
    r"[ ](?:on|about|reflects|recalls|looks|speaks|talks)\b"
)


def _heading_owner(article: Article, raw: RawQuote, block: Span) -> Cue | None:
    """The title after a heading's quote and its colon, as a headline's "mayor says".

    Only a title ("mayor", "minister", "coach"): the resolver ties it to the
    one person the article gives that title (a topic after the colon,
    "‘We lost everything’: flood victims on …", stays no one's).
    """
    m = HEADING_OWNER_RE.match(article.text, raw.span.end, block.end)
    if m is None or m.group("head") not in TITLE_WORDS:
        return None
    np = Span(m.start("np"), m.end("np"))
    return Cue(m.group("np"), np, Span(raw.span.end, m.end()), ":", True)


def _interviewee(article: Article) -> Span | None:
    """The one person an interview's title, else its introduction, names.

    At their first mention there; the introduction is everything before the
    first question ("Q: …"). None when no one or several people are named
    (who answers is then not known).
    """
    first_question = next(
        (
            b.span.start
            for b in article.blocks
            if b.kind is BlockKind.PARAGRAPH
            and QA_LINE_RE.match(article.text, b.span.start, b.span.end)
            and article.text.startswith("Q", b.span.start)
        ),
        None,
    )
    if first_question is None:
        return None
    people = [
        e
        for e in article.entities
        if e.span.start < first_question and e.kind is Kind.PERSON
    ]
    title = article.blocks[0].span if article.blocks else Span(0, 0)
    for named in ([e for e in people if e.span.end <= title.end], people):
        # "Q&A with Vice President Joe Biden": the one person of the title,
        # else of the introduction (which names the interviewers too)
        if len({e.canonical for e in named}) == 1:
            return named[0].span
    return None


def _locate_cue(
    article: Article, raw: RawQuote, sentence: Span, limit: int, cues: _Cues
) -> tuple[Cue, str] | None:
    """The attribution of one quote and where it was found (see `cues.py`)."""
    text = article.text
    if raw.label is not None and article.text[raw.label.start : raw.label.end] == "A":
        # An interview's answer: the one person named before the questions.
        answering = _interviewee(article)
        if answering is None:
            return None
        return Cue(
            article.text[answering.start : answering.end],
            answering,
            Span(raw.label.start, raw.label.end + 1),
            ":",
            True,
        ), "interview answer"
    if raw.label is not None:
        # A transcript's line: the person its label names.
        label = article.text[raw.label.start : raw.label.end]
        if " " in label:
            label = label.title()  # "JAKE TAPPER" is Jake Tapper
        return Cue(
            label, raw.label, Span(raw.label.start, raw.label.end + 1), ":", True
        ), "transcript label"
    if raw.announced:
        # "Murphy responded:¶With respect, secretary, …": the paragraph
        # before names who speaks, with its verb and colon.
        prev = article.blocks[raw.block - 1].span
        back = max(prev.start, text.rfind(". ", prev.start, prev.end - 1) + 1)
        cue = cue_before(text, back, prev.end)
        return (dc.replace(cue, tight=True), "announced paragraph") if cue else None
    if raw.bare:
        # A post copied with its signature: the one who signs it, never a
        # verb inside the post's own words.
        signature = article.blocks[raw.block + 1].span
        cue = dash_name(text, signature.start, signature.end)
        return (cue, "post-signature") if cue else None
    block = article.blocks[raw.block].span
    content = _content(text, raw).rstrip().rstrip("’'\"”")
    after_text = text[raw.span.end : raw.span.end + 2]
    hands_over = content.endswith(HANDOVER) or after_text.startswith(",")
    start = max(sentence.start, block.start)
    verbs = cues.block_verbs(raw.block), cues.verb_ends[raw.block]
    # INTRODUCED_RE ends at the quote: only the last verb's length and the
    # spaces after it can hold a match.
    tail = _text_end(text, start, raw.span.start, " ") - 1 - MAX_VERB
    if INTRODUCED_RE.search(text, max(start, tail), raw.span.start):
        # "someone in the audience shouted, “Cruz,” Beck joked": a verb right
        # before the quote introduces it, whatever follows.
        cue = cue_before(text, start, raw.span.start, verbs)
        if cue:
            return cue, "introduced"
    cue = passive_by(text, start, raw.span, limit)
    if cue:
        return cue, "passive-by"
    cue = cue_after(text, raw.span.end, limit)
    if cue and (
        hands_over
        or _ends_at(text, cue.span.end, limit)
        # "“… a false narrative” said Nick Merrill, a spokesman.": the comma
        # left out, the verb and the name right after a quote that opens its
        # sentence still say who speaks
        or (
            cue.span.start < cue.phrase_span.start
            and _text_end(text, start, raw.span.start) <= start
        )
    ):
        if content.endswith(".") and not hands_over:
            # "Bass called the sweeps “reckless.” Abbott disagreed.": the
            # quote's full stop ends its sentence; a verb before it in that
            # sentence is its cue, not the next sentence's.
            before = cue_before(text, start, raw.span.start, verbs)
            if before:
                return before, "before"
        if (
            content.endswith(("!", "?"))
            and VERB_RIGHT_BEFORE_RE.search(text, max(start, tail), raw.span.start)
            and (before := cue_before(text, start, raw.span.start, verbs))
            and before.tight
        ):
            # "A man shouted “Go home!” Noem told reporters …": a verb right
            # before a quote that ends its own sentence introduces it; the
            # name after it opens the next sentence
            return before, "before"
        if (next_quote := NEXT_QUOTE_RE.match(text, cue.span.end)) and (
            (before := cue_before(text, start, raw.span.start, verbs))
            # "Newsom, who had said the deployment was “inflammatory,” Homan
            # said: “…”": a colon hands the verb to the quote after it
            and (before.tight or ":" in next_quote.group())
        ):
            # "Clinton responds to Mills with, “Why now?” Mills then writes
            # back, “You look cute.”": the verb after the quote introduces
            # the next one; the tight cue before this quote is its own
            return before, "before"
        if CONJUNCTION_RE.match(text, raw.span.end, cue.span.start):
            # "Padilla called the quota “cruel,” and Barragán said …": a new
            # clause with its own speaker; a verb before the quote wins.
            before = cue_before(text, start, raw.span.start, verbs)
            if before:
                return before, "before"
        elif (
            (outlet := cue.verb.lower() in ("reported", "reports"))
            or cue.phrase.split()[-1].lower() in SOURCE_NOUNS
            or ONE_OF_THEM_RE.fullmatch(cue.phrase.lower())
        ) and (_text_end(text, start, raw.span.start) > start):
            # "He said the numbers were “pathetic,” one source said": the
            # source reports words that the one named before them said (so
            # does "one of them recalled" after "Miller told the officials").
            before = cue_before(text, start, raw.span.start, verbs)
            if (
                before
                and NAMED_SUBJECT_RE.fullmatch(before.phrase)
                # "Miller told the officials they were 'not doing enough',
                # NBC News reported": the outlet reports whose words they
                # were, when a verb of saying before makes them that
                # person's ("Manafort acknowledged that the work could be
                # termed “influence peddling,” The Post reported" stays the
                # Post's quote: its two words are no speech of his)
                and (
                    not outlet
                    or (
                        before.verb.lower() in REPORTING_VERBS
                        and before.phrase not in PLACES  # "Malaysia said"
                    )
                )
            ):
                return before, "before"
        return cue, "after"
    cue = name_colon(text, start, raw.span.start)
    if cue:
        return cue, "name-colon"
    if article.blocks[raw.block].kind is not BlockKind.PARAGRAPH:
        cue = _heading_speaker(article, block, raw.span.start)
        if cue:
            return cue, "heading-colon"
        cue = _heading_owner(article, raw, block)
        if cue:
            return cue, "heading-owner"
    cue = verb_first(text, start, raw.span.start)
    if cue:
        return cue, "verb-first"
    cue = cue_before(text, start, raw.span.start, verbs)
    if cue:
        return cue, "before"
    cue = fronted_participle(text, start, raw.span, limit)
    if cue:
        return cue, "fronted participle"
    # The last character before the quote, spaces aside, is a colon.
    colon = _text_end(text, start, raw.span.start) - 1
    if colon >= start and text[colon] == ":":
        # "Sanders made the following comment:"
        heading = article.blocks[raw.block].kind is not BlockKind.PARAGRAPH
        cue = colon_subject(text, max(start, colon - CUE_WINDOW), colon, heading)
        if cue:
            return cue, "colon-subject"
    dash = dash_name(text, raw.span.end, limit)
    if dash:
        return dash, "dash-name"
    if raw.span.start == block.start and raw.block > 0:
        prev = article.blocks[raw.block - 1].span
        if text[prev.end - 1 : prev.end] == ":":
            back = max(prev.start, text.rfind(". ", prev.start, prev.end - 1) + 1)
            cue = (
                cue_before(text, back, prev.end)
                or name_colon(text, back, prev.end)
                or colon_subject(text, back, prev.end - 1)
            )
            if cue:
                return dc.replace(cue, tight=True), "paragraph-colon"
    rest = ONLY_SPACES_DOTS_RE.match(text, raw.span.end, block.end)
    if raw.block + 1 < len(article.blocks) and rest and rest.end() == block.end:
        following = article.blocks[raw.block + 1].span
        dash = dash_name(text, following.start, following.end)
        if dash:
            return dash, "dash-next-paragraph"
    cue = _how_said_next(article, raw, sentence, block, cues)
    if cue:
        return cue, "how-said"
    if raw.span.end < sentence.end:
        cue = cue_at_sentence_end(
            text,
            raw.span.end,
            min(sentence.end, limit),
            # "Cecile Richards noted that abortion … is “central” to the
            # platform, reported the Washington Examiner.": the verb before
            # the quote names its speaker, not the outlet that reports it
            inverted=not speech_verb_before(text, start, raw.span.start, verbs),
        )
        if cue:
            return cue, "sentence-end"
    cue = cues.according_to(sentence)
    if cue:
        return cue, "according-to"
    cue = _previous_sentence_cue(text, raw, sentence, block, cues)
    return (cue, "previous-sentence") if cue else None


def _how_said_next(
    article: Article, raw: RawQuote, sentence: Span, block: Span, cues: _Cues
) -> Cue | None:
    """The speaker the next sentence names for a quote that is a whole sentence.

    "“Nobody saw it coming.” That was how Tom Brennan described it." The
    quote must open its sentence and end it; the next sentence is the rest
    of its paragraph, or the next paragraph's opening when the quote ends
    its own.
    """
    text = article.text
    if text[max(sentence.start, block.start) : raw.span.start].strip():
        return None
    rest = ONLY_SPACES_DOTS_RE.match(text, raw.span.end, block.end)
    if rest and rest.end() == block.end:
        if raw.block + 1 >= len(article.blocks):
            return None
        following = article.blocks[raw.block + 1]
        if following.kind is not BlockKind.PARAGRAPH:
            return None
        start, end = following.span.start, following.span.end
    else:
        if text[raw.span.end : sentence.end].strip():
            return None
        start, end = sentence.end, block.end
    return how_said(text, start, end)


def _previous_sentence_cue(
    text: str, raw: RawQuote, sentence: Span, block: Span, cues: _Cues
) -> Cue | None:
    """The speaker of the sentence before, when it reports speech without quotes.

    "Kennedy said Harry should apologise in person. “There is a reservoir of
    goodwill …”": a quote that opens its sentence, with no cue of its own,
    right after a sentence of the same paragraph whose speech verb has a
    named subject (or that ends ", Mr Straw said.").
    """
    if sentence.start <= block.start or text[sentence.start : raw.span.start].strip():
        return None
    prev = cues.sentences.before(sentence)
    if prev is None or prev.start < block.start:
        return None
    i = bisect.bisect_left(cues.quote_starts, prev.start)
    if i < len(cues.quote_starts) and cues.quote_starts[i] < prev.end:
        return None  # a sentence with quotes of its own: their rules apply
    end = _text_end(text, prev.start, prev.end)
    if text[end - 1 : end] != ".":
        return None
    # The last ", said X" of the sentence.
    inverted = next(reversed(list(INVERTED_RE.finditer(text, prev.start, end))), None)
    cue = (cue_after(text, inverted.start(), end) if inverted else None) or (
        cue_at_sentence_end(text, prev.start, end)
    )
    if cue is None:
        # The sentence's last finite speech verb: not "difficult to say",
        # not "saying". Only that sentence's verbs are read (bisect), so a
        # paragraph of many quotes stays linear.
        found, ends = cues.block_verbs(raw.block), cues.verb_ends[raw.block]
        k = bisect.bisect_left(ends, end)
        while k > 0 and found[k - 1].start() >= prev.start:
            k -= 1
            if found[k].group("verb") in VERBS:
                cue = cue_before(text, prev.start, found[k].end())
                break
    if cue is None or not NAMED_SUBJECT_RE.fullmatch(cue.phrase):
        return None
    if RELATIVE_WORD_RE.search(text, cue.phrase_span.end, cue.span.end):
        return None  # "barged linesman Andy Davis, who had advised …": no report
    return dc.replace(cue, tight=False)


def _ends_at(text: str, offset: int, limit: int) -> bool:
    """Whether the cue closes its sentence.

    "“No.” she said." does, and with a time or a place after the verb so
    does "“…” Trump said last month."; "Trump said the plan fails." is a new
    sentence that reports other words.
    """
    if text[offset : offset + 1] in (".", "") or offset >= limit:
        return True
    if text[offset - 1 : offset] == "." and text[offset : offset + 1].isspace():
        return True  # "“…” said Guscott. “…”": the name took the full stop
    return ADJUNCT_END_RE.match(text, offset, limit) is not None


def _continues(done: _Done | None, raw: RawQuote, text: str) -> tuple[bool, bool]:
    """Whether a cue-less quote carries on the last one, and is a split of it.

    It carries on when it reopens a quote its paragraph's predecessor left
    open, or follows an attributed quote in the same paragraph: news writing
    attributes a paragraph's quotes once (“…,” Jackson said, adding that the
    plan works. “…”). It is
    a split of the same quote when only the rest of the cue's sentence stands
    between the two (“…,” Jackson continued. “…” / “…,” Mr. Lew said on
    Tuesday. “…”).
    """
    if done is None or done.quote.speaker is None:
        return False, False
    prev = done.raw
    if raw.continues and not prev.closed and prev.block == raw.block - 1:
        return True, True
    if prev.block != raw.block:
        return False, False
    cue = done.cue
    gap_from = (
        cue.span.end if cue and cue.span.start >= prev.span.end else prev.span.end
    )
    gap = text[gap_from : raw.span.start].strip(GAP_PUNCTUATION)
    if not gap:
        return True, True
    # Only the rest of the cue's sentence ("on Tuesday.") makes it a split.
    # (Not carrying when a sentence in between names someone else scored
    # worse on PolNeAR train, which attributes such quotes to the speaker.)
    # Nor a clause of its own: "“ready to hit” the target, even as Democrats
    # accused the administration of setting a “quota.”"
    return True, SENTENCE_END_RE.search(gap) is None and not CLAUSE_BETWEEN_RE.search(
        gap
    )


# "went on to say", "continued to insist": a speech verb in the infinitive
# that reports as its finite form does ("declined to say" does not).
CONTINUED_TO_RE = re.compile(
    r"\b(?:went|goes|go|going|continued|continues|proceeded)[ ](?:on[ ])?to[ ]\w+$"
)


def _a_sentence(content: str) -> bool:
    """Whether quoted words are a sentence: a capital first, a stop at the end.

    Spanish opens an exclamation or a question with its own mark: "¡Fuera
    ICE!", "¿Dónde está?".
    """
    content = content.strip().lstrip(SPANISH_OPENING_MARKS)
    return content[:1].isupper() and content[-1:] in ".!?"


def _ends_sentence(text: str, end: int, sentence: Span) -> bool:
    """Whether only spaces and full stops follow `end` in its sentence."""
    return ONLY_SPACES_DOTS_RE.fullmatch(text, end, max(end, sentence.end)) is not None


def _reported_before(
    article: Article,
    raw: RawQuote,
    quoted: set[int],
    sentences: _Sentences,
    who: Resolver,
) -> Speaker | None:
    """The named person the paragraph before a quote's reports, if any.

    Its last sentence must report speech ("Schlafly also noted that …")
    with a person named as the subject, and the paragraph hold no quote of
    its own (`quoted`: a quoted one hands on its speaker, as "next
    paragraph").
    """
    before = article.blocks[raw.block - 1]
    if before.kind is not BlockKind.PARAGRAPH or raw.block - 1 in quoted:
        return None
    text = article.text
    end = _text_end(text, before.span.start, before.span.end)
    if end <= before.span.start or text[end - 1] != ".":
        return None
    last = sentences.at(end - 1, before.span)
    cue = cue_before(text, max(last.start, before.span.start), end - 1)
    if cue is None or cue.verb not in REPORTING_VERBS:
        return None
    speaker = who.resolve(dc.replace(cue, rule="before"), end - 1)
    return speaker if speaker is not None and speaker.kind is Kind.PERSON else None


# Spanish opens an exclamation or a question with its own mark ("¡Fuera
# ICE!", "¿Dónde está?"): such words are a sentence spoken, never a name.
SPANISH_OPENING_MARKS = "¡¿"
# "Back in the corridor, ": a short phrase and its comma before a subject; a
# question put to the subject may be longer ("Asked whether the win changed
# anything in the race with Liverpool, the Spaniard smiled").
FRONTED_PHRASE_RE = re.compile(
    r"\s*(?:(?:Asked|Pressed|Questioned)[ ][^.“”\"\n]{0,120}?|[A-Z][^,.“”\"\n]{0,60}),[ ]"
)


def _actor_before(
    article: Article,
    raw: RawQuote,
    block: Block,
    sentences: _Sentences,
    raws: list[RawQuote],
    who: Resolver,
) -> Speaker | None:
    """The named person who opens the sentence before a quote, in its paragraph.

    The quote must open its own sentence, right after that one; the sentence
    before holds no quote and names no one else ("Mitchell told Ruiz …" is
    not read), and only a title or a fronted phrase stands before the name
    ("Charge nurse Dan Mitchell", "Back in the corridor, Reilly").
    """
    text = article.text
    here = sentences.at(raw.span.start, block.span)
    if here == block.span or text[here.start : raw.span.start].strip():
        return None
    previous = sentences.before(here)
    if previous is None or previous.start < block.span.start:
        return None
    if any(previous.start <= r.span.start < previous.end for r in raws):
        return None
    named = [
        e
        for e in article.entities
        if previous.start <= e.span.start < previous.end
        and e.kind in (Kind.PERSON, Kind.ORGANIZATION)
    ]
    if not named or (
        (lead := FRONTED_PHRASE_RE.match(text, previous.start, previous.end))
        and all(e.span.end <= lead.end() for e in named)
    ):
        return _anaphor_before(article, previous, raw, who)
    if len({e.canonical for e in named}) != 1 or named[0].kind is not Kind.PERSON:
        return None
    lead = FRONTED_PHRASE_RE.match(text, previous.start, named[0].span.start)
    words = text[lead.end() if lead else previous.start : named[0].span.start].split()
    if len(words) > 3 or not all(
        w[:1].isupper() or w.lower() in TITLE_WORDS or w.lower() in PEOPLE_NOUNS
        for w in words
    ):
        return None
    return who.named(named[0].span)


# The subject of a sentence that stands for someone named before it: a
# pronoun before its verb, or "the" and the words that may be its noun
# phrase ("the Spaniard", "the 43-year-old", "the England winger"; each
# length is tried, shortest first).
ANAPHOR_SUBJECT_RE = re.compile(
    rf"(?P<np>(?:[Hh]e|[Ss]he)(?=[ ][a-z])|{THE_SUBJECT_RE.pattern})"
)


def _anaphor_before(
    article: Article, previous: Span, raw: RawQuote, who: Resolver
) -> Speaker | None:
    """The person a sentence before a quote stands for by its subject alone.

    "Asked whether the win changed anything, the Spaniard smiled. “Nothing
    changes.”": the subject is a nationality, an age or a role that the
    resolver reads as one named person, as it would in "“…,” the Spaniard
    said", or a pronoun that stands for the person who spoke last; a
    description it cannot tie to a name ("the crowd") gives no speaker. The
    sentence names no one outside its fronted phrase.
    """
    text = article.text
    lead = FRONTED_PHRASE_RE.match(text, previous.start, previous.end)
    start = lead.end() if lead else previous.start
    while start < previous.end and text[start].isspace():
        start += 1
    m = ANAPHOR_SUBJECT_RE.match(text, start, previous.end)
    if m is None:
        return None
    words = m.group("np").split()
    if len(words) > 1 and words[1].lower() in AUTHORED_DOCUMENTS:
        return None  # "The statement said …": resolving it records a document
    for n in range(1 if len(words) == 1 else 2, len(words) + 1):
        phrase = " ".join(words[:n])
        span = Span(start, start + len(phrase))
        cue = Cue(phrase, span, span, "", False, rule="subject before")
        found = who.resolve(cue, raw.span.start)
        if found is None:
            continue
        if n == 1:
            # "He had toured Africa with Stevie Wonder. “…”": a pronoun only
            # for the one who spoke last (its person is often not named near),
            # also someone the text describes or names once ("a man named
            # Luis … “…,” he said. He shrugged. “…”")
            last = who.speakers[-1][1].name if who.speakers else None
            if found.name != last or found.kind not in (Kind.PERSON, None):
                return None
            return found
        if found.kind is not Kind.PERSON:
            continue
        return found
    return None


def _according_to(cue: Cue | None, speaker: Speaker | None) -> bool:
    """Whether "according to" (or "in the words of") names a person or body."""
    return (
        cue is not None
        and cue.rule == "according-to"
        and speaker is not None
        and speaker.kind is not None
    )


def _reported(cue: Cue | None, speaker: Speaker | None, text: str) -> bool:
    """Whether a cue makes even a few quoted words the speaker's.

    A directive ("instructed officials to “look further”"), and a speech verb
    earlier in the sentence that reports what a person said ("Cotton said
    the decision was “not taken lightly”"): the words are the speaker's own,
    quoted inside the reporter's sentence. Only for a named person or
    organisation (or a pronoun that stands for one) or a description of a
    person by a title or a noun for people ("a federal judge", "officials"):
    on PolNeAR, the subject read before a long reported clause was as often
    a place or a number ("Michigan", "63 percent") as a speaker.
    """
    if cue is None:
        return False
    return cue.directive or (
        cue.rule == "before"
        and (
            cue.verb in REPORTING_VERBS
            or bool(CONTINUED_TO_RE.search(text, cue.span.start, cue.span.end))
        )
        and speaker is not None
        and (speaker.kind is not None or _names_people(speaker))
    )


# Prepositions that may end a description's head before a place or body
# ("analysts at JPMorgan"); not "of", which titles hold ("secretary of state").
HEAD_ENDS = frozenset({"at", "in", "for", "from", "with", "on"})


def _names_people(speaker: Speaker) -> bool:
    """A description whose last word is a title, a people noun or a document.

    "The memo says agents should “exercise discretion”": a memo's words.
    """
    if speaker.how == "agent for":
        return True  # "a spokesperson for Mayor Karen Bass"
    if speaker.several:
        return True  # names joined by "and": "Padilla and Schiff said"
    if speaker.kind is not None or speaker.how not in ("description", "pronoun"):
        return False  # a pronoun may stand for a description ("A Border Patrol
        # agent described the day. He said it was “routine.”")
    written = speaker.name.split(" ")
    words = [w.lower() for w in written]
    # The head may come before a place or body: "analysts at JPMorgan",
    # "officials in Sacramento" (not "a judge in October").
    head = next(
        (
            i
            for i, w in enumerate(words[:-1])
            if i
            and w in HEAD_ENDS
            and written[i + 1][:1].isupper()
            and words[i + 1] not in MONTHS
            and words[i + 1] not in WEEKDAYS
        ),
        len(words),
    )
    return any(
        last in TITLE_WORDS
        or last in TITLE_NOUNS  # "Trump’s border tsar", "a Democratic strategist"
        or last.removesuffix("s") in TITLE_WORDS  # "governors", "senators"
        or last in PEOPLE_NOUNS
        or last in SOURCE_NOUNS  # "A Treasury source said he was “relaxed”"
        or last in KIN_NOUNS  # "Reyes's wife said the arrest was “cruel”"
        or last in WORDED_DOCUMENTS
        or last in org_nouns.BODIES  # "the agency said its officers “…”"
        for last in {words[head - 1], words[-1]}
    )


def _next_starts(raws: list[RawQuote], blocks_end: list[int]) -> list[int]:
    """For each quote, where the next top-level quote of its paragraph starts."""
    limits = [0] * len(raws)
    following: RawQuote | None = None
    for n in range(len(raws) - 1, -1, -1):
        raw = raws[n]
        end = blocks_end[raw.block]
        if following is not None and following.block == raw.block:
            end = min(end, following.span.start)
        limits[n] = end
        if not raw.nested:
            following = raw
    return limits


def annotate_quotes(article: Article) -> list[Quote]:
    """Return every quote with its kind and speaker."""
    return _quotes(article, None)


def explain_quotes(article: Article) -> list[tuple[Quote, str]]:
    """Every quote with the rules that gave it its speaker, for `make eval`.

    "after > entity": a cue after the quote whose phrase names an entity;
    "before > pronoun", "according-to > description", ...; "carries on" (the
    quote before gave it), "next sentence" (a person and a speech verb open
    the sentence after it), "next paragraph" (a paragraph of quote after a
    quoted one), "attributed at its end" (the second paragraph's cue), "no
    cue"; "scare" for words in quotation marks that are no speech.
    """
    trace: list[str] = []
    return list(zip(_quotes(plain_spaces(article), trace), trace, strict=True))


# A Title Case headline capitalises its verb ("Mayor Calls Raids
# 'Reckless'", "Noem Vows to 'Finish the Job'"); the cue patterns read verbs
# in lower case. These present-tense verbs are read as verbs there: not the
# ones as often a plural noun in a headline ("Claims", "Reports", "Notes",
# "Questions", "Demands").
HEADLINE_VERBS = (
    frozenset(
        w for w in SPEECH_VERBS | NAMING_VERBS if w.endswith("s") and " " not in w
    )
    - frozenset(
        """
answers boasts brands claims comments continues counters cries demands jokes
notes posts promises questions reads remarks replies reports states stresses
tweets
""".split()
    )
    | HEADLINE_CRITICISM_VERBS
)
QUOTE_MARK_RE = re.compile(r"[“”\"‘’']")
HEADLINE_WORD_RE = re.compile(r"(?<=[\w.’'] )[A-Z][a-z]+\b")


def _headline_verb(word: str) -> bool:
    """A headline verb, in the singular ("Says") or after a plural ("Say")."""
    word = word.lower()
    plural = word[:-1] + "ies" if word.endswith("y") else word + "s"
    return word in HEADLINE_VERBS or (
        not word.endswith("s") and plural in HEADLINE_VERBS
    )


def _headline_verbs(article: Article) -> Article:
    """The article as its quote cues read it: Title Case headings' verbs in lower case.

    The first speech verb of each heading after a word of its subject. Only
    for finding cues: the text keeps its length, so every span stays where
    it is, and the quotes keep the article's own words.
    """
    text = article.text
    chars: list[str] | None = None
    for block in article.blocks:
        if block.kind is BlockKind.PARAGRAPH and block is not article.blocks[0]:
            continue
        line = text[block.span.start : block.span.end]
        if not is_title_case(line) or not QUOTE_MARK_RE.search(line):
            continue
        for m in HEADLINE_WORD_RE.finditer(text, block.span.start, block.span.end):
            if _headline_verb(m.group()) and _subject_ends(article, m.start() - 1):
                chars = chars if chars is not None else list(text)
                chars[m.start()] = chars[m.start()].lower()
                break
    return article if chars is None else dc.replace(article, text="".join(chars))


def _subject_ends(article: Article, at: int) -> bool:
    """Whether a headline's subject ends at `at` (the space before its verb).

    A name the article knows, or a title or a word for people ("Mayor Calls",
    "Protesters Chant"); not another verb ("Trump Rejects Calls to …").
    """
    if any(e.span.end == at for e in article.entities):
        return True
    word = article.text[article.text.rfind(" ", 0, at) + 1 : at].lower()
    return word in TITLE_WORDS or word in PEOPLE_NOUNS


def _nickname(text: str, raw: RawQuote) -> bool:
    """Whether a quote is a nickname inside a person's name: part of the name."""
    return raw.closed and is_nickname(text, raw.span.start, raw.span.end)


def _closing_paragraph_cue(
    article: Article, raws: list[RawQuote], n: int, limits: list[int], cues: _Cues
) -> tuple[Cue, int] | None:
    """The cue of the quote that closes one left open, and where it starts.

    News writing leaves a quote open at the end of a paragraph when the
    same speaker goes on in the next, which reopens it; the paragraph that
    finally closes it carries the attribution. Only paragraphs of quote
    that follow one another, each reopened at its start with the same mark,
    are followed: an excerpt of another text opened with straight marks
    ('"Rising to the A-list …') quotes its own people with curly ones, and
    their cues are not the excerpt's. The start is where "he" is resolved.
    """
    text = article.text
    mark = text[raws[n].span.start]
    k = n
    while True:
        raw = raws[k]
        if raw.closed or raw.nested or k + 1 >= len(raws):
            return None
        block = article.blocks[raw.block].span
        rest = ONLY_SPACES_DOTS_RE.match(text, raw.span.end, block.end)
        nxt = raws[k + 1]
        if (
            rest is None
            or rest.end() != block.end
            or nxt.block != raw.block + 1
            or nxt.span.start != article.blocks[nxt.block].span.start
            or text[nxt.span.start] != mark
        ):
            return None
        k += 1
        if nxt.closed:
            break
    nxt_block = article.blocks[nxt.block].span
    sentence = cues.sentences.at(nxt.span.start, nxt_block)
    cue = _find_cue(article, nxt, sentence, max(limits[k], nxt.span.end), cues)
    return (cue, nxt.span.start) if cue else None


def _quotes(article: Article, trace: list[str] | None) -> list[Quote]:
    article = _headline_verbs(article)
    text = article.text
    titled = _TitleCase(text)
    # A nickname is read as a quote nested in another: words in quotation
    # marks that are no one's speech and end no one's cue.
    raws = [
        dc.replace(raw, nested=True)
        if not raw.nested
        and _nickname(text, raw)
        and not titled.at(raw.block, article.blocks[raw.block].span)
        else raw
        for raw in find_quote_spans(article)
    ]
    cues = _Cues(article, raws)
    sentences = cues.sentences
    who = Resolver(article, [r.span for r in raws if not r.nested])
    limits = _next_starts(raws, [b.span.end for b in article.blocks])
    quotes: list[Quote] = []
    done: _Done | None = None
    last_block_speaker: tuple[int, Speaker] | None = None
    quoted = {r.block for r in raws}  # the blocks that hold a quote
    for n, raw in enumerate(raws):
        if raw.nested:
            quotes.append(Quote(raw.span, QuoteKind.SCARE, None))
            if trace is not None:
                trace.append("scare")
            continue
        block = article.blocks[raw.block]
        sentence = sentences.at(raw.span.start, block.span)
        content = _content(text, raw)
        words = len(content.split())
        cue = _find_cue(article, raw, sentence, max(limits[n], raw.span.end), cues)
        if (
            cue
            and not cue.tight
            and cue.span.end <= raw.span.start
            and not text[cue.span.end : raw.span.start].strip(" ,:")
        ):
            cue = dc.replace(cue, tight=True)  # "According to Limbaugh, “…”"
        speaker = who.resolve(cue, raw.span.start) if cue else None
        named = False
        if (
            cue
            and cue.verb in ACCUSING_VERBS
            and (
                speaker is None
                or not speaker.kind
                or PASSIVE_RE.search(
                    text,
                    max(0, cue.span.end - len(cue.verb) - 30),
                    cue.span.end - len(cue.verb),
                )
            )
        ):
            # "accused Reeves of “short-changing” carers": the accuser's
            # words only when a named person or body accuses; a subject
            # read before "accused" is as often a thing ("the petition"),
            # and "X, 52, is accused of" is the accused.
            cue, speaker = None, None
        if (
            cue
            and cue.rule != "passive-by"
            and cue.verb in NAMING_VERBS
            and cue.verb.split()[0].endswith("ed")
            and PASSIVE_RE.search(
                text,
                max(0, cue.span.end - len(cue.verb) - 30),
                cue.span.end - len(cue.verb),
            )
        ):
            # "Sanders was called “a socialist”": the subject is named, by
            # someone the sentence does not say (nor the quote before).
            cue, speaker, named = None, None, True
        how = (
            f"{cue.rule} > {speaker.how if speaker else 'nobody'}" if cue else "no cue"
        )
        group: int | None = None
        carries, split = _continues(done, raw, text)
        shares_cue = (
            cue is not None
            and done is not None
            and done.cue is not None
            and (cue.span == done.cue.span)
        )
        continuing = carries and (cue is None or shares_cue) and not named
        if continuing and done is not None:
            if speaker is None and done.quote.speaker is not None:
                speaker = Speaker(done.quote.speaker, done.quote.speaker_kind)
                how = "carries on"
            if split or shares_cue:
                group = done.quote.group if done.quote.group is not None else done.index
                if done.quote.group is None:  # the first part joins its own group
                    quotes[done.index] = dc.replace(done.quote, group=group)
        elif cue is None and (
            ahead := _closing_paragraph_cue(article, raws, n, limits, cues)
        ):
            # "“Our members have had enough.¶“They will not accept …,” said
            # Tom Hale": a quote left open at its paragraph's end goes on in
            # the next, and the paragraph that closes it says whose it is.
            speaker = who.resolve(*ahead)
            how = f"closing paragraph > {speaker.how if speaker else 'nobody'}"
            group = len(quotes)  # one quote over paragraphs: the ones after join
        elif (
            cue is None
            and raw.span.start == block.span.start
            and last_block_speaker is not None
            and last_block_speaker[0] == raw.block - 1
            and words > MAX_SCARE_WORDS
        ):
            speaker = last_block_speaker[1]  # a paragraph of quote after a quoted one
            how = "next paragraph"
        elif (
            cue is None
            and raw.span.start == block.span.start
            and raw.block > 0
            and words > MAX_SCARE_WORDS
            # nothing after it in its last sentence: ", according to a court
            # document" is an attribution the cues did not read
            and _ends_sentence(
                text, raw.span.end, sentences.at(raw.span.end - 1, block.span)
            )
            and (reporter := _reported_before(article, raw, quoted, sentences, who))
        ):
            # "Schlafly also noted that Reagan never compromised.¶ “Reagan’s
            # pledge was …”": a paragraph of quote after one that reports
            # what a named person said, in its last sentence, is theirs.
            speaker, how = reporter, "after reported speech"
        elif (
            cue is None
            and raw.span.start > block.span.start
            and (words > MAX_SCARE_WORDS or _a_sentence(content))
            and _ends_sentence(
                text, raw.span.end, sentences.at(raw.span.end - 1, block.span)
            )
            and (actor := _actor_before(article, raw, block, sentences, raws, who))
        ):
            # "Mitchell points to an elderly man on a trolley. “He should be
            # on a ward.”": a quote that is its own sentence, after one whose
            # subject is a named person, is that person's (a feature's way).
            speaker, how = actor, "subject of the sentence before"
        if (
            cue is None
            and how in ("carries on", "next paragraph")
            and speaker is not None
            and (nxt := who.next_sentence_speaker(raw.span.end, block.span.end))
            and nxt.name != speaker.name
        ):
            # "“…,” said Harris. “…” Coach Mary Jones said the team had
            # worked hard": the next sentence names who speaks.
            speaker, how = nxt, "next sentence"
        tight = cue is not None and cue.tight
        first = max(sentence.start, block.span.start)
        before = _text_end(text, first, raw.span.start)  # the text before, stripped
        opens_sentence = (
            before == first
            or text[before - 1] in ".!?:"
            # "“We will fight,” said Ana Ruiz, a teacher, “and we will win.”":
            # the second half of a spoken sentence its attribution splits
            or (
                split
                and done is not None
                and done.quote.quote_kind is QuoteKind.SPEECH
                and text[before - 1] == ","
            )
            # "- “…,” a former official said": a list item's marker, or a
            # briefing's label and its dash ("QUOTE OF THE DAY — “…”")
            or bool(LEAD_IN_RE.fullmatch(text, first, before))
            or (
                tight
                and cue is not None
                and cue.span.end <= raw.span.start
                # "called the ruling “a disaster”", "warned of “chaos”":
                # words inside the sentence
                and cue.verb not in NAMING_VERBS
                and not cue.verb.endswith(" of")
                # "Ruiz: curfew 'is working'": words after the name's colon
                and not (
                    cue.verb == ":" and text[cue.span.end : raw.span.start].strip()
                )
            )
        )
        # In a headline in Title Case every word is capitalised: it says
        # nothing about the quote being a name.
        if cue is None and (
            _announced(text, raw, block) or _topic_then_quote(text, raw, block)
        ):
            kind = QuoteKind.SPEECH  # "‘They came for us’: LA on edge"
        elif (
            (
                block.kind is not BlockKind.PARAGRAPH
                and cue is None
                and not titled.at(raw.block, block.span)
                # "Officials ‘plan to deploy 20,000 troops’ to help ICE": a
                # headline's longer quote is someone's words, as a
                # British headline marks a claim; a word or two may be the
                # writer's distance ("Miller's ‘tense’ meeting"), and so may
                # a phrase after an article ("a ‘once in a century’ storm")
                and (
                    words <= MAX_SCARE_WORDS
                    or _is_name_like(content)
                    or ARTICLE_END_RE.search(
                        text, max(block.span.start, raw.span.start - 4), raw.span.start
                    )
                    is not None
                )
            )
            or (
                (
                    _is_name_like(content)
                    or _one_word_title(content, text, raw.span.start)
                )
                and not (cue is not None and cue.tight and cue.verb in SHOUTING_VERBS)
                # "“…,” the president added. “We're America.”": a sentence
                # of its own that goes on from a quote is said, not a title
                and not (
                    how == "carries on"
                    and opens_sentence
                    and content.rstrip()[-1:] in (".", "!", "?")
                )
                and (
                    not _introduces(cue, raw, text, shares_cue)
                    or NAMED_WORK_RE.search(
                        text, max(first, raw.span.start - 40), raw.span.start
                    )
                )
                and not titled.at(raw.block, block.span)
            )
            or (
                group is None
                and not tight
                and not _reported(cue, speaker, text)
                # "According to Ruiz, the city “will recover”": her words;
                # one word is still as often the writer's distance from it
                # ("a “tense” meeting …, according to the outlet").
                and not (words > 1 and _according_to(cue, speaker))
                and words <= MAX_SCARE_WORDS
                and not raw.bare  # a paragraph printed as someone's words
                # "Mitchell walks on. “We keep going.”": a short sentence
                # of its own that the sentence before gives a speaker is said
                and not (
                    how == "subject of the sentence before" and _a_sentence(content)
                )
            )
            or _listener(cue, raw, text)
        ):
            kind = QuoteKind.SCARE
        elif opens_sentence:
            kind = QuoteKind.SPEECH
        else:
            kind = QuoteKind.PARTIAL
        if kind is QuoteKind.SCARE:
            speaker, cue, how = None, None, "scare"
        quote = Quote(
            raw.span,
            kind,
            speaker.name if speaker else None,
            speaker.kind if speaker else None,
            cue.span if cue else None,
            group,
        )
        if speaker is not None and kind is not QuoteKind.SCARE:
            who.remember(cue.phrase_span.start if cue else raw.span.start, speaker)
            last_block_speaker = (raw.block, speaker)
            if (
                raw.continues
                and done is not None
                and done.quote.speaker is None
                and not done.raw.closed
                and done.raw.block == raw.block - 1
            ):
                # A quote over two paragraphs, attributed at its end: the
                # opening paragraph takes the speaker too, in one group.
                group = done.index
                quote = dc.replace(quote, group=group)
                quotes[done.index] = dc.replace(
                    done.quote,
                    speaker=speaker.name,
                    speaker_kind=speaker.kind,
                    group=group,
                )
                if trace is not None:
                    trace[done.index] = "attributed at its end"
            elif (
                raw.continues
                and done is not None
                and group is None
                and done.quote.group is not None
                and done.quote.speaker == speaker.name
                and not done.raw.closed
                and done.raw.block == raw.block - 1
            ):
                # The paragraph that closes a quote over paragraphs, which
                # gave its speaker to the ones before (`_closing_paragraph_cue`).
                group = done.quote.group
                quote = dc.replace(quote, group=group)
        quotes.append(quote)
        if trace is not None:
            trace.append(how)
        if kind is not QuoteKind.SCARE:
            done = _Done(raw, quote, len(quotes) - 1, cue)
    _headline_repeats(article, raws, quotes, trace)
    return quotes


def _announced(text: str, raw: RawQuote, block: Block) -> bool:
    """A quote that opens a heading with a colon after it: someone's words.

    "‘They came for our neighbours’: Los Angeles on edge": the headline
    quotes a person the body may name (`_headline_repeats`), never the
    writer's distance from a word.
    """
    if block.kind is BlockKind.PARAGRAPH or raw.nested:
        return False
    if text[block.span.start : raw.span.start].strip():
        return False
    return text[raw.span.end : block.span.end].lstrip().startswith(":")


def _topic_then_quote(text: str, raw: RawQuote, block: Block) -> bool:
    """A quote that ends a heading after its topic and a colon: someone's words.

    "US immigration raids: ‘My dad never came back’": the words of someone
    the body may name (`_headline_repeats`); a single word there ("Budget:
    ‘fair’") may still be the writer's.
    """
    if block.kind is BlockKind.PARAGRAPH or raw.nested:
        return False
    if not text[block.span.start : raw.span.start].rstrip().endswith(":"):
        return False
    if text[raw.span.end : block.span.end].strip(" .!?"):
        return False
    return len(text[raw.span.start : raw.span.end].split()) > 1


ACCUSING_VERBS = frozenset({"accused", "accuses", "accusing"})
# Verbs whose words in Title Case are still words shouted, not a name: a
# chant ("chanted “Free David!”"). Not "sang": a song has a title; not a
# participle ("were shown chanting “Marco! Marco!”"), whose subject is read
# from the sentence's start and is as often someone else.
SHOUTING_VERBS = frozenset(
    """
chanted chants shouted shouts yelled screamed cried cries roared bellowed
""".split()
)
MIN_REPEATED_WORDS = 3
"""Words a headline quote needs to be found inside a longer quote below."""


def _words_of(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _headline_repeats(
    article: Article, raws: list[RawQuote], quotes: list[Quote], trace: list[str] | None
) -> None:
    """Give a headline's quote the speaker of the quote below that it repeats.

    "'They came for our neighbours': residents describe fear" over "“They
    came for our neighbours,” said Rosa Delgado": her words, though the
    headline names nobody. The whole quote below, or three words or more of
    it; a speaker only when one quote below (or one speaker) has them.
    """
    text = article.text
    unsaid = [
        n
        for n, (raw, quote) in enumerate(zip(raws, quotes, strict=True))
        if quote.speaker is None
        and not raw.nested
        and article.blocks[raw.block].kind in OPENING_KINDS
    ]
    if not unsaid:
        return
    body = [
        (_words_of(_content(text, raw)), quote)
        for raw, quote in zip(raws, quotes, strict=True)
        if quote.speaker is not None
        and article.blocks[raw.block].kind not in OPENING_KINDS
    ]
    for n in unsaid:
        raw, quote = raws[n], quotes[n]
        words = _words_of(_content(text, raw))
        if not words:
            continue
        long = len(words.split()) >= MIN_REPEATED_WORDS
        found = {
            (below.speaker, below.speaker_kind)
            for said, below in body
            if said == words or (long and f" {words} " in f" {said} ")
        }
        if len(found) != 1:
            continue
        speaker, kind = found.pop()
        quotes[n] = dc.replace(
            quote, quote_kind=QuoteKind.PARTIAL, speaker=speaker, speaker_kind=kind
        )
        if trace is not None:
            trace[n] = "repeats a quote below"
