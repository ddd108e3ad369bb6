"""Join short forms to the full names of the same article.

- A single word that is the surname of a person named in full ("Miller",
  "Mr. Lew"), or the name of a regnal one ("Leo" of "Pope Leo XIV"), is that
  person. When two people share it (Bill and Hillary Clinton), an
  honorific's gender ("Mrs. Clinton") decides, else the one named in full
  most recently before it. An honorific of the other gender than every
  full name of it names someone else ("Mr. Obama" beside Michelle Obama),
  and so does, then, the surname with an office title ("President Obama").
  A full name the text calls another's kin ("Ivana Trump, the first wife of
  former President Trump") is not the one an office title or a role after
  the surname names ("President Trump", "Trump lawyer Marc Kasowitz").
- A single unknown word is a person known by that name alone when the text
  uses it as one: followed by a speech verb ("Brafman said"), after an
  honorific or a title ("Mr. Morris", "Cardinal Ruiz"), with a possessive
  of what only people have ("Smith's term", "Smith's wife"), before a word
  of a person's entourage ("a top Smith aide", "the Smith administration"),
  or as the subject of a verb of people after "where", "when", "after", ...
  ("where Smith won"), or of a verb only people do, anywhere ("Smith
  toured the site", "Noem flew in": `BODILY_VERBS`), before a clause of
  what people do and a speech verb ("Trump, speaking at Fort Bragg, said"),
  before an office that speaks ("Newsom's office said"), or as one who
  gives a first name only ("who gave only his first name, Jorge,"). What organisations
  have too ("Acme's campaign", "a
  Lufthansa spokesman") says so only of a known given name ("Hillary's
  campaign"). Such a mention's canonical name is the word alone;
  `indexes/entities.py` joins it to a full name site-wide.
- A capitalised common word at the start of a sentence ("Officials told",
  "Others shouted") names no one: it is a word for people
  (`vocabulary/people_nouns.py`) or one the article also writes in lower
  case.
- An acronym is the organisation whose initials it spells ("DHS" →
  Department of Homeland Security), or whose name it starts, when one name
  does ("NBC" → NBC News; with "BBC Radio" and "BBC News" both written,
  "BBC" stays itself), or the one it follows in parentheses ("Associated
  Press (AP)").
"""

from __future__ import annotations

import bisect
import re

from ...model import Kind
from ..gender import family_first, first_name_gender, is_given_name
from ..lexicon import (
    BODY_SHORT_FORMS,
    MEASURE_NOUNS,
    NOT_NAMES,
    NOT_PERSON_WORDS,
    ORG_WORDS,
    PARTY_ADJECTIVES,
    PLACES,
    SHORT_NAMES,
    SPEECH_VERBS,
)
from ..vocabulary import org_nouns, outlets
from ..vocabulary.demonyms import is_demonym
from ..vocabulary.given_names import BOTH_ABROAD, SHORT_FORMS
from ..vocabulary.honorifics import (
    HONORIFIC_GENDER,
    HONORIFICS,
    HONORIFICS_LOWER,
    NAME_SUFFIXES,
    SURNAME_COURTESY,
)
from ..vocabulary.months import CAPITALISED_DAY_NAMES
from ..vocabulary.people_nouns import (
    KIN_NOUNS,
    PEOPLE_NOUNS,
    PERSON_NOUNS,
    is_people_plural,
)
from ..vocabulary.source_nouns import DOCUMENT_NOUNS, MEDIA_NOUNS, SOURCE_NOUNS
from ..vocabulary.titles import (
    GENDERED_TITLES,
    GIVEN_NAME_TITLES,
    MONARCH_TITLES,
    REGNAL_TITLES,
    SPORT_ROLES,
    TITLE_NOUNS,
    TITLE_WORDS,
)
from ..vocabulary.venues import CLUB_LETTERS, CLUB_LETTERS_AFTER
from ..vocabulary.web_labels import ROLE_LABELS, WEB_LABELS
from .classify import (
    BODY_WORD_RULE,
    CAMEL_CASE_RULE,
    NAME_PARTICLES,
    NUMBERED_RULE,
    OPENER_RULE,
    PRESIDENT_RULE,
    ROMAN_RE,
    TEAM_RULE,
    Name,
    is_acronym,
    not_org_acronym,
)
from .runs import FIRST_SYLLABLE, PORTFOLIOS, is_camel_case

# A broadcaster's station is not the broadcaster: "BBC" is not BBC Radio.
STATIONS = frozenset({"Radio", "TV", "Television", "World"})
# A university named by its first word alone: "Harvard", "Georgetown".
INSTITUTION_WORDS = frozenset({"University", "College", "Institution"})
# A Korean given name: two syllables, the second in lower case ("Ki-moon").
SYLLABLE_PAIR_RE = re.compile(rf"^[A-Z]{FIRST_SYLLABLE}-[a-z]{{2,5}}$")
FOLLOWING_RE = re.compile(r"[ ,]*(?:[a-z]+ly[ ])?([a-z]+)")
# The verb a speaker's name is the subject of: no comma between ("Little
# Village, said residents" ends an apposition: "Ana Ruiz, whose ward
# includes Little Village, said").
SPEECH_AFTER_RE = re.compile(r"[ ]+(?:[a-z]+ly[ ])?([a-z]+)")
PRECEDING_RE = re.compile(r"([a-z]+)[ ]+$")
# "Ana Ruiz, 34, said", "Ana Ruiz, who …", "Ana Ruiz, the Mexican secretary
# of the economy,", "Ana Ruiz, political science professor at …": an
# apposition only a person takes (a title noun of `vocabulary/titles.py`
# within a few words, before a stop or what the title is of).
PERSON_APPOSITION_RE = re.compile(
    r",[ ](?:\d{1,3},|who[ ]"
    r"|(?:(?:the|a|an|its|his|her|their)[ ])?(?:(?:[A-Z]\.)+[ ]|[\w’'-]+[ ]){0,4}?"
    rf"(?:{'|'.join(sorted(TITLE_NOUNS - {'staff', 'chief', 'host'}))}|head(?=[ ]of)"
    # "Rahm Emanuel, his chief of staff,": "chief" and "staff" alone are
    # left out ("the chief reason", "staff")
    r"|chief[ ]of[ ]staff)"
    # "the party's secretary general,", "its attorney-general,"
    r"(?:[ -]general)?"
    r"(?:[ ](?:of|at|for|to|in|with)[ ]|[,;.])"
    r")"
)
# "Kilmar Abrego Garcia, a Salvadoran man living in Maryland,", "Didi
# Martinez is a producer": what one person is, after "a"
# (`people_nouns.PERSON_NOUNS`, a title noun); not after a place's
# preposition ("In Tulsa, an unarmed man").
PERSON_NOUN_APPOSITION_RE = re.compile(
    r"(?:,|[ ](?:is|was))[ ]an?[ ]"
    # adjectives and nouns of the phrase, not a clause ("a site whose editor")
    r"(?:(?!(?:whose|with|of|for|and|that|which|who|where|at|in)[ ])[\w’'-]+[ ]){0,4}?"
    rf"(?:{'|'.join(sorted(PERSON_NOUNS | (TITLE_NOUNS - {'staff', 'chief', 'host'})))})"
    r"\b(?![-’'])"
)
# "― Azucena Gonzàlez" after a quotation, closing its line: who said it.
ATTRIBUTION_DASH_RE = re.compile(r"(?:^|[”\"’.!?])[ ]?[―—–][ ]?$")
# "Consumer comments and reviews were": a speech verb in -s that is a plural
# noun, as what follows it shows.
PLURAL_NOUN_AFTER_RE = re.compile(
    r"[ ][a-z]+s[ ](?:and|or|were|are|have|from|of|on|about)\b"
)
# A lower-case noun right after a word: "House prices".
MEASURE_AFTER_RE = re.compile(r"[ ]([a-z]+)\b")
FIRST_WORD_RULE = "first word of an organisation"
LISTED_WITH_ORG = "listed with an organisation"
WHICH_RULE = "which after it"
# ", which" and a verb after a name (or after the second of two joined by
# "and"): what it refers to is a thing, no person ("Stagecoach and Arriva,
# which run most routes", "Hardie, which makes pipes"); not "which" as an
# object ("an offer from Xstrata, which the firm raised"), nor a verb in
# "-ing" or a modal after it ("which could be": it may refer to a clause).
WHICH_AFTER_RE = re.compile(
    r"(?:[ ]and[ ][A-Z][\w&’'-]*(?:[ ][A-Z][\w&’'-]*){0,3})?,[ ]which[ ]"
    r"(?:also[ ]|now[ ]|currently[ ]|recently[ ])?"
    r"(?:runs?|owns?|employs?|operates?|makes?|sells?|provides?|builds?|supplies"
    r"|supply|produces?|manufactures?|represents?|lobbies|campaigns|publishes"
    r"|controls?|manages?|invests?|lends?|offers?|serves?|trades?|holds?)\b"
)
# What a firm's first word does at a sentence start, where its capital says
# nothing: a possessive, a speech verb or an auxiliary ("Norvane's board",
# "Goldman said", "Halvani is"); not "Reform of the courts".
OPENING_ORG_VERB_RE = re.compile(
    r"(?:[’']s[ ]|[ ](?:said|says|told|is|was|has|had|will|would|reported|announced)\b)"
)
PLACE_PREPOSITION_RE = re.compile(
    r"\b(?:at|in|from|near|against|for|with|of|by|on|to|about|over|under)[ ]$"
)
# What only people have, after a possessive: "Smith's term", "Smith's wife".
POSSESSIONS = frozenset(
    """
term terms tenure presidency candidacy nomination reelection re-election
inauguration resignation ouster impeachment running wife husband son daughter sons
daughters mother father brother sister family children parents widow widower
girlfriend boyfriend fiance fiancee aide aides cabinet memoir birthday funeral
estate
""".split()
)
# What people and organisations both have ("Acme's campaign", "Labour's plan",
# "Oracle's chief executive", "Chelsea's win"): a lone word before one of these
# is a person only when it is a known given name ("Hillary's campaign").
SHARED_POSSESSIONS = frozenset(
    """
campaign victory defeat win loss lawyer lawyers attorney attorneys spokesman
spokeswoman spokesperson adviser advisers advisor advisors allies ally supporters
critics opponents rival rivals successor predecessor deputy chief staff remarks
comments speech statement testimony interview tweet tweets policies policy agenda
plan proposal decision veto order orders career legacy death health life home office
""".split()
)
# Words of a person's entourage after a name: "a top Smith aide", "the Smith
# administration". Organisations have spokesmen, campaigns and supporters too
# ("a Lufthansa spokesman", "the Labour campaign", "Chelsea supporters"): those
# make a lone word a person only when it is a known given name.
ENTOURAGE = frozenset({"aide", "aides", "administration", "appointee", "appointees"})
SHARED_ENTOURAGE = frozenset(
    """
adviser advisers advisor advisors ally allies supporter supporters loyalist loyalists
backers spokesman spokeswoman spokesperson campaign
""".split()
)
POSSESSIVE_RE = re.compile(r"[’']s[ ]([a-z-]+)")


