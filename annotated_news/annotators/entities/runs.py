"""Runs of capitalised words: the raw material of names.

A *run* is a sequence of capitalised words, possibly joined by "of", "and",
"for", "de" ("Department of Homeland Security", "Immigration and Customs
Enforcement", "Federico de Jesús"). Titles with a dot ("Sen.", "Gov.") and
initials ("Terry E. Branstad", "U.S.") belong to runs. A run never crosses a
sentence boundary. Leading words that merely start a sentence ("The", "In",
"According") are dropped.

A text with hard line wraps (wire copy: "said John" ends one line, "Smith,
its chairman" opens the next) puts each line in a block of its own; a name
broken at such a wrap is one run again (`_join_wrapped`). The text is not
changed: the run's span covers the newline, its words are joined by a space.
"""

from __future__ import annotations

import bisect
import dataclasses as dc
import itertools
import re

from ...model import Article, BlockKind, Span
from ..gender import is_given_name
from ..lexicon import (
    BODY_THINGS,
    COMPANY_LAST_NOUNS,
    DIGIT_NAMES,
    KNOWN_ORG_NAMES,
    LAST_ORG_WORDS,
    NAME_JOINERS,
    NOT_NAMES,
    NOT_PERSON_WORDS,
    ORG_WORDS,
    PARTY_NAMES,
    PLACES,
    SINGLE_ORGS,
    SPEECH_VERBS,
)
from ..nicknames import NICKNAME_RE, is_nickname
from ..vocabulary import org_nouns
from ..vocabulary.datelines import DATELINE_RE
from ..vocabulary.honorifics import (
    COURTESY,
    HONORIFICS,
    HONORIFICS_LOWER,
    NAME_SUFFIXES,
)
from ..vocabulary.letters import NAME_UPPER
from ..vocabulary.months import CAPITALISED_DAY_NAMES
from ..vocabulary.people_nouns import PEOPLE_NOUNS, PERSON_NOUNS
from ..vocabulary.titles import TITLE_WORDS
from ..vocabulary.venues import CLUB_LETTERS, CLUB_LETTERS_AFTER
from ..vocabulary.web_labels import (
    CREDIT_LABEL_RE,
    CREDIT_LINE_RE,
    LIVE_STAMP_RE,
    WEB_LABEL_RE,
    WEB_LINE_RE,
)

