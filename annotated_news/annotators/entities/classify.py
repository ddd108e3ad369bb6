"""Decide what a run of capitalised words names, and split off its title.

In order:

1. A title inside the run ("Homeland Security Secretary Kristi Noem",
   "Sen. Ted Cruz", "Secretary of State Hillary Clinton") splits it: the
   words after the title are the person, the words before it are kept as
   the title, and an organisation that opens the title ("White House Press
   Secretary") is a mention of its own.
2. Places, and names of laws, operations and programmes, are neither people
   nor organisations.
3. A run with an organisation word ("Department", "Enforcement"), an
   acronym ("ICE"), a publication after "The" ("The Independent") or a
   known single-word organisation ("Pentagon", "Axios") is an organisation.
4. Two to four capitalised words that may all stand in a person's name are
   a person. A single word is left for the short-form pass (`join.py`).
"""

from __future__ import annotations

import dataclasses as dc
import re

from ...model import Kind, Span
from ..gender import first_name_gender, is_given_name
from ..lexicon import (
    ARTS_ORG_WORDS,
    BODY_SHORT_FORMS,
    BODY_THINGS,
    KNOWN_ORG_NAMES,
    LAST_ORG_WORDS,
    MEASURE_NOUNS,
    NOT_NAMES,
    NOT_PERSON_WORDS,
    ORG_WORDS,
    PARTY_ADJECTIVES,
    PARTY_NAMES,
    PLACES,
    SINGLE_ORGS,
    SURNAME_WORDS,
    THING_WORDS,
    VEHICLE_NAMES,
    WEAK_ORG_WORDS,
)
from ..vocabulary.demonyms import is_demonym
from ..vocabulary.honorifics import (
    HONORIFICS_LOWER,
    POST_NOMINALS,
    SURNAME_ABBREVIATIONS,
    SURNAME_COURTESY,
)
from ..vocabulary.number_words import (
    DIGIT_WORDS,
    ORDINAL_WORDS,
    TEEN_WORDS,
    TENS_WORDS,
)
from ..vocabulary.org_nouns import MILITARY_SERVICES
from ..vocabulary.people_nouns import PEOPLE_NOUNS, PERSON_NOUNS, is_people_plural
from ..vocabulary.time_zones import TIME_ZONES
from ..vocabulary.titles import (
    OPENING_ROLES,
    PARTY_ROLES,
    REGNAL_TITLES,
    TITLE_INITIALS,
    TITLE_NOUNS,
    TITLE_WORDS,
    TITLES_BEFORE_FULL_NAMES,
    VIEW_ROLES,
)
from ..vocabulary.venues import (
    CLUB_FIRST_WORDS,
    CLUB_LETTERS,
    CLUB_LETTERS_AFTER,
    CLUB_TOWNS,
    COMMON_CLUB_FIRST_WORDS,
    PLACE_LAST_SURNAMES,
    PLACE_LAST_WORDS,
    TEAM_NICKNAMES,
    TEAM_TOWNS,
)
from .runs import NAME_ONLY_WORD_RE, NUMBERED_NAMES, PORTFOLIOS, Run, is_camel_case

ACRONYM_RE = re.compile(r"^(?:[A-Z]{2,6}s?|(?:[A-Z]\.){2,})$")
INITIAL_RE = re.compile(r"^(?:[A-Z]\.)+$")
PARTY_STATE_RE = re.compile(r"^[DRI]-[A-Z]")
ORDINAL_DIGITS_RE = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")
# A regnal number after a name: "Leo XIV", "Charles III", "Henry VIII".
ROMAN_RE = re.compile(r"^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$")
# All capitals that are not organisations.
NOT_ORG_ACRONYMS = (
    frozenset(
        """
CEO CFO COO TV OK AM PM ID IQ DNA GDP AIDS HIV LGBT LGBTQ SUV USA US UK EU II III
IV VI PS AR NYC LA DC CEOs ET EST PT GMT MVP RSVP AKA FAQ ISIS ISIL VP
MP MEP MSP PC PDA USB DVD CD GP CV VAT XV IVF MRI CCTV SMS NGO ATM TB
SIM PIN GPS PDF URL LCD LED IPO APR ISA HR PR CGI RAM CPU GPU HD QC KC
IT IP ICT RSS DRM RFID HDTV IPTV GPRS HSDPA MMS UWB PVR DTT VHS SSL DJ PPI WMD
GB CPI GNP CM AI SAN AD BC MBA MFA ERA
MLA MLC MPP MNA MHA
""".split()
    )
    | {"I"}
    | TIME_ZONES  # "14.32 BST": a clock's zone
)
"""Roles, things and numerals in capitals ("an MP", "a USB stick", "SIM
cards", "a PR strategist", "the starting XV"; the members of India's, Northern
Ireland's and Canada's assemblies, "MLAs", "MPPs"), techniques and measures ("IT
staff", "AI chips", "RFID tags", "weapons of mass destruction, WMDs", "the PPI"), also
in the plural ("PCs", "MPs", "NGOs") and with dots, as the New York Times
writes all capitals ("a former C.E.O.", "H.I.V. drugs", "I'm O.K.", "190
A.D.": `not_org_acronym`)."""
JOINER_WORDS = frozenset({"of", "and", "for", "the"})
# Last words of a sporting event's name: "Dubai Open", "Davis Cup".
EVENT_WORDS = frozenset(
    "open cup games olympics championship championships prix marathon trophy".split()
)
# A place's government named by its people: "Scottish Executive".
GOVERNMENTS = frozenset({"executive", "government", "assembly", "administration"})
# Words after "Chief" that are still the title: "Chief Executive", "Chief
# Operating Officer".
CHIEF_ROLES = frozenset({"Executive", "Operating", "Financial", "Officer"})
# Words with "&" that name no one: "R&D", "Q&A", "M&A".
NOT_AMPERSAND_NAMES = frozenset({"R&D", "Q&A", "M&A", "B&B", "P&L", "A&E", "F&B"})
HONORIFICS = HONORIFICS_LOWER
CAMEL_CASE_RULE = "camel-case name"


@dc.dataclass(slots=True)
class Name:
    """A run classified: a person, an organisation, or a single word to resolve."""

    span: Span
    words: list[str]
    kind: Kind | None
    title: str | None = None
    sentence_start: bool = False
    honorific: str | None = None
    """"Mr.", "Ms.", ... written right before the name (gives a gender)."""
    confident: bool = True
    """False for a person known only by capitalised words ("Bay Buchanan",
    "Good Jobs Nation"): the article must confirm it (see `annotate_entities`)."""
    rule: str = ""
    """What decided it ("title", "given name", "organisation words", ...),
    for `make eval`'s errors by rule (`explain_entities`)."""


PRESIDENT_RULE = "president of a White House"
"""The lone word of "the Obama White House": a president's surname, which
joins as a surname with an office title does (`join.resolve_single`)."""


