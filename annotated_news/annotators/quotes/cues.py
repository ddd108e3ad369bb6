"""Find the attribution of a quote: a speech verb and its subject.

The patterns of news writing, in the order they are tried:

1. After the quote: “…,” Jackson continued / “…,” said Mr. Lew / “…,”
   Abigail Jackson, a White House spokeswoman, said.
2. Before it, in its sentence: Jackson said, “…” / Jackson told The
   Independent: “…” / Jackson said in a statement that “…” / he called it
   “a disaster”. The speaker is the subject of the last speech verb.
3. At the end of its sentence: the plan is “a disaster” and “a joke,” Trump
   said.
4. "according to …" anywhere in its sentence.
5. A paragraph that ends "… said:" introduces the quote that opens the next.

All patterns are compiled once; each quote is matched against a bounded
window of text, so the work stays linear in the article.
"""

from __future__ import annotations

import dataclasses as dc
import re

from ...model import Span
from ..lexicon import (
    NAMING_VERBS,
    SPEECH_PARTICIPLES,
    SPEECH_VERB_BASES,
    SPEECH_VERBS,
)


def _alternation(words: frozenset[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


VERB = rf"(?:{_alternation(SPEECH_VERBS)})"
ANY_VERB = rf"(?:{_alternation(SPEECH_VERBS | SPEECH_VERB_BASES)})"
PARTICLE = r"(?:[ ](?:back|out|on|in|up))?"
# A word of a speaker phrase; a party-and-state tag counts as one ("(D-N.Y.)").
WORD = r"(?:[\w.’'-]+|\([\w.,’' -]{1,20}\))"
ADVERB = r"(?:(?:also|then|later|once|again|previously|recently|simply|just|\w+ly)[ ])"
# Words that may start the noun phrase of a speaker.
NP_STARTERS = frozenset("""
a an the one two three four five six seven eight nine ten several some many most
his her their its our my this that these those another both each former current
he she they it we i who others other
""".split())
# Words that end the noun phrase after "said ...": "said Gov. Terry E.
# Branstad of Iowa", "said Ms. Kline in an interview".
NP_STOP = (
    r"(?:in|on|at|during|of|who|while|after|before|when|to|about|from|for|last|"
    r"this|as|with|and|but|because|earlier|yesterday|today|tonight|recently)"
)
# A name does not end at a title or an initial: "said Ms." is no speaker,
# "said Ms. Leon" is.
NOT_ABBREVIATION = "".join(
    rf"(?<!\b{a})" for a in ("Mr", "Ms", "Mrs", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt",
                              "St", "Capt", "Col", "Sgt", "Jr", "Sr", "Prof", "Rev",
                              "Del", "Adm", "Maj", "Atty")
) + r"(?<![ .][A-Z])"
AFTER_RE = re.compile(
    rf"[,]?[ \t]*(?:(?:and|but|then)[ ])?(?:"
    rf"(?P<np>(?:{WORD}[ ]){{0,7}}?{WORD})"
    r"(?P<appos>(?:,[ ][^,;:!?“”\"\n]{1,120}){1,2},)?"
    rf"[ ]{ADVERB}?(?P<verb>{ANY_VERB}){PARTICLE}\b"
    rf"|(?P<verb2>{VERB}){PARTICLE}[ ](?P<np2>(?:{WORD}[ ]){{0,6}}?{WORD}?)"
    rf"{NOT_ABBREVIATION}(?=[ ]*(?:[,;:!?(—–\n]|\.(?:[ \n]|$)|$)|[ ]{NP_STOP}\b)"
    r")"
)
# Any speech verb, participle or naming verb: the last one before a quote.
BEFORE_VERB_RE = re.compile(
    rf"\b(?P<verb>{VERB}|{_alternation(SPEECH_PARTICIPLES)}"
    rf"|{_alternation(NAMING_VERBS)}){PARTICLE}\b"
)
# What may stand between a cue verb and its quote: no sentence end, no mark.
BETWEEN_RE = re.compile(r"(?:[^.!?“”\"\n]|(?<=[A-Z])\.)*")
# The end of a sentence that attributes earlier quotes: ", Trump said."
SENTENCE_END_RE = re.compile(
    rf",[ ](?P<np>(?:{WORD}[ ]){{0,7}}?{WORD})[ ]{ADVERB}?(?P<verb>{VERB}){PARTICLE}"
    r"(?:[ ][^,.;“”\"\n]{0,40})?[.!?]?[ ]*$"
)
ACCORDING_RE = re.compile(
    rf"\b(?i:according)[ ]to (?P<np>(?:{WORD}[ ]){{0,7}}?{WORD})(?=[ ]*(?:[,;:!?(—–)]|\.(?:[ \n]|$)|$)"
    rf"|[ ](?:who|which|that|and)\b)"
)
# "Trump: ‘I’m the …’" in headlines; "Continued Stone:" before a quote.
NAME_COLON_RE = re.compile(
    rf"^[ ]*(?:(?i:{VERB})[ ])?(?P<np>[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){{0,4}}):[ ]*$"
)
SEGMENT_RE = re.compile(r"[^,;—–()]+")
LEADING_WORDS = frozenset("""
after although and as asked at because before but by despite during even following
for from here however if in instead like meanwhile now on once since so speaking
still then though through thus under unlike until when where whereas while with
yet later earlier also last this yesterday today responding pressed
""".split())
RELATIVE_RE = re.compile(r"[ ](?:who|which|that|whose)\b")
LAST_NAME_RE = re.compile(
    r"(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|(?:[A-Z][\w.’'-]*[ ]){0,4}[A-Z][\w.’'-]*)"
)
LEAD_RE = re.compile(r"(as|and|but|yet|so|then|still)[ ]+", re.IGNORECASE)
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# A named subject at the start of a clause: "Trump", "The New York Times".
NAME_NP_RE = re.compile(r"(?:(?:the|The|a|A|an|An)[ ])?(?:[A-Z][\w.’'-]*(?:[ ]|$))+")
TRAILING_RE = re.compile(
    r"[ ](?:then|also|later|earlier|again|once|previously|recently|now|today|"
    r"yesterday|tonight|\w+ly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)$"
)


@dc.dataclass(frozen=True, slots=True)
class Cue:
    """An attribution found for a quote."""

    phrase: str
    """The speaker as written ("Jackson", "an assistant U.S. attorney", "he")."""
    phrase_span: Span
    span: Span
    """The whole cue ("Jackson continued")."""
    verb: str
    tight: bool
    """The cue introduces the quote directly (“…,” he said / he said, “…”)."""
    apposition: tuple[str, Span] | None = None
    """An apposition after the speaker ("Clinton’s campaign manager, Robby Mook,")."""


def _np_ok(phrase: str) -> bool:
    """A speaker phrase starts like a noun phrase or ends with a name.

    "former tech executive Carly Fiorina" is one.
    """
    words = phrase.split()
    if not words:
        return False
    first = words[0]
    last = next((w for w in reversed(words) if w[0].isalpha()), first)
    return (first[0].isupper() or first.lower() in NP_STARTERS or first[0].isdigit()
            or (len(words) <= 8 and last[0].isupper()))


def cue_after(text: str, end: int, limit: int) -> Cue | None:
    """A cue right after a quote that ends at `end` (window up to `limit`)."""
    m = AFTER_RE.match(text, end, limit)
    if not m:
        return None
    name = "np" if m.group("np") else "np2"
    phrase = m.group(name)
    if not phrase or not _np_ok(phrase):
        return None
    phrase_span = Span(m.start(name), m.end(name))
    appos = None
    if m.group("appos"):
        a_start = m.start("appos") + 2
        a_end = m.end("appos") - 1
        appos = (text[a_start:a_end], Span(a_start, a_end))
    verb = m.group("verb") or m.group("verb2")
    return Cue(phrase, phrase_span, Span(m.start(name) if name == "np" else
                                          m.start("verb2"), m.end()), verb, True, appos)


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of a clause, trimmed of whitespace."""
    found = []
    for m in SEGMENT_RE.finditer(text, start, end):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            found.append((a, b))
    return found


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop trailing adverbs and times from a subject ("Mills then", "Priebus later Thursday")."""
    while True:
        m = TRAILING_RE.search(text, a, b)
        if not m or m.start() <= a:
            return a, b
        b = m.start()


def subject(text: str, start: int, verb_at: int, main_clause: bool) -> tuple[str, Span] | None:
    """The subject of a cue verb: a noun phrase between `start` and the verb.

    Leading adverbials ("On Friday,", "Asked about it,") are skipped; an
    apposition after the subject ("Jackson, a spokeswoman, said") is not the
    subject; a pronoun that starts the clause is ("He then adopted an accent
    and joked"). For a participle cue ("…, saying"), `main_clause` asks for
    the subject of the sentence rather than of the last clause.
    """
    segments = _segments(text, start, verb_at)
    if len(segments) > 1 and not main_clause:
        # "Trump will use the debate to make news, Kall said": a name or a
        # pronoun right before the verb, after a clause, is the subject.
        a, b = segments[-1]
        last = LAST_NAME_RE.fullmatch(text, a, b)
        if last and text[a:b].split(" ", 1)[0].lower() not in LEADING_WORDS:
            return text[a:b], Span(a, b)
    for index, (a, b) in enumerate(segments):
        is_last = index == len(segments) - 1
        lead = LEAD_RE.match(text, a, b)
        if lead and (is_last or lead.group(1).lower() in ("and", "but", "yet")):
            a = lead.end()  # "As X wrote," / "and X said"
        first = text[a:b].split(" ", 1)[0]
        low = first.lower()
        if low in LEADING_WORDS or (low.endswith("ing") and first[:1].isupper()):
            continue
        if low == "who" and index > 0:
            a, b = segments[index - 1]
            return text[a:b], Span(a, b)
        if low in PERSONAL_PRONOUNS:
            return first, Span(a, a + len(first))
        relative = RELATIVE_RE.search(text, a, b)
        if relative:
            b = relative.start()
        if main_clause and not is_last:
            np = NAME_NP_RE.match(text, a, b)
            if not np:
                return None
            b = np.end()
        a, b = _trim(text, a, b)
        phrase = text[a:b].rstrip()
        if not _np_ok(phrase) or len(phrase.split()) > 12:
            return None
        return phrase, Span(a, a + len(phrase))
    return None


def cue_before(text: str, start: int, quote_start: int) -> Cue | None:
    """The last speech verb before a quote in its sentence, and its subject."""
    last = None
    for m in BEFORE_VERB_RE.finditer(text, start, quote_start):
        last = m
    if last is None:
        return None
    between = text[last.end() : quote_start]
    if not BETWEEN_RE.fullmatch(between) or len(between.split()) > 30:
        return None
    verb = last.group("verb")
    stripped = between.strip()
    tight = not stripped or (stripped[-1] in ",:" and len(stripped.split()) <= 12)
    if verb in NAMING_VERBS:
        tight = len(stripped.split()) <= 4
    # The subject lies after the last quote that ends before the verb.
    region = start
    for mark in "”\"":
        found = text.rfind(mark, start, last.start())
        region = max(region, found + 1)
    who = subject(text, region, last.start(), main_clause=verb in SPEECH_PARTICIPLES)
    if who is None:
        return None
    phrase, span = who
    return Cue(phrase, span, Span(span.start, last.end()), verb, tight)


def cue_at_sentence_end(text: str, end: int, sentence_end: int) -> Cue | None:
    """", Trump said." closing the sentence of a quote that has no cue of its own."""
    m = SENTENCE_END_RE.search(text, end, sentence_end)
    if not m or not _np_ok(m.group("np")):
        return None
    between = text[end : m.start()]
    if "“" in between or len(between.split()) > 40:
        return None
    return Cue(m.group("np"), Span(m.start("np"), m.end("np")),
               Span(m.start("np"), m.end("verb")), m.group("verb"), False)


def according_to(text: str, start: int, end: int) -> Cue | None:
    """"according to …" in the sentence."""
    m = ACCORDING_RE.search(text, start, end)
    if not m:
        return None
    return Cue(m.group("np"), Span(m.start("np"), m.end("np")),
               Span(m.start(), m.end()), "according to", False)


def name_colon(text: str, start: int, end: int) -> Cue | None:
    """A name and a colon alone before the quote ("Trump: ‘…’")."""
    m = NAME_COLON_RE.match(text, start, end)
    if not m:
        return None
    return Cue(m.group("np"), Span(m.start("np"), m.end("np")),
               Span(m.start("np"), m.end()), ":", True)
