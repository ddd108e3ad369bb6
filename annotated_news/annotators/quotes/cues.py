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

import bisect
import dataclasses as dc
import re
from collections.abc import Sequence

from ...model import Span
from ..lexicon import (
    DIRECTIVE_VERBS,
    NAMING_VERBS,
    PLACES,
    QUOTE_ONLY_VERBS,
    SPEECH_PARTICIPLES,
    SPEECH_PHRASES,
    SPEECH_VERB_BASES,
    SPEECH_VERBS,
)
from ..nicknames import NICKNAME_RE
from ..vocabulary.datelines import DATELINE_RE
from ..vocabulary.honorifics import HONORIFICS, honorific_pattern
from ..vocabulary.months import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS, weekday_pattern
from ..vocabulary.number_words import SMALL_CARDINALS, VAGUE_SCALE_WORDS
from ..vocabulary.people_nouns import ONE_PERSON_NOUNS, PEOPLE_NOUNS
from ..vocabulary.titles import TITLE_WORDS
from ..vocabulary.verbs import (
    BE_FORMS,
    DO_FORMS,
    HAVE_FORMS,
    HEADLINE_CRITICISM_VERBS,
    MODALS,
)


def _alternation(words: frozenset[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


QUOTE_VERBS = SPEECH_VERBS | QUOTE_ONLY_VERBS
VERB = rf"(?:{_alternation(QUOTE_VERBS | SPEECH_PHRASES)})"
ANY_VERB = rf"(?:{_alternation(QUOTE_VERBS | SPEECH_PHRASES | SPEECH_VERB_BASES)})"
PARTICLE = r"(?:[ ](?:back|out|on|in|up))?"
# A word of a speaker phrase; a party-and-state tag counts as one ("(D-N.Y.)"),
# and so does a nickname in quotation marks ('Robert "Bobby" Scott').
NICKNAME = rf"[\"“]{NICKNAME_RE.pattern}[\"”](?=[ ][A-Z])"
# A few words in quotation marks inside a speaker's apposition: a nickname
# ('state Del. Marcia "Cia" Price') or a thing named ('wearing "Ted Cruz" pins').
QUOTED_WORDS = r"[“\"][^“”\"\n]{1,40}[”\"]"
WORD = rf"(?:[\w.’'-]+(?:/[\w.’'-]+)*|\([\w.,’' -]{{1,20}}\)|{NICKNAME})"
# An adverb ends in a lower-case "ly" word: "Kelly", "Reilly", "Donnelly" are
# names ("said Judge Rob Kelly").
ADVERB = r"(?:(?:also|then|later|once|twice|again|often|further|still|simply|just|[a-z]\w*ly)[ ])"
# Words that may start the noun phrase of a speaker.
NP_STARTERS = frozenset(
    """
a an the several some many most
his her their its our my this that these those another both each former current
he she they it we i who others other someone somebody everyone everybody anyone
nobody
""".split()
) | {w for w, v in SMALL_CARDINALS.items() if v <= 10}
# Words that end the noun phrase after "said ...": "said Gov. Terry E.
# Branstad of Iowa", "said Ms. Kline in an interview".
NP_STOP = (
    r"(?:in|on|at|during|of|who|while|after|before|when|to|about|from|for|last|"
    r"this|as|with|and|but|because|earlier|yesterday|today|tonight|recently)"
)
# A name does not end at a title or an initial: "said Ms." is no speaker,
# "said Ms. Leon" is.
ABBREVIATIONS = HONORIFICS
NOT_ABBREVIATION = (
    "".join(rf"(?<!\b{a})(?<!\b{a}\.)" for a in ABBREVIATIONS) + r"(?<![ .][A-Z])"
)
AFTER_RE = re.compile(
    rf"[,]?[ \t]*(?:(?:and|but|then)[ ])?(?:"
    rf"(?!{VERB}\b)(?P<np>(?:{WORD}[ ]){{0,9}}?{WORD})"
    rf"(?P<appos>(?:,[ ](?:[^,;:!?“”\"\n]|{QUOTED_WORDS}){{1,120}}){{1,3}},"
    r"|[ ][-–—―][ ](?:(?![ ][-–—―][ ])[^;:!?“”\"\n]){1,120}[ ][-–—―])?"
    rf"[ ]{ADVERB}?(?P<verb>{ANY_VERB}){PARTICLE}\b"
    rf"|(?P<verb2>{VERB})(?P<particle2>{PARTICLE})[ ]+(?P<np2>(?:{WORD}[ ]){{0,9}}?{WORD}?)"
    rf"{NOT_ABBREVIATION}(?=[ ]*(?:[,;:!?(—–―\n]|\.(?:[ \n]|$)|$)|[ ]{NP_STOP}\b)"
    r")"
)
# An adverb of time after an inverted speaker ("said Nadal afterwards").
AFTERWARDS_RE = re.compile(
    r"(?<=\w)[ ](?:afterwards|afterward|later|earlier|yesterday|today|tonight|again)\.?$"
)
# A name in apposition after a description that follows the verb, ending the
# sentence: "said the club's coach, Mary Jones."
APPOSED_NAME_RE = re.compile(
    rf",[ ](?P<name>[A-Z][\w.’'-]*(?:[ ](?:{NICKNAME}[ ])?[A-Z][\w.’'-]*){{1,3}})"
    r"(?=[ ]*(?:\.(?:[ \n]|$)|$))"
)
DESCRIPTION_RE = re.compile(r"(?:the|a|an|his|her|their|its|our)[ ][a-z]")
# Who may give a name after a description: "One protester, who gave her name
# only as Maria,", "A woman identified only as Rosa" (a capital too).
DESCRIBED_ONE_RE = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)[ ][a-z]"
)
# "a woman who gave her name only as Rosa", "a man who gave only his first
# name, Jorge,", "a nurse identified only as Maria": the name the text gives.
GIVEN_NAME_RE = re.compile(
    r",?[ ](?:who[ ](?:gave|would[ ]give|offered|provided)[ ](?:only[ ])?"
    r"(?:his|her|their)[ ](?:first[ ]|last[ ]|full[ ])?name(?:[ ]only)?"
    r"(?:[ ]as|,)"
    r"|(?:who[ ](?:was|is|asked[ ]to[ ]be|would[ ]only[ ]be)[ ])?identified"
    r"[ ]only[ ]as"
    # "a man named Luis", "a woman called Ana Ruiz": the name the text gives
    r"|(?:named|called))"
    r"[ ](?P<name>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})"
)
# Any speech verb, participle or naming verb, or "to say": the last one
# before a quote. Participles and "to say" take the subject of the sentence.
INFINITIVE = "to say|to add|to write|to tell|to ask|to declare|to note"
BEFORE_VERB_RE = re.compile(
    rf"\b(?P<verb>{VERB}|{_alternation(SPEECH_PARTICIPLES)}|{INFINITIVE}"
    rf"|{_alternation(NAMING_VERBS)}){PARTICLE}\b"
)
# "“…” ― Pamela Padilla": a dash and a name after a quote, or on the line after;
# a short description may follow the name to the line's end ("- Tom Hale,
# union leader"), also an age before it ("— Rosa Medina, 41, whose husband
# was detained in Houston").
DASH_NAME_RE = re.compile(
    r"[ ]*[―—–-]+[ ]*(?P<np>[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,4})"
    r"(?:,[ ]\d{1,3}(?=,))?(?:,(?:[ ][\w’'&-]+){1,8})?[ ]*[.,]?[ ]*"
    r"(?=$|[\[(\n])"
)
# What may stand between a cue verb and its quote: no sentence end, no mark.
# Periods of initials ("U.S.") and of lower-case abbreviations ("9 a.m.",
# "e.g.") end no sentence.
BETWEEN_RE = re.compile(
    r"(?:[^.!?“”\"\n]|(?<=[A-Z])\.|(?<=\b[a-z])\.(?=[a-z]\.)|(?<=\b[a-z]\.[a-z])\."
    r"|(?<=\d)\.(?=\d)"  # a decimal point ("£14.2bn") ends no sentence
    # nor does a web address's ("told DailyMail.com the man was …")
    r"|(?<=[A-Za-z])\.(?=(?:com|org|net|co\.uk|gov)\b))*"
)
# The full stop of an honorific before a name ends no sentence: "said Mr.
# Padilla “should be censured”".
HONORIFIC_DOT_RE = re.compile(rf"(?<![\w.])(?:{honorific_pattern()})\.(?=[ ][A-Z])")
# An article right before a word, which makes that word part of a noun
# phrase: "calls a screaming Santilli a “fascist”", "a ‘once in a century’
# storm".
ARTICLE_END_RE = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ ]$")
# A name in quotation marks ("told “Morning Show” on Sunday:"): short and in
# Title Case, it is no quote and does not stop a cue before it.
QUOTED_NAME_RE = re.compile(
    r"[“\"](?:[A-Z][\w’'&.-]*|of|the|and|a|in|on|to|for)"
    r"(?:[ ](?:[A-Z0-9][\w’'&.-]*|&|of|the|and|a|in|on|to|for)){0,5}[,.]?[”\"]"
)
# A verb whose object is the listener: "told “Morning Show”" names who heard.
LISTENER_VERBS = frozenset({"told", "tells", "tell", "telling"})
# Particles that are prepositions when a noun phrase follows them.
PREPOSITION_PARTICLES = frozenset({"on", "in"})
# What a verb may name before the words it introduces: "uttered the words".
WORDS_OBJECT_RE = re.compile(
    r"(?:the[ ])?(?:words|phrase|line|slogan|chant|refrain|question)", re.IGNORECASE
)
# Whom a directive verb addresses, then "to": "instructed officials to “…”".
DIRECTIVE_OBJECT_RE = re.compile(r"(?:[\w.’'-]+[ ]){1,4}to")
# "recounted Ruiz as saying", "quoted him as saying", "quoted the minister
# as saying": the speaker is the object (a description after a verb's
# lower-case word, so that "One official recounted the director" is not one).
AS_SAYING_RE = re.compile(
    r"(?P<np>(?:[A-Z][\w.’'-]*[ ]){0,3}[A-Z][\w.’'-]*|him|her|them"
    r"|(?<=[a-z][ ])(?:the|a|an|one|his|her|their|its)[ ](?:[a-z][\w’'-]*[ ]){0,2}"
    r"[a-z][\w’'-]*)[ ]as[ ]$"
)
# "Aides heard the governor say": a verb of perceiving, then who spoke and
# the bare verb of speech.
HEARD_SAY_RE = re.compile(
    r"\b(?:heard|overheard|hear|hears|saw|watched|recorded|filmed|caught)[ ]"
    r"(?P<np>(?:[A-Z][\w.’'-]*[ ]){0,3}[A-Z][\w.’'-]*|him|her|them"
    r"|(?:the|a|an|one|his|her|their|its)[ ](?:[a-z][\w’'-]*[ ]){0,2}[a-z][\w’'-]*)"
    r"[ ]$"
)
# The bare verb of speech the speech-verb table holds ("shout" is left out of
# it: "all she could do was shout" read as speech by "all she").
BARE_SPEECH_VERBS = frozenset({"say"})
# "with leader Charles Kennedy saying": a participle with its own subject, a
# name (after its title words) right before it.
WITH_SUBJECT_RE = re.compile(
    r"\bwith[ ](?P<np>(?:[a-z][\w’'-]*[ ]){0,3}(?:[A-Z][\w.’'-]*[ ]){0,3}"
    r"[A-Z][\w’'-]+)[ ]$"
    # "both men issued a statement – Ryan saying he was “very encouraged”":
    # a name right after a dash or a comma is the participle's own subject
    r"|(?:[ ][-–—]|,)[ ](?P<named>(?:[A-Z][\w.’'-]*[ ]){0,3}[A-Z][\w’'-]+)[ ]$"
)
# From a passive verb's agent to the quote: a comma, or a relative clause in
# commas ("by host Bill Maher, who is supporting Sanders, “…").
AGENT_TO_QUOTE_RE = re.compile(
    r"[ ]*[,:][ ]*|,[ ](?:who|which)[ ](?:[^,;:“”\"\n]+[ ]){0,12}[^,;:“”\"\n]+,[ ]*"
)
# Verbs whose passive agent puts the question or the words: "was asked by".
ASKED_BY_VERBS = frozenset(
    "asked questioned pressed challenged quizzed interrupted".split()
)
# A clause opened by "where", "as", "while" or "when", its subject a group of
# people, right before a participle's comma: "where about 50 protesters had
# gathered on Wednesday morning, chanting".
CLAUSE_SUBJECT_RE = re.compile(
    r"\b(?:where|as|while|when)[ ]"
    r"(?P<np>(?:[\w,’'-]+[ ]){0,4}?(?P<head>[a-z]+))[ ]"
    r"(?:(?:had|have|has|were|was)[ ])?[a-z]+ed\b[^,;:“”\"]{0,60},[ ]$"
)
# A name or pronoun, a form of "be" and an adjective or passive that an
# infinitive of speech completes: "Mr. Trump was prompted to say", "she was
# quick to add", "he felt compelled to write".
MOVED_TO_SAY_RE = re.compile(
    r"(?P<np>(?:[A-Z][\w.’'-]*[ ]){0,3}[A-Z][\w.’'-]*|\b(?:he|she|they|we|I))[ ]"
    r"(?:was|is|were|are|had[ ]been|has[ ]been|felt|feels)[ ](?:\w+ly[ ])?"
    r"(?:prompted|moved|quick|forced|compelled|eager|careful|happy|keen|willing|"
    r"obliged|pressed|pushed)[ ]$"
)
# A subject that uses an occasion to speak, and the infinitive of speech:
# "President Joe Biden used his farewell address on Wednesday night to
# warn", "Trump took to Truth Social to announce". Only so: "expects Obama to
# announce", "Brown's decision to announce" are no one speaking.
USED_TO_SAY_RE = re.compile(
    r"(?P<np>(?:[A-Z][\w.’'-]*[ ]){0,3}[A-Z][\w.’'-]*|\b(?:he|she|they|we|I)"
    r"|\b[Tt]he[ ][a-z]+)[ ](?:also[ ])?(?:used|uses|use|took[ ]to|takes[ ]to)"
    r"[ ][^,;:“”\"]{1,60}?[ ](?P<verb>to[ ](?:say|warn|announce|insist|argue|claim"
    r"|stress|declare|tell|add|urge))\b"
)
# Naming verbs that name only with "as" right before the words.
AS_NAMING_VERBS = frozenset({"introduced"})
# Participles that report writing only after "has", "have" or "had" ("as
# Parsons had written, “…”"); elsewhere they describe a thing ("a biography
# written by", "see written on it").
PERFECT_ONLY_VERBS = frozenset({"written"})
AS_BEFORE_QUOTE_RE = re.compile(r"\bas(?:[ ](?:the|a|an))?[ ]*$")
PERFECT_BEFORE_RE = re.compile(r"\b(?:has|have|had|’s|'s|’ve|'ve)[ ](?:\w+ly[ ])?$")
# A verb of seeing or hearing and its object, a group or a person, right
# before a participle: "a video shows a crowd chanting", "witnesses heard
# a man shouting", "footage captured protesters yelling".
SEEN_SPEAKING_RE = re.compile(
    r"\b(?:shows?|showed|showing|saw|sees|see|heard|hears|hear|filmed|films"
    r"|recorded|records|captured|captures|depicts?|depicted)[ ]"
    r"(?:(?P<np>(?:(?:a|an|the|some|several|dozens[ ]of|hundreds[ ]of|thousands[ ]of)[ ])?"
    r"(?:[a-z][\w’'-]*[ ]){0,2}?(?P<head>[a-z]+))"
    r"|(?P<named>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2}))[ ]$"
)
# A noun and a clause whose subject is a name, in apposition right before a
# participle: ", a figure Noem repeated today, calling".
REDUCED_RELATIVE_NAME_RE = re.compile(
    r",[ ](?:a|an|the|one)[ ][a-z]+[ ]"
    r"(?P<np>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})[ ][a-z]+ed\b[^,;:“”\"]{0,40},[ ]$"
)
# A name (or a pronoun) and "said" right before a participle: ", Spicer
# said, adding", "…, he said, adding that".
SAID_THEN_RE = re.compile(
    r"(?:^|[,;][ ])(?P<np>(?:[A-Z][\w.’'-]*[ ]){0,3}[A-Z][\w’'-]+|he|she|they)[ ]"
    r"(?:said|says|told[ ]reporters|wrote|writes)(?:[ ]\w+day)?,[ ]$"
)
# The end of a sentence that attributes earlier quotes: ", Trump said."
SENTENCE_END_RE = re.compile(
    rf",[ ](?P<np>(?:{WORD}[ ]){{0,7}}?{WORD})[ ]{ADVERB}?(?P<verb>{VERB}){PARTICLE}"
    r"(?:[ ][^,.;“”\"\n]{0,40})?[.!?]?[ ]*$"
)
# The same with the verb first: "“…,” since so many cases were decided by
# one vote, said Lee Epstein, who teaches law."
SENTENCE_END_INVERTED_RE = re.compile(
    rf",[ ](?P<verb>{VERB})[ ](?=(?:the|a|an|one|[A-Z])\b|[A-Z])"
    rf"(?P<np>(?:{WORD}[ ]){{0,7}}?{WORD})"
    r"(?:,[ ][^“”\"\n]{1,150})?[.!?]?[ ]*$"
)
# "according to X", and "in the words of X", which attributes the same way.
# "Per a statement from X," and ", per X," say the same.
ACCORDING = (
    r"(?:(?i:according)[ ]to|(?i:in)[ ]the[ ]words[ ]of"
    r"|(?:Per|(?<=,[ ])per)(?=[ ](?:an?|the|[A-Z])\b))"
)
# "In her words,", "in his own words": the words are the pronoun's person's.
IN_OWN_WORDS_RE = re.compile(
    r"\b(?i:in)[ ](?P<owner>(?i:his|her|their))[ ](?:own[ ])?words\b"
)
OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
ACCORDING_RE = re.compile(
    # not cut at a title's point ("according to Sen. Dick Durbin")
    rf"\b{ACCORDING} (?P<np>(?:{WORD}[ ]){{0,7}}?{WORD}){NOT_ABBREVIATION}(?=[ ]*(?:[,;:!?(—–―)]|\.(?:[ \n]|$)|$)"
    rf"|[ ](?:who|which|that|and)\b)"
)
# "according to media and PR strategist Glen Yearwood": a title joined by
# "and" before a name, read on to the name.
ACCORDING_NAME_RE = re.compile(
    rf"\b{ACCORDING} (?P<np>(?:{WORD}[ ]){{0,7}}?[A-Z][\w’'-]+)"
    rf"(?=[ ]*(?:[,;:!?(—–―)]|\.(?:[ \n]|$)|$)|[ ](?:who|which|that)\b)"
)
# "Trump: ‘I’m the …’" in headlines; "Continued Stone:" before a quote.
NAME_COLON_RE = re.compile(
    rf"[ ]*(?:(?i:{VERB})[ ])?(?P<np>[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){{0,4}}):[ ]*$"
)
# Commas, semicolons, dashes and brackets part a clause; so does a hyphen
# with a space on each side, the dash of plain ASCII text ("In the letter -
# addressed to X - the senator asks").
# A thousands separator ("3,000") splits nothing.
SEGMENT_RE = re.compile(r"(?:(?![ ]-[ ])(?:[^,;—–―()]|(?<=\d),(?=\d{3})))+")
MAX_BETWEEN = 1_000
"""Characters a cue verb may stand before its quote (at most 30 words)."""
CUE_WINDOW = 1_000
"""Characters before a cue verb where its subject is looked for."""
# Sentence adverbs: never a subject ("Separately, the Bundesbank warned"),
# and one that opens the subject's own segment is skipped ("Recently she
# announced", "Privately Ruiz said").
SENTENCE_ADVERBS = frozenset(
    """
separately additionally similarly likewise previously subsequently ultimately
finally recently notably nonetheless nevertheless moreover furthermore elsewhere
initially originally eventually specifically privately publicly importantly
ironically conversely otherwise afterwards afterward
""".split()
)
LEADING_WORDS = (
    frozenset(
        """
after although and as asked at because before but by despite during even following
for from here however if in instead like meanwhile now on once since so speaking
still then though through thus under unlike until when where whereas while with
yet later earlier also last yesterday today responding pressed to among
outside inside across behind beyond along beside amid amidst within throughout
toward towards against upon
""".split()
    )
    | frozenset(MONTH_ABBREVIATIONS)
    | SENTENCE_ADVERBS
)

