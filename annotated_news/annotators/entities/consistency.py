"""One reading of a name across an article, after each mention was read alone.

A mention is read from the words around it; the article as a whole often
says more. Three rules, in order:

- *used as an organisation*: a name the text uses as a company ("Enron said
  it would cut jobs", "shares in Dresdner Kleinwort Wasserstein", "Enron
  fell 5%", "analysts at Morgan Stanley") is an organisation in every
  mention, unless a title or a known given name makes it a person ("analyst
  John Smith"), or the article calls it by its last word alone, as it does
  people ("Jaime Camil … Camil said it was hard"). "Said it" is a
  company's only before what companies do ("said it would cut jobs", "said
  it expects", "said its sales") or what only a body is said to want or
  feel as "it" ("says it hopes", "said it was disappointed"); an office
  only a company has before a person's name ("Nintendo president Satoru Iwata") is one too. A person's
  name that the article also writes with a corporate suffix ("Arthur D.
  Little Inc") is that firm in every mention, given name or not, unless a
  title makes it a person. A lone name that the rest of its sentences
  refers to as "its", never as "he" or "she", is an organisation
  ("Toshiba said its sales rose"). A lone word that no rule kept is added where it is that
  organisation ("Enron fell 5%. Enron said it would").
- *person named elsewhere*: a lone word the article confirms as a person
  ("Smith, who trained in Kenya", "Smith said") is that person where it
  stands alone without a cue too ("Smith won the race"), unless the article
  also writes it in lower case (a common word: "May", "Will").
- *short form of an organisation*: an organisation's name that opens a
  longer one named earlier before "of" is that one ("Royal Bank" after
  "Royal Bank of Canada").
"""

from __future__ import annotations

import dataclasses as dc
import re
from collections.abc import Iterator

from ...model import EntityMention, Kind
from ..gender import is_given_name
from ..lexicon import (
    MEASURE_NOUNS,
    NOT_NAMES,
    NOT_PERSON_WORDS,
    ORG_WORDS,
    PLACES,
    SINGLE_ORGS,
)
from ..vocabulary.demonyms import is_demonym
from ..vocabulary.honorifics import COURTESY
from ..vocabulary.titles import SPORT_ROLES, TITLE_WORDS
from ..vocabulary.venues import GROUNDS
from .classify import Name
from .join import FIRST_WORD_RULE, PLACE_PREPOSITION_RE, WHICH_RULE, Joiner

USED_AS_ORG = "used as an organisation"
THE_NAME_RULE = "the-name"
BODY_RULE = "plural verb after a name"
PERSON_ELSEWHERE = "person named elsewhere"
SHORT_FORM = "short form of an organisation"
NUMBER_AFTER_RE = re.compile(r"[ ]\d")

