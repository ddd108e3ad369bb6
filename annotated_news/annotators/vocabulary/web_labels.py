"""Labels of web pages copied with an article: "READ MORE:", "WATCH:".

A page copied from a news site keeps the furniture between its paragraphs:
a label in capitals, a colon, then a link's headline ("READ MORE: Trump
says ..."). The label is an English word or two, no name: read by the names
annotator, which starts the block after it (what follows starts a sentence).
"""

from __future__ import annotations

import re

# Ordered as they are seen most, each an all-caps English word or two; a
# name in capitals before a colon ("TRUMP: I will win", "NHS: waits grow")
# is no label, so the labels are listed, not guessed.
WEB_LABELS = (
    "READ MORE",
    "MORE",
    "WATCH",
    "RELATED",
    "BREAKING",
    "BREAKING NEWS",
    "EXCLUSIVE",
    "SIGN UP",
    "LISTEN",
    "UPDATE",
    "UPDATED",
    "ANALYSIS",
    "OPINION",
    "VIDEO",
    "PHOTOS",
    "LIVE",
    "SEE ALSO",
    "ALSO READ",
    "RECOMMENDED",
    "ADVERTISEMENT",
)

# A label at the start of a block, with its colon and the spaces after it.
WEB_LABEL_RE = re.compile(
    rf"[ ]*(?:{'|'.join(sorted(WEB_LABELS, key=len, reverse=True))}):[ ]*"
)

# Buttons and markers that stand alone on a line of a copied page, in
# capitals or not ("SHARE" between two live-blog posts): a line that is only
# one of them names nothing, though a word in capitals reads as an acronym.
WEB_LINES = (
    "SHARE",
    "SHARE THIS",
    "ADVERTISEMENT",
    "SKIP ADVERTISEMENT",
    "SPONSORED",
    "PROMOTED",
    "COPY LINK",
    "SUBSCRIBE",
    "TRENDING",
    "TOP STORIES",
    "CONTINUE READING",
    "LISTEN TO ARTICLE",
)

# A block that is only such a marker ("SHARE", "Advertisement").
WEB_LINE_RE = re.compile(
    rf"[ ]*(?i:{'|'.join(sorted(WEB_LINES, key=len, reverse=True))})[ ]*"
)

# The label of a photo's credit line ("Image source: Getty Images",
# "Photograph: Vatican Media/Handout via Reuters", "Photo credit: …"): what
# follows names the photographer and the agencies, no Title Case headline.
CREDIT_LABEL = (
    r"(?:Image[ ]source|Image[ ]credit|Photo[ ]credit|Picture[ ]credit"
    r"|Photograph|Photo|Picture|Image|Credit)s?:[ ]"
)
CREDIT_LABEL_RE = re.compile(rf"[ ]*{CREDIT_LABEL}")
# A photo credit's line: its label, or "Photo by", in brackets or not
# ("(Photo by Ana Ruiz/Getty Images)", "Picture: Ana Ruiz").
CREDIT_LINE_RE = re.compile(
    rf"[ ]*\(?(?:{CREDIT_LABEL}|(?:Photo|Picture|Photograph|Image)s?[ ]by[ ])"
)


LIVE_STAMP_RE = re.compile(
    r"[ ]*(?:[-•*][ ]*)?\d{1,2}[:.]\d{2}(?:[ ]?[ap]\.?m\.?)?(?:[ ][A-Z]{2,4})?"
    r"[ ]?[:—–-][ ]*"
)
"""A live page's clock stamp opening an entry ("- 10:42 ET: ", "9.05am — ",
"14:32 BST: "): what follows starts a sentence ("The National Hurricane
Center said" is no "The …" name)."""


# A transcript's labels ("CHEW: Senator, we do not sell data."): what a
# label before a colon names no one by, a role in the exchange ("HOST:",
# "Q:", "INTERVIEWER:").
ROLE_LABELS = frozenset(
    """
Q A QUESTION ANSWER HOST CO-HOST INTERVIEWER MODERATOR ANNOUNCER NARRATOR
REPORTER CORRESPONDENT ANCHOR CROWD AUDIENCE UNIDENTIFIED VOICE CALLER
""".split()
)