# Words that open a sentence as an adverb only before a lower-case word or
# their comma ("Or, as …", "Just last week,", "Back in 1999,"); before a
# capital they may open a name ("Just Stop Oil said").
ADVERB_LEADS = frozenset("or nor just back wait see together".split())
# The last word of a time phrase measured from another time ("A few
# minutes later", "Two days earlier", "Weeks ago"), and its units.
RELATIVE_TIME_ENDS = frozenset("later earlier ago afterwards afterward before".split())
TIME_UNITS = frozenset("seconds minutes hours moments decades".split())
# Sentence adverbs that may open a clause without a comma before its subject.
ADVERB_OPENERS = frozenset(
    "meanwhile however also still now instead then yet thus".split()
)
# Heads of time phrases, which open sentences but are nobody ("This week,").
TIME_WORDS = (
    frozenset(
        """
week weeks month months year years morning afternoon evening night day days time
weekend
""".split()
    )
    | frozenset(WEEKDAYS)
    | frozenset(MONTHS).difference(MONTH_ABBREVIATIONS)
)
RELATIVE_RE = re.compile(r"[ ](?:who|which|that|whose)\b")
LAST_NAME_RE = re.compile(
    r"(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|(?:[A-Z][\w.’'-]*[ ]){0,4}[A-Z][\w.’'-]*)"
)
LEAD_RE = re.compile(
    r"(?i:(?:(?:as|and|but|yet|so|then|still)[ ]+)+|(?:to|in|at)[ ]which[ ])"
)
CLAUSE_OPENER_RE = re.compile(
    r"(?i:when|while|after|before|if|because|since|although|though|once|until|as)[ ]+"
)
# Also at a segment's first word ("the Capitol, where Harry Reid told"): the
# space before it stands outside the segment, so a lookbehind, not "[ ]".
SUBORDINATE_RE = re.compile(
    r"(?<![^ ])(?:that|when|because|after|before|while|since|until|if|where|as"
    r"|(?:in|at|during)[ ]which)[ ]"  # "a meeting in which White House aide X told"
)
# Nouns that end like a participle: "Protesters outside the federal
# building chanted", "A hundred workers shouted" (no verb there).
NOUNS_LIKE_VERBS = frozenset(
    """
building buildings meeting meetings briefing hearing housing funding ceiling
gathering wedding clothing training bombing shooting ruling spending offering
filing warning landing crossing parking planning polling staffing hundred
kindred
""".split()
)
# Words that end a subject: auxiliaries (`vocabulary.verbs`; not "am",
# as often a clock's, "10 am", nor "cannot", written after the subject's
# "I") and common verbs, most in the past tense.
VERBISH = (
    (BE_FORMS - {"am"})
    | HAVE_FORMS
    | DO_FORMS
    | (MODALS - {"cannot"})
    | frozenset(
        """
having done goes went go gets got get came comes took takes made makes gave gives
told tells sought brought thought felt found kept left held stood ran won lost spoke
wrote began became met sent spent paid set let hit cut led fought taught caught
bought built drew grew knew threw broke chose rose drove shook struck seemed appears
appeared tried sat wore hung seeks wants rode swam flew fell saw heard
""".split()
    )
    # present-tense verbs a headline opens with ("Opposition slams Centre over
    # fuel price hike, calls it “daylight robbery”"), never a noun's plural
    | frozenset(
        """
defends rejects urges praises welcomes denies admits warns says insists
""".split()
    )
    | HEADLINE_CRITICISM_VERBS
)
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# Lower-case words that show a clause rather than a title before a name.
CLAUSE_WORDS = frozenset(
    """
to at in on for with by from about into after before against over under than
""".split()
)
RELATIVES = frozenset({"who", "which", "whose", "whom", "that"})
# A named subject at the start of a clause: "Trump", "The New York Times".
NAME_NP_RE = re.compile(r"(?:(?:the|The|a|A|an|An)[ ])?(?:[A-Z][\w.’'-]*(?:[ ]|$))+")
# A time after a subject, to the end of its segment: "on Tuesday", "last week".
TIME_ADJUNCT_RE = re.compile(
    r"[ ](?:on|in|at|during|last|this|next|early|late|earlier|later)"
    r"(?:[ ][\w.’'-]+){1,3}$"
)
AUXILIARY_END_RE = re.compile(r"(?<=\w)[ ](?:has|have|had|will|would|did)$")
TRAILING_RE = re.compile(
    r"[ ](?:then|also|later|earlier|again|once|twice|often|usually|always|never|further|just|"
    r"still|previously|recently|now|today|has|on|in|at|during|"
    r"had|have|will|would|can|could|did|does|is|was|may|might|must|should|"
    rf"yesterday|tonight|[a-z]\w*ly|{weekday_pattern()})$"
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
    directive: bool = False
    """A directive right before the quote ("instructed officials to “…”"):
    the words are the speaker's however few, though they run on the sentence."""
    rule: str = dc.field(default="", compare=False)
    """Where it was found ("after", "before", "according-to", ...): set by
    the quotes annotator, for `make eval`'s errors by rule."""


def _np_ok(phrase: str) -> bool:
    """A speaker phrase starts like a noun phrase or ends with a name.

    "former tech executive Carly Fiorina" is one.
    """
    words = phrase.split()
    if not words or (len(words) == 1 and words[0].lower() in ARTICLES):
        return False  # "“…,” a claim the defense disputes": "a" is nobody
    first = words[0]
    last = next((w for w in reversed(words) if w[0].isalpha()), first)
    return (
        first[0].isupper()
        or first.lower() in NP_STARTERS
        or first.lower() in PEOPLE_NOUNS  # "crowds chanted", "officials said"
        # "government lawyers argued", "senior officials said": a few words
        # ending in a noun for people.
        or (len(words) <= 3 and words[-1].lower() in PEOPLE_NOUNS)
        or first[0].isdigit()
        or (len(words) <= 8 and last[0].isupper())
    )


ARTICLES = frozenset({"a", "an", "the"})
SO_CALLED_RE = re.compile(r"\b(?i:so-called|so[ ]called)[ ]$")
# A word of four letters or more, its full stop and a capital: a sentence
# ends there (an abbreviation such as "Gov." or "U.S." is shorter).
SENTENCE_BREAK_RE = re.compile(r"[a-z]{4}\.[ ][A-Z]")
# "one of the people", "some of those present": a part of a group speaks.
PARTITIVE_HEADS = frozenset(
    "one two three some many several most none each another both".split()
)
PARTITIVE_OF_RE = re.compile(
    r"[ ]of[ ](?:the|those|them|these|its|their)\b(?:[ ][a-z][\w’'-]*){0,3}"
)


# "'…!' she can be heard shouting", "“…,” he was heard saying", "was filmed
# telling": a speaker heard, seen or filmed speaking after the quote; "“…,”
# Braynard is quoted as saying": one quoted elsewhere.
HEARD_AFTER_RE = re.compile(
    rf"[,]?[ ](?P<np>(?:{WORD}[ ]){{0,4}}?{WORD})[ ]"
    r"(?:(?:can|could)[ ]be|is|was|were|are|has[ ]been|had[ ]been)[ ]"
    r"(?:heard|seen|filmed|recorded|caught[ ]on[ ](?:camera|tape|video)|quoted[ ]as)[ ]"
    rf"(?P<verb>{_alternation(SPEECH_PARTICIPLES)})\b"
)
# An inverted speaker that is a title in lower case and then a name: "said
# master of ceremonies Asab Tabchi,", "said head coach Ana Ruiz." (the
# verb's noun phrase stops at "of", which leaves only "master").
TITLE_THEN_NAME_RE = re.compile(
    r"(?:[a-z][\w’'-]*[ ]){1,4}[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,3}"
    r"(?=[ ]*(?:[,;:!?]|\.(?:[ \n]|$)|$))"
)


# "“Absolutely not,” was Tom Hale's reply", "came the answer from Ana Ruiz":
# the owner of the reply after a quote.
REPLY_AFTER_RE = re.compile(
    r"[,]?[ ]+(?:was|came)[ ](?:(?P<np>(?:[A-Z][\w.’'-]*[ ]){0,3}[A-Z][\w.’'-]*)[’']s"
    r"[ ](?:(?:blunt|brief|terse|short|swift|curt)[ ])?(?P<verb>reply|response|answer|retort)"
    r"|the[ ](?:(?:blunt|brief|terse|short|swift|curt)[ ])?(?P<verb2>reply|response|answer"
    r"|retort)[ ]from[ ](?P<np2>(?:[A-Z][\w.’'-]*[ ]){0,3}[A-Z][\w.’'-]*))\b"
)


def cue_after(text: str, end: int, limit: int) -> Cue | None:
    """A cue right after a quote that ends at `end` (window up to `limit`)."""
    if reply := REPLY_AFTER_RE.match(text, end, limit):
        name = "np" if reply.group("np") else "np2"
        np = Span(reply.start(name), reply.end(name))
        verb = reply.group("verb") or reply.group("verb2")
        return Cue(reply.group(name), np, Span(end, reply.end()), verb, True)
    m = AFTER_RE.match(text, end, limit)
    if not m:
        heard = HEARD_AFTER_RE.match(text, end, limit)
        if heard and _np_ok(heard.group("np")):
            np = Span(heard.start("np"), heard.end("np"))
            return Cue(
                heard.group("np"),
                np,
                Span(np.start, heard.end()),
                heard.group("verb"),
                True,
            )
        return None
    name = "np" if m.group("np") else "np2"
    phrase = m.group(name)
    if (m.group("verb") or m.group("verb2")) in PERFECT_ONLY_VERBS and not (
        name == "np" and PERFECT_BEFORE_RE.search(text, m.start(name), m.start("verb"))
    ):
        return None  # "“Trump Revealed,” a biography written by …": no speech
    if (
        name == "np2"
        and phrase
        and not _np_ok(phrase)
        and (titled := TITLE_THEN_NAME_RE.match(text, m.start(name), limit))
    ):
        np_start, np_end = titled.start(), titled.end()
        return Cue(
            titled.group(),
            Span(np_start, np_end),
            Span(m.start("verb2"), np_end),
            m.group("verb2"),
            True,
        )
    if not phrase or not _np_ok(phrase) or SENTENCE_BREAK_RE.search(phrase):
        return None  # "… jobs. He praised": no speaker runs over a sentence end
    if name == "np2" and m.group("verb2") in LISTENER_VERBS:
        return None  # "the White House “border czar”, told reporters": who heard
    if name == "np2" and m.group("particle2").strip() in PREPOSITION_PARTICLES:
        # "the White House “border czar”, shot back on Fox News": "on" opens
        # where it was said, not who said it ("chimed in", "went on" are
        # phrases of their own in the verb table).
        return None
    np_start, np_end = m.start(name), m.end(name)
    if name == "np" and (aux := AUXILIARY_END_RE.search(text, np_start, np_end)):
        # "the Tories have warned": the subject without its auxiliary.
        np_end = aux.start()
        phrase = text[np_start:np_end]
    if name == "np2" and (when := AFTERWARDS_RE.search(text, np_start, np_end)):
        # "said Nadal afterwards": the speaker without the adverb.
        np_end = when.start()
        phrase = text[np_start:np_end]
    if (
        name == "np2"
        and phrase.lower() in PARTITIVE_HEADS
        and (part := PARTITIVE_OF_RE.match(text, np_end, limit))
    ):
        # "said one of the people, a senior official": the part, not "one".
        np_end = part.end()
        phrase = text[np_start:np_end]
    phrase_span = Span(np_start, np_end)
    appos = None
    if m.group("appos"):
        # ", the firm's chief," or " - then an adviser -": inside the marks.
        a_start = m.start("appos") + 2
        a_end = m.end("appos") - 1
        a_start += len(text[a_start:a_end]) - len(text[a_start:a_end].lstrip())
        a_end -= len(text[a_start:a_end]) - len(text[a_start:a_end].rstrip())
        appos = (text[a_start:a_end], Span(a_start, a_end))
    verb = m.group("verb") or m.group("verb2")
    end_at = m.end()
    named = APPOSED_NAME_RE.match(text, m.end(name), limit)
    given = GIVEN_NAME_RE.match(text, np_end, limit)
    if name == "np2" and given and DESCRIBED_ONE_RE.match(phrase):
        appos = (phrase, phrase_span)
        phrase = given.group("name")
        phrase_span = Span(given.start("name"), given.end("name"))
        end_at = max(end_at, given.end())
    elif name == "np2" and named and DESCRIPTION_RE.match(phrase):
        # "said the club's coach, Mary Jones.": the description, then the
        # name in apposition, which is who speaks.
        appos = (phrase, phrase_span)
        phrase = named.group("name")
        phrase_span = Span(named.start("name"), named.end("name"))
        end_at = named.end()
    return Cue(
        phrase,
        phrase_span,
        Span(m.start(name) if name == "np" else m.start("verb2"), end_at),
        verb,
        True,
        appos,
    )


# A sentence that announces the quote after it by who speaks.
HERE_WHAT_RE = re.compile(
    r"(?:Here|This|That)(?:’s|'s|[ ]is)[ ](?:exactly[ ])?what[ ]"
    r"(?P<pronoun>he|she|they|we|I)(?:[ ](?:has|have|had|then|later|also))?"
)
# A member of Congress's party and state, in parentheses or commas: "D-Wash.",
# "R-Tenn.", "D-N.Y.", "I-Vt.", "R-South Carolina".
PARTY_LABEL_RE = re.compile(r"[DRI]-[A-Z][\w.]*(?:[ ][A-Z][\w.]*)?")
# A state or country after a town's comma: "Va.", "Calif.", "N.J.", "Texas".
STATE_RE = re.compile(
    rf"[A-Z][a-z]{{1,4}}\.|(?:[A-Z]\.){{2}}|(?:{'|'.join(sorted(PLACES))})"
)


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of a clause, trimmed of whitespace."""
    found: list[tuple[int, int]] = []
    for m in SEGMENT_RE.finditer(text, start, end):
        a, b = m.start(), m.end()
        while a < b and (text[a].isspace() or text.startswith("- ", a)):
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            if (
                found
                and STATE_RE.fullmatch(text, a, b)
                and text[found[-1][1] - 1] != "."
            ):
                # "a group in Lynchburg, Va., derided": the town's state is
                # part of the noun phrase before it, not a subject.
                found[-1] = (found[-1][0], b)
                continue
            if found and PARTY_LABEL_RE.fullmatch(text, a, b):
                # A member's party and state is no subject and no part of
                # one: "led by Rep. Pramila Jayapal (D-Wash.) wrote", "Sen.
                # Ron Johnson (R-Wis.), who told", "Sen. Alex Padilla,
                # D-Calif., said" read as without it.
                continue
            found.append((a, b))
    return found


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop trailing adverbs, auxiliaries, times and their prepositions.

    "Mills then", "he will", "A judge on Tuesday".
    """
    while True:
        m = TRAILING_RE.search(text, a, b)
        if not m or m.start() <= a:
            return a, b
        b = m.start()


def _verb_at(words: list[str]) -> int | None:
    """Index of the first word that reads as a verb (not the first word)."""
    for i in range(1, len(words)):
        word = words[i]
        low = word.lower().replace("’", "'")
        if low.endswith("n't") and len(low) > 3:
            return i  # "didn’t", "doesn't", "won’t"
        if (low in VERBISH or low in SPEECH_VERBS) and not (
            word[0].isupper()
            and (
                words[i - 1][0].isupper()
                or (i + 1 < len(words) and words[i + 1][0].isupper())
            )
        ):
            # not "May" in "Labour MSP Christine May had said", nor "Will"
            # in "US actor Will Smith said"
            return i
        if (
            word.islower()
            and low.endswith(("ed", "ing"))
            and len(low) > 4
            and words[i - 1].lower() not in NP_STARTERS
            and low not in TIME_WORDS  # "Saturday morning", "One recent evening"
            and low.rstrip(",") not in NOUNS_LIKE_VERBS
            # "ICE acting Director Todd Lyons said", "the acting director
            # said": a rank of the title after it
            and not (
                low in TITLE_WORDS
                and i + 1 < len(words)
                and (
                    words[i + 1][:1].isupper()
                    or words[i + 1].lower().strip(",") in TITLE_WORDS
                )
            )
        ):
            return i  # "Protesters marching through the streets chanted"
    return None


def _relative_time(words: list[str]) -> bool:
    """Whether words are a time measured from another ("Hours later")."""
    return (
        len(words) > 1
        and words[-1].lower() in RELATIVE_TIME_ENDS
        and words[-2].lower() in TIME_WORDS | TIME_UNITS
    )


def _noun_phrase(text: str, a: int, b: int) -> tuple[int, int, bool] | None:
    """The noun phrase that opens a segment, and whether it is the whole segment.

    None when the segment opens with an adverbial, a participle, a dateline
    or a subordinate clause. A relative clause, and everything from the first
    word that reads as a verb, are cut off; trailing adverbs are dropped.
    """
    lead = LEAD_RE.match(text, a, b)
    if lead:
        a = lead.end()  # "As X wrote," / "and X said" / "to which X replied"
    words = text[a:b].split()
    if not words:
        return None
    first, low = words[0], words[0].lower()
    if low in SENTENCE_ADVERBS:
        if len(words) == 1:
            return None  # "Separately," before its comma
        a = text.index(words[1], a + len(first))
        words = words[1:]
        first, low = words[0], words[0].lower()
    if low in ADVERB_OPENERS and len(words) > 1 and words[1][:1].isupper():
        # "Meanwhile Mark Oaten, …, said": an adverb without its comma.
        a = text.index(words[1], a + len(first))
        words = words[1:]
        first, low = words[0], words[0].lower()
    # "Just last week," but not "Just Stop Oil said": before a capital the
    # word may open a name.
    adverb = low in ADVERB_LEADS and (len(words) == 1 or not words[1][:1].isupper())
    if (
        low in LEADING_WORDS
        or adverb
        or (
            low.endswith("ing")
            and first[:1].isupper()
            and low not in TITLE_WORDS
            and not _ing_name(text, words, b)
        )
    ):
        return None  # "Speaking to reporters, …"; but "Acting ICE Director …"
    if _relative_time(words):
        return None  # "A few minutes later, he added": when, not who
    if first.isupper() and len(first) >= 6:
        return None  # a dateline: "WASHINGTON —"
    if len(words) > 1 and words[1] == "by" and first.islower() and low.endswith("ed"):
        return None  # "Analysts, led by Ana Ruiz, wrote": no apposition
    if low in PERSONAL_PRONOUNS:
        return a, a + len(first), len(words) == 1
    if words[-1].lower().strip(".,") in TIME_WORDS and _verb_at(words) is None:
        # "Pope Leo XIV on Tuesday": a subject and when; "On July 6": no subject.
        adjunct = TIME_ADJUNCT_RE.search(text, a, b)
        if adjunct is None or adjunct.start() <= a:
            return None
        b = adjunct.start()
        words = text[a:b].split()
    if low in RELATIVES:
        return None  # "who is chairman of …": a relative clause, not a subject
    if all(not c.isalpha() for c in text[a:b]):
        return None  # "On July 6, 2015, Sanders said": a year is no subject
    whole = True
    relative = RELATIVE_RE.search(text, a, b)
    if relative:
        b, whole = relative.start(), False
        words = text[a:b].split()
    verb = _verb_at(words)
    if verb is not None:
        b = a + len(" ".join(words[:verb]))
        whole = False
    a, b = _trim(text, a, b)
    if a >= b or not _np_ok(text[a:b]) or len(text[a:b].split()) > 10:
        return None
    return a, b, whole


def _ing_name(text: str, words: list[str], b: int) -> bool:
    """A capitalised word in "-ing" that opens a name, not a participle.

    "Beijing said", "Downing Street later said": a capitalised word after it,
    or none, and the segment runs to the verb. "Speaking Monday, Smith said"
    (a comma after) and "Speaking to reporters" (a lower-case word) are
    participles.
    """
    return (len(words) == 1 or words[1][:1].isupper()) and not text.startswith(",", b)


# Nouns for a number of people that a capitalised adjective may open a
# sentence with ("Small groups of protesters", "Large crowds").
GROUP_NOUNS = frozenset({"groups", "crowds", "numbers", "bands", "dozens", "hundreds"})


def _leading_name(text: str, a: int, b: int) -> tuple[int, int] | None:
    """A name that opens a clause ("Blige sings to Clinton" → Blige).

    Not when lower-case words of a title lead to a name ("Republican
    presidential nominee Donald Trump").
    """
    m = NAME_NP_RE.match(text, a, b)
    if not m or m.group().split()[0].lower() in NP_STARTERS | VAGUE_SCALE_WORDS.keys():
        # "The", "Several governors", "Many Democrats"; "Tens of thousands of
        # people marched …, chanting": a number of people, no name
        return None
    end = a + len(m.group().rstrip())
    rest = text[end:b].split()
    if rest and " " not in m.group().strip() and rest[0] in PEOPLE_NOUNS | GROUP_NOUNS:
        return None  # "Small groups of protesters", "Angry residents": no name
    later = next((i for i, w in enumerate(rest) if w[:1].isupper()), None)
    if later is not None and not any(w in CLAUSE_WORDS for w in rest[:later]):
        return None
    return a, end


# The marker of a list item written as text: "- ", "• ", "* ".
BULLET_RE = re.compile(r"[ ]*[-•*][ ]+")
# A short label that opens a paragraph, as some outlets write their sections
# ("Driving the news: Acting Director Todd Lyons told staff …", "The other
# side:", "What they're saying:"): the sentence's subject follows it.
LABEL_RE = re.compile(r"[A-Z][\w’'-]*(?:[ ][\w’'-]+){0,4}:[ ](?=[A-Z])")


def subject(
    text: str, start: int, verb_at: int, main_clause: bool
) -> tuple[str, Span, Span | None] | None:
    """The subject of a cue verb, and an apposition after it, if any.

    For a finite verb: the last comma-separated segment before the verb that
    is a plain noun phrase, extended back over appositions ("Abigail Jackson,
    a White House spokeswoman, responding to …, said" → Abigail Jackson;
    "Some in the crowd booed, and …, a man yelled" → a man); failing that,
    the noun phrase after the last "that" or "when" ("… so heated that Gov.
    Chris Christie said"), or the one that opens the clause ("He then adopted
    an accent and joked" → He). For a participle cue ("…, saying") the
    subject of the sentence: the first noun phrase.
    """
    if dateline := DATELINE_RE.match(text, start, verb_at):
        start = dateline.end()  # "WASHINGTON (AP) — Tom Homan said": not "AP"
    if bullet := BULLET_RE.match(text, start, verb_at):
        start = bullet.end()  # "- He said …": a list item's marker
    if label := LABEL_RE.match(text, start, verb_at):
        start = label.end()
    segments = _segments(text, start, verb_at)
    if segments and (announce := HERE_WHAT_RE.fullmatch(text, *segments[-1])):
        # "Here’s what he said:": the pronoun, whoever the sentence before named
        pronoun = Span(announce.start("pronoun"), announce.end("pronoun"))
        return text[pronoun.start : pronoun.end], pronoun, None
    if len(segments) > 1 and WHO_RE.fullmatch(text, *segments[-1]):
        relative = _relative_subject(text, segments)
        if relative:
            return relative
    if segments:
        opener = CLAUSE_OPENER_RE.match(text, *segments[-1])
        if opener:  # "When someone in the audience shouted": the verb's own clause
            segments[-1] = (opener.end(), segments[-1][1])
    if (
        not main_clause
        and len(segments) > 1
        and WHO_PRONOUN_RE.search(text, *segments[-1])
    ):
        # "…, especially women who he said “are most likely …”", "Rubio, who
        # he dubbed “the little senator”": the pronoun is the sentence's
        # subject again, not the people the relative clause is about
        segments = segments[:-1]
    if not main_clause and segments:
        if (bare := BARE_COMPLEMENT_RE.search(text, segments[-1][0], verb_at)) and (
            _person_word(last := bare.group("np").split()[-1])
            or last in ONE_PERSON_NOUNS
        ):
            # "The lawsuit claims Vance told one plaintiff that she was “…”":
            # a clause without "that" after a verb of saying; its own subject
            # when a name or a person ("says the result offered UKIP an
            # “amazing opportunity”" is still the sayer's)
            found_np = Span(bare.start("np"), bare.end("np"))
            return text[found_np.start : found_np.end], found_np, None
        if inner := OBJECT_RELATIVE_RE.search(text, segments[-1][0], verb_at):
            # "a move that Newsom has called “illegal”", "the order, which
            # the governor called “…”", "a move Newsom called": the verb's
            # own subject, inside the clause that holds it.
            group = next(
                g for g in ("np", "reduced", "owned", "described") if inner.group(g)
            )
            found_np = Span(inner.start(group), inner.end(group))
            return text[found_np.start : found_np.end], found_np, None
        own = _own_clause_subject(text, *segments[-1], verb_at)
        if own:  # "Pope Leo called for calm after crowds chanted": the crowds
            return text[own.start : own.end], own, None
    if not main_clause:
        phrases = [_noun_phrase(text, a, b) for a, b in segments]
        k = len(phrases) - 1
        while k >= 0:
            np = phrases[k]
            if np is not None and np[2]:
                break
            k -= 1
        if k >= 0:
            appos: Span | None = None
            # A pronoun is never an apposition: "That's why, he added, …" is
            # his, not a subject "That's why".
            while k > 0 and not _is_pronoun(text, phrases[k]):
                j = k - 1
                if (
                    j > 0
                    and AGE_RE.fullmatch(text, *segments[j])
                    and (aged := phrases[j - 1]) is not None
                    and aged[2]
                ):
                    j -= 1  # "Ramil Carr, 31, a photographer, said": past the age
                prev = phrases[j]
                if prev is None or not prev[2]:
                    break
                here = phrases[k]
                appos = Span(here[0], here[1]) if here else None
                k = j
            found = phrases[k]
            assert found is not None
            if k > 0 and appos is None and DESCRIPTION_RE.match(text, found[0]):
                named = _name_after_subordinator(
                    text, *segments[k - 1]
                ) or _name_after_adjunct(text, *segments[k - 1])
                if named and not NAME_PART_BEFORE_RE.search(
                    text, max(0, named.start - 6), named.start
                ):
                    # "weeks after Kristi Noem, the homeland security
                    # secretary, said": the name, with its description.
                    return text[named.start : named.end], named, Span(*found[:2])
            return text[found[0] : found[1]], Span(found[0], found[1]), appos
        if segments:
            a, b = segments[-1]
            inner = None
            for m in SUBORDINATE_RE.finditer(text, a, b):
                inner = m
            if inner:
                np = _noun_phrase(text, inner.end(), b)
                if np and np[2]:
                    return text[np[0] : np[1]], Span(np[0], np[1]), None
            named = _name_after_adjunct(text, a, b)
            if named:
                return text[named.start : named.end], named, None
    for k, (a, b) in enumerate(segments):
        np = _noun_phrase(text, a, b)
        if np:
            name = _leading_name(text, np[0], np[1]) if main_clause else None
            if name:
                np = (*name, np[2])
            apposed: Span | None = None
            if (
                np[2]
                and k + 1 < len(segments)
                and DESCRIPTION_ONE_RE.match(text, np[0])
                and APPOSED_ONLY_NAME_RE.fullmatch(text, *segments[k + 1])
            ):
                # "A DHS spokeswoman, Tricia McLaughlin, disputed that
                # account, saying": the description, by her name.
                apposed = Span(*segments[k + 1])
            return text[np[0] : np[1]], Span(np[0], np[1]), apposed
        first = text[a:b].split(" ", 1)[0].lower()
        if (
            first not in LEADING_WORDS
            and first not in ADVERB_LEADS
            and not first.endswith("ing")
            and not first[:1].isdigit()
            and not _relative_time(text[a:b].split())
        ):
            return None  # the clause opens with no subject we can read
    return None


# A word before a run of capitals that makes the run the tail of a longer
# name ("the Securities and Exchange Commission": not "Exchange Commission").
NAME_PART_BEFORE_RE = re.compile(r"\b(?:and|of|the|&)[ ]$")
# A description of one person that may take a name in apposition after it.
DESCRIPTION_ONE_RE = re.compile(r"(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ ]")
# A segment that is a name and nothing else: "Tricia McLaughlin".
APPOSED_ONLY_NAME_RE = re.compile(r"[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){1,3}")


def _is_pronoun(text: str, np: tuple[int, int, bool] | None) -> bool:
    return np is not None and text[np[0] : np[1]].lower() in PERSONAL_PRONOUNS


# A verb that takes a clause without "that", then that clause's subject,
# up to the cue's verb: "The lawsuit claims Vance told", "it alleges the
# chief executive called".
BARE_COMPLEMENT_RE = re.compile(
    r"\b(?:says|said|claims|claimed|alleges|alleged|argues|argued|insists|insisted"
    r"|contends|contended|asserts|asserted|suggests|suggested)[ ]"
    r"(?P<np>(?:[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,3})|the[ ][a-z]+(?:[ ][a-z]+)??)"
    r"(?:[ ](?:had|has|have|would|will|could|also|then|later|once))?[ ]*$"
)
# A relative clause whose object is the quote and whose subject is named,
# up to its verb: "that Newsom has called", "which the governor once
# called"; without the pronoun, a noun then a name or pronoun ("a move
# Newsom called", "an investment he concludes has"). After "which" or
# "whom" a pronoun is left to the sentence's subject: in "Perez contrasted
# Trump, whom he described as “volatile”" the nearest man is the wrong one.
_NAME = r"[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,3}"
OBJECT_RELATIVE_RE = re.compile(
    rf"(?:\b(?:that|which|whom|what)[ ](?P<np>[Tt]he[ ][a-z]+|{_NAME})"
    rf"|\b(?:a|an|the|this|any|every)[ ][a-z][\w’'-]*[ ](?P<reduced>{_NAME}|he|she|they)"
    # after an indefinite noun only: "a move the governor called", "a move
    # California's governor calls" (not "the notice the administration
    # proposed was", whose verb is no speech verb of the quote)
    rf"|\b(?:a|an)[ ][a-z][\w’'-]*[ ]"
    rf"(?P<owned>(?:{_NAME}[’']s|the|his|her|its|their)[ ][a-z][\w-]*(?:[ ][a-z][\w-]*)?)"
    # "…tripling that pace, something a former senior ICE official called"
    rf"|\bsomething[ ](?P<described>(?:a|an|one)[ ](?:[A-Za-z][\w-]*[ ]){{0,4}}[a-z][\w-]*))"
    r"(?:[ ](?:has|have|had|once|also|later|previously|repeatedly|publicly))*[ ]*$"
)
WHO_PRONOUN_RE = re.compile(r"\bwhom?[ ](?:he|she|they)(?:[ ]\w+ly)?[ ]*$")
# A relative clause's pronoun up to its speech verb: "who", "who also",
# "who later", "who had", "who on Sunday".
WHO_RE = re.compile(
    r"(?:who|which)(?:[ ](?:also|then|later|once|again|often|further|still|just|\w+ly"
    r"|had|has|have|on[ ]\w+))*"
)
# The words before the head of a person's noun phrase that are read with it:
# "the", "California’s", "Gov.", "Karen". Not "federal": a verb stands there
# as often as an adjective ("Protesters confronted agents").
ANTECEDENT_WORD_RE = re.compile(r"(?:the|a|an|his|her|their|its|[A-Z][\w.’'-]*)")
AGE_RE = re.compile(r"\d{1,3}")
OF_PLACE = frozenset({"of", "from"})
DETERMINED_RE = re.compile(r"(?:the|a|an|his|her|their|its|our)[ ]")


def _relative_subject(
    text: str, segments: list[tuple[int, int]]
) -> tuple[str, Span, Span | None] | None:
    """The person a relative "who" after a comma stands for.

    "…, a fight between the president and the governor, who called the move
    “…”": the governor; past an age ("Maria Ruiz, 52, who said"); a
    description in apposition gives the name before it ("Scott Reed, the
    Chamber's chief political strategist, who added": Reed).
    """
    k = len(segments) - 2
    if k > 0 and AGE_RE.fullmatch(text, *segments[k]):
        k -= 1
    antecedent = _antecedent(text, *segments[k])
    if antecedent is None:
        return None
    if text.startswith("which", segments[-1][0]) and (
        text[antecedent.start : antecedent.end].split()[-1] not in PEOPLE_NOUNS
    ):
        return None  # "the crowd, which chanted", but not "the report, which"
    if k > 0 and DETERMINED_RE.match(text, segments[k][0]):
        named = _antecedent(text, *segments[k - 1])
        if named and named.end == segments[k - 1][1] and text[named.start].isupper():
            return text[named.start : named.end], named, Span(*segments[k])
    return text[antecedent.start : antecedent.end], antecedent, None


def _person_word(word: str) -> bool:
    """A word that may end a person's noun phrase: a name, title or noun."""
    return word[:1].isupper() or word.lower() in TITLE_WORDS or word in PEOPLE_NOUNS


def _antecedent(text: str, a: int, b: int) -> Span | None:
    """The person a segment ends with: a name, or a title or people noun.

    "Mayor Karen Bass", "the governor", "California’s governor", "agents
    outside the building" (the people noun, not the building). None when a
    capitalised word that is not the segment's last ends the search ("Bass's
    office"): the segment does not end with a person.
    """
    words = [(m.start() + a, m.end() + a) for m in re.finditer(r"\S+", text[a:b])]
    i = last = len(words) - 1
    while i >= 0:
        word = text[words[i][0] : words[i][1]]
        capital = word[:1].isupper()
        if not _person_word(word):
            i -= 1
            continue
        if capital and i < last:
            return None
        j = i
        while j > 0 and ANTECEDENT_WORD_RE.fullmatch(text, *words[j - 1]):
            j -= 1
        if (
            capital
            and j > 1
            and text[words[j - 1][0] : words[j - 1][1]] in OF_PLACE
            and _person_word(text[words[j - 2][0] : words[j - 2][1]])
        ):
            # "Sen. Marco Rubio of Florida, who mused", "a congressman from
            # Georgia, who said": the person before the place.
            i = last = j - 2
            continue
        return Span(words[j][0], words[i][1])
    return None


def _after_subordinator(text: str, a: int, b: int) -> tuple[int, int, bool] | None:
    """The noun phrase after a segment's last "after", "when", "as", ...

    None when there is none, or when a relative clause holds the
    subordinator ("The man who came after the others said").
    """
    inner = None
    for m in SUBORDINATE_RE.finditer(text, a, b):
        inner = m
    if inner is None or RELATIVE_RE.search(text, a, inner.start() + 1):
        return None
    return _noun_phrase(text, inner.end(), b)


def _name_after_subordinator(text: str, a: int, b: int) -> Span | None:
    """The capitalised name that a segment's last subordinator opens."""
    np = _after_subordinator(text, a, b)
    if np is None or not np[2] or not text[np[0]].isupper():
        return None
    return Span(np[0], np[1])


def _own_clause_subject(text: str, a: int, b: int, verb_at: int) -> Span | None:
    """The subject of a verb in a subordinate clause that runs up to it.

    "X called for calm after crowds chanted": the clause after the segment's
    last "after" (or "when", "as", "while", ...) is the verb's, and its noun
    phrase, running up to the verb, is the subject: "crowds". Only when
    nothing but spaces stands between the segment and the verb, so that
    "Smith, who spoke after Jones, said" keeps Smith.
    """
    between = text[b:verb_at].strip().strip("()")
    if between and not PARTY_LABEL_RE.fullmatch(between):  # "Reid (D-Nev.) told"
        return None
    np = _after_subordinator(text, a, b)
    return Span(np[0], np[1]) if np and np[2] else None


# A fronted adjunct with no comma after it: "In a statement issued on
# Wednesday Lord Woolf said:", "On Monday Ana Ruiz said".
ADJUNCT_OPENER_RE = re.compile(
    r"(?i:in|on|at|during|after|before|following|speaking|earlier|later"
    r"|last[ ](?:week|month|year))\b"
)
TRAILING_PRONOUN_RE = re.compile(r"[ ](he|she|they|we|I)[ ]*$")
# Prepositions whose object a name after them is ("on X", "with Reuters").
ADJUNCT_PREPOSITIONS = frozenset(
    "on in at of with to from for by about into via against over".split()
)
TRAILING_NAME_RE = re.compile(r"(?:[A-Z][\w.’'-]*[ ]){0,3}[A-Z][\w.’'-]*[ ]*$")


def _name_after_adjunct(text: str, a: int, b: int) -> Span | None:
    """The name (or pronoun) that ends a clause opened by an adjunct, if any.

    "In a statement Lord Woolf said", "But on Friday he said".
    """
    if lead := LEAD_RE.match(text, a, b):
        a = lead.end()
    opener = ADJUNCT_OPENER_RE.match(text, a, b)
    if not opener:
        return None
    if pronoun := TRAILING_PRONOUN_RE.search(text, opener.end(), b):
        return Span(pronoun.start(1), pronoun.end(1))
    m = TRAILING_NAME_RE.search(text, opener.end(), b)
    if not m or m.start() == opener.end():
        return None
    start, end = m.start(), m.start() + len(m.group().rstrip())
    words = text[start:end].split(" ")
    while words and (
        words[0].lower() in WEEKDAYS or words[0].lower() in MONTHS or words[0] in PLACES
    ):
        start += len(words.pop(0)) + 1  # "on Wednesday Lord Woolf", "In London"
    before = text[opener.end() : start].split()
    while before and before[-1].lower() in ("the", "a", "an"):
        before.pop()  # "Speaking to the Guardian, a pastor said": its object
    if before and before[-1].lower() in ADJUNCT_PREPOSITIONS:
        return None  # "In a post on X, the secretary wrote": X is no subject
    if before and before[-1].endswith(",") and STATE_RE.fullmatch(text, start, end):
        return None  # "… in Lynchburg, Va., derided": a town's state
    return Span(start, end) if words else None


def _np_before(m: re.Match[str], verb_end: int, verb: str, tight: bool) -> Cue:
    """A cue whose speaker is the match's `np` (or `named`), up to the verb's end."""
    group = "np" if m.group("np") else "named"
    np = Span(m.start(group), m.end(group))
    return Cue(m.group(group), np, Span(np.start, verb_end), verb, tight)


def cue_before(
    text: str,
    start: int,
    quote_start: int,
    verbs: tuple[Sequence[re.Match[str]], Sequence[int]] | None = None,
) -> Cue | None:
    """The last speech verb before a quote in its sentence, and its subject.

    Args:
        text: the article text.
        start: where the quote's sentence starts.
        quote_start: where the quote starts.
        verbs: the `BEFORE_VERB_RE` matches of the quote's paragraph and
            their ends, found once for all its quotes (else searched here).
    """
    if SO_CALLED_RE.search(text, max(start, quote_start - 12), quote_start):
        return None  # "a so-called “heat ratchet”": the writer's distance
    last = _last_verb(text, start, quote_start, verbs)
    if (used := _used_to_say(text, start, quote_start)) and (
        last is None or last.start() < used.start("verb")
    ):
        return _used_cue(text, used, quote_start)
    while (
        last is not None
        and (
            (
                last.group("verb") in PERFECT_ONLY_VERBS
                and not PERFECT_BEFORE_RE.search(
                    text, max(start, last.start() - 20), last.start()
                )
            )
            # "introduced him as “a fighter”" names him; "as he introduced his
            # wife, “…”" and "should be introduced as it could “…”" do not
            or (
                last.group("verb") in AS_NAMING_VERBS
                and not AS_BEFORE_QUOTE_RE.search(text, last.end(), quote_start)
            )
            or text[last.start() - 1 : last.start()] == "-"
            or _after_possessive(text, start, last.start())
            # "calls a screaming Santilli a “fascist”": a participle after an
            # article describes a noun
            or (
                last.group("verb").endswith("ing")
                and ARTICLE_END_RE.search(
                    text, max(start, last.start() - 5), last.start()
                )
                is not None
            )
        )
    ):
        # "described the so-called TPP as “the gold standard”": "called" is
        # part of a word; "The mayor’s remarks drew …": a noun after a
        # possessive. The verb before it speaks, if any.
        last = _last_verb(text, start, last.start(), verbs)
    cue = _cue_of_verb(text, start, quote_start, last)
    if (
        cue is None
        and last is not None
        and last.group("verb") in DIRECTIVE_VERBS
        and (earlier := _last_verb(text, start, last.start(), verbs)) is not None
        and THAT_CLAUSE_RE.search(text, earlier.end(), last.start())
    ):
        # "An officer told the Guardian that colleagues had been told to “get
        # creative”": the passive directive's words are reported by the
        # speaker of the verb whose "that" clause holds it.
        return _cue_of_verb(text, start, quote_start, earlier)
    if cue is not None and REDUCED_RELATIVE_RE.fullmatch(cue.phrase) and last:
        # "wrote that the notice the administration proposed was “…”": a
        # verb inside a relative clause; the verb before it speaks.
        earlier = _last_verb(text, start, last.start(), verbs)
        if earlier is not None:
            return _cue_of_verb(text, start, quote_start, earlier)
    return cue


# How far before a quote "X used … to warn" is looked for: a bounded window,
# so that a long run of quotes in one sentence is not scanned again for each.
USED_TO_SAY_WINDOW = 240


def _used_to_say(text: str, start: int, quote_start: int) -> re.Match[str] | None:
    """The last "X used … to warn" before a quote in its sentence, if any."""
    lo = max(start, quote_start - USED_TO_SAY_WINDOW)
    return next(reversed(list(USED_TO_SAY_RE.finditer(text, lo, quote_start))), None)


def _used_cue(text: str, used: re.Match[str], quote_start: int) -> Cue | None:
    """The cue of "Biden used his farewell address to warn that “…”": Biden."""
    between = text[used.end() : quote_start]
    if not BETWEEN_RE.fullmatch(between) or len(between.split()) > 30:
        return None
    stripped = between.strip()
    tight = not stripped or (stripped[-1] in ",:" and len(stripped.split()) <= 12)
    return _np_before(used, used.end(), used.group("verb"), tight)


def _cue_of_verb(
    text: str, start: int, quote_start: int, last: re.Match[str] | None
) -> Cue | None:
    """The cue of one speech verb before a quote, and its subject."""
    if last is None or quote_start - last.end() > MAX_BETWEEN:
        return None
    start = max(start, last.start() - CUE_WINDOW)
    if (
        last.group("verb") in ASKED_BY_VERBS
        and PASSIVE_RE.search(text, max(start, last.start() - 16), last.start())
        and (agent := BY_AGENT_RE.match(text, last.end(), quote_start))
        and not agent.group("np").endswith(".")
        and AGENT_TO_QUOTE_RE.fullmatch(text, agent.end(), quote_start)
    ):
        # "Sanders was asked by host Bill Maher, who …, “…”": the agent asks
        return _np_before(agent, agent.end(), last.group("verb"), True)
    between = QUOTED_NAME_RE.sub("N", text[last.end() : quote_start])
    between = HONORIFIC_DOT_RE.sub("", between)
    if not BETWEEN_RE.fullmatch(between) or len(between.split()) > 30:
        return None
    verb = last.group("verb")
    if verb in DIRECTIVE_VERBS and PASSIVE_RE.search(
        text, max(start, last.start("verb") - 30), last.start("verb")
    ):
        # "ICE officials have been told to prioritize “…”": the subject heard
        # the words; who said them is named elsewhere, if at all.
        return None
    stripped = between.strip()
    tight = (
        not stripped
        or (stripped[-1] in ",:" and len(stripped.split()) <= 12)
        or bool(WORDS_OBJECT_RE.fullmatch(stripped))
    )
    directive = verb in DIRECTIVE_VERBS and bool(
        DIRECTIVE_OBJECT_RE.fullmatch(stripped)
    )
    if verb in NAMING_VERBS:
        if not stripped and INDEFINITE_BEFORE_RE.search(
            text, max(start, last.start() - 40), last.start()
        ):
            return None  # "a phenomenon called “knocking”": a name, no speaker
        # "described the mood inside the West Wing as “tense”": the object,
        # however long, then "as" and the words it is named with.
        tight = len(stripped.split()) <= 4 or (
            len(stripped.split()) <= 12
            and (
                stripped.endswith(" as")
                # "called Clinton's remarks on 9/11 a “new low”": a named
                # object, then the name it is given.
                or bool(NAMED_OBJECT_RE.fullmatch(stripped))
                # "called the federalization of the Guard “inflammatory”"
                or bool(DETERMINED_OBJECT_RE.fullmatch(stripped))
            )
        )
    if verb == "saying" and (obj := AS_SAYING_RE.search(text, start, last.start())):
        return _np_before(obj, last.end(), verb, tight)
    if verb in BARE_SPEECH_VERBS and (
        obj := HEARD_SAY_RE.search(text, start, last.start())
    ):
        return _np_before(obj, last.end(), verb, tight)
    if verb in SPEECH_PARTICIPLES and (
        said := SAID_THEN_RE.search(text, max(start, last.start() - 60), last.start())
    ):
        # "Ryan and Trump will meet next week, Spicer said, adding, “…”": the
        # participle goes on with who said the clause before it
        return _np_before(said, last.end(), verb, tight)
    if (
        verb in SPEECH_PARTICIPLES
        and (inner := CLAUSE_SUBJECT_RE.search(text, start, last.start()))
        and inner.group("head").lower() in PEOPLE_NOUNS
    ):
        # "Clinton spoke near the casino, where about 50 protesters had
        # gathered, chanting “…”": the participle goes with the clause
        # before its comma, whose subject is a group of people
        return _np_before(inner, last.end(), verb, tight)
    if (
        verb in SPEECH_PARTICIPLES
        and (
            seen := SEEN_SPEAKING_RE.search(
                text, max(start, last.start() - 60), last.start()
            )
        )
        and (
            seen.group("named")
            or (head := seen.group("head").lower()) in PEOPLE_NOUNS
            or head + "s" in PEOPLE_NOUNS
            or head in ONE_PERSON_NOUNS
        )
    ):
        # "A video shows a crowd chanting “…”": the participle's subject is
        # the object of the seeing verb, not the sentence's subject
        return _np_before(seen, last.end(), verb, tight)
    if verb in SPEECH_PARTICIPLES and (
        reduced := REDUCED_RELATIVE_NAME_RE.search(
            text, max(start, last.start() - 90), last.start()
        )
    ):
        # "…reach 3,000 a day, a figure Noem repeated today, calling it
        # “achievable”": the participle goes on with the clause's subject
        return _np_before(reduced, last.end(), verb, tight)
    if verb.startswith("to ") and (
        moved := MOVED_TO_SAY_RE.search(
            text, max(start, last.start() - 80), last.start()
        )
    ):
        # "the debate was so subdued that Mr. Trump was prompted to say": the
        # subject of the verb the infinitive completes, not the sentence's
        return _np_before(moved, last.end(), verb, tight)
    if verb in SPEECH_PARTICIPLES and (
        own := WITH_SUBJECT_RE.search(text, start, last.start())
    ):
        # "with leader Charles Kennedy saying his party was …": the
        # participle's own subject, not the sentence's.
        return _np_before(own, last.end(), verb, tight)
    # The subject lies after the last quote that ends before the verb.
    region = start
    for mark in ("”", '"', "''"):
        found = text.rfind(mark, start, last.start())
        if found >= 0:
            region = max(region, found + len(mark))
    main_clause = verb in SPEECH_PARTICIPLES or verb.startswith("to ")
    who = subject(text, region, last.start(), main_clause=main_clause)
    if (
        who is None
        and region > start
        and _only_short_quotes(text, start, region)
        # "labelled a “…” by the Conservatives who said “…”": the relative
        # pronoun's antecedent speaks, not the sentence's subject
        and not RELATIVE_BEFORE_RE.search(
            text, max(region, last.start() - 20), last.start()
        )
    ):
        # A few quoted words stood inside the clause ("Merkel condemned
        # “…” and declared a determination to “…”", "As Amar, author of
        # “…,” put it"): no subject after them, so the clause's own, if no
        # quotation mark is part of it.
        who = subject(text, start, last.start(), main_clause=main_clause)
        if who is not None and QUOTE_MARK_RE.search(who[0]):
            who = None
    if who is None:
        return None
    phrase, span, appos = who
    if DESCRIBED_ONE_RE.match(phrase) and (
        given := GIVEN_NAME_RE.match(text, span.end, last.start())
    ):
        # "A woman who gave her name only as Rosa said": Rosa, described.
        appos, span = span, Span(given.start("name"), given.end("name"))
        phrase = given.group("name")
    apposition = (text[appos.start : appos.end], appos) if appos else None
    return Cue(
        phrase, span, Span(span.start, last.end()), verb, tight, apposition, directive
    )


QUOTE_MARK_RE = re.compile(r"[“”\"]|''")
RELATIVE_BEFORE_RE = re.compile(r"\b(?:who|which|that)(?:[ ]\w+ly)?[ ]$")
QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"|''(?:(?!'').)*''")
MAX_INNER_QUOTE_WORDS = 6