def person_possession_after(text: str, end: int) -> bool:
    """Whether a possessive of what only people have follows ("Rowling's husband")."""
    m = POSSESSIVE_RE.match(text, end, end + 30)
    return m is not None and m.group(1) in POSSESSIONS


# A kin noun and a comma right before a given name: "Her grandson, Mateo,".
KIN_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(sorted(KIN_NOUNS))}),[ ]$")
# The same after a possessive, which says the kin is one person's: "her
# husband, Wuilmer," names him whatever his given name is.
KIN_OF_BEFORE_RE = re.compile(
    rf"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)|[’']s)[ ]"
    rf"(?:{'|'.join(sorted(KIN_NOUNS))}),[ ]$"
)
KIN_RIGHT_BEFORE_RE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)[ ](?:{'|'.join(sorted(KIN_NOUNS))})[ ]$"
)
# Kin of the one just named, before a full name: "her son, Florian
# Sollinger", "his late wife Ines Varga".
KIN_PRONOUN_BEFORE_RE = re.compile(
    r"\b(?:[Hh]is|[Hh]er)[ ](?:(?:late|former|eldest|elder|younger|youngest|only)[ ])?"
    rf"(?:{'|'.join(sorted(KIN_NOUNS))}),?[ ]$"
)
# Kin in the plural before a list of given names: "their children, Astrid
# and Tunde", "sons James and Peter", "his daughters Ana, Mia and Lucia".
KIN_PLURALS = sorted(
    {n + "s" for n in KIN_NOUNS if not n.endswith(("s", "e"))}
    | {"children", "grandchildren"}
)
KIN_LIST_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(KIN_PLURALS)}),?[ ](?:[A-Z][\w’'-]+,[ ])*(?:[A-Z][\w’'-]+,?[ ]and[ ])?$"
)
# A person who gave no full name: "a man who gave only his first name,
# Jorge,", "a woman identified only as Maria", "who asked to be identified by
# her first name, Ana", "who goes by Lupe".
FIRST_NAME_BEFORE_RE = re.compile(
    r"(?:\b(?:first|given)[ ]name(?:[ ]only)?,?"
    r"|\bidentified[ ]only[ ]as|\b(?:his|her|their)[ ]name[ ](?:only[ ])?as"
    r"|\bgoes[ ]by)[ ]$"
)
ENTOURAGE_RE = re.compile(r"[ ]([a-z]+)\b")
# "where Smith won": a subordinator, the name, a verb of what people do.
SUBORDINATE_BEFORE_RE = re.compile(
    r"\b(?:where|when|after|before|since|while|because|until|unless|as|if)[ ]$"
)
PEOPLE_VERBS = frozenset(
    """
won lost ran campaigned voted vetoed signed resigned served testified pledged
promised vowed argued insisted announced appointed nominated fired hired endorsed
died spoke wrote
""".split()
)


# "Trump, speaking at Fort Bragg on Tuesday, said": what only a person does,
# in a participle clause between the name and its speech verb (not "Acme,
# citing costs, said": a firm cites too).
PERSON_PARTICIPLES = (
    "speaking|talking|standing|sitting|appearing|addressing|flanked|visiting"
    "|touring|campaigning|wearing|walking|smiling|laughing"
)
PARTICIPLE_SPEECH_RE = re.compile(
    rf",[ ](?:{PERSON_PARTICIPLES})\b[^,;.!?“”\"]{{0,80}},[ ](?:[a-z]+ly[ ])?"
    rf"(?:{'|'.join(sorted(SPEECH_VERBS))})\b"
)
# "Newsom's office said": an office that speaks for its holder.
OFFICE_SPEAKS_RE = re.compile(
    r"[ ](?:said|says|told|confirmed|declined|did[ ]not|didn[’']t|has[ ]not"
    r"|had[ ]not|released|announced)\b"
)
# What only a person does, right after a lone name with no comma: "Homan
# toured the site", "Noem flew in" (a firm hires and announces too).
BODILY_VERBS = frozenset(
    """
visited toured flew met resigned testified died smiled laughed shrugged nodded
wept married hugged frowned sighed grinned
""".split()
)


# A surname before a role in lower case and another person's name: "Trump
# lawyer Marc Kasowitz", "Obama adviser David Axelrod", "top Smith aide Jane
# Roe", "Trump campaign manager Chris LaCivita". The surname names the one
# whose lawyer or aide that is (`Joiner.principal`).
PRINCIPAL_ROLE_RE = re.compile(
    r"[ ]((?:(?!(?:by|of|to|in|on|at|for|with|and|or|the|a|an|as|from)[ ])"
    r"[a-z-]+[ ]){1,3})(?=[A-Z])"
)
PRINCIPAL_ROLES = TITLE_NOUNS | ENTOURAGE | SHARED_ENTOURAGE
# A full name the text calls the kin of someone of its surname: "Ivana
# Trump, the first wife of former President Trump", "Hunter Biden, the son
# of President Joe Biden". Group 1 is the surname of the other one.
KIN_OF_RE = re.compile(
    r",[ ](?:the|his|her)[ ](?:[a-z-]+[ ]){0,2}"
    rf"(?:ex-)?(?:{'|'.join(sorted(KIN_NOUNS))})[ ]of[ ](?:[A-Za-z.]+[ ]){{0,4}}?"
    r"([A-Z][\w’'-]+)\b(?![ ][A-Z])"
)
# A kin noun right before a given name alone: "from wife Ivana", "his son,
# Eric" (`_kin_given`).
KIN_BEFORE_GIVEN_RE = re.compile(rf"\b(?:{'|'.join(sorted(KIN_NOUNS))}),?[ ]$")


def _kin_given(text: str, given: str) -> bool:
    """Whether the text writes a given name alone right after a kin noun."""
    at = text.find(given)
    while at >= 0:
        end = at + len(given)
        if (
            not text[end : end + 1].isalnum()
            and not (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper())
            and KIN_BEFORE_GIVEN_RE.search(text, max(0, at - 16), at)
        ):
            return True
        at = text.find(given, end)
    return False


# The same said before the full name: "Trump's first wife, Ivana Trump,".
KIN_BEFORE_OF_RE = re.compile(
    r"([A-Z][\w-]+)[’']s[ ](?:[a-z-]+[ ]){0,2}"
    rf"(?:ex-)?(?:{'|'.join(sorted(KIN_NOUNS))}),?[ ]$"
)


# Lower-case words before an acronym in parentheses: "multiple sclerosis
# (MS)", "an extraordinary general meeting (EGM)", "digital video recorders
# (DVRs)".
LOWER_SPELLED_RE = re.compile(r"((?:\b[a-z][\w’'-]*[ ]){1,6})\(([A-Z]{2,6})s?\)")