# Nouns of a company's business: "Nintendo said its sales", "raised its
# profit forecast".
BUSINESS_NOUNS = (
    r"(?:(?:first|second|third|fourth)-quarter[ ]|quarterly[ ]|annual[ ]|full-year[ ]"
    r"|net[ ]|pre-tax[ ])?(?:profits?|sales|revenues?|earnings|results|shares|dividend"
    r"|forecasts?|targets?|outlook|guidance|prices)\b"
)
# What a company does right after its name: "said it would cut jobs", "'s
# shares", "shares rose", a change in percent or pence ("fell 5%", "rose
# 3p"), "said its sales", "raised its sales targets", "Nintendo president
# Satoru Iwata" (an office only a company has, before a person's name), its
# exchange and symbol in brackets ("Halcyon Micro (NYSE: HMC)").
ORG_USE_AFTER_RE = re.compile(
    r"[ ](?:said|says|added|announced|reported|warned)[ ]it[ ](?:would|will|had|has|was)"
    r"[ ](?:cut|shed|close|sell|sold|buy|bought|acquire|acquired|hire|invest|raise"
    r"|raised|pay|open|merge|launch|file|filed|post|posted|report|reported|agreed"
    r"|expects?|planned|plans|planning|cutting|selling|buying|closing|ballot|strike)\b"
    r"|[ ](?:said|says|added|announced|reported|warned)[ ]it[ ](?:expects|expected"
    r"|plans|planned|intends)\b"
    r"|[’'](?:s)?[ ](?:shares|stock|profits?|sales|revenues?|earnings|share[ ]price"
    r"|(?:new[ ]|latest[ ])?(?:console|products?|customers|shareholders|subscribers"
    r"|chief[ ]executive|(?:executive[ ])?chairman|chief[ ]financial[ ]officer|brand"
    r"|factories|stores))\b"
    r"|[ ]shares[ ](?:rose|fell|gained|jumped|slipped|dropped|climbed|slumped|were|are)\b"
    r"|[ ](?:rose|fell|gained|jumped|slipped|dropped|climbed|slumped|lost|added"
    r"|sank|tumbled|surged|plunged|soared|slid|dipped|declined|rallied|advanced)[ ]"
    r"(?:by[ ])?\d[\d.,]*[ ]?(?:%|percent|per[ ]cent|pence|cents|p\b)"
    rf"|[ ](?:said|says|reported|announced)[ ]its[ ]{BUSINESS_NOUNS}"
    # a firm's seat and its people: "at Argonaut headquarters", "Halifax
    # chief economist Martin Ellis", "former Shell boss" (not a town's after
    # a possessive or an article: "her Brooklyn headquarters",
    # "an Anchorage headquarters": `HQ_PLACE_BEFORE_RE`)
    r"|[ ](?:headquarters|chief[ ]economist|boss)\b"
    # what only a body is said to want, feel or do as "it" (a person is
    # "he" or "she"): "Veritas says it hopes", "Highfield said that it
    # intends", "Sky said it was 'honoured'", "Lockheed said it had signed",
    # "said on Wednesday it had bought", "Cosla says that it is willing"
    r"|[ ](?:said|says|added|announced|warned|confirmed)[ ](?:on[ ][A-Z][a-z]+[ ])?"
    r"(?:that[ ])?it[ ](?:hoped|hopes|intends|intended|wanted|wants|welcomed|regretted"
    r"|apologised|apologized"
    r"|(?:was|is|had[ ]been|has[ ]been)[ ][“\"']?(?:pleased|delighted|disappointed"
    r"|honoured|honored|saddened|willing|proud|grateful|reviewing|investigating"
    r"|cooperating|co-operating|considering|laying[ ]off)"
    r"|(?:had|has)[ ](?:signed|bought)"
    r"|(?:would|will)[ ](?:review|investigate|cooperate|co-operate|contest|seek|sue"
    r"|fight|welcome|consider|appeal(?![ ]to)))\b"
    r"|[ ](?:has[ ]|had[ ])?(?:raised|cut|lowered|increased|reduced|slashed|posted"
    rf"|reported)[ ]its[ ]{BUSINESS_NOUNS}"
    r"|[ ](?:president|chairman|chairwoman|chief[ ]executive|founder)[ ](?=[A-Z])"
    # its exchange and share's symbol: "Halcyon Micro (NYSE: HMC)"
    r"|[ ]\([A-Z][A-Za-z]*(?:[ ][A-Z][a-z]+)?:[ ]?[A-Z]{1,5}(?:\.[A-Z])?\)"
    # a role in a team or a firm before a name: "Lazio forward Taty
    # Castellanos", "Napoli coach Antonio Conti", "Liverpool manager Arne
    # Slot", "Worldcom boss Bernie Ebbers"
    r"|[ ](?:head[ ]|assistant[ ])?(?:"
    + "|".join(sorted(SPORT_ROLES))
    + r")[ ](?=[A-Z])"
)
# What is said of a company right before its name: "shares in Enron",
# "analysts at Morgan Stanley".
ORG_USE_BEFORE_RE = re.compile(
    r"\b(?:(?:shares|stake|stakes|holding|investors)[ ](?:in|of)"
    # a player's club: "who plays for Leinster", "signed for Feyenoord"
    r"|(?:plays|played|playing|signed)[ ]for|on[ ]loan[ ](?:at|from|to)"
    # a club a player or a coach comes from: "joined from Girona"
    r"|(?:joined|joins|signed|arrived)[ ]from"
    r"|(?:analysts?|economists?|strategists?|traders?|bankers?)[ ]at"
    # the second of two: "analysts at ING and Berenberg"
    r"(?:[ ][A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*){0,2}[ ]and)?)[ ]$",
    re.IGNORECASE,
)
# What only a company's name ends with: "Arthur D. Little Inc" names a firm,
# and so does "Arthur D. Little" in the same article.
CORPORATE_SUFFIXES = frozenset(
    "Inc Inc. Corp Corp. Co Co. Ltd Ltd. plc PLC LLC LLP AG SA NV GmbH".split()
)


