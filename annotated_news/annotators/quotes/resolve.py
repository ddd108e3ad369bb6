"""Turn the speaker phrase of a cue into a speaker.

- A phrase that names a person or organisation found by the entities
  annotator gives its canonical name: the person the phrase ends with
  ("White House spokesperson Abigail Jackson", "said Gov. Terry E. Branstad
  of Iowa"), or an organisation that is the whole phrase ("the FBI").
- A surname alone ("Jackson", "Mr. Lew") gives the person of the article
  with that surname.
- "he" and "she" give the last person of that gender (see `gender.py`)
  quoted before, or failing that mentioned before; "it" and "they" the last
  document or organisation quoted; "I" and "we" the last speaker.
- Anything else is an unnamed source or a document and is kept as its
  description, with a leading article in lower case ("a law enforcement
  official", "the draft"); "the outlet" and the like give the last news
  organisation named.
"""

from __future__ import annotations

import bisect
import dataclasses as dc
import re
from collections.abc import Iterator

from ...model import Article, BlockKind, EntityMention, Kind, Span
from ..gender import gender_of, title_gender
from ..lexicon import PARTY_NAMES, PLACES, SPEECH_VERBS
from ..vocabulary import agencies, org_nouns, outlets
from ..vocabulary.demonyms import DEMONYMS, is_demonym
from ..vocabulary.honorifics import (
    FULL_FORMS,
    NO_OFFICE,
    POST_NOMINALS,
    honorific_pattern,
)
from ..vocabulary.letters import without_possessive
from ..vocabulary.people_nouns import (
    KIN_NOUNS,
    ONE_PERSON_NOUNS,
    PEOPLE_NOUNS,
    PERSON_NOUN_GENDER,
)
from ..vocabulary.source_nouns import SOURCE_NOUNS
from ..vocabulary.titles import (
    BELOW_HEAD,
    HEAD_OFFICES,
    INITIALS_WRITTEN_OUT,
    SAME_OFFICE,
    TITLE_NOUNS,
    TITLE_WORDS,
)
from ..vocabulary.verbs import BE_FORMS, HAVE_FORMS
from .cues import ADVERB, BULLET_RE, GIVEN_NAME_RE, NP_STARTERS, NP_STOP, VERB, Cue
from .marks import OPENING_KINDS

DOC_WORDS = frozenset(
    """
ad advertisement affidavit article bill book complaint document draft editorial
email emails filing guide indictment lawsuit letter memo memorandum motion note
notice order petition plan platform policy poll post proposal release report
ruling sign statement study survey text transcript tweet website message
banner placard leaflet flyer sermon speech verdict judgment decree
""".split()
)
# A sentence that opens with a document as its subject: "The statement from
# the governor's office was", "A letter signed by 40 senators said".
THING_SUBJECT_RE = re.compile(
    r"[ ]*(?P<np>(?:The|A|An|Its|Their|His|Her|This)[ ](?:[\w’'-]+[ ]){0,2}?"
    r"(?P<head>[a-z]+)(?:[ ](?:from|of|by|signed[ ]by|issued[ ]by)[ ]"
    r"(?:[\w’'.-]+[ ]){0,3}?[\w’'.-]+)?)"
    r"[ ](?:was|is|said|says|read|reads|stated|states|added|went|issued|released)\b"
)
# Heads of a description that, with a word before them, stand for the one
# person who opens the sentence before, as a title does ("Kemi Badenoch
# criticised the plan. The Tory leader said …").
LEADER_NOUNS = frozenset({"leader", "chief"})
# A headline's "ICE chief says", "Tesco boss warns": the head of the body it
# names, whom the body titles by an office that heads it ("Acting ICE
# Director Todd Lyons", "Tesco chief executive Ken Murphy"), not by a rank
# below it ("Deputy ICE Director").
HEAD_NOUNS = frozenset({"chief", "boss", "head"})
DEFINITE_RE = re.compile(r"^(?i:the)[ ]")
# A speech verb right after a body's name: "the UNECE warned", "Acme has said".
BODY_SPEAKS_RE = re.compile(rf"[ ](?:has[ ]|had[ ]|also[ ]|later[ ])?{VERB}\b")
OUTLET_WORDS = frozenset(
    {
        "outlet",
        "newspaper",
        "network",
        "paper",
        "publication",
        "site",
        "broadcaster",
        "magazine",
        "channel",
    }
)
# An outlet's name, anywhere in a mention's canonical name ("Fox News",
# "Newsweek", "NBCUniversal"); a two-letter one only whole ("AP", not "APEC").
NEWS_NAME_RE = re.compile(
    "|".join(
        w + (r"\b" if len(w) < 3 else "")
        for w in (*outlets.NAME_END_WORDS, *outlets.NEWS_BRANDS)
    )
)
# "Another said" after "one attendee said": another attendee.
ANOTHER_WORDS = frozenset({"another"})
ONE_OF_KIND_RE = re.compile(r"(?i:one)[ ](?P<noun>[a-z][\w-]*(?:[ ][a-z][\w-]*)?)")
# "One of them, a retired firefighter, said": the apposition says who; so
# does the name it gives ("…, a nurse who gave her name only as Rosa,").
ONE_OF_THEM_RE = re.compile(r"one[ ]of[ ](?:them|those|us|these)")
APPOSED_GIVEN_NAME_RE = re.compile(
    rf",[ ](?:an?|the)[ ][a-z][\w’' -]{{0,40}}?{GIVEN_NAME_RE.pattern}"
)
# Plural groups written with a capital anywhere, not only to open a sentence.
PROPER_GROUPS = frozenset(PARTY_NAMES) | {"Democrats", "Republicans", "Liberals"}
REFLEXIVE_RE = re.compile(r"[ ](?:himself|herself|themselves|itself)$")
# What stands between a subject and the speech verb it will say: "“…,” he
# was due to say", "she is expected to tell", "they were set to announce".
AUXILIARY_TAIL_RE = re.compile(
    r"[ ](?:(?:is|was|are|were)[ ](?:due|expected|set|going|about|scheduled|"
    r"poised|likely)[ ]to|(?:will|would|could|might|may|should|must|can)"
    r"(?:[ ](?:later|also|then|now|soon))?)$"
)
# A sentence's impersonal subject: "…, it has been claimed", "it is said".
IMPERSONAL_RE = re.compile(
    r"^it(?:[ ](?:has|had|have|is|was|will|would))*[ ]been$|^it[ ](?:is|was)$",
    re.IGNORECASE,
)
HONORIFIC_RE = re.compile(rf"^(?:(?:{honorific_pattern()})\.?[ ]+)+")
# The same, with the forms of address ("Sir", "Dame"), at the end of a text.
HONORIFIC_TAIL_RE = re.compile(
    rf"(?:\b(?:{honorific_pattern()}|{'|'.join(sorted(w.title() for w in NO_OFFICE))})"
    r"\.?[ ]+)+$"
)
# A name followed by one of these modifies it ("Clinton communications
# director Jennifer Palmieri", "Trump’s campaign"): it is not who acts.
MODIFIER_RE = re.compile(
    r"(?:[’']s\b|[ ](?:campaign|campaigns|spokesman|spokeswoman|spokesperson|aide|aides|"
    r"adviser|advisers|advisor|administration|supporters|supporter|allies|ally|"
    r"communications|communication|press|staff|team|director|manager|chairman|"
    r"officials|loyalists|surrogate|surrogates|camp|voters|backers|rally|rallies|"
    r"era|presidency|tower|university|foundation|organization|victory|win|"
    r"campaign’s|campaign's)\b)"
)
# "Mr Crosby's statement said": the words of one's own statement, letter or
# post are one's own (not those of "Crosby's spokesman", a person of his).
OWN_DOCUMENT_RE = re.compile(
    r"^(?P<owner>.+?)[’']s[ ](?:(?:written|own|latest|brief|short|joint)[ ])?"
    r"(?:statement|letter|tweet|post|memo|email|note|blog|essay|memoir|book)$"
)
# "according to a statement from the Congressional Hispanic Caucus": the
# same, with the owner after the document.
DOCUMENT_FROM_RE = re.compile(
    r"^(?:an?|the)[ ](?:(?:written|joint|brief|short|new|latest)[ ])?"
    r"(?:statement|letter|post|memo|email|note|release|news[ ]release"
    r"|press[ ]release)[ ](?:issued[ ])?(?:from|by)[ ](?P<owner>.+)$"
)
# "Their message to the agency: “…”", "Her answer: “…”": the words of one's
# own message or reply are one's own; the owner a pronoun stands for.
OWN_WORDS_RE = re.compile(
    r"^(?P<owner>(?i:his|her|their|its))[ ](?:(?:own|latest|brief|short|joint|blunt)[ ])?"
    r"(?:message|response|reply|answer|retort|advice|verdict|warning|plea|explanation)"
    r"(?:[ ](?:to|for)[ ][^,;:]{1,40})?$"
)
OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# A description in the lede: "A federal judge", "Mexico's president", "the
# state's governor".
LEDE_DESCRIPTION_RE = re.compile(
    r"(?:[Aa]n?|[Tt]he|[A-Z][\w.-]*(?:’s|'s))[ ]"
    r"(?P<words>(?:[\w-]+[ ]){0,3}?(?P<head>[a-z]+))"
)
GENERIC_TITLE_ADJECTIVES = frozenset({"federal", "top", "senior", "veteran", "local"})
# Documents whose words are their author's: "the statement said", "the memo
# read" stand for whoever the text just said issued it.
AUTHORED_DOCUMENTS = frozenset(
    {"statement", "memo", "letter", "email", "release", "post", "note", "memorandum"}
    # a judge's: "Judge Ana Ruiz wrote in a 36-page ruling … the ruling said"
    | {"ruling", "opinion", "judgment", "order", "report"}
)
# How far back (characters) the document's first mention is looked for.
DOCUMENT_WINDOW = 700
# Where a document was just named, and its author beside it: "a statement from
# the California Farm Bureau", "Paul Kettering told staff in a memo", "In a
# statement, Tricia McLaughlin said", "Harrison Fields wrote in an email".
DOCUMENT_MENTION_RES = {
    noun: re.compile(
        rf"\b(?:an?|the|its|his|her|their)[ ](?:[\w’'-]+[ ]){{0,2}}?{noun}s?\b"
    )
    for noun in AUTHORED_DOCUMENTS
}
FROM_AUTHOR_RE = re.compile(
    r"[ ](?:(?:was|were)[ ])?(?:issued[ ]|signed[ ]|released[ ]|sent[ ])?(?:from|by)[ ]"
)
# How far after "from" the author's name may start ("from the club's
# executive director, Jeremy Boreing"), and after "In a statement,".
AUTHOR_AFTER = 60
NAME_AFTER_OPENING = 40
OPENING_IN_RE = re.compile(r"(?:In|Through)[ ]$")
# "the department", "the ministry": a body by the noun that heads its name.
# Not "the party", "the union", "the court": a party or a union is as often
# named without the noun ("Labour", "Unite") as the last one named with it,
# and a story names several courts.
BODY_HEAD_RE = re.compile(
    r"[Tt]he[ ](?P<head>department|ministry|agency|council|committee|commission"
    r"|bureau|board|university|institute|foundation)"
)
# "the company" or "the campaign group" before an apposition that names it
THE_NOUN_RE = re.compile(r"[Tt]he(?:[ ][a-z][\w-]*){1,2}")
# "the company said", "the firm added", "the carmaker said": a business,
# the last one that opened a sentence or spoke.
# Not "the group" (a campaign group is often no organisation the names
# annotator knows) nor "the law firm" (a firm other than the one speaking).
COMPANY_HEAD_RE = re.compile(
    r"[Tt]he[ ](?:[A-Z][\w-]*[ ])?"  # "the German giant", "the US carmaker"
    r"(?P<head>company|firm|bank|carrier|airline|retailer|supermarket|carmaker"
    r"|automaker|chipmaker|drugmaker|insurer|lender|giant|chain|brewer)"
)
# Words of a name that make it no business: a public body, a party, a court,
# a union, a school, a newsroom.
NOT_A_COMPANY = frozenset(
    """
department ministry agency council committee commission bureau board university
institute foundation party union court police government parliament congress
senate house office service administration army navy force forces nations
association federation league trust school college hospital church news times
post journal tribune herald guardian telegraph bbc cnn reuters
""".split()
)
BODY_WINDOW = 1_500
"""Characters before a "the department" where the body it stands for is looked for."""
# The writer meeting someone described, not named: "I met a deportation
# officer", "I spoke to a nurse who works nights".
MET_DESCRIBED_RE = re.compile(
    r"\bI[ ](?:met|interviewed|spoke[ ](?:to|with)|talked[ ](?:to|with)|sat[ ]down[ ]with)"
    r"[ ](?P<article>a|an)[ ](?P<words>[a-z][\w-]*(?:[ ][a-z][\w-]*){0,3})"
)
# Before a body's name that opens a sentence: nothing, or "The".
BODY_OPENS_RE = re.compile(r"\s*(?:The[ ])?")
# Up to four words before a name: a title or a determiner ("the department's
# spokeswoman", "assistant secretary", "Gov."), no number and no "led by",
# "and", "with", "of" (a longer subject the name is only part of).
TITLE_WORDS_RE = re.compile(
    r"[ ]*(?:(?!(?:by|and|with|of)[ ])[A-Za-z][\w.’'-]*[ ]){0,4}"
)
# Someone who speaks for another: "a spokesperson for Mayor Karen Bass", "an
# aide to Newsom", "a lawyer for the family".
AGENT_FOR_RE = re.compile(
    r"(?i:an?|the|one)[ ](?:[\w-]+[ ]){0,2}?(?P<head>[\w-]+)[ ](?:for|to)[ ]"
)
# Between a quote and the name that opens the next sentence: spaces and a
# lower-case title or capitalised title words ("Coach", "Party chairman").
NEXT_SENTENCE_OPENING_RE = re.compile(r"[ ]+(?:[A-Z][a-z]+(?:[ ][a-z]+)*[ ])?")
SPEECH_AFTER_RE = re.compile(
    r"[ ](?:said|says|added|adds|told|explained|insisted|continued|warned)\b"
)
# A person who is the subject of a speech verb ("Ham also noted …"), the
# one a later "he said" most likely means.
SPEAKING_RE = re.compile(
    rf"(?:,[^,;:“”\"\n]{{1,80}},)?[ ](?:(?:has|have)[ ])?{ADVERB}?(?:{VERB})\b"
)
# The verb before a name: "…, said David Axelrod, a strategist." speaks as
# "Axelrod said" does, also with a title between ("said Sen. Tim Kaine").
# Only verbs that invert so: after "told", "asked", "urged" a name is who
# heard.
INVERTING_VERBS = (
    "said|says|added|adds|continued|explained|noted|wrote|writes|recalled"
    "|replied|recounted|remarked|observed|acknowledged|conceded"
)
SPOKE_BEFORE_RE = re.compile(
    rf"(?<![\w’'])(?:{INVERTING_VERBS})[ ](?:[A-Z][\w.’'-]*\.?[ ]){{0,2}}$"
)
NAME_ENDS_CUE_RE = re.compile(rf"[ ]*(?:[,;:.!?(—–―\n]|$)|[ ]{NP_STOP}\b")
NEXT_WORD_RE = re.compile(r"[ ]([a-z]+)\b")
# A participle that opens a sentence and takes its subject's place: "Asked
# whether …, he said", "Responding to Newsom, she said".
PARTICIPLE_OPENER_RE = re.compile(
    r"[ “\"]*(?:Asked|Pressed|Questioned|Challenged|Responding|Reacting|Replying"
    r"|Referring|Speaking|Commenting|Writing)\b"
)
MALE = frozenset({"he", "him"})
FEMALE = frozenset({"she", "her"})


