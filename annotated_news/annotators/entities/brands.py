"""Whether a one-word brand ("YouGov", "EastEnders") names a firm.

A camel-case word is a brand's spelling, but brands name products, shows
and bands as often as firms ("PlayStation", "EastEnders", "OutKast"). The
words around one mention say which: a firm's part or a verb of business
after it ("a YouGov poll", "WorldCom's chief executive", "TimeWarner
said"), a role or a business phrase before it ("an analyst at
NikkoCitigroup", "according to PolitiFact", "shares in BlackRock"), a
corporate suffix or a web address ("OneStat.com"). One such mention makes
the word a firm in the whole article (`entities._with_org_nouns`).
"""

from __future__ import annotations

import re

from ...model import Span
from ..gender import is_given_name
from ..vocabulary.org_nouns import (
    APPOSED,
    BEFORE,
    FIRM_PARTS,
    FIRM_VERBS,
    OPENING_ADJECTIVES,
)

# Roles held at a firm, before "at"/"of"/"for" ("chief technology officer at
# NetSurity"); not the arts' ("the star of EastEnders").
FIRM_ROLES = FIRM_PARTS | frozenset(
    "officer president director manager researcher partner".split()
)
FIRM_AFTER_RE = re.compile(
    r"(?:['’]s?|/[A-Z][\w.]*)?[ \xa0](?:[a-z-]+[ \xa0])?"
    rf"(?:{'|'.join(sorted(FIRM_PARTS))})\b"
    rf"|[ \xa0](?:has[ \xa0])?(?:{'|'.join(sorted(FIRM_VERBS))})\b"
    # "GlaxoSmithKline saw its profits fall", "ThyssenKrupp dropping 1.7%"
    r"|[ \xa0](?!(?:in|on|at|of|for|with|to|from|by|and|or|as|than)[ \xa0])[a-z]+[ \xa0]"
    r"(?:its\b|(?:by[ \xa0])?\d[\d.]*%)"
    r"|\.(?:com|org|net)\b"
    r"|,?[ \xa0](?:Inc|Ltd|LLC|plc|PLC|Corp|Co)\b"
    # a credit at the end of an item: "[HuffPost.]", "[Lee Moran, HuffPost]"
    r"|\.?\]"
    # a quoted source: "- HuffPollster: “Pollsters are …"
    r"|:[ \xa0]?[“\"]"
    # "ArcelorMittal, the world's largest steel company,"
    rf"|,[ \xa0]the[ \xa0](?:[\w’'-]+[ \xa0]){{0,5}}(?:{'|'.join(sorted(APPOSED))})\b"
)
# A reporter or author named after the possessive: "by DNAinfo's Eddie Small",
# "RealClearPolitics’ David Byler".
POSSESSIVE_NAME_RE = re.compile(r"(?:['’]s?)[ \xa0]([A-Z][a-z]+)[ \xa0][A-Z]")
FIRM_BEFORE_RE = re.compile(
    r"(?:\b[Aa]ccording[ \xa0]to|\btold|\b(?:shares|stake|investment)[ \xa0]in"
    r"|\b(?:deal|talks|partnership|interview)[ \xa0]with|\bwriting[ \xa0]for"
    r"|\b(?:emails|documents|cables)[ \xa0]from"
    # "released by WikiLeaks", "an average calculated by RealClearPolitics";
    # not "gamers affected by EverQuest"
    r"|\b(?:released|published|posted|disseminated|unearthed|disclosed|leaked"
    r"|obtained|reported|calculated|conducted|commissioned|compiled|funded"
    r"|owned|acquired|bought|run|made|written|produced)[ \xa0]by"
    r"|\b(?:poll|polls|survey|report|study|analysis|data|statement)[ \xa0](?:by|from|for)"
    rf"|\b(?:{'|'.join(sorted(FIRM_ROLES))})[ \xa0](?:at|of|for|with))"
    r"[ \xa0](?:the[ \xa0])?$"
    # "The airline, SpiceJet, will": an organisation noun apposed
    rf"|\b(?:{'|'.join(sorted(BEFORE))}),[ \xa0]$"
    # a credit: "[WashPost.]", "h/t TheBlaze", "Ahmed Helal/LinkedIn"
    r"|(?:\[|\bh/t[ \xa0]|\w/)$"
    r"|\w-based[ \xa0]$"  # "Chicago-based AbbVie"
    # a firm's role or kind before it: "net analyst WebSideStory", "business
    # advisers PricewaterhouseCoopers", "Ailing EuroDisney" (not "its BBC
    # One rival EastEnders"), "a division of ScanSoft", "companies like
    # SecureWave"
    r"|\b(?:analysts?|advisers?|brokers?|pollsters?|consultants?"
    rf"|{'|'.join(sorted(OPENING_ADJECTIVES - {'rival'}))}"
    rf"|{'|'.join(sorted(a.capitalize() for a in OPENING_ADJECTIVES))})[ \xa0]$"
    r"|\b(?:division|unit|subsidiary|parent|owner|arm)[ \xa0]of[ \xa0]$"
    r"|\badvis(?:ing|es|ed)[ \xa0]$"  # "is advising SABMiller on its sale"
    r"|\b(?:[Cc]ompanies|[Ff]irms|[Bb]anks|[Bb]rands|[Gg]roups)[ \xa0](?:like|such[ \xa0]as|including)[ \xa0]$"
)


def is_initialism(word: str) -> bool:
    """Whether a word has more capitals than small letters: an abbreviation.

    "PwC", "BoE", "TfL", "BSkyB" name a body as an acronym does.
    """
    upper = sum(c.isupper() for c in word)
    return upper > len(word) - upper


def firm_evidence(span: Span, text: str) -> bool:
    """Whether the words around a one-word brand say it names a firm."""
    reporter = POSSESSIVE_NAME_RE.match(text, span.end)
    return (
        FIRM_AFTER_RE.match(text, span.end) is not None
        or (reporter is not None and is_given_name(reporter.group(1)))
        or FIRM_BEFORE_RE.search(text, max(0, span.start - 60), span.start) is not None
    )