# A firm's people by their role right after its name, inside a sentence:
# "from Hanwha Ocean executives", "met with Sky executives"; not "Two
# executives", "Fellow shareholders" opening one, nor "TV executives".
ROLE_PEOPLE_AFTER_RE = re.compile(r"[ ](?:executives|employees|shareholders)\b")
SENTENCE_OPENS_BEFORE_RE = re.compile(r"(?:^|[.!?:”\"’']\s*|\n)\s*$")


# A possessive or an article before a name and "headquarters": the name is
# the town the seat is in ("her Brooklyn headquarters", "an Anchorage
# headquarters", "POLITICO's Rosslyn headquarters", "a TV headquarters").
HQ_PLACE_BEFORE_RE = re.compile(
    r"(?:\b(?:[Hh]er|[Hh]is|[Ii]ts|[Tt]heir|[Aa]n?)|[’']s)[ ]$"
)


def used_as_org(text: str, start: int, end: int) -> bool:
    if (
        ROLE_PEOPLE_AFTER_RE.match(text, end)
        and not text[start:end].isupper()
        and not SENTENCE_OPENS_BEFORE_RE.search(text, max(0, start - 4), start)
    ):
        return True
    after = (
        ORG_USE_AFTER_RE.match(text, end)
        if text[end : end + 1] in (" ", "’", "'")  # every cue opens so
        else None
    )
    if (
        after is not None
        and after.group().endswith(" headquarters")
        and HQ_PLACE_BEFORE_RE.search(text, max(0, start - 8), start)
    ):
        after = None
    if (
        after is not None
        and after.group().endswith((" boss", " headquarters"))
        and text[start:end] in GROUNDS
    ):
        after = None  # "the Old Trafford boss": the club's ground, a place
    return bool(
        after is not None
        or (
            ORG_USE_BEFORE_RE.search(
                text,
                # "analysts at ING and Berenberg": further back after "and"
                max(0, start - (60 if text.endswith(" and ", 0, start) else 24)),
                start,
            )
            and text[end : end + 1] not in ("’", "'")  # "a stake in Ana Ruiz's firm"
        )
    )


# A plural verb after a name in the singular: British style writes a team or a
# body so ("Chelsea have sacked their coach", "Santos have signed", "Boro are
# confident", "Sale host Bath"), never a person. Only where the name opens
# its clause (a sentence, a quotation, a reported clause after "said" or
# "that"): "Blair and Brown are", "the boys playing Billy are" are no such
# subject.
PLURAL_VERB_AFTER_RE = re.compile(
    r"[ ](?:have|are|were|say|host|face|need|want|hope|remain|insist|believe"
    r"|know|deny|admit|continue|travel|trail|meet|visit"
    # a table's moves: "Brentford move up to ninth", "Villa drop to seventh"
    r"|move|drop|climb|slip|stay|sit)[ ](?=[a-z])"
)
# Or a verb of saying and "their" before a role in a team, in the same
# clause: "Toulouse confirmed that their striker would miss the game".
THEIR_ROLE_AFTER_RE = re.compile(
    r"[ ](?:said|says|confirmed|announced|revealed)[ ](?:on[ ][A-Z][a-z]+[ ])?"
    r"(?:that[ ])?their[ ](?:[a-z-]+[ ])?(?:" + "|".join(sorted(SPORT_ROLES)) + r")\b"
)
CLAUSE_OPENS_BEFORE_RE = re.compile(
    r"(?:^|[.!?][”\"’']?\s+|\n|[“\"]|[ ][-—–][ ]|\b(?:said|says|that|believe|believes|think"
    r"|thinks)[ ])(?:[Tt]he[ ])?$"
)
# Words that open a sentence before "are" or "were" with no name there,
# besides `NOT_NAMES` ("Anybody have a knife?", "These are"): "Gone are the
# days", "Below are my rankings".
INVERSION_OPENERS = frozenset({"gone", "below", "above"})


def plural_verb_after(text: str, start: int, end: int) -> bool:
    """Whether a singular name opens its clause before a plural verb."""
    word = text[start:end]
    return (
        word.isalpha()
        and len(word) > 2  # '“Al want to': a given name cut short
        # "the Khans say", "Scarlets say", "Hindus are": a plural is no evidence
        and (not word.endswith("s") or word.endswith(("ss", "os", "is")))
        and word.lower() not in INVERSION_OPENERS
        and word not in NOT_NAMES
        and not word.isupper()  # "The TV host said"
        and (
            PLURAL_VERB_AFTER_RE.match(text, end) is not None
            or THEIR_ROLE_AFTER_RE.match(text, end) is not None
        )
        and CLAUSE_OPENS_BEFORE_RE.search(text, max(0, start - 12), start) is not None
    )