# The nations a public body is named for, after what it does ("Natural
# England", "Police Scotland", "Tourism Ireland").
NATION_BODY_ENDS = frozenset({"England", "Scotland", "Wales", "Cymru", "Ireland"})
# What such a body does, opening its name ("Natural England", "Sport
# Wales", "Universities Scotland"); a region ("New England", "Northern
# Ireland"), a period ("Tudor England") or a person ("Baroness Scotland")
# is none of them.
NATION_BODY_OPENERS = frozenset(
    """
Natural Historic Sport Police Homes Universities Colleges Athletics Tourism
Visit Transport Public Education Skills Arts Cricket Rugby Hockey Netball Swim
Cycling Golf Tennis Rowing Sailing Food Water Energy Health Citizens Creative
Screen Enterprise Housing Forestry Environment Ambulance Fire Youth Volunteer
""".split()
)


def not_org_acronym(word: str) -> bool:
    """Capitals that name no organisation (`NOT_ORG_ACRONYMS`), dotted or not."""
    if INITIAL_RE.match(word):
        # "E.U." stays the European Union the article names ("EU" alone is
        # left to places)
        bare = word.replace(".", "")
        return bare in NOT_ORG_ACRONYMS and bare != "EU"
    return word in NOT_ORG_ACRONYMS or (
        word.endswith("s") and word[:-1] in NOT_ORG_ACRONYMS
    )


def is_acronym(word: str) -> bool:
    return bool(ACRONYM_RE.match(word)) and not not_org_acronym(word)


def _lower(word: str) -> str:
    return word.lower().rstrip(".")


# Words that open a family name and are written in lower case too ("Bill de
# Blasio", "Osama bin Laden", "María Fernández de la Vega").
NAME_PARTICLES = frozenset(
    "de di da du del della van von der den le la las los al el bin ben ap te ter ten dos das zu".split()
)


# Words for a saint before a given name, which then names the saint's church
# or town ("St Bryce Kirk", "Saint Paul Minnesota").
SAINT_WORDS = frozenset({"St", "St.", "Saint", "Ste", "Ste."})


def opens_with_initials(words: list[str]) -> bool:
    """Dotted initials before a surname, as a person's given names.

    "C.C. Wei", "M. Appavu", "K. Annamalai". No place's abbreviation ("U.S. Steel", "N.J. Transit": `PLACES`) nor a
    body's or a postscript's ("U.N.", "P.S.": `NOT_NAME_INITIALS`); not
    before a word that opens a sentence or names people ("neither do I.
    This debate", "in A.C. Others"), where the dot ends a sentence; firms
    named so are listed ("J.P. Morgan", "J.C. Penney": `KNOWN_ORG_NAMES`).
    """
    return (
        len(words) >= 2
        and INITIAL_RE.match(words[0]) is not None
        and words[0] not in PLACES
        and words[0] not in NOT_NAME_INITIALS
        and words[1] not in NOT_NAMES
        and words[1].lower() not in PEOPLE_NOUNS
        and words[-1][:1].isupper()
        and words[-1][1:].islower()
    )


# Dotted capitals that are no person's initials: bodies, a postscript.
NOT_NAME_INITIALS = frozenset(
    {"U.N.", "E.U.", "U.S.A.", "N.H.S.", "F.B.I.", "C.I.A.", "P.S."}
)


def _person_like(words: list[str]) -> bool:
    """Words that may all stand in a person's name ("Leo XIV": a regnal number)."""
    if not words or sum(w not in NAME_PARTICLES for w in words) > 4:
        return False
    # "Park Geun-hye", "Moon Jae-in": a Korean given name makes the family
    # name next to it a name, whatever else the word means.
    # So does one before it ("Jae-hyun Park": the given name first).
    korean = any("-" in w and NAME_ONLY_WORD_RE.match(w) for w in words)
    for i, word in enumerate(words):
        if i > 0 and ROMAN_RE.match(word):
            continue
        if korean and word[:1].isupper() and not is_acronym(word):
            continue
        if word in JOINER_WORDS:
            return False  # "Supporters of Hillary Clinton"
        bare = word.removesuffix("’s").removesuffix("'s")
        if (
            bare in SURNAME_WORDS
            and i == len(words) - 1
            and i > 0
            and is_given_name(words[0])
        ):
            continue  # "Peter White", "Damon Hill"
        if (
            i == 0
            and len(words) > 2
            and is_given_name(bare)
            and is_given_name(words[1])
        ):
            continue  # "Jesus Alberto Ramírez": two given names open it
        if bare in NOT_PERSON_WORDS or _lower(bare) in ORG_WORDS:
            return False
        if (
            i > 0
            and i == len(words) - 1
            and (
                bare in PLACE_LAST_WORDS
                or (bare in PLACE_LAST_SURNAMES and not is_given_name(words[0]))
            )
        ):
            return False  # "Crystal Palace", "Madison Square Garden", "Hyde Park"
        if i > 0 and i == len(words) - 1 and bare in NOT_ORG_ACRONYMS - {"TV"}:
            # "Fareed Zakaria GPS": a show, no person ends so ("Citizen TV"
            # is left to the broadcasters' rule)
            return False
        if _lower(bare) in THING_WORDS and not first_name_gender(bare):
            return False  # "Act", "Bill of Rights"; but "Bill Sammon"
        if bare in PLACES or (
            is_acronym(bare) and not INITIAL_RE.match(bare) and not _initials(words, i)
        ):
            return False
    return True


# Cities that name clubs after two capitals ("AC Milan", "FC Porto") and are
# given names too, so not in `PLACES`.
CLUB_PLACES = frozenset({"Milan", "Porto", "Roma", "Sevilla", "Lazio"})
NUMBERED_RULE = "numbered name"
"""A broadcaster's channel or station ("Channel 4", "BBC One"): its first
word alone is the broadcaster, not the channel ("BBC said")."""
# Broadcasters whose channels are numbered in words: "BBC One", "Sky One".
NUMBERED_CHANNELS = frozenset({"BBC", "ITV", "Sky"})


def _initials(words: list[str], i: int) -> bool:
    """Two capitals that open a person's name as initials ("JD Vance", "JB Pritzker").

    Only first, before a word that is no acronym: "ICE agents", "BBC Radio"
    have longer acronyms or come alone.
    """
    return (
        i == 0
        and len(words) == 2
        and len(words[0]) == 2
        and words[0].isupper()
        and words[0] not in TITLE_INITIALS  # "AG Lynch" is a title
        and words[1][1:].islower()
        and words[1] not in PLACES
        and words[1] not in CLUB_PLACES  # "AC Milan"
    )


# "United" names a body first or last ("United Nations", "United Auto
# Workers", "Manchester United"), never a country ("United States").
NOT_UNITED = ("States", "Kingdom", "Arab")


# Two last words that end the name of a technique, not of a firm, though
# the last is a firm's word: "Digital Rights Management", "Personal Area
# Networks", "Local Area Networks".
TECHNIQUE_ENDINGS = frozenset({("rights", "management"), ("area", "networks")})