# Abbreviations written with a dot inside a name ("Sen. Ted Cruz", "Martin
# Luther King Jr."): the dot ends no sentence and no name.
TITLE_ABBREVIATIONS = sorted(
    {*HONORIFICS, *(s for s in NAME_SUFFIXES if s.istitle())}, key=len, reverse=True
)
# Capitals of Western and Central European names ("Łukasz", "Živković").
UPPER = NAME_UPPER
# Plurals of people that end in an apostrophe inside a body's name
# ("National Farmers' Union", "Veterans' Affairs"); not "Fox News' Megyn Kelly".
_PEOPLE_PLURALS = "|".join(
    sorted(
        {w.capitalize() for w in PEOPLE_NOUNS if w.endswith("s")}
        | {"Farmers", "Veterans", "Miners", "Pensioners", "Taxpayers", "Ratepayers"}
    )
)
# Words that end a body's name after a plural's possessive.
_BODY_WORDS = (
    "Council|Union|Association|Federation|Confederation|Trust|Fund|Society|League"
    "|Alliance|Institute|Guild|Club|Committee|Forum|Network|Organi[sz]ation|Party"
    "|Center|Centre|Initiative|Coalition|Commission|Conference"
)
# Words of an institution named by a saint's possessive ("St John's
# College"), and of those named by anyone's ("Guy's Hospital").
_HOSPITAL_WORDS = "Hospital|Hospice|Infirmary"
_INSTITUTION_WORDS = _HOSPITAL_WORDS + "|College|Cathedral|Church|School|Academy"
# Known organisations named with a possessive inside ("Samaritan's Purse"):
# the possessive, before the rest of the name, stays in the run.
_KNOWN_POSSESSIVES = "|".join(
    sorted(
        rf"{re.escape(head)}[’']s(?=[ ]{re.escape(rest)}\b)"
        for head, rest in (
            name.split("'s ", 1) for name in KNOWN_ORG_NAMES if "'s " in name
        )
    )
)
CAP = (
    rf"(?:[{UPPER}][^\W\d_]*&[{UPPER}][^\W\d_]*"  # "AT&T", "S&P", "M&S"
    rf"|(?:{'|'.join(TITLE_ABBREVIATIONS)})\.(?=[ ][{UPPER}])"
    # dotted capitals, two joined by a hyphen one name: "A.F.L.-C.I.O."
    rf"|(?:[{UPPER}]\.){{2,}}(?:-(?:[{UPPER}]\.){{2,}})?"
    rf"|[{UPPER}]\.(?=[ ][{UPPER}])"
    # The possessive of people in a body's name: "Women's Institute",
    # "People's Liberation Army", "National Farmers' Union", "The Prince's
    # Trust" (a royal's after "the": "Mr. King's show" is his).
    rf"|(?=[{UPPER}][a-z]+[’'])(?:"  # a quick look for the apostrophe first
    rf"(?:(?:Wo)?[Mm]en|People|Children|(?<=[Tt]he[ ])(?:Prince|King|Queen))"
    rf"[’']s(?=[ ][{UPPER}])"
    rf"|(?:{_PEOPLE_PLURALS})[’'](?=[ ][{UPPER}])"
    # any plural's possessive a body's word follows: "National Police Chiefs'
    # Council", "Fraternal Order of Police Lodges' Association"
    rf"|[{UPPER}][a-z]+s[’'](?=(?:[ ][{UPPER}][a-z]+){{0,2}}[ ](?:{_BODY_WORDS})\b)"
    # an office's possessive before its body: "Sheriff's Department", "U.S.
    # Attorney's Office"
    rf"|(?:Sheriff|Attorney|Marshal|Coroner|Governor|Mayor|Controller)[’']s"
    rf"(?=[ ](?:Department|Office)\b)"
    # a saint's possessive before an institution's word: "St Mary's
    # Hospital", "St Thomas' Hospital", "St John's College", "St. Anselm's
    # College"; anyone's before a hospital's word: "Guy's Hospital", "St
    # Michael's Hospice" (not "Sanders' College for All Act", "Brando's
    # Academy Award")
    rf"|(?:(?<=\bSt[ ])|(?<=\bSt\.[ ]))[{UPPER}][a-z]+(?:[’']s|(?<=s)[’'])"
    rf"(?=[ ](?:{_INSTITUTION_WORDS})\b)"
    rf"|[{UPPER}][a-z]+(?:[’']s|(?<=s)[’'])(?=[ ](?:{_HOSPITAL_WORDS})\b)"
    # a known organisation's: "Samaritan's Purse"
    rf"|{_KNOWN_POSSESSIVES})"
    # a group named by a letter and a number: "G20", "C40 Cities"
    rf"|(?:{'|'.join(DIGIT_NAMES)})(?![\w’'-])"
    # a digit between two capitals of one word: "Care4Calais"
    rf"|[{UPPER}][^\W\d_]*(?:\d[{UPPER}][^\W\d_]*)?(?:[’'][{UPPER}][^\W\d_]+"
    # "Ng'ongo", "Ng'ang'a": an apostrophe and small letters inside a name,
    # not a possessive's or a contraction's ("Obama's", "They're")
    rf"|(?:(?<=[a-z])[’'](?!(?:s|re|ll|ve|d|t|m)(?![^\W\d_]))[a-z]{{2,}})+"
    rf"(?:[’'][a-z])?)?"
    # "Murphy-O'Connor": an apostrophe's capital after a hyphen too
    rf"(?:-[{UPPER}][^\W\d_]*(?:[’'][{UPPER}][^\W\d_]+)?)*)"
)
# "&" joins the halves of one name only ("Procter & Gamble", "Marks & Spencer").
# Factored by first letters: every space inside a run tries them.
JOINER = (
    r"(?:of(?:[ ]the)?|for(?:[ ]the)?|and|&|the|de(?:[ ]la[s]?|[ ]los|l)?|du"
    r"|van(?:[ ]de[rn]?)?|von(?:[ ]der)?|zu|al|da|la|le|bin|ap|te[rn]?|dos|das"
    # after a capitalised particle opening a sentence: "Van der Veen said",
    # "Von der Leyen said"
    r"|(?<=\bVan[ ])de[rn]?|(?<=\bVon[ ])der|(?<=\bDe[ ])(?:la[s]?|los)"
    # "Council on Foreign Relations", "Committee on Benghazi", "Forum on
    # Coastal Towns"; not "the
    # Security Council on Friday"
    r"|on(?:(?<=Council[ ]on)|(?<=Commission[ ]on)|(?<=Committee[ ]on)"
    r"|(?<=Forum[ ]on))"
    rf"(?=[ ](?!(?:{'|'.join(sorted(CAPITALISED_DAY_NAMES))})\b)))"
)
# Name words that do not start with a capital, after the first word of a
# name: a Korean given name with its second syllable in lower case ("Ban
# Ki-moon", "Kim Jong-un", "Park Geun-hye"), not a compound ("Bush-era",
# "York-based"); an Arabic article before a family name ("Abdel Fattah
# al-Sisi").
NOT_SYLLABLES = "era|led|run|born|made|held|type|based|free|wide|style|like|owned|bound"
# Two consonants no romanised Korean syllable opens with ("Bush-spent").
NOT_SYLLABLE_ONSETS = (
    "sp|st|sc|sk|sl|sm|sn|sw|tr|pr|cr|br|dr|fr|gr|cl|bl|fl|gl|pl|th|wh|ph"
)
# The first syllable of a Korean given name: up to four letters, or five or
# six ending as only a Korean syllable does ("Heung-min", "Kyung-soo",
# "Chang-yong", "Hyeon-woo", "Cheol-min"); a longer English word before a
# hyphen ("Texas-sized") makes a compound. The second has two to six letters
# ("Eun-kyeong", "Dong-hyeong").
FIRST_SYLLABLE = r"(?:[a-z]{1,3}|[a-z]{2,3}(?:ng|on|ol|un))"
LOWER_NAME_PART = (
    rf"(?:[{UPPER}]{FIRST_SYLLABLE}-(?!(?:{NOT_SYLLABLES})(?![a-z])|{NOT_SYLLABLE_ONSETS})"
    r"[a-z]{2,6}"
    rf"|(?:al|el|ad|as|ash|ar|an|at|az)-[{UPPER}][^\W\d_]+)(?![\w-])"
)
# A Korean given name may open a run before a Korean family name ("Jae-hyun
# Park", "Min-jun Kim"), never before another word ("Pro-life Groups").
KOREAN_FAMILIES = (
    "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Shin|Kwon|Hwang|Ahn|Song"
    "|Yoo|Hong|Moon|Bae|Baek|Nam|Jeong|Seo|Jeon|Ko|Son|Heo|Ryu|Noh|Kwak|Chung"
)
KOREAN_GIVEN_FIRST = (
    rf"[{UPPER}]{FIRST_SYLLABLE}-(?!(?:{NOT_SYLLABLES})(?![a-z])|{NOT_SYLLABLE_ONSETS})"
    rf"[a-z]{{2,6}}(?=[ ](?:{KOREAN_FAMILIES})\b)"
)
KOREAN_GIVEN_RE = re.compile(
    rf"[{UPPER}]{FIRST_SYLLABLE}-(?!(?:{NOT_SYLLABLES})(?![a-z])|{NOT_SYLLABLE_ONSETS})"
    r"[a-z]{2,6}"
)
RUN_RE = re.compile(
    rf"(?<![\w’'-])(?:{CAP}|{KOREAN_GIVEN_FIRST})"
    rf"(?:(?:[ ]{JOINER}[ ]|[ ])(?:{LOWER_NAME_PART}|{CAP}))*"
    r"(?![\w-])"
)
# A word only a name is made of: a syllable pair in lower case after the
# hyphen ("Ki-moon"), an Arabic article ("al-Sisi").
NAME_ONLY_WORD_RE = re.compile(rf"^{LOWER_NAME_PART}$")
AND_RE = re.compile(r" and ")
OF_RE = re.compile(r" of ")
# What may stand between a sentence start and a word that starts it.
OPENING = " \t\n“\"‘'(—–-:[…"
MAX_OPENING = 4
WORD_RE = re.compile(r"\S+")


@dc.dataclass(slots=True)
class Run:
    """Capitalised words found in the text, before classification."""

    span: Span
    words: list[str]
    sentence_start: bool
    """The first word starts its sentence (capitalised for that reason alone)."""
    block_kind: BlockKind
    nickname: Span | None = None
    """A nickname inside the name, with its quotation marks and the spaces
    around them ('Tomas "Tommy" Berg'): inside the span, no part of the words."""

    def word_starts(self) -> list[int]:
        """Where each word starts in the text (words are one space apart)."""
        starts: list[int] = []
        at = self.span.start
        for word in self.words:
            if self.nickname is not None and at == self.nickname.start + 1:
                at = self.nickname.end
            starts.append(at)
            at += len(word) + 1
        return starts