# A name and a title in apposition after it: "Karen Bass, the mayor,".
APPOSED_TITLE_RE = re.compile(
    r"[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,3},[ ](?:the|a|an)[ ]"
    r"(?P<title>[\w’'-]+(?:[ ][\w’'-]+){0,4}?)(?=,|\.|[ ](?:of|for|at|in)\b)"
)
# Where a phrase of several speakers is cut: "A, B and C", "A and B".
JOINT_SPLIT_RE = re.compile(r",[ ](?:and[ ])?|[ ]and[ ]")


@dc.dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to."""

    name: str
    kind: Kind | None
    """PERSON or ORGANIZATION for a named entity, else None."""
    gender: str | None = None
    is_document: bool = False
    several: bool = False
    """Two or more people or bodies the article names ("Padilla and Schiff")."""
    how: str = dc.field(default="", compare=False)
    """How the phrase became this speaker ("entity", "surname", "pronoun",
    "description", ...), for `make eval`'s errors by rule."""


# A sentence that opens (after a short fronted phrase and its comma) with an
# indefinite description of a person: "Across town, a Border Patrol agent
# who asked not to be named …", "One officer …".
DESCRIBED_SUBJECT_RE = re.compile(
    r"(?:[A-Z][^,.“”\"\n]{0,40},[ ])?"
    r"(?P<np>(?:[Aa]n?|[Oo]ne|[Aa]nother)[ ]"
    # "One of the plaintiffs, who asked not to be named,"; no other "of" ("a
    # new influx of refugees finds": the influx, no person)
    r"(?:of[ ](?:the|his|her|their|its)[ ])?(?:(?!of[ ])[\w’'-]+[ ]){0,4}?"
    r"(?P<head>(?!(?:the|of|a|an|his|her|their)\b)[a-z][\w-]+))"
    r"(?=,?[ ]who\b|[ ](?:[a-z]+ed|[a-z]+s|said|told|was|is|had|has)\b)"
)
# "the Gunners boss", "the Spaniard", "the 43-year-old": "the" and up to
# three words that may stand for someone named before.
THE_SUBJECT_RE = re.compile(r"[Tt]he(?:[ ][\w’'-]+){1,3}")
# A sentence that opens with someone named by whose they are: "Sofia's
# mother, who asked not to be named, says …", "Reyes's lawyer told …". The
# possessor is whom they are about; a "she said" after is the mother's.
POSSESSED_SUBJECT_RE = re.compile(
    r"(?:[A-Z][^,.“”\"\n]{0,40},[ ])?"
    r"(?P<np>(?:[A-Z][\w-]+[ ]){0,2}[A-Z][\w-]+(?:[’']s|[’'])[ ]"
    r"(?:(?:late|former|eldest|youngest|older|younger|elder|estranged|new)[ ])?"
    r"(?P<head>[a-z][\w-]+))"
    r"(?=,[ ](?:who|a|an|the)\b|[ ](?:who|[a-z]+ed|[a-z]+s|said|told|was|is|had|has)\b)"
)
# A pronoun and its verb after a comma inside a sentence (", he said,", ",
# she argued,"), also the subject of a main clause after a fronted phrase
# ("In his speech, …, he tells one joke about Trump."), by gender.
PRONOUN_CUES = {
    gender: re.compile(rf",[ ]{pronoun}[ ][a-z]")
    for gender, pronoun in (("m", "he"), ("f", "she"))
}
# Capitalised words before a name that opens a sentence, and up to two title
# words in lower case: its title ("Sen. ", "Southampton manager ").
TITLE_OPENING_RE = re.compile(
    r"(?:[A-Z][\w.’'-]*[ ]){1,4}(?P<lower>(?:[a-z][\w-]*[ ]){0,2})"
)
# "the Texas Republican", "the California Democrat", "the Rovers boss": a
# party's member or a club's role after a place or club's name.
PARTY_ANAPHOR_RE = re.compile(
    r"(?i:the)[ ](?:[A-Z][\w.’'-]*[ ]){1,3}"
    r"(?P<head>Republican|Democrat|Conservative|Tory|boss|manager|coach|skipper"
    # a player by the country or club he plays for: "the Scotland international"
    r"|international|captain|striker|midfielder|defender|goalkeeper|keeper|winger)"
)
# "the 47-year-old", "the 61-year-old grandmother": someone named before, as
# a pronoun is (a news story gives an age right after the name it goes with).
# A nationality may be the noun ("said the 26-year-old Hungarian").
AGE_ANAPHOR_RE = re.compile(
    # "the 35-year-old tight end": a noun of up to two words
    r"(?i:the)[ ]\d{1,3}-year-old"
    r"(?:[ ](?:[a-z]+[ ])?(?P<noun>[a-z]+)|[ ](?P<demonym>[A-Z][a-z]+))?"
)
# What may stand before a sentence's subject: nothing, or a short fronted
# phrase and its comma ("Across the street, Javier Morales, who …"), or a
# dateline's place and its dash ("Los Angeles, United States – Maria …").
FRONTED_RE = re.compile(
    r"\s*(?:[A-Z][^,.“”\"\n]{0,40},[ ]|[A-Z][^.“”\"\n]{0,40}[ ][—–-][ ])?"
)
# How a speaker was found when a description stands for a name written
# elsewhere: a later "he" may mean them, at the description's place.
DESCRIBED_NAMES = frozenset({"age"})
# "the secretary", "the homeland security secretary", "the mayor".
# A possessive owner before an office: "Trump’s border tsar".
OWNER_RE = re.compile(r"^(?:[A-Z][\w.-]*[ ])*[A-Z][\w.-]*(?:’s|'s)[ ](?=[\w-])")
DEFINITE_TITLE_RE = re.compile(r"(?i:the)[ ](?P<words>(?:[\w-]+[ ]){0,3}[\w-]+)")
# Compounds that describe the holder of a title, not the office: "the
# two-term president", "the 57-year-old governor", "the Texas-born senator".
# Not "one-time", which means "former".
DESCRIPTIVE_RE = re.compile(
    r"(?<=[ ])(?![Oo]ne-time\b)[\w]+-(?:term|time|year-old|born|based|educated|raised)[ ]"
)
ABBREVIATED = {abbreviation.lower(): form for form, abbreviation in FULL_FORMS.items()}


