"""Verb forms the annotators read as cues: auxiliaries, past forms, headline verbs.

The dates read a clause's tense from them (`dates/tense.py`), the site's
surname step reads a verb after a name at a sentence start
(`indexes/surnames.py`), credits and figures read the end of a verb group.
Each list is written once, here; a rule that needs fewer words takes them
from these sets by name.
"""

from __future__ import annotations

BE_FORMS = frozenset("be been being is are am was were".split())
HAVE_FORMS = frozenset("has have had".split())
DO_FORMS = frozenset("do does did".split())
MODALS = frozenset("will would shall must should can could cannot may might".split())
NEGATED_PAST = frozenset("hasn't haven't hadn't didn't".split())

IRREGULAR_PAST = frozenset(
    """
said told went came took made gave got began saw found left met ran won lost held
sold bought fell rose paid sent spent struck brought thought became knew grew drew
flew wrote spoke broke chose drove hit put led fled kept felt heard meant built cast
stood sought caught taught fought shot sat slid sank stole swore threw woke wore
overtook undertook withdrew quit
""".split()
)
"""Past forms not in "-ed" (the "-ed" forms are read by their ending)."""

NOT_PAST_ED = frozenset(
    "need speed seed feed hundred indeed proceed succeed exceed red bed shed wed "
    "united naked wicked sacred".split()
)
"""Words in "-ed" that are no past form."""

HEADLINE_ACTION_VERBS = frozenset(
    "vows warns slams blasts defends backs pushes rejects seeks wants plans"
    " signs orders pledges resigns quits".split()
)
"""Verbs a Title Case headline writes after a person's name, beside the
speech verbs ("Quillon Vows to Reopen the Pier")."""

HEADLINE_CRITICISM_VERBS = frozenset(
    "slams blasts rips berates scolds chides mocks lambasts excoriates trashes"
    " condemns criticises criticizes accuses".split()
)
"""Verbs of attack a headline writes after its subject, before a quote
("Miller rips ICE brass: ‘…’"); the present tense only: a noun's plural
("torches", "rebukes", "taunts") is left out."""

CUSTODY_PARTICIPLES = frozenset(
    "arrested detained deported apprehended booked handcuffed rounded".split()
)
"""Participles of taking someone into custody: done by those of
`people_nouns.CUSTODY_HOLDERS` to others ("500 were detained")."""

_OPPOSITES = """
opened closed | opens closes | open close | opening closing
hired fired | hires fires | hire fire | hiring firing
added cut | adds cuts | add cut | adding cutting
added shed | adds sheds | add shed | adding shedding
added lost | adds loses | add lose | adding losing
gained lost | gains loses | gain lose | gaining losing
won lost | wins loses | win lose | winning losing
won drew | wins draws | win draw | winning drawing
drew lost | draws loses | draw lose | drawing losing
won drawing | won losing | drawn lost | drew losing
bought sold | buys sells | buy sell | buying selling
created cut | creates cuts | create cut | creating cutting
created lost | creates loses | create lose | creating losing
imported exported | imports exports | import export | importing exporting
"""
OPPOSITE_VERBS = frozenset(
    pair
    for line in _OPPOSITES.split("\n")
    for one in line.split("|")
    if len(words := one.split()) == 2
    for pair in ((words[0], words[1]), (words[1], words[0]))
)
"""Pairs of verbs that do opposite things to the same kind of thing: a count
after the second takes the noun of the first's ("opened 12 stores and
closed 8": 8 stores)."""