# What opens a known organisation's name and is its parent's: "UN World
# Food Programme", "UN Development Programme" (listed as the United
# Nations').
KNOWN_ORG_PARENTS = ("UN ", "U.N. ", "United Nations ")


def _known_org(joined: str) -> bool:
    """A name of `KNOWN_ORG_NAMES`, with either apostrophe, after its parent too."""
    name = joined.replace("’", "'")
    for parent in KNOWN_ORG_PARENTS:
        if name.startswith(parent):
            rest = name.removeprefix(parent)
            # "UN Development Programme" is the United Nations'
            return (
                rest in KNOWN_ORG_NAMES or f"United Nations {rest}" in KNOWN_ORG_NAMES
            )
    return name in KNOWN_ORG_NAMES


def _organisation(words: list[str]) -> bool:
    lower = [_lower(w) for w in words]
    if len(words) > 1 and (
        (lower[-1] in LAST_ORG_WORDS and tuple(lower[-2:]) not in TECHNIQUE_ENDINGS)
        or words[-1] == "United"
        or (words[0] == "United" and not words[1].startswith(NOT_UNITED))
    ):
        return True
    if lower[-2:] == ["capital", "markets"]:
        return True  # "RBC Capital Markets": a bank's markets arm
    if "conference" in lower[1:] and (
        lower[lower.index("conference", 1) - 1].endswith(("s’", "s'"))
        or lower[lower.index("conference", 1) + 1 : lower.index("conference", 1) + 2]
        == ["of"]
    ):
        # "Catholic Bishops' Conference", "U.S. Conference of Mayors": a body
        # of its members, where "Game Developers Conference" is an event
        return True
    if len(words) > 2 and words[-1] in PLACES and _organisation(words[:-1]):
        # "Amnesty International Kenya", "Save the Children Federation
        # Kenya": an organisation's branch in a place
        return True
    if (
        len(words) > 1
        and not (
            lower[1] == "of" and (lower[0] in TITLE_WORDS or lower[0] in TITLE_NOUNS)
        )
        and any(
            w in ARTS_ORG_WORDS and (i == 0 or lower[i - 1] != "and")
            for i, w in enumerate(lower)
        )
    ):
        return True  # "Vienna State Opera", "Berlin Philharmonic"
    # "Omaha World-Herald": a newspaper's word after a hyphen is one too
    if any(w in ORG_WORDS for w in lower) or (
        len(words) > 1
        and "-" in lower[-1]
        and lower[-1].rpartition("-")[2] in ORG_WORDS
    ):
        if (
            len(words) == 2
            and lower[1] == "administration"
            and lower[0] not in ORG_WORDS
        ):
            return False  # "Biden Administration": a period of government
        return len(words) > 1 or words[0] in SINGLE_ORGS
    return False


# Number words that may open a run ending in a plural: "Three Degrees", "Four
# Tops" (a group's name), "Three Labour MPs" (a count), never a person's name
# ("Henk Ten Cate" is one).
NUMBER_WORDS = frozenset(
    w.capitalize() for w in (*DIGIT_WORDS, *TEEN_WORDS, *TENS_WORDS)
)
# Ordinal words never open a person's name: "Third Brigade", "Fifth Fleet".
ORDINAL_OPENERS = frozenset(
    w.capitalize() for w, v in ORDINAL_WORDS.items() if 1 < v <= 20
)
# The ordinals of the federal circuits, in words: "the Ninth Circuit".
CIRCUIT_ORDINALS = frozenset(
    w.capitalize() for w, v in ORDINAL_WORDS.items() if 1 <= v <= 11
)
# The US courts of appeals named by a word before "Circuit": the eleven
# numbered ones, the capital's and the Federal ("the D.C. Circuit").
CIRCUIT_NAMES = CIRCUIT_ORDINALS | {"D.C.", "DC", "Federal"}


def _people_or_acronym_of(run: Run, words: list[str]) -> list[Name] | None:
    """A run of three words or more whose second is "of" or "for".

    "Members of Tren de Aragua", "Supporters of Hillary Clinton": the people
    of an organisation or a person, read without them; "ACLU of Southern
    California": a body's branch in a place; "Citizens for Tax Justice",
    "Physicians for Human Rights": people joined for a cause.
    """
    first = words[0]
    people = first.endswith("s") and (
        first.lower() in PEOPLE_NOUNS
        or is_people_plural(first)
        or first.lower().removesuffix("s") in PERSON_NOUNS
    )
    if words[1] == "of":
        if (people and first.lower() in PEOPLE_NOUNS) or (
            run.sentence_start and first.lower() in MEASURE_NOUNS
        ):
            # "Shares of TSMC rose": the measure is no part of the name
            return classify(_drop(run, 2, 0))
        if first.isupper() and is_acronym(first):
            return [_whole_run(run, Kind.ORGANIZATION, "acronym of a place")]
    elif people:
        served = classify(_drop(run, 2, 0))
        if any(
            name.kind is Kind.ORGANIZATION
            or (name.kind is Kind.PERSON and is_given_name(name.words[0]))
            for name in served
        ):
            # "Lawyers for U.S. Immigration and Customs Enforcement",
            # "Attorneys for Amazon", "Lawyers for Maria Ruiz": the people
            # who act for a body or a person, read without them
            return served
        return [_whole_run(run, Kind.ORGANIZATION, "people for a cause")]
    return None


def _drop(run: Run, first: int, last: int) -> Run:
    """The run without its first `first` and last `last` words."""
    words = run.words[first : len(run.words) - last]
    head = len(" ".join(run.words[:first])) + 1 if first else 0
    start = run.span.start + head
    return dc.replace(
        run,
        span=Span(start, start + len(" ".join(words))),
        words=words,
        sentence_start=run.sentence_start and not first,
    )


# The possessive of a plural for people: "Women's", "Children's", "Farmers'".
PEOPLES_RE = re.compile(r"(?:Women|Men|Children|People)['’]s|[A-Z][a-z]+ers['’]")
# Capitalised prepositions inside the name of a body of people and its cause.
CAUSE_PREPOSITIONS = frozenset({"Against", "Without"})


