"""People and organisations named in an article, with short forms joined.

Three passes, each in its own module:

1. `runs.py` finds runs of capitalised words within sentences (not in a
   headline or subheading in Title Case, where every word is capitalised:
   there, only the names the article's text names are found, and a given
   name with the word after it).
2. `classify.py` splits titles off ("White House deputy chief of staff
   Stephen Miller" → Stephen Miller, title kept) and decides person,
   organisation, or neither (places, laws, operations).
3. `join.py` joins short forms to full names: "Miller" → Stephen Miller,
   "ICE" → Immigration and Customs Enforcement, "NBC" → NBC News; and
   `aliases.py` two names the text says are one person's ("Pope Leo XIV,
   born Robert Francis Prevost").

The canonical names are per article; `indexes/entities.py` joins them across
articles.
"""

from __future__ import annotations

import bisect
import dataclasses as dc
import itertools
import re

from ...model import Article, BlockKind, EntityMention, Kind, Span
from ..gender import is_given_name
from ..lexicon import (
    COMPANY_LAST_NOUNS,
    KNOWN_ORG_NAMES,
    LAST_ORG_WORDS,
    NOT_NAMES,
    NOT_PERSON_WORDS,
    ORG_WORDS,
    PARTY_ADJECTIVES,
    PARTY_NAMES,
    PLACES,
    SHORT_NAMES,
    SINGLE_ORGS,
    VIEW_PARTY_NAMES,
    WORK_NOUNS,
)
from ..vocabulary import org_nouns, outlets
from ..vocabulary.demonyms import is_demonym
from ..vocabulary.honorifics import BRAND_COURTESY, HONORIFICS_LOWER
from ..vocabulary.letters import NAME_UPPER
from ..vocabulary.months import AMBIGUOUS_MONTHS, CAPITALISED_DAY_NAMES
from ..vocabulary.people_nouns import KIN_NOUNS, PEOPLE_NOUNS, PERSON_NOUNS
from ..vocabulary.titles import (
    OFFICE_WORDS,
    PARTY_ROLES,
    POSITION_NOUNS,
    RANK_NUMBERS,
    RANK_WORDS,
    ROLE_NOUNS,
    TITLE_NOUNS,
    TITLE_WORDS,
    VIEW_ROLES,
)
from ..vocabulary.venues import (
    EVENT_NOUNS_AFTER,
    PLACE_LAST_SURNAMES,
    VENUE_PREPOSITIONS,
    VENUES,
)
from ..vocabulary.web_labels import CREDIT_LABEL
from .aliases import aliases
from .brands import firm_evidence, is_initialism
from .classify import (
    BODY_WORD_RULE,
    CAMEL_CASE_RULE,
    EVENT_WORDS,
    NAME_PARTICLES,
    NOT_ORG_ACRONYMS,
    OPENER_RULE,
    PARTY_RULE,
    Name,
    classify,
    is_acronym,
    opens_with_initials,
    role_noun,
)
from .consistency import USED_AS_ORG, anywhere_used_as_org, consistent, used_as_org
from .join import (
    ATTRIBUTION_DASH_RE,
    BODILY_VERBS,
    LISTED_WITH_ORG,
    PERSON_APPOSITION_RE,
    WHICH_AFTER_RE,
    WHICH_RULE,
    Joiner,
    followed_by_speech,
    initials,
    person_noun_after,
    person_possession_after,
    preceded_by_speech,
    resolve_single,
    short_name,
    writes_word,
)
from .runs import PORTFOLIOS, Run, find_runs, title_case_blocks

__all__ = ["annotate_entities", "explain_entities"]

# Words a title does not reach back over.
TITLE_STOP = frozenset(
    """
the a an and or but said says told to in on at by with from about for that which
who as of’s his her their its our when while after before like than is was
""".split()
) - {"of"}
MAX_TITLE_WORDS = 8
# Where the clause of a title starts, at the latest.
TITLE_BREAKS = ',;:.“”"()—\n'
PAREN_ACRONYM_RE = re.compile(r"[ ]\(([A-Z][a-z]?[A-Z]{1,5})\)")
PAREN_SHORT_RE = re.compile(r"[ ]\(([A-Z][a-z]{3,})\)")
PAREN_WORD_RE = re.compile(r"[ ]\(([A-Z][a-z]{2,5})\)")
# A capitalised word of a Title Case line, without a possessive ending.
# The word right before a name, for a quick look before `_lower_title`.
PREVIOUS_WORD_RE = re.compile(r"([a-z-]+)[ ]$")
TITLE_WORDS_BEFORE = TITLE_NOUNS | POSITION_NOUNS
# A stop that ends the line is no part of the last word ("... Joe Biden.").
TITLE_WORD_RE = re.compile(r"([A-Z][\w.-]*?)([’']s)?(?![\w’'-]|\.(?!\s*$))")
# An organisation noun right before a name ("oil giant Yukos", "a company
# called Akamai") or right after it ("the Kommersant newspaper").
# The nouns and their plurals: "prison companies CoreCivic and …", "firms".
_ORG_NOUNS_BEFORE = sorted(
    {
        *org_nouns.BEFORE,
        *(
            n[:-1] + "ies" if n.endswith("y") and n[-2:-1] not in "aeiou" else n + "s"
            for n in org_nouns.BEFORE
        ),
    },
    key=len,
    reverse=True,
)
ORG_NOUN_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(_ORG_NOUNS_BEFORE)})(?:[ ](?:called|named))?[ ]$"
    rf"|(?:^|[.!?“\"]\s*)(?:{'|'.join(w.capitalize() for w in _ORG_NOUNS_BEFORE)})"
    r"[ ]$"
)
# What every match of ORG_NOUN_BEFORE_RE ends with: a noun, or "called" /
# "named", before the space that ends the window (`$` also matches before a
# last newline). Most runs follow none of them: `endswith` rules those out
# before the pattern is tried at each of the 40 positions.
_ORG_NOUN_ENDINGS = (
    *_ORG_NOUNS_BEFORE,
    *(w.capitalize() for w in _ORG_NOUNS_BEFORE),
    "called",
    "named",
)


def org_noun_before(text: str, start: int) -> bool:
    """Whether an organisation noun stands right before `start` (ORG_NOUN_BEFORE_RE)."""
    low = max(0, start - 40)
    end = start - 1 if start - low >= 2 and text[start - 1] == "\n" else start
    if (
        end - low < 2
        or text[end - 1] != " "
        or not text.endswith(_ORG_NOUN_ENDINGS, low, end - 1)
    ):
        return False
    return ORG_NOUN_BEFORE_RE.search(text, low, start) is not None


# Not before another name, which the noun then opens ("Campaign group Save
# Wexcombe Fields", "Pressure group Clean Rivers": the first word is no body).
ORG_NOUN_AFTER_RE = re.compile(
    rf"[ ](?:{'|'.join(sorted(org_nouns.AFTER))})\b"
    rf"(?![ ](?!(?:{'|'.join(sorted(CAPITALISED_DAY_NAMES))})\b)[A-Z])"
)
# A photo credit, a line of its own or in brackets at its end: a photographer's or an agency's
# capitalised name, a slash, and the agency, which ends the line with no more
# than a stop and a closing bracket ("(Photo by Andrew Harnik/Getty Images)",
# "John Moore/Getty Images.", "(SVP/Global Risk Insights.)"); not "HIV/Aids"
# nor "Luton v Hinckley/Brentford" inside a line.
CREDIT_SLASH_BEFORE_RE = re.compile(
    r"(?:(?:^|\n)[ ]*\(?|\(|[.!?”\"][ ]+(?=(?:Photo|Picture|Image|Photograph)s?[ ]by))"
    r"(?:(?:Photo|Picture|Image|Photograph)s?(?:[ ]by|:)[ ])?"
    r"(?P<credited>(?:[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*)*[ ]?/[ ]?)+)$"
)
# The end of a credit's line: its stop and bracket, or "file" (an archive
# photo: "Kevin Dietsch/Getty Images file").
CREDIT_LINE_END_RE = re.compile(r"(?:[ ][Ff]ile)?[.)\]]*[ ]*(?:\n|$)")
# A line that is a photo's credit, with a label ("Image source: Getty
# Images", "Photograph: Vatican Media/Handout via Reuters", "Photo credit:
# Tolland Herald"): a part right after the label, a slash or "via", ending at
# a slash, "via" or the line's end.
CREDIT_PART_BEFORE_RE = re.compile(
    rf"(?:^|\n)[ ]*{CREDIT_LABEL}(?:[^\n/]*(?:/|[ ]via[ ]))?$"
)
CREDIT_PART_AFTER_RE = re.compile(r"(?:/|[ ]via[ ]|[.)]*[ ]*(?:\n|$))")


# Where a photo credit names its photographer: right after the label or
# "Photo by" at a line's start or in brackets ("Photograph: Dervla
# Dunleavy/PA", "(Photo by Dervla Dunleavy/Getty Images)", "Picture: Mary
# Dunleavy"), before the agency's slash, "for", the bracket or the line's end.
PHOTOGRAPHER_BEFORE_RE = re.compile(
    rf"(?:^|\n|\()[ ]*(?:{CREDIT_LABEL}|(?:Photo|Picture|Photograph|Image)s?[ ]by[ ])$"
)
# Words of a photo agency's or a publisher's name in a credit ("Vatican
# Media", "PA Wire", "Press Association", "Bettmann Archive").
CREDIT_AGENCY_WORDS = frozenset(
    "media news press photo photos pictures images agency handout pool archive"
    " archives collection library studio studios wire service".split()
)
PHOTOGRAPHER_AFTER_RE = re.compile(r"(?:[ ]?/|\)|[ ]for[ ]|[.]?[ ]*(?:\n|$))")


def _photographer(span: Span, words: list[str], text: str) -> bool:
    """Whether a name of two or three words is the photographer a credit names.

    Not an agency's name: no organisation word, no plural at its end ("Getty
    Images"), no acronym, no known body or place ("Vatican Media/Handout").
    """
    return (
        1 < len(words) <= 3
        and not any(
            w.lower() in ORG_WORDS
            or w.lower() in LAST_ORG_WORDS
            or is_acronym(w)
            or w in SINGLE_ORGS
            or w in PLACES
            or w.lower() in CREDIT_AGENCY_WORDS
            for w in words
        )
        and not (words[-1].endswith("s") and not words[-1].endswith("ss"))
        and " ".join(words) not in KNOWN_ORG_NAMES
        and PHOTOGRAPHER_AFTER_RE.match(text, span.end) is not None
        and PHOTOGRAPHER_BEFORE_RE.search(text, max(0, span.start - 40), span.start)
        is not None
    )


def _credit_agency(run: Run, text: str) -> bool:
    """Whether a run is a photo credit's agency after a slash.

    "Andrew Harnik/Getty Images)", "Bloomberg/Getty Images.": after a
    photographer's name (a known given name opens it) or, after anyone's,
    a name ending in a plural ("Images", "Insights"), no person's last
    word; "Reuters/Oren Malchev" is a photographer, "HIV/Aids" no credit.
    """
    start = run.span.start
    low = max(0, start - 60)
    # Each look-behind pattern is tried at up to 60 positions; a run with no
    # label's ": " (CREDIT_LABEL) or no slash just before it (the credited
    # part's end) is ruled out first, by a cheap search.
    if (
        text.find(": ", low, start) >= 0
        and CREDIT_PART_BEFORE_RE.search(text, low, start)
        and CREDIT_PART_AFTER_RE.match(text, run.span.end)
        and not is_given_name(run.words[0])
        and len(run.words) > 1  # "Handout", "Pool", "File"
        and not _photographer(run.span, run.words, text)
    ):
        # "Image source: Getty Images", "Photograph: Vatican Media/Handout
        # via Reuters": a credit line's parts with no given name are agencies
        return True
    if text.find("/", max(low, start - 3), start) < 0:
        return False  # the pattern ends "/", a space and a line's end aside
    before = CREDIT_SLASH_BEFORE_RE.search(text, low, start)
    if before is None or CREDIT_LINE_END_RE.match(text, run.span.end) is None:
        return False
    if is_given_name(run.words[0]):
        return False
    credited = before.group("credited").split("/")[-2].split()
    if credited and credited[0] == "AP":  # "(AP Photo/Jae C. Hong)"
        credited = credited[1:]
    last = run.words[-1]
    return (bool(credited) and is_given_name(credited[0].capitalize())) or (
        len(run.words) > 1 and last.endswith("s") and not last.endswith("ss")
    )


