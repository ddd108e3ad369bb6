"""Nouns that head an unnamed source: "two sources", "a senior official".

Read by the credits annotator (an anonymous credit's head word) and by the
quotes annotator ("He called it “pathetic,” one source said": the source
reports the words; the one before the quote said them).
"""

from __future__ import annotations

SOURCE_NOUNS = frozenset(
    """
source sources official officials person people aide aides adviser advisers
advisor advisors staffer staffers employee employees attorney attorneys prosecutor
prosecutors officer officers agent agents lawmaker lawmakers diplomat diplomats
insider insiders executive executives spokesperson spokesman spokeswoman
individual individuals witness witnesses attendee attendees participant
participants analyst analysts investigator investigators expert experts
engineer engineers worker workers player players resident residents student
students teacher teachers doctor doctors nurse nurses lawyer lawyers researcher
researchers scientist scientists manager managers director directors leader
leaders colleague colleagues friend friends relative relatives neighbor neighbors
neighbour neighbours eyewitness eyewitnesses negotiator negotiators
""".split()
)

# Nouns that head a document named as a source: "memos obtained by X", "the
# memo says agents should “…”". Read by the credits annotator (a document
# credit) and by the quotes annotator (a few words quoted of a document are
# its own).
DOCUMENT_NOUNS = frozenset(
    """
plan plans memo memos memorandum memoranda document documents email emails letter
letters report reports guide guidance draft drafts filing filings record records
transcript transcripts complaint indictment proposal proposals study survey
analysis assessment review audit notes minutes order orders directive directives
briefing cable cables text texts message messages slides presentation agreement
contract contracts budget lawsuit affidavit warrant ruling court papers
""".split()
)

# Documents whose own words a story quotes ("the memo says officers should
# “use judgment”"); a survey, study or budget is quoted for findings and
# numbers, and a few quoted words after it stay words in quotation marks.
WORDED_DOCUMENTS = DOCUMENT_NOUNS - frozenset(
    """
plan plans study survey analysis assessment review audit budget proposal proposals
agreement contract contracts record records notes minutes slides presentation
""".split()
)

# What pictures or posts are called: "Videos posted to social media show
# agents …" opens a sentence with no person (read with `SOURCE_NOUNS` and
# `DOCUMENT_NOUNS` by the entities annotator).
MEDIA_NOUNS = frozenset(
    """
video videos photo photos photograph photographs image images picture pictures
footage clip clips recording recordings post posts tweet tweets
""".split()
)