def _only_short_quotes(text: str, start: int, end: int) -> bool:
    """Whether a few words (a title, a term) are all that is quoted between two offsets.

    At least one whole quote, and no mark outside one: a sentence that
    starts inside a quote ("… anybody. They are big enough players,” said
    Vieira") is not one.
    """
    quotes = list(QUOTED_RE.finditer(text, start, end))
    outside = QUOTED_RE.sub("", text[start:end])
    return (
        bool(quotes)
        and all(len(m.group().split()) <= MAX_INNER_QUOTE_WORDS for m in quotes)
        and not QUOTE_MARK_RE.search(outside)
    )


# The object of a naming verb when it is someone's words or acts: a
# possessive, then no clause word ("Trump's remarks about a judge").
NAMED_OBJECT_RE = re.compile(
    r"(?:[A-Z][\w.’'-]*[ ])*[A-Z][\w.’'-]*[’']s"
    # each word whole, then a space or the end: one way to read any text, so
    # a failing match never tries the splits of a word (exponential)
    r"(?:[ ](?!(?:that|which|who|because|when)\b)[\w/.’'-]+)+"
)
# A noun phrase that opens with a determiner, its words whole as above.
DETERMINED_OBJECT_RE = re.compile(
    r"(?:the|this|these|those|his|her|its|their|our)"
    r"(?:[ ](?!(?:that|which|who|because|when)\b)[\w/.’'-]+)+"
)
POSSESSIVE_RE = re.compile(r"(?:(?P<word>\w+)[’']s|\ws[’'])[ ]$")
# "She’s claiming": a contraction of "is" or "has", not a possessive.
CONTRACTED = frozenset("he she it that there here who what where when let".split())