def classify(run: Run) -> list[Name]:
    """The names a run holds (none, one, or an organisation and a person)."""
    words = run.words
    if words[0][1:2] == "-" and PARTY_STATE_RE.match(words[0]):
        return []  # "(D-Newport News)", "R-Texas": a party and a place
    if len(words) >= 2 and words[-1] in POST_NOMINALS:
        # "John Smith QC", "Sarah Brown MP": the letters are no part of the name.
        return classify(_drop(run, 0, 1))
    if (
        len(words) >= 2
        and PEOPLES_RE.fullmatch(words[0])
        # not "Children's Minister Margaret Hodge": an office and its holder
        and not any(_lower(w) in TITLE_WORDS for w in words[1:])
    ):
        # "Women's Aid", "People's Vote", "Farmers' Union": named for whose
        # it is, a body (no person's name opens with a plural's possessive)
        return [_whole_run(run, Kind.ORGANIZATION, "people's body")]
    if (
        len(words) >= 3
        and words[0].endswith("s")
        and words[1] not in ("for", "of")  # "Workers for Doctors Without Borders"
        and any(w in CAUSE_PREPOSITIONS for w in words[1:-1])
    ):
        # "Doctors Without Borders", "Mothers Against Drunk Driving": people
        # joined against or without something, a body (no person's name
        # holds "Against")
        return [_whole_run(run, Kind.ORGANIZATION, "people for a cause")]
    if _office_of_portfolios(words):
        return []  # "the Secretary of Health and Human Services,": an office
    if (
        len(words) == 2
        and _lower(words[1]) in GOVERNMENTS
        and (is_demonym(words[0]) or words[0] in PLACES)
    ):
        # "the Scottish Executive", "the Iraqi Government": a government,
        # not a title nor a person after a demonym.
        return [Name(run.span, words, Kind.ORGANIZATION, rule="organisation words")]
    if (
        len(words) == 2
        and words[1] in NUMBER_WORDS
        and words[1] not in ("One", "Two")
        and words[0] not in NUMBERED_CHANNELS  # "BBC Three"
        and not is_given_name(words[0])
        and _lower(words[0]) not in ORG_WORDS
    ):
        # "the Guildford Four", "the Birmingham Six": a group named by its
        # place and its number, no one person ("Henk Ten Cate" has a given
        # name; "Channel Four", "Radio Five" are broadcasters)
        return []
    if len(words) > 1 and words[1] == "Circuit" and words[0] in CIRCUIT_NAMES:
        # "the Ninth Circuit", "the First Circuit Court of Appeals", "the D.C.
        # Circuit", "the Federal Circuit": a court
        return [_whole_run(run, Kind.ORGANIZATION, "circuit court")]
    if words[0] in ORDINAL_OPENERS or (
        words[0] in NUMBER_WORDS and words[-1].endswith("s")
    ):
        # "Three Degrees", "Four Tops": a group's name; "Three Labour MPs":
        # a count. What follows the number is read alone, never a person.
        counted = classify(_drop(run, 1, 0)) if len(words) > 1 else []
        return [n for n in counted if n.kind is Kind.ORGANIZATION]
    if (
        len(words) == 2
        and is_demonym(words[0])
        and words[1].isupper()
        and not is_acronym(words[1])
    ):
        return []  # "US TV network", "Finnish TV", "a US DVD": letters for a thing
    if (
        len(words) == 2
        and is_demonym(words[0])
        and words[1].endswith("s")
        and words[1][:-1] in NOT_ORG_ACRONYMS
    ):
        return []  # "Welsh MPs", "Polish MEPs": members of a body, no name
    if (
        len(words) == 2
        and is_demonym(words[0])
        and not words[0].endswith("s")
        and words[1][0].isupper()
        and not is_acronym(words[1])
        and _lower(words[1]) not in EVENT_WORDS  # "US Open", "Australian Open"
        and words[1] not in PLACES
        and _lower(words[1]) not in ORG_WORDS
        and _lower(words[1]) not in THING_WORDS
        and _lower(words[1]) not in TITLE_WORDS
        and words[1] not in NOT_PERSON_WORDS
        and not is_people_plural(words[1])  # "US Marines": people of a service
    ):
        # "Brazilian Ronaldo": the people of a place, then a one-word name,
        # which the article must confirm ("Ronaldo said", or alone elsewhere).
        sub = _drop(run, 1, 0)
        return [
            Name(
                sub.span,
                sub.words,
                Kind.PERSON,
                confident=False,
                rule="one word after a demonym",
            )
        ]
    if (
        len(words) == 2
        and words[1] == "UK"
        and words[0] not in PLACES
        and not is_demonym(words[0])
        and not is_given_name(words[0])
    ):
        # "Reform UK", "Citizens UK", "Amazon UK": a party's or a firm's name
        return [_whole_run(run, Kind.ORGANIZATION, "name before UK")]
    if (
        len(words) in (2, 3)
        and words[-1] in NATION_BODY_ENDS
        and words[0] in NATION_BODY_OPENERS
        and (len(words) == 2 or words[1][1:].islower())
    ):
        # "Natural England", "Police Scotland", "Public Health Wales", "Visit
        # Wales": a public body named for its work and its nation; not "New
        # England", "Tudor England", "Baroness Scotland", "Against Wales"
        return [_whole_run(run, Kind.ORGANIZATION, "body of a nation")]
    if len(words) > 2 and words[0] == "Transport" and words[1] == "for":
        # "Transport for London", "Transport for Greater Manchester"
        return [_whole_run(run, Kind.ORGANIZATION, "organisation words")]
    if (
        len(words) == 3
        and words[1:] == ["White", "House"]
        and words[0] not in PLACES
        and words[0] not in NOT_NAMES
        and _lower(words[0]) not in ORG_WORDS
        and _lower(words[0]) not in TITLE_WORDS
        and not is_demonym(words[0])
    ):
        # "the Trump White House", "the Obama White House": a president's
        # surname, read as a lone word with an office title, then the White
        # House
        return [
            Name(
                Span(run.span.start, run.span.start + len(words[0])),
                words[:1],
                None,
                sentence_start=run.sentence_start,
                rule=PRESIDENT_RULE,
            ),
            Name(
                Span(run.span.end - len("White House"), run.span.end),
                words[1:],
                Kind.ORGANIZATION,
                rule="organisation words",
            ),
        ]
    if (
        len(words) >= 2
        and (words[1] if len(words) == 2 else " ".join(words[1:])) in PLACES
        and words[0] not in PLACES
        and words[0] != "DR"  # "DR Congo": a country
        and words[1] != "New"  # "POOL New/Reuters"
        and (is_acronym(words[0]) or words[0] in SINGLE_ORGS)
    ):
        # "SEIU California", "Oxfam Germany", "Breitbart Texas", "Axios Los
        # Angeles": an organisation's branch or station in a place
        return [_whole_run(run, Kind.ORGANIZATION, "organisation of a place")]
    if any("&" in w for w in words):
        return _ampersand_name(run, words)
    if len(words) == 1:
        return _classify_one(run, words[0])
    joined = " ".join(words)
    if len(words) > 2 and words[-1].isdigit() and words[-2] in ("Local", "Lodge"):
        # "Teamsters Local 396", "SEIU Local 2015": a union's branch
        return [_whole_run(run, Kind.ORGANIZATION, "numbered local")]
    if (words[0] in NUMBERED_NAMES and words[1].isdigit()) or (
        len(words) == 2
        and words[0] in NUMBERED_CHANNELS
        and words[1][1:].islower()
        and words[1].lower() in DIGIT_WORDS
    ):
        # "Channel 4 News", "Radio 5 Live", "BBC One", "Sky One": a
        # broadcaster's channel or station
        return [_whole_run(run, Kind.ORGANIZATION, NUMBERED_RULE)]
    if len(words) in (2, 3) and words[-1] == "FM":
        # "Joy FM", "Citi FM", "Classic FM": a radio station by its band
        return [_whole_run(run, Kind.ORGANIZATION, NUMBERED_RULE)]
    if joined in PARTY_NAMES:
        return [_whole_run(run, Kind.ORGANIZATION, "party")]  # "Lib Dems"
    if (
        (len(words) in (2, 3) and words[0] in CLUB_FIRST_WORDS)
        or (
            len(words) == 2
            and words[0] in COMMON_CLUB_FIRST_WORDS
            and (words[1] in CLUB_TOWNS or words[1] in PLACES)
        )
        or (
            len(words) in (2, 3, 4)
            and (words[0] in CLUB_LETTERS or words[-1] in CLUB_LETTERS_AFTER)
        )
    ):
        # "Borussia Dortmund", "Real Madrid", "Inter Milan", "FC Utrecht",
        # "Brentford FC": a club
        return [_whole_run(run, Kind.ORGANIZATION, "club")]
    if _known_org(joined):
        # "Charles Schwab", "Downing Street": a firm's or a seat's name
        return [_whole_run(run, Kind.ORGANIZATION, "known organisation")]
    if joined in VEHICLE_NAMES:
        return []  # "aboard Air Force One": a plane
    if words[0][:1].isdigit() and ORDINAL_DIGITS_RE.match(words[0]):
        if words[1] in ("U.S.", "Circuit"):
            # "9th Circuit", "9th U.S. Circuit Court of Appeals": a court
            return [_whole_run(run, Kind.ORGANIZATION, "circuit court")]
    elif len(words) > 2 and words[1] in ("of", "for"):
        headed = _people_or_acronym_of(run, words)
        if headed is not None:
            return headed
    lower = [_lower(w) for w in words]
    if run.sentence_start and len(words) in (2, 3) and lower[0] in OPENING_ROLES:
        # "Singer Shakira", "Footballer Neymar", "Quarterback Dak Prescott":
        # a role opening the sentence is the title of the name after it
        held = _drop(run, 1, 0)
        if len(held.words) == 1:
            return [Name(held.span, held.words, Kind.PERSON, words[0], rule="title")]
        return [
            dc.replace(name, title=words[0], rule="title")
            if name.kind is Kind.PERSON and not name.title
            else name
            for name in classify(held)
        ]
    titled = _split_title(run, words, lower)
    if titled is not None:
        return titled
    name = " ".join(words)
    if name in PLACES or (len(words) == 1 and words[0] in PLACES):
        return []
    if words[0] in PLACES and len(words) == 2 and words[1] in PLACES:
        return []
    if lower[-1] in EVENT_WORDS and len(words) > 1:
        return []  # "Dubai Open", "Davis Cup", "Commonwealth Games": an event
    if (
        len(words) > 1
        and lower[-1] in BODY_THINGS
        and not any(w in THING_WORDS for w in lower[1:-1])
        # "National Director of The Remembrance Project": a title of it;
        # "in The Blair Witch Project": a work's title
        and "of" not in lower
        and (words[0] != "The" or run.sentence_start)
    ):
        # "Texas Civil Rights Project": a body named for its work
        return [_whole_run(run, Kind.ORGANIZATION, "organisation words")]
    if (
        any(w in THING_WORDS for w in lower[1:])
        # "National Immigration Law Center", "North Atlantic Treaty
        # Organization": a body's word last makes the law its subject
        and (lower[-1] in THING_WORDS or lower[-1] not in ORG_WORDS)
    ) or (
        lower[0] in THING_WORDS
        and not first_name_gender(words[0])
        # "Law Society of Kenya", "the Law Commission": a body's word
        # right after the law's (not "Act of Parliament", "Law
        # Enforcement officers")
        and not (
            len(lower) > 1
            and lower[1] in ORG_WORDS
            and lower[1] not in ("enforcement", "security", "protection")
        )
    ):
        return []  # "Alien Enemies Act", "Operation At Large"; not "Bill Sammon"
    split = _org_then_person(run, words)
    if split is not None:
        return split
    if words[-1] in SURNAME_WORDS and is_given_name(words[0]) and _person_like(words):
        # "Thomas Haden Church": a surname, not the organisation word
        return [_whole_run(run, Kind.PERSON, "given name")]
    if _organisation(words):
        return [_whole_run(run, Kind.ORGANIZATION, "organisation words")]
    if words[0] == "The" and not run.sentence_start:
        return [
            Name(run.span, words, Kind.ORGANIZATION, rule="the-name")
        ]  # "The Independent"
    if all(is_acronym(w) for w in words):
        return []
    team = _team_of_place(run, words)
    if team is not None:
        return team
    if (
        len(words) >= 3
        and INITIAL_RE.match(words[0])
        and words[0] in PLACES
        and is_given_name(words[1])
    ):
        # "at Bedminster, N.J. Roger Ailes, the former chairman": a dotted
        # state ends a sentence the splitter read as going on (its dot is
        # an abbreviation's); a given name opens the next one.
        return classify(dc.replace(_drop(run, 1, 0), sentence_start=True))
    if words[0] in PLACES and not first_name_gender(words[0]):
        # "U.S. Marshals" is caught above; "Iowa Democrats" names no one.
        return []
    if len(words) >= 3 and is_demonym(words[0]):
        # "Australian Lynton Crosby": the people of a place, then a person.
        found = classify(_drop(run, 1, 0))
        if found and all(n.kind is Kind.PERSON for n in found):
            return [dc.replace(n, rule="after a demonym") for n in found]
    first = next((i for i, w in enumerate(words[:-1]) if is_given_name(w)), None)
    if (
        first
        and len(words) - first >= 2
        and _person_like(words[first:])
        # "the St Bryce Kirk church": a saint's name opens no person's
        and words[first - 1] not in SAINT_WORDS
    ):
        # "Billionaire Donald Trump", "Follow Pam Key": the words before the
        # first name are a title or no part of the name.
        name_words = words[first:]
        text = " ".join(name_words)
        span = Span(run.span.end - len(text), run.span.end)
        return [
            Name(
                span,
                name_words,
                Kind.PERSON,
                " ".join(words[:first]),
                run.sentence_start,
                rule="given name",
            )
        ]
    if _person_like(words):
        confident = (
            is_given_name(words[0])
            or opens_with_initials(words)
            or any(INITIAL_RE.match(w) for w in words[1:-1])
            or any("-" in w and NAME_ONLY_WORD_RE.match(w) for w in words)
        )
        return [_whole_run(run, Kind.PERSON, "capitalised words", confident)]
    if (
        len(words) == 2
        and (
            words[1] in SURNAME_PLACE_ENDS
            # "Lucy France", "Paul Holland": a place's word after a given
            # name that says a sex (no family name written first)
            or (words[1] in PLACES and first_name_gender(words[0]) is not None)
        )
        and is_given_name(words[0])
        and _person_like(words[:1])
    ):
        # "Grace Park said": a given name and a surname that ends places too
        # ("Victoria Park", "Stanley Park"): a person only where the text
        # confirms one (a speech verb, ...), as a name of unknown words is
        return [_whole_run(run, Kind.PERSON, "capitalised words", confident=False)]
    return []