def _spelled_in_lower(text: str) -> frozenset[str]:
    """Acronyms whose letters open the lower-case words right before them."""
    if "(" not in text:
        return frozenset()
    found = set()
    for match in LOWER_SPELLED_RE.finditer(text):
        acronym = match.group(2)
        # "an ultra--low emission zone (ULEZ)": no empty word between dashes
        words = [w for w in re.split(r"[ -]", match.group(1).strip()) if w]
        if "".join(w[0] for w in words[-len(acronym) :]).upper() == acronym:
            found.add(acronym)
    return frozenset(found)


def short_name(words: list[str]) -> str:
    """The word a person is called by alone.

    The surname ("Miller"), the name before a suffix ("King" of "Martin
    Luther King Jr.") or before a regnal number ("Leo" of "Leo XIV"); the
    family name written first in a Korean name ("Ban" of "Ban Ki-moon") and
    in a Chinese name of two words ("Xi" of "Xi Jinping").
    """
    last = words[-1].removesuffix("’s").removesuffix("'s")
    suffix = last.rstrip(".") in NAME_SUFFIXES and len(words) > 2
    regnal = ROMAN_RE.match(last) is not None and len(words) > 1
    if suffix or regnal:
        return words[-2]
    if len(words) > 1 and (
        SYLLABLE_PAIR_RE.match(last)
        or (len(words) == 2 and family_first(words[0]) and not is_given_name(last))
    ):
        return words[0]  # "Ban Ki-moon" is Ban, "Xi Jinping" Xi
    return last


def _first_of_two_surnames(words: list[str]) -> str | None:
    """The first of two surnames after a given name ("Lucía Fernández Ortega").

    A name of three words that opens with a given name and whose middle word
    is no given name, initial, particle or family name written first: the
    person is called by that word alone too ("Fernández said"), as Spanish
    and Latin American names are ("Kilmar Abrego Garcia" … "Abrego"). So is
    the word before a particle that opens the last surname, after a given
    name ("Luiz Inácio Lula da Silva" … "Lula", "María José Fernández de la
    Vega" … "Fernández").
    """
    particle = next(
        (k for k, w in enumerate(words) if k >= 2 and w in NAME_PARTICLES), None
    )
    if particle is not None and len(words) > particle + 1:
        given, middle, last = words[0], words[particle - 1], words[-1]
        if particle > 2:
            # "Lula" after two given names, which may be a given name itself
            two_given = is_given_name(given) and is_given_name(words[1])
            return (
                middle
                if two_given and middle.isalpha() and middle[0].isupper()
                else None
            )
    elif len(words) == 3:
        given, middle, last = words
    else:
        return None
    if (
        is_given_name(given)
        and not family_first(given)
        and len(middle) > 2
        and middle[0].isupper()
        and middle.replace("-", "").isalpha()
        and not is_given_name(middle)
        and middle.lower() not in NAME_PARTICLES
        and last.rstrip(".") not in NAME_SUFFIXES
        and ROMAN_RE.match(last) is None
    ):
        return middle
    return None


def _opens_by_itself(words: list[str]) -> bool:
    """Whether an organisation's first word may stand for it alone.

    A name of two or three words with no organisation word ("Reform UK",
    "Goldman Sachs", "Aston Martin"), or of two ending in a company's word
    ("Norvane Technologies", `org_nouns.COMPANY_ENDS`), whose first word is no acronym
    (`orgs_by_first`), place, people's adjective, word of a body
    ("National", "Federal") or given name.
    """
    first = words[0]
    return (
        len(words) <= 3
        and first.isalpha()
        and not first.isupper()  # "TV Go Home"
        and not is_acronym(first)
        and first not in PLACES
        and first not in NOT_PERSON_WORDS
        and first.lower() not in ORG_WORDS
        and not is_demonym(first)
        and not is_given_name(first)
        and words[1] not in ("of", "for", "and", "the")
        and not words[-1].isdigit()  # "Number 10": "Number" is no name
        # "Omaha World-Herald", "Tolland Herald": a town's newspaper; the
        # town alone is no name of it ("a district that includes Omaha")
        and words[-1].rpartition("-")[2] not in outlets.NAME_END_WORDS
        # "Tata Steel", "Cleveland Clinic", "Obama White House": a town's or
        # a person's name before a body's word stands for them, not the body;
        # before a company's last word ("Norvane Technologies") the first word
        # is the company's own
        and (
            not any(w.lower() in ORG_WORDS for w in words[1:])
            or (
                len(words) == 2
                and words[1].lower() in org_nouns.COMPANY_ENDS
                and first.lower() not in TITLE_WORDS
            )
        )
    )


def initials(words: list[str]) -> str:
    """The initials of the capitalised words ("Department of Homeland Security" → DHS)."""
    return "".join(w[0] for w in words if w[0].isupper() and w != "The")