def _after_possessive(text: str, start: int, at: int) -> bool:
    """Whether a possessive ends right before an offset ("The mayor’s remarks")."""
    m = POSSESSIVE_RE.search(text, max(start, at - 40), at)
    return m is not None and (m.group("word") or "").lower() not in CONTRACTED


# "a group called", "an operation dubbed": an indefinite noun right before a
# naming verb that the quote follows: the verb names, nobody speaks.
# Not when a determiner opens the words after the noun: "a move the governor
# called" is a reduced relative clause whose subject speaks.
INDEFINITE_BEFORE_RE = re.compile(
    r"\b(?:a|an)[ ](?:(?!(?:the|his|her|its|their)[ ])[a-z][\w’'-]*[ ]){1,3}$"
)
# A complement clause's "that" after a speech verb and its object.
THAT_CLAUSE_RE = re.compile(r"\bthat[ ]")
# A form of "be" (or "get") before a participle: the passive.
PASSIVE_RE = re.compile(
    r"\b(?:be|been|being|is|are|was|were|get|gets|got|getting)[ ]"
    r"(?:(?:\w+ly|also|often|still|then|later|now|again)[ ])?$"
)
# A noun phrase then a second one with its own determiner: the object of a
# relative clause without "that" ("the notice the administration").
REDUCED_RELATIVE_RE = re.compile(
    r"(?:the|a|an|this|that|any|every)[ ][\w’'-]+(?:[ ][\w’'-]+){0,2}"
    r"[ ](?:the|a|an|his|her|its|their|our)[ ][\w’'-]+(?:[ ][\w’'-]+){0,2}"
)