# A legal form after a comma ends the company's name ("NBCUniversal Media,
# LLC"); the form alone is no name (`runs.find_runs` skips it).
LEGAL_FORM_AFTER_RE = re.compile(
    r",[ ](?:"
    + "|".join(re.escape(f) for f in org_nouns.LEGAL_FORMS_AFTER_COMMA)
    + r")(?![\w])"
)
# "A spokesman for Severn Trent": who speaks for a name of several words,
# none a given name, speaks for an organisation ("a spokeswoman for Scottish
# Power"); one word may be a person's surname ("a spokesman for Clinton").
SPOKESPERSON_FOR_RE = re.compile(r"\bspokes(?:man|woman|person)[ ]for[ ](?:the[ ])?$")
NAME_GOES_ON_RE = re.compile(r"(?:[’']s|,|[ ]and|[ ](?:on|of|for)(?:[ ]the)?)[ ][A-Z]")
# An apposition that says what an organisation is: "Muslim Advocates, a
# legal advocacy organization,", "Tren de Aragua, a Venezuelan gang that";
# the noun ends its phrase ("a company director" is a person's).
ORG_APPOSITION_RE = re.compile(
    r",[ ]an?[ ](?:[\w-]+[ ]){0,4}?"
    rf"(?:{'|'.join(sorted(org_nouns.APPOSED | org_nouns.AFTER))})"
    r"(?:[,.;:]|[ ](?:that|which|based|in|with|for|founded|whose|led|run|backed"
    r"|funded|known|of|representing|working|and)\b)"
    # "Safaricom, the country's biggest company,": "the", a possessive and
    # up to two words, then the noun and a stop or a relative word ("Santos,
    # the Brazilian club where he played"; the words may be capitalised)
    r"|,[ ]the[ ](?:[\w-]+[’']s[ ])?(?:[\w-]+[ ]){0,2}"
    rf"(?:{'|'.join(sorted(org_nouns.APPOSED | org_nouns.AFTER))})"
    r"(?:[,.;:]|[ ](?:where|that|which|whose)\b)"
)
# A noun for a work right before its title: "the gritty drama Vera Drake,".
WORK_NOUN_BEFORE_RE = re.compile(
    r"\b(?:drama|film|movie|documentary|comedy|thriller|novel|book|album|single"
    r"|song|musical|play|sitcom|series|show|opera|biopic)[ ]$"
)
# What follows a work's title named after its noun: a stop, not a verb ("the
# film Tom Cruise made" names the actor).
TITLE_END_RE = re.compile(r"[ ]?(?:[,.;:!?)]|$)")
WORK_NOUN_AFTER_RE = re.compile(
    rf"[ ](?:{'|'.join(sorted(WORK_NOUNS))})\b"
    r"|[ ](?:author|creator|star|actor|actress)[ ](?=[A-Z])"
)
# A determiner before a work's title ("the new Harry Potter books", "his
# James Bond films"), so that "Peter Smith books a table" stays a person.
WORK_DETERMINER_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)[ ]"
    r"(?:[a-z-]+[ ])?$"
)


# Roles a firm or a group holds as well as a person: in the plural before a
# name they may name firms ("analysts Gartner and IDC", "pollsters YouGov",
# "anti-noise campaigners HACAN Clearskies").
FIRM_ROLES = frozenset(
    "analyst consultant pollster adviser advisor producer strategist lobbyist"
    " campaigner researcher".split()
)
# Those roles in the plural right before a name with no given name name a
# firm ("technology analysts Gartner", "pollsters Ipsos"); "analysts John
# Smith and …" are people.
FIRM_ROLES_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(sorted(FIRM_ROLES))})s[ ]$")


# A capitalised word with no other after it ("Oscar at", "Oscar.").
LONE_WORD_RE = re.compile(r"[A-Z][\w’'-]*(?![\w’'-]|[ ][A-Z])")


def _lower_title(text: str, name_start: int) -> str | None:
    """The title phrase written just before a name, if there is one.

    It ends with a title noun ("spokeswoman", "chief of staff") and reaches
    back over lower-case words and capitalised names ("White House"), not
    over articles, prepositions or verbs.
    """
    window = text[max(0, name_start - 80) : name_start]
    cut = max(window.rfind(ch) for ch in TITLE_BREAKS)
    words = window[cut + 1 :].split()
    if not words:
        return None
    last = words[-1].lower()
    position = last in POSITION_NOUNS and len(words) > 1 and words[-2][:1].isupper()
    # "world number one", "British No 1": a ranking ends the title
    ranked = last in RANK_NUMBERS and len(words) > 1 and words[-2].lower() in RANK_WORDS
    # "deputy prosecutors Mame Niang and Nazhat Khan": a title of two people;
    # not of roles firms hold too ("analysts Strategy Analytics and …")
    plural = (
        last.endswith("s") and last[:-1] in TITLE_NOUNS and last[:-1] not in FIRM_ROLES
    )
    if (
        last not in TITLE_NOUNS
        and last not in ROLE_NOUNS
        and not position
        and not ranked
        and not plural
    ):
        return None
    if (
        len(words) > 1
        and words[-2].lower() == "best"
        and LONE_WORD_RE.match(text, name_start) is not None
    ):
        # "the best actress Oscar", "best director Bafta": an award; "best
        # actress Hilary Swank" is the winner
        return None
    k = len(words) - 1
    while k > 0 and len(words) - k < MAX_TITLE_WORDS:
        word = words[k - 1]
        if word.lower() in TITLE_STOP and not (word == "of" and words[k].islower()):
            break
        k -= 1
    return " ".join(words[k:])


# What follows a venue's or an event's name and never a person's: "in Roland
# Garros history", "the Roland Garros final", "John F Kennedy airport".
EVENT_NOUN_AFTER_RE = re.compile(
    rf"[ ](?:{'|'.join(sorted(EVENT_NOUNS_AFTER))})\b(?![’'-])"
)
VENUE_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(VENUE_PREPOSITIONS))})[ ](?:the[ ])?$"
)
# Rules that read a person from the name's words alone, which the words
# around it overrule; a title or a speech verb is a person's own cue.
WORDS_ONLY_RULES = frozenset({"capitalised words", "given name"})


def _venues(names: list[Name], text: str) -> list[Name]:
    """Drop people whose name the article uses as a venue's or an event's.

    A name before an event's noun ("the longest final in Roland Garros
    history", "the Santiago Bernabeu crowd") or a known venue after "at",
    "in", "on" ("at Roland Garros", `vocabulary/venues.VENUES`) names a
    place; so does every other mention of the same words in the article
    ("Roland Garros begins on Sunday").
    """
    used: set[tuple[str, ...]] = set()
    for name in names:
        if (
            name.kind is Kind.PERSON
            and name.rule in WORDS_ONLY_RULES
            and len(name.words) > 1
            and (
                EVENT_NOUN_AFTER_RE.match(text, name.span.end)
                or (
                    " ".join(name.words) in VENUES
                    and VENUE_BEFORE_RE.search(
                        text, max(0, name.span.start - 10), name.span.start
                    )
                )
            )
        ):
            used.add(tuple(name.words))
    if not used:
        return names
    return [
        n
        for n in names
        if not (
            n.kind is Kind.PERSON
            and n.rule in WORDS_ONLY_RULES
            and tuple(n.words) in used
        )
    ]


# A campus after a comma in a university's name, then the end of the
# apposition or of the sentence: "the University of California, Berkeley,
# said", "University of Maryland, College Park." Not a list ("the University
# of Chicago, Northwestern, and Yale"): after the campus comes no "and"/"or"
# nor another capital. Each word is whole, then one space: no word can be
# cut two ways.
CAMPUS_RE = re.compile(
    rf",[ ]((?:[{NAME_UPPER}][\w’'-]*[ ]){{0,2}}[{NAME_UPPER}][\w’'-]*)"
    r"(?=[.;)\n]|[ ]\(|,[ ](?!and\b|or\b)[a-z]|$)"
)


def _university(words: list[str]) -> bool:
    """A university's name ("University of California", "Texas A&M University")."""
    return (words[0] == "University" and len(words) > 2 and words[1] == "of") or (
        words[-1] == "University"
    )


def _campuses(names: list[Name], text: str) -> list[Name]:
    """A university's name keeps the campus written after its comma.

    "Prof John Yoo of the University of California, Berkeley, said" names
    the University of California, Berkeley, not a person Berkeley; "Texas
    A&M University, College Station" one body, not two.
    """
    if ", " not in text:
        return names
    campus_spans: list[Span] = []
    out: list[Name] = []
    for name in names:
        if (
            campus_spans
            and campus_spans[-1].start <= name.span.start < campus_spans[-1].end
        ):
            continue  # the campus's own words, now part of the university's name
        if (
            name.kind is Kind.ORGANIZATION
            and _university(name.words)
            and text.startswith(", ", name.span.end)
            and (match := CAMPUS_RE.match(text, name.span.end))
            # "West Virginia University, US": a country's letters, no campus;
            # "Harvard University, Cambridge": a town, no campus of a state's
            and not is_acronym(match.group(1))
            and match.group(1).split()[0]
            not in NOT_NAMES  # "University of Texas, No. 14"
            and (name.words[0] == "University" or match.group(1) not in PLACES)
            and not any(
                # "Harvard University, John Smith, said": a person's name
                n.kind is Kind.PERSON
                and (n.rule not in WORDS_ONLY_RULES or is_given_name(n.words[0]))
                and match.start(1) <= n.span.start < match.end(1)
                for n in names
            )
        ):
            campus_spans.append(Span(match.start(1), match.end(1)))
            name = dc.replace(
                name,
                span=Span(name.span.start, match.end(1)),
                words=[*name.words[:-1], name.words[-1] + ",", *match.group(1).split()],
            )
        out.append(name)
    return out


# What a share price does, right after the name: "Equinor and Norsk Hydro
# gained", "… were also lower".
MARKET_MOVE_AFTER_RE = re.compile(
    r"[ ](?:were[ ](?:also[ ])?)?(?:rose|fell|gained|slipped|dropped|climbed|slumped"
    r"|rallied|tumbled|advanced|declined|lower|higher)\b"
)


# Particles that only people's names hold inside them: "Jorrit van Doorn",
# "Siebe ter Horst" (not "de", "la", "del": "Banco de la Nación").
INNER_PERSON_PARTICLES = frozenset({"van", "von", "ter", "te", "ten"})


def _particle_inside(name: Name) -> bool:
    """A name with a Dutch or German particle between capitalised words."""
    return (
        len(name.words) >= 3
        and any(w in INNER_PERSON_PARTICLES for w in name.words[1:-1])
        and name.words[0][:1].isupper()
        and not any(w.lower() in ORG_WORDS or w in PLACES for w in name.words)
    )


# What only a person is or does, right after a name: "Zorvan Kettleby was
# elected mayor", "was born", "was jailed", "resigned", "testified" (`BODILY_VERBS`; not "was named" nor "was appointed", which
# a firm is too, nor "met", as committees do; not "and his", which may be
# another's: "after Hurricane Sandy and his ability").
PERSON_FATE_AFTER_RE = re.compile(
    r"[ ](?:(?:was|has[ ]been|had[ ]been)[ ](?:elected|re-elected|born|sworn[ ]in"
    r"|knighted|jailed|imprisoned|arrested|sentenced|killed|murdered|stabbed)\b"
    rf"|(?:{'|'.join(sorted(BODILY_VERBS - {'met'}))})\b)"
)


# A relative of the name's, in a clause after it: "Yessenia Orellana,
# whose brother is held there", "whose 19-year-old son" (`KIN_NOUNS`; a
# body has members, no brother).
WHOSE_KIN_RE = re.compile(
    r",[ ]whose[ ](?:[\w-]+[ ]){0,2}?"
    rf"(?:{'|'.join(sorted(KIN_NOUNS - {'friend', 'partner', 'neighbor', 'neighbour'}))})\b"
)


# The people of a place before its name: "Residents of Baton Rouge", "voters
# in Lafourche Parish"; what follows is the place, no person.
PLACE_PEOPLE_BEFORE_RE = re.compile(
    r"\b(?:[Rr]esidents|[Ll]ocals|[Vv]illagers|[Vv]oters|[Cc]itizens|[Ii]nhabitants"
    r"|[Pp]eople)[ ](?:of|in|from)[ ](?:the[ ])?$"
)