# Last words of places that are surnames too, which `_person_like` refuses
# (`NOT_PERSON_WORDS`) and `SURNAME_WORDS` leaves out, since a given name
# opens places with them ("Victoria Park", "Stanley Park"): after a given
# name they end a person's name only where the text confirms a person.
SURNAME_PLACE_ENDS = frozenset({"Park"})


# Plurals that end the names of places: "Colorado Springs", "Iowa Falls".
PLACE_PLURALS = frozenset(
    "Springs Falls Heights Hills Mountains Lakes Islands Rapids Keys Plains Woods"
    " Gardens Meadows Sands Shores Pines Oaks Palms Fields Flats Forks".split()
)


TEAM_RULE = "team of a place"
BODY_WORD_RULE = "body's word for its name"


def _team_of_place(run: Run, words: list[str]) -> list[Name] | None:
    """A place and a plural that counts no people: a team ("Chicago Bears").

    "New York Yankees", "Los Angeles Dodgers"; not "Iowa Democrats" nor
    "Texas Republicans" (people of a place: `people_nouns`).
    """
    for k in (1, 2):
        if (
            len(words) > k
            and " ".join(words[-k:]) in TEAM_NICKNAMES
            and " ".join(words[:-k]) in TEAM_TOWNS
        ):
            # "Oklahoma City Thunder", "Golden State Warriors", "Boston Red Sox"
            return [_whole_run(run, Kind.ORGANIZATION, TEAM_RULE)]
    last = words[-1]
    if not (
        len(words) in (2, 3)
        and " ".join(words[:-1]) in PLACES
        and (words[0] != "New" or len(words) == 3)  # "New Yorkers", "New Forms"
        and not last[:-1].isupper()  # "New York DJs"
        # "Dallas Roberts", "Austin Williams": a surname made of a given name
        and not is_given_name(last[:-1])
        and last.endswith("s")
        and last[:1].isupper()
        and not is_people_plural(last)
        and last.lower() not in PEOPLE_NOUNS
        and last not in NOT_PERSON_WORDS
        and _lower(last) not in ORG_WORDS
        and not is_acronym(last)
        and last not in PLACE_PLURALS  # "Colorado Springs"
        and not last.startswith(words[-2][:-1])  # "New Yorkers": its people
    ):
        return None
    return [_whole_run(run, Kind.ORGANIZATION, TEAM_RULE)]