# Words of more than three letters some styles leave in lower case in a
# Title Case headline ("Smith Clashes With Jones Over Budget").
TITLE_CASE_MINOR = frozenset(
    """
with from into onto over than upon amid near like past about after before under
until while within without across along among around behind between through
toward towards versus that this
""".split()
)


def is_title_case(text: str) -> bool:
    """Whether a line capitalises most of its words (a headline in title case)."""
    words = [w for w in WORD_RE.findall(text) if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.7 * len(words)


def _few_lower_words(text: str) -> bool:
    """Whether a line leaves at most one word in lower case that Title Case capitalises.

    Two or more make a sentence with many names, no headline ("President
    Trump ordered 2,000 National Guard troops to Los Angeles", a live page's
    bullet), where names are found as in any sentence.
    """
    words: list[str] = WORD_RE.findall(text)
    lower = sum(
        len(w) > 3 and w[0].islower() and w not in TITLE_CASE_MINOR for w in words
    )
    return lower < 2


def title_case_blocks(article: Article) -> set[int]:
    """The indexes of the headline and subheadings written in Title Case.

    The first line of several is the headline even when it ends with a stop
    and was read as a paragraph ("Ana Ruiz Speaks Out After Vote."), when
    it is one sentence.
    """
    text = article.text
    blocks = article.blocks
    first_is_headline = (
        len(blocks) > 1 and sum(s.block == 0 for s in article.sentences[:2]) == 1
    )
    return {
        i
        for i, block in enumerate(blocks)
        if (block.kind is not BlockKind.PARAGRAPH or (i == 0 and first_is_headline))
        and is_title_case(text[block.span.start : block.span.end])
        and _few_lower_words(text[block.span.start : block.span.end])
        # "Image source: Getty Images", "(Photo by Ana Ruiz/Getty Images)": a
        # credit, no headline
        and not CREDIT_LINE_RE.match(text, block.span.start, block.span.end)
        and not _tags_line(article, i)
    }


def _tags_line(article: Article, index: int) -> bool:
    """Whether a block is a web page's topic tags, after their label ("More about")."""
    if not index:
        return False
    label = article.blocks[index - 1].span
    return TAGS_LABEL_RE.fullmatch(article.text, label.start, label.end) is not None


# What a ministry or department is "of": a second one after "and" is part of
# the same name ("Ministry of Trade and Industry").
PORTFOLIOS = frozenset(
    """
industry trade commerce energy fisheries food agriculture rural affairs culture
media sport technology science innovation skills health welfare education
employment labour labor transport infrastructure housing communities environment
climate finance economy planning development security justice defence defense
tourism heritage forestry mines resources water telecommunications information
social economic research studies sciences arts policy
rights liberties refugees immigrants migrants justice equality freedom peace
pensions families schools services accountability democracy governance
transparency reconciliation
highways roads railways aviation shipping ports waterways transportation
communications petroleum power coal textiles livestock irrigation works land
""".split()
)


# Who a union's name says it gathers, last in it.
UNION_MEMBERS = frozenset({"Workers", "Employees"})
ACRONYM_OR_AMPERSAND_RE = re.compile(r"^(?:[A-Z]{2,6}|[A-Z][A-Za-z]*&[A-Z][A-Za-z]*)$")
ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ary")
# A capital inside a word after a small letter ("YouGov", "PwC",
# "CoreCivic") or capitals before small letters ("JPMorgan"); not after the
# prefixes of names ("McDonnell", "DeSantis", "LaToya", "DiCaprio",
# "MacArthur", "JaVale", "KeShawn").
CAMEL_CASE_RE = re.compile(
    r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Lo|Ja|Ke|Sha|Van|Von|Fitz)"
    r"(?:[A-Z][a-z]+[A-Z]|[A-Z]{2,}[a-z]{2,})"
)


def is_camel_case(word: str) -> bool:
    """A word with a capital inside it that no family name has: a brand's."""
    return CAMEL_CASE_RE.match(word) is not None


# People who act for a body, opening a run: "Lawyers for", "Supporters of".
PEOPLE_FOR_RE = re.compile(
    r"^(?:" + "|".join(sorted(w.capitalize() for w in PEOPLE_NOUNS)) + r") (?:for|of) "
)


# A body named for its work ends so, after "and" ("Pew Internet and
# American Life Project", "the International Maize and Wheat Improvement
# Center").
AND_BODY_ENDS = BODY_THINGS | {"center", "centre", "institute"}