def _confirmed(names: list[Name], text: str) -> list[Name]:
    """Keep a person known only by capitalised words when the article confirms it.

    "Bay Buchanan" is kept when "Buchanan" stands alone elsewhere, when a
    speech verb follows or precedes it ("Bay Buchanan said", "said Tad
    Devine"), a title comes before it or an age or "who" after it ("Bay
    Buchanan, 34,", "Bay Buchanan, the party's treasurer,"), or a dash
    before it after a quotation ("― Bay Buchanan"); "Wasserman Schultz" when
    it ends the name of a person named in full ("Debbie Wasserman Schultz"),
    whose name it then takes. "Good Jobs Nation" or "San Bernardino" is not
    kept, nor a name whose first word the article also writes in lower case
    ("Ask Jeeves said", "Real Madrid": a common word, no given name).
    """
    # "the case of Josué Armando Quintanilla Reyes": a first given name the
    # vocabulary does not know, inside a sentence, read before the names'
    # ends are looked up ("Bonilla Cruz" is Keyla Marisol Bonilla Cruz)
    names = [_with_unknown_given_name(name, text) for name in names]
    singles = {
        name.words[0]
        for name in names
        # a title's first word ("Work Secretary") confirms no "Commons Work"
        if len(name.words) == 1 and name.rule != OPENER_RULE
    }
    full = {
        " ".join(name.words)
        for name in names
        if name.kind is Kind.PERSON and name.confident and len(name.words) > 2
    }
    listed = sorted((n for n in names if len(n.words) > 1), key=lambda n: n.span.start)
    org_starts = {n.span.start for n in names if n.kind is Kind.ORGANIZATION}
    # "Brackwell" of "Brackwell Holdings": the first word of an organisation
    # of several words, which opens no person's name (`ORG_OPENER_RULE`)
    org_openers = {
        n.words[0]
        for n in names
        if n.kind is Kind.ORGANIZATION
        and len(n.words) > 1
        and n.words[0][1:].islower()
        and not is_given_name(n.words[0])
        and n.words[0].lower() not in NAME_PARTICLES  # "La Scala", "De Beers"
        # a firm's own name and what it is ("Brackwell Holdings"), not a
        # known firm's products ("Microsoft Word") nor a title ("La Scala")
        and (
            n.words[-1].lower() in ORG_WORDS
            or n.words[-1].lower() in COMPANY_LAST_NOUNS
        )
        and n.words[0] not in SINGLE_ORGS
    }
    org_ends = {
        n.span.end
        for n in names
        if n.kind is Kind.ORGANIZATION and n.rule != "the-name"
    }
    particle_full = {
        " ".join(name.words)
        for name in names
        if name.kind is not Kind.ORGANIZATION and _particle_inside(name)
    }
    kept = []
    failed: list[Name] = []
    for name in names:
        if (
            len(name.words) > 1
            and name.kind is not Kind.ORGANIZATION
            and name.words[0] != name.words[0].lower()
            and name.words[0].lower() in NAME_PARTICLES
        ):
            # "Van Persie, the former forward" after "Robin van Persie", "De
            # Blasio said": a capitalised particle opening the surname
            ending = " " + " ".join([name.words[0].lower(), *name.words[1:]])
            longer = next((f for f in full if f.endswith(ending)), None) or next(
                # "Van Doorn becomes" after "Jorrit van Doorn joined": a full
                # name of unknown words that its particle confirms
                (f for f in particle_full if f.endswith(ending)),
                None,
            )
            if longer:
                kept.append(
                    dc.replace(
                        name,
                        words=longer.split(),
                        kind=Kind.PERSON,
                        confident=True,
                        rule="end of a full name",
                    )
                )
                continue
        if name.confident:
            kept.append(name)
            continue
        if (
            name.kind is Kind.PERSON
            and not any(is_given_name(w) for w in name.words)
            and (
                (
                    text.endswith("The ", 0, name.span.start)
                    and followed_by_speech(text, name.span.start, name.span.end)
                )
                # inside a sentence only a body's report: "the Beige Book
                # said"; not "the Rust Belt states", "the Strip told police"
                or (
                    text.endswith(" the ", 0, name.span.start)
                    and THE_BODY_SAID_RE.match(text, name.span.end) is not None
                )
            )
        ):
            # "The Fresno Bee reported", "the Beige Book said": no person's
            # name takes "the"; the sentence start hid it ("the-name" elsewhere)
            kept.append(dc.replace(name, kind=Kind.ORGANIZATION, rule="the-name"))
            continue
        if (
            name.kind is Kind.PERSON
            and len(name.words) > 1
            and name.words[0].lower() in PEOPLE_NOUNS
            and name.words[0].endswith("s")
            and not any(is_given_name(w) for w in name.words[1:])
            and not any(w.lower() in TITLE_WORDS for w in name.words)
            # "Senators Rubio and Cruz", "Advisors Goldman Sachs": an office
            # or a firm's role, then the names that hold it
            and not role_noun(name.words[0].lower())
            and name.words[0].lower()[:-1] not in TITLE_WORDS
            and name.words[-1] not in CAPITALISED_DAY_NAMES  # "Friends Monday"
        ):
            # "Citizens Advice said", "Veterans Aid": no person's name opens
            # with people in the plural; a body named for whom it serves
            kept.append(dc.replace(name, kind=Kind.ORGANIZATION, rule=PEOPLE_BODY_RULE))
            continue
        listed_as = name  # `_listed_with_person` finds it by identity
        if (
            len(name.words) >= 3
            and name.words[0] in PLURAL_TITLES_CAPITALISED
            and not any(
                w in NOT_NAMES
                or w in NOT_PERSON_WORDS
                or w in PLACES
                or w.lower() in ORG_WORDS
                for w in name.words[1:]
            )
        ):
            # "Councillors Dagny Halvorsen and Eero Virtanen": the office of
            # each name of the list, in the plural, opens the sentence
            rest = " ".join(name.words[1:])
            kept.append(
                dc.replace(
                    name,
                    span=Span(name.span.end - len(rest), name.span.end),
                    words=name.words[1:],
                    title=name.title or name.words[0],
                    sentence_start=False,
                    rule=f"{name.rule}, after a plural title",
                )
            )
            continue
        if len(name.words) >= 3 and _common_first_word(name, text):
            # "Actor Leonardo DiCaprio", "Conductor Marcello Viotti": a
            # common word opens the sentence before the name.
            rest = " ".join(name.words[1:])
            name = dc.replace(
                name,
                span=Span(name.span.end - len(rest), name.span.end),
                words=name.words[1:],
                title=name.title or name.words[0],
                sentence_start=False,
            )
        short = " ".join(name.words)
        longer = next((f for f in full if f.endswith(" " + short)), None)
        if longer:
            kept.append(
                dc.replace(
                    name,
                    words=longer.split(),
                    confident=True,
                    rule="end of a full name",
                )
            )
        elif _broadcaster(name, text):
            kept.append(dc.replace(name, kind=Kind.ORGANIZATION, rule=BROADCASTER_RULE))
        elif name.rule == "one word after a demonym":
            # "Brazilian Ronaldo" only when the name stands alone elsewhere:
            # "British Airways said" names a firm.
            if _alone_elsewhere(names, name):
                kept.append(dc.replace(name, rule=f"{name.rule}, confirmed"))
        elif (
            name.words[-1] in singles
            or followed_by_speech(text, name.span.start, name.span.end)
            or preceded_by_speech(text, name.span.start)
            or _person_title(names, name, text)
            or PERSON_APPOSITION_RE.match(text, name.span.end)
            or person_noun_after(text, name.span.start, name.span.end)
            or PERSON_FATE_AFTER_RE.match(text, name.span.end)
            or WHOSE_KIN_RE.match(text, name.span.end)
            # "JRR Tolkien's estate", "Kezzo Marrant's wife"; no person's
            # name takes "the"
            or (
                person_possession_after(text, name.span.end)
                and not text.endswith(("the ", "The "), 0, name.span.start)
            )
            or _dash_attribution(text, name)
            or _particle_inside(name)
            or TITLE_BEFORE_COMMA_RE.search(
                text, max(0, name.span.start - 30), name.span.start
            )
            or _of_organisation(text, name, org_starts)
            or _listed_with_person(listed, listed_as, text)
            # not the byline's title after the name ("By Ana Ruiz, Political
            # Reporter", "Staff Writer")
            or (
                _in_byline(text, name.span.start)
                and not any(
                    role_noun(w.lower())
                    or w.lower() in TITLE_WORDS
                    or w.lower() in PERSON_NOUNS
                    for w in name.words
                )
            )
            or CREDIT_AFTER_RE.match(text, name.span.end)
            or _photographer(name.span, name.words, text)
            or CREDIT_BEFORE_RE.search(
                text, max(0, name.span.start - 110), name.span.start
            )
            or AGE_BEFORE_RE.search(text, max(0, name.span.start - 14), name.span.start)
            or IDENTIFIED_AS_RE.search(
                text, max(0, name.span.start - 40), name.span.start
            )
            or PLURAL_TITLE_BEFORE_RE.search(
                text, max(0, name.span.start - 90), name.span.start
            )
        ) and not (
            (len(name.words) < 3 and _common_first_word(name, text))
            or _after_person_of(names, name, text)
            # "Residents of Baton Rouge said": the people of a place
            or PLACE_PEOPLE_BEFORE_RE.search(
                text, max(0, name.span.start - 24), name.span.start
            )
            # "The Streets, aka British rapper and songwriter,": no
            # person's name of unknown words takes "The"
            or (
                text.endswith(("The ", "the "), 0, name.span.start)
                and not any(is_given_name(w) for w in name.words)
            )
        ):
            # not "Ask Jeeves said", "Real Madrid", "Golden Globes"
            if (
                name.kind is Kind.PERSON
                and text.endswith(" and ", 0, name.span.start)
                and name.span.start - 5 in org_ends
                and not any(
                    is_given_name(w)
                    or w.lower().rstrip(".") in TITLE_WORDS
                    or w.lower() in TITLE_NOUNS
                    for w in name.words
                )
                and followed_by_speech(text, name.span.start, name.span.end)
            ):
                # "Norvane Technologies and Halvani Micro said": two firms
                # speak, no person
                kept.append(
                    dc.replace(name, kind=Kind.ORGANIZATION, rule=LISTED_WITH_ORG)
                )
                continue
            if (
                name.kind is Kind.PERSON
                and len(name.words) == 2
                and name.words[0] in org_openers
                and not name.title
                # "Sandy Phillips, who lost her daughter" beside "Sandy Hook
                # Elementary School": what only a person is
                and not PERSON_APPOSITION_RE.match(text, name.span.end)
                and not person_possession_after(text, name.span.end)
            ):
                # "Brackwell Holdings and Ostrander Packaging … the combined
                # company, which will be called Brackwell Ostrander": a firm
                # named by another firm's first word
                kept.append(
                    dc.replace(name, kind=Kind.ORGANIZATION, rule=ORG_OPENER_RULE)
                )
                continue
            kept.append(dc.replace(name, rule=f"{name.rule}, confirmed"))
        elif (
            name.kind is Kind.PERSON
            and text.endswith(" and ", 0, name.span.start)
            and name.span.start - 5 in org_ends
            and not name.title
            and not any(is_given_name(w) for w in name.words)
            and MARKET_MOVE_AFTER_RE.match(text, name.span.end)
        ):
            # "Equinor and Norsk Hydro gained": two firms' shares moved
            kept.append(dc.replace(name, kind=Kind.ORGANIZATION, rule=LISTED_WITH_ORG))
        elif (
            name.kind is Kind.PERSON
            and not name.title
            and not any(is_given_name(w) for w in name.words)
            and WHICH_AFTER_RE.match(text, name.span.end)
        ):
            # "Crystal Cruises, which operates the ship": a firm
            kept.append(dc.replace(name, kind=Kind.ORGANIZATION, rule=WHICH_RULE))
        elif name.kind is Kind.PERSON and used_as_org(
            text, name.span.start, name.span.end
        ):
            # "Octopus Energy's chief executive", "shares in Acme Foods": a
            # firm, the words no person's name the text confirms
            kept.append(dc.replace(name, kind=Kind.ORGANIZATION, rule=USED_AS_ORG))
        else:
            failed.append(name)
    return _ends_of_confirmed(failed, kept, text)


# What a body named with "the" inside a sentence says: "the Beige Book said".
THE_BODY_SAID_RE = re.compile(r"[ ](?:said|says|reported|reports)\b")


PEOPLE_BODY_RULE = "people's plural opening a body"


def _after_person_of(names: list[Name], name: Name, text: str) -> bool:
    """Whether "of" joins the name to a person named right before it.

    "said Jamie Graham of Total Film", "analyst Mike Powell of Dresdner
    Kleinwort Wasserstein says": what a person is "of" is a place or a
    body, never a second person, so a speech verb after it confirms no one.
    """
    if not text.endswith(" of ", 0, name.span.start):
        return False
    return any(
        other.span.end == name.span.start - 4
        and other.kind is Kind.PERSON
        and len(other.words) > 1
        for other in names
    )