def _whole_run(run: Run, kind: Kind, rule: str, confident: bool = True) -> Name:
    """The whole run as one person's or organisation's name."""
    return Name(
        run.span,
        run.words,
        kind,
        sentence_start=run.sentence_start,
        confident=confident,
        rule=rule,
    )


def _ampersand_name(run: Run, words: list[str]) -> list[Name]:
    """A name joined by "&" is a firm or a brand: "AT&T", "Procter & Gamble".

    Partners' names joined so ("Marks & Spencer", "Ben & Jerry's") name
    the business, not two people. Abbreviations of common words ("R&D",
    "Q&A") name nothing.
    """
    k = next(i for i, w in enumerate(words) if "&" in w)
    start = k - 1 if words[k] == "&" and k > 0 else k
    while start > 0 and words[start - 1] not in JOINER_WORDS:
        start -= 1  # "Shares of Procter & Gamble": from the word after "of"
    end = k + 1
    while end < len(words) and words[end] not in JOINER_WORDS:
        end += 1
    bare = [w.removesuffix("’s").removesuffix("'s") for w in words[start:end]]
    if any(w in NOT_AMPERSAND_NAMES for w in bare):
        return []
    before = len(" ".join(words[:start])) + 1 if start else 0
    text = " ".join(bare)
    span = Span(run.span.start + before, run.span.start + before + len(text))
    return [
        Name(
            span,
            bare,
            Kind.ORGANIZATION,
            sentence_start=run.sentence_start,
            rule="ampersand name",
        )
    ]


def _org_then_person(run: Run, words: list[str]) -> list[Name] | None:
    """An organisation's name run into a person's, as after a title.

    "Secretary of the Department of Homeland Security Kristi Noem" names both
    the department and the person. The organisation ends with an organisation word; the person starts with
    a given name and may all stand in a name.
    """
    for i in range(1, len(words) - 1):
        if (
            words[i - 1] not in JOINER_WORDS
            and is_given_name(words[i])
            and _person_like(words[i:])
            # "the Speaker of the House Mike Johnson": a one-word body too
            and (
                _organisation(words[:i])
                if i > 1
                else words[0] in SINGLE_ORGS or words[0] in MILITARY_SERVICES
            )
        ):
            org_text = " ".join(words[:i])
            person_text = " ".join(words[i:])
            start = run.span.start
            return [
                Name(
                    Span(start, start + len(org_text)),
                    words[:i],
                    Kind.ORGANIZATION,
                    rule="organisation then person",
                ),
                Name(
                    Span(run.span.end - len(person_text), run.span.end),
                    words[i:],
                    Kind.PERSON,
                    rule="organisation then person",
                ),
            ]
    return None


def _classify_one(run: Run, word: str) -> list[Name]:
    """A one-word run: an acronym or known organisation, else left to join."""
    if word in PLACES or _lower(word) in THING_WORDS:
        return []
    bare = word.removesuffix("’s").removesuffix("'s")
    hyphened = "-" in bare and any(p.lower() in ORG_WORDS for p in bare.split("-"))
    if (
        bare in SINGLE_ORGS
        or bare in PARTY_NAMES  # "Labour", "the Tories"
        or hyphened  # "Herald-Sun"
        or (is_acronym(bare) and bare not in PLACES)
    ):
        kind: Kind | None = Kind.ORGANIZATION
    elif _lower(bare) in ORG_WORDS:
        if bare in BODY_SHORT_FORMS and len(run.words) == 1:
            # "the Council said": left to join the one body whose name ends
            # so (`join.resolve_single`), never a name alone
            span = Span(run.span.start, run.span.start + len(bare))
            return [
                Name(
                    span,
                    [bare],
                    None,
                    sentence_start=run.sentence_start,
                    rule=BODY_WORD_RULE,
                )
            ]
        return []
    elif is_camel_case(bare):
        # "YouGov", "PwC", "CoreCivic": a brand's spelling; a firm only when
        # the words around a mention say so (`brands.firm_evidence`)
        span = Span(run.span.start, run.span.start + len(bare))
        return [
            Name(
                span,
                [bare],
                Kind.ORGANIZATION,
                sentence_start=run.sentence_start,
                rule=CAMEL_CASE_RULE,
            )
        ]
    else:
        kind = None
    span = Span(run.span.start, run.span.start + len(bare))
    rule = "one word" if kind is None else "acronym or known organisation"
    return [Name(span, [bare], kind, sentence_start=run.sentence_start, rule=rule)]