def _split_and(run: str, after_the: bool = False) -> list[tuple[int, str]]:
    """Split a run at "and", unless it joins one organisation's halves.

    "Immigration and Customs Enforcement" stays one run. `after_the`: "the"
    is written right before the run, which no person's name takes.
    """
    if run.removeprefix("The ").removeprefix("the ") in KNOWN_ORG_NAMES:
        return [(0, run)]  # "the British and Irish Lions": one listed name
    parts = []
    pos = 0
    for match in AND_RE.finditer(run):
        left, right = run[pos : match.start()], run[match.end() :]
        right_words = right.split()
        # "U.S. Customs and Border Protection", "United States Citizenship
        # and Immigration Services": a place opens the first half
        # "Lawyers for U.S. Immigration and Customs Enforcement": the people
        # who act for a body are no part of its name
        bare_left = PEOPLE_FOR_RE.sub("", left).removeprefix("United States ")
        left_words = [
            w for w in bare_left.split() if w not in NOT_NAMES and w not in PLACES
        ]
        joined = (
            (
                len(left_words) == 1
                and bool(right_words)
                and right_words[-1].lower() in ORG_WORDS
                and left.strip() not in NOT_NAMES
                # "CoreCivic and GEO Group", "HSBC and Lloyds Banking Group": a
                # name of its own on either side, two organisations
                and not ACRONYM_OR_AMPERSAND_RE.match(left_words[0])
                and left_words[0] not in SINGLE_ORGS
                and not is_camel_case(left_words[0])
                and not ACRONYM_OR_AMPERSAND_RE.match(right_words[0])
                # "Marines and National Guard soldiers", "Army and Navy
                # officials": a service on each side, two bodies
                and left_words[0] not in org_nouns.MILITARY_SERVICES
            )
            or (
                # "Mexican American Legal Defense and Educational Fund": an
                # adjective opens the second half, which names nothing alone
                len(left_words) >= 2
                and 1 < len(right_words) <= 2
                and right_words[-1].lower() in ORG_WORDS
                and right_words[0].endswith(ADJECTIVE_ENDINGS)
                # "Goldman Sachs and Capital Economics": two names of their own
                and bare_left not in KNOWN_ORG_NAMES
                and right_words[0].lower() not in LAST_ORG_WORDS
                and not any(w.lower() in ORG_WORDS for w in left_words)
                and not is_given_name(left_words[0])
            )
            or (
                # "Independent Electoral and Boundaries Commission": an
                # adjective ends the first half, which names nothing alone
                len(left_words) >= 2
                and len(right_words) >= 2
                and right_words[-1].lower() in ORG_WORDS
                and left_words[-1].endswith(ADJECTIVE_ENDINGS)
                and left_words[-1].lower() not in ORG_WORDS
                and not any(w.lower() in ORG_WORDS for w in left_words)
                and not is_given_name(left_words[0])
                and not ACRONYM_OR_AMPERSAND_RE.match(left_words[0])
                and left_words[0] not in SINGLE_ORGS
                and not ACRONYM_OR_AMPERSAND_RE.match(right_words[0])
            )
            or (
                # "United Food and Commercial Workers (Local 324)", "Hotel and
                # Restaurant Employees": a union of the trades' workers
                bool(right_words)
                and (
                    right_words[-1] in UNION_MEMBERS
                    or (
                        len(right_words) > 2
                        and right_words[-2] == "Local"
                        and right_words[-3] in UNION_MEMBERS
                    )
                )
                and bool(left_words)
                and not ACRONYM_OR_AMPERSAND_RE.match(left_words[0])
                # "Ana Ruiz and Transport Workers", "Google and Amazon
                # Workers": a name of its own on the left
                and not is_given_name(left_words[0])
                and left_words[0] not in SINGLE_ORGS
            )
            or (
                # "Pew Internet and American Life Project", "Florence
                # Immigrant and Refugee Rights Project": a body named for
                # its work, of no name of its own before "and"
                len(right_words) > 1
                and right_words[-1].lower() in AND_BODY_ENDS
                and bool(left_words)
                and not any(w.lower() in ORG_WORDS for w in left_words)
                # a given name opens it only after "the", or before a noun
                # for a person (no one's surname): "the Florence Immigrant
                # and …", "Florence Immigrant and … lawyers"; not "Ana Ruiz
                # and Refugee Rights Project"
                and (
                    not is_given_name(left_words[0])
                    or (after_the and pos == 0)
                    or (len(left_words) > 1 and left_words[1].lower() in PERSON_NOUNS)
                )
                and not ACRONYM_OR_AMPERSAND_RE.match(left_words[0])
                # "Pew" alone is a name of its own, not "Pew Internet"
                and (left_words[0] not in SINGLE_ORGS or len(left_words) > 1)
                and not is_camel_case(left_words[0])
            )
            or (
                # "Ministry of International Trade and Industry", "Coalition for
                # Immigrant and Refugee Rights": the portfolios of one body
                # "of"/"for" them, not two names; a name may follow them
                # ("Secretary of Health and Human Services Ana Ruiz").
                (" of " in left or " for " in left)
                and _portfolio_words(right_words) > 0
            )
            or (
                # "Health and Human Services Secretary Ana Ruiz": portfolios
                # before the title of their minister
                len(left_words) == 1
                and left_words[0].lower() in PORTFOLIOS
                and 0 < (k := _portfolio_words(right_words)) < len(right_words)
                and right_words[k].lower().rstrip(".") in TITLE_WORDS
            )
        )
        if not joined:
            parts.append((pos, left))
            pos = match.end()
    parts.append((pos, run[pos:]))
    return parts


def _portfolio_words(words: list[str]) -> int:
    """How many of the first words name a portfolio, or 0.

    One or two words, the last of `PORTFOLIOS` ("Industry", "Human
    Services", "Urban Development"), then nothing or a capitalised word (a
    title or a name); no given name opens them.
    """
    for k in (1, 2):
        if (
            len(words) >= k
            and words[k - 1].lower() in PORTFOLIOS
            and not is_given_name(words[0])
            and (len(words) == k or words[k][:1].isupper())
        ):
            return k
    return 0


def _names_organisation(words: list[str]) -> bool:
    """Whether words after "of" name an organisation: "IBM", "AT&T", "Google"."""
    return (
        any(w.lower() in ORG_WORDS for w in words)
        # "of Samsung Asset Management", "of Taiwan Semiconductor Manufacturing Co."
        or (len(words) > 1 and words[-1].lower().rstrip(".") in LAST_ORG_WORDS)
        or any("&" in w for w in words)
        or (len(words) == 1 and words[0] in SINGLE_ORGS)
        or (len(words) == 1 and bool(ACRONYM_OR_AMPERSAND_RE.match(words[0])))
        # "of Hounslow AC", "of FC Utrecht": a club
        or (
            len(words) > 1
            and (words[0] in CLUB_LETTERS or words[-1] in CLUB_LETTERS_AFTER)
        )
        # "of BNP Paribas", "of UBS Warburg": a firm's letters, then its name
        or (
            len(words) == 2
            and bool(ACRONYM_OR_AMPERSAND_RE.match(words[0]))
            and words[0] not in PLACES
            and words[1] not in PLACES
        )
        # "of Oxfam Germany", "of SEIU California": a branch in a place
        or (
            len(words) == 2
            and words[1] in PLACES
            and (
                words[0] in SINGLE_ORGS or bool(ACRONYM_OR_AMPERSAND_RE.match(words[0]))
            )
        )
    )


FOR_RE = re.compile(r" for ")


def _split_for(offset: int, part: str) -> list[tuple[int, str]]:
    """Split "Cameron Easley for Morning Consult" before "for".

    A person named with a known given name is no part of what they work or
    write for; "Citizens for Tax Justice" and "Physicians for Human Rights"
    keep their names (no given name opens them).
    """
    match = FOR_RE.search(part)
    if not match:
        return [(offset, part)]
    left = part[: match.start()].split()
    if (
        len(left) >= 2
        and is_given_name(left[0])
        and left[0] not in NOT_NAMES
        and not any(w.lower() in ORG_WORDS for w in left)
    ):
        return [
            (offset, part[: match.start()]),
            (offset + match.end(), part[match.end() :]),
        ]
    return [(offset, part)]


# Words that take "of" after them in a title ("Maria Full of Grace", "Proud
# of Nothing"): no surname before a place or a body.
ADJECTIVES_BEFORE_OF = frozenset(
    "full proud afraid aware fond tired sick free short ahead out part".split()
)