def _with_unknown_given_name(name: Name, text: str) -> Name:
    """The name with the unknown first given name before it, if any."""
    if (opener := _unknown_given_name(name, text)) is None:
        return name
    return dc.replace(
        name,
        span=Span(name.span.start - len(opener) - 1, name.span.end),
        words=[opener, *name.words],
        title=None,
    )


def _unknown_given_name(name: Name, text: str) -> str | None:
    """A capitalised word the "given name" rule left before a known given name.

    "the case of Josué Armando Quintanilla Reyes": inside a sentence, one
    word of letters right before the first known given name of a name of
    two words or more, that is no title, honorific, place, people's
    adjective, organisation word or common word the article writes in lower
    case, is a first given name too ("Billionaire Donald Trump" opens a
    sentence; "Actor Leonardo DiCaprio" has a word the article writes), in a
    name of four words with no initial.
    """
    if name.rule != "given name" or name.sentence_start or not name.title:
        return None
    word = name.title
    if (
        " " in word
        or not word.isalpha()
        or not word[0].isupper()
        or word.isupper()
        # four words in all, none an initial: two given names and two
        # surnames ("Treasurer Peter Costello", "Presidents George W Bush",
        # "Kentuckian Rand Paul" are a title, an office, people of a place)
        or len(name.words) < 3
        or any(len(w.rstrip(".")) < 2 for w in name.words)
        or word.endswith("s")
        or word.lower() in KIN_NOUNS
        or word in ("San", "Santa", "Saint", "Los", "Las")
        or word.lower() in TITLE_WORDS
        or word.lower() in TITLE_NOUNS
        or word.lower() in HONORIFICS_LOWER
        or word.lower() in ORG_WORDS
        # "Secretary of Infrastructure, Communications and Transportation
        # Jesús Esteva Medinilla": the office's last portfolio
        or word.lower() in PORTFOLIOS
        or word in PLACES
        or word in NOT_NAMES
        or word in NOT_PERSON_WORDS
        or is_demonym(word)
        or word in PARTY_ADJECTIVES
        or not text.endswith(word + " ", 0, name.span.start)
        or writes_word(text, word.lower())
    ):
        return None
    return word


BROADCASTER_RULE = "broadcaster"
# One-word bodies whose word opens the names of their members and offices.
CHAMBERS = frozenset({"House", "Senate", "Congress", "Parliament", "Treasury"})


def _broadcaster(name: Name, text: str) -> bool:
    """Whether words no given name opens, told something or speaking, are an outlet.

    "told Sky Sports she would be back", "Tennis Channel reported": the
    speech verb that would confirm a person names the broadcaster
    (`org_nouns.BROADCAST_ENDS`).
    """
    return (
        name.kind is Kind.PERSON
        and len(name.words) > 1
        and (
            name.words[-1].lower() in org_nouns.BROADCAST_ENDS
            # "told Fox Business", "Bloomberg Politics reported": a known
            # outlet's or firm's one word opens it (not a chamber's: "House
            # Democrats said")
            or (
                len(name.words) == 2
                and name.words[0] in SINGLE_ORGS
                and name.words[0] not in CHAMBERS
            )
        )
        and not any(is_given_name(w) for w in name.words)
        and (
            preceded_by_speech(text, name.span.start)
            or followed_by_speech(text, name.span.start, name.span.end)
        )
    )


LIST_AFTER_RE = re.compile(r",?[ ]and[ ][A-Z]")


def _person_title(names: list[Name], name: Name, text: str) -> bool:
    """Whether a lower-case title before a name confirms a person.

    A role a team holds too ("former European champion Borussia Dortmund",
    `ROLE_NOUNS`) does not when the article uses the same words as an
    organisation's name elsewhere ("Shares in Borussia Dortmund").
    """
    title = _lower_title(text, name.span.start)
    if title is None:
        return False
    last = title.split()[-1].lower()
    if last not in TITLE_NOUNS and last[:-1] in TITLE_NOUNS:
        # a plural title ("deputy prosecutors Mame Niang and Nazhat Khan")
        # only before a list of names: "analysts Screen Digest" is a firm
        return bool(LIST_AFTER_RE.match(text, name.span.end))
    if last not in ROLE_NOUNS:
        return True
    return not any(
        n.words == name.words and used_as_org(text, n.span.start, n.span.end)
        for n in names
    )


def _ends_of_confirmed(failed: list[Name], kept: list[Name], text: str) -> list[Name]:
    """Names that end a full name the article confirms take that name.

    "Villegas González's family" after "Silverio Villegas González, a
    38-year-old cook," (confirmed by the apposition, not known at once), and
    "said Le Pen" after "Marine Le Pen, who": a name no rule kept, or one
    kept by a cue of its own.
    """
    confirmed = {
        " ".join(n.words)
        for n in kept
        if n.kind is Kind.PERSON
        and len(n.words) > 2
        # "Actress Amandla Stenberg": a title or a common word first
        and n.words[0].lower() not in TITLE_NOUNS
        and not _common_first_word(n, text)
    }
    if not confirmed:
        return kept
    kept = [
        _end_of(n, confirmed) if n.rule.endswith(", confirmed") else n for n in kept
    ]
    ends = [_end_of(n, confirmed) for n in failed if n.kind is Kind.PERSON]
    ends = [n for n in ends if n.rule == "end of a full name"]
    return sorted(kept + ends, key=lambda n: n.span.start) if ends else kept


def _end_of(name: Name, confirmed: set[str]) -> Name:
    """The name as the confirmed full name it ends, if one does."""
    short = " " + " ".join(name.words)
    longer = next((f for f in confirmed if f.endswith(short)), None)
    if longer is None:
        return name
    return dc.replace(
        name, words=longer.split(), confident=True, rule="end of a full name"
    )


def _common_first_word(name: Name, text: str) -> bool:
    """Whether a name's first word is a common word the article writes in lower case.

    "Ask Jeeves", "Real Madrid", "Golden Globes", "Mobile TV": not a given
    name, and the article writes "ask", "real", "golden", "mobile" too.
    """
    first = name.words[0]
    return (
        first.isalpha()
        and first.lower() not in NAME_PARTICLES  # "De Blasio", "Van Hollen"
        and not is_given_name(first)
        and writes_word(text, first.lower())
    )


# "Homan's deputy, Marcos Charles,", "His wife, Jennifer Vasquez Sura,": a
# title noun or a kin noun, then the name between commas.
TITLE_BEFORE_COMMA_RE = re.compile(
    rf"\b(?:{'|'.join(sorted((TITLE_NOUNS - {'staff', 'chief', 'host'}) | KIN_NOUNS))})"
    r",[ ]$"
)
OF_RE = re.compile(r"[ ]of[ ](?:the[ ])?")


def _plural(noun: str) -> str:
    """A title noun's plural ("senators", "secretaries", "congressmen")."""
    if noun.endswith(("man", "woman")):
        return noun[:-2] + "en"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    return noun + "s"


# Offices named in the plural before a list of people: "Councillors Dagny
# Halvorsen and Eero Virtanen", "senators Pekka Laine, Aino Korhonen and
# Jo Sand": each name of the list holds the office. Offices only: not the
# roles of the arts, which bands hold too ("US rappers Beastie Boys"), nor
# those a firm holds ("analysts Gartner and IDC": `FIRM_ROLES`), nor the
# press ("Reporters Without Borders").
PLURAL_TITLES = sorted(
    {
        _plural(noun)
        for noun in OFFICE_WORDS
        - FIRM_ROLES
        - {"editor", "publisher", "anchor", "correspondent", "columnist"}
        - {"commentator", "founder", "counsel", "trustee"}
        - {"staff", "chief", "host", "acting", "under", "special", "general"}
        - {"vice", "press", "prime", "deputy", "chair", "star", "leader"}
        if noun.isalpha()
    }
)
PLURAL_TITLES_CAPITALISED = frozenset(t.capitalize() for t in PLURAL_TITLES)
LISTED_NAME = r"[A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*){0,3}"
PLURAL_TITLE_BEFORE_RE = re.compile(
    rf"(?:^|(?<=[^\w-]))(?:{'|'.join(t.capitalize() + '|' + t for t in PLURAL_TITLES)})"
    rf"[ ](?:{LISTED_NAME}(?:,[ ]|,?[ ]and[ ]))*$"
)
# An age written before a name: "killed 40-year-old Terence Crutcher".
AGE_BEFORE_RE = re.compile(r"\b\d{1,3}-year-old[ ]$")
# A byline: a short line that opens with "By" ("By Ana Ruiz and Tom Lee").
BYLINE_MAX = 150
# A wire story's credits: "(Reporting by Ana Ruiz in Warsaw and Foo Yun Chee
# in Brussels; Editing by Jan Harvey)", every name up to the semicolon.
CREDIT_BEFORE_RE = re.compile(
    r"\b(?:reporting|editing|writing|reported|written|edited|compiled)[ ]by[ ]"
    r"(?:[^;()\n]{0,90}(?:,|[ ]and))?[ ]?$",
    re.IGNORECASE,
)


# A credit line after the names: "Shelby Talcott contributed reporting.",
# "Ana Ruiz, Tom Lee and Jo Sand contributed to this report.", and a wire's
# "Associated Press writers Illia Novikov in Kyiv and Ken Moritsugu in
# Beijing contributed." (each name may say where it wrote from; a bare
# "contributed." ends its paragraph).
CREDITED_NAME = r"[A-Z][\w’'.-]+(?:[ ][A-Z][\w’'.-]+){0,3}"
CREDIT_PLACE = r"(?:[ ]in[ ][A-Z][\w’'.-]+(?:[ ][A-Z][\w’'.-]+)?)?"
CREDIT_AFTER_RE = re.compile(
    rf"{CREDIT_PLACE}(?:(?:,[ ]{CREDITED_NAME}{CREDIT_PLACE})*,?[ ]and[ ]"
    rf"{CREDITED_NAME}{CREDIT_PLACE})?[ ]contributed"
    r"(?:[ ]reporting|[ ]to[ ]th(?:is|e)[ ](?:report|story|article)|[ ]from[ ][A-Z]"
    r"|[.](?:\n|$))"
)


ORG_OPENER_RULE = "opened by an organisation's word"


def _in_byline(text: str, at: int) -> bool:
    """Whether a position is inside a byline line ("By Ana Ruiz and Tom Lee")."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    if not text.startswith("By ", line_start) or line_end - line_start > BYLINE_MAX:
        return False
    # "By Saturday afternoon the field had turned", "By March", "By then":
    # a sentence's opening, no byline ("By April Ryan" is one)
    first = text[line_start + 3 : line_end].partition(" ")[0].rstrip(",")
    return (
        first[:1].isupper()
        and first not in NOT_NAMES
        and not (
            first in CAPITALISED_DAY_NAMES and first.lower() not in AMBIGUOUS_MONTHS
        )
    )


def _of_organisation(text: str, name: Name, org_starts: set[int]) -> bool:
    """Whether an organisation's name follows "of" right after a name."""
    match = OF_RE.match(text, name.span.end)
    return match is not None and match.end() in org_starts


def _dash_attribution(text: str, name: Name) -> bool:
    """Whether a name follows a dash after a quotation and ends its line."""
    return bool(
        ATTRIBUTION_DASH_RE.search(text, max(0, name.span.start - 4), name.span.start)
    ) and text[name.span.end : name.span.end + 1] in ("\n", "", " ")


LIST_JOINS = frozenset({", ", " and ", ", and "})


def _listed_with_person(listed: list[Name], name: Name, text: str) -> bool:
    """Whether a name stands in a list of names with a known person.

    "Jolene Byrne, Maria McCambridge and Fionnualla Britton": the list is of
    people when one of its names is a person by a known given name or a
    title, reached through names that read as people's; the others, of two
    words or more, are people too. Not across an organisation ("Donald
    Trump, Fox News and Morning Joe"), nor a name with a word that is no
    given name and that the article also writes in lower case ("Planned
    Parenthood" where "planned" is written, "Great Recession"): a thing's
    name, not a person's. `listed` holds the article's names of two words or more in
    text order.
    """
    if len(name.words) < 2 or (
        # "ambassador to the Holy See, Frances Collins": no person's name
        # takes "the" without a given name
        text.endswith("the ", 0, name.span.start)
        and not any(is_given_name(w) for w in name.words)
    ):
        return False
    i = bisect.bisect_left([n.span.start for n in listed], name.span.start)
    while listed[i] is not name:
        i += 1
    known = False
    for step in (-1, 1):
        k = i
        while not known and 0 <= k + step < len(listed):
            a, b = sorted((listed[k], listed[k + step]), key=lambda n: n.span.start)
            if text[a.span.end : b.span.start] not in LIST_JOINS:
                break
            k += step
            if listed[k].kind is not Kind.PERSON:
                break  # "Donald Trump, Fox News and Morning Joe"
            known = listed[k].confident
    return known and not any(
        writes_word(text, w.lower())
        for w in name.words
        if w.isalpha() and not is_given_name(w) and w not in NAME_PARTICLES
    )