def _places(text: str, written: str) -> Iterator[tuple[int, int]]:
    """Where the text writes a name as a whole word (start, end)."""
    at = text.find(written)
    while at >= 0:
        end = at + len(written)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            yield at, end
        at = text.find(written, end)


def written_as_body(text: str, written: str) -> bool:
    """Whether any place the text writes a one-word name is a body's (plural verb)."""
    return any(plural_verb_after(text, at, end) for at, end in _places(text, written))


def anywhere_used_as_org(text: str, written: str) -> bool:
    """Whether any place the text writes a name uses it as a company."""
    return any(used_as_org(text, at, end) for at, end in _places(text, written))


# The first pronoun of the third person after a name, in its sentence:
# "Toshiba said its profits rose", "Parry said he".
PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Ii]ts)\b")
PRONOUN_WINDOW = 150
SENTENCE_END_RE = re.compile(r"[.!?]\s|\n")
# "the Reagan administration ... its": the name is a person's.
PERSON_AFTER_RE = re.compile(r"[ ](?:administration|aides?|era|campaign|family)\b")


def _referred_to_as_it(text: str, written: str) -> bool:
    """Whether the pronouns after a lone name say a thing, never a person.

    After each whole-word mention, the first of "he", "she", "his", "her",
    "him", "its" in the rest of its sentence: "its" at least once and a
    person's pronoun never ("Toshiba said its sales rose"). A person is
    referred to as "he" or "she" near their name; a name before
    "administration", "era", "aide" is a person's ("the Reagan
    administration ... its").
    """
    its = False
    at = text.find(written)
    while at >= 0:
        end = at + len(written)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            if PERSON_AFTER_RE.match(text, end):
                return False
            stop = SENTENCE_END_RE.search(text, end, end + PRONOUN_WINDOW)
            limit = stop.start() if stop else end + PRONOUN_WINDOW
            match = PRONOUN_RE.search(text, end, limit)
            if match:
                if match.group().lower() != "its":
                    return False
                its = True
        at = text.find(written, end)
    return its


def _firms_named_after(mentions: list[tuple[EntityMention, str]]) -> dict[str, str]:
    """People's names the article also writes with a corporate suffix.

    "Arthur D. Little Inc" → "Arthur D. Little": the name is the firm's in
    every mention.
    """
    firms: dict[str, str] = {}
    for m, _ in mentions:
        if m.kind is Kind.ORGANIZATION and " " in m.canonical:
            head, _, suffix = m.canonical.rpartition(" ")
            if suffix in CORPORATE_SUFFIXES:
                firms.setdefault(head.rstrip(","), m.canonical)
    return firms


# Endings of adjectives that open a sentence before a role ("Inspirational
# flanker", "Controversial owner"), no team's or firm's name.
ADJECTIVE_ENDINGS = ("al", "ous", "ive", "ful")


def _modifier(word: str) -> bool:
    """A title's word or an adjective, capitalised only to open a sentence."""
    low = word.lower()
    return low in TITLE_WORDS or (
        low.endswith(ADJECTIVE_ENDINGS) and word not in SINGLE_ORGS
    )


def _common_noun(word: str, joiner: Joiner) -> bool:
    """A word the article also writes in lower case, or its singular ("Arrests").

    Or a measure ("Sales rose 40%"), whether the article writes it or not.
    """
    return (
        word.lower() in MEASURE_NOUNS
        or joiner.common_word(word)
        or (word.endswith("s") and joiner.common_word(word[:-1]))
    )