def _split_of(offset: int, part: str) -> list[tuple[int, str]]:
    """Split "Terry E. Branstad of Iowa" before "of" and a place or an organisation.

    A place after "of" is no part of a person's name, nor is the
    organisation a person works for ("Jane Doe of AT&T", "Ana Ruiz of
    Google", "Meenakshi Ganguly of Human Rights Watch"): both name their own. "Bank of America" keeps its place, and
    "Secretary of the Department of State" its department.
    """
    match = OF_RE.search(part)
    if not match:
        return [(offset, part)]
    left, right = part[: match.start()], part[match.end() :]
    left_lower = [w.lower().rstrip(".") for w in left.split()]
    names = [w for w in left_lower if w not in TITLE_WORDS]
    if right in PLACES and names and not any(w in ORG_WORDS for w in left_lower):
        # "Gov. Terry E. Branstad of Iowa"; not "Governor of Texas"
        return [(offset, left), (offset + match.end(), right)]
    person = [w for w in left.split() if w.lower().rstrip(".") not in TITLE_WORDS]
    if (
        len(person) >= 2
        and (
            is_given_name(person[0])
            # "Meenakshi Ganguly of Human Rights Watch": a name of unknown
            # words, none of a place or a body, before an organisation
            or not any(w in NOT_PERSON_WORDS or w in PLACES for w in person)
        )
        and not any(w in ORG_WORDS for w in left_lower)
        and _names_organisation(right.split())
    ):
        return [(offset, left), (offset + match.end(), right)]
    if (
        len(person) >= 2
        and is_given_name(person[0])
        and person[0] not in NOT_NAMES
        and left_lower[-1] not in ADJECTIVES_BEFORE_OF
        and not any(w in ORG_WORDS for w in left_lower)
    ):
        # "Stacy Baker of Columbia", "Patricia Moran of Cheyenne": a town
        # the place list lacks, or a body of no organisation word ("Paul
        # Sperry of Counter Jihad"), is still no part of a name that opens
        # with a known given name; no body's name does ("Bank of America")
        return [(offset, left), (offset + match.end(), right)]
    return [(offset, part)]


def find_runs(article: Article) -> list[Run]:
    """Every run of the article, in text order, cut at sentence boundaries."""
    text = article.text
    starts = [s.span.start for s in article.sentences]
    runs: list[Run] = []
    title_case = title_case_blocks(article)
    for index, block in enumerate(article.blocks):
        if _tags_line(article, index):
            # "More about" / "Stephen MillerICEDonald Trump": a page's topic
            # tags glued together, each tag a name of its own
            for tag in TAG_RE.finditer(text, block.span.start, block.span.end):
                _add(runs, text, starts, tag.start(), tag.group(), block.kind)
            continue
        if index in title_case:
            continue  # Title Case capitalises everything: no evidence of names
        start = block.span.start
        if WEB_LINE_RE.fullmatch(text, start, block.span.end):
            continue  # "SHARE" alone on its line: a page's button, no acronym
        if dateline := DATELINE_RE.match(text, start, block.span.end):
            # "ROME, June 10, 2025 —": a place; what follows starts a sentence
            # ("LONDON (BBC) - The Home Office said": no "The"). The agency
            # in parentheses is named ("(Reuters)", "(AP)").
            start = dateline.end()
            while start < block.span.end and text[start] == " ":
                start += 1
            if start not in starts:
                starts = sorted({*starts, start})
            agency = text.find("(", dateline.start(), dateline.end())
            if agency >= 0:
                start = agency + 1
        elif stamp := LIVE_STAMP_RE.match(text, start, block.span.end):
            # "- 10:42 ET: The National Hurricane Center said": a live page's
            # entry starts a sentence after its clock stamp
            start = stamp.end()
            if start not in starts:
                starts = sorted({*starts, start})
        elif label := WEB_LABEL_RE.match(text, start, block.span.end):
            # "READ MORE: Trump says ...": a page's label, no name; the
            # headline after it starts a sentence
            start = label.end()
            if start not in starts:
                starts = sorted({*starts, start})
        listed_to = -1
        for match in RUN_RE.finditer(text, start, block.span.end):
            if match.start() < listed_to:
                continue  # a portfolio of a list already read
            piece = match.group()
            if piece.endswith((" Photo", " Photos")) and piece.count(" ") == 1:
                # "(AP Photo/Jae C. Hong)", "Reuters Photo": the agency's
                # credit, no person "AP Photo"
                piece = piece.rpartition(" ")[0]
            if piece.isupper() and TICKER_BEFORE_RE.search(
                text, max(start, match.start() - 24), match.start()
            ):
                # "(NYSE: HMC)": a share's symbol, no second name of the firm;
                # a symbol is capitals, not "(Picture: Mary Dunleavy)"
                continue
            if piece in LEGAL_FORMS and _after_name_and_comma(text, match.start()):
                continue  # "NBCUniversal Media, LLC": the form ends the name before
            if text.startswith(", ", match.end()) and (
                listed := _portfolio_list(text, match)
            ):
                listed_to = match.start() + len(listed)
                _add(runs, text, starts, match.start(), listed, block.kind)
                continue
            if (
                piece.endswith("Number")
                and text.startswith(" 10", match.end())
                and not text[match.end() + 3 : match.end() + 4].isalnum()
            ):
                # "a Number 10 spokesperson": the prime minister's office
                piece += " 10"
            if (
                piece.rpartition(" ")[2] == "Radio"
                or (
                    piece.rpartition(" ")[2] == "Channel"
                    and all(w in NOT_NAMES for w in piece.split()[:-1])
                )
            ) and (
                numbered := NUMBERED_NAME_RE.match(text, match.end(), block.span.end)
            ):
                # "Channel 4 News", "BBC Radio 5 Live", "Formula 1": a name
                # goes on past its number, with the words after it
                piece += numbered.group()
                listed_to = match.end() + len(numbered.group())
            if " " not in piece and piece != "Circuit":  # most runs: the short way
                if piece not in NOT_NAMES:
                    at_start = _at_sentence_start(
                        text, starts, match.start(), block.kind
                    )
                    runs.append(
                        Run(
                            Span(match.start(), match.start() + len(piece)),
                            [piece],
                            at_start,
                            block.kind,
                        )
                    )
                continue
            if piece.startswith(CIRCUITS) and (
                ordinal := ORDINAL_BEFORE_RE.search(
                    text, max(start, match.start() - 6), match.start()
                )
            ):
                # "the 9th U.S. Circuit Court of Appeals", "the 5th Circuit"
                _add(
                    runs,
                    text,
                    starts,
                    ordinal.start(),
                    text[ordinal.start() : match.end()],
                    block.kind,
                )
                continue
            if " " not in piece:
                continue  # "Circuit" alone names no court
            if text.startswith(" ", match.end()) and (
                piece.rpartition(" ")[2] in NUMBERED_BODIES
                and (number := NUMBER_AFTER_RE.match(text, match.end()))
            ):
                piece += number.group()  # "Task Force 51", "SEIU Local 2015"
            for offset0, part0 in _split_the(piece):
                after_the = part0.startswith(("The ", "the ")) or text.endswith(
                    ("the ", "The "), 0, match.start() + offset0
                )
                for offset, part in _split_and(part0, after_the):
                    for offset1, part1 in _split_for(offset, part):
                        for offset2, piece2 in _split_of(offset1, part1):
                            _add(
                                runs,
                                text,
                                starts,
                                match.start() + offset0 + offset2,
                                piece2,
                                block.kind,
                            )
    return _join_nicknames(_join_wrapped(runs, article), text)


