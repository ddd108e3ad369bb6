"""Common nouns that say the name next to them is an organisation (lower-case).

"net monitoring firm Netcraft", "oil giant Yukos", "a company called
Akamai", "the Kommersant newspaper": written right before a name (or after
"called"/"named"), or right after it for `AFTER`, these make it an
organisation, in every mention of the article ("Netcraft said" is then the
firm speaking, not a person). Roles that people hold too ("broadcaster",
"publisher") are left out: "broadcaster Cuthbert Fanshawe" is a person.
"""

from __future__ import annotations

BEFORE = frozenset(
    """
firm company giant group bank carrier airline retailer supermarket maker
manufacturer carmaker automaker chipmaker drugmaker distributor insurer lender operator
conglomerate start-up startup subsidiary newspaper daily tabloid magazine
website network chain brand label studio club bookmaker consultancy agency
provider supplier utility brokerage watchdog regulator charity union think-tank
tank body housebuilder homebuilder brewer winemaker distiller
""".split()
) | {
    # a broadcaster ("TV channel Five", "cable channel HBO"); not "channel"
    # alone: "multi-channel TV", "the Channel Tunnel"
    "TV channel",
    "television channel",
    "cable channel",
    "music channel",
    "news channel",
    "shopping channel",
    "sports channel",
}
"""Nouns written right before an organisation's name ("oil giant Yukos"), also
in the plural and capitalised at a sentence start ("Bookmakers Ladbrokes")."""

BODY_WORDS_AFTER = frozenset(
    """
commission council committee authority board association federation fund trust
society foundation institute ombudsman
""".split()
)
"""A body's word right after one of `BEFORE` at a sentence start ("The
Charity Commission said", "Agency Board"): the noun is the first word of
the body's name, no noun before a name."""

BROADCAST_ENDS = frozenset({"tv", "television", "channel", "sports", "broadcasting"})
"""Last words of a broadcaster's name ("Sky Sports", "Tennis Channel", "Citizen
TV", "Bloomberg Television"): such a name, with no given name in it, that was
told something or speaks is the outlet, no person ("told Sky Sports she
would be back"; not "the English Channel")."""

AFTER = frozenset(
    {
        "newspaper",
        "daily",
        "magazine",
        "group",
        "website",
        "gang",
        "cartel",
        "militia",
        "building society",
    }
)
"""Nouns written right after an organisation's name ("the Kommersant newspaper")."""

OPENING_ADJECTIVES = frozenset(
    """
rival struggling embattled troubled beleaguered ailing cash-strapped loss-making
debt-laden debt-ridden state-owned state-run privatised privatized
""".split()
)
"""Adjectives that open a sentence before a company's name ("Rival Sony said",
"Struggling Rover"): no part of the name."""

APPOSED = (
    BEFORE
    | frozenset(
        """
organization organisation nonprofit non-profit coalition alliance association
nongovernmental non-governmental charity foundation institute tank outlet
broadcaster publisher contractor party movement
""".split()
    )
    | {"market leader"}
)
"""Nouns that end an apposition saying what an organisation is ("Muslim
Advocates, a legal advocacy organization,", "Democracy Forward, a legal
group", "Smurfit Westrock, the market leader,"): here "broadcaster" and
"publisher" name firms, after "a"."""
PERSON_TOO = frozenset({"regulator", "broadcaster", "publisher", "contractor"})
"""Nouns of `APPOSED` that name a person as well as a body ("A.B. Carvell, a
former regulator,"): they make no organisation of a name that reads as a
person's by itself (initials and a surname)."""

BODIES = APPOSED | frozenset(
    """
department ministry office government administration court police campaign
committee council commission embassy agency company
""".split()
)
"""Nouns for a body that speaks as one ("The department issued a statement.
“…,” it said"): the "it" after a sentence that such a body opens."""

FIRM_PARTS = frozenset(
    """
chief chiefs boss bosses executive executives chairman chairwoman founder
co-founder spokesman spokeswoman spokesperson analyst analysts economist
economists editor editors reporter reporters correspondent researchers staff
employees workers shareholders investors customers subscribers board shares
stock profit profits accounts finances collapse headquarters merger takeover
poll polls polling pollster survey surveys average data analysis report study
investigation forecast forecasts interview emails documents cables trove release
disclosures podcast website store stores article
""".split()
)
"""Nouns after a one-word brand that say it is a firm, a pollster or an
outlet, not a product, a show or a band ("a YouGov poll", "WorldCom's chief
executive", "six WorldCom executives", "the RealClearPolitics average");
the nouns a show or a band takes ("EastEnders star", "its head writer",
"OutKast's album") are not among them."""

FIRM_VERBS = frozenset(
    """
said says told asked reported reports announced found published released
posted noted documented showed shows showing confirmed declined denied employs
owns bought acquired obtained estimated projected rated interviewed polled
appointed hired
""".split()
)
"""Verbs of speech and business right after a one-word brand ("TimeWarner
said", "WikiLeaks released", "PolitiFact rated"): a firm's or an outlet's."""

# Armed services named by one word: "Army and Navy officials", "Marines and
# National Guard soldiers" name two bodies (or people of one), never one
# body whose portfolios "and" joins.
MILITARY_SERVICES = frozenset({"Army", "Navy", "Marines"})

LEGAL_FORMS_AFTER_COMMA = (
    "Inc.",
    "Inc",
    "LLC",
    "L.L.C.",
    "Ltd.",
    "Ltd",
    "L.P.",
    "LP",
    "LLP",
    "PLC",
    "plc",
    "S.A.",
    "N.V.",
    "Corp.",
    "Co.",
    "GmbH",
    "AG",
)
"""A company's legal form written after a comma ("NBCUniversal Media, LLC",
"Acme Widgets, Inc.", "Kestrel Partners, L.P."): part of the name before
it, which it makes an organisation; no name of its own."""

COMPANY_ENDS = frozenset(
    """
technologies technology holdings group industries systems pharmaceuticals
motors airlines airways software solutions communications entertainment
electronics securities investments insurance telecom corp corporation inc ltd
plc partners ventures brands enterprises labs laboratories therapeutics
biosciences semiconductor semiconductors networks robotics micro devices
""".split()
)
"""Last words of a company's name after which its first word stands for it
alone ("Norvane Technologies" … "Norvane said", "Halvani Group" …
"Halvani's board"); the words of other bodies leave the first word a
town's or a person's ("Cleveland Clinic", "Obama White House")."""