def speech_verb_before(
    text: str,
    start: int,
    quote_start: int,
    verbs: tuple[Sequence[re.Match[str]], Sequence[int]] | None = None,
) -> bool:
    """Whether a speech verb stands in `[start, quote_start)`."""
    return _last_verb(text, start, quote_start, verbs) is not None


def _last_verb(
    text: str,
    start: int,
    quote_start: int,
    verbs: tuple[Sequence[re.Match[str]], Sequence[int]] | None,
) -> re.Match[str] | None:
    """The last speech verb in `[start, quote_start)`."""
    if verbs is None:
        last = None
        for m in BEFORE_VERB_RE.finditer(text, start, quote_start):
            last = m
        return last
    found, ends = verbs
    i = bisect.bisect_right(ends, quote_start) - 1
    return found[i] if i >= 0 and found[i].start() >= start else None


def cue_at_sentence_end(
    text: str, end: int, sentence_end: int, inverted: bool = True
) -> Cue | None:
    """Match ", Trump said." closing the sentence of a quote that has no cue of its own.

    With `inverted`, also ", said Lee Epstein, who teaches law.": for a quote
    with no speech verb before it in its sentence, or a sentence with no
    quote.
    """
    m = SENTENCE_END_RE.search(text, end, sentence_end)
    if not m or not _np_ok(m.group("np")):
        if not inverted:
            return None
        m = SENTENCE_END_INVERTED_RE.search(text, end, sentence_end)
        if not m or m.group("verb") in LISTENER_VERBS or not _np_ok(m.group("np")):
            return None  # ", told the BBC News website.": who heard
    between = text[end : m.start()]
    if "“" in between or len(between.split()) > 40:
        return None
    return Cue(
        m.group("np"),
        Span(m.start("np"), m.end("np")),
        Span(min(m.start("np"), m.start("verb")), max(m.end("np"), m.end("verb"))),
        m.group("verb"),
        False,
    )