# The label before a web page's topic tags, which the copy glues into one
# line ("More about" / "Stephen MillerICEDonald Trump").
TAGS_LABEL_RE = re.compile(r"[ ]*(?:More about|Related topics|Topics)[ ]*")
# One tag of such a line: capitalised words, ending where a capital follows
# a small letter ("MillerICE") or a run of capitals meets a capitalised
# word ("ICEDonald"); not inside "McDonald", "MacArthur", "DeSantis".
_TAG_WORD = (
    r"(?:[A-Z]{2,}(?![a-z])"
    r"|[A-Z](?:[a-z’'.-]|(?<=Mc)[A-Z]|(?<=Mac)[A-Z]|(?<=De)[A-Z]|(?<=La)[A-Z])*)"
)
TAG_RE = re.compile(rf"{_TAG_WORD}(?:[ ]{_TAG_WORD})*")


# An exchange and a colon in brackets before a share's symbol ("Norvane
# Technologies (NASDAQ: NRVN)", "(NYSE: HMC)", "(Nasdaq:AAPL)", "(TSX:
# SHOP)"): the exchange is named, the symbol after it is no name.
TICKER_BEFORE_RE = re.compile(r"\([A-Z][A-Za-z]*(?:[ ][A-Z][a-z]+)?:[ ]?$")


# A company's legal form after a comma, as the run finds it ("LLC", "L.P.";
# "Inc." without its stop, which ends the sentence).
LEGAL_FORMS = frozenset(
    f.rstrip(".") if f.count(".") == 1 else f for f in org_nouns.LEGAL_FORMS_AFTER_COMMA
)


def _after_name_and_comma(text: str, at: int) -> bool:
    """Whether a comma and a space right after a word stand before `at`."""
    return text.startswith(", ", at - 2) and text[at - 3 : at - 2].isalnum()


# A nickname in quotation marks between two capitalised words ('Tomas
# "Tommy" Berg'), which `nicknames.is_nickname` confirms.
NICKNAME_GAP_RE = re.compile(
    rf'[ ](?:"{NICKNAME_RE.pattern}"|“{NICKNAME_RE.pattern}”)[ ]'
)


INITIALS_RE = re.compile(r"(?:[A-Z]\.)+")


def _join_nicknames(runs: list[Run], text: str) -> list[Run]:
    """Join the two runs around a nickname in quotation marks into one name.

    After a given name or initials, 'Tomas "Tommy" Berg said' names Tomas Berg: the nickname (`nicknames`,
    the definition the quotes read too) stays in the span, out of the words.
    """
    out: list[Run] = []
    skip_to = -1
    for i, run in enumerate(runs):
        if run.span.start < skip_to:
            continue  # the nickname's own words
        gap = (
            NICKNAME_GAP_RE.match(text, run.span.end) if run.nickname is None else None
        )
        if (
            gap is not None
            # a given name or initials before it: not 'an Americanised
            # "Jimmy" Bond'
            and (is_given_name(run.words[-1]) or INITIALS_RE.fullmatch(run.words[-1]))
            and is_nickname(text, gap.start() + 1, gap.end() - 1)
        ):
            after = next((r for r in runs[i + 1 :] if r.span.start >= gap.end()), None)
            if (
                after is not None
                and after.span.start == gap.end()
                and len(run.words) + len(after.words) <= MAX_NAME_WORDS
            ):
                out.append(
                    dc.replace(
                        run,
                        span=Span(run.span.start, after.span.end),
                        words=run.words + after.words,
                        nickname=Span(gap.start(), gap.end()),
                    )
                )
                skip_to = after.span.end
                continue
        out.append(run)
    return out


# A court of appeals named by its circuit's ordinal: "the 9th Circuit".
CIRCUITS = ("U.S. Circuit", "Circuit")
ORDINAL_BEFORE_RE = re.compile(r"(?<![\w-])\d{1,2}(?:st|nd|rd|th)[ ]$")
# Bodies numbered after their name: "Task Force 51", "SEIU Local 2015",
# "BBC Radio 4"; a number of up to four digits, not a count ("51,000").
NUMBERED_BODIES = frozenset({"Force", "Local", "Lodge", "Squadron", "Radio"})
NUMBER_AFTER_RE = re.compile(r"[ ]\d{1,4}\b(?![%]|[,.]\d)")
OF_THE_RE = re.compile(r" (?:of|for) the ")
# Broadcasters named with a number inside or at the end: "Channel 4
# (News)", "Radio 4", "Radio 5 Live", "Channel 7 News". The number is one or
# two digits, the words after it capitalised; not a count ("Radio 4,000").
# "Channel" only by itself: "the English Channel 4 miles off" is a sea.
NUMBERED_NAMES = frozenset({"Channel", "Radio"})
NUMBERED_NAME_RE = re.compile(
    r"[ ]\d{1,2}(?![\d%,.:/-]\w|[\w%])(?:[ ](?:News|Live|Extra|Sport|Plus|Radio))?"
)


BARE_THE_RE = re.compile(r"(?<! of)(?<! for) the ")


def _split_bare_the(piece: str) -> list[tuple[int, str]]:
    """Split a run at "the" after a body's name.

    "told Fox News the Guard would be in Los Angeles" names Fox News, not
    "Fox News the Guard"; "Alfred the Great", "Save the Children" go on: no
    body's word or known organisation before "the".
    """
    match = BARE_THE_RE.search(piece) if " the " in piece else None
    if match is None:
        return [(0, piece)]
    last = piece[: match.start()].rpartition(" ")[2]
    if last.lower() not in ORG_WORDS and last not in SINGLE_ORGS:
        return [(0, piece)]
    return [(0, piece[: match.start()]), (match.end(), piece[match.end() :])]