# A run that fills a pair of quotation marks (after "The" or "A" inside them).
QUOTE_BEFORE_RE = re.compile(r"[“\"](?:The[ ]|A[ ])?$")
QUOTE_AFTER_RE = re.compile(r"[,.!?]?[”\"]")
# A broadcaster's possessive before a programme's title: "NBC's", "Fox
# News'", "CBS’s “".
PROGRAMME_BEFORE_RE = re.compile(r"(?:[A-Z]{2,5}[’']s|News[’']s?)[ ][“\"]?$")


def _work_title(run: Run, text: str) -> bool:
    """Whether a run is the title of a work, named before what it is.

    A run in quotation marks of its own, with no given name nor
    organisation word ('"The Bear" star'). "the drama Vera Drake," (after a noun for a work, before a stop), "the
    Harry Potter books", "his James Bond films" (after a determiner,
    before a noun for a work: `lexicon.WORK_NOUNS`), "Harry Potter author
    JK Rowling" (before a role in a work and a name). Not "Peter Smith
    books a table" (no determiner) nor "Smith's book" (a possessive).
    """
    before = text[max(0, run.span.start - 5) : run.span.start]
    if "the" in run.words[1:-1] and (
        PROGRAMME_BEFORE_RE.search(text, max(0, run.span.start - 14), run.span.start)
        or (QUOTE_BEFORE_RE.search(before) and QUOTE_AFTER_RE.match(text, run.span.end))
    ):
        # "NBC's Meet the Press", 'told "Face the Nation"': a programme whose
        # title is a phrase ("the" inside it), after its broadcaster or in
        # quotes, not an organisation
        return True
    if (
        ("“" in before or '"' in before)
        and QUOTE_BEFORE_RE.search(before)
        and QUOTE_AFTER_RE.match(text, run.span.end)
        and (len(run.words) > 1 or text[run.span.start - 4 : run.span.start] == "The ")
        and not any(is_given_name(w) for w in run.words)
        and not any(w.lower() in ORG_WORDS for w in run.words)
    ):
        # '"The Bear" star', 'on "The Apprentice"', 'the "Never Trump"
        # movement': a title in quotes; not '"The Wall Street Journal"
        # wrote' (a paper), '"Ted Cruz" pins' (a person's name)
        return True
    if len(run.words) < 2 or run.words[-1].endswith(("’s", "'s")):
        return False
    if " ".join(run.words) in KNOWN_ORG_NAMES:
        return False  # "The All Blacks play the Wallabies": a verb after a team
    if WORK_NOUN_BEFORE_RE.search(
        text, max(0, run.span.start - 16), run.span.start
    ) and TITLE_END_RE.match(text, run.span.end):
        return True  # "the abortion drama Vera Drake, adding to"
    after = WORK_NOUN_AFTER_RE.match(text, run.span.end)
    if after is None:
        return False
    if (
        after.group() in (" play", " plays")
        and run.words[-1].endswith("s")
        and any(n.kind is Kind.ORGANIZATION for n in classify(run))
    ):
        return False  # "The Dallas Cowboys play the Giants": a team's verb
    if after.group().endswith(" "):
        return True  # a role in a work, then a name
    return bool(
        WORK_DETERMINER_RE.search(text, max(0, run.span.start - 30), run.span.start)
    )


def _alone_elsewhere(names: list[Name], name: Name) -> bool:
    """Whether another one-word mention writes the same word as `name`."""
    return any(
        n is not name and n.words == name.words and n.rule != name.rule for n in names
    )


# An office held in an organisation, then the organisation: "chief executive
# of Democracy Forward", "the founder of Rivian", "a staff attorney at the
# ACLU". Not "a lawyer for Ana Ruiz" (clients are people), nor a place
# ("the mayor of Chicago", "a teacher at Paramount": `PLACES`), nor a
# possessor ("the head of Trump's transition"). Looked up as words, not by
# a regular expression: every run is asked.
OFFICES_OF = frozenset(
    """
chief executive|executive director|director|president|chairman|chairwoman|chair
|co-founder|founder|head|leader|spokesman|spokeswoman|spokesperson|member|members
|general counsel
""".replace("\n", "").split("|")
)
OFFICES_AT = frozenset(
    """
analyst economist strategist professor lecturer researcher fellow director executive
lawyer attorney counsel editor reporter correspondent columnist producer engineer
banker partner trader consultant manager official organizer organiser volunteer
""".split()
)
# Last words of a place's name: "Jefferson County", "Quezon City".
PLACE_ENDINGS = frozenset({"County", "City", "Province", "Island", "Islands", "Parish"})


# What follows an organisation's whole name: a stop or a word of the clause,
# not a noun it qualifies ("leader of the Democratic caucus", "a member of
# the Kennedy clan", "head of the Cleveland 2016 Host Committee").
NAME_END_RE = re.compile(
    r"[ ]?(?:[,.;:!?)—–]|$)|[ ](?:in|at|and|or|said|says|which|who|that|to|for|on"
    r"|from|with|since|until|when|where|is|was|has|had)\b"
    # not a name cut at a joiner ("the Coalition to Stop Trump")
    r"(?![ ](?:the[ ])?[A-Z])"
)


def _office_of(run: Run, text: str) -> bool:
    """Whether a run follows an office in an organisation (`OFFICES_OF`)."""
    before = text[max(0, run.span.start - 10) : run.span.start]
    if not before.endswith(
        (" of ", " at ", " with ", " of the ", " at the ", " with the ")
    ):
        return False
    words = text[max(0, run.span.start - 40) : run.span.start].split()
    if words[-1] == "the":
        words.pop()
    offices = OFFICES_OF if words[-1] == "of" else OFFICES_AT
    # "an analyst at Allianz", "Lawyers with Nebraska Appleseed": also in
    # the plural, and capitalised opening a sentence
    held = words[-2] if len(words) > 1 else ""
    if words[-1] != "of":
        held = held.lower()
        # the plural before a name of two words or more: "analysts at
        # Goldman" is the firm "Goldman Sachs" the article names in full
        if held.endswith("s") and held[:-1] in offices and len(run.words) > 1:
            held = held[:-1]
    return (
        len(words) > 1
        and (
            held.rpartition("-")[2] in offices  # "vice-president of"
            or held in offices
            or " ".join(words[-3:-1]) in offices
        )
        and NAME_END_RE.match(text, run.span.end) is not None
        and len(run.words[0]) > 1  # "the D.C.-based institute"
        and not run.words[-1].endswith(("’s", "'s"))
        and " ".join(run.words) not in PLACES
        # "an officer at Benghazi"; a place may open a body's name
        # ("Lawyers with Nebraska Appleseed")
        and (run.words[0] not in PLACES or len(run.words) > 1)
        and run.words[-1] not in PLACE_ENDINGS
        and run.words[0] not in NOT_ORG_ACRONYMS
        and not is_demonym(run.words[0])
    )


def _after_title(run: Run, text: str) -> list[Name]:
    """A person a lower-case title names, whose first word is a common word too.

    "chief executive Christian Sewing": no rule of `classify` takes a name
    that opens with a word of `lexicon.NOT_PERSON_WORDS`; the title before
    it does. Not a place or a body ("leader Christian Democrats").
    """
    words = run.words
    if not (
        2 <= len(words) <= 3
        and all(w.isalpha() and w[:1].isupper() for w in words)
        and words[0] not in PLACES
        and words[0].lower() not in ORG_WORDS
        and not any(
            w in PLACES or w in NOT_PERSON_WORDS or w.lower() in ORG_WORDS
            for w in words[1:]
        )
    ):
        return []
    title = _lower_title(text, run.span.start)
    if title is None:
        return []
    return [
        Name(
            run.span,
            words,
            Kind.PERSON,
            title,
            run.sentence_start,
            rule="name after a title",
        )
    ]


# What follows a product's name, not a firm's: "PlayStation 3", "the MyDoom
# virus", "the AutoLink button", "EastEnders star".
PRODUCT_AFTER_RE = re.compile(
    r"[ ](?:\d|(?:console|consoles|game|games|virus|worm|button|feature|handheld"
    r"|soap|star|actor|actress|portable|device|devices|phone|phones|project|bug"
    r"|film|programme|program|show|series)\b)"
)
POSSESSIVE_BEFORE = ("’s ", "'s ", "s’ ", "s' ")


def _product(run: Run, text: str) -> bool:
    """Whether a camel-case word names a product or a handle, not a firm.

    A number or a product's noun after it, a maker's possessive before it
    ("Sony's PlayStation"), or "@"/"#" ("@HillaryClinton", "#NeverTrump").
    """
    return (
        PRODUCT_AFTER_RE.match(text, run.span.end) is not None
        or text[max(0, run.span.start - 3) : run.span.start] in POSSESSIVE_BEFORE
        or text[run.span.start - 1 : run.span.start] in ("@", "#")  # a handle
    )


# What joins the names of a list: "Pfizer, GlaxoSmithKline and Eli Lilly".
LIST_JOIN_RE = re.compile(r",?\s(?:and\s|or\s)?")


def _listed_with_org(found_by_run: list[list[Name]], i: int, text: str) -> bool:
    """Whether the brand of run `i` is listed next to another organisation.

    "Pfizer, GlaxoSmithKline, Johnson & Johnson", "HSBC and UniCredit": the
    name beside it is an organisation by a rule of its own, not a brand.
    """
    brand = found_by_run[i][0].span
    for j in (i - 1, i + 1):
        if not 0 <= j < len(found_by_run) or not found_by_run[j]:
            continue
        near = found_by_run[j][-1] if j < i else found_by_run[j][0]
        first, second = (near.span, brand) if j < i else (brand, near.span)
        if (
            near.kind is Kind.ORGANIZATION
            and near.rule != CAMEL_CASE_RULE
            and second.start - first.end <= 6
            and LIST_JOIN_RE.fullmatch(text, first.end, second.start) is not None
        ):
            return True
    return False


def _shared_surnames(names: list[Name], text: str) -> list[Name]:
    """A given name before "and" and a full name shares its surname.

    "Donald and Ivana Trump", "Bill and Hillary Clinton": the first is
    Donald Trump, a person of the article's full names like any other. Not
    a given name that opens a full name of the article with another surname
    ("Hillary and Tim Kaine" beside Hillary Clinton), nor after "the" ("the
    Jesus and Mary Chain": a band).
    """
    pairs = [
        i
        for i, (name, after) in enumerate(itertools.pairwise(names))
        if after.span.start == name.span.end + 5
        and text.startswith(" and ", name.span.end)
        and len(name.words) == 1
        and name.kind is not Kind.ORGANIZATION
        and after.kind is Kind.PERSON
        and len(after.words) == 2
        and is_given_name(name.words[0])
        and is_given_name(after.words[0])
        and not text.endswith(("the ", "The "), 0, name.span.start)
    ]
    if not pairs:
        return names  # most articles: the quick look
    openings: dict[str, set[str]] = {}
    for n in names:
        if n.kind is Kind.PERSON and len(n.words) > 1:
            openings.setdefault(n.words[0], set()).add(n.words[-1])
    for i in pairs:
        given, surname = names[i].words[0], names[i + 1].words[1]
        if openings.get(given, set()) <= {surname}:
            names[i] = dc.replace(
                names[i],
                words=[given, surname],
                kind=Kind.PERSON,
                rule="given name before a shared surname",
            )
    return names


def _foreign_acronym(run: Run, text: str) -> bool:
    """Whether a name is followed by an acronym of other words in parentheses.

    "Alternative for Germany (AfD)", "Law and Justice (PiS)", "Doctors
    Without Borders (MSF)": a body named in English, abbreviated in its own
    language. Not a person's name ("Maria Lopez (ML)").
    """
    if not text.startswith(" (", run.span.end) or len(run.words) < 2:
        return False  # most runs: the quick look
    if is_given_name(run.words[0]):
        return False
    match = PAREN_ACRONYM_RE.match(text, run.span.end)
    if match is None:
        return False
    acronym, letters = match.group(1), initials(run.words)
    if len(acronym) < 3 or acronym in PLACES:
        return False  # "Venus Williams (US)", "J Fourie (SA)": a country
    if acronym.endswith(letters) or text.endswith((" and ", " of "), 0, run.span.start):
        # "… of Professional and Technical Engineers (IFPTE)", "Conference
        # of Postal and Telecommunications Administrations (CEPT)": a tail
        return False
    # Not "Trans-Pacific Partnership (TPP)", "Freedom of Information Act
    # (FOIA)": English initials read another way
    return not acronym.isupper() or acronym[0] not in letters