class Joiner:
    """Full names of one article, for short forms to join."""

    def __init__(self, names: list[Name], text: str) -> None:
        self.text = text
        self.org_ends = {
            n.span.end
            for n in names
            if n.kind is Kind.ORGANIZATION and n.rule != "the-name"
        }
        """Where the organisations read from the runs end (not a work's
        title read by its "The": "The Aviator and Sideways")."""
        self.labels: set[str] | None = None
        """A transcript's speaker labels, once a label is looked up."""
        self.lower_words: dict[str, bool] = {}
        """Lower-case words looked up in the text, and whether it writes them."""
        self.people: dict[str, list[tuple[int, str]]] = {}
        self.orgs_by_initials: dict[str, str] = {}
        self.orgs_by_first: dict[str, str] = {}
        self.spelled_out: dict[str, str] = {}
        self.spelled_in_lower = _spelled_in_lower(text)
        """Acronyms the text spells out in lower case before them in
        parentheses ("multiple sclerosis (MS)", "liquid natural gas (LNG)"):
        things, no organisations."""
        self.short_names: dict[str, str] = {}
        """One word in parentheses after an organisation's name, the short
        name it goes by ("Coparmex" after "Mexican Employers' Confederation")."""
        """Acronyms written in parentheses after an organisation's name."""
        self.institutions: dict[str, str] = {}
        """"Harvard" → Harvard University: the first word of a two-word
        university's or college's name (`INSTITUTION_WORDS`)."""
        firsts: dict[str, set[str]] = {}
        openings: dict[str, set[str]] = {}
        team_lasts: dict[str, set[str]] = {}
        body_lasts: dict[str, set[str]] = {}
        self.titled: list[tuple[str, Name]] = [
            (name.title.split()[-1].lower().rstrip("."), name)
            for name in names
            if name.kind is Kind.PERSON and name.title
        ]
        """People named with a title, by the title's last word ("pope",
        "cardinal"), for a title alone ("the Pope said")."""
        first_surnames: dict[str, list[tuple[int, str]]] = {}
        for name in names:
            if name.kind is Kind.PERSON and len(name.words) > 1:
                full = " ".join(name.words)
                short = short_name(name.words)
                self.people.setdefault(short, []).append((name.span.start, full))
                if (first := _first_of_two_surnames(name.words)) is not None:
                    first_surnames.setdefault(first, []).append((name.span.start, full))
                if (
                    len(name.words) == 3
                    and short != name.words[0]
                    and family_first(name.words[0])
                ):
                    # "Nguyen Van Thanh": "Nguyen said" is he too, as is "Thanh"
                    self.people.setdefault(name.words[0], []).append(
                        (name.span.start, full)
                    )
            elif name.kind is Kind.ORGANIZATION and len(name.words) > 1:
                full = " ".join(name.words)
                letters = initials(name.words)
                if len(letters) >= 2:
                    self.orgs_by_initials.setdefault(letters, full)
                if (
                    is_acronym(name.words[0])
                    and name.words[1] not in STATIONS
                    # "BBC One", "ABN Amro": a channel's or a firm's whole
                    # name, which the letters alone do not join
                    and name.rule not in ("letters and a name", NUMBERED_RULE)
                    # "SEIU" is not SEIU California, nor "NBC" NBC Los Angeles
                    and name.words[1] not in PLACES
                    and " ".join(name.words[1:]) not in PLACES
                    # nor is "UBS" UBS Global Wealth Management, a division
                    and name.words[-1] != "Management"
                ):
                    firsts.setdefault(name.words[0], set()).add(full)
                if len(name.words) == 2 and name.words[1] in INSTITUTION_WORDS:
                    self.institutions.setdefault(name.words[0], full)
                if _opens_by_itself(name.words) and name.rule not in (
                    TEAM_RULE,
                    NUMBERED_RULE,  # "Sky" alone is not Sky One
                ):
                    # not "Cleveland" alone after "Cleveland Browns": the city
                    openings.setdefault(name.words[0], set()).add(full)
                elif len(name.words) == 2 and name.words[0] in CLUB_LETTERS:
                    # "FC Utrecht" … "Utrecht's captain": the club by its town
                    openings.setdefault(name.words[1], set()).add(full)
                elif len(name.words) == 2 and name.words[1] in CLUB_LETTERS_AFTER:
                    openings.setdefault(name.words[0], set()).add(full)
                if name.rule == TEAM_RULE:
                    # "Dallas Cowboys" … "the Cowboys said": the team by its plural
                    team_lasts.setdefault(name.words[-1], set()).add(full)
                if name.words[-1] in BODY_SHORT_FORMS:
                    # "Camden Council" … "the Council said"
                    body_lasts.setdefault(name.words[-1], set()).add(full)
                if name.words[0] in BODY_SHORT_FORMS and name.words[1] in (
                    "of",
                    "for",
                    "on",
                ):
                    # "Council of Ministers" … "the Council"
                    body_lasts.setdefault(name.words[0], set()).add(full)
        # "NBC" → NBC News when one name starts so; with "BBC Radio" and "BBC
        # News" both written, "BBC" stays itself.
        self.orgs_by_first = {
            acronym: next(iter(fulls))
            for acronym, fulls in firsts.items()
            if len(fulls) == 1
        }
        for first, written in first_surnames.items():
            # "Ms. Fernández" after "Lucía Fernández Ortega": a Spanish
            # double surname's first half, when no one has it as a surname
            self.people.setdefault(first, written)
        self.orgs_by_opening = {
            word: next(iter(fulls))
            for word, fulls in openings.items()
            if len(fulls) == 1
        }
        """"Reform" → Reform UK, "Goldman" → Goldman Sachs: the first word of
        one organisation's name of two or three words (`_opens_by_itself`)."""
        self.bodies_by_word = {
            word: next(iter(fulls))
            for word, fulls in body_lasts.items()
            if len(fulls) == 1
        }
        """"Council" → Camden Council: the body's word that ends one
        organisation's name the article writes (`BODY_SHORT_FORMS`)."""
        self.teams_by_last = {
            word: next(iter(fulls))
            for word, fulls in team_lasts.items()
            if len(fulls) == 1
        }
        """"Cowboys" → Dallas Cowboys: the plural that ends one team of a
        place the article names ("team of a place" in `classify`)."""
        self.works: dict[str, bool] = {}
        """Words looked up as a work's title, and whether the text writes them so."""
        self.by_given: dict[str, set[str]] = {}
        """Full names of people by their given name in lower case ("serena" →
        {"Serena Williams"}), of people the text also calls by their surname
        alone or gives a title."""
        alone = {
            name.words[0]
            for name in names
            if len(name.words) == 1 and name.rule != OPENER_RULE
        }
        # "Sarah and Mike Pryor", "the brothers Tom and Ed Hale": where two
        # people of the article share a surname, the surname alone names
        # neither, so the text calls each by their given name ("Sarah said")
        by_surname: dict[str, set[str]] = {}
        for name in names:
            if name.kind is Kind.PERSON and len(name.words) > 1:
                key = short_name(name.words)
                by_surname.setdefault(key, set()).add(" ".join(name.words))
        shared = {key for key, fulls in by_surname.items() if len(fulls) > 1}
        self.newcomers: set[str] = set()
        """Full names first written after the surname alone already named
        another person of it ("Ted Cruz … Cruz said … his wife, Heidi Cruz"):
        news calls such a newcomer by given name or honorific, so the surname
        alone stays with the one it named first (see `person`)."""
        self.kin_newcomers: set[str] = set()
        """Full names first written after another of their surname as that
        one's kin ("her son, Florian Sollinger"): the surname alone is not
        theirs (see `person`)."""
        for key in shared:
            bare = sorted(
                n.span.start
                for n in names
                if len(n.words) == 1 and n.words[0] == key and n.rule != OPENER_RULE
            )
            firsts_at: dict[str, int] = {}
            for start, full in self.people.get(key, []):
                firsts_at.setdefault(full, start)
            earliest = min(firsts_at.values())
            for full, start in firsts_at.items():
                used = bisect.bisect_left(bare, earliest)
                if start > earliest and used < len(bare) and bare[used] < start:
                    self.newcomers.add(full)
                elif start > earliest and KIN_PRONOUN_BEFORE_RE.search(
                    text, max(0, start - 40), start
                ):
                    # "Margarethe Sollinger … her son, Florian Sollinger, …
                    # Sollinger studied": one brought in as the kin of the
                    # person the article is about is not whom the surname
                    # alone names (an honorific or a title still may)
                    self.kin_newcomers.add(full)
        for name in names:
            first = name.words[0]
            if (
                name.kind is Kind.PERSON
                and len(name.words) > 1
                and len(first) > 2
                and not family_first(first)
                and (
                    is_given_name(first)
                    # "Sir Kelvin Marsh": a knight's first word is his given name
                    or (name.title or "").lower().rpartition(" ")[2]
                    in GIVEN_NAME_TITLES
                )
                # a person the text calls by the surname too, or titles: not
                # "Walter Energy", "Charlotte Panthers"
                and (
                    name.title
                    or short_name(name.words) in alone
                    or short_name(name.words) in shared
                )
            ):
                self.by_given.setdefault(first.lower(), set()).add(" ".join(name.words))
        self.second_person: set[str] = set()
        """Surnames of someone else than the article's full names of them:
        "Mr. Obama" where the only full name is Michelle Obama."""
        titled: set[str] | None = None
        self.kin_of_other: set[str] = set()
        """Full names the text calls the kin of another of their surname
        ("Ivana Trump, the first wife of former President Trump")."""
        for name in names:
            if name.kind is not Kind.PERSON or len(name.words) < 2:
                continue
            start, end = name.span.start, name.span.end
            kin = text.startswith(", ", end) and KIN_OF_RE.match(text, end, end + 80)
            # a quick look at the word before the name first: a kin noun?
            prev = text[max(0, start - 14) : start].rstrip(", ").rpartition(" ")[2]
            before = prev.removeprefix("ex-") in KIN_NOUNS and KIN_BEFORE_OF_RE.search(
                text, max(0, start - 60), start
            )
            if (kin and kin.group(1) == name.words[-1]) or (
                before and before.group(1) == name.words[-1]
            ):
                self.kin_of_other.add(" ".join(name.words))
        for written in self.people.values():
            fulls = {f for _, f in written}
            if len(fulls) < 2:
                continue  # most articles: no two full names share a surname
            if titled is None:
                titled = {
                    " ".join(n.words)
                    for n in names
                    if n.kind is Kind.PERSON and len(n.words) > 1 and n.title
                }
            for relative in fulls:
                # "Donald Trump's divorce from wife Ivana": that given name's
                # full name (Ivana Trump) is the kin of another of its
                # surname; not one the text also gives a title ("her
                # husband, Bill" and "President Bill Clinton")
                if relative not in titled and _kin_given(text, relative.split()[0]):
                    self.kin_of_other.add(relative)
        for surname, written in self.people.items():
            if all(full in self.kin_of_other for _, full in written):
                # "former President Trump" is not Ivana Trump, the only full
                # name of it: its office title refuses her (see `person`)
                self.second_person.add(surname)
        for name in names:
            if (
                len(name.words) == 1
                and (want := _gender_of(name.honorific, name.title))
                and (known := self.people.get(name.words[0]))
                and _contradicts(known, want)
            ):
                self.second_person.add(name.words[0])
        opening: set[str] | None = None
        for name in names:
            if (
                len(name.words) == 1
                and name.kind is Kind.PERSON
                and name.title
                and name.words[0] not in self.people
                and name.words[0] not in NOT_NAMES  # "Larry King Now"
                and (regnal := _regnal_name(name.title, name.words[0]))
            ):
                if opening is None:
                    opening = {
                        n.words[0]
                        for n in names
                        if n.kind is Kind.PERSON and len(n.words) > 1
                    }
                if name.words[0] in opening:
                    continue  # "Queen Nancy" beside Nancy Davis Reagan: her given name
                # "King George", "Pope Francis": a monarch's one name is no
                # surname; the title names them, and "Francis said" joins it
                self.people[name.words[0]] = [(name.span.start, regnal)]
        for name in names:
            # A person known by one word a rule decided ("Brazilian Ronaldo"):
            # the word alone elsewhere is that person, unless a full name
            # ends with it.
            if (
                name.kind is Kind.PERSON
                and name.rule.startswith("one word after a demonym")
                and name.words[0] not in self.people
            ):
                self.people[name.words[0]] = [(name.span.start, name.words[0])]

    def person(
        self, surname: str, at: int, honorific: str | None, title: str | None = None
    ) -> str | None:
        """The full name of the person with this surname (see the module docstring)."""
        known = self.people.get(surname)
        if not known:
            return None
        want = _gender_of(honorific, title)
        if want and _contradicts(known, want):
            return None  # "Mr. Obama" beside the only full name Michelle Obama
        if not want and title and surname in self.second_person:
            # "President Obama" where "Mr. Obama" is someone else than the
            # article's full name: two Obamas, and the title does not say
            # which (a mention without a title keeps its join)
            return None
        if len({full for _, full in known}) == 1:
            return known[0][1]
        if want:
            matching = [
                (s, f) for s, f in known if first_name_gender(f.split()[0]) == want
            ]
            if honorific and title in (None, honorific):
                # "Mr. Trump" after Donald J. Trump and "his brother Freddy
                # Trump", both men: the honorific stays with the one it named
                # before the newcomer came in, as the surname alone does (one
                # whose given name says no gender too: "Mr. Vael" after Dorian
                # Vael is not his brother Freddy Vael, named later)
                settled = [
                    (s, f)
                    for s, f in known
                    if s <= at
                    and f not in self.newcomers
                    and first_name_gender(f.split()[0]) in (None, want)
                ]
                exact = [
                    (s, f)
                    for s, f in settled
                    if first_name_gender(f.split()[0]) == want
                ]
                if exact:
                    matching = exact
                elif settled and all(f in self.newcomers for _, f in matching):
                    matching = settled
            # no one of that gender known: not one of the other ("Mr. Khan"
            # beside Ghazala Khan and Humayun Khan is not she)
            known = (
                matching
                or [(s, f) for s, f in known if not first_name_gender(f.split()[0])]
                or known
            )
        elif title:
            # "President Trump" beside Donald Trump and "Trump's first wife,
            # Ivana Trump": the office is not the kin's
            known = [(s, f) for s, f in known if f not in self.kin_of_other] or known
        elif not honorific:
            known = [
                (s, f)
                for s, f in known
                if f not in self.newcomers and f not in self.kin_newcomers
            ] or known
        i = bisect.bisect_right([s for s, _ in known], at) - 1
        return known[max(i, 0)][1]

    def holder(self, title: str) -> str | None:
        """The one person the article names with this title, or None.

        "Pope Leo XIV" for "pope", by full name; None when there are none or
        several.
        """
        holders = set()
        for last, name in self.titled:
            if last != title:
                continue
            if name.words[-1].lower() in KIN_NOUNS:
                return None  # "the Queen Mother" is not who "the Queen" is
            if len(name.words) > 1:
                holders.add(" ".join(name.words))
            else:
                # "Cardinal Reyes" after "Archbishop Jose Advincula Reyes";
                # "Queen Mother" names no full name: the title says nothing
                full = self.person(name.words[0], name.span.start, None, name.title)
                if full is None:
                    return None
                holders.add(full)
        return next(iter(holders)) if len(holders) == 1 else None

    def given(self, word: str) -> str | None:
        """The one full name of the article that opens with this given name.

        "Serena said" after "Serena Williams", "Rafa waved" after "Rafael
        Nadal" (`given_names.SHORT_FORMS`), also before it ("Graham and
        Sherry" … "Graham Edwards"); none when two full names open with it
        ("Serena Williams" and "Serena Okafor").
        """
        low = word.lower()
        if low not in self.by_given and low not in SHORT_FORMS:
            return None  # most words: no full name opens with it
        written: set[str] = set()
        for key in (low, *SHORT_FORMS.get(low, ())):
            written |= self.by_given.get(key, set())
        return next(iter(written)) if len(written) == 1 else None

    def names_a_work(self, word: str) -> bool:
        """Whether the article writes the word as a work's title ("the biopic Ray")."""
        if word not in self.works:
            self.works[word] = _after_work_noun(self.text, word)
        return self.works[word]

    def principal(self, surname: str, full: str, end: int) -> str:
        """The full name a surname before a role and a name joins.

        "Trump lawyer Marc Kasowitz" names the one whose lawyer he is, not
        the kin the article calls someone else's ("Ivana Trump, the first
        wife of former President Trump"; "Trump's first wife, Ivana Trump"):
        another full name of that surname, else the surname alone.
        """
        if full not in self.kin_of_other:
            return full
        m = PRINCIPAL_ROLE_RE.match(self.text, end, end + 40)
        if not m or m.group(1).split()[-1] not in PRINCIPAL_ROLES:
            return full
        others = [f for _, f in self.people[surname] if f not in self.kin_of_other]
        return others[-1] if others else surname

    def organisation(self, acronym: str, at: int) -> str:
        bare = acronym.replace(".", "").removesuffix("s")
        found = self.orgs_by_initials.get(bare) or self.orgs_by_first.get(acronym)
        return found or acronym

    def after_place_and(self, start: int) -> bool:
        """Whether "and" joins a word to a place right before it.

        "Cicero and Berwyn" where Cicero is a place the vocabulary knows, or
        a word after a place's preposition that names no person of the
        article ("Residents of Cicero and Berwyn say"; not "supporters of
        Trump and Sanders" beside Donald Trump).
        """
        if not self.text.endswith(" and ", 0, start):
            return False
        head, _, before = self.text[max(0, start - 40) : start - 5].rpartition(" ")
        if before in PLACES:
            return True
        return (
            before[:1].isupper()
            and before.isalpha()
            and before not in self.people
            and before not in CAPITALISED_DAY_NAMES  # "in January and Smith said"
            and not is_given_name(before)
            and PLACE_PREPOSITION_RE.search(head + " ") is not None
        )

    def after_org_and(self, start: int) -> bool:
        """Whether "and" joins a name to an organisation right before it."""
        return self.text.endswith(" and ", 0, start) and start - 5 in self.org_ends

    def followed_by_speech(self, start: int, end: int) -> bool:
        return followed_by_speech(self.text, start, end)

    def common_word(self, word: str) -> bool:
        """Whether a capitalised word is a common word, not a name.

        A word for people ("Officials"), or one the article also writes in
        lower case ("Critics ... the critics").
        """
        low = word.lower()
        if low in PEOPLE_NOUNS:
            return True
        if low not in self.lower_words:
            self.lower_words[low] = writes_word(self.text, low)
        return self.lower_words[low]

    def used_as_person(self, start: int, end: int) -> bool:
        """Whether the text uses a lone word as a person (see the module docstring).

        What people and organisations share (a campaign, a spokesman) says
        so only of a known given name: "Hillary's campaign", not "Acme's".
        """
        text = self.text
        given = is_given_name(text[start:end])
        if m := POSSESSIVE_RE.match(text, end, end + 30):
            if text.startswith(" spokes", m.end(1)) and m.group(1) == "official":
                return True  # "Starmer's official spokesman": a leader's
            if m.group(1) == "office" and OFFICE_SPEAKS_RE.match(text, m.end()):
                return True  # "Newsom's office said"
            return m.group(1) in POSSESSIONS or (
                given and m.group(1) in SHARED_POSSESSIONS
            )
        entourage = ENTOURAGE_RE.match(text, end, end + 20)
        if entourage and (
            entourage.group(1) in ENTOURAGE
            or (given and entourage.group(1) in SHARED_ENTOURAGE)
        ):
            return True
        following = FOLLOWING_RE.match(text, end, end + 30)
        return bool(
            following
            and (
                (
                    following.group(1) in BODILY_VERBS
                    and text[start:end].lower() not in PEOPLE_NOUNS  # "Nobody"
                    # "the Whigs died": a group the article names with "the"
                    and f"the {text[start:end]}" not in text
                    and f"The {text[start:end]}" not in text
                )
                or (
                    following.group(1) in PEOPLE_VERBS
                    and SUBORDINATE_BEFORE_RE.search(text, max(0, start - 10), start)
                )
            )
        )