def according_to(text: str, start: int, end: int) -> Cue | None:
    """Match "according to …" in the sentence."""
    m = ACCORDING_RE.search(text, start, end)
    if not m:
        own = IN_OWN_WORDS_RE.search(text, start, end)
        if own is None:
            return None
        # "In her words, the raids were “a nightmare”": the one "she" means
        pronoun = OWNER_PRONOUNS[own.group("owner").lower()]
        return Cue(
            pronoun,
            Span(own.start("owner"), own.end("owner")),
            Span(own.start(), own.end()),
            "according to",
            False,
        )
    longer = ACCORDING_NAME_RE.match(text, m.start(), end)
    if longer and " and " in text[m.end("np") : longer.end("np")]:
        m = longer
    return Cue(
        m.group("np"),
        Span(m.start("np"), m.end("np")),
        Span(m.start(), m.end()),
        "according to",
        False,
    )


# "X was described as “…” by Y": a naming verb in the passive before the
# quote and its agent after it; the words are Y's, not X's.
PASSIVE_NAMING_RE = re.compile(
    rf"\b(?:was|were|is|are|been|being|be)[ ](?:\w+ly[ ])?"
    rf"(?:{_alternation(NAMING_VERBS)})(?:[ ]as)?(?:[ ](?:a|an|the))?[ ]*$"
)
BY_AGENT_RE = re.compile(
    rf"[,]?[ ]by[ ](?P<np>(?:{WORD}[ ]){{0,7}}?{WORD}){NOT_ABBREVIATION}"
    rf"(?=[ ]*(?:[,;:!?(—–―\n]|\.(?:[ \n]|$)|$)|[ ]{NP_STOP.replace('|and|', '|')}\b)"
)