# "told the Guardian", "seen by the Herald", "according to the Times": a
# cue of telling or reporting, then "the" right before the outlet's word.
OUTLET_CUE_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(map(re.escape, outlets.CUES_BEFORE)))})[ ]the[ ]$"
)
OUTLET_RULE = "outlet after the"


def _outlet(run: Run, text: str) -> Name | None:
    """A newspaper named by one word after "the" ("told the Guardian").

    The word names an outlet when a cue of telling or reporting is written
    before "the", a possessive or a speech verb after it ("the Observer's
    critic", "The Times reported"), or when it names nothing else after
    "the" (`outlets.NAMES_ALONE`: "The Guardian has learned"); not "The
    Sun rose".
    """
    if len(run.words) != 1:
        return None
    word = run.words[0].removesuffix("’s").removesuffix("'s")
    start = run.span.start
    # "The" opening a sentence is the title's too ("The Guardian said")
    the = "The " if run.sentence_start else "the "
    if word not in outlets.NEWSPAPER_WORDS or text[start - 4 : start] != the:
        return None
    end = start + len(word)
    if not (
        word in outlets.NAMES_ALONE
        or OUTLET_CUE_RE.search(text, max(0, start - 40), start)
        or text.startswith(("’s", "'s"), end)
        or followed_by_speech(text, start, end)
    ):
        return None
    words = [word]
    if text.startswith(" on Sunday", end) and not run.words[0].endswith("s"):
        # "the Mail on Sunday", "the Independent on Sunday": one title
        words += ["on", "Sunday"]
        end += len(" on Sunday")
    return Name(Span(start, end), words, Kind.ORGANIZATION, rule=OUTLET_RULE)


# Lower-case words after a party's adjective up to a capital: "Tory peer
# Lord Brewster", "Republican presidential nominee Donald Trump".
# A possessive, then a name of two capitalised words or more: "Reform's Zia Yusuf".
PARTY_MEMBER_AFTER_RE = re.compile(rf"[’']s[ ][{NAME_UPPER}][a-z]+[ ][{NAME_UPPER}]")
LOWER_TITLE_AFTER_RE = re.compile(r"[ ]((?:[a-z][a-z-]*[ ]){1,3})(?=[A-Z])")
PARTY_TITLE_WORDS = (TITLE_WORDS | PARTY_ROLES) - VIEW_ROLES
# "the leading Republican candidates for president Thursday": no one's title
TITLE_PREPOSITIONS = frozenset("for of in on at to with by under from".split())


def _party_before_lower_title(run: Run, text: str) -> Name | None:
    """A party's adjective before a member's title in lower case and a name.

    "Tory peer Lord Brewster", "Democratic congresswoman Alma Kessler": the
    party, as a title in capitals makes it (`classify.party_before_title`);
    so is its possessive before a name of two capitalised words ("Reform's
    Zia Yusuf"); not "Republican senators said" (no name
    follows) nor "a Republican".
    """
    if " ".join(run.words) not in PARTY_ADJECTIVES:
        return None
    if PARTY_MEMBER_AFTER_RE.match(text, run.span.end, run.span.end + 50):
        # "Reform's Zia Yusuf", "Green's Carla Denyer": the party's member
        return Name(run.span, run.words, Kind.ORGANIZATION, rule=PARTY_RULE)
    after = LOWER_TITLE_AFTER_RE.match(text, run.span.end, run.span.end + 50)
    if after is None:
        return None
    lower = after.group(1).split()
    if lower[-1] not in PARTY_TITLE_WORDS or not TITLE_PREPOSITIONS.isdisjoint(lower):
        return None
    return Name(run.span, run.words, Kind.ORGANIZATION, rule=PARTY_RULE)


def _around_nickname(run: Run, names: list[Name]) -> list[Name]:
    """The names of a run with a nickname inside, their spans where their words are.

    `classify` counts a name's start back from the run's end by the length
    of its words ('Sen. Robert "Bobby" Scott' → Robert Scott), which the
    nickname inside lengthens: the name starts at its first word.
    """
    if run.nickname is None:
        return names
    starts = run.word_starts()
    return [
        dc.replace(
            name, span=Span(starts[len(run.words) - len(name.words)], name.span.end)
        )
        if name.span.end == run.span.end and len(name.words) <= len(run.words)
        else name
        for name in names
    ]


LETTERS_RULE = "letters and a name"
# Who a name is said to be: "was identified as Oyelaran Bakare", "police
# named the victim as Teodora Vlasic".
IDENTIFIED_AS_RE = re.compile(
    r"(?<![Ff]irm[ ]was[ ])(?<![Cc]ompany[ ]was[ ])(?<![Gg]roup[ ]was[ ])"
    r"\b(?:identified"
    r"|(?:identified|named)[ ](?:him|her|the[ ](?:[a-z]+[ ])?(?:"
    + "|".join(
        sorted(PERSON_NOUNS | {"victim", "suspect", "agent", "officer", "driver"})
    )
    + r")))[ ]as[ ]$"
)
# A preposition of where one works, right before a firm's name: "an
# assistant at PSV Eindhoven", "an economist with ABN Amro".
EMPLOYER_BEFORE_RE = re.compile(r"\b(?:at|with|from|for|of|joined|joins|left)[ ]$")


def _letters_and_name(run: Run, text: str) -> bool:
    """Whether a run is a firm's or a club's letters and a name after "at", "with", ….

    "at PSV Eindhoven", "with ABN Amro", "of BNP Paribas": three capitals
    or more and one capitalised word that is no given name, place, title,
    weekday, month or event's word; not elsewhere, where three capitals
    may be initials ("JRR Tolkien's trilogy") or the name a product's
    ("the GMC Savana").
    """
    words = run.words
    if len(words) != 2:
        return False
    first, second = words
    return (
        len(first) >= 3
        and first.isalpha()
        and is_acronym(first)
        and first not in PLACES
        and second.isalpha()
        and second[1:].islower()
        and not is_given_name(second)
        and second not in PLACES
        and second not in NOT_PERSON_WORDS
        and second not in CAPITALISED_DAY_NAMES
        and second.lower() not in TITLE_WORDS
        and second.lower() not in EVENT_WORDS
        # "at RAF Fairford", "aboard HMS Belfast": a base, a ship
        and first not in ("RAF", "HMS", "USS", "HMAS", "HMCS")
        and not writes_word(text, second.lower())  # "from CNN Clip": a clip
        and EMPLOYER_BEFORE_RE.search(text, max(0, run.span.start - 8), run.span.start)
        is not None
    )


# An organisation noun, then a capitalised word: the noun opens that name
# ("group Rank", "newspaper Nihon Keizai Shimbun").
ORG_NOUN_THEN_NAME_RE = re.compile(
    rf"[ ](?:{'|'.join(sorted(w for w in org_nouns.BEFORE if ' ' not in w))})[ ][A-Z]"
)


def _modifies_org_noun(run: Run, text: str) -> bool:
    """Words opening a sentence that say what kind of body the next name is.

    "Leisure group Rank", "Financial newspaper Nihon Keizai Shimbun", "Human
    Rights group Liberty": capitalised because they open the sentence, no
    name (not a known body's or an acronym: "Virgin group", "BBC website").
    """
    return (
        run.sentence_start
        and len(run.words) <= 2
        and ORG_NOUN_THEN_NAME_RE.match(text, run.span.end) is not None
        and not any(w in SINGLE_ORGS or is_acronym(w) for w in run.words)
    )


# "of the Wiper party", "the Tisza party's leader": a party named before the
# noun in lower case.
PARTY_AFTER_RE = re.compile(r"[ ]party\b(?!-goer)")


def _party_by_name(run: Run, text: str) -> bool:
    """One word between "the" and "party" that names the party ("the Wiper party").

    Not a place, a people, a party's adjective, a given name, a holiday or a
    word the article writes in lower case ("the Republican party", "the
    Christmas party"); a named group is found as one ("the Donner party").
    """
    word = run.words[0]
    return (
        len(run.words) == 1
        and text.endswith("the ", 0, run.span.start)
        and PARTY_AFTER_RE.match(text, run.span.end) is not None
        and word not in PLACES
        and word not in PARTY_ADJECTIVES
        and word not in NOT_NAMES
        and word not in CAPITALISED_DAY_NAMES
        and word not in NOT_PERSON_WORDS  # "the Christmas party"
        and not is_demonym(word)
        and not is_given_name(word)
        and not writes_word(text, word.lower())
    )


def _with_org_nouns(runs: list[Run], text: str) -> list[Name]:
    """Classify the runs; a name an organisation noun marks is an organisation.

    Marked once ("net monitoring firm Netcraft", "a company called Akamai",
    "the Kommersant newspaper"), the same words are an organisation in every
    run of the article ("Netcraft said"). Not a person found by a title or a
    known given name ("company chairman John Smith"), nor the surname of one.
    """
    marked = {
        " ".join(run.words)
        for run in runs
        if (
            org_noun_before(text, run.span.start)
            or ORG_NOUN_AFTER_RE.match(text, run.span.end)
            or LEGAL_FORM_AFTER_RE.match(text, run.span.end)
            or _credit_agency(run, text)
            or _office_of(run, text)
            or _foreign_acronym(run, text)
            or _party_by_name(run, text)
            or (
                FIRM_ROLES_BEFORE_RE.search(
                    text, max(0, run.span.start - 14), run.span.start
                )
                is not None
                and not is_given_name(run.words[0])
            )
            or (
                text.startswith((", a", ", the "), run.span.end)
                and (apposed := ORG_APPOSITION_RE.match(text, run.span.end)) is not None
                # "A.B. Carvell, a former regulator": initials and a surname
                # are a person's name before a noun for a person too (not
                # "L.H. Meyer, a research firm")
                and not (
                    opens_with_initials(run.words)
                    and any(
                        w in org_nouns.PERSON_TOO
                        for w in apposed.group().strip(",.;: ").split()
                    )
                )
                # not "Thousands of Oromos," nor "National Director of The
                # Remembrance Project,": people, or a title with its body
                and run.words[0].lower() not in PEOPLE_NOUNS
                and not any(w.lower() in TITLE_WORDS for w in run.words)
            )
        )
        # "the Washington cartel", "a Libyan militia": a place or its people
        and " ".join(run.words) not in PLACES
        and not is_demonym(run.words[0])
    } | {
        " ".join(run.words)
        for run in runs
        if len(run.words) > 1
        and not is_given_name(run.words[0])
        and SPOKESPERSON_FOR_RE.search(
            text, max(0, run.span.start - 40), run.span.start
        )
        # not a part of a longer name: "European Justice and Home Affairs
        # Commissioner", "the Information Commissioner's Office", "the World
        # Summit on the Information Society"
        and not NAME_GOES_ON_RE.match(text, run.span.end)
    }
    found_by_run = [
        _around_nickname(
            run,
            []
            if _work_title(run, text) or _modifies_org_noun(run, text)
            else (classify(run) or _after_title(run, text)),
        )
        for run in runs
    ]
    # "Thames Water", "Tyson Foods" are companies by their last word, but
    # "Open Water" (a film) and "Spilled Water" (a book) open with a word the
    # article writes in lower case: a title, no company
    found_by_run = [
        [
            n
            for n in found
            if not (
                n.rule == "organisation words"
                and n.words[-1].lower() in COMPANY_LAST_NOUNS
                and _common_first_word(n, text)
            )
        ]
        for found in found_by_run
    ]
    lettered = {" ".join(run.words) for run in runs if _letters_and_name(run, text)}
    marked |= lettered
    # "the Bush website": the surname of a person the article names in full
    # ("George W Bush") stays that person.
    marked -= {
        n.words[-1]
        for found in found_by_run
        for n in found
        if n.kind is Kind.PERSON and len(n.words) > 1 and is_given_name(n.words[0])
    }
    # A brand is a firm in the article once one mention says so ("a YouGov
    # poll"); "EastEnders", "the PlayStation" alone name no firm.
    firms = {
        found[0].words[0]
        for i, found in enumerate(found_by_run)
        if found
        and found[0].rule == CAMEL_CASE_RULE
        and (
            is_initialism(found[0].words[0])
            or firm_evidence(found[0].span, text)
            or _listed_with_org(found_by_run, i, text)
        )
    }
    names: list[Name] = []
    for run, found in zip(runs, found_by_run, strict=True):
        if outlet := _outlet(run, text):
            names.append(outlet)
            continue
        if all(n.kind is not Kind.ORGANIZATION for n in found) and (
            party := _party_before_lower_title(run, text)
        ):
            # "Lib Dem leader Ed Davey": no person "Lib Dem"
            names.append(party)
            continue
        if (
            found
            and found[0].rule == CAMEL_CASE_RULE
            and (_product(run, text) or found[0].words[0] not in firms)
        ):
            found = [dc.replace(found[0], kind=None, rule="one word")]
        if (
            len(run.words) > 1
            and run.words[0] in marked
            and all(n.kind is Kind.PERSON and n.title is None for n in found)
        ):
            # "car maker Mercedes … its Mercedes Smart range": a firm's name
            # opens the run, which names a product, not a person.
            found = []
        if (
            " ".join(run.words) in marked
            # "Union Minister for Road Transport": a title after "Union"
            and run.words[0].lower().rstrip(".") not in TITLE_WORDS
            and not any(
                n.kind is Kind.PERSON
                and (n.rule in ("title", "given name") or is_given_name(n.words[0]))
                for n in found
            )
            and not (len(found) == 1 and found[0].kind is Kind.ORGANIZATION)
        ):
            # "Shares of Acme Widgets, Inc.": the one name read after "of"
            # ends the run and is the organisation, without the measure
            whole = (
                len(found) != 1
                or found[0].span.end != run.span.end
                or not text.endswith(" of ", 0, found[0].span.start)
            )
            found = [
                Name(
                    run.span if whole else found[0].span,
                    run.words if whole else found[0].words,
                    Kind.ORGANIZATION,
                    sentence_start=run.sentence_start
                    if whole
                    else found[0].sentence_start,
                    rule=LETTERS_RULE
                    if " ".join(run.words) in lettered
                    else "organisation noun",
                )
            ]
        names.extend(found)
    return names