def _split_the(piece: str) -> list[tuple[int, str]]:
    """Split a run at "the" after a body's name, then at "of the"/"for the"."""
    return [
        (offset + inner, part)
        for offset, bare in _split_bare_the(piece)
        for inner, part in _split_of_the(bare)
    ]


def _split_of_the(piece: str) -> list[tuple[int, str]]:
    """Split a run at "of the" or "for the", unless one body's name goes on.

    "Joint Council for the Welfare of Immigrants", "Secretary of the
    Treasury" and "U.S. Court of Appeals for the District of Columbia
    Circuit" are one name (an organisation word or a title before it, no
    organisation word after it); "Trump of the White House", "Mr. Morgan of
    the Sierra Club" and "Edison Research for the Associated Press" are two.
    """
    match = OF_THE_RE.search(piece)
    if match is None:
        return [(0, piece)]
    left = [w.lower().rstrip(".") for w in piece[: match.start()].split()]
    right = [w.lower().rstrip(".") for w in piece[match.end() :].split()]
    if (
        (
            any(w in ORG_WORDS for w in left)
            # "Catholic Bishops' Conference of the Philippines"
            or left[-1:] == ["conference"]
            or (
                len(left) <= 2
                and all(w in TITLE_WORDS and w not in HONORIFICS_LOWER for w in left)
            )
        )
        and not any(w in ORG_WORDS for w in right)
    ):
        return [(0, piece)]
    rest = _split_of_the(piece[match.end() :])
    return [(0, piece[: match.start()])] + [(match.end() + o, p) for o, p in rest]


# The rest of a body's name that lists its portfolios after a comma:
# "Department for Levelling Up, Housing and Communities", "Bureau of
# Alcohol, Tobacco, Firearms and Explosives".
LIST_ITEM = rf"[{UPPER}][a-z]+(?:[ ][{UPPER}][a-z]+){{0,2}}"
PORTFOLIO_LIST_RE = re.compile(rf"(?:,[ ]{LIST_ITEM})*,?[ ]and[ ]{LIST_ITEM}\b")
BODY_OF_RE = re.compile(r"\b(\w+)[ ](?:of|for)[ ]")


def _portfolio_list(text: str, match: re.Match[str]) -> str | None:
    """A body's name with the list of what it is "of" or "for", or None.

    The run names a body ("Department", "Ministry", "Bureau": an
    organisation word before "of" or "for"), a comma follows it (the caller
    looks), and the
    list's items hold no given name ("the Office of the Director, Ana Ruiz
    and Tom Lee" lists people), nor is only one item after ", and".
    """
    piece = match.group()
    body = BODY_OF_RE.search(piece)
    if body is None or body.group(1).lower() not in ORG_WORDS:
        return None
    if piece[body.end() :].removeprefix("the ") in PLACES:
        return None  # "the University of Chicago, Northwestern and Yale": a place's
    listed = PORTFOLIO_LIST_RE.match(text, match.end())
    if listed is None:
        return None
    if listed.group().startswith(", and "):
        return None  # "the Islamic Center of Irvine, and Rabbi Ana Ruiz": a new item
    items = re.split(r",? and |, ", listed.group()[2:])
    if any(is_given_name(item.split()[0]) for item in items if item):
        return None
    return piece + listed.group()


# A line broken by a hard wrap is long and ends with no stop; a short line
# without one is a headline, a byline or a list item ("By Ana Ruiz").
MIN_WRAPPED_LINE = 40
LINE_STOPS = ".!?:;\"”’')]"
MAX_NAME_WORDS = 4


def _join_wrapped(runs: list[Run], article: Article) -> list[Run]:
    """Join a run that ends a hard-wrapped line to the run that opens the next.

    "said John" / "Smith, its chairman": one name, when the first line is
    long, ends with the first run and no stop, and the next line starts with
    the second run, which is no word that only opens a sentence ("The").
    Lines separated by a blank line never join, nor a word and a full name
    that opens with a given name ("… as Lee meets Ishiba" / "Kim Min-seok,
    the new prime minister, said": two names).
    """
    text = article.text
    wrapped_ends = {
        block.span.end
        for block in article.blocks
        if block.span.end - block.span.start >= MIN_WRAPPED_LINE
        and text[block.span.end - 1] not in LINE_STOPS
        and text[block.span.end : block.span.end + 2].startswith("\n")
        and text[block.span.end + 1 : block.span.end + 2] not in ("\n", "")
        # a caption's next line is its credit ("Image source: Getty Images")
        and not CREDIT_LABEL_RE.match(text, block.span.end + 1)
    }
    if not wrapped_ends:
        return runs
    out: list[Run] = []
    for run in runs:
        last = out[-1] if out else None
        if (
            last is not None
            and last.span.end in wrapped_ends
            and run.span.start == last.span.end + 1
            and run.words[0] not in NOT_NAMES
            and len(last.words) + len(run.words) <= MAX_NAME_WORDS
            and not (
                len(last.words) == 1
                and len(run.words) > 1
                and is_given_name(run.words[0])
            )
        ):
            out[-1] = dc.replace(
                last,
                span=Span(last.span.start, run.span.end),
                words=last.words + run.words,
            )
            continue
        out.append(run)
    return out


def _at_sentence_start(
    text: str, starts: list[int], at: int, block_kind: BlockKind
) -> bool:
    """Whether only opening punctuation stands between a sentence start and `at`."""
    if block_kind is BlockKind.HEADLINE:
        return True
    k = bisect.bisect_right(starts, at) - 1
    sentence_from = starts[k] if k >= 0 else 0
    return at - sentence_from <= MAX_OPENING and not text[sentence_from:at].strip(
        OPENING
    )


def _opens_sentence(word: str) -> bool:
    """A capitalised word that only opens the sentence before a name.

    A sentence adverb ("Apparently Smith", "Separately Jones": "-ly", not a
    given name such as "Kelly"), an organisation noun ("Bookmakers
    Ladbrokes", "Carmaker Nissan": `vocabulary/org_nouns.py`, which then
    marks the name an organisation) or an adjective said of companies
    ("Rival Sony", "Embattled Rover": `org_nouns.OPENING_ADJECTIVES`).
    """
    lower = word.lower()
    if lower.endswith("ly") and len(word) > 4 and not is_given_name(word):
        return True
    if lower in org_nouns.OPENING_ADJECTIVES or (
        # "Rivals Zendesk and Freshdesk": the plural too
        lower.endswith("s") and lower[:-1] in org_nouns.OPENING_ADJECTIVES
    ):
        return True
    return lower in org_nouns.BEFORE or (
        lower.endswith("s") and lower[:-1] in org_nouns.BEFORE
    )