def _regnal_name(title: str, word: str) -> str | None:
    """A monarch's name with its title ("King George", "Crown Prince Hamdan")."""
    words = title.split()
    n = len(words)
    while n and words[n - 1].lower() in MONARCH_TITLES:
        n -= 1
    if n == len(words) or words[-1].lower() == "crown" or ROMAN_RE.match(word):
        return None  # "the Succession to the Crown Bill": a law
    return " ".join([*words[n:], word])


def _gender_of(honorific: str | None, title: str | None) -> str | None:
    """The gender an honorific ("Mrs.") or a title ("Congresswoman") gives."""
    if honorific:
        return HONORIFIC_GENDER.get(honorific.lower().rstrip("."))
    if title:
        return GENDERED_TITLES.get(title.rpartition(" ")[2].lower().rstrip("."))
    return None


def _contradicts(known: list[tuple[int, str]], want: str) -> bool:
    """Every full name has a given name of the other gender (not "Ariel")."""
    return all(
        (gender := first_name_gender(first := full.split()[0])) is not None
        and gender != want
        and first.lower() not in BOTH_ABROAD
        for _, full in known
    )


def writes_word(text: str, word: str) -> bool:
    """Whether the text writes a word as written (not inside a longer word)."""
    n = len(word)
    at = text.find(word)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + n] if at + n < len(text) else " "
        if not (before.isalnum() or before in "’'-") and not after.isalnum():
            return True
        at = text.find(word, at + 1)
    return False