def consistent(
    mentions: list[tuple[EntityMention, str]],
    unresolved: list[Name],
    joiner: Joiner,
) -> list[tuple[EntityMention, str]]:
    """The mentions with one reading per name (see the module docstring).

    `unresolved` holds the one-word names no rule kept.
    """
    text = joiner.text
    titled = {
        m.canonical
        for m, rule in mentions
        if m.kind is Kind.PERSON and (m.title or rule == "title")
    }
    people_cued = titled | {
        m.canonical
        for m, rule in mentions
        if m.kind is Kind.PERSON
        and (
            is_given_name(m.canonical.split()[0])
            or rule in ("title", "surname of a full name")
        )
    }
    firms = {
        name: firm
        for name, firm in _firms_named_after(mentions).items()
        if name not in titled
    }
    # Each way a name is written is looked for once: a person named ten
    # times would otherwise send the whole text through the scan ten times.
    written_as: dict[str, set[str]] = {}
    for m, _ in mentions:
        if m.kind is Kind.PERSON and m.canonical not in people_cued:
            written_as.setdefault(text[m.span.start : m.span.end], set()).add(
                m.canonical
            )
    # "Chelsea have sacked their coach": a lone name, a given name too, that
    # the article writes as a body's is one in every mention, by its own name
    # ("Liverpool" beside the Liverpool Echo), unless a title makes it a person
    bodies = {
        m.canonical
        for m, _ in mentions
        if m.kind is Kind.PERSON
        and " " not in m.canonical
        and m.canonical not in titled
        and text[m.span.start : m.span.end] == m.canonical
    } | {
        name.words[0]
        for name in unresolved
        if name.words[0] not in people_cued
        and not joiner.common_word(name.words[0])
        and not is_demonym(name.words[0])
        and name.words[0] not in NOT_PERSON_WORDS
    }
    bodies = {word for word in bodies if written_as_body(text, word)}
    orgs = {
        canonical
        for written, canonicals in written_as.items()
        if anywhere_used_as_org(text, written)
        or (" " not in written and _referred_to_as_it(text, written))
        for canonical in canonicals
    }
    orgs |= {
        name.words[0]
        for name in unresolved
        if name.words[0] not in people_cued
        # "Russian president Vladimir Putin", "Republican president George
        # W. Bush": a people's or a party's adjective, no firm
        and not is_demonym(name.words[0])
        and name.words[0] not in PLACES
        and name.words[0] not in NOT_PERSON_WORDS
        # "Arrests rose 22%": a common noun opening a sentence
        and not (name.sentence_start and _common_noun(name.words[0], joiner))
        # "Assistant coach Martin Jol", "Inspirational flanker Serge
        # Betsen": a title's word or an adjective opening a sentence
        and not (name.sentence_start and _modifier(name.words[0]))
        and used_as_org(text, name.span.start, name.span.end)
    }
    out = [
        (
            dc.replace(
                m,
                kind=Kind.ORGANIZATION,
                title=None,
                # "Nestrova said" opening a sentence after "Nestrova Offshore
                # BV": the whole name, as a lone word inside a sentence is
                canonical=firms.get(m.canonical)
                or (
                    _body_name(m.canonical, joiner)
                    if m.canonical in bodies
                    else joiner.orgs_by_opening.get(m.canonical, m.canonical)
                ),
            ),
            BODY_RULE if m.canonical in bodies else USED_AS_ORG,
        )
        if m.kind is Kind.PERSON
        and (m.canonical in orgs or m.canonical in firms or m.canonical in bodies)
        else (m, rule)
        for m, rule in mentions
    ]
    # a lone word that another mention reads as a body by its own words
    # ("Arriva, which runs", "The Vatican says")
    which_orgs = {
        m.canonical
        for m, rule in mentions
        if rule in (WHICH_RULE, THE_NAME_RULE)
        and m.kind is Kind.ORGANIZATION
        and " " not in m.canonical
    }
    lone_people = {
        m.canonical for m, _ in out if m.kind is Kind.PERSON and " " not in m.canonical
    }
    # "Cairn said" read as Cairn Energy: "Cairn made the discovery" opening a
    # sentence, where its capital says nothing, is the firm too
    lone_orgs = {
        text[m.span.start : m.span.end]
        for m, rule in mentions
        if rule == FIRST_WORD_RULE
        and m.canonical == joiner.orgs_by_opening.get(text[m.span.start : m.span.end])
    }
    for name in unresolved:
        word = name.words[0]
        if (
            word in lone_orgs
            and not joiner.common_word(word)
            # "bid to Liverpool", "the Commodore 64", "The Mac mini": a
            # place, a product
            and not PLACE_PREPOSITION_RE.search(
                text, max(0, name.span.start - 9), name.span.start
            )
            and not text.endswith(("the ", "The "), 0, name.span.start)
            and not NUMBER_AFTER_RE.match(text, name.span.end)
        ):
            out.append(
                (
                    EntityMention(
                        name.span, Kind.ORGANIZATION, joiner.orgs_by_opening[word]
                    ),
                    FIRST_WORD_RULE,
                )
            )
        elif (
            word in which_orgs
            and not joiner.common_word(word)
            and not (name.sentence_start and _common_noun(word, joiner))
        ):
            # "A spokeswoman for Stagecoach said" after "Stagecoach and
            # Arriva, which run most routes"; "a Vatican spokesman"
            out.append((EntityMention(name.span, Kind.ORGANIZATION, word), USED_AS_ORG))
        elif word in bodies:
            out.append(
                (
                    EntityMention(
                        name.span, Kind.ORGANIZATION, _body_name(word, joiner)
                    ),
                    BODY_RULE,
                )
            )
        elif word in orgs:
            # "analysts at Goldman" after "Goldman Sachs": the whole name
            canonical = joiner.orgs_by_opening.get(word, word)
            out.append(
                (EntityMention(name.span, Kind.ORGANIZATION, canonical), USED_AS_ORG)
            )
        elif word in lone_people and not joiner.common_word(word):
            out.append((EntityMention(name.span, Kind.PERSON, word), PERSON_ELSEWHERE))
    return _short_forms(_founders(out, joiner))