# Words that make a title another office: a deputy prime minister is not
# "the prime minister".
RANK_MODIFIERS = frozenset(
    "deputy vice assistant associate acting shadow former junior under co".split()
)


def _title_words(title: str) -> tuple[str, ...]:
    """A title's words in lower case, abbreviations written out."""
    words = (w.lower().rstrip(".") for w in title.replace("-", " ").split())
    return tuple(
        SAME_OFFICE.get(part, part)
        for w in words
        for part in INITIALS_WRITTEN_OUT.get(w, ABBREVIATED.get(w, w)).split()
    )


def _place_and_office(
    written: str, wanted: tuple[str, ...]
) -> tuple[str, tuple[str, ...]]:
    """A title's known place and its office, or ("", wanted) without one.

    "Los Angeles mayor" -> ("Los Angeles", ("mayor",)).
    """
    words = written.split()
    for n in range(len(words) - 1, 0, -1):
        place = " ".join(words[:n])
        if place in PLACES:
            office = _title_words(" ".join(words[n:]))
            return (
                (place, office)
                if office and office == wanted[-len(office) :]
                else ("", wanted)
            )
    return "", wanted


def _has_place(title: tuple[str, ...]) -> bool:
    """Whether a title's words name a place ("texas governor")."""
    return any(
        " ".join(title[:n]).title() in PLACES or " ".join(title[:n]).upper() in PLACES
        for n in range(1, len(title))
    )


# "the Rt Rev Dr": forms of address between an apposition's comma and a name.
ADDRESS_BEFORE_NAME = rf"(?:(?:the|Rt|Most|Very|{honorific_pattern()})\.?[ ])*"
# Forms of address as `_title_words` writes them ("Mr" is "mister").
NO_OFFICE_WORDS = frozenset(w for h in NO_OFFICE for w in _title_words(h))


