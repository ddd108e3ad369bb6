"""Newspapers named by one word after "the" ("told the Guardian").

A one-word newspaper name is a common word too ("the Sun", "the Atlantic",
"the Times"), so the entities annotator reads it as the outlet only where
the text says it is one: after a verb of telling or reporting and "the"
("told the Herald", "seen by the Mirror", "according to the Times", "in an
interview with the Observer"), or with a possessive or a speech verb after
it. The words of `NAMES_ALONE` name nothing else when capitalised after
"the" in the middle of a sentence, so they need no such cue ("the
Guardian's agony aunt").
"""

from __future__ import annotations

NAME_END_WORDS = (
    "News",
    "Times",
    "Post",
    "Journal",
    "Tribune",
    "Herald",
    "Gazette",
    "Chronicle",
    "Telegraph",
    "Guardian",
    "Magazine",
    "Press",
    "Daily",
    "Courier",
    "Observer",
    "Globe",
    "Inquirer",
    "Reporter",
    "Radio",
    "Television",
)
"""Words that end a news outlet's name ("Fox News", "the Boston Globe", "the
Daily Courier"): the credits read a phrase ending in one as an outlet
(`credits.NEWS_WORDS`), the quotes' "the newspaper said" finds the outlet the
article last named by one (`quotes/resolve.NEWS_NAME_RE`)."""

NEWS_BRANDS = (
    "Axios",
    "Reuters",
    "Politico",
    "CNN",
    "NBC",
    "CBS",
    "ABC",
    "Fox",
    "AP",
    "Independent",
)
"""Outlets named without such a word ("Reuters", "CBS"), which the quotes
read as `NAME_END_WORDS` ("the network said" after "CBS")."""

NOT_PAPERS_ALONE = frozenset(
    {"News", "Magazine", "Press", "Daily", "Reporter", "Radio", "Television"}
)
"""Words of `NAME_END_WORDS` that are common nouns after "the" ("the news",
"the press", "the radio"): no paper's name alone."""

NEWSPAPER_WORDS = (frozenset(NAME_END_WORDS) - NOT_PAPERS_ALONE) | frozenset(
    """
Independent Mirror Sun Mail Express Scotsman Economist Spectator Standard
Record Star Atlantic Hill Register Examiner Dispatch Sentinel Bee Echo Argus
Age Australian Oregonian Statesman Listener Bookseller
""".split()
)
"""Words that name a newspaper or a magazine alone after "the": the ends of
outlets' names that are no common noun, and one-word papers ("the Sun")."""

NAMES_ALONE = frozenset(
    """
Guardian Telegraph Herald Observer Independent Scotsman Economist Spectator
Tribune Gazette Chronicle Inquirer Oregonian
""".split()
)
"""Those that name an outlet after "the" without a cue ("the Guardian")."""

CUES_BEFORE = (
    "told",
    "tells",
    "telling",
    "tell",
    "seen by",
    "obtained by",
    "according to",
    "interview with",
    "interviewed by",
    "speaking to",
    "spoke to",
    "speaking with",
    "spoke with",
    "talking to",
    "talked to",
    "reported by",
    "reported in",
    "report in",
    "reports in",
    "quoted in",
    "quoted by",
    "cited by",
    "wrote in",
    "writing in",
    "writes in",
    "published in",
    "published by",
    "article in",
    "column in",
    "letter to",
    "leaked to",
    "confirmed to",
    "said to",
    "says",
    "said",
    "reports",
    "reported",
    "wrote",
    "writes",
    "commissioned by",
    "carried by",
)
"""What is written before "the" and an outlet's one-word name: a verb of
telling or reporting, or the preposition it takes ("seen by the Herald")."""