COURTESY_RE = "|".join(COURTESY)


def _founders(
    mentions: list[tuple[EntityMention, str]], joiner: Joiner
) -> list[tuple[EntityMention, str]]:
    """A known firm's word that is the surname of the article's person is theirs.

    "Bloomberg" alone where the article names Michael Bloomberg is the man
    ("Bloomberg drew 13 percentage points"), as "Fox" beside the actor
    Edward Fox, unless the article refers to the word as "its" ("Bloomberg
    says its reporting found") or writes the person with a courtesy title
    ("Mr. Bloomberg"), or the mention is used as a company's.
    """
    text = joiner.text
    firms = {
        m.canonical
        for m, rule in mentions
        if rule == "known organisation" and " " not in m.canonical
    }
    fulls = {
        word: full
        for word in firms
        if (full := joiner.person(word, len(text), None)) is not None
        and full.endswith(" " + word)
        and is_given_name(full.split()[0])
        and not _referred_to_as_it(text, word)
        # "Mr. Bloomberg" beside "Bloomberg says": the article's style names
        # the man with his title, the bare word is the firm
        and not re.search(rf"\b(?:{COURTESY_RE})\.?[ ]{re.escape(word)}\b", text)
    }
    if not fulls:
        return mentions
    return [
        (
            dc.replace(m, kind=Kind.PERSON, canonical=fulls[m.canonical]),
            PERSON_ELSEWHERE,
        )
        if rule == "known organisation"
        and m.canonical in fulls
        and text[m.span.start : m.span.end] == m.canonical
        and not used_as_org(text, m.span.start, m.span.end)
        else (m, rule)
        for m, rule in mentions
    ]


# A body's fuller name that a team's short name joins ("Sunderland" →
# Sunderland FC), not another body the place names ("Liverpool" beside the
# Liverpool Echo).
CLUB_LAST_WORDS = frozenset({"fc", "afc", "united", "city", "town", "county", "club"})


def _body_name(word: str, joiner: Joiner) -> str:
    """The name a lone body's word joins: the team it opens, else itself."""
    full = joiner.orgs_by_opening.get(word)
    if full is None:
        return word
    last = full.rsplit(" ", 1)[-1].lower()
    return full if last in CLUB_LAST_WORDS or last in ORG_WORDS else word


def _short_forms(
    mentions: list[tuple[EntityMention, str]],
) -> list[tuple[EntityMention, str]]:
    """Give an organisation's short form the full name it opens ("Royal Bank")."""
    longer: list[tuple[int, str]] = [
        (m.span.start, m.canonical)
        for m, _ in mentions
        if m.kind is Kind.ORGANIZATION and " of " in m.canonical
    ]
    if not longer:
        return mentions
    out = []
    for m, rule in mentions:
        if m.kind is Kind.ORGANIZATION and " " in m.canonical:
            full = next(
                (
                    name
                    for at, name in longer
                    if at < m.span.start and name.startswith(m.canonical + " of ")
                ),
                None,
            )
            if full is not None:
                out.append((dc.replace(m, canonical=full), SHORT_FORM))
                continue
        out.append((m, rule))
    return out