def passive_by(text: str, start: int, quote: Span, limit: int) -> Cue | None:
    """The agent of a naming verb in the passive ("was called “…” by Ana Ruiz")."""
    if not PASSIVE_NAMING_RE.search(text, max(start, quote.start - 60), quote.start):
        return None
    m = BY_AGENT_RE.match(text, quote.end, limit)
    if not m:
        return None
    phrase = m.group("np")
    if not (_np_ok(phrase) or phrase.split()[0].lower().rstrip(".") in PEOPLE_NOUNS):
        return None
    return _tight_np_cue(m, "by")


def _tight_np_cue(m: re.Match[str], verb: str) -> Cue:
    """A cue of a match whose group "np" is the speaker, from its start to the np's end."""
    return Cue(
        m.group("np"),
        Span(m.start("np"), m.end("np")),
        Span(m.start(), m.end("np")),
        verb,
        True,
    )


def dash_name(text: str, start: int, end: int) -> Cue | None:
    """A dash and a name alone after a quote ("― Pamela Padilla")."""
    m = DASH_NAME_RE.match(text, start, end)
    return _tight_np_cue(m, "—") if m else None


# A sentence that names, after the quote, whose words they were: "“Nobody
# saw it coming.” That was how Fire Chief Tom Brennan described the night.",
# "Those were the words of Ana Ruiz.", "So said the mayor." Features open
# with the words and name their speaker in the next sentence or paragraph.
HOW_SAID_RE = re.compile(
    r"[ ]*(?:(?:That|This|Those|These)(?:[’']s|[ ](?:is|was|were|are))[ ]"
    r"(?:how|what)[ ]"
    r"(?P<np>(?:[A-Z][\w.’'-]*[ ]){0,4}[A-Z][\w.’'-]*|(?:the|one|a|an)(?:[ ][\w’'-]+){1,4}?)"
    r"(?=[ ]*,|[ ](?:once[ ]|later[ ]|has[ ]|had[ ]|would[ ])?(?:described|put[ ]it"
    r"|summed[ ]it[ ]up|explained|characteri[sz]ed|framed|told|said|called|saw)\b)"
    r"|(?:Those|These|Such)[ ](?:were|are)[ ](?:the[ ])?(?:words|verdict|view|assessment)"
    r"[ ]of[ ](?P<np2>(?:[A-Z][\w.’'-]*[ ]){0,4}[A-Z][\w.’'-]*|(?:the|one|a|an)(?:[ ][\w’'-]+){1,4}?)"
    r"(?=[ ]*[,.]|[ ](?:at|on|in|during|when|as|after)\b)"
    r"|(?:Or[ ])?[Ss]o[ ]said[ ]"
    r"(?P<np3>(?:[A-Z][\w.’'-]*[ ]){0,4}[A-Z][\w.’'-]*|(?:the|one|a|an)(?:[ ][\w’'-]+){1,4}?)"
    r"(?=[ ]*[,.]|[ ](?:at|on|in|during|when|as|after)\b))"
)
# The name after a description there: "the words of the harbour master,
# Colin Pryce," are Colin Pryce's.
HOW_SAID_NAME_RE = re.compile(
    r",[ ](?P<name>[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){1,3})(?=[ ]*[,.])"
)