def _holds(title: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    """Whether a title ends with the wanted words, with no rank before them.

    "Homeland Security Secretary" holds "secretary"; "Deputy Prime
    Minister" does not hold "prime minister".
    """
    n = len(wanted)
    if title[-n:] != wanted:
        return False
    return not any(w in RANK_MODIFIERS for w in title[:-n])


HEADLINE_TITLES = TITLE_WORDS | TITLE_NOUNS
"""The heads of a title a headline names a person by ("Border czar says")."""
# Heads of a description that is no person: a document or a body.
THING_HEADS = DOC_WORDS | org_nouns.BODIES


def _bare(word: str) -> str:
    """A word in lower case without its possessive or trailing stop."""
    return without_possessive(word.lower().rstrip(",."))


def _no_person(phrase: str) -> bool:
    """Whether a description names a document or a body ("the agency").

    Neither is anyone a later "he" or "she" means; "a spokesman for the
    council" is someone.
    """
    words = [_bare(w) for w in phrase.split()]
    if any(w in SOURCE_NOUNS or w in PEOPLE_NOUNS or w in TITLE_WORDS for w in words):
        return False
    return bool(words) and words[-1] in THING_HEADS


class Resolver:
    """Resolves speaker phrases of one article, remembering earlier speakers."""

    def __init__(self, article: Article, quoted: list[Span]) -> None:
        self.text = article.text
        self.quote_spans = quoted
        self.quote_starts = [q.start for q in quoted]
        self.entities = sorted(article.entities, key=lambda m: m.span.start)
        self.starts = [m.span.start for m in self.entities]
        # Where the headline and standfirst end: they come before the body
        # that names whom they quote ("Los Angeles mayor says …").
        self.heading_end = 0
        self.lede_end = 0
        for block in article.blocks:
            if block.kind not in OPENING_KINDS:
                # the lede: the first paragraph, which wire copy writes
                # before it names whom it describes ("A federal judge on
                # Thursday ordered …"; "U.S. District Judge Rosa Quintanilla"
                # in the paragraph below)
                if block.kind is BlockKind.PARAGRAPH:
                    self.lede_end = block.span.end
                break
            self.heading_end = block.span.end
        # People named with a title before them, and the title's words in
        # full ("Gov." -> "governor"), for "the governor said".
        self.titled = [
            (m.span.start, m.canonical, _title_words(m.title))
            for m in self.entities
            if m.kind is Kind.PERSON and m.title
        ]
        self.marked: dict[str, str] = {}
        for mention in self.entities:
            gender = (
                title_gender(mention.title) if mention.kind is Kind.PERSON else None
            )
            if gender:
                self.marked.setdefault(mention.canonical.split()[-1], gender)
        self.surnames: dict[str, str] = {}
        for mention in self.entities:
            if mention.kind is Kind.PERSON and " " in mention.canonical:
                self.surnames.setdefault(
                    mention.canonical.split()[-1], mention.canonical
                )
        self.speakers: list[tuple[int, Speaker]] = []
        self.documents: list[tuple[int, Speaker]] = []
        self.sentence_starts = [s.span.start for s in article.sentences]
        # People in text order: named persons outside quotes, then (added as
        # they are found) unnamed speakers at the place of their cue.
        self.people: list[tuple[int, Speaker]] = [
            (m.span.start, self._person(m.canonical))
            for m in self.entities
            if m.kind is Kind.PERSON
            and not self._quoted(m.span.start)
            and not MODIFIER_RE.match(self.text, m.span.end)
            and not self._before_title(m.span.end)
        ]
        # "I met a deportation officer …": the writer's interviewee, whom a
        # later "he told me" means though no name is ever given
        for met in MET_DESCRIBED_RE.finditer(self.text):
            words = met.group("words").split()
            head = next(
                (
                    i
                    for i, w in enumerate(words)
                    if w in SOURCE_NOUNS or w in ONE_PERSON_NOUNS
                ),
                None,
            )
            if head is not None:
                np = " ".join([met.group("article"), *words[: head + 1]])
                bisect.insort(
                    self.people,
                    (
                        met.start("article"),
                        Speaker(np, None, title_gender(words[head])),
                    ),
                    key=lambda p: p[0],
                )
        self.speaking = {
            m.span.start
            for m in self.entities
            if m.kind is Kind.PERSON
            and (
                SPEAKING_RE.match(self.text, m.span.end)
                or (
                    SPOKE_BEFORE_RE.search(
                        self.text, max(0, m.span.start - 40), m.span.start
                    )
                    # "said Nunberg was bound by …", "said Mr Blair “should
                    # butt out”": the name opens what was said, no speaker
                    and NAME_ENDS_CUE_RE.match(self.text, m.span.end)
                )
            )
        }

    def _before_title(self, end: int) -> bool:
        """Whether a name modifies a title after it ("Obama consultant").

        In "Obama consultant Cornell Belcher", a later "he" means Belcher.
        """
        m = NEXT_WORD_RE.match(self.text, end)
        return m is not None and m.group(1) in TITLE_NOUNS

    # -- entities -----------------------------------------------------------

    def _inside(self, span: Span) -> list[EntityMention]:
        i = bisect.bisect_left(self.starts, span.start)
        found = []
        while i < len(self.entities) and self.entities[i].span.start < span.end:
            if self.entities[i].span.end <= span.end:
                found.append(self.entities[i])
            i += 1
        return found

    def _person(self, name: str, kind: Kind | None = Kind.PERSON) -> Speaker:
        return Speaker(name, kind, gender_of(name, self.marked))

    def named(self, span: Span) -> Speaker | None:
        """The entity a phrase names, if it names one (see the module docstring)."""
        inside = self._inside(span)
        if not inside:
            return None
        phrase = self.text[span.start : span.end]
        joined = phrase.find(" and ")
        if (
            joined > 0
            and phrase[:1].isupper()
            and phrase[joined + 5 : joined + 6].isupper()
            and (
                not any(m.span.start < span.start + joined < m.span.end for m in inside)
            )
        ):
            # "Obama and Clinton": two speakers (but "Immigration and Customs
            # Enforcement" is one name), each by the name the article knows
            # them by ("Both Padilla and Sen. Adam Schiff" is "Alex Padilla
            # and Adam Schiff"), or as written when a part names no one.
            joint = self._joint(span, inside)
            if joint:
                return Speaker(joint, None, several=True)
            return Speaker(phrase.strip(" ,."), None)
        for mention in reversed(inside):
            tail = self.text[mention.span.end : span.end]
            ends = (
                not tail.strip(" .,")
                or tail.startswith((" of ", " (", ","))
                # "Priya Nair KC", "Brian Monteith MSP": letters after a
                # person's name say what the person is ("UKIP MEP" is no UKIP)
                or (
                    mention.kind is Kind.PERSON
                    and all(word in POST_NOMINALS for word in tail.split())
                )
            )
            if not ends:
                continue
            head = self.text[span.start : mention.span.start]
            if mention.kind is Kind.PERSON:
                return self._person(mention.canonical)
            if head.strip().lower() in ("", "the", "a") or _body_noun(head):
                return Speaker(mention.canonical, Kind.ORGANIZATION)
        return None

    def _joint(self, span: Span, inside: list[EntityMention]) -> str | None:
        """Speakers joined by "and" and commas, each by its last name inside."""
        names: list[str] = []
        start = span.start
        for part in JOINT_SPLIT_RE.split(self.text[span.start : span.end]):
            at = self.text.find(part, start, span.end)
            end = at + len(part)
            start = end
            mine = [m for m in inside if at <= m.span.start and m.span.end <= end]
            if not mine or mine[-1].kind not in (Kind.PERSON, Kind.ORGANIZATION):
                return None
            names.append(mine[-1].canonical)
        if len(names) < 2:
            return None
        return ", ".join(names[:-1]) + " and " + names[-1]

    def next_sentence_speaker(self, end: int, limit: int) -> Speaker | None:
        """The person who opens the sentence after a quote and speaks.

        A quote that ends its sentence ("…”), then a person's name and a
        speech verb in the same paragraph: "“…” Coach Mary Jones said".
        """
        if self.text[end - 2 : end - 1] not in (".", "!", "?"):
            return None
        i = bisect.bisect_left(self.starts, end)
        if i == len(self.entities):
            return None
        mention = self.entities[i]
        if mention.kind is not Kind.PERSON or mention.span.end > limit:
            return None
        between = self.text[end : mention.span.start]
        if not NEXT_SENTENCE_OPENING_RE.fullmatch(between):
            return None
        if not SPEECH_AFTER_RE.match(self.text, mention.span.end):
            return None
        return dc.replace(self._person(mention.canonical), how="next sentence")

    # -- pronouns and memory ------------------------------------------------

    def _last_person(self, before: int, gender: str | None) -> Speaker | None:
        """The person a "he" or "she" before an offset refers to.

        The first person in `_people` order whose gender agrees or is unknown:
        a known disagreeing gender never matches. (Skipping an unknown gender
        for a known agreeing one further back scored worse on PolNeAR train.)
        Before them, someone described, not named, who opens the sentence
        before ("A Border Patrol agent described the day differently. “…,”
        he said"), when the pronoun's own sentence names nobody before it.
        """
        here = self._sentence(before)
        if (
            not self._names_someone(here, before)
            and (standing := self._anaphor_subject(here - 1, before))
            and (gender is None or standing.gender in (None, gender))
        ):
            # "The 31-year-old was third behind Hayley Yelling. “…,” she
            # said": whom the subject stands for
            return standing
        described = self._described_subject(here - 1)
        if (
            described is not None
            and (gender is None or described.gender in (None, gender))
            and not self._names_someone(here, before)
        ):
            return described
        for candidate in self._people(before, gender):
            if gender is not None and _a_group(candidate):
                continue  # "Crowds chanted … He uttered the words": not the crowd
            if gender is None or candidate.gender in (None, gender):
                return candidate
        return None

    def _pronoun_subject(self, sentence: int, gender: str) -> int | None:
        """Where the pronoun of this gender is a sentence's subject, if it is.

        At the start ("She …"), or in a cue of its own set off by commas
        ("Though the move was smooth, he said, replacing her could lead to
        lobbying by loyalists to Biden and Sanders."): the people named after
        it are what it reports, not who speaks; those before it in its
        sentence ("when I emailed Brafman, he replied,") may be whom it means.
        """
        start = self.sentence_starts[sentence]
        word = "She " if gender == "f" else "He "
        if self.text.startswith(word, start):
            return start
        end = (
            self.sentence_starts[sentence + 1]
            if sentence + 1 < len(self.sentence_starts)
            else len(self.text)
        )
        found = PRONOUN_CUES[gender].search(self.text, start, end)
        return found.start() if found else None

    def _people(self, before: int, gender: str | None = None) -> Iterator[Speaker]:
        """People before an offset, in the order a pronoun looks for them.

        Its own sentence nearest first, then each earlier sentence from its
        start, so that a subject comes before the names that follow it in its
        sentence ("Zarate, an adviser to Bush, questioned Trump's logic. “…,”
        he said" → Zarate). With a gender, an earlier sentence whose subject
        is that pronoun again is passed over: its "she" is the one the later
        "she" means too, and the people it names are what it is about ("She
        appeared to imply that Trump … than Clinton, the former secretary of
        state. “…,” she said": not Clinton).
        """
        end = bisect.bisect_left(self.people, before, key=lambda p: p[0])
        here = bisect.bisect_right(self.sentence_starts, before) - 1
        fronted = self._fronted_clause_end(here, before)
        i = end - 1
        while i >= 0 and self._sentence(self.people[i][0]) == here:
            if self.people[i][0] >= fronted:
                yield self.people[i][1]
            i -= 1
        while i >= 0:
            sentence = self._sentence(self.people[i][0])
            j = i
            while j >= 0 and self._sentence(self.people[j][0]) == sentence:
                j -= 1
            if gender is not None and (
                (pronoun := self._pronoun_subject(sentence, gender)) is not None
            ):
                # Not the names of a participle clause that opens it
                # ("Asked about a vote against Clinton, she replied:")
                if self._fronted_clause_end(sentence, pronoun + 1) < 0:
                    owner = "her " if gender == "f" else "his "
                    for k in range(j + 1, i + 1):
                        # Not one the pronoun owns: "Her editor, she later
                        # recalled, told her that …": the editor is hers
                        at, person = self.people[k]
                        if at < pronoun and not person.name.lower().startswith(owner):
                            yield person
                i = j
                continue
            # Who speaks in that sentence first ("While he served under
            # Obama, Ham also noted …": Ham), then the rest from its start.
            span = range(j + 1, i + 1)
            for k in span:
                if self.people[k][0] in self.speaking:
                    yield self.people[k][1]
            for k in span:
                if self.people[k][0] not in self.speaking:
                    yield self.people[k][1]
            i = j

    def _last_subject(
        self, before: int, gender: str | None, reach: int = 3, named: bool = False
    ) -> Speaker | None:
        """The last person before an offset who opens a sentence or speaks.

        "Molik grew in confidence … She will now meet Venus Williams. “…,”
        said the 23-year-old": Molik, not the one she will meet. In its own
        sentence or the `reach` before; None when none is found there. With
        `named`, only a person the names annotator found counts (not a
        speaker described, as "a spokesman" is).
        """
        here = self._sentence(before)
        i = bisect.bisect_left(self.people, before, key=lambda p: p[0]) - 1
        while i >= 0:
            at, person = self.people[i]
            sentence = self._sentence(at)
            if sentence < here - reach:
                return None
            opening = self.text[self.sentence_starts[sentence] : at]
            if (
                (
                    at in self.speaking
                    or FRONTED_RE.fullmatch(opening)
                    # "Sen. Ted Cruz criticized …": a title before the name
                    or (
                        (titled := TITLE_OPENING_RE.fullmatch(opening)) is not None
                        and all(w in TITLE_NOUNS for w in titled.group("lower").split())
                    )
                )
                and (gender is None or person.gender in (None, gender))
                and (not named or person.kind is Kind.PERSON)
            ):
                return person
            i -= 1
        return None

    def _names_someone(self, sentence: int, before: int) -> bool:
        """Whether a person is named in a sentence before an offset."""
        i = bisect.bisect_left(self.people, before, key=lambda p: p[0]) - 1
        return i >= 0 and self._sentence(self.people[i][0]) == sentence

    def _anaphor_subject(self, sentence: int, quote_at: int) -> Speaker | None:
        """The named person a sentence's subject stands for by a role alone.

        "Asked about the title race, the Wisconsin Republican was candid.": a
        nationality, an age, or a club's or party's role ("the Gunners boss",
        "the Texas Republican") that the resolver ties to the person just
        named; not a title or a name (their own rules read those).
        """
        if sentence < 0:
            return None
        start = self.sentence_starts[sentence]
        fronted = FRONTED_RE.match(self.text, start)
        at = fronted.end() if fronted else start
        m = THE_SUBJECT_RE.match(self.text, at)
        if m is None or self._sentence(m.end()) != sentence:
            return None
        words = m.group().split()
        if words[1].lower() in AUTHORED_DOCUMENTS:
            return None  # "The statement said …": resolving it records a document
        for n in range(2, len(words) + 1):
            phrase = " ".join(words[:n])
            span = Span(at, at + len(phrase))
            found, how = self._resolve(Cue(phrase, span, span, "", False), quote_at)
            if (
                found is not None
                and found.kind is Kind.PERSON
                and (how in ("age", "demonym") or how.endswith("> subject before"))
            ):
                return found
        return None

    def _described_subject(self, sentence: int) -> Speaker | None:
        """An unnamed person who opens a sentence ("A Border Patrol agent …")."""
        if sentence < 0:
            return None
        start = self.sentence_starts[sentence]
        m = DESCRIBED_SUBJECT_RE.match(self.text, start)
        if m is None:
            return self._possessed_subject(sentence)
        if (
            m is None
            or self._sentence(m.end()) != sentence
            or self._names_someone(sentence, m.end())
        ):
            return None  # "Oleg Gordievsky, a senior KGB officer …": named
        head = m.group("head")
        given = GIVEN_NAME_RE.match(self.text, m.end())
        if not (
            head in PEOPLE_NOUNS
            or head in TITLE_WORDS
            or head in SOURCE_NOUNS
            # "Her supervisor, a man named Luis, …": a man the text names
            or (given and head in PERSON_NOUN_GENDER)
        ):
            return None
        if given:
            # "a student who gave her name as Ana, told …": Ana, as the cue
            # of a quote in that sentence would read it.
            name = Span(given.start("name"), given.end("name"))
            return self.named(name) or self._person(given.group("name"), None)
        np = m.group("np")
        phrase = np[0].lower() + np[1:]
        return Speaker(phrase, None, title_gender(head))

    def _possessed_subject(self, sentence: int) -> Speaker | None:
        """Someone named by whose they are who opens a sentence ("Sofia's mother")."""
        start = self.sentence_starts[sentence]
        m = POSSESSED_SUBJECT_RE.match(self.text, start)
        if m is None or self._sentence(m.end()) != sentence:
            return None
        head = m.group("head")
        if not (
            head in KIN_NOUNS
            or head in PEOPLE_NOUNS
            or head in TITLE_WORDS
            or head in SOURCE_NOUNS
        ):
            return None
        if self._names_someone(sentence, m.start("np")):
            return None  # "After Trump, Vance's wife …": a name before the subject
        i = bisect.bisect_left(self.people, m.end(), key=lambda p: p[0])
        if i < len(self.people) and self.people[i][0] < self.text.find(
            " ", m.end() + 2
        ):
            return None  # "Reyes's wife, Ana Reyes, said": the name is theirs
        return Speaker(m.group("np"), None, PERSON_NOUN_GENDER.get(head))

    def _fronted_clause_end(self, sentence: int, before: int) -> int:
        """Where a participle clause that opens a sentence ends, if one does.

        "Asked whether officials would arrest Mr. Newsom, he said": the
        clause's subject is the pronoun's, so the people named in it are
        whom it was about, not who speaks. -1 when there is none.
        """
        if sentence < 0:
            return -1
        start = self.sentence_starts[sentence]
        if not PARTICIPLE_OPENER_RE.match(self.text, start, before):
            return -1
        return self.text.find(",", start, before)

    def _sentence(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def _quoted(self, offset: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, offset) - 1
        return i >= 0 and offset < self.quote_spans[i].end

    def _titled_person(
        self, phrase: str, before: int, heads: frozenset[str] = TITLE_WORDS
    ) -> Speaker | None:
        """The one person named earlier with the title a description gives.

        "Homeland Security Secretary Kristi Noem visited … The secretary
        said": Noem. "Gov. Gavin Newsom … the governor": Newsom. None when
        two people of the article hold that title ("the senator" after two
        senators): the description stays as written. A headline may name by
        any title noun (`heads`): "Border czar says" is the article's one
        border czar.
        """
        m = DEFINITE_TITLE_RE.fullmatch(phrase)
        if m is None:
            return None
        wanted = _title_words(m.group("words"))
        if wanted[-1] not in heads:
            return None
        gender = title_gender(m.group("words"))

        def holders(wanted: tuple[str, ...], placeless: bool) -> set[str]:
            return {
                canonical
                for at, canonical, words in self.titled
                if at < before
                and _holds(words, wanted)
                and not (placeless and _has_place(words))
                and (
                    gender is None
                    or gender_of(canonical, self.marked) in (None, gender)
                )
            }

        found = holders(wanted, False)
        place, office = _place_and_office(m.group("words"), wanted)
        if not found and place and heads is HEADLINE_TITLES:
            # A headline's "Los Angeles mayor says": the "Mayor Karen Bass"
            # of the body, named with no place of her own (not "Texas Gov.
            # Greg Abbott"). Only in a headline: in the body "the Florida
            # senator" is as often a senator the article names untitled.
            found = holders(office, True)
        if len(found) != 1:
            return None
        return self._person(found.pop())

    def _summary_line(self, cue: Cue) -> bool:
        """Whether a cue's phrase opens a list item with a capital and no article.

        "- Fire chief says …" among a live page's key points: written as a
        headline, about someone the page names below.
        """
        start = cue.phrase_span.start
        line = self.text.rfind("\n", 0, start) + 1
        return (
            self.text[start : start + 1].isupper()
            and not self.text.startswith(("The ", "A ", "An "), start)
            and BULLET_RE.fullmatch(self.text, line, start) is not None
        )

    def _head_of_body(self, phrase: str, before: int) -> Speaker | None:
        """The one person below the headline, named before an offset, who heads a body.

        "ICE chief defends masked agents" over "Acting ICE Director Todd
        Lyons": Lyons; so is "the ICE chief said" after him. None when the
        phrase names no body before "chief", "boss" or "head", or when two
        people head it.
        """
        words = OWNER_RE.sub("", phrase).split()
        if len(words) < 2 or words[-1].lower() not in HEAD_NOUNS:
            return None
        body = _title_words(" ".join(words[:-1]))
        holders = {
            canonical
            for at, canonical, title in self.titled
            if self.heading_end <= at < before
            and title[-1] in HEAD_OFFICES
            and not BELOW_HEAD & set(title)
            and all(w in title for w in body)
        }
        return self._person(holders.pop()) if len(holders) == 1 else None

    def _body_by_head(self, phrase: str, before: int) -> Speaker | None:
        """The body a "the department" or "the ministry" stands for.

        The last organisation named in the `BODY_WINDOW` before whose name
        holds that noun ("The Department of Homeland Security … “…,” the
        department said"); for "the agency", else the last public agency
        that opens its sentence or speaks (`_last_agency`: "ICE arrested …
        the agency said"); none for another noun its names do not hold.
        A noun for a business ("the company", "the airline") is the last
        business that opened a sentence or spoke (`_last_company`).
        """
        if COMPANY_HEAD_RE.fullmatch(phrase):
            return self._last_company(before)
        m = BODY_HEAD_RE.fullmatch(phrase)
        if m is None:
            return None
        head = m.group("head").lower()
        i = bisect.bisect_left(self.starts, before) - 1
        while i >= 0 and self.entities[i].span.start >= before - BODY_WINDOW:
            mention = self.entities[i]
            if (
                mention.kind is Kind.ORGANIZATION
                and not self._quoted(mention.span.start)
                and head in mention.canonical.lower().split()
            ):
                return Speaker(mention.canonical, Kind.ORGANIZATION)
            i -= 1
        if head in agencies.STANDS_FOR:
            return self._last_agency(before, head)
        return None

    def _subject_bodies(self, before: int, comma: bool) -> Iterator[str]:
        """Organisations in the `BODY_WINDOW` before that open their sentence or speak.

        Nearest first; after a short fronted phrase and the "the" of a name
        ("In May, the FBI said"), or right before a speech verb (with
        `comma`, also after a comma: "X, said in a statement"). Not one
        named as a possessive ("NatWest's corporate parent, the RBS Group,
        said"), nor one inside another subject's apposition ("Officials at
        X, a division of ICE, said").
        """
        i = bisect.bisect_left(self.starts, before) - 1
        while i >= 0 and self.entities[i].span.start >= before - BODY_WINDOW:
            mention = self.entities[i]
            at = mention.span.start
            opening = self.text[self.sentence_starts[self._sentence(at)] : at]
            end = mention.span.end
            if (
                mention.kind is Kind.ORGANIZATION
                and not self._quoted(at)
                and self.text[end : end + 2] not in ("’s", "'s")
                and (
                    _opens_with(opening)
                    or SPEAKING_RE.match(self.text, end)
                    or (comma and SPEAKING_RE.match(self.text, end + 1))
                )
            ):
                yield mention.canonical
            i -= 1

    def _last_agency(self, before: int, head: str) -> Speaker | None:
        """The public agency a "the agency said" stands for: the last subject.

        "ICE arrested 1,100 people a day in May. … the agency said": the
        last organisation that opens its sentence or speaks, when it is an
        agency by its name's words or acronym (`vocabulary/agencies.py`)
        though its name has no "agency" (so for "the department": "DHS …
        the department said"); none when the last such body is of another
        kind.
        """
        words, names = agencies.STANDS_FOR[head]
        name = next(self._subject_bodies(before, comma=False), None)
        if name is not None and (name in names or words & set(name.lower().split())):
            return Speaker(name, Kind.ORGANIZATION)
        return None

    def _last_company(self, before: int) -> Speaker | None:
        """The business a "the company said" stands for: the last subject.

        The last organisation that opens its sentence or speaks and whose
        name holds no word of a public body, party, court, union or
        newsroom: "IBM has supported Linux, critics say to undermine
        Microsoft. The company said …" is IBM.
        """
        for name in self._subject_bodies(before, comma=True):
            if not NOT_A_COMPANY & set(name.lower().split()):
                return Speaker(name, Kind.ORGANIZATION)
        return None

    def _untitled_subject(self, phrase: str, at: int) -> Speaker | None:
        """The person a title stands for when nobody is named with it.

        "Rachel Reeves has defended her review … Speaking in the Commons,
        the chancellor said": the person who opens the sentence before (or
        this one), when no one in the article is named with a title at all
        for that office, the person has no title of their own, nobody else
        is named between, and the title's head is not written in between
        ("Ruiz met the governor. The governor said" stays as written).
        """
        m = DEFINITE_TITLE_RE.fullmatch(phrase)
        if m is None:
            return None
        head = m.group("words").split()[-1].lower()
        wanted = _title_words(m.group("words"))
        # "the Tory leader", "the party chief": one person, though "a leader"
        # is as often an unnamed source.
        leader = head in LEADER_NOUNS and len(wanted) > 1
        if wanted[-1] not in TITLE_WORDS or (head in SOURCE_NOUNS and not leader):
            return None  # a spokesman speaks for someone, never as them
        if any(_holds(words, wanted[-1:]) for _, _, words in self.titled):
            return None
        here = self._sentence(at)
        i = bisect.bisect_left(self.people, at, key=lambda p: p[0]) - 1
        if i < 0:
            return None
        sentence = self._sentence(self.people[i][0])

        def at_start(k: int) -> bool:
            # "Sir Keir Starmer has defended …": an honorific before the name
            # still opens the sentence with the person
            opening = HONORIFIC_TAIL_RE.sub(
                "", self.text[self.sentence_starts[sentence] : self.people[k][0]]
            )
            return bool(FRONTED_RE.fullmatch(opening))

        # The last person of that sentence if they speak or open it ("Tony
        # Blair has failed, Michael Howard has said"); else whoever opens it,
        # past the names that are its objects ("Donald Trump has said he
        # would support arresting Gavin Newsom. “…,” the president told
        # reporters")
        if not (self.people[i][0] in self.speaking or at_start(i)):
            k = i
            while k > 0 and self._sentence(self.people[k - 1][0]) == sentence:
                k -= 1
                if at_start(k):
                    i = k
                    break
        position, person = self.people[i]
        if (
            sentence < here - 1
            or person.kind is not Kind.PERSON
            or not (at_start(i) or position in self.speaking)
        ):
            return None
        if any(
            canonical == person.name and not set(words) <= NO_OFFICE_WORDS
            for _, canonical, words in self.titled
        ):
            return None  # "Gov. Ruiz" is not "the chancellor"; "Sir Keir" may be
        own = APPOSED_TITLE_RE.match(self.text, position)
        if own and (title := _title_words(own.group("title"))):
            if title[-1:] == wanted[-1:]:
                return person  # "Rachel Reeves, the chancellor, …. The chancellor said"
            if title[-1] in TITLE_WORDS:
                return None  # "Karen Bass, the mayor," is not "the foreign secretary"
        between = self.text[position:at].lower()
        if any(re.search(rf"\b{re.escape(w)}\b", between) for w in (head, wanted[-1])):
            return None
        gender = title_gender(m.group("words"))
        if gender is not None and person.gender not in (None, gender):
            return None
        return person

    def _untitled_below(self, definite: str) -> Speaker | None:
        """The person the body's first use of a headline's title stands for.

        "Prime minister says UK will not ‘lecture’ US" over "Keir Starmer
        has said … Speaking to reporters, the prime minister said": Starmer,
        whom the article never names with the title, as the body reads
        "the prime minister" (`_untitled_subject`).
        """
        words = DEFINITE_TITLE_RE.fullmatch(definite)
        if words is None:
            return None
        title = re.escape(words.group("words"))
        written = re.compile(rf"\bthe[ ]{title}\b", re.IGNORECASE)
        m = written.search(self.text, self.heading_end)
        return self._untitled_subject(m.group(), m.start()) if m else None

    def _lede_holder(self, phrase: str) -> Speaker | None:
        """The one person below the lede who holds the title its description gives.

        "A federal judge on Thursday ordered … calling the arrest “deeply
        troubling”" over "U.S. District Judge Rosa Quintanilla gave …": the
        judge, the only person below titled "Judge". None for two holders,
        or a description with no title word ("a local pastor").
        """
        m = LEDE_DESCRIPTION_RE.fullmatch(phrase)
        if m is None or m.group("head").lower() not in HEADLINE_TITLES:
            return None
        # The whole title the description gives, less words of kind that a
        # title by name leaves out ("A federal judge" is "U.S. District Judge
        # Rosa Quintanilla"; "Scotland's justice minister" is no "First
        # Minister").
        words = m.group("words").split()
        while words and words[0].lower() in GENERIC_TITLE_ADJECTIVES:
            words.pop(0)
        wanted = _title_words(" ".join(words))
        holders = {
            canonical
            for at, canonical, title in self.titled
            if at >= self.lede_end and _holds(title, wanted)
        }
        return self._person(holders.pop()) if len(holders) == 1 else None

    def _apposed_holder(self, definite: str) -> Speaker | None:
        """The one person the body gives a headline's title in apposition.

        "Border tsar says …" over "Tom Homan, the border tsar, said" or "Tom
        Homan, Trump’s border tsar,": Homan, named with no title before him.
        """
        m = DEFINITE_TITLE_RE.fullmatch(definite)
        if m is None:
            return None
        title = re.compile(
            rf",[ ](?:the|a|an|his|her|their|[A-Z][\w.-]*(?:’s|'s))[ ]"
            rf"(?:[\w-]+[ ]){{0,3}}?{re.escape(m.group('words'))}\b",
            re.IGNORECASE,
        )
        holders = {
            e.canonical
            for e in self.entities
            if e.kind is Kind.PERSON
            and e.span.start >= self.heading_end
            and title.match(self.text, e.span.end)
        }
        return self._person(holders.pop()) if len(holders) == 1 else None

    def _apposed_after_title(self, phrase: str, before: int) -> Speaker | None:
        """The one person named in apposition after the title a description gives.

        "The Bishop of Durham, the Rt Rev Dr Tom Wright, described … the
        Bishop said": Wright; "The chief executive of Acme, John Smith, …
        the chief executive said": Smith. None for two such people, or a
        description with no title word.
        """
        m = DEFINITE_TITLE_RE.fullmatch(phrase)
        if m is None or _title_words(m.group("words"))[-1] not in HEADLINE_TITLES:
            return None
        title = re.compile(
            rf"\b(?i:the)[ ](?:[\w’'-]+[ ]){{0,3}}?(?i:{re.escape(m.group('words'))})"
            rf"(?:[ ](?:of|for|at)[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z&][\w’'-]*){{0,5}})?"
            rf",[ ]{ADDRESS_BEFORE_NAME}$"
        )
        holders = {
            e.canonical
            for e in self._inside(Span(self.heading_end, before))
            if e.kind is Kind.PERSON
            and e.span.end <= before
            and title.search(self.text, max(0, e.span.start - 150), e.span.start)
        }
        return self._person(holders.pop()) if len(holders) == 1 else None

    def _thing_opening(self, quote_start: int) -> Speaker | None:
        """A document or body that opens the sentence before a quote: its "it".

        "The statement from the governor's office was blunter. “…,” it
        said.": the statement speaks, not whoever was quoted last.
        """
        here = self._sentence(quote_start)
        if here < 1 or self.sentence_starts[here] != quote_start:
            return None
        start = self.sentence_starts[here - 1]
        m = THING_SUBJECT_RE.match(self.text, start, quote_start)
        if m is None:
            return None
        if m.group("head") not in THING_HEADS:
            return None
        # A body, like a document, is no one a later "he" or "she" means.
        return Speaker(m.group("np"), None, is_document=True)

    def _body_speaking_before(self, quote_start: int) -> Speaker | None:
        """The organisation the sentence before a quote has speak: its "it".

        "The UNECE warned that … “…,” it noted.": the body that spoke last,
        though its words there were not quoted (and so not remembered).
        """
        here = self._sentence(quote_start)
        if here < 1 or self.sentence_starts[here] != quote_start:
            return None
        start = self.sentence_starts[here - 1]
        i = bisect.bisect_left(self.starts, quote_start) - 1
        while i >= 0 and self.entities[i].span.start >= start:
            mention = self.entities[i]
            if mention.kind is Kind.ORGANIZATION and BODY_SPEAKS_RE.match(
                self.text, mention.span.end, quote_start
            ):
                return Speaker(mention.canonical, Kind.ORGANIZATION)
            i -= 1
        return None

    def _body_opening_before(self, at: int) -> Speaker | None:
        """The organisation that opens the sentence before the one at `at`.

        "The Department of Homeland Security did not respond. In previous
        statements, it has said …": the body that is the subject there, not
        the last thing quoted (an unnamed officer, a report).
        """
        here = self._sentence(at)
        if here < 1:
            return None
        start = self.sentence_starts[here - 1]
        if any(start <= where < at for where, _ in [*self.speakers, *self.documents]):
            # "The task force would … “…,” the draft said. It continues:": the
            # one that spoke there, not the subject it spoke about
            return None
        i = bisect.bisect_left(self.starts, start)
        if i >= len(self.entities):
            return None
        mention = self.entities[i]
        if mention.kind is not Kind.ORGANIZATION or not BODY_OPENS_RE.fullmatch(
            self.text, start, mention.span.start
        ):
            return None
        return Speaker(mention.canonical, Kind.ORGANIZATION)

    def _document_author(self, noun: str, before: int) -> Speaker | None:
        """Who issued the document a "the statement said" refers back to.

        The last mention of the same kind of document in the `DOCUMENT_WINDOW`
        before, and a person or body the text gives as its author there,
        outside quotation marks: the first named after "from"/"by" ("a
        statement from the Farm Bureau", "an email was sent from the club's
        director, Jeremy Boreing"); after an opening "In a statement,", the
        name right after it; else the last person before it in its sentence
        ("The Times said Cook provided a written statement"), or the last
        body ("Fox News said in a statement"). Else none: the words stay the
        document's, as written.
        """
        lo = max(0, before - DOCUMENT_WINDOW)
        mentions = list(DOCUMENT_MENTION_RES[noun].finditer(self.text, lo, before))
        if not mentions:
            return None
        found = mentions[-1]
        sentence = self._sentence(found.start())
        start = self.sentence_starts[sentence]
        end = (
            self.sentence_starts[sentence + 1]
            if sentence + 1 < len(self.sentence_starts)
            else len(self.text)
        )
        author = FROM_AUTHOR_RE.match(self.text, found.end())
        if author:
            named = self._unquoted(author.end(), min(end, author.end() + AUTHOR_AFTER))
            return self._speaker_of(named[0]) if named else None
        if OPENING_IN_RE.fullmatch(self.text[start : found.start()]):
            # "In a statement, assistant secretary Tricia McLaughlin said",
            # "In a letter sent Wednesday to ICE's director, the lawmakers
            # wrote": the clause's subject after the opening phrase's comma,
            # when it is a name with at most a title before it; not a name
            # inside the opening phrase ("to ICE's director") or inside a
            # longer subject ("41 lawmakers led by Rep. Pramila Jayapal").
            comma = self.text.find(",", found.end(), end)
            if comma < 0:  # "In a statement the RSPCA said": the first name
                named = self._unquoted(found.end(), min(end, found.end() + 60))
                return self._speaker_of(named[0]) if named else None
            named = self._unquoted(comma + 1, min(end, comma + 1 + NAME_AFTER_OPENING))
            if not named or not TITLE_WORDS_RE.fullmatch(
                self.text, comma + 1, named[0].span.start
            ):
                return None
            return self._speaker_of(named[0])
        if "’s " in found.group() or "'s " in found.group():
            return None  # "the campaign's initial statement": its owner's, unnamed
        named = [
            m
            for m in self._unquoted(start, found.start())
            # "The Cruz campaign sent an email", "Clinton's campaign sent":
            # the campaign's, not the person's
            if not MODIFIER_RE.match(self.text, m.span.end)
            and not self.text.startswith(("’s", "'s"), m.span.end)
        ]
        people = [m for m in named if m.kind is Kind.PERSON]
        chosen = people[-1] if people else named[-1] if named else None
        return self._speaker_of(chosen) if chosen else None

    def _unquoted(self, start: int, end: int) -> list[EntityMention]:
        """The entity mentions that start between two offsets, outside quotes."""
        return [
            m
            # a name that starts before `end` may run past it
            for m in self._inside(Span(start, min(len(self.text), end + 200)))
            if m.span.start < end and not self._quoted(m.span.start)
        ]

    def _speaker_of(self, mention: EntityMention) -> Speaker:
        if mention.kind is Kind.PERSON:
            return self._person(mention.canonical)
        return Speaker(mention.canonical, Kind.ORGANIZATION)

    def _last_thing(self) -> Speaker | None:
        # A document whose author was found still is the last thing said to
        # speak ("… the statement said. It said"), as written.
        things = sorted([*self.speakers, *self.documents], key=lambda p: p[0])
        for _, speaker in reversed(things):
            if speaker.is_document or speaker.kind is Kind.ORGANIZATION:
                return speaker
        return self.speakers[-1][1] if self.speakers else None

    def remember(self, at: int, speaker: Speaker) -> None:
        """Note a speaker found at an offset (its cue) for later pronouns."""
        self.speakers.append((at, speaker))
        described = speaker.how in DESCRIBED_NAMES  # no mention of them stands there
        if (speaker.kind is None or described) and not speaker.is_document:
            bisect.insort(self.people, (at, speaker), key=lambda p: p[0])

    def outlet(self, before: int) -> Speaker | None:
        """The last news organisation named before an offset."""
        i = bisect.bisect_left(self.starts, before) - 1
        while i >= 0:
            mention = self.entities[i]
            if mention.kind is Kind.ORGANIZATION and NEWS_NAME_RE.search(
                mention.canonical
            ):
                return Speaker(mention.canonical, Kind.ORGANIZATION)
            i -= 1
        return None

    # -- the phrase ---------------------------------------------------------

    def resolve(self, cue: Cue, quote_start: int) -> Speaker | None:
        """The speaker a cue's phrase refers to, saying how (`Speaker.how`)."""
        found, how = self._resolve(cue, quote_start)
        return dc.replace(found, how=how) if found else None

    def _resolve(self, cue: Cue, quote_start: int) -> tuple[Speaker | None, str]:
        if owned := OWN_WORDS_RE.match(cue.phrase.strip(" ,.")):
            pronoun = OWNER_PRONOUNS[owned.group("owner").lower()]
            found, how = self._resolve(dc.replace(cue, phrase=pronoun), quote_start)
            return found, f"owner > {how}"
        phrase = REFLEXIVE_RE.sub("", cue.phrase.strip(" ,."))
        phrase = AUXILIARY_TAIL_RE.sub("", phrase)
        if IMPERSONAL_RE.match(phrase):
            return None, "impersonal"  # "…, it has been claimed": nobody named
        lower = phrase.lower()
        if lower.endswith(("’s", "'s")) and lower[:-2] in MALE | FEMALE:
            lower = lower[:-2]  # "He’s claiming that …": the pronoun
        if lower in MALE or lower in FEMALE:
            before = min(cue.phrase_span.start, quote_start)
            return self._last_person(before, "m" if lower in MALE else "f"), "pronoun"
        if (age := AGE_ANAPHOR_RE.fullmatch(phrase)) and (
            not age.group("demonym") or age.group("demonym") in DEMONYMS
        ):
            before = min(cue.phrase_span.start, quote_start)
            gender = PERSON_NOUN_GENDER.get(age.group("noun") or "")
            if aged := self._last_subject(before, gender):
                return aged, "age"
        words = phrase.split()
        if (
            len(words) == 2
            and words[0].lower() == "the"
            and words[1] in DEMONYMS
            and (
                native := self._last_subject(
                    min(cue.phrase_span.start, quote_start), None, 2, named=True
                )
            )
        ):
            # "Sabalenka … was blunt. “…,” the Belarusian said": a
            # nationality stands for the person just named, as an age does.
            return native, "demonym"
        if (party := PARTY_ANAPHOR_RE.fullmatch(phrase)) and (
            member := self._last_subject(
                min(cue.phrase_span.start, quote_start), None, 2, named=True
            )
        ):
            # "Sen. Ted Cruz criticized the plan. “…,” the Texas Republican
            # said": a party (or a club's role) with a place stands for the
            # person just named, as a nationality does.
            return member, f"{party.group('head').lower()} > subject before"
        if ONE_OF_THEM_RE.fullmatch(lower) and (
            given := APPOSED_GIVEN_NAME_RE.match(self.text, cue.phrase_span.end)
        ):
            # "One of them, a retired firefighter who gave his name only as
            # Frank, said": the name the apposition gives
            return self._person(given.group("name"), None), "one of them > name given"
        if ONE_OF_THEM_RE.fullmatch(lower) and cue.apposition:
            # "One of them, a retired firefighter, said": the one the
            # apposition names or describes
            appos = self.named(cue.apposition[1])
            if appos and appos.kind is Kind.PERSON:
                return appos, "one of them > apposition"
            described = self.describe(cue.apposition[0], cue.apposition[1].start)
            if described is not None:
                return described, "one of them > apposition"
        if lower in ("i", "we"):
            return (self.speakers[-1][1] if self.speakers else None), "i-we"
        if lower == "it" and (thing := self._thing_opening(quote_start)):
            return thing, "it > sentence subject"
        if lower == "it" and (body := self._body_speaking_before(quote_start)):
            return body, "it > body speaking before"
        if (
            lower == "it"
            # "it has said", "it added that"; not "It is thought Blackburn
            # want £6m but John Williams has confirmed", whose "it" is no one
            and len(self.text[cue.phrase_span.end : cue.span.end].split()) <= 3
            and (body := self._body_opening_before(cue.phrase_span.start))
        ):
            return body, "it > body opening the sentence before"
        if lower in ("it", "they", "them"):
            thing = self._last_thing()
            if (
                lower != "it"
                and thing is not None
                and thing.kind is Kind.PERSON
                and not thing.several
            ):
                # "This, they say, contrasts with …": not the one person who
                # spoke last (a plural is a group, a body or several people)
                return None, "they > not one person"
            return thing, "it-they"
        own = OWN_DOCUMENT_RE.match(phrase) or DOCUMENT_FROM_RE.match(phrase)
        if own:
            start = cue.phrase_span.start + cue.phrase.index(own.group("owner"))
            owner = self.named(Span(start, start + len(own.group("owner"))))
            if owner:
                return owner, "owner of a document"
        agent = AGENT_FOR_RE.match(phrase)
        if agent and agent.group("head").lower() in SOURCE_NOUNS:
            if cue.apposition:
                # "A spokeswoman for Gov. Gavin Newsom, Izzy Gardon, said":
                # the spokeswoman, by her name.
                appos = self.named(cue.apposition[1])
                if appos and appos.kind is Kind.PERSON:
                    return appos, "apposition"
            # "A spokesperson for Mayor Karen Bass said": the spokesperson
            # speaks for her; the words are not hers as written.
            return self.describe(phrase, cue.phrase_span.start), "agent for"
        if cue.apposition and phrase.startswith("The "):
            # "The Lord Chief Justice, Lord Woolf,": a title, whatever a word
            # of it may name elsewhere ("Constable"); the name follows it.
            appos = self.named(cue.apposition[1])
            if appos and appos.kind is Kind.PERSON:
                return appos, "apposition"
        if quote_start < self.heading_end and (
            head := self._head_of_body(phrase, len(self.text))
        ):
            return head, "head of a body in a headline"
        if DEFINITE_RE.match(phrase) and (
            head := self._head_of_body(DEFINITE_RE.sub("", phrase), quote_start)
        ):
            return head, "head of a body"  # "the ICE chief said"
        found = self.named(cue.phrase_span)
        if found:
            return found, "entity"
        if (
            cue.apposition
            and THE_NOUN_RE.fullmatch(phrase)
            and (appos := self.named(cue.apposition[1]))
            and appos.kind is Kind.ORGANIZATION
        ):
            # "The company, Nordic Paper AB, said": the body by its name
            return appos, "apposition"
        if body := self._body_by_head(phrase, cue.phrase_span.start):
            return body, "body by its head noun"
        bare = HONORIFIC_RE.sub("", phrase)
        words = bare.split()
        if len(words) == 1 and words[0][:1].isupper():
            surname = words[0].removesuffix("’s").removesuffix("'s")
            if surname in self.surnames:
                return self._person(self.surnames[surname]), "surname"
        looks_named = (
            all(w[:1].isupper() for w in words)
            and "’s" not in phrase
            and words[0] != "The"  # "The Lord Chief Justice, Lord Woolf,"
        )
        if cue.apposition and not looks_named:
            # "Clinton’s campaign manager, Robby Mook,": the name in the
            # apposition; but not "Dog Andres, a spokesman for Paul Ryan,".
            appos = self.named(cue.apposition[1])
            if appos and appos.kind is Kind.PERSON:
                return appos, "apposition"
        office = DESCRIPTIVE_RE.sub("", phrase)  # "the two-term president"
        titled = self._titled_person(office, cue.phrase_span.start)
        if titled:
            return titled, "title"
        untitled = (
            None
            if cue.apposition
            else self._untitled_subject(office, cue.phrase_span.start)
        )
        if untitled:
            return untitled, "title > subject before"
        if (apposed := self._apposed_after_title(office, quote_start)) is not None:
            return apposed, "title > name apposed to it"
        if quote_start < self.heading_end or self._summary_line(cue):
            # A headline's "Los Angeles mayor says": the one mayor of the
            # article, who is named only below it; so is a summary's bullet
            # written as a headline ("- Fire chief says the next day is
            # “critical”").
            # "Trump’s border tsar says": the office, not its owner.
            office = OWNER_RE.sub("", phrase)
            definite = office if DEFINITE_TITLE_RE.match(office) else "the " + office
            titled = self._titled_person(definite, len(self.text), HEADLINE_TITLES)
            if titled:
                return titled, "title in a headline"
            if below := self._untitled_below(definite):
                return below, "title in a headline > subject below"
            if apposed := self._apposed_holder(definite):
                return apposed, "title in a headline > apposition below"
        if self.heading_end <= quote_start < self.lede_end and (
            below := self._lede_holder(phrase)
        ):
            return below, "title in the lede > holder below"
        if (
            len(words) == 2
            and words[0].lower() == "the"
            and words[1].lower() in AUTHORED_DOCUMENTS
            and (author := self._document_author(words[1].lower(), quote_start))
        ):
            # "According to a statement from the Farm Bureau, … “…,” the
            # statement said": the Farm Bureau's words.
            self.documents.append(
                (quote_start, Speaker(phrase, None, is_document=True))
            )
            return author, "author of the document"
        return self.describe(phrase, cue.phrase_span.start), "description"

    def _one_of(self, at: int) -> str | None:
        """The noun of the last "one X" description that spoke before an offset."""
        for where, speaker in reversed(self.speakers):
            if where >= at:
                continue
            m = ONE_OF_KIND_RE.fullmatch(speaker.name)
            return m.group("noun") if m else None
        return None

    def describe(self, phrase: str, at: int) -> Speaker | None:
        """An unnamed source, a document or an unknown name, as written.

        None for words that are no noun phrase (`_clause_not_speaker`): a
        reader would see "the actor held a fake audition and" as who spoke.
        """
        words = phrase.split()
        if len(words) > 1 and words[-1] in HAVE_FORMS:
            # "the lord chancellor has “…”": the subject before its auxiliary
            words = words[:-1]
            phrase = " ".join(words)
        if not words or _clause_not_speaker(phrase, words):
            return None
        first = words[0].lower()
        last = _bare(words[-1])
        if last in OUTLET_WORDS and first in ("the", "that", "this"):
            return self.outlet(at) or Speaker(phrase, None)
        if first in ANOTHER_WORDS and len(words) == 1 and (one := self._one_of(at)):
            # "“…,” one attendee said. Another described it as “…”": another
            # of the same kind
            return Speaker(f"another {one}", None)
        if (first in NP_STARTERS or first in PEOPLE_NOUNS) and not (
            words[0] in PROPER_GROUPS or is_demonym(words[0])
        ):
            # "Crowds chanted": a group, capitalised only to start the sentence
            # (not "Democrats", "Americans": capitalised anywhere).
            phrase = first + phrase[len(first) :]
            return Speaker(phrase, None, is_document=_no_person(phrase))
        if words[0][:1].isupper() and all(w[:1].isupper() for w in words):
            if all(w.lower().rstrip(".") in TITLE_WORDS for w in words):
                return None
            return self._person(HONORIFIC_RE.sub("", phrase), None)
        return Speaker(phrase, None, is_document=_no_person(phrase))


# The last word of a noun phrase is never one of these: "the rest of the",
# "600 workers and", "Mr Kapor is" are pieces of a clause a cue rule read too
# far, not who spoke.
DANGLING_WORDS = (
    frozenset(
        "a an the of to and or but for in on at by with from as that than "
        "when where while if because whether".split()
    )
    | BE_FORMS
    | HAVE_FORMS
)
# A full stop after a word or a year, not an abbreviation ("U.S.", "Sen.",
# "Feb. 1"): "said. But she", "1997. She".
SENTENCE_END_INSIDE_RE = re.compile(r"(?:[a-z]{4}|\d)\.[ ]")
# A verb inside the phrase: "she warned", "Prof Lovenduski said. But she",
# "the candidate anticipates them and his crowds are".
FINITE_WORDS = SPEECH_VERBS | BE_FORMS | HAVE_FORMS


def _opens_with(opening: str) -> bool:
    """Whether a body's name after these words opens its sentence.

    After a short fronted phrase, and with the "the" of its name ("The
    Internal Revenue Service shared data …", "In May, the FBI said").
    """
    return bool(FRONTED_RE.fullmatch(opening.removesuffix("The ").removesuffix("the ")))


def _body_noun(head: str) -> bool:
    """Whether words before a body's name say what kind of body it is.

    "Industry body RenewableUK", "campaign group Liberty", "think tank the
    Resolution Foundation", "the pressure group Transport Action": up to
    three lower-case words (the first may open the sentence) ending in a
    noun for a body; the name is who speaks.
    """
    words = head.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if words and words[-1] == "the":
        words = words[:-1]
    return (
        0 < len(words) <= 3
        and all(w.islower() for w in words[1:])
        and words[0][1:].islower()
        and words[-1].lower() in org_nouns.BEFORE
    )


def _clause_not_speaker(phrase: str, words: list[str]) -> bool:
    """Whether a cue's phrase is a stretch of a clause rather than a noun phrase."""
    if SENTENCE_END_INSIDE_RE.search(phrase) or words[-1] in DANGLING_WORDS:
        return True
    if (
        words[0].lower() in ("that", "this")
        and len(words) == 2
        and words[1].lower() in SOURCE_NOUNS
    ):
        return False  # "“…,” that person said": the source just described
    if words[0].lower() in ("that", "who", "which"):
        return True  # "that he had access": a clause
    return any(w.strip(",") in FINITE_WORDS for w in words[1:])


# Heads of a described speaker that stand for many people, whom "he" or
# "she" never means.
GROUP_HEADS = frozenset(
    "people crowds crowd protesters demonstrators officials police residents "
    "supporters voters critics men women children workers others".split()
)


def _a_group(speaker: Speaker) -> bool:
    """Whether a described (unnamed) speaker is a group: "crowds", "protesters"."""
    if speaker.kind is not None or speaker.several:
        return speaker.several
    words = speaker.name.split()
    if not words:
        return False
    # The head may stand before a place or body: "officials in Dorrance".
    cut = next(
        (i for i, w in enumerate(words[1:-1], 1) if w in GROUP_HEAD_ENDS), len(words)
    )
    head = words[cut - 1].lower()
    singular = head[:-1]
    return head in GROUP_HEADS or (
        head.endswith("s")
        and not head.endswith("ss")
        and (
            singular in PEOPLE_NOUNS
            or singular in TITLE_WORDS
            or singular in SOURCE_NOUNS
        )
    )


# Prepositions after a group's head: "analysts at Northbank".
GROUP_HEAD_ENDS = frozenset({"at", "in", "for", "from", "with", "on", "of"})