def preceded_by_speech(text: str, start: int) -> bool:
    """A speech verb stands right before a name ("said Tad Devine")."""
    match = PRECEDING_RE.search(text, max(0, start - 20), start)
    return match is not None and match.group(1) in SPEECH_VERBS


def followed_by_speech(text: str, start: int, end: int) -> bool:
    """Whether a speech verb follows a name ("Brafman said").

    Only the next word is read, after an adverb: "Jackson, a spokeswoman,
    said" is not seen. A comma before the verb ends an apposition, whose
    last word is no speaker ("Ana Ruiz, whose ward includes Little Village,
    said"), unless the name is that apposition ("its author, Ari Fleischer,
    said").
    """
    match = SPEECH_AFTER_RE.match(text, end, end + 30)
    if match is None and text[start - 2 : start] == ", ":
        match = FOLLOWING_RE.match(text, end, end + 30)
    return (
        match is not None
        and match.group(1) in SPEECH_VERBS
        # "a Commons written statement": a participle with no "has" before
        # it is no name's verb (the quotes read "Braynard has written")
        and match.group(1) not in PARTICIPLES_ONLY
        # "Videos posted by Ana Ruiz": a participle, not the name's verb
        and not text.startswith(" by ", match.end())
    )


# Speech verbs that are participles only, never a name's verb right after it.
PARTICIPLES_ONLY = frozenset({"written"})


# "Scheiderman, a Democrat whose office …": a party's member, the phrase
# ending there (not "Crossroads, a Republican super PAC").
PARTY_MEMBER_APPOSITION_RE = re.compile(
    r",[ ]an?[ ](?:[\w-]+[ ])?(?:Democrat|Republican)"
    r"(?:[,.;]|[ ](?:who|whose|from|of|in|representing|and)\b)"
)


def person_noun_after(text: str, start: int, end: int) -> bool:
    """Whether an apposition says what person a name is, not after "in", "of"."""
    return bool(
        PERSON_NOUN_APPOSITION_RE.match(text, end)
        or PARTY_MEMBER_APPOSITION_RE.match(text, end)
    ) and not (PLACE_PREPOSITION_RE.search(text[max(0, start - 9) : start].lower()))


ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence")


def _abstract_noun(word: str) -> bool:
    """A word with the ending of an abstract noun, not a known given name."""
    return (
        len(word) > 6
        and word.lower().endswith(ABSTRACT_ENDINGS)
        and not is_given_name(word)
    )


# What closes an apposition ("Giggs, a striker, said", "a father of two"),
# where a clause goes on ("Outside, a man held a sign").
APPOSITION_CLOSED_RE = re.compile(
    r"[ ]?(?:[,;.:!?)]|$)|[ ](?:who|whose|of|at|for|from|in|with|and|on|to)\b"
)


def _opening_adverbial(name: Name, text: str) -> bool:
    """A word that opens a sentence before a clause, not a person in apposition.

    "Outside, a man held a sign": no known given name, and the words after
    the comma go on into a clause instead of closing the apposition.
    """
    if not name.sentence_start or is_given_name(name.words[0]):
        return False
    found = PERSON_NOUN_APPOSITION_RE.match(text, name.span.end)
    return found is not None and not APPOSITION_CLOSED_RE.match(text, found.end())


# A title in capitals before a transcript's label ("SEN. KLOBUCHAR:", "REP.
# JORDAN:", "SECRETARY VANCE:"): an honorific or an office, no name of its own.
LABEL_OFFICES = ("secretary", "president", "senator", "governor", "judge", "justice")
TITLE_LABEL = (
    r"(?:"
    + "|".join(
        sorted({h.upper() for h in HONORIFICS} | {w.upper() for w in LABEL_OFFICES})
    )
    + r")\.?"
)
TITLE_LABEL_RE = re.compile(rf"[\"“]?{TITLE_LABEL}[ ]")
TITLE_ONLY_RE = re.compile(rf"[\"“]?{TITLE_LABEL}")
TITLE_LABEL_AFTER_RE = re.compile(r"\.?[ ][A-Z][A-Z’'-]+:[ ]")

# A transcript's speaker label: a word in capitals opening its line, after
# a quotation mark at most, before a colon ("NOEM: We will …", "“WALLACE:").
TRANSCRIPT_LABEL_RE = re.compile(
    rf"^[\"“]?(?:{TITLE_LABEL}[ ])?([A-Z][A-Z’'-]*):[ ]", re.MULTILINE
)


def _transcript_speaker(name: Name, joiner: Joiner) -> str | None:
    """The person a transcript's label in capitals names ("NOEM: We will …").

    A word in capitals that opens its line before a colon is the person of
    the article with that surname ("Kristi Noem"); in a transcript (two
    labels or more) it is the person of that name ("WALLACE:" → Wallace)
    unless the article writes it in lower case ("NOTE:", "UPDATE:"), which
    then names nothing ("").
    """
    start, end = name.span.start, name.span.end
    text = joiner.text
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if not text.startswith(":", end):
        if (
            before in ("", '"', "“")
            and TITLE_ONLY_RE.fullmatch(text, line_start, end)
            and TITLE_LABEL_AFTER_RE.match(text, end)
        ):
            return ""  # "SEN." of "SEN. KLOBUCHAR:": the label's title
        return None
    if before not in ("", '"', "“") and not TITLE_LABEL_RE.fullmatch(before):
        return None
    if name.words[0] in ROLE_LABELS:
        return ""  # "HOST:", "Q:": a role in the exchange, no name
    word = name.words[0].capitalize()
    if full := joiner.person(word, start, None):
        return full
    if joiner.common_word(word):
        return ""  # "NOTE:", "UPDATE:": no name at all
    if joiner.labels is None:
        # a web page's labels ("WATCH:", "UPDATE:") make no transcript
        joiner.labels = {
            m.group(1)
            for m in TRANSCRIPT_LABEL_RE.finditer(text)
            if m.group(1) not in WEB_LABELS
        }
    return word if len(joiner.labels) >= 2 else None


# What evidence does, in the present: a capitalised word opening a
# sentence before it is a common noun ("Polling suggests", "Research
# shows"), not a person.
EVIDENCE_VERBS = frozenset(
    {"suggests", "shows", "indicates", "finds", "reveals"}
    | {"suggest", "show", "indicate", "find", "reveal"}
)


# Nouns for sources, documents and pictures: no person's name opens a
# sentence so ("Videos posted …", "Records show").
COMMON_SUBJECTS = SOURCE_NOUNS | DOCUMENT_NOUNS | MEDIA_NOUNS


def _common_noun_subject(name: Name, text: str) -> bool:
    """A capitalised common noun opening a sentence as its verb's subject.

    "Polling suggests Californians are split" (what evidence does),
    "Protesters say" (a plural's verb: "say", not "says"), "Traders said"
    where the article writes "trader": no given name, no cue, no person.
    """
    word = name.words[0]
    if not name.sentence_start or is_given_name(word):
        return False
    if word.lower() in COMMON_SUBJECTS:
        return True  # "Videos posted to social media show", "Reports say"
    found = SPEECH_AFTER_RE.match(text, name.span.end, name.span.end + 30)
    verb = found.group(1) if found else ""
    if verb in EVIDENCE_VERBS:
        return True
    if not verb.endswith("s") and (
        verb + "s" in SPEECH_VERBS or verb + "es" in SPEECH_VERBS
    ):
        return True  # "Protesters say", "Carabinieri warn": a plural's verb
    if not word.endswith("s") or word.endswith("ss") or len(word) < 5:
        return False
    low = word.lower()
    return writes_word(text, low[:-3] + "y" if low.endswith("ies") else low[:-1])


GIVEN_NAME_RULE = "given name of a full name"

# A noun for a work right before a capitalised word: "the biopic Ray", "the
# musical Oliver!", "the film, Ray."
WORK_BEFORE_RE = re.compile(
    r"\b(?:biopic|film|movie|musical|drama|series|sitcom|novel|album|documentary),?[ ]$"
)


