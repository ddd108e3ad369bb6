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

NEWSPAPER_WORDS = frozenset(
    """
Guardian Herald Telegraph Observer Independent Times Mirror Sun Mail Express
Scotsman Economist Spectator Standard Record Post Journal Tribune Gazette
Chronicle Courier Inquirer Globe Star Atlantic Hill Register Examiner Dispatch
Sentinel Bee Echo Argus Age Australian Oregonian Statesman Listener Bookseller
""".split()
)
"""Words that name a newspaper or a magazine alone after "the"."""

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
