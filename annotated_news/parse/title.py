"""A readable title for a seed without a headline, derived from its lead.

The lead sentence of a news story is long ("In mid-May, White House deputy
chief of staff Stephen Miller, frustrated over ..., berated ..."). The title
keeps its main clause: a short opening adverbial ("In mid-May,") and
comma-delimited asides are dropped. A longer text is cut where a clause ends
("… officials | if they did not …", "| , according to …"), so that the title
is a whole phrase without an ellipsis; only when no clause ends between
`MIN_CLAUSE` and `MAX_CLAUSE` characters is it cut at a word boundary before
`MAX_CHARS`, ending with "…". A clause cut never changes the page's URL:
it is used only when it gives the same slug as the word cut.
"""

from __future__ import annotations

import re

from ..slugs import slug

MAX_CHARS = 90
MIN_CLAUSE = 40
MAX_CLAUSE = 140
SLUG_CHARS = 60
"""The title characters a page's slug keeps (`parse.article.MAX_SLUG_TITLE`)."""
# Where a clause ends: before a subordinate clause or an attribution, a
# semicolon or a dash (not at a plain comma, which may be inside a list).
CLAUSE_END_RE = re.compile(
    r"(?:,\s+(?=(?:according|who|which|where|saying|as|after|before|while|when|"
    r"because|although|though|since|until|amid|despite)\b)"
    r"|\s+(?=(?:if|when|after|because|while|before|unless|although|though|"
    r"since|until|whereas|amid|despite)\s)"
    r"|\s*;\s+|\s+[—–]\s+)"
)
# A short opening phrase ending in a comma: "In mid-May,", "On Sunday,".
OPENER_RE = re.compile(r"^(?:[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,3},\s+(?=[A-Z“\"])")
# An aside between commas that starts with a participle or relative word.
ASIDE_RE = re.compile(
    r",\s+(?:(?:who|which|where|whose|frustrated|according|a|an|the)\b|\w+(?:ed|ing)\b)"
    r"[^,]*,\s+"
)
# Words a title should not end on.
WEAK_END_RE = re.compile(
    r"\s+(?:a|an|the|of|to|for|and|or|but|in|on|at|by|with|from|as|that|if|"
    r"than|over|who|which|senior|its|their|his|her)$",
    re.IGNORECASE,
)
TRAILING_RE = re.compile(r"[\s,;:—–-]+$")


def derive_title(lead: str) -> str:
    """Return a short title from the first sentence of an article."""
    text = " ".join(lead.split())
    text = OPENER_RE.sub("", text, count=1)
    text = ASIDE_RE.sub(" ", text, count=1)
    text = text.rstrip(".!?”\"’' ")
    if len(text) <= MAX_CHARS:
        return text[:1].upper() + text[1:]
    cut = word_cut(text)
    clause = clause_cut(text)
    if clause and slug(clause, max_length=SLUG_CHARS) == slug(
        cut, max_length=SLUG_CHARS
    ):
        return clause[:1].upper() + clause[1:]
    return cut[:1].upper() + cut[1:] + "…"


def clause_cut(text: str) -> str | None:
    """The text up to the last clause end that leaves a title of fitting length."""
    ends = [
        m.start()
        for m in CLAUSE_END_RE.finditer(text, MIN_CLAUSE, MAX_CLAUSE + 1)
        if MIN_CLAUSE <= m.start() <= MAX_CLAUSE
    ]
    for end in reversed(ends):
        candidate = TRAILING_RE.sub("", text[:end])
        if not WEAK_END_RE.search(candidate) and candidate.count(
            "“"
        ) == candidate.count("”"):
            return candidate
    return None


def word_cut(text: str) -> str:
    """The text cut at a word boundary before `MAX_CHARS`, weak words dropped."""
    cut = text[:MAX_CHARS]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    previous = None
    while previous != cut:
        previous = cut
        cut = TRAILING_RE.sub("", WEAK_END_RE.sub("", cut))
    return cut