def how_said(text: str, start: int, end: int) -> Cue | None:
    """The speaker a sentence names for the words before it (`HOW_SAID_RE`)."""
    m = HOW_SAID_RE.match(text, start, end)
    if m is None:
        return None
    group = next(g for g in ("np", "np2", "np3") if m.group(g))
    phrase, span = m.group(group), Span(m.start(group), m.end(group))
    if not _np_ok(phrase):
        return None
    apposition = None
    named = HOW_SAID_NAME_RE.match(text, span.end, end)
    if named and DESCRIPTION_RE.match(phrase):
        apposition = (phrase, span)
        phrase = named.group("name")
        span = Span(named.start("name"), named.end("name"))
    return Cue(phrase, span, Span(m.start(), span.end), "said", False, apposition)


# "… drew a swift response from Mr. Newsom:": the words came from the one
# named after the noun for them, not from the sentence's subject; also "The
# message from the White House was clear:".
FROM_SPEAKER_RE = re.compile(
    r"\b(?:response|reply|retort|rebuke|rejoinder|reaction|answer|message"
    r"|statement|warning|words)[ ](?:came[ ])?from[ ]"
    r"(?P<np>(?:the|a|an)(?:[ ](?!(?:was|is)\b)[\w’'-]+){1,4}"
    r"|(?:[A-Z][\w.’'-]*[ ]){0,4}[A-Z][\w.’'-]*)"
    r"(?:[ ](?:was|is)[ ](?:(?:short|blunt|clear|simple|direct|stark)(?:[ ]and[ ]"
    r"(?:short|blunt|clear|simple|direct|stark|to[ ]the[ ]point))?|unequivocal))?"
    r"[ ]*$"
)


def colon_subject(
    text: str, start: int, colon: int, heading: bool = False
) -> Cue | None:
    """The subject of a sentence that ends with a colon before a quote.

    "Donald Trump issued the following statement:" gives Donald Trump; "…
    drew a response from Mr. Newsom:" gives Mr. Newsom. In a headline or a
    subheading the words before the colon may be no sentence at all but the
    story's topic ("US immigration raids: ‘My dad never came back’", "Texas
    floods: ‘We lost everything’"): without a verb after its subject there
    is no speaker to read there.
    """
    if source := FROM_SPEAKER_RE.search(text, start, colon):
        return _np_before(source, colon + 1, ":", True)
    who = subject(text, start, colon, main_clause=True)
    if who is None:
        return None
    phrase, span, _ = who
    if head := HEAD_AFTER_NAME_RE.match(text, span.end, colon):
        # "ICE chief defends masked agents:": the chief, not the agency
        span = Span(span.start, head.end())
        phrase = text[span.start : span.end]
    if heading and not _has_verb(text[span.end : colon]):
        return None
    return Cue(phrase, span, Span(span.start, colon + 1), ":", True)


# Words that show a headline's words after its subject are a predicate ("…
# hits back at critics:", "… made the following statement:"), not the rest
# of a noun phrase ("immigration raids", "rate decision").
PREDICATE_WORDS = frozenset(
    """
the a an this that these those his her its their our my your to at on in for
with after over back out up down off about against into from by as is are was
were be has have had will would can could may might must should not no
""".split()
)


def _has_verb(words_text: str) -> bool:
    """Whether the words after a headline's subject hold a verb or its object.

    A speech verb ("warns"), a function word after the first word, or a word
    in "-s"/"-ed" with more words after it ("defends masked agents"); a run
    of nouns ("immigration raids", "floods") has none.
    """
    words = re.findall(r"[\w’'-]+", words_text)
    if any(word.lower() in SPEECH_VERBS for word in words):
        return True
    if any(word.lower() in PREDICATE_WORDS for word in words[1:]):
        return True
    return any(word.endswith(("s", "ed")) for word in words[:-1])


# The head of a body right after its name ("ICE chief", "Tesco boss").
HEAD_AFTER_NAME_RE = re.compile(r"[ ](?:chief|boss|head|leader)\b")


# "Said Dorothy Poynter, who grew up with Ali, “We were all so proud.”": a
# sentence that opens with its speech verb names the speaker right after it.
# "Says one senior Republican aide, granted anonymity …: “…”": or a
# description that opens with its determiner.
VERB_FIRST_RE = re.compile(
    r"[ ]*(?P<verb>Said|Says|Added|Adds|Asked|Wrote|Writes|Recalled|Explained)"
    r"[ ](?P<np>[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,4}"
    r"|(?:one|a|an|the|another)(?:[ ][\w.’'-]+){1,5})(?=[ ]*[,:“\"])"
)


def verb_first(text: str, start: int, end: int) -> Cue | None:
    """The name after a speech verb that opens the sentence ("Said Ana Ruiz, …")."""
    m = VERB_FIRST_RE.match(text, start, end)
    if not m:
        return None
    np = Span(m.start("np"), m.end("np"))
    return Cue(m.group("np"), np, Span(m.start("verb"), np.end), m.group("verb"), True)


DASH_RE = re.compile(r"[ ]-[ ]|[—–―]")
NAME_COLON_REACH = 80


def name_colon(text: str, start: int, end: int) -> Cue | None:
    """A name and a colon alone before the quote ("Trump: ‘…’").

    Alone in its sentence, or after the sentence's last dash ("Pollsters
    agree - Carl Bialik: “…”").
    """
    m = NAME_COLON_RE.match(text, start, end)
    if not m:
        # A name and its colon are short: only the last words are searched,
        # so that a long sentence is not read again for each of its quotes.
        near = max(start, end - NAME_COLON_REACH)
        after_dash = max(
            (d.end() for d in DASH_RE.finditer(text, near, end)), default=0
        )
        if after_dash:
            m = NAME_COLON_RE.match(text, after_dash, end)
    if not m or len(m.group("np")) == 1:
        return None  # "Q:" and "A:" of an interview are labels, not names
    return Cue(
        m.group("np"),
        Span(m.start("np"), m.end("np")),
        Span(m.start("np"), m.end()),
        ":",
        True,
    )


# A participle clause that opens the sentence and holds the quote: "After
# saying her foot was “so swollen …,” Clinton was rushed to hospital".
FRONTED_PARTICIPLE_RE = re.compile(
    r"(?:After|Before|While|Since|Despite|Upon|On)[ ]"
    r"(?P<verb>saying|telling|writing|insisting|claiming|declaring|noting|"
    r"arguing|admitting|warning|calling|describing|promising|vowing)\b"
)
# The main clause's subject after the quote that ends the participle clause.
MAIN_SUBJECT_RE = re.compile(
    r"[,]?[ ]+(?:[^,;.“”\"\n]{1,60},[ ]+)?"
    # a name or a description, not a pronoun: which person a pronoun there
    # means is left to a cue that names them
    r"(?P<np>(?:[A-Z][\w.’'-]*[ ]){0,3}[A-Z][\w’'-]+"
    r"|the[ ](?:[a-z][\w’'-]*[ ]){0,2}?[a-z][\w’'-]+)"
    r"[ ](?!said|says|told)(?:was|were|had|has|is|[a-z]+ed)\b"
)


def fronted_participle(text: str, start: int, quote: Span, limit: int) -> Cue | None:
    """The subject of the sentence whose fronted participle clause holds the quote.

    "After saying her right foot was “so swollen I could barely get my shoe
    on,” she was whisked off to hospital": she, who said it.
    """
    m = FRONTED_PARTICIPLE_RE.match(text, start, quote.start)
    if m is None:
        return None
    subject = MAIN_SUBJECT_RE.match(text, quote.end, limit)
    if subject is None:
        return None
    np = Span(subject.start("np"), subject.end("np"))
    return Cue(subject.group("np"), np, Span(m.start(), np.end), m.group("verb"), False)