def _after_work_noun(text: str, word: str) -> bool:
    """Whether the text writes a word as a work's title ("the biopic Ray")."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not text[end : end + 1].isalnum() and WORK_BEFORE_RE.search(
            text, max(0, at - 14), at
        ):
            return True
        at = text.find(word, end)
    return False


# "Don't": a contraction, no given name; "David and Charles Koch": the given
# name of another surname.
NOT_AFTER_GIVEN_RE = re.compile(r"[’']t\b|[ ]and[ ][A-Z][\w’'-]+[ ][A-Z]")
# A relative ("his father, Rafael,": not the son Rafael Edward Cruz) or a
# place ("in Orlando", "the Orlando core").
NOT_BEFORE_GIVEN_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(KIN_NOUNS))}),?[ ]$|\b(?:[Tt]he|in|at|near)[ ]$"
)


def _kin_of_namesake(joiner: Joiner, start: int, full: str) -> bool:
    """A given name after a kin noun of another person of its surname.

    "Martínez’s husband, Ernesto," after Rosa Martínez is Ernesto Martínez
    (the surname's person before it is someone else); "Cruz’s father,
    Rafael," where the only Cruz is Rafael Edward Cruz is not him.
    """
    found = KIN_BEFORE_OF_RE.search(joiner.text, max(0, start - 60), start)
    if found is None or found.group(1) != full.rpartition(" ")[2]:
        return False
    owner = joiner.person(found.group(1), found.start(), None)
    return owner is not None and owner != full


def _after_title_word(text: str, start: int) -> bool:
    """Whether an honorific or a title stands right before a word ("Mr Howard")."""
    before = text[max(0, start - 16) : start]
    if not before.endswith(" "):
        return False
    prev = before.rstrip().rpartition(" ")[2].rstrip(".").lower()
    return prev in HONORIFICS_LOWER or prev in TITLE_WORDS


# Regnal and religious titles one person holds, written alone for them ("the
# Pope said", "the Cardinal"); not "the Crown", "the Lord", "Sir".
HELD_TITLES = REGNAL_TITLES - {
    "crown",
    "sir",
    "dame",
    "lord",
    "father",
    "reverend",
    "princes",
    "princesses",
}

# Around a team's plural alone: "the Cowboys", "Cowboys quarterback",
# "Cowboys head coach", "Eagles 27-13".
TEAM_CUE_BEFORE_RE = THE_BEFORE_RE = re.compile(r"\b[Tt]he $")
TEAM_CUE_AFTER_RE = re.compile(
    r" (?:(?:head |assistant )?(?:" + "|".join(sorted(SPORT_ROLES)) + r")\b|\d+-\d+)"
)


# Offices of a place or of those it elects, after its name: "Omaha Mayor",
# "Dallas County Sheriff", "Ohio State Sen.".
PLACE_OFFICE_AFTER_RE = re.compile(
    r"[ ](?:(?:City|County|Town|State)[ ])?(?:Mayor|Governor|Gov\.|Sheriff"
    r"|Councilman|Councilwoman|Councillor|Councilmember|Police[ ]Chief|Sen\."
    r"|Senator|Rep\.|Representative|Assemblyman|Assemblywoman|Commissioner"
    r"|Supervisor|Executive|Judge|Attorney|Clerk|Treasurer|Alderman)\b"
)


# Words before a place, whose "who" after it is the person named before:
# "Ana Ruiz, 32, of Cudahy, who", "a researcher in Yokohama, who".
PLACE_PREPOSITIONS = (" in ", " at ", " from ", " near ")


# After a title alone: "of" and a place, or the consort's title and "of",
# "Duke of Edinburgh", "Prince and Princess of Wales".
BODY_GOES_ON_RE = re.compile(r"[ ](?:of|for|on)[ ][A-Z]")
TITLE_GOES_ON_RE = re.compile(
    r"[ ](?:of[ ][A-Z]|and[ ](?:Princess|Duchess|Countess|Queen)[ ]of[ ])"
)


# A place's base before a name: "Lagos-based Afrinvest", "the London-based".
BASED_BEFORE_RE = re.compile(r"\b[A-Z][\w.]*-based[ ]$")
BASED_RULE = "based in a place"


def resolve_single(name: Name, joiner: Joiner) -> tuple[Kind, str, str] | None:
    """Kind, canonical name and deciding rule of a one-word name, or None."""
    word = name.words[0]
    if name.rule == BODY_WORD_RULE:
        if (
            word in joiner.bodies_by_word
            and THE_BEFORE_RE.search(
                joiner.text, max(0, name.span.start - 4), name.span.start
            )
            # "the Council of Europe", "the Commission's report": no other
            # name goes on from it ("the Court's ruling" is the body's)
            and not BODY_GOES_ON_RE.match(joiner.text, name.span.end)
        ):
            return Kind.ORGANIZATION, joiner.bodies_by_word[word], BODY_WORD_RULE
        return None
    if word in joiner.short_names and not name.title:
        return Kind.ORGANIZATION, joiner.short_names[word], "short name in parentheses"
    if (
        word.lower() in HELD_TITLES
        and not name.title
        and (
            THE_BEFORE_RE.search(
                joiner.text, max(0, name.span.start - 4), name.span.start
            )
            or (
                word.lower() in MONARCH_TITLES
                and name.sentence_start
                and not joiner.people.get(word)
            )
        )
    ):
        # "The Pope said", "the Cardinal", "Pope names new cardinal" (a
        # headline): the one person the article names with that title, else
        # no one ("Pope" is no one's name here); not a title shared with
        # another ("The Prince and Princess of Wales") nor one of a place
        # ("the Prince of Wales"), which is someone else's
        if TITLE_GOES_ON_RE.match(joiner.text, name.span.end):
            return None
        if (held := joiner.holder(word.lower())) is None:
            return None
        return Kind.PERSON, held, "title alone"
    if (
        word in joiner.teams_by_last
        and not name.title
        and word not in joiner.people
        and (
            name.rule == OPENER_RULE
            or TEAM_CUE_BEFORE_RE.search(
                joiner.text, max(0, name.span.start - 4), name.span.start
            )
            or TEAM_CUE_AFTER_RE.match(joiner.text, name.span.end)
            # "Cowboys fall to Eagles" (a headline in sentence case): a plural
            # the article never writes in lower case ("tech giants")
            or not joiner.common_word(word)
        )
    ):
        # "The Cowboys said", "Cowboys head coach Brian Ruiz", "Cowboys
        # quarterback" after "the Dallas Cowboys": the team by its plural,
        # not a surname ("Sanders" beside Bernie Sanders)
        return Kind.ORGANIZATION, joiner.teams_by_last[word], TEAM_RULE
    if not word.isupper() and (spelled := joiner.spelled_out.get(word)):
        # "Immigration and Customs Enforcement (Ice)" … "which oversees Ice":
        # the acronym written as a word, as the article defined it
        return Kind.ORGANIZATION, spelled, "acronym"
    if name.rule == OPENER_RULE:
        # "Halcyon Chief Financial Officer", "Obama Chief of Staff": the firm
        # or the person the article names by that word, else no one
        full = joiner.person(word, name.span.start, None, None)
        if full and is_given_name(full.split()[0]):
            return Kind.PERSON, full, "surname of a full name"
        if (
            word in joiner.orgs_by_opening
            and not joiner.common_word(word)
            # "Omaha Mayor John Ewing" beside the Omaha World-Herald: an
            # office of a place, no firm's
            and not PLACE_OFFICE_AFTER_RE.match(joiner.text, name.span.end)
        ):
            return Kind.ORGANIZATION, joiner.orgs_by_opening[word], FIRST_WORD_RULE
        return None
    if word.isupper() and (full := _transcript_speaker(name, joiner)) is not None:
        return (Kind.PERSON, full, "transcript label") if full else None
    if name.kind is Kind.ORGANIZATION:
        if (
            name.sentence_start
            and joiner.common_word(word)
            and (after := MEASURE_AFTER_RE.match(joiner.text, name.span.end))
            and after.group(1) in MEASURE_NOUNS
        ):
            return None  # "House prices fell 0.4%" beside "house prices"
        if name.rule == CAMEL_CASE_RULE and (
            full := joiner.person(word, name.span.start, name.honorific, name.title)
        ):
            return Kind.PERSON, full, "surname of a full name"
        if is_acronym(word) and word in joiner.spelled_in_lower:
            return None  # "multiple sclerosis (MS)": a thing the text spells out
        if is_acronym(word):
            found = joiner.organisation(word, name.span.start)
            return Kind.ORGANIZATION, found, "acronym"
        if spelled := joiner.spelled_out.get(word):
            return (
                Kind.ORGANIZATION,
                spelled,
                "acronym",
            )  # "Alternative for Germany (AfD)"
        rule = CAMEL_CASE_RULE if name.rule == CAMEL_CASE_RULE else "known organisation"
        return Kind.ORGANIZATION, word, rule
    if word in SHORT_NAMES and not joiner.text.startswith(" up", name.span.end):
        return Kind.ORGANIZATION, word, "short name"  # "the Fed" (not "Fed up")
    # "the Obama White House" is the president's: beside "Mr. Obama" and
    # Michelle Obama it joins neither, as "President Obama" would not
    office = "president" if name.rule == PRESIDENT_RULE else name.title
    full = joiner.person(word, name.span.start, name.honorific, office)
    if full and (whose := joiner.principal(word, full, name.span.end)) != full:
        return Kind.PERSON, whose, "principal of a role"  # "Trump lawyer Marc Kasowitz"
    if full and full.partition(" ")[0].lower() in MONARCH_TITLES:
        return Kind.PERSON, full, "regnal name"  # "King George", "Francis said"
    if full:
        return Kind.PERSON, full, "surname of a full name"
    if word in joiner.institutions and not name.title:
        return (
            Kind.ORGANIZATION,
            joiner.institutions[word],
            "short form of a university",
        )
    if (
        word in joiner.orgs_by_opening
        and not name.title
        and (
            not name.sentence_start
            # "Norvane's board", "Goldman said" open a sentence as the firm
            or OPENING_ORG_VERB_RE.match(joiner.text, name.span.end)
        )
        and not joiner.common_word(word)
        and not PLACE_PREPOSITION_RE.search(
            joiner.text, max(0, name.span.start - 9), name.span.start
        )
    ):
        # "put Reform on 29%" after "Reform UK", "Goldman said" after
        # "Goldman Sachs"
        return (
            Kind.ORGANIZATION,
            joiner.orgs_by_opening[word],
            FIRST_WORD_RULE,
        )
    if (
        word in PLACES
        # "Mrs Holland": after a courtesy title a place's word is a surname
        and (name.honorific or "").lower().rstrip(".") not in SURNAME_COURTESY
    ) or (word in NOT_PERSON_WORDS or word.lower() in ORG_WORDS):
        return None
    if word.lower() in PORTFOLIOS:
        return None  # "Department for Levelling Up, Housing and Communities"
    if not_org_acronym(word):
        # "MPs said": people of a role, no one person; "the PPI rose": a
        # measure, unless the article spells it out as an organisation
        # ("the Pensions Policy Institute (PPI) said").
        spelled = joiner.spelled_out.get(word)
        if spelled is not None:
            return Kind.ORGANIZATION, spelled, "acronym"
        return None
    if is_demonym(word) or is_people_plural(word):
        # "Italians said", "the Dutchman": people of a place, no name;
        # "Marines said": people of a service
        return None
    if (
        name.kind is None
        and not name.title
        and not is_given_name(word)
        and not is_acronym(word)  # "a Denver-based IT firm"
        and word not in PARTY_ADJECTIVES  # "a Florida-based Republican strategist"
        and BASED_BEFORE_RE.search(
            joiner.text, max(0, name.span.start - 30), name.span.start
        )
    ):
        # "analysts at Lagos-based Afrinvest said": what a place is the base
        # of is a firm or a body, not a person (one the article names in full
        # is read above: "London-based Levy's novel")
        return Kind.ORGANIZATION, word, BASED_RULE
    if (
        not name.title
        and not name.honorific
        and (full := joiner.given(word))
        and not joiner.common_word(word)
        and not _after_title_word(joiner.text, name.span.start)
        and not joiner.names_a_work(word)
        and not NOT_AFTER_GIVEN_RE.match(joiner.text, name.span.end)
        and (
            not NOT_BEFORE_GIVEN_RE.search(
                joiner.text, max(0, name.span.start - 16), name.span.start
            )
            or _kin_of_namesake(joiner, name.span.start, full)
        )
    ):
        return Kind.PERSON, full, GIVEN_NAME_RULE  # "Serena said" → Serena Williams
    if (
        name.title
        and name.title.lower() in GIVEN_NAME_TITLES
        and (full := joiner.given(word))
    ):
        return Kind.PERSON, full, GIVEN_NAME_RULE  # "Sir Keir" → Keir Starmer
    if name.kind is Kind.PERSON and name.title:
        return Kind.PERSON, word, "title"  # "Cardinal Ruiz", "Mr. Morris"
    if name.sentence_start and joiner.common_word(word):
        return None  # "Officials told", "Others shouted"
    if (
        name.sentence_start
        and name.kind is None
        and word.endswith("ly")
        and not is_given_name(word)
    ):
        return None  # "Financially pressed Ecuador": a sentence adverb
    if name.kind is Kind.PERSON:
        return Kind.PERSON, word, name.rule or "person"
    if is_camel_case(word):
        return None  # a brand no mention says is a firm: a product, a show, a band
    if name.sentence_start and _abstract_noun(word):
        return None  # "Speculation suggests": a common noun opens the sentence
    if _common_noun_subject(name, joiner.text):
        return None  # "Polling suggests", "Protesters say", "Traders said"
    if (
        joiner.followed_by_speech(name.span.start, name.span.end)
        and not PLACE_PREPOSITION_RE.search(
            joiner.text, max(0, name.span.start - 9), name.span.start
        )
        and not PLURAL_NOUN_AFTER_RE.match(joiner.text, name.span.end)
        # "Residents of Cicero and Berwyn say": a second place
        and not joiner.after_place_and(name.span.start)
    ):
        # Not "Deco, formerly managed by Mourinho at Porto, agreed" nor "the
        # lawyer leading the suit against Enron, said": a word after a
        # preposition ends an apposition, it is not who speaks.
        if joiner.after_org_and(name.span.start) and not is_given_name(word):
            # "Tata Consultancy Services and Infosys told staff": the
            # speakers are two organisations
            return Kind.ORGANIZATION, word, LISTED_WITH_ORG
        if (
            (
                joiner.text.endswith(" the ", 0, name.span.start)
                # "The Vatican says" opening a sentence (a live page's entry)
                or (
                    name.sentence_start
                    and joiner.text.endswith("The ", 0, name.span.start)
                )
            )
            and not is_given_name(word)
            # "the Cardinal said", "the Texan said", "the Khans say" (a
            # family), "the Caribbean": a title, people, a place
            and word.lower() not in TITLE_WORDS
            and not is_demonym(word)
            and word not in PLACES
            and word.removesuffix("s") not in joiner.people
        ):
            # "the Elysée said", "the Kremlin said": no person's name takes
            # "the"; what speaks is a body (as "The Fresno Bee reported")
            return Kind.ORGANIZATION, word, "the-name"
        return Kind.PERSON, word, "speech verb"
    if PARTICIPLE_SPEECH_RE.match(joiner.text, name.span.end):
        return Kind.PERSON, word, "speech verb"  # "Trump, speaking at …, said"
    if joiner.used_as_person(name.span.start, name.span.end):
        return Kind.PERSON, word, "used as a person"
    if (
        is_given_name(word)
        and joiner.text.startswith(",", name.span.end)
        and KIN_BEFORE_RE.search(
            joiner.text, max(0, name.span.start - 16), name.span.start
        )
    ):
        return Kind.PERSON, word, "kin"  # "Her grandson, Mateo, translated"
    if (
        joiner.text.startswith(",", name.span.end)
        and not joiner.common_word(word)
        and word not in PLACES
        and not is_demonym(word)
        and KIN_OF_BEFORE_RE.search(
            joiner.text, max(0, name.span.start - 24), name.span.start
        )
    ):
        return Kind.PERSON, word, "kin"  # "her husband, Wuilmer, was taken"
    if (
        is_given_name(word)
        and not joiner.common_word(word)
        and KIN_RIGHT_BEFORE_RE.search(
            joiner.text, max(0, name.span.start - 20), name.span.start
        )
    ):
        # "his wife Siân and their daughters", "her son Mateo was there": a
        # possessive and a kin noun before a known given name
        return Kind.PERSON, word, "kin"
    if (
        is_given_name(word)
        and not joiner.common_word(word)
        and KIN_LIST_BEFORE_RE.search(
            joiner.text, max(0, name.span.start - 60), name.span.start
        )
    ):
        return Kind.PERSON, word, "kin"  # "their children, Astrid and Tunde"
    if (
        not is_given_name(word)
        and not name.title
        and WHICH_AFTER_RE.match(joiner.text, name.span.end)
    ):
        # "Arriva, which runs buses"; "Cairn, which operates" after Cairn Energy
        return Kind.ORGANIZATION, joiner.orgs_by_opening.get(word, word), WHICH_RULE
    if FIRST_NAME_BEFORE_RE.search(
        joiner.text, max(0, name.span.start - 24), name.span.start
    ):
        # "a man who gave only his first name, Jorge,"
        return Kind.PERSON, word, "first name only"
    if (
        (
            PERSON_APPOSITION_RE.match(joiner.text, name.span.end)
            or person_noun_after(joiner.text, name.span.start, name.span.end)
        )
        and not joiner.text.endswith(" of ", 0, name.span.start)
        and not (
            # "faith in Anil, who is the company's chief": a given name
            joiner.text.endswith(PLACE_PREPOSITIONS, 0, name.span.start)
            and not is_given_name(word)
        )
        and not _opening_adverbial(name, joiner.text)
    ):
        # "Giggs, 31,"; not "Ana Ruiz, 32, of Cudahy, who", "Prof Kenji
        # Watanabe of Riken in Yokohama, who": a place
        return Kind.PERSON, word, "age or who after it"
    return None