def _variants(names: list[Name]) -> list[Name]:
    """Give a shorter spelling the name of the one longer name it abbreviates.

    A person named by first and last name only takes the full name with
    middle names, when the article writes exactly one ("Robert Prevost" ->
    Robert Francis Prevost); an organisation named by the last words of a
    longer name takes it, when exactly one longer name ends so ("Catholic
    Church" -> Roman Catholic Church, "Immigration Council" -> American
    Immigration Council).
    """
    people: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    orgs: dict[str, set[tuple[str, ...]]] = {}
    """Organisation names by their last word."""
    for name in names:
        if name.kind is Kind.PERSON and len(name.words) > 2:
            key = (name.words[0], name.words[-1])
            people.setdefault(key, set()).add(tuple(name.words))
        elif name.kind is Kind.ORGANIZATION and len(name.words) > 1:
            orgs.setdefault(name.words[-1], set()).add(tuple(name.words))
    if not people and all(len(same) < 2 for same in orgs.values()):
        return names
    out = []
    for name in names:
        words = tuple(name.words)
        longer: set[tuple[str, ...]] = set()
        if name.kind is Kind.PERSON and len(words) == 2:
            longer = people.get((words[0], words[1]), set())
        elif name.kind is Kind.ORGANIZATION and len(words) > 1:
            n = len(words)
            same_end = orgs.get(words[-1], set())
            longer = {
                o
                for o in same_end
                if len(o) > n and o[-n:] == words and o[:-n] != ("The",)
            }  # "The Washington Post" adds nothing to "Washington Post"
        if len(longer) == 1:
            name = dc.replace(name, words=list(next(iter(longer))), rule="variant")
        out.append(name)
    return out


def _paren_acronyms(names: list[Name], text: str, joiner: Joiner) -> None:
    """Match "Associated Press (AP)": the acronym in parentheses names the organisation."""
    for name in names:
        if name.kind is Kind.ORGANIZATION and len(name.words) > 1:
            match = PAREN_ACRONYM_RE.match(text, name.span.end) or (
                # "Immigration and Customs Enforcement (Ice)", "(Nato)": an
                # acronym written as a word, as some outlets do, when its
                # letters are the name's initials
                (word := PAREN_WORD_RE.match(text, name.span.end))
                and word.group(1).upper() == initials(name.words)
                and word
            )
            if match:
                joiner.orgs_by_initials.setdefault(match.group(1), " ".join(name.words))
                joiner.spelled_out.setdefault(match.group(1), " ".join(name.words))
            elif (
                (short := PAREN_SHORT_RE.match(text, name.span.end))
                and short.group(1) not in PLACES
                and not is_given_name(short.group(1))
            ):
                # "the Mexican Employers' Confederation (Coparmex)": the short
                # name it goes by, in its own language
                joiner.short_names.setdefault(short.group(1), " ".join(name.words))


# Firms named after a place that "the" names ("the Amazon" is the river or
# the forest).
PLACE_NAMESAKES = frozenset({"Amazon"})
THE_PLACE_RE = re.compile(
    r"\b[Tt]he[ ](" + "|".join(sorted(PLACE_NAMESAKES)) + r")\b(?![’']|[ ][A-Z])"
)


def _without_place_namesakes(
    mentions: list[tuple[EntityMention, str]], text: str
) -> list[tuple[EntityMention, str]]:
    """Drop a firm named like a place where the article writes the place.

    "protect the Amazon", "a new Amazon fund" in an article that writes "the
    Amazon" and never uses the word as a company's ("Amazon said its
    sales", "shares in Amazon") name no firm.
    """
    places = {
        word
        for word in (m.group(1) for m in THE_PLACE_RE.finditer(text))
        if not anywhere_used_as_org(text, word)
    }
    if not places:
        return mentions
    return [
        (m, rule)
        for m, rule in mentions
        if not (
            m.kind is Kind.ORGANIZATION and text[m.span.start : m.span.end] in places
        )
    ]


COURTESY_RULE = "courtesy title of a brand"


def _headline_descriptors(names: list[Name], article: Article) -> list[Name]:
    """A word before a surname in a headline that is no given name: no part of it.

    "Classy Henman makes winning start" over "Tim Henman …", "Fuming Robinson
    blasts referee" over "Andy Robinson": a headline's adjective or
    description before a surname that the body writes with another first
    word is the headline's way of naming that person, so only the surname is
    a name (and joins the body's full name).
    """
    blocks = article.blocks
    # the headline and standfirst, else a first line of one sentence
    top = [
        b for b in blocks[:2] if b.kind in (BlockKind.HEADLINE, BlockKind.STANDFIRST)
    ]
    if len(blocks) < 2:
        return names
    if top:
        end = top[-1].span.end
    elif sum(s.block == 0 for s in article.sentences[:2]) == 1:
        end = blocks[0].span.end
    else:
        return names
    firsts: dict[str, set[str]] = {}
    for name in names:
        if name.span.start >= end and name.kind is Kind.PERSON and len(name.words) > 1:
            firsts.setdefault(name.words[-1], set()).add(name.words[0])
    if not firsts:
        return names
    text = article.text
    out = []
    for name in names:
        if (
            name.span.start < end
            and len(name.words) == 2
            and name.kind is not Kind.ORGANIZATION
            and name.title is None
            and name.honorific is None
            and name.words[0] not in firsts.get(name.words[1], {name.words[0]})
            and not is_given_name(name.words[0])
            and (at := text.rfind(name.words[1], name.span.start, name.span.end)) > 0
        ):
            name = dc.replace(
                name,
                span=Span(at, at + len(name.words[1])),
                words=[name.words[1]],
                kind=None,
                rule="one word",
            )
        out.append(name)
    return out


def _courtesy_brands(names: list[Name], text: str) -> list[Name]:
    """Courtesy titles that name a firm, a brand or a role, no person.

    After an organisation noun the title is the firm's name's first word
    ("Indian drugmaker Dr Reddy's", "soft drinks maker Dr Pepper": the firm,
    title and all); after "the" right before it, a role or a work
    ("the Mr Nasty of books", "the Dr Oz show"): no one.
    """
    titled: list[tuple[Name, int]] = []
    firms: set[tuple[str, ...]] = set()
    for name in names:
        honorific = name.honorific
        at = name.span.start - len(honorific or "") - 1
        if (
            honorific is not None
            and name.kind is Kind.PERSON
            and name.title == honorific
            and honorific.lower().rstrip(".") in BRAND_COURTESY
            and at >= 0
            and text.startswith(honorific + " ", at)
        ):
            titled.append((name, at))
            if org_noun_before(text, at) and _noun_opens_phrase(text, at):
                firms.add((honorific, *name.words))
    if not titled:
        return names
    at_of = {id(name): at for name, at in titled}
    out: list[Name] = []
    for name in names:
        at = at_of.get(id(name), -1)
        if at < 0:
            out.append(name)
        elif (name.honorific or "", *name.words) in firms:
            # the firm in every mention: "Dr Reddy's has built its name"
            out.append(
                Name(
                    Span(at, name.span.end),
                    [name.honorific or "", *name.words],
                    Kind.ORGANIZATION,
                    rule=COURTESY_RULE,
                )
            )
        elif not text.endswith((" the ", "“the ", '"the '), 0, at):
            out.append(name)
    return out


# The word before an organisation noun: none (a sentence's start), a word in
# lower case or a people's adjective ("Indian drugmaker"), not another
# name's last word ("the BBC News website Mr Molyneux", a comma left out).
NOUN_PHRASE_WORD_RE = re.compile(r"(?:^|[.!?]\s+|\s)([\w’'-]+)[ ][a-z-]+[ ]$")


def _noun_opens_phrase(text: str, at: int) -> bool:
    """Whether the organisation noun before `at` is not another name's last word."""
    match = NOUN_PHRASE_WORD_RE.search(text, max(0, at - 40), at)
    if match is None:
        return True
    word = match.group(1)
    return word[:1].islower() or is_demonym(word)


def annotate_entities(article: Article) -> list[EntityMention]:
    """Return every person and organisation mention, canonicalised."""
    return [m for m, _ in explain_entities(article)]


def explain_entities(article: Article) -> list[tuple[EntityMention, str]]:
    """Every mention with the rule that decided it, for `make eval`.

    How the run was read (`classify.Name.rule`: "title", "given name",
    "organisation words", ...), how a one-word name was resolved ("surname
    of a full name", "speech verb", "used as a person", "acronym"), or a
    later join ("variant", "alias", "headline").
    """
    text = article.text
    names = _campuses(_venues(_with_org_nouns(find_runs(article), text), text), text)
    names = _shared_surnames(_variants(_confirmed(names, text)), text)
    names = _headline_descriptors(_courtesy_brands(names, text), article)
    joiner = Joiner(names, text)
    _paren_acronyms(names, text, joiner)
    mentions: list[tuple[EntityMention, str]] = []
    unresolved: list[Name] = []
    for name in names:
        rule = name.rule
        if rule == PARTY_RULE:
            # "Tory peer": the party the adjective names, no short form to join
            party = PARTY_ADJECTIVES[" ".join(name.words)]
            mentions.append((EntityMention(name.span, Kind.ORGANIZATION, party), rule))
            continue
        if len(name.words) == 1:
            if (
                name.kind is None
                and name.words[0].lower() not in HONORIFICS_LOWER
                and name.words[0].lower() not in TITLE_WORDS
                and (
                    prev := PREVIOUS_WORD_RE.search(
                        text, max(0, name.span.start - 24), name.span.start
                    )
                )
                and prev.group(1) in TITLE_WORDS_BEFORE
                and (lower := _lower_title(text, name.span.start))
            ):
                # "Barca midfielder Deco", "spokeswoman Ruiz": a title in
                # lower case right before a lone word makes it a person.
                name = dc.replace(name, kind=Kind.PERSON, title=lower, rule="title")
            resolved = resolve_single(name, joiner)
            if resolved is None:
                if name.rule != BODY_WORD_RULE:  # "the Council" alone: no name
                    unresolved.append(name)
                continue
            kind, canonical, rule = resolved
            title = name.title if kind is Kind.PERSON else None
        else:
            kind = name.kind or Kind.PERSON
            canonical = " ".join(name.words)
            title = name.title
            if (
                kind is Kind.PERSON
                and name.honorific
                and (
                    full := joiner.person(
                        name.words[-1], name.span.start, name.honorific
                    )
                )
                and full.endswith(" " + canonical)
            ):
                # "Mr Baez Silva" after "Carlos Baez Silva", "Mr. De Vido":
                # a courtesy title before a surname of two words
                canonical, rule = full, "surname of two words"
            if kind is Kind.PERSON and title is None:
                title = _lower_title(text, name.span.start)
        mentions.append((EntityMention(name.span, kind, canonical, title), rule))
    mentions = consistent(mentions, unresolved, joiner)
    mentions = _plurals_after_the(mentions, text)
    mentions = _without_place_namesakes(mentions, text)
    mentions = [(_with_particles(m, text), rule) for m, rule in mentions]
    mentions = _parties(mentions)
    mentions.sort(key=lambda mr: mr[0].span.start)
    found = [m for m, _ in mentions]
    mentions.extend((m, "headline") for m in _title_case_names(article, found))
    if also := aliases(names, text) | _nickname_aliases(mentions, text):
        mentions = [
            (dc.replace(m, canonical=also[m.canonical]), "alias")
            if m.canonical in also
            else (m, rule)
            for m, rule in mentions
        ]
    mentions.sort(key=lambda mr: mr[0].span.start)
    return mentions