def role_noun(lower: str) -> bool:
    """A noun of a role, in the singular or the plural ("writer", "reporters")."""
    return any(
        w in TITLE_NOUNS or w in BYLINE_ROLES
        for w in (lower, lower[:-1] if lower.endswith("s") else lower)
    )


# Roles a byline gives after the name that no title list holds.
BYLINE_ROLES = frozenset({"writer", "writers"})


# Places that are given names too ("Israel Katz", "Georgia Pinnock"), after
# a title only: alone they stay places (`_split_title`).
PLACE_GIVEN_NAMES = frozenset(
    "Israel Georgia Dallas Paris India Virginia Austin".split()
)


def _split_title(run: Run, words: list[str], lower: list[str]) -> list[Name] | None:
    """A title inside the run: the person after it (see the module docstring)."""
    if (
        len(lower) > 2
        and lower[0] in ("office", "offices")
        and lower[1] in ("of", "for")
    ):
        # "Office of Inspector General", "Office of the Special Counsel": a
        # body named for the office it houses, no title
        return [_whole_run(run, Kind.ORGANIZATION, "organisation words")]
    title_at = max(
        (
            i
            for i, w in enumerate(lower[:-1])
            if w in TITLE_WORDS
            and (w not in REGNAL_TITLES or _opens_title(lower, i))
            and (w not in TITLES_BEFORE_FULL_NAMES or len(lower) - i > 2)
            # "Duke Energy", "Prince Hotels": a firm's words after it
            and not all(x in ORG_WORDS or x in LAST_ORG_WORDS for x in lower[i + 1 :])
        ),
        default=-1,
    )
    if title_at < 0:
        if (
            lower[-1] in TITLE_WORDS
            and lower[-1] not in ORG_WORDS
            and lower[-1] not in REGNAL_TITLES  # "Carole King"
            and len(words) > 1
            and not _body_for_cause(lower)
            # "Hun Sen", "Amartya Sen": a surname after a name, no senator
            and not (
                words[-1] in SURNAME_ABBREVIATIONS and lower[-2] not in TITLE_WORDS
            )
        ):
            return _title_only(run, words)  # "Fox News Vice President", not "… Press"
        return None
    rest = words[title_at + 1 :]
    while rest[1:] and lower[title_at] == "chief" and rest[0] in CHIEF_ROLES:
        # "Chief Executive Maeve Sherlock": the role goes on past "Chief".
        title_at += 1
        rest = rest[1:]
    if rest and rest[0] in ("of", "for"):
        # "Secretary of State Hillary Clinton": the person is the last words.
        first = next((i for i, w in enumerate(rest) if is_given_name(w)), None)
        keep = len(rest) - first if first is not None else min(2, len(rest) - 2)
        while len(rest) - keep > 2 and INITIAL_RE.match(rest[len(rest) - keep - 1]):
            keep += 1  # "Minister of Mines G. Kishan Reddy": his initial too
        if first is None and rest[-1].endswith("s") and not rest[-1].endswith("ss"):
            keep = 0  # "Director of Public Prosecutions": a plural ends an office
        if (
            first is None
            and 0 < keep < len(rest)
            and _known_org(" ".join(rest[len(rest) - keep :]))
        ):
            # "Staff of the Red Cross": the people of a known organisation,
            # no title before a person's name
            org = " ".join(rest[len(rest) - keep :])
            span = Span(run.span.end - len(org), run.span.end)
            return [
                Name(
                    span,
                    org.split(),
                    Kind.ORGANIZATION,
                    rule="known organisation",
                )
            ]
        if keep <= 0:
            # "White House Deputy Chief of Staff": a title, whose organisation
            # is named, not an organisation itself.
            if lower[-1] in TITLE_WORDS and lower[-1] not in ORG_WORDS:
                return _title_only(run, words)
            return None
        rest = rest[len(rest) - keep :]
    end = run.span.end
    inner = next((i for i, w in enumerate(rest) if i and w in ("of", "for")), None)
    if inner is not None:
        # "Princess Marguerite of Romania", "King Michael of Romania": the
        # name ends before "of"; the place is no part of it.
        end -= len(" ".join(rest[inner:])) + 1
        rest = rest[:inner]
    if rest and all(_lower(w) in TITLE_WORDS - REGNAL_TITLES for w in rest):
        # "State Department Inspector General"; but "Mr. King" is named King
        return _title_only(run, words)
    if (
        rest
        and lower[title_at] not in HONORIFICS_LOWER
        and all(role_noun(_lower(w)) for w in rest)
    ):
        # "Staff Writer", "Staff Reporters" (a byline's), "Senior Correspondent":
        # a role after a title word, no one's name ("Mr Baker" is named Baker)
        return _title_only(run, words)
    if not rest or not rest[0][0].isupper():
        return None
    if (
        not _person_like(rest)
        and not (
            # "Defence Minister Israel Katz", "Trade Minister Georgia Pinnock":
            # after a title, a place that is a given name too opens the name
            len(rest) == 2
            and rest[0] in PLACE_GIVEN_NAMES
            and _person_like(rest[1:])
            and rest[1] not in PLACES
        )
        and not (
            # "Ms France", "Mrs Holland": after a courtesy title a place's word
            # is a surname
            len(rest) == 1
            and rest[0] in PLACES
            and title_at == len(words) - 2
            and lower[title_at] in SURNAME_COURTESY
        )
    ):
        return None
    name_text = " ".join(rest)
    start = end - len(name_text)
    title_words = words[: len(words) - len(rest)]
    # Words that only start the sentence are no part of the title: "Keeping
    # President Trump’s promise" → title "President".
    while (
        title_words
        and _lower(title_words[0]) not in TITLE_WORDS
        and (title_words[0].endswith("ing") or title_words[0] in NOT_NAMES)
    ):
        title_words = title_words[1:]
    honorific = (
        title_words[-1]
        if title_words and _lower(title_words[-1]) in HONORIFICS
        else None
    )
    title = " ".join(title_words) or None
    found: list[Name] = []
    org_words = _leading_org(title_words)
    party = party_before_title(title_words)
    if party:
        # "Labour MP Jess Phillips", "Republican Sen. Ted Cruz": the party
        # and its member, the title kept whole
        skipped = words[: len(words) - len(rest) - len(title_words)]
        at = run.span.start + sum(len(w) + 1 for w in skipped)
        found.append(
            Name(
                Span(at, at + len(" ".join(party))),
                party,
                Kind.ORGANIZATION,
                rule=PARTY_RULE,
            )
        )
    elif org_words:
        org_text = " ".join(org_words)
        found.append(
            Name(
                Span(run.span.start, run.span.start + len(org_text)),
                org_words,
                Kind.ORGANIZATION,
                rule="organisation of a title",
            )
        )
    elif (
        len(title_words) > 2
        and _lower(title_words[0]) in TITLE_WORDS
        and is_acronym(title_words[1])
        and title_words[1] not in PLACES
        and _lower(title_words[2]) in TITLE_WORDS
    ):
        # "Acting ICE Director Todd Lyons", "Former FBI Director James
        # Comey": the acronym after the first word of the title is its body
        skipped = words[: len(words) - len(rest) - len(title_words)]
        at = run.span.start + sum(len(w) + 1 for w in skipped) + len(title_words[0]) + 1
        found.append(
            Name(
                Span(at, at + len(title_words[1])),
                title_words[1:2],
                Kind.ORGANIZATION,
                rule="organisation of a title",
            )
        )
    elif len(title_words) > 1 and _unknown_opener(title_words):
        # "Halcyon Chief Financial Officer Rutger Berg": a word of no title
        # before an office is a firm's or a person's ("Obama Chief of Staff");
        # the article's other names say which (`join.resolve_single`)
        found.append(
            Name(
                Span(run.span.start, run.span.start + len(title_words[0])),
                title_words[:1],
                None,
                rule=OPENER_RULE,
            )
        )
    found.append(
        Name(
            Span(start, end),
            rest,
            Kind.PERSON,
            title,
            run.sentence_start,
            honorific,
            rule="title",
        )
    )
    return found