# Words before a month that make it a date: "in June", "since Jan"; not a
# credit's "by" ("Editing by Jan Harvey").
DATE_WORDS_BEFORE_RE = re.compile(
    r"(?:\b(?:[Ii]n|[Oo]n|[Ss]ince|(?<!ing[ ])[Bb]y|[Uu]ntil|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly"
    r"|[Ll]ate|[Ff]rom|[Tt]o|[Bb]efore|[Aa]fter|[Oo]f|[Tt]he|[Aa]|[Ee]very)[ ]|mid-)$"
)


# A modal verb that is also a given name: "as Will Smith arrived", "Will
# Smith arrived." (not the question "Will Trump win?").
MODAL_GIVEN_NAMES = frozenset({"Will"})


def _modal_given_name(words: list[str], text: str, at: int) -> bool:
    """A modal's word that is a given name before a surname ("Will Smith").

    Inside a sentence the modal is written in lower case; opening one, it
    asks a question, which ends in "?".
    """
    if len(words) < 2 or words[0] not in MODAL_GIVEN_NAMES:
        return False
    if not (words[1][1:].isalpha() and words[1][1:].islower()):
        return False  # "Will IBM", "Will AI"
    if any(w in NOT_NAMES for w in words[1:]):
        return False  # "We Will Rock You": a title's words
    before = text[max(0, at - 12) : at].rstrip().rpartition(" ")[2]
    if before[:1].isupper() and before[-1:].isalpha():
        return False  # "We Will …": inside a capitalised title
    stop = re.search(r"[.!?\n]", text[at : at + 300])
    return stop is None or stop.group() != "?"


def _courtesy_title(words: list[str]) -> bool:
    """A courtesy title without a dot before a capitalised name ("Mr Smith").

    British style writes no dot; the title says a person follows, as "Mr."
    does, so it stays in the run (not before a particle: "Mr de Vabres" is
    the end of a full name, found as "de Vabres").
    """
    return len(words) > 1 and words[0] in COURTESY and words[1][:1].isupper()


def _month_given_name(words: list[str], text: str, at: int) -> bool:
    """A month's name that is a given name before a surname.

    "Jan Egeland", "April Ryan"; not after a word that makes it a date ("in
    June Smith").
    """
    return (
        len(words) > 1
        and words[0] in CAPITALISED_DAY_NAMES
        and (
            (
                is_given_name(words[0])
                and words[1] not in NOT_NAMES
                and words[1][1:].isalpha()
                and words[1][1:].islower()  # "the April IMF meetings"
            )
            # "Jun Young-hyun": a Korean family name before a Korean given name
            or KOREAN_GIVEN_RE.fullmatch(words[1]) is not None
        )
        and not DATE_WORDS_BEFORE_RE.search(text, max(0, at - 8), at)
    )


def _add(
    runs: list[Run],
    text: str,
    starts: list[int],
    start: int,
    piece: str,
    block_kind: BlockKind,
) -> None:
    """Cut a piece at sentence starts, drop leading sentence words, keep the rest."""
    cuts = [start]
    i = bisect.bisect_right(starts, start)
    while i < len(starts) and starts[i] < start + len(piece):
        cuts.append(starts[i])
        i += 1
    cuts.append(start + len(piece))
    for a, b in itertools.pairwise(cuts):
        words = text[a:b].split()
        while words and words[-1] in NAME_JOINERS:
            words.pop()
        at_start = _at_sentence_start(text, starts, a, block_kind)
        lead = 0
        while words and (
            (
                words[0] in NOT_NAMES
                and not _courtesy_title(words)
                and not _month_given_name(words, text, a + lead)
                and not _modal_given_name(words, text, a + lead)
            )
            or words[0] in NAME_JOINERS
            or (at_start and words[0].lower() in SPEECH_VERBS)
            # "Given Obama's strong job approval": a preposition; "Shay
            # Given" keeps his surname
            or (at_start and words[0] == "Given" and len(words) > 1)
            or (at_start and len(words) > 1 and _opens_sentence(words[0]))
        ):
            if words[0] == "The" and not at_start and len(words) > 1:
                break  # "told The Independent": part of the name
            if (
                words[0] == "All"
                and len(words) > 2
                and words[-1].lower() in ORG_WORDS
                and text.endswith(("the ", "The "), 0, a + lead)
            ):
                # "of the All Progressives Congress", "The All India Football
                # Federation": part of the name
                break
            if (
                len(words) == 2
                and words[1].lower() in COMPANY_LAST_NOUNS
                and words[0] not in NOT_NAMES
            ):
                # "Network Rail said": an organisation noun and what a firm
                # runs is the firm's whole name, no noun before a name
                break
            if len(words) > 1 and (
                " ".join(words) in KNOWN_ORG_NAMES or " ".join(words) in PARTY_NAMES
            ):
                break  # "All Blacks", "The American Red Cross", "One Nation": a known name
            if (
                len(words) > 2
                and words[0].lower() in org_nouns.BEFORE
                and words[1] in ("of", "for")
            ):
                # "The Bank of England said", "The Union of Wenlow Farmers":
                # the noun heads the body's own name
                break
            if (
                len(words) > 1
                and words[0].lower() in org_nouns.BEFORE
                and words[1].lower() in org_nouns.BODY_WORDS_AFTER
            ):
                break  # "The Charity Commission said": the body's own name
            if (
                words[0] in CAPITALISED_DAY_NAMES
                and words[1:2]
                and (words[1].lower() in ORG_WORDS)
            ):
                break  # "The Sunday Telegraph", "Sunday Times": a paper's name
            if (
                words[0] in NOT_PERSON_WORDS
                and len(words) > 1
                and (
                    any(w.lower() in ORG_WORDS for w in words[1:])
                    # "The American Red Cross said"
                    or " ".join(words) in KNOWN_ORG_NAMES
                )
            ):
                # "the American Immigration Council", "The American Civil
                # Liberties Union of Southern California": all of its name
                break
            lead += len(words[0]) + 1
            words.pop(0)
            at_start = True
        if not words or (
            len(words) == 1
            and words[0] in LEGAL_FORMS
            and _after_name_and_comma(text, a + lead)
        ):
            continue  # "Harlow Mining, PLC and ...": the form ends the name before
        name_start = a + lead
        name = " ".join(words)
        if text[name_start : name_start + len(name)] != name:
            continue  # a run never spans a newline; be safe
        runs.append(
            Run(Span(name_start, name_start + len(name)), words, at_start, block_kind)
        )