PLURAL_TEAM_RULE = "plural after the"


def _plurals_after_the(
    mentions: list[tuple[EntityMention, str]], text: str
) -> list[tuple[EntityMention, str]]:
    """A lone word in the plural after "the" is no person: a team, a family, a region.

    "The Wildcats, who have won six straight", "the Cardinals said": a team
    by its nickname, an organisation, in every mention of the word;
    "the Khans" beside Khizr Khan: the family of a person the article
    names, no one; "the Borders", "the Midlands": a region
    (`PLURAL_REGIONS`), no one. A plural of a given name ("the
    Harrisons") is a family only where the article writes it after "the"
    alone: "Sanders aide" beside "the Sanders aide" stays a surname.
    """
    surnames = {
        m.canonical.split()[-1]
        for m, _ in mentions
        if m.kind is Kind.PERSON and " " in m.canonical
    }
    after_the: dict[str, bool] = {}  # word → every mention after "the"
    for m, _ in mentions:
        if m.kind is Kind.PERSON and " " not in m.canonical:
            after_the[m.canonical] = after_the.get(m.canonical, True) and text.endswith(
                ("the ", "The "), 0, m.span.start
            )
    plurals: dict[str, Kind | None] = {}  # word → what it names
    for m, _ in mentions:
        word = text[m.span.start : m.span.end]
        if not (
            m.kind is Kind.PERSON
            and word == m.canonical
            and len(word) > 3
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is"))
            and word[1:].islower()
            and text.endswith(("the ", "The "), 0, m.span.start)
        ):
            continue
        singulars = [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
        if word in PLURAL_REGIONS or any(w in surnames for w in singulars):
            plurals[word] = None
        elif any(is_given_name(w) for w in singulars):
            if after_the[word]:
                plurals[word] = None  # "the Harrisons, who live nearby"
        else:
            plurals[word] = Kind.ORGANIZATION
    if not plurals:
        return mentions
    out: list[tuple[EntityMention, str]] = []
    for m, rule in mentions:
        if m.kind is Kind.PERSON and m.canonical in plurals:
            kind = plurals[m.canonical]
            if kind is None:
                continue
            m, rule = dc.replace(m, kind=kind, title=None), PLURAL_TEAM_RULE
        out.append((m, rule))
    return out


# Regions named in the plural after "the" ("the Borders", "the Midlands"):
# places, no team nor family.
PLURAL_REGIONS = frozenset(
    """
Borders Midlands Highlands Lowlands Cotswolds Dales Fens Downs Pennines Rockies
Alps Andes Pyrenees Apennines Carpathians Appalachians Himalayas Falklands
Hebrides Orkneys Shetlands Hamptons Everglades Carolinas Dakotas Valleys
Marches Broads Chilterns Mendips Quantocks Cairngorms Grampians Trossachs
""".split()
)


# The nickname inside a person's mention ('Tomas "Tommy" Berg').
NICKNAME_IN_RE = re.compile(r'[ ]["“]([^"“”]+)["”][ ]')


def _nickname_aliases(
    mentions: list[tuple[EntityMention, str]], text: str
) -> dict[str, str]:
    """The nickname and surname of a name written with its nickname, as that name.

    'Tomas "Tommy" Berg' … "Tommy Berg said": the text says Tommy is what
    Tomas Berg is called, so "Tommy Berg" is Tomas Berg.
    """
    found: dict[str, str] = {}
    for mention, _ in mentions:
        if mention.kind is not Kind.PERSON or " " not in mention.canonical:
            continue
        inner = NICKNAME_IN_RE.search(text, mention.span.start, mention.span.end)
        if inner is not None:
            surname = mention.canonical.rsplit(" ", 1)[1]
            found[f"{inner.group(1)} {surname}"] = mention.canonical
    return found


def _with_particles(mention: EntityMention, text: str) -> EntityMention:
    """A surname's mention with the particles its full name writes before it.

    "von der Leyen said" after "Ursula von der Leyen" covers "von der
    Leyen", not "Leyen" alone; "de la Fuente" likewise. The text is read,
    never changed.
    """
    parts = mention.canonical.split()
    if (
        mention.kind is not Kind.PERSON
        or len(parts) < 3
        or NAME_PARTICLES.isdisjoint(parts[1:-1])
        or " " in text[mention.span.start : mention.span.end]
    ):
        return mention  # most mentions: no particle in the name
    start = mention.span.start
    while True:
        before = text[max(0, start - 6) : start]
        if not before.endswith(" "):
            break
        word = before[:-1].rpartition(" ")[2].rpartition("\n")[2]
        if (
            word.lower() not in NAME_PARTICLES
            # "Van der Veen" opening a sentence or in a Title Case headline
            or (" " + text[start - len(word) - 1 : mention.span.end]).lower()
            not in " " + mention.canonical.lower()
        ):
            break
        start -= len(word) + 1
    if start == mention.span.start:
        return mention
    return dc.replace(mention, span=Span(start, mention.span.end))


# Names that put an article in British or Australian politics (`_parties`).
PARTIES = frozenset(
    {
        *PARTY_NAMES,
        *(f for fulls in PARTY_NAMES.values() for f in fulls),
        "SNP",
        "Liberal Party",
        "Green Party",
        "Nationals",
        "National Party",
    }
)


def _parties(
    mentions: list[tuple[EntityMention, str]],
) -> list[tuple[EntityMention, str]]:
    """A party's or a body's short name joins the fuller name the article writes.

    "the Tories" → Conservative Party when the article writes "Conservative
    Party" (`PARTY_NAMES`), "the Fed" → Federal Reserve (`SHORT_NAMES`);
    else it stays as written. "Conservatives", "Liberals", "Labor" and
    "One Nation" name the party only beside another party
    (`VIEW_PARTY_NAMES`): in American news they are people of a view
    ("Conservatives are angry") or a common noun ("Labor laws").
    """
    written = {m.canonical for m, _ in mentions}
    for view in sorted(VIEW_PARTY_NAMES & written):
        if not (written - VIEW_PARTY_NAMES) & PARTIES:
            mentions = [(m, r) for m, r in mentions if m.canonical != view]
            written.discard(view)
    fuller = {
        short: next((f for f in fulls if f in written), short)
        for short, fulls in (PARTY_NAMES | SHORT_NAMES).items()
        if short in written
    }
    return [
        (
            dc.replace(m, canonical=fuller[m.canonical]),
            "party" if m.canonical in PARTY_NAMES else "short name",
        )
        if fuller.get(m.canonical, m.canonical) != m.canonical
        else (m, rule)
        for m, rule in mentions
    ]


# A country's letters before a body's name, which its acronym often leaves
# out ("U.S. Immigration and Customs Enforcement" is ICE).
COUNTRY_PREFIXES = ("U.S. ", "US ", "UK ", "U.K. ", "United States ")


def _spelled_acronyms(found: list[EntityMention]) -> dict[str, str]:
    """The initials of the article's organisations of three words or more.

    "Federal Emergency Management Agency" → FEMA, "U.S. Immigration and
    Customs Enforcement" → ICE (and UICE): an acronym a Title Case
    headline writes names the one organisation the text spells out; none
    when two share the letters.
    """
    by_letters: dict[str, set[str]] = {}
    for m in found:
        if m.kind is not Kind.ORGANIZATION or m.canonical.count(" ") < 2:
            continue
        names = {m.canonical}
        for prefix in COUNTRY_PREFIXES:
            if m.canonical.startswith(prefix):
                names.add(m.canonical.removeprefix(prefix))
        for name in names:
            letters = initials(name.split())
            if len(letters) >= 3:
                by_letters.setdefault(letters, set()).add(m.canonical)
    return {k: next(iter(v)) for k, v in by_letters.items() if len(v) == 1}


def _title_case_names(
    article: Article, found: list[EntityMention]
) -> list[EntityMention]:
    """Names in headlines and subheadings in Title Case.

    Capitals say nothing there, so a name is found only when the article's
    text names it (its full name, a person's surname, an organisation's
    acronym), or when a known given name starts it ("Ana Ruiz Resigns").
    """
    text = article.text
    blocks = [article.blocks[i] for i in title_case_blocks(article)]
    if not blocks:
        return []
    known: dict[str, tuple[Kind, str]] = {}
    surnames: dict[str, set[str]] = {}
    for m in found:
        known.setdefault(text[m.span.start : m.span.end], (m.kind, m.canonical))
        known.setdefault(m.canonical, (m.kind, m.canonical))
        if m.kind is Kind.PERSON and " " in m.canonical:
            surnames.setdefault(short_name(m.canonical.split()), set()).add(m.canonical)
    for surname, fulls in surnames.items():
        if len(fulls) == 1:
            known.setdefault(surname, (Kind.PERSON, next(iter(fulls))))
    for letters, org in _spelled_acronyms(found).items():
        # "FEMA Chief Quits" over "the Federal Emergency Management Agency"
        known.setdefault(letters, (Kind.ORGANIZATION, org))
    out: list[EntityMention] = []
    for block in blocks:
        words = [
            (m.start(), m.end() - len(m.group(2) or ""), m.group(1))
            for m in TITLE_WORD_RE.finditer(text, block.span.start, block.span.end)
        ]
        byline = _in_byline(text, block.span.start)
        i = 0
        while i < len(words):
            for n in range(min(5, len(words) - i), 0, -1):
                run = words[i : i + n]
                if any(run[k + 1][0] != run[k][1] + 1 for k in range(n - 1)):
                    continue  # not one run of words
                name = " ".join(w for _, _, w in run)
                hit = known.get(name)
                if (
                    hit is None
                    and n == 2
                    # "Chelsea Sack Coach" where the text has Chelsea the club;
                    # "Xi Pledges Support" where the text has Xi Jinping: a
                    # word the text gives as a name is that name, not a given
                    # name of someone new
                    and run[0][2] not in known
                    and _given_name_pair(run, text)
                ):
                    hit = (Kind.PERSON, name)
                if hit is None and byline and n in (2, 3) and _byline_name(run):
                    hit = (Kind.PERSON, name)  # "By Jennifer Medina and Hamed Aleaziz"
                if (
                    hit is not None
                    and n == 1
                    and name in PLACE_LAST_SURNAMES
                    and i > 0
                    and words[i - 1][1] + 1 == run[0][0]
                    and not is_given_name(words[i - 1][2])
                ):
                    hit = None  # "Theatre Royal, Drury Lane": a place, not Nathan Lane
                if hit is not None:
                    kind, canonical = hit
                    out.append(
                        EntityMention(Span(run[0][0], run[-1][1]), kind, canonical)
                    )
                    i += n
                    break
            else:
                i += 1
    return out


# A middle initial in a Title Case line ("Bart H. Meijer").
INITIAL_WORD_RE = re.compile(r"^[A-Z]\.$")


def _byline_name(run: list[tuple[int, int, str]]) -> bool:
    """Words of a byline that may all stand in a person's name ("Hamed Aleaziz")."""
    return all(
        (w.isalpha() or (0 < k < len(run) - 1 and INITIAL_WORD_RE.match(w)))
        and w not in NOT_NAMES
        and w not in PLACES
        and w.lower() not in ORG_WORDS
        and w != "By"
        # "Staff Reporters", "Political Reporter": the byline's title
        and not role_noun(w.lower())
        and w.lower() not in TITLE_WORDS
        for k, (_, _, w) in enumerate(run)
    )


def _given_name_pair(run: list[tuple[int, int, str]], text: str) -> bool:
    """A known given name and a word that may be a surname ("Ana Ruiz").

    Not a verb in "-ing" ("Hillary Releasing Emails") nor a common word the
    article writes in lower case ("Hillary Just Won").
    """
    first, last = run[0][2], run[1][2]
    return (
        not last.endswith("ing")
        and not INITIAL_WORD_RE.match(last)  # "Bart H." of "Bart H. Meijer"
        and not writes_word(text, last.lower())
        and is_given_name(first)
        and first not in NOT_NAMES
        and last not in NOT_PERSON_WORDS
        and last not in NOT_NAMES
        and last.lower() not in ORG_WORDS
        and last not in PLACES
    )