OPENER_RULE = "first word of a title"


def _unknown_opener(title_words: list[str]) -> bool:
    """Whether a title opens with a name of no known kind ("Halcyon Chief Executive").

    A capitalised word of letters that is no title, honorific, place,
    people's adjective or common word of a name's surroundings, before a title
    word.
    """
    first = title_words[0]
    return (
        first.isalpha()
        and first[0].isupper()
        and not first.isupper()
        and _lower(title_words[1]) in TITLE_WORDS
        and _lower(first) not in TITLE_WORDS
        and _lower(first) not in HONORIFICS_LOWER
        and _lower(first) not in ORG_WORDS
        and first not in PLACES
        and first not in NOT_NAMES
        and first not in NOT_PERSON_WORDS
        and first not in PARTY_ADJECTIVES
        and not is_demonym(first)
        and not first.endswith("ing")
    )


# Title words that open an office of two words before its title noun:
# "Chief Cabinet Secretary", "Deputy Cabinet Secretary".
OFFICE_OPENERS = frozenset({"chief", "deputy", "acting", "assistant"})

PARTY_RULE = "party of a title"
PORTFOLIO_OFFICES = frozenset({"Minister", "Secretary", "Ministry", "Department"})
"""A party's adjective before a member's title ("Tory peer", "Democratic
Rep."): the party, named as `lexicon.PARTY_ADJECTIVES` says."""


def party_before_title(words: list[str]) -> list[str]:
    """The party's words that open a title ("Lib Dem leader", "Republican Sen.")."""
    for n in (2, 1):
        if (
            len(words) > n
            and " ".join(words[:n]) in PARTY_ADJECTIVES
            and _lower(words[n]) in (TITLE_WORDS | PARTY_ROLES) - VIEW_ROLES
            # "Labour Minister", "Labour Secretary": the portfolio's office
            and not (_lower(words[0]) in PORTFOLIOS and words[n] in PORTFOLIO_OFFICES)
        ):
            return words[:n]
    return []


def _office_of_portfolios(words: list[str]) -> bool:
    """A title "of" or "for" its portfolios, with no name after it.

    "Secretary of Health and Human Services", "Minister for Trade and
    Industry": an office, no organisation (the department's name opens with
    "Department", "Ministry").
    """
    lower = [_lower(w) for w in words]
    return (
        len(lower) > 2
        and lower[0] in TITLE_WORDS
        and lower[1] in ("of", "for")
        and lower[-1] in PORTFOLIOS
        and not any(w in ORG_WORDS and w not in PORTFOLIOS for w in lower[2:])
    )


def _body_for_cause(lower: list[str]) -> bool:
    """A body's name that ends in its cause after "for" or "of".

    "Brennan Center for Justice", "Institute for Justice": the last word is
    what the body works for, no title of a person ("Minister for Justice"
    has no body's word before "for").
    """
    if len(lower) < 3 or lower[-2] not in ("for", "of"):
        return False
    return any(w in ORG_WORDS and w not in TITLE_WORDS for w in lower[:-2])


def _opens_title(lower: list[str], i: int) -> bool:
    """Whether a regnal title at `i` is a title, not a surname.

    It opens the run ("King Charles III") or follows another title or an
    organisation word ("Saudi Crown Prince"); after a name it is part of the
    name ("Martin Luther King Jr.").
    """
    return i == 0 or lower[i - 1] in TITLE_WORDS or lower[i - 1] in ORG_WORDS


def _title_only(run: Run, words: list[str]) -> list[Name]:
    """The organisation of a run that holds a title but no name.

    "Fox News Vice President and Managing Editor Bill Sammon": the name is
    in another run (or in lower case); this run names Fox News.
    """
    org_words = _leading_org(words)
    if not org_words:
        return []
    org_text = " ".join(org_words)
    return [
        Name(
            Span(run.span.start, run.span.start + len(org_text)),
            org_words,
            Kind.ORGANIZATION,
            rule="organisation of a title",
        )
    ]


def _leading_org(title_words: list[str]) -> list[str]:
    """An organisation that opens a title ("White House Press Secretary").

    Only when its last word is a strong organisation word, or when it is an
    acronym before a title word ("DHS Assistant Secretary", "ICE Director").
    """
    if (
        len(title_words) > 2
        and _lower(title_words[0]) in TITLE_WORDS
        and title_words[1] in ("of", "for")
    ):
        # "Secretary of Health and Human Services": an office named by its
        # portfolios, no organisation written in it
        return []
    for k in range(len(title_words), 1, -1):
        head = title_words[:k]
        last = _lower(head[-1])
        if (
            last in ORG_WORDS
            and last not in WEAK_ORG_WORDS
            and last not in TITLE_WORDS
            # "Chief Cabinet Secretary": an office whose first word is a
            # title's, no body named in it
            and not (k == 2 and _lower(head[0]) in OFFICE_OPENERS)
            # "Interior Cabinet Secretary", "Cabinet Minister": a member of
            # the cabinet by portfolio (Kenya's ministers), no body named
            and not (last == "cabinet" and k == len(title_words) - 1)
        ):
            return head
    first = title_words[0]
    if (
        len(title_words) > 1
        # "Bundesbank President"; not "House Speaker": a chamber's office
        and (
            is_acronym(first)
            or (first in SINGLE_ORGS and _lower(first) not in ORG_WORDS)
        )
        and first not in PLACES  # "U.S. President"
        and not (len(first) == 4 and first[1] == "." and first != "U.N.")  # "S.C."
        and _lower(title_words[1]) in TITLE_WORDS
    ):
        return title_words[:1]
    return []
